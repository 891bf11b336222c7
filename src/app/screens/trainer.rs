//! A trainer's view of a pack's findings: every problem with its file and line, refreshed
//! when the pack's files change.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::{Screen, root_ui};
use crate::app::UiText;
use crate::app::packs::{Packs, TrainerView};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_trainer.run_if(in_state(Screen::Trainer)),
    );
}

fn draw_trainer(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    view: Res<TrainerView>,
    packs: Res<Packs>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "trainer");
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.horizontal(|ui| {
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
            if ui.button(text.t("nav-library")).clicked() {
                next.set(Screen::Library);
            }
            ui.heading(text.t("trainer-title"));
        });
        let Some(entry) = packs.entries.get(view.pack) else {
            return;
        };
        let folder = entry
            .folder
            .as_ref()
            .map_or_else(|| text.t("library-shipped"), |f| f.display().to_string());
        ui.label(text.t_args("trainer-pack", &[("folder", folder)]));
        ui.small(text.t("trainer-reload"));
        match &entry.report {
            Err(error) => {
                ui.colored_label(egui::Color32::from_rgb(170, 20, 20), error);
            }
            Ok(report) => {
                ui.label(text.t_args(
                    "trainer-summary",
                    &[
                        ("files", report.files_checked.to_string()),
                        ("valid", report.pack.scenarios.len().to_string()),
                        ("findings", report.findings.len().to_string()),
                    ],
                ));
                egui::ScrollArea::vertical().show(ui, |ui| {
                    for finding in &report.findings {
                        ui.horizontal_wrapped(|ui| {
                            ui.monospace(finding.location());
                            ui.label(finding.message(&report.pack.texts, text.lang));
                        });
                    }
                });
            }
        }
    });
    Ok(())
}
