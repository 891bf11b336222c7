//! Generated situations: a seeded sampler over the fact space that only yields situations the
//! engine can rule on and that hold together (an age and an insurance that go together, a
//! certificate that expires on a birthday, documents of the right era), weighted toward what
//! clinics find hardest — ● in a name, 資格(無効), a reader or network failure, an expired
//! certificate, only the お知らせ, nothing valid (10割) — each with a generated patient, cast
//! and documents. The same seed always gives the same patient. A shift is several in a row.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::civil::Date;

use madoguchi_rules::stable::{SeededRng, mix};
use madoguchi_rules::{
    Capacity, Clinic, EligibilityCertificate, EligibilityNotice, Income, Insurance, InsuranceCard,
    LateElderlyShare, MyNumberCard, Network, OnlineRecord, Patient, PhoneOs, PinState, Policy,
    PortalScreen, Presented, ReaderState, Setting, Situation, SmartphoneCard, dates, rule,
};

use crate::scenario::{Cast, Companion, Competency, Difficulty, Mood, Scenario, ScenarioDef, Sex};

/// What a generated situation is about (its weight in the draw is what clinics find hard).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Theme {
    /// An ordinary visit with the マイナ保険証.
    Ordinary,
    /// The name shows ● on the terminal.
    BlackCircle,
    /// 資格(無効): the new insurer has not registered them yet.
    Invalid,
    /// The reader or the network fails.
    DeviceFailure,
    /// The certificate expires soon, is in its grace, or past it.
    Certificate,
    /// Only the お知らせ (or the portal screen) beside the card.
    NoticeOnly,
    /// Nothing valid: the full cost, and the refund.
    FullCost,
    /// A 資格確認書 or an old card.
    PaperDocument,
    /// The PIN forgotten or locked, or no PIN on a 顔認証 card.
    Pin,
    /// The share by age.
    Age,
}

impl Theme {
    /// How often the sampler draws it, out of the sum.
    fn weight(self) -> u64 {
        match self {
            Theme::Ordinary => 2,
            Theme::BlackCircle
            | Theme::Invalid
            | Theme::DeviceFailure
            | Theme::Certificate
            | Theme::NoticeOnly
            | Theme::FullCost => 3,
            Theme::PaperDocument | Theme::Pin | Theme::Age => 2,
        }
    }

    /// The competency it trains.
    pub fn competency(self) -> Competency {
        match self {
            Theme::Ordinary | Theme::Pin => Competency::Authentication,
            Theme::BlackCircle => Competency::PrivacyAndConduct,
            Theme::Invalid => Competency::InvalidEligibility,
            Theme::DeviceFailure => Competency::SystemFailure,
            Theme::Certificate => Competency::CertificateExpiry,
            Theme::NoticeOnly | Theme::FullCost => Competency::MissingDocuments,
            Theme::PaperDocument => Competency::OldCardsAndDates,
            Theme::Age => Competency::CopayByAge,
        }
    }
}

/// The prefix of a generated scenario's id (`generated_<seed>`).
pub const PREFIX: &str = "generated_";

/// The visit dates generated situations fall on: the last year up to the game's today.
const FIRST_DAY: (i16, i8, i8) = (2025, 12, 2);
const LAST_DAY: (i16, i8, i8) = (2026, 12, 1);

const FAMILY: [(&str, &str); 12] = [
    ("佐藤", "サトウ"),
    ("鈴木", "スズキ"),
    ("高橋", "タカハシ"),
    ("田中", "タナカ"),
    ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"),
    ("山本", "ヤマモト"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("加藤", "カトウ"),
    ("吉田", "ヨシダ"),
    ("山田", "ヤマダ"),
];
/// Family names with a character outside the terminal's set, and how the terminal shows them.
const RARE_FAMILY: [(&str, &str, &str); 4] = [
    ("髙橋", "タカハシ", "●橋"),
    ("山﨑", "ヤマサキ", "山●"),
    ("吉野", "ヨシノ", "●野"),
    ("德永", "トクナガ", "●永"),
];
const GIVEN_FEMALE: [(&str, &str); 6] = [
    ("美咲", "ミサキ"),
    ("陽子", "ヨウコ"),
    ("花子", "ハナコ"),
    ("結衣", "ユイ"),
    ("和子", "カズコ"),
    ("さくら", "サクラ"),
];
const GIVEN_MALE: [(&str, &str); 6] = [
    ("健太", "ケンタ"),
    ("誠", "マコト"),
    ("大輔", "ダイスケ"),
    ("翔", "ショウ"),
    ("茂", "シゲル"),
    ("悠真", "ユウマ"),
];
const INSURERS: [(&str, Insurance); 5] = [
    ("全国健康保険協会 東京支部", Insurance::Employee),
    ("関東ITソフトウェア健康保険組合", Insurance::Employee),
    ("東京都みなと区 国民健康保険", Insurance::National),
    ("東京都さくら区 国民健康保険", Insurance::National),
    ("東京都後期高齢者医療広域連合", Insurance::LateElderly),
];

fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(jiff::Span::new().days(days))
        .unwrap_or(date)
}

fn months(rng: &mut SeededRng, min: i64, max: i64) -> i32 {
    i32::try_from(rng.range(min, max)).unwrap_or(0)
}

fn date(rng: &mut SeededRng) -> Date {
    let first = Date::new(FIRST_DAY.0, FIRST_DAY.1, FIRST_DAY.2).unwrap_or_default();
    let last = Date::new(LAST_DAY.0, LAST_DAY.1, LAST_DAY.2).unwrap_or_default();
    let span = first
        .until(last)
        .map(|span| i64::from(span.get_days()))
        .unwrap_or(0);
    add_days(first, rng.range(0, span))
}

fn pick_theme(rng: &mut SeededRng) -> Theme {
    use strum::VariantArray;
    let total: u64 = Theme::VARIANTS.iter().map(|t| t.weight()).sum();
    let mut roll = rng.next_u64() % total;
    for theme in Theme::VARIANTS {
        if roll < theme.weight() {
            return *theme;
        }
        roll -= theme.weight();
    }
    Theme::Ordinary
}

/// A birth date for an age band.
fn birth(rng: &mut SeededRng, visit: Date, min_age: i64, max_age: i64) -> Date {
    let age = months(rng, min_age, max_age);
    let days = rng.range(1, 364);
    add_days(dates::add_months(visit, -12 * (age + 1)), days)
}

/// The certificate's expiry: on a birthday (the electronic certificate runs to the holder's
/// birthday), `years` years from the visit's year.
fn cert_on_birthday(birth: Date, visit: Date, years: i16) -> Date {
    let year = visit.year() + years;
    Date::new(year, birth.month(), birth.day().min(28)).unwrap_or(visit)
}

/// One generated situation, with its cast, as a scenario without beats (for free play).
pub fn situation(policy: &Policy, seed: u64) -> Arc<Scenario> {
    // A draw that the engine cannot rule on is drawn again from the next seed of the stream.
    for attempt in 0..64u64 {
        let mut rng = SeededRng::new(mix(seed ^ mix(attempt)));
        let (def, _) = draw(&mut rng, seed);
        if rule(policy, &def.facts).is_ok() && consistent(policy, &def.facts) {
            return Scenario::checked(def, format!("generated/{seed}"));
        }
    }
    // Never reached in practice (tested over many seeds); an ordinary visit stands in.
    let mut rng = SeededRng::new(seed);
    let (mut def, _) = draw(&mut rng, seed);
    def.facts = ordinary(&mut rng, def.facts.date);
    Scenario::checked(def, format!("generated/{seed}"))
}

/// The theme a seed draws (for the debrief and the shift's summary).
pub fn theme_of(policy: &Policy, seed: u64) -> Theme {
    for attempt in 0..64u64 {
        let mut rng = SeededRng::new(mix(seed ^ mix(attempt)));
        let (def, theme) = draw(&mut rng, seed);
        if rule(policy, &def.facts).is_ok() && consistent(policy, &def.facts) {
            return theme;
        }
    }
    Theme::Ordinary
}

/// Facts that hold together beyond what the engine checks: the insurance goes with the age.
fn consistent(policy: &Policy, s: &Situation) -> bool {
    let age = dates::age_on(s.patient.birth_date, s.date);
    let late = policy
        .calendar()
        .number(madoguchi_rules::NumberKey::LateElderlyAge);
    match s.patient.insurance {
        Insurance::LateElderly => age >= late,
        Insurance::Employee | Insurance::National => age < late,
        Insurance::None => true,
    }
}

fn ordinary(rng: &mut SeededRng, visit: Date) -> Situation {
    let birth_date = birth(rng, visit, 20, 60);
    Situation {
        date: visit,
        setting: Setting::Clinic,
        patient: Patient {
            birth_date,
            insurance: Insurance::Employee,
            income: Income::General,
            late_elderly_share: LateElderlyShare::Ten,
            online_record: OnlineRecord::Registered,
            visited_before: false,
            details_unchanged: false,
            card_lost: false,
            requests_assistance: false,
            name_has_black_circle: false,
            subsidy: None,
            disability_certified: false,
            capacity: Capacity::Able,
            with_parent: false,
            declared_share: None,
            paid_full_on: None,
        },
        presented: vec![Presented::MyNumberCard(card(birth_date, visit, 3))],
        clinic: Clinic::default(),
    }
}

fn card(birth: Date, visit: Date, years: i16) -> MyNumberCard {
    MyNumberCard {
        registered_for_insurance: true,
        cert_expires: cert_on_birthday(birth, visit, years),
        pin: PinState::Known,
        photo: true,
        face_recognized: true,
        in_sleeve: false,
        card_expires: None,
        cert_renewed_on: None,
        someone_else: false,
    }
}

fn draw(rng: &mut SeededRng, seed: u64) -> (ScenarioDef, Theme) {
    let theme = pick_theme(rng);
    let visit = date(rng);
    let mut s = ordinary(rng, visit);
    // The age band and its insurance.
    let band = rng.range(0, 9);
    let (min, max) = match band {
        0 => (1, 5),
        1 => (6, 17),
        2..=5 => (18, 64),
        6 => (65, 69),
        7 => (70, 74),
        _ => (75, 92),
    };
    let (min, max) = if theme == Theme::Age {
        [(1, 5), (70, 74), (75, 92)][rng.index(3)]
    } else {
        (min, max)
    };
    s.patient.birth_date = birth(rng, visit, min, max);
    let age = dates::age_on(s.patient.birth_date, visit);
    let insurer = if age >= 75 {
        INSURERS[4]
    } else {
        INSURERS[rng.index(4)]
    };
    s.patient.insurance = insurer.1;
    if age >= 70 && rng.index(4) == 0 {
        s.patient.income = Income::High;
    }
    if s.patient.insurance == Insurance::LateElderly {
        s.patient.late_elderly_share = [
            LateElderlyShare::Ten,
            LateElderlyShare::Ten,
            LateElderlyShare::Twenty,
            LateElderlyShare::Thirty,
        ][rng.index(4)];
    }
    s.patient.visited_before = rng.index(2) == 0;
    s.patient.details_unchanged = s.patient.visited_before && rng.index(3) != 0;
    let mut my_card = card(
        s.patient.birth_date,
        visit,
        i16::try_from(rng.range(1, 4)).unwrap_or(2),
    );
    if age < 1 {
        my_card.photo = false;
    }
    let mut presented = Vec::new();
    match theme {
        Theme::Ordinary | Theme::Age => {
            if rng.index(4) == 0 {
                my_card.in_sleeve = true;
            }
            if rng.index(5) == 0 {
                s.patient.requests_assistance = true;
            }
            presented.push(Presented::MyNumberCard(my_card));
        }
        Theme::BlackCircle => {
            s.patient.name_has_black_circle = true;
            presented.push(Presented::MyNumberCard(my_card));
        }
        Theme::Invalid => {
            s.patient.online_record = OnlineRecord::Pending;
            presented.push(Presented::MyNumberCard(my_card));
            if rng.index(3) == 0 {
                presented.push(Presented::InsuranceCard(InsuranceCard {
                    expires: None,
                    from_current_insurer: false,
                }));
            }
        }
        Theme::DeviceFailure => {
            match rng.index(3) {
                0 => s.clinic.reader = ReaderState::Broken,
                1 => s.clinic.reader = ReaderState::NeedsRestart,
                _ => s.clinic.network = Network::Down,
            }
            presented.push(Presented::MyNumberCard(my_card));
            if rng.index(2) == 0 {
                presented.push(Presented::EligibilityNotice(EligibilityNotice::default()));
            }
        }
        Theme::Certificate => {
            // From expiring in two months to four months past.
            let expiry = dates::add_months(visit, months(rng, -4, 2));
            my_card.cert_expires = Date::new(
                expiry.year(),
                s.patient.birth_date.month(),
                s.patient.birth_date.day().min(28),
            )
            .unwrap_or(expiry);
            presented.push(Presented::MyNumberCard(my_card));
            if rng.index(3) == 0 {
                presented.push(Presented::EligibilityCertificate(EligibilityCertificate {
                    expires: dates::add_months(visit, 12),
                    from_current_insurer: true,
                }));
            }
        }
        Theme::NoticeOnly => {
            if rng.index(2) == 0 {
                presented.push(Presented::EligibilityNotice(EligibilityNotice::default()));
            } else {
                presented.push(Presented::PortalScreen(PortalScreen {}));
            }
            if rng.index(2) == 0 {
                presented.insert(0, Presented::MyNumberCard(my_card));
                s.clinic.network = Network::Down;
            }
        }
        Theme::FullCost => {
            if rng.index(2) == 0 {
                s.patient.card_lost = true;
            }
            if rng.index(2) == 0 {
                presented.push(Presented::InsuranceCard(InsuranceCard {
                    expires: Some(dates::add_months(visit, -months(rng, 1, 12))),
                    from_current_insurer: true,
                }));
            }
        }
        Theme::PaperDocument => {
            if rng.index(2) == 0 {
                presented.push(Presented::EligibilityCertificate(EligibilityCertificate {
                    expires: dates::add_months(visit, months(rng, -2, 24)),
                    from_current_insurer: true,
                }));
            } else {
                presented.push(Presented::InsuranceCard(InsuranceCard {
                    expires: Some(dates::add_months(visit, months(rng, -3, 6))),
                    from_current_insurer: true,
                }));
            }
        }
        Theme::Pin => {
            my_card.pin = [PinState::Forgotten, PinState::Locked, PinState::None][rng.index(3)];
            my_card.face_recognized = rng.index(2) == 0;
            if my_card.pin == PinState::None {
                my_card.face_recognized = true;
            }
            presented.push(Presented::MyNumberCard(my_card));
        }
    }
    if rng.index(12) == 0 && !presented.is_empty() {
        presented.push(Presented::SmartphoneCard(SmartphoneCard {
            os: if rng.index(2) == 0 {
                PhoneOs::Iphone
            } else {
                PhoneOs::Android
            },
            card_expires: None,
        }));
        s.clinic.smartphone_reader = rng.index(2) == 0;
    }
    s.presented = presented;
    let cast = cast(rng, &s, insurer.0);
    let def = ScenarioDef {
        version: crate::scenario::FORMAT_VERSION,
        id: format!("{PREFIX}{seed}"),
        title: "free-generated-title".to_owned(),
        summary: format!("free-theme-{}", <&'static str>::from(theme)),
        difficulty: Difficulty::Intermediate,
        competencies: vec![theme.competency()],
        cast,
        facts: s,
        variants: Vec::new(),
        assert: Vec::new(),
        historical: false,
        free_lines: BTreeMap::new(),
        start: String::new(),
        beats: BTreeMap::new(),
    };
    (def, theme)
}

fn cast(rng: &mut SeededRng, s: &Situation, insurer: &str) -> Cast {
    let sex = if rng.index(2) == 0 {
        Sex::Female
    } else {
        Sex::Male
    };
    let given = match sex {
        Sex::Female => GIVEN_FEMALE[rng.index(GIVEN_FEMALE.len())],
        Sex::Male => GIVEN_MALE[rng.index(GIVEN_MALE.len())],
    };
    let (family, family_kana, terminal) = if s.patient.name_has_black_circle {
        let (f, k, t) = RARE_FAMILY[rng.index(RARE_FAMILY.len())];
        (f, k, Some(t))
    } else {
        let (f, k) = FAMILY[rng.index(FAMILY.len())];
        (f, k, None)
    };
    let age = dates::age_on(s.patient.birth_date, s.date);
    let hour = rng.range(9, 17);
    let minute = rng.range(0, 11) * 5;
    Cast {
        name: format!("{family} {}", given.0),
        kana: format!("{family_kana} {}", given.1),
        terminal_name: terminal.map(|t| format!("{t} {}", given.0)),
        sex,
        companion: if age < 13 {
            Companion::Parent
        } else {
            Companion::None
        },
        time: format!("{hour:02}:{minute:02}"),
        insurer: Some(insurer.to_owned()),
        mood: [Mood::Calm, Mood::Calm, Mood::Worried, Mood::Hurried][rng.index(4)],
        address: None,
        companion_sex: None,
        companion_age: None,
        away_until: None,
        absent: false,
    }
}

/// A shift: `count` patients in a row from one seed, each its own generated situation.
pub fn shift(policy: &Policy, seed: u64, count: usize) -> Vec<Arc<Scenario>> {
    (0..count as u64)
        .map(|n| situation(policy, mix(seed.wrapping_add(n))))
        .collect()
}
