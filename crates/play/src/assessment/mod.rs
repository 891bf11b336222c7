//! Assessments: a seeded, stratified draw of scenarios (every competency appears, each with its
//! own variant seed, so no two staff members get the same answers to memorise and any attempt
//! replays exactly), and the readiness result against the clinic's thresholds.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use jiff::Timestamp;
use madoguchi_rules::stable::SeededRng;
use madoguchi_rules::{Name, Situation, VariantArray};

use crate::scenario::{Competency, Scenario};
use crate::session::{Debrief, PlayStyle};

/// The clinic's pass conditions.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Thresholds {
    /// Every competency must reach this share (0.0 to 1.0).
    pub competency: f64,
    /// The whole assessment must reach this share.
    pub overall: f64,
    /// Whether one prohibited action fails the assessment whatever the score.
    pub prohibited_fails: bool,
}

impl Default for Thresholds {
    fn default() -> Thresholds {
        Thresholds {
            competency: 0.8,
            overall: 0.0,
            prohibited_fails: true,
        }
    }
}

/// The default number of scenarios in an assessment.
pub const DEFAULT_COUNT: usize = 12;

/// One drawn item: a scenario (or a generated situation) and its variant seed, and whether it
/// is played guided or at the window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The scenario's id (`generated_<seed>` for a generated situation).
    pub scenario: String,
    /// The seed of the variant and of the order the choices are offered in.
    pub seed: Option<u64>,
    /// Guided (the scenario's choices) or free play at the window.
    #[serde(default)]
    pub style: PlayStyle,
}

impl Item {
    /// The scenario to play: the pack's, or the generated situation its id names.
    pub fn scenario_in(
        &self,
        scenarios: &[std::sync::Arc<Scenario>],
        policy: &madoguchi_rules::Policy,
    ) -> Option<std::sync::Arc<Scenario>> {
        if let Some(seed) = self
            .scenario
            .strip_prefix(crate::free::generate::PREFIX)
            .and_then(|s| s.parse::<u64>().ok())
        {
            return Some(crate::free::generate::situation(policy, seed));
        }
        scenarios.iter().find(|s| s.id() == self.scenario).cloned()
    }
}

/// Why a draw is impossible.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DrawError {
    /// Fewer scenarios asked for than there are competencies.
    #[error(
        "an assessment needs at least {needed} scenarios so that every competency appears; {asked} were asked for"
    )]
    TooFew {
        /// The smallest count.
        needed: usize,
        /// The count asked for.
        asked: usize,
    },
    /// The pack does not have enough scenarios, or misses a competency.
    #[error(
        "the pack cannot give {asked} different scenarios covering every competency (missing: {missing})"
    )]
    NotEnough {
        /// The count asked for.
        asked: usize,
        /// Competencies no scenario trains, if any.
        missing: String,
    },
}

/// Draws `count` different scenarios so that every competency appears, in a seeded order, each
/// with its own seed (the variant's facts and the order of the choices). At the window (free
/// play) one item in three beyond the first of each competency is a generated situation, so
/// an assessment is never only what the library has already shown.
pub fn draw(
    scenarios: &[std::sync::Arc<Scenario>],
    seed: u64,
    count: usize,
    style: PlayStyle,
) -> Result<Vec<Item>, DrawError> {
    let needed = Competency::VARIANTS.len();
    if count < needed {
        return Err(DrawError::TooFew {
            needed,
            asked: count,
        });
    }
    let pool: Vec<&std::sync::Arc<Scenario>> =
        scenarios.iter().filter(|s| !s.def().historical).collect();
    let missing: Vec<&str> = Competency::VARIANTS
        .iter()
        .filter(|c| !pool.iter().any(|s| s.def().competencies.contains(c)))
        .map(|c| c.name())
        .collect();
    if !missing.is_empty() || pool.len() < count {
        return Err(DrawError::NotEnough {
            asked: count,
            missing: missing.join(", "),
        });
    }
    let mut rng = SeededRng::new(seed);
    // Scenarios in a stable order, so the draw depends only on the seed and the pack; a
    // historical scenario is never drawn.
    let mut pool = pool;
    pool.sort_by(|a, b| a.id().cmp(b.id()));
    let mut picked: Vec<usize> = Vec::new();
    // First one scenario for each competency, in a seeded order of competencies.
    let mut competencies: Vec<Competency> = Competency::VARIANTS.to_vec();
    rng.shuffle(&mut competencies);
    for competency in competencies {
        if picked
            .iter()
            .any(|i| pool[*i].def().competencies.contains(&competency))
        {
            continue;
        }
        let candidates: Vec<usize> = (0..pool.len())
            .filter(|i| !picked.contains(i) && pool[*i].def().competencies.contains(&competency))
            .collect();
        if let Some(choice) = rng.pick(&candidates) {
            picked.push(choice);
        }
    }
    // Then the rest at random: from the pack, or (at the window) generated.
    let mut generated = 0;
    while picked.len() + generated < count {
        if style == PlayStyle::Free && rng.index(3) == 0 {
            generated += 1;
            continue;
        }
        let rest: Vec<usize> = (0..pool.len()).filter(|i| !picked.contains(i)).collect();
        match rng.pick(&rest) {
            Some(choice) => picked.push(choice),
            None => generated += 1,
        }
    }
    let mut items: Vec<Item> = picked
        .into_iter()
        .map(|i| Item {
            scenario: pool[i].id().to_owned(),
            seed: Some(rng.next_u64()),
            style,
        })
        .collect();
    for _ in 0..generated {
        items.push(Item {
            scenario: format!("{}{}", crate::free::generate::PREFIX, rng.next_u64() >> 16),
            seed: None,
            style,
        });
    }
    rng.shuffle(&mut items);
    Ok(items)
}

/// The readiness result of an assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Readiness {
    /// Share per competency (0.0 to 1.0).
    pub competencies: BTreeMap<Competency, f64>,
    /// Share overall.
    pub overall: f64,
    /// Prohibited actions taken.
    pub prohibited: usize,
    /// Competencies below the threshold.
    pub below: Vec<Competency>,
    /// Whether the assessment is passed.
    pub passed: bool,
}

/// Scores the debriefs of an assessment against the thresholds.
pub fn readiness(debriefs: &[Debrief], thresholds: Thresholds) -> Readiness {
    let mut sums: BTreeMap<Competency, (u32, u32)> = BTreeMap::new();
    let mut points = 0;
    let mut max = 0;
    let mut prohibited = 0;
    for debrief in debriefs {
        points += debrief.score.points;
        max += debrief.score.max;
        prohibited += debrief.prohibited;
        for (competency, score) in &debrief.competencies {
            let entry = sums.entry(*competency).or_default();
            entry.0 += score.points;
            entry.1 += score.max;
        }
    }
    let ratio = |p: u32, m: u32| {
        if m == 0 {
            1.0
        } else {
            f64::from(p) / f64::from(m)
        }
    };
    let competencies: BTreeMap<Competency, f64> =
        sums.iter().map(|(c, (p, m))| (*c, ratio(*p, *m))).collect();
    let below: Vec<Competency> = competencies
        .iter()
        .filter(|(_, share)| **share + 1e-9 < thresholds.competency)
        .map(|(c, _)| *c)
        .collect();
    let overall = ratio(points, max);
    let passed = below.is_empty()
        && overall + 1e-9 >= thresholds.overall
        && !(thresholds.prohibited_fails && prohibited > 0);
    Readiness {
        competencies,
        overall,
        prohibited,
        below,
        passed,
    }
}

/// One scenario of an assessment as it was played.
#[derive(Clone, Debug, PartialEq)]
pub struct Played {
    /// The debrief (kept for the end; nothing is shown during the assessment).
    pub debrief: Debrief,
    /// The situation the variant drew, for showing the debrief.
    pub situation: Situation,
    /// When the scenario started.
    pub started_at: Timestamp,
    /// When it ended.
    pub finished_at: Timestamp,
}

/// An assessment in progress: the draw, and each scenario's result as it is played. The
/// window and the terminal both drive it; it keeps no clock of its own (times are given).
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// The draw's seed (recorded, so the assessment can be replayed exactly).
    pub seed: u64,
    /// The drawn scenarios, in the order they are played.
    pub items: Vec<Item>,
    /// When the assessment started.
    pub started_at: Timestamp,
    /// The scenarios played so far.
    pub played: Vec<Played>,
}

/// A finished assessment: everything the records keep of it, ready to be stored in one
/// transaction (the records crate turns it into rows).
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    /// The draw's seed.
    pub seed: u64,
    /// The thresholds it was judged against.
    pub thresholds: Thresholds,
    /// When it started.
    pub started_at: Timestamp,
    /// When it ended.
    pub finished_at: Timestamp,
    /// The scenarios as played, in order.
    pub played: Vec<Played>,
    /// The readiness result.
    pub readiness: Readiness,
}

impl Run {
    /// Draws an assessment.
    pub fn new(
        scenarios: &[std::sync::Arc<Scenario>],
        seed: u64,
        count: usize,
        style: PlayStyle,
        started_at: Timestamp,
    ) -> Result<Run, DrawError> {
        Ok(Run {
            seed,
            items: draw(scenarios, seed, count, style)?,
            started_at,
            played: Vec::new(),
        })
    }

    /// The scenario to play next (none when every one has been played).
    pub fn current(&self) -> Option<&Item> {
        self.items.get(self.played.len())
    }

    /// Which scenario this is, from 1, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (
            (self.played.len() + 1).min(self.items.len()),
            self.items.len(),
        )
    }

    /// Records the current scenario's debrief and drawn situation.
    pub fn record(
        &mut self,
        debrief: Debrief,
        situation: Situation,
        started_at: Timestamp,
        finished_at: Timestamp,
    ) {
        if self.current().is_some() {
            self.played.push(Played {
                debrief,
                situation,
                started_at,
                finished_at,
            });
        }
    }

    /// Whether every scenario has been played.
    pub fn is_complete(&self) -> bool {
        self.played.len() == self.items.len()
    }

    /// The readiness result so far.
    pub fn readiness(&self, thresholds: Thresholds) -> Readiness {
        let debriefs: Vec<Debrief> = self.played.iter().map(|p| p.debrief.clone()).collect();
        readiness(&debriefs, thresholds)
    }

    /// The finished assessment (none while scenarios remain).
    pub fn finish(&self, thresholds: Thresholds, finished_at: Timestamp) -> Option<Finished> {
        if !self.is_complete() {
            return None;
        }
        Some(Finished {
            seed: self.seed,
            thresholds,
            started_at: self.started_at,
            finished_at,
            played: self.played.clone(),
            readiness: self.readiness(thresholds),
        })
    }
}

#[cfg(test)]
mod tests;
