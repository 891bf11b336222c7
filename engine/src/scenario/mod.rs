//! Scenarios: the RON files trainers write, their validation, variants, and the simulated
//! devices. A raw [`ScenarioDef`] becomes a [`Scenario`] only through [`pack::check_pack`].

pub mod devices;
pub mod documents;
pub mod index;
pub mod model;
pub mod pack;
pub mod variants;

use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};

pub use devices::{DeviceEvent, Devices, Query, ReaderScreen, TerminalView, Validity};
pub use model::{
    BeatDef, Branch, Cast, ChoiceDef, Companion, Competency, Condition, Difficulty, Ending,
    FORMAT_VERSION, Mood, ScenarioDef, Sex, Vary,
};
pub use pack::{Finding, FindingKind, Pack, PackFiles, PackReport, SourceFile, check_pack};
pub use variants::{Drawn, SeededRng, draw};

use crate::dates;
use crate::i18n::{Lang, format_date};
use crate::rules::Policy;
use crate::rules::{ConfirmedBy, MynaOutcome, Presented, Ruling, Situation, Verdict, cert_status};

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

    pub(crate) fn new_unchecked(def: ScenarioDef, file: String) -> Arc<Scenario> {
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

/// The fluent arguments every scenario message may use, for the drawn situation: `name`,
/// `kana`, `age`, `visit_date`, `time`, `birth_date`, and the dates on the documents
/// (`cert_expires`, `card_expires`, `certificate_expires`, `old_card_expires`).
pub fn message_args(lang: Lang, scenario: &Scenario, situation: &Situation) -> FluentArgs<'static> {
    let cast = &scenario.def.cast;
    let mut args = FluentArgs::new();
    let mut set = |name: &'static str, value: String| args.set(name, FluentValue::from(value));
    set("name", cast.name.clone());
    set("kana", cast.kana.clone());
    set(
        "age",
        dates::age_on(situation.patient.birth_date, situation.date).to_string(),
    );
    set("visit_date", format_date(lang, situation.date));
    set("time", cast.time.clone());
    set(
        "birth_date",
        format_date(lang, situation.patient.birth_date),
    );
    for item in &situation.presented {
        match item {
            Presented::MyNumberCard(card) => {
                set("cert_expires", format_date(lang, card.cert_expires));
                if let Some(body) = card.card_expires {
                    set("card_expires", format_date(lang, body));
                }
            }
            Presented::EligibilityCertificate(doc) => {
                set("certificate_expires", format_date(lang, doc.expires));
            }
            Presented::InsuranceCard(card) => {
                if let Some(expires) = card.expires {
                    set("old_card_expires", format_date(lang, expires));
                }
            }
            _ => {}
        }
    }
    args
}

/// Whether the right handling ends with the patient paying the full cost.
pub fn pays_in_full(ruling: &Ruling) -> bool {
    ruling.confirmed_by == ConfirmedBy::None
}

#[cfg(test)]
mod library_tests;
