//! Deriving the right handling for a situation: how eligibility is confirmed, the
//! authentication path, the copay, the claim route, the prescription, information sharing, the
//! steps the receptionist must take and the conduct that is prohibited, each naming its rules.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::calendar::{CalendarKey as K, NumberKey as N};
use super::catalog::{RuleId as R, RuleSet};
use super::municipal::{Charge, Found};
use super::policy::Policy;
use super::situation::{
    Capacity, CopayRate, DocumentKind, Income, Insurance, MyNumberCard, Network, OnlineRecord,
    PhoneOs, PinState, ReaderState, Setting, Situation, SubsidyScheme,
};
use crate::dates;

/// How eligibility was confirmed.
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
pub enum ConfirmedBy {
    /// Online, with the マイナ保険証 (card, smartphone, or the home-visit device).
    MyNumberCard,
    /// With a 資格確認書.
    EligibilityCertificate,
    /// With an old 健康保険証 inside its validity.
    InsuranceCard,
    /// The card shown with the お知らせ or the マイナポータル screen when it cannot be read online.
    CardWithNotice,
    /// 被保険者資格申立書, or a returning patient's oral confirmation.
    Declaration,
    /// The 2025–2026 provisional acceptance of an expired card or the お知らせ alone after an
    /// online look-up.
    Provisional,
    /// The 生活保護 医療券 (paper), for a recipient with no health insurance.
    MedicalTicket,
    /// No valid route: the full cost (10割).
    None,
}

/// How the card's holder was authenticated.
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
pub enum AuthMode {
    /// Face recognition (顔認証), or biometrics on an iPhone.
    Face,
    /// The 4-digit PIN entered by the patient.
    Pin,
    /// Staff visual check (目視).
    Visual,
}

/// Which numbers the claim (レセプト) uses.
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
pub enum ClaimRoute {
    /// The current numbers, as usual.
    Normal,
    /// The lost eligibility shown on the 資格(無効) screen, or the numbers in past visit records.
    PastNumbers,
    /// 不詳レセプト: "7"s in the number fields and the 申立書 details in 摘要.
    UnknownNumbers,
    /// No insurance claim (the patient paid 10割).
    None,
}

/// The form of the prescription.
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
pub enum Prescription {
    /// An electronic prescription can be issued.
    Electronic,
    /// Paper: eligibility is not confirmed online.
    Paper,
}

/// The state of the card's electronic certificate on the visit date.
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
pub enum CertStatus {
    /// Valid, no alert.
    Valid,
    /// Valid, expiring within the alert window: the reader shows a renewal alert.
    Expiring,
    /// Expired but inside the grace: eligibility only, no information sharing.
    InGrace,
    /// Past the grace: the card no longer works as a マイナ保険証.
    Expired,
    /// Renewed today: not reflected in the system until about a day later.
    RenewedToday,
}

/// Why the マイナ保険証 could not confirm eligibility.
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
pub enum MynaFailure {
    /// The reader is broken or the network is down.
    SystemDown,
    /// No way to authenticate the holder (a photo-less card without a usable PIN).
    CannotAuthenticate,
    /// The card is not registered for insurance use and cannot be registered here.
    Unregistered,
    /// The certificate is past its grace.
    CertExpired,
    /// The certificate was renewed today and is not reflected yet.
    NotYetReflected,
    /// The terminal shows 資格(無効): the new insurer has not registered yet.
    Invalid,
    /// The terminal shows 資格情報なし.
    NoRecord,
    /// A smartphone card at a clinic without the smartphone reader.
    SmartphoneUnsupported,
    /// The smartphone's function stopped with the physical card or its certificate.
    PhoneExpired,
    /// The card is someone else's.
    WrongPerson,
}

/// What happened with the マイナ保険証, if one was shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "status")]
pub enum MynaOutcome {
    /// No card or smartphone was shown.
    NotPresented,
    /// Eligibility was confirmed online.
    Confirmed,
    /// The card was shown but could not confirm eligibility.
    Failed {
        /// Why.
        reason: MynaFailure,
    },
}

/// A step the receptionist must take.
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
pub enum StepKind {
    /// Restart the reader and the PC.
    RebootReader,
    /// Ask the patient to take the card out of its sleeve or case.
    TakeCardOutOfSleeve,
    /// Place the card on the reader for the patient, at their request and in their presence.
    AssistPlacingCard,
    /// Offer insurance-use registration at the reader.
    OfferRegistration,
    /// After a failed face recognition, suggest the PIN.
    SuggestPin,
    /// Confirm identity by 目視: compare the card photo with the patient.
    VisualCheck,
    /// Set the clinic's 目視 passcode on the terminal (administrator login) first.
    SetVisualPasscode,
    /// After the old PC-side 目視 mode, switch the reader back to automatic.
    SwitchBackToAutoMode,
    /// Tell the patient the PIN lock is reset at the municipality.
    AdvisePinReset,
    /// Advise renewing the electronic certificate at the municipality.
    AdviseCertRenewal,
    /// Advise registering the card for insurance use again after the renewal.
    AdviseReRegistration,
    /// Explain that today's renewal works from tomorrow.
    ExplainRenewalDelay,
    /// Ask for the 資格確認書 the insurer sends in this situation.
    AskForEligibilityCertificate,
    /// Confirm with the card and the お知らせ.
    UseCardWithNotice,
    /// Confirm with the card and the マイナポータル screen.
    UseCardWithPortal,
    /// Look up eligibility on the terminal by the insurer and insured numbers.
    LookUpByNumbers,
    /// Have the patient fill in the 被保険者資格申立書.
    DeclarationForm,
    /// A returning patient with unchanged details confirms orally.
    OralConfirmation,
    /// Explain why the new eligibility is not registered yet (the 5 + 5 days).
    ExplainRegistrationLag,
    /// Ask the patient to tell the clinic the new numbers once known.
    AskForNewNumbers,
    /// Issue a paper prescription.
    PaperPrescription,
    /// Ask the patient to bring the マイナ保険証 or a 資格確認書 next time.
    BringValidDocumentNextTime,
    /// Charge the full cost and explain the refund if a valid document is shown within the month.
    ChargeFullAndRefundWithinMonth,
    /// Advise applying for a (short-term) 資格確認書.
    ApplyForEligibilityCertificate,
    /// Ask for the physical card (the smartphone cannot be read here).
    AskForPhysicalCard,
    /// Identify the patient by the kana name when the name shows ●.
    IdentifyByKana,
    /// Confirm eligibility again today even though the patient came recently.
    ConfirmEveryVisit,
    /// Read the card on the home-visit device (居宅同意取得型).
    UseHomeVisitDevice,
    /// Re-query eligibility at the clinic (second and later home visits).
    RequeryAtClinic,
    /// Offer the consent screens for sharing medical information (optional for the patient).
    OfferInfoSharing,
    /// Return the card: the patient keeps it.
    ReturnCard,
    /// Ask for the paper 受給者証 / 医療証 (or the 医療券).
    AskForSubsidyCertificate,
    /// Apply the 公費 to today's charge.
    ApplySubsidy,
    /// Tell the family to claim the subsidy from the municipality (償還払い).
    AdviseSubsidyReimbursement,
    /// Ask for the 高齢受給者証 beside the old card.
    AskForElderlyCertificate,
    /// Refund the insurer's share of an earlier visit paid in full.
    RefundDifference,
    /// Tell the patient to claim 療養費 from the insurer.
    AdviseRyouyouhi,
    /// Confirm with the マイナ資格確認アプリ at the counter (the reader is broken).
    UseMynaApp,
    /// Hand back a card that is someone else's and never use it.
    RefuseOtherPersonsCard,
}

/// One required step and the rules behind it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    /// The step.
    pub step: StepKind,
    /// Why.
    pub rules: RuleSet,
}

/// Conduct that is never allowed.
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
pub enum Conduct {
    /// Keeping the card (custody) beyond a consented check of its front.
    KeepCard,
    /// Copying the back of the card or noting the 12-digit number.
    CopyBackOrNoteNumber,
    /// Asking for, being told, or typing the patient's PIN.
    HandlePin,
}

/// A prohibition and its rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prohibition {
    /// The conduct.
    pub conduct: Conduct,
    /// The rule that forbids it.
    pub rules: RuleSet,
}

/// The rules behind each part of a ruling.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parts {
    /// Behind `confirmed_by`.
    pub confirmed_by: RuleSet,
    /// Behind `auth`.
    pub auth: RuleSet,
    /// Behind the copay.
    pub copay: RuleSet,
    /// Behind the claim route.
    pub claim: RuleSet,
    /// Behind the prescription.
    pub prescription: RuleSet,
    /// Behind information sharing.
    pub medical_info_sharing: RuleSet,
    /// Behind the 公費.
    #[serde(default)]
    pub subsidy: RuleSet,
}

impl Parts {
    fn all(&self) -> RuleSet {
        self.confirmed_by
            .union(self.auth)
            .union(self.copay)
            .union(self.claim)
            .union(self.prescription)
            .union(self.medical_info_sharing)
            .union(self.subsidy)
    }
}

/// The right handling of one situation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ruling {
    /// How eligibility is confirmed.
    pub confirmed_by: ConfirmedBy,
    /// How the card holder is authenticated, if a card is authenticated at all.
    pub auth: Option<AuthMode>,
    /// The copay rate.
    #[serde(rename = "copay_percent")]
    pub copay: CopayRate,
    /// The claim route.
    pub claim: ClaimRoute,
    /// Paper or electronic prescription.
    pub prescription: Prescription,
    /// Whether medical information sharing is offered (consent screens).
    pub medical_info_sharing: bool,
    /// Every rule applied to this visit's decisions and steps, in rulebook order; never empty.
    /// The standing conduct rules (no custody, no 12-digit number, no PIN) are in
    /// [`Ruling::prohibited`] instead, since they apply at every visit.
    pub rules: RuleSet,
    /// The rules behind each part.
    pub parts: Parts,
    /// What the receptionist must do, in order.
    pub steps: Vec<Step>,
    /// What happened with the マイナ保険証.
    pub myna: MynaOutcome,
    /// The card's certificate, if a card was shown.
    pub cert: Option<CertStatus>,
    /// The 公費, when the patient has one: whether it applies today and what the window then
    /// charges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsidy: Option<SubsidyRuling>,
}

/// How the 公費 is taken today.
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
pub enum SubsidyRoute {
    /// From PMH with the マイナ保険証 (the reader's 受給者証 prompt, 利用する).
    Pmh,
    /// Online with the My Number card (医療扶助).
    Online,
    /// The paper 受給者証 / 医療証 / 医療券.
    Certificate,
    /// Not applied today: the patient pays the insurance share (and claims it back).
    NotApplied,
}

/// Why a 公費 is not applied today.
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
pub enum NotApplied {
    /// No certificate shown and no PMH data.
    NoCertificate,
    /// The certificate has expired.
    Expired,
    /// A local 医療証 outside its prefecture.
    OutOfArea,
    /// The insurance itself is not confirmed today.
    NoInsurance,
}

/// The 公費 part of a ruling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubsidyRuling {
    /// Which kind.
    pub scheme: SubsidyScheme,
    /// How it is taken.
    pub route: SubsidyRoute,
    /// Why not, when it is not applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_applied: Option<NotApplied>,
    /// What the window charges when it applies.
    pub charge: Option<Charge>,
}

impl SubsidyRuling {
    /// Whether it applies today.
    pub fn applies(&self) -> bool {
        self.route != SubsidyRoute::NotApplied
    }
}

impl Ruling {
    /// The prohibited conduct with the rule behind each.
    pub fn prohibited(&self) -> [Prohibition; 3] {
        [
            Prohibition {
                conduct: Conduct::KeepCard,
                rules: RuleSet::EMPTY.with(R::HandlingNoCustodyDefault),
            },
            Prohibition {
                conduct: Conduct::CopyBackOrNoteNumber,
                rules: RuleSet::EMPTY.with(R::HandlingNo12digit),
            },
            Prohibition {
                conduct: Conduct::HandlePin,
                rules: RuleSet::EMPTY.with(R::AuthNoPinToStaff),
            },
        ]
    }

    /// Whether the ruling asks for this step.
    pub fn has_step(&self, step: StepKind) -> bool {
        self.steps.iter().any(|s| s.step == step)
    }

    /// The rules behind a step, if the ruling asks for it.
    pub fn step_rules(&self, step: StepKind) -> Option<RuleSet> {
        self.steps.iter().find(|s| s.step == step).map(|s| s.rules)
    }
}

/// Why a situation cannot be ruled on.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RulingError {
    /// The visit date is before the rules' coverage.
    #[error("date: {date} is before {first}, the first visit date these rules cover")]
    BeforeCoverage {
        /// The visit date.
        date: Date,
        /// The first covered date.
        first: Date,
    },
    /// The patient is born after the visit.
    #[error("patient.birth_date: {birth} is after the visit date {date}")]
    BornAfterVisit {
        /// The birth date.
        birth: Date,
        /// The visit date.
        date: Date,
    },
    /// Facts that cannot hold together.
    #[error("{}", .0)]
    Inconsistent(crate::consistency::Inconsistency),
}

/// Derives the ruling for a situation under a policy.
pub fn rule(policy: &Policy, situation: &Situation) -> Result<Ruling, RulingError> {
    let calendar = policy.calendar();
    let first = calendar.date(K::MynaBasisFrom);
    if situation.date < first {
        return Err(RulingError::BeforeCoverage {
            date: situation.date,
            first,
        });
    }
    if situation.patient.birth_date > situation.date {
        return Err(RulingError::BornAfterVisit {
            birth: situation.patient.birth_date,
            date: situation.date,
        });
    }
    if let Some(first) = crate::consistency::inconsistencies(policy, situation)
        .into_iter()
        .next()
    {
        return Err(RulingError::Inconsistent(first));
    }
    Ok(Judge::new(policy, situation).run())
}

/// The copay rate by age, income and insurance on the visit date, with its rule.
pub fn copay_by_age(policy: &Policy, situation: &Situation) -> (CopayRate, RuleSet) {
    let calendar = policy.calendar();
    let patient = &situation.patient;
    let date = situation.date;
    let birth = patient.birth_date;
    let rate =
        |key| CopayRate::from_percent(i64::from(calendar.number(key))).unwrap_or(CopayRate::Thirty);
    let late_from = dates::birthday(birth, calendar.number(N::LateElderlyAge));
    if patient.insurance == Insurance::LateElderly || date >= late_from {
        let share = patient.late_elderly_share;
        let mut rules = RuleSet::EMPTY.with(R::Copay75plus);
        if share.rate() == CopayRate::Twenty && date > calendar.date(K::LateElderlyCapLastDay) {
            rules.insert(R::Copay75HairyoEnd);
        }
        return (share.rate(), rules);
    }
    let older_from = dates::first_of_next_month(dates::legal_age_reached(
        birth,
        calendar.number(N::OlderAge),
    ));
    if date >= older_from {
        return match patient.income {
            Income::High => (
                rate(N::CopayOlderHighIncome),
                RuleSet::EMPTY.with(R::Copay70_74_20),
            ),
            Income::General => (
                rate(N::CopayOlderGeneral),
                RuleSet::of(&[R::Copay70_74_20, R::Copay70plusReformPending]),
            ),
        };
    }
    let preschool_end = dates::school_year_end(dates::legal_age_reached(
        birth,
        calendar.number(N::PreschoolAge),
    ));
    if date <= preschool_end {
        return (
            rate(N::CopayPreschool),
            RuleSet::EMPTY.with(R::CopayPreschool20),
        );
    }
    (
        rate(N::CopayWorkingAge),
        RuleSet::EMPTY.with(R::Copay6_69_30),
    )
}

/// The certificate's status on a date, with the rules that describe it.
pub fn cert_status(policy: &Policy, card: &MyNumberCard, date: Date) -> (CertStatus, RuleSet) {
    let calendar = policy.calendar();
    if card.cert_renewed_on == Some(date) {
        return (
            CertStatus::RenewedToday,
            RuleSet::EMPTY.with(R::CertRenewal24h),
        );
    }
    let alert = calendar.number(N::CertAlertMonths);
    let grace = calendar.number(N::CertGraceMonths);
    let grace_from = calendar.date(K::CertGraceFrom);
    let status_of = |expiry: Date| -> (CertStatus, RuleSet) {
        if date <= expiry {
            if date >= dates::add_months(expiry, -alert) {
                (
                    CertStatus::Expiring,
                    RuleSet::EMPTY.with(R::CertReaderAlert),
                )
            } else {
                (CertStatus::Valid, RuleSet::EMPTY)
            }
        } else if expiry >= grace_from && date <= dates::end_of_month_after(expiry, grace) {
            let mut rules = RuleSet::of(&[R::CertGrace3months, R::CertReaderGraceMessage]);
            if date <= dates::add_months(expiry, alert) {
                rules.insert(R::CertReaderAlert);
            }
            (CertStatus::InGrace, rules)
        } else {
            (
                CertStatus::Expired,
                RuleSet::of(&[R::CertAfterGrace, R::CertNotLossOfInsurance]),
            )
        }
    };
    let (cert, mut rules) = status_of(card.cert_expires);
    let Some(card_expiry) = card.card_expires else {
        return (cert, rules);
    };
    let (body, body_rules) = status_of(card_expiry);
    let worse = |s: CertStatus| match s {
        CertStatus::Valid => 0,
        CertStatus::Expiring => 1,
        CertStatus::InGrace => 2,
        CertStatus::Expired => 3,
        CertStatus::RenewedToday => 4,
    };
    if worse(body) >= worse(cert) && body != CertStatus::Valid {
        rules = body_rules.with(R::DocMynaCardBodyValidity);
        if matches!(body, CertStatus::InGrace | CertStatus::Expired) {
            rules.insert(R::CertCardBodyExpiry);
        }
        (body, rules)
    } else {
        (cert, rules)
    }
}

/// Working state while a ruling is derived.
struct Judge<'a> {
    policy: &'a Policy,
    s: &'a Situation,
    date: Date,
    parts: Parts,
    steps: Vec<Step>,
    auth: Option<AuthMode>,
    cert: Option<CertStatus>,
    sharing: bool,
    subsidy: Option<SubsidyRuling>,
}

impl<'a> Judge<'a> {
    fn new(policy: &'a Policy, s: &'a Situation) -> Judge<'a> {
        Judge {
            policy,
            s,
            date: s.date,
            parts: Parts::default(),
            steps: Vec::new(),
            auth: None,
            cert: None,
            sharing: false,
            subsidy: None,
        }
    }

    fn date_of(&self, key: K) -> Date {
        self.policy.calendar().date(key)
    }

    fn step(&mut self, step: StepKind, rules: &[R]) {
        self.step_set(step, RuleSet::of(rules));
    }

    fn step_set(&mut self, step: StepKind, rules: RuleSet) {
        if let Some(existing) = self.steps.iter_mut().find(|s| s.step == step) {
            existing.rules.extend(rules);
        } else {
            self.steps.push(Step { step, rules });
        }
    }

    fn run(mut self) -> Ruling {
        let s = self.s;
        let (age_rate, age_rules) = copay_by_age(self.policy, s);
        let myna = self.try_my_number_card();
        let confirmed_by = if myna == MynaOutcome::Confirmed {
            ConfirmedBy::MyNumberCard
        } else {
            self.fall_back(myna)
        };

        // Copay: the rate for the age, taken from the online result, the document or the
        // declaration; the full cost only when no valid route exists.
        let assistance_alone = s.patient.insurance == Insurance::None
            && s.patient
                .subsidy
                .as_ref()
                .is_some_and(|sub| sub.scheme == SubsidyScheme::PublicAssistance);
        let copay = if assistance_alone && confirmed_by != ConfirmedBy::None {
            // 医療扶助 alone: no insurance share; the whole claim goes to 医療扶助.
            self.parts.copay = RuleSet::of(&[R::KouhiSeikatsuHogoKokuhoLost]);
            CopayRate::Zero
        } else if confirmed_by == ConfirmedBy::None {
            self.parts.copay = RuleSet::of(&[R::Fail10wariWhen]);
            if !self.uninsured() {
                self.parts.copay.insert(R::FailForgotCard);
            }
            CopayRate::Full
        } else {
            self.parts.copay = age_rules;
            // With the マイナ保険証 the rate is the online result's; otherwise it is read from the
            // document or declared by the patient, and must still be the rate for the age.
            if confirmed_by != ConfirmedBy::MyNumberCard {
                self.parts.copay.insert(R::CopayUseOnlineResult);
            }
            if matches!(myna, MynaOutcome::Failed { .. }) {
                self.parts.copay.insert(R::FailInvalidNo10wari);
            }
            self.share_for(confirmed_by, age_rate)
        };
        self.subsidy = self.subsidy_part(confirmed_by, myna);
        self.refund_steps(confirmed_by);

        let claim = self.claim(confirmed_by, myna);
        let prescription = self.prescription(confirmed_by);
        self.information_sharing(confirmed_by);
        self.closing_steps(confirmed_by);

        let rules = self.parts.all().union(
            self.steps
                .iter()
                .filter(|step| step.step != StepKind::ReturnCard)
                .fold(RuleSet::EMPTY, |set, step| set.union(step.rules)),
        );
        Ruling {
            confirmed_by,
            auth: self.auth,
            copay,
            claim,
            prescription,
            medical_info_sharing: self.sharing,
            rules,
            parts: self.parts,
            steps: self.steps,
            myna,
            cert: self.cert,
            subsidy: self.subsidy,
        }
    }

    /// The share when it does not come from the online result: the 高齢受給者証 beside an old
    /// card at 70–74, or what the patient declares on the 申立書.
    fn share_for(&mut self, confirmed_by: ConfirmedBy, age_rate: CopayRate) -> CopayRate {
        let s = self.s;
        let calendar = self.policy.calendar();
        let age = dates::age_on(s.patient.birth_date, self.date);
        let older = age >= calendar.number(N::OlderAge)
            && age < calendar.number(N::LateElderlyAge)
            && s.patient.insurance != Insurance::LateElderly;
        if s.patient.insurance == Insurance::LateElderly
            && age >= calendar.number(N::LateElderlyAge)
        {
            self.parts.copay.insert(R::Age75LeavesEmployeeInsurance);
        }
        if s.patient.insurance == Insurance::LateElderly && s.patient.disability_certified {
            self.parts.copay.insert(R::Kouki65_74Disability);
        }
        match confirmed_by {
            ConfirmedBy::InsuranceCard | ConfirmedBy::Provisional if older => {
                if let Some(doc) = s.elderly_certificate().filter(|d| self.date <= d.expires) {
                    self.parts.copay.insert(R::KoureiJukyushaCard);
                    return doc.share;
                }
                self.parts.copay.insert(R::KoureiJukyushaCard);
                self.parts.copay.insert(R::KoureiShareMissingDoc);
                self.step(StepKind::AskForElderlyCertificate, &[R::KoureiJukyushaCard]);
                let online = s.clinic.network == Network::Up
                    && s.patient.online_record == OnlineRecord::Registered;
                if online {
                    // The share comes from the online look-up by the card's numbers.
                    self.step(StepKind::LookUpByNumbers, &[R::KoureiShareMissingDoc]);
                    age_rate
                } else {
                    CopayRate::Thirty
                }
            }
            ConfirmedBy::Declaration => match s.patient.declared_share {
                Some(declared) => {
                    self.parts.copay.insert(R::MoushitateDeclaredShare);
                    declared
                }
                None => age_rate,
            },
            _ => age_rate,
        }
    }

    /// A patient who paid the full cost before and now shows a valid document: the refund at
    /// the window within the month, 療養費 from the insurer after it.
    fn refund_steps(&mut self, confirmed_by: ConfirmedBy) {
        let Some(paid) = self.s.patient.paid_full_on else {
            return;
        };
        if confirmed_by == ConfirmedBy::None {
            return;
        }
        let same_month = paid.year() == self.date.year() && paid.month() == self.date.month();
        if same_month {
            self.step(StepKind::RefundDifference, &[R::RefundSameMonthAtClinic]);
        } else {
            self.step(StepKind::AdviseRyouyouhi, &[R::RefundAfterMonthRyouyouhi]);
        }
    }

    /// The 公費: PMH with the card where the clinic and the city are connected, the paper
    /// certificate otherwise; not applied (the insurance share today, claimed back) without
    /// it, when it has expired, or outside its prefecture.
    fn subsidy_part(
        &mut self,
        confirmed_by: ConfirmedBy,
        myna: MynaOutcome,
    ) -> Option<SubsidyRuling> {
        let s = self.s;
        let subsidy = s.patient.subsidy.as_ref()?;
        let found = self.policy.municipalities().find(subsidy)?;
        let date = self.date;
        let mut rules = RuleSet::of(&[R::KouhiWithInsuranceAlways]);
        let charge = found.charge_on(date);
        let not_applied = |judge: &mut Judge<'_>, why: NotApplied, rules: RuleSet| {
            judge.parts.subsidy = rules;
            Some(SubsidyRuling {
                scheme: subsidy.scheme,
                route: SubsidyRoute::NotApplied,
                not_applied: Some(why),
                charge: None,
            })
        };
        if subsidy.scheme == SubsidyScheme::PublicAssistance {
            rules = RuleSet::EMPTY;
            let online_from = match found {
                Found::National(n) => n.online_from,
                Found::Local(..) => None,
            };
            let online =
                myna == MynaOutcome::Confirmed && online_from.is_some_and(|from| date >= from);
            let route = if online {
                rules.insert(R::KouhiSeikatsuHogoOnline);
                SubsidyRoute::Online
            } else if s.subsidy_certificate().is_some_and(|t| date <= t.expires) {
                rules.insert(R::KouhiSeikatsuHogoPaperTicket);
                SubsidyRoute::Certificate
            } else {
                rules.insert(R::KouhiSeikatsuHogoPaperTicket);
                self.step(
                    StepKind::AskForSubsidyCertificate,
                    &[R::KouhiSeikatsuHogoPaperTicket],
                );
                return not_applied(self, NotApplied::NoCertificate, rules);
            };
            if s.patient.insurance == Insurance::None {
                rules.insert(R::KouhiSeikatsuHogoKokuhoLost);
            }
            self.step_set(StepKind::ApplySubsidy, rules);
            self.parts.subsidy = rules;
            return Some(SubsidyRuling {
                scheme: subsidy.scheme,
                route,
                not_applied: None,
                charge,
            });
        }
        if confirmed_by == ConfirmedBy::None {
            return not_applied(self, NotApplied::NoInsurance, rules);
        }
        match subsidy.scheme {
            SubsidyScheme::IndependenceSupport => rules.insert(R::KouhiJiritsuShienCopay),
            SubsidyScheme::IntractableDisease | SubsidyScheme::ChildChronic => {
                rules.insert(R::KouhiNanbyoCopay);
            }
            _ => rules.insert(R::KouhiLocalCharge),
        }
        let (pmh_live, in_area) = match found {
            Found::Local(city, scheme) => {
                let in_area = !scheme.in_prefecture_only
                    || s.clinic
                        .prefecture
                        .as_deref()
                        .is_none_or(|p| p == city.prefecture);
                (
                    s.clinic.pmh && scheme.pmh_from.is_some_and(|from| date >= from),
                    in_area,
                )
            }
            Found::National(_) => (false, true),
        };
        if !in_area {
            rules.insert(R::KouhiOutOfAreaReimbursement);
            self.step(
                StepKind::AdviseSubsidyReimbursement,
                &[R::KouhiOutOfAreaReimbursement],
            );
            return not_applied(self, NotApplied::OutOfArea, rules);
        }
        if subsidy.scheme.is_local() {
            rules.insert(R::KouhiInAreaGenbutsu);
        }
        let card_confirmed = myna == MynaOutcome::Confirmed;
        if s.clinic.pmh && subsidy.scheme.is_local() {
            if !pmh_live {
                rules.insert(R::PmhMunicipalitySchemeConnected);
            } else if !card_confirmed {
                rules.insert(R::PmhNeedsMynaHokensho);
            }
        } else if subsidy.scheme.is_local() {
            rules.insert(R::PmhNonPmhClinic);
        }
        let route = if pmh_live && card_confirmed && !subsidy.declines_pmh {
            rules.insert(R::PmhReaderPrompt);
            rules.insert(R::PmhPromptAccept);
            rules.insert(R::PmhMunicipalitySchemeConnected);
            SubsidyRoute::Pmh
        } else {
            match s.subsidy_certificate() {
                Some(doc) if date <= doc.expires => {
                    if pmh_live && card_confirmed {
                        rules.insert(R::PmhReaderPrompt);
                        rules.insert(R::PmhPromptRefuse);
                    }
                    self.step_set(StepKind::AskForSubsidyCertificate, rules);
                    SubsidyRoute::Certificate
                }
                Some(_) => {
                    rules.insert(R::KouhiCertificateExpired);
                    self.step(
                        StepKind::AdviseSubsidyReimbursement,
                        &[R::KouhiCertificateExpired, R::KouhiForgotCertificate],
                    );
                    return not_applied(self, NotApplied::Expired, rules);
                }
                None => {
                    rules.insert(R::KouhiForgotCertificate);
                    self.step(
                        StepKind::AskForSubsidyCertificate,
                        &[R::KouhiForgotCertificate],
                    );
                    self.step(
                        StepKind::AdviseSubsidyReimbursement,
                        &[R::KouhiForgotCertificate],
                    );
                    return not_applied(self, NotApplied::NoCertificate, rules);
                }
            }
        };
        self.step_set(StepKind::ApplySubsidy, rules);
        self.parts.subsidy = rules;
        Some(SubsidyRuling {
            scheme: subsidy.scheme,
            route,
            not_applied: None,
            charge,
        })
    }

    /// Whether the patient truly has no insurance. The online system is authoritative: when it
    /// holds a current record, the patient is insured whatever they say.
    fn uninsured(&self) -> bool {
        self.s.patient.insurance == Insurance::None
            && self.s.patient.online_record != OnlineRecord::Registered
    }

    /// Tries the physical card, then the smartphone.
    fn try_my_number_card(&mut self) -> MynaOutcome {
        let s = self.s;
        if s.setting == Setting::HomeVisit
            && s.patient.visited_before
            && s.my_number_card().is_none()
        {
            // A later home visit: the clinic re-queries with what the first visit's card gave.
            self.parts.confirmed_by.insert(R::VisitRereference);
            self.parts.confirmed_by.insert(R::VisitRequeryLater);
            self.step(
                StepKind::RequeryAtClinic,
                &[R::VisitRereference, R::VisitRequeryLater],
            );
            return self.online_result_at_home();
        }
        if let Some(card) = s.my_number_card() {
            return match s.setting {
                Setting::Clinic => self.card_at_clinic(card),
                Setting::HomeVisit => self.card_at_home(card),
            };
        }
        if let Some(phone) = s.smartphone_card() {
            let supported = s.setting == Setting::Clinic
                && s.clinic.smartphone_reader
                && self.date >= self.date_of(K::SmartphoneCardFrom);
            if !supported {
                self.parts.confirmed_by.insert(R::DocMynaSmartphone);
                self.step(StepKind::AskForPhysicalCard, &[R::DocMynaSmartphone]);
                return MynaOutcome::Failed {
                    reason: MynaFailure::SmartphoneUnsupported,
                };
            }
            if let Some(expires) = phone.card_expires
                && self.date > expires
            {
                self.parts
                    .confirmed_by
                    .insert(R::PhoneMynaStopsOnCardOrCertExpiry);
                self.step(
                    StepKind::AskForPhysicalCard,
                    &[R::PhoneMynaStopsOnCardOrCertExpiry],
                );
                return MynaOutcome::Failed {
                    reason: MynaFailure::PhoneExpired,
                };
            }
            if let Some(failed) = self.equipment_check() {
                return failed;
            }
            self.auth = Some(match phone.os {
                PhoneOs::Iphone => AuthMode::Face,
                PhoneOs::Android => AuthMode::Pin,
            });
            self.parts.auth = RuleSet::of(&[R::AuthMethods, R::DocMynaSmartphone]);
            self.parts.confirmed_by.insert(R::DocMynaSmartphone);
            return self.online_result();
        }
        MynaOutcome::NotPresented
    }

    /// The reader and the network at the clinic: a restart fixes a reader that did not start.
    fn equipment_check(&mut self) -> Option<MynaOutcome> {
        let clinic = &self.s.clinic;
        if clinic.reader == ReaderState::NeedsRestart {
            self.step(StepKind::RebootReader, &[R::FailReaderReboot]);
        }
        if clinic.reader == ReaderState::Broken || clinic.network == Network::Down {
            self.parts.confirmed_by.insert(R::FailSystemDown);
            return Some(MynaOutcome::Failed {
                reason: MynaFailure::SystemDown,
            });
        }
        None
    }

    fn card_at_clinic(&mut self, card: &MyNumberCard) -> MynaOutcome {
        let s = self.s;
        let (cert, cert_rules) = cert_status(self.policy, card, self.date);
        self.cert = Some(cert);
        if card.someone_else {
            self.parts.confirmed_by.insert(R::WrongPersonCard);
            self.step(StepKind::RefuseOtherPersonsCard, &[R::WrongPersonCard]);
            return MynaOutcome::Failed {
                reason: MynaFailure::WrongPerson,
            };
        }
        let app_ready = s.clinic.myna_app
            && s.clinic.reader == ReaderState::Broken
            && s.clinic.network == Network::Up
            && card.photo
            && self.date >= self.date_of(K::MynaAppCounterFrom);
        if app_ready && !matches!(cert, CertStatus::Expired | CertStatus::RenewedToday) {
            // The reader is broken: the マイナ資格確認アプリ reads the card at the counter and
            // staff compare the photo (目視).
            self.parts.confirmed_by.insert(R::ReaderBrokenAppRoute);
            self.step(StepKind::UseMynaApp, &[R::ReaderBrokenAppRoute]);
            self.auth = Some(AuthMode::Visual);
            self.parts.auth = RuleSet::of(&[R::ReaderBrokenAppRoute, R::AuthVisualWhen]);
            if matches!(cert, CertStatus::InGrace | CertStatus::Expiring) {
                self.step_set(StepKind::AdviseCertRenewal, cert_rules);
            }
            return self.online_result();
        }
        if let Some(failed) = self.equipment_check() {
            return failed;
        }
        if card.in_sleeve {
            self.step(StepKind::TakeCardOutOfSleeve, &[R::AuthSleeve]);
        }
        if s.patient.requests_assistance {
            self.step(StepKind::AssistPlacingCard, &[R::AuthAssist]);
        }
        if cert == CertStatus::RenewedToday {
            self.parts.confirmed_by.extend(cert_rules);
            self.step_set(StepKind::ExplainRenewalDelay, cert_rules);
            return MynaOutcome::Failed {
                reason: MynaFailure::NotYetReflected,
            };
        }
        if !self.authenticate_at_reader(card) {
            return MynaOutcome::Failed {
                reason: MynaFailure::CannotAuthenticate,
            };
        }
        if let Some(failed) = self.certificate_and_registration(card, cert, cert_rules) {
            return failed;
        }
        self.online_result()
    }

    /// Face, then PIN, then 目視, as the reader offers them.
    fn authenticate_at_reader(&mut self, card: &MyNumberCard) -> bool {
        let mut rules = RuleSet::EMPTY.with(R::AuthMethods);
        if self.s.patient.capacity == Capacity::CannotOperate {
            // Struggling at every visit: a 資格確認書 can be issued on application.
            self.step(
                StepKind::ApplyForEligibilityCertificate,
                &[R::CannotOperateVisual, R::DocKakuninOnApplication],
            );
        }
        if self.s.patient.capacity == Capacity::CannotOperate && card.photo {
            // They cannot use the reader: staff 目視 with the card's photo.
            rules.insert(R::CannotOperateVisual);
            rules.insert(R::AuthVisualWhen);
            let mut visual = RuleSet::of(&[R::CannotOperateVisual, R::AuthVisualWhen]);
            if self.date >= self.date_of(K::VisualPasscodeFrom) {
                visual.insert(R::AuthVisualProcedure2025);
                if !self.s.clinic.visual_passcode_set {
                    self.step(StepKind::SetVisualPasscode, &[R::AuthVisualProcedure2025]);
                }
                self.step_set(StepKind::VisualCheck, visual);
            } else {
                self.step_set(StepKind::VisualCheck, visual);
                self.step(StepKind::SwitchBackToAutoMode, &[R::HandlingRevertMode]);
            }
            self.auth = Some(AuthMode::Visual);
            self.parts.auth = rules;
            return true;
        }
        let child = dates::age_on(self.s.patient.birth_date, self.date)
            < self.policy.calendar().number(N::ChildPinAge);
        if child && self.s.patient.with_parent && card.pin == PinState::Known {
            rules.insert(R::ChildPinByParent);
        }
        if card.pin == PinState::None {
            rules.insert(R::AuthFaceauthCard);
        }
        if card.pin == PinState::Locked {
            rules.insert(R::AuthPinLock);
            self.step(StepKind::AdvisePinReset, &[R::AuthPinLock]);
        }
        if !card.photo {
            rules.insert(R::AuthInfantPhotoless);
            if card.pin == PinState::Known {
                self.auth = Some(AuthMode::Pin);
                self.parts.auth = rules;
                return true;
            }
            self.parts.auth = rules;
            self.parts.confirmed_by.insert(R::AuthInfantPhotoless);
            return false;
        }
        if card.face_recognized {
            self.auth = Some(AuthMode::Face);
            self.parts.auth = rules;
            return true;
        }
        rules.insert(R::AuthFaceLock);
        if card.pin == PinState::Known {
            self.step(StepKind::SuggestPin, &[R::AuthMethods, R::AuthFaceLock]);
            self.auth = Some(AuthMode::Pin);
            self.parts.auth = rules;
            return true;
        }
        // Face failed and there is no PIN to use: staff 目視.
        rules.insert(R::AuthVisualWhen);
        let mut visual = RuleSet::EMPTY.with(R::AuthVisualWhen);
        if card.pin == PinState::Locked {
            visual.insert(R::AuthPinLock);
            visual.insert(R::AuthVisualNoReset);
            rules.insert(R::AuthVisualNoReset);
            self.step(StepKind::AdvisePinReset, &[R::AuthVisualNoReset]);
        }
        if card.pin == PinState::None {
            visual.insert(R::AuthFaceauthCard);
        }
        if self.date >= self.date_of(K::VisualPasscodeFrom) {
            rules.insert(R::AuthVisualProcedure2025);
            visual.insert(R::AuthVisualProcedure2025);
            if !self.s.clinic.visual_passcode_set {
                self.step(StepKind::SetVisualPasscode, &[R::AuthVisualProcedure2025]);
            }
            self.step_set(StepKind::VisualCheck, visual);
        } else {
            rules.insert(R::HandlingRevertMode);
            self.step_set(StepKind::VisualCheck, visual);
            self.step(StepKind::SwitchBackToAutoMode, &[R::HandlingRevertMode]);
        }
        self.auth = Some(AuthMode::Visual);
        self.parts.auth = rules;
        true
    }

    /// The certificate's state and the card's registration, after authentication.
    fn certificate_and_registration(
        &mut self,
        card: &MyNumberCard,
        cert: CertStatus,
        cert_rules: RuleSet,
    ) -> Option<MynaOutcome> {
        match cert {
            CertStatus::Expired => {
                self.parts.confirmed_by.extend(cert_rules);
                self.step_set(
                    StepKind::AdviseCertRenewal,
                    without_insurance_note(cert_rules),
                );
                self.step(StepKind::AdviseReRegistration, &[R::CertAfterGrace]);
                return Some(MynaOutcome::Failed {
                    reason: MynaFailure::CertExpired,
                });
            }
            CertStatus::InGrace | CertStatus::Expiring => {
                self.step_set(StepKind::AdviseCertRenewal, cert_rules);
            }
            CertStatus::Valid | CertStatus::RenewedToday => {}
        }
        if !card.registered_for_insurance {
            self.step(
                StepKind::OfferRegistration,
                &[R::HandlingRegisterOnSpot, R::DocMynaNeedsRegistration],
            );
            self.parts.confirmed_by.insert(R::HandlingRegisterOnSpot);
        }
        None
    }

    /// What the online system holds, once the card is read and authenticated.
    fn online_result(&mut self) -> MynaOutcome {
        match self.s.patient.online_record {
            OnlineRecord::Registered => {
                self.parts.confirmed_by.insert(R::AuthMethods);
                if self.s.patient.visited_before {
                    self.step(StepKind::ConfirmEveryVisit, &[R::DocMynaEveryVisit]);
                }
                MynaOutcome::Confirmed
            }
            OnlineRecord::Pending | OnlineRecord::Missing => {
                self.parts.confirmed_by.insert(R::FailInvalidCause);
                // Someone with no insurer at all waits for no registration.
                if self.s.patient.insurance != Insurance::None {
                    self.step(StepKind::ExplainRegistrationLag, &[R::FailInvalidCause]);
                }
                MynaOutcome::Failed {
                    reason: if self.s.patient.online_record == OnlineRecord::Pending {
                        MynaFailure::Invalid
                    } else {
                        MynaFailure::NoRecord
                    },
                }
            }
        }
    }

    /// The home visit (居宅同意取得型): the card is read on a mobile device; later visits
    /// re-query at the clinic.
    fn card_at_home(&mut self, card: &MyNumberCard) -> MynaOutcome {
        let s = self.s;
        let (cert, cert_rules) = cert_status(self.policy, card, self.date);
        self.cert = Some(cert);
        if s.patient.visited_before {
            self.parts.confirmed_by.insert(R::VisitRereference);
            self.step(StepKind::RequeryAtClinic, &[R::VisitRereference]);
            return self.online_result_at_home();
        }
        self.parts.confirmed_by.insert(R::VisitKyotakuType);
        self.step(StepKind::UseHomeVisitDevice, &[R::VisitKyotakuType]);
        if s.clinic.network == Network::Down {
            self.parts.confirmed_by.insert(R::FailSystemDown);
            return MynaOutcome::Failed {
                reason: MynaFailure::SystemDown,
            };
        }
        if cert == CertStatus::RenewedToday {
            self.parts.confirmed_by.extend(cert_rules);
            self.step_set(StepKind::ExplainRenewalDelay, cert_rules);
            return MynaOutcome::Failed {
                reason: MynaFailure::NotYetReflected,
            };
        }
        let app = self.date >= self.date_of(K::MynaAppFrom);
        if card.pin == PinState::Known {
            self.auth = Some(AuthMode::Pin);
            self.parts.auth = RuleSet::of(&[R::VisitKyotakuType]);
        } else if card.photo && app {
            let mut rules = RuleSet::of(&[R::VisitKyotakuType, R::AuthVisualWhen]);
            if card.pin == PinState::None {
                rules.insert(R::VisitFaceauthCard);
            }
            if card.pin == PinState::Locked {
                rules.insert(R::AuthPinLock);
            }
            self.step_set(StepKind::VisualCheck, rules);
            self.auth = Some(AuthMode::Visual);
            self.parts.auth = rules;
        } else {
            self.parts.auth = RuleSet::of(&[R::VisitKyotakuType]);
            if !card.photo {
                self.parts.auth.insert(R::AuthInfantPhotoless);
            }
            return MynaOutcome::Failed {
                reason: MynaFailure::CannotAuthenticate,
            };
        }
        if !card.registered_for_insurance {
            // Registration needs a face-recognition reader, which a home visit does not have.
            self.parts.confirmed_by.insert(R::DocMynaNeedsRegistration);
            return MynaOutcome::Failed {
                reason: MynaFailure::Unregistered,
            };
        }
        match cert {
            CertStatus::Expired => {
                self.parts.confirmed_by.extend(cert_rules);
                self.step_set(
                    StepKind::AdviseCertRenewal,
                    without_insurance_note(cert_rules),
                );
                self.step(StepKind::AdviseReRegistration, &[R::CertAfterGrace]);
                return MynaOutcome::Failed {
                    reason: MynaFailure::CertExpired,
                };
            }
            CertStatus::InGrace | CertStatus::Expiring => {
                self.step_set(StepKind::AdviseCertRenewal, cert_rules);
            }
            CertStatus::Valid | CertStatus::RenewedToday => {}
        }
        self.online_result_at_home()
    }

    fn online_result_at_home(&mut self) -> MynaOutcome {
        match self.s.patient.online_record {
            OnlineRecord::Registered => MynaOutcome::Confirmed,
            OnlineRecord::Pending | OnlineRecord::Missing => {
                if self.s.my_number_card().is_none() {
                    // The re-query says the earlier eligibility is gone: read the card again.
                    self.parts.confirmed_by.insert(R::VisitRequeryInvalid);
                    self.step(StepKind::AskForPhysicalCard, &[R::VisitRequeryInvalid]);
                }
                self.parts.confirmed_by.insert(R::FailInvalidCause);
                self.step(StepKind::ExplainRegistrationLag, &[R::FailInvalidCause]);
                MynaOutcome::Failed {
                    reason: if self.s.patient.online_record == OnlineRecord::Pending {
                        MynaFailure::Invalid
                    } else {
                        MynaFailure::NoRecord
                    },
                }
            }
        }
    }

    /// When the マイナ保険証 did not confirm eligibility: the documents in order, then the
    /// declaration for a card holder, then the full cost.
    fn fall_back(&mut self, myna: MynaOutcome) -> ConfirmedBy {
        let s = self.s;
        let date = self.date;
        let physical_card = s.my_number_card();
        // A later home visit whose re-query failed counts as a card holder's: the first visit
        // read their card.
        let requery_failed = s.setting == Setting::HomeVisit
            && s.patient.visited_before
            && physical_card.is_none()
            && matches!(myna, MynaOutcome::Failed { .. });
        let card_failed = matches!(myna, MynaOutcome::Failed { .. })
            && (physical_card.is_some() || requery_failed);
        let failure = match myna {
            MynaOutcome::Failed { reason } => Some(reason),
            _ => None,
        };
        let online_lookup =
            s.clinic.network == Network::Up && s.patient.online_record == OnlineRecord::Registered;

        // The failure's own route rules.
        match failure {
            Some(MynaFailure::SystemDown) => {
                self.parts.confirmed_by.insert(R::FailSystemDown);
            }
            Some(MynaFailure::Invalid | MynaFailure::NoRecord) => {
                self.parts.confirmed_by.insert(R::FailInvalidSteps);
            }
            Some(MynaFailure::CertExpired | MynaFailure::Unregistered) => {
                self.step(
                    StepKind::AskForEligibilityCertificate,
                    &[R::CertExOfficioKakunin, R::DocKakuninExOfficioTargets],
                );
            }
            _ => {}
        }

        // 0. 生活保護 with no insurance: the paper 医療券.
        let assistance_alone = s.patient.insurance == Insurance::None
            && s.patient
                .subsidy
                .as_ref()
                .is_some_and(|sub| sub.scheme == SubsidyScheme::PublicAssistance);
        if assistance_alone && s.subsidy_certificate().is_some_and(|t| date <= t.expires) {
            self.parts
                .confirmed_by
                .insert(R::KouhiSeikatsuHogoPaperTicket);
            return ConfirmedBy::MedicalTicket;
        }

        // 1. A 資格確認書 inside its validity, from the current insurer.
        if s.certificates()
            .any(|doc| doc.from_current_insurer && date <= doc.expires)
        {
            let mut rules = RuleSet::of(&[R::DocKakuninValidIfInDate, R::DocKakuninMax5y]);
            self.certificate_context(&mut rules);
            if s.certificates().any(|doc| date > doc.expires) {
                // An older, expired certificate shown beside the valid one.
                rules.insert(R::DocKakuninExpired);
            }
            if s.setting == Setting::HomeVisit {
                rules.insert(R::VisitKakuninDoc);
            }
            self.parts.confirmed_by.extend(rules);
            if online_lookup {
                self.step(StepKind::LookUpByNumbers, &[R::DocKakuninValidIfInDate]);
            }
            return ConfirmedBy::EligibilityCertificate;
        }

        // 2. The card (identity by its photo) with the お知らせ or the マイナポータル screen.
        let own_card = physical_card.is_some_and(|card| !card.someone_else) || requery_failed;
        if card_failed && own_card && physical_card.is_some_and(|card| card.photo) {
            let older = dates::age_on(s.patient.birth_date, date)
                >= self.policy.calendar().number(N::OlderAge);
            let expired_notice = s
                .notice()
                .is_some_and(|n| n.expires.is_some_and(|e| date > e));
            if expired_notice && older {
                self.parts.confirmed_by.insert(R::Oshirase70_74Expiry);
            }
            let notice = s
                .notice()
                .filter(|n| n.from_current_insurer && n.expires.is_none_or(|e| date <= e));
            if notice.is_some() || s.shows(DocumentKind::PortalScreen) {
                let (rule, step) = if notice.is_some() {
                    (R::DocOshiraseWithCard, StepKind::UseCardWithNotice)
                } else {
                    (R::DocPortalWithCard, StepKind::UseCardWithPortal)
                };
                let mut rules = RuleSet::EMPTY.with(rule);
                if notice.is_some() {
                    let age = dates::age_on(s.patient.birth_date, date);
                    if age >= self.policy.calendar().number(N::OlderAge) {
                        rules.insert(R::DocOshiraseValidity);
                        if s.notice().is_some_and(|n| n.expires.is_some()) {
                            rules.insert(R::Oshirase70_74Expiry);
                        }
                    }
                    if s.patient.insurance == Insurance::LateElderly
                        && date >= self.date_of(K::LateElderlyNewRuleFrom)
                    {
                        rules.insert(R::DocKakuninKoukiFrom2026_08);
                    }
                }
                self.parts.confirmed_by.extend(rules);
                self.step(step, &[rule]);
                return ConfirmedBy::CardWithNotice;
            }
        }

        // 3. An old 健康保険証 inside its validity, from the current insurer.
        let mut old_card_rules = RuleSet::EMPTY;
        let card_last_day = self.old_card_last_day();
        for card in s.insurance_cards() {
            old_card_rules.insert(R::DocOldcardNoNewIssue);
            old_card_rules.insert(R::DocOldcardMaxValidity);
            match s.patient.insurance {
                Insurance::LateElderly => old_card_rules.insert(R::DocOldcardKoukiExpiry),
                Insurance::National => old_card_rules.insert(R::DocOldcardKokuhoExpiry),
                _ => {}
            }
            if !card.from_current_insurer {
                old_card_rules.insert(R::DocOldcardLostEligibility);
                if online_lookup && card_failed {
                    // A look-up by its numbers shows 「無効（新しい資格あり）」: the card holder
                    // goes on to the declaration, never 10割.
                    old_card_rules.insert(R::ResultInvalidNewExists);
                }
                continue;
            }
            let valid_until = card.expires.map_or(card_last_day, |e| e.min(card_last_day));
            if date <= valid_until {
                let rules = old_card_rules.without(R::DocOldcardLostEligibility);
                self.parts.confirmed_by.extend(rules);
                if online_lookup {
                    self.step(StepKind::LookUpByNumbers, &[R::DocOldcardMaxValidity]);
                }
                return ConfirmedBy::InsuranceCard;
            }
        }

        // 4. The provisional acceptance (expired card, expired 資格確認書, お知らせ alone).
        if let Some(rules) = self.provisional(online_lookup) {
            self.parts.confirmed_by.extend(rules);
            self.step(StepKind::LookUpByNumbers, &[R::DocOldcardProvisionalAccept]);
            self.step(
                StepKind::BringValidDocumentNextTime,
                &[R::DocOldcardProvisionalAccept],
            );
            return ConfirmedBy::Provisional;
        }

        // 5. A card holder whose card could not confirm: the declaration, normal copay. (Not for
        // someone with no insurance: there is no insurer to declare; nor with someone else's
        // card, which says nothing about this patient.)
        if card_failed && own_card && !self.uninsured() {
            let mut rules = RuleSet::of(&[R::FailMoushitate, R::FailInvalidNo10wari]);
            if old_card_rules.contains(R::ResultInvalidNewExists) {
                rules.insert(R::ResultInvalidNewExists);
            }
            if failure == Some(MynaFailure::CertExpired) {
                rules.insert(R::CertFailureFallback);
            }
            if s.patient.visited_before && s.patient.details_unchanged {
                rules.insert(R::FailInvalidSteps);
                self.step(StepKind::OralConfirmation, &[R::FailInvalidSteps]);
            } else {
                self.step(StepKind::DeclarationForm, &[R::FailMoushitate]);
            }
            if matches!(failure, Some(MynaFailure::Invalid | MynaFailure::NoRecord)) {
                self.step(StepKind::AskForNewNumbers, &[R::FailInvalidSteps]);
            }
            self.parts.confirmed_by.extend(rules);
            return ConfirmedBy::Declaration;
        }

        // 6. No valid route: the full cost, refundable within the month.
        if self.uninsured() {
            self.parts.confirmed_by.insert(R::Fail10wariWhen);
            self.parts.confirmed_by.insert(R::TrulyUninsured);
            return ConfirmedBy::None;
        }
        let mut rules = RuleSet::of(&[R::FailForgotCard, R::Fail10wariWhen]);
        rules.extend(old_card_rules);
        let after_provisional = date > self.date_of(K::ProvisionalLastDay);
        if s.insurance_cards().next().is_some() && after_provisional {
            rules.insert(R::DocOldcardAfterProvisional);
        }
        if s.certificates().next().is_some() {
            rules.insert(R::DocKakuninExpired);
            if s.certificates().any(|doc| !doc.from_current_insurer) {
                rules.insert(R::DocOldcardLostEligibility);
            }
        }
        if s.shows(DocumentKind::EligibilityNotice) {
            rules.insert(R::DocOshiraseNotStandalone);
            if after_provisional {
                rules.insert(R::DocOldcardAfterProvisional);
            }
        }
        if s.shows(DocumentKind::PortalScreen) {
            rules.insert(R::DocPortalWithCard);
        }
        if s.patient.card_lost {
            rules.insert(R::FailLostCard);
            self.step(
                StepKind::ApplyForEligibilityCertificate,
                &[R::FailLostCard, R::DocKakuninOnApplication],
            );
        } else if physical_card.is_none() {
            self.step(
                StepKind::AskForEligibilityCertificate,
                &[R::DocKakuninExOfficioTargets],
            );
        }
        self.step(
            StepKind::ChargeFullAndRefundWithinMonth,
            &[R::FailForgotCard, R::Fail10wariWhen],
        );
        self.parts.confirmed_by.extend(rules);
        ConfirmedBy::None
    }

    /// The last day any old card of this patient's insurance can be valid.
    fn old_card_last_day(&self) -> Date {
        let last = self.date_of(K::OldCardLastDay);
        if self.s.patient.insurance == Insurance::LateElderly {
            last.min(self.date_of(K::LateElderlyCardLastDay))
        } else {
            last
        }
    }

    /// Rules that describe the 資格確認書 this patient holds.
    fn certificate_context(&self, rules: &mut RuleSet) {
        let s = self.s;
        let age = dates::age_on(s.patient.birth_date, self.date);
        let calendar = self.policy.calendar();
        if s.patient.insurance == Insurance::LateElderly {
            rules.insert(R::DocKakuninKouki1y);
            if self.date <= self.date_of(K::LateElderlyInterimLastDay) {
                rules.insert(R::DocKakuninExOfficioTargets);
            } else {
                rules.insert(R::DocKakuninKoukiFrom2026_08);
                let new_rule = self.date_of(K::LateElderlyNewRuleFrom);
                if dates::age_on(s.patient.birth_date, new_rule) >= 85 {
                    rules.insert(R::DocKakuninKouki85plus);
                }
            }
        } else if age >= calendar.number(N::OlderAge) {
            rules.insert(R::DocKakunin70_74Combined);
        }
        if s.patient.card_lost {
            rules.insert(R::DocKakuninOnApplication);
            rules.insert(R::FailLostCard);
        }
    }

    /// The provisional acceptance, if the date, the insurer and the online look-up allow it.
    fn provisional(&self, online_lookup: bool) -> Option<RuleSet> {
        let s = self.s;
        let date = self.date;
        let start = match s.patient.insurance {
            Insurance::National => self.date_of(K::ProvisionalNationalFrom),
            Insurance::LateElderly => self.date_of(K::ProvisionalLateElderlyFrom),
            Insurance::Employee => self.date_of(K::ProvisionalAllFrom),
            Insurance::None => return None,
        };
        let start = start.min(self.date_of(K::ProvisionalAllFrom));
        if date < start || date > self.date_of(K::ProvisionalLastDay) || !online_lookup {
            return None;
        }
        let mut rules = RuleSet::EMPTY.with(R::DocOldcardProvisionalAccept);
        let expired_card = s.insurance_cards().any(|card| card.from_current_insurer);
        let expired_certificate = s.certificates().any(|doc| doc.from_current_insurer);
        let notice = s.notice().is_some_and(|n| n.from_current_insurer);
        if expired_card {
            rules.insert(R::DocOldcardMaxValidity);
        }
        if expired_certificate {
            rules.insert(R::DocKakuninExpired);
        }
        if notice {
            rules.insert(R::DocOshiraseNotStandalone);
        }
        (expired_card || expired_certificate || notice).then_some(rules)
    }

    fn claim(&mut self, confirmed_by: ConfirmedBy, myna: MynaOutcome) -> ClaimRoute {
        let s = self.s;
        match confirmed_by {
            ConfirmedBy::None => {
                self.parts.claim = RuleSet::of(&[R::FailForgotCard]);
                ClaimRoute::None
            }
            ConfirmedBy::Declaration => {
                self.parts.claim = RuleSet::of(&[R::FailClaimOrder]);
                let invalid_screen_seen = myna
                    == MynaOutcome::Failed {
                        reason: MynaFailure::Invalid,
                    };
                if invalid_screen_seen || s.patient.visited_before {
                    ClaimRoute::PastNumbers
                } else {
                    ClaimRoute::UnknownNumbers
                }
            }
            _ => {
                self.parts.claim = self.parts.confirmed_by;
                if matches!(myna, MynaOutcome::Failed { .. }) {
                    self.parts.claim.insert(R::FailClaimOrder);
                }
                ClaimRoute::Normal
            }
        }
    }

    fn prescription(&mut self, confirmed_by: ConfirmedBy) -> Prescription {
        let s = self.s;
        let confirmed_online = s.clinic.network == Network::Up
            && s.patient.online_record == OnlineRecord::Registered
            && !matches!(confirmed_by, ConfirmedBy::Declaration | ConfirmedBy::None);
        if confirmed_online {
            self.parts.prescription = self.parts.confirmed_by;
            Prescription::Electronic
        } else {
            self.parts.prescription = RuleSet::of(&[R::FailEprescription]);
            if s.clinic.network == Network::Down || s.clinic.reader == ReaderState::Broken {
                self.parts.prescription.insert(R::FailSystemDown);
            }
            self.step(StepKind::PaperPrescription, &[R::FailEprescription]);
            Prescription::Paper
        }
    }

    fn information_sharing(&mut self, confirmed_by: ConfirmedBy) {
        if confirmed_by != ConfirmedBy::MyNumberCard {
            self.sharing = false;
            self.parts.medical_info_sharing = self.parts.confirmed_by;
            return;
        }
        if self.cert == Some(CertStatus::InGrace) {
            self.sharing = false;
            self.parts.medical_info_sharing = RuleSet::of(&[R::CertGrace3months]);
            return;
        }
        self.sharing = true;
        self.parts.medical_info_sharing = match self.s.setting {
            Setting::Clinic => RuleSet::of(&[R::AuthMethods]),
            Setting::HomeVisit if self.s.patient.visited_before => {
                RuleSet::of(&[R::VisitRereference])
            }
            Setting::HomeVisit => RuleSet::of(&[R::VisitKyotakuType]),
        };
        if !(self.s.setting == Setting::HomeVisit && self.s.patient.visited_before) {
            let rules = self.parts.medical_info_sharing;
            self.step_set(StepKind::OfferInfoSharing, rules);
        }
    }

    fn closing_steps(&mut self, confirmed_by: ConfirmedBy) {
        let s = self.s;
        if s.patient.name_has_black_circle && confirmed_by != ConfirmedBy::None {
            self.step(StepKind::IdentifyByKana, &[R::HandlingKuromaru]);
        }
        if s.my_number_card().is_some() {
            self.step(StepKind::ReturnCard, &[R::HandlingNoCustodyDefault]);
        }
    }
}

/// The certificate rules that go with advice (not the note that the patient stays insured).
fn without_insurance_note(rules: RuleSet) -> RuleSet {
    rules.without(R::CertNotLossOfInsurance)
}
