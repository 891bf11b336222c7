//! The scenario packs on offer: the shipped library and trainers' folders. A folder is checked
//! when loaded and again whenever its files change (polled every two seconds); its findings
//! are shown instead of the pack crashing the app or silently vanishing.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use madoguchi_content::pack::{CheckOptions, PackReport};
use madoguchi_play::scenario::Scenario;

use crate::library;

/// One pack: where it is, and its latest check.
#[derive(Clone, Debug)]
pub struct PackEntry {
    /// The folder, or none for the shipped library.
    pub folder: Option<PathBuf>,
    /// The latest report, or why the folder could not be read.
    pub report: Result<PackReport, String>,
    /// The stamp of the folder's files when last read.
    stamp: u64,
}

/// Every pack, the shipped library first.
#[derive(Resource, Clone, Debug)]
pub struct Packs {
    /// The packs.
    pub entries: Vec<PackEntry>,
}

/// A pack was reloaded because its files changed.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct PackReloaded {
    /// Index in [`Packs::entries`].
    pub index: usize,
}

/// A stamp of a folder's files: their paths, sizes and modification times.
pub fn folder_stamp(dir: &Path) -> u64 {
    let mut parts: Vec<String> = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(meta) = entry.metadata() {
                let modified = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                parts.push(format!("{}|{}|{modified}", path.display(), meta.len()));
            }
        }
    }
    parts.sort();
    let bytes: Vec<&[u8]> = parts.iter().map(|p| p.as_bytes()).collect();
    madoguchi_rules::stable::fnv1a64(&bytes)
}

fn load_folder(folder: &Path) -> PackEntry {
    let stamp = folder_stamp(folder);
    let report = library::from_dir(folder, CheckOptions::default())
        .map_err(|error| format!("{}: {error}", folder.display()));
    PackEntry {
        folder: Some(folder.to_path_buf()),
        report,
        stamp,
    }
}

impl Packs {
    /// The shipped library and the given folders.
    pub fn load(folders: &[PathBuf]) -> Packs {
        let mut entries = vec![PackEntry {
            folder: None,
            report: Ok(library::shipped(CheckOptions::default())),
            stamp: 0,
        }];
        entries.extend(folders.iter().map(|folder| load_folder(folder)));
        Packs { entries }
    }

    /// Adds a folder (if new) and checks it.
    pub fn add_folder(&mut self, folder: &Path) {
        if !self
            .entries
            .iter()
            .any(|e| e.folder.as_deref() == Some(folder))
        {
            self.entries.push(load_folder(folder));
        }
    }

    /// Removes a folder.
    pub fn remove_folder(&mut self, folder: &Path) {
        self.entries.retain(|e| e.folder.as_deref() != Some(folder));
    }

    /// A pack's report by index.
    pub fn report(&self, index: usize) -> Option<&PackReport> {
        self.entries.get(index).and_then(|e| e.report.as_ref().ok())
    }

    /// A scenario by pack index and id.
    pub fn scenario(&self, index: usize, id: &str) -> Option<Arc<Scenario>> {
        self.report(index)
            .and_then(|r| r.pack.scenario(id).cloned())
    }

    /// The first pack holding a scenario with this id.
    pub fn find(&self, id: &str) -> Option<(usize, Arc<Scenario>)> {
        self.entries.iter().enumerate().find_map(|(index, entry)| {
            entry
                .report
                .as_ref()
                .ok()
                .and_then(|r| r.pack.scenario(id).cloned())
                .map(|s| (index, s))
        })
    }

    /// The pack with this label.
    pub fn index_of_label(&self, label: &str) -> Option<usize> {
        self.entries.iter().position(|e| match &e.report {
            Ok(report) => report.pack.label == label,
            Err(_) => false,
        })
    }

    /// Reloads every folder whose files changed; returns the indices reloaded.
    pub fn reload_changed(&mut self) -> Vec<usize> {
        let mut reloaded = Vec::new();
        for (index, entry) in self.entries.iter_mut().enumerate() {
            let Some(folder) = entry.folder.clone() else {
                continue;
            };
            if folder_stamp(&folder) != entry.stamp {
                *entry = load_folder(&folder);
                reloaded.push(index);
            }
        }
        reloaded
    }
}

/// Which pack's findings the trainer screen shows.
#[derive(Resource, Default)]
pub struct TrainerView {
    /// Index in [`Packs`].
    pub pack: usize,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<TrainerView>();
    app.add_message::<PackReloaded>();
    app.add_systems(Update, reload_changed_packs);
}

/// Polls the trainers' folders every two seconds.
fn reload_changed_packs(
    time: Res<Time<Real>>,
    mut last: Local<Duration>,
    mut packs: ResMut<Packs>,
    mut reloaded: MessageWriter<PackReloaded>,
) {
    let now = time.elapsed();
    if now.saturating_sub(*last) < Duration::from_secs(2) {
        return;
    }
    *last = now;
    if packs.entries.iter().all(|e| e.folder.is_none()) {
        return;
    }
    for index in packs.reload_changed() {
        reloaded.write(PackReloaded { index });
    }
}
