//! The command line as a user runs it: exit codes, JSON on stdout, one clear line on stderr.

use std::io::Write;
use std::process::{Command, Output, Stdio};

mod common;
use common::{confirming, lrs};

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
            "presented[5].type: unknown value \"passport\", expected one of my_number_card, smartphone_card, insurance_card, eligibility_certificate, eligibility_notice, portal_screen, subsidy_certificate, elderly_recipient_certificate\n",
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
    assert_eq!(rules.len(), madoguchi_rules::RuleId::ALL.len());
    assert!(rules.len() > 100, "the 2026 window's rules are listed too");
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
    assert!(text.contains(&format!(
        "判定ルール（{}件）",
        madoguchi_rules::RuleId::ALL.len()
    )));
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
    for pack in ["names", "graph", "text", "rules", "quality"] {
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
    assert_eq!(
        value["covered"].as_array().unwrap().len(),
        madoguchi_rules::RuleId::ALL.len()
    );
    assert!(value["packs"][0]["scenarios_valid"].as_u64().unwrap() >= 40);
}

#[test]
fn check_refuses_a_path_that_is_not_a_pack_and_checks_one_scenario_file() {
    let out = in_repo(&["check", "README.md", "--lang", "en"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is neither a scenario file"));
    let out = in_repo(&["check", "no/such/folder", "--lang", "en"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a folder"));
    // One file of a pack: only its own findings (the names pack has four files with one each).
    let out = in_repo(
        &[
            "check",
            "tests/data/check/names/unknown_field.ron",
            "--lang",
            "en",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("unknown_field.ron:12:15: unknown field"),
        "{said}"
    );
    assert!(!said.contains("missing_comma.ron"), "{said}");
    assert!(
        said.contains("1 pack(s), 1 file(s), 1 finding(s)"),
        "{said}"
    );
    let out = in_repo(
        &[
            "check",
            "docs/example-pack/example_expired_cert.ron",
            "--lang",
            "en",
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn new_writes_a_scenario_that_checks_and_plays_and_never_overwrites() {
    let dir = std::env::temp_dir().join(format!("madoguchi-new-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let dir_text = dir.display().to_string();
    let out = in_repo(
        &["new", "my_first_case", "--dir", &dir_text, "--lang", "en"],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("check: 0 finding(s)"));
    let ron = std::fs::read_to_string(dir.join("my_first_case.ron")).unwrap();
    assert!(ron.contains("id: \"my_first_case\""));
    assert!(ron.contains("\"my_first_case-title\""));
    for lang in ["ja", "en"] {
        let ftl =
            std::fs::read_to_string(dir.join(format!("locales/{lang}/my_first_case.ftl"))).unwrap();
        assert!(ftl.starts_with("my_first_case-"), "{lang}");
        assert!(!ftl.contains("example_expired_cert"), "{lang}");
    }
    // From a shipped scenario, into the same pack.
    let out = in_repo(
        &[
            "new",
            "kouhi_copy",
            "--from",
            "kouhi_pmh_maru_nyu",
            "--dir",
            &dir_text,
            "--lang",
            "en",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let out = in_repo(&["check", &dir_text, "--lang", "en"], None);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    // Never overwritten, a bad id and an unknown template refused.
    for args in [
        vec!["new", "my_first_case"],
        vec!["new", "Bad-Id"],
        vec!["new", "other", "--from", "no_such_scenario"],
        vec!["new", "auth_ordinary_face"],
    ] {
        let mut args = args.clone();
        args.extend(["--dir", &dir_text, "--lang", "en"]);
        let out = in_repo(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let graph = in_repo(
        &[
            "check",
            "--graph",
            &format!("{dir_text}/my_first_case.ron"),
            "--lang",
            "en",
        ],
        None,
    );
    assert_eq!(graph.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&graph.stdout).starts_with("flowchart TD"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The numbers (1-based, as the terminal offers them) that take the right choice at every
/// beat of a shipped scenario without a seed, worked out with the engine so the test follows
/// the library's content.
fn right_path(id: &str) -> (String, madoguchi_play::session::Debrief) {
    use madoguchi_play::session::{Mode, Session};
    let report = madoguchi::library::shipped(madoguchi_content::pack::CheckOptions { seeds: 0 });
    let scenario = report.pack.scenario(id).expect("shipped").clone();
    let (mut session, _) =
        Session::start(madoguchi::library::policy(), scenario, None, Mode::Practice).unwrap();
    let mut input = String::new();
    while session.ended().is_none() {
        let index = (0..session.choices().len())
            .find(|i| {
                let mut trial = session.clone();
                trial.choose(*i, 0).is_ok()
                    && trial.transcript().last().map(|t| t.judgment.verdict)
                        == Some(madoguchi_rules::Verdict::Right)
            })
            .unwrap_or(0);
        input.push_str(&format!("{}\n", index + 1));
        session.choose(index, 0).unwrap();
    }
    (input, session.debrief())
}

#[test]
fn play_text_runs_a_scripted_play_through_to_the_debrief() {
    // The ordinary visit, the right answer each time (choices are shuffled, so the engine finds
    // where the right one is).
    let (input, debrief) = right_path("auth_ordinary_face");
    assert_eq!(
        debrief.score.points, debrief.score.max,
        "the right path scores fully"
    );
    let out = in_repo(
        &["play", "--text", "auth_ordinary_face", "--lang", "en"],
        Some(&input),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("== An ordinary morning at the desk =="),
        "{text}"
    );
    assert!(text.contains("Visit: 24 November 2026"));
    assert!(
        text.contains("My Number card (front)"),
        "the documents are shown"
    );
    assert!(text.contains("[Face-recognition card reader]"));
    assert!(text.contains("== Debrief =="));
    let score = format!(
        "Score {} / {} (100%)",
        debrief.score.points, debrief.score.max
    );
    assert!(text.contains(&score), "{text}");
    assert!(text.contains("Face or PIN at the reader"));
    assert!(
        !text.contains("auth_methods"),
        "rule ids never reach the trainee"
    );
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
    assert!(String::from_utf8_lossy(&out.stderr).contains("no scenario “no_such_scenario”"));
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

/// A fresh data folder for one test.
fn data_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "madoguchi-cli-{name}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn with_data(dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut all = vec!["--data-dir", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    madoguchi(&all, stdin)
}

/// Enough answers (always the first choice) for any assessment of `count` scenarios.
fn first_choices() -> String {
    "1\n".repeat(400)
}

#[test]
fn exam_plays_without_feedback_stores_everything_and_reports_it() {
    let dir = data_dir("exam");
    let out = with_data(
        &dir,
        &[
            "exam",
            "--guided",
            "--staff",
            "山田 花子",
            "--seed",
            "5",
            "--count",
            "10",
            "--lang",
            "en",
        ],
        Some(&first_choices()),
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("seed 5"));
    assert!(stdout.contains("-- 10 / 10 --"));
    let during = stdout.split("== Result ==").next().unwrap();
    assert!(
        !during.contains("Right —") && !during.contains("Wrong —"),
        "no feedback during the assessment"
    );
    let result = stdout.split("== Result ==").nth(1).unwrap();
    assert!(result.contains("Result: passed") || result.contains("Result: not passed"));
    assert!(result.contains("Recorded (assessment #1)"));
    assert!(
        result.contains("Right —") || result.contains("Wrong —"),
        "the debriefs come at the end"
    );

    let report = json(&with_data(&dir, &["report", "--format", "json"], None));
    let assessments = report["assessments"].as_array().unwrap();
    assert_eq!(assessments.len(), 1);
    assert_eq!(
        assessments[0]["seed"], "5",
        "seeds are strings: no reader rounds them"
    );
    assert_eq!(
        assessments[0]["competencies"].as_object().unwrap().len(),
        10,
        "every competency"
    );
    let attempts = report["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 10);
    let mut decisions = 0;
    for attempt in attempts {
        assert_eq!(attempt["kind"], "assessment");
        assert_eq!(attempt["assessment_id"], assessments[0]["id"]);
        assert!(attempt["duration_ms"].as_u64().is_some());
        assert!(!attempt["decisions"].as_array().unwrap().is_empty());
        decisions += attempt["decisions"].as_array().unwrap().len();
    }

    // The same seed draws the same scenarios with the same variants for someone else.
    let again = with_data(
        &dir,
        &[
            "exam", "--guided", "--staff", "Ken Ito", "--seed", "5", "--count", "10", "--lang",
            "en",
        ],
        Some(&first_choices()),
    );
    assert!(again.status.success());
    let report = json(&with_data(&dir, &["report", "--format", "json"], None));
    let draw = |staff: i64| -> Vec<(String, serde_json::Value)> {
        report["attempts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["staff_id"] == staff)
            .map(|a| {
                (
                    a["scenario"].as_str().unwrap().to_owned(),
                    a["seed"].clone(),
                )
            })
            .collect()
    };
    assert_eq!(draw(1), draw(2));

    // One staff member's xAPI: one statement per assessment, attempt and decision.
    let xapi = json(&with_data(
        &dir,
        &["report", "--staff", "山田 花子", "--format", "xapi"],
        None,
    ));
    assert_eq!(xapi.as_array().unwrap().len(), 1 + 10 + decisions);

    // CSV for Excel: a byte-order mark, CRLF, a header and one line per attempt.
    let csv = with_data(&dir, &["report", "--format", "csv"], None);
    assert!(csv.stdout.starts_with("\u{feff}".as_bytes()));
    assert_eq!(
        String::from_utf8_lossy(&csv.stdout).matches("\r\n").count(),
        1 + 20
    );

    // The table in Japanese, to a file.
    let file = dir.join("report.txt");
    let out = with_data(
        &dir,
        &["report", "--lang", "ja", "--out", file.to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
    let table = std::fs::read_to_string(&file).unwrap();
    assert!(
        table.contains("記録：スタッフ 2人、挑戦 20回、評価 2回"),
        "{table}"
    );

    let unknown = with_data(&dir, &["report", "--staff", "誰か", "--lang", "en"], None);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("“誰か”"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_interrupted_exam_stores_nothing_and_bad_requests_are_refused() {
    let dir = data_dir("interrupted");
    let out = with_data(
        &dir,
        &[
            "exam",
            "--guided",
            "--staff",
            "途中 太郎",
            "--seed",
            "1",
            "--lang",
            "en",
        ],
        Some("1\n1\n1\n"),
    );
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing was recorded"));
    let report = json(&with_data(&dir, &["report", "--format", "json"], None));
    assert_eq!(report["attempts"].as_array().unwrap().len(), 0);
    assert_eq!(report["staff"].as_array().unwrap().len(), 0);

    let too_few = with_data(
        &dir,
        &[
            "exam", "--guided", "--staff", "x", "--count", "3", "--lang", "en",
        ],
        None,
    );
    assert_eq!(too_few.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&too_few.stderr).contains("at least 10 scenarios"));

    let number = with_data(
        &dir,
        &[
            "exam",
            "--guided",
            "--staff",
            "1234 5678 9012",
            "--lang",
            "en",
        ],
        Some(&first_choices()),
    );
    assert_eq!(number.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&number.stderr).contains("My Number"));
    assert!(
        !String::from_utf8_lossy(&number.stderr).contains("1234"),
        "the number is never repeated"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_corrupt_or_foreign_records_file_is_reported_and_never_changed() {
    let dir = data_dir("corrupt");
    let path = dir.join("records.sqlite");
    // Not SQLite at all.
    let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    for args in [
        vec!["report", "--lang", "en"],
        vec!["exam", "--guided", "--staff", "x", "--lang", "en"],
    ] {
        let out = with_data(&dir, &args, Some(&first_choices()));
        assert_eq!(
            out.status.code(),
            Some(5),
            "{args:?}: the file is not usable"
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(path.to_str().unwrap()), "{stderr}");
        assert!(stderr.contains("left untouched"), "{stderr}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            garbage,
            "the file is unchanged"
        );
    }

    // A real records database, cut short: damaged.
    std::fs::remove_file(&path).unwrap();
    let out = with_data(
        &dir,
        &[
            "exam", "--guided", "--staff", "x", "--seed", "2", "--count", "10", "--lang", "en",
        ],
        Some(&first_choices()),
    );
    assert!(out.status.success());
    // Fold the write-ahead log in by opening and closing, then damage the main file.
    drop(madoguchi_records::Records::open(&path).unwrap());
    let whole = std::fs::read(&path).unwrap();
    let mut damaged = whole.clone();
    for byte in damaged.iter_mut().skip(4096).take(8192) {
        *byte = 0xA5;
    }
    std::fs::write(&path, &damaged).unwrap();
    let _ = std::fs::remove_file(dir.join("records.sqlite-wal"));
    let _ = std::fs::remove_file(dir.join("records.sqlite-shm"));
    let out = with_data(&dir, &["report", "--lang", "ja"], None);
    assert_eq!(out.status.code(), Some(5));
    assert!(String::from_utf8_lossy(&out.stderr).contains("一切手を付けていません"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        damaged,
        "the file is unchanged"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Kills `exam` at spread-out moments, during and after the assessment: the database always
/// passes its integrity check, and every stored assessment is whole.
#[test]
fn killing_exam_at_any_moment_never_loses_or_half_writes_an_assessment() {
    let dir = data_dir("crash");
    let path = dir.join("records.sqlite");
    let exam = || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .args([
                "--data-dir",
                dir.to_str().unwrap(),
                "exam",
                "--guided",
                "--staff",
                "耐久 試験",
            ])
            .args(["--count", "10", "--lang", "en"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(first_choices().as_bytes()).unwrap();
        drop(pipe);
        child
    };
    // How long one whole assessment takes here.
    let started = std::time::Instant::now();
    assert!(exam().wait().unwrap().success());
    let whole = started.elapsed();
    let mut completed = 1;
    for step in 0..12u32 {
        let mut child = exam();
        // From the start to well after the end (a kill after the commit changes nothing).
        std::thread::sleep(whole.mul_f64(f64::from(step) / 8.0));
        let finished = child.try_wait().unwrap().is_some();
        let _ = child.kill();
        let status = child.wait().unwrap();
        if finished && status.success() {
            completed += 1;
        }
        let records = madoguchi_records::Records::open(&path).unwrap();
        assert_eq!(records.integrity_check().unwrap(), "ok");
        let assessments = records.assessments(None).unwrap();
        let attempts = records.attempts(None).unwrap();
        for assessment in &assessments {
            let parts: Vec<_> = attempts
                .iter()
                .filter(|a| a.assessment_id == Some(assessment.id))
                .collect();
            assert_eq!(parts.len(), 10, "an assessment is stored whole");
            for part in parts {
                let attempt = records.attempt(part.id).unwrap().unwrap();
                assert!(!attempt.decisions.is_empty());
            }
        }
        assert!(
            assessments.len() >= completed,
            "no completed assessment is lost"
        );
        assert_eq!(attempts.len(), assessments.len() * 10);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

fn with_env(dir: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_madoguchi"));
    command
        .arg("--data-dir")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

#[test]
fn sync_posts_the_outbox_and_marks_only_what_the_store_confirms() {
    let dir = data_dir("lrs");
    let out = with_data(
        &dir,
        &[
            "exam",
            "--guided",
            "--staff",
            "送信 花子",
            "--seed",
            "3",
            "--count",
            "10",
            "--lang",
            "en",
        ],
        Some(&first_choices()),
    );
    assert!(out.status.success());
    let expected = json(&with_data(&dir, &["report", "--format", "xapi"], None));
    let count = expected.as_array().unwrap().len();
    for statement in expected.as_array().unwrap() {
        let seed =
            &statement["context"]["extensions"]["https://madoguchi.invalid/xapi/extensions/seed"];
        assert!(
            seed.is_null() || seed.is_string(),
            "seeds travel as strings: {seed}"
        );
    }

    // A password in the address is refused, and never printed.
    let (base, _requests) = lrs(confirming);
    let secret_url = base.replace("http://", "http://clinic:UrlSecret@");
    let out = with_env(
        &dir,
        &[],
        &[
            "sync",
            "--lrs",
            &format!("{secret_url}/xapi"),
            "--lang",
            "en",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("UrlSecret"));

    // A store that answers 200 with something else than the ids: nothing counts as sent.
    let (base, _requests) = lrs(|_, _| (200, vec![], b"<html>login</html>".to_vec()));
    let out = with_env(
        &dir,
        &[("MADOGUCHI_LRS_PASSWORD", "s3cret")],
        &[
            "sync",
            "--lrs",
            &format!("{base}/xapi"),
            "--user",
            "clinic",
            "--lang",
            "en",
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not confirm"));
    let status = with_env(&dir, &[], &["sync", "--status", "--lang", "en"]);
    assert!(
        String::from_utf8_lossy(&status.stdout).contains(&format!("{count} statements, 0 sent")),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );

    // The usual http → https redirect (301/302/303) would turn the POST into a GET: refused.
    let (base, _requests) = lrs(|_, _| {
        (
            302,
            vec![(
                "Location".to_owned(),
                "https://lrs.example/xapi/statements".to_owned(),
            )],
            vec![],
        )
    });
    let out = with_env(
        &dir,
        &[("MADOGUCHI_LRS_PASSWORD", "s3cret")],
        &["sync", "--lrs", &format!("{base}/xapi"), "--lang", "en"],
    );
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("redirect (HTTP 302)"));

    // A 307 is followed with the same method and body, to the store that confirms.
    let (base, requests) = lrs(|line: &str, body: &[u8]| {
        if line.starts_with("POST /old/statements") {
            (
                307,
                vec![("Location".to_owned(), "/xapi/statements".to_owned())],
                vec![],
            )
        } else {
            confirming(line, body)
        }
    });
    let out = with_env(
        &dir,
        &[("MADOGUCHI_LRS_PASSWORD", "s3cret")],
        &[
            "sync",
            "--lrs",
            &format!("{base}/old"),
            "--user",
            "clinic",
            "--lang",
            "en",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains(&format!("{count} sent, 0 waiting")), "{said}");
    assert!(!said.contains("s3cret"), "the password is never shown");
    let mut posted = Vec::new();
    while let Ok((head, body)) = requests.recv_timeout(std::time::Duration::from_millis(500)) {
        assert!(head.starts_with("POST /"), "{head}");
        let lower = head.to_ascii_lowercase();
        assert!(lower.contains("x-experience-api-version: 1.0.3"));
        // "clinic:s3cret" in base64, to the same origin only.
        assert!(head.contains("Basic Y2xpbmljOnMzY3JldA=="), "{head}");
        if head.starts_with("POST /xapi/statements") {
            let batch: Vec<serde_json::Value> = serde_json::from_slice(&body).unwrap();
            posted.extend(batch);
        }
    }
    assert_eq!(serde_json::Value::Array(posted), expected);

    // Everything is sent: a later sync posts nothing.
    let out = with_env(
        &dir,
        &[("MADOGUCHI_LRS_PASSWORD", "s3cret")],
        &["sync", "--lang", "en"],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 new statements, 0 sent, 0 waiting"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn once_a_manager_passcode_is_set_the_report_needs_it() {
    let dir = data_dir("passcode");
    let out = with_data(
        &dir,
        &[
            "exam",
            "--guided",
            "--staff",
            "守秘 花子",
            "--seed",
            "4",
            "--count",
            "10",
            "--lang",
            "en",
        ],
        Some(&first_choices()),
    );
    assert!(out.status.success());
    madoguchi_records::Records::open(&dir.join("records.sqlite"))
        .unwrap()
        .set_manager_passcode("kanri2026")
        .unwrap();
    let locked = with_data(&dir, &["report", "--lang", "en"], None);
    assert_eq!(locked.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&locked.stderr).contains("protected by the manager passcode"));
    assert!(locked.stdout.is_empty(), "nothing of the records is shown");
    let wrong = with_env(
        &dir,
        &[("MADOGUCHI_MANAGER_PASSCODE", "guess")],
        &["report", "--lang", "en"],
    );
    assert_eq!(wrong.status.code(), Some(2));
    let right = with_env(
        &dir,
        &[("MADOGUCHI_MANAGER_PASSCODE", "kanri2026")],
        &["report", "--format", "json"],
    );
    assert_eq!(json(&right)["attempts"].as_array().unwrap().len(), 10);
    // Guessing is slowed down: after three wrong tries the next must wait, right or not.
    for _ in 0..3 {
        with_env(
            &dir,
            &[("MADOGUCHI_MANAGER_PASSCODE", "guess")],
            &["report", "--lang", "en"],
        );
    }
    let waiting = with_env(
        &dir,
        &[("MADOGUCHI_MANAGER_PASSCODE", "kanri2026")],
        &["report", "--lang", "en"],
    );
    assert_eq!(waiting.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&waiting.stderr).contains("wait"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_closed_pipe_ends_quietly_and_a_full_disk_is_said() {
    // `madoguchi rules | head -1`: the reader goes away after one line.
    for args in [vec!["rules"], vec!["check", "--lang", "en"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .args(&args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        let _ = std::io::Read::read(&mut stdout, &mut first);
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}");
    }
    // Standard output on a full disk (Linux's /dev/full): said, and a non-zero exit.
    if std::path::Path::new("/dev/full").exists() {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .args(["rules", "--lang", "en"])
            .stdout(full)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(7));
        assert!(String::from_utf8_lossy(&out.stderr).contains("could not write the output"));
    }
}

#[test]
fn report_out_refuses_a_folder_and_leaves_no_temporary_file() {
    let dir = data_dir("out-folder");
    let target = dir.join("folder");
    std::fs::create_dir_all(&target).unwrap();
    let out = with_data(
        &dir,
        &["report", "--lang", "en", "--out", target.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(7));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_pack_with_link_loops_is_checked_without_hanging() {
    let dir = data_dir("loops");
    let pack = dir.join("pack");
    std::fs::create_dir_all(pack.join("locales/ja")).unwrap();
    std::fs::create_dir_all(pack.join("locales/en")).unwrap();
    std::os::unix::fs::symlink(".", pack.join("a")).unwrap();
    std::os::unix::fs::symlink(".", pack.join("b")).unwrap();
    let started = std::time::Instant::now();
    let out = madoguchi(&["check", pack.to_str().unwrap(), "--lang", "en"], None);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(1), "the links are findings");
    assert!(String::from_utf8_lossy(&out.stdout).contains("link to a folder"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A finished assessment always arrives, exactly once: while another program holds the write
/// lock it waits in its pending file (exit 6) and the next start stores it; killed between the
/// pending file and the commit, the next start stores it; stored twice it is one assessment.
#[test]
fn a_locked_or_interrupted_commit_loses_no_assessment_and_stores_none_twice() {
    let dir = data_dir("pending");
    let path = dir.join("records.sqlite");
    drop(madoguchi_records::Records::open(&path).unwrap());
    let exam = |staff: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_madoguchi"))
            .args([
                "--data-dir",
                dir.to_str().unwrap(),
                "exam",
                "--guided",
                "--staff",
                staff,
            ])
            .args(["--seed", "11", "--count", "10", "--lang", "en"])
            .env("MADOGUCHI_BUSY_TIMEOUT_MS", "200")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut pipe = child.stdin.take().unwrap();
        pipe.write_all(first_choices().as_bytes()).unwrap();
        drop(pipe);
        child
    };
    // Another program holds the write lock for the whole exam.
    let holder = madoguchi_records_test_lock(&path);
    let out = exam("施錠 一郎").wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(6),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("kept safely in"), "{stderr}");
    let pending: Vec<_> = std::fs::read_dir(dir.join("pending"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(pending.len(), 1, "the finished assessment waits on disk");
    drop(holder);
    // The next start stores it, once.
    let out = with_data(&dir, &["report", "--format", "json"], None);
    assert!(out.status.success());
    let out = with_data(&dir, &["sync", "--status", "--lang", "en"], None);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("Recorded"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = json(&with_data(&dir, &["report", "--format", "json"], None));
    assert_eq!(report["assessments"].as_array().unwrap().len(), 1);
    assert_eq!(report["attempts"].as_array().unwrap().len(), 10);
    // The same pending record again (a crash after the commit, before its file went): still
    // one assessment.
    std::fs::create_dir_all(dir.join("pending")).unwrap();
    let copy = pending[0].path();
    let records = madoguchi_records::Records::open(&path).unwrap();
    let uid = records.assessments(None).unwrap()[0].uid.clone();
    drop(records);
    assert!(copy.to_string_lossy().contains(&uid));
    std::fs::write(&copy, serde_json::to_vec(&kept_record(&dir, &uid)).unwrap()).unwrap();
    let report = json(&with_data(&dir, &["report", "--format", "json"], None));
    assert_eq!(report["assessments"].as_array().unwrap().len(), 1);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Holds the records' write lock until dropped (another program writing).
fn madoguchi_records_test_lock(path: &std::path::Path) -> impl Drop {
    struct Holder(std::process::Child);
    impl Drop for Holder {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    // A second process, so the lock is another program's (python's sqlite3, on every
    // machine this project targets).
    let child = Command::new("python3")
        .args([
            "-c",
            "import sqlite3,sys,time\nc=sqlite3.connect(sys.argv[1],isolation_level=None)\nc.execute('BEGIN IMMEDIATE')\nprint('locked',flush=True)\ntime.sleep(600)",
            path.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut child = child;
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut line,
    )
    .unwrap();
    assert_eq!(line.trim(), "locked");
    Holder(child)
}

/// The stored assessment as a pending record (what a leftover pending file holds).
fn kept_record(dir: &std::path::Path, uid: &str) -> madoguchi_records::Record {
    let records = madoguchi_records::Records::open(&dir.join("records.sqlite")).unwrap();
    let assessment = records
        .assessments(None)
        .unwrap()
        .into_iter()
        .find(|a| a.uid == uid)
        .unwrap();
    let staff = records
        .staff()
        .unwrap()
        .into_iter()
        .find(|s| s.id == assessment.staff_id)
        .unwrap();
    let attempts = records
        .attempts(None)
        .unwrap()
        .into_iter()
        .filter(|a| a.assessment_id == Some(assessment.id))
        .collect();
    madoguchi_records::Record {
        staff: staff.name,
        finished: madoguchi_records::FinishedWork::Assessment {
            assessment,
            attempts,
        },
    }
}

/// A disk that fills up during the commit (a file-size limit makes every write past it fail):
/// the finished assessment waits in its pending file and the next start stores it, once.
#[cfg(unix)]
#[test]
fn a_full_disk_at_the_commit_keeps_the_assessment_for_the_next_start() {
    let dir = data_dir("full");
    // A first assessment makes the records file larger than the limit below.
    let first = with_data(
        &dir,
        &[
            "exam",
            "--guided",
            "--staff",
            "満杯 一郎",
            "--seed",
            "11",
            "--count",
            "10",
            "--lang",
            "en",
        ],
        Some(&first_choices()),
    );
    assert!(first.status.success());
    let mut child = Command::new("sh")
        .args([
            "-c",
            "trap '' XFSZ; ulimit -f 100; exec \"$0\" --data-dir \"$1\" exam --guided --staff '満杯 二郎' --seed 12 --count 10 --lang en",
            env!("CARGO_BIN_EXE_madoguchi"),
            dir.to_str().unwrap(),
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(first_choices().as_bytes()).unwrap();
    drop(pipe);
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(6),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("kept safely in"));
    let report = json(&with_data(&dir, &["report", "--format", "json"], None));
    assert_eq!(
        report["assessments"].as_array().unwrap().len(),
        1,
        "not stored yet: a report changes nothing"
    );
    // The next start that writes (exam, sync, the app) stores it.
    let out = with_data(&dir, &["sync", "--status", "--lang", "en"], None);
    assert!(String::from_utf8_lossy(&out.stderr).contains("Recorded"));
    let again = with_data(&dir, &["sync", "--status", "--lang", "en"], None);
    assert!(!String::from_utf8_lossy(&again.stderr).contains("Recorded"));
    let report = json(&with_data(&dir, &["report", "--format", "json"], None));
    assert_eq!(
        report["assessments"].as_array().unwrap().len(),
        2,
        "stored once"
    );
    let records = madoguchi_records::Records::open(&dir.join("records.sqlite")).unwrap();
    assert_eq!(records.integrity_check().unwrap(), "ok");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Learning Locker's statement service (`xapi-statements` from npm, in memory), started from
/// the folder `.ci/run` installs it in (`MADOGUCHI_TEST_LRS`), on a port of its own.
struct RealLrs {
    folder: std::path::PathBuf,
    port: u16,
    child: Option<std::process::Child>,
}

impl RealLrs {
    fn start(folder: &std::path::Path, port: u16) -> RealLrs {
        let mut lrs = RealLrs {
            folder: folder.to_owned(),
            port,
            child: None,
        };
        lrs.restart();
        lrs
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}/xAPI", self.port)
    }

    /// Stops the service (its memory is gone) and starts a new, empty one on the same port.
    fn restart(&mut self) {
        self.stop();
        let child = Command::new("node")
            .arg("start.js")
            .current_dir(&self.folder)
            .env("AUTH_REPO", "test")
            .env("EVENTS_REPO", "test")
            .env("MODELS_REPO", "memory")
            .env("STORAGE_REPO", "local")
            .env("EXPRESS_PORT", self.port.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("node starts the statement service");
        self.child = Some(child);
        let started = std::time::Instant::now();
        while self.client().statements(&[("limit", "1")]).is_err() {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(60),
                "the statement service did not answer on port {}",
                self.port
            );
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    fn client(&self) -> madoguchi_records::lrs::Lrs {
        madoguchi_records::lrs::Lrs::new(&self.endpoint(), Some("clinic"), Some("s3cret")).unwrap()
    }

    /// Every statement the service holds.
    fn all(&self) -> Vec<serde_json::Value> {
        self.client().statements(&[("limit", "1000")]).unwrap()
    }
}

impl Drop for RealLrs {
    fn drop(&mut self) {
        self.stop();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A pass-through proxy in front of the service that, at the `kill_at`-th POST, lets the
/// service store the batch, then calls `kill` and drops the connection before the reply: the
/// sync never learns the batch arrived.
fn proxy(upstream: u16, kill_at: usize, kill: impl FnOnce() + Send + 'static) -> u16 {
    use std::io::{BufRead, BufReader, Read};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut kill = Some(kill);
        let mut posts = 0;
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { break };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                let lower = line.to_ascii_lowercase();
                if let Some(value) = lower.strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
                if !lower.starts_with("connection:") {
                    head.push_str(&line);
                }
            }
            head.push_str("Connection: close\r\n\r\n");
            let mut body = vec![0; length];
            if reader.read_exact(&mut body).is_err() {
                continue;
            }
            let Ok(mut up) = std::net::TcpStream::connect(("127.0.0.1", upstream)) else {
                continue;
            };
            let _ = up.write_all(head.as_bytes());
            let _ = up.write_all(&body);
            let mut reply = Vec::new();
            let _ = up.read_to_end(&mut reply);
            if head.starts_with("POST ") {
                posts += 1;
                if posts == kill_at
                    && let Some(kill) = kill.take()
                {
                    kill();
                    continue;
                }
            }
            let _ = stream.write_all(&reply);
        }
    });
    port
}

/// The value with every number as a float (a JavaScript store gives 1.0 back as 1).
fn numbers_as_f64(value: &serde_json::Value) -> serde_json::Value {
    match value {
        serde_json::Value::Number(n) => serde_json::json!(n.as_f64().unwrap()),
        serde_json::Value::Array(list) => list.iter().map(numbers_as_f64).collect(),
        serde_json::Value::Object(map) => map
            .iter()
            .map(|(k, v)| (k.clone(), numbers_as_f64(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        other => other.clone(),
    }
}

fn ids(statements: &[serde_json::Value]) -> Vec<String> {
    statements
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_ascii_lowercase())
        .collect()
}

/// Two assessments of ten for each name, in a fresh installation.
fn installation(
    label: &str,
    names: &[&str],
    first_seed: u64,
) -> (std::path::PathBuf, Vec<serde_json::Value>) {
    let dir = data_dir(label);
    for (n, name) in names.iter().enumerate() {
        for k in 0..2 {
            let seed = (first_seed + 2 * n as u64 + k).to_string();
            let out = with_data(
                &dir,
                &[
                    "exam", "--guided", "--staff", name, "--seed", &seed, "--count", "10",
                    "--lang", "en",
                ],
                Some(&first_choices()),
            );
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    let statements = json(&with_data(&dir, &["report", "--format", "xapi"], None));
    (dir, statements.as_array().unwrap().clone())
}

fn sync_to(dir: &std::path::Path, endpoint: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "sync", "--lrs", endpoint, "--user", "clinic", "--lang", "en",
    ];
    args.extend_from_slice(extra);
    with_env(dir, &[("MADOGUCHI_LRS_PASSWORD", "s3cret")], &args)
}

/// The real learning record store: `.ci/run` installs Learning Locker's statement service and
/// xapi-validation with npm and runs this with `MADOGUCHI_TEST_LRS` set to their folder.
#[test]
#[ignore = "needs the real statement service from npm; .ci/run runs it"]
fn the_real_lrs_gets_every_statement_once_across_installations_and_a_restart() {
    let folder = std::path::PathBuf::from(
        std::env::var_os("MADOGUCHI_TEST_LRS")
            .expect("MADOGUCHI_TEST_LRS names the folder with start.js and node_modules"),
    );
    let lrs = std::sync::Arc::new(std::sync::Mutex::new(RealLrs::start(&folder, free_port())));
    let endpoint = lrs.lock().unwrap().endpoint();

    // Two clinic PCs; 佐藤 works at both and stays two people.
    let (a, from_a) = installation("lrs-a", &["受付A 佐藤", "受付A 鈴木"], 11);
    let (b, from_b) = installation("lrs-b", &["受付A 佐藤", "受付B 高橋"], 31);
    for (dir, sent) in [(&a, &from_a), (&b, &from_b)] {
        let out = sync_to(dir, &endpoint, &[]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            String::from_utf8_lossy(&out.stdout)
                .contains(&format!("{} sent, 0 waiting", sent.len())),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }

    // Read back: every statement once, agents kept apart by installation, seeds exact.
    let stored = lrs.lock().unwrap().all();
    let mut stored_ids = ids(&stored);
    stored_ids.sort();
    let before = stored_ids.len();
    stored_ids.dedup();
    assert_eq!(before, stored_ids.len(), "no statement stored twice");
    let mut expected: Vec<String> = ids(&from_a).into_iter().chain(ids(&from_b)).collect();
    expected.sort();
    assert_eq!(stored_ids, expected);
    let by_id: std::collections::BTreeMap<String, &serde_json::Value> = stored
        .iter()
        .map(|s| (s["id"].as_str().unwrap().to_ascii_lowercase(), s))
        .collect();
    let seed_key = "https://madoguchi.invalid/xapi/extensions/seed";
    let mut agents = std::collections::BTreeSet::new();
    for sent in from_a.iter().chain(&from_b) {
        let got = by_id[&sent["id"].as_str().unwrap().to_ascii_lowercase()];
        assert_eq!(got["actor"]["account"], sent["actor"]["account"]);
        assert_eq!(got["actor"]["name"], sent["actor"]["name"]);
        assert_eq!(
            got["context"]["extensions"][seed_key], sent["context"]["extensions"][seed_key],
            "seeds arrive exactly"
        );
        assert_eq!(
            numbers_as_f64(&got["result"]),
            numbers_as_f64(&sent["result"])
        );
        agents.insert(sent["actor"]["account"].to_string());
    }
    assert_eq!(agents.len(), 4, "{agents:?}");

    // A repost of stored statements is idempotent.
    lrs.lock().unwrap().client().post(&from_b[..5]).unwrap();
    assert_eq!(lrs.lock().unwrap().all().len(), expected.len());

    // The group view reads every person's latest assessment back from the store.
    let out = sync_to(&a, &endpoint, &["--group"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let group = String::from_utf8_lossy(&out.stdout).into_owned();
    let rows: Vec<&str> = group
        .lines()
        .filter(|l| l.contains("[installation"))
        .collect();
    assert_eq!(rows.len(), 4, "{group}");
    for name in ["受付A 鈴木", "受付B 高橋"] {
        assert_eq!(
            rows.iter().filter(|r| r.contains(name)).count(),
            1,
            "{group}"
        );
    }
    assert_eq!(
        rows.iter().filter(|r| r.contains("受付A 佐藤")).count(),
        2,
        "{group}"
    );
    assert!(rows.iter().all(|r| r.contains("2 assessments")), "{group}");

    // A third PC syncs through a link that restarts the service while its second batch is in
    // flight: the service stored it, the reply never came.
    let (c, from_c) = installation("lrs-c", &["受付C 伊藤", "受付C 渡辺"], 51);
    assert!(
        from_c.len() > 2 * madoguchi_records::lrs::BATCH,
        "three batches at least"
    );
    let snapshot = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let (upstream, killer, taken) = (lrs.lock().unwrap().port, lrs.clone(), snapshot.clone());
    let via = proxy(upstream, 2, move || {
        let mut lrs = killer.lock().unwrap();
        *taken.lock().unwrap() = lrs.all();
        lrs.stop();
    });
    let out = sync_to(&c, &format!("http://127.0.0.1:{via}/xAPI"), &[]);
    assert_eq!(
        out.status.code(),
        Some(4),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains(&format!("({} sent before", madoguchi_records::lrs::BATCH)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let first_life: std::collections::BTreeSet<String> =
        ids(&snapshot.lock().unwrap()).into_iter().collect();
    lrs.lock().unwrap().restart();
    let out = sync_to(&c, &format!("http://127.0.0.1:{via}/xAPI"), &[]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let second_life_list = ids(&lrs.lock().unwrap().all());
    let second_life: std::collections::BTreeSet<String> =
        second_life_list.iter().cloned().collect();
    assert_eq!(second_life.len(), second_life_list.len(), "no duplicates");
    let c_ids: std::collections::BTreeSet<String> = ids(&from_c).into_iter().collect();
    let first_c: std::collections::BTreeSet<String> =
        first_life.intersection(&c_ids).cloned().collect();
    assert_eq!(
        first_c.len(),
        2 * madoguchi_records::lrs::BATCH,
        "two batches reached it"
    );
    assert_eq!(
        second_life,
        c_ids
            .difference(&first_c)
            .cloned()
            .chain(
                // The batch whose reply was lost is posted again, with the same ids.
                ids(&from_c[madoguchi_records::lrs::BATCH..2 * madoguchi_records::lrs::BATCH]),
            )
            .collect()
    );
    let union: std::collections::BTreeSet<String> = first_c.union(&second_life).cloned().collect();
    assert_eq!(union, c_ids, "nothing lost");

    // Every statement is valid xAPI for Learning Locker's validator.
    let all: Vec<serde_json::Value> = from_a.into_iter().chain(from_b).chain(from_c).collect();
    let file = a.join("all-statements.json");
    std::fs::write(&file, serde_json::to_vec(&all).unwrap()).unwrap();
    let out = Command::new("node")
        .arg("validate.js")
        .arg(&file)
        .current_dir(&folder)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&format!("{} valid", all.len())),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    for dir in [a, b, c] {
        std::fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn an_exam_at_the_window_plays_free_items_by_act_key_and_stores_the_whole_handling() {
    let dir = data_dir("free-exam");
    // Every patient: greet, ask what they have, then check in at once — a guesser's handling.
    let script = "window-greet\nask_for_insurance_document\nwindow-finish\n".repeat(20);
    let out = with_data(
        &dir,
        &[
            "exam",
            "--staff",
            "窓口 花子",
            "--seed",
            "8",
            "--count",
            "10",
            "--lang",
            "en",
        ],
        Some(&script),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Window mode"), "{text}");
    let report = json(&with_data(&dir, &["report", "--format", "json"], None));
    let attempts = report["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 10);
    assert!(
        attempts.iter().all(|a| a["style"] == "free"),
        "{attempts:?}"
    );
    // Checking in without deciding the route or the share fails the assessment.
    assert_eq!(report["assessments"][0]["passed"], false);
    let points: u64 = attempts.iter().map(|a| a["points"].as_u64().unwrap()).sum();
    let max: u64 = attempts
        .iter()
        .map(|a| a["max_points"].as_u64().unwrap())
        .sum();
    assert!(points * 4 < max, "{points}/{max}");
    std::fs::remove_dir_all(&dir).unwrap();
}
