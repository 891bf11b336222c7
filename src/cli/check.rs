//! `madoguchi check [PATH…]`: validates scenario packs (the shipped library by default) and
//! reports every finding with its file and line; `--coverage` lists the rules exercised.

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_content::pack::{CheckOptions, PackReport};
use madoguchi_rules::{RuleId, RuleSet};
use serde_json::{Value, json};

use super::EXIT_BAD_INPUT;
use crate::library;

/// Output formats of `check`.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum CheckFormat {
    /// `file:line:column: message` lines.
    #[default]
    Text,
    /// One JSON object.
    Json,
}

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t)]
    format: CheckFormat,
    #[arg(long)]
    coverage: bool,
    #[arg(long, default_value_t = 16)]
    seeds: u64,
    #[arg(long)]
    graph: bool,
    #[arg(long, value_enum, default_value_t)]
    graph_format: GraphNotation,
}

/// The notations of `check --graph`.
#[derive(Clone, Copy, Debug, Default, clap::ValueEnum)]
pub enum GraphNotation {
    /// Mermaid (GitHub and most Markdown viewers draw it).
    #[default]
    Mermaid,
    /// Graphviz DOT.
    Dot,
}

/// `check --graph FILE`: the scenario's beats with each choice's verdict.
fn print_graph(args: &CheckArgs, lang: Lang) -> ExitCode {
    use madoguchi_content::graph::{GraphFormat, graph};
    let texts = Texts::shipped();
    let [path] = args.paths.as_slice() else {
        super::say(&texts.get(lang, "cli-error-graph-one-file"));
        return ExitCode::from(EXIT_BAD_INPUT);
    };
    let report = match one_file(path, CheckOptions { seeds: 0 }, lang) {
        Ok(report) => report,
        Err(message) => {
            super::say(&message);
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    // Drawn from the file itself, so a draft with findings can be pictured too.
    let def = scenario_def(path);
    let Some(def) = def else {
        super::say(&texts.get_args(
            lang,
            "cli-error-graph-unreadable",
            &[("path", path.display().to_string())],
        ));
        return ExitCode::from(EXIT_BAD_INPUT);
    };
    let scenario = madoguchi_play::scenario::Scenario::checked(def, path.display().to_string());
    let format = match args.graph_format {
        GraphNotation::Mermaid => GraphFormat::Mermaid,
        GraphNotation::Dot => GraphFormat::Dot,
    };
    let mut out = super::out::Out::new();
    out.text(&graph(
        &scenario,
        &library::policy(),
        &report.pack.texts,
        lang,
        format,
    ));
    out.finish(ExitCode::SUCCESS, lang)
}

/// A finding's file as the user should open it.
fn shown_path(report: &PackReport, file: &str) -> String {
    match &report.pack.root {
        Some(root) => root.join(file).display().to_string(),
        None => format!("{}/{file}", report.pack.label),
    }
}

/// Loads the packs to check: the shipped library, or each folder given.
pub fn load(
    paths: &[PathBuf],
    options: CheckOptions,
    lang: Lang,
) -> Result<Vec<PackReport>, String> {
    let texts = Texts::shipped();
    if paths.is_empty() {
        return Ok(vec![library::shipped(options)]);
    }
    let mut reports = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        if path.is_file() {
            if path.extension().is_none_or(|e| e != "ron") {
                return Err(texts.get_args(
                    lang,
                    "cli-error-not-a-scenario-file",
                    &[("path", shown)],
                ));
            }
            reports.push(one_file(path, options, lang)?);
            continue;
        }
        if !path.is_dir() {
            return Err(texts.get_args(lang, "cli-error-not-a-pack", &[("path", shown)]));
        }
        let report = library::from_dir(path, options).map_err(|error| {
            texts.get_args(
                lang,
                "cli-error-read",
                &[("path", shown.clone()), ("reason", error.to_string())],
            )
        })?;
        reports.push(report);
    }
    Ok(reports)
}

/// A scenario file's definition read straight from it (a draft with findings too), if it
/// parses.
fn scenario_def(path: &std::path::Path) -> Option<madoguchi_play::scenario::ScenarioDef> {
    let text = std::fs::read_to_string(path).ok()?;
    madoguchi_rules::wire::from_ron(&text).ok()
}

/// Checks one scenario file: its pack is read (the file's messages live there), and only the
/// findings about this file and its messages are kept.
pub(super) fn one_file(
    path: &std::path::Path,
    options: CheckOptions,
    lang: Lang,
) -> Result<PackReport, String> {
    let texts = Texts::shipped();
    let shown = path.display().to_string();
    let Some(root) = library::pack_root_of(path) else {
        return Err(texts.get_args(lang, "cli-error-no-pack-root", &[("path", shown)]));
    };
    let mut report = library::from_dir(&root, options).map_err(|error| {
        texts.get_args(
            lang,
            "cli-error-read",
            &[("path", shown.clone()), ("reason", error.to_string())],
        )
    })?;
    let canonical = std::fs::canonicalize(path).map_err(|error| {
        texts.get_args(
            lang,
            "cli-error-read",
            &[("path", shown.clone()), ("reason", error.to_string())],
        )
    })?;
    let relative = canonical
        .strip_prefix(std::fs::canonicalize(&root).unwrap_or(root.clone()))
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .unwrap_or_default();
    // The scenario's id from the file itself (a scenario with findings is not in the playable
    // pack); its messages are the ones named `<id>-…`.
    let prefix = scenario_def(path).map(|def| format!("{}-", def.id));
    report.findings.retain(|finding| {
        finding.file == relative
            || prefix.as_ref().is_some_and(|prefix| {
                finding.file.starts_with("locales/")
                    && finding
                        .args
                        .get("id")
                        .is_some_and(|id| id.starts_with(prefix))
            })
    });
    report.files_checked = 1;
    report.pack.scenarios.retain(|s| s.file() == relative);
    Ok(report)
}

/// Runs `check`.
pub fn run(args: &CheckArgs, lang: Lang) -> ExitCode {
    if args.graph {
        return print_graph(args, lang);
    }
    let texts = Texts::shipped();
    let options = CheckOptions { seeds: args.seeds };
    let reports = match load(&args.paths, options, lang) {
        Ok(reports) => reports,
        Err(message) => {
            super::say(&message);
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let findings: usize = reports.iter().map(|r| r.findings.len()).sum();
    let files: usize = reports.iter().map(|r| r.files_checked).sum();
    let covered = reports
        .iter()
        .fold(RuleSet::EMPTY, |set, r| set.union(r.coverage));
    let uncovered: Vec<RuleId> = RuleId::ALL
        .iter()
        .copied()
        .filter(|rule| !covered.contains(*rule))
        .collect();
    let mut out = super::out::Out::new();
    match args.format {
        CheckFormat::Text => {
            for report in &reports {
                for finding in &report.findings {
                    let texts = &report.pack.texts;
                    let location = match (finding.line, finding.column) {
                        (Some(line), Some(column)) => {
                            format!("{}:{line}:{column}", shown_path(report, &finding.file))
                        }
                        (Some(line), None) => {
                            format!("{}:{line}", shown_path(report, &finding.file))
                        }
                        _ => shown_path(report, &finding.file),
                    };
                    out.line(format!("{location}: {}", finding.message(texts, lang)));
                }
            }
            if args.coverage {
                out.line(texts.get_args(
                    lang,
                    "cli-check-coverage",
                    &[
                        ("covered", covered.len().to_string()),
                        ("total", RuleId::ALL.len().to_string()),
                    ],
                ));
                for rule in &uncovered {
                    out.line(format!("  {rule}"));
                }
            }
            out.line(texts.get_args(
                lang,
                "cli-check-summary",
                &[
                    ("packs", reports.len().to_string()),
                    ("files", files.to_string()),
                    ("findings", findings.to_string()),
                ],
            ));
        }
        CheckFormat::Json => {
            let list: Vec<Value> = reports
                .iter()
                .flat_map(|report| {
                    report.findings.iter().map(move |finding| {
                        json!({
                            "file": shown_path(report, &finding.file),
                            "line": finding.line,
                            "column": finding.column,
                            "kind": finding.kind,
                            "message": finding.message(&report.pack.texts, lang),
                            "args": finding.args,
                        })
                    })
                })
                .collect();
            let mut value = json!({
                "packs": reports.iter().map(|r| json!({
                    "pack": r.pack.label,
                    "files": r.files_checked,
                    "scenarios_valid": r.pack.scenarios.len(),
                })).collect::<Vec<_>>(),
                "findings": list,
            });
            if args.coverage {
                value["covered"] = json!(covered.to_vec());
                value["uncovered"] = json!(uncovered);
            }
            out.line(serde_json::to_string_pretty(&value).unwrap_or_default());
        }
    }
    let done = if findings > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    out.finish(done, lang)
}
