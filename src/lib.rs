//! Madoguchi's app crate: the Bevy trainer (`app`) and the command line (`cli`), both thin
//! layers over `madoguchi-engine`.

pub mod app;
pub mod cli;
pub mod library;

/// When the process started, for the start-up measurement (`MADOGUCHI_REPORT_READY`).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

#[cfg(test)]
mod tests {
    /// The engine stays free of the window and the game engine: none of its dependencies is
    /// Bevy, egui or winit.
    #[test]
    fn the_engine_depends_on_no_ui_crate() {
        let manifest = include_str!("../engine/Cargo.toml");
        let mut in_dependencies = false;
        for line in manifest.lines() {
            let line = line.trim();
            if line.starts_with('[') {
                in_dependencies = line.ends_with("dependencies]");
                continue;
            }
            if in_dependencies && let Some((name, _)) = line.split_once('=') {
                let name = name.trim();
                assert!(
                    !["bevy", "egui", "winit", "wgpu"]
                        .iter()
                        .any(|ui| name.starts_with(ui)),
                    "the engine must not depend on {name}"
                );
            }
        }
    }
}
