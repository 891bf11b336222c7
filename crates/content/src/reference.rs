//! The reference of the scenario format for trainers (`docs/reference.md`), generated from the
//! code so it cannot drift: every field of the scenario file as serde reads it, every variant
//! and condition, every action of the engine's vocabulary with its label, every value an enum
//! takes with its label, and the field names of the facts. The field and condition
//! explanations are fluent messages (`ref-…`), so a new field without one fails the tests.

use std::fmt;

use madoguchi_play::scenario::{
    BeatDef, Branch, Cast, ChoiceDef, Companion, Competency, Condition, Difficulty, Ending, Mood,
    ScenarioDef, Sex, Vary,
};
use madoguchi_rules::{
    Action, Advice, AuthMode, CertStatus, ClaimRoute, Clinic, ConfirmedBy, CopayRate, DocumentKind,
    ElderlyRecipientCertificate, EligibilityCertificate, EligibilityNotice, Income, Insurance,
    InsuranceCard, MyNumberCard, MynaFailure, Name, Network, OnlineRecord, Patient, PhoneOs,
    PinState, Prescription, Presented, ReaderState, Setting, Situation, SmartphoneCard, Subsidy,
    SubsidyCertificate, SubsidyScheme, VariantArray, Verdict,
};
use serde::de::{self, DeserializeOwned, Visitor};

use crate::i18n::{Lang, Texts};

/// What the tracer learnt: a struct's fields or an enum's variants, as serde names them.
#[derive(Debug)]
enum Traced {
    Fields(&'static [&'static str]),
    Variants(&'static [&'static str]),
    Other,
}

impl fmt::Display for Traced {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Traced {}

impl de::Error for Traced {
    fn custom<T: fmt::Display>(_: T) -> Traced {
        Traced::Other
    }
}

/// A deserializer that reads nothing: it stops at the first struct or enum and reports the
/// names serde asked for.
struct Tracer;

impl<'de> de::Deserializer<'de> for Tracer {
    type Error = Traced;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Traced> {
        Err(Traced::Other)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Traced> {
        Err(Traced::Fields(fields))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        variants: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Traced> {
        Err(Traced::Variants(variants))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map identifier ignored_any
    }
}

/// A struct's field names as its files write them.
pub fn fields<T: DeserializeOwned>() -> &'static [&'static str] {
    match T::deserialize(Tracer) {
        Err(Traced::Fields(fields)) => fields,
        _ => &[],
    }
}

/// An enum's variant names as its files write them.
pub fn variants<T: DeserializeOwned>() -> &'static [&'static str] {
    match T::deserialize(Tracer) {
        Err(Traced::Variants(variants)) => variants,
        _ => &[],
    }
}

/// The structs of the scenario file, each with the key of its explanations.
pub fn scenario_structs() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("scenario", fields::<ScenarioDef>()),
        ("cast", fields::<Cast>()),
        ("beat", fields::<BeatDef>()),
        ("choice", fields::<ChoiceDef>()),
        ("branch", fields::<Branch>()),
    ]
}

/// The structs of the facts, each with its name in the files.
pub fn fact_structs() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("facts", fields::<Situation>()),
        ("patient", fields::<Patient>()),
        ("subsidy", fields::<Subsidy>()),
        ("clinic", fields::<Clinic>()),
        ("my_number_card", fields::<MyNumberCard>()),
        ("smartphone_card", fields::<SmartphoneCard>()),
        ("insurance_card", fields::<InsuranceCard>()),
        (
            "eligibility_certificate",
            fields::<EligibilityCertificate>(),
        ),
        ("eligibility_notice", fields::<EligibilityNotice>()),
        ("subsidy_certificate", fields::<SubsidyCertificate>()),
        (
            "elderly_recipient_certificate",
            fields::<ElderlyRecipientCertificate>(),
        ),
    ]
}

/// One enum's values: its key, the names, and the prefix of their labels (if they have any).
struct Values {
    key: &'static str,
    names: Vec<&'static str>,
    label: Option<&'static str>,
}

fn values<T: VariantArray + Name + Copy>(key: &'static str, label: Option<&'static str>) -> Values {
    Values {
        key,
        names: T::VARIANTS.iter().map(|v| v.name()).collect(),
        label,
    }
}

/// Every enum a trainer writes, with the prefix of its labels.
fn all_values() -> Vec<Values> {
    vec![
        values::<Difficulty>("difficulty", Some("difficulty")),
        values::<Competency>("competency", Some("competency")),
        values::<Ending>("ending", Some("ending")),
        values::<Verdict>("verdict", Some("verdict")),
        values::<Sex>("sex", None),
        values::<Companion>("companion", Some("companion")),
        values::<Mood>("mood", None),
        values::<DocumentKind>("document", Some("document")),
        values::<ConfirmedBy>("confirmed_by", Some("confirmed")),
        values::<CopayRate>("copay", Some("copay")),
        values::<AuthMode>("auth", Some("auth")),
        values::<ClaimRoute>("claim", Some("claim")),
        values::<Prescription>("prescription", None),
        values::<Advice>("advice", Some("action-advise")),
        values::<CertStatus>("cert", Some("cert")),
        values::<MynaFailure>("myna_failed", Some("myna")),
        values::<PinState>("pin", Some("pin")),
        values::<OnlineRecord>("online_record", Some("record")),
        values::<Insurance>("insurance", Some("insurance")),
        values::<Income>("income", None),
        values::<SubsidyScheme>("subsidy_scheme", Some("subsidy-scheme")),
        values::<Setting>("setting", None),
        values::<ReaderState>("reader", None),
        values::<Network>("network", None),
        values::<PhoneOs>("phone_os", None),
    ]
}

/// The message ids every explanation uses (for the completeness test).
pub fn explanation_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for (key, fields) in scenario_structs() {
        ids.extend(fields.iter().map(|f| format!("ref-field-{key}-{f}")));
    }
    ids.extend(variants::<Vary>().iter().map(|v| format!("ref-vary-{v}")));
    ids.extend(
        variants::<Condition>()
            .iter()
            .map(|c| format!("ref-condition-{c}")),
    );
    ids.extend(all_values().iter().map(|v| format!("ref-values-{}", v.key)));
    ids
}

/// A table row with a value in code and its explanation.
fn row(out: &mut String, code: &str, text: &str) {
    out.push_str(&format!(
        "| `{code}` | {} |\n",
        text.replace('|', "\\|").replace('\n', " ")
    ));
}

/// The reference in one language, as Markdown.
pub fn markdown(texts: &Texts, lang: Lang) -> String {
    let t = |id: &str| texts.get(lang, id);
    let mut out = String::new();
    out.push_str(&format!("## {}\n\n{}\n\n", t("ref-title"), t("ref-intro")));
    let head = |out: &mut String, title: String, left: String, right: String| {
        out.push_str(&format!("### {title}\n\n| {left} | {right} |\n|---|---|\n"));
    };
    for (key, fields) in scenario_structs() {
        head(
            &mut out,
            t(&format!("ref-struct-{key}")),
            t("ref-col-field"),
            t("ref-col-meaning"),
        );
        for field in fields {
            row(&mut out, field, &t(&format!("ref-field-{key}-{field}")));
        }
        out.push('\n');
    }
    head(
        &mut out,
        t("ref-struct-variants"),
        t("ref-col-written"),
        t("ref-col-meaning"),
    );
    for name in variants::<Vary>() {
        row(&mut out, name, &t(&format!("ref-vary-{name}")));
    }
    out.push('\n');
    head(
        &mut out,
        t("ref-struct-conditions"),
        t("ref-col-written"),
        t("ref-col-meaning"),
    );
    for name in variants::<Condition>() {
        row(&mut out, name, &t(&format!("ref-condition-{name}")));
    }
    out.push('\n');
    head(
        &mut out,
        t("ref-struct-actions"),
        t("ref-col-written"),
        t("ref-col-meaning"),
    );
    for action in Action::all() {
        let (name, value) = action.parts();
        let (code, id) = match value {
            Some(value) => (format!("{name}({value})"), format!("action-{name}-{value}")),
            None => (name.to_owned(), format!("action-{name}")),
        };
        row(&mut out, &code, &t(&id));
    }
    out.push('\n');
    out.push_str(&format!("### {}\n\n", t("ref-struct-values")));
    for values in all_values() {
        out.push_str(&format!(
            "- **{}** — {}\n",
            t(&format!("ref-values-{}", values.key)),
            values
                .names
                .iter()
                .map(|name| match values.label {
                    Some(prefix) if texts.has(lang, &format!("{prefix}-{name}")) => {
                        format!("`{name}` {}", t(&format!("{prefix}-{name}")))
                    }
                    _ => format!("`{name}`"),
                })
                .collect::<Vec<_>>()
                .join(if lang == Lang::Ja { "、" } else { ", " })
        ));
    }
    out.push('\n');
    out.push_str(&format!(
        "### {}\n\n{}\n\n",
        t("ref-struct-facts"),
        t("ref-facts-intro")
    ));
    let presented: Vec<String> = variants::<Presented>()
        .iter()
        .map(|v| format!("`{v}(…)`"))
        .collect();
    out.push_str(&format!(
        "- **{}** — {}\n",
        t("ref-facts-presented"),
        presented.join(", ")
    ));
    for (key, fields) in fact_structs() {
        let names: Vec<String> = fields.iter().map(|f| format!("`{f}`")).collect();
        out.push_str(&format!("- **`{key}`** — {}\n", names.join(", ")));
    }
    out
}

/// The whole reference file: Japanese, then English.
pub fn document(texts: &Texts) -> String {
    let mut out = String::from(
        "<!-- Generated from the code by madoguchi-content's reference module; \
         `cargo test` checks it is current. -->\n\n# 項目の一覧 / Reference\n\n\
         **日本語** · [English](#reference)\n\n",
    );
    out.push_str(&markdown(texts, Lang::Ja));
    out.push('\n');
    out.push_str(&markdown(texts, Lang::En));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    #[test]
    fn the_tracer_reads_the_names_serde_reads() {
        assert_eq!(
            fields::<BeatDef>(),
            &["lines", "choices", "end"],
            "the beat's fields"
        );
        assert!(fields::<ScenarioDef>().contains(&"free_lines"));
        assert!(variants::<Condition>().contains(&"myna_failed"));
        assert!(variants::<Vary>().contains(&"visit_days"));
        for (key, fields) in scenario_structs().into_iter().chain(fact_structs()) {
            assert!(!fields.is_empty(), "{key} has no fields traced");
        }
    }

    #[test]
    fn every_field_variant_and_condition_is_explained_in_both_languages() {
        let texts = Texts::shipped();
        let missing: Vec<String> = explanation_ids()
            .into_iter()
            .flat_map(|id| {
                Lang::ALL
                    .into_iter()
                    .filter(|lang| !texts.has(*lang, &id))
                    .map(|lang| format!("{id} ({})", lang.code()))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(missing.is_empty(), "no explanation: {missing:?}");
    }

    #[test]
    fn every_fact_field_is_documented_in_the_judge_guide() {
        let guide = std::fs::read_to_string(repo().join("docs/judge.md")).unwrap();
        let mut missing = Vec::new();
        for (key, fields) in fact_structs() {
            for field in fields {
                // `field`, `parent.field`, or a row of its own fields (`field.x`, `field[]`).
                let documented = guide.contains(&format!("`{field}`"))
                    || guide.contains(&format!(".{field}`"))
                    || guide.contains(&format!("`{field}."))
                    || guide.contains(&format!("`{field}[]`"));
                if !documented {
                    missing.push(format!("{key}.{field}"));
                }
            }
        }
        assert!(missing.is_empty(), "not in docs/judge.md: {missing:?}");
    }

    /// `docs/reference.md` is what the code generates (rewritten when
    /// `MADOGUCHI_WRITE_REFERENCE=1`).
    #[test]
    fn the_reference_in_docs_is_current() {
        let generated = document(Texts::shipped());
        let path = repo().join("docs/reference.md");
        if std::env::var_os("MADOGUCHI_WRITE_REFERENCE").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            written == generated,
            "docs/reference.md is out of date: run MADOGUCHI_WRITE_REFERENCE=1 cargo test -p \
             madoguchi-content reference"
        );
    }
}
