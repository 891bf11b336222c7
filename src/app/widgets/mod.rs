//! Drawings the Play screen is made of: the patient, the documents on the counter, the card
//! reader and the eligibility terminal. They draw what the engine says; they decide nothing.

pub mod devices;
pub mod documents;
pub mod folder_picker;
pub mod portrait;
pub mod whatif;

use bevy_egui::egui;
use madoguchi_content::present::Presenter;
use madoguchi_rules::{RuleId, Verdict};

/// The colour that marks a verdict (also readable in high contrast).
pub fn verdict_color(verdict: Verdict) -> egui::Color32 {
    match verdict {
        Verdict::Right => egui::Color32::from_rgb(20, 120, 50),
        Verdict::Acceptable => egui::Color32::from_rgb(150, 110, 0),
        Verdict::Wrong => egui::Color32::from_rgb(190, 40, 30),
        Verdict::Prohibited => egui::Color32::from_rgb(120, 0, 90),
    }
}

/// The colour of a score against a threshold: green at or above it, amber within 15 points
/// below, red further below.
pub fn share_color(share: f64, threshold: f64) -> egui::Color32 {
    if share + 1e-9 >= threshold {
        egui::Color32::from_rgb(20, 120, 50)
    } else if share + 0.15 >= threshold {
        egui::Color32::from_rgb(170, 110, 0)
    } else {
        egui::Color32::from_rgb(190, 40, 30)
    }
}

/// A rule as feedback shows it: its title (never its id), the explanation, the sources
/// (addresses on hover) and, where the rulebook is unsure, how sure.
pub fn rule_card(ui: &mut egui::Ui, rule: RuleId, presenter: &Presenter<'_>) {
    let policy = presenter.policy;
    let info = policy.rule(rule);
    ui.label(
        egui::RichText::new(presenter.texts.rule_title(presenter.lang, policy, rule)).strong(),
    );
    ui.label(presenter.texts.rule_text(presenter.lang, policy, rule));
    let sources = presenter.sources(rule);
    let titles: Vec<&str> = sources.iter().map(|(title, _)| title.as_str()).collect();
    let urls: Vec<String> = sources
        .iter()
        .filter_map(|(title, url)| Some(format!("{title} — {}", url.as_ref()?)))
        .collect();
    let evidence: Vec<String> = info
        .entry
        .evidence
        .iter()
        .map(|e| presenter.t(&format!("evidence-{}", e.label())))
        .collect();
    let sources = ui.small(format!(
        "{}  {}",
        presenter.labelled(&presenter.t("present-sources"), &titles.join(" / ")),
        presenter.labelled(
            &presenter.t("present-evidence"),
            &evidence.join(&presenter.t("present-list-sep"))
        )
    ));
    if !urls.is_empty() {
        sources.on_hover_text(urls.join("\n"));
    }
    ui.add_space(4.0);
}

/// How a screen with the patient, the counter and the devices shares the window's width
/// (logical pixels, after the text size's zoom): three columns when there is room, the patient
/// and the devices in one column beside the counter when there is less, and everything in one
/// column on a small window or at the largest text size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Columns {
    /// Patient | counter and choices | devices.
    Three {
        /// The patient's column.
        left: f32,
        /// The devices' column.
        right: f32,
    },
    /// Patient and devices | counter and choices.
    Two {
        /// The patient's and devices' column.
        left: f32,
    },
    /// One column.
    One,
}

/// The columns for a width.
pub fn columns(width: f32) -> Columns {
    if width >= 1100.0 {
        Columns::Three {
            left: (width * 0.24).clamp(280.0, 440.0),
            right: (width * 0.28).clamp(340.0, 540.0),
        }
    } else if width >= 720.0 {
        Columns::Two {
            left: (width * 0.40).clamp(300.0, 420.0),
        }
    } else {
        Columns::One
    }
}

/// The share of the window's height the choices may take before they scroll inside their own
/// area (which stays on screen).
pub const CHOICES_SHARE: f32 = 0.45;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_follow_the_width_and_leave_the_counter_room() {
        for width in [
            640.0f32, 719.0, 720.0, 900.0, 1099.0, 1100.0, 1280.0, 1920.0, 2400.0,
        ] {
            let counter = match columns(width) {
                Columns::Three { left, right } => width - left - right,
                Columns::Two { left } => width - left,
                Columns::One => width,
            };
            assert!(counter >= 300.0, "{width}: the counter gets {counter}");
        }
        assert_eq!(columns(640.0), Columns::One);
        assert!(matches!(columns(1024.0), Columns::Two { .. }));
        assert!(matches!(columns(1280.0), Columns::Three { .. }));
    }
}

#[cfg(test)]
mod layout_tests;
