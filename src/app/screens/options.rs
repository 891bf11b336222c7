//! Settings: language, text size, high contrast, and trainers' pack folders (checked at once,
//! reloaded when their files change). Every change is saved.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_content::i18n::Lang;

use super::{Screen, root_ui};
use crate::app::UiText;
use crate::app::packs::Packs;
use crate::app::settings::{DataFolder, Settings};

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<OptionsState>();
    app.add_systems(
        EguiPrimaryContextPass,
        draw_options.run_if(in_state(Screen::Settings)),
    );
}

#[derive(Resource, Default)]
struct OptionsState {
    folder: String,
    error: Option<String>,
    picker: crate::app::widgets::folder_picker::FolderPicker,
}

fn draw_options(
    mut contexts: EguiContexts,
    mut text: ResMut<UiText>,
    mut settings: ResMut<Settings>,
    mut packs: ResMut<Packs>,
    mut state: ResMut<OptionsState>,
    dir: Res<DataFolder>,
    mut next: ResMut<NextState<Screen>>,
    mut windows: Query<&mut Window>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "options");
    let before = settings.clone();
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.horizontal(|ui| {
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
            ui.heading(text.t("settings-title"));
        });
        ui.add_space(10.0);
        egui::Grid::new("settings")
            .num_columns(2)
            .spacing(egui::vec2(18.0, 12.0))
            .show(ui, |ui| {
                ui.label(text.t("app-language"));
                ui.horizontal(|ui| {
                    for lang in Lang::ALL {
                        ui.selectable_value(
                            &mut settings.lang,
                            lang,
                            text.t(&format!("app-language-{}", lang.code())),
                        );
                    }
                });
                ui.end_row();
                ui.label(text.t("settings-text-size"));
                ui.add(
                    egui::Slider::new(&mut settings.text_scale, 0.8..=1.6)
                        .step_by(0.1)
                        .fixed_decimals(1),
                );
                ui.end_row();
                ui.label(text.t("settings-contrast"));
                ui.checkbox(&mut settings.high_contrast, text.t("settings-contrast-on"));
                ui.end_row();
            });
        ui.add_space(14.0);
        ui.label(egui::RichText::new(text.t("settings-packs")).strong());
        ui.small(text.t("settings-packs-hint"));
        let mut remove: Option<PathBuf> = None;
        for folder in &settings.packs {
            ui.horizontal(|ui| {
                ui.monospace(folder.display().to_string());
                if ui.button(text.t("settings-remove")).clicked() {
                    remove = Some(folder.clone());
                }
            });
        }
        // Packs opened with --pack for this run only: listed too, and can be kept.
        let opened: Vec<PathBuf> = packs
            .entries
            .iter()
            .filter_map(|e| e.folder.clone())
            .filter(|f| !settings.packs.contains(f))
            .collect();
        let mut keep: Option<PathBuf> = None;
        for folder in &opened {
            ui.horizontal(|ui| {
                ui.monospace(folder.display().to_string());
                ui.small(text.t("settings-pack-this-run"));
                if ui.button(text.t("settings-pack-keep")).clicked() {
                    keep = Some(folder.clone());
                }
            });
        }
        if let Some(folder) = keep {
            settings.packs.push(folder);
        }
        // The path, the browser and the button wrap onto two lines where the window is narrow.
        ui.horizontal_wrapped(|ui| {
            let width = (ui.available_width() * 0.55).clamp(200.0, 420.0);
            ui.add(
                egui::TextEdit::singleline(&mut state.folder)
                    .hint_text(text.t("settings-folder-hint"))
                    .desired_width(width),
            );
            if ui.button(text.t("settings-choose-folder")).clicked() {
                let start = std::env::var_os("HOME").map_or_else(|| dir.0.0.clone(), PathBuf::from);
                state.picker.open_at(&start);
            }
            if ui.button(text.t("settings-add")).clicked() {
                let folder = PathBuf::from(state.folder.trim());
                if folder.is_dir() {
                    if !settings.packs.contains(&folder) {
                        settings.packs.push(folder.clone());
                        packs.add_folder(&folder);
                    }
                    state.folder.clear();
                    state.error = None;
                } else {
                    state.error = Some(
                        text.t_args("settings-not-a-folder", &[("path", state.folder.clone())]),
                    );
                }
            }
        });
        if let Some(error) = &state.error {
            ui.colored_label(egui::Color32::from_rgb(170, 20, 20), error);
        }
        // A folder chosen in the browser is added as a typed one would be.
        if let Some(folder) = state.picker.show(ui.ctx(), &text)
            && !settings.packs.contains(&folder)
        {
            settings.packs.push(folder.clone());
            packs.add_folder(&folder);
            state.error = None;
        }
        if let Some(folder) = remove {
            settings.packs.retain(|f| f != &folder);
            packs.remove_folder(&folder);
        }
        ui.add_space(14.0);
        ui.small(text.t_args(
            "settings-data-dir",
            &[("path", dir.0.0.display().to_string())],
        ));
    });
    if *settings != before {
        if settings.lang != text.lang {
            text.lang = settings.lang;
            for mut window in &mut windows {
                window.title = text.t("app-window-title");
            }
        }
        if let Err(error) = settings.save(&dir) {
            state.error = Some(text.t_args("settings-not-saved", &[("detail", error.to_string())]));
        }
    }
    Ok(())
}
