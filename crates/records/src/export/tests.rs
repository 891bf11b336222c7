//! Report formats: golden files, the CSV's byte-order mark, and the xAPI statements' structure.

use std::path::PathBuf;

use super::*;
use crate::{DecisionRow, Records};
use madoguchi_play::scenario::Competency;
use madoguchi_rules::{Action, CopayRate, Expected, RuleId, RuleSet};

fn data() -> ReportData {
    let mut records = Records::in_memory().unwrap();
    let hanako = records
        .add_staff("山田 花子", "2026-11-01T00:00:00Z")
        .unwrap();
    let ken = records
        .add_staff("Ken, \"K\" Ito", "2026-11-02T00:00:00Z")
        .unwrap();
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
    let attempt = |staff: i64, scenario: &str, kind, points, prohibited, finished: &str| Attempt {
        id: 0,
        staff_id: staff,
        assessment_id: None,
        kind,
        scenario: scenario.to_owned(),
        pack: "scenarios".to_owned(),
        seed: Some(42),
        started_at: "2026-11-24T01:00:00Z".to_owned(),
        finished_at: finished.to_owned(),
        duration_ms: 75_250,
        ending: Some("served".to_owned()),
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
        .record_attempt(&attempt(
            hanako.id,
            "invalid_job_change_first_visit",
            AttemptKind::Practice,
            2,
            0,
            "2026-11-24T01:02:00Z",
        ))
        .unwrap();
    let row = AssessmentRow {
        id: 0,
        staff_id: ken.id,
        seed: 7,
        scenario_count: 1,
        started_at: "2026-11-24T02:00:00Z".to_owned(),
        finished_at: "2026-11-24T02:10:00Z".to_owned(),
        passed: false,
        overall: 0.75,
        prohibited: 1,
        thresholds: r#"{"competency":0.8,"overall":0.0,"prohibited_fails":true}"#.to_owned(),
        competencies: [(Competency::CopayByAge, 0.75)].into_iter().collect(),
        rules_version: "v1".to_owned(),
    };
    records
        .record_assessment(
            &row,
            &[attempt(
                ken.id,
                "copay_seventy_month",
                AttemptKind::Assessment,
                3,
                1,
                "2026-11-24T02:09:00Z",
            )],
        )
        .unwrap();
    ReportData::load(&records, None).unwrap()
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

#[test]
fn table_csv_and_json_match_their_golden_files() {
    let data = data();
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
        &serde_json::to_string_pretty(&xapi(
            &data,
            Texts::shipped(),
            &titles,
            DEFAULT_IRI_BASE,
            0.8,
        ))
        .unwrap(),
    );
}

#[test]
fn csv_opens_in_excel_with_japanese_intact() {
    let text = csv(&data(), &titles);
    assert!(text.starts_with('\u{feff}'), "a UTF-8 byte-order mark");
    assert!(text.contains("\r\n"));
    assert!(text.contains("山田 花子"));
    assert!(
        text.contains("\"Ken, \"\"K\"\" Ito\""),
        "quotes and commas are escaped"
    );
    assert_eq!(text.matches("\r\n").count(), 3, "a header and two attempts");
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
    let data = data();
    let statements = xapi(&data, Texts::shipped(), &titles, DEFAULT_IRI_BASE, 0.8);
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
        assert!(is_iri(
            statement["actor"]["account"]["homePage"].as_str().unwrap()
        ));
        assert!(statement["actor"]["account"]["name"].is_string());
        assert!(is_iri(statement["verb"]["id"].as_str().unwrap()));
        assert!(statement["verb"]["display"]["en-US"].is_string());
        assert_eq!(statement["object"]["objectType"], "Activity");
        assert!(is_iri(statement["object"]["id"].as_str().unwrap()));
        assert!(is_iso_timestamp(statement["timestamp"].as_str().unwrap()));
        assert!(statement["result"]["success"].is_boolean());
        // Every statement has a score but a step that offered one choice only.
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
        for key in statement["context"]["extensions"]
            .as_object()
            .unwrap()
            .keys()
        {
            assert!(is_iri(key), "extension keys are IRIs: {key}");
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
    assert_eq!(decision["timestamp"], "2026-11-24T01:00:02.5Z");
    let attempt = &statements[4];
    assert_eq!(
        attempt["context"]["contextActivities"]["parent"][0]["id"],
        statements[0]["object"]["id"]
    );
    assert_eq!(attempt["result"]["duration"], "PT1M15.25S");
    // The same records give the same statement ids (posting twice is harmless).
    assert_eq!(
        xapi(&data, Texts::shipped(), &titles, DEFAULT_IRI_BASE, 0.8),
        statements
    );
}

#[test]
fn durations_and_uuids() {
    assert_eq!(iso_duration(0), "PT0S");
    assert_eq!(iso_duration(12_500), "PT12.5S");
    assert_eq!(iso_duration(3_723_000), "PT1H2M3S");
    assert_eq!(iso_duration(60_000), "PT1M0S");
    let id = stable_uuid("x");
    assert!(is_uuid(&id));
    assert_eq!(&id[14..15], "5", "a name-based UUID");
    assert_ne!(stable_uuid("x"), stable_uuid("y"));
}
