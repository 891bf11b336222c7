//! The debrief: each decision beside the right handling, the score per competency, every rule
//! with its explanation and source, and "what if" — one fact flipped and the right handling
//! recomputed by the engine. Then replay, the next scenario, or the library.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_content::present::Presenter;
use madoguchi_play::session::whatif::{WhatIf, what_ifs};
use madoguchi_rules::Name;
use madoguchi_rules::Verdict;

use super::{Rows, Screen, root_ui};
use crate::app::UiText;
use crate::app::adapter::LastDebrief;
use crate::app::adapter::{Play, StartScenario};
use crate::app::packs::Packs;
use crate::app::widgets;
use crate::library;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DebriefView>();
    app.add_systems(OnEnter(Screen::Debrief), compute_what_ifs);
    app.add_systems(
        EguiPrimaryContextPass,
        draw_debrief.run_if(in_state(Screen::Debrief).and_then(resource_exists::<Play>)),
    );
}

/// The what-ifs of the finished situation, computed once.
#[derive(Resource, Default)]
struct DebriefView {
    what_ifs: Vec<WhatIf>,
    open: Option<usize>,
}

fn compute_what_ifs(play: Option<Res<Play>>, mut view: ResMut<DebriefView>) {
    view.open = None;
    view.what_ifs = play
        .map(|play| {
            let session = &play.session;
            what_ifs(&library::policy(), session.situation(), session.ruling())
        })
        .unwrap_or_default();
}

fn section(ui: &mut egui::Ui, title: String) {
    ui.add_space(8.0);
    ui.label(egui::RichText::new(title).strong().size(18.0));
}

fn draw_debrief(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    play: Res<Play>,
    last: Res<LastDebrief>,
    packs: Res<Packs>,
    mut view: ResMut<DebriefView>,
    mut next: ResMut<NextState<Screen>>,
    mut start: MessageWriter<StartScenario>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let Some(debrief) = &last.0 else {
        let mut root = root_ui(ctx, "debrief-empty");
        egui::CentralPanel::default().show(&mut root, |ui| {
            ui.label(text.t("debrief-none"));
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
        });
        return Ok(());
    };
    let policy = library::policy();
    let scenario = play.session.scenario().clone();
    let situation = play.session.situation().clone();
    let presenter = Presenter {
        texts: &play.texts,
        lang: text.lang,
        policy: &policy,
        scenario: &scenario,
        situation: &situation,
    };
    let pack = packs.index_of_label(&play.pack_label);
    let mut root = root_ui(ctx, "debrief");
    egui::Panel::top("debrief-top").show(&mut root, |ui| {
        ui.heading(text.t_args("debrief-title", &[("title", presenter.title())]));
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(text.t("nav-home")).clicked() {
                    next.set(Screen::Home);
                }
                if play.draft && ui.button(text.t("studio-back")).clicked() {
                    next.set(Screen::Studio);
                }
                if ui.button(text.t("nav-library")).clicked() {
                    next.set(Screen::Library);
                }
                if let Some(pack) = pack {
                    if ui.button(text.t("debrief-next")).clicked()
                        && let Some(report) = packs.report(pack)
                    {
                        let ids: Vec<&str> = report.pack.scenarios.iter().map(|s| s.id()).collect();
                        let here = ids.iter().position(|id| *id == scenario.id()).unwrap_or(0);
                        if let Some(next_scenario) =
                            report.pack.scenarios.get((here + 1) % ids.len().max(1))
                        {
                            start.write(StartScenario {
                                pack,
                                scenario: next_scenario.id().to_owned(),
                                seed: Some(library::fresh_seed()),
                                mode: play.session.mode(),
                            });
                        }
                    }
                    if ui
                        .button(text.t("debrief-replay"))
                        .on_hover_text(text.t("debrief-replay-hint"))
                        .clicked()
                    {
                        start.write(StartScenario {
                            pack,
                            scenario: scenario.id().to_owned(),
                            seed: debrief.seed,
                            mode: play.session.mode(),
                        });
                    }
                }
            });
        });
        let score = presenter.t_args(
            "present-score",
            &[
                ("points", debrief.score.points.to_string()),
                ("max", debrief.score.max.to_string()),
                ("percent", format!("{:.0}", debrief.score.ratio() * 100.0)),
            ],
        );
        ui.label(egui::RichText::new(score).size(20.0).strong());
        if debrief.prohibited > 0 {
            ui.colored_label(
                widgets::verdict_color(Verdict::Prohibited),
                presenter.t_args(
                    "present-prohibited-count",
                    &[("count", debrief.prohibited.to_string())],
                ),
            );
        }
    });
    // The what-if beside the debrief when there is room, else after it.
    let width = ctx.content_rect().width();
    let beside = width >= 1100.0;
    if beside {
        egui::Panel::right("debrief-whatif")
            .exact_size((width * 0.32).clamp(380.0, 560.0))
            .show(&mut root, |ui| {
                let DebriefView { what_ifs, open } = &mut *view;
                widgets::whatif::panel(ui, &text, &presenter, what_ifs, open);
            });
    }
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            section(ui, presenter.t("present-your-decisions"));
            // A table where it fits; on a narrow window each decision's details go under it.
            // A table where it fits; on a narrow window each decision's details go under it.
            let choice_width = (ui.available_width() - 450.0).max(260.0);
            let rows = Rows::new(
                ui.available_width() >= 760.0,
                vec![choice_width, 90.0, 220.0, 110.0],
                vec![
                    text.t("debrief-col-choice"),
                    text.t("debrief-col-verdict"),
                    presenter.t("present-right-answer"),
                    text.t("debrief-col-time"),
                ],
            );
            rows.header(ui);
            for decision in &debrief.decisions {
                ui.separator();
                let verdict = decision.verdict.name();
                rows.row(
                    ui,
                    &[
                        &|ui: &mut egui::Ui| {
                            ui.label(presenter.line(&decision.text));
                        },
                        &|ui: &mut egui::Ui| {
                            if decision.scored {
                                ui.colored_label(
                                    widgets::verdict_color(decision.verdict),
                                    presenter.t(&format!("verdict-{verdict}")),
                                );
                            } else {
                                ui.weak(presenter.t("present-step"))
                                    .on_hover_text(presenter.t("present-unscored"));
                            }
                        },
                        &|ui: &mut egui::Ui| {
                            ui.label(match &decision.expected {
                                Some(expected) => presenter.expected(expected),
                                // A step with no single value: what would have been right to
                                // say here, in the beat's own words.
                                None if decision.scored && decision.verdict != Verdict::Right => {
                                    presenter
                                        .right_lines(&debrief.ruling, &decision.beat)
                                        .unwrap_or_else(|| "—".to_owned())
                                }
                                None => "—".to_owned(),
                            });
                        },
                        &|ui: &mut egui::Ui| {
                            ui.label(text.t_args(
                                "debrief-seconds",
                                &[(
                                    "seconds",
                                    format!("{:.1}", decision.took_ms as f64 / 1000.0),
                                )],
                            ));
                        },
                    ],
                );
            }
            for missing in &debrief.missing {
                ui.colored_label(
                    widgets::verdict_color(Verdict::Wrong),
                    format!(
                        "{} — {}",
                        presenter.t("present-missing"),
                        presenter.t(&format!("decision-{}", missing.name()))
                    ),
                );
            }
            section(ui, presenter.t("present-right-handling"));
            for line in presenter.ruling(&debrief.ruling) {
                ui.label(line);
            }
            section(ui, text.t("debrief-competencies"));
            for (competency, score) in &debrief.competencies {
                ui.horizontal(|ui| {
                    ui.label(text.t(&competency.message_id()));
                    ui.add(
                        egui::ProgressBar::new(score.ratio() as f32)
                            .desired_width(220.0)
                            .text(format!("{:.0}%", score.ratio() * 100.0)),
                    );
                });
            }
            section(ui, presenter.t("present-rules"));
            for rule in debrief.rules.iter() {
                let lines = presenter.rule(rule);
                egui::CollapsingHeader::new(lines.first().cloned().unwrap_or_default())
                    .id_salt(rule.as_str())
                    .show(ui, |ui| {
                        for line in lines.iter().skip(1) {
                            ui.label(line.trim_start());
                        }
                    });
            }
            if !beside {
                ui.separator();
                let DebriefView { what_ifs, open } = &mut *view;
                widgets::whatif::panel(ui, &text, &presenter, what_ifs, open);
            }
            if let Some(seed) = debrief.seed {
                ui.add_space(8.0);
                ui.small(presenter.t_args("present-seed", &[("seed", seed.to_string())]));
            }
        });
    });
    Ok(())
}
