//! Assessment: before it, what it covers and how it is passed; after the last scenario, the
//! readiness result (per competency against the clinic's thresholds, prohibited conduct), and
//! each scenario's debrief, which the assessment withheld until now.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_content::present::Presenter;
use madoguchi_play::assessment::{DEFAULT_COUNT, Thresholds};
use madoguchi_play::scenario::Competency;
use madoguchi_rules::VariantArray;

use super::{Screen, root_ui};
use crate::app::UiText;
use crate::app::assessment::{AssessmentRefused, AssessmentRun, StartAssessment};
use crate::app::packs::Packs;
use crate::app::staff::{CurrentStaff, RecordsStore};
use crate::app::widgets;
use crate::library;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ClinicThresholds>();
    app.add_systems(
        OnEnter(Screen::Assessment),
        (clear_refusal, load_thresholds).chain(),
    );
    app.add_systems(
        EguiPrimaryContextPass,
        draw_assessment.run_if(in_state(Screen::Assessment)),
    );
}

fn clear_refusal(mut refused: ResMut<AssessmentRefused>) {
    refused.0 = None;
}

/// The clinic's thresholds as the introduction states them, read when the screen opens.
#[derive(Resource, Default)]
struct ClinicThresholds(Thresholds);

fn load_thresholds(
    store: Res<RecordsStore>,
    text: Res<UiText>,
    mut thresholds: ResMut<ClinicThresholds>,
    mut refused: ResMut<AssessmentRefused>,
) {
    match store.with(|records| records.thresholds()) {
        Some(Ok(loaded)) => thresholds.0 = loaded,
        Some(Err(error)) => refused.0 = Some(text.records_error(&error)),
        None => thresholds.0 = Thresholds::default(),
    }
}

fn percent(share: f64) -> String {
    format!("{:.0}", share * 100.0)
}

/// The pass conditions as sentences.
fn conditions(ui: &mut egui::Ui, text: &UiText, thresholds: Thresholds) {
    ui.label(text.t_args(
        "assessment-rule-competency",
        &[("percent", percent(thresholds.competency))],
    ));
    if thresholds.overall > 0.0 {
        ui.label(text.t_args(
            "assessment-rule-overall",
            &[("percent", percent(thresholds.overall))],
        ));
    }
    if thresholds.prohibited_fails {
        ui.label(text.t("assessment-rule-prohibited"));
    }
}

fn draw_assessment(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    staff: Res<CurrentStaff>,
    store: Res<RecordsStore>,
    refused: Res<AssessmentRefused>,
    thresholds: Res<ClinicThresholds>,
    assessment: Option<Res<AssessmentRun>>,
    packs: Res<Packs>,
    mut start: MessageWriter<StartAssessment>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "assessment");
    egui::Panel::top("assessment-top").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
            ui.heading(text.t("assessment-title"));
        });
    });
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| match assessment.as_deref() {
                Some(run) if run.finished.is_some() => results(ui, &text, run, &packs),
                _ => intro(
                    ui,
                    &text,
                    &staff,
                    &store,
                    thresholds.0,
                    &refused,
                    &mut start,
                ),
            });
    });
    Ok(())
}

fn intro(
    ui: &mut egui::Ui,
    text: &UiText,
    staff: &CurrentStaff,
    store: &RecordsStore,
    thresholds: Thresholds,
    refused: &AssessmentRefused,
    start: &mut MessageWriter<StartAssessment>,
) {
    ui.add_space(8.0);
    match &staff.0 {
        Some(member) => {
            ui.label(
                egui::RichText::new(
                    text.t_args("assessment-for", &[("name", member.name.clone())]),
                )
                .size(20.0)
                .strong(),
            );
        }
        None => {
            ui.colored_label(
                egui::Color32::from_rgb(170, 20, 20),
                text.t("assessment-choose-staff"),
            );
        }
    }
    ui.add_space(8.0);
    ui.label(text.t_args(
        "assessment-what",
        &[
            ("count", DEFAULT_COUNT.to_string()),
            ("competencies", Competency::VARIANTS.len().to_string()),
        ],
    ));
    ui.label(text.t("assessment-variants"));
    ui.label(text.t("assessment-no-feedback"));
    ui.label(text.t("assessment-leave"));
    ui.add_space(8.0);
    ui.label(egui::RichText::new(text.t("assessment-pass-when")).strong());
    conditions(ui, text, thresholds);
    ui.add_space(12.0);
    if let Some(reason) = &refused.0 {
        ui.colored_label(egui::Color32::from_rgb(170, 20, 20), reason);
    }
    let ready = staff.0.is_some() && store.records.is_some();
    if ui
        .add_enabled(
            ready,
            egui::Button::new(egui::RichText::new(text.t("assessment-start")).size(18.0))
                .min_size(egui::vec2(260.0, 44.0)),
        )
        .on_hover_text(text.t("assessment-start-hint"))
        .clicked()
    {
        start.write(StartAssessment {
            seed: None,
            count: DEFAULT_COUNT,
            style: madoguchi_play::session::PlayStyle::Free,
        });
    }
    if ui
        .add_enabled(ready, egui::Button::new(text.t("assessment-start-guided")))
        .on_hover_text(text.t("assessment-start-guided-hint"))
        .clicked()
    {
        start.write(StartAssessment {
            seed: None,
            count: DEFAULT_COUNT,
            style: madoguchi_play::session::PlayStyle::Guided,
        });
    }
}

fn results(ui: &mut egui::Ui, text: &UiText, run: &AssessmentRun, packs: &Packs) {
    let Some(finished) = &run.finished else {
        return;
    };
    let readiness = &finished.readiness;
    let thresholds = run.thresholds;
    let (banner, color) = if readiness.passed {
        ("assessment-passed", egui::Color32::from_rgb(20, 120, 50))
    } else {
        ("assessment-failed", egui::Color32::from_rgb(190, 40, 30))
    };
    ui.add_space(6.0);
    ui.label(
        egui::RichText::new(text.t_args(banner, &[("name", run.staff.name.clone())]))
            .size(24.0)
            .strong()
            .color(color),
    );
    ui.label(text.t_args(
        "assessment-summary",
        &[
            ("percent", percent(readiness.overall)),
            ("count", run.run.items.len().to_string()),
            ("seed", run.run.seed.to_string()),
        ],
    ));
    match &run.stored {
        Some(Ok(id)) => {
            ui.small(text.t_args("assessment-stored", &[("id", id.to_string())]));
        }
        Some(Err(message)) => {
            ui.colored_label(egui::Color32::from_rgb(170, 20, 20), message);
        }
        None => {
            ui.colored_label(
                egui::Color32::from_rgb(170, 20, 20),
                text.t("home-records-unavailable"),
            );
        }
    }
    ui.add_space(10.0);
    ui.label(
        egui::RichText::new(text.t("assessment-by-competency"))
            .strong()
            .size(18.0),
    );
    egui::Grid::new("readiness")
        .striped(true)
        .num_columns(3)
        .spacing(egui::vec2(18.0, 6.0))
        .show(ui, |ui| {
            for (competency, share) in &readiness.competencies {
                ui.label(text.t(&competency.message_id()));
                let color = widgets::share_color(*share, thresholds.competency);
                ui.label(
                    egui::RichText::new(format!("{}%", percent(*share)))
                        .color(color)
                        .strong(),
                );
                let mark = if readiness.below.contains(competency) {
                    text.t_args(
                        "assessment-below",
                        &[("percent", percent(thresholds.competency))],
                    )
                } else {
                    text.t("assessment-met")
                };
                ui.label(egui::RichText::new(mark).color(color));
                ui.end_row();
            }
        });
    if readiness.prohibited > 0 {
        ui.add_space(6.0);
        ui.colored_label(
            widgets::verdict_color(madoguchi_rules::Verdict::Prohibited),
            text.t_args(
                if thresholds.prohibited_fails {
                    "exam-prohibited-fails"
                } else {
                    "exam-prohibited"
                },
                &[("count", readiness.prohibited.to_string())],
            ),
        );
    }
    ui.add_space(6.0);
    ui.label(egui::RichText::new(text.t("assessment-pass-when")).strong());
    conditions(ui, text, thresholds);

    ui.add_space(12.0);
    ui.label(
        egui::RichText::new(text.t("assessment-debriefs"))
            .strong()
            .size(18.0),
    );
    let Some(report) = packs.report(0) else {
        return;
    };
    let policy = library::policy();
    for (i, (played, item)) in run.run.played.iter().zip(&run.run.items).enumerate() {
        let Some(scenario) = item.scenario_in(&report.pack.scenarios, &policy) else {
            continue;
        };
        let presenter = Presenter {
            texts: &report.pack.texts,
            lang: text.lang,
            policy: &policy,
            scenario: &scenario,
            situation: &played.situation,
        };
        let debrief = &played.debrief;
        let header = format!(
            "{}. {} — {}%",
            i + 1,
            presenter.title(),
            percent(debrief.score.ratio())
        );
        egui::CollapsingHeader::new(header)
            .id_salt(("assessment-debrief", i))
            .show(ui, |ui| {
                for line in presenter.debrief(debrief) {
                    ui.label(line);
                }
            });
    }
}
