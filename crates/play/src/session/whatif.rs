//! "What if": flip one fact of a situation and see how the right handling changes, computed by
//! the engine like any other ruling.

use jiff::ToSpan;
use serde::{Deserialize, Serialize};

use madoguchi_rules::dates;
use madoguchi_rules::{
    EligibilityCertificate, Network, OnlineRecord, PinState, Policy, Presented, ReaderState,
    Ruling, RulingError, Situation, rule,
};

/// One fact to flip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flip {
    /// The certificate expired (or expires) one month earlier.
    CertMonthEarlier,
    /// The certificate expires one month later.
    CertMonthLater,
    /// The network is up (or down, if it was up).
    ToggleNetwork,
    /// The reader works (or is broken, if it worked).
    ToggleReader,
    /// The patient is a year older.
    YearOlder,
    /// The patient is a year younger.
    YearYounger,
    /// The new insurer has registered them (or not yet, if it had).
    ToggleRecord,
    /// The visit is a month later.
    VisitMonthLater,
    /// The visit is a month earlier.
    VisitMonthEarlier,
    /// The patient also has a valid 資格確認書.
    AddEligibilityCertificate,
    /// The patient knows the PIN (or has forgotten it, if they knew it).
    TogglePin,
    /// The face is recognised (or not, if it was).
    ToggleFace,
}

impl Flip {
    /// Every flip, in the order the debrief offers them.
    pub const ALL: [Flip; 12] = [
        Flip::CertMonthEarlier,
        Flip::CertMonthLater,
        Flip::ToggleNetwork,
        Flip::ToggleReader,
        Flip::YearOlder,
        Flip::YearYounger,
        Flip::ToggleRecord,
        Flip::VisitMonthLater,
        Flip::VisitMonthEarlier,
        Flip::AddEligibilityCertificate,
        Flip::TogglePin,
        Flip::ToggleFace,
    ];

    /// The snake_case name (fluent ids are `whatif-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            Flip::CertMonthEarlier => "cert_month_earlier",
            Flip::CertMonthLater => "cert_month_later",
            Flip::ToggleNetwork => "toggle_network",
            Flip::ToggleReader => "toggle_reader",
            Flip::YearOlder => "year_older",
            Flip::YearYounger => "year_younger",
            Flip::ToggleRecord => "toggle_record",
            Flip::VisitMonthLater => "visit_month_later",
            Flip::VisitMonthEarlier => "visit_month_earlier",
            Flip::AddEligibilityCertificate => "add_eligibility_certificate",
            Flip::TogglePin => "toggle_pin",
            Flip::ToggleFace => "toggle_face",
        }
    }

    /// The situation with this fact flipped, if the flip applies to it.
    pub fn apply(self, s: &Situation) -> Option<Situation> {
        let mut s = s.clone();
        let card = s.presented.iter_mut().find_map(|item| match item {
            Presented::MyNumberCard(card) => Some(card),
            _ => None,
        });
        match self {
            Flip::CertMonthEarlier | Flip::CertMonthLater => {
                let card = card?;
                let months = if self == Flip::CertMonthEarlier {
                    -1
                } else {
                    1
                };
                card.cert_expires = dates::add_months(card.cert_expires, months);
            }
            Flip::TogglePin => {
                let card = card?;
                card.pin = match card.pin {
                    PinState::Known => PinState::Forgotten,
                    PinState::None => return None,
                    _ => PinState::Known,
                };
            }
            Flip::ToggleFace => {
                let card = card?;
                if !card.photo {
                    return None;
                }
                card.face_recognized = !card.face_recognized;
            }
            Flip::ToggleNetwork => {
                s.clinic.network = match s.clinic.network {
                    Network::Up => Network::Down,
                    Network::Down => Network::Up,
                };
            }
            Flip::ToggleReader => {
                s.clinic.reader = match s.clinic.reader {
                    ReaderState::Working => ReaderState::Broken,
                    _ => ReaderState::Working,
                };
            }
            Flip::YearOlder => {
                s.patient.birth_date = s.patient.birth_date.checked_sub(1.year()).ok()?
            }
            Flip::YearYounger => {
                let birth = s.patient.birth_date.checked_add(1.year()).ok()?;
                if birth > s.date {
                    return None;
                }
                s.patient.birth_date = birth;
            }
            Flip::ToggleRecord => {
                s.patient.online_record = match s.patient.online_record {
                    OnlineRecord::Registered => OnlineRecord::Pending,
                    _ => OnlineRecord::Registered,
                };
            }
            Flip::VisitMonthLater => s.date = dates::add_months(s.date, 1),
            Flip::VisitMonthEarlier => s.date = dates::add_months(s.date, -1),
            Flip::AddEligibilityCertificate => {
                if s.certificates()
                    .any(|doc| doc.from_current_insurer && doc.expires >= s.date)
                {
                    return None;
                }
                s.presented
                    .push(Presented::EligibilityCertificate(EligibilityCertificate {
                        expires: dates::add_months(s.date, 8),
                        from_current_insurer: true,
                    }));
            }
        }
        Some(s)
    }
}

/// What a flip did to the right handling.
#[derive(Clone, Debug, PartialEq)]
pub struct WhatIf {
    /// The flip.
    pub flip: Flip,
    /// The flipped situation.
    pub situation: Situation,
    /// Its ruling, or why there is none (a date outside the rules' coverage).
    pub ruling: Result<Ruling, RulingError>,
    /// The parts of the ruling that changed.
    pub changed: Vec<&'static str>,
}

/// Every applicable flip of a situation, with the new ruling and what changed.
pub fn what_ifs(policy: &Policy, situation: &Situation, ruling: &Ruling) -> Vec<WhatIf> {
    Flip::ALL
        .iter()
        .filter_map(|flip| {
            let flipped = flip.apply(situation)?;
            let new = rule(policy, &flipped);
            let changed = match &new {
                Ok(new) => changes(ruling, new),
                Err(_) => Vec::new(),
            };
            Some(WhatIf {
                flip: *flip,
                situation: flipped,
                ruling: new,
                changed,
            })
        })
        .collect()
}

/// The names of the ruling's parts that differ.
pub fn changes(before: &Ruling, after: &Ruling) -> Vec<&'static str> {
    let mut out = Vec::new();
    if before.confirmed_by != after.confirmed_by {
        out.push("confirmed_by");
    }
    if before.auth != after.auth {
        out.push("auth");
    }
    if before.copay != after.copay {
        out.push("copay");
    }
    if before.claim != after.claim {
        out.push("claim");
    }
    if before.prescription != after.prescription {
        out.push("prescription");
    }
    if before.medical_info_sharing != after.medical_info_sharing {
        out.push("medical_info_sharing");
    }
    let steps = |r: &Ruling| r.steps.iter().map(|s| s.step).collect::<Vec<_>>();
    if steps(before) != steps(after) {
        out.push("steps");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use madoguchi_rules::{ConfirmedBy, CopayRate, situation_from_ron};

    #[test]
    fn a_month_earlier_expiry_can_end_the_grace() {
        let s = situation_from_ron(
            r#"(date: "2026-11-24", patient: (birth_date: "1981-04-10", insurance: employee),
                presented: [my_number_card(cert_expires: "2026-08-20", pin: known)])"#,
        )
        .unwrap();
        let policy = Policy::builtin();
        let ruling = rule(policy, &s).unwrap();
        assert_eq!(ruling.confirmed_by, ConfirmedBy::MyNumberCard);
        let all = what_ifs(policy, &s, &ruling);
        let earlier = all
            .iter()
            .find(|w| w.flip == Flip::CertMonthEarlier)
            .unwrap();
        let new = earlier.ruling.as_ref().unwrap();
        assert_eq!(new.confirmed_by, ConfirmedBy::Declaration);
        assert!(earlier.changed.contains(&"confirmed_by"));
        assert!(earlier.changed.contains(&"prescription"));
        let network = all.iter().find(|w| w.flip == Flip::ToggleNetwork).unwrap();
        assert!(network.changed.contains(&"confirmed_by"));
        assert_eq!(network.ruling.as_ref().unwrap().copay, CopayRate::Thirty);
    }

    #[test]
    fn flips_that_do_not_apply_are_left_out() {
        let s = situation_from_ron(
            r#"(date: "2026-11-24", patient: (birth_date: "1981-04-10", insurance: employee))"#,
        )
        .unwrap();
        assert_eq!(Flip::CertMonthEarlier.apply(&s), None);
        assert_eq!(Flip::TogglePin.apply(&s), None);
        let ruling = rule(Policy::builtin(), &s).unwrap();
        let all = what_ifs(Policy::builtin(), &s, &ruling);
        let added = all
            .iter()
            .find(|w| w.flip == Flip::AddEligibilityCertificate)
            .unwrap();
        assert_eq!(
            added.ruling.as_ref().unwrap().confirmed_by,
            ConfirmedBy::EligibilityCertificate
        );
        assert!(added.changed.contains(&"copay"));
    }
}
