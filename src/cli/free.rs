//! Free play (窓口モード) on the terminal: `play ID --free --text`. The window's objects and
//! their acts are listed with one number each (the list is fixed; it is printed again when a
//! document comes onto the counter, or on `?`), acts are chosen by number from standard input
//! (or `--choose`), and the handling ends with 受付完了 and its whole-handling debrief. A shift
//! (`--shift N`) is N generated patients in a row, scored as one.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use madoguchi_content::i18n::{Texts, format_date};
use madoguchi_content::pack::PackReport;
use madoguchi_content::present::Presenter;
use madoguchi_play::free::{Act, FreePlay, Object, WholeDebrief, generate};
use madoguchi_play::scenario::Scenario;
use madoguchi_play::session::Mode;

use super::out::Out;
use super::terminal::{Choices, Played};
use crate::library;

/// The acts on offer with their numbers (1-based), object by object.
fn numbered(play: &FreePlay) -> Vec<(Object, Vec<(usize, Act)>)> {
    let mut n = 0;
    play.menu()
        .into_iter()
        .map(|(object, groups)| {
            let acts = groups
                .into_iter()
                .flat_map(|(_, acts)| acts)
                .map(|act| {
                    n += 1;
                    (n, act)
                })
                .collect();
            (object, acts)
        })
        .collect()
}

fn print_menu(out: &mut Out, presenter: &Presenter<'_>, play: &FreePlay) {
    for (object, acts) in numbered(play) {
        out.line(format!("[{}]", presenter.object_label(object)));
        for (n, act) in acts {
            out.line(format!("  {n:>2}. {}", presenter.act_label(act)));
        }
    }
}

fn print_intro(out: &mut Out, presenter: &Presenter<'_>, play: &FreePlay) {
    let cast = &play.scenario().def().cast;
    out.line(format!("== {} ==", presenter.t("free-mode-title")));
    out.line(presenter.t_args(
        "cli-play-when",
        &[
            ("date", format_date(presenter.lang, play.situation().date)),
            ("time", cast.time.clone()),
        ],
    ));
    for line in presenter.arrival() {
        out.line(line);
    }
    out.line(presenter.t("cli-free-how"));
    out.line("");
}

/// Plays one handling to its end on the terminal. An act is chosen by its number, or by its
/// key (`window-finish`, `charge-30`) for scripts that should not depend on the list's order.
pub fn play_one(
    out: &mut Out,
    presenter: &Presenter<'_>,
    play: &mut FreePlay,
    choices: &mut Choices<'_>,
) -> Played {
    print_intro(out, presenter, play);
    print_menu(out, presenter, play);
    let started = Instant::now();
    let mut objects = play.objects();
    while play.ended().is_none() {
        if !out.ok() {
            return Played::OutputClosed;
        }
        let picked = match choices.next_scripted() {
            Some(number) => number.to_string(),
            None => {
                out.line(presenter.t("cli-free-prompt"));
                match choices.next_line() {
                    Some(line) => line,
                    None => return Played::InputEnded,
                }
            }
        };
        let picked = picked.trim();
        if picked == "?" {
            print_menu(out, presenter, play);
            continue;
        }
        let act = match picked.parse::<usize>() {
            Ok(n) => numbered(play)
                .into_iter()
                .flat_map(|(_, acts)| acts)
                .find(|(k, _)| *k == n)
                .map(|(_, act)| act),
            Err(_) => Act::from_key(picked),
        };
        let Some(act) = act else {
            out.line(presenter.t("cli-play-invalid"));
            continue;
        };
        let elapsed = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        match play.act(act, elapsed) {
            Ok(events) => {
                for event in &events {
                    for line in presenter.free_event(event) {
                        out.line(line);
                    }
                }
            }
            Err(refusal) => out.line(presenter.refusal(refusal)),
        }
        if play.objects() != objects && play.ended().is_none() {
            objects = play.objects();
            out.line("");
            print_menu(out, presenter, play);
        }
    }
    Played::Finished
}

/// Runs free play on one scenario's facts (or generated ones), or a shift of generated
/// patients.
pub fn run(
    scenario: Option<(Arc<Scenario>, PackReport)>,
    seed: Option<u64>,
    shift: Option<usize>,
    mode: Mode,
    lang: madoguchi_content::i18n::Lang,
    scripted: Vec<usize>,
) -> ExitCode {
    let policy = library::policy();
    let shipped = library::shipped(madoguchi_content::pack::CheckOptions { seeds: 0 });
    let texts: &Texts = match &scenario {
        Some((_, report)) => &report.pack.texts,
        None => &shipped.pack.texts,
    };
    let patients: Vec<(Arc<Scenario>, Option<u64>)> = match (scenario.as_ref(), shift) {
        (_, Some(count)) => generate::shift(&policy, seed.unwrap_or(0), count.clamp(1, 20))
            .into_iter()
            .map(|s| (s, None))
            .collect(),
        (Some((scenario, _)), None) => vec![(scenario.clone(), seed)],
        (None, None) => vec![(generate::situation(&policy, seed.unwrap_or(0)), None)],
    };
    let mut out = Out::new();
    let mut choices = Choices::new(scripted);
    let mut debriefs: Vec<WholeDebrief> = Vec::new();
    for (n, (scenario, seed)) in patients.iter().enumerate() {
        let (mut play, _) = match FreePlay::start(policy.clone(), scenario.clone(), *seed, mode) {
            Ok(started) => started,
            Err(error) => {
                super::say(&error.to_string());
                return ExitCode::from(super::EXIT_BAD_INPUT);
            }
        };
        let situation = play.situation().clone();
        let presenter = Presenter {
            texts,
            lang,
            policy: &policy,
            scenario,
            situation: &situation,
        };
        if patients.len() > 1 {
            out.line(presenter.t_args(
                "cli-free-shift-patient",
                &[
                    ("number", (n + 1).to_string()),
                    ("count", patients.len().to_string()),
                ],
            ));
        }
        match play_one(&mut out, &presenter, &mut play, &mut choices) {
            Played::InputEnded => {
                out.line(presenter.t("cli-play-eof"));
                return out.finish(ExitCode::SUCCESS, lang);
            }
            Played::OutputClosed => return out.finish(ExitCode::SUCCESS, lang),
            Played::Finished => {}
        }
        let debrief = play.debrief();
        out.line("");
        out.line(format!("== {} ==", presenter.t("cli-play-debrief")));
        for line in presenter.free_debrief(&debrief) {
            out.line(line);
        }
        out.line("");
        debriefs.push(debrief);
    }
    if debriefs.len() > 1 {
        let points: u32 = debriefs.iter().map(|d| d.score.points).sum();
        let max: u32 = debriefs.iter().map(|d| d.score.max).sum();
        let minutes: u32 = debriefs.iter().map(|d| d.clock_s).sum::<u32>() / 60;
        out.line(texts.get_args(
            lang,
            "cli-free-shift-total",
            &[
                ("count", debriefs.len().to_string()),
                ("points", points.to_string()),
                ("max", max.to_string()),
                (
                    "percent",
                    format!("{:.0}", 100.0 * f64::from(points) / f64::from(max.max(1))),
                ),
                ("minutes", minutes.to_string()),
            ],
        ));
    }
    out.finish(ExitCode::SUCCESS, lang)
}
