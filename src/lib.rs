//! Madoguchi's app crate: the Bevy trainer (`app`) and the command line (`cli`), both thin
//! layers over the engine crates (`madoguchi-rules`, `-play`, `-content`, `-records`).

pub mod app;
pub mod cli;
pub mod library;
pub mod paths;

/// When the process started, for the start-up measurement (`MADOGUCHI_REPORT_READY`).
pub static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

#[cfg(test)]
mod module_cycles;

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    /// The lock file's dependency graph: package name to the names it depends on.
    fn lock_graph() -> BTreeMap<String, Vec<String>> {
        let lock = include_str!("../Cargo.lock");
        let mut graph: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for package in lock.split("[[package]]").skip(1) {
            let mut name = String::new();
            let mut deps = Vec::new();
            let mut in_deps = false;
            for line in package.lines() {
                let line = line.trim();
                if let Some(value) = line.strip_prefix("name = ") {
                    name = value.trim_matches('"').to_owned();
                } else if line.starts_with("dependencies = [") {
                    in_deps = true;
                } else if in_deps && line.starts_with(']') {
                    in_deps = false;
                } else if in_deps {
                    let dep = line.trim_matches([',', '"']);
                    deps.push(dep.split(' ').next().unwrap_or(dep).to_owned());
                }
            }
            graph.entry(name).or_default().extend(deps);
        }
        graph
    }

    fn reachable(graph: &BTreeMap<String, Vec<String>>, from: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from.to_owned()];
        while let Some(name) = stack.pop() {
            if seen.insert(name.clone()) {
                stack.extend(graph.get(&name).cloned().unwrap_or_default());
            }
        }
        seen
    }

    /// The engine crates stay free of the window and the game engine, through every
    /// dependency (read from Cargo.lock), and depend on each other in one direction only.
    #[test]
    fn the_engine_crates_depend_on_no_ui_crate_and_one_way() {
        let graph = lock_graph();
        let order = [
            "madoguchi-packfs",
            "madoguchi-rules",
            "madoguchi-play",
            "madoguchi-content",
            "madoguchi-records",
        ];
        for (index, krate) in order.iter().enumerate() {
            let deps = reachable(&graph, krate);
            for ui in ["bevy", "egui", "winit", "wgpu"] {
                assert!(
                    !deps.iter().any(|d| d.starts_with(ui)),
                    "{krate} reaches {ui}"
                );
            }
            for later in &order[index + 1..] {
                assert!(!deps.contains(*later), "{krate} depends on {later}");
            }
        }
        let rules = reachable(&graph, "madoguchi-rules");
        for heavy in ["rusqlite", "argon2", "fluent-bundle", "ureq"] {
            assert!(!rules.contains(heavy), "the rules crate builds {heavy}");
        }
    }
}
