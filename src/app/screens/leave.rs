//! The question asked before leaving loses work (Esc or the close button, see
//! [`crate::app::leave`]): a modal with the consequence in words and two buttons.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};

use crate::app::UiText;
use crate::app::leave::{LeaveAnswer, LeavePrompt, Leaving};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, draw_prompt);
}

fn draw_prompt(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    prompt: Res<LeavePrompt>,
    mut answers: MessageWriter<LeaveAnswer>,
) -> Result {
    let Some(leaving) = prompt.0 else {
        return Ok(());
    };
    let ctx = contexts.ctx_mut()?;
    let (question, confirm) = match leaving {
        Leaving::ToHome { assessment: false } => ("leave-home-practice", "leave-confirm-home"),
        Leaving::ToHome { assessment: true } => ("leave-home-assessment", "leave-confirm-home"),
        Leaving::Quit { assessment: false } => ("leave-quit-practice", "leave-confirm-quit"),
        Leaving::Quit { assessment: true } => ("leave-quit-assessment", "leave-confirm-quit"),
        Leaving::QuitUnsaved => ("leave-quit-unsaved", "leave-confirm-quit"),
    };
    egui::Modal::new(egui::Id::new("leave-prompt")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(text.t("leave-title"));
        ui.add_space(6.0);
        ui.label(text.t(question));
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            // Continuing is the default: Enter keeps the work.
            let stay =
                ui.add(egui::Button::new(text.t("leave-cancel")).min_size(egui::vec2(160.0, 36.0)));
            if stay.clicked() {
                answers.write(LeaveAnswer(false));
            }
            stay.request_focus();
            if ui
                .add(egui::Button::new(text.t(confirm)).min_size(egui::vec2(160.0, 36.0)))
                .clicked()
            {
                answers.write(LeaveAnswer(true));
            }
        });
    });
    Ok(())
}
