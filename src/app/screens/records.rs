//! Records, the manager's area behind a passcode (stored only as an Argon2 hash): every staff
//! member's readiness per competency as a colour-coded table, one member's history with a trend
//! plot, an attempt drilled down to its debrief (replayed from the recorded seed and choices),
//! the clinic's thresholds, and deleting a staff member. Locked again on leaving. It draws the
//! records flow's view and sends it requests; it touches no database itself.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use egui_plot::{HLine, Line, MarkerShape, Plot, Points};
use madoguchi_play::assessment::Thresholds;
use madoguchi_play::scenario::Competency;
use madoguchi_records::AttemptKind;
use madoguchi_records::export::local_time;
use madoguchi_rules::Name;
use madoguchi_rules::VariantArray;

use super::{Screen, cell, root_ui};
use crate::app::UiText;
use crate::app::lrs_flow::{LrsRequest, LrsView};
use crate::app::records_flow::{RecordsData, RecordsRequest};
use crate::app::staff::RecordsStore;
use crate::app::widgets;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<RecordsForm>();
    app.add_systems(OnEnter(Screen::Records), clear_form);
    app.add_systems(
        EguiPrimaryContextPass,
        draw_records.run_if(in_state(Screen::Records)),
    );
}

/// What the manager is typing, and the thresholds being edited.
#[derive(Resource, Default)]
struct RecordsForm {
    passcode: String,
    new_passcode: String,
    confirm: String,
    thresholds: Option<Thresholds>,
    confirm_delete: bool,
    lrs_endpoint: Option<String>,
    lrs_user: Option<String>,
    lrs_password: String,
}

fn clear_form(mut form: ResMut<RecordsForm>) {
    *form = RecordsForm::default();
}

fn draw_records(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    store: Res<RecordsStore>,
    data: Res<RecordsData>,
    mut form: ResMut<RecordsForm>,
    mut requests: MessageWriter<RecordsRequest>,
    lrs: Res<LrsView>,
    mut lrs_requests: MessageWriter<LrsRequest>,
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
            if data.unlocked
                && ui
                    .button(text.t("records-lock"))
                    .on_hover_text(text.t("records-lock-hint"))
                    .clicked()
            {
                requests.write(RecordsRequest::Lock);
            }
        });
    });
    let form = &mut *form;
    egui::CentralPanel::default().show(&mut root, |ui| {
        if let Some((error, note)) = &data.note {
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
        if !data.unlocked {
            gate(ui, &text, &data, form, &mut requests);
            return;
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                staff_table(ui, &text, &data, &mut requests);
                if let Some(id) = data.selected {
                    ui.separator();
                    history(ui, &text, &data, form, &mut requests, id);
                }
                ui.separator();
                group_store(ui, &text, &lrs, form, &mut lrs_requests);
                ui.separator();
                settings(ui, &text, &data, form, &mut requests);
            });
    });
    if data.detail.is_some() {
        attempt_modal(ctx, &text, &data, &mut requests);
    }
    Ok(())
}

/// The passcode: set the first one, or give it to unlock.
fn gate(
    ui: &mut egui::Ui,
    text: &UiText,
    data: &RecordsData,
    form: &mut RecordsForm,
    requests: &mut MessageWriter<RecordsRequest>,
) {
    ui.add_space(16.0);
    if data.has_passcode {
        ui.label(text.t("records-enter-passcode"));
        let field = ui.add(
            egui::TextEdit::singleline(&mut form.passcode)
                .password(true)
                .desired_width(240.0),
        );
        let submit = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(text.t("records-unlock")).clicked() || submit {
            requests.write(RecordsRequest::Unlock(std::mem::take(&mut form.passcode)));
        }
    } else {
        ui.label(text.t("records-first-passcode"));
        new_passcode_form(ui, text, form, requests);
    }
    ui.add_space(8.0);
    ui.small(text.t("records-passcode-privacy"));
}

/// Two fields and a button.
fn new_passcode_form(
    ui: &mut egui::Ui,
    text: &UiText,
    form: &mut RecordsForm,
    requests: &mut MessageWriter<RecordsRequest>,
) {
    egui::Grid::new("new-passcode")
        .num_columns(2)
        .show(ui, |ui| {
            ui.label(text.t("records-new-passcode"));
            ui.add(
                egui::TextEdit::singleline(&mut form.new_passcode)
                    .password(true)
                    .desired_width(240.0),
            );
            ui.end_row();
            ui.label(text.t("records-confirm-passcode"));
            ui.add(
                egui::TextEdit::singleline(&mut form.confirm)
                    .password(true)
                    .desired_width(240.0),
            );
            ui.end_row();
        });
    if ui.button(text.t("records-set-passcode")).clicked() {
        requests.write(RecordsRequest::SetPasscode {
            passcode: std::mem::take(&mut form.new_passcode),
            confirm: std::mem::take(&mut form.confirm),
        });
    }
}
/// The readiness of every staff member, per competency, coloured against the threshold.
fn staff_table(
    ui: &mut egui::Ui,
    text: &UiText,
    view: &RecordsData,
    requests: &mut MessageWriter<RecordsRequest>,
) {
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
                                .on_hover_text(local_time(latest.finished_at));
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
                                    score_cell(
                                        ui,
                                        egui::RichText::new(format!("{:.0}%", share * 100.0))
                                            .strong(),
                                        widgets::share_color(share, threshold),
                                    );
                                }
                                (None, Some(share)) => {
                                    score_cell(
                                        ui,
                                        egui::RichText::new(format!("({:.0}%)", share * 100.0))
                                            .italics(),
                                        widgets::share_color(share, threshold),
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
        requests.write(RecordsRequest::Select(id));
    }
}

/// A table cell filled with a light tint of its colour, its text in the colour itself: the
/// colour carries the meaning in the fill as well as the text (and the number stays).
fn score_cell(ui: &mut egui::Ui, value: egui::RichText, color: egui::Color32) -> egui::Response {
    let tint = egui::Color32::from_rgb(
        u8::try_from(255 - (255 - u16::from(color.r())) * 22 / 100).unwrap_or(255),
        u8::try_from(255 - (255 - u16::from(color.g())) * 22 / 100).unwrap_or(255),
        u8::try_from(255 - (255 - u16::from(color.b())) * 22 / 100).unwrap_or(255),
    );
    egui::Frame::new()
        .fill(tint)
        .corner_radius(egui::CornerRadius::same(3))
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| ui.label(value.color(color)))
        .inner
}

/// One staff member: the trend, the attempts, deleting.
fn history(
    ui: &mut egui::Ui,
    text: &UiText,
    view: &RecordsData,
    form: &mut RecordsForm,
    requests: &mut MessageWriter<RecordsRequest>,
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
    let attempts = summary.trend.len().max(1) as f64;
    let practice_color = egui::Color32::from_rgb(40, 100, 190);
    let assessment_color = egui::Color32::from_rgb(190, 90, 20);
    let pass_color = egui::Color32::from_rgb(20, 120, 50);
    // The legend above the plot, never over a point; the pass line named in it.
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            practice_color,
            format!("● {}", text.t("records-plot-practice")),
        );
        ui.colored_label(
            assessment_color,
            format!("◆ {}", text.t("records-plot-assessment")),
        );
        ui.colored_label(
            pass_color,
            format!(
                "━ {}",
                text.t_args(
                    "records-plot-threshold-label",
                    &[("percent", format!("{threshold:.0}"))],
                )
            ),
        );
    });
    // The x axis runs from the first attempt to the last, the y axis from 0 to 100%.
    Plot::new(("trend", id))
        .height(200.0)
        .default_x_bounds(0.5, attempts + 0.5)
        .default_y_bounds(0.0, 105.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .x_axis_label(text.t("records-plot-x"))
        .y_axis_label(text.t("records-plot-y"))
        .show(ui, |plot| {
            plot.hline(
                HLine::new(text.t("records-plot-threshold"), threshold)
                    .color(pass_color)
                    .width(2.0),
            );
            plot.line(
                Line::new(text.t("records-plot-all"), all)
                    .color(egui::Color32::from_gray(150))
                    .width(1.0),
            );
            plot.points(
                Points::new(text.t("records-plot-practice"), practice)
                    .radius(3.5)
                    .color(practice_color),
            );
            plot.points(
                Points::new(text.t("records-plot-assessment"), assessment)
                    .radius(5.0)
                    .shape(MarkerShape::Diamond)
                    .color(assessment_color),
            );
        });

    ui.label(egui::RichText::new(text.t("records-attempts")).strong());
    if view.attempts.is_empty() {
        ui.label(text.t("records-no-attempts"));
    }
    let mut open = None;
    // One row per attempt, each as tall as its longest cell (a wrapped title never runs into
    // the next row).
    for (attempt, title) in &view.attempts {
        ui.horizontal_top(|ui| {
            cell(ui, 140.0, |ui| ui.label(local_time(attempt.finished_at)));
            cell(ui, 90.0, |ui| {
                ui.label(text.t(match attempt.kind {
                    AttemptKind::Practice => "report-practice",
                    AttemptKind::Assessment => "report-in-assessment",
                }))
            });
            cell(ui, 360.0, |ui| ui.label(title));
            cell(ui, 50.0, |ui| {
                ui.label(
                    egui::RichText::new(format!("{:.0}%", attempt.ratio() * 100.0)).color(
                        widgets::share_color(attempt.ratio(), view.thresholds.competency),
                    ),
                )
            });
            cell(ui, 110.0, |ui| {
                if attempt.prohibited > 0 {
                    ui.colored_label(
                        widgets::verdict_color(madoguchi_rules::Verdict::Prohibited),
                        text.t_args(
                            "records-prohibited",
                            &[("count", attempt.prohibited.to_string())],
                        ),
                    );
                }
            });
            if ui.button(text.t("records-open-attempt")).clicked() {
                open = Some(attempt.id);
            }
        });
        ui.separator();
    }
    if let Some(attempt_id) = open {
        requests.write(RecordsRequest::OpenAttempt(attempt_id));
    }

    ui.add_space(8.0);
    if form.confirm_delete {
        ui.colored_label(
            egui::Color32::from_rgb(170, 20, 20),
            text.t_args(
                "records-delete-confirm",
                &[("name", summary.staff.name.clone())],
            ),
        );
        ui.horizontal(|ui| {
            if ui.button(text.t("records-delete-yes")).clicked() {
                requests.write(RecordsRequest::DeleteStaff(id));
                form.confirm_delete = false;
            }
            if ui.button(text.t("records-delete-no")).clicked() {
                form.confirm_delete = false;
            }
        });
    } else if ui.button(text.t("records-delete")).clicked() {
        form.confirm_delete = true;
    }
}

fn attempt_modal(
    ctx: &egui::Context,
    text: &UiText,
    view: &RecordsData,
    requests: &mut MessageWriter<RecordsRequest>,
) {
    let mut close = false;
    if let Some(detail) = &view.detail {
        let attempt = &detail.attempt;
        egui::Modal::new(egui::Id::new("attempt-detail")).show(ctx, |ui| {
            ui.set_width(760.0);
            ui.heading(&detail.title);
            ui.label(
                egui::RichText::new(text.t_args(
                    "records-attempt-heading",
                    &[
                        ("when", local_time(attempt.finished_at)),
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
        requests.write(RecordsRequest::CloseAttempt);
    }
}

/// The clinic's thresholds and the passcode.
fn settings(
    ui: &mut egui::Ui,
    text: &UiText,
    view: &RecordsData,
    form: &mut RecordsForm,
    requests: &mut MessageWriter<RecordsRequest>,
) {
    egui::CollapsingHeader::new(text.t("records-thresholds"))
        .id_salt("thresholds")
        .show(ui, |ui| {
            let thresholds = form.thresholds.get_or_insert(view.thresholds);
            let mut competency = thresholds.competency * 100.0;
            let mut overall = thresholds.overall * 100.0;
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
            thresholds.competency = competency / 100.0;
            thresholds.overall = overall / 100.0;
            ui.checkbox(
                &mut thresholds.prohibited_fails,
                text.t("records-threshold-prohibited"),
            );
            ui.horizontal(|ui| {
                if ui.button(text.t("records-save-thresholds")).clicked() {
                    requests.write(RecordsRequest::SaveThresholds(*thresholds));
                }
                if ui.button(text.t("records-default-thresholds")).clicked() {
                    *thresholds = Thresholds::default();
                }
            });
            ui.small(text.t("records-thresholds-note"));
        });
    egui::CollapsingHeader::new(text.t("records-change-passcode"))
        .id_salt("change-passcode")
        .show(ui, |ui| {
            new_passcode_form(ui, text, form, requests);
        });
}

/// The outbox in one line: how many statements wait, when the last was confirmed, the last
/// error.
pub fn lrs_status_line(text: &UiText, view: &LrsView) -> Option<(bool, String)> {
    let endpoint = view.endpoint.as_ref()?;
    let status = view.status.as_ref()?;
    let last = status
        .last_sent
        .map(local_time)
        .unwrap_or_else(|| text.t("lrs-never"));
    let mut line = text.t_args(
        "lrs-status",
        &[
            ("url", endpoint.clone()),
            ("waiting", status.waiting.to_string()),
            ("sent", status.sent.to_string()),
            ("last", last),
        ],
    );
    if let Some(error) = &status.last_error {
        line.push_str(&text.t_args("lrs-status-error", &[("reason", error.clone())]));
    }
    Some((status.last_error.is_some(), line))
}

/// The clinic group's learning record store: where records go, how the outbox stands, and
/// every installation's readiness read back.
fn group_store(
    ui: &mut egui::Ui,
    text: &UiText,
    view: &LrsView,
    form: &mut RecordsForm,
    requests: &mut MessageWriter<LrsRequest>,
) {
    ui.label(egui::RichText::new(text.t("lrs-title")).strong().size(18.0));
    match lrs_status_line(text, view) {
        Some((error, line)) => {
            let color = if error {
                egui::Color32::from_rgb(170, 20, 20)
            } else {
                ui.visuals().text_color()
            };
            ui.colored_label(color, line);
        }
        None => {
            ui.label(text.t("lrs-not-set-up"));
        }
    }
    if let Some((error, note)) = &view.note {
        let color = if *error {
            egui::Color32::from_rgb(170, 20, 20)
        } else {
            egui::Color32::from_rgb(20, 120, 50)
        };
        ui.colored_label(color, note);
    }
    ui.horizontal(|ui| {
        ui.add_enabled_ui(view.endpoint.is_some() && !view.busy, |ui| {
            if ui.button(text.t("lrs-sync-now")).clicked() {
                requests.write(LrsRequest::SyncNow);
            }
            if ui.button(text.t("lrs-load-group")).clicked() {
                requests.write(LrsRequest::LoadGroup);
            }
        });
        if view.busy {
            ui.spinner();
            ui.label(text.t("lrs-busy"));
        }
    });
    egui::CollapsingHeader::new(text.t("lrs-settings"))
        .id_salt("lrs-settings")
        .show(ui, |ui| {
            let endpoint = form
                .lrs_endpoint
                .get_or_insert_with(|| view.endpoint.clone().unwrap_or_default());
            egui::Grid::new("lrs-form").num_columns(2).show(ui, |ui| {
                ui.label(text.t("lrs-endpoint"));
                ui.add(egui::TextEdit::singleline(endpoint).desired_width(360.0));
                ui.end_row();
                let user = form
                    .lrs_user
                    .get_or_insert_with(|| view.user.clone().unwrap_or_default());
                ui.label(text.t("lrs-user"));
                ui.add(egui::TextEdit::singleline(user).desired_width(200.0));
                ui.end_row();
                ui.label(text.t("lrs-password"));
                ui.add(
                    egui::TextEdit::singleline(&mut form.lrs_password)
                        .password(true)
                        .desired_width(200.0),
                );
                ui.end_row();
            });
            if view.has_password {
                ui.small(text.t("lrs-password-known"));
            }
            ui.small(text.t("lrs-password-note"));
            if ui.button(text.t("lrs-connect")).clicked() {
                requests.write(LrsRequest::Connect {
                    endpoint: form.lrs_endpoint.clone().unwrap_or_default(),
                    user: form.lrs_user.clone().unwrap_or_default(),
                    password: std::mem::take(&mut form.lrs_password),
                });
            }
        });
    if let Some(members) = &view.group {
        ui.label(
            egui::RichText::new(
                text.t_args("lrs-group-title", &[("count", members.len().to_string())]),
            )
            .strong(),
        );
        egui::Grid::new("lrs-group")
            .striped(true)
            .spacing(egui::vec2(10.0, 4.0))
            .show(ui, |ui| {
                for key in [
                    "records-col-staff",
                    "lrs-col-installation",
                    "records-col-latest",
                    "lrs-col-assessments",
                    "lrs-col-when",
                ] {
                    ui.label(egui::RichText::new(text.t(key)).strong());
                }
                ui.end_row();
                for member in members {
                    ui.label(&member.name);
                    let short: String = member
                        .installation
                        .rsplit('/')
                        .next()
                        .unwrap_or_default()
                        .chars()
                        .take(8)
                        .collect();
                    ui.label(short).on_hover_text(&member.installation);
                    let (key, color) = if member.passed {
                        ("report-passed", egui::Color32::from_rgb(20, 120, 50))
                    } else {
                        ("report-failed", egui::Color32::from_rgb(190, 40, 30))
                    };
                    ui.colored_label(
                        color,
                        format!("{} {:.0}%", text.t(key), member.overall * 100.0),
                    );
                    ui.label(member.assessments.to_string());
                    ui.label(member.at.map(local_time).unwrap_or_default());
                    ui.end_row();
                }
            });
    }
}
