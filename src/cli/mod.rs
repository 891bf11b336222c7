//! The command line: `madoguchi` alone opens the trainer; subcommands judge situations and
//! list the rules. Help and messages come from `locales/<lang>/cli.ftl`.

mod check;
mod exam;
mod judge;
mod play;
mod report;
mod rules;
mod terminal;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use madoguchi_content::i18n::{Lang, Texts};

/// Exit code for bad input or a usage error.
pub const EXIT_BAD_INPUT: u8 = 2;

#[derive(Debug, Parser)]
#[command(name = "madoguchi", version)]
struct Cli {
    #[arg(long, global = true)]
    lang: Option<Lang>,
    #[arg(long, global = true)]
    data_dir: Option<std::path::PathBuf>,
    #[arg(long)]
    pack: Vec<std::path::PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    Judge(judge::JudgeArgs),
    Rules(rules::RulesArgs),
    Check(check::CheckArgs),
    Play(play::PlayArgs),
    Exam(exam::ExamArgs),
    Report(report::ReportArgs),
}

/// The language for text on the terminal: `--lang`, else `MADOGUCHI_LANG`, else Japanese.
fn default_lang() -> Lang {
    std::env::var("MADOGUCHI_LANG")
        .ok()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::Ja)
}

/// The clap command with every about and help text taken from fluent.
fn localized_command(lang: Lang) -> clap::Command {
    let texts = Texts::shipped();
    let t = |id: &str| texts.get(lang, id);
    let mut command = Cli::command()
        .about(t("cli-help"))
        .mut_arg("lang", |arg| arg.help(t("cli-help-lang")))
        .mut_arg("data_dir", |arg| arg.help(t("cli-help-data_dir")))
        .mut_arg("pack", |arg| arg.help(t("cli-help-pack")));
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| {
            let arg_ids: Vec<String> = sub
                .get_arguments()
                .map(|arg| arg.get_id().to_string())
                .filter(|id| !matches!(id.as_str(), "lang" | "data_dir" | "help" | "version"))
                .collect();
            let mut sub = sub.about(t(&format!("cli-help-{name}")));
            for id in arg_ids {
                let help = t(&format!("cli-help-{name}-{id}"));
                sub = sub.mut_arg(id.as_str(), |arg| arg.help(help));
            }
            sub
        });
    }
    command
}

/// Runs the command line.
pub fn run() -> ExitCode {
    let lang = lang_from_args().unwrap_or_else(default_lang);
    let matches = match localized_command(lang).try_get_matches() {
        Ok(matches) => matches,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(EXIT_BAD_INPUT)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let explicit_lang = cli.lang.or_else(lang_from_args);
    let lang = cli.lang.unwrap_or(lang);
    match cli.command {
        None => crate::app::run(crate::app::AppOptions {
            lang: explicit_lang,
            data_dir: cli.data_dir.clone(),
            packs: cli.pack.clone(),
        }),
        Some(Command::Judge(args)) => judge::run(&args, lang),
        Some(Command::Rules(args)) => rules::run(&args, lang),
        Some(Command::Check(args)) => check::run(&args, lang),
        Some(Command::Play(args)) => play::run(&args, lang, cli.data_dir.clone()),
        Some(Command::Exam(args)) => exam::run(&args, lang, cli.data_dir.clone()),
        Some(Command::Report(args)) => report::run(&args, lang, cli.data_dir.clone()),
    }
}

/// `--lang` read before clap, so that help is already in that language.
fn lang_from_args() -> Option<Lang> {
    let args: Vec<String> = std::env::args().collect();
    args.iter().enumerate().find_map(|(i, arg)| {
        if let Some(code) = arg.strip_prefix("--lang=") {
            Lang::from_code(code)
        } else if arg == "--lang" {
            args.get(i + 1).and_then(|code| Lang::from_code(code))
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_argument_has_help_in_both_languages() {
        let texts = Texts::shipped();
        for lang in Lang::ALL {
            let command = Cli::command();
            assert!(texts.has(lang, "cli-help"));
            assert!(texts.has(lang, "cli-help-lang"));
            assert!(texts.has(lang, "cli-help-data_dir"));
            assert!(texts.has(lang, "cli-help-pack"));
            for sub in command.get_subcommands() {
                let name = sub.get_name();
                assert!(
                    texts.has(lang, &format!("cli-help-{name}")),
                    "{lang}: cli-help-{name}"
                );
                for arg in sub.get_arguments() {
                    let id = arg.get_id().as_str();
                    if matches!(id, "lang" | "data_dir" | "help" | "version") {
                        continue;
                    }
                    assert!(
                        texts.has(lang, &format!("cli-help-{name}-{id}")),
                        "{lang}: cli-help-{name}-{id}"
                    );
                }
            }
            localized_command(lang).debug_assert();
        }
    }
}
