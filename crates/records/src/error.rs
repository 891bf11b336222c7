//! Why the records cannot be used, told honestly: a file that is not ours, damaged, or newer is
//! left untouched and named as such; a healthy file that cannot be written right now (read-only,
//! a full disk, held by another program) is never called damaged.

use std::path::{Path, PathBuf};

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_rules::privacy::NameProblem;
use rusqlite::ErrorCode;

use crate::SCHEMA_VERSION;

/// What went wrong with the records.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum RecordsError {
    /// The file exists but is not an SQLite database.
    #[error("{path}: not a Madoguchi records database (not an SQLite file); it was left untouched")]
    NotSqlite {
        /// The file.
        path: PathBuf,
    },
    /// Another program's SQLite database.
    #[error(
        "{path}: an SQLite database of another program (application id {application_id:#x}); it was left untouched"
    )]
    Foreign {
        /// The file.
        path: PathBuf,
        /// Its application id.
        application_id: i32,
    },
    /// The database fails its integrity check, or SQLite says it is damaged.
    #[error("{path}: the records database is damaged ({detail}); it was left untouched")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What SQLite reported.
        detail: String,
    },
    /// One stored value cannot be read back: named by table, row and column.
    #[error(
        "{path}: {table} row {row}, column {column} cannot be read ({detail}); nothing was changed"
    )]
    DamagedRow {
        /// The file.
        path: PathBuf,
        /// The table.
        table: &'static str,
        /// The row's id.
        row: i64,
        /// The column.
        column: &'static str,
        /// Why it does not read.
        detail: String,
    },
    /// Written by a newer Madoguchi.
    #[error(
        "{path}: written by a newer Madoguchi (schema {version}, this build reads up to {SCHEMA_VERSION}); it was left untouched"
    )]
    Newer {
        /// The file.
        path: PathBuf,
        /// Its schema version.
        version: i32,
    },
    /// The file or its folder cannot be written (read-only disk or permissions).
    #[error("{path}: the records can be read but not written (read-only); nothing was changed")]
    ReadOnly {
        /// The file.
        path: PathBuf,
    },
    /// The disk is full.
    #[error("{path}: the disk is full; nothing was changed")]
    DiskFull {
        /// The file.
        path: PathBuf,
    },
    /// Another program holds the database and did not let go in time.
    #[error("{path}: another program is writing the records and did not finish in time")]
    Locked {
        /// The file.
        path: PathBuf,
    },
    /// The file cannot be opened at all (permissions, a folder in its place).
    #[error("{path}: the records cannot be opened ({detail})")]
    CannotOpen {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        detail: String,
    },
    /// A staff name that cannot be kept.
    #[error("staff name refused: {0}")]
    Name(NameProblem),
    /// The passcode could not be hashed.
    #[error("the manager passcode could not be stored: {0}")]
    Passcode(String),
    /// Too many wrong passcodes: the next try is allowed after a wait.
    #[error("too many wrong passcodes; try again in {seconds} s")]
    PasscodeWait {
        /// Seconds to wait.
        seconds: u64,
    },
    /// A configuration value that does not fit (a changed IRI base).
    #[error("{0}")]
    Config(String),
    /// Another SQLite error.
    #[error("{path}: records database error: {detail}")]
    Sqlite {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// A file error around the database (its folder, a pending record).
    #[error("{path}: {detail}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The system's reason.
        detail: String,
    },
}

/// How serious a records error is, for exit codes and for what the app offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The file is not a usable records database (not ours, damaged, newer): it is left as it
    /// is and someone must decide what to do with it.
    Unusable,
    /// The file is fine but cannot be written now (read-only, full, locked): try again later;
    /// nothing finished is lost (it waits as a pending record).
    Unwritable,
    /// Something the user asked is not possible (a name, a passcode).
    Refused,
}

impl RecordsError {
    /// How serious it is.
    pub fn severity(&self) -> Severity {
        match self {
            RecordsError::NotSqlite { .. }
            | RecordsError::Foreign { .. }
            | RecordsError::Damaged { .. }
            | RecordsError::DamagedRow { .. }
            | RecordsError::Newer { .. } => Severity::Unusable,
            RecordsError::ReadOnly { .. }
            | RecordsError::DiskFull { .. }
            | RecordsError::Locked { .. }
            | RecordsError::CannotOpen { .. }
            | RecordsError::Sqlite { .. }
            | RecordsError::Io { .. } => Severity::Unwritable,
            RecordsError::Name(_)
            | RecordsError::Passcode(_)
            | RecordsError::PasscodeWait { .. }
            | RecordsError::Config(_) => Severity::Refused,
        }
    }

    /// Whether trying again later can succeed (a lock held by another program).
    pub fn is_transient(&self) -> bool {
        matches!(self, RecordsError::Locked { .. })
    }

    /// The error in the language, from the `records-error-*` fluent messages: names the file
    /// and says what is wrong and whether anything was changed.
    pub fn describe(&self, texts: &Texts, lang: Lang) -> String {
        let path = |p: &Path| p.display().to_string();
        let (id, args): (&str, Vec<(&str, String)>) = match self {
            RecordsError::NotSqlite { path: p } => {
                ("records-error-not-sqlite", vec![("path", path(p))])
            }
            RecordsError::Foreign {
                path: p,
                application_id,
            } => (
                "records-error-foreign",
                vec![("path", path(p)), ("id", format!("{application_id:#x}"))],
            ),
            RecordsError::Damaged { path: p, detail } => (
                "records-error-corrupt",
                vec![("path", path(p)), ("detail", detail.clone())],
            ),
            RecordsError::DamagedRow {
                path: p,
                table,
                row,
                column,
                detail,
            } => (
                "records-error-damaged-row",
                vec![
                    ("path", path(p)),
                    ("table", (*table).to_owned()),
                    ("row", row.to_string()),
                    ("column", (*column).to_owned()),
                    ("detail", detail.clone()),
                ],
            ),
            RecordsError::Newer { path: p, version } => (
                "records-error-newer",
                vec![
                    ("path", path(p)),
                    ("version", version.to_string()),
                    ("supported", SCHEMA_VERSION.to_string()),
                ],
            ),
            RecordsError::ReadOnly { path: p } => {
                ("records-error-read-only", vec![("path", path(p))])
            }
            RecordsError::DiskFull { path: p } => {
                ("records-error-disk-full", vec![("path", path(p))])
            }
            RecordsError::Locked { path: p } => ("records-error-locked", vec![("path", path(p))]),
            RecordsError::CannotOpen { path: p, detail } => (
                "records-error-cannot-open",
                vec![("path", path(p)), ("detail", detail.clone())],
            ),
            RecordsError::Name(problem) => (problem.message_id(), vec![]),
            RecordsError::Passcode(detail) => {
                ("records-error-passcode", vec![("detail", detail.clone())])
            }
            RecordsError::PasscodeWait { seconds } => (
                "records-error-passcode-wait",
                vec![("seconds", seconds.to_string())],
            ),
            RecordsError::Config(detail) => {
                ("records-error-config", vec![("detail", detail.clone())])
            }
            RecordsError::Sqlite { path: p, detail } => (
                "records-error-sqlite",
                vec![("path", path(p)), ("detail", detail.clone())],
            ),
            RecordsError::Io { path: p, detail } => (
                "records-error-io",
                vec![("path", path(p)), ("detail", detail.clone())],
            ),
        };
        texts.get_args(lang, id, &args)
    }
}

/// An SQLite error, classified by its code (never by its message text).
pub(crate) fn classify(path: &Path, error: rusqlite::Error) -> RecordsError {
    let path = path.to_path_buf();
    let code = match &error {
        rusqlite::Error::SqliteFailure(failure, _) => Some(failure.code),
        _ => None,
    };
    match code {
        Some(ErrorCode::ReadOnly) => RecordsError::ReadOnly { path },
        Some(ErrorCode::DiskFull) => RecordsError::DiskFull { path },
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => RecordsError::Locked { path },
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => RecordsError::Damaged {
            path,
            detail: error.to_string(),
        },
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => RecordsError::CannotOpen {
            path,
            detail: error.to_string(),
        },
        Some(ErrorCode::SystemIoFailure) => RecordsError::Io {
            path,
            detail: error.to_string(),
        },
        _ => RecordsError::Sqlite {
            path,
            detail: error.to_string(),
        },
    }
}

/// A file error around the records.
pub(crate) fn io(path: &Path, error: &std::io::Error) -> RecordsError {
    let path = path.to_path_buf();
    match error.kind() {
        std::io::ErrorKind::StorageFull => RecordsError::DiskFull { path },
        std::io::ErrorKind::ReadOnlyFilesystem => RecordsError::ReadOnly { path },
        std::io::ErrorKind::PermissionDenied => RecordsError::CannotOpen {
            path,
            detail: error.to_string(),
        },
        _ => RecordsError::Io {
            path,
            detail: error.to_string(),
        },
    }
}
