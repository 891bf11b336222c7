//! The scenario library: every pack's scenarios by competency and difficulty, with search,
//! what the trainee has completed and their best result; packs with findings say so.

use madoguchi_rules::Name;
use madoguchi_rules::VariantArray;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_play::scenario::{Competency, Difficulty};
use madoguchi_play::session::Mode;

use super::{Screen, cell, root_ui};
use crate::app::UiText;
use crate::app::adapter::StartScenario;
use crate::app::packs::{Packs, TrainerView};
use crate::app::records_flow::BestScores;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LibraryState>();
    app.add_systems(
        EguiPrimaryContextPass,
        draw_library.run_if(in_state(Screen::Library)),
    );
}

/// Filters and the trainee's results.
#[derive(Resource, Default)]
struct LibraryState {
    search: String,
    competency: Option<Competency>,
    difficulty: Option<Difficulty>,
}

fn draw_library(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    mut state: ResMut<LibraryState>,
    best: Res<BestScores>,
    packs: Res<Packs>,
    mut next: ResMut<NextState<Screen>>,
    mut start: MessageWriter<StartScenario>,
    mut window: MessageWriter<crate::app::window_flow::StartWindow>,
    mut trainer: ResMut<TrainerView>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "library");
    egui::Panel::top("library-top").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
            ui.heading(text.t("library-title"));
        });
        ui.horizontal_wrapped(|ui| {
            ui.label(text.t("library-search"));
            ui.add(egui::TextEdit::singleline(&mut state.search).desired_width(220.0));
            let any = text.t("library-any");
            ui.add_space(12.0);
            ui.label(text.t("library-filter-competency"));
            egui::ComboBox::from_id_salt("competency")
                .selected_text(
                    state
                        .competency
                        .map_or(any.clone(), |c| text.t(&c.message_id())),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut state.competency, None, any.clone());
                    for c in Competency::VARIANTS {
                        ui.selectable_value(
                            &mut state.competency,
                            Some(*c),
                            text.t(&c.message_id()),
                        );
                    }
                });
            ui.add_space(12.0);
            ui.label(text.t("library-filter-difficulty"));
            egui::ComboBox::from_id_salt("difficulty")
                .selected_text(
                    state
                        .difficulty
                        .map_or(any.clone(), |d| text.t(&format!("difficulty-{}", d.name()))),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut state.difficulty, None, any.clone());
                    for d in Difficulty::VARIANTS {
                        ui.selectable_value(
                            &mut state.difficulty,
                            Some(*d),
                            text.t(&format!("difficulty-{}", d.name())),
                        );
                    }
                });
        });
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            let needle = state.search.to_lowercase();
            for (pack_index, entry) in packs.entries.iter().enumerate() {
                let report = match &entry.report {
                    Ok(report) => report,
                    Err(error) => {
                        ui.colored_label(
                            egui::Color32::from_rgb(170, 20, 20),
                            text.t_args("library-pack-unreadable", &[("detail", error.clone())]),
                        );
                        continue;
                    }
                };
                let pack_name = match &entry.folder {
                    Some(folder) => folder.display().to_string(),
                    None => text.t("library-shipped"),
                };
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    ui.label(egui::RichText::new(pack_name).strong());
                    ui.label(text.t_args(
                        "library-count",
                        &[("count", report.pack.scenarios.len().to_string())],
                    ));
                    if !report.findings.is_empty() {
                        let warning = text.t_args(
                            "library-findings",
                            &[("count", report.findings.len().to_string())],
                        );
                        if ui
                            .add(egui::Button::new(
                                egui::RichText::new(warning)
                                    .color(egui::Color32::from_rgb(170, 60, 0)),
                            ))
                            .clicked()
                        {
                            trainer.pack = pack_index;
                            next.set(Screen::Trainer);
                        }
                    }
                });
                let texts = &report.pack.texts;
                let mut scenarios: Vec<_> = report.pack.scenarios.iter().collect();
                scenarios.sort_by_key(|s| {
                    (
                        s.def().difficulty,
                        s.def().competencies.first().copied(),
                        s.id().to_owned(),
                    )
                });
                for (row, scenario) in scenarios.into_iter().enumerate() {
                    let def = scenario.def();
                    if state
                        .competency
                        .is_some_and(|c| !def.competencies.contains(&c))
                        || state.difficulty.is_some_and(|d| def.difficulty != d)
                    {
                        continue;
                    }
                    let title = texts.get(text.lang, &def.title);
                    let summary = texts.get(text.lang, &def.summary);
                    if !needle.is_empty()
                        && !title.to_lowercase().contains(&needle)
                        && !summary.to_lowercase().contains(&needle)
                        && !scenario.id().contains(&needle)
                    {
                        continue;
                    }
                    let names: Vec<String> = def
                        .competencies
                        .iter()
                        .map(|c| text.t(&c.message_id()))
                        .collect();
                    let best_text = match best.best.get(scenario.id()) {
                        Some((best, count)) => text.t_args(
                            "library-best",
                            &[
                                ("percent", format!("{:.0}", best * 100.0)),
                                ("count", count.to_string()),
                            ],
                        ),
                        None => text.t("library-not-yet"),
                    };
                    let meta = format!(
                        "{} · {} · {}",
                        text.t(&format!("difficulty-{}", def.difficulty.name())),
                        names.join(text.t("library-list-sep").as_str()),
                        best_text
                    );
                    let mut buttons = |ui: &mut egui::Ui| {
                        if ui.button(text.t("library-play")).clicked() {
                            start.write(StartScenario {
                                pack: pack_index,
                                scenario: scenario.id().to_owned(),
                                seed: Some(crate::library::fresh_seed()),
                                mode: Mode::Practice,
                            });
                        }
                        if ui
                            .button(text.t("library-window"))
                            .on_hover_text(text.t("library-window-hint"))
                            .clicked()
                        {
                            window.write(crate::app::window_flow::StartWindow {
                                source: crate::app::window_flow::WindowSource::Scenario {
                                    pack: pack_index,
                                    scenario: scenario.id().to_owned(),
                                    seed: Some(crate::library::fresh_seed()),
                                },
                                mode: Mode::Practice,
                            });
                        }
                    };
                    // Each row as tall as its text; the buttons beside it when there is room.
                    let fill = if row % 2 == 0 {
                        ui.visuals().faint_bg_color
                    } else {
                        egui::Color32::TRANSPARENT
                    };
                    egui::Frame::new()
                        .fill(fill)
                        .inner_margin(egui::Margin::symmetric(6, 4))
                        .show(ui, |ui| {
                            ui.set_width(ui.available_width());
                            let room = ui.available_width();
                            let side = 260.0;
                            if room >= 640.0 {
                                ui.horizontal_top(|ui| {
                                    cell(ui, room - side - 12.0, |ui| {
                                        ui.label(egui::RichText::new(&title).strong());
                                        ui.small(&summary);
                                        ui.small(egui::RichText::new(&meta).weak());
                                    });
                                    cell(ui, side, |ui| {
                                        ui.horizontal_wrapped(|ui| buttons(ui));
                                    });
                                });
                            } else {
                                ui.label(egui::RichText::new(&title).strong());
                                ui.small(&summary);
                                ui.small(egui::RichText::new(&meta).weak());
                                ui.horizontal_wrapped(|ui| buttons(ui));
                            }
                        });
                }
            }
        });
    });
    Ok(())
}
