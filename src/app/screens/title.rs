//! The title screen: the name, what Madoguchi trains, the language switch and quit.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_engine::i18n::{Lang, format_date};
use madoguchi_engine::rules::{CalendarKey, Policy};

use super::Screen;
use crate::app::UiText;

pub(super) fn plugin(app: &mut App) {
    app.add_systems(
        EguiPrimaryContextPass,
        draw_title.run_if(in_state(Screen::Title)),
    );
}

fn draw_title(
    mut contexts: EguiContexts,
    mut text: ResMut<UiText>,
    mut exit: MessageWriter<AppExit>,
    mut windows: Query<&mut Window>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = egui::Ui::new(
        ctx.clone(),
        "title".into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    );
    let policy = Policy::builtin();
    let mut chosen = text.lang;
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.18);
            ui.label(egui::RichText::new(text.t("app-title")).size(64.0).strong());
            ui.label(egui::RichText::new(text.t("app-subtitle")).size(24.0));
            ui.add_space(18.0);
            ui.set_max_width(720.0);
            ui.label(text.t("app-tagline"));
            ui.add_space(28.0);
            ui.horizontal(|ui| {
                ui.label(text.t("app-language"));
                for lang in Lang::ALL {
                    ui.selectable_value(
                        &mut chosen,
                        lang,
                        text.t(&format!("app-language-{}", lang.code())),
                    );
                }
            });
            ui.add_space(12.0);
            if ui.button(text.t("app-quit")).clicked() {
                exit.write(AppExit::Success);
            }
            ui.add_space(40.0);
            let first = policy.calendar().date(CalendarKey::MynaBasisFrom);
            ui.small(text.t_args(
                "app-rules-version",
                &[
                    ("count", policy.rules().len().to_string()),
                    ("first", format_date(text.lang, first)),
                    ("version", format!("{:016x}", policy.fingerprint())),
                ],
            ));
            ui.small(text.t("app-font-credit"));
        });
    });
    if chosen != text.lang {
        text.lang = chosen;
        for mut window in &mut windows {
            window.title = text.t("app-window-title");
        }
    }
    Ok(())
}
