//! The screens, one state each; each file brings its own systems, gated on its state.

mod assessment;
mod debrief;
mod home;
mod leave;
mod options;
mod play;
mod records;
mod scenarios;
mod trainer;
mod window;
mod window_debrief;

use bevy::prelude::*;
use bevy_egui::egui;

pub use crate::app::state::Screen;

/// Every screen's drawing.
pub(super) fn plugin(app: &mut App) {
    app.add_plugins((
        home::plugin,
        scenarios::plugin,
        play::plugin,
        debrief::plugin,
        options::plugin,
        trainer::plugin,
        assessment::plugin,
        records::plugin,
        window::plugin,
        window_debrief::plugin,
        leave::plugin,
    ));
}

/// A `Ui` over the whole window, as bevy_egui 0.42's examples build it.
pub fn root_ui(ctx: &egui::Context, id: &'static str) -> egui::Ui {
    egui::Ui::new(
        ctx.clone(),
        id.into(),
        egui::UiBuilder::new()
            .layer_id(egui::LayerId::background())
            .max_rect(ctx.viewport_rect()),
    )
}

/// A column of a fixed width whose text wraps inside it (egui's grids otherwise shrink a wrapping
/// column to its narrowest word).
pub fn cell<R>(ui: &mut egui::Ui, width: f32, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    ui.allocate_ui_with_layout(
        egui::vec2(width, 0.0),
        egui::Layout::top_down(egui::Align::Min),
        |ui| {
            ui.set_width(width);
            add(ui)
        },
    )
    .inner
}
