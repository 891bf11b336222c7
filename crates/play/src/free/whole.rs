//! The handling judged as a whole: each part of the ruling (route, authentication, share,
//! claim) against what the trainee finally did, every required step taken or not, every
//! prohibited, wrong or needless act, and what it caused. Points: a part is worth 4 (route,
//! share) or 2 (authentication, a claim other than the usual), a step 2; a prohibited act costs
//! 4, a wrong one 2, a needless one 1; the total never goes below zero.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Act, Done, FreeEnd, FreePlay};
use crate::handling;
use crate::scenario::{Competency, Drawn, Ending, Query, Validity};
use crate::session::debrief::{DecisionRecord, Score};
use crate::session::{Debrief, Mode};
use madoguchi_rules::{
    Action, ClaimRoute, ConfirmedBy, CopayRate, Decision, DocumentKind, Expected, RuleId, RuleSet,
    Ruling, StepKind, Verdict,
};

/// A part of the handling that is decided once.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Part {
    /// How eligibility is confirmed.
    Route,
    /// How the card holder is authenticated.
    Auth,
    /// The share charged.
    Copay,
    /// The claim route (a part only when it is not the usual one).
    Claim,
    /// The 公費 (a part only when it applies today).
    Subsidy,
}

impl Part {
    /// The points a part is worth.
    pub fn max(self) -> u32 {
        match self {
            Part::Route | Part::Copay => 4,
            Part::Auth | Part::Claim | Part::Subsidy => 2,
        }
    }

    /// The decision it is.
    pub fn decision(self) -> Decision {
        match self {
            Part::Route => Decision::Route,
            Part::Auth => Decision::Auth,
            Part::Copay => Decision::Copay,
            Part::Claim => Decision::Claim,
            Part::Subsidy => Decision::Subsidy,
        }
    }
}

/// One part as done.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartResult {
    /// Which part.
    pub part: Part,
    /// What the ruling says.
    pub expected: Expected,
    /// The act that finally decided it (its index in the log), if any.
    pub decided_by: Option<usize>,
    /// The verdict on that act (none if never decided).
    pub verdict: Option<Verdict>,
    /// Why: the rules of the verdict (or of the part, if never decided).
    pub rules: RuleSet,
    /// Points earned.
    pub points: u32,
    /// Points possible.
    pub max: u32,
    /// The route was accepted without a result that supports it (the card accepted with no
    /// valid result on the terminal).
    pub unsupported: bool,
}

/// One required step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepResult {
    /// The step.
    pub step: StepKind,
    /// Whether it was taken.
    pub taken: bool,
    /// The act that took it (index in the log), if one did.
    pub by: Option<usize>,
    /// Why it is required.
    pub rules: RuleSet,
}

/// What was wrong about one act beside the parts.
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
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RemarkKind {
    /// Forbidden conduct: fails an assessment.
    Prohibited,
    /// Against the rules.
    Wrong,
    /// Not needed here (asked again, or after the route was settled).
    Needless,
}

impl RemarkKind {
    /// The points it costs.
    pub fn penalty(self) -> u32 {
        match self {
            RemarkKind::Prohibited => 4,
            RemarkKind::Wrong => 2,
            RemarkKind::Needless => 1,
        }
    }
}

/// A remark on one act.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Remark {
    /// The act's index in the log.
    pub index: usize,
    /// The act.
    pub act: Act,
    /// What was wrong.
    pub kind: RemarkKind,
    /// Why.
    pub rules: RuleSet,
}

/// Something the handling caused beyond the moment.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Consequence {
    /// The patient was told to pay the full cost when they need not.
    ToldFullCost,
    /// The card was kept at the desk.
    CardKept,
    /// The card was left at the desk when the patient went in.
    CardForgotten,
    /// The claim will come back next month (返戻).
    ClaimReturned,
    /// The patient left without being checked in.
    PatientLeft,
    /// The patient was charged more than they owe.
    Overcharged,
    /// The patient was charged less than they owe (the clinic loses the difference).
    Undercharged,
}

impl Consequence {
    /// The fluent id: `free-consequence-<name>`.
    pub fn message_id(self) -> String {
        let name: &'static str = self.into();
        format!("free-consequence-{name}")
    }
}

/// The whole handling, judged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WholeDebrief {
    /// The scenario whose facts were played.
    pub scenario: String,
    /// The seed.
    pub seed: Option<u64>,
    /// What the variant drew.
    pub drawn: Vec<Drawn>,
    /// Practice or assessment.
    pub mode: Mode,
    /// How it ended (none if not yet).
    pub end: Option<FreeEnd>,
    /// The right handling.
    pub ruling: Ruling,
    /// Each part.
    pub parts: Vec<PartResult>,
    /// Each required step.
    pub steps: Vec<StepResult>,
    /// Remarks on acts.
    pub remarks: Vec<Remark>,
    /// What it caused.
    pub consequences: Vec<Consequence>,
    /// Every act.
    pub acts: Vec<Done>,
    /// The score.
    pub score: Score,
    /// Prohibited acts.
    pub prohibited: usize,
    /// The window's clock at the end, in seconds.
    pub clock_s: u32,
    /// Every rule cited.
    pub rules: RuleSet,
}

/// Acts that are retried on a device as a matter of course (a second face scan), never
/// needless when repeated.
fn retried(act: Act) -> bool {
    matches!(
        act,
        Act::Rule(
            Action::GuideToReader
                | Action::AssistPlacingCard
                | Action::AskToRemoveSleeve
                | Action::ChooseAuth(_)
                | Action::RebootReader
                | Action::LookUpByNumbers
                | Action::RequeryAtClinic
        ) | Act::Examine(_)
            | Act::Greet
    )
}

pub(super) fn judge_whole(play: &FreePlay) -> WholeDebrief {
    let ruling = play.ruling();
    let log = play.log();
    let end = play.ended();
    let mut parts = Vec::new();
    let mut finals: Vec<usize> = Vec::new();
    let mut wanted = vec![
        (
            Part::Route,
            Expected::Route(ruling.confirmed_by),
            ruling.parts.confirmed_by,
        ),
        (
            Part::Copay,
            Expected::Copay(ruling.copay),
            ruling.parts.copay,
        ),
    ];
    if ruling.auth.is_some() {
        wanted.insert(
            1,
            (Part::Auth, Expected::Auth(ruling.auth), ruling.parts.auth),
        );
    }
    if ruling.claim != ClaimRoute::Normal {
        wanted.push((
            Part::Claim,
            Expected::Claim(ruling.claim),
            ruling.parts.claim,
        ));
    }
    if ruling.subsidy.is_some_and(|s| s.applies()) {
        wanted.push((Part::Subsidy, Expected::Subsidy(true), ruling.parts.subsidy));
    }
    for (part, expected, part_rules) in wanted {
        let last = log.iter().enumerate().rev().find(|(_, done)| {
            done.act
                .action()
                .and_then(Action::decision)
                .is_some_and(|d| d == part.decision())
        });
        let result = match last {
            Some((index, done)) => {
                let judgment = done.judgment.expect("rules actions are judged");
                let mut verdict = judgment.verdict;
                let mut rules = judgment.rules;
                // Accepting the card's result needs a result: the card read, the terminal
                // showing it valid (or a re-query at a later home visit).
                let unsupported = part == Part::Route
                    && done.act == Act::Rule(Action::ConfirmBy(ConfirmedBy::MyNumberCard))
                    && !card_result_before(play, index);
                if unsupported && verdict != Verdict::Prohibited {
                    verdict = Verdict::Wrong;
                    rules = rules.with(RuleId::DocMynaEveryVisit);
                }
                finals.push(index);
                PartResult {
                    part,
                    expected,
                    decided_by: Some(index),
                    verdict: Some(verdict),
                    rules,
                    points: scaled(verdict, part.max()),
                    max: part.max(),
                    unsupported,
                }
            }
            None => PartResult {
                part,
                expected,
                decided_by: None,
                verdict: None,
                rules: part_rules,
                points: 0,
                max: part.max(),
                unsupported: false,
            },
        };
        parts.push(result);
    }

    let checked_in = end == Some(FreeEnd::CheckedIn);
    let world = play.world();
    let card_at_desk = world.card_kept || world.counter.contains(&DocumentKind::MyNumberCard);
    let skipped = log
        .iter()
        .any(|d| d.act == Act::Rule(Action::SkipConfirmation));
    // Applying the 公費 is judged as its part, not again as a step.
    let steps: Vec<StepResult> = ruling
        .steps
        .iter()
        .filter(|step| step.step != StepKind::ApplySubsidy)
        .map(|step| {
            let by = log.iter().position(|done| {
                done.act
                    .action()
                    .is_some_and(|a| handling::performs(a, step.step))
            });
            let taken = match step.step {
                // The card is back with the patient at the end (or never left them).
                StepKind::ReturnCard => checked_in && !card_at_desk,
                StepKind::ConfirmEveryVisit => by.is_some() && !skipped,
                _ => by.is_some(),
            };
            StepResult {
                step: step.step,
                taken,
                by,
                rules: step.rules,
            }
        })
        .collect();

    let mut remarks = Vec::new();
    let mut route_settled = false;
    for (index, done) in log.iter().enumerate() {
        let Some(judgment) = done.judgment else {
            continue;
        };
        let repeated = !retried(done.act) && log[..index].iter().any(|d| d.act == done.act);
        let kind = match judgment.verdict {
            Verdict::Prohibited => Some(RemarkKind::Prohibited),
            Verdict::Wrong if !finals.contains(&index) => Some(RemarkKind::Wrong),
            _ if repeated => Some(RemarkKind::Needless),
            // After the route is settled another insurance document is needless (the 公費 and
            // the 高齢受給者証 are another matter).
            _ if route_settled
                && matches!(
                    done.act,
                    Act::Rule(Action::AskFor(
                        DocumentKind::MyNumberCard
                            | DocumentKind::SmartphoneCard
                            | DocumentKind::InsuranceCard
                            | DocumentKind::EligibilityCertificate
                            | DocumentKind::EligibilityNotice
                            | DocumentKind::PortalScreen
                    ))
                ) =>
            {
                Some(RemarkKind::Needless)
            }
            _ => None,
        };
        if let Some(kind) = kind {
            remarks.push(Remark {
                index,
                act: done.act,
                kind,
                rules: judgment.rules,
            });
        }
        if matches!(
            done.act,
            Act::Rule(Action::ConfirmBy(_) | Action::AcceptOralConfirmation)
        ) && judgment.verdict == Verdict::Right
        {
            route_settled = true;
        }
    }

    let mut consequences = Vec::new();
    let told_full = log.iter().any(|d| {
        matches!(
            d.act,
            Act::Rule(Action::Charge(CopayRate::Full) | Action::ConfirmBy(ConfirmedBy::None))
        )
    });
    if told_full && ruling.copay != CopayRate::Full {
        consequences.push(Consequence::ToldFullCost);
    }
    if log.iter().any(|d| d.act == Act::Rule(Action::KeepCard)) {
        consequences.push(Consequence::CardKept);
    }
    if checked_in && card_at_desk {
        consequences.push(Consequence::CardForgotten);
    }
    if let Some(charged) = world.charged
        && checked_in
    {
        if charged.percent() > ruling.copay.percent() {
            consequences.push(Consequence::Overcharged);
        } else if charged.percent() < ruling.copay.percent() {
            consequences.push(Consequence::Undercharged);
        }
    }
    let claim_wrong = parts
        .iter()
        .any(|p| p.part == Part::Claim && p.verdict != Some(Verdict::Right));
    let claim_act_wrong = log.iter().any(|d| {
        matches!(d.act, Act::Rule(Action::Claim(_)))
            && d.judgment.is_some_and(|j| j.verdict != Verdict::Right)
    });
    if checked_in && (claim_wrong || claim_act_wrong) {
        consequences.push(Consequence::ClaimReturned);
    }
    if matches!(end, Some(FreeEnd::Left | FreeEnd::TimedOut)) {
        consequences.push(Consequence::PatientLeft);
    }

    let earned: u32 = parts.iter().map(|p| p.points).sum::<u32>()
        + 2 * u32::try_from(steps.iter().filter(|s| s.taken).count()).unwrap_or(0);
    let penalty: u32 = remarks.iter().map(|r| r.kind.penalty()).sum();
    let max: u32 =
        parts.iter().map(|p| p.max).sum::<u32>() + 2 * u32::try_from(steps.len()).unwrap_or(0);
    let score = Score {
        points: earned.saturating_sub(penalty),
        max,
    };
    let rules = parts
        .iter()
        .map(|p| p.rules)
        .chain(steps.iter().map(|s| s.rules))
        .chain(remarks.iter().map(|r| r.rules))
        .fold(ruling.rules, RuleSet::union);
    WholeDebrief {
        scenario: play.scenario().id().to_owned(),
        seed: play.seed(),
        drawn: play.drawn().to_vec(),
        mode: play.mode(),
        end,
        ruling: ruling.clone(),
        prohibited: remarks
            .iter()
            .filter(|r| r.kind == RemarkKind::Prohibited)
            .count(),
        parts,
        steps,
        remarks,
        consequences,
        acts: log.to_vec(),
        score,
        clock_s: world.clock_s,
        rules,
    }
}

/// Points for a verdict on a part worth `max`.
fn scaled(verdict: Verdict, max: u32) -> u32 {
    match verdict {
        Verdict::Right => max,
        Verdict::Acceptable => max / 2,
        Verdict::Wrong | Verdict::Prohibited => 0,
    }
}

/// Whether, before the act at `index`, the card (or phone, or the home-visit device, or a
/// re-query) gave a valid result on the terminal.
fn card_result_before(play: &FreePlay, index: usize) -> bool {
    // Replaying the devices up to that act tells what the terminal showed then.
    let mut devices = crate::scenario::Devices::new(play.situation());
    let mut valid = false;
    for done in &play.log()[..index] {
        if let Some(action) = done.act.action() {
            devices.react(play.policy(), play.situation(), action);
            if let Some(view) = devices.terminal {
                valid = view.validity == Validity::Valid
                    && matches!(view.query, Query::Card | Query::Requery);
            }
        }
    }
    valid
}

impl WholeDebrief {
    /// The same handling as a guided debrief (acts as decisions, undecided parts as missing
    /// decisions, steps not taken as missed steps, the whole-handling score), for the records,
    /// the assessment and the reports, which know one kind of attempt.
    pub fn as_debrief(&self, competencies: &[Competency]) -> Debrief {
        let mut previous = 0;
        let decisions = self
            .acts
            .iter()
            .filter_map(|done| {
                let judgment = done.judgment?;
                let took = done.at_ms.saturating_sub(previous);
                previous = done.at_ms;
                Some(DecisionRecord {
                    beat: "free".to_owned(),
                    text: done.act.key(),
                    action: judgment.action,
                    verdict: judgment.verdict,
                    rules: judgment.rules,
                    expected: judgment.expected,
                    at_ms: done.at_ms,
                    took_ms: took,
                    scored: true,
                })
            })
            .collect();
        let missing = self
            .parts
            .iter()
            .filter(|p| p.decided_by.is_none())
            .map(|p| p.part.decision())
            .collect();
        let missed_steps = self
            .steps
            .iter()
            .filter(|s| !s.taken)
            .map(|s| s.step)
            .collect();
        let ending = self.end.map(|end| match end {
            FreeEnd::CheckedIn => Ending::Served,
            FreeEnd::Left | FreeEnd::TimedOut => Ending::PatientLeft,
            FreeEnd::HandedOver => Ending::Escalated,
        });
        let competencies: BTreeMap<Competency, Score> =
            competencies.iter().map(|c| (*c, self.score)).collect();
        Debrief {
            scenario: self.scenario.clone(),
            seed: self.seed,
            drawn: self.drawn.clone(),
            mode: self.mode,
            style: crate::session::PlayStyle::Free,
            ending,
            decisions,
            missing,
            missed_steps,
            ruling: self.ruling.clone(),
            score: self.score,
            competencies,
            prohibited: self.prohibited,
            rules: self.rules,
            total_ms: self.acts.last().map_or(0, |d| d.at_ms),
        }
    }
}
