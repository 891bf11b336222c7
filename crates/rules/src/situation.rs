//! The situation at the window: the visit, the patient, what they present and the clinic's
//! equipment. The same model is read from a judge request (JSON or RON) and from a scenario's
//! facts; every field the request format leaves out has the default the format documents.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::dates::{serde_date, serde_opt_date};

fn yes() -> bool {
    true
}

fn is_true(value: &bool) -> bool {
    *value
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// Everything the rules look at for one visit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    /// The visit date.
    #[serde(with = "serde_date")]
    pub date: Date,
    /// At the clinic, or a home visit (居宅同意取得型).
    #[serde(default)]
    pub setting: Setting,
    /// The patient.
    pub patient: Patient,
    /// What the patient shows, in the order they show it.
    #[serde(default)]
    pub presented: Vec<Presented>,
    /// The clinic's equipment.
    #[serde(default)]
    pub clinic: Clinic,
}

/// Where the visit happens.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum Setting {
    /// At the clinic's reception window.
    #[default]
    Clinic,
    /// A home visit, confirmed with the mobile 居宅同意取得型 method.
    HomeVisit,
}

/// The patient's facts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Patient {
    /// Date of birth.
    #[serde(with = "serde_date")]
    pub birth_date: Date,
    /// The kind of insurance they really have on the visit date.
    pub insurance: Insurance,
    /// 一般 or 現役並み所得.
    #[serde(default)]
    pub income: Income,
    /// The 後期高齢者 share (1, 2 or 3割), used for 後期高齢者医療.
    #[serde(default)]
    pub late_elderly_share: LateElderlyShare,
    /// What the national online system holds for them.
    #[serde(default)]
    pub online_record: OnlineRecord,
    /// Whether the clinic has seen them before (records hold their numbers).
    #[serde(default, skip_serializing_if = "is_false")]
    pub visited_before: bool,
    /// Whether they say nothing has changed since the last visit.
    #[serde(default, skip_serializing_if = "is_false")]
    pub details_unchanged: bool,
    /// Whether they say their My Number card is lost (or away for re-issue).
    #[serde(default, skip_serializing_if = "is_false")]
    pub card_lost: bool,
    /// Whether they ask someone to place the card on the reader for them.
    #[serde(default, skip_serializing_if = "is_false")]
    pub requests_assistance: bool,
    /// Whether the terminal shows their name with ● (a character outside the system's set).
    #[serde(default, skip_serializing_if = "is_false")]
    pub name_has_black_circle: bool,
    /// The 公費 (publicly funded care) they are entitled to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subsidy: Option<Subsidy>,
    /// A certified disability (障害認定) puts them on 後期高齢者医療 at 65–74.
    #[serde(default, skip_serializing_if = "is_false")]
    pub disability_certified: bool,
    /// Whether they can use the reader themselves.
    #[serde(default, skip_serializing_if = "Capacity::is_able")]
    pub capacity: Capacity,
    /// A child who came with a parent (the parent may enter the child's PIN).
    #[serde(default, skip_serializing_if = "is_false")]
    pub with_parent: bool,
    /// The share they would write on a 被保険者資格申立書, if they know it.
    #[serde(
        default,
        with = "crate::situation::serde_opt_rate",
        skip_serializing_if = "Option::is_none"
    )]
    pub declared_share: Option<CopayRate>,
    /// An earlier visit on which they paid the full cost (10割) for want of a document.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub paid_full_on: Option<Date>,
}

/// Whether the patient can use the reader.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum Capacity {
    /// They use it themselves (with help placing the card if they ask).
    #[default]
    Able,
    /// They cannot operate or reach it (dementia, an injury, too unwell).
    CannotOperate,
}

impl Capacity {
    fn is_able(&self) -> bool {
        *self == Capacity::Able
    }
}

/// A 公費 the patient is entitled to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subsidy {
    /// Which kind.
    pub scheme: SubsidyScheme,
    /// The municipality's id in `municipalities.ron`, for the local schemes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// Which of the city's schemes of that kind, by the start of its label (`マル子`); the
    /// first of the kind when none is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether they answer 利用しない at the reader's 受給者証 prompt (PMH).
    #[serde(default, skip_serializing_if = "is_false")]
    pub declines_pmh: bool,
}

/// The kinds of 公費.
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
pub enum SubsidyScheme {
    /// こども医療費 / 乳幼児医療 (municipal).
    ChildMedical,
    /// ひとり親家庭等医療費 (municipal).
    SingleParent,
    /// 重度心身障害者医療費 (municipal).
    SevereDisability,
    /// 生活保護 医療扶助.
    PublicAssistance,
    /// 自立支援医療.
    IndependenceSupport,
    /// 指定難病 (特定医療費).
    IntractableDisease,
    /// 小児慢性特定疾病.
    ChildChronic,
}

impl SubsidyScheme {
    /// Whether a municipality runs it (its rules are in the municipality table).
    pub fn is_local(self) -> bool {
        matches!(
            self,
            SubsidyScheme::ChildMedical
                | SubsidyScheme::SingleParent
                | SubsidyScheme::SevereDisability
        )
    }
}

/// A copay rate that may be absent, as a percent.
pub(crate) mod serde_opt_rate {
    use super::CopayRate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(
        rate: &Option<CopayRate>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        rate.serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<CopayRate>, D::Error> {
        Option::<CopayRate>::deserialize(deserializer)
    }
}

/// The insurance the patient has.
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
pub enum Insurance {
    /// 被用者保険 (協会けんぽ, 健保組合, 共済).
    Employee,
    /// 国民健康保険.
    National,
    /// 後期高齢者医療.
    LateElderly,
    /// No public insurance.
    None,
}

/// Income band for the 70–74 rate.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum Income {
    /// 一般.
    #[default]
    General,
    /// 現役並み所得.
    High,
}

/// A 後期高齢者 share: 10, 20 or 30 percent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum LateElderlyShare {
    /// 1割.
    #[default]
    Ten,
    /// 2割.
    Twenty,
    /// 3割.
    Thirty,
}

impl LateElderlyShare {
    /// The share as a copay rate.
    pub fn rate(self) -> CopayRate {
        match self {
            LateElderlyShare::Ten => CopayRate::Ten,
            LateElderlyShare::Twenty => CopayRate::Twenty,
            LateElderlyShare::Thirty => CopayRate::Thirty,
        }
    }
}

impl Serialize for LateElderlyShare {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.rate().percent())
    }
}

impl<'de> Deserialize<'de> for LateElderlyShare {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match u64::deserialize(deserializer)? {
            10 => Ok(LateElderlyShare::Ten),
            20 => Ok(LateElderlyShare::Twenty),
            30 => Ok(LateElderlyShare::Thirty),
            other => Err(serde::de::Error::custom(format!(
                "unknown value {other}, expected one of 10, 20, 30"
            ))),
        }
    }
}

/// A copay rate (一部負担金の割合), or the full cost.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
pub enum CopayRate {
    /// Nothing to pay (医療扶助 alone).
    #[strum(serialize = "0")]
    Zero,
    /// 1割.
    #[strum(serialize = "10")]
    Ten,
    /// 2割.
    #[strum(serialize = "20")]
    Twenty,
    /// 3割.
    #[strum(serialize = "30")]
    Thirty,
    /// 10割: the full cost, no insurance applied.
    #[strum(serialize = "100")]
    Full,
}

impl CopayRate {
    /// The rate in percent.
    pub fn percent(self) -> u8 {
        match self {
            CopayRate::Zero => 0,
            CopayRate::Ten => 10,
            CopayRate::Twenty => 20,
            CopayRate::Thirty => 30,
            CopayRate::Full => 100,
        }
    }

    /// The rate for a percent, if it is one.
    pub fn from_percent(percent: i64) -> Option<CopayRate> {
        match percent {
            0 => Some(CopayRate::Zero),
            10 => Some(CopayRate::Ten),
            20 => Some(CopayRate::Twenty),
            30 => Some(CopayRate::Thirty),
            100 => Some(CopayRate::Full),
            _ => None,
        }
    }

    /// The rate in 割 (1, 2, 3 or 10).
    pub fn wari(self) -> u8 {
        self.percent() / 10
    }
}

impl Serialize for CopayRate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.percent())
    }
}

impl<'de> Deserialize<'de> for CopayRate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = i64::deserialize(deserializer)?;
        CopayRate::from_percent(value).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown value {value}, expected one of 0, 10, 20, 30, 100"
            ))
        })
    }
}

/// What the national online system holds for the patient.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum OnlineRecord {
    /// Their current eligibility is registered.
    #[default]
    Registered,
    /// A new insurer has not registered them yet: the terminal shows 資格(無効) with the lost one.
    Pending,
    /// Nothing is registered: 資格情報なし.
    Missing,
}

/// One thing the patient shows at the window.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presented {
    /// A My Number card (マイナンバーカード), registered or not for insurance use.
    MyNumberCard(MyNumberCard),
    /// A smartphone holding the My Number card function.
    SmartphoneCard(SmartphoneCard),
    /// An old 健康保険証 (被保険者証).
    InsuranceCard(InsuranceCard),
    /// A 資格確認書.
    EligibilityCertificate(EligibilityCertificate),
    /// A 資格情報のお知らせ.
    EligibilityNotice(EligibilityNotice),
    /// The マイナポータル eligibility screen (or its PDF) on the patient's phone.
    PortalScreen(PortalScreen),
    /// A paper 受給者証 / 医療証 (or the 医療券 of 生活保護) for the patient's 公費.
    SubsidyCertificate(SubsidyCertificate),
    /// A 高齢受給者証 (70–74, beside an old 健康保険証).
    ElderlyRecipientCertificate(ElderlyRecipientCertificate),
}

impl Presented {
    /// The item's kind.
    pub fn kind(&self) -> DocumentKind {
        match self {
            Presented::MyNumberCard(_) => DocumentKind::MyNumberCard,
            Presented::SmartphoneCard(_) => DocumentKind::SmartphoneCard,
            Presented::InsuranceCard(_) => DocumentKind::InsuranceCard,
            Presented::EligibilityCertificate(_) => DocumentKind::EligibilityCertificate,
            Presented::EligibilityNotice(_) => DocumentKind::EligibilityNotice,
            Presented::PortalScreen(_) => DocumentKind::PortalScreen,
            Presented::SubsidyCertificate(_) => DocumentKind::SubsidyCertificate,
            Presented::ElderlyRecipientCertificate(_) => DocumentKind::ElderlyRecipientCertificate,
        }
    }
}

/// The kinds of document, without their details (used by actions and the UI).
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
pub enum DocumentKind {
    /// マイナ保険証 (the physical card).
    MyNumberCard,
    /// A smartphone マイナ保険証.
    SmartphoneCard,
    /// An old 健康保険証.
    InsuranceCard,
    /// A 資格確認書.
    EligibilityCertificate,
    /// A 資格情報のお知らせ.
    EligibilityNotice,
    /// The マイナポータル screen.
    PortalScreen,
    /// A 受給者証 / 医療証 / 医療券 of a 公費.
    SubsidyCertificate,
    /// A 高齢受給者証.
    ElderlyRecipientCertificate,
}

/// A paper 公費 certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubsidyCertificate {
    /// The last day it is valid (for the 医療券, the end of its month).
    #[serde(with = "serde_date")]
    pub expires: Date,
}

/// A 高齢受給者証: the share of a 70–74 patient.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ElderlyRecipientCertificate {
    /// The share printed on it (20 or 30).
    #[serde(rename = "share_percent")]
    pub share: CopayRate,
    /// The last day it is valid.
    #[serde(with = "serde_date")]
    pub expires: Date,
}

/// A physical My Number card.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MyNumberCard {
    /// Whether it is registered for insurance use (利用登録).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub registered_for_insurance: bool,
    /// The expiry of its electronic certificate (利用者証明用電子証明書).
    #[serde(with = "serde_date")]
    pub cert_expires: Date,
    /// The PIN as the patient knows it; `none` is a 顔認証マイナンバーカード with no PIN.
    pub pin: PinState,
    /// Whether the card has a photo (infants' cards issued under age 1 do not).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub photo: bool,
    /// Whether the reader recognises the patient's face.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub face_recognized: bool,
    /// Whether the card is still in a sleeve or case when placed on the reader.
    #[serde(default, skip_serializing_if = "is_false")]
    pub in_sleeve: bool,
    /// The expiry of the card itself, when it matters.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub card_expires: Option<Date>,
    /// The day the certificate was renewed, when that was recent.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub cert_renewed_on: Option<Date>,
    /// The card is someone else's (a family member's brought by mistake).
    #[serde(default, skip_serializing_if = "is_false")]
    pub someone_else: bool,
}

/// The PIN (暗証番号) as far as the patient is concerned. The game never holds a real PIN.
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
pub enum PinState {
    /// They know it.
    Known,
    /// They have forgotten it.
    Forgotten,
    /// Three wrong tries have locked it.
    Locked,
    /// The card has no PIN (顔認証マイナンバーカード).
    None,
}

/// A smartphone マイナ保険証.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmartphoneCard {
    /// Which phone: the iPhone confirms with Face ID / Touch ID, Android with a 4-digit PIN.
    #[serde(default)]
    pub os: PhoneOs,
    /// The day the physical card (or its certificate) expires: the phone's function stops with
    /// it. None when it is valid well beyond the visit.
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub card_expires: Option<Date>,
}

/// The smartphone's system.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum PhoneOs {
    /// iPhone (Apple Wallet): biometrics on the phone.
    #[default]
    Iphone,
    /// Android: the smartphone certificate's 4-digit PIN on the reader.
    Android,
}

/// An old 健康保険証.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InsuranceCard {
    /// The printed expiry; `null` when none is printed.
    #[serde(default, with = "serde_opt_date")]
    pub expires: Option<Date>,
    /// Whether it is from the insurer the patient has now.
    #[serde(default = "yes")]
    pub from_current_insurer: bool,
}

/// A 資格確認書.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EligibilityCertificate {
    /// The printed expiry.
    #[serde(with = "serde_date")]
    pub expires: Date,
    /// Whether it is from the insurer the patient has now.
    #[serde(default = "yes")]
    pub from_current_insurer: bool,
}

/// A 資格情報のお知らせ.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EligibilityNotice {
    /// Whether it is from the insurer the patient has now.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub from_current_insurer: bool,
    /// The expiry printed on it (a 70–74 patient's お知らせ runs to 7/31, with the share).
    #[serde(
        default,
        with = "serde_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires: Option<Date>,
}

impl Default for EligibilityNotice {
    fn default() -> Self {
        EligibilityNotice {
            from_current_insurer: true,
            expires: None,
        }
    }
}

/// The マイナポータル eligibility screen.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PortalScreen {}

/// The clinic's equipment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clinic {
    /// The face-recognition card reader.
    #[serde(default)]
    pub reader: ReaderState,
    /// The connection to the online eligibility system.
    #[serde(default)]
    pub network: Network,
    /// Whether a smartphone reader stands beside the face reader.
    #[serde(default)]
    pub smartphone_reader: bool,
    /// Whether the clinic has set its own 目視 passcode on the terminal.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub visual_passcode_set: bool,
    /// Whether the clinic's system takes 医療費助成 from PMH (Public Medical Hub).
    #[serde(default, skip_serializing_if = "is_false")]
    pub pmh: bool,
    /// The clinic's prefecture (a local 医療証 is applied only in its own); none: the same as
    /// the patient's municipality.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefecture: Option<String>,
    /// Whether the clinic has the マイナ資格確認アプリ on a registered device.
    #[serde(default, skip_serializing_if = "is_false")]
    pub myna_app: bool,
}

impl Default for Clinic {
    fn default() -> Self {
        Clinic {
            reader: ReaderState::Working,
            network: Network::Up,
            smartphone_reader: false,
            visual_passcode_set: true,
            pmh: false,
            prefecture: None,
            myna_app: false,
        }
    }
}

/// The card reader's state.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum ReaderState {
    /// It works.
    #[default]
    Working,
    /// It is out of order (a reboot does not help).
    Broken,
    /// It did not start this morning; a restart of the reader and the PC fixes it.
    NeedsRestart,
}

/// The network's state.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
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
pub enum Network {
    /// Up.
    #[default]
    Up,
    /// Down: no online confirmation is possible.
    Down,
}

impl Situation {
    /// The physical My Number card, if one was shown.
    pub fn my_number_card(&self) -> Option<&MyNumberCard> {
        self.presented.iter().find_map(|item| match item {
            Presented::MyNumberCard(card) => Some(card),
            _ => None,
        })
    }

    /// The smartphone card, if one was shown.
    pub fn smartphone_card(&self) -> Option<&SmartphoneCard> {
        self.presented.iter().find_map(|item| match item {
            Presented::SmartphoneCard(card) => Some(card),
            _ => None,
        })
    }

    /// Whether an item of this kind was shown.
    pub fn shows(&self, kind: DocumentKind) -> bool {
        self.presented.iter().any(|item| item.kind() == kind)
    }

    /// The 公費 certificate, if one was shown.
    pub fn subsidy_certificate(&self) -> Option<&SubsidyCertificate> {
        self.presented.iter().find_map(|item| match item {
            Presented::SubsidyCertificate(doc) => Some(doc),
            _ => None,
        })
    }

    /// The 高齢受給者証, if one was shown.
    pub fn elderly_certificate(&self) -> Option<&ElderlyRecipientCertificate> {
        self.presented.iter().find_map(|item| match item {
            Presented::ElderlyRecipientCertificate(doc) => Some(doc),
            _ => None,
        })
    }

    /// The お知らせ, if one was shown.
    pub fn notice(&self) -> Option<&EligibilityNotice> {
        self.presented.iter().find_map(|item| match item {
            Presented::EligibilityNotice(notice) => Some(notice),
            _ => None,
        })
    }

    /// Every 資格確認書 shown.
    pub fn certificates(&self) -> impl Iterator<Item = &EligibilityCertificate> {
        self.presented.iter().filter_map(|item| match item {
            Presented::EligibilityCertificate(doc) => Some(doc),
            _ => None,
        })
    }

    /// Every old 健康保険証 shown.
    pub fn insurance_cards(&self) -> impl Iterator<Item = &InsuranceCard> {
        self.presented.iter().filter_map(|item| match item {
            Presented::InsuranceCard(card) => Some(card),
            _ => None,
        })
    }
}
