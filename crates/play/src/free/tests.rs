//! Free play over the shipped library: the player who knows the rules handles every situation
//! in full; guessers do not.

use std::sync::Arc;

use super::players::{GreedyPlayer, RandomPlayer, RulesPlayer, play_out};
use super::*;

fn policy() -> Arc<Policy> {
    Arc::new(Policy::builtin().clone())
}

#[test]
fn the_player_who_knows_the_rules_handles_every_shipped_situation_in_full() {
    let mut failures = Vec::new();
    for scenario in crate::testing::library() {
        let seeds: Vec<Option<u64>> = if scenario.has_variants() {
            (0..8).map(Some).collect()
        } else {
            vec![None]
        };
        for seed in seeds {
            let (mut play, _) =
                FreePlay::start(policy(), scenario.clone(), seed, Mode::Assessment).unwrap();
            let debrief = play_out(&mut play, &mut RulesPlayer::default());
            if debrief.score.points != debrief.score.max || debrief.end != Some(FreeEnd::CheckedIn)
            {
                failures.push(format!(
                    "{} seed {seed:?}: {}/{} end {:?}\n  parts {:?}\n  steps {:?}\n  remarks {:?}\n  acts {:?}",
                    scenario.id(),
                    debrief.score.points,
                    debrief.score.max,
                    debrief.end,
                    debrief
                        .parts
                        .iter()
                        .map(|p| (p.part, p.verdict, p.expected, p.unsupported))
                        .collect::<Vec<_>>(),
                    debrief
                        .steps
                        .iter()
                        .filter(|s| !s.taken)
                        .map(|s| s.step)
                        .collect::<Vec<_>>(),
                    debrief
                        .remarks
                        .iter()
                        .map(|r| (r.act.key(), r.kind))
                        .collect::<Vec<_>>(),
                    debrief.acts.iter().map(|d| d.act.key()).collect::<Vec<_>>(),
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn guessers_score_little() {
    let mut totals = [(0u32, 0u32); 2];
    for (n, scenario) in crate::testing::library().into_iter().enumerate() {
        for (k, debrief) in [
            {
                let (mut play, _) =
                    FreePlay::start(policy(), scenario.clone(), None, Mode::Assessment).unwrap();
                play_out(&mut play, &mut RandomPlayer::new(n as u64))
            },
            {
                let (mut play, _) =
                    FreePlay::start(policy(), scenario.clone(), None, Mode::Assessment).unwrap();
                play_out(&mut play, &mut GreedyPlayer)
            },
        ]
        .into_iter()
        .enumerate()
        {
            totals[k].0 += debrief.score.points;
            totals[k].1 += debrief.score.max;
        }
    }
    for (points, max) in totals {
        assert!(f64::from(points) / f64::from(max) <= 0.25, "{points}/{max}");
    }
}

#[test]
fn generated_situations_are_stable_ruled_on_and_handled_in_full_by_the_rules() {
    use super::generate::{Theme, situation, theme_of};
    use std::collections::BTreeMap;
    let policy = policy();
    let mut themes: BTreeMap<Theme, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for seed in 0..400u64 {
        let scenario = situation(&policy, seed);
        assert_eq!(
            situation(&policy, seed).def(),
            scenario.def(),
            "the same seed gives the same patient"
        );
        *themes.entry(theme_of(&policy, seed)).or_default() += 1;
        let (mut play, _) =
            FreePlay::start(policy.clone(), scenario.clone(), None, Mode::Assessment).unwrap();
        let debrief = play_out(&mut play, &mut RulesPlayer::default());
        if debrief.score.points != debrief.score.max {
            failures.push(format!(
                "seed {seed}: {}/{} {:?} missed {:?} remarks {:?} acts {:?}",
                debrief.score.points,
                debrief.score.max,
                debrief
                    .parts
                    .iter()
                    .map(|p| (p.part, p.verdict, p.expected))
                    .collect::<Vec<_>>(),
                debrief
                    .steps
                    .iter()
                    .filter(|s| !s.taken)
                    .map(|s| s.step)
                    .collect::<Vec<_>>(),
                debrief
                    .remarks
                    .iter()
                    .map(|r| (r.act.key(), r.kind))
                    .collect::<Vec<_>>(),
                debrief.acts.iter().map(|d| d.act.key()).collect::<Vec<_>>(),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of 400:\n{}",
        failures.len(),
        failures.join("\n")
    );
    use madoguchi_rules::VariantArray;
    for theme in Theme::VARIANTS {
        assert!(
            themes.get(theme).copied().unwrap_or(0) >= 10,
            "{theme:?}: {themes:?}"
        );
    }
}
