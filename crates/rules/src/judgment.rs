//! Step judgments: the receptionist's action vocabulary, and whether one action is right,
//! acceptable, wrong or prohibited in a situation, with the rules that say why.

use serde::{Deserialize, Serialize};

use super::catalog::{RuleId as R, RuleSet};
use super::policy::Policy;
use super::ruling::{
    AuthMode, CertStatus, ClaimRoute, ConfirmedBy, MynaFailure, MynaOutcome, Prescription, Ruling,
    StepKind,
};
use super::situation::{
    CopayRate, DocumentKind, Network, PinState, ReaderState, Setting, Situation,
};
use crate::Name;
use crate::calendar::CalendarKey as K;

/// One thing the receptionist does. Scenario choices carry exactly one action.
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
    strum::EnumDiscriminants,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[strum_discriminants(
    name(ActionKind),
    doc = "The kind of an action, without the value it carries (every kind, for listing the vocabulary).",
    derive(strum::VariantArray, strum::IntoStaticStr, Hash, PartialOrd, Ord),
    strum(serialize_all = "snake_case")
)]
pub enum Action {
    /// Ask whether they have a マイナ保険証 or a 資格確認書.
    AskForInsuranceDocument,
    /// Guide the patient to place the card on the face-recognition reader.
    GuideToReader,
    /// Ask the patient to take the card out of its sleeve or case.
    AskToRemoveSleeve,
    /// Place the card on the reader for the patient (they asked, and they are present).
    AssistPlacingCard,
    /// Use a card that was brought without its holder.
    UseCardWithoutPatient,
    /// Restart the reader and the PC.
    RebootReader,
    /// Offer insurance-use registration at the reader.
    OfferRegistration,
    /// Guide the patient to an authentication mode, or (for 目視) do the visual check.
    ChooseAuth(AuthMode),
    /// Set the clinic's 目視 passcode on the terminal.
    SetVisualPasscode,
    /// Switch the reader back to the automatic mode after the old PC-side 目視 mode.
    SwitchBackToAutoMode,
    /// Ask the patient to say their PIN.
    AskPatientPin,
    /// Type the PIN on the patient's behalf.
    TypePinForPatient,
    /// Read the card on the home-visit device (居宅同意取得型).
    UseHomeVisitDevice,
    /// Use the 資格確認限定型 app.
    UseLimitedTypeApp,
    /// Re-query eligibility at the clinic (later home visits).
    RequeryAtClinic,
    /// Skip today's confirmation because the patient came recently.
    SkipConfirmation,
    /// Ask the patient for a document.
    AskFor(DocumentKind),
    /// Tell the patient a document they showed cannot be used today.
    Refuse(DocumentKind),
    /// Take this route as the basis of eligibility (`declaration` is the 資格申立書).
    ConfirmBy(ConfirmedBy),
    /// Accept a returning patient's oral confirmation instead of the 申立書.
    AcceptOralConfirmation,
    /// Look eligibility up on the terminal by the insurer and insured numbers.
    LookUpByNumbers,
    /// Identify the patient by the kana name.
    IdentifyByKana,
    /// Charge this copay.
    Charge(CopayRate),
    /// Choose the claim route.
    Claim(ClaimRoute),
    /// Choose the prescription form.
    Prescribe(Prescription),
    /// Offer the consent screens for sharing medical information.
    OfferInfoSharing,
    /// Give the patient a piece of advice.
    Advise(Advice),
    /// Keep the card at the desk (for example during treatment).
    KeepCard,
    /// With consent, briefly hold the card to check its front.
    CheckCardFront,
    /// With consent, photocopy the card's front.
    CopyCardFront,
    /// Photocopy the card's back.
    CopyCardBack,
    /// Write down the 12-digit number.
    NoteMyNumber,
    /// Hand the card back at once.
    ReturnCard,
    /// Keep a card found on the premises until its owner or the police take it.
    HoldFoundCard,
    /// Apply the patient's 公費 (受給者証 / 医療証, or its PMH data) to today's charge.
    ApplySubsidy,
    /// Refund the insurer's share of an earlier visit paid in full.
    RefundDifference,
    /// Confirm with the マイナ資格確認アプリ at the counter.
    UseMynaApp,
}

/// Advice the receptionist can give.
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
pub enum Advice {
    /// Renew the electronic certificate at the municipality.
    CertRenewal,
    /// Register the card for insurance use again after renewing.
    ReRegistration,
    /// Today's renewal works from tomorrow.
    RenewalWorksTomorrow,
    /// Reset the locked PIN at the municipality.
    PinReset,
    /// Bring the マイナ保険証 or a 資格確認書 next time.
    BringValidDocumentNextTime,
    /// Show a valid document within the month and the difference is refunded.
    RefundWithinMonth,
    /// Tell the clinic the new numbers once they arrive.
    TellNewNumbers,
    /// The new insurer's registration takes up to 5 + 5 days.
    RegistrationLag,
    /// Apply for a (short-term) 資格確認書.
    ApplyForEligibilityCertificate,
    /// Consent to information sharing is optional; coverage does not depend on it.
    ConsentOptional,
    /// Bring the physical card (the smartphone cannot be read here).
    BringPhysicalCard,
    /// Get a new 健康保険証 from the insurer (there are none any more).
    GetNewInsuranceCard,
    /// "Without a マイナ保険証 you pay 10割" (untrue and pressuring).
    MynaOrFullCost,
    /// Claim the subsidy from the municipality (償還払い).
    SubsidyReimbursement,
    /// Claim 療養費 from the insurer for the visit paid in full.
    ClaimRyouyouhi,
}

/// The verdict on one action.
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
pub enum Verdict {
    /// What the rules require.
    Right,
    /// Allowed, but not the best handling.
    Acceptable,
    /// Against the rules: costs the clinic or the patient.
    Wrong,
    /// Forbidden conduct (custody, the 12-digit number, the PIN): fails an assessment.
    Prohibited,
}

impl Verdict {
    /// Points out of 2 for this verdict.
    pub fn points(self) -> u32 {
        match self {
            Verdict::Right => 2,
            Verdict::Acceptable => 1,
            Verdict::Wrong | Verdict::Prohibited => 0,
        }
    }
}

/// The decision an action settles, for checking that a play-through made every decision.
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
pub enum Decision {
    /// How eligibility is confirmed.
    Route,
    /// The copay.
    Copay,
    /// The authentication mode.
    Auth,
    /// The claim route.
    Claim,
    /// The prescription form.
    Prescription,
    /// Whether the 公費 is applied.
    Subsidy,
}

impl Action {
    /// The decision this action settles, if any.
    pub fn decision(self) -> Option<Decision> {
        match self {
            Action::ConfirmBy(_) | Action::AcceptOralConfirmation => Some(Decision::Route),
            Action::Charge(_) => Some(Decision::Copay),
            Action::ApplySubsidy => Some(Decision::Subsidy),
            Action::ChooseAuth(_) => Some(Decision::Auth),
            Action::Claim(_) => Some(Decision::Claim),
            Action::Prescribe(_) => Some(Decision::Prescription),
            _ => None,
        }
    }

    /// The fluent id of the action's label: `action-<name>`, or `action-<name>-<value>` for an
    /// action that carries a value (`action-charge-30`, `action-ask_for-eligibility_certificate`).
    pub fn message_id(self) -> String {
        let (name, value) = self.parts();
        match value {
            Some(value) => format!("action-{name}-{value}"),
            None => format!("action-{name}"),
        }
    }

    /// The action's snake_case name and, if it carries one, its value's name.
    pub fn parts(self) -> (&'static str, Option<&'static str>) {
        let value = match self {
            Action::ChooseAuth(mode) => Some(mode.name()),
            Action::AskFor(kind) | Action::Refuse(kind) => Some(kind.name()),
            Action::ConfirmBy(route) => Some(route.name()),
            Action::Charge(rate) => Some(rate.name()),
            Action::Claim(route) => Some(route.name()),
            Action::Prescribe(form) => Some(form.name()),
            Action::Advise(advice) => Some(advice.name()),
            _ => None,
        };
        (self.into(), value)
    }

    /// Every action, for tests and tools that list the vocabulary: each kind of action with
    /// every value it can carry. A new kind of action does not compile until it is listed here.
    pub fn all() -> Vec<Action> {
        use strum::VariantArray;
        let mut all = Vec::new();
        for kind in ActionKind::VARIANTS {
            match kind {
                ActionKind::AskForInsuranceDocument => all.push(Action::AskForInsuranceDocument),
                ActionKind::GuideToReader => all.push(Action::GuideToReader),
                ActionKind::AskToRemoveSleeve => all.push(Action::AskToRemoveSleeve),
                ActionKind::AssistPlacingCard => all.push(Action::AssistPlacingCard),
                ActionKind::UseCardWithoutPatient => all.push(Action::UseCardWithoutPatient),
                ActionKind::RebootReader => all.push(Action::RebootReader),
                ActionKind::OfferRegistration => all.push(Action::OfferRegistration),
                ActionKind::ChooseAuth => {
                    all.extend(AuthMode::VARIANTS.iter().map(|m| Action::ChooseAuth(*m)));
                }
                ActionKind::SetVisualPasscode => all.push(Action::SetVisualPasscode),
                ActionKind::SwitchBackToAutoMode => all.push(Action::SwitchBackToAutoMode),
                ActionKind::AskPatientPin => all.push(Action::AskPatientPin),
                ActionKind::TypePinForPatient => all.push(Action::TypePinForPatient),
                ActionKind::UseHomeVisitDevice => all.push(Action::UseHomeVisitDevice),
                ActionKind::UseLimitedTypeApp => all.push(Action::UseLimitedTypeApp),
                ActionKind::RequeryAtClinic => all.push(Action::RequeryAtClinic),
                ActionKind::SkipConfirmation => all.push(Action::SkipConfirmation),
                ActionKind::AskFor => {
                    all.extend(DocumentKind::VARIANTS.iter().map(|k| Action::AskFor(*k)));
                }
                ActionKind::Refuse => {
                    all.extend(DocumentKind::VARIANTS.iter().map(|k| Action::Refuse(*k)));
                }
                ActionKind::ConfirmBy => {
                    all.extend(ConfirmedBy::VARIANTS.iter().map(|r| Action::ConfirmBy(*r)));
                }
                ActionKind::AcceptOralConfirmation => all.push(Action::AcceptOralConfirmation),
                ActionKind::LookUpByNumbers => all.push(Action::LookUpByNumbers),
                ActionKind::IdentifyByKana => all.push(Action::IdentifyByKana),
                ActionKind::Charge => {
                    all.extend(CopayRate::VARIANTS.iter().map(|r| Action::Charge(*r)));
                }
                ActionKind::Claim => {
                    all.extend(ClaimRoute::VARIANTS.iter().map(|r| Action::Claim(*r)));
                }
                ActionKind::Prescribe => {
                    all.extend(Prescription::VARIANTS.iter().map(|p| Action::Prescribe(*p)));
                }
                ActionKind::OfferInfoSharing => all.push(Action::OfferInfoSharing),
                ActionKind::Advise => {
                    all.extend(Advice::VARIANTS.iter().map(|a| Action::Advise(*a)));
                }
                ActionKind::KeepCard => all.push(Action::KeepCard),
                ActionKind::CheckCardFront => all.push(Action::CheckCardFront),
                ActionKind::CopyCardFront => all.push(Action::CopyCardFront),
                ActionKind::CopyCardBack => all.push(Action::CopyCardBack),
                ActionKind::NoteMyNumber => all.push(Action::NoteMyNumber),
                ActionKind::ReturnCard => all.push(Action::ReturnCard),
                ActionKind::HoldFoundCard => all.push(Action::HoldFoundCard),
                ActionKind::ApplySubsidy => all.push(Action::ApplySubsidy),
                ActionKind::RefundDifference => all.push(Action::RefundDifference),
                ActionKind::UseMynaApp => all.push(Action::UseMynaApp),
            }
        }
        all
    }
}

/// What the right choice was, for decisions that have one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    /// The route.
    Route(ConfirmedBy),
    /// The copay.
    Copay(CopayRate),
    /// The authentication (none when no card is authenticated).
    Auth(Option<AuthMode>),
    /// The claim route.
    Claim(ClaimRoute),
    /// The prescription form.
    Prescription(Prescription),
    /// Whether the 公費 applies today.
    Subsidy(bool),
}

/// The judgment of one action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgment {
    /// The action judged.
    pub action: Action,
    /// Right, acceptable, wrong or prohibited.
    pub verdict: Verdict,
    /// The rules that decide it; never empty.
    pub rules: RuleSet,
    /// The right choice, where the action is one of the decisions.
    pub expected: Option<Expected>,
}

/// Judges one action in a situation, given the situation's ruling.
pub fn judge(policy: &Policy, situation: &Situation, ruling: &Ruling, action: Action) -> Judgment {
    let (verdict, rules, expected) = Judging {
        policy,
        s: situation,
        r: ruling,
    }
    .judge(action);
    // Every judgment names at least one rule: fall back to the ruling's own.
    let rules = if rules.is_empty() {
        ruling.rules
    } else {
        rules
    };
    Judgment {
        action,
        verdict,
        rules,
        expected,
    }
}

struct Judging<'a> {
    policy: &'a Policy,
    s: &'a Situation,
    r: &'a Ruling,
}

type Outcome = (Verdict, RuleSet, Option<Expected>);

fn plain(verdict: Verdict, rules: &[R]) -> Outcome {
    (verdict, RuleSet::of(rules), None)
}

impl Judging<'_> {
    fn step_or(&self, step: StepKind, otherwise: Verdict, rules: &[R]) -> Outcome {
        match self.r.step_rules(step) {
            Some(step_rules) => (Verdict::Right, step_rules, None),
            None => plain(otherwise, rules),
        }
    }

    fn card_failed(&self) -> Option<MynaFailure> {
        match self.r.myna {
            MynaOutcome::Failed { reason } => Some(reason),
            _ => None,
        }
    }

    fn judge(&self, action: Action) -> Outcome {
        let s = self.s;
        let r = self.r;
        let card = s.my_number_card();
        match action {
            Action::AskForInsuranceDocument => plain(Verdict::Right, &[R::DocMynaEveryVisit]),
            Action::GuideToReader => self.guide_to_reader(),
            Action::AskToRemoveSleeve => match card {
                Some(card) if card.in_sleeve => plain(Verdict::Right, &[R::AuthSleeve]),
                _ => plain(Verdict::Acceptable, &[R::AuthSleeve]),
            },
            Action::AssistPlacingCard => {
                if s.patient.requests_assistance && card.is_some() {
                    plain(Verdict::Right, &[R::AuthAssist])
                } else {
                    plain(
                        Verdict::Wrong,
                        &[R::AuthAssist, R::HandlingNoCustodyDefault],
                    )
                }
            }
            Action::UseCardWithoutPatient => plain(
                Verdict::Wrong,
                &[R::AuthFacilityCardWithoutPatient, R::AuthNoPinToStaff],
            ),
            Action::RebootReader => match s.clinic.reader {
                ReaderState::NeedsRestart => plain(Verdict::Right, &[R::FailReaderReboot]),
                ReaderState::Broken => plain(Verdict::Acceptable, &[R::FailReaderReboot]),
                ReaderState::Working if card.is_some_and(|c| c.in_sleeve) => {
                    plain(Verdict::Wrong, &[R::AuthSleeve, R::FailReaderReboot])
                }
                ReaderState::Working => plain(Verdict::Wrong, &[R::FailReaderReboot]),
            },
            Action::OfferRegistration => match card {
                Some(card) if !card.registered_for_insurance => {
                    match r.step_rules(StepKind::OfferRegistration) {
                        Some(rules) => (Verdict::Right, rules, None),
                        None => (Verdict::Wrong, r.parts.confirmed_by, None),
                    }
                }
                _ => plain(Verdict::Wrong, &[R::DocMynaNeedsRegistration]),
            },
            Action::ChooseAuth(mode) => self.choose_auth(mode),
            Action::SetVisualPasscode => {
                let simplified = s.date >= self.policy.calendar().date(K::VisualPasscodeFrom);
                let rule = if simplified {
                    R::AuthVisualProcedure2025
                } else {
                    R::HandlingRevertMode
                };
                self.step_or(StepKind::SetVisualPasscode, Verdict::Acceptable, &[rule])
            }
            Action::SwitchBackToAutoMode => self.step_or(
                StepKind::SwitchBackToAutoMode,
                Verdict::Acceptable,
                &[R::HandlingRevertMode],
            ),
            Action::AskPatientPin | Action::TypePinForPatient => {
                plain(Verdict::Prohibited, &[R::AuthNoPinToStaff])
            }
            Action::UseHomeVisitDevice => match s.setting {
                Setting::HomeVisit if s.patient.visited_before => {
                    plain(Verdict::Acceptable, &[R::VisitRereference])
                }
                Setting::HomeVisit if card.is_some() => {
                    plain(Verdict::Right, &[R::VisitKyotakuType])
                }
                Setting::HomeVisit => plain(Verdict::Acceptable, &[R::VisitKyotakuType]),
                Setting::Clinic => plain(Verdict::Acceptable, &[R::VisitOtherRoute]),
            },
            Action::UseLimitedTypeApp => {
                plain(Verdict::Wrong, &[R::VisitLimitedType, R::VisitKyotakuType])
            }
            Action::RequeryAtClinic => self.step_or(
                StepKind::RequeryAtClinic,
                Verdict::Wrong,
                &[R::DocMynaEveryVisit, R::VisitRereference],
            ),
            Action::SkipConfirmation => plain(Verdict::Wrong, &[R::DocMynaEveryVisit]),
            Action::AskFor(kind) => self.ask_for(kind),
            Action::Refuse(kind) => self.refuse(kind),
            Action::ConfirmBy(route) => self.confirm_by(route),
            Action::AcceptOralConfirmation => {
                if r.has_step(StepKind::OralConfirmation) {
                    (
                        Verdict::Right,
                        RuleSet::of(&[R::FailInvalidSteps]),
                        Some(Expected::Route(r.confirmed_by)),
                    )
                } else {
                    (
                        Verdict::Wrong,
                        r.parts.confirmed_by.with(R::FailInvalidSteps),
                        Some(Expected::Route(r.confirmed_by)),
                    )
                }
            }
            Action::LookUpByNumbers => {
                if let Some(rules) = r.step_rules(StepKind::LookUpByNumbers) {
                    (Verdict::Right, rules, None)
                } else if s.clinic.network == Network::Down {
                    plain(Verdict::Wrong, &[R::FailSystemDown])
                } else {
                    plain(Verdict::Acceptable, &[R::DocKakuninValidIfInDate])
                }
            }
            Action::IdentifyByKana => self.step_or(
                StepKind::IdentifyByKana,
                Verdict::Acceptable,
                &[R::HandlingKuromaru],
            ),
            Action::Charge(rate) => self.charge(rate),
            Action::Claim(route) => {
                let expected = Some(Expected::Claim(r.claim));
                if route == r.claim {
                    (Verdict::Right, r.parts.claim, expected)
                } else if route == ClaimRoute::UnknownNumbers && r.claim == ClaimRoute::PastNumbers
                {
                    // The seed gives the 不詳レセプト as the alternative (「もしくは」) when the
                    // lost eligibility's numbers are known: allowed, not the first choice.
                    (Verdict::Acceptable, r.parts.claim, expected)
                } else {
                    (
                        Verdict::Wrong,
                        r.parts.claim.with(R::FailClaimOrder),
                        expected,
                    )
                }
            }
            Action::Prescribe(form) => {
                let expected = Some(Expected::Prescription(r.prescription));
                if form == r.prescription {
                    (Verdict::Right, r.parts.prescription, expected)
                } else if form == Prescription::Paper {
                    // Paper is always possible; only the electronic one needs online eligibility.
                    (Verdict::Acceptable, r.parts.prescription, expected)
                } else {
                    (
                        Verdict::Wrong,
                        r.parts.prescription.with(R::FailEprescription),
                        expected,
                    )
                }
            }
            Action::OfferInfoSharing => {
                if r.medical_info_sharing {
                    (Verdict::Right, r.parts.medical_info_sharing, None)
                } else {
                    (Verdict::Wrong, r.parts.medical_info_sharing, None)
                }
            }
            Action::Advise(advice) => self.advise(advice),
            Action::ApplySubsidy => match r.subsidy {
                Some(subsidy) => {
                    let expected = Some(Expected::Subsidy(subsidy.applies()));
                    if subsidy.applies() {
                        (Verdict::Right, r.parts.subsidy, expected)
                    } else {
                        // The claim would be returned: no valid certificate or data today.
                        (Verdict::Wrong, r.parts.subsidy, expected)
                    }
                }
                None => (
                    Verdict::Wrong,
                    RuleSet::of(&[R::KouhiWithInsuranceAlways]),
                    Some(Expected::Subsidy(false)),
                ),
            },
            Action::RefundDifference => self.step_or(
                StepKind::RefundDifference,
                Verdict::Wrong,
                &[R::RefundSameMonthAtClinic],
            ),
            Action::UseMynaApp => {
                let in_force = s.date >= self.policy.calendar().date(K::MynaAppCounterFrom);
                let rule = if in_force {
                    R::ReaderBrokenAppRoute
                } else {
                    R::FailSystemDown
                };
                self.step_or(StepKind::UseMynaApp, Verdict::Wrong, &[rule])
            }
            Action::KeepCard => plain(Verdict::Prohibited, &[R::HandlingNoCustodyDefault]),
            Action::CheckCardFront | Action::CopyCardFront => {
                plain(Verdict::Acceptable, &[R::HandlingFrontCheckOk])
            }
            Action::CopyCardBack | Action::NoteMyNumber => {
                plain(Verdict::Prohibited, &[R::HandlingNo12digit])
            }
            Action::ReturnCard => {
                if card.is_some() {
                    plain(Verdict::Right, &[R::HandlingNoCustodyDefault])
                } else {
                    plain(Verdict::Acceptable, &[R::HandlingNoCustodyDefault])
                }
            }
            Action::HoldFoundCard => plain(Verdict::Right, &[R::HandlingFoundCard]),
        }
    }

    fn guide_to_reader(&self) -> Outcome {
        let s = self.s;
        if s.setting == Setting::HomeVisit {
            return plain(Verdict::Wrong, &[R::VisitKyotakuType]);
        }
        match self.r.myna {
            MynaOutcome::NotPresented => {
                plain(Verdict::Wrong, &[R::FailForgotCard, R::AuthMethods])
            }
            MynaOutcome::Confirmed => plain(Verdict::Right, &[R::AuthMethods]),
            MynaOutcome::Failed { reason } => match reason {
                MynaFailure::SystemDown => plain(Verdict::Wrong, &[R::FailSystemDown]),
                MynaFailure::SmartphoneUnsupported => {
                    plain(Verdict::Wrong, &[R::DocMynaSmartphone])
                }
                _ => plain(Verdict::Right, &[R::AuthMethods]),
            },
        }
    }

    fn choose_auth(&self, mode: AuthMode) -> Outcome {
        let s = self.s;
        let r = self.r;
        let expected = Some(Expected::Auth(r.auth));
        if r.auth == Some(mode) {
            return (Verdict::Right, r.parts.auth, expected);
        }
        let Some(card) = s.my_number_card() else {
            let rules = if r.parts.auth.is_empty() {
                r.parts.confirmed_by
            } else {
                r.parts.auth
            };
            return (Verdict::Wrong, rules, expected);
        };
        if r.auth.is_none() && !matches!(self.card_failed(), Some(MynaFailure::CannotAuthenticate))
        {
            // The card is not authenticated at all today (reader down, renewed this morning…).
            return (Verdict::Wrong, r.parts.confirmed_by, expected);
        }
        let at_home = s.setting == Setting::HomeVisit;
        match mode {
            AuthMode::Face if at_home => (
                Verdict::Wrong,
                RuleSet::of(&[R::VisitKyotakuType]),
                expected,
            ),
            AuthMode::Face if !card.photo => (
                Verdict::Wrong,
                RuleSet::of(&[R::AuthInfantPhotoless]),
                expected,
            ),
            // Trying face recognition first is the reader's normal order.
            AuthMode::Face => (
                Verdict::Acceptable,
                RuleSet::of(&[R::AuthMethods, R::AuthFaceLock]),
                expected,
            ),
            AuthMode::Pin => match card.pin {
                PinState::Known => (
                    Verdict::Acceptable,
                    RuleSet::of(&[R::AuthMethods]),
                    expected,
                ),
                PinState::Locked => (Verdict::Wrong, RuleSet::of(&[R::AuthPinLock]), expected),
                PinState::None => (
                    Verdict::Wrong,
                    RuleSet::of(&[R::AuthFaceauthCard]),
                    expected,
                ),
                PinState::Forgotten => (
                    Verdict::Wrong,
                    RuleSet::of(&[R::AuthMethods, R::AuthVisualWhen]),
                    expected,
                ),
            },
            AuthMode::Visual if !card.photo => (
                Verdict::Wrong,
                RuleSet::of(&[R::AuthInfantPhotoless]),
                expected,
            ),
            AuthMode::Visual if at_home && s.date < self.policy.calendar().date(K::MynaAppFrom) => {
                (
                    Verdict::Wrong,
                    RuleSet::of(&[R::VisitKyotakuType]),
                    expected,
                )
            }
            // 目視 is for when face and PIN fail; allowed, but not the first choice.
            AuthMode::Visual => (
                Verdict::Acceptable,
                RuleSet::of(&[R::AuthVisualWhen]),
                expected,
            ),
        }
    }

    fn ask_for(&self, kind: DocumentKind) -> Outcome {
        let s = self.s;
        let r = self.r;
        let confirmed = r.myna == MynaOutcome::Confirmed;
        match kind {
            DocumentKind::MyNumberCard => {
                if let Some(rules) = r.step_rules(StepKind::AskForPhysicalCard) {
                    (Verdict::Right, rules, None)
                } else if s.my_number_card().is_none() {
                    plain(Verdict::Right, &[R::AuthMethods])
                } else {
                    plain(Verdict::Acceptable, &[R::AuthMethods])
                }
            }
            DocumentKind::SmartphoneCard => {
                if s.clinic.smartphone_reader {
                    plain(Verdict::Acceptable, &[R::DocMynaSmartphone])
                } else {
                    plain(Verdict::Wrong, &[R::DocMynaSmartphone])
                }
            }
            DocumentKind::EligibilityCertificate => {
                if let Some(rules) = r.step_rules(StepKind::AskForEligibilityCertificate) {
                    (Verdict::Right, rules, None)
                } else if r.confirmed_by == ConfirmedBy::EligibilityCertificate || !confirmed {
                    plain(Verdict::Right, &[R::DocKakuninValidIfInDate])
                } else {
                    plain(Verdict::Acceptable, &[R::DocKakuninValidIfInDate])
                }
            }
            DocumentKind::EligibilityNotice | DocumentKind::PortalScreen => {
                let rule = if kind == DocumentKind::EligibilityNotice {
                    R::DocOshiraseWithCard
                } else {
                    R::DocPortalWithCard
                };
                let card_failed = self.card_failed().is_some() && s.my_number_card().is_some();
                if r.confirmed_by == ConfirmedBy::CardWithNotice || card_failed {
                    plain(Verdict::Right, &[rule])
                } else if s.my_number_card().is_none() {
                    plain(Verdict::Acceptable, &[R::DocOshiraseNotStandalone, rule])
                } else {
                    plain(Verdict::Acceptable, &[rule])
                }
            }
            DocumentKind::SubsidyCertificate => match r.subsidy {
                Some(_) => self.step_or(
                    StepKind::AskForSubsidyCertificate,
                    Verdict::Acceptable,
                    &[R::KouhiWithInsuranceAlways],
                ),
                None => plain(Verdict::Acceptable, &[R::KouhiWithInsuranceAlways]),
            },
            DocumentKind::ElderlyRecipientCertificate => self.step_or(
                StepKind::AskForElderlyCertificate,
                Verdict::Acceptable,
                &[R::KoureiJukyushaCard],
            ),
            DocumentKind::InsuranceCard => {
                let calendar = self.policy.calendar();
                if s.date > calendar.date(K::ProvisionalLastDay) {
                    plain(Verdict::Wrong, &[R::DocOldcardAfterProvisional])
                } else if confirmed {
                    plain(Verdict::Acceptable, &[R::DocOldcardMaxValidity])
                } else {
                    plain(Verdict::Right, &[R::DocOldcardMaxValidity])
                }
            }
        }
    }

    fn refuse(&self, kind: DocumentKind) -> Outcome {
        let r = self.r;
        if kind == DocumentKind::MyNumberCard
            && self.s.my_number_card().is_some_and(|c| c.someone_else)
        {
            // Someone else's card is handed back at once and never used.
            return self.step_or(
                StepKind::RefuseOtherPersonsCard,
                Verdict::Right,
                &[R::WrongPersonCard],
            );
        }
        // A valid 高齢受給者証 is where the share comes from.
        if kind == DocumentKind::ElderlyRecipientCertificate
            && r.parts.copay.contains(R::KoureiJukyushaCard)
            && !r.parts.copay.contains(R::KoureiShareMissingDoc)
        {
            return (
                Verdict::Wrong,
                r.parts.copay,
                Some(Expected::Copay(r.copay)),
            );
        }
        // A valid 受給者証 the 公費 is taken with today: refusing it charges the family wrongly.
        if kind == DocumentKind::SubsidyCertificate
            && r.subsidy.is_some_and(|sub| {
                matches!(
                    sub.route,
                    super::ruling::SubsidyRoute::Certificate | super::ruling::SubsidyRoute::Pmh
                )
            })
            && r.confirmed_by != ConfirmedBy::MedicalTicket
        {
            return (
                Verdict::Wrong,
                r.parts.subsidy,
                Some(Expected::Subsidy(true)),
            );
        }
        let basis = match r.confirmed_by {
            ConfirmedBy::EligibilityCertificate => Some(DocumentKind::EligibilityCertificate),
            ConfirmedBy::InsuranceCard => Some(DocumentKind::InsuranceCard),
            ConfirmedBy::MyNumberCard => Some(if self.s.my_number_card().is_some() {
                DocumentKind::MyNumberCard
            } else {
                DocumentKind::SmartphoneCard
            }),
            ConfirmedBy::CardWithNotice => None,
            ConfirmedBy::MedicalTicket => Some(DocumentKind::SubsidyCertificate),
            ConfirmedBy::Provisional => None,
            ConfirmedBy::Declaration | ConfirmedBy::None => None,
        };
        let used_with_card = r.confirmed_by == ConfirmedBy::CardWithNotice
            && matches!(
                kind,
                DocumentKind::EligibilityNotice
                    | DocumentKind::PortalScreen
                    | DocumentKind::MyNumberCard
            );
        let provisional = r.confirmed_by == ConfirmedBy::Provisional
            && matches!(
                kind,
                DocumentKind::InsuranceCard
                    | DocumentKind::EligibilityNotice
                    | DocumentKind::EligibilityCertificate
            );
        if basis == Some(kind) || used_with_card || provisional {
            // The document is what makes today's visit insured.
            let mut rules = r.parts.confirmed_by;
            if self.s.my_number_card().is_some() {
                rules.insert(R::FailInvalidNo10wari);
            }
            return (Verdict::Wrong, rules, Some(Expected::Route(r.confirmed_by)));
        }
        if kind == DocumentKind::MyNumberCard && self.s.my_number_card().is_some() {
            // Even when it cannot be read, the card is the identity basis of the 申立書.
            return (
                Verdict::Wrong,
                r.parts.confirmed_by.with(R::FailInvalidNo10wari),
                Some(Expected::Route(r.confirmed_by)),
            );
        }
        let rules = match kind {
            DocumentKind::InsuranceCard => {
                let mut rules = r.parts.confirmed_by.with(R::DocOldcardMaxValidity);
                if self
                    .s
                    .insurance_cards()
                    .any(|card| !card.from_current_insurer)
                {
                    rules.insert(R::DocOldcardLostEligibility);
                }
                if self.s.date > self.policy.calendar().date(K::ProvisionalLastDay) {
                    rules.insert(R::DocOldcardAfterProvisional);
                }
                rules
            }
            DocumentKind::EligibilityCertificate => {
                // A 資格確認書 from an insurer the patient has left is void like an old card of
                // that insurer, whatever date it prints.
                if self.s.certificates().any(|doc| !doc.from_current_insurer) {
                    r.parts.confirmed_by.with(R::DocOldcardLostEligibility)
                } else {
                    r.parts.confirmed_by.with(R::DocKakuninExpired)
                }
            }
            DocumentKind::EligibilityNotice => {
                r.parts.confirmed_by.with(R::DocOshiraseNotStandalone)
            }
            DocumentKind::PortalScreen => r.parts.confirmed_by.with(R::DocPortalWithCard),
            DocumentKind::SmartphoneCard => r.parts.confirmed_by.with(R::DocMynaSmartphone),
            DocumentKind::MyNumberCard => r.parts.confirmed_by,
            DocumentKind::SubsidyCertificate => r.parts.subsidy.with(R::KouhiCertificateExpired),
            DocumentKind::ElderlyRecipientCertificate => r.parts.copay.with(R::KoureiJukyushaCard),
        };
        if self.s.shows(kind) {
            (Verdict::Right, rules, None)
        } else {
            (Verdict::Acceptable, rules, None)
        }
    }

    fn confirm_by(&self, route: ConfirmedBy) -> Outcome {
        let r = self.r;
        let s = self.s;
        let expected = Some(Expected::Route(r.confirmed_by));
        if route == r.confirmed_by {
            return (Verdict::Right, r.parts.confirmed_by, expected);
        }
        let card_failed =
            self.card_failed().is_some() && s.my_number_card().is_some_and(|c| !c.someone_else);
        let uninsured = s.patient.insurance == super::situation::Insurance::None
            && s.patient.online_record != super::situation::OnlineRecord::Registered;
        let valid_alternative = match route {
            ConfirmedBy::Declaration => {
                card_failed && !uninsured && r.confirmed_by != ConfirmedBy::MyNumberCard
            }
            ConfirmedBy::EligibilityCertificate => s
                .certificates()
                .any(|doc| doc.from_current_insurer && s.date <= doc.expires),
            ConfirmedBy::CardWithNotice => {
                card_failed
                    && s.my_number_card().is_some_and(|c| c.photo)
                    && (s.notice().is_some_and(|n| {
                        n.from_current_insurer && n.expires.is_none_or(|e| s.date <= e)
                    }) || s.shows(DocumentKind::PortalScreen))
            }
            _ => false,
        };
        if valid_alternative {
            return (Verdict::Acceptable, r.parts.confirmed_by, expected);
        }
        let mut rules = r.parts.confirmed_by;
        if route == ConfirmedBy::None && s.my_number_card().is_some() {
            rules.insert(R::FailInvalidNo10wari);
            rules.insert(R::Fail10wariWhen);
        }
        (Verdict::Wrong, rules, expected)
    }

    fn charge(&self, rate: CopayRate) -> Outcome {
        let r = self.r;
        let expected = Some(Expected::Copay(r.copay));
        if rate == r.copay {
            return (Verdict::Right, r.parts.copay, expected);
        }
        let mut rules = r.parts.copay;
        if rate == CopayRate::Full {
            rules.insert(R::Fail10wariWhen);
            if self.s.my_number_card().is_some() {
                rules.insert(R::FailInvalidNo10wari);
            }
            if r.cert == Some(CertStatus::Expired) {
                rules.insert(R::CertNotLossOfInsurance);
            }
        }
        (Verdict::Wrong, rules, expected)
    }

    fn advise(&self, advice: Advice) -> Outcome {
        let r = self.r;
        match advice {
            Advice::CertRenewal => self.step_or(
                StepKind::AdviseCertRenewal,
                Verdict::Acceptable,
                &[R::CertReaderAlert],
            ),
            Advice::ReRegistration => self.step_or(
                StepKind::AdviseReRegistration,
                Verdict::Acceptable,
                &[R::DocMynaNeedsRegistration],
            ),
            Advice::RenewalWorksTomorrow => self.step_or(
                StepKind::ExplainRenewalDelay,
                Verdict::Wrong,
                &[R::CertRenewal24h],
            ),
            Advice::PinReset => self.step_or(
                StepKind::AdvisePinReset,
                Verdict::Acceptable,
                &[R::AuthPinLock],
            ),
            Advice::BringValidDocumentNextTime => {
                if let Some(rules) = r.step_rules(StepKind::BringValidDocumentNextTime) {
                    (Verdict::Right, rules, None)
                } else if r.confirmed_by == ConfirmedBy::None {
                    plain(Verdict::Right, &[R::FailForgotCard])
                } else {
                    plain(Verdict::Acceptable, &[R::DocMynaEveryVisit])
                }
            }
            Advice::RefundWithinMonth => self.step_or(
                StepKind::ChargeFullAndRefundWithinMonth,
                Verdict::Wrong,
                &[R::FailForgotCard, R::Fail10wariWhen],
            ),
            Advice::TellNewNumbers => self.step_or(
                StepKind::AskForNewNumbers,
                Verdict::Acceptable,
                &[R::FailInvalidSteps],
            ),
            Advice::RegistrationLag => self.step_or(
                StepKind::ExplainRegistrationLag,
                Verdict::Acceptable,
                &[R::FailInvalidCause],
            ),
            Advice::ApplyForEligibilityCertificate => self.step_or(
                StepKind::ApplyForEligibilityCertificate,
                Verdict::Acceptable,
                &[R::DocKakuninOnApplication],
            ),
            Advice::ConsentOptional => {
                if r.medical_info_sharing {
                    (Verdict::Right, r.parts.medical_info_sharing, None)
                } else {
                    (Verdict::Acceptable, r.parts.medical_info_sharing, None)
                }
            }
            Advice::BringPhysicalCard => self.step_or(
                StepKind::AskForPhysicalCard,
                Verdict::Acceptable,
                &[R::DocMynaSmartphone],
            ),
            Advice::GetNewInsuranceCard => plain(
                Verdict::Wrong,
                &[R::DocOldcardNoNewIssue, R::DocKakuninOnApplication],
            ),
            Advice::MynaOrFullCost => plain(
                Verdict::Wrong,
                &[R::DocKakuninValidIfInDate, R::FailInvalidNo10wari],
            ),
            Advice::SubsidyReimbursement => self.step_or(
                StepKind::AdviseSubsidyReimbursement,
                Verdict::Wrong,
                &[R::KouhiInAreaGenbutsu],
            ),
            Advice::ClaimRyouyouhi => self.step_or(
                StepKind::AdviseRyouyouhi,
                Verdict::Wrong,
                &[R::RefundAfterMonthRyouyouhi],
            ),
        }
    }
}
