//! `madoguchi exam`: an assessment on the terminal. Scenarios are drawn by competency with a
//! recorded seed, played with no feedback, then scored against the clinic's thresholds; the
//! whole assessment is stored in one transaction only once every scenario is finished.

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_content::pack::CheckOptions;
use madoguchi_content::present::Presenter;
use madoguchi_play::assessment::{self, Readiness, Run, Thresholds};
use madoguchi_play::session::{Mode, Session};
use madoguchi_records::Records;

use super::EXIT_BAD_INPUT;
use super::terminal::{self, Choices, Played};
use crate::app::staff::now_iso;
use crate::library;
use crate::paths::DataDir;
use crate::paths::now;

/// Exit code when the input ends before the assessment does (nothing is stored).
pub const EXIT_INCOMPLETE: u8 = 3;

/// Arguments of `exam`.
#[derive(Debug, clap::Args)]
pub struct ExamArgs {
    #[arg(long)]
    staff: String,
    #[arg(long)]
    seed: Option<u64>,
    #[arg(long, default_value_t = assessment::DEFAULT_COUNT)]
    count: usize,
    #[arg(long, value_delimiter = ',')]
    choose: Vec<usize>,
}

/// Runs `exam`.
pub fn run(args: &ExamArgs, lang: Lang, data_dir: Option<PathBuf>) -> ExitCode {
    let texts = Texts::shipped();
    let t = |id: &str| texts.get(lang, id);
    let name = args.staff.trim();
    if let Err(problem) = madoguchi_rules::privacy::check_staff_name(name) {
        eprintln!("{}", texts.get(lang, problem.message_id()));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    // The records first: a damaged file is reported before anyone plays twenty minutes.
    let dir = DataDir::resolve(data_dir);
    let mut records = match Records::open(&dir.file("records.sqlite")) {
        Ok(records) => records,
        Err(error) => {
            eprintln!("{}", error.describe(texts, lang));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let thresholds = match records.thresholds() {
        Ok(thresholds) => thresholds,
        Err(error) => {
            eprintln!("{}", error.describe(texts, lang));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let report = library::shipped(CheckOptions::default());
    let seed = args.seed.unwrap_or_else(library::fresh_seed);
    let mut run = match Run::new(&report.pack.scenarios, seed, args.count, now()) {
        Ok(run) => run,
        Err(error) => {
            eprintln!("{}", Presenter::draw_error(texts, lang, &error));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    println!("== {} ==", t("exam-title"));
    println!(
        "{}",
        texts.get_args(
            lang,
            "exam-intro",
            &[
                ("staff", name.to_owned()),
                ("count", run.items.len().to_string()),
                ("seed", seed.to_string()),
            ],
        )
    );
    println!("{}", t("exam-no-feedback"));
    let policy = library::policy();
    let mut choices = Choices::new(args.choose.clone());
    while let Some(item) = run.current().cloned() {
        let Some(scenario) = report.pack.scenario(&item.scenario).cloned() else {
            eprintln!(
                "{}",
                texts.get_args(
                    lang,
                    "cli-error-unknown-scenario",
                    &[("scenario", item.scenario)]
                )
            );
            return ExitCode::from(EXIT_BAD_INPUT);
        };
        let started_at = now();
        let (mut session, opening) = match Session::start(
            policy.clone(),
            scenario.clone(),
            item.seed,
            Mode::Assessment,
        ) {
            Ok(started) => started,
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        };
        let situation = session.situation().clone();
        let presenter = Presenter {
            texts: &report.pack.texts,
            lang,
            policy: &policy,
            scenario: &scenario,
            situation: &situation,
        };
        let (number, total) = run.progress();
        println!();
        println!(
            "{}",
            texts.get_args(
                lang,
                "exam-progress",
                &[("number", number.to_string()), ("total", total.to_string())],
            )
        );
        terminal::print_intro(&presenter);
        if terminal::play_through(&presenter, &mut session, &opening, &mut choices)
            == Played::InputEnded
        {
            println!("{}", t("exam-stopped"));
            return ExitCode::from(EXIT_INCOMPLETE);
        }
        run.record(session.debrief(), situation, started_at, now());
    }
    // Every scenario is played: store the whole assessment at once, then show the result.
    let rules_version = library::rules_version(report.pack.fingerprint);
    let stored = records.staff_or_add(name, &now_iso()).and_then(|staff| {
        match run.finish(thresholds, now()) {
            Some(finished) => {
                let (row, attempts) = madoguchi_records::assessment_rows(
                    &finished,
                    staff.id,
                    &report.pack.label,
                    &rules_version,
                );
                records
                    .record_assessment(&row, &attempts)
                    .map(|id| Some((id, finished)))
            }
            None => Ok(None),
        }
    });
    let (id, finished) = match stored {
        Ok(Some(stored)) => stored,
        Ok(None) => {
            eprintln!("{}", t("exam-stopped"));
            return ExitCode::from(EXIT_INCOMPLETE);
        }
        Err(error) => {
            eprintln!("{}", error.describe(texts, lang));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    println!();
    println!("== {} ==", t("exam-result"));
    for line in readiness_lines(&finished.readiness, thresholds, texts, lang) {
        println!("{line}");
    }
    println!(
        "{}",
        texts.get_args(lang, "exam-stored", &[("id", id.to_string())])
    );
    for played in &run.played {
        let Some(scenario) = report.pack.scenario(&played.debrief.scenario) else {
            continue;
        };
        let presenter = Presenter {
            texts: &report.pack.texts,
            lang,
            policy: &policy,
            scenario,
            situation: &played.situation,
        };
        println!();
        println!("== {} ==", presenter.title());
        for line in presenter.debrief(&played.debrief) {
            println!("{line}");
        }
    }
    ExitCode::SUCCESS
}

/// The readiness result as lines: the verdict, overall, each competency against the
/// threshold, and prohibited conduct.
pub fn readiness_lines(
    readiness: &Readiness,
    thresholds: Thresholds,
    texts: &Texts,
    lang: Lang,
) -> Vec<String> {
    let percent = |share: f64| format!("{:.0}", share * 100.0);
    let mut lines = vec![texts.get(
        lang,
        if readiness.passed {
            "exam-passed"
        } else {
            "exam-failed"
        },
    )];
    lines.push(texts.get_args(
        lang,
        "exam-overall",
        &[("percent", percent(readiness.overall))],
    ));
    for (competency, share) in &readiness.competencies {
        let below = readiness.below.contains(competency);
        lines.push(texts.get_args(
            lang,
            if below {
                "exam-competency-below"
            } else {
                "exam-competency-met"
            },
            &[
                ("competency", texts.get(lang, &competency.message_id())),
                ("percent", percent(*share)),
                ("threshold", percent(thresholds.competency)),
            ],
        ));
    }
    if readiness.prohibited > 0 {
        lines.push(texts.get_args(
            lang,
            if thresholds.prohibited_fails {
                "exam-prohibited-fails"
            } else {
                "exam-prohibited"
            },
            &[("count", readiness.prohibited.to_string())],
        ));
    }
    lines
}
