//! Scenarios: the RON files trainers write, variants, the documents and the simulated
//! devices. A raw [`ScenarioDef`] becomes a [`Scenario`] only through the pack check in
//! `madoguchi-content`, which reads the files and checks everything about them.

pub mod devices;
pub mod documents;
pub mod model;
pub mod variants;

use std::sync::Arc;

pub use devices::{DeviceEvent, Devices, Query, ReaderScreen, TerminalView, Validity};
pub use model::{
    BeatDef, Branch, Cast, ChoiceDef, Companion, Competency, Condition, Difficulty, Ending,
    FORMAT_VERSION, MAX_BEATS, MAX_CHOICES, Mood, ScenarioDef, Sex, Vary,
};
pub use variants::{Drawn, draw};

use madoguchi_rules::{ConfirmedBy, MynaOutcome, Policy, Ruling, Situation, Verdict, cert_status};

/// A validated scenario: every beat it names exists, every message exists in every language,
/// its facts can happen, and its expectations agree with the engine.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    def: ScenarioDef,
    file: String,
}

impl Scenario {
    /// The validated definition.
    pub fn def(&self) -> &ScenarioDef {
        &self.def
    }

    /// The scenario's id.
    pub fn id(&self) -> &str {
        &self.def.id
    }

    /// The file it came from, relative to its pack.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// A beat by id (every id a validated scenario names exists).
    pub fn beat(&self, id: &str) -> Option<&BeatDef> {
        self.def.beats.get(id)
    }

    /// Whether the scenario declares variants.
    pub fn has_variants(&self) -> bool {
        !self.def.variants.is_empty()
    }

    /// The situation for a seed (the authored facts without one).
    pub fn situation(&self, seed: Option<u64>) -> (Situation, Vec<Drawn>) {
        draw(&self.def.facts, &self.def.variants, seed)
    }

    /// A scenario from a definition the pack check has checked (`madoguchi-content` is the
    /// only caller: every other scenario comes out of a checked pack).
    pub fn checked(def: ScenarioDef, file: String) -> Arc<Scenario> {
        Arc::new(Scenario { def, file })
    }
}

/// Whether a condition holds for a situation, its ruling and (for verdict conditions) the
/// verdict on the choice just made.
pub fn holds(
    condition: &Condition,
    policy: &Policy,
    situation: &Situation,
    ruling: &Ruling,
    verdict: Option<Verdict>,
) -> bool {
    match condition {
        Condition::Verdict(expected) => verdict == Some(*expected),
        Condition::Cert(status) => situation
            .my_number_card()
            .is_some_and(|card| cert_status(policy, card, situation.date).0 == *status),
        Condition::MynaConfirmed => ruling.myna == MynaOutcome::Confirmed,
        Condition::MynaFailed(reason) => ruling.myna == MynaOutcome::Failed { reason: *reason },
        Condition::MynaNotPresented => ruling.myna == MynaOutcome::NotPresented,
        Condition::ConfirmedBy(route) => ruling.confirmed_by == *route,
        Condition::Copay(rate) => ruling.copay == *rate,
        Condition::Auth(auth) => ruling.auth == *auth,
        Condition::All(all) => all
            .iter()
            .all(|c| holds(c, policy, situation, ruling, verdict)),
        Condition::Any(any) => any
            .iter()
            .any(|c| holds(c, policy, situation, ruling, verdict)),
        Condition::Not(inner) => !holds(inner, policy, situation, ruling, verdict),
    }
}

/// Whether the right handling ends with the patient paying the full cost.
pub fn pays_in_full(ruling: &Ruling) -> bool {
    ruling.confirmed_by == ConfirmedBy::None
}
