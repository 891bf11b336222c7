//! The command line as a user runs it: exit codes, JSON on stdout, one clear line on stderr.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn madoguchi(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

const DOCUMENTED: &str = r#"{
  "date": "2026-11-24",
  "setting": "clinic",
  "patient": {
    "birth_date": "1981-04-10",
    "insurance": "employee",
    "income": "general",
    "late_elderly_share": 10,
    "online_record": "registered",
    "visited_before": false,
    "details_unchanged": false
  },
  "presented": [
    {"type": "my_number_card", "registered_for_insurance": true, "cert_expires": "2029-05-01",
     "pin": "known", "photo": true, "face_recognized": true, "in_sleeve": false},
    {"type": "smartphone_card"},
    {"type": "insurance_card", "expires": "2027-03-31", "from_current_insurer": true},
    {"type": "eligibility_certificate", "expires": "2030-03-31", "from_current_insurer": true},
    {"type": "eligibility_notice"},
    {"type": "portal_screen"}
  ],
  "clinic": {"reader": "working", "network": "up", "smartphone_reader": false}
}"#;

fn json(output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn judge_prints_the_documented_fields() {
    let out = json(&madoguchi(&["judge", "-"], Some(DOCUMENTED)));
    assert_eq!(out["confirmed_by"], "my_number_card");
    assert_eq!(out["auth"], "face");
    assert_eq!(out["copay_percent"], 30);
    assert_eq!(out["claim"], "normal");
    assert_eq!(out["prescription"], "electronic");
    assert_eq!(out["medical_info_sharing"], true);
    assert_eq!(
        out["rules"],
        serde_json::json!(["auth_methods", "copay_6_69_30"])
    );
}

#[test]
fn judge_reads_files_by_extension() {
    let dir = std::env::temp_dir().join(format!("madoguchi-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let json_path = dir.join("visit.json");
    std::fs::write(
        &json_path,
        DOCUMENTED.replace(
            r#""online_record": "registered""#,
            r#""online_record": "pending""#,
        ),
    )
    .unwrap();
    let out = json(&madoguchi(&["judge", json_path.to_str().unwrap()], None));
    assert_eq!(out["confirmed_by"], "eligibility_certificate");
    assert_eq!(out["copay_percent"], 30);

    let ron_path = dir.join("visit.ron");
    std::fs::write(
        &ron_path,
        r#"(
            date: "2026-11-24",
            patient: (birth_date: "1950-02-01", insurance: late_elderly, late_elderly_share: 20),
            presented: [my_number_card(cert_expires: "2026-06-30", pin: known)],
        )"#,
    )
    .unwrap();
    let out = json(&madoguchi(
        &[
            "judge",
            ron_path.to_str().unwrap(),
            "--explain",
            "--lang",
            "en",
        ],
        None,
    ));
    assert_eq!(out["confirmed_by"], "declaration");
    assert_eq!(out["copay_percent"], 20);
    assert_eq!(out["claim"], "unknown_numbers");
    assert_eq!(out["prescription"], "paper");
    assert!(
        out["explanations"]["cert_after_grace"]
            .as_str()
            .unwrap()
            .contains("grace")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn judge_names_the_bad_field_in_one_line_and_exits_2() {
    let out = madoguchi(
        &["judge", "-"],
        Some(&DOCUMENTED.replace(r#""pin": "known""#, r#""pin": "1234""#)),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "presented[0].pin: unknown value \"1234\", expected one of known, forgotten, locked, none\n"
    );
    for (broken, expected) in [
        (
            DOCUMENTED.replace("2026-11-24", "2026-11-34"),
            "date: invalid date \"2026-11-34\", no such day in the calendar\n",
        ),
        (
            DOCUMENTED.replace(r#"{"type": "portal_screen"}"#, r#"{"type": "passport"}"#),
            "presented[5].type: unknown value \"passport\", expected one of my_number_card, smartphone_card, insurance_card, eligibility_certificate, eligibility_notice, portal_screen\n",
        ),
        (
            DOCUMENTED.replace(r#""birth_date": "1981-04-10","#, ""),
            "patient.birth_date: missing required field\n",
        ),
        (
            DOCUMENTED.replace("2026-11-24", "2024-06-01"),
            "date: 2024-06-01 is before 2024-12-02, the first visit date these rules cover\n",
        ),
    ] {
        let out = madoguchi(&["judge", "-"], Some(&broken));
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(String::from_utf8_lossy(&out.stderr), expected);
    }
}

#[test]
fn judge_rejects_unreadable_files_and_unknown_extensions() {
    let out = madoguchi(&["--lang", "en", "judge", "/no/such/file.json"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("cannot read /no/such/file.json: "), "{err}");
    let path = std::env::temp_dir().join(format!("madoguchi-{}.txt", std::process::id()));
    std::fs::write(&path, "{}").unwrap();
    let out = madoguchi(&["--lang", "en", "judge", path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("must end in .json or .ron"));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn rules_lists_every_rule_with_dates_sources_and_evidence() {
    let out = json(&madoguchi(&["rules", "--format", "json"], None));
    let rules = out.as_array().unwrap();
    assert_eq!(rules.len(), 76);
    let provisional = rules
        .iter()
        .find(|r| r["id"] == "doc_oldcard_provisional_accept")
        .unwrap();
    assert_eq!(provisional["from"], "2025-08-01");
    assert_eq!(provisional["until"], "2026-03-31");
    assert_eq!(provisional["sources"][0]["id"], "P1");
    assert!(
        provisional["sources"][0]["urls"][0]
            .as_str()
            .unwrap()
            .starts_with("https://")
    );
    let inferred = rules
        .iter()
        .find(|r| r["id"] == "fail_10wari_when")
        .unwrap();
    assert_eq!(inferred["evidence"], serde_json::json!(["I"]));
    assert_eq!(inferred["caution"], true);
    assert!(inferred["title"]["ja"].as_str().unwrap().contains("10割"));

    let table = madoguchi(&["rules", "--lang", "ja"], None);
    assert!(table.status.success());
    let text = String::from_utf8_lossy(&table.stdout);
    for rule in rules {
        assert!(text.contains(rule["id"].as_str().unwrap()));
    }
    assert!(text.contains("判定ルール（76件）"));
}

fn in_repo(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env(
            "MADOGUCHI_DATA_DIR",
            std::env::temp_dir().join(format!("madoguchi-cli-data-{}", std::process::id())),
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut pipe = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        pipe.write_all(text.as_bytes()).unwrap();
    }
    drop(pipe);
    child.wait_with_output().unwrap()
}

#[test]
fn check_reports_every_kind_of_finding_with_its_line() {
    for pack in ["names", "graph", "text", "rules"] {
        let out = in_repo(
            &["check", &format!("tests/data/check/{pack}"), "--lang", "en"],
            None,
        );
        assert_eq!(out.status.code(), Some(1), "{pack}");
        let expected_path = format!(
            "{}/tests/data/check/{pack}.expected",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        if std::env::var_os("MADOGUCHI_BLESS").is_some() {
            std::fs::write(&expected_path, &text).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap();
        assert_eq!(
            text, expected,
            "check output for tests/data/check/{pack} changed"
        );
    }
}

#[test]
fn check_json_lists_findings_and_coverage() {
    let out = in_repo(
        &[
            "check",
            "tests/data/check/graph",
            "--format",
            "json",
            "--coverage",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = value["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 6);
    let missing = findings
        .iter()
        .find(|f| f["kind"] == "missing_beat")
        .unwrap();
    assert_eq!(missing["file"], "tests/data/check/graph/graph.ron");
    assert_eq!(missing["line"], 19);
    assert_eq!(missing["args"]["beat"], "nowhere");
    assert!(value["covered"].is_array() && value["uncovered"].is_array());
}

#[test]
fn the_shipped_library_checks_clean_with_full_coverage() {
    let out = in_repo(&["check", "--format", "json", "--coverage"], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(value["findings"].as_array().unwrap().is_empty());
    assert_eq!(value["uncovered"], serde_json::json!([]));
    assert_eq!(value["covered"].as_array().unwrap().len(), 76);
    assert!(value["packs"][0]["scenarios_valid"].as_u64().unwrap() >= 40);
}

#[test]
fn check_refuses_a_path_that_is_not_a_pack() {
    let out = in_repo(&["check", "README.md", "--lang", "en"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a folder"));
}

#[test]
fn play_text_runs_a_scripted_play_through_to_the_debrief() {
    // The ordinary visit, always taking the first choice.
    let out = in_repo(
        &["play", "--text", "auth_ordinary_face", "--lang", "en"],
        Some(&"1\n".repeat(12)),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("== An ordinary morning: the マイナ保険証 and face recognition =="));
    assert!(text.contains("Visit: 24 November 2026 09:05"));
    assert!(
        text.contains("My Number card (front)"),
        "the documents are shown"
    );
    assert!(text.contains("[Face-recognition card reader]"));
    assert!(text.contains("Right — Ask whether they have a マイナ保険証 or 資格確認書"));
    assert!(text.contains("== Debrief =="));
    assert!(text.contains("Score 14 / 14 (100%)"), "{text}");
    assert!(text.contains("auth_methods — Face or PIN at the reader"));
}

#[test]
fn play_text_handles_bad_input_and_the_end_of_input() {
    let out = in_repo(
        &["play", "--text", "auth_ordinary_face", "--lang", "en"],
        Some("x\n9\n"),
    );
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        text.matches("There is no choice with that number").count(),
        2
    );
    assert!(text.contains("End of input: stopping here"));

    let out = in_repo(
        &["play", "--text", "no_such_scenario", "--lang", "en"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no scenario \"no_such_scenario\""));
}

#[test]
fn play_text_replays_a_variant_by_seed_and_withholds_feedback_in_assessment() {
    let run = |seed: &str| {
        let out = in_repo(
            &[
                "play",
                "--text",
                "copay_seventy_month",
                "--seed",
                seed,
                "--mode",
                "assessment",
                "--lang",
                "en",
            ],
            Some(&"1\n".repeat(6)),
        );
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let first = run("7");
    assert_eq!(first, run("7"), "the same seed gives the same play-through");
    let before_debrief = first.split("== Debrief ==").next().unwrap();
    assert!(
        !before_debrief.contains("Right —") && !before_debrief.contains("Wrong —"),
        "no feedback before the end"
    );
    assert!(first.contains("Seed of this draw: 7"));
}
