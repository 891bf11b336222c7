//! Records, the manager's area behind a passcode (stored only as an Argon2 hash): every staff
//! member's readiness per competency as a colour-coded table, one member's history with a trend
//! plot, an attempt drilled down to its debrief (replayed from the recorded seed and choices),
//! the clinic's thresholds, and deleting a staff member. Locked again on leaving.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui_plot::{HLine, Legend, Line, MarkerShape, Plot, Points};
use madoguchi_content::present::Presenter;
use madoguchi_play::assessment::Thresholds;
use madoguchi_play::scenario::Competency;
use madoguchi_play::session::{Mode, Session};
use madoguchi_records::export::local_time;
use madoguchi_records::summary::{StaffSummary, overview};
use madoguchi_records::{Attempt, AttemptKind};
use madoguchi_rules::Name;
use madoguchi_rules::VariantArray;

use super::{Screen, cell, root_ui};
use crate::app::UiText;
use crate::app::packs::Packs;
use crate::app::staff::RecordsStore;
use crate::app::widgets;
use crate::library;

/// The shortest manager passcode accepted.
const MIN_PASSCODE: usize = 6;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<RecordsView>();
    app.add_systems(OnEnter(Screen::Records), lock);
    app.add_systems(OnExit(Screen::Records), lock);
    app.add_systems(
        EguiPrimaryContextPass,
        draw_records.run_if(in_state(Screen::Records)),
    );
}

/// A note shown after an action: whether it is an error, and the text.
type Note = Option<(bool, String)>;

/// What the records screen keeps between frames.
#[derive(Resource, Default)]
pub struct RecordsView {
    /// Whether the passcode has been given.
    pub unlocked: bool,
    /// Whether a manager passcode exists (read when the screen opens).
    has_passcode: bool,
    passcode: String,
    new_passcode: String,
    confirm: String,
    note: Note,
    overview: Vec<StaffSummary>,
    thresholds: Thresholds,
    selected: Option<i64>,
    attempts: Vec<Attempt>,
    detail: Option<Detail>,
    confirm_delete: bool,
}

/// An attempt drilled down.
struct Detail {
    attempt: Attempt,
    /// The debrief as the trainee's play-through gives it (replayed), or none when the
    /// scenario has changed since.
    lines: Option<Vec<String>>,
    /// Whether the attempt was judged by another version of the rules or the pack than the
    /// one loaded now (the stored score stands; the replay uses today's).
    other_version: bool,
}

/// Locks the screen, and reads whether a passcode exists (or why the records cannot tell).
fn lock(mut view: ResMut<RecordsView>, store: Res<RecordsStore>, text: Res<UiText>) {
    *view = RecordsView::default();
    match store.with(|records| records.has_manager_passcode()) {
        Some(Ok(has)) => view.has_passcode = has,
        Some(Err(error)) => view.note = Some((true, text.records_error(&error))),
        None => {}
    }
}

fn reload(view: &mut RecordsView, store: &RecordsStore, text: &UiText) {
    let loaded = store.with(|records| {
        Ok::<_, madoguchi_records::RecordsError>((overview(records)?, records.thresholds()?))
    });
    match loaded {
        Some(Ok((summaries, thresholds))) => {
            view.overview = summaries;
            view.thresholds = thresholds;
        }
        Some(Err(error)) => view.note = Some((true, text.records_error(&error))),
        None => view.note = Some((true, text.t("home-records-unavailable"))),
    }
    if let Some(id) = view.selected {
        select(view, store, id);
    }
}

fn select(view: &mut RecordsView, store: &RecordsStore, id: i64) {
    view.selected = Some(id);
    view.confirm_delete = false;
    view.attempts = store
        .with(|records| records.attempts(Some(id)).unwrap_or_default())
        .unwrap_or_default();
    view.attempts.reverse();
}

fn draw_records(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    store: Res<RecordsStore>,
    packs: Res<Packs>,
    mut view: ResMut<RecordsView>,
    mut next: ResMut<NextState<Screen>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "records");
    egui::Panel::top("records-top").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            if ui.button(text.t("nav-home")).clicked() {
                next.set(Screen::Home);
            }
            ui.heading(text.t("records-title"));
            if view.unlocked
                && ui
                    .button(text.t("records-lock"))
                    .on_hover_text(text.t("records-lock-hint"))
                    .clicked()
            {
                *view = RecordsView {
                    has_passcode: true,
                    ..RecordsView::default()
                };
            }
        });
    });
    let view = &mut *view;
    egui::CentralPanel::default().show(&mut root, |ui| {
        if let Some((error, note)) = &view.note {
            let color = if *error {
                egui::Color32::from_rgb(170, 20, 20)
            } else {
                egui::Color32::from_rgb(20, 120, 50)
            };
            ui.colored_label(color, note);
        }
        if store.records.is_none() {
            ui.colored_label(
                egui::Color32::from_rgb(170, 20, 20),
                match &store.error {
                    Some(error) => text.records_error(error),
                    None => text.t("home-records-unavailable"),
                },
            );
            return;
        }
        if !view.unlocked {
            gate(ui, &text, &store, view);
            return;
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                staff_table(ui, &text, &store, view);
                if let Some(id) = view.selected {
                    ui.separator();
                    history(ui, &text, &store, &packs, view, id);
                }
                ui.separator();
                settings(ui, &text, &store, view);
            });
    });
    if view.detail.is_some() {
        attempt_modal(ctx, &text, view);
    }
    Ok(())
}

/// The passcode: set the first one, or give it to unlock.
fn gate(ui: &mut egui::Ui, text: &UiText, store: &RecordsStore, view: &mut RecordsView) {
    ui.add_space(16.0);
    if view.has_passcode {
        ui.label(text.t("records-enter-passcode"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut view.passcode)
                .password(true)
                .desired_width(240.0),
        );
        let submit = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(text.t("records-unlock")).clicked() || submit {
            match store.with(|records| records.verify_manager_passcode(&view.passcode)) {
                Some(Ok(true)) => {
                    view.unlocked = true;
                    view.passcode.clear();
                    view.note = None;
                    reload(view, store, text);
                }
                Some(Ok(false)) => {
                    view.passcode.clear();
                    view.note = Some((true, text.t("records-wrong-passcode")));
                }
                Some(Err(error)) => view.note = Some((true, text.records_error(&error))),
                None => view.note = Some((true, text.t("home-records-unavailable"))),
            }
        }
    } else {
        ui.label(text.t("records-first-passcode"));
        if let Some(message) = new_passcode_form(ui, text, store, view) {
            view.note = Some(message);
            if view.note.as_ref().is_some_and(|(error, _)| !error) {
                view.has_passcode = true;
                view.unlocked = true;
                reload(view, store, text);
            }
        }
    }
    ui.add_space(8.0);
    ui.small(text.t("records-passcode-privacy"));
}

/// Two fields and a button; the note to show once the button is pressed.
fn new_passcode_form(
    ui: &mut egui::Ui,
    text: &UiText,
    store: &RecordsStore,
    view: &mut RecordsView,
) -> Note {
    egui::Grid::new("new-passcode")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(text.t("records-new-passcode"));
            ui.add(
                egui::TextEdit::singleline(&mut view.new_passcode)
                    .password(true)
                    .desired_width(240.0),
            );
            ui.end_row();
            ui.label(text.t("records-confirm-passcode"));
            ui.add(
                egui::TextEdit::singleline(&mut view.confirm)
                    .password(true)
                    .desired_width(240.0),
            );
            ui.end_row();
        });
    if !ui.button(text.t("records-set-passcode")).clicked() {
        return None;
    }
    let note = if view.new_passcode.chars().count() < MIN_PASSCODE {
        (
            true,
            text.t_args(
                "records-passcode-short",
                &[("count", MIN_PASSCODE.to_string())],
            ),
        )
    } else if view.new_passcode != view.confirm {
        (true, text.t("records-passcode-mismatch"))
    } else {
        match store.with(|records| records.set_manager_passcode(&view.new_passcode)) {
            Some(Ok(())) => (false, text.t("records-passcode-set")),
            Some(Err(error)) => (true, text.records_error(&error)),
            None => (true, text.t("home-records-unavailable")),
        }
    };
    view.new_passcode.clear();
    view.confirm.clear();
    Some(note)
}

/// The readiness of every staff member, per competency, coloured against the threshold.
fn staff_table(ui: &mut egui::Ui, text: &UiText, store: &RecordsStore, view: &mut RecordsView) {
    ui.label(
        egui::RichText::new(text.t("records-readiness"))
            .strong()
            .size(18.0),
    );
    if view.overview.is_empty() {
        ui.label(text.t("records-no-staff"));
        return;
    }
    let threshold = view.thresholds.competency;
    let mut clicked = None;
    egui::ScrollArea::horizontal()
        .id_salt("readiness-table")
        .show(ui, |ui| {
            egui::Grid::new("staff-readiness")
                .striped(true)
                .spacing(egui::vec2(10.0, 6.0))
                .show(ui, |ui| {
                    ui.label(egui::RichText::new(text.t("records-col-staff")).strong());
                    ui.label(egui::RichText::new(text.t("records-col-latest")).strong());
                    for competency in Competency::VARIANTS {
                        ui.label(
                            egui::RichText::new(
                                text.t(&format!("competency-short-{}", competency.name())),
                            )
                            .strong(),
                        )
                        .on_hover_text(text.t(&competency.message_id()));
                    }
                    ui.label(egui::RichText::new(text.t("records-col-practice")).strong());
                    ui.end_row();
                    for summary in &view.overview {
                        let selected = view.selected == Some(summary.staff.id);
                        if ui.selectable_label(selected, &summary.staff.name).clicked() {
                            clicked = Some(summary.staff.id);
                        }
                        match &summary.latest_assessment {
                            Some(latest) => {
                                let (key, color) = if latest.passed {
                                    ("report-passed", egui::Color32::from_rgb(20, 120, 50))
                                } else {
                                    ("report-failed", egui::Color32::from_rgb(190, 40, 30))
                                };
                                ui.label(
                                    egui::RichText::new(format!(
                                        "{} {:.0}%",
                                        text.t(key),
                                        latest.overall * 100.0
                                    ))
                                    .color(color)
                                    .strong(),
                                )
                                .on_hover_text(local_time(&latest.finished_at));
                            }
                            None => {
                                ui.label(text.t("records-no-assessment"));
                            }
                        }
                        for competency in Competency::VARIANTS {
                            let assessed = summary
                                .latest_assessment
                                .as_ref()
                                .and_then(|a| a.competencies.get(competency).copied());
                            let practised = summary.practice.get(competency).copied();
                            match (assessed, practised) {
                                (Some(share), _) => {
                                    ui.label(
                                        egui::RichText::new(format!("{:.0}%", share * 100.0))
                                            .color(widgets::share_color(share, threshold))
                                            .strong(),
                                    );
                                }
                                (None, Some(share)) => {
                                    ui.label(
                                        egui::RichText::new(format!("({:.0}%)", share * 100.0))
                                            .color(widgets::share_color(share, threshold))
                                            .italics(),
                                    )
                                    .on_hover_text(text.t("records-practice-average"));
                                }
                                (None, None) => {
                                    ui.label("—");
                                }
                            }
                        }
                        ui.label(summary.practice_attempts.to_string());
                        ui.end_row();
                    }
                });
        });
    ui.small(text.t_args(
        "records-legend",
        &[("percent", format!("{:.0}", threshold * 100.0))],
    ));
    if let Some(id) = clicked {
        select(view, store, id);
    }
}

/// One staff member: the trend, the attempts, deleting.
fn history(
    ui: &mut egui::Ui,
    text: &UiText,
    store: &RecordsStore,
    packs: &Packs,
    view: &mut RecordsView,
    id: i64,
) {
    let Some(summary) = view.overview.iter().find(|s| s.staff.id == id).cloned() else {
        return;
    };
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(&summary.staff.name).strong().size(18.0));
        ui.label(text.t_args(
            "records-counts",
            &[
                ("practice", summary.practice_attempts.to_string()),
                ("assessments", summary.assessments.to_string()),
            ],
        ));
    });
    // The trend: every attempt's score in time order, practice and assessment apart.
    let practice: Vec<[f64; 2]> = summary
        .trend
        .iter()
        .enumerate()
        .filter(|(_, (_, _, kind))| *kind == AttemptKind::Practice)
        .map(|(i, (_, share, _))| [i as f64 + 1.0, share * 100.0])
        .collect();
    let assessment: Vec<[f64; 2]> = summary
        .trend
        .iter()
        .enumerate()
        .filter(|(_, (_, _, kind))| *kind == AttemptKind::Assessment)
        .map(|(i, (_, share, _))| [i as f64 + 1.0, share * 100.0])
        .collect();
    let all: Vec<[f64; 2]> = summary
        .trend
        .iter()
        .enumerate()
        .map(|(i, (_, share, _))| [i as f64 + 1.0, share * 100.0])
        .collect();
    let threshold = view.thresholds.competency * 100.0;
    Plot::new(("trend", id))
        .height(190.0)
        .legend(Legend::default())
        .include_y(0.0)
        .include_y(100.0)
        .include_x(0.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .x_axis_label(text.t("records-plot-x"))
        .y_axis_label(text.t("records-plot-y"))
        .show(ui, |plot| {
            plot.line(
                Line::new(text.t("records-plot-all"), all)
                    .color(egui::Color32::from_gray(150))
                    .width(1.0),
            );
            plot.points(
                Points::new(text.t("records-plot-practice"), practice)
                    .radius(3.5)
                    .color(egui::Color32::from_rgb(40, 100, 190)),
            );
            plot.points(
                Points::new(text.t("records-plot-assessment"), assessment)
                    .radius(5.0)
                    .shape(MarkerShape::Diamond)
                    .color(egui::Color32::from_rgb(190, 90, 20)),
            );
            plot.hline(
                HLine::new(text.t("records-plot-threshold"), threshold)
                    .color(egui::Color32::from_rgb(20, 120, 50)),
            );
        });

    ui.label(egui::RichText::new(text.t("records-attempts")).strong());
    if view.attempts.is_empty() {
        ui.label(text.t("records-no-attempts"));
    }
    let mut open = None;
    egui::Grid::new("attempts")
        .striped(true)
        .spacing(egui::vec2(12.0, 4.0))
        .show(ui, |ui| {
            for attempt in &view.attempts {
                ui.label(local_time(&attempt.finished_at));
                ui.label(text.t(match attempt.kind {
                    AttemptKind::Practice => "report-practice",
                    AttemptKind::Assessment => "report-in-assessment",
                }));
                cell(ui, 380.0, |ui| ui.label(title(packs, text, attempt)));
                ui.label(
                    egui::RichText::new(format!("{:.0}%", attempt.ratio() * 100.0)).color(
                        widgets::share_color(attempt.ratio(), view.thresholds.competency),
                    ),
                );
                if attempt.prohibited > 0 {
                    ui.colored_label(
                        widgets::verdict_color(madoguchi_rules::Verdict::Prohibited),
                        text.t_args(
                            "records-prohibited",
                            &[("count", attempt.prohibited.to_string())],
                        ),
                    );
                } else {
                    ui.label("");
                }
                if ui.button(text.t("records-open-attempt")).clicked() {
                    open = Some(attempt.id);
                }
                ui.end_row();
            }
        });
    if let Some(attempt_id) = open {
        view.detail = store
            .with(|records| records.attempt(attempt_id).ok().flatten())
            .flatten()
            .map(|attempt| Detail {
                lines: replayed(packs, text, &attempt),
                other_version: packs
                    .index_of_label(&attempt.pack)
                    .and_then(|index| packs.report(index))
                    .is_none_or(|report| {
                        library::rules_version(report.pack.fingerprint) != attempt.rules_version
                    }),
                attempt,
            });
    }

    ui.add_space(8.0);
    if view.confirm_delete {
        ui.colored_label(
            egui::Color32::from_rgb(170, 20, 20),
            text.t_args(
                "records-delete-confirm",
                &[("name", summary.staff.name.clone())],
            ),
        );
        ui.horizontal(|ui| {
            if ui.button(text.t("records-delete-yes")).clicked() {
                match store.with(|records| records.delete_staff(id)) {
                    Some(Ok(())) => {
                        view.selected = None;
                        view.attempts.clear();
                        view.note = Some((
                            false,
                            text.t_args("records-deleted", &[("name", summary.staff.name.clone())]),
                        ));
                        reload(view, store, text);
                    }
                    Some(Err(error)) => view.note = Some((true, text.records_error(&error))),
                    None => view.note = Some((true, text.t("home-records-unavailable"))),
                }
                view.confirm_delete = false;
            }
            if ui.button(text.t("records-delete-no")).clicked() {
                view.confirm_delete = false;
            }
        });
    } else if ui.button(text.t("records-delete")).clicked() {
        view.confirm_delete = true;
    }
}

/// A scenario's title in the language, from the pack it was played in.
fn title(packs: &Packs, text: &UiText, attempt: &Attempt) -> String {
    packs
        .index_of_label(&attempt.pack)
        .and_then(|index| packs.report(index))
        .and_then(|report| {
            let scenario = report.pack.scenario(&attempt.scenario)?;
            Some(report.pack.texts.get(text.lang, &scenario.def().title))
        })
        .unwrap_or_else(|| attempt.scenario.clone())
}

/// The attempt replayed from its seed and recorded choices, as its debrief's lines.
fn replayed(packs: &Packs, text: &UiText, attempt: &Attempt) -> Option<Vec<String>> {
    let report = packs.report(packs.index_of_label(&attempt.pack)?)?;
    let scenario = report.pack.scenario(&attempt.scenario)?.clone();
    let decisions: Vec<(&str, u64)> = attempt
        .decisions
        .iter()
        .map(|d| (d.choice_text.as_str(), d.at_ms))
        .collect();
    let mode = match attempt.kind {
        AttemptKind::Practice => Mode::Practice,
        AttemptKind::Assessment => Mode::Assessment,
    };
    let policy = library::policy();
    let session = Session::replay(
        policy.clone(),
        scenario.clone(),
        attempt.seed,
        mode,
        &decisions,
    )
    .ok()?;
    let presenter = Presenter {
        texts: &report.pack.texts,
        lang: text.lang,
        policy: &policy,
        scenario: &scenario,
        situation: session.situation(),
    };
    Some(presenter.debrief(&session.debrief()))
}

fn attempt_modal(ctx: &egui::Context, text: &UiText, view: &mut RecordsView) {
    let mut close = false;
    if let Some(detail) = &view.detail {
        let attempt = &detail.attempt;
        egui::Modal::new(egui::Id::new("attempt-detail")).show(ctx, |ui| {
            ui.set_width(760.0);
            ui.label(
                egui::RichText::new(text.t_args(
                    "records-attempt-heading",
                    &[
                        ("when", local_time(&attempt.finished_at)),
                        ("percent", format!("{:.0}", attempt.ratio() * 100.0)),
                    ],
                ))
                .strong(),
            );
            ui.small(
                text.t_args(
                    "records-attempt-facts",
                    &[
                        (
                            "seed",
                            attempt
                                .seed
                                .map_or_else(|| "—".to_owned(), |s| s.to_string()),
                        ),
                        ("seconds", (attempt.duration_ms / 1000).to_string()),
                        ("version", attempt.rules_version.clone()),
                    ],
                ),
            );
            if detail.other_version && detail.lines.is_some() {
                ui.colored_label(
                    egui::Color32::from_rgb(150, 90, 0),
                    text.t("records-other-version"),
                );
            }
            ui.separator();
            egui::ScrollArea::vertical()
                .max_height(480.0)
                .show(ui, |ui| match &detail.lines {
                    Some(lines) => {
                        for line in lines {
                            ui.label(line);
                        }
                    }
                    None => {
                        ui.colored_label(
                            egui::Color32::from_rgb(150, 90, 0),
                            text.t("records-not-replayable"),
                        );
                        for decision in &attempt.decisions {
                            ui.label(format!(
                                "{}. {} — {} ({})",
                                decision.seq,
                                text.t(&format!("verdict-{}", decision.verdict.name())),
                                decision.choice_text,
                                decision
                                    .rules
                                    .iter()
                                    .map(|r| r.as_str())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            ));
                        }
                    }
                });
            ui.separator();
            if ui.button(text.t("records-close")).clicked() {
                close = true;
            }
        });
    }
    if close {
        view.detail = None;
    }
}

/// The clinic's thresholds and the passcode.
fn settings(ui: &mut egui::Ui, text: &UiText, store: &RecordsStore, view: &mut RecordsView) {
    egui::CollapsingHeader::new(text.t("records-thresholds"))
        .id_salt("thresholds")
        .show(ui, |ui| {
            let mut competency = view.thresholds.competency * 100.0;
            let mut overall = view.thresholds.overall * 100.0;
            ui.add(
                egui::Slider::new(&mut competency, 50.0..=100.0)
                    .step_by(5.0)
                    .suffix("%")
                    .text(text.t("records-threshold-competency")),
            );
            ui.add(
                egui::Slider::new(&mut overall, 0.0..=100.0)
                    .step_by(5.0)
                    .suffix("%")
                    .text(text.t("records-threshold-overall")),
            );
            view.thresholds.competency = competency / 100.0;
            view.thresholds.overall = overall / 100.0;
            ui.checkbox(
                &mut view.thresholds.prohibited_fails,
                text.t("records-threshold-prohibited"),
            );
            ui.horizontal(|ui| {
                if ui.button(text.t("records-save-thresholds")).clicked() {
                    let thresholds = view.thresholds;
                    view.note = Some(match store.with(|r| r.set_thresholds(&thresholds)) {
                        Some(Ok(())) => (false, text.t("records-thresholds-saved")),
                        Some(Err(error)) => (true, text.records_error(&error)),
                        None => (true, text.t("home-records-unavailable")),
                    });
                }
                if ui.button(text.t("records-default-thresholds")).clicked() {
                    view.thresholds = Thresholds::default();
                }
            });
            ui.small(text.t("records-thresholds-note"));
        });
    egui::CollapsingHeader::new(text.t("records-change-passcode"))
        .id_salt("change-passcode")
        .show(ui, |ui| {
            if let Some(note) = new_passcode_form(ui, text, store, view) {
                view.note = Some(note);
            }
        });
}
