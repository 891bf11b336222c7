//! A folder browser drawn with egui (no system dialog, so nothing to install): the folder
//! shown with its sub-folders to open, the way up, and the choice. Used wherever a trainer
//! names a pack folder, instead of a typed path.

use std::path::{Path, PathBuf};

use bevy_egui::egui;

use crate::app::UiText;

/// The most sub-folders listed (a folder with more says how many were left out).
const MOST: usize = 400;

/// The browser's state: whether it is open, where it is, what that folder holds.
#[derive(Debug, Default)]
pub struct FolderPicker {
    open: bool,
    current: PathBuf,
    /// The sub-folders of `current` (read once per folder, not every frame).
    entries: Vec<PathBuf>,
    /// How many sub-folders were not listed.
    left_out: usize,
    /// Why `current` could not be read.
    error: Option<String>,
    read_for: Option<PathBuf>,
}

impl FolderPicker {
    /// Opens the browser at `start` (or the nearest folder above it that exists).
    pub fn open_at(&mut self, start: &Path) {
        let mut at = start.to_path_buf();
        while !at.is_dir() {
            match at.parent() {
                Some(parent) => at = parent.to_path_buf(),
                None => break,
            }
        }
        self.current = at;
        self.read_for = None;
        self.open = true;
    }

    fn read(&mut self) {
        if self.read_for.as_deref() == Some(self.current.as_path()) {
            return;
        }
        self.read_for = Some(self.current.clone());
        self.entries.clear();
        self.left_out = 0;
        self.error = None;
        match std::fs::read_dir(&self.current) {
            Ok(read) => {
                let mut folders: Vec<PathBuf> = read
                    .filter_map(Result::ok)
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .map(|e| e.path())
                    .filter(|p| {
                        !p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with('.'))
                    })
                    .collect();
                folders.sort();
                self.left_out = folders.len().saturating_sub(MOST);
                folders.truncate(MOST);
                self.entries = folders;
            }
            Err(error) => self.error = Some(error.to_string()),
        }
    }

    /// Draws the browser while it is open; gives the chosen folder once.
    pub fn show(&mut self, ctx: &egui::Context, text: &UiText) -> Option<PathBuf> {
        if !self.open {
            return None;
        }
        self.read();
        let mut chosen = None;
        let mut go = None;
        let mut close = false;
        egui::Modal::new(egui::Id::new("folder-picker")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(text.t("folder-picker-title"));
            ui.monospace(self.current.display().to_string());
            ui.horizontal(|ui| {
                if let Some(parent) = self.current.parent()
                    && ui.button(text.t("folder-picker-up")).clicked()
                {
                    go = Some(parent.to_path_buf());
                }
                if let Some(home) = std::env::var_os("HOME").map(PathBuf::from)
                    && ui.button(text.t("folder-picker-home")).clicked()
                {
                    go = Some(home);
                }
            });
            if let Some(error) = &self.error {
                ui.colored_label(
                    egui::Color32::from_rgb(170, 20, 20),
                    text.t_args("folder-picker-unreadable", &[("reason", error.clone())]),
                );
            }
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    if self.entries.is_empty() && self.error.is_none() {
                        ui.weak(text.t("folder-picker-empty"));
                    }
                    for entry in &self.entries {
                        let name = entry
                            .file_name()
                            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                        if ui
                            .selectable_label(false, egui::RichText::new(name).monospace())
                            .clicked()
                        {
                            go = Some(entry.clone());
                        }
                    }
                    if self.left_out > 0 {
                        ui.weak(text.t_args(
                            "folder-picker-left-out",
                            &[("count", self.left_out.to_string())],
                        ));
                    }
                });
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(text.t("folder-picker-choose")).clicked() {
                    chosen = Some(self.current.clone());
                }
                if ui.button(text.t("folder-picker-cancel")).clicked() {
                    close = true;
                }
            });
        });
        if let Some(folder) = go {
            self.current = folder;
        }
        if chosen.is_some() || close {
            self.open = false;
        }
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_lists_the_sub_folders_sorted_without_hidden_ones_and_opens_where_it_can() {
        let root = std::env::temp_dir().join(format!("madoguchi-picker-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for dir in ["b-pack", "a-pack", ".hidden"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        std::fs::write(root.join("file.ron"), "").unwrap();
        let mut picker = FolderPicker::default();
        // A folder that does not exist opens at the nearest one above it.
        picker.open_at(&root.join("missing/deeper"));
        assert_eq!(picker.current, root);
        picker.read();
        assert_eq!(
            picker.entries,
            vec![root.join("a-pack"), root.join("b-pack")]
        );
        assert!(picker.error.is_none());
        std::fs::remove_dir_all(&root).unwrap();
    }
}
