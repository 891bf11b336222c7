//! The debrief: every decision beside the right handling, the score per competency, and the
//! rules cited, for the screen, the terminal and the records.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Mode, Session};
use crate::scenario::{Competency, Drawn, Ending};
use madoguchi_rules::{Action, Decision, Expected, RuleSet, Ruling, StepKind, Verdict};

/// One decision as the debrief shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecisionRecord {
    /// The beat it was made in.
    pub beat: String,
    /// The choice's message id.
    pub text: String,
    /// The action.
    pub action: Action,
    /// The verdict.
    pub verdict: Verdict,
    /// The rules behind the verdict.
    pub rules: RuleSet,
    /// The right choice, for decisions that have one.
    pub expected: Option<Expected>,
    /// Milliseconds from the start.
    pub at_ms: u64,
    /// Milliseconds since the previous decision (the time taken over this one).
    pub took_ms: u64,
    /// Whether it counts in the score: a beat that offered one choice only is no decision.
    pub scored: bool,
}

/// Points for one competency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    /// Points earned (2 for right, 1 for acceptable, 0 otherwise).
    pub points: u32,
    /// Points possible.
    pub max: u32,
}

impl Score {
    /// The share earned, 0.0 to 1.0 (1.0 when nothing was possible).
    pub fn ratio(self) -> f64 {
        if self.max == 0 {
            1.0
        } else {
            f64::from(self.points) / f64::from(self.max)
        }
    }
}

/// How a play-through was played.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum PlayStyle {
    /// Through the scenario's beats and choices.
    #[default]
    Guided,
    /// Free play at the window (窓口モード): acts on the window's objects.
    Free,
}

/// The end-of-scenario report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    /// The scenario's id.
    pub scenario: String,
    /// The variant's seed.
    pub seed: Option<u64>,
    /// What the variant drew.
    pub drawn: Vec<Drawn>,
    /// Practice or assessment.
    pub mode: Mode,
    /// Guided or free play.
    #[serde(default)]
    pub style: PlayStyle,
    /// How it ended (none if stopped early).
    pub ending: Option<Ending>,
    /// The decisions, in order.
    pub decisions: Vec<DecisionRecord>,
    /// Decisions a check-in needed that were never made (each scores 0 of 2).
    pub missing: Vec<Decision>,
    /// Required steps of the right handling never taken on the way to a check-in (each scores
    /// 0 of 2).
    #[serde(default)]
    pub missed_steps: Vec<StepKind>,
    /// The right handling.
    pub ruling: Ruling,
    /// The whole score.
    pub score: Score,
    /// The score for each competency the scenario trains.
    pub competencies: BTreeMap<Competency, Score>,
    /// How many prohibited actions were taken.
    pub prohibited: usize,
    /// Every rule cited by the ruling and the verdicts.
    pub rules: RuleSet,
    /// Milliseconds from the start to the last decision.
    pub total_ms: u64,
}

impl Debrief {
    pub(super) fn of(session: &Session) -> Debrief {
        let mut previous = 0;
        let decisions: Vec<DecisionRecord> = session
            .transcript()
            .iter()
            .map(|taken| {
                let took = taken.at_ms.saturating_sub(previous);
                previous = taken.at_ms;
                DecisionRecord {
                    beat: taken.beat.clone(),
                    text: taken.text.clone(),
                    action: taken.action,
                    verdict: taken.judgment.verdict,
                    rules: taken.judgment.rules,
                    expected: taken.judgment.expected,
                    at_ms: taken.at_ms,
                    took_ms: took,
                    scored: taken.offered > 1,
                }
            })
            .collect();
        let missing = session.missing_decisions();
        let missed_steps = session.missed_steps();
        let scored = decisions.iter().filter(|d| d.scored);
        let earned: u32 = scored.clone().map(|d| d.verdict.points()).sum();
        let possible = 2 * u32::try_from(scored.count() + missing.len() + missed_steps.len())
            .unwrap_or(u32::MAX);
        let score = Score {
            points: earned,
            max: possible,
        };
        let competencies = session
            .scenario()
            .def()
            .competencies
            .iter()
            .map(|c| (*c, score))
            .collect();
        let rules = decisions
            .iter()
            .fold(session.ruling().rules, |set, d| set.union(d.rules));
        Debrief {
            scenario: session.scenario().id().to_owned(),
            seed: session.seed(),
            drawn: session.drawn().to_vec(),
            mode: session.mode(),
            style: PlayStyle::Guided,
            ending: session.ended(),
            prohibited: decisions
                .iter()
                .filter(|d| d.scored && d.verdict == Verdict::Prohibited)
                .count(),
            decisions,
            missing,
            missed_steps,
            ruling: session.ruling().clone(),
            score,
            competencies,
            rules,
            total_ms: session.transcript().last().map_or(0, |t| t.at_ms),
        }
    }
}
