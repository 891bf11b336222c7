//! The shipped library and the worked example, read from disk as trainers see them.

use std::path::PathBuf;
use std::sync::Arc;

use crate::pack::{CheckOptions, PackFiles, PackReport, check_pack};
use madoguchi_play::scenario::{Competency, Difficulty};
use madoguchi_rules::VariantArray;
use madoguchi_rules::{Policy, RuleId};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check_dir(dir: &str) -> PackReport {
    let files = PackFiles::from_dir(&repo().join(dir)).expect("the pack folder reads");
    check_pack(
        &files,
        &Arc::new(Policy::builtin().clone()),
        CheckOptions::default(),
    )
}

#[test]
fn the_shipped_library_checks_clean_and_covers_every_rule() {
    let report = check_dir("scenarios");
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    let scenarios = &report.pack.scenarios;
    assert!(scenarios.len() >= 40, "{} scenarios", scenarios.len());
    assert_eq!(
        scenarios.len(),
        report.files_checked,
        "every file is a playable scenario"
    );
    let with_variants = scenarios.iter().filter(|s| s.has_variants()).count();
    // Variants that only flipped a fact the trainee could not see were removed (content
    // review W2, W3); those left move what the documents and screens show.
    assert!(
        with_variants >= 7,
        "{with_variants} scenarios with variants"
    );
    let uncovered: Vec<RuleId> = RuleId::ALL
        .iter()
        .copied()
        .filter(|r| !report.coverage.contains(*r))
        .collect();
    assert!(
        uncovered.is_empty(),
        "rules no scenario exercises: {uncovered:?}"
    );
    for competency in Competency::VARIANTS {
        assert!(
            scenarios
                .iter()
                .any(|s| s.def().competencies.contains(competency)),
            "no scenario trains {competency:?}"
        );
    }
    for difficulty in Difficulty::VARIANTS {
        assert!(scenarios.iter().any(|s| s.def().difficulty == *difficulty));
    }
}

#[test]
fn library_index() {
    let report = check_dir("scenarios");
    let generated = super::index::markdown(&report.pack);
    let path = repo().join("scenarios/README.md");
    if std::env::var_os("MADOGUCHI_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("the index is written");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "scenarios/README.md is out of date; run MADOGUCHI_BLESS=1 cargo test -p madoguchi-content library_index"
    );
}

#[test]
fn the_worked_example_loads_and_the_guide_shows_it_verbatim() {
    let report = check_dir("docs/example-pack");
    assert!(report.findings.is_empty(), "{:#?}", report.findings);
    assert_eq!(report.pack.scenarios.len(), 1);
    let guide =
        std::fs::read_to_string(repo().join("docs/authoring.md")).expect("the guide exists");
    for file in [
        "docs/example-pack/example_expired_cert.ron",
        "docs/example-pack/locales/ja/example.ftl",
        "docs/example-pack/locales/en/example.ftl",
    ] {
        let text = std::fs::read_to_string(repo().join(file)).unwrap();
        assert!(
            guide.contains(text.trim_end()),
            "docs/authoring.md does not show {file} verbatim"
        );
    }
}

#[test]
fn every_variant_draw_of_the_library_can_be_ruled_on() {
    // Assessments draw any 64-bit seed; every draw must give facts the rules can judge.
    let report = check_dir("scenarios");
    let policy = Policy::builtin();
    let mut rng = madoguchi_rules::stable::SeededRng::new(7);
    for scenario in report.pack.scenarios.iter().filter(|s| s.has_variants()) {
        for _ in 0..2_000 {
            let seed = rng.next_u64();
            let (situation, drawn) = scenario.situation(Some(seed));
            assert!(
                madoguchi_rules::rule(policy, &situation).is_ok(),
                "{} seed {seed} draws {drawn:?}: {:?}",
                scenario.id(),
                madoguchi_rules::rule(policy, &situation).err()
            );
        }
    }
}

/// A scenario of `beats` beats in a row, the first offering `choices` choices.
fn chain(beats: usize, choices: usize) -> PackFiles {
    use crate::pack::SourceFile;
    let mut ron = String::from(
        "(version: 1, id: \"big\", title: \"big-t\", summary: \"big-t\", difficulty: beginner,\n competencies: [authentication],\n cast: (name: \"田中 美咲\", kana: \"タナカ ミサキ\", sex: female, time: \"09:05\", insurer: \"協会けんぽ\"),\n facts: (date: \"2026-11-24\", patient: (birth_date: \"1990-07-12\", insurance: employee), presented: []),\n start: \"b0\",\n beats: {\n",
    );
    for i in 0..beats - 1 {
        let next = if i + 2 == beats {
            "end".to_owned()
        } else {
            format!("b{}", i + 1)
        };
        let count = if i == 0 { choices } else { 1 };
        let options: Vec<String> = (0..count)
            .map(|_| format!("(text: \"big-t\", action: guide_to_reader, next: \"{next}\")"))
            .collect();
        ron.push_str(&format!(
            "  \"b{i}\": (lines: [\"big-t\"], choices: [{}]),\n",
            options.join(", ")
        ));
    }
    ron.push_str("  \"end\": (lines: [\"big-t\"], end: served),\n },\n)\n");
    PackFiles {
        label: "big".to_owned(),
        scenarios: vec![SourceFile {
            path: "big.ron".to_owned(),
            text: ron,
        }],
        locales: crate::i18n::Lang::ALL
            .into_iter()
            .map(|lang| {
                (
                    lang,
                    SourceFile {
                        path: format!("locales/{}/big.ftl", lang.code()),
                        text: "big-t = Big\n".to_owned(),
                    },
                )
            })
            .collect(),
        ..PackFiles::default()
    }
}

#[test]
fn a_scenario_past_the_documented_size_is_refused_with_the_limit() {
    use crate::pack::FindingKind;
    use madoguchi_play::scenario::{MAX_BEATS, MAX_CHOICES};
    let policy = Arc::new(Policy::builtin().clone());
    let check = |pack: &PackFiles| check_pack(pack, &policy, CheckOptions::default()).findings;
    // At the limits: no size finding.
    let at = check(&chain(MAX_BEATS, MAX_CHOICES));
    assert!(at.iter().all(|f| f.kind != FindingKind::TooLarge), "{at:?}");
    let over = check(&chain(MAX_BEATS + 1, 1));
    assert_eq!(over.len(), 1, "{over:?}");
    assert_eq!(over[0].kind, FindingKind::TooLarge);
    assert_eq!(over[0].args["count"], (MAX_BEATS + 1).to_string());
    assert_eq!(over[0].args["limit"], MAX_BEATS.to_string());
    let wide = check(&chain(3, MAX_CHOICES + 1));
    assert_eq!(wide.len(), 1, "{wide:?}");
    assert_eq!(wide[0].args["beat"], "b0");
    assert!(wide[0].line.is_some());
}

#[test]
fn ron_strings_are_read_with_their_escapes_in_every_shipped_scenario() {
    let files = PackFiles::from_dir(&repo().join("scenarios")).unwrap();
    for file in &files.scenarios {
        let strings = crate::pack::ron_strings(&file.text);
        assert!(
            strings.iter().any(|s| s.contains("-title")),
            "{}: the generic RON reader understood the file",
            file.path
        );
    }
}

#[test]
fn a_my_number_is_found_wherever_a_pack_hides_it_and_never_repeated() {
    use crate::pack::{FindingKind, SourceFile};
    let policy = Arc::new(Policy::builtin().clone());
    let example = PackFiles::from_dir(&repo().join("docs/example-pack")).unwrap();
    assert!(
        check_pack(&example, &policy, CheckOptions::default())
            .findings
            .is_empty()
    );
    let twelve = "123456789012";
    let ftl_cases = [
        ("a plain line", format!("hidden-a = 番号 {twelve}\n")),
        (
            "a select variant that is not the default",
            format!("hidden-a = {{ $n ->\n    [one] 番号 {twelve}\n   *[other] なし\n}}\n"),
        ),
        (
            "an attribute",
            format!("hidden-a = なし\n    .tip = {twelve}\n"),
        ),
        ("a term", format!("-hidden-term = {twelve}\n")),
        (
            "escaped string literals",
            "hidden-a = 番号 { \"\\u0031\\u0032\\u0033\\u0034\" }567890123\n".to_owned(),
        ),
        ("a comment", format!("# {twelve}\nhidden-a = なし\n")),
        (
            "full-width digits",
            "hidden-a = １２３４５６７８９０１２\n".to_owned(),
        ),
        (
            "kanji numerals",
            "hidden-a = 一二三四五六七八九〇一二\n".to_owned(),
        ),
        ("groups", "hidden-a = 1234-5678-9012\n".to_owned()),
    ];
    for (what, ftl) in ftl_cases {
        let mut pack = example.clone();
        pack.locales.push((
            crate::i18n::Lang::Ja,
            SourceFile {
                path: "locales/ja/hidden.ftl".to_owned(),
                text: ftl,
            },
        ));
        let findings = check_pack(&pack, &policy, CheckOptions::default()).findings;
        let found: Vec<_> = findings
            .iter()
            .filter(|f| f.kind == FindingKind::MyNumber)
            .collect();
        assert_eq!(found.len(), 1, "{what}: {findings:?}");
        assert_eq!(found[0].file, "locales/ja/hidden.ftl", "{what}");
        assert!(found[0].line.is_some(), "{what}");
        for lang in crate::i18n::Lang::ALL {
            let said = found[0].message(crate::i18n::Texts::shipped(), lang);
            assert!(
                !madoguchi_rules::privacy::looks_like_my_number(&said),
                "{what}: {said}"
            );
        }
    }
    // In the scenario file: a RON escape, and a comment.
    let ron_cases = [
        "\"\\u{31}\\u{32}\\u{33}\\u{34}\\u{35}\\u{36}\\u{37}\\u{38}\\u{39}\\u{30}\\u{31}\\u{32}\"",
        "// 1234 5678 9012",
    ];
    for case in ron_cases {
        let mut pack = example.clone();
        let file = &mut pack.scenarios[0];
        let kana = file
            .text
            .lines()
            .find(|l| l.contains("kana:"))
            .unwrap()
            .to_owned();
        let replaced = if case.starts_with("//") {
            format!("{kana}\n{case}")
        } else {
            format!("        kana: {case},")
        };
        file.text = file.text.replacen(&kana, &replaced, 1);
        let findings = check_pack(&pack, &policy, CheckOptions::default()).findings;
        assert!(
            findings.iter().any(|f| f.kind == FindingKind::MyNumber),
            "{case}: {findings:?}"
        );
    }
}

#[test]
fn a_character_no_bundled_font_draws_is_found_in_messages_and_names() {
    use crate::pack::{FindingKind, SourceFile};
    let policy = Arc::new(Policy::builtin().clone());
    let example = PackFiles::from_dir(&repo().join("docs/example-pack")).unwrap();
    // 𠮷 is drawn (by the fallback font); a private-use character is not.
    let mut pack = example.clone();
    pack.locales.push((
        crate::i18n::Lang::Ja,
        SourceFile {
            path: "locales/ja/names.ftl".to_owned(),
            text: "names-a = 𠮷田さん\nnames-b = 記号\u{E000}です\n".to_owned(),
        },
    ));
    let file = &mut pack.scenarios[0];
    let kana = file
        .text
        .lines()
        .find(|l| l.contains("kana:"))
        .unwrap()
        .to_owned();
    file.text = file
        .text
        .replacen(&kana, "        kana: \"ヨシダ\u{E001}\",", 1);
    let findings = check_pack(&pack, &policy, CheckOptions::default()).findings;
    let found: Vec<_> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::NoGlyph)
        .collect();
    assert_eq!(found.len(), 2, "{findings:?}");
    let in_file = |file: &str| found.iter().find(|f| f.file == file).unwrap();
    let message = in_file("locales/ja/names.ftl");
    assert_eq!((message.line, message.column), (Some(2), Some(13)));
    assert!(message.args["chars"].contains("U+E000"));
    let name = in_file(&pack.scenarios[0].path);
    assert!(name.args["chars"].contains("U+E001"));
}

#[test]
fn a_misspelt_beat_or_variable_is_found_with_what_was_meant() {
    use crate::pack::FindingKind;
    let policy = Arc::new(Policy::builtin().clone());
    let example = PackFiles::from_dir(&repo().join("docs/example-pack")).unwrap();
    let mut pack = example.clone();
    pack.scenarios[0].text =
        pack.scenarios[0]
            .text
            .replacen("next: \"reader\"", "next: \"raeder\"", 1);
    let ja = pack
        .locales
        .iter_mut()
        .find(|(lang, _)| *lang == crate::i18n::Lang::Ja)
        .unwrap();
    ja.1.text =
        ja.1.text
            .replacen("佐藤です。", "佐藤です。{ $agee }歳です。", 1);
    let findings = check_pack(&pack, &policy, CheckOptions::default()).findings;
    let beat = findings
        .iter()
        .find(|f| f.kind == FindingKind::MissingBeat)
        .expect("the misspelt beat");
    assert_eq!(beat.args["near"], "reader");
    let said = beat.message(crate::i18n::Texts::shipped(), crate::i18n::Lang::En);
    assert!(said.contains("did you mean “reader”"), "{said}");
    let variable = findings
        .iter()
        .find(|f| f.kind == FindingKind::UnknownVariable)
        .expect("the misspelt variable");
    assert_eq!(variable.args["name"], "agee");
    assert_eq!(variable.args["near"], "age");
    assert_eq!(variable.file, "locales/ja/example.ftl");
    assert_eq!(variable.line, Some(3));
    // The example itself gives every variable it uses.
    assert!(
        check_pack(&example, &policy, CheckOptions::default())
            .findings
            .is_empty()
    );
}

#[test]
fn the_right_lines_of_a_beat_are_the_options_the_engine_rules_right() {
    let report = library_report();
    let scenario = report.pack.scenario("auth_ordinary_face").unwrap();
    let (situation, _) = scenario.situation(None);
    let policy = Policy::builtin();
    let ruling = madoguchi_rules::rule(policy, &situation).unwrap();
    let presenter = crate::present::Presenter {
        texts: &report.pack.texts,
        lang: crate::i18n::Lang::Ja,
        policy,
        scenario,
        situation: &situation,
    };
    let right = presenter
        .right_lines(&ruling, "arrive")
        .expect("a right option");
    assert!(right.contains("マイナ保険証か資格確認書"), "{right}");
    assert_eq!(right.lines().count(), 1);
    assert_eq!(presenter.right_lines(&ruling, "no_such_beat"), None);
}

#[test]
fn the_terminal_shows_its_communication_error_before_a_query_when_the_network_is_down() {
    let report = library_report();
    for (id, offline) in [
        ("system_network_down_declaration", true),
        ("auth_ordinary_face", false),
    ] {
        let scenario = report.pack.scenario(id).unwrap();
        let (situation, _) = scenario.situation(None);
        for lang in crate::i18n::Lang::ALL {
            let presenter = crate::present::Presenter {
                texts: &report.pack.texts,
                lang,
                policy: Policy::builtin(),
                scenario,
                situation: &situation,
            };
            let idle = presenter.terminal_idle();
            let expected = if offline {
                "terminal-offline"
            } else {
                "terminal-not_queried"
            };
            assert_eq!(idle, presenter.t(expected), "{id}");
            assert!(!idle.contains("terminal-"), "{idle}");
        }
    }
}

#[test]
fn the_edit_distance_counts_single_edits() {
    use crate::pack::strsim_distance;
    assert_eq!(strsim_distance("greeting", "greeting"), 0);
    assert_eq!(strsim_distance("greting", "greeting"), 1);
    assert_eq!(strsim_distance("kitten", "sitting"), 3);
    assert_eq!(strsim_distance("", "abc"), 3);
}

/// The shipped library checked, for the guessers' tests.
fn library_report() -> PackReport {
    check_dir("scenarios")
}

#[test]
fn guessers_neither_pass_nor_score_at_the_window_or_in_the_guided_library() {
    use crate::players::{Guesser, measure};
    use madoguchi_play::session::PlayStyle;
    let report = library_report();
    let policy = Arc::new(Policy::builtin().clone());
    let scenarios = &report.pack.scenarios;
    for lang in crate::i18n::Lang::ALL {
        let free = measure(
            &policy,
            scenarios,
            &report.pack.texts,
            lang,
            PlayStyle::Free,
            12,
            12,
        );
        for m in &free {
            assert_eq!(
                m.pass_rate, 0.0,
                "{:?} passes at the window ({lang})",
                m.player
            );
            assert!(
                m.mean <= 0.25,
                "{:?} scores {:.3} at the window ({lang})",
                m.player,
                m.mean
            );
        }
        let guided = measure(
            &policy,
            scenarios,
            &report.pack.texts,
            lang,
            PlayStyle::Guided,
            12,
            12,
        );
        for m in &guided {
            assert_eq!(
                m.pass_rate, 0.0,
                "{:?} passes a guided assessment ({lang})",
                m.player
            );
            assert!(
                m.mean <= 0.40,
                "{:?} scores {:.3} guided ({lang})",
                m.player,
                m.mean
            );
        }
        assert_eq!(free.len(), <Guesser as VariantArray>::VARIANTS.len());
    }
}

/// A reading error is worded in the reader's language, with the line as written and a caret.
#[test]
fn reading_errors_are_worded_in_the_readers_language_with_the_line_and_a_caret() {
    let example =
        std::fs::read_to_string(repo().join("docs/example-pack/example_expired_cert.ron")).unwrap();
    let ja =
        std::fs::read_to_string(repo().join("docs/example-pack/locales/ja/example.ftl")).unwrap();
    let en =
        std::fs::read_to_string(repo().join("docs/example-pack/locales/en/example.ftl")).unwrap();
    let check = |ron: &str, ja: &str| {
        let files = PackFiles::from_memory(
            "t",
            &[
                ("x.ron", ron),
                ("locales/ja/x.ftl", ja),
                ("locales/en/x.ftl", &en),
            ],
        );
        check_pack(
            &files,
            &Arc::new(Policy::builtin().clone()),
            CheckOptions { seeds: 0 },
        )
    };
    let texts = crate::i18n::Texts::shipped();
    // A missing comma.
    let report = check(
        &example.replace(
            "id: \"example_expired_cert\",",
            "id: \"example_expired_cert\"",
        ),
        &ja,
    );
    let message = report.findings[0].message(texts, crate::i18n::Lang::Ja);
    assert!(message.contains("カンマ"), "{message}");
    assert!(!message.contains("Expected"), "{message}");
    assert!(
        message.contains("\n        title: \"example_expired_cert-title\",\n        ^"),
        "{message}"
    );
    // A misspelt value, with the near one.
    let report = check(
        &example.replace("insurance: employee", "insurance: employe"),
        &ja,
    );
    let message = report.findings[0].message(texts, crate::i18n::Lang::En);
    assert!(message.contains("Did you mean “employee”?"), "{message}");
    let lines: Vec<&str> = message.lines().collect();
    let caret = lines[2].find('^').unwrap();
    assert_eq!(&lines[1][caret..caret + 7], "employe", "{message}");
    // A fluent line without "=".
    let report = check(&example, &format!("{ja}broken line\n"));
    let message = report.findings[0].message(texts, crate::i18n::Lang::Ja);
    assert!(message.contains("「=」が要ります"), "{message}");
    assert!(message.contains("\n    broken line\n"), "{message}");
}

/// A finding's rules are named by their titles with the calendar's dates filled in.
#[test]
fn a_finding_names_its_rules_with_their_dates() {
    use crate::pack::{Finding, FindingKind};
    let finding = Finding {
        file: "x.ron".to_owned(),
        line: None,
        column: None,
        kind: FindingKind::ExpectationMismatch,
        args: [
            ("beat", "a"),
            ("choice", "1"),
            ("expected", "right"),
            ("engine", "wrong"),
            ("rules", "doc_kakunin_kouki_from_2026_08"),
            ("seed", "-"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect(),
    };
    for lang in crate::i18n::Lang::ALL {
        let message = finding.message(crate::i18n::Texts::shipped(), lang);
        assert!(
            !message.contains('{') && !message.contains('$'),
            "{message}"
        );
        assert!(!message.contains("doc_kakunin"), "{message}");
    }
}
