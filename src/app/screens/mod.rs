//! The screens, one state each; each file brings its own systems, gated on its state.

mod assessment;
mod debrief;
mod home;
mod leave;
mod options;
mod play;
mod records;
mod scenarios;
mod studio;
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
        studio::plugin,
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

/// A table's rows: columns of fixed widths where the table fits, and on a narrow window each
/// row stacked — its first cell, then the others on one wrapped line, each after its header.
pub struct Rows {
    /// The column widths, or none when the rows are stacked.
    widths: Option<Vec<f32>>,
    /// Every column's header.
    headers: Vec<String>,
}

impl Rows {
    /// Rows with `headers`, as a table of `widths` if `fits`.
    pub fn new(fits: bool, widths: Vec<f32>, headers: Vec<String>) -> Rows {
        Rows {
            widths: fits.then_some(widths),
            headers,
        }
    }

    /// The header row (a stacked table names its columns in each row instead).
    pub fn header(&self, ui: &mut egui::Ui) {
        let Some(widths) = &self.widths else {
            return;
        };
        ui.horizontal_top(|ui| {
            for (width, header) in widths.iter().zip(&self.headers) {
                cell(ui, *width, |ui| ui.strong(header));
            }
        });
    }

    /// One row of cells, in column order.
    pub fn row(&self, ui: &mut egui::Ui, cells: &[&dyn Fn(&mut egui::Ui)]) {
        match &self.widths {
            Some(widths) => {
                ui.horizontal_top(|ui| {
                    for (width, draw) in widths.iter().zip(cells) {
                        cell(ui, *width, |ui| draw(ui));
                    }
                });
            }
            None => {
                let [first, rest @ ..] = cells else {
                    return;
                };
                first(ui);
                ui.horizontal_wrapped(|ui| {
                    for (header, draw) in self.headers.iter().skip(1).zip(rest) {
                        ui.weak(header);
                        draw(ui);
                        ui.add_space(12.0);
                    }
                });
            }
        }
    }
}
