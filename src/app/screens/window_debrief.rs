//! The whole-handling debrief of a window session: for each patient, every part of the
//! handling (route, authentication, share, claim, 公費) beside the right one with its rules,
//! every required step taken or missed, what was prohibited, wrong or needless, what it caused,
//! the time at the window, and "what if". A shift shows its total and one tab per patient.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_content::present::Presenter;
use madoguchi_content::present_free::end_id;
use madoguchi_play::free::WholeDebrief;
use madoguchi_play::free::whole::RemarkKind;
use madoguchi_play::session::Mode;
use madoguchi_play::session::whatif::{WhatIf, what_ifs};
use madoguchi_rules::{Name, Verdict};

use super::{Rows, Screen, root_ui};
use crate::app::UiText;
use crate::app::widgets;
use crate::app::window_flow::{LastWindow, StartWindow, WindowSource};
use crate::library;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<DebriefTab>();
    app.add_systems(OnEnter(Screen::WindowDebrief), reset);
    app.add_systems(
        EguiPrimaryContextPass,
        draw.run_if(in_state(Screen::WindowDebrief)),
    );
}

/// Which patient is shown, and the what-ifs of that patient's situation.
#[derive(Resource, Default)]
struct DebriefTab {
    patient: usize,
    what_ifs: Vec<WhatIf>,
    computed_for: Option<usize>,
    open: Option<usize>,
}

fn reset(mut tab: ResMut<DebriefTab>) {
    *tab = DebriefTab::default();
}

fn section(ui: &mut egui::Ui, title: String) {
    ui.add_space(8.0);
    ui.label(egui::RichText::new(title).strong().size(18.0));
}

fn draw(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    last: Res<LastWindow>,
    window: Option<Res<crate::app::window_flow::Window>>,
    mut tab: ResMut<DebriefTab>,
    mut start: MessageWriter<StartWindow>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "window-debrief");
    let (Some(texts), Some(_)) = (&last.texts, last.patients.first()) else {
        egui::CentralPanel::default().show(&mut root, |ui| {
            ui.label(text.t("debrief-none"));
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
        });
        return Ok(());
    };
    let index = tab.patient.min(last.patients.len() - 1);
    let (scenario, debrief) = &last.patients[index];
    let policy = library::policy();
    let (situation, _) = scenario.situation(debrief.seed);
    if tab.computed_for != Some(index) {
        tab.what_ifs = what_ifs(&policy, &situation, &debrief.ruling);
        tab.computed_for = Some(index);
        tab.open = None;
    }
    let presenter = Presenter {
        texts,
        lang: text.lang,
        policy: &policy,
        scenario,
        situation: &situation,
    };
    egui::Panel::top("window-debrief-top").show(&mut root, |ui| {
        ui.heading(text.t("window-debrief-title"));
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(text.t("nav-home")).clicked() {
                    next.set(Screen::Home);
                }
                if window.as_ref().is_some_and(|w| w.draft)
                    && ui.button(text.t("studio-back")).clicked()
                {
                    next.set(Screen::Studio);
                }
                if ui.button(text.t("nav-library")).clicked() {
                    next.set(Screen::Library);
                }
                if ui.button(text.t("window-new-patient")).clicked() {
                    start.write(StartWindow {
                        source: WindowSource::Generated {
                            seed: library::fresh_seed(),
                        },
                        mode: Mode::Practice,
                    });
                }
            });
        });
        if last.patients.len() > 1 {
            let points: u32 = last.patients.iter().map(|(_, d)| d.score.points).sum();
            let max: u32 = last.patients.iter().map(|(_, d)| d.score.max).sum();
            let minutes: u32 = last.patients.iter().map(|(_, d)| d.clock_s).sum::<u32>() / 60;
            ui.label(
                egui::RichText::new(text.t_args(
                    "window-shift-total",
                    &[
                        ("count", last.patients.len().to_string()),
                        ("points", points.to_string()),
                        ("max", max.to_string()),
                        (
                            "percent",
                            format!("{:.0}", 100.0 * f64::from(points) / f64::from(max.max(1))),
                        ),
                        ("minutes", minutes.to_string()),
                    ],
                ))
                .size(18.0)
                .strong(),
            );
            ui.horizontal_wrapped(|ui| {
                for (n, (_, d)) in last.patients.iter().enumerate() {
                    let label = text.t_args(
                        "window-patient-tab",
                        &[
                            ("number", (n + 1).to_string()),
                            ("percent", format!("{:.0}", d.score.ratio() * 100.0)),
                        ],
                    );
                    if ui.selectable_label(n == index, label).clicked() {
                        tab.patient = n;
                    }
                }
            });
        }
        ui.label(
            egui::RichText::new(presenter.t_args(
                "present-score",
                &[
                    ("points", debrief.score.points.to_string()),
                    ("max", debrief.score.max.to_string()),
                    ("percent", format!("{:.0}", debrief.score.ratio() * 100.0)),
                ],
            ))
            .size(20.0)
            .strong(),
        );
        if let Some(end) = debrief.end {
            ui.label(presenter.t(&end_id(end)));
        }
    });
    let DebriefTab { what_ifs, open, .. } = &mut *tab;
    // The what-if beside the debrief when there is room, else after it.
    let width = ctx.content_rect().width();
    let beside = width >= 1100.0;
    if beside {
        egui::Panel::right("window-debrief-whatif")
            .exact_size((width * 0.32).clamp(380.0, 560.0))
            .show(&mut root, |ui| {
                widgets::whatif::panel(ui, &text, &presenter, what_ifs, open);
            });
    }
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::ScrollArea::vertical().show(ui, |ui| {
            body(ui, &text, &presenter, debrief);
            if !beside {
                ui.separator();
                widgets::whatif::panel(ui, &text, &presenter, what_ifs, open);
            }
        });
    });
    Ok(())
}

fn body(ui: &mut egui::Ui, text: &UiText, presenter: &Presenter<'_>, debrief: &WholeDebrief) {
    ui.label(presenter.t_args(
        "free-debrief-clock",
        &[
            ("minutes", (debrief.clock_s / 60).to_string()),
            ("seconds", (debrief.clock_s % 60).to_string()),
            ("acts", debrief.acts.len().to_string()),
        ],
    ));
    if debrief.prohibited > 0 {
        ui.colored_label(
            widgets::verdict_color(Verdict::Prohibited),
            presenter.t_args(
                "present-prohibited-count",
                &[("count", debrief.prohibited.to_string())],
            ),
        );
    }
    section(ui, presenter.t("free-debrief-parts"));
    // A table where it fits; on a narrow window each part's details go under its name.
    let wide = ((ui.available_width() - 300.0) / 3.0).max(140.0);
    let rows = Rows::new(
        ui.available_width() >= 720.0,
        vec![wide * 0.8, wide * 1.1, wide * 1.1, 110.0, 60.0],
        vec![
            text.t("window-col-part"),
            text.t("window-col-did"),
            presenter.t("present-right-answer"),
            text.t("debrief-col-verdict"),
            text.t("window-col-points"),
        ],
    );
    rows.header(ui);
    for part in &debrief.parts {
        ui.separator();
        let name: &'static str = part.part.into();
        let (verdict_text, color) = match part.verdict {
            Some(verdict) => (
                presenter.t(&format!("verdict-{}", verdict.name())),
                widgets::verdict_color(verdict),
            ),
            None => (
                presenter.t("free-debrief-undecided"),
                widgets::verdict_color(Verdict::Wrong),
            ),
        };
        rows.row(
            ui,
            &[
                &|ui: &mut egui::Ui| {
                    ui.label(presenter.t(&format!("free-part-{name}")));
                },
                &|ui: &mut egui::Ui| {
                    ui.label(match part.decided_by {
                        Some(i) => presenter.act_label(debrief.acts[i].act),
                        None => presenter.t("free-debrief-not-decided"),
                    });
                },
                &|ui: &mut egui::Ui| {
                    ui.label(presenter.expected(&part.expected));
                },
                &|ui: &mut egui::Ui| {
                    ui.colored_label(color, verdict_text.clone());
                },
                &|ui: &mut egui::Ui| {
                    ui.label(format!("{}/{}", part.points, part.max));
                },
            ],
        );
    }
    for part in debrief
        .parts
        .iter()
        .filter(|p| p.verdict != Some(Verdict::Right))
    {
        if part.unsupported {
            ui.small(presenter.t("free-debrief-unsupported"));
        }
        for rule in part.rules.iter() {
            widgets::rule_card(ui, rule, presenter);
        }
    }
    if !debrief.steps.is_empty() {
        section(ui, presenter.t("free-debrief-steps"));
        for step in &debrief.steps {
            let name = presenter.t(&format!("step-{}", step.step.name()));
            if step.taken {
                ui.colored_label(widgets::verdict_color(Verdict::Right), format!("✓ {name}"));
            } else {
                ui.colored_label(widgets::verdict_color(Verdict::Wrong), format!("× {name}"));
                for rule in step.rules.iter() {
                    widgets::rule_card(ui, rule, presenter);
                }
            }
        }
    }
    if !debrief.remarks.is_empty() {
        section(ui, presenter.t("free-debrief-remarks"));
        for remark in &debrief.remarks {
            let kind: &'static str = remark.kind.into();
            let verdict = match remark.kind {
                RemarkKind::Prohibited => Verdict::Prohibited,
                RemarkKind::Wrong => Verdict::Wrong,
                RemarkKind::Needless => Verdict::Acceptable,
            };
            ui.colored_label(
                widgets::verdict_color(verdict),
                presenter.t_args(
                    &format!("free-remark-{kind}"),
                    &[
                        ("act", presenter.act_label(remark.act)),
                        ("penalty", remark.kind.penalty().to_string()),
                    ],
                ),
            );
        }
    }
    if !debrief.consequences.is_empty() {
        section(ui, presenter.t("free-debrief-consequences"));
        for consequence in &debrief.consequences {
            ui.label(format!("・{}", presenter.consequence(*consequence)));
        }
    }
    section(ui, presenter.t("present-right-handling"));
    for line in presenter.ruling(&debrief.ruling) {
        ui.label(line);
    }
    section(ui, presenter.t("free-debrief-transcript"));
    for (n, done) in debrief.acts.iter().enumerate() {
        ui.small(format!("{:>2}. {}", n + 1, presenter.act_label(done.act)));
    }
}
