//! Madoguchi's rules: the dated decision rules of the Japanese clinic reception window in the
//! マイナ保険証 era — the policy calendar, the rule catalogue, the situation model, rulings and
//! step judgments. No I/O, no text, no storage, no UI: everything else in Madoguchi is built
//! on this crate, and a web judge or a build script can use it alone.
//!
//! A situation goes in, the right handling comes out, with the rules behind every part:
//!
//! ```
//! use madoguchi_rules::{self as rules, ConfirmedBy, CopayRate, Policy};
//!
//! let situation = rules::situation_from_json(r#"{
//!     "date": "2026-11-24",
//!     "patient": {"birth_date": "1981-04-10", "insurance": "employee", "online_record": "pending"},
//!     "presented": [{"type": "my_number_card", "cert_expires": "2029-05-01", "pin": "known"}]
//! }"#)?;
//! let ruling = rules::rule(Policy::builtin(), &situation)?;
//!
//! // The new insurer has not registered the patient yet: the terminal shows 資格(無効). The
//! // patient still pays 3割 after filling in the 資格申立書, and the claim uses the lost numbers.
//! assert_eq!(ruling.confirmed_by, ConfirmedBy::Declaration);
//! assert_eq!(ruling.copay, CopayRate::Thirty);
//! assert!(ruling.rules.contains(rules::RuleId::FailMoushitate));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod calendar;
pub mod catalog;
pub mod consistency;
pub mod dates;
pub mod evidence;
pub mod judgment;
pub mod municipal;
pub mod policy;
pub mod privacy;
pub mod ruling;
pub mod situation;
pub mod stable;
pub mod wire;

pub use calendar::{Calendar, CalendarKey, NumberKey};
pub use catalog::{Evidence, RuleId, RuleSet, Source};
pub use consistency::{Inconsistency, Problem, ProblemKind, inconsistencies};
pub use judgment::{Action, ActionKind, Advice, Decision, Expected, Judgment, Verdict, judge};
pub use municipal::{Charge, Municipalities};
pub use policy::{Policy, PolicyError, RuleInfo};
pub use ruling::{
    AuthMode, CertStatus, ClaimRoute, Conduct, ConfirmedBy, MynaFailure, MynaOutcome, Parts,
    Prescription, Prohibition, Ruling, RulingError, Step, StepKind, cert_status, copay_by_age,
    rule,
};
pub use ruling::{NotApplied, SubsidyRoute, SubsidyRuling};
pub use situation::{
    Capacity, Clinic, CopayRate, DocumentKind, ElderlyRecipientCertificate, EligibilityCertificate,
    EligibilityNotice, Income, Insurance, InsuranceCard, LateElderlyShare, MyNumberCard, Network,
    OnlineRecord, Patient, PhoneOs, PinState, PortalScreen, Presented, ReaderState, Setting,
    Situation, SmartphoneCard, Subsidy, SubsidyCertificate, SubsidyScheme,
};
pub use wire::{InputError, situation_from_json, situation_from_ron};

pub use strum::VariantArray;

/// The snake_case name of a value of the wire format, as files, fluent ids and records write
/// it. Every enum gets it from one derive (`strum::IntoStaticStr` with the same spelling as
/// its serde name; a test checks the two agree for every variant), so no list of names is
/// kept by hand.
pub trait Name {
    /// The name (`my_number_card`, `in_grace`, `30`).
    fn name(self) -> &'static str;
}

impl<T: Into<&'static str>> Name for T {
    fn name(self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests;
