//! The command line: `madoguchi` alone opens the trainer; subcommands judge situations and
//! list the rules. Help and messages come from `locales/<lang>/cli.ftl`.

mod check;
mod exam;
mod free;
mod judge;
mod new;
mod out;
mod play;
mod players;
mod report;
mod rules;
mod sync;
mod terminal;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use madoguchi_content::i18n::{Lang, Texts};

/// Exit code for bad input or a usage error.
pub const EXIT_BAD_INPUT: u8 = 2;
/// Exit code when the records file is not usable (not ours, damaged, newer): it is left as it is.
pub const EXIT_RECORDS_UNUSABLE: u8 = 5;
/// Exit code when the records cannot be written now (read-only, disk full, locked); nothing
/// finished is lost (it waits as a pending record).
pub const EXIT_RECORDS_UNWRITABLE: u8 = 6;
/// Exit code when standard output or an output file could not be written (a full disk).
pub const EXIT_OUTPUT: u8 = 7;

/// Says a line on standard error (quietly nothing if standard error is closed: never a
/// panic).
pub fn say(text: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Opens the records for writing (creating them if new) and stores any record an earlier run
/// left pending, saying so; a file that cannot be used is said and gives its exit code.
pub fn open_records(
    dir: &crate::paths::DataDir,
    lang: Lang,
) -> Result<madoguchi_records::Records, ExitCode> {
    use madoguchi_records::pending::{PendingDir, Retry, commit_all};
    let texts = Texts::shipped();
    let path = dir.records();
    let mut records = madoguchi_records::Records::open(&path).map_err(|error| {
        say(&error.describe(texts, lang));
        ExitCode::from(records_exit(&error))
    })?;
    // An operator can make writes wait longer (or shorter) for another program's lock.
    if let Some(ms) = std::env::var("MADOGUCHI_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        let _ = records.set_busy_timeout(std::time::Duration::from_millis(ms));
    }
    let caught = commit_all(
        &mut records,
        &PendingDir::beside(&path),
        crate::paths::now(),
        Retry::default(),
    );
    for (file, _) in &caught.stored {
        say(&texts.get_args(
            lang,
            "records-pending-stored",
            &[("path", file.display().to_string())],
        ));
    }
    for (file, error) in &caught.waiting {
        say(&texts.get_args(
            lang,
            "records-pending-waiting",
            &[
                ("path", file.display().to_string()),
                ("reason", error.describe(texts, lang)),
            ],
        ));
    }
    for (file, detail) in &caught.unreadable {
        say(&texts.get_args(
            lang,
            "records-pending-unreadable",
            &[
                ("path", file.display().to_string()),
                ("detail", detail.clone()),
            ],
        ));
    }
    Ok(records)
}

/// Reads a secret without showing it (from the terminal), naming the environment variable that
/// can give it instead; none when there is no terminal.
pub fn prompt_secret(variable: &str) -> Option<String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        return None;
    }
    let texts = Texts::shipped();
    let lang = default_lang();
    rpassword::prompt_password(texts.get_args(
        lang,
        "cli-prompt-secret",
        &[("variable", variable.to_owned())],
    ))
    .ok()
}

/// Everyone's results are the manager's: once a passcode is set, it must be given
/// (`MADOGUCHI_MANAGER_PASSCODE` or a prompt). Wrong tries are counted and slowed down.
pub fn manager_gate(records: &mut madoguchi_records::Records, lang: Lang) -> Result<(), ExitCode> {
    use madoguchi_records::passcode::PasscodeCheck;
    let texts = Texts::shipped();
    let refuse = |id: &str| {
        say(&texts.get(lang, id));
        ExitCode::from(EXIT_BAD_INPUT)
    };
    match records.has_manager_passcode() {
        Ok(false) => return Ok(()),
        Ok(true) => {}
        Err(error) => {
            say(&error.describe(texts, lang));
            return Err(ExitCode::from(records_exit(&error)));
        }
    }
    let Some(given) = std::env::var("MADOGUCHI_MANAGER_PASSCODE")
        .ok()
        .or_else(|| prompt_secret("MADOGUCHI_MANAGER_PASSCODE"))
    else {
        return Err(refuse("report-needs-passcode"));
    };
    match records.check_manager_passcode(&given, crate::paths::now()) {
        Ok(PasscodeCheck::Right) => Ok(()),
        Ok(PasscodeCheck::Wrong { .. }) => Err(refuse("records-wrong-passcode")),
        Ok(PasscodeCheck::Wait { seconds }) => {
            let error = madoguchi_records::RecordsError::PasscodeWait { seconds };
            say(&error.describe(texts, lang));
            Err(ExitCode::from(EXIT_BAD_INPUT))
        }
        Err(error) => {
            say(&error.describe(texts, lang));
            Err(ExitCode::from(records_exit(&error)))
        }
    }
}

/// After a record is stored, posts to the group's store if one is set up (see `sync`).
pub fn sync_quietly(records: &mut madoguchi_records::Records, lang: Lang) {
    sync::after_store(records, lang);
}

/// The exit code for a records error.
pub fn records_exit(error: &madoguchi_records::RecordsError) -> u8 {
    match error.severity() {
        madoguchi_records::Severity::Unusable => EXIT_RECORDS_UNUSABLE,
        madoguchi_records::Severity::Unwritable => EXIT_RECORDS_UNWRITABLE,
        madoguchi_records::Severity::Refused => EXIT_BAD_INPUT,
    }
}

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
    New(new::NewArgs),
    Play(play::PlayArgs),
    Exam(exam::ExamArgs),
    Report(report::ReportArgs),
    Sync(sync::SyncArgs),
    Players(players::PlayersArgs),
}

/// The language for text on the terminal: `--lang`, else `MADOGUCHI_LANG`, else Japanese.
fn default_lang() -> Lang {
    std::env::var("MADOGUCHI_LANG")
        .ok()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or(Lang::Ja)
}

/// The language of this run's terminal text, as `run` chooses it (for value parsers, which
/// clap calls before the arguments are read into their struct).
pub(crate) fn cli_lang() -> Lang {
    lang_from_args().unwrap_or_else(default_lang)
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
    let lang = cli_lang();
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
        Some(Command::New(args)) => new::run(&args, lang),
        Some(Command::Play(args)) => play::run(&args, lang, cli.data_dir.clone()),
        Some(Command::Exam(args)) => exam::run(&args, lang, cli.data_dir.clone()),
        Some(Command::Report(args)) => report::run(&args, lang, cli.data_dir.clone()),
        Some(Command::Sync(args)) => sync::run(&args, lang, cli.data_dir.clone()),
        Some(Command::Players(args)) => players::run(&args, lang),
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
