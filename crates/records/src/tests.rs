//! The records: round trips, transactions, and refusing files that are not ours.

use super::*;
use madoguchi_rules::{Action, CopayRate, RuleId};

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("madoguchi-records-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("records.sqlite")
}

fn attempt(staff_id: i64, scenario: &str, points: u32) -> Attempt {
    Attempt {
        id: 0,
        staff_id,
        assessment_id: None,
        kind: AttemptKind::Practice,
        scenario: scenario.to_owned(),
        pack: "scenarios".to_owned(),
        seed: Some(u64::MAX - 3),
        started_at: "2026-11-24T01:00:00Z".to_owned(),
        finished_at: "2026-11-24T01:03:00Z".to_owned(),
        duration_ms: 180_000,
        ending: Some("served".to_owned()),
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

#[test]
fn a_new_database_is_created_versioned_and_ours() {
    let path = temp("new");
    let records = Records::open(&path).unwrap();
    assert_eq!(records.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(records.integrity_check().unwrap(), "ok");
    drop(records);
    // Opening it again is fine.
    assert!(Records::open(&path).is_ok());
}

#[test]
fn a_version_1_database_is_migrated_with_its_records_intact() {
    let path = temp("v1");
    // A database as the first version wrote it.
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 1;
             INSERT INTO staff (id, name, created_at) VALUES (1, '古参 一郎', '2025-01-01T00:00:00Z');
             INSERT INTO attempts (id, staff_id, kind, scenario, pack, seed, started_at, finished_at,
                 duration_ms, ending, points, max_points, prohibited, competencies, drawn, rules_version)
               VALUES (7, 1, 'practice', 'a', 'scenarios', 5, 's', 'f', 1000, 'served', 2, 2, 0,
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
    assert_eq!(records.staff().unwrap()[0].name, "古参 一郎");
}

#[test]
fn attempts_round_trip_with_their_decisions() {
    let mut records = Records::in_memory().unwrap();
    let staff = records
        .add_staff("山田 花子", "2026-11-24T00:00:00Z")
        .unwrap();
    assert!(matches!(
        records.add_staff("山田 花子", "x"),
        Err(RecordsError::DuplicateStaff(_))
    ));
    let id = records.record_attempt(&attempt(staff.id, "a", 7)).unwrap();
    records.record_attempt(&attempt(staff.id, "a", 9)).unwrap();
    let back = records.attempt(id).unwrap().unwrap();
    let mut expected = attempt(staff.id, "a", 7);
    expected.id = id;
    assert_eq!(back, expected);
    let best = records.best_by_scenario(staff.id).unwrap();
    assert_eq!(best["a"], (0.9, 2));
    records.delete_staff(staff.id).unwrap();
    assert!(
        records.attempts(None).unwrap().is_empty(),
        "deleting staff deletes their records"
    );
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_untouched() {
    let path = temp("text");
    let bytes = b"these are somebody's notes, not a database\n".repeat(50);
    std::fs::write(&path, &bytes).unwrap();
    let error = Records::open(&path).unwrap_err();
    assert!(matches!(error, RecordsError::NotSqlite { .. }), "{error}");
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
        let staff = records.add_staff("a", "t").unwrap();
        for i in 0..200 {
            records
                .record_attempt(&attempt(staff.id, &format!("s{i}"), 5))
                .unwrap();
        }
        records
            .conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    // Scribble over the middle of the file, past the header.
    let middle = bytes.len() / 2;
    for byte in &mut bytes[middle..middle + 4096] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let error = Records::open(&path).unwrap_err();
    assert!(matches!(error, RecordsError::Corrupt { .. }), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

#[test]
fn a_newer_schema_is_refused() {
    let path = temp("newer");
    {
        let records = Records::open(&path).unwrap();
        records
            .conn
            .execute_batch("PRAGMA user_version = 99;")
            .unwrap();
    }
    let error = Records::open(&path).unwrap_err();
    assert!(
        matches!(error, RecordsError::Newer { version: 99, .. }),
        "{error}"
    );
}

#[test]
fn an_assessment_is_stored_with_its_attempts_at_once() {
    let mut records = Records::in_memory().unwrap();
    let staff = records.add_staff("b", "t").unwrap();
    let row = AssessmentRow {
        id: 0,
        staff_id: staff.id,
        seed: 42,
        scenario_count: 2,
        started_at: "s".to_owned(),
        finished_at: "f".to_owned(),
        passed: true,
        overall: 0.9,
        prohibited: 0,
        thresholds: "{}".to_owned(),
        competencies: [(Competency::CopayByAge, 0.9)].into_iter().collect(),
        rules_version: "v".to_owned(),
    };
    let mut one = attempt(staff.id, "x", 9);
    one.kind = AttemptKind::Assessment;
    let id = records
        .record_assessment(&row, &[one.clone(), one])
        .unwrap();
    let stored = records.assessments(Some(staff.id)).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id, id);
    assert_eq!(stored[0].competencies[&Competency::CopayByAge], 0.9);
    let attempts = records.attempts(Some(staff.id)).unwrap();
    assert_eq!(attempts.len(), 2);
    assert!(attempts.iter().all(|a| a.assessment_id == Some(id)));
}

#[test]
fn a_row_that_cannot_be_read_back_is_reported_as_damage_not_defaulted() {
    let mut records = Records::in_memory().unwrap();
    let staff = records
        .add_staff("読めない 行", "2026-11-24T00:00:00Z")
        .unwrap();
    records.record_attempt(&attempt(staff.id, "a", 5)).unwrap();
    records
        .conn
        .execute("UPDATE attempts SET competencies = 'not json'", [])
        .unwrap();
    match records.attempts(None) {
        Err(RecordsError::Corrupt { detail, .. }) => {
            assert!(detail.contains("column 14"), "{detail}")
        }
        other => panic!("expected damage, got {other:?}"),
    }
}
