//! The scenario packs on offer: the shipped library and trainers' folders. A folder is checked
//! when loaded and again whenever its files change — the operating system's file watcher
//! (`notify`) says when, and wakes the window; a folder it cannot watch (some network drives)
//! is looked at every two seconds instead. Its findings are shown instead of the pack crashing
//! the app or silently vanishing.

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
        let folders: Vec<PathBuf> = self
            .entries
            .iter()
            .filter_map(|e| e.folder.clone())
            .collect();
        self.reload_folders(&folders)
    }

    /// Reloads those of `folders` whose files changed; returns the indices reloaded.
    pub fn reload_folders(&mut self, folders: &[PathBuf]) -> Vec<usize> {
        let mut reloaded = Vec::new();
        for (index, entry) in self.entries.iter_mut().enumerate() {
            let Some(folder) = entry.folder.clone() else {
                continue;
            };
            if !folders.contains(&folder) {
                continue;
            }
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
    app.init_resource::<PackWatch>();
    app.add_message::<PackReloaded>();
    app.add_systems(Update, (watch_folders, reload_changed_packs).chain());
}

/// The file watchers of the trainers' folders, and what they have seen change.
#[derive(Resource, Default)]
pub struct PackWatch {
    /// One watcher per folder watched (dropping one stops it).
    watchers: std::sync::Mutex<Vec<(PathBuf, notify::RecommendedWatcher)>>,
    /// Folders a watcher reported a change in, since last looked at.
    changed: Arc<std::sync::Mutex<Vec<PathBuf>>>,
    /// Folders no watcher could be set up for: looked at every two seconds.
    unwatched: Vec<PathBuf>,
}

/// Starts a watcher for every folder that has none (folders added in Settings too).
fn watch_folders(
    packs: Res<Packs>,
    mut watch: ResMut<PackWatch>,
    proxy: Option<Res<bevy::winit::EventLoopProxyWrapper>>,
) {
    use notify::Watcher;
    let folders: Vec<PathBuf> = packs
        .entries
        .iter()
        .filter_map(|e| e.folder.clone())
        .collect();
    let watch = &mut *watch;
    let Ok(mut watchers) = watch.watchers.lock() else {
        return;
    };
    for folder in folders {
        if watchers.iter().any(|(f, _)| *f == folder) || watch.unwatched.contains(&folder) {
            continue;
        }
        let changed = watch.changed.clone();
        let wake = proxy.as_ref().map(|p| (***p).clone());
        let seen = folder.clone();
        let started = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            if event.is_ok() {
                if let Ok(mut list) = changed.lock()
                    && !list.contains(&seen)
                {
                    list.push(seen.clone());
                }
                // The window sleeps while nothing happens; the change should show now.
                if let Some(wake) = &wake {
                    let _ = wake.send_event(bevy::winit::WinitUserEvent::WakeUp);
                }
            }
        })
        .and_then(|mut watcher| {
            watcher.watch(&folder, notify::RecursiveMode::Recursive)?;
            Ok(watcher)
        });
        match started {
            Ok(watcher) => watchers.push((folder, watcher)),
            Err(error) => {
                warn!(
                    "{}: no file watcher ({error}); looking every two seconds",
                    folder.display()
                );
                watch.unwatched.push(folder);
            }
        }
    }
}

/// Reloads the folders a watcher reported (their stamp decides whether anything really
/// changed), and the unwatched ones every two seconds.
fn reload_changed_packs(
    time: Res<Time<Real>>,
    mut last: Local<Duration>,
    watch: Res<PackWatch>,
    mut packs: ResMut<Packs>,
    mut reloaded: MessageWriter<PackReloaded>,
) {
    let mut folders: Vec<PathBuf> = watch
        .changed
        .lock()
        .map(|mut list| std::mem::take(&mut *list))
        .unwrap_or_default();
    let now = time.elapsed();
    if !watch.unwatched.is_empty() && now.saturating_sub(*last) >= Duration::from_secs(2) {
        *last = now;
        folders.extend(watch.unwatched.iter().cloned());
    }
    if folders.is_empty() {
        return;
    }
    for index in packs.reload_folders(&folders) {
        reloaded.write(PackReloaded { index });
    }
}
