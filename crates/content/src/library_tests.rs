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
    let uncovered: Vec<_> = RuleId::ALL
        .iter()
        .filter(|r| !report.coverage.contains(**r))
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
