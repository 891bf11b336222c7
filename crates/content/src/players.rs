//! How far the trainer resists guessing, measured: scripted players who know nothing of the
//! rules play seeded assessments — at the window (free play) and through the scenarios'
//! choices (guided) — and their mean score and pass rate are reported. The players: random,
//! the longest line (by the text in the language shown), the careful guesser who never charges
//! 10割 nor keeps the card, and the greedy one who takes the first thing offered. The
//! `players` command prints these numbers; the library tests hold them under their targets.

use std::collections::BTreeMap;
use std::sync::Arc;

use madoguchi_play::assessment::{Run, Thresholds, readiness};
use madoguchi_play::free::players::{GreedyPlayer, LongestPlayer, Player, RandomPlayer, play_out};
use madoguchi_play::free::{Act, FreePlay};
use madoguchi_play::scenario::{ChoiceDef, Scenario};
use madoguchi_play::session::{Debrief, Mode, PlayStyle, Session};
use madoguchi_rules::stable::SeededRng;
use madoguchi_rules::{Action, ConfirmedBy, CopayRate, Policy};

use crate::i18n::{Lang, Texts};

/// The scripted players.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
pub enum Guesser {
    /// Any option, uniformly.
    Random,
    /// The longest line.
    Longest,
    /// Never 10割, never keeping the card; otherwise random.
    Careful,
    /// The first thing offered (the first option as shown; at the window, the first act of
    /// each object in turn).
    Greedy,
}

/// One player's numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct Measured {
    /// Who.
    pub player: Guesser,
    /// Assessments played.
    pub sessions: usize,
    /// Mean overall share.
    pub mean: f64,
    /// Share of assessments passed.
    pub pass_rate: f64,
    /// Mean share per scenario (guided only), by scenario id.
    pub per_scenario: BTreeMap<String, f64>,
}

fn avoided(action: Action) -> bool {
    matches!(
        action,
        Action::Charge(CopayRate::Full) | Action::ConfirmBy(ConfirmedBy::None) | Action::KeepCard
    )
}

/// A free-play player for the window.
fn free_player<'a>(
    guesser: Guesser,
    seed: u64,
    texts: &'a Texts,
    lang: Lang,
) -> Box<dyn Player + 'a> {
    match guesser {
        Guesser::Random => Box::new(RandomPlayer::new(seed)),
        Guesser::Careful => Box::new(RandomPlayer::careful(seed)),
        Guesser::Greedy => Box::new(GreedyPlayer),
        Guesser::Longest => Box::new(LongestPlayer::new(move |act: Act| {
            texts.get(lang, &act.label_id()).chars().count()
        })),
    }
}

/// Picks a guided choice the way a guesser does.
fn guided_pick(
    guesser: Guesser,
    choices: &[ChoiceDef],
    texts: &Texts,
    lang: Lang,
    rng: &mut SeededRng,
) -> usize {
    match guesser {
        Guesser::Random => rng.index(choices.len()),
        Guesser::Greedy => 0,
        Guesser::Longest => (0..choices.len())
            .max_by_key(|i| texts.get(lang, &choices[*i].text).chars().count())
            .unwrap_or(0),
        Guesser::Careful => {
            let allowed: Vec<usize> = (0..choices.len())
                .filter(|i| !avoided(choices[*i].action))
                .collect();
            if allowed.is_empty() {
                rng.index(choices.len())
            } else {
                allowed[rng.index(allowed.len())]
            }
        }
    }
}

fn guided_debrief(
    policy: &Arc<Policy>,
    scenario: &Arc<Scenario>,
    seed: Option<u64>,
    guesser: Guesser,
    texts: &Texts,
    lang: Lang,
    rng: &mut SeededRng,
) -> Option<Debrief> {
    let (mut session, _) =
        Session::start(policy.clone(), scenario.clone(), seed, Mode::Assessment).ok()?;
    for step in 0..200u64 {
        if session.ended().is_some() {
            break;
        }
        let pick = guided_pick(guesser, session.choices(), texts, lang, rng);
        session.choose(pick, step * 1000).ok()?;
    }
    Some(session.debrief())
}

/// Plays `sessions` seeded assessments of `count` items in one style with each guesser.
pub fn measure(
    policy: &Arc<Policy>,
    scenarios: &[Arc<Scenario>],
    texts: &Texts,
    lang: Lang,
    style: PlayStyle,
    sessions: usize,
    count: usize,
) -> Vec<Measured> {
    use madoguchi_rules::VariantArray;
    let thresholds = Thresholds::default();
    Guesser::VARIANTS
        .iter()
        .map(|guesser| {
            let mut passed = 0;
            let mut sum = 0.0;
            let mut per: BTreeMap<String, (f64, usize)> = BTreeMap::new();
            for n in 0..sessions {
                let seed = madoguchi_rules::stable::mix(n as u64 ^ 0x5eed);
                let started = jiff::Timestamp::UNIX_EPOCH;
                let Ok(run) = Run::new(scenarios, seed, count, style, started) else {
                    continue;
                };
                let mut rng = SeededRng::new(seed);
                let mut debriefs = Vec::new();
                for item in &run.items {
                    let Some(scenario) = item.scenario_in(scenarios, policy) else {
                        continue;
                    };
                    let debrief = match style {
                        PlayStyle::Free => {
                            let Ok((mut play, _)) = FreePlay::start(
                                policy.clone(),
                                scenario.clone(),
                                item.seed,
                                Mode::Assessment,
                            ) else {
                                continue;
                            };
                            let mut player = free_player(*guesser, rng.next_u64(), texts, lang);
                            play_out(&mut play, player.as_mut())
                                .as_debrief(&scenario.def().competencies)
                        }
                        PlayStyle::Guided => match guided_debrief(
                            policy, &scenario, item.seed, *guesser, texts, lang, &mut rng,
                        ) {
                            Some(debrief) => debrief,
                            None => continue,
                        },
                    };
                    let entry = per.entry(debrief.scenario.clone()).or_default();
                    entry.0 += debrief.score.ratio();
                    entry.1 += 1;
                    debriefs.push(debrief);
                }
                let result = readiness(&debriefs, thresholds);
                sum += result.overall;
                if result.passed {
                    passed += 1;
                }
            }
            let sessions = sessions.max(1);
            Measured {
                player: *guesser,
                sessions,
                mean: sum / sessions as f64,
                pass_rate: passed as f64 / sessions as f64,
                per_scenario: per
                    .into_iter()
                    .map(|(id, (total, n))| (id, total / n.max(1) as f64))
                    .collect(),
            }
        })
        .collect()
}

/// Each guesser over every guided scenario once per seed: the mean share per scenario (the
/// library's own view of how much a scenario gives away).
pub fn per_scenario(
    policy: &Arc<Policy>,
    scenarios: &[Arc<Scenario>],
    texts: &Texts,
    lang: Lang,
    seeds: u64,
) -> BTreeMap<Guesser, BTreeMap<String, f64>> {
    use madoguchi_rules::VariantArray;
    let mut out = BTreeMap::new();
    for guesser in Guesser::VARIANTS {
        let mut rows = BTreeMap::new();
        for scenario in scenarios.iter().filter(|s| !s.def().beats.is_empty()) {
            let mut total = 0.0;
            for seed in 0..seeds {
                let mut rng = SeededRng::new(seed);
                if let Some(debrief) = guided_debrief(
                    policy,
                    scenario,
                    Some(seed),
                    *guesser,
                    texts,
                    lang,
                    &mut rng,
                ) {
                    total += debrief.score.ratio();
                }
            }
            rows.insert(scenario.id().to_owned(), total / seeds.max(1) as f64);
        }
        out.insert(*guesser, rows);
    }
    out
}
