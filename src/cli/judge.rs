//! `madoguchi judge FILE`: the ruling for one situation, as JSON on stdout.

use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_rules::{self as rules, Policy, Situation};
use serde_json::{Value, json};

use super::EXIT_BAD_INPUT;

/// Arguments of `judge`.
#[derive(Debug, clap::Args)]
pub struct JudgeArgs {
    /// JSON or RON by extension; `-` reads JSON from stdin.
    file: PathBuf,
    /// Add each applied rule's explanation in the chosen language.
    #[arg(long)]
    explain: bool,
}

/// Reads at most [`rules::wire::MAX_REQUEST_BYTES`] (and one byte more, to know it was more).
fn read_bounded(reader: impl Read, shown: &str, lang: Lang) -> Result<String, String> {
    let texts = Texts::shipped();
    let limit = rules::wire::MAX_REQUEST_BYTES;
    let mut bytes = Vec::new();
    reader
        .take(u64::try_from(limit).unwrap_or(u64::MAX) + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| {
            texts.get_args(
                lang,
                "cli-error-read",
                &[("path", shown.to_owned()), ("reason", error.to_string())],
            )
        })?;
    if bytes.len() > limit {
        return Err(texts.get_args(
            lang,
            "cli-error-too-large",
            &[("path", shown.to_owned()), ("limit", limit.to_string())],
        ));
    }
    String::from_utf8(bytes)
        .map_err(|_| texts.get_args(lang, "cli-error-not-text", &[("path", shown.to_owned())]))
}

/// Reads a situation from a path (`-` for standard input), by extension.
fn read_situation(path: &PathBuf, lang: Lang) -> Result<Situation, String> {
    let texts = Texts::shipped();
    let shown = path.display().to_string();
    if shown == "-" {
        let text = read_bounded(std::io::stdin().lock(), &shown, lang)?;
        return rules::situation_from_json(&text).map_err(|error| error.to_string());
    }
    let file = std::fs::File::open(path).map_err(|error| {
        texts.get_args(
            lang,
            "cli-error-read",
            &[("path", shown.clone()), ("reason", error.to_string())],
        )
    })?;
    let text = read_bounded(file, &shown, lang)?;
    match path.extension().and_then(|e| e.to_str()) {
        Some("json") => rules::situation_from_json(&text).map_err(|error| error.to_string()),
        Some("ron") => rules::situation_from_ron(&text).map_err(|error| format!("{shown}:{error}")),
        _ => Err(texts.get_args(lang, "cli-error-extension", &[("path", shown)])),
    }
}

/// The ruling as the documented JSON object, with the details after the required fields.
pub fn ruling_json(policy: &Policy, ruling: &rules::Ruling, explain: Option<Lang>) -> Value {
    let mut value = json!({
        "confirmed_by": ruling.confirmed_by,
        "auth": ruling.auth,
        "copay_percent": ruling.copay,
        "claim": ruling.claim,
        "prescription": ruling.prescription,
        "medical_info_sharing": ruling.medical_info_sharing,
        "rules": ruling.rules,
        "parts": ruling.parts,
        "steps": ruling.steps,
        "prohibited": ruling.prohibited(),
        "myna": ruling.myna,
        "cert": ruling.cert,
    });
    if let Some(subsidy) = &ruling.subsidy {
        value["subsidy"] = json!(subsidy);
    }
    if let Some(lang) = explain {
        let texts = Texts::shipped();
        let explanations: serde_json::Map<String, Value> = ruling
            .rules
            .iter()
            .map(|rule| {
                (
                    rule.as_str().to_owned(),
                    Value::String(texts.rule_text(lang, policy, rule)),
                )
            })
            .collect();
        value["explanations"] = Value::Object(explanations);
    }
    value
}

/// Runs `judge`.
pub fn run(args: &JudgeArgs, lang: Lang) -> ExitCode {
    let situation = match read_situation(&args.file, lang) {
        Ok(situation) => situation,
        Err(message) => {
            super::say(&message);
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let policy = Policy::builtin();
    let ruling = match rules::rule(policy, &situation) {
        Ok(ruling) => ruling,
        Err(error) => {
            super::say(&rules::wire::tidy(&error.to_string()));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let value = ruling_json(policy, &ruling, args.explain.then_some(lang));
    let mut out = super::out::Out::new();
    out.line(serde_json::to_string_pretty(&value).unwrap_or_default());
    out.finish(ExitCode::SUCCESS, lang)
}
