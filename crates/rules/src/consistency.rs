//! Facts that cannot hold together, refused before any ruling: the judge, `check` and free
//! play all ask here. Each problem names the field it is about and what is wrong; where the
//! law allows an odd combination (後期高齢者医療 at 65–74 with a certified disability, 生活保護
//! with no health insurance) the facts must say so, and it is then handled explicitly.

use jiff::civil::Date;

use crate::calendar::{CalendarKey as K, NumberKey as N};
use crate::dates;
use crate::policy::Policy;
use crate::situation::{
    Capacity, CopayRate, Insurance, OnlineRecord, PinState, Presented, Setting, Situation,
    SubsidyScheme,
};

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq, strum::IntoStaticStr, strum::EnumDiscriminants)]
#[strum(serialize_all = "snake_case")]
#[strum_discriminants(
    name(ProblemKind),
    doc = "A problem without its values (every kind, for checking that each has its text).",
    derive(strum::VariantArray, strum::IntoStaticStr),
    strum(serialize_all = "snake_case")
)]
pub enum Problem {
    /// Two My Number cards: a person has one.
    TwoCards,
    /// Face recognised on a card with no photo.
    FaceWithoutPhoto,
    /// A photo-less infant card past the 5th birthday.
    PhotolessPastFive {
        /// The age.
        age: i32,
    },
    /// A 顔認証 card before they were issued.
    FaceauthCardTooEarly {
        /// The first day they were issued.
        from: Date,
    },
    /// A renewal after the visit.
    RenewedAfterVisit {
        /// The renewal day.
        renewed: Date,
    },
    /// The certificate outlives the card.
    CertificateOutlivesCard {
        /// The certificate's expiry.
        cert: Date,
        /// The card's.
        card: Date,
    },
    /// A sleeve at a home visit (no face reader there).
    SleeveAtHome,
    /// A 資格確認書 valid longer than the law allows.
    CertificateTooLong {
        /// Its expiry.
        expires: Date,
        /// The longest validity in years.
        years: i32,
    },
    /// 後期高齢者医療 under 65.
    LateElderlyUnder65 {
        /// The age.
        age: i32,
    },
    /// 後期高齢者医療 at 65–74 without a certified disability.
    LateElderlyWithoutDisability {
        /// The age.
        age: i32,
    },
    /// Employee or national insurance from the 75th birthday.
    Over75NotLateElderly {
        /// The age.
        age: i32,
    },
    /// No insurance but a registered online record.
    UninsuredButRegistered,
    /// "Nothing changed" with a pending record (a change of insurer is a change).
    UnchangedButPending,
    /// "Nothing changed" on a first visit.
    UnchangedOnFirstVisit,
    /// The card is said lost and shown.
    LostButShown,
    /// A 高齢受給者証 outside 70–74.
    ElderlyCertificateAge {
        /// The age.
        age: i32,
    },
    /// A 高齢受給者証 share other than 2割 or 3割.
    ElderlyCertificateShare,
    /// A 公費 certificate without a 公費.
    CertificateWithoutSubsidy,
    /// A local 公費 with no municipality, or one the table does not know.
    UnknownMunicipality {
        /// What was given.
        given: String,
    },
    /// The municipality runs no scheme of that kind (or by that name).
    UnknownScheme {
        /// The municipality.
        municipality: String,
    },
    /// No `name`, and the municipality runs several schemes of that kind (by age, say).
    AmbiguousScheme {
        /// The municipality.
        municipality: String,
        /// The labels to choose from.
        choices: String,
    },
    /// 生活保護 with no insurance, and neither the card nor the 医療券.
    PublicAssistanceWithoutRoute,
    /// A parent with an adult patient.
    ParentWithAdult {
        /// The age.
        age: i32,
    },
    /// A declared share of 0 or 10割.
    DeclaredShare,
    /// A full-cost visit after today.
    PaidAfterVisit {
        /// That day.
        paid: Date,
    },
    /// Someone else's card recognising this patient's face.
    OtherPersonsFace,
    /// A patient who cannot operate the reader at a home visit (the reader is not used there).
    CannotOperateAtHome,
}

/// One problem and the field it is about.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {}", self.english())]
pub struct Inconsistency {
    /// The field path (`patient.insurance`, `presented[1]`).
    pub path: String,
    /// What is wrong.
    pub problem: Problem,
}

impl ProblemKind {
    /// The fluent id: `inconsistency-<name>`.
    pub fn message_id(self) -> String {
        let name: &'static str = self.into();
        format!("inconsistency-{name}")
    }
}

impl Inconsistency {
    /// The fluent id: `inconsistency-<name>`.
    pub fn message_id(&self) -> String {
        let name: &'static str = (&self.problem).into();
        format!("inconsistency-{name}")
    }

    /// The values the message names, as (name, value).
    pub fn args(&self) -> Vec<(&'static str, String)> {
        use Problem as P;
        let mut args = vec![("path", self.path.clone())];
        match &self.problem {
            P::PhotolessPastFive { age }
            | P::LateElderlyUnder65 { age }
            | P::LateElderlyWithoutDisability { age }
            | P::Over75NotLateElderly { age }
            | P::ElderlyCertificateAge { age }
            | P::ParentWithAdult { age } => args.push(("age", age.to_string())),
            P::FaceauthCardTooEarly { from } => args.push(("from", from.to_string())),
            P::RenewedAfterVisit { renewed } => args.push(("renewed", renewed.to_string())),
            P::CertificateOutlivesCard { cert, card } => {
                args.push(("cert", cert.to_string()));
                args.push(("card", card.to_string()));
            }
            P::CertificateTooLong { expires, years } => {
                args.push(("expires", expires.to_string()));
                args.push(("years", years.to_string()));
            }
            P::UnknownMunicipality { given } => args.push(("given", given.clone())),
            P::UnknownScheme { municipality } => {
                args.push(("municipality", municipality.clone()));
            }
            P::AmbiguousScheme {
                municipality,
                choices,
            } => {
                args.push(("municipality", municipality.clone()));
                args.push(("choices", choices.clone()));
            }
            P::PaidAfterVisit { paid } => args.push(("paid", paid.to_string())),
            _ => {}
        }
        args
    }

    /// In English, for logs and the judge's one-line errors.
    pub fn english(&self) -> String {
        use Problem as P;
        match &self.problem {
            P::TwoCards => "two my_number_card items: a person has one card".to_owned(),
            P::FaceWithoutPhoto => "face_recognized without a photo".to_owned(),
            P::PhotolessPastFive { age } => format!(
                "a photo-less infant card for a patient aged {age} (valid to the 5th birthday)"
            ),
            P::FaceauthCardTooEarly { from } => format!("a 顔認証 card before {from}"),
            P::RenewedAfterVisit { renewed } => {
                format!("cert_renewed_on {renewed} is after the visit")
            }
            P::CertificateOutlivesCard { cert, card } => {
                format!("the certificate ({cert}) outlives the card ({card})")
            }
            P::SleeveAtHome => "in_sleeve at a home visit, where no face reader is used".to_owned(),
            P::CertificateTooLong { expires, years } => format!(
                "a 資格確認書 valid until {expires}, more than {years} years ahead (doc_kakunin_max_5y)"
            ),
            P::LateElderlyUnder65 { age } => format!(
                "後期高齢者医療 at age {age} (from 75, or 65 with a certified disability)"
            ),
            P::LateElderlyWithoutDisability { age } => format!(
                "後期高齢者医療 at age {age} needs disability_certified (kouki_65_74_disability)"
            ),
            P::Over75NotLateElderly { age } => format!(
                "employee or national insurance at age {age}: everyone moves to 後期高齢者医療 on the 75th birthday (age75_leaves_employee_insurance)"
            ),
            P::UninsuredButRegistered => {
                "insurance none but the online record is registered".to_owned()
            }
            P::UnchangedButPending => {
                "details_unchanged with a pending record: a change of insurer is a change"
                    .to_owned()
            }
            P::UnchangedOnFirstVisit => {
                "details_unchanged on a first visit: there is nothing to compare".to_owned()
            }
            P::LostButShown => "card_lost while the card is presented".to_owned(),
            P::ElderlyCertificateAge { age } => {
                format!("a 高齢受給者証 at age {age} (it is for 70–74)")
            }
            P::ElderlyCertificateShare => {
                "a 高齢受給者証 shows 2割 or 3割 (share_percent 20 or 30)".to_owned()
            }
            P::CertificateWithoutSubsidy => {
                "a subsidy_certificate without patient.subsidy".to_owned()
            }
            P::UnknownMunicipality { given } => format!(
                "municipality \"{given}\" is not in assets/policy/municipalities.ron"
            ),
            P::UnknownScheme { municipality } => {
                format!("{municipality} runs no such scheme in assets/policy/municipalities.ron")
            }
            P::AmbiguousScheme {
                municipality,
                choices,
            } => format!("{municipality} runs several such schemes; name one ({choices})"),
            P::PublicAssistanceWithoutRoute => "生活保護 with no insurance needs the My Number card or the 医療券 (without either, ask the 福祉事務所: not covered by these rules)".to_owned(),
            P::ParentWithAdult { age } => format!("with_parent for a patient aged {age}"),
            P::DeclaredShare => "declared_share is 10, 20 or 30".to_owned(),
            P::PaidAfterVisit { paid } => format!("paid_full_on {paid} is after the visit"),
            P::OtherPersonsFace => {
                "someone_else's card cannot recognise this patient's face".to_owned()
            }
            P::CannotOperateAtHome => {
                "capacity cannot_operate at a home visit, where no reader is used".to_owned()
            }
        }
    }
}

/// Every problem with a situation's facts (none for a situation that can happen).
pub fn inconsistencies(policy: &Policy, s: &Situation) -> Vec<Inconsistency> {
    let calendar = policy.calendar();
    let age = dates::age_on(s.patient.birth_date, s.date);
    let mut out = Vec::new();
    let mut push = |path: &str, problem: Problem| {
        out.push(Inconsistency {
            path: path.to_owned(),
            problem,
        });
    };
    let cards: Vec<usize> = s
        .presented
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p, Presented::MyNumberCard(_)))
        .map(|(i, _)| i)
        .collect();
    if cards.len() > 1 {
        push(&format!("presented[{}]", cards[1]), Problem::TwoCards);
    }
    for (i, item) in s.presented.iter().enumerate() {
        let at = |field: &str| format!("presented[{i}].{field}");
        match item {
            Presented::MyNumberCard(card) => {
                if card.face_recognized && !card.photo {
                    push(&at("face_recognized"), Problem::FaceWithoutPhoto);
                }
                if !card.photo && age >= 5 {
                    push(&at("photo"), Problem::PhotolessPastFive { age });
                }
                let faceauth_from = calendar.date(K::FaceauthCardFrom);
                if card.pin == PinState::None && s.date < faceauth_from {
                    push(
                        &at("pin"),
                        Problem::FaceauthCardTooEarly {
                            from: faceauth_from,
                        },
                    );
                }
                if let Some(renewed) = card.cert_renewed_on
                    && renewed > s.date
                {
                    push(
                        &at("cert_renewed_on"),
                        Problem::RenewedAfterVisit { renewed },
                    );
                }
                if let Some(body) = card.card_expires
                    && card.cert_expires > body
                {
                    push(
                        &at("cert_expires"),
                        Problem::CertificateOutlivesCard {
                            cert: card.cert_expires,
                            card: body,
                        },
                    );
                }
                if card.in_sleeve && s.setting == Setting::HomeVisit {
                    push(&at("in_sleeve"), Problem::SleeveAtHome);
                }
                if card.someone_else && card.face_recognized {
                    push(&at("face_recognized"), Problem::OtherPersonsFace);
                }
            }
            Presented::EligibilityCertificate(doc) => {
                let years = calendar.number(N::EligibilityCertificateMaxYears);
                if doc.expires > dates::add_months(s.date, 12 * years) {
                    push(
                        &at("expires"),
                        Problem::CertificateTooLong {
                            expires: doc.expires,
                            years,
                        },
                    );
                }
            }
            Presented::ElderlyRecipientCertificate(doc) => {
                let older = calendar.number(N::OlderAge);
                let late = calendar.number(N::LateElderlyAge);
                if age < older || age >= late {
                    push(
                        &format!("presented[{i}]"),
                        Problem::ElderlyCertificateAge { age },
                    );
                }
                if !matches!(doc.share, CopayRate::Twenty | CopayRate::Thirty) {
                    push(&at("share_percent"), Problem::ElderlyCertificateShare);
                }
            }
            Presented::SubsidyCertificate(_) if s.patient.subsidy.is_none() => {
                push(
                    &format!("presented[{i}]"),
                    Problem::CertificateWithoutSubsidy,
                );
            }
            _ => {}
        }
    }
    let p = &s.patient;
    let late_age = calendar.number(N::LateElderlyAge);
    let disability_age = calendar.number(N::LateElderlyDisabilityAge);
    if p.insurance == Insurance::LateElderly && age < disability_age {
        push("patient.insurance", Problem::LateElderlyUnder65 { age });
    } else if p.insurance == Insurance::LateElderly && age < late_age && !p.disability_certified {
        push(
            "patient.disability_certified",
            Problem::LateElderlyWithoutDisability { age },
        );
    }
    let late_from = dates::birthday(p.birth_date, late_age);
    if matches!(p.insurance, Insurance::Employee | Insurance::National) && s.date >= late_from {
        push("patient.insurance", Problem::Over75NotLateElderly { age });
    }
    if p.insurance == Insurance::None
        && p.online_record == OnlineRecord::Registered
        && p.subsidy
            .as_ref()
            .is_none_or(|sub| sub.scheme != SubsidyScheme::PublicAssistance)
    {
        push("patient.online_record", Problem::UninsuredButRegistered);
    }
    if p.details_unchanged && p.online_record == OnlineRecord::Pending {
        push("patient.details_unchanged", Problem::UnchangedButPending);
    }
    if p.details_unchanged && !p.visited_before {
        push("patient.details_unchanged", Problem::UnchangedOnFirstVisit);
    }
    if p.card_lost && s.my_number_card().is_some() {
        push("patient.card_lost", Problem::LostButShown);
    }
    if let Some(subsidy) = &p.subsidy {
        if subsidy.scheme.is_local() {
            match &subsidy.municipality {
                None => push(
                    "patient.subsidy.municipality",
                    Problem::UnknownMunicipality {
                        given: String::new(),
                    },
                ),
                Some(id)
                    if !policy
                        .municipalities()
                        .municipalities
                        .iter()
                        .any(|m| &m.id == id) =>
                {
                    push(
                        "patient.subsidy.municipality",
                        Problem::UnknownMunicipality { given: id.clone() },
                    );
                }
                Some(id) if policy.municipalities().find(subsidy).is_none() => push(
                    "patient.subsidy.scheme",
                    Problem::UnknownScheme {
                        municipality: id.clone(),
                    },
                ),
                Some(id) => {
                    let labels: Vec<&str> = policy
                        .municipalities()
                        .municipalities
                        .iter()
                        .filter(|m| &m.id == id)
                        .flat_map(|m| m.schemes.iter())
                        .filter(|scheme| scheme.scheme == subsidy.scheme)
                        .map(|scheme| scheme.label.as_str())
                        .collect();
                    if subsidy.name.is_none() && labels.len() > 1 {
                        push(
                            "patient.subsidy.name",
                            Problem::AmbiguousScheme {
                                municipality: id.clone(),
                                choices: labels.join(" / "),
                            },
                        );
                    }
                }
            }
        }
        let ticket = s
            .presented
            .iter()
            .any(|item| matches!(item, Presented::SubsidyCertificate(_)));
        if subsidy.scheme == SubsidyScheme::PublicAssistance
            && p.insurance == Insurance::None
            && s.my_number_card().is_none()
            && !ticket
        {
            push("patient.subsidy", Problem::PublicAssistanceWithoutRoute);
        }
    }
    if p.with_parent && age >= calendar.number(N::AdultAge) {
        push("patient.with_parent", Problem::ParentWithAdult { age });
    }
    if p.declared_share
        .is_some_and(|rate| matches!(rate, CopayRate::Zero | CopayRate::Full))
    {
        push("patient.declared_share", Problem::DeclaredShare);
    }
    if let Some(paid) = p.paid_full_on
        && paid > s.date
    {
        push("patient.paid_full_on", Problem::PaidAfterVisit { paid });
    }
    if p.capacity == Capacity::CannotOperate && s.setting == Setting::HomeVisit {
        push("patient.capacity", Problem::CannotOperateAtHome);
    }
    out
}
