//! `madoguchi new ID [--from TEMPLATE] [--dir DIR]`: starts a scenario from a template — the
//! authoring guide's worked example, or any shipped scenario — as its RON file and its two
//! fluent files, with the id and every message id renamed to match, then checks the result.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_content::pack::CheckOptions;
use madoguchi_content::studio::renamed;

use super::EXIT_BAD_INPUT;
use crate::library;

/// Arguments of `new`.
#[derive(Debug, clap::Args)]
pub struct NewArgs {
    id: String,
    #[arg(long)]
    from: Option<String>,
    #[arg(long, default_value = ".")]
    dir: PathBuf,
}

/// Runs `new`.
pub fn run(args: &NewArgs, lang: Lang) -> ExitCode {
    let texts = Texts::shipped();
    let say = |id: &str, values: &[(&str, String)]| texts.get_args(lang, id, values);
    let id = args.id.as_str();
    if id.is_empty()
        || !id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        super::say(&say("cli-new-bad-id", &[("id", id.to_owned())]));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    if library::shipped(CheckOptions { seeds: 0 })
        .pack
        .scenarios
        .iter()
        .any(|s| s.id() == id)
    {
        super::say(&say("cli-new-taken", &[("id", id.to_owned())]));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    let Some(template) = library::template(args.from.as_deref()) else {
        super::say(&say(
            "cli-new-no-template",
            &[("from", args.from.clone().unwrap_or_default())],
        ));
        return ExitCode::from(EXIT_BAD_INPUT);
    };
    let ron = {
        let body = renamed(&template.ron, &template.id, id);
        // The template's opening comment describes the template; say where it came from.
        let body: String = body
            .lines()
            .skip_while(|line| line.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        format!(
            "// {}\n{body}\n",
            say("cli-new-header", &[("from", template.id.clone())])
        )
    };
    let files: [(PathBuf, String); 3] = [
        (args.dir.join(format!("{id}.ron")), ron),
        (
            args.dir.join("locales/ja").join(format!("{id}.ftl")),
            renamed(&template.ja, &template.id, id),
        ),
        (
            args.dir.join("locales/en").join(format!("{id}.ftl")),
            renamed(&template.en, &template.id, id),
        ),
    ];
    if let Some((path, _)) = files.iter().find(|(path, _)| path.exists()) {
        super::say(&say(
            "cli-new-exists",
            &[("path", path.display().to_string())],
        ));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    for (path, text) in &files {
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(path, text));
        if let Err(error) = written {
            super::say(&say(
                "cli-error-write",
                &[
                    ("path", path.display().to_string()),
                    ("reason", error.to_string()),
                ],
            ));
            return ExitCode::from(super::EXIT_OUTPUT);
        }
    }
    let mut out = super::out::Out::new();
    for (path, _) in &files {
        out.line(say(
            "cli-new-wrote",
            &[("path", path.display().to_string())],
        ));
    }
    // The new scenario checked as `check FILE` would.
    match super::check::one_file(&files[0].0, CheckOptions::default(), lang) {
        Ok(report) => {
            for finding in &report.findings {
                out.line(format!(
                    "{}: {}",
                    shown(&args.dir, &finding.location()),
                    finding.message(&report.pack.texts, lang)
                ));
            }
            out.line(say(
                "cli-new-checked",
                &[("findings", report.findings.len().to_string())],
            ));
        }
        Err(message) => out.line(message),
    }
    out.line(say(
        "cli-new-next",
        &[
            ("path", files[0].0.display().to_string()),
            ("dir", args.dir.display().to_string()),
        ],
    ));
    out.finish(ExitCode::SUCCESS, lang)
}

/// A finding's location under the pack folder.
fn shown(dir: &Path, location: &str) -> String {
    dir.join(location).display().to_string()
}
