//! The records as typed rows: staff, attempts with their decisions, and assessments. Times are
//! [`Timestamp`]s stored in one fixed form, endings and kinds are enums, thresholds a type: a
//! stored value that does not read back is damage named by table, row and column, never a
//! silent default.

use std::collections::BTreeMap;

use jiff::Timestamp;
use madoguchi_play::assessment::{Finished, Thresholds};
use madoguchi_play::scenario::{Competency, Drawn, Ending};
use madoguchi_play::session::{Debrief, PlayStyle};
use madoguchi_rules::{Action, Expected, RuleSet, Verdict};
use serde::{Deserialize, Serialize};

/// A timestamp as the records store it: UTC to the millisecond, one fixed width, so that
/// stored times sort as text (`2026-11-24T01:02:03.456Z`).
pub fn stamp(at: Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// A fresh random id (a UUID, version 4) for a staff member, an attempt or an assessment.
pub fn new_uid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// A staff member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Staff {
    /// The row id (local to this file).
    pub id: i64,
    /// The staff member's own random id (the xAPI account name).
    pub uid: String,
    /// The name shown.
    pub name: String,
    /// When added.
    pub created_at: Timestamp,
}

/// Practice or assessment.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum AttemptKind {
    /// A practice play-through.
    Practice,
    /// Part of an assessment.
    Assessment,
}

/// One decision as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DecisionRow {
    /// Order in the attempt, from 1.
    pub seq: u32,
    /// The beat.
    pub beat: String,
    /// The choice's message id.
    pub choice_text: String,
    /// The action.
    pub action: Action,
    /// The verdict.
    pub verdict: Verdict,
    /// The rules behind it.
    pub rules: RuleSet,
    /// The right choice, if the decision has one.
    pub expected: Option<Expected>,
    /// Milliseconds from the start.
    pub at_ms: u64,
    /// Milliseconds taken.
    pub took_ms: u64,
    /// Whether it counted in the score (false for a beat that offered one choice).
    pub scored: bool,
}

/// A finished attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// The row id (0 before it is stored).
    pub id: i64,
    /// Its own random id: stored at most once.
    pub uid: String,
    /// The staff member (0 before it is stored: a pending record names the staff by name).
    pub staff_id: i64,
    /// The assessment it belongs to, if any.
    pub assessment_id: Option<i64>,
    /// Practice or assessment.
    pub kind: AttemptKind,
    /// Guided or free play.
    #[serde(default)]
    pub style: PlayStyle,
    /// The scenario's id.
    pub scenario: String,
    /// The pack's label.
    pub pack: String,
    /// The variant's seed.
    pub seed: Option<u64>,
    /// Start.
    pub started_at: Timestamp,
    /// End.
    pub finished_at: Timestamp,
    /// Milliseconds from the start to the last decision.
    pub duration_ms: u64,
    /// How it ended (none if stopped early).
    pub ending: Option<Ending>,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max_points: u32,
    /// Prohibited actions taken.
    pub prohibited: u32,
    /// The competencies it counts for.
    pub competencies: Vec<Competency>,
    /// What the variant drew.
    pub drawn: Vec<Drawn>,
    /// The rules version (policy and pack fingerprints).
    pub rules_version: String,
    /// The decisions.
    pub decisions: Vec<DecisionRow>,
}

impl Attempt {
    /// An attempt from a debrief (a new random id; the staff member is set when stored).
    pub fn from_debrief(
        debrief: &Debrief,
        kind: AttemptKind,
        pack: &str,
        started_at: Timestamp,
        finished_at: Timestamp,
        rules_version: &str,
    ) -> Attempt {
        Attempt {
            id: 0,
            uid: new_uid(),
            staff_id: 0,
            assessment_id: None,
            kind,
            style: debrief.style,
            scenario: debrief.scenario.clone(),
            pack: pack.to_owned(),
            seed: debrief.seed,
            started_at,
            finished_at,
            duration_ms: debrief.total_ms,
            ending: debrief.ending,
            points: debrief.score.points,
            max_points: debrief.score.max,
            prohibited: u32::try_from(debrief.prohibited).unwrap_or(u32::MAX),
            competencies: debrief.competencies.keys().copied().collect(),
            drawn: debrief.drawn.clone(),
            rules_version: rules_version.to_owned(),
            decisions: debrief
                .decisions
                .iter()
                .enumerate()
                .map(|(i, d)| DecisionRow {
                    seq: u32::try_from(i + 1).unwrap_or(u32::MAX),
                    beat: d.beat.clone(),
                    choice_text: d.text.clone(),
                    action: d.action,
                    verdict: d.verdict,
                    rules: d.rules,
                    expected: d.expected,
                    at_ms: d.at_ms,
                    took_ms: d.took_ms,
                    scored: d.scored,
                })
                .collect(),
        }
    }

    /// The share earned, 0.0 to 1.0 (1.0 when nothing was possible: the same rule as the
    /// debrief's score).
    pub fn ratio(&self) -> f64 {
        madoguchi_play::session::debrief::Score {
            points: self.points,
            max: self.max_points,
        }
        .ratio()
    }
}

/// An assessment's result as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AssessmentRow {
    /// The row id (0 before it is stored).
    pub id: i64,
    /// Its own random id: stored at most once.
    pub uid: String,
    /// The staff member (0 before it is stored).
    pub staff_id: i64,
    /// The draw's seed.
    pub seed: u64,
    /// How many scenarios.
    pub scenario_count: u32,
    /// Start.
    pub started_at: Timestamp,
    /// End.
    pub finished_at: Timestamp,
    /// Whether the thresholds were met.
    pub passed: bool,
    /// Overall share, 0.0 to 1.0.
    pub overall: f64,
    /// Prohibited actions taken.
    pub prohibited: u32,
    /// The thresholds applied.
    pub thresholds: Thresholds,
    /// Share per competency.
    pub competencies: BTreeMap<Competency, f64>,
    /// The rules version.
    pub rules_version: String,
}

impl AssessmentRow {
    /// The competencies below the thresholds the assessment was taken under.
    pub fn below(&self) -> Vec<Competency> {
        self.competencies
            .iter()
            .filter(|(_, share)| **share + 1e-9 < self.thresholds.competency)
            .map(|(c, _)| *c)
            .collect()
    }
}

/// Something finished, to be stored whole: a practice attempt, or an assessment with all its
/// attempts. It names its staff member by name (the staff row is found or added in the same
/// transaction), and it can wait on disk as a pending record until it is stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// The staff member's name.
    pub staff: String,
    /// What was finished.
    pub finished: FinishedWork,
}

/// What a record holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishedWork {
    /// A practice attempt.
    Practice(Attempt),
    /// An assessment and its attempts.
    Assessment {
        /// The assessment.
        assessment: AssessmentRow,
        /// Its attempts, in the order played.
        attempts: Vec<Attempt>,
    },
}

impl Record {
    /// A practice attempt to store.
    pub fn practice(staff: &str, attempt: Attempt) -> Record {
        Record {
            staff: staff.trim().to_owned(),
            finished: FinishedWork::Practice(attempt),
        }
    }

    /// A finished assessment to store.
    pub fn assessment(staff: &str, finished: &Finished, pack: &str, rules_version: &str) -> Record {
        let attempts: Vec<Attempt> = finished
            .played
            .iter()
            .map(|played| {
                Attempt::from_debrief(
                    &played.debrief,
                    AttemptKind::Assessment,
                    pack,
                    played.started_at,
                    played.finished_at,
                    rules_version,
                )
            })
            .collect();
        let readiness = &finished.readiness;
        Record {
            staff: staff.trim().to_owned(),
            finished: FinishedWork::Assessment {
                assessment: AssessmentRow {
                    id: 0,
                    uid: new_uid(),
                    staff_id: 0,
                    seed: finished.seed,
                    scenario_count: u32::try_from(finished.played.len()).unwrap_or(u32::MAX),
                    started_at: finished.started_at,
                    finished_at: finished.finished_at,
                    passed: readiness.passed,
                    overall: readiness.overall,
                    prohibited: u32::try_from(readiness.prohibited).unwrap_or(u32::MAX),
                    thresholds: finished.thresholds,
                    competencies: readiness.competencies.clone(),
                    rules_version: rules_version.to_owned(),
                },
                attempts,
            },
        }
    }

    /// The record's own id (the assessment's, or the attempt's).
    pub fn uid(&self) -> &str {
        match &self.finished {
            FinishedWork::Practice(attempt) => &attempt.uid,
            FinishedWork::Assessment { assessment, .. } => &assessment.uid,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_have_one_width_and_sort_as_time() {
        let a: Timestamp = "2026-11-24T01:02:03Z".parse().unwrap();
        let b: Timestamp = "2026-11-24T01:02:03.5Z".parse().unwrap();
        let c: Timestamp = "2026-11-24T01:02:03.123456789Z".parse().unwrap();
        assert_eq!(stamp(a), "2026-11-24T01:02:03.000Z");
        assert_eq!(stamp(b), "2026-11-24T01:02:03.500Z");
        assert_eq!(stamp(c), "2026-11-24T01:02:03.123Z");
        let mut texts = [stamp(b), stamp(c), stamp(a)];
        texts.sort();
        assert_eq!(texts, [stamp(a), stamp(c), stamp(b)]);
        assert_eq!(stamp(a).parse::<Timestamp>().unwrap(), a);
    }

    #[test]
    fn uids_are_fresh_uuids() {
        let (a, b) = (new_uid(), new_uid());
        assert_ne!(a, b);
        assert_eq!(uuid::Uuid::parse_str(&a).unwrap().get_version_num(), 4);
    }
}
