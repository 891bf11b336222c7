//! What the trainee can do in free play: every action of the rules' vocabulary, plus the
//! window's own (greeting, questions, looking at a document, handing it back, finishing), each
//! offered by the object it belongs to. Every object lists all its actions at all times, in an
//! order fixed by the vocabulary and never by the situation, so the menu reveals nothing.

use serde::{Deserialize, Serialize};

use madoguchi_rules::{
    Action, Advice, AuthMode, ClaimRoute, ConfirmedBy, CopayRate, DocumentKind, Name, Prescription,
    VariantArray,
};

/// One thing the trainee does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Act {
    /// An action of the rules' vocabulary, judged by the engine.
    Rule(Action),
    /// 「おはようございます。本日はどうされましたか」.
    Greet,
    /// Ask whether they have been here before.
    AskVisitedBefore,
    /// Ask whether anything has changed since the last visit (insurance, address, name).
    AskDetailsChanged,
    /// Look closely at a document on the counter.
    Examine(DocumentKind),
    /// Hand a document other than the card back.
    HandBack(DocumentKind),
    /// 受付完了: the patient goes to the waiting room.
    Finish,
    /// Hand the case to a senior colleague.
    HandToSenior,
}

impl Act {
    /// A stable key: the action's name for rules actions (`charge-30`), `window-<name>` for
    /// the window's own (`window-examine-insurance_card`). Records keep acts by this key.
    pub fn key(self) -> String {
        match self {
            Act::Rule(action) => {
                let (name, value) = action.parts();
                match value {
                    Some(value) => format!("{name}-{value}"),
                    None => name.to_owned(),
                }
            }
            Act::Greet => "window-greet".to_owned(),
            Act::AskVisitedBefore => "window-ask_visited_before".to_owned(),
            Act::AskDetailsChanged => "window-ask_details_changed".to_owned(),
            Act::Examine(kind) => format!("window-examine-{}", kind.name()),
            Act::HandBack(kind) => format!("window-hand_back-{}", kind.name()),
            Act::Finish => "window-finish".to_owned(),
            Act::HandToSenior => "window-hand_to_senior".to_owned(),
        }
    }

    /// The act with this key, if there is one.
    pub fn from_key(key: &str) -> Option<Act> {
        every_act().into_iter().find(|act| act.key() == key)
    }

    /// The fluent id of the act's label in the menu (`action-…` for rules actions, as
    /// everywhere; `free-act-…` for the window's own).
    pub fn label_id(self) -> String {
        match self {
            Act::Rule(action) => action.message_id(),
            other => format!("free-act-{}", other.key().trim_start_matches("window-")),
        }
    }

    /// The rules action, if this is one.
    pub fn action(self) -> Option<Action> {
        match self {
            Act::Rule(action) => Some(action),
            _ => None,
        }
    }
}

/// The things at the window the trainee acts on.
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
)]
#[serde(rename_all = "snake_case", tag = "object", content = "document")]
#[strum(serialize_all = "snake_case")]
pub enum Object {
    /// The patient (and whoever came with them): what the receptionist says.
    Patient,
    /// The face-recognition card reader (or, on a home visit, the mobile device).
    Reader,
    /// The eligibility terminal (オンライン資格確認端末).
    Terminal,
    /// A document on the counter.
    Document(DocumentKind),
    /// The forms: the 被保険者資格申立書 and the oral confirmation.
    Forms,
    /// The register and the claim: the share charged, the claim route, the prescription.
    Register,
    /// The desk: finishing the check-in, or handing it on.
    Desk,
}

impl Object {
    /// The fluent id of the object's name (`free-object-<name>`, documents by their name).
    pub fn label_id(self) -> String {
        match self {
            Object::Document(kind) => format!("document-{}", kind.name()),
            other => {
                let name: &'static str = other.into();
                format!("free-object-{name}")
            }
        }
    }
}

/// A group of the patient's speech acts, so a long list reads by intent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Intent {
    /// Greeting and questions.
    Ask,
    /// Asking for a document.
    Documents,
    /// The reader.
    Guide,
    /// Explaining and advising.
    Advise,
    /// Everything else the object offers.
    Other,
}

impl Intent {
    /// The fluent id of the group's heading.
    pub fn label_id(self) -> String {
        let name: &'static str = self.into();
        format!("free-intent-{name}")
    }
}

/// The patient's acts, grouped.
fn patient_acts() -> Vec<(Intent, Vec<Act>)> {
    let mut documents = vec![Act::Rule(Action::AskForInsuranceDocument)];
    documents.extend(
        DocumentKind::VARIANTS
            .iter()
            .map(|k| Act::Rule(Action::AskFor(*k))),
    );
    vec![
        (
            Intent::Ask,
            vec![
                Act::Greet,
                Act::AskVisitedBefore,
                Act::AskDetailsChanged,
                Act::Rule(Action::AskPatientPin),
            ],
        ),
        (Intent::Documents, documents),
        (
            Intent::Guide,
            vec![
                Act::Rule(Action::GuideToReader),
                Act::Rule(Action::AskToRemoveSleeve),
                Act::Rule(Action::ChooseAuth(AuthMode::Face)),
                Act::Rule(Action::ChooseAuth(AuthMode::Pin)),
            ],
        ),
        (
            Intent::Advise,
            Advice::VARIANTS
                .iter()
                .map(|a| Act::Rule(Action::Advise(*a)))
                .collect(),
        ),
    ]
}

/// The acts an object offers, in their fixed order, grouped by intent (one group for objects
/// other than the patient).
pub fn acts_of(object: Object) -> Vec<(Intent, Vec<Act>)> {
    let one = |acts: Vec<Act>| vec![(Intent::Other, acts)];
    // The 医療券 stands for the route of a 生活保護 recipient with no insurance.
    let ticket = [Act::Rule(Action::ConfirmBy(ConfirmedBy::MedicalTicket))];
    let rule = |actions: &[Action]| actions.iter().map(|a| Act::Rule(*a)).collect::<Vec<_>>();
    match object {
        Object::Patient => patient_acts(),
        Object::Reader => one(rule(&[
            Action::AssistPlacingCard,
            Action::ChooseAuth(AuthMode::Visual),
            Action::TypePinForPatient,
            Action::OfferRegistration,
            Action::OfferInfoSharing,
            Action::SwitchBackToAutoMode,
            Action::RebootReader,
            Action::UseHomeVisitDevice,
            Action::UseLimitedTypeApp,
            Action::UseMynaApp,
        ])),
        Object::Terminal => one(rule(&[
            Action::ConfirmBy(ConfirmedBy::MyNumberCard),
            Action::LookUpByNumbers,
            Action::IdentifyByKana,
            Action::RequeryAtClinic,
            Action::SetVisualPasscode,
        ])),
        Object::Document(kind) => {
            let mut acts = vec![Act::Examine(kind)];
            if let Some(route) = route_of(kind) {
                acts.push(Act::Rule(Action::ConfirmBy(route)));
            }
            if kind == DocumentKind::SubsidyCertificate {
                acts.extend(ticket);
            }
            if kind == DocumentKind::MyNumberCard || kind == DocumentKind::InsuranceCard {
                acts.push(Act::Rule(Action::ConfirmBy(ConfirmedBy::Provisional)));
            }
            acts.push(Act::Rule(Action::Refuse(kind)));
            if kind == DocumentKind::MyNumberCard {
                acts.extend(rule(&[
                    Action::CheckCardFront,
                    Action::ReturnCard,
                    Action::KeepCard,
                    Action::UseCardWithoutPatient,
                    Action::CopyCardFront,
                    Action::CopyCardBack,
                    Action::NoteMyNumber,
                    Action::HoldFoundCard,
                ]));
            } else {
                acts.push(Act::HandBack(kind));
            }
            one(acts)
        }
        Object::Forms => one(rule(&[
            Action::ConfirmBy(ConfirmedBy::Declaration),
            Action::AcceptOralConfirmation,
        ])),
        Object::Register => one(CopayRate::VARIANTS
            .iter()
            .map(|r| Action::Charge(*r))
            .chain(ClaimRoute::VARIANTS.iter().map(|c| Action::Claim(*c)))
            .chain(Prescription::VARIANTS.iter().map(|p| Action::Prescribe(*p)))
            .chain([
                Action::ApplySubsidy,
                Action::RefundDifference,
                Action::ConfirmBy(ConfirmedBy::None),
            ])
            .map(Act::Rule)
            .collect()),
        Object::Desk => one(vec![
            Act::Rule(Action::SkipConfirmation),
            Act::Finish,
            Act::HandToSenior,
        ]),
    }
}

/// The route a document stands for when the receptionist accepts it.
pub fn route_of(kind: DocumentKind) -> Option<ConfirmedBy> {
    match kind {
        DocumentKind::EligibilityCertificate => Some(ConfirmedBy::EligibilityCertificate),
        DocumentKind::InsuranceCard => Some(ConfirmedBy::InsuranceCard),
        DocumentKind::EligibilityNotice | DocumentKind::PortalScreen => {
            Some(ConfirmedBy::CardWithNotice)
        }
        DocumentKind::MyNumberCard
        | DocumentKind::SmartphoneCard
        | DocumentKind::SubsidyCertificate
        | DocumentKind::ElderlyRecipientCertificate => None,
    }
}

/// The objects that always stand at the window, in menu order (documents come between the
/// terminal and the forms once they are on the counter).
pub const FIXED_OBJECTS: [Object; 6] = [
    Object::Patient,
    Object::Reader,
    Object::Terminal,
    Object::Forms,
    Object::Register,
    Object::Desk,
];

/// Every act of every object (each document as if on the counter), without repeats.
pub fn every_act() -> Vec<Act> {
    let mut objects: Vec<Object> = FIXED_OBJECTS.to_vec();
    objects.extend(DocumentKind::VARIANTS.iter().map(|k| Object::Document(*k)));
    let mut all = Vec::new();
    for object in objects {
        for (_, acts) in acts_of(object) {
            for act in acts {
                if !all.contains(&act) {
                    all.push(act);
                }
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_vocabulary_is_reachable_and_keys_are_unique() {
        let all = every_act();
        for action in Action::all() {
            assert!(
                all.contains(&Act::Rule(action)),
                "{action:?} is offered by no object"
            );
        }
        let mut keys: Vec<String> = all.iter().map(|a| a.key()).collect();
        let count = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), count, "keys are unique");
        for act in &all {
            assert_eq!(Act::from_key(&act.key()), Some(*act));
        }
    }
}
