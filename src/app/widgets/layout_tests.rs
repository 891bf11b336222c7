//! The drawings at every width the layouts give them, headless: every shipped scenario's
//! documents, and its reader and terminal after the right handling, in both languages, with no
//! text cut at the side or drawn over other text, and no document's text past its own edge.

use std::sync::Arc;

use bevy_egui::egui;
use madoguchi_content::i18n::Lang;
use madoguchi_content::pack::CheckOptions;
use madoguchi_content::present::Presenter;
use madoguchi_play::free::FreePlay;
use madoguchi_play::free::players::{RulesPlayer, play_out};
use madoguchi_play::session::Mode;

use super::{devices, documents};
use crate::app::layout_check::{describe, problems, text_rows};
use crate::library;

#[test]
fn documents_and_devices_are_legible_at_every_width() {
    let report = library::shipped(CheckOptions { seeds: 0 });
    let policy = library::policy();
    let ctx = egui::Context::default();
    ctx.set_fonts(crate::app::theme::fonts());
    let mut failures = Vec::new();
    for scenario in &report.pack.scenarios {
        let Ok((mut play, _)) = FreePlay::start(
            Arc::new(policy.as_ref().clone()),
            scenario.clone(),
            None,
            Mode::Practice,
        ) else {
            continue;
        };
        play_out(&mut play, &mut RulesPlayer::default());
        let situation = play.situation().clone();
        for lang in Lang::ALL {
            let presenter = Presenter {
                texts: &report.pack.texts,
                lang,
                policy: &policy,
                scenario,
                situation: &situation,
            };
            let views = presenter.documents();
            // The counter's widths (a card on the counter, zoomed) and the devices' columns.
            for (document_width, devices_width) in [(180.0, 300.0), (260.0, 540.0), (560.0, 420.0)]
            {
                let screen =
                    egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1200.0, 4000.0));
                let input = || egui::RawInput {
                    screen_rect: Some(screen),
                    ..Default::default()
                };
                let draw = |ui: &mut egui::Ui| {
                    let t = |id: &str| presenter.t(id);
                    for document in &views {
                        documents::draw(
                            ui,
                            document,
                            document_width,
                            &t,
                            Some(super::portrait::Face {
                                sex: scenario.def().cast.sex,
                                age: 40,
                                look: super::portrait::look_of(&scenario.def().cast.name),
                            }),
                        );
                    }
                    ui.allocate_ui(egui::vec2(devices_width, 2000.0), |ui| {
                        ui.set_width(devices_width);
                        devices::reader(ui, &play.devices().screen, &presenter, false);
                        devices::terminal(ui, play.devices().terminal.as_ref(), &presenter);
                    });
                };
                // Each document alone: all its text within the document drawn.
                let t = |id: &str| presenter.t(id);
                for document in &views {
                    let mut drawn = egui::Rect::NOTHING;
                    let mut output = ctx.run_ui(input(), |ui| {
                        egui::CentralPanel::default().show(ui, |ui| {
                            drawn = documents::draw(ui, document, document_width, &t, None).rect;
                        });
                    });
                    output.textures_delta.clear();
                    for (row, said) in text_rows(&output.shapes) {
                        if !drawn.expand(1.0).contains_rect(row) {
                            failures.push(format!(
                                "{} {} at {document_width}: “{said}” outside the {:?}",
                                scenario.id(),
                                lang.code(),
                                document.kind
                            ));
                        }
                    }
                }
                let mut output = ctx.run_ui(input(), |ui| {
                    egui::CentralPanel::default().show(ui, |ui| draw(ui));
                });
                output.textures_delta.clear();
                for problem in problems(&output.shapes, screen, &[]) {
                    failures.push(format!(
                        "{} {} at {document_width}/{devices_width}: {}",
                        scenario.id(),
                        lang.code(),
                        describe(&problem)
                    ));
                }
            }
        }
    }
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
