//! `madoguchi exam`: an assessment on the terminal. Scenarios are drawn by competency with a
//! recorded seed, played with no feedback, then scored against the clinic's thresholds. Once
//! every scenario is finished the whole assessment is kept in a pending file and stored in one
//! transaction; if it cannot be stored now it waits there, and the next start stores it.

use std::path::PathBuf;
use std::process::ExitCode;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_content::pack::CheckOptions;
use madoguchi_content::present::Presenter;
use madoguchi_play::assessment::{self, Readiness, Run, Thresholds};
use madoguchi_play::free::{FreePlay, WholeDebrief};
use madoguchi_play::session::{Mode, PlayStyle, Session};
use madoguchi_records::Record;
use madoguchi_records::pending::{self, PendingDir, Retry, Stored};

use super::EXIT_BAD_INPUT;
use super::out::Out;
use super::terminal::{self, Choices, Played};
use crate::library;
use crate::paths::{DataDir, now};

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
    #[arg(long)]
    guided: bool,
}

/// Runs `exam`.
pub fn run(args: &ExamArgs, lang: Lang, data_dir: Option<PathBuf>) -> ExitCode {
    let texts = Texts::shipped();
    let t = |id: &str| texts.get(lang, id);
    let name = args.staff.trim();
    if let Err(problem) = madoguchi_rules::privacy::check_staff_name(name) {
        super::say(&texts.get(lang, problem.message_id()));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    // The records first: a file that cannot be used is reported before anyone plays twenty
    // minutes; records left pending by an earlier run are stored now.
    let dir = DataDir::resolve(data_dir);
    let mut records = match super::open_records(&dir, lang) {
        Ok(records) => records,
        Err(code) => return code,
    };
    let thresholds = match records.thresholds() {
        Ok(thresholds) => thresholds,
        Err(error) => {
            super::say(&error.describe(texts, lang));
            return ExitCode::from(super::records_exit(&error));
        }
    };
    let report = library::shipped(CheckOptions::default());
    let seed = args.seed.unwrap_or_else(library::fresh_seed);
    let style = if args.guided {
        PlayStyle::Guided
    } else {
        PlayStyle::Free
    };
    let mut run = match Run::new(&report.pack.scenarios, seed, args.count, style, now()) {
        Ok(run) => run,
        Err(error) => {
            super::say(&Presenter::draw_error(texts, lang, &error));
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let mut out = Out::new();
    out.line(format!("== {} ==", t("exam-title")));
    out.line(texts.get_args(
        lang,
        "exam-intro",
        &[
            ("staff", name.to_owned()),
            ("count", run.items.len().to_string()),
            ("seed", seed.to_string()),
        ],
    ));
    out.line(t("exam-no-feedback"));
    let policy = library::policy();
    let mut choices = Choices::new(args.choose.clone());
    let mut wholes: Vec<Option<WholeDebrief>> = Vec::new();
    while let Some(item) = run.current().cloned() {
        let Some(scenario) = item.scenario_in(&report.pack.scenarios, &policy) else {
            super::say(&texts.get_args(
                lang,
                "cli-error-unknown-scenario",
                &[("scenario", item.scenario)],
            ));
            return ExitCode::from(EXIT_BAD_INPUT);
        };
        let started_at = now();
        if item.style == PlayStyle::Free {
            let (mut play, _) = match FreePlay::start(
                policy.clone(),
                scenario.clone(),
                item.seed,
                Mode::Assessment,
            ) {
                Ok(started) => started,
                Err(error) => {
                    super::say(&error.to_string());
                    return ExitCode::from(EXIT_BAD_INPUT);
                }
            };
            let situation = play.situation().clone();
            let presenter = Presenter {
                texts: &report.pack.texts,
                lang,
                policy: &policy,
                scenario: &scenario,
                situation: &situation,
            };
            let (number, total) = run.progress();
            out.line("");
            out.line(texts.get_args(
                lang,
                "exam-progress",
                &[("number", number.to_string()), ("total", total.to_string())],
            ));
            match super::free::play_one(&mut out, &presenter, &mut play, &mut choices) {
                Played::Finished => {}
                Played::InputEnded => {
                    out.line(t("exam-stopped"));
                    return out.finish(ExitCode::from(EXIT_INCOMPLETE), lang);
                }
                Played::OutputClosed => {
                    return out.finish(ExitCode::from(EXIT_INCOMPLETE), lang);
                }
            }
            let whole = play.debrief();
            run.record(
                whole.as_debrief(&scenario.def().competencies),
                situation,
                started_at,
                now(),
            );
            wholes.push(Some(whole));
            continue;
        }
        let (mut session, opening) = match Session::start(
            policy.clone(),
            scenario.clone(),
            item.seed,
            Mode::Assessment,
        ) {
            Ok(started) => started,
            Err(error) => {
                super::say(&error.to_string());
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
        out.line("");
        out.line(texts.get_args(
            lang,
            "exam-progress",
            &[("number", number.to_string()), ("total", total.to_string())],
        ));
        terminal::print_intro(&mut out, &presenter);
        match terminal::play_through(&mut out, &presenter, &mut session, &opening, &mut choices) {
            Played::Finished => {}
            Played::InputEnded => {
                out.line(t("exam-stopped"));
                return out.finish(ExitCode::from(EXIT_INCOMPLETE), lang);
            }
            Played::OutputClosed => {
                return out.finish(ExitCode::from(EXIT_INCOMPLETE), lang);
            }
        }
        run.record(session.debrief(), situation, started_at, now());
        wholes.push(None);
    }
    // Every scenario is played: keep the whole assessment durably, then store it at once.
    let Some(finished) = run.finish(thresholds, now()) else {
        out.line(t("exam-stopped"));
        return out.finish(ExitCode::from(EXIT_INCOMPLETE), lang);
    };
    let rules_version = library::rules_version(report.pack.fingerprint);
    let record = Record::assessment(name, &finished, &report.pack.label, &rules_version);
    let stored = pending::store(
        &mut records,
        &PendingDir::beside(&dir.records()),
        &record,
        now(),
        Retry::default(),
    );
    out.line("");
    out.line(format!("== {} ==", t("exam-result")));
    for line in readiness_lines(&finished.readiness, thresholds, texts, lang) {
        out.line(line);
    }
    let code = match &stored {
        Ok(Stored::Committed(done)) => {
            out.line(texts.get_args(lang, "exam-stored", &[("id", done.id().to_string())]));
            ExitCode::SUCCESS
        }
        Ok(Stored::Pending { path, error }) => {
            super::say(&texts.get_args(
                lang,
                "exam-pending",
                &[
                    ("reason", error.describe(texts, lang)),
                    ("path", path.display().to_string()),
                ],
            ));
            ExitCode::from(super::EXIT_RECORDS_UNWRITABLE)
        }
        Err(not_stored) => {
            super::say(&texts.get_args(
                lang,
                "exam-not-stored",
                &[
                    ("reason", not_stored.commit.describe(texts, lang)),
                    ("pending", not_stored.pending.describe(texts, lang)),
                ],
            ));
            ExitCode::from(super::EXIT_RECORDS_UNWRITABLE)
        }
    };
    for (played, whole) in run.played.iter().zip(&wholes) {
        let item = assessment::Item {
            scenario: played.debrief.scenario.clone(),
            seed: played.debrief.seed,
            style: played.debrief.style,
        };
        let Some(scenario) = item.scenario_in(&report.pack.scenarios, &policy) else {
            continue;
        };
        let presenter = Presenter {
            texts: &report.pack.texts,
            lang,
            policy: &policy,
            scenario: &scenario,
            situation: &played.situation,
        };
        out.line("");
        out.line(format!("== {} ==", presenter.title()));
        let lines = match whole {
            Some(whole) => presenter.free_debrief(whole),
            None => presenter.debrief(&played.debrief),
        };
        for line in lines {
            out.line(line);
        }
    }
    if matches!(stored, Ok(Stored::Committed(_))) {
        super::sync_quietly(&mut records, lang);
    }
    out.finish(code, lang)
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
