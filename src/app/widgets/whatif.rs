//! "What if": one fact of the situation flipped and the right handling recomputed by the
//! engine, as a list the trainee opens one at a time (shared by both debriefs).

use bevy_egui::egui;
use madoguchi_content::present::Presenter;
use madoguchi_play::session::whatif::WhatIf;

use crate::app::UiText;

/// The what-if list; `open` is the entry shown in full.
pub fn panel(
    ui: &mut egui::Ui,
    text: &UiText,
    presenter: &Presenter<'_>,
    what_ifs: &[WhatIf],
    open: &mut Option<usize>,
) {
    ui.add_space(8.0);
    ui.label(
        egui::RichText::new(text.t("debrief-whatif"))
            .strong()
            .size(18.0),
    );
    ui.small(text.t("debrief-whatif-hint"));
    let mut toggled = None;
    egui::ScrollArea::vertical()
        .id_salt("whatif")
        .show(ui, |ui| {
            for (i, what_if) in what_ifs.iter().enumerate() {
                let changed = if what_if.changed.is_empty() {
                    text.t("debrief-whatif-same")
                } else {
                    what_if
                        .changed
                        .iter()
                        .map(|part| text.t(&format!("debrief-part-{part}")))
                        .collect::<Vec<_>>()
                        .join("・")
                };
                let label = format!(
                    "{} → {}",
                    text.t(&format!("whatif-{}", what_if.flip.as_str())),
                    changed
                );
                if ui.selectable_label(*open == Some(i), label).clicked() {
                    toggled = Some(i);
                }
                if *open == Some(i) {
                    egui::Frame::new()
                        .inner_margin(egui::Margin::same(6))
                        .show(ui, |ui| match &what_if.ruling {
                            Ok(ruling) => {
                                for line in presenter.ruling(ruling) {
                                    ui.small(line);
                                }
                            }
                            Err(error) => {
                                ui.small(presenter.ruling_error(error));
                            }
                        });
                }
            }
        });
    if let Some(i) = toggled {
        *open = if *open == Some(i) { None } else { Some(i) };
    }
}
