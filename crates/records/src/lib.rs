//! Madoguchi's training records in SQLite: staff, attempts (practice and assessment), every
//! decision with its judgment, seeds, times and the rules version; the manager passcode; and
//! the xAPI statements waiting for the clinic group's learning record store.
//!
//! Nothing finished is lost. A finished attempt or assessment is a [`Record`]; it is written
//! to a durable pending file first ([`pending`]), then committed in one transaction that also
//! finds or adds its staff member; a record is stored at most once (its random id is unique),
//! so a commit that is tried again after a crash or a lock never stores it twice.
//!
//! Files are handled honestly: an existing file is inspected read-only first; one that is not
//! SQLite, is another program's, is damaged or was written by a newer Madoguchi is refused and
//! left byte-identical; a healthy file that cannot be written now (read-only, a full disk, a
//! lock held too long) is named as such, never as damaged, and can still be read. New files
//! and folders are created for the owner only (0600 / 0700). No My Number, PIN or patient data
//! is ever stored.

pub mod error;
pub mod export;
pub mod lrs;
pub mod outbox;
pub mod passcode;
pub mod pending;
pub mod rows;
pub mod schema;
pub mod summary;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::Timestamp;
use madoguchi_play::assessment::Thresholds;
use madoguchi_rules::Name;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use serde::de::DeserializeOwned;

pub use error::{RecordsError, Severity};
pub use rows::{
    AssessmentRow, Attempt, AttemptKind, DecisionRow, FinishedWork, Record, Staff, new_uid, stamp,
};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};

use error::{classify, io};
use schema::MIGRATIONS;

const THRESHOLDS: &str = "thresholds";
const INSTALLATION_ID: &str = "installation_id";

/// How long a write waits for another program's lock before it counts as locked.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// How the file was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Read and written.
    ReadWrite,
    /// Only read (a read-only disk, a copy, a newer file's report): nothing is ever changed.
    ReadOnly,
}

/// The records database.
pub struct Records {
    conn: Connection,
    path: PathBuf,
    access: Access,
}

impl std::fmt::Debug for Records {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Records")
            .field("path", &self.path)
            .field("access", &self.access)
            .finish()
    }
}

/// What a commit did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Committed {
    /// Stored now, with this row id (the assessment's or the attempt's).
    Stored(i64),
    /// Already stored earlier (the same record committed twice): this row id.
    AlreadyStored(i64),
}

impl Committed {
    /// The row id.
    pub fn id(self) -> i64 {
        match self {
            Committed::Stored(id) | Committed::AlreadyStored(id) => id,
        }
    }
}

/// Reads the named cells of one stored row, each failure named by table, row and column.
struct Cells<'a, 'b> {
    row: &'a rusqlite::Row<'b>,
    table: &'static str,
    id: i64,
    path: &'a Path,
}

impl Cells<'_, '_> {
    fn damaged(&self, column: &'static str, detail: String) -> RecordsError {
        RecordsError::DamagedRow {
            path: self.path.to_path_buf(),
            table: self.table,
            row: self.id,
            column,
            detail,
        }
    }

    fn get<T: rusqlite::types::FromSql>(&self, column: &'static str) -> Result<T, RecordsError> {
        self.row
            .get::<_, T>(column)
            .map_err(|e| self.damaged(column, e.to_string()))
    }

    fn json<T: DeserializeOwned>(&self, column: &'static str) -> Result<T, RecordsError> {
        let text: String = self.get(column)?;
        serde_json::from_str(&text).map_err(|e| self.damaged(column, e.to_string()))
    }

    fn parsed<T: std::str::FromStr>(&self, column: &'static str) -> Result<T, RecordsError>
    where
        T::Err: std::fmt::Display,
    {
        let text: String = self.get(column)?;
        text.parse()
            .map_err(|e: T::Err| self.damaged(column, format!("{text:?}: {e}")))
    }

    fn time(&self, column: &'static str) -> Result<Timestamp, RecordsError> {
        self.parsed(column)
    }

    fn count(&self, column: &'static str) -> Result<u64, RecordsError> {
        let value: i64 = self.get(column)?;
        u64::try_from(value).map_err(|_| self.damaged(column, format!("{value} is negative")))
    }

    fn seed(&self, column: &'static str) -> Result<Option<u64>, RecordsError> {
        let value: Option<i64> = self.get(column)?;
        Ok(value.map(|s| u64::from_ne_bytes(s.to_ne_bytes())))
    }
}

fn seed_value(seed: u64) -> i64 {
    i64::from_ne_bytes(seed.to_ne_bytes())
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A path in an SQLite URI (`file:…`), with the characters the URI form reserves escaped.
fn uri(path: &Path, query: &str) -> String {
    let mut text = String::from("file:");
    for byte in path.to_string_lossy().bytes() {
        match byte {
            b'%' | b'?' | b'#' | b' ' => text.push_str(&format!("%{byte:02X}")),
            _ => text.push(char::from(byte)),
        }
    }
    format!("{text}?{query}")
}

/// Creates the data folder (owner only) and an empty records file (owner read/write only).
fn create_private(path: &Path) -> Result<(), RecordsError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !parent.exists()
    {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(parent).map_err(|e| io(parent, &e))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        // Another process created it first: it is inspected like any existing file.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(io(path, &e)),
    }
}

/// Looks at an existing file without changing it: is it SQLite, is it ours, is it healthy, is
/// its schema one this build reads? Returns its schema version.
fn inspect(path: &Path) -> Result<i32, RecordsError> {
    let mut header = [0u8; 16];
    let read = {
        use std::io::Read;
        let mut file = std::fs::File::open(path).map_err(|e| io(path, &e))?;
        if file.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(RecordsError::CannotOpen {
                path: path.to_path_buf(),
                detail: "a folder is where the records file should be".to_owned(),
            });
        }
        file.read(&mut header).map_err(|e| io(path, &e))?
    };
    if read == 0 {
        // An empty file: SQLite treats it as a new database.
        return Ok(0);
    }
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(RecordsError::NotSqlite {
            path: path.to_path_buf(),
        });
    }
    let conn = open_read_only_connection(path)?;
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    let tables: i64 = conn
        .query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    if application_id != APPLICATION_ID && (application_id != 0 || tables > 0) {
        return Err(RecordsError::Foreign {
            path: path.to_path_buf(),
            application_id,
        });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    if check != "ok" {
        return Err(RecordsError::Damaged {
            path: path.to_path_buf(),
            detail: check,
        });
    }
    let version: i32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| classify(path, e))?;
    if version > SCHEMA_VERSION {
        return Err(RecordsError::Newer {
            path: path.to_path_buf(),
            version,
        });
    }
    Ok(version)
}

/// A read-only connection that changes nothing, also on a read-only disk where a database in
/// WAL mode cannot create its shared-memory file (then it is opened as immutable: nothing else
/// can be writing to a file on a read-only disk).
fn open_read_only_connection(path: &Path) -> Result<Connection, RecordsError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let first = Connection::open_with_flags(uri(path, "mode=ro"), flags).and_then(|conn| {
        // Reading the schema is what fails when the WAL index cannot be opened.
        conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })?;
        Ok(conn)
    });
    match first {
        Ok(conn) => Ok(conn),
        Err(_) => Connection::open_with_flags(uri(path, "mode=ro&immutable=1"), flags)
            .map_err(|e| classify(path, e)),
    }
}

impl Records {
    /// Opens the records at a path for reading and writing, creating a new database (owner
    /// only) if there is no file. An existing file is first inspected read-only; anything but a
    /// healthy Madoguchi database of a schema this build reads is refused and left exactly as
    /// it was. Safe when two programs open a new file at the same moment.
    pub fn open(path: &Path) -> Result<Records, RecordsError> {
        if path.exists() {
            inspect(path)?;
        } else {
            create_private(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| classify(path, e))?;
        let mut records = Records {
            conn,
            path: path.to_path_buf(),
            access: Access::ReadWrite,
        };
        records.prepare()?;
        Ok(records)
    }

    /// Opens existing records only to read them: nothing in the file changes (its journal mode
    /// neither), and it works on a read-only disk. For reports, and for a file this build may
    /// not write.
    pub fn open_read_only(path: &Path) -> Result<Records, RecordsError> {
        let version = inspect(path)?;
        if version < SCHEMA_VERSION {
            // An older file is read after migrating a private copy in memory, so the file on
            // disk stays as it is.
            let source = open_read_only_connection(path)?;
            let mut conn = Connection::open_in_memory().map_err(|e| classify(path, e))?;
            {
                let backup = rusqlite::backup::Backup::new(&source, &mut conn)
                    .map_err(|e| classify(path, e))?;
                backup
                    .run_to_completion(256, Duration::ZERO, None)
                    .map_err(|e| classify(path, e))?;
            }
            let mut records = Records {
                conn,
                path: path.to_path_buf(),
                access: Access::ReadWrite,
            };
            records.migrate()?;
            records.access = Access::ReadOnly;
            return Ok(records);
        }
        Ok(Records {
            conn: open_read_only_connection(path)?,
            path: path.to_path_buf(),
            access: Access::ReadOnly,
        })
    }

    /// Records in memory (tests, benchmarks, a report with no records yet).
    pub fn in_memory() -> Result<Records, RecordsError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| classify(&path, e))?;
        let mut records = Records {
            conn,
            path,
            access: Access::ReadWrite,
        };
        records.prepare()?;
        Ok(records)
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How long a write waits for another program's lock (default [`BUSY_TIMEOUT`]).
    pub fn set_busy_timeout(&mut self, wait: Duration) -> Result<(), RecordsError> {
        self.conn.busy_timeout(wait).map_err(|e| self.err(e))
    }

    /// How the file is open.
    pub fn access(&self) -> Access {
        self.access
    }

    fn err(&self, error: rusqlite::Error) -> RecordsError {
        classify(&self.path, error)
    }

    fn writable(&self) -> Result<(), RecordsError> {
        match self.access {
            Access::ReadWrite => Ok(()),
            Access::ReadOnly => Err(RecordsError::ReadOnly {
                path: self.path.clone(),
            }),
        }
    }

    fn prepare(&mut self) -> Result<(), RecordsError> {
        self.conn
            .busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| classify(&self.path, e))?;
        if self.path != Path::new(":memory:") {
            // Switching to WAL needs a moment alone with the file; another program opening it
            // at the same time makes it wait and try again.
            let mut tries = 0;
            loop {
                match self.conn.query_row("PRAGMA journal_mode = WAL", [], |row| {
                    row.get::<_, String>(0)
                }) {
                    Ok(_) => break,
                    Err(error) => {
                        let error = self.err(error);
                        tries += 1;
                        if !error.is_transient() || tries >= 50 {
                            return Err(error);
                        }
                        std::thread::sleep(Duration::from_millis(100));
                    }
                }
            }
        }
        self.conn
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
            .map_err(|e| self.err(e))?;
        self.migrate()
    }

    /// Brings the schema up to date in one write transaction that first reads the version, so
    /// two programs opening a new file together migrate it once.
    fn migrate(&mut self) -> Result<(), RecordsError> {
        let path = self.path.clone();
        // Up to date and with its installation id: nothing to write, so no write lock is
        // needed (another program may be writing right now).
        let version: i32 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(&path, e))?;
        if version == SCHEMA_VERSION && self.config(INSTALLATION_ID)?.is_some() {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        let version: i32 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(&path, e))?;
        if version > SCHEMA_VERSION {
            return Err(RecordsError::Newer { path, version });
        }
        for (index, migration) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(version).unwrap_or(0))
        {
            tx.execute_batch(migration)
                .map_err(|e| classify(&path, e))?;
            tx.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
                index + 1
            ))
            .map_err(|e| classify(&path, e))?;
        }
        // This installation's own id, made once: agents and statements in a shared learning
        // record store never collide with another clinic's.
        tx.execute(
            "INSERT INTO config (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO NOTHING",
            params![INSTALLATION_ID, new_uid()],
        )
        .map_err(|e| classify(&path, e))?;
        tx.commit().map_err(|e| classify(&path, e))
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i32, RecordsError> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    /// This installation's random id.
    pub fn installation_id(&self) -> Result<String, RecordsError> {
        self.config(INSTALLATION_ID)?
            .ok_or_else(|| RecordsError::Damaged {
                path: self.path.clone(),
                detail: "the installation id is missing".to_owned(),
            })
    }

    /// Runs `f` inside one read transaction: everything it reads comes from the same moment
    /// of the file, however much another program writes meanwhile.
    pub fn snapshot<T>(
        &self,
        f: impl FnOnce(&Records) -> Result<T, RecordsError>,
    ) -> Result<T, RecordsError> {
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        // The read transaction starts with the first read.
        tx.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|e| self.err(e))?;
        let result = f(self);
        tx.finish().map_err(|e| self.err(e))?;
        result
    }

    fn staff_from(&self, row: &rusqlite::Row<'_>) -> Result<Staff, RecordsError> {
        let id: i64 = row.get("id").map_err(|e| self.err(e))?;
        let cells = Cells {
            row,
            table: "staff",
            id,
            path: &self.path,
        };
        Ok(Staff {
            id,
            uid: cells.get("uid")?,
            name: cells.get("name")?,
            created_at: cells.time("created_at")?,
        })
    }

    fn query_staff(
        &self,
        filter: &str,
        param: impl rusqlite::ToSql,
    ) -> Result<Vec<Staff>, RecordsError> {
        let mut statement = self
            .conn
            .prepare(&format!(
                "SELECT id, uid, name, created_at FROM staff WHERE ({filter}) ORDER BY name"
            ))
            .map_err(|e| self.err(e))?;
        let mut rows = statement.query([param]).map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            out.push(self.staff_from(row)?);
        }
        Ok(out)
    }

    /// Every staff member, by name.
    pub fn staff(&self) -> Result<Vec<Staff>, RecordsError> {
        self.query_staff("?1 IS NULL", None::<i64>)
    }

    /// A staff member by name.
    pub fn staff_named(&self, name: &str) -> Result<Option<Staff>, RecordsError> {
        Ok(self
            .query_staff("name = ?1", Some(name.trim()))?
            .into_iter()
            .next())
    }

    /// The staff member with this name, added if new. Safe when two programs add the same
    /// name at once: both get the one staff member.
    pub fn staff_or_add(&mut self, name: &str, now: Timestamp) -> Result<Staff, RecordsError> {
        self.writable()?;
        let name = name.trim();
        madoguchi_rules::privacy::check_staff_name(name).map_err(RecordsError::Name)?;
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        let id = staff_id(&tx, name, now).map_err(|e| classify(&path, e))?;
        tx.commit().map_err(|e| classify(&path, e))?;
        self.query_staff("id = ?1", id)?
            .into_iter()
            .next()
            .ok_or_else(|| RecordsError::Damaged {
                path,
                detail: format!("staff {id} vanished"),
            })
    }

    /// Deletes a staff member and all their records.
    pub fn delete_staff(&mut self, id: i64) -> Result<(), RecordsError> {
        self.writable()?;
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| classify(&path, e))?;
        tx.execute("DELETE FROM staff WHERE id = ?1", [id])
            .map_err(|e| classify(&path, e))?;
        tx.commit().map_err(|e| classify(&path, e))
    }

    /// Stores a finished record — a practice attempt, or an assessment with all its attempts —
    /// in one transaction that also finds or adds its staff member. A record already stored
    /// (the same random id) is not stored again.
    pub fn commit(&mut self, record: &Record, now: Timestamp) -> Result<Committed, RecordsError> {
        self.writable()?;
        madoguchi_rules::privacy::check_staff_name(&record.staff).map_err(RecordsError::Name)?;
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        let table = match record.finished {
            FinishedWork::Practice(_) => "attempts",
            FinishedWork::Assessment { .. } => "assessments",
        };
        let existing: Option<i64> = tx
            .query_row(
                &format!("SELECT id FROM {table} WHERE uid = ?1"),
                [record.uid()],
                |r| r.get(0),
            )
            .optional()
            .map_err(|e| classify(&path, e))?;
        if let Some(id) = existing {
            return Ok(Committed::AlreadyStored(id));
        }
        let staff = staff_id(&tx, &record.staff, now).map_err(|e| classify(&path, e))?;
        let id = match &record.finished {
            FinishedWork::Practice(attempt) => {
                insert_attempt(&tx, attempt, staff, None).map_err(|e| classify(&path, e))?
            }
            FinishedWork::Assessment {
                assessment,
                attempts,
            } => {
                tx.execute(
                    "INSERT INTO assessments (uid, staff_id, seed, scenario_count, started_at, finished_at, passed, overall, prohibited, thresholds, competencies, rules_version)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    params![
                        assessment.uid,
                        staff,
                        seed_value(assessment.seed),
                        assessment.scenario_count,
                        stamp(assessment.started_at),
                        stamp(assessment.finished_at),
                        assessment.passed,
                        assessment.overall,
                        assessment.prohibited,
                        json(&assessment.thresholds),
                        json(&assessment.competencies),
                        assessment.rules_version,
                    ],
                )
                .map_err(|e| classify(&path, e))?;
                let id = tx.last_insert_rowid();
                for attempt in attempts {
                    insert_attempt(&tx, attempt, staff, Some(id))
                        .map_err(|e| classify(&path, e))?;
                }
                id
            }
        };
        tx.commit().map_err(|e| classify(&path, e))?;
        Ok(Committed::Stored(id))
    }

    fn attempt_from(&self, row: &rusqlite::Row<'_>) -> Result<Attempt, RecordsError> {
        let id: i64 = row.get("id").map_err(|e| self.err(e))?;
        let cells = Cells {
            row,
            table: "attempts",
            id,
            path: &self.path,
        };
        let ending: Option<String> = cells.get("ending")?;
        let ending = match ending {
            Some(text) => Some(
                serde_json::from_value(serde_json::Value::String(text.clone()))
                    .map_err(|e| cells.damaged("ending", format!("{text:?}: {e}")))?,
            ),
            None => None,
        };
        Ok(Attempt {
            id,
            uid: cells.get("uid")?,
            staff_id: cells.get("staff_id")?,
            assessment_id: cells.get("assessment_id")?,
            kind: cells.parsed("kind")?,
            style: cells.parsed("style")?,
            scenario: cells.get("scenario")?,
            pack: cells.get("pack")?,
            seed: cells.seed("seed")?,
            started_at: cells.time("started_at")?,
            finished_at: cells.time("finished_at")?,
            duration_ms: cells.count("duration_ms")?,
            ending,
            points: cells.get("points")?,
            max_points: cells.get("max_points")?,
            prohibited: cells.get("prohibited")?,
            competencies: cells.json("competencies")?,
            drawn: cells.json("drawn")?,
            rules_version: cells.get("rules_version")?,
            decisions: Vec::new(),
        })
    }

    fn query_attempts(
        &self,
        filter: &str,
        param: Option<i64>,
    ) -> Result<Vec<Attempt>, RecordsError> {
        let mut statement = self
            .conn
            .prepare(&format!(
                "SELECT id, uid, staff_id, assessment_id, kind, style, scenario, pack, seed, started_at, finished_at,
                        duration_ms, ending, points, max_points, prohibited, competencies, drawn, rules_version
                 FROM attempts WHERE ({filter}) ORDER BY finished_at, id"
            ))
            .map_err(|e| self.err(e))?;
        let mut rows = statement.query([param]).map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            out.push(self.attempt_from(row)?);
        }
        Ok(out)
    }

    /// A staff member's attempts, oldest first (all staff when `None`), without decisions.
    pub fn attempts(&self, staff_id: Option<i64>) -> Result<Vec<Attempt>, RecordsError> {
        self.query_attempts("?1 IS NULL OR staff_id = ?1", staff_id)
    }

    /// One attempt with its decisions.
    pub fn attempt(&self, id: i64) -> Result<Option<Attempt>, RecordsError> {
        self.snapshot(|records| {
            let Some(mut attempt) = records
                .query_attempts("id = ?1", Some(id))?
                .into_iter()
                .next()
            else {
                return Ok(None);
            };
            attempt.decisions = records.decisions(Some(id))?.remove(&id).unwrap_or_default();
            Ok(Some(attempt))
        })
    }

    /// Every decision, grouped by attempt, in order.
    pub fn all_decisions(&self) -> Result<BTreeMap<i64, Vec<DecisionRow>>, RecordsError> {
        self.decisions(None)
    }

    /// Decisions of one attempt or of all, grouped by attempt, in order. A row that cannot be
    /// read is reported as damage, never skipped or defaulted.
    fn decisions(
        &self,
        attempt: Option<i64>,
    ) -> Result<BTreeMap<i64, Vec<DecisionRow>>, RecordsError> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT id, attempt_id, seq, beat, choice_text, action, verdict, rules, expected, at_ms, took_ms, scored
                 FROM decisions WHERE (?1 IS NULL OR attempt_id = ?1) ORDER BY attempt_id, seq",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = statement.query([attempt]).map_err(|e| self.err(e))?;
        let mut out: BTreeMap<i64, Vec<DecisionRow>> = BTreeMap::new();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let id: i64 = row.get("id").map_err(|e| self.err(e))?;
            let cells = Cells {
                row,
                table: "decisions",
                id,
                path: &self.path,
            };
            let verdict: String = cells.get("verdict")?;
            let verdict = serde_json::from_value(serde_json::Value::String(verdict.clone()))
                .map_err(|e| cells.damaged("verdict", format!("{verdict:?}: {e}")))?;
            let expected: Option<String> = cells.get("expected")?;
            let expected = match expected {
                Some(text) => Some(
                    serde_json::from_str(&text)
                        .map_err(|e| cells.damaged("expected", e.to_string()))?,
                ),
                None => None,
            };
            let attempt: i64 = cells.get("attempt_id")?;
            out.entry(attempt).or_default().push(DecisionRow {
                seq: cells.get("seq")?,
                beat: cells.get("beat")?,
                choice_text: cells.get("choice_text")?,
                action: cells.json("action")?,
                verdict,
                rules: cells.json("rules")?,
                expected,
                at_ms: cells.count("at_ms")?,
                took_ms: cells.count("took_ms")?,
                scored: cells.get("scored")?,
            });
        }
        Ok(out)
    }

    /// Assessments (one staff member's, or everyone's), oldest first.
    pub fn assessments(&self, staff_id: Option<i64>) -> Result<Vec<AssessmentRow>, RecordsError> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT id, uid, staff_id, seed, scenario_count, started_at, finished_at, passed, overall, prohibited, thresholds, competencies, rules_version
                 FROM assessments WHERE (?1 IS NULL OR staff_id = ?1) ORDER BY finished_at, id",
            )
            .map_err(|e| self.err(e))?;
        let mut rows = statement.query([staff_id]).map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let id: i64 = row.get("id").map_err(|e| self.err(e))?;
            let cells = Cells {
                row,
                table: "assessments",
                id,
                path: &self.path,
            };
            let seed: i64 = cells.get("seed")?;
            out.push(AssessmentRow {
                id,
                uid: cells.get("uid")?,
                staff_id: cells.get("staff_id")?,
                seed: u64::from_ne_bytes(seed.to_ne_bytes()),
                scenario_count: cells.get("scenario_count")?,
                started_at: cells.time("started_at")?,
                finished_at: cells.time("finished_at")?,
                passed: cells.get("passed")?,
                overall: cells.get("overall")?,
                prohibited: cells.get("prohibited")?,
                thresholds: cells.json("thresholds")?,
                competencies: cells.json("competencies")?,
                rules_version: cells.get("rules_version")?,
            });
        }
        Ok(out)
    }

    /// A staff member's best share per scenario and how many attempts (the same share as
    /// [`Attempt::ratio`]).
    pub fn best_by_scenario(
        &self,
        staff_id: i64,
    ) -> Result<BTreeMap<String, (f64, u32)>, RecordsError> {
        let mut best: BTreeMap<String, (f64, u32)> = BTreeMap::new();
        for attempt in self.attempts(Some(staff_id))? {
            let entry = best.entry(attempt.scenario.clone()).or_insert((0.0, 0));
            entry.0 = entry.0.max(attempt.ratio());
            entry.1 += 1;
        }
        Ok(best)
    }

    /// A configuration value.
    pub fn config(&self, key: &str) -> Result<Option<String>, RecordsError> {
        self.conn
            .query_row("SELECT value FROM config WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Sets a configuration value.
    pub fn set_config(&mut self, key: &str, value: &str) -> Result<(), RecordsError> {
        self.writable()?;
        self.conn
            .execute(
                "INSERT INTO config (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// Removes a configuration value (nothing happens if there is none).
    pub fn remove_config(&mut self, key: &str) -> Result<(), RecordsError> {
        self.writable()?;
        self.conn
            .execute("DELETE FROM config WHERE key = ?1", [key])
            .map(|_| ())
            .map_err(|e| self.err(e))
    }

    /// The clinic's assessment thresholds (the defaults until a manager sets them).
    pub fn thresholds(&self) -> Result<Thresholds, RecordsError> {
        match self.config(THRESHOLDS)? {
            Some(text) => serde_json::from_str(&text).map_err(|e| RecordsError::DamagedRow {
                path: self.path.clone(),
                table: "config",
                row: 0,
                column: "thresholds",
                detail: e.to_string(),
            }),
            None => Ok(Thresholds::default()),
        }
    }

    /// Sets the clinic's thresholds.
    pub fn set_thresholds(&mut self, thresholds: &Thresholds) -> Result<(), RecordsError> {
        self.set_config(THRESHOLDS, &json(thresholds))
    }

    /// `PRAGMA integrity_check`'s answer ("ok" when healthy).
    pub fn integrity_check(&self) -> Result<String, RecordsError> {
        self.conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .map_err(|e| self.err(e))
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> Result<&mut Connection, RecordsError> {
        self.writable()?;
        Ok(&mut self.conn)
    }
}

/// The staff member's row id, the row added if the name is new (inside the caller's
/// transaction).
fn staff_id(tx: &rusqlite::Transaction<'_>, name: &str, now: Timestamp) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO staff (uid, name, created_at) VALUES (?1, ?2, ?3) ON CONFLICT(name) DO NOTHING",
        params![new_uid(), name.trim(), stamp(now)],
    )?;
    tx.query_row("SELECT id FROM staff WHERE name = ?1", [name.trim()], |r| {
        r.get(0)
    })
}

fn insert_attempt(
    tx: &rusqlite::Transaction<'_>,
    attempt: &Attempt,
    staff: i64,
    assessment: Option<i64>,
) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO attempts (uid, staff_id, assessment_id, kind, scenario, pack, seed, started_at, finished_at, duration_ms, ending,
                               points, max_points, prohibited, competencies, drawn, rules_version, style)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            attempt.uid,
            staff,
            assessment,
            attempt.kind.name(),
            attempt.scenario,
            attempt.pack,
            attempt.seed.map(seed_value),
            stamp(attempt.started_at),
            stamp(attempt.finished_at),
            i64::try_from(attempt.duration_ms).unwrap_or(i64::MAX),
            attempt.ending.map(|e| e.name()),
            attempt.points,
            attempt.max_points,
            attempt.prohibited,
            json(&attempt.competencies),
            json(&attempt.drawn),
            attempt.rules_version,
            attempt.style.name(),
        ],
    )?;
    let id = tx.last_insert_rowid();
    let mut statement = tx.prepare(
        "INSERT INTO decisions (attempt_id, seq, beat, choice_text, action, verdict, rules, expected, at_ms, took_ms, scored)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for d in &attempt.decisions {
        statement.execute(params![
            id,
            d.seq,
            d.beat,
            d.choice_text,
            json(&d.action),
            d.verdict.name(),
            json(&d.rules),
            d.expected.map(|e| json(&e)),
            i64::try_from(d.at_ms).unwrap_or(i64::MAX),
            i64::try_from(d.took_ms).unwrap_or(i64::MAX),
            d.scored,
        ])?;
    }
    Ok(id)
}

#[cfg(test)]
mod tests;
