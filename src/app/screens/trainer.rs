//! The trainer's screen: each pack's findings with their file and line (refreshed when the
//! pack's files change), its scenarios to open in the studio (a shipped one is copied into the
//! trainer's own pack first), and a new scenario started from a template in a chosen folder.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use super::{Screen, root_ui};
use crate::app::UiText;
use crate::app::packs::{Packs, TrainerView};
use crate::app::settings::DataFolder;
use crate::app::studio::{Studio, StudioCommand, default_folder};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_trainer.run_if(in_state(Screen::Trainer)),
    );
}

/// What the trainer typed and picked for a new scenario.
#[derive(Default)]
struct NewForm {
    id: String,
    /// A shipped scenario's id, or the worked example.
    from: Option<String>,
    /// The folder, or the data folder's own pack when none was picked.
    folder: Option<PathBuf>,
    /// The browser for another folder.
    picker: crate::app::widgets::folder_picker::FolderPicker,
}

/// The trainer's pack folders (those on disk), with the data folder's own pack.
fn folders(packs: &Packs, dir: &DataFolder) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = packs
        .entries
        .iter()
        .filter_map(|e| e.folder.clone())
        .collect();
    let own = default_folder(dir);
    if !out.contains(&own) {
        out.push(own);
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn draw_trainer(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    mut view: ResMut<TrainerView>,
    packs: Res<Packs>,
    studio: Res<Studio>,
    dir: Res<DataFolder>,
    mut form: Local<NewForm>,
    mut out: MessageWriter<StudioCommand>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "trainer");
    let mut commands = Vec::new();
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.horizontal_wrapped(|ui| {
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
            if ui.button(text.t("nav-library")).clicked() {
                next.set(Screen::Library);
            }
            if studio.open.is_some() && ui.button(text.t("trainer-back-to-studio")).clicked() {
                next.set(Screen::Studio);
            }
            ui.heading(text.t("trainer-title"));
        });
        if let Some(status) = studio.refused.as_ref() {
            let args: Vec<(&str, String)> = status
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), v.clone()))
                .collect();
            ui.colored_label(
                egui::Color32::from_rgb(170, 20, 20),
                text.t_args(&status.id, &args),
            );
        }
        egui::ScrollArea::vertical().show(ui, |ui| {
            new_scenario(ui, &text, &packs, &dir, &mut form, &mut commands);
            ui.separator();
            // Which pack.
            ui.horizontal_wrapped(|ui| {
                ui.label(text.t("trainer-packs"));
                for (index, entry) in packs.entries.iter().enumerate() {
                    let name = entry
                        .folder
                        .as_ref()
                        .map_or_else(|| text.t("library-shipped"), |f| f.display().to_string());
                    if ui.selectable_label(view.pack == index, name).clicked() {
                        view.pack = index;
                    }
                }
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
                    for finding in &report.findings {
                        ui.horizontal_wrapped(|ui| {
                            ui.monospace(finding.location());
                            ui.label(finding.message(&report.pack.texts, text.lang));
                        });
                    }
                    ui.separator();
                    ui.strong(text.t("trainer-scenarios"));
                    scenario_files(ui, &text, &packs, view.pack, &dir, &mut commands);
                }
            }
        });
    });
    if !commands.is_empty() {
        ctx.request_repaint();
        out.write_batch(commands);
    }
    Ok(())
}

/// The pack's scenario files, each with the studio's button: open (a trainer's pack) or copy
/// into the trainer's own pack (the shipped one).
fn scenario_files(
    ui: &mut egui::Ui,
    text: &UiText,
    packs: &Packs,
    pack: usize,
    dir: &DataFolder,
    commands: &mut Vec<StudioCommand>,
) {
    let Some(entry) = packs.entries.get(pack) else {
        return;
    };
    let Ok(report) = &entry.report else {
        return;
    };
    match &entry.folder {
        Some(_) => {
            // Every scenario file: those that passed and those with findings (the studio
            // shows them).
            let mut paths: Vec<&str> = report.pack.scenarios.iter().map(|s| s.file()).collect();
            for finding in &report.findings {
                if finding.file.ends_with(".ron") && !paths.contains(&finding.file.as_str()) {
                    paths.push(&finding.file);
                }
            }
            paths.sort_unstable();
            for path in paths {
                ui.horizontal_wrapped(|ui| {
                    if ui.button(text.t("trainer-open")).clicked() {
                        commands.push(StudioCommand::Open {
                            pack,
                            path: path.to_owned(),
                        });
                    }
                    ui.monospace(path);
                });
            }
        }
        None => {
            for scenario in &report.pack.scenarios {
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .button(text.t("trainer-copy"))
                        .on_hover_text(text.t("trainer-copy-hint"))
                        .clicked()
                    {
                        commands.push(StudioCommand::New {
                            folder: default_folder(dir),
                            id: format!("{}_copy", scenario.id()),
                            from: Some(scenario.id().to_owned()),
                        });
                    }
                    ui.label(report.pack.texts.get(text.lang, &scenario.def().title));
                });
            }
        }
    }
}

/// The form of a new scenario: its id, its template, its folder.
fn new_scenario(
    ui: &mut egui::Ui,
    text: &UiText,
    packs: &Packs,
    dir: &DataFolder,
    form: &mut NewForm,
    commands: &mut Vec<StudioCommand>,
) {
    ui.strong(text.t("trainer-new"));
    egui::Grid::new("trainer-new")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(text.t("trainer-new-id"));
            ui.add(
                egui::TextEdit::singleline(&mut form.id)
                    .hint_text(text.t("trainer-new-id-hint"))
                    .desired_width(260.0),
            );
            ui.end_row();
            ui.label(text.t("trainer-new-from"));
            let shipped = packs.report(0);
            let title_of = |id: &str| {
                shipped
                    .and_then(|r| r.pack.scenario(id).map(|s| (r, s)))
                    .map_or_else(
                        || id.to_owned(),
                        |(r, s)| r.pack.texts.get(text.lang, &s.def().title),
                    )
            };
            let chosen = form
                .from
                .as_deref()
                .map_or_else(|| text.t("trainer-new-example"), title_of);
            egui::ComboBox::from_id_salt("trainer-new-from")
                .selected_text(chosen)
                .width(360.0)
                .height(420.0)
                .show_ui(ui, |ui| {
                    if ui
                        .selectable_label(form.from.is_none(), text.t("trainer-new-example"))
                        .clicked()
                    {
                        form.from = None;
                    }
                    if let Some(report) = shipped {
                        for scenario in &report.pack.scenarios {
                            let id = scenario.id().to_owned();
                            if ui
                                .selectable_label(form.from.as_ref() == Some(&id), title_of(&id))
                                .clicked()
                            {
                                form.from = Some(id);
                            }
                        }
                    }
                });
            ui.end_row();
            ui.label(text.t("trainer-new-folder"));
            let choices = folders(packs, dir);
            let folder = form.folder.clone().unwrap_or_else(|| choices[0].clone());
            egui::ComboBox::from_id_salt("trainer-new-folder")
                .selected_text(folder.display().to_string())
                .width(360.0)
                .show_ui(ui, |ui| {
                    for choice in &choices {
                        if ui
                            .selectable_label(*choice == folder, choice.display().to_string())
                            .clicked()
                        {
                            form.folder = Some(choice.clone());
                        }
                    }
                    if ui
                        .selectable_label(false, text.t("trainer-new-other-folder"))
                        .clicked()
                    {
                        form.picker.open_at(&folder);
                    }
                });
            ui.end_row();
        });
    ui.small(text.t("trainer-new-folder-hint"));
    if let Some(chosen) = form.picker.show(ui.ctx(), text) {
        form.folder = Some(chosen);
    }
    if ui.button(text.t("trainer-new-start")).clicked() {
        let choices = folders(packs, dir);
        commands.push(StudioCommand::New {
            folder: form.folder.clone().unwrap_or_else(|| choices[0].clone()),
            id: form.id.trim().to_owned(),
            from: form.from.clone(),
        });
    }
}
