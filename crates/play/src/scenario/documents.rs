//! What each presented document shows, derived from the facts and the cast, so the trainee
//! reads the real dates: the My Number card's front (never a number), the 資格確認書, the old
//! 健康保険証, the お知らせ and the マイナポータル screen. The values are data (dates, rates,
//! names); the content crate words them in the trainee's language. Insurer numbers are
//! fictional, made from the scenario's id, in the real formats: 協会けんぽ 01 and 健保組合 06
//! with eight digits, 共済 31, 国保 six digits, 後期 39 with an eight-digit 被保険者番号 and no
//! 記号.

use jiff::civil::Date;
use madoguchi_rules::stable::fnv1a64;
use madoguchi_rules::{
    CopayRate, DocumentKind, Insurance, NumberKey, PhoneOs, PinState, Policy, Presented, Situation,
    copay_by_age, dates,
};
use serde::{Deserialize, Serialize};

use super::{Scenario, Sex};

/// Which kind of employee insurer issued a document, read from the insurer's name.
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
pub enum InsurerKind {
    /// 全国健康保険協会 (協会けんぽ): 法別番号 01.
    Kyokai,
    /// A 健康保険組合: 06.
    Kumiai,
    /// A 共済組合: 31.
    Kyosai,
    /// 国民健康保険: six digits.
    National,
    /// 後期高齢者医療広域連合: 39.
    LateElderly,
}

impl InsurerKind {
    /// The kind for an insurance and, for employee insurance, the insurer's name.
    pub fn of(insurance: Insurance, name: Option<&str>) -> InsurerKind {
        match insurance {
            Insurance::National => InsurerKind::National,
            Insurance::LateElderly => InsurerKind::LateElderly,
            Insurance::Employee | Insurance::None => match name {
                Some(name) if name.contains("健康保険組合") || name.contains("kenpo") => {
                    InsurerKind::Kumiai
                }
                Some(name) if name.contains("共済") => InsurerKind::Kyosai,
                _ => InsurerKind::Kyokai,
            },
        }
    }
}

/// The numbers on a patient's insurance documents (fictional, stable per scenario).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InsurerNumbers {
    /// Which kind of insurer.
    pub kind: InsurerKind,
    /// 保険者番号: eight digits (six for 国保), leading zeros kept.
    pub insurer: String,
    /// 記号 (none for 後期).
    pub symbol: Option<String>,
    /// 番号 (the 被保険者番号 for 後期).
    pub number: String,
    /// 枝番 (none for 後期).
    pub branch: Option<String>,
}

impl InsurerNumbers {
    /// The numbers for a patient: `key` makes them stable (the scenario's id), `current`
    /// whether they are the insurer the patient has now or the one lost.
    pub fn new(key: &str, kind: InsurerKind, current: bool) -> InsurerNumbers {
        let hash = fnv1a64(&[key.as_bytes(), &[u8::from(current)]]);
        let digits = |shift: u32, width: u32| {
            let n = (hash >> shift) % 10u64.pow(width);
            format!("{n:0width$}", width = width as usize)
        };
        // Prefecture 13 (東京都) for the employee insurers' second pair of digits.
        let insurer = match kind {
            InsurerKind::Kyokai => format!("0113{}", digits(4, 4)),
            InsurerKind::Kumiai => format!("06{}", digits(4, 6)),
            InsurerKind::Kyosai => format!("31{}", digits(4, 6)),
            InsurerKind::National => format!("13{}", digits(8, 4)),
            InsurerKind::LateElderly => format!("3913{}", digits(4, 4)),
        };
        let late = kind == InsurerKind::LateElderly;
        InsurerNumbers {
            kind,
            insurer,
            symbol: (!late).then(|| digits(20, 4)),
            number: if late { digits(28, 8) } else { digits(36, 3) },
            branch: (!late).then(|| "00".to_owned()),
        }
    }
}

/// Which insurer a document names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InsurerName {
    /// The name the scenario gives.
    Named(String),
    /// The usual name for the kind (the presenter words it).
    Usual(InsurerKind),
    /// A previous employer's insurer, whose name the patient no longer has.
    Previous(InsurerKind),
}

/// One value on a document, as data; the presenter words it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Value {
    /// Text as written (a name, an address).
    Text(String),
    /// A date as the language writes it.
    Date(#[serde(with = "madoguchi_rules::dates::serde_date")] Date),
    /// A date in the Japanese era calendar (the card's birth date).
    EraDate(#[serde(with = "madoguchi_rules::dates::serde_date")] Date),
    /// 「記載なし」: the document prints no date.
    NoDate,
    /// The patient's sex.
    Sex(Sex),
    /// The phone's system.
    Phone(PhoneOs),
    /// A 負担割合.
    Rate(CopayRate),
    /// The insurer.
    Insurer(InsurerName),
    /// Digits printed as they are (numbers keep their leading zeros).
    Digits(String),
    /// A name from the policy data, in Japanese and in English (a 公費's scheme).
    Named {
        /// The Japanese.
        ja: String,
        /// The English.
        en: String,
    },
    /// What the window charges under a 公費.
    Charge(madoguchi_rules::Charge),
}

/// One labelled value on a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// The label's message id (`doc-field-name`, …).
    pub label: &'static str,
    /// The value.
    pub value: Value,
}

/// A document as drawn on the counter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Which document.
    pub kind: DocumentKind,
    /// The title's message id (`doc-title-…`).
    pub title: &'static str,
    /// The fields, top to bottom.
    pub fields: Vec<Field>,
    /// The 追記欄 remark of a 顔認証 card.
    pub faceauth_remark: bool,
    /// Whether the card has a photo.
    pub photo: bool,
    /// The date printed as the document's end of validity, if any.
    #[serde(with = "madoguchi_rules::dates::serde_opt_date")]
    pub valid_until: Option<Date>,
}

/// The numbers of the patient's current insurer, and those of a lost one.
pub fn patient_numbers(scenario: &Scenario, s: &Situation, current: bool) -> InsurerNumbers {
    let name = scenario.def().cast.insurer.as_deref();
    let kind = if current {
        InsurerKind::of(s.patient.insurance, name)
    } else {
        // A lost eligibility is usually a previous employer's.
        InsurerKind::Kumiai
    };
    InsurerNumbers::new(scenario.id(), kind, current)
}

fn insurer_value(scenario: &Scenario, kind: InsurerKind, current: bool) -> Value {
    Value::Insurer(if !current {
        InsurerName::Previous(kind)
    } else if let Some(name) = &scenario.def().cast.insurer {
        InsurerName::Named(name.clone())
    } else {
        InsurerName::Usual(kind)
    })
}

fn number_fields(n: &InsurerNumbers, out: &mut Vec<Field>) {
    let field = |label: &'static str, value: String| Field {
        label,
        value: Value::Digits(value),
    };
    if let Some(symbol) = &n.symbol {
        out.push(field("doc-field-symbol", symbol.clone()));
        out.push(field("doc-field-number", n.number.clone()));
    } else {
        out.push(field("doc-field-insured_number", n.number.clone()));
    }
    if let Some(branch) = &n.branch {
        out.push(field("doc-field-branch", branch.clone()));
    }
    out.push(field("doc-field-insurer_number", n.insurer.clone()));
}

/// Every document the patient presents, as drawn.
pub fn documents(policy: &Policy, scenario: &Scenario, s: &Situation) -> Vec<Document> {
    let cast = &scenario.def().cast;
    let insurance = s.patient.insurance;
    let age = dates::age_on(s.patient.birth_date, s.date);
    let (rate, _) = copay_by_age(policy, s);
    let older = age >= policy.calendar().number(NumberKey::OlderAge);
    let field = |label: &'static str, value: Value| Field { label, value };
    let name = || field("doc-field-name", Value::Text(cast.name.clone()));
    let mut views = Vec::new();
    for item in &s.presented {
        let view = match item {
            Presented::MyNumberCard(card) => {
                // An adult's card runs 10 years, its certificate 5; a minor's card 5, with it.
                let minor = age < policy.calendar().number(NumberKey::AdultAge);
                let card_expires = card.card_expires.unwrap_or_else(|| {
                    if minor {
                        card.cert_expires
                    } else {
                        dates::add_months(card.cert_expires, 60)
                    }
                });
                // Someone else's card bears someone else's name, sex and birth date (a family
                // member's, three years older), and their photo.
                let (holder, holder_sex, holder_birth) = if card.someone_else {
                    let (sex, birth) = other_holder(cast.sex, s.patient.birth_date);
                    (
                        field(
                            "doc-field-name",
                            Value::Text(family_member(&cast.name, cast.sex)),
                        ),
                        sex,
                        birth,
                    )
                } else {
                    (name(), cast.sex, s.patient.birth_date)
                };
                Document {
                    kind: DocumentKind::MyNumberCard,
                    title: "doc-title-my_number_card",
                    fields: vec![
                        holder,
                        field("doc-field-address", Value::Text(cast.address())),
                        field("doc-field-birth", Value::EraDate(holder_birth)),
                        field("doc-field-sex", Value::Sex(holder_sex)),
                        field("doc-field-card_expires", Value::Date(card_expires)),
                        field("doc-field-cert_expires", Value::Date(card.cert_expires)),
                    ],
                    faceauth_remark: card.pin == PinState::None,
                    photo: card.photo,
                    valid_until: Some(card_expires),
                }
            }
            Presented::SmartphoneCard(phone) => Document {
                kind: DocumentKind::SmartphoneCard,
                title: "doc-title-smartphone_card",
                fields: {
                    let mut fields = vec![name(), field("doc-field-phone", Value::Phone(phone.os))];
                    if let Some(expires) = phone.card_expires {
                        fields.push(field("doc-field-cert_expires", Value::Date(expires)));
                    }
                    fields
                },
                faceauth_remark: false,
                photo: false,
                valid_until: None,
            },
            Presented::InsuranceCard(card) => {
                let n = patient_numbers(scenario, s, card.from_current_insurer);
                let title = match insurance {
                    Insurance::LateElderly if card.from_current_insurer => {
                        "doc-title-insurance_card-late_elderly"
                    }
                    Insurance::National if card.from_current_insurer => {
                        "doc-title-insurance_card-national"
                    }
                    _ => "doc-title-insurance_card-employee",
                };
                let mut fields = vec![
                    name(),
                    field("doc-field-birth", Value::Date(s.patient.birth_date)),
                    field("doc-field-sex", Value::Sex(cast.sex)),
                ];
                number_fields(&n, &mut fields);
                fields.push(field(
                    "doc-field-insurer",
                    insurer_value(scenario, n.kind, card.from_current_insurer),
                ));
                fields.push(field(
                    "doc-field-expires",
                    card.expires.map_or(Value::NoDate, Value::Date),
                ));
                if insurance == Insurance::LateElderly && card.from_current_insurer {
                    fields.push(field("doc-field-copay", Value::Rate(rate)));
                }
                Document {
                    kind: DocumentKind::InsuranceCard,
                    title,
                    fields,
                    faceauth_remark: false,
                    photo: false,
                    valid_until: card.expires,
                }
            }
            Presented::EligibilityCertificate(doc) => {
                let n = patient_numbers(scenario, s, doc.from_current_insurer);
                let title = match insurance {
                    Insurance::LateElderly => "doc-title-eligibility_certificate-late_elderly",
                    Insurance::National => "doc-title-eligibility_certificate-national",
                    _ => "doc-title-eligibility_certificate-employee",
                };
                let mut fields = vec![
                    name(),
                    field("doc-field-birth", Value::Date(s.patient.birth_date)),
                    field("doc-field-sex", Value::Sex(cast.sex)),
                ];
                number_fields(&n, &mut fields);
                fields.push(field(
                    "doc-field-insurer",
                    insurer_value(scenario, n.kind, doc.from_current_insurer),
                ));
                fields.push(field("doc-field-expires", Value::Date(doc.expires)));
                if older || insurance == Insurance::LateElderly {
                    fields.push(field("doc-field-copay", Value::Rate(rate)));
                }
                Document {
                    kind: DocumentKind::EligibilityCertificate,
                    title,
                    fields,
                    faceauth_remark: false,
                    photo: false,
                    valid_until: Some(doc.expires),
                }
            }
            Presented::EligibilityNotice(notice) => {
                let n = patient_numbers(scenario, s, notice.from_current_insurer);
                let mut fields = vec![name()];
                number_fields(&n, &mut fields);
                fields.push(field(
                    "doc-field-insurer",
                    insurer_value(scenario, n.kind, notice.from_current_insurer),
                ));
                if older || insurance == Insurance::LateElderly {
                    fields.push(field("doc-field-copay", Value::Rate(rate)));
                }
                if let Some(expires) = notice.expires {
                    fields.push(field("doc-field-expires", Value::Date(expires)));
                }
                Document {
                    kind: DocumentKind::EligibilityNotice,
                    title: "doc-title-eligibility_notice",
                    fields,
                    faceauth_remark: false,
                    photo: false,
                    valid_until: None,
                }
            }
            Presented::SubsidyCertificate(doc) => subsidy_document(policy, scenario, s, doc),
            Presented::ElderlyRecipientCertificate(doc) => {
                let n = patient_numbers(scenario, s, true);
                let mut fields = vec![
                    name(),
                    field("doc-field-birth", Value::Date(s.patient.birth_date)),
                ];
                number_fields(&n, &mut fields);
                fields.push(field("doc-field-copay", Value::Rate(doc.share)));
                fields.push(field("doc-field-expires", Value::Date(doc.expires)));
                Document {
                    kind: DocumentKind::ElderlyRecipientCertificate,
                    title: "doc-title-elderly_recipient_certificate",
                    fields,
                    faceauth_remark: false,
                    photo: false,
                    valid_until: Some(doc.expires),
                }
            }
            Presented::PortalScreen(_) => {
                let n = patient_numbers(scenario, s, true);
                let mut fields = vec![name()];
                number_fields(&n, &mut fields);
                fields.push(field(
                    "doc-field-insurer",
                    insurer_value(scenario, n.kind, true),
                ));
                if older || insurance == Insurance::LateElderly {
                    fields.push(field("doc-field-copay", Value::Rate(rate)));
                }
                Document {
                    kind: DocumentKind::PortalScreen,
                    title: "doc-title-portal_screen",
                    fields,
                    faceauth_remark: false,
                    photo: false,
                    valid_until: None,
                }
            }
        };
        views.push(view);
    }
    views
}

/// Every label and title id the documents can use, for the completeness tests.
pub const MESSAGE_IDS: &[&str] = &[
    "doc-title-my_number_card",
    "doc-title-smartphone_card",
    "doc-title-insurance_card-employee",
    "doc-title-insurance_card-national",
    "doc-title-insurance_card-late_elderly",
    "doc-title-eligibility_certificate-employee",
    "doc-title-eligibility_certificate-national",
    "doc-title-eligibility_certificate-late_elderly",
    "doc-title-eligibility_notice",
    "doc-title-portal_screen",
    "doc-title-subsidy_certificate",
    "doc-title-medical_ticket",
    "doc-title-elderly_recipient_certificate",
    "doc-field-scheme",
    "doc-field-payer_number",
    "doc-field-recipient_number",
    "doc-field-window_charge",
    "doc-field-name",
    "doc-field-address",
    "doc-field-birth",
    "doc-field-sex",
    "doc-field-card_expires",
    "doc-field-cert_expires",
    "doc-field-phone",
    "doc-field-symbol",
    "doc-field-number",
    "doc-field-insured_number",
    "doc-field-branch",
    "doc-field-insurer_number",
    "doc-field-insurer",
    "doc-field-expires",
    "doc-field-copay",
    "doc-faceauth-remark",
    "doc-no-photo",
    "doc-photo",
];

/// A family member's name for a card brought by mistake: the same family name, the spouse's
/// given name.
/// The holder of a family member's card brought by mistake: the other sex, three years older.
pub fn other_holder(sex: Sex, birth: Date) -> (Sex, Date) {
    let other = match sex {
        Sex::Male => Sex::Female,
        Sex::Female => Sex::Male,
    };
    (other, dates::add_months(birth, -36))
}

fn family_member(name: &str, sex: Sex) -> String {
    let family = name.split([' ', '　']).next().unwrap_or(name);
    let given = match sex {
        Sex::Male => "恵子",
        Sex::Female => "健一",
    };
    format!("{family} {given}")
}

/// A paper 公費 certificate: the 受給者証 / 医療証 of the patient's scheme (its name and
/// 公費負担者番号 from the municipality table), or the 医療券 of 生活保護.
fn subsidy_document(
    policy: &Policy,
    scenario: &Scenario,
    s: &Situation,
    doc: &madoguchi_rules::SubsidyCertificate,
) -> Document {
    use madoguchi_rules::municipal::Found;
    let field = |label: &'static str, value: Value| Field { label, value };
    let mut fields = vec![
        field(
            "doc-field-name",
            Value::Text(scenario.def().cast.name.clone()),
        ),
        field("doc-field-birth", Value::Date(s.patient.birth_date)),
    ];
    let found = s
        .patient
        .subsidy
        .as_ref()
        .and_then(|sub| policy.municipalities().find(sub));
    let public_assistance = s
        .patient
        .subsidy
        .as_ref()
        .is_some_and(|sub| sub.scheme == madoguchi_rules::SubsidyScheme::PublicAssistance);
    match found {
        Some(Found::Local(city, scheme)) => {
            fields.push(field(
                "doc-field-scheme",
                Value::Named {
                    ja: format!("{} {}", city.name, scheme.label),
                    en: format!("{} {}", city.name_en, scheme.label_en),
                },
            ));
            if let Some(number) = &scheme.payer_number {
                fields.push(field(
                    "doc-field-payer_number",
                    Value::Digits(number.clone()),
                ));
            }
        }
        Some(Found::National(scheme)) => fields.push(field(
            "doc-field-scheme",
            Value::Named {
                ja: scheme.label.clone(),
                en: scheme.label_en.clone(),
            },
        )),
        None => {}
    }
    // The 受給者番号: seven digits, stable per scenario (fictional).
    let hash = madoguchi_rules::stable::fnv1a64(&[scenario.id().as_bytes(), b"recipient"]);
    fields.push(field(
        "doc-field-recipient_number",
        Value::Digits(format!("{:07}", hash % 10_000_000)),
    ));
    if let Some(charge) = found.and_then(|f| f.charge_on(s.date)) {
        fields.push(field("doc-field-window_charge", Value::Charge(charge)));
    }
    fields.push(field("doc-field-expires", Value::Date(doc.expires)));
    Document {
        kind: DocumentKind::SubsidyCertificate,
        title: if public_assistance {
            "doc-title-medical_ticket"
        } else {
            "doc-title-subsidy_certificate"
        },
        fields,
        faceauth_remark: false,
        photo: false,
        valid_until: Some(doc.expires),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_stable_and_in_the_real_formats() {
        let a = InsurerNumbers::new("x", InsurerKind::Kyokai, true);
        assert_eq!(a, InsurerNumbers::new("x", InsurerKind::Kyokai, true));
        for (kind, prefix, len) in [
            (InsurerKind::Kyokai, "01", 8),
            (InsurerKind::Kumiai, "06", 8),
            (InsurerKind::Kyosai, "31", 8),
            (InsurerKind::National, "13", 6),
            (InsurerKind::LateElderly, "39", 8),
        ] {
            for key in ["a", "b", "auth_ordinary_face", "dates_kouki_kakunin_2026"] {
                let n = InsurerNumbers::new(key, kind, true);
                assert!(n.insurer.starts_with(prefix), "{n:?}");
                assert_eq!(n.insurer.len(), len, "{n:?}");
                assert!(n.insurer.bytes().all(|b| b.is_ascii_digit()));
            }
        }
        let late = InsurerNumbers::new("x", InsurerKind::LateElderly, true);
        assert_eq!(late.symbol, None, "後期 has no 記号");
        assert_eq!(late.number.len(), 8, "後期 has an 8-digit 被保険者番号");
        assert_ne!(InsurerNumbers::new("x", InsurerKind::Kyokai, false), a);
    }

    #[test]
    fn the_insurer_kind_follows_the_name() {
        let kind = |name| InsurerKind::of(Insurance::Employee, Some(name));
        assert_eq!(kind("全国健康保険協会 東京支部"), InsurerKind::Kyokai);
        assert_eq!(kind("みなと商事健康保険組合"), InsurerKind::Kumiai);
        assert_eq!(kind("地方職員共済組合"), InsurerKind::Kyosai);
        assert_eq!(
            InsurerKind::of(Insurance::National, None),
            InsurerKind::National
        );
    }
}
