//! The dated decision rules of the reception window: the policy calendar, the rule catalogue,
//! the situation model, rulings and step judgments.

pub mod calendar;
pub mod catalog;
pub mod judgment;
pub mod policy;
pub mod ruling;
pub mod situation;
pub mod wire;

pub use calendar::{Calendar, CalendarKey, NumberKey};
pub use catalog::{Evidence, RuleId, RuleSet, Source};
pub use judgment::{Action, Advice, Decision, Expected, Judgment, Verdict, judge};
pub use policy::{Policy, PolicyError, RuleInfo};
pub use ruling::{
    AuthMode, CertStatus, ClaimRoute, Conduct, ConfirmedBy, MynaFailure, MynaOutcome, Parts,
    Prescription, Prohibition, Ruling, RulingError, Step, StepKind, cert_status, copay_by_age,
    rule,
};
pub use situation::{
    Clinic, CopayRate, DocumentKind, EligibilityCertificate, EligibilityNotice, Income, Insurance,
    InsuranceCard, LateElderlyShare, MyNumberCard, Network, OnlineRecord, Patient, PhoneOs,
    PinState, PortalScreen, Presented, ReaderState, Setting, Situation, SmartphoneCard,
};
pub use wire::{InputError, situation_from_json, situation_from_ron};

#[cfg(test)]
mod tests;
