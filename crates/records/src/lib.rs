//! Training records in SQLite: staff, attempts (practice and assessment), every decision with
//! its judgment, seeds, times and the rules version. The database is versioned from its first
//! schema, runs in WAL mode, commits a finished attempt in one transaction, and refuses — without
//! touching it — a file that is not SQLite, is another program's database, is corrupt, or was
//! written by a newer Madoguchi. It never holds a My Number, a PIN or patient data.

pub mod export;
pub mod summary;

use madoguchi_rules::Name;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use madoguchi_play::scenario::{Competency, Drawn};
use madoguchi_play::session::Debrief;
use madoguchi_rules::{Action, Expected, RuleSet, Verdict};

/// Marks the file as Madoguchi's (`PRAGMA application_id`, "MADO").
pub const APPLICATION_ID: i32 = 0x4D41_444F;

const MANAGER_PASSCODE: &str = "manager_passcode";
const THRESHOLDS: &str = "thresholds";

/// The schema, one migration per version; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    // Version 1.
    r#"
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        seed INTEGER NOT NULL,
        scenario_count INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        passed INTEGER NOT NULL,
        overall REAL NOT NULL,
        prohibited INTEGER NOT NULL,
        thresholds TEXT NOT NULL,
        competencies TEXT NOT NULL,
        rules_version TEXT NOT NULL
    );
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        assessment_id INTEGER REFERENCES assessments(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('practice', 'assessment')),
        scenario TEXT NOT NULL,
        pack TEXT NOT NULL,
        seed INTEGER,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        duration_ms INTEGER NOT NULL,
        ending TEXT,
        points INTEGER NOT NULL,
        max_points INTEGER NOT NULL,
        prohibited INTEGER NOT NULL,
        competencies TEXT NOT NULL,
        drawn TEXT NOT NULL,
        rules_version TEXT NOT NULL
    );
    CREATE INDEX attempts_by_staff ON attempts(staff_id, finished_at);
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        beat TEXT NOT NULL,
        choice_text TEXT NOT NULL,
        action TEXT NOT NULL,
        verdict TEXT NOT NULL,
        rules TEXT NOT NULL,
        expected TEXT,
        at_ms INTEGER NOT NULL,
        took_ms INTEGER NOT NULL,
        UNIQUE (attempt_id, seq)
    );
    CREATE TABLE config (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
    // Version 2: whether a decision counts in the score (a beat with one choice is a step of
    // the story, not a decision). Decisions recorded before were all scored.
    r#"
    ALTER TABLE decisions ADD COLUMN scored INTEGER NOT NULL DEFAULT 1;
    "#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// Why the records cannot be used.
#[derive(Debug, thiserror::Error)]
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
    /// The database fails its integrity check.
    #[error("{path}: the records database is damaged ({detail}); it was left untouched")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite reported.
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
    /// A name already in use.
    #[error("a staff member named {0} already exists")]
    DuplicateStaff(String),
    /// A staff name that cannot be kept.
    #[error("staff name refused: {0}")]
    Name(madoguchi_rules::privacy::NameProblem),
    /// The passcode could not be hashed.
    #[error("the manager passcode could not be stored: {0}")]
    Passcode(String),
    /// An SQLite error while working.
    #[error("records database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A file error.
    #[error("records database: {0}")]
    Io(#[from] std::io::Error),
}

impl RecordsError {
    /// The error in the language, from the `records-error-*` fluent messages: names the file
    /// and says what is wrong and that nothing was changed.
    pub fn describe(
        &self,
        texts: &madoguchi_content::i18n::Texts,
        lang: madoguchi_content::i18n::Lang,
    ) -> String {
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
            RecordsError::Corrupt { path: p, detail } => (
                "records-error-corrupt",
                vec![("path", path(p)), ("detail", detail.clone())],
            ),
            RecordsError::Newer { path: p, version } => (
                "records-error-newer",
                vec![
                    ("path", path(p)),
                    ("version", version.to_string()),
                    ("supported", SCHEMA_VERSION.to_string()),
                ],
            ),
            RecordsError::DuplicateStaff(name) => {
                ("records-error-duplicate", vec![("name", name.clone())])
            }
            RecordsError::Name(problem) => (problem.message_id(), vec![]),
            RecordsError::Passcode(detail) => {
                ("records-error-passcode", vec![("detail", detail.clone())])
            }
            RecordsError::Sqlite(error) => {
                ("records-error-sqlite", vec![("detail", error.to_string())])
            }
            RecordsError::Io(error) => ("records-error-io", vec![("detail", error.to_string())]),
        };
        texts.get_args(lang, id, &args)
    }
}

/// A staff member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    /// The row id.
    pub id: i64,
    /// The name shown.
    pub name: String,
    /// When added (ISO 8601).
    pub created_at: String,
}

/// Practice or assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttemptKind {
    /// A practice play-through.
    Practice,
    /// Part of an assessment.
    Assessment,
}

impl AttemptKind {
    fn as_str(self) -> &'static str {
        match self {
            AttemptKind::Practice => "practice",
            AttemptKind::Assessment => "assessment",
        }
    }

    fn parse(text: &str) -> AttemptKind {
        if text == "assessment" {
            AttemptKind::Assessment
        } else {
            AttemptKind::Practice
        }
    }
}

/// One decision as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecisionRow {
    /// Order in the attempt, from 1.
    pub seq: u32,
    /// The beat.
    pub beat: String,
    /// The choice's message id.
    pub choice_text: String,
    /// The action.
    pub action: Action,
    /// The verdict.
    pub verdict: Verdict,
    /// The rules behind it.
    pub rules: RuleSet,
    /// The right choice, if the decision has one.
    pub expected: Option<Expected>,
    /// Milliseconds from the start.
    pub at_ms: u64,
    /// Milliseconds taken.
    pub took_ms: u64,
    /// Whether it counted in the score (false for a beat that offered one choice).
    #[serde(default = "scored_by_default")]
    pub scored: bool,
}

fn scored_by_default() -> bool {
    true
}

/// A finished attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// The row id (0 before it is stored).
    pub id: i64,
    /// The staff member.
    pub staff_id: i64,
    /// The assessment it belongs to, if any.
    pub assessment_id: Option<i64>,
    /// Practice or assessment.
    pub kind: AttemptKind,
    /// The scenario's id.
    pub scenario: String,
    /// The pack's label.
    pub pack: String,
    /// The variant's seed.
    pub seed: Option<u64>,
    /// Start (ISO 8601, UTC).
    pub started_at: String,
    /// End (ISO 8601, UTC).
    pub finished_at: String,
    /// Milliseconds from the start to the last decision.
    pub duration_ms: u64,
    /// How it ended.
    pub ending: Option<String>,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max_points: u32,
    /// Prohibited actions taken.
    pub prohibited: u32,
    /// The competencies it counts for.
    pub competencies: Vec<Competency>,
    /// What the variant drew.
    pub drawn: Vec<Drawn>,
    /// The rules version (policy and pack fingerprints).
    pub rules_version: String,
    /// The decisions.
    pub decisions: Vec<DecisionRow>,
}

impl Attempt {
    /// An attempt from a debrief.
    pub fn from_debrief(
        debrief: &Debrief,
        staff_id: i64,
        kind: AttemptKind,
        pack: &str,
        started_at: &str,
        finished_at: &str,
        rules_version: &str,
    ) -> Attempt {
        Attempt {
            id: 0,
            staff_id,
            assessment_id: None,
            kind,
            scenario: debrief.scenario.clone(),
            pack: pack.to_owned(),
            seed: debrief.seed,
            started_at: started_at.to_owned(),
            finished_at: finished_at.to_owned(),
            duration_ms: debrief.total_ms,
            ending: debrief.ending.map(|e| e.name().to_owned()),
            points: debrief.score.points,
            max_points: debrief.score.max,
            prohibited: u32::try_from(debrief.prohibited).unwrap_or(u32::MAX),
            competencies: debrief.competencies.keys().copied().collect(),
            drawn: debrief.drawn.clone(),
            rules_version: rules_version.to_owned(),
            decisions: debrief
                .decisions
                .iter()
                .enumerate()
                .map(|(i, d)| DecisionRow {
                    seq: u32::try_from(i + 1).unwrap_or(u32::MAX),
                    beat: d.beat.clone(),
                    choice_text: d.text.clone(),
                    action: d.action,
                    verdict: d.verdict,
                    rules: d.rules,
                    expected: d.expected,
                    at_ms: d.at_ms,
                    took_ms: d.took_ms,
                    scored: d.scored,
                })
                .collect(),
        }
    }

    /// The share earned, 0.0 to 1.0.
    pub fn ratio(&self) -> f64 {
        if self.max_points == 0 {
            1.0
        } else {
            f64::from(self.points) / f64::from(self.max_points)
        }
    }
}

/// An assessment's result as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentRow {
    /// The row id (0 before it is stored).
    pub id: i64,
    /// The staff member.
    pub staff_id: i64,
    /// The draw's seed.
    pub seed: u64,
    /// How many scenarios.
    pub scenario_count: u32,
    /// Start.
    pub started_at: String,
    /// End.
    pub finished_at: String,
    /// Whether the thresholds were met.
    pub passed: bool,
    /// Overall share, 0.0 to 1.0.
    pub overall: f64,
    /// Prohibited actions taken.
    pub prohibited: u32,
    /// The thresholds applied (JSON).
    pub thresholds: String,
    /// Share per competency.
    pub competencies: BTreeMap<Competency, f64>,
    /// The rules version.
    pub rules_version: String,
}

/// The rows that store a finished assessment: its own, and one attempt per scenario played.
pub fn assessment_rows(
    finished: &madoguchi_play::assessment::Finished,
    staff_id: i64,
    pack: &str,
    rules_version: &str,
) -> (AssessmentRow, Vec<Attempt>) {
    let attempts: Vec<Attempt> = finished
        .played
        .iter()
        .map(|played| {
            Attempt::from_debrief(
                &played.debrief,
                staff_id,
                AttemptKind::Assessment,
                pack,
                &played.started_at.to_string(),
                &played.finished_at.to_string(),
                rules_version,
            )
        })
        .collect();
    let readiness = &finished.readiness;
    let row = AssessmentRow {
        id: 0,
        staff_id,
        seed: finished.seed,
        scenario_count: u32::try_from(finished.played.len()).unwrap_or(u32::MAX),
        started_at: finished.started_at.to_string(),
        finished_at: finished.finished_at.to_string(),
        passed: readiness.passed,
        overall: readiness.overall,
        prohibited: u32::try_from(readiness.prohibited).unwrap_or(u32::MAX),
        thresholds: json(&finished.thresholds),
        competencies: readiness.competencies.clone(),
        rules_version: rules_version.to_owned(),
    };
    (row, attempts)
}

/// The records database.
pub struct Records {
    conn: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Records {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Records").field("path", &self.path).finish()
    }
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A JSON column read back; a value that does not parse is a conversion failure, which the
/// caller reports as damage (never a silent default).
fn from_json<T: for<'de> Deserialize<'de>>(
    row: &rusqlite::Row<'_>,
    index: usize,
) -> rusqlite::Result<T> {
    let text: String = row.get(index)?;
    serde_json::from_str(&text).map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            Box::new(error),
        )
    })
}

impl Records {
    /// A row that cannot be read back (a JSON column that does not parse) is damage to report
    /// with the file; any other SQLite error stays what it is.
    fn damaged(&self, error: rusqlite::Error) -> RecordsError {
        match error {
            rusqlite::Error::FromSqlConversionFailure(column, _, cause) => RecordsError::Corrupt {
                path: self.path.clone().unwrap_or_default(),
                detail: format!("column {column}: {cause}"),
            },
            other => RecordsError::Sqlite(other),
        }
    }

    /// Opens the records at a path, creating a new database if there is no file. An existing
    /// file is first inspected read-only; anything but a healthy Madoguchi database is refused
    /// and left exactly as it was.
    pub fn open(path: &Path) -> Result<Records, RecordsError> {
        if path.exists() {
            inspect(path)?;
        } else if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        let mut records = Records {
            conn,
            path: Some(path.to_path_buf()),
        };
        records.prepare()?;
        Ok(records)
    }

    /// Records in memory (tests, benchmarks).
    pub fn in_memory() -> Result<Records, RecordsError> {
        let mut records = Records {
            conn: Connection::open_in_memory()?,
            path: None,
        };
        records.prepare()?;
        Ok(records)
    }

    fn prepare(&mut self) -> Result<(), RecordsError> {
        self.conn.busy_timeout(std::time::Duration::from_secs(5))?;
        if self.path.is_some() {
            let _: String = self
                .conn
                .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
        }
        self.conn
            .execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")?;
        let version: i32 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(RecordsError::Newer {
                path: self.path.clone().unwrap_or_default(),
                version,
            });
        }
        for (index, migration) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(version).unwrap_or(0))
        {
            let tx = self.conn.transaction()?;
            tx.execute_batch(migration)?;
            tx.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
                index + 1
            ))?;
            tx.commit()?;
        }
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i32, RecordsError> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Every staff member, by name.
    pub fn staff(&self) -> Result<Vec<Staff>, RecordsError> {
        let mut statement = self
            .conn
            .prepare("SELECT id, name, created_at FROM staff ORDER BY name")?;
        let rows = statement.query_map([], |row| {
            Ok(Staff {
                id: row.get(0)?,
                name: row.get(1)?,
                created_at: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A staff member by name.
    pub fn staff_named(&self, name: &str) -> Result<Option<Staff>, RecordsError> {
        Ok(self
            .conn
            .query_row(
                "SELECT id, name, created_at FROM staff WHERE name = ?1",
                [name],
                |row| {
                    Ok(Staff {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        created_at: row.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// Adds a staff member.
    pub fn add_staff(&mut self, name: &str, now: &str) -> Result<Staff, RecordsError> {
        let name = name.trim();
        madoguchi_rules::privacy::check_staff_name(name).map_err(RecordsError::Name)?;
        if self.staff_named(name)?.is_some() {
            return Err(RecordsError::DuplicateStaff(name.to_owned()));
        }
        self.conn.execute(
            "INSERT INTO staff (name, created_at) VALUES (?1, ?2)",
            params![name, now],
        )?;
        Ok(Staff {
            id: self.conn.last_insert_rowid(),
            name: name.to_owned(),
            created_at: now.to_owned(),
        })
    }

    /// A staff member, added if new.
    pub fn staff_or_add(&mut self, name: &str, now: &str) -> Result<Staff, RecordsError> {
        match self.staff_named(name.trim())? {
            Some(staff) => Ok(staff),
            None => self.add_staff(name, now),
        }
    }

    /// Deletes a staff member and all their records.
    pub fn delete_staff(&mut self, id: i64) -> Result<(), RecordsError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM staff WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }

    /// Stores a finished attempt and its decisions in one transaction; returns its id.
    pub fn record_attempt(&mut self, attempt: &Attempt) -> Result<i64, RecordsError> {
        let tx = self.conn.transaction()?;
        let id = insert_attempt(&tx, attempt)?;
        tx.commit()?;
        Ok(id)
    }

    /// Stores an assessment and all its attempts in one transaction; returns its id.
    pub fn record_assessment(
        &mut self,
        assessment: &AssessmentRow,
        attempts: &[Attempt],
    ) -> Result<i64, RecordsError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO assessments (staff_id, seed, scenario_count, started_at, finished_at, passed, overall, prohibited, thresholds, competencies, rules_version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                assessment.staff_id,
                i64::from_ne_bytes(assessment.seed.to_ne_bytes()),
                assessment.scenario_count,
                assessment.started_at,
                assessment.finished_at,
                assessment.passed,
                assessment.overall,
                assessment.prohibited,
                assessment.thresholds,
                json(&assessment.competencies),
                assessment.rules_version,
            ],
        )?;
        let id = tx.last_insert_rowid();
        for attempt in attempts {
            let mut attempt = attempt.clone();
            attempt.assessment_id = Some(id);
            insert_attempt(&tx, &attempt)?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// A staff member's attempts, oldest first (all staff when `None`).
    pub fn attempts(&self, staff_id: Option<i64>) -> Result<Vec<Attempt>, RecordsError> {
        self.query_attempts("?1 IS NULL OR staff_id = ?1", staff_id)
    }

    fn query_attempts(
        &self,
        filter: &str,
        param: Option<i64>,
    ) -> Result<Vec<Attempt>, RecordsError> {
        let mut statement = self.conn.prepare(&format!(
            "SELECT id, staff_id, assessment_id, kind, scenario, pack, seed, started_at, finished_at, duration_ms, ending,
                    points, max_points, prohibited, competencies, drawn, rules_version
             FROM attempts WHERE ({filter}) ORDER BY finished_at, id"
        ))?;
        let rows = statement.query_map([param], |row| {
            let seed: Option<i64> = row.get(6)?;
            Ok(Attempt {
                id: row.get(0)?,
                staff_id: row.get(1)?,
                assessment_id: row.get(2)?,
                kind: AttemptKind::parse(&row.get::<_, String>(3)?),
                scenario: row.get(4)?,
                pack: row.get(5)?,
                seed: seed.map(|s| u64::from_ne_bytes(s.to_ne_bytes())),
                started_at: row.get(7)?,
                finished_at: row.get(8)?,
                duration_ms: u64::try_from(row.get::<_, i64>(9)?).unwrap_or(0),
                ending: row.get(10)?,
                points: row.get(11)?,
                max_points: row.get(12)?,
                prohibited: row.get(13)?,
                competencies: from_json(row, 14)?,
                drawn: from_json(row, 15)?,
                rules_version: row.get(16)?,
                decisions: Vec::new(),
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(|e| self.damaged(e))
    }

    /// One attempt with its decisions.
    pub fn attempt(&self, id: i64) -> Result<Option<Attempt>, RecordsError> {
        let Some(mut attempt) = self.query_attempts("id = ?1", Some(id))?.into_iter().next() else {
            return Ok(None);
        };
        attempt.decisions = self.decisions(Some(id))?.remove(&id).unwrap_or_default();
        Ok(Some(attempt))
    }

    /// Every decision, grouped by attempt, in order.
    pub fn all_decisions(&self) -> Result<BTreeMap<i64, Vec<DecisionRow>>, RecordsError> {
        self.decisions(None)
    }

    /// Decisions of one attempt or of all, grouped by attempt, in order. A row that cannot be
    /// read is reported as damage, never skipped.
    fn decisions(
        &self,
        attempt: Option<i64>,
    ) -> Result<BTreeMap<i64, Vec<DecisionRow>>, RecordsError> {
        let mut statement = self.conn.prepare(
            "SELECT attempt_id, seq, beat, choice_text, action, verdict, rules, expected, at_ms, took_ms, scored
             FROM decisions WHERE (?1 IS NULL OR attempt_id = ?1) ORDER BY attempt_id, seq",
        )?;
        let mut rows = statement.query([attempt])?;
        let mut out: BTreeMap<i64, Vec<DecisionRow>> = BTreeMap::new();
        while let Some(row) = rows.next()? {
            let attempt: i64 = row.get(0)?;
            let seq: u32 = row.get(1)?;
            let action: String = row.get(4)?;
            let verdict: String = row.get(5)?;
            let rules: String = row.get(6)?;
            let expected: Option<String> = row.get(7)?;
            let (Ok(action), Ok(verdict), Ok(rules)) = (
                serde_json::from_str(&action),
                serde_json::from_str(&format!("\"{verdict}\"")),
                serde_json::from_str(&rules),
            ) else {
                return Err(RecordsError::Corrupt {
                    path: self.path.clone().unwrap_or_default(),
                    detail: format!("attempt {attempt}, decision {seq} cannot be read"),
                });
            };
            out.entry(attempt).or_default().push(DecisionRow {
                seq,
                beat: row.get(2)?,
                choice_text: row.get(3)?,
                action,
                verdict,
                rules,
                expected: expected.and_then(|e| serde_json::from_str(&e).ok()),
                at_ms: u64::try_from(row.get::<_, i64>(8)?).unwrap_or(0),
                took_ms: u64::try_from(row.get::<_, i64>(9)?).unwrap_or(0),
                scored: row.get(10)?,
            });
        }
        Ok(out)
    }

    /// Assessments (one staff member's, or everyone's), oldest first.
    pub fn assessments(&self, staff_id: Option<i64>) -> Result<Vec<AssessmentRow>, RecordsError> {
        let mut statement = self.conn.prepare(
            "SELECT id, staff_id, seed, scenario_count, started_at, finished_at, passed, overall, prohibited, thresholds, competencies, rules_version
             FROM assessments WHERE (?1 IS NULL OR staff_id = ?1) ORDER BY finished_at, id",
        )?;
        let rows = statement.query_map([staff_id], |row| {
            Ok(AssessmentRow {
                id: row.get(0)?,
                staff_id: row.get(1)?,
                seed: u64::from_ne_bytes(row.get::<_, i64>(2)?.to_ne_bytes()),
                scenario_count: row.get(3)?,
                started_at: row.get(4)?,
                finished_at: row.get(5)?,
                passed: row.get(6)?,
                overall: row.get(7)?,
                prohibited: row.get(8)?,
                thresholds: row.get(9)?,
                competencies: from_json(row, 10)?,
                rules_version: row.get(11)?,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(|e| self.damaged(e))
    }

    /// A staff member's best share per scenario and how many attempts.
    pub fn best_by_scenario(
        &self,
        staff_id: i64,
    ) -> Result<BTreeMap<String, (f64, u32)>, RecordsError> {
        let mut statement = self.conn.prepare(
            "SELECT scenario, MAX(CAST(points AS REAL) / MAX(max_points, 1)), COUNT(*)
             FROM attempts WHERE staff_id = ?1 GROUP BY scenario",
        )?;
        let rows = statement.query_map([staff_id], |row| {
            Ok((
                row.get::<_, String>(0)?,
                (row.get::<_, f64>(1)?, row.get::<_, u32>(2)?),
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A configuration value.
    pub fn config(&self, key: &str) -> Result<Option<String>, RecordsError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM config WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Sets a configuration value.
    pub fn set_config(&mut self, key: &str, value: &str) -> Result<(), RecordsError> {
        self.conn.execute(
            "INSERT INTO config (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Whether a manager passcode has been set.
    pub fn has_manager_passcode(&self) -> Result<bool, RecordsError> {
        Ok(self.config(MANAGER_PASSCODE)?.is_some())
    }

    /// Sets the manager passcode, stored only as an Argon2 hash.
    pub fn set_manager_passcode(&mut self, passcode: &str) -> Result<(), RecordsError> {
        use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
        let salt = SaltString::generate(&mut OsRng);
        let hash = argon2::Argon2::default()
            .hash_password(passcode.as_bytes(), &salt)
            .map_err(|e| RecordsError::Passcode(e.to_string()))?
            .to_string();
        self.set_config(MANAGER_PASSCODE, &hash)
    }

    /// Whether a passcode matches the manager passcode (false when none is set).
    pub fn verify_manager_passcode(&self, passcode: &str) -> Result<bool, RecordsError> {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        let Some(stored) = self.config(MANAGER_PASSCODE)? else {
            return Ok(false);
        };
        let Ok(hash) = PasswordHash::new(&stored) else {
            return Err(RecordsError::Corrupt {
                path: self.path.clone().unwrap_or_default(),
                detail: "the manager passcode hash cannot be read".to_owned(),
            });
        };
        Ok(argon2::Argon2::default()
            .verify_password(passcode.as_bytes(), &hash)
            .is_ok())
    }

    /// The clinic's assessment thresholds (the defaults until a manager sets them).
    pub fn thresholds(&self) -> Result<madoguchi_play::assessment::Thresholds, RecordsError> {
        match self.config(THRESHOLDS)? {
            Some(text) => serde_json::from_str(&text).map_err(|e| RecordsError::Corrupt {
                path: self.path.clone().unwrap_or_default(),
                detail: format!("thresholds: {e}"),
            }),
            None => Ok(madoguchi_play::assessment::Thresholds::default()),
        }
    }

    /// Sets the clinic's thresholds.
    pub fn set_thresholds(
        &mut self,
        thresholds: &madoguchi_play::assessment::Thresholds,
    ) -> Result<(), RecordsError> {
        self.set_config(THRESHOLDS, &json(thresholds))
    }

    /// `PRAGMA integrity_check`'s answer ("ok" when healthy).
    pub fn integrity_check(&self) -> Result<String, RecordsError> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

fn insert_attempt(tx: &rusqlite::Transaction<'_>, attempt: &Attempt) -> Result<i64, RecordsError> {
    tx.execute(
        "INSERT INTO attempts (staff_id, assessment_id, kind, scenario, pack, seed, started_at, finished_at, duration_ms, ending,
                               points, max_points, prohibited, competencies, drawn, rules_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            attempt.staff_id,
            attempt.assessment_id,
            attempt.kind.as_str(),
            attempt.scenario,
            attempt.pack,
            attempt.seed.map(|s| i64::from_ne_bytes(s.to_ne_bytes())),
            attempt.started_at,
            attempt.finished_at,
            i64::try_from(attempt.duration_ms).unwrap_or(i64::MAX),
            attempt.ending,
            attempt.points,
            attempt.max_points,
            attempt.prohibited,
            json(&attempt.competencies),
            json(&attempt.drawn),
            attempt.rules_version,
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

/// Looks at an existing file without changing it: is it SQLite, is it ours, is it healthy?
fn inspect(path: &Path) -> Result<(), RecordsError> {
    let mut header = [0u8; 16];
    let read = {
        use std::io::Read;
        let mut file = std::fs::File::open(path)?;
        file.read(&mut header)?
    };
    if read == 0 {
        // An empty file: SQLite treats it as a new database.
        return Ok(());
    }
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(RecordsError::NotSqlite {
            path: path.to_path_buf(),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let corrupt = |detail: String| RecordsError::Corrupt {
        path: path.to_path_buf(),
        detail,
    };
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| corrupt(e.to_string()))?;
    let tables: i64 = conn
        .query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get(0))
        .map_err(|e| corrupt(e.to_string()))?;
    if application_id != APPLICATION_ID && (application_id != 0 || tables > 0) {
        return Err(RecordsError::Foreign {
            path: path.to_path_buf(),
            application_id,
        });
    }
    let check: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| corrupt(e.to_string()))?;
    if check != "ok" {
        return Err(corrupt(check));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
