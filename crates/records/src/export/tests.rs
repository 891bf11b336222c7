//! Report formats: golden files, the CSV's byte-order mark, and the xAPI statements' structure.

use std::path::PathBuf;

use super::*;
use crate::{DecisionRow, Record, Records};
use madoguchi_play::scenario::Competency;
use madoguchi_rules::{Action, CopayRate, Expected, RuleId, RuleSet, Verdict};

fn at(text: &str) -> jiff::Timestamp {
    text.parse().unwrap()
}

/// Fixed ids, so the golden files do not change from run to run.
fn uid(n: u32) -> String {
    format!("00000000-0000-4000-8000-{n:012}")
}

fn data() -> (Records, ReportData) {
    let mut records = Records::in_memory().unwrap();
    let decision = |seq: u32, verdict: Verdict, at_ms: u64| DecisionRow {
        seq,
        beat: format!("beat{seq}"),
        choice_text: format!("x-c{seq}"),
        action: Action::Charge(CopayRate::Thirty),
        verdict,
        rules: RuleSet::of(&[RuleId::Copay6_69_30, RuleId::FailInvalidNo10wari]),
        expected: Some(Expected::Copay(CopayRate::Thirty)),
        at_ms,
        took_ms: 2_500,
        scored: seq != 2 || verdict != Verdict::Wrong,
    };
    let attempt = |n: u32, scenario: &str, kind, points, prohibited, finished: &str| Attempt {
        id: 0,
        uid: uid(n),
        staff_id: 0,
        assessment_id: None,
        kind,
        style: madoguchi_play::session::PlayStyle::Guided,
        scenario: scenario.to_owned(),
        pack: "scenarios".to_owned(),
        seed: Some(10_820_770_463_232_788_922),
        started_at: at("2026-11-24T01:00:00Z"),
        finished_at: at(finished),
        duration_ms: 75_250,
        ending: Some(madoguchi_play::scenario::Ending::Served),
        points,
        max_points: 4,
        prohibited,
        competencies: vec![Competency::InvalidEligibility, Competency::CopayByAge],
        drawn: vec![],
        rules_version: "v1".to_owned(),
        decisions: vec![
            decision(1, Verdict::Right, 2_500),
            decision(2, Verdict::Wrong, 5_000),
        ],
    };
    records
        .commit(
            &Record::practice(
                "山田 花子",
                attempt(
                    1,
                    "invalid_job_change_first_visit",
                    AttemptKind::Practice,
                    2,
                    0,
                    "2026-11-24T01:02:00Z",
                ),
            ),
            at("2026-11-01T00:00:00Z"),
        )
        .unwrap();
    let row = AssessmentRow {
        id: 0,
        uid: uid(2),
        staff_id: 0,
        seed: 7,
        scenario_count: 1,
        started_at: at("2026-11-24T02:00:00Z"),
        finished_at: at("2026-11-24T02:10:00Z"),
        passed: false,
        overall: 0.75,
        prohibited: 1,
        thresholds: madoguchi_play::assessment::Thresholds::default(),
        competencies: [(Competency::CopayByAge, 0.75)].into_iter().collect(),
        rules_version: "v1".to_owned(),
    };
    records
        .commit(
            &Record {
                staff: "=HYPERLINK(\"http://x\",\"Ken, K\")".to_owned(),
                finished: crate::FinishedWork::Assessment {
                    assessment: row,
                    attempts: vec![attempt(
                        3,
                        "copay_seventy_month",
                        AttemptKind::Assessment,
                        3,
                        1,
                        "2026-11-24T02:09:00Z",
                    )],
                },
            },
            at("2026-11-02T00:00:00Z"),
        )
        .unwrap();
    // Staff ids are random: fix them for the golden files.
    records
        .conn()
        .execute_batch(
            "UPDATE staff SET uid = '11111111-1111-4111-8111-111111111111' WHERE name = '山田 花子';
             UPDATE staff SET uid = '22222222-2222-4222-8222-222222222222' WHERE name <> '山田 花子';
             UPDATE config SET value = '99999999-9999-4999-8999-999999999999' WHERE key = 'installation_id';
             UPDATE staff SET created_at = '2026-11-01T00:00:00.000Z';",
        )
        .unwrap();
    let data = ReportData::load(&records, None).unwrap();
    (records, data)
}

fn titles(scenario: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{scenario}（題）"),
        Lang::En => format!("{scenario} (title)"),
    }
}

fn golden(name: &str, text: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data/report")
        .join(name);
    if std::env::var_os("MADOGUCHI_BLESS").is_some() {
        std::fs::write(&path, text).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == text,
        "{name} differs from its golden file; MADOGUCHI_BLESS=1 rewrites it"
    );
}

fn installation() -> xapi::Installation {
    xapi::Installation {
        id: "99999999-9999-4999-8999-999999999999".to_owned(),
        iri_base: xapi::DEFAULT_IRI_BASE.to_owned(),
    }
}

fn statements(data: &ReportData) -> Vec<serde_json::Value> {
    xapi::statements(&installation(), data, Texts::shipped(), &titles, 0.8)
        .into_iter()
        .map(|s| s.body)
        .collect()
}

#[test]
fn table_csv_and_json_match_their_golden_files() {
    let (_, data) = data();
    golden(
        "table-ja.txt",
        &table(&data, Texts::shipped(), Lang::Ja, &titles),
    );
    golden(
        "table-en.txt",
        &table(&data, Texts::shipped(), Lang::En, &titles),
    );
    golden("report.csv", &csv(&data, &titles));
    golden(
        "report.json",
        &serde_json::to_string_pretty(&json(&data)).unwrap(),
    );
    golden(
        "xapi.json",
        &serde_json::to_string_pretty(&statements(&data)).unwrap(),
    );
}

#[test]
fn csv_opens_in_excel_with_japanese_intact_and_no_formula() {
    let (_, data) = data();
    let text = csv(&data, &titles);
    assert!(text.starts_with('\u{feff}'), "a UTF-8 byte-order mark");
    assert!(text.contains("\r\n"));
    assert!(text.contains("山田 花子"));
    assert!(
        text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Ken, K\"\")\""),
        "a formula-like name is text, quotes and commas escaped: {text}"
    );
    assert_eq!(text.matches("\r\n").count(), 3, "a header and two attempts");
    for cell in ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
        assert!(excel_safe(cell).starts_with('\''), "{cell:?}");
    }
    assert_eq!(excel_safe("山田"), "山田");
}

#[test]
fn names_print_without_control_characters() {
    assert_eq!(printable("a\u{1b}[2Jb\u{202e}c\nd"), "a [2Jb c d");
}

#[test]
fn json_keeps_64_bit_seeds_exact() {
    let (_, data) = data();
    let value = json(&data);
    assert_eq!(value["attempts"][0]["seed"], "10820770463232788922");
}
fn is_iri(text: &str) -> bool {
    (text.starts_with("https://") || text.starts_with("http://")) && !text.contains(' ')
}

fn is_iso_timestamp(text: &str) -> bool {
    text.parse::<jiff::Timestamp>().is_ok()
}

fn is_iso_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("PT") else {
        return false;
    };
    let mut number = false;
    for ch in rest.chars() {
        match ch {
            '0'..='9' | '.' => number = true,
            'H' | 'M' | 'S' if number => number = false,
            _ => return false,
        }
    }
    !number && !rest.is_empty()
}

fn is_uuid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 5
        && [8, 4, 4, 4, 12]
            == [
                parts[0].len(),
                parts[1].len(),
                parts[2].len(),
                parts[3].len(),
                parts[4].len(),
            ]
        && text.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}

#[test]
fn xapi_statements_have_the_required_structure() {
    let (_, data) = data();
    let statements = statements(&data);
    // One per assessment, per attempt and per decision.
    assert_eq!(statements.len(), 1 + 2 + 4);
    let mut ids = std::collections::BTreeSet::new();
    for statement in &statements {
        assert!(is_uuid(statement["id"].as_str().unwrap()));
        assert!(
            ids.insert(statement["id"].as_str().unwrap().to_owned()),
            "ids are unique"
        );
        assert_eq!(statement["version"], "1.0.3");
        assert_eq!(statement["actor"]["objectType"], "Agent");
        let home = statement["actor"]["account"]["homePage"].as_str().unwrap();
        assert!(is_iri(home));
        assert!(
            home.ends_with("/installations/99999999-9999-4999-8999-999999999999"),
            "the agent belongs to this installation: {home}"
        );
        assert!(is_uuid(
            statement["actor"]["account"]["name"].as_str().unwrap()
        ));
        assert!(is_iri(statement["verb"]["id"].as_str().unwrap()));
        assert!(statement["verb"]["display"]["en-US"].is_string());
        assert_eq!(statement["object"]["objectType"], "Activity");
        assert!(is_iri(statement["object"]["id"].as_str().unwrap()));
        assert!(is_iso_timestamp(statement["timestamp"].as_str().unwrap()));
        assert!(statement["result"]["success"].is_boolean());
        match statement["result"]["score"]["scaled"].as_f64() {
            Some(scaled) => assert!((0.0..=1.0).contains(&scaled)),
            None => assert_eq!(
                statement["result"]["extensions"]["https://madoguchi.invalid/xapi/extensions/scored"],
                false
            ),
        }
        if let Some(duration) = statement["result"]["duration"].as_str() {
            assert!(is_iso_duration(duration), "{duration}");
        }
        if let Some(registration) = statement["context"]["registration"].as_str() {
            assert!(is_uuid(registration));
        }
        for (key, value) in statement["context"]["extensions"].as_object().unwrap() {
            assert!(is_iri(key), "extension keys are IRIs: {key}");
            if key.ends_with("/seed") {
                assert!(value.is_string(), "seeds travel as strings: {value}");
            }
        }
    }
    let verbs: Vec<&str> = statements
        .iter()
        .map(|s| s["verb"]["display"]["en-US"].as_str().unwrap())
        .collect();
    assert_eq!(
        verbs,
        [
            "failed",
            "attempted",
            "answered",
            "answered",
            "failed",
            "answered",
            "answered"
        ]
    );
    let decision = &statements[2];
    assert_eq!(decision["result"]["response"], "action-charge-30");
    assert_eq!(
        decision["context"]["extensions"]["https://madoguchi.invalid/xapi/extensions/rules"],
        serde_json::json!(["fail_invalid_no_10wari", "copay_6_69_30"])
    );
    assert_eq!(decision["timestamp"], "2026-11-24T01:00:02.500Z");
    let attempt = &statements[4];
    assert_eq!(
        attempt["context"]["contextActivities"]["parent"][0]["id"],
        statements[0]["object"]["id"]
    );
    assert_eq!(attempt["result"]["duration"], "PT1M15.25S");
    // The same records give the same statement ids (posting twice is harmless), whatever the
    // IRI base.
    assert_eq!(self::statements(&data), statements);
    let other = xapi::Installation {
        iri_base: "https://clinic.example/xapi".to_owned(),
        ..installation()
    };
    let moved = xapi::statements(&other, &data, Texts::shipped(), &titles, 0.8);
    assert_eq!(
        moved.iter().map(|s| s.id().to_owned()).collect::<Vec<_>>(),
        statements
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect::<Vec<_>>()
    );
}

#[test]
fn two_installations_never_share_an_agent_or_a_statement() {
    let (_, data) = data();
    let a = installation();
    let b = xapi::Installation {
        id: "88888888-8888-4888-8888-888888888888".to_owned(),
        ..installation()
    };
    let of = |i: &xapi::Installation| xapi::statements(i, &data, Texts::shipped(), &titles, 0.8);
    for (x, y) in of(&a).iter().zip(of(&b)) {
        assert_ne!(x.id(), y.id());
        assert_ne!(
            x.body["actor"]["account"]["homePage"],
            y.body["actor"]["account"]["homePage"]
        );
    }
}

#[test]
fn the_outbox_writes_each_record_once_and_the_iri_base_is_fixed() {
    let (mut records, _) = data();
    let now = at("2026-11-25T00:00:00Z");
    let installation = records.installation(None).unwrap();
    assert_eq!(installation.iri_base, xapi::DEFAULT_IRI_BASE);
    assert!(
        records
            .installation(Some("https://other.example/xapi"))
            .is_err()
    );
    let added = records
        .fill_outbox(&installation, Texts::shipped(), &titles, now)
        .unwrap();
    assert_eq!(added, 7);
    assert_eq!(
        records
            .fill_outbox(&installation, Texts::shipped(), &titles, now)
            .unwrap(),
        0,
        "a record's statements are written once"
    );
    let waiting = records.waiting_statements(now, 100).unwrap();
    assert_eq!(waiting.len(), 7);
    let ids: Vec<String> = waiting.iter().take(3).map(|w| w.id.clone()).collect();
    records.mark_sent(&ids, now).unwrap();
    let rest: Vec<String> = waiting.iter().skip(3).map(|w| w.id.clone()).collect();
    records.mark_failed(&rest, "HTTP 500", now).unwrap();
    assert!(
        records.waiting_statements(now, 100).unwrap().is_empty(),
        "a failed batch waits before it is tried again"
    );
    let later = at("2026-11-25T00:01:00Z");
    assert_eq!(records.waiting_statements(later, 100).unwrap().len(), 4);
    let status = records.outbox_status().unwrap();
    assert_eq!((status.total, status.sent, status.waiting), (7, 3, 4));
    assert_eq!(status.last_error.as_deref(), Some("HTTP 500"));
}

#[test]
fn durations_and_ids() {
    assert_eq!(xapi::iso_duration(0), "PT0S");
    assert_eq!(xapi::iso_duration(12_500), "PT12.5S");
    assert_eq!(xapi::iso_duration(3_723_000), "PT1H2M3S");
    let id = xapi::statement_id("i", "attempt", "u", 0);
    assert!(is_uuid(&id));
    assert_eq!(&id[14..15], "5", "a name-based UUID (version 5)");
    assert_ne!(id, xapi::statement_id("i", "attempt", "u", 1));
}
