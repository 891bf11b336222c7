//! The records database as the app holds it, the staff member who is practising, and storing
//! what is finished so that it is never lost (a pending file first; the next start stores what
//! is left). Only the flow systems use it; screens draw the views these systems keep.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use bevy::prelude::*;
use madoguchi_records::pending::{self, NotStored, PendingDir, Retry, Stored};
use madoguchi_records::{Record, Records, RecordsError, Staff};

use super::settings::DataDir;
use super::text::UiText;

/// The records, or why they could not be opened (the file is then left untouched).
#[derive(Resource)]
pub struct RecordsStore {
    /// The open database.
    pub records: Option<Mutex<Records>>,
    /// Why it is not open.
    pub error: Option<RecordsError>,
    /// Where finished records wait when they cannot be stored at once.
    pub pending: Option<PendingDir>,
    /// Records committed by this run (the store's flow sends each one as it is made).
    commits: AtomicU64,
}

/// What happened to records left pending by an earlier run, for Home to say.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct RecordsNotice {
    /// Pending records stored at start.
    pub caught_up: usize,
    /// Pending records that still wait (file, why).
    pub waiting: Vec<(String, RecordsError)>,
}

impl RecordsStore {
    /// Opens `records.sqlite` in the data folder and stores what earlier runs left pending.
    pub fn open(dir: &DataDir) -> (RecordsStore, RecordsNotice) {
        let path = dir.records();
        let pending = PendingDir::beside(&path);
        match Records::open(&path) {
            Ok(mut records) => {
                let caught = pending::commit_all(
                    &mut records,
                    &pending,
                    crate::paths::now(),
                    Retry::default(),
                );
                let notice = RecordsNotice {
                    caught_up: caught.stored.len(),
                    waiting: caught
                        .waiting
                        .into_iter()
                        .map(|(file, error)| (file.display().to_string(), error))
                        .collect(),
                };
                (
                    RecordsStore {
                        records: Some(Mutex::new(records)),
                        error: None,
                        pending: Some(pending),
                        commits: AtomicU64::new(0),
                    },
                    notice,
                )
            }
            Err(error) => (
                RecordsStore {
                    records: None,
                    error: Some(error),
                    pending: Some(pending),
                    commits: AtomicU64::new(0),
                },
                RecordsNotice::default(),
            ),
        }
    }

    /// Records held in memory (headless tests).
    pub fn in_memory() -> RecordsStore {
        match Records::in_memory() {
            Ok(records) => RecordsStore {
                records: Some(Mutex::new(records)),
                error: None,
                pending: None,
                commits: AtomicU64::new(0),
            },
            Err(error) => RecordsStore {
                records: None,
                error: Some(error),
                pending: None,
                commits: AtomicU64::new(0),
            },
        }
    }

    /// How many records this run has committed.
    pub fn commits(&self) -> u64 {
        self.commits.load(Ordering::Relaxed)
    }

    /// Runs `f` on the records, if they are open.
    pub fn with<T>(&self, f: impl FnOnce(&mut Records) -> T) -> Option<T> {
        let records = self.records.as_ref()?;
        let mut guard = records.lock().ok()?;
        Some(f(&mut guard))
    }

    /// Stores a finished record so that it is never lost: the outcome in words when it could
    /// not be stored at once (it then waits in a pending file, or — if even that failed — the
    /// caller still holds it).
    pub fn store(&self, record: &Record, text: &UiText) -> Result<i64, String> {
        let now = crate::paths::now();
        let Some(records) = self.records.as_ref() else {
            // No database: keep the record pending so the next start stores it.
            let error = self
                .error
                .clone()
                .unwrap_or(RecordsError::Config(text.t("home-records-unavailable")));
            return Err(match self.pending.as_ref().map(|p| p.keep(record)) {
                Some(Ok(path)) => text.t_args(
                    "app-record-pending",
                    &[
                        ("reason", text.records_error(&error)),
                        ("path", path.display().to_string()),
                    ],
                ),
                _ => text.t_args("app-record-lost", &[("reason", text.records_error(&error))]),
            });
        };
        let Ok(mut records) = records.lock() else {
            return Err(text.t("home-records-unavailable"));
        };
        let outcome = match &self.pending {
            Some(pending) => pending::store(&mut records, pending, record, now, Retry::default()),
            None => records
                .commit(record, now)
                .map(Stored::Committed)
                .map_err(|commit| {
                    Box::new(NotStored {
                        pending: commit.clone(),
                        commit,
                    })
                }),
        };
        match outcome {
            Ok(Stored::Committed(done)) => {
                self.commits.fetch_add(1, Ordering::Relaxed);
                Ok(done.id())
            }
            Ok(Stored::Pending { path, error }) => Err(text.t_args(
                "app-record-pending",
                &[
                    ("reason", text.records_error(&error)),
                    ("path", path.display().to_string()),
                ],
            )),
            Err(not_stored) => Err(text.t_args(
                "app-record-lost",
                &[("reason", text.records_error(&not_stored.commit))],
            )),
        }
    }
}

/// The staff member practising now.
#[derive(Resource, Clone, Debug, Default, PartialEq, Eq)]
pub struct CurrentStaff(pub Option<Staff>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<CurrentStaff>();
    app.init_resource::<RecordsNotice>();
}
