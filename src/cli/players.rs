//! `madoguchi players`: the guess-resistance benchmark. Scripted players who know nothing of
//! the rules (random, the longest line, never 10割 / never the card, the first thing offered)
//! play seeded assessments at the window and through the scenarios' choices; their mean score
//! and pass rate are printed, and with `--per-scenario` each guided scenario's share.

use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_content::pack::CheckOptions;
use madoguchi_content::players::{measure, per_scenario};
use madoguchi_play::assessment::DEFAULT_COUNT;
use madoguchi_play::session::PlayStyle;
use madoguchi_rules::Name;

use super::out::Out;
use crate::library;

/// Arguments of `players`.
#[derive(Debug, clap::Args)]
pub struct PlayersArgs {
    #[arg(long, default_value_t = 1000)]
    sessions: usize,
    #[arg(long)]
    per_scenario: bool,
}

/// Runs `players`.
pub fn run(args: &PlayersArgs, lang: Lang) -> ExitCode {
    let texts = Texts::shipped();
    let report = library::shipped(CheckOptions { seeds: 0 });
    let policy = Arc::new(library::policy().as_ref().clone());
    let mut out = Out::new();
    for (style, key) in [
        (PlayStyle::Free, "players-free"),
        (PlayStyle::Guided, "players-guided"),
    ] {
        let started = Instant::now();
        let measured = measure(
            &policy,
            &report.pack.scenarios,
            &report.pack.texts,
            lang,
            style,
            args.sessions,
            DEFAULT_COUNT,
        );
        out.line(texts.get_args(
            lang,
            key,
            &[
                ("sessions", args.sessions.to_string()),
                ("count", DEFAULT_COUNT.to_string()),
                ("seconds", format!("{:.1}", started.elapsed().as_secs_f64())),
            ],
        ));
        for m in &measured {
            out.line(texts.get_args(
                lang,
                "players-row",
                &[
                    (
                        "player",
                        texts.get(lang, &format!("players-{}", m.player.name())),
                    ),
                    ("mean", format!("{:.1}", m.mean * 100.0)),
                    ("passed", format!("{:.1}", m.pass_rate * 100.0)),
                ],
            ));
        }
    }
    if args.per_scenario {
        let table = per_scenario(&policy, &report.pack.scenarios, &report.pack.texts, lang, 8);
        out.line(texts.get(lang, "players-per-scenario"));
        let ids: Vec<String> = table
            .values()
            .next()
            .map(|rows| rows.keys().cloned().collect())
            .unwrap_or_default();
        for id in ids {
            let cells: Vec<String> = table
                .iter()
                .map(|(guesser, rows)| {
                    format!(
                        "{} {:.0}%",
                        texts.get(lang, &format!("players-{}", guesser.name())),
                        rows.get(&id).copied().unwrap_or(0.0) * 100.0
                    )
                })
                .collect();
            out.line(format!("  {id}: {}", cells.join(" / ")));
        }
    }
    out.finish(ExitCode::SUCCESS, lang)
}
