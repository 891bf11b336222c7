//! A play-through as a step function: start a scenario (and variant), then `choose` one of the
//! current beat's choices (or `apply` an action); each step returns what happened. An invalid
//! step leaves the session unchanged. The session keeps the transcript, the score per
//! competency and the timing, and saves as the list of choices made, which replays exactly.

pub mod debrief;
pub mod whatif;

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use debrief::{Debrief, DecisionRecord, PlayStyle};

use crate::scenario::{ChoiceDef, DeviceEvent, Devices, Drawn, Ending, Scenario, holds};
use madoguchi_rules::StepKind;
use madoguchi_rules::stable::{SeededRng, fnv1a64};

use crate::handling;
use madoguchi_rules::{
    Action, Decision, DocumentKind, Judgment, Policy, Ruling, RulingError, Situation, Verdict,
    judge, rule,
};

/// Whether feedback is given after each decision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Feedback after every decision.
    #[default]
    Practice,
    /// No feedback until the end.
    Assessment,
}

/// Something that happened in one step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The patient (or companion) says a line: a message id of the pack.
    Line(String),
    /// The receptionist's choice, as said (a message id of the pack).
    Said(String),
    /// A device changed.
    Device(DeviceEvent),
    /// The patient hands over a document that was asked for.
    Shown(DocumentKind),
    /// The patient does not have the document asked for.
    NotShown(DocumentKind),
    /// The verdict on the decision (practice mode only).
    Judged(Judgment),
    /// The scenario ended.
    Ended(Ending),
}

/// Why a step was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// The scenario is over.
    #[error("the scenario has ended")]
    Ended,
    /// No choice with that number.
    #[error("there is no choice {index}; choose 1 to {count}")]
    NoSuchChoice {
        /// The index given (0-based).
        index: usize,
        /// How many choices there are.
        count: usize,
    },
    /// No choice of the current beat carries that action.
    #[error("no choice here does {action}")]
    NotAChoice {
        /// The action's name.
        action: String,
    },
    /// The scenario's facts cannot be ruled on (a validated scenario never fails this).
    #[error(transparent)]
    Ruling(#[from] RulingError),
    /// A saved session does not fit the scenario it names.
    #[error("the saved session does not match scenario {scenario}: {reason}")]
    Mismatch {
        /// The scenario id.
        scenario: String,
        /// What does not fit.
        reason: String,
    },
}

/// One decision in the transcript.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Taken {
    /// The beat it was made in.
    pub beat: String,
    /// The choice's index in that beat.
    pub choice: usize,
    /// How many choices the beat offered (one is no decision, and is not scored).
    pub offered: usize,
    /// The choice's message id.
    pub text: String,
    /// The action.
    pub action: Action,
    /// The judgment.
    pub judgment: Judgment,
    /// Milliseconds from the start of the scenario.
    pub at_ms: u64,
}

/// A saved play-through: enough to replay it exactly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    /// The scenario's id.
    pub scenario: String,
    /// The seed of the variant (none: the authored facts).
    pub seed: Option<u64>,
    /// Practice or assessment.
    pub mode: Mode,
    /// The choices made: (the choice's message id, milliseconds from the start). Choices are
    /// kept by id, not by position, so a saved play-through replays whatever order the choices
    /// are offered in (the same contract as the records).
    pub choices: Vec<(String, u64)>,
}

/// A play-through in progress.
#[derive(Clone, Debug)]
pub struct Session {
    policy: Arc<Policy>,
    scenario: Arc<Scenario>,
    seed: Option<u64>,
    mode: Mode,
    situation: Arc<Situation>,
    ruling: Arc<Ruling>,
    drawn: Arc<Vec<Drawn>>,
    beat: String,
    /// The current beat's choices in the order offered (shuffled per beat and seed, so the
    /// right answer is not always in the same place).
    offered: Vec<ChoiceDef>,
    devices: Devices,
    transcript: Vec<Taken>,
    decided: BTreeSet<Decision>,
    /// The ruling's required steps this scenario offers a choice for.
    required: Vec<StepKind>,
    /// Required steps taken so far.
    performed: BTreeSet<StepKind>,
    ended: Option<Ending>,
    last_ms: u64,
}

impl Session {
    /// Starts a scenario; returns the opening outcomes (the first beat's lines).
    pub fn start(
        policy: Arc<Policy>,
        scenario: Arc<Scenario>,
        seed: Option<u64>,
        mode: Mode,
    ) -> Result<(Session, Vec<Outcome>), SessionError> {
        let (situation, drawn) = scenario.situation(seed);
        let ruling = rule(&policy, &situation)?;
        let devices = Devices::new(&situation);
        let beat = scenario.def().start.clone();
        let required = offered_steps(&scenario, &ruling);
        let mut session = Session {
            policy,
            scenario,
            seed,
            mode,
            situation: Arc::new(situation),
            ruling: Arc::new(ruling),
            drawn: Arc::new(drawn),
            beat: beat.clone(),
            offered: Vec::new(),
            devices,
            transcript: Vec::new(),
            decided: BTreeSet::new(),
            required,
            performed: BTreeSet::new(),
            ended: None,
            last_ms: 0,
        };
        let outcomes = session.enter(&beat);
        Ok((session, outcomes))
    }

    /// The scenario.
    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    /// The policy judged by.
    pub fn policy(&self) -> &Arc<Policy> {
        &self.policy
    }

    /// The situation of this play-through (after the variant draw).
    pub fn situation(&self) -> &Situation {
        &self.situation
    }

    /// The right handling of this situation.
    pub fn ruling(&self) -> &Ruling {
        &self.ruling
    }

    /// The variant's seed.
    pub fn seed(&self) -> Option<u64> {
        self.seed
    }

    /// What the variant drew.
    pub fn drawn(&self) -> &[Drawn] {
        &self.drawn
    }

    /// Practice or assessment.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The current beat's id.
    pub fn beat(&self) -> &str {
        &self.beat
    }

    /// Whether the patient is at the counter now: always, unless the cast has them absent, or
    /// away until a beat this play-through has not reached yet.
    pub fn patient_here(&self) -> bool {
        let cast = &self.scenario.def().cast;
        if cast.absent {
            return false;
        }
        match &cast.away_until {
            None => true,
            Some(beat) => self.beat == *beat || self.transcript.iter().any(|t| t.beat == *beat),
        }
    }

    /// The devices' state.
    pub fn devices(&self) -> &Devices {
        &self.devices
    }

    /// The decisions so far.
    pub fn transcript(&self) -> &[Taken] {
        &self.transcript
    }

    /// The decisions settled so far.
    pub fn decided(&self) -> &BTreeSet<Decision> {
        &self.decided
    }

    /// How the scenario ended, if it has.
    pub fn ended(&self) -> Option<Ending> {
        self.ended
    }

    /// The choices of the current beat in the order offered (none once ended). The order is
    /// shuffled per beat from the scenario, the beat and the seed: the same seed always
    /// offers the same order (so a saved or recorded play-through replays exactly), and the
    /// right answer is not always first.
    pub fn choices(&self) -> &[ChoiceDef] {
        if self.ended.is_some() {
            return &[];
        }
        &self.offered
    }

    fn shuffled(&self, beat_id: &str, choices: &[ChoiceDef]) -> Vec<ChoiceDef> {
        let key = fnv1a64(&[
            self.scenario.id().as_bytes(),
            beat_id.as_bytes(),
            &self.seed.unwrap_or(0).to_le_bytes(),
        ]);
        let mut offered = choices.to_vec();
        SeededRng::new(key).shuffle(&mut offered);
        offered
    }

    /// The lines of the current beat.
    pub fn lines(&self) -> &[String] {
        self.scenario
            .beat(&self.beat)
            .map_or(&[], |beat| beat.lines.as_slice())
    }

    /// Makes the choice with this index (0-based), `at_ms` milliseconds after the start.
    pub fn choose(&mut self, index: usize, at_ms: u64) -> Result<Vec<Outcome>, SessionError> {
        if self.ended.is_some() {
            return Err(SessionError::Ended);
        }
        let choices = self.choices();
        let Some(choice) = choices.get(index).cloned() else {
            return Err(SessionError::NoSuchChoice {
                index,
                count: choices.len(),
            });
        };
        let action = choice.action;
        let judgment = judge(&self.policy, &self.situation, &self.ruling, action);
        let mut outcomes = vec![Outcome::Said(choice.text.clone())];
        for event in self.devices.react(&self.policy, &self.situation, action) {
            outcomes.push(Outcome::Device(event));
        }
        if let Action::AskFor(kind) = action {
            outcomes.push(if self.situation.shows(kind) {
                Outcome::Shown(kind)
            } else {
                Outcome::NotShown(kind)
            });
        }
        let offered = self.offered.len();
        // A beat with one choice is a step of the story, not a decision: no verdict to show.
        if self.mode == Mode::Practice && offered > 1 {
            outcomes.push(Outcome::Judged(judgment));
        }
        if let Some(decision) = action.decision() {
            self.decided.insert(decision);
        }
        for step in handling::steps_of(action) {
            if self.required.contains(step) {
                self.performed.insert(*step);
            }
        }
        self.last_ms = at_ms.max(self.last_ms);
        self.transcript.push(Taken {
            beat: self.beat.clone(),
            choice: index,
            offered,
            text: choice.text.clone(),
            action,
            judgment,
            at_ms: self.last_ms,
        });
        let next = self.next_beat(&choice, judgment.verdict);
        outcomes.extend(self.enter(&next));
        Ok(outcomes)
    }

    /// Applies an action: makes the first choice of the current beat that carries it.
    pub fn apply(&mut self, action: Action, at_ms: u64) -> Result<Vec<Outcome>, SessionError> {
        if self.ended.is_some() {
            return Err(SessionError::Ended);
        }
        let index = self
            .choices()
            .iter()
            .position(|choice| choice.action == action)
            .ok_or_else(|| SessionError::NotAChoice {
                action: action.message_id(),
            })?;
        self.choose(index, at_ms)
    }

    /// Where a choice leads, given the verdict on it.
    fn next_beat(&self, choice: &ChoiceDef, verdict: Verdict) -> String {
        choice
            .branches
            .iter()
            .find(|branch| {
                holds(
                    &branch.when,
                    &self.policy,
                    &self.situation,
                    &self.ruling,
                    Some(verdict),
                )
            })
            .map_or_else(|| choice.next.clone(), |branch| branch.next.clone())
    }

    fn enter(&mut self, beat_id: &str) -> Vec<Outcome> {
        self.beat = beat_id.to_owned();
        let Some(beat) = self.scenario.beat(beat_id) else {
            return Vec::new();
        };
        let mut outcomes: Vec<Outcome> = beat.lines.iter().cloned().map(Outcome::Line).collect();
        self.offered = self.shuffled(beat_id, &beat.choices);
        if let Some(ending) = beat.end {
            self.ended = Some(ending);
            outcomes.push(Outcome::Ended(ending));
        }
        outcomes
    }

    /// The required steps of the right handling that this play-through reached a check-in
    /// without taking (only steps the scenario offers a choice for: the rest happen in the
    /// story).
    pub fn missed_steps(&self) -> Vec<StepKind> {
        match self.ended {
            Some(ending) if ending.checks_in() => self
                .required
                .iter()
                .copied()
                .filter(|step| !self.performed.contains(step))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The required steps taken so far.
    pub fn performed(&self) -> &BTreeSet<StepKind> {
        &self.performed
    }

    /// The decisions a check-in needs that this play-through has not made.
    pub fn missing_decisions(&self) -> Vec<Decision> {
        match self.ended {
            Some(ending) if ending.checks_in() => [Decision::Route, Decision::Copay]
                .into_iter()
                .filter(|d| !self.decided.contains(d))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// What to save to resume later.
    pub fn save(&self) -> Saved {
        Saved {
            scenario: self.scenario.id().to_owned(),
            seed: self.seed,
            mode: self.mode,
            choices: self
                .transcript
                .iter()
                .map(|t| (t.text.clone(), t.at_ms))
                .collect(),
        }
    }

    /// Replays a saved play-through on its scenario; returns the session and every outcome
    /// from the start, as they happened.
    pub fn resume(
        policy: Arc<Policy>,
        scenario: Arc<Scenario>,
        saved: &Saved,
    ) -> Result<(Session, Vec<Outcome>), SessionError> {
        if saved.scenario != scenario.id() {
            return Err(SessionError::Mismatch {
                scenario: scenario.id().to_owned(),
                reason: format!("it was saved for {}", saved.scenario),
            });
        }
        let (mut session, mut outcomes) = Session::start(policy, scenario, saved.seed, saved.mode)?;
        for (step, (text, at_ms)) in saved.choices.iter().enumerate() {
            outcomes.extend(session.choose_text(step, text, *at_ms)?);
        }
        Ok((session, outcomes))
    }

    /// Makes the offered choice with this message id (step `step` of a replay).
    fn choose_text(
        &mut self,
        step: usize,
        text: &str,
        at_ms: u64,
    ) -> Result<Vec<Outcome>, SessionError> {
        let index = self
            .choices()
            .iter()
            .position(|choice| choice.text == text)
            .ok_or_else(|| SessionError::Mismatch {
                scenario: self.scenario.id().to_owned(),
                reason: format!("step {}: no choice {text} is offered", step + 1),
            })?;
        self.choose(index, at_ms)
    }

    /// Replays a recorded attempt from its decisions (each choice's text id and its time):
    /// with the recorded seed this rebuilds exactly what the trainee saw. Fails when the
    /// scenario has changed since so that a recorded choice is no longer offered.
    pub fn replay(
        policy: Arc<Policy>,
        scenario: Arc<Scenario>,
        seed: Option<u64>,
        mode: Mode,
        decisions: &[(&str, u64)],
    ) -> Result<Session, SessionError> {
        let (mut session, _) = Session::start(policy, scenario, seed, mode)?;
        for (step, (text, at_ms)) in decisions.iter().enumerate() {
            session.choose_text(step, text, *at_ms)?;
        }
        Ok(session)
    }

    /// The debrief: each decision beside the right handling, and the scores.
    pub fn debrief(&self) -> Debrief {
        Debrief::of(self)
    }
}

#[cfg(test)]
mod tests;

/// The required steps of a ruling that some choice of the scenario performs.
pub fn offered_steps(scenario: &Scenario, ruling: &Ruling) -> Vec<StepKind> {
    ruling
        .steps
        .iter()
        .map(|step| step.step)
        .filter(|step| {
            scenario.def().beats.values().any(|beat| {
                beat.choices
                    .iter()
                    .any(|choice| handling::performs(choice.action, *step))
            })
        })
        .collect()
}
