//! What each presented document shows, derived from the facts and the cast, so the trainee
//! reads the real dates: the My Number card's front (never a number), the 資格確認書, the old
//! 健康保険証, the お知らせ and the マイナポータル screen. Insurer numbers are fictional and made
//! from the scenario's id.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Scenario, Sex};
use crate::dates;
use crate::i18n::{Lang, format_date};
use crate::rules::{
    DocumentKind, Insurance, PhoneOs, PinState, Policy, Presented, Situation, copay_by_age,
};

/// One labelled value on a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    /// The label's message id (`doc-field-name`, …).
    pub label: &'static str,
    /// The value, already formatted.
    pub value: String,
}

/// A document as drawn on the counter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    /// Which document.
    pub kind: DocumentKind,
    /// The title's message id (`doc-title-…`).
    pub title: &'static str,
    /// The fields, top to bottom.
    pub fields: Vec<Field>,
    /// The 追記欄 remark of a 顔認証 card.
    pub faceauth_remark: bool,
    /// Whether the card has a photo area with a photo.
    pub photo: bool,
    /// The date printed as the document's end of validity, if any.
    pub valid_until: Option<String>,
}

/// A date in the Japanese era calendar, as the My Number card prints a Japanese national's
/// birth date (`昭和53年9月3日`); the Gregorian form in English.
pub fn era_date(lang: Lang, date: Date) -> String {
    if lang == Lang::En {
        return format_date(lang, date);
    }
    let eras = [
        (jiff::civil::date(2019, 5, 1), "令和", 2019),
        (jiff::civil::date(1989, 1, 8), "平成", 1989),
        (jiff::civil::date(1926, 12, 25), "昭和", 1926),
        (jiff::civil::date(1912, 7, 30), "大正", 1912),
    ];
    for (start, name, first_year) in eras {
        if date >= start {
            let year = i32::from(date.year()) - first_year + 1;
            let year = if year == 1 {
                "元".to_owned()
            } else {
                year.to_string()
            };
            return format!("{name}{year}年{}月{}日", date.month(), date.day());
        }
    }
    format_date(lang, date)
}

/// Fictional but stable insurance numbers for a scenario.
struct Numbers {
    insurer: String,
    symbol: String,
    number: String,
}

fn numbers(seed_text: &str, insurance: Insurance, current: bool) -> Numbers {
    let hash = crate::rules::policy::fingerprint(&[seed_text.as_bytes(), &[u8::from(current)]]);
    let digits =
        |n: u64, width: usize| format!("{:0width$}", n % 10u64.pow(width as u32), width = width);
    let insurer = match insurance {
        Insurance::LateElderly => format!("39{}", digits(hash, 6)),
        Insurance::National => digits(hash >> 8, 6),
        _ => format!("0{}", digits(hash >> 4, 7)),
    };
    Numbers {
        insurer,
        symbol: digits(hash >> 20, 4),
        number: digits(hash >> 36, 3),
    }
}

fn insurer_name(scenario: &Scenario, insurance: Insurance, current: bool, lang: Lang) -> String {
    if !current {
        return match lang {
            Lang::Ja => "以前の勤務先の健康保険組合".to_owned(),
            Lang::En => "previous employer's health insurance society".to_owned(),
        };
    }
    if let Some(name) = &scenario.def().cast.insurer {
        return name.clone();
    }
    match (insurance, lang) {
        (Insurance::LateElderly, Lang::Ja) => "みなと県後期高齢者医療広域連合".to_owned(),
        (Insurance::LateElderly, Lang::En) => {
            "Minato Prefecture late-elderly association".to_owned()
        }
        (Insurance::National, Lang::Ja) => "みなと市 国民健康保険".to_owned(),
        (Insurance::National, Lang::En) => "Minato City national health insurance".to_owned(),
        (_, Lang::Ja) => "全国健康保険協会 みなと支部".to_owned(),
        (_, Lang::En) => "Japan Health Insurance Association, Minato branch".to_owned(),
    }
}

fn sex_label(sex: Sex) -> &'static str {
    match sex {
        Sex::Female => "doc-sex-female",
        Sex::Male => "doc-sex-male",
    }
}

/// Every document the patient presents, as drawn. `text` turns label ids into text for values
/// that are themselves words (sex, rates).
pub fn document_views(
    lang: Lang,
    policy: &Policy,
    scenario: &Scenario,
    s: &Situation,
    text: &dyn Fn(&str) -> String,
) -> Vec<DocumentView> {
    let cast = &scenario.def().cast;
    let insurance = s.patient.insurance;
    let age = dates::age_on(s.patient.birth_date, s.date);
    let (rate, _) = copay_by_age(policy, s);
    let rate_text = text(&format!("copay-{}", rate.percent()));
    let older = age >= policy.calendar().number(crate::rules::NumberKey::OlderAge);
    let field = |label: &'static str, value: String| Field { label, value };
    let mut views = Vec::new();
    for item in &s.presented {
        let view = match item {
            Presented::MyNumberCard(card) => {
                let card_expires = card
                    .card_expires
                    .unwrap_or_else(|| dates::add_months(card.cert_expires, 60));
                DocumentView {
                    kind: DocumentKind::MyNumberCard,
                    title: "doc-title-my_number_card",
                    fields: vec![
                        field("doc-field-name", cast.name.clone()),
                        field("doc-field-birth", era_date(lang, s.patient.birth_date)),
                        field("doc-field-sex", text(sex_label(cast.sex))),
                        field("doc-field-card_expires", format_date(lang, card_expires)),
                        field(
                            "doc-field-cert_expires",
                            format_date(lang, card.cert_expires),
                        ),
                    ],
                    faceauth_remark: card.pin == PinState::None,
                    photo: card.photo,
                    valid_until: Some(format_date(lang, card_expires)),
                }
            }
            Presented::SmartphoneCard(phone) => DocumentView {
                kind: DocumentKind::SmartphoneCard,
                title: "doc-title-smartphone_card",
                fields: vec![
                    field("doc-field-name", cast.name.clone()),
                    field(
                        "doc-field-phone",
                        text(match phone.os {
                            PhoneOs::Iphone => "doc-phone-iphone",
                            PhoneOs::Android => "doc-phone-android",
                        }),
                    ),
                ],
                faceauth_remark: false,
                photo: false,
                valid_until: None,
            },
            Presented::InsuranceCard(card) => {
                let n = numbers(scenario.id(), insurance, card.from_current_insurer);
                let title = match insurance {
                    Insurance::LateElderly if card.from_current_insurer => {
                        "doc-title-insurance_card-late_elderly"
                    }
                    Insurance::National if card.from_current_insurer => {
                        "doc-title-insurance_card-national"
                    }
                    _ => "doc-title-insurance_card-employee",
                };
                let expires = card
                    .expires
                    .map_or_else(|| text("doc-no-date"), |d| format_date(lang, d));
                let mut fields = vec![
                    field("doc-field-name", cast.name.clone()),
                    field("doc-field-birth", format_date(lang, s.patient.birth_date)),
                    field("doc-field-sex", text(sex_label(cast.sex))),
                    field("doc-field-symbol", format!("{}・{}", n.symbol, n.number)),
                    field("doc-field-insurer_number", n.insurer),
                    field(
                        "doc-field-insurer",
                        insurer_name(scenario, insurance, card.from_current_insurer, lang),
                    ),
                    field("doc-field-expires", expires.clone()),
                ];
                if insurance == Insurance::LateElderly && card.from_current_insurer {
                    fields.push(field("doc-field-copay", rate_text.clone()));
                }
                DocumentView {
                    kind: DocumentKind::InsuranceCard,
                    title,
                    fields,
                    faceauth_remark: false,
                    photo: false,
                    valid_until: Some(expires),
                }
            }
            Presented::EligibilityCertificate(doc) => {
                let n = numbers(scenario.id(), insurance, doc.from_current_insurer);
                let title = match insurance {
                    Insurance::LateElderly => "doc-title-eligibility_certificate-late_elderly",
                    Insurance::National => "doc-title-eligibility_certificate-national",
                    _ => "doc-title-eligibility_certificate-employee",
                };
                let mut fields = vec![
                    field("doc-field-name", cast.name.clone()),
                    field("doc-field-birth", format_date(lang, s.patient.birth_date)),
                    field("doc-field-sex", text(sex_label(cast.sex))),
                    field("doc-field-symbol", format!("{}・{}", n.symbol, n.number)),
                    field("doc-field-insurer_number", n.insurer),
                    field(
                        "doc-field-insurer",
                        insurer_name(scenario, insurance, doc.from_current_insurer, lang),
                    ),
                    field("doc-field-expires", format_date(lang, doc.expires)),
                ];
                if older {
                    fields.push(field("doc-field-copay", rate_text.clone()));
                }
                DocumentView {
                    kind: DocumentKind::EligibilityCertificate,
                    title,
                    fields,
                    faceauth_remark: false,
                    photo: false,
                    valid_until: Some(format_date(lang, doc.expires)),
                }
            }
            Presented::EligibilityNotice(notice) => {
                let n = numbers(scenario.id(), insurance, notice.from_current_insurer);
                let mut fields = vec![
                    field("doc-field-name", cast.name.clone()),
                    field("doc-field-symbol", format!("{}・{}", n.symbol, n.number)),
                    field("doc-field-insurer_number", n.insurer),
                    field(
                        "doc-field-insurer",
                        insurer_name(scenario, insurance, notice.from_current_insurer, lang),
                    ),
                ];
                if older {
                    fields.push(field("doc-field-copay", rate_text.clone()));
                }
                DocumentView {
                    kind: DocumentKind::EligibilityNotice,
                    title: "doc-title-eligibility_notice",
                    fields,
                    faceauth_remark: false,
                    photo: false,
                    valid_until: None,
                }
            }
            Presented::PortalScreen(_) => {
                let n = numbers(scenario.id(), insurance, true);
                DocumentView {
                    kind: DocumentKind::PortalScreen,
                    title: "doc-title-portal_screen",
                    fields: vec![
                        field("doc-field-name", cast.name.clone()),
                        field("doc-field-symbol", format!("{}・{}", n.symbol, n.number)),
                        field("doc-field-insurer_number", n.insurer),
                        field(
                            "doc-field-insurer",
                            insurer_name(scenario, insurance, true, lang),
                        ),
                    ],
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

/// Every label and title id the views can use, for the completeness tests.
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
    "doc-field-name",
    "doc-field-birth",
    "doc-field-sex",
    "doc-field-card_expires",
    "doc-field-cert_expires",
    "doc-field-phone",
    "doc-field-symbol",
    "doc-field-insurer_number",
    "doc-field-insurer",
    "doc-field-expires",
    "doc-field-copay",
    "doc-sex-female",
    "doc-sex-male",
    "doc-phone-iphone",
    "doc-phone-android",
    "doc-no-date",
    "doc-faceauth-remark",
    "doc-no-photo",
    "doc-photo",
];

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn era_dates() {
        assert_eq!(era_date(Lang::Ja, date(1978, 9, 3)), "昭和53年9月3日");
        assert_eq!(era_date(Lang::Ja, date(1989, 1, 8)), "平成元年1月8日");
        assert_eq!(era_date(Lang::Ja, date(2019, 5, 1)), "令和元年5月1日");
        assert_eq!(era_date(Lang::Ja, date(2025, 10, 1)), "令和7年10月1日");
        assert_eq!(era_date(Lang::Ja, date(1926, 12, 25)), "昭和元年12月25日");
        assert_eq!(era_date(Lang::En, date(1978, 9, 3)), "3 September 1978");
    }

    #[test]
    fn numbers_are_stable_and_never_twelve_digits() {
        let a = numbers("x", Insurance::Employee, true);
        let b = numbers("x", Insurance::Employee, true);
        assert_eq!(
            (a.insurer.clone(), a.symbol.clone(), a.number.clone()),
            (b.insurer, b.symbol, b.number)
        );
        assert_eq!(a.insurer.len(), 8);
        assert!(
            numbers("x", Insurance::LateElderly, true)
                .insurer
                .starts_with("39")
        );
        assert_ne!(numbers("x", Insurance::Employee, false).symbol, a.symbol);
    }
}
