//! Nothing finished is ever lost: a finished record is written to a pending file first
//! (written whole, synced to disk, then renamed into place), then committed with retries; the
//! pending file goes only once the record is in the database. A record that could not be
//! committed waits in its file, and the next start commits it ([`commit_all`]). A record is
//! stored at most once, so committing a pending file again is harmless.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;

use crate::error::io;
use crate::{Committed, Record, Records, RecordsError};

/// The folder of pending records, beside the records file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingDir(pub PathBuf);

/// A pending record found on disk.
#[derive(Clone, Debug)]
pub struct PendingFile {
    /// Where it is.
    pub path: PathBuf,
    /// Its record, or why the file cannot be read (it is then left where it is).
    pub record: Result<Record, String>,
}

/// How a finished record was kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// In the database (the row id), and the pending file is gone.
    Committed(Committed),
    /// Not in the database yet: it waits in this pending file and the next start stores it.
    Pending {
        /// The pending file.
        path: PathBuf,
        /// Why the commit failed.
        error: RecordsError,
    },
}

/// The record could be neither written to a pending file nor committed: the caller still holds
/// it and must tell the user (and may offer to try again).
#[derive(Clone, Debug, PartialEq)]
pub struct NotStored {
    /// Why the pending file could not be written.
    pub pending: RecordsError,
    /// Why the commit failed.
    pub commit: RecordsError,
}

/// How often and how long a commit is tried before the record is left pending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retry {
    /// Tries in all.
    pub tries: u32,
    /// The pause before the second try; it doubles after each.
    pub first_pause: Duration,
}

impl Default for Retry {
    /// Three tries, 0.5 s then 1 s apart (each try also waits up to
    /// [`crate::BUSY_TIMEOUT`] for another program's lock).
    fn default() -> Retry {
        Retry {
            tries: 3,
            first_pause: Duration::from_millis(500),
        }
    }
}

impl PendingDir {
    /// The pending folder for a records file (`pending/` beside it).
    pub fn beside(records_file: &Path) -> PendingDir {
        PendingDir(
            records_file
                .parent()
                .unwrap_or_else(|| Path::new("."))
                .join("pending"),
        )
    }

    fn file_for(&self, record: &Record) -> PathBuf {
        self.0.join(format!("{}.json", record.uid()))
    }

    /// Writes a record to its pending file durably: a temporary file written and synced, then
    /// renamed into place and the folder synced. Returns the file.
    pub fn keep(&self, record: &Record) -> Result<PathBuf, RecordsError> {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&self.0).map_err(|e| io(&self.0, &e))?;
        let path = self.file_for(record);
        let temporary = path.with_extension("json.tmp");
        let text = serde_json::to_vec_pretty(record).map_err(|e| RecordsError::Io {
            path: path.clone(),
            detail: e.to_string(),
        })?;
        let write = || -> std::io::Result<()> {
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            let mut file = options.open(&temporary)?;
            file.write_all(&text)?;
            file.sync_all()?;
            std::fs::rename(&temporary, &path)?;
            // The rename itself is durable once the folder is synced.
            if let Ok(folder) = std::fs::File::open(&self.0) {
                let _ = folder.sync_all();
            }
            Ok(())
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            io(&path, &e)
        })?;
        Ok(path)
    }

    /// Every pending record, oldest file first.
    pub fn list(&self) -> Vec<PendingFile> {
        let Ok(entries) = std::fs::read_dir(&self.0) else {
            return Vec::new();
        };
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .map(|p| {
                let modified = std::fs::metadata(&p)
                    .and_then(|m| m.modified())
                    .unwrap_or(std::time::UNIX_EPOCH);
                (modified, p)
            })
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|(_, path)| PendingFile {
                record: std::fs::read(&path)
                    .map_err(|e| e.to_string())
                    .and_then(|bytes| {
                        serde_json::from_slice::<Record>(&bytes).map_err(|e| e.to_string())
                    }),
                path,
            })
            .collect()
    }

    /// Forgets a pending file once its record is stored.
    pub fn forget(&self, path: &Path) -> Result<(), RecordsError> {
        std::fs::remove_file(path).map_err(|e| io(path, &e))
    }
}

/// Commits a record, trying again while another program holds the database.
pub fn commit_with_retry(
    records: &mut Records,
    record: &Record,
    now: Timestamp,
    retry: Retry,
) -> Result<Committed, RecordsError> {
    let mut pause = retry.first_pause;
    let mut tries = 0;
    loop {
        tries += 1;
        match records.commit(record, now) {
            Ok(done) => return Ok(done),
            Err(error) if error.is_transient() && tries < retry.tries => {
                std::thread::sleep(pause);
                pause = pause.saturating_mul(2);
            }
            Err(error) => return Err(error),
        }
    }
}

/// Stores a finished record so that it is never lost: pending file, commit with retries, then
/// the pending file removed. If the pending file cannot be written (a full disk) the commit is
/// still tried.
pub fn store(
    records: &mut Records,
    pending: &PendingDir,
    record: &Record,
    now: Timestamp,
    retry: Retry,
) -> Result<Stored, Box<NotStored>> {
    let kept = pending.keep(record);
    match commit_with_retry(records, record, now, retry) {
        Ok(done) => {
            if let Ok(path) = &kept {
                // A leftover file is harmless: committing it again stores nothing twice.
                let _ = pending.forget(path);
            }
            Ok(Stored::Committed(done))
        }
        Err(commit) => match kept {
            Ok(path) => Ok(Stored::Pending {
                path,
                error: commit,
            }),
            Err(pending) => Err(Box::new(NotStored { pending, commit })),
        },
    }
}

/// What committing the pending records did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Caught {
    /// Records stored now (or found already stored), with their files gone.
    pub stored: Vec<(PathBuf, Committed)>,
    /// Records that still wait, and why.
    pub waiting: Vec<(PathBuf, RecordsError)>,
    /// Files that cannot be read as a record (left where they are).
    pub unreadable: Vec<(PathBuf, String)>,
}

/// Commits every pending record (at start).
pub fn commit_all(
    records: &mut Records,
    pending: &PendingDir,
    now: Timestamp,
    retry: Retry,
) -> Caught {
    let mut caught = Caught::default();
    for file in pending.list() {
        match file.record {
            Ok(record) => match commit_with_retry(records, &record, now, retry) {
                Ok(done) => {
                    let _ = pending.forget(&file.path);
                    caught.stored.push((file.path, done));
                }
                Err(error) => caught.waiting.push((file.path, error)),
            },
            Err(detail) => caught.unreadable.push((file.path, detail)),
        }
    }
    caught
}
