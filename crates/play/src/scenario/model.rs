//! The scenario file as written (RON): facts, cast, variants and the branching beats. A
//! [`ScenarioDef`] is raw; it becomes a [`super::Scenario`] only through validation.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use madoguchi_rules::dates::serde_date;
use madoguchi_rules::{
    Action, CertStatus, ConfirmedBy, CopayRate, MynaFailure, Name, OnlineRecord, PinState,
    Situation, Verdict,
};

/// The most beats one scenario may have (`check` refuses more; the exploration of every path
/// stays fast well past this, see the README).
pub const MAX_BEATS: usize = 10_000;
/// The most choices one beat may offer.
pub const MAX_CHOICES: usize = 16;

/// The format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A scenario file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioDef {
    /// Format version; must be 1.
    pub version: u32,
    /// Stable id, unique in the pack (`[a-z0-9_]+`).
    pub id: String,
    /// Message id of the title.
    pub title: String,
    /// Message id of a one-line summary for the library.
    pub summary: String,
    /// How hard it is.
    pub difficulty: Difficulty,
    /// What it trains (at least one).
    pub competencies: Vec<Competency>,
    /// Who comes to the window.
    pub cast: Cast,
    /// The situation the rules judge.
    pub facts: Situation,
    /// Parameters drawn per play-through.
    #[serde(default)]
    pub variants: Vec<Vary>,
    /// Derived states the author expects for every variant; the validator checks them.
    #[serde(default)]
    pub assert: Vec<Condition>,
    /// A historical scenario: set under rules no longer in force at the window (kept for
    /// learning how things were; never drawn for an assessment).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub historical: bool,
    /// The patient's lines in free play, where the author gives their own: by the line's key
    /// (`greeting`, `has_none-insurance_card`, `upset_full_cost`…, as in `free-patient-<key>`),
    /// a message id of the pack. The engine's generic lines fill the rest.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub free_lines: BTreeMap<String, String>,
    /// The first beat.
    pub start: String,
    /// The beats by id.
    pub beats: BTreeMap<String, BeatDef>,
}

/// How hard a scenario is.
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
pub enum Difficulty {
    /// 初級.
    Beginner,
    /// 中級.
    Intermediate,
    /// 上級.
    Advanced,
}

/// What a scenario trains.
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
pub enum Competency {
    /// Face, PIN, 目視, the reader's flow.
    Authentication,
    /// The electronic certificate: alert, grace, after grace, renewal.
    CertificateExpiry,
    /// 資格(無効) and 資格情報なし: the declaration, claims, prescriptions.
    InvalidEligibility,
    /// Forgotten or lost cards, only the お知らせ, the smartphone; 10割 and refunds.
    MissingDocuments,
    /// Reader, PC or network failure.
    SystemFailure,
    /// The copay by age and income.
    CopayByAge,
    /// Custody, the 12-digit number, the PIN, ● names, found cards.
    PrivacyAndConduct,
    /// Home visits (居宅同意取得型).
    HomeVisit,
    /// Old cards, 資格確認書 and the policy dates.
    OldCardsAndDates,
    /// 公費 (publicly funded care): 医療証, 受給者証, 生活保護, PMH.
    PublicFunding,
}

impl Competency {
    /// The fluent id of its name.
    pub fn message_id(self) -> String {
        format!("competency-{}", self.name())
    }
}

/// The people at the window.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cast {
    /// The name as printed on the cards (kanji).
    pub name: String,
    /// The name in katakana, as the terminal shows it.
    pub kana: String,
    /// The name as the terminal shows it when a character is outside its set (with ●).
    #[serde(default)]
    pub terminal_name: Option<String>,
    /// Sex, as the documents and the terminal show it.
    pub sex: Sex,
    /// Who comes with the patient.
    #[serde(default)]
    pub companion: Companion,
    /// The visit time shown on screen (`HH:MM`).
    #[serde(default = "default_time")]
    pub time: String,
    /// The insurer's name on documents and the terminal.
    #[serde(default)]
    pub insurer: Option<String>,
    /// The patient's mood at the start, which the portrait shows.
    #[serde(default)]
    pub mood: Mood,
    /// The address printed on the card (a fictional one when none is given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The companion's sex (a daughter, a grandmother, a father). When not given, a parent and
    /// a carer are drawn as a woman, family as the other sex than the patient's (a spouse).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub companion_sex: Option<Sex>,
    /// The companion's age in years (a grandmother with a child). When not given: a parent 36,
    /// family 48, a carer 35.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub companion_age: Option<u8>,
    /// The patient is not at the counter (waits in the car, stays at the facility) until this
    /// beat is reached; until then the companion is drawn alone. Never reached: away
    /// throughout.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub away_until: Option<String>,
    /// The patient never comes to the counter (a card found after they left, a call): only
    /// the companion, if any, is drawn.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub absent: bool,
}

impl Cast {
    /// The address on the card: the authored one, or a fictional address made from the name.
    pub fn address(&self) -> String {
        if let Some(address) = &self.address {
            return address.clone();
        }
        const TOWNS: [&str; 6] = [
            "東京都みなと区中央",
            "東京都さくら区本町",
            "東京都ひがし区緑町",
            "東京都みなと区港南",
            "東京都さくら区若葉",
            "東京都ひがし区旭町",
        ];
        let hash = madoguchi_rules::stable::fnv1a64(&[self.name.as_bytes()]);
        let town = TOWNS[usize::try_from(hash % 6).unwrap_or(0)];
        let block = (hash >> 8) % 5 + 1;
        let lot = (hash >> 16) % 20 + 1;
        let house = (hash >> 24) % 15 + 1;
        format!("{town}{block}丁目{lot}番{house}号")
    }
}

fn default_time() -> String {
    "09:30".to_owned()
}

/// Sex as recorded.
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
pub enum Sex {
    /// 女.
    Female,
    /// 男.
    Male,
}

/// Who comes with the patient.
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
pub enum Companion {
    /// Alone.
    #[default]
    None,
    /// A parent with a child.
    Parent,
    /// A family member.
    Family,
    /// A care-facility worker.
    Carer,
}

/// The patient's mood.
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
pub enum Mood {
    /// Calm.
    #[default]
    Calm,
    /// Worried.
    Worried,
    /// Annoyed or angry.
    Annoyed,
    /// In a hurry.
    Hurried,
}

/// One parameter drawn per play-through, with its range.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vary {
    /// The visit date moves by a whole number of days in the range (inclusive).
    VisitDays {
        /// Fewest days.
        min: i32,
        /// Most days.
        max: i32,
    },
    /// The card's certificate expires this many months before the visit (negative: after).
    CertExpiresMonthsBefore {
        /// Fewest months.
        min: i32,
        /// Most months.
        max: i32,
    },
    /// The patient is this many whole years old on the visit date (the birthday's month and day
    /// are kept where possible).
    AgeYears {
        /// Youngest.
        min: i32,
        /// Oldest.
        max: i32,
    },
    /// The birth date is drawn between two dates (inclusive).
    BirthBetween {
        /// Earliest.
        #[serde(with = "serde_date")]
        from: Date,
        /// Latest.
        #[serde(with = "serde_date")]
        to: Date,
    },
    /// The PIN state is one of these.
    Pin(Vec<PinState>),
    /// The online record is one of these.
    OnlineRecord(Vec<OnlineRecord>),
    /// The 後期高齢者 share is one of these (10, 20, 30).
    LateElderlyShare(Vec<u8>),
    /// Whether the patient is a returning one with unchanged details.
    Returning(Vec<bool>),
}

/// A state derived from the facts, used in asserts and branches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// The verdict on the choice just made.
    Verdict(Verdict),
    /// The certificate's state.
    Cert(CertStatus),
    /// The マイナ保険証 confirmed eligibility.
    MynaConfirmed,
    /// The マイナ保険証 failed for this reason.
    MynaFailed(MynaFailure),
    /// No card or smartphone was shown.
    MynaNotPresented,
    /// The right route is this one.
    ConfirmedBy(ConfirmedBy),
    /// The right copay is this one.
    Copay(CopayRate),
    /// The right handling authenticates a card this way (`none` when no card is authenticated).
    Auth(Option<madoguchi_rules::AuthMode>),
    /// Every one of these holds.
    All(Vec<Condition>),
    /// At least one of these holds.
    Any(Vec<Condition>),
    /// This does not hold.
    Not(Box<Condition>),
}

/// One beat: the patient speaks, the receptionist chooses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BeatDef {
    /// Message ids of the patient's (or companion's) lines, in order.
    #[serde(default)]
    pub lines: Vec<String>,
    /// The receptionist's choices; empty only for an ending.
    #[serde(default)]
    pub choices: Vec<ChoiceDef>,
    /// Present on an ending beat.
    #[serde(default)]
    pub end: Option<Ending>,
}

/// How a scenario ends.
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
pub enum Ending {
    /// The patient was checked in and served.
    Served,
    /// The patient left without being served.
    PatientLeft,
    /// A senior colleague or the manager took over.
    Escalated,
    /// The matter was handled without a check-in (a found card, a question at the desk).
    Resolved,
}

impl Ending {
    /// Whether the patient was checked in, so the route and the copay must have been decided.
    pub fn checks_in(self) -> bool {
        self == Ending::Served
    }
}

/// One choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    /// Message id of what the receptionist says or does.
    pub text: String,
    /// The engine action it stands for.
    pub action: Action,
    /// Where it leads.
    pub next: String,
    /// Branches taken instead of `next` when their condition holds (first match).
    #[serde(default)]
    pub branches: Vec<Branch>,
    /// The author's expectation; the validator fails where the engine disagrees.
    #[serde(default)]
    pub expect: Option<Verdict>,
}

/// A conditional branch of a choice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// The condition.
    pub when: Condition,
    /// The beat it leads to.
    pub next: String,
}
