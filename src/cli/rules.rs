//! `madoguchi rules`: every rule with its title, dates, sources and evidence.

use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts, format_date};
use madoguchi_rules::catalog::source_id;
use madoguchi_rules::{Policy, RuleInfo};
use serde_json::{Value, json};

/// Output formats of `rules`.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum RulesFormat {
    /// A readable list.
    #[default]
    Table,
    /// One JSON array.
    Json,
}

/// Arguments of `rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t)]
    format: RulesFormat,
}

fn sources_json(policy: &Policy, info: &RuleInfo) -> Vec<Value> {
    info.entry
        .sources
        .iter()
        .map(|reference| {
            let id = source_id(reference);
            let locator = reference[id.len()..].trim();
            let source = policy.source(id);
            json!({
                "id": id,
                "locator": (!locator.is_empty()).then_some(locator),
                "title": source.map(|s| s.title.clone()),
                "urls": source.map(|s| s.urls.clone()).unwrap_or_default(),
            })
        })
        .collect()
}

/// Every rule as JSON: id, section, titles and explanations in both languages, dates, sources,
/// evidence and whether it needs caution.
pub fn rules_json(policy: &Policy) -> Value {
    let texts = Texts::shipped();
    let rules: Vec<Value> = policy
        .rules()
        .iter()
        .map(|info| {
            let id = info.entry.id;
            json!({
                "id": id,
                "section": info.entry.section,
                "title": {
                    "ja": texts.rule_title(Lang::Ja, policy, id),
                    "en": texts.rule_title(Lang::En, policy, id),
                },
                "explanation": {
                    "ja": texts.rule_text(Lang::Ja, policy, id),
                    "en": texts.rule_text(Lang::En, policy, id),
                },
                "from": info.from.map(|d| d.to_string()),
                "until": info.until.map(|d| d.to_string()),
                "sources": sources_json(policy, info),
                "evidence": info.entry.evidence.iter().map(|e| e.label()).collect::<Vec<_>>(),
                "caution": info.needs_caution(),
            })
        })
        .collect();
    Value::Array(rules)
}

fn table(policy: &Policy, lang: Lang) -> String {
    let texts = Texts::shipped();
    let t = |id: &str| texts.get(lang, id);
    let mut out = texts.get_args(
        lang,
        "cli-rules-header",
        &[("count", policy.rules().len().to_string())],
    );
    out.push('\n');
    for info in policy.rules() {
        let id = info.entry.id;
        let dates = match (info.from, info.until) {
            (None, None) => t("cli-rules-always"),
            (from, until) => [
                from.map(|d| {
                    texts.get_args(lang, "cli-rules-from", &[("date", format_date(lang, d))])
                }),
                until.map(|d| {
                    texts.get_args(lang, "cli-rules-until", &[("date", format_date(lang, d))])
                }),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
        };
        let evidence: Vec<String> = info
            .entry
            .evidence
            .iter()
            .map(|e| format!("{} {}", e.label(), t(&format!("evidence-{}", e.label()))))
            .collect();
        out.push_str(&format!(
            "\n{id}  [§{}]\n  {}\n  {}\n  {}: {dates}\n  {}: {}\n  {}: {}\n",
            info.entry.section,
            texts.rule_title(lang, policy, id),
            texts.rule_text(lang, policy, id),
            t("cli-rules-in-force"),
            t("cli-rules-sources"),
            info.entry.sources.join(", "),
            t("cli-rules-evidence"),
            evidence.join(" / "),
        ));
    }
    out
}

/// Runs `rules`.
pub fn run(args: &RulesArgs, lang: Lang) -> ExitCode {
    let policy = Policy::builtin();
    let mut out = super::out::Out::new();
    match args.format {
        RulesFormat::Table => out.line(table(policy, lang)),
        RulesFormat::Json => {
            out.line(serde_json::to_string_pretty(&rules_json(policy)).unwrap_or_default())
        }
    }
    out.finish(ExitCode::SUCCESS, lang)
}
