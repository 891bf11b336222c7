//! Playing a scenario on the terminal, shared by `play --text` and `exam`: the visit, the
//! counter, the lines, and numbered choices read from standard input (or given in advance).

use std::io::BufRead;
use std::time::Instant;

use madoguchi_content::i18n::format_date;
use madoguchi_content::present::Presenter;
use madoguchi_play::session::{Outcome, Session};
use madoguchi_rules::dates;

use super::out::Out;

/// Where the choices come from: numbers given in advance first, then lines of standard input.
pub struct Choices<'a> {
    scripted: std::vec::IntoIter<usize>,
    input: std::io::Lines<std::io::StdinLock<'a>>,
}

impl Choices<'_> {
    /// Choices from `scripted`, then from standard input.
    pub fn new(scripted: Vec<usize>) -> Choices<'static> {
        Choices {
            scripted: scripted.into_iter(),
            input: std::io::stdin().lock().lines(),
        }
    }
}

impl Choices<'_> {
    /// The next number given in advance, if any is left.
    pub fn next_scripted(&mut self) -> Option<usize> {
        self.scripted.next()
    }

    /// The next line of standard input (none at its end or on a read error).
    pub fn next_line(&mut self) -> Option<String> {
        match self.input.next() {
            Some(Ok(line)) => Some(line),
            _ => None,
        }
    }
}

/// How a scenario on the terminal ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Played {
    /// The scenario reached an ending.
    Finished,
    /// Standard input ended first.
    InputEnded,
    /// Standard output could not be written (a closed pipe, a full disk): stop.
    OutputClosed,
}

/// Prints the visit: the title, the date and time, the patient and what is on the counter.
pub fn print_intro(out: &mut Out, presenter: &Presenter<'_>) {
    let scenario = presenter.scenario;
    let situation = presenter.situation;
    out.line(format!("== {} ==", presenter.title()));
    out.line(presenter.t_args(
        "cli-play-when",
        &[
            ("date", format_date(presenter.lang, situation.date)),
            ("time", scenario.def().cast.time.clone()),
        ],
    ));
    out.line(presenter.t_args(
        "cli-play-patient",
        &[
            ("name", scenario.def().cast.name.clone()),
            ("kana", scenario.def().cast.kana.clone()),
            (
                "age",
                dates::age_on(situation.patient.birth_date, situation.date).to_string(),
            ),
        ],
    ));
    out.line(presenter.t("cli-play-counter"));
    let documents = presenter.documents();
    if documents.is_empty() {
        out.line(format!("  {}", presenter.t("cli-play-nothing-shown")));
    }
    for view in &documents {
        for line in presenter.document(view) {
            out.line(format!("  {line}"));
        }
    }
    out.line("");
}

fn print_outcomes(out: &mut Out, presenter: &Presenter<'_>, outcomes: &[Outcome]) {
    for outcome in outcomes {
        for line in presenter.outcome(outcome) {
            out.line(line);
        }
    }
}

/// Plays the session to its end: prints the opening outcomes, then offers the choices and
/// applies the numbers read until the scenario ends or the input does. Times are measured
/// from the call.
pub fn play_through(
    out: &mut Out,
    presenter: &Presenter<'_>,
    session: &mut Session,
    opening: &[Outcome],
    choices: &mut Choices<'_>,
) -> Played {
    print_outcomes(out, presenter, opening);
    let started = Instant::now();
    while session.ended().is_none() {
        out.line("");
        for (i, choice) in session.choices().iter().enumerate() {
            out.line(format!("  {}. {}", i + 1, presenter.line(&choice.text)));
        }
        if !out.ok() {
            return Played::OutputClosed;
        }
        let picked = match choices.scripted.next() {
            Some(number) => number,
            None => {
                out.line(presenter.t("cli-play-prompt"));
                match choices.input.next() {
                    Some(Ok(line)) => match line.trim().parse::<usize>() {
                        Ok(number) => number,
                        Err(_) => {
                            out.line(presenter.t("cli-play-invalid"));
                            continue;
                        }
                    },
                    _ => return Played::InputEnded,
                }
            }
        };
        let elapsed = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
        match session.choose(picked.wrapping_sub(1), elapsed) {
            Ok(outcomes) => print_outcomes(out, presenter, &outcomes),
            Err(_) => out.line(presenter.t("cli-play-invalid")),
        }
    }
    Played::Finished
}
