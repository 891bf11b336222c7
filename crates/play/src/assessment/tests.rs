//! Draws are deterministic per seed and stratified; readiness follows the thresholds.

use std::collections::BTreeSet;
use std::sync::{Arc, OnceLock};

use proptest::prelude::*;

use super::*;
use crate::session::debrief::Score;
use crate::session::{Mode, Session};
use madoguchi_rules::Policy;
use madoguchi_rules::Verdict;

fn library() -> &'static Vec<Arc<Scenario>> {
    static LIBRARY: OnceLock<Vec<Arc<Scenario>>> = OnceLock::new();
    LIBRARY.get_or_init(crate::testing::library)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn prop_draws_are_deterministic_and_stratified(seed in any::<u64>(), count in 10usize..30) {
        let first = draw(library(), seed, count, PlayStyle::Guided).unwrap();
        let again = draw(library(), seed, count, PlayStyle::Guided).unwrap();
        prop_assert_eq!(&first, &again);
        prop_assert_eq!(first.len(), count);
        let ids: BTreeSet<&str> = first.iter().map(|i| i.scenario.as_str()).collect();
        prop_assert_eq!(ids.len(), count, "no scenario twice");
        for competency in Competency::VARIANTS {
            prop_assert!(
                first.iter().any(|item| library()
                    .iter()
                    .find(|s| s.id() == item.scenario)
                    .is_some_and(|s| s.def().competencies.contains(competency))),
                "{:?} missing", competency
            );
        }
        for item in &first {
            let scenario = library().iter().find(|s| s.id() == item.scenario).unwrap();
            prop_assert!(item.seed.is_some(), "{} has a seed for its choice order", scenario.id());
        }
    }

    #[test]
    fn prop_different_seeds_usually_draw_differently(seed in any::<u64>()) {
        let a = draw(library(), seed, DEFAULT_COUNT, PlayStyle::Guided).unwrap();
        let b = draw(library(), seed.wrapping_add(1), DEFAULT_COUNT, PlayStyle::Guided).unwrap();
        prop_assert_ne!(a, b);
    }
}

#[test]
fn too_few_or_an_impossible_draw_is_refused() {
    assert_eq!(
        draw(library(), 1, 5, PlayStyle::Guided),
        Err(DrawError::TooFew {
            needed: Competency::VARIANTS.len(),
            asked: 5
        })
    );
    let only_auth: Vec<_> = library()
        .iter()
        .filter(|s| s.def().competencies == [Competency::Authentication])
        .cloned()
        .collect();
    assert!(matches!(
        draw(&only_auth, 1, 10, PlayStyle::Guided),
        Err(DrawError::NotEnough { .. })
    ));
}

/// Plays a scenario taking the right choice at every beat, except that where a prohibited
/// choice is offered and `prohibited` is set, it is taken instead (once).
fn debrief(scenario: &str, prohibited: bool) -> Debrief {
    let scenario = library()
        .iter()
        .find(|s| s.id() == scenario)
        .unwrap()
        .clone();
    let (mut session, _) = Session::start(
        Arc::new(Policy::builtin().clone()),
        scenario,
        None,
        Mode::Assessment,
    )
    .unwrap();
    let mut taken = false;
    let mut at = 0;
    while session.ended().is_none() {
        at += 1000;
        let verdict_of = |index: usize| {
            let mut trial = session.clone();
            trial.choose(index, at).unwrap();
            trial.transcript().last().unwrap().judgment.verdict
        };
        let count = session.choices().len();
        let index = (0..count)
            .find(|i| prohibited && !taken && verdict_of(*i) == Verdict::Prohibited)
            .inspect(|_| taken = true)
            .or_else(|| (0..count).find(|i| verdict_of(*i) == Verdict::Right))
            .unwrap_or(0);
        session.choose(index, at).unwrap();
    }
    session.debrief()
}

#[test]
fn readiness_follows_the_thresholds_and_prohibited_conduct_fails() {
    let perfect = debrief("auth_ordinary_face", false);
    assert_eq!(perfect.score.points, perfect.score.max, "{perfect:#?}");
    let result = readiness(std::slice::from_ref(&perfect), Thresholds::default());
    assert!(result.passed);
    assert_eq!(result.competencies[&Competency::Authentication], 1.0);

    // A prohibited action (keeping the card, copying its back): it fails whatever the score.
    let kept = debrief("auth_ordinary_face", true);
    assert_eq!(kept.prohibited, 1);
    let no_line = Thresholds {
        competency: 0.0,
        ..Thresholds::default()
    };
    let result = readiness(&[perfect.clone(), kept.clone()], no_line);
    assert!(
        !result.passed,
        "a prohibited action fails whatever the score"
    );
    assert!(result.below.is_empty());
    let lenient = Thresholds {
        prohibited_fails: false,
        ..no_line
    };
    assert!(readiness(&[perfect.clone(), kept], lenient).passed);
    // A competency below the line fails it.
    let mut weak = perfect.clone();
    for score in weak.competencies.values_mut() {
        *score = Score { points: 1, max: 4 };
    }
    weak.score = Score { points: 1, max: 4 };
    let result = readiness(&[weak], Thresholds::default());
    assert!(!result.passed);
    assert_eq!(
        result.below,
        vec![Competency::Authentication, Competency::PrivacyAndConduct]
    );
}

/// Plays an item through, always taking the first choice.
fn play_first_choices(item: &Item) -> (Debrief, madoguchi_rules::Situation) {
    let scenario = library()
        .iter()
        .find(|s| s.id() == item.scenario)
        .unwrap()
        .clone();
    let (mut session, _) = Session::start(
        Arc::new(Policy::builtin().clone()),
        scenario,
        item.seed,
        Mode::Assessment,
    )
    .unwrap();
    let mut at = 0;
    while session.ended().is_none() {
        at += 1500;
        session.choose(0, at).unwrap();
    }
    (session.debrief(), session.situation().clone())
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

#[test]
fn a_run_plays_every_item_and_finishes_once_complete() {
    let mut run = Run::new(
        library(),
        99,
        10,
        PlayStyle::Guided,
        at("2026-11-25T00:00:00Z"),
    )
    .unwrap();
    assert_eq!(run.progress(), (1, 10));
    assert!(
        run.finish(Thresholds::default(), at("2026-11-25T00:05:00Z"))
            .is_none(),
        "an unfinished assessment has nothing to store"
    );
    while let Some(item) = run.current().cloned() {
        let (debrief, situation) = play_first_choices(&item);
        assert_eq!(debrief.scenario, item.scenario);
        assert_eq!(
            debrief.seed, item.seed,
            "the variant's seed is the drawn one"
        );
        run.record(
            debrief,
            situation,
            at("2026-11-25T00:01:00Z"),
            at("2026-11-25T00:02:00Z"),
        );
    }
    assert!(run.is_complete());
    assert_eq!(run.progress(), (10, 10));
    let finished = run
        .finish(Thresholds::default(), at("2026-11-25T00:30:00Z"))
        .unwrap();
    assert_eq!(finished.played.len(), 10);
    assert_eq!(finished.seed, 99);
    assert_eq!(finished.readiness, run.readiness(Thresholds::default()));
    let every_competency: BTreeSet<Competency> = finished
        .played
        .iter()
        .flat_map(|p| p.debrief.competencies.keys().copied())
        .collect();
    assert_eq!(every_competency.len(), Competency::VARIANTS.len());
    let seeds: Vec<Option<u64>> = finished.played.iter().map(|p| p.debrief.seed).collect();
    let drawn: Vec<Option<u64>> = run.items.iter().map(|i| i.seed).collect();
    assert_eq!(
        seeds, drawn,
        "each scenario keeps its variant's seed for an exact replay"
    );
}

#[test]
fn historical_scenarios_are_never_drawn() {
    let mut scenarios = library().clone();
    let historical: Vec<String> = scenarios
        .iter()
        .take(5)
        .map(|s| s.id().to_owned())
        .collect();
    for scenario in scenarios.iter_mut().take(5) {
        let mut def = scenario.def().clone();
        def.historical = true;
        *scenario = Scenario::checked(def, scenario.file().to_owned());
    }
    for seed in 0..200 {
        let items = draw(&scenarios, seed, DEFAULT_COUNT, PlayStyle::Guided).unwrap();
        assert!(items.iter().all(|i| !historical.contains(&i.scenario)));
    }
}

#[test]
fn at_the_window_some_items_are_generated_and_every_item_resolves() {
    let policy = Policy::builtin();
    let mut generated = 0;
    for seed in 0..100 {
        let items = draw(library(), seed, DEFAULT_COUNT, PlayStyle::Free).unwrap();
        assert_eq!(items.len(), DEFAULT_COUNT);
        let ids: BTreeSet<&str> = items.iter().map(|i| i.scenario.as_str()).collect();
        assert_eq!(ids.len(), DEFAULT_COUNT, "no item twice");
        assert!(items.iter().all(|i| i.style == PlayStyle::Free));
        for item in &items {
            let scenario = item
                .scenario_in(library(), policy)
                .unwrap_or_else(|| panic!("{} resolves", item.scenario));
            assert_eq!(scenario.id(), item.scenario);
            if item.scenario.starts_with(crate::free::generate::PREFIX) {
                generated += 1;
            }
        }
        for competency in Competency::VARIANTS {
            assert!(items.iter().any(|item| {
                item.scenario_in(library(), policy)
                    .is_some_and(|s| s.def().competencies.contains(competency))
            }));
        }
    }
    assert!(generated > 100, "{generated} generated items in 100 draws");
}
