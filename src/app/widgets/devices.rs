//! The face-recognition card reader and the eligibility terminal as the engine simulates them.

use bevy_egui::egui::{self, Color32, RichText};
use madoguchi_content::present::Presenter;
use madoguchi_play::scenario::{ReaderScreen, TerminalView, Validity};

/// The reader: a dark device with its screen. When it offers the choice of method, its two
/// large buttons 顔認証 / 暗証番号 are drawn as on the real readers; with `interactive` they can
/// be pressed (the answer is the method pressed).
pub fn reader(
    ui: &mut egui::Ui,
    screen: &ReaderScreen,
    presenter: &Presenter<'_>,
    interactive: bool,
) -> Option<madoguchi_rules::AuthMode> {
    let mut pressed = None;
    egui::Frame::new()
        .fill(Color32::from_rgb(38, 42, 48))
        .corner_radius(egui::CornerRadius::same(12))
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(presenter.reader_title())
                        .color(Color32::from_rgb(210, 214, 220))
                        .small(),
                );
                // The camera.
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter()
                    .circle_filled(rect.center(), 5.0, Color32::from_rgb(15, 15, 20));
            });
            let dark = matches!(screen, ReaderScreen::NotStarted);
            let error = matches!(
                screen,
                ReaderScreen::OutOfOrder
                    | ReaderScreen::ReadFailed
                    | ReaderScreen::CertError
                    | ReaderScreen::NotYetReflected
                    | ReaderScreen::NetworkError
                    | ReaderScreen::PinLocked
                    | ReaderScreen::FaceFailed
                    | ReaderScreen::PinWrong { .. }
            );
            let fill = if dark {
                Color32::from_rgb(8, 8, 10)
            } else if error {
                Color32::from_rgb(255, 238, 236)
            } else {
                Color32::from_rgb(246, 250, 255)
            };
            egui::Frame::new()
                .fill(fill)
                .corner_radius(egui::CornerRadius::same(4))
                .inner_margin(egui::Margin::same(10))
                .show(ui, |ui| {
                    ui.set_min_size(egui::vec2(ui.available_width(), 120.0));
                    let color = if dark {
                        Color32::from_rgb(90, 90, 90)
                    } else {
                        Color32::from_rgb(20, 24, 34)
                    };
                    ui.label(
                        RichText::new(presenter.reader(screen))
                            .color(color)
                            .size(17.0),
                    );
                    // Two large buttons side by side, each half the screen: a label longer
                    // than its half wraps inside the button instead of pushing past the
                    // column.
                    let half = ((ui.available_width() - ui.spacing().item_spacing.x) / 2.0)
                        .floor()
                        .max(60.0);
                    let big = |ui: &mut egui::Ui, label: String, fill: Color32| {
                        let button = egui::Button::new(
                            RichText::new(label)
                                .size(20.0)
                                .strong()
                                .color(Color32::WHITE),
                        )
                        .fill(fill)
                        .wrap();
                        ui.add_enabled_ui(interactive, |ui| {
                            ui.add_sized(egui::vec2(half, 56.0), button).clicked()
                        })
                        .inner
                    };
                    match screen {
                        ReaderScreen::ChooseMethod { face, pin, .. } => {
                            ui.add_space(6.0);
                            ui.horizontal(|ui| {
                                if *face
                                    && big(
                                        ui,
                                        presenter.t("reader-button-face"),
                                        Color32::from_rgb(30, 110, 200),
                                    )
                                {
                                    pressed = Some(madoguchi_rules::AuthMode::Face);
                                }
                                if *pin
                                    && big(
                                        ui,
                                        presenter.t("reader-button-pin"),
                                        Color32::from_rgb(230, 120, 20),
                                    )
                                {
                                    pressed = Some(madoguchi_rules::AuthMode::Pin);
                                }
                            });
                        }
                        ReaderScreen::Consent | ReaderScreen::SubsidyPrompt => {
                            ui.add_space(6.0);
                            ui.horizontal(|ui| {
                                for id in if *screen == ReaderScreen::Consent {
                                    ["reader-button-agree", "reader-button-disagree"]
                                } else {
                                    ["reader-button-use", "reader-button-not-use"]
                                } {
                                    let _ =
                                        big(ui, presenter.t(id), Color32::from_rgb(90, 96, 110));
                                }
                            });
                        }
                        _ => {}
                    }
                });
        });
    pressed
}

/// The terminal: a window with the result table.
pub fn terminal(ui: &mut egui::Ui, view: Option<&TerminalView>, presenter: &Presenter<'_>) {
    egui::Frame::new()
        .fill(Color32::from_rgb(250, 250, 250))
        .stroke(egui::Stroke::new(1.0, Color32::from_rgb(120, 130, 150)))
        .corner_radius(egui::CornerRadius::same(4))
        .show(ui, |ui| {
            egui::Frame::new()
                .fill(Color32::from_rgb(52, 84, 140))
                .inner_margin(egui::Margin::symmetric(8, 4))
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    ui.label(
                        RichText::new(presenter.t("terminal-title"))
                            .color(Color32::WHITE)
                            .small(),
                    );
                });
            egui::Frame::new()
                .inner_margin(egui::Margin::same(8))
                .show(ui, |ui| {
                    ui.set_min_width(ui.available_width());
                    match view {
                        None => {
                            let offline = presenter.situation.clinic.network
                                == madoguchi_rules::Network::Down;
                            ui.label(RichText::new(presenter.terminal_idle()).color(if offline {
                                Color32::from_rgb(190, 40, 30)
                            } else {
                                Color32::GRAY
                            }));
                        }
                        Some(view) => {
                            let badge = match view.validity {
                                Validity::Valid => Color32::from_rgb(20, 120, 50),
                                Validity::Invalid | Validity::InvalidNewExists => {
                                    Color32::from_rgb(190, 40, 30)
                                }
                                Validity::NoRecord => Color32::from_rgb(150, 90, 0),
                                Validity::Error => Color32::from_rgb(120, 120, 120),
                            };
                            let lines = presenter.terminal(view);
                            for (i, line) in lines.iter().enumerate() {
                                if i == 1 {
                                    ui.label(RichText::new(line).strong().color(badge).size(18.0));
                                } else {
                                    ui.label(
                                        RichText::new(line).color(Color32::from_rgb(30, 30, 40)),
                                    );
                                }
                            }
                        }
                    }
                });
        });
}
