//! Drawings the Play screen is made of: the patient, the documents on the counter, the card
//! reader and the eligibility terminal. They draw what the engine says; they decide nothing.

pub mod devices;
pub mod documents;
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
