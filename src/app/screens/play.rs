//! Play: the patient and what they say, the documents on the counter, the card reader and the
//! eligibility terminal, the visit date and time, the choices (clickable, and on number keys),
//! and — in practice mode — the verdict after each decision with its rule and source.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_content::i18n::format_date;
use madoguchi_content::present::Presenter;
use madoguchi_play::scenario::DeviceEvent;
use madoguchi_play::session::{Mode, Outcome};
use madoguchi_rules::Judgment;
use madoguchi_rules::Name;
use madoguchi_rules::dates;

use super::{Screen, root_ui};
use crate::app::UiText;
use crate::app::adapter::{ChoiceMade, Play, StartScenario};
use crate::app::assessment::AssessmentRun;
use crate::app::keys::{GoOn, KeysTaken};
use crate::app::leave::LeaveRequest;
use crate::app::packs::Packs;
use crate::app::widgets::{self, devices, documents, portrait};
use crate::library;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<PlayView>();
    app.add_systems(OnEnter(Screen::Play), reset_view);
    app.add_systems(
        EguiPrimaryContextPass,
        draw_play.run_if(in_state(Screen::Play).and_then(resource_exists::<Play>)),
    );
}

/// What the Play screen keeps between frames.
#[derive(Resource, Default)]
pub struct PlayView {
    /// The document shown full size, by index.
    pub zoomed: Option<usize>,
}

fn reset_view(mut view: ResMut<PlayView>) {
    *view = PlayView::default();
}

fn feedback(ui: &mut egui::Ui, judgment: &Judgment, presenter: &Presenter<'_>) {
    let color = widgets::verdict_color(judgment.verdict);
    egui::Frame::new()
        .stroke(egui::Stroke::new(2.0, color))
        .fill(egui::Color32::from_rgba_unmultiplied(
            color.r(),
            color.g(),
            color.b(),
            18,
        ))
        .corner_radius(egui::CornerRadius::same(6))
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| {
            ui.set_min_width(ui.available_width());
            let verdict = judgment.verdict.name();
            ui.label(
                egui::RichText::new(format!(
                    "{} — {}",
                    presenter.t(&format!("verdict-{verdict}")),
                    presenter.t(&judgment.action.message_id())
                ))
                .strong()
                .color(color)
                .size(18.0),
            );
            // 「正しくは」 only when the answer was not right.
            if judgment.verdict != madoguchi_rules::Verdict::Right
                && let Some(expected) = &judgment.expected
            {
                ui.label(presenter.labelled(
                    &presenter.t("present-right-answer"),
                    &presenter.expected(expected),
                ));
            }
            // The rules in full: the counter area scrolls, the feedback does not hide a rule.
            for rule in judgment.rules.iter() {
                widgets::rule_card(ui, rule, presenter);
            }
        });
}

fn log_entry(ui: &mut egui::Ui, outcome: &Outcome, presenter: &Presenter<'_>) {
    match outcome {
        Outcome::Line(id) => {
            egui::Frame::new()
                .fill(egui::Color32::from_rgb(255, 255, 255))
                .stroke(egui::Stroke::new(
                    1.0,
                    egui::Color32::from_rgb(200, 205, 215),
                ))
                .corner_radius(egui::CornerRadius::same(8))
                .inner_margin(egui::Margin::same(6))
                .show(ui, |ui| {
                    ui.label(presenter.line(id));
                });
        }
        Outcome::Said(id) => {
            egui::Frame::new()
                .fill(egui::Color32::from_rgb(222, 238, 255))
                .corner_radius(egui::CornerRadius::same(8))
                .inner_margin(egui::Margin::same(6))
                .outer_margin(egui::Margin {
                    left: 36,
                    ..egui::Margin::ZERO
                })
                .show(ui, |ui| {
                    ui.label(presenter.line(id));
                });
        }
        Outcome::Judged(judgment) => {
            let verdict = judgment.verdict.name();
            ui.label(
                egui::RichText::new(presenter.t(&format!("verdict-{verdict}")))
                    .color(widgets::verdict_color(judgment.verdict))
                    .small(),
            );
        }
        Outcome::Device(DeviceEvent::Terminal(_)) => {
            ui.small(egui::RichText::new(presenter.t("play-terminal-updated")).italics());
        }
        other => {
            for line in presenter.outcome(other) {
                ui.small(egui::RichText::new(line).italics());
            }
        }
    }
}

fn draw_play(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    play: Res<Play>,
    assessment: Option<Res<AssessmentRun>>,
    mut view: ResMut<PlayView>,
    mut choose: MessageWriter<ChoiceMade>,
    mut go_on: MessageWriter<GoOn>,
    mut next: ResMut<NextState<Screen>>,
    mut leave_request: MessageWriter<LeaveRequest>,
    mut taken: ResMut<KeysTaken>,
    packs: Res<Packs>,
    mut start: MessageWriter<StartScenario>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let policy = library::policy();
    let session = &play.session;
    let scenario = session.scenario().clone();
    let situation = session.situation().clone();
    let presenter = Presenter {
        texts: &play.texts,
        lang: text.lang,
        policy: &policy,
        scenario: &scenario,
        situation: &situation,
    };
    let cast = &scenario.def().cast;
    let age = dates::age_on(situation.patient.birth_date, situation.date);
    // The face a card's photo shows: the patient's.
    let face = portrait::Face {
        sex: cast.sex,
        age,
        look: portrait::look_of(&cast.name),
    };
    let mut root = root_ui(ctx, "play");

    let mut second_row: Option<(String, String)> = None;
    egui::Panel::top("play-top").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            let (leave, hint) = if assessment.is_some() {
                ("play-leave-assessment", "play-leave-assessment-hint")
            } else if play.draft {
                ("studio-back", "studio-trying")
            } else {
                ("play-pause", "play-pause-hint")
            };
            if ui
                .button(text.t(leave))
                .on_hover_text(text.t(hint))
                .clicked()
            {
                if assessment.is_some() || play.draft {
                    // Abandoning an assessment is asked first (it is not recorded); a draft
                    // goes back to the studio.
                    leave_request.write(LeaveRequest::Back);
                } else {
                    next.set(Screen::Home);
                }
            }
            let mode = match (session.mode(), assessment.as_deref()) {
                (Mode::Assessment, Some(run)) => {
                    // The scenario on screen: once it ends it is already among those played.
                    let (number, total) = run.run.progress();
                    let number = if session.ended().is_some() {
                        run.run.played.len().max(1)
                    } else {
                        number
                    };
                    text.t_args(
                        "play-assessment-progress",
                        &[("number", number.to_string()), ("total", total.to_string())],
                    )
                }
                (Mode::Practice, _) => text.t("play-mode-practice"),
                (Mode::Assessment, None) => text.t("play-mode-assessment"),
            };
            let when = text.t_args(
                "play-when",
                &[
                    ("date", format_date(text.lang, situation.date)),
                    ("time", cast.time.clone()),
                ],
            );
            // The date and the mode keep their room on the right; a long title is cut short
            // (in full on hover) rather than drawn under them. Where even a short title would
            // not fit beside them, they go on a second row.
            let measure = |text: &str, size: f32| {
                ui.painter()
                    .layout_no_wrap(
                        text.to_owned(),
                        egui::FontId::proportional(size),
                        egui::Color32::BLACK,
                    )
                    .size()
                    .x
            };
            let small = ui.style().text_styles[&egui::TextStyle::Small].size;
            let right = measure(&when, 20.0) + measure(&mode, small) + 40.0;
            let title = presenter.title();
            let stacked = ui.available_width() - right < 200.0;
            let title_width = if stacked {
                ui.available_width()
            } else {
                ui.available_width() - right
            };
            ui.allocate_ui_with_layout(
                egui::vec2(title_width, ui.available_height()),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.add(egui::Label::new(egui::RichText::new(&title).heading()).truncate())
                        .on_hover_text(&title);
                },
            );
            if stacked {
                second_row = Some((when, mode));
            } else {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(egui::RichText::new(mode).small());
                    ui.label(egui::RichText::new(when).size(20.0).strong());
                });
            }
        });
        if let Some((when, mode)) = second_row.take() {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(when).size(20.0).strong());
                ui.label(egui::RichText::new(mode).small());
            });
        }
        // A draft tried from the studio keeps its findings in view.
        if play.draft && !play.draft_findings.is_empty() {
            egui::CollapsingHeader::new(
                egui::RichText::new(text.t_args(
                    "play-draft-findings",
                    &[("count", play.draft_findings.len().to_string())],
                ))
                .color(egui::Color32::from_rgb(170, 20, 20)),
            )
            .id_salt("draft-findings")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .max_height(120.0)
                    .show(ui, |ui| {
                        for finding in &play.draft_findings {
                            ui.small(finding);
                        }
                    });
            });
        }
        // The trainer saved a change to this scenario: offer the new version (never in an
        // assessment, whose scenario stays as drawn).
        if play.changed_on_disk && assessment.is_none() {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(
                    egui::Color32::from_rgb(150, 90, 0),
                    text.t("play-file-changed"),
                );
                if let Some(pack) = packs.index_of_label(&play.pack_label)
                    && ui.button(text.t("play-file-restart")).clicked()
                {
                    start.write(StartScenario {
                        pack,
                        scenario: scenario.id().to_owned(),
                        seed: session.seed(),
                        mode: session.mode(),
                    });
                }
            });
        }
    });

    let layout = widgets::columns(ctx.content_rect().width());
    let choices_height = ctx.content_rect().height() * widgets::CHOICES_SHARE;
    let views = presenter.documents();
    let patient = |ui: &mut egui::Ui, compact: bool| {
        let width = ui.available_width();
        let (portrait_size, log_height) = if compact {
            (egui::vec2(width.min(220.0), 120.0), 140.0)
        } else {
            (egui::vec2(width, (width * 0.62).min(240.0)), f32::INFINITY)
        };
        portrait::draw(
            ui,
            portrait::Sitter::of(cast, age, session.patient_here()),
            portrait_size,
        );
        ui.label(
            egui::RichText::new(text.t_args(
                "play-patient",
                &[("name", cast.name.clone()), ("age", age.to_string())],
            ))
            .strong(),
        );
        ui.small(&cast.kana);
        if cast.companion != madoguchi_play::scenario::Companion::None {
            ui.small(text.t(&format!("companion-{}", cast.companion.name())));
        }
        if cast.absent {
            ui.small(text.t("play-patient-absent"));
        } else if !session.patient_here() {
            ui.small(text.t("play-patient-away"));
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("conversation")
            .max_height(log_height)
            .stick_to_bottom(true)
            .show(ui, |ui| {
                for outcome in &play.log {
                    log_entry(ui, outcome, &presenter);
                }
            });
    };
    let device_views = |ui: &mut egui::Ui| {
        devices::reader(ui, &session.devices().screen, &presenter, false);
        ui.add_space(8.0);
        devices::terminal(ui, session.devices().terminal.as_ref(), &presenter);
    };
    let mut zoom = None;
    let mut counter = |ui: &mut egui::Ui| {
        ui.label(egui::RichText::new(text.t("play-counter")).strong());
        let t = |id: &str| presenter.t(id);
        let width = (ui.available_width() - 8.0).clamp(180.0, 260.0);
        ui.horizontal_wrapped(|ui| {
            if views.is_empty() {
                ui.label(text.t("play-counter-empty"));
            }
            for (i, document) in views.iter().enumerate() {
                if documents::draw(ui, document, width, &t, Some(face))
                    .on_hover_text(text.t("play-zoom-hint"))
                    .clicked()
                {
                    zoom = Some(i);
                }
            }
        });
    };
    // The decision: the choices (or the way on once it has ended), in an area of its own at the
    // bottom that never scrolls away.
    // A zoomed document takes the keys (the keys module reads them).
    taken.0 = view.zoomed.is_some();
    let decision = |ui: &mut egui::Ui| {
        if let Some(ending) = session.ended() {
            ui.label(egui::RichText::new(text.t(&format!("ending-{}", ending.name()))).size(18.0));
            if let Some(Err(message)) = &play.recorded {
                ui.colored_label(egui::Color32::from_rgb(170, 20, 20), message);
            }
            match assessment.as_deref() {
                // In an assessment the debrief waits for the end; the next scenario comes.
                Some(run) if session.mode() == Mode::Assessment => {
                    if !run.is_complete()
                        && (ui
                            .add(
                                egui::Button::new(text.t("play-next-assessment"))
                                    .min_size(egui::vec2(260.0, 40.0)),
                            )
                            .clicked())
                    {
                        go_on.write(GoOn);
                    }
                }
                _ => {
                    if ui
                        .add(
                            egui::Button::new(text.t("play-to-debrief"))
                                .min_size(egui::vec2(220.0, 40.0)),
                        )
                        .clicked()
                    {
                        go_on.write(GoOn);
                    }
                }
            }
        } else {
            ui.label(egui::RichText::new(text.t("play-your-move")).strong());
            let choices = session.choices();
            egui::ScrollArea::vertical()
                .id_salt("choices")
                // As tall as the options need, up to its share of the window; then it scrolls.
                .max_height(choices_height - 40.0)
                .min_scrolled_height(choices_height - 40.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for (i, choice) in choices.iter().enumerate() {
                        let label = format!("{}. {}", i + 1, presenter.line(&choice.text));
                        let button = egui::Button::new(egui::RichText::new(label).size(16.0))
                            .wrap()
                            .min_size(egui::vec2(ui.available_width(), 36.0));
                        if ui.add(button).clicked() {
                            choose.write(ChoiceMade { index: i });
                        }
                    }
                });
        }
    };
    let feedback_here = |ui: &mut egui::Ui| {
        if session.mode() == Mode::Practice
            && let Some(judgment) = &play.feedback
        {
            feedback(ui, judgment, &presenter);
            ui.add_space(6.0);
        }
    };
    match layout {
        widgets::Columns::Three { left, right } => {
            egui::Panel::left("play-patient")
                .exact_size(left)
                .show(&mut root, |ui| patient(ui, false));
            egui::Panel::right("play-devices")
                .exact_size(right)
                .show(&mut root, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("devices")
                        .show(ui, device_views);
                });
        }
        widgets::Columns::Two { left } => {
            egui::Panel::left("play-patient")
                .exact_size(left)
                .show(&mut root, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("patient-devices")
                        .show(ui, |ui| {
                            patient(ui, true);
                            ui.separator();
                            device_views(ui);
                        });
                });
        }
        widgets::Columns::One => {}
    }
    egui::CentralPanel::default().show(&mut root, |ui| {
        egui::Panel::bottom("play-decision")
            .resizable(false)
            .max_size(choices_height)
            .show(ui, decision);
        egui::ScrollArea::vertical()
            .id_salt("counter-area")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if layout == widgets::Columns::One {
                    // The verdict first: on a small window it is what was just asked for.
                    feedback_here(ui);
                    patient(ui, true);
                    ui.separator();
                    counter(ui);
                    ui.separator();
                    device_views(ui);
                } else {
                    counter(ui);
                    ui.separator();
                    feedback_here(ui);
                }
            });
    });
    if zoom.is_some() {
        view.zoomed = zoom;
    }

    if let Some(i) = view.zoomed
        && let Some(document) = views.get(i)
    {
        let t = |id: &str| presenter.t(id);
        let modal = egui::Modal::new(egui::Id::new("document-zoom")).show(ctx, |ui| {
            documents::draw(ui, document, 560.0, &t, Some(face));
            ui.add_space(6.0);
            if ui.button(text.t("play-close")).clicked() {
                view.zoomed = None;
            }
        });
        if modal.should_close() {
            view.zoomed = None;
        }
    }
    Ok(())
}
