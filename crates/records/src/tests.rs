//! The records: round trips, one transaction per record, stored at most once, safe under
//! concurrent writers, honest about files that are not ours or cannot be written, and typed
//! all the way (a value that does not read back is named damage).

use std::sync::{Arc, Barrier};

use super::*;
use crate::pending::{PendingDir, Retry, Stored, commit_all, store};
use madoguchi_play::scenario::Competency;
use madoguchi_rules::{Action, CopayRate, Expected, RuleId, RuleSet, Verdict};

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("madoguchi-records-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("records.sqlite")
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn attempt(scenario: &str, points: u32) -> Attempt {
    Attempt {
        id: 0,
        uid: new_uid(),
        staff_id: 0,
        assessment_id: None,
        kind: AttemptKind::Practice,
        style: madoguchi_play::session::PlayStyle::Guided,
        scenario: scenario.to_owned(),
        pack: "scenarios".to_owned(),
        seed: Some(u64::MAX - 3),
        started_at: at("2026-11-24T01:00:00Z"),
        finished_at: at("2026-11-24T01:03:00.25Z"),
        duration_ms: 180_000,
        ending: Some(madoguchi_play::scenario::Ending::Served),
        points,
        max_points: 10,
        prohibited: 0,
        competencies: vec![Competency::CertificateExpiry],
        drawn: vec![],
        rules_version: "abc".to_owned(),
        decisions: vec![DecisionRow {
            seq: 1,
            beat: "arrive".to_owned(),
            choice_text: "x-guide".to_owned(),
            action: Action::Charge(CopayRate::Thirty),
            verdict: Verdict::Right,
            rules: RuleSet::of(&[RuleId::Copay6_69_30]),
            expected: Some(Expected::Copay(CopayRate::Thirty)),
            at_ms: 4_000,
            took_ms: 4_000,
            scored: true,
        }],
    }
}

fn assessment(scenarios: usize) -> Record {
    let mut attempts = Vec::new();
    for i in 0..scenarios {
        let mut one = attempt(&format!("s{i}"), 9);
        one.kind = AttemptKind::Assessment;
        attempts.push(one);
    }
    Record {
        staff: "評価 花子".to_owned(),
        finished: FinishedWork::Assessment {
            assessment: AssessmentRow {
                id: 0,
                uid: new_uid(),
                staff_id: 0,
                seed: 10_820_770_463_232_788_922,
                scenario_count: u32::try_from(scenarios).unwrap(),
                started_at: at("2026-11-24T02:00:00Z"),
                finished_at: at("2026-11-24T02:30:00Z"),
                passed: true,
                overall: 0.9,
                prohibited: 0,
                thresholds: Thresholds::default(),
                competencies: [(Competency::CopayByAge, 0.9)].into_iter().collect(),
                rules_version: "v".to_owned(),
            },
            attempts,
        },
    }
}

#[test]
fn a_new_database_is_created_versioned_ours_and_private() {
    let path = temp("new");
    let records = Records::open(&path).unwrap();
    assert_eq!(records.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(records.integrity_check().unwrap(), "ok");
    let installation = records.installation_id().unwrap();
    drop(records);
    let again = Records::open(&path).unwrap();
    assert_eq!(
        again.installation_id().unwrap(),
        installation,
        "the installation id is made once"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the file is the owner's only");
    }
}

#[test]
fn a_version_1_database_is_migrated_with_its_records_intact() {
    let path = temp("v1");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;
             INSERT INTO staff (id, name, created_at) VALUES (1, '古参 一郎', '2025-01-01T00:00:00Z');
             INSERT INTO attempts (id, staff_id, kind, scenario, pack, seed, started_at, finished_at,
                 duration_ms, ending, points, max_points, prohibited, competencies, drawn, rules_version)
               VALUES (7, 1, 'practice', 'a', 'scenarios', 5, '2025-01-02T09:00:00Z',
                 '2025-01-02T09:03:10.123456789Z', 1000, 'served', 2, 2, 0,
                 '[\"copay_by_age\"]', '[]', 'old');
             INSERT INTO decisions (attempt_id, seq, beat, choice_text, action, verdict, rules,
                 expected, at_ms, took_ms)
               VALUES (7, 1, 'b', 'x-c1', '{{\"charge\":30}}', 'right', '[\"copay_6_69_30\"]',
                 NULL, 1000, 1000);"
        ))
        .unwrap();
    }
    let records = Records::open(&path).unwrap();
    assert_eq!(records.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(records.integrity_check().unwrap(), "ok");
    let attempt = records.attempt(7).unwrap().unwrap();
    assert_eq!(attempt.points, 2);
    assert_eq!(attempt.decisions.len(), 1);
    assert!(
        attempt.decisions[0].scored,
        "older decisions were all scored"
    );
    assert_eq!(
        attempt.finished_at,
        at("2025-01-02T09:03:10.123Z"),
        "times rewritten to milliseconds"
    );
    assert_eq!(attempt.uid.len(), 32, "every row got its own id");
    let staff = records.staff().unwrap();
    assert_eq!(staff[0].name, "古参 一郎");
    assert!(!staff[0].uid.is_empty());
}

#[test]
fn records_round_trip_typed_and_are_stored_once() {
    let mut records = Records::in_memory().unwrap();
    let one = attempt("a", 7);
    let record = Record::practice("山田 花子", one.clone());
    let now = at("2026-11-24T01:04:00Z");
    let Committed::Stored(id) = records.commit(&record, now).unwrap() else {
        panic!("stored the first time");
    };
    assert_eq!(
        records.commit(&record, now).unwrap(),
        Committed::AlreadyStored(id),
        "the same record is not stored twice"
    );
    records
        .commit(&Record::practice("山田 花子", attempt("a", 9)), now)
        .unwrap();
    let staff = records.staff_named("山田 花子").unwrap().unwrap();
    let back = records.attempt(id).unwrap().unwrap();
    let mut expected = one;
    expected.id = id;
    expected.staff_id = staff.id;
    assert_eq!(back, expected);
    assert_eq!(records.best_by_scenario(staff.id).unwrap()["a"], (0.9, 2));
    records.delete_staff(staff.id).unwrap();
    assert!(
        records.attempts(None).unwrap().is_empty(),
        "deleting staff deletes their records"
    );
}

#[test]
fn an_assessment_is_stored_with_its_attempts_at_once_and_its_seed_exactly() {
    let mut records = Records::in_memory().unwrap();
    let record = assessment(3);
    let id = records
        .commit(&record, at("2026-11-24T02:31:00Z"))
        .unwrap()
        .id();
    let stored = records.assessments(None).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id, id);
    assert_eq!(stored[0].seed, 10_820_770_463_232_788_922);
    assert_eq!(stored[0].thresholds, Thresholds::default());
    let attempts = records.attempts(None).unwrap();
    assert_eq!(attempts.len(), 3);
    assert!(attempts.iter().all(|a| a.assessment_id == Some(id)));
}

#[test]
fn the_same_new_name_from_two_writers_is_one_staff_member() {
    let path = temp("same-name");
    Records::open(&path).unwrap();
    let barrier = Arc::new(Barrier::new(2));
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let path = path.clone();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let mut records = Records::open(&path).unwrap();
                barrier.wait();
                records
                    .staff_or_add("同時 太郎", at("2026-11-24T00:00:00Z"))
                    .unwrap()
            })
        })
        .collect();
    let members: Vec<Staff> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(members[0], members[1]);
}

#[test]
fn twenty_pairs_of_concurrent_writers_on_fresh_files_lose_nothing() {
    for pair in 0..20 {
        let path = temp(&format!("pair-{pair}"));
        std::fs::remove_file(&path).ok();
        let barrier = Arc::new(Barrier::new(2));
        let handles: Vec<_> = (0..2)
            .map(|_| {
                let path = path.clone();
                let barrier = barrier.clone();
                std::thread::spawn(move || {
                    barrier.wait();
                    // Both open a file that does not exist yet, then store an assessment for
                    // the same new staff member.
                    let mut records = Records::open(&path).unwrap();
                    let pending = PendingDir::beside(&path);
                    let record = assessment(12);
                    match store(
                        &mut records,
                        &pending,
                        &record,
                        at("2026-11-24T03:00:00Z"),
                        Retry::default(),
                    ) {
                        Ok(Stored::Committed(done)) => done,
                        other => panic!("{other:?}"),
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }
        let records = Records::open(&path).unwrap();
        assert_eq!(records.assessments(None).unwrap().len(), 2, "pair {pair}");
        assert_eq!(records.attempts(None).unwrap().len(), 24, "pair {pair}");
        assert_eq!(records.staff().unwrap().len(), 1, "pair {pair}");
        assert!(PendingDir::beside(&path).list().is_empty());
    }
}

#[test]
fn a_locked_database_keeps_the_record_pending_and_the_next_start_stores_it_once() {
    let path = temp("locked");
    let mut records = Records::open(&path).unwrap();
    let pending = PendingDir::beside(&path);
    // Another program holds the write lock for longer than the records wait.
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE;").unwrap();
    records
        .conn
        .busy_timeout(Duration::from_millis(50))
        .unwrap();
    let record = assessment(2);
    let retry = Retry {
        tries: 2,
        first_pause: Duration::from_millis(10),
    };
    let kept = store(
        &mut records,
        &pending,
        &record,
        at("2026-11-24T03:00:00Z"),
        retry,
    )
    .unwrap();
    let Stored::Pending { path: file, error } = kept else {
        panic!("expected pending, got {kept:?}");
    };
    assert!(matches!(error, RecordsError::Locked { .. }), "{error:?}");
    assert!(file.exists());
    holder.execute_batch("ROLLBACK;").unwrap();
    drop(holder);
    // The next start commits it; a second catch-up finds nothing more to do.
    let caught = commit_all(&mut records, &pending, at("2026-11-24T03:05:00Z"), retry);
    assert_eq!(caught.stored.len(), 1, "{caught:?}");
    assert!(!file.exists());
    assert!(
        commit_all(&mut records, &pending, at("2026-11-24T03:06:00Z"), retry)
            .stored
            .is_empty()
    );
    // A pending file left behind after its commit (a crash between the two) stores nothing
    // twice.
    pending.keep(&record).unwrap();
    let caught = commit_all(&mut records, &pending, at("2026-11-24T03:07:00Z"), retry);
    assert!(matches!(caught.stored[0].1, Committed::AlreadyStored(_)));
    assert_eq!(records.assessments(None).unwrap().len(), 1);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_untouched() {
    let path = temp("text");
    let bytes = b"these are somebody's notes, not a database\n".repeat(50);
    std::fs::write(&path, &bytes).unwrap();
    let error = Records::open(&path).unwrap_err();
    assert!(matches!(error, RecordsError::NotSqlite { .. }), "{error}");
    assert_eq!(error.severity(), Severity::Unusable);
    assert!(error.to_string().contains("left untouched"));
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert!(!path.with_extension("sqlite-wal").exists());
}

#[test]
fn another_programs_database_is_refused_and_untouched() {
    let path = temp("foreign");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE photos (id INTEGER); INSERT INTO photos VALUES (1);")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let error = Records::open(&path).unwrap_err();
    assert!(matches!(error, RecordsError::Foreign { .. }), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_database_is_refused_and_untouched() {
    let path = temp("damaged");
    {
        let mut records = Records::open(&path).unwrap();
        for i in 0..200 {
            records
                .commit(
                    &Record::practice("a", attempt(&format!("s{i}"), 5)),
                    at("2026-11-24T00:00:00Z"),
                )
                .unwrap();
        }
        records
            .conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    for byte in &mut bytes[middle..middle + 4096] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let error = Records::open(&path).unwrap_err();
    assert!(matches!(error, RecordsError::Damaged { .. }), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_newer_schema_is_refused_without_touching_the_file() {
    let path = temp("newer");
    {
        let records = Records::open(&path).unwrap();
        records
            .conn
            .execute_batch("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let error = Records::open(&path).unwrap_err();
    assert!(
        matches!(error, RecordsError::Newer { version: 99, .. }),
        "{error}"
    );
    let error = Records::open_read_only(&path).unwrap_err();
    assert!(matches!(error, RecordsError::Newer { .. }), "{error}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "not even the journal mode changed"
    );
}

#[test]
fn a_read_only_copy_can_be_reported_and_refuses_writes_as_read_only() {
    let path = temp("read-only");
    {
        let mut records = Records::open(&path).unwrap();
        records
            .commit(
                &Record::practice("読む 人", attempt("a", 5)),
                at("2026-11-24T00:00:00Z"),
            )
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let mut records = Records::open_read_only(&path).unwrap();
    assert_eq!(records.attempts(None).unwrap().len(), 1);
    let error = records
        .commit(
            &Record::practice("読む 人", attempt("b", 5)),
            at("2026-11-24T00:00:00Z"),
        )
        .unwrap_err();
    assert!(matches!(error, RecordsError::ReadOnly { .. }), "{error}");
    assert_eq!(error.severity(), Severity::Unwritable);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_value_that_cannot_be_read_back_is_damage_named_by_table_row_and_column() {
    let mut records = Records::in_memory().unwrap();
    let id = records
        .commit(
            &Record::practice("読めない 行", attempt("a", 5)),
            at("2026-11-24T00:00:00Z"),
        )
        .unwrap()
        .id();
    for (column, value) in [
        ("competencies", "not json"),
        ("finished_at", "yesterday"),
        ("kind", "exam"),
        ("ending", "vanished"),
    ] {
        let mut copy = Records::in_memory().unwrap();
        copy.commit(
            &Record::practice("x", attempt("a", 5)),
            at("2026-11-24T00:00:00Z"),
        )
        .unwrap();
        copy.conn
            .execute_batch("PRAGMA ignore_check_constraints = ON;")
            .unwrap();
        copy.conn
            .execute(&format!("UPDATE attempts SET {column} = ?1"), [value])
            .unwrap();
        match copy.attempts(None) {
            Err(RecordsError::DamagedRow {
                table: "attempts",
                column: named,
                ..
            }) => assert_eq!(named, column),
            other => panic!("{column}: expected damage, got {other:?}"),
        }
    }
    records
        .conn
        .execute("UPDATE decisions SET expected = 'garbage'", [])
        .unwrap();
    assert!(matches!(
        records.attempt(id),
        Err(RecordsError::DamagedRow {
            table: "decisions",
            column: "expected",
            ..
        })
    ));
}

#[test]
fn errors_are_classified_by_their_code() {
    let path = Path::new("/x/records.sqlite");
    let failure = |code| {
        rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error {
                code,
                extended_code: 0,
            },
            None,
        )
    };
    assert!(matches!(
        classify(path, failure(rusqlite::ErrorCode::ReadOnly)),
        RecordsError::ReadOnly { .. }
    ));
    assert!(matches!(
        classify(path, failure(rusqlite::ErrorCode::DiskFull)),
        RecordsError::DiskFull { .. }
    ));
    assert!(matches!(
        classify(path, failure(rusqlite::ErrorCode::DatabaseBusy)),
        RecordsError::Locked { .. }
    ));
    assert!(matches!(
        classify(path, failure(rusqlite::ErrorCode::DatabaseCorrupt)),
        RecordsError::Damaged { .. }
    ));
}
