//! The shipped texts: every file parses, both languages have the same messages, and every id
//! the engine asks for exists.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::*;
use madoguchi_play::scenario::devices::ReaderScreenKind;
use madoguchi_play::scenario::{Competency, Difficulty, Ending, Sex};
use madoguchi_rules::{
    Action, AuthMode, CertStatus, ClaimRoute, Conduct, ConfirmedBy, CopayRate, Decision,
    DocumentKind, Evidence, MynaFailure, Name, PhoneOs, Prescription, StepKind, VariantArray,
    Verdict,
};

use crate::pack::FindingKind;

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn ids_of(lang: Lang, name: &str) -> Vec<String> {
    let (resource, errors) = parse_ftl(name, shipped_source(lang, name).unwrap().to_owned());
    assert!(errors.is_empty(), "{lang}/{name}: {errors:?}");
    resource_ids(&resource).collect()
}

#[test]
fn shipped_files_are_exactly_the_files_on_disk() {
    for lang in Lang::ALL {
        let mut on_disk: Vec<String> = std::fs::read_dir(locales_dir().join(lang.code()))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".ftl"))
            .collect();
        on_disk.sort();
        let mut shipped: Vec<String> = SHIPPED_FILES.iter().map(|s| (*s).to_owned()).collect();
        shipped.sort();
        assert_eq!(on_disk, shipped, "locales/{lang}");
    }
}

#[test]
fn shipped_files_parse() {
    for lang in Lang::ALL {
        for name in SHIPPED_FILES {
            ids_of(lang, name);
        }
    }
}

#[test]
fn every_language_has_every_message_and_no_id_twice() {
    for name in SHIPPED_FILES {
        let ja: BTreeSet<String> = ids_of(Lang::Ja, name).into_iter().collect();
        let en: BTreeSet<String> = ids_of(Lang::En, name).into_iter().collect();
        let only_ja: Vec<_> = ja.difference(&en).collect();
        let only_en: Vec<_> = en.difference(&ja).collect();
        assert!(
            only_ja.is_empty() && only_en.is_empty(),
            "{name}: only in ja {only_ja:?}, only in en {only_en:?}"
        );
    }
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for name in SHIPPED_FILES {
            for id in ids_of(lang, name) {
                assert!(seen.insert(id.clone()), "{lang}: {id} is defined twice");
            }
        }
    }
}

/// `prefix-name` for every variant of an enum.
fn names<T>(prefix: &str) -> Vec<String>
where
    T: VariantArray + Copy + Into<&'static str>,
{
    T::VARIANTS
        .iter()
        .map(|v| format!("{prefix}-{}", v.name()))
        .collect()
}

/// Every id the engine and the tools build from enums.
fn engine_ids() -> Vec<String> {
    let mut ids = Vec::new();
    for rule in RuleId::ALL {
        ids.push(rule.title_id());
        ids.push(rule.message_id());
    }
    for action in Action::all() {
        ids.push(action.message_id());
    }
    ids.extend(names::<Verdict>("verdict"));
    ids.extend(names::<ConfirmedBy>("confirmed"));
    ids.extend(names::<AuthMode>("auth"));
    ids.push("auth-none".to_owned());
    ids.extend(names::<ClaimRoute>("claim"));
    ids.extend(names::<Prescription>("prescription"));
    ids.extend(names::<DocumentKind>("document"));
    ids.extend(names::<CertStatus>("cert"));
    ids.extend(names::<MynaFailure>("myna"));
    ids.extend(names::<Conduct>("conduct"));
    ids.extend(names::<Decision>("decision"));
    ids.extend(names::<StepKind>("step"));
    ids.extend(names::<CopayRate>("copay"));
    ids.extend(names::<Sex>("doc-sex"));
    ids.extend(names::<PhoneOs>("doc-phone"));
    ids.extend(names::<Competency>("competency"));
    ids.extend(names::<Difficulty>("difficulty"));
    ids.extend(names::<Ending>("ending"));
    ids.extend(names::<FindingKind>("finding"));
    ids.extend(names::<ReaderScreenKind>("reader"));
    ids.extend(names::<madoguchi_rules::SubsidyScheme>("subsidy-scheme"));
    ids.extend(names::<madoguchi_rules::SubsidyRoute>("subsidy-route"));
    ids.extend(names::<madoguchi_rules::NotApplied>("subsidy-not_applied"));
    ids.extend(
        madoguchi_rules::ProblemKind::VARIANTS
            .iter()
            .map(|kind| kind.message_id()),
    );
    // Free play: every act of every object, the objects, the patient's lines, how it ends,
    // the parts, remarks, consequences and themes.
    use madoguchi_play::free;
    for act in free::every_act() {
        ids.push(act.label_id());
    }
    for object in free::FIXED_OBJECTS {
        ids.push(object.label_id());
        for (intent, _) in free::acts_of(object) {
            ids.push(intent.label_id());
        }
    }
    for kind in DocumentKind::VARIANTS {
        ids.push(free::Object::Document(*kind).label_id());
    }
    ids.extend(free::PatientLine::all().into_iter().map(|l| l.message_id()));
    ids.extend(names::<free::FreeEnd>("free-end"));
    ids.extend(names::<free::Part>("free-part"));
    ids.extend(names::<free::whole::RemarkKind>("free-remark"));
    ids.extend(names::<free::Consequence>("free-consequence"));
    ids.extend(names::<free::generate::Theme>("free-theme"));
    ids.extend(names::<free::generate::Theme>("free-theme-debrief"));
    for refusal in [
        free::Refusal::Ended,
        free::Refusal::NotOnCounter(DocumentKind::MyNumberCard),
        free::Refusal::NothingOnReader,
        free::Refusal::NoNumbers,
        free::Refusal::WrongSetting,
    ] {
        ids.push(refusal.message_id());
    }
    ids.extend(
        madoguchi_play::scenario::documents::MESSAGE_IDS
            .iter()
            .map(|id| (*id).to_owned()),
    );
    ids.extend(crate::present::insurer_message_ids());
    ids.extend(
        Evidence::VARIANTS
            .iter()
            .map(|e| format!("evidence-{}", e.label())),
    );
    ids
}

#[test]
fn every_id_the_engine_uses_exists_in_both_languages() {
    let texts = Texts::shipped();
    for lang in Lang::ALL {
        let missing: Vec<String> = engine_ids()
            .into_iter()
            .filter(|id| !texts.has(lang, id))
            .collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
    }
}

#[test]
fn rule_texts_fill_every_date() {
    let texts = Texts::shipped();
    let policy = Policy::builtin();
    for lang in Lang::ALL {
        for rule in RuleId::ALL {
            for text in [
                texts.rule_title(lang, policy, *rule),
                texts.rule_text(lang, policy, *rule),
            ] {
                assert!(
                    !text.contains('{') && !text.contains('}'),
                    "{lang} {rule}: {text}"
                );
                assert!(!text.starts_with("rule-"), "{lang} {rule}: message missing");
            }
        }
    }
    let text = texts.rule_text(Lang::Ja, policy, RuleId::DocOldcardProvisionalAccept);
    assert!(text.contains("2026年3月31日"), "{text}");
    let text = texts.rule_text(Lang::En, policy, RuleId::DocOldcardProvisionalAccept);
    assert!(text.contains("31 March 2026"), "{text}");
}

#[test]
fn caution_rules_say_so_in_both_languages() {
    let texts = Texts::shipped();
    let policy = Policy::builtin();
    // Inferred, conflicting and unverified rules must say so in their explanation.
    let markers_ja = ["推定", "食い違", "資料により", "未確認", "出典1件", "1件"];
    let markers_en = [
        "Inferred",
        "inferred",
        "conflict",
        "Unverified",
        "unverified",
        "One ",
        "one ",
        "Single",
        "single",
        "Derived",
    ];
    for info in policy.rules() {
        if !info.needs_caution() {
            continue;
        }
        let id = info.entry.id;
        let ja = texts.rule_text(Lang::Ja, policy, id);
        let en = texts.rule_text(Lang::En, policy, id);
        assert!(
            markers_ja.iter().any(|m| ja.contains(m)),
            "ja {id} does not say how sure it is: {ja}"
        );
        assert!(
            markers_en.iter().any(|m| en.contains(m)),
            "en {id} does not say how sure it is: {en}"
        );
    }
}

#[test]
fn missing_messages_show_their_id() {
    assert_eq!(
        Texts::shipped().get(Lang::Ja, "no-such-message"),
        "no-such-message"
    );
}

#[test]
fn layers_come_first_and_clashes_are_reported() {
    let (resource, errors) = parse_ftl(
        "pack.ftl",
        "pack-hello = こんにちは\napp-title = 上書き\n".to_owned(),
    );
    assert!(errors.is_empty());
    let (texts, clashes) = Texts::shipped().with_layer(Lang::Ja, &[resource]);
    assert_eq!(texts.get(Lang::Ja, "pack-hello"), "こんにちは");
    assert_eq!(clashes, vec!["app-title".to_owned()]);
    assert!(!texts.has(Lang::En, "pack-hello"));
}

#[test]
fn syntax_errors_have_line_and_column() {
    let (_, errors) = parse_ftl(
        "broken.ftl",
        "ok = fine\nbad message here\nalso-ok = yes\n".to_owned(),
    );
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].line, 2);
    assert_eq!(
        errors[0].column, 5,
        "the parser points at what follows the id"
    );
    assert!(errors[0].to_string().starts_with("broken.ftl:2:5: "));
}

#[test]
fn dates_read_naturally() {
    let day = jiff::civil::date(2026, 3, 31);
    assert_eq!(format_date(Lang::Ja, day), "2026年3月31日");
    assert_eq!(format_date(Lang::En, day), "31 March 2026");
}

#[test]
fn digits_with_leading_zeros_keep_them() {
    let texts = Texts::shipped();
    for lang in Lang::ALL {
        let shown = texts.get_args(
            lang,
            "present-labelled",
            &[("label", "x".to_owned()), ("value", "06123456".to_owned())],
        );
        assert!(shown.contains("06123456"), "{shown}");
        let branch = texts.get_args(
            lang,
            "present-labelled",
            &[("label", "x".to_owned()), ("value", "00".to_owned())],
        );
        assert!(branch.contains("00"), "{branch}");
    }
}

#[test]
fn english_quotes_are_typographic() {
    use super::typographic_quotes;
    assert_eq!(
        typographic_quotes(r#""Yes," she said. It's fine (and "done")."#),
        "“Yes,” she said. It's fine (and “done”)."
    );
    assert_eq!(typographic_quotes("no quotes"), "no quotes");
    assert_eq!(typographic_quotes("「\"」"), "「“」");
}
