//! The window (窓口モード): the patient and what was said on the left; the counter with the
//! documents handed over, the card reader (its two large buttons 顔認証 / 暗証番号 as on the
//! real ones) and the eligibility terminal in the middle; on the right the object being acted
//! on and every act it offers, grouped, in a fixed order. Click an object (or press Tab), then
//! an act (or its number key). It draws the window flow's resource and sends it messages.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_content::i18n::format_date;
use madoguchi_content::present::Presenter;
use madoguchi_play::free::{Act, Event, Object, acts_of};
use madoguchi_play::scenario::DeviceEvent;
use madoguchi_play::session::Mode;
use madoguchi_rules::{Action, dates};

use super::{Screen, root_ui};
use crate::app::UiText;
use crate::app::assessment::AssessmentRun;
use crate::app::keys::{GoOn, KeysTaken};
use crate::app::leave::LeaveRequest;
use crate::app::widgets::{self, devices, documents, portrait};
use crate::app::window_flow::{Window, WindowAct, WindowSelect};
use crate::library;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<WindowView>();
    app.add_systems(OnEnter(Screen::Window), |mut view: ResMut<WindowView>| {
        *view = WindowView::default();
    });
    app.add_systems(
        EguiPrimaryContextPass,
        draw_window.run_if(in_state(Screen::Window).and_then(resource_exists::<Window>)),
    );
}

/// What the screen keeps between frames.
#[derive(Resource, Default)]
pub struct WindowView {
    /// The document shown full size.
    pub zoomed: Option<madoguchi_rules::DocumentKind>,
}

const NUMBERED: usize = 10;

fn bubble(ui: &mut egui::Ui, text: String, staff: bool) {
    let (fill, margin) = if staff {
        (egui::Color32::from_rgb(222, 238, 255), 36)
    } else {
        (egui::Color32::WHITE, 0)
    };
    egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(
            1.0,
            egui::Color32::from_rgb(200, 205, 215),
        ))
        .corner_radius(egui::CornerRadius::same(8))
        .inner_margin(egui::Margin::same(6))
        .outer_margin(egui::Margin {
            left: margin,
            ..egui::Margin::ZERO
        })
        .show(ui, |ui| {
            ui.label(text);
        });
}

fn log_entry(ui: &mut egui::Ui, event: &Event, presenter: &Presenter<'_>) {
    match event {
        Event::Did(act) => bubble(ui, presenter.act_said(*act), true),
        Event::Patient(line) => bubble(ui, presenter.patient_line(*line), false),
        Event::Device(DeviceEvent::Reader(screen)) => {
            ui.small(format!(
                "［{}］{}",
                presenter.reader_title(),
                presenter.reader(screen)
            ));
        }
        Event::Device(DeviceEvent::Terminal(_)) => {
            ui.small(format!("［{}］", presenter.t("terminal-title")));
        }
        Event::Examined(_) => {}
        Event::Consequence(consequence) => {
            ui.colored_label(
                egui::Color32::from_rgb(160, 60, 20),
                presenter.consequence(*consequence),
            );
        }
        Event::Ended(end) => {
            ui.label(
                egui::RichText::new(presenter.t(&madoguchi_content::present_free::end_id(*end)))
                    .strong(),
            );
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_window(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    window: Res<Window>,
    assessment: Option<Res<AssessmentRun>>,
    mut view: ResMut<WindowView>,
    mut acts: MessageWriter<WindowAct>,
    mut select: MessageWriter<WindowSelect>,
    mut go_on: MessageWriter<GoOn>,
    mut leave_request: MessageWriter<LeaveRequest>,
    mut taken: ResMut<KeysTaken>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let policy = library::policy();
    let play = &window.play;
    let scenario = play.scenario().clone();
    let situation = play.situation().clone();
    let presenter = Presenter {
        texts: &window.texts,
        lang: text.lang,
        policy: &policy,
        scenario: &scenario,
        situation: &situation,
    };
    let cast = &scenario.def().cast;
    // The face a card's photo shows: the patient's.
    let face = portrait::Face {
        sex: cast.sex,
        age: dates::age_on(situation.patient.birth_date, situation.date),
        look: portrait::look_of(&cast.name),
    };
    let world = play.world();
    let mut root = root_ui(ctx, "window");

    let mut second_row: Option<(String, String)> = None;
    egui::Panel::top("window-top").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            let leave = if assessment.is_some() {
                "play-leave-assessment"
            } else if window.draft {
                // Esc (and this) go back to the studio for a draft.
                "studio-back"
            } else {
                "nav-home"
            };
            if ui.button(text.t(leave)).clicked() {
                // Leaving a patient in progress (or an assessment) is asked first.
                leave_request.write(LeaveRequest::Back);
            }
            ui.heading(text.t("free-mode-title"));
            if window.patients > 1 {
                ui.label(text.t_args(
                    "window-patient-of",
                    &[
                        ("number", window.patient_number().max(1).to_string()),
                        ("count", window.patients.to_string()),
                    ],
                ));
            }
            if let Some(run) = assessment.as_deref() {
                let (number, total) = run.run.progress();
                ui.label(text.t_args(
                    "play-assessment-progress",
                    &[("number", number.to_string()), ("total", total.to_string())],
                ));
            }
            let clock = text.t_args(
                "window-clock",
                &[
                    ("minutes", (world.clock_s / 60).to_string()),
                    ("seconds", format!("{:02}", world.clock_s % 60)),
                ],
            );
            let when = text.t_args(
                "play-when",
                &[
                    ("date", format_date(text.lang, situation.date)),
                    ("time", cast.time.clone()),
                ],
            );
            let measure = |text: &str| {
                ui.painter()
                    .layout_no_wrap(
                        text.to_owned(),
                        egui::FontId::proportional(18.0),
                        egui::Color32::BLACK,
                    )
                    .size()
                    .x
            };
            // Beside the title when they fit, else on a row of their own.
            if ui.available_width() >= measure(&clock) + measure(&when) + 40.0 {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.add_space(12.0);
                    ui.label(egui::RichText::new(&clock).size(18.0));
                    ui.label(egui::RichText::new(&when).size(18.0).strong());
                });
            } else {
                second_row = Some((when, clock));
            }
        });
        if let Some((when, clock)) = second_row.take() {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(when).size(18.0).strong());
                ui.label(egui::RichText::new(clock).size(18.0));
            });
        }
        ui.small(text.t("free-mode-hint"));
    });

    let layout = widgets::columns(ctx.content_rect().width());
    let acts_height = ctx.content_rect().height() * widgets::CHOICES_SHARE;
    // What the areas below ask for, gathered and sent once drawn (they share the writers).
    let selected: std::cell::Cell<Option<Object>> = std::cell::Cell::new(None);
    let acted: std::cell::Cell<Option<Act>> = std::cell::Cell::new(None);
    let zoom_to: std::cell::Cell<Option<madoguchi_rules::DocumentKind>> =
        std::cell::Cell::new(None);
    // A zoomed document takes the keys (the keys module reads them).
    taken.0 = view.zoomed.is_some();

    // The patient and the conversation.
    let patient = |ui: &mut egui::Ui, compact: bool| {
        let age = dates::age_on(situation.patient.birth_date, situation.date);
        let width = ui.available_width();
        let (size, log_height) = if compact {
            (egui::vec2(width.min(220.0), 120.0), 160.0)
        } else {
            (egui::vec2(width, (width * 0.6).min(230.0)), f32::INFINITY)
        };
        let response = portrait::draw(ui, portrait::Sitter::of(cast, age, true), size);
        if response.interact(egui::Sense::click()).clicked() {
            selected.set(Some(Object::Patient));
        }
        for line in presenter.arrival() {
            ui.label(egui::RichText::new(line).strong());
        }
        ui.separator();
        egui::ScrollArea::vertical()
            .id_salt("window-conversation")
            .max_height(log_height)
            .stick_to_bottom(true)
            .show(ui, |ui| {
                for event in &window.log {
                    log_entry(ui, event, &presenter);
                }
            });
    };

    // The object acted on, and its acts.
    // In the bottom area (narrow layouts) the acts take at most their share of the height.
    let mut acts_area = |ui: &mut egui::Ui, bottom: bool| {
        let objects = play.objects();
        ui.label(egui::RichText::new(text.t("window-objects")).strong());
        ui.horizontal_wrapped(|ui| {
            for object in &objects {
                if ui
                    .selectable_label(window.selected == *object, presenter.object_label(*object))
                    .clicked()
                {
                    selected.set(Some(*object));
                }
            }
        });
        ui.separator();
        if let Some(refusal) = window.refusal {
            ui.colored_label(
                egui::Color32::from_rgb(170, 90, 0),
                presenter.refusal(refusal),
            );
        }
        if play.ended().is_some() {
            ended_panel(ui, &text, &window, assessment.as_deref(), &mut go_on);
            return;
        }
        let groups = acts_of(window.selected);
        let mut number = 0;
        egui::ScrollArea::vertical()
            .id_salt("window-acts")
            // As tall as the acts need, up to its share of the window (in the bottom area).
            .max_height(if bottom { acts_height } else { f32::INFINITY })
            .min_scrolled_height(if bottom {
                (acts_height - 120.0).max(90.0)
            } else {
                64.0
            })
            .auto_shrink([false, true])
            .show(ui, |ui| {
                for (intent, list) in &groups {
                    if groups.len() > 1 {
                        ui.label(
                            egui::RichText::new(presenter.intent_label(*intent))
                                .small()
                                .strong(),
                        );
                    }
                    for act in list {
                        number += 1;
                        let label = if number <= NUMBERED {
                            format!("{}. {}", number % 10, presenter.act_label(*act))
                        } else {
                            presenter.act_label(*act)
                        };
                        let button = egui::Button::new(egui::RichText::new(label).size(15.0))
                            .wrap()
                            .min_size(egui::vec2(ui.available_width(), 30.0));
                        if ui.add(button).clicked() {
                            acted.set(Some(*act));
                        }
                    }
                }
            });
    };

    // The counter, the reader and the terminal.
    let views = presenter.documents();
    let counter = |ui: &mut egui::Ui| {
        ui.label(egui::RichText::new(text.t("play-counter")).strong());
        let t = |id: &str| presenter.t(id);
        let width = (ui.available_width() - 8.0).clamp(180.0, 240.0);
        ui.horizontal_wrapped(|ui| {
            if world.counter.is_empty() {
                ui.label(text.t("window-counter-empty"));
            }
            for kind in &world.counter {
                for document in views.iter().filter(|d| d.kind == *kind) {
                    let response = documents::draw(ui, document, width, &t, Some(face))
                        .on_hover_text(text.t("window-document-hint"));
                    if response.clicked() {
                        selected.set(Some(Object::Document(*kind)));
                    }
                    if response.double_clicked() {
                        zoom_to.set(Some(*kind));
                    }
                }
            }
        });
    };
    let reader = |ui: &mut egui::Ui| {
        let pressed = devices::reader(
            ui,
            &play.devices().screen,
            &presenter,
            play.ended().is_none(),
        );
        if let Some(mode) = pressed {
            acted.set(Some(Act::Rule(Action::ChooseAuth(mode))));
        }
        if ui
            .button(text.t_args(
                "window-act-on",
                &[("object", presenter.object_label(Object::Reader))],
            ))
            .clicked()
        {
            selected.set(Some(Object::Reader));
        }
    };
    let terminal = |ui: &mut egui::Ui| {
        devices::terminal(ui, play.devices().terminal.as_ref(), &presenter);
        if ui
            .button(text.t_args(
                "window-act-on",
                &[("object", presenter.object_label(Object::Terminal))],
            ))
            .clicked()
        {
            selected.set(Some(Object::Terminal));
        }
    };
    let devices_area = |ui: &mut egui::Ui| {
        if ui.available_width() >= 700.0 {
            ui.columns(2, |columns| {
                reader(&mut columns[0]);
                terminal(&mut columns[1]);
            });
        } else {
            reader(ui);
            ui.add_space(8.0);
            terminal(ui);
        }
        if let Some(charged) = world.charged {
            ui.label(text.t_args(
                "window-charged",
                &[(
                    "share",
                    presenter.t(&format!("copay-{}", madoguchi_rules::Name::name(charged))),
                )],
            ));
        }
    };

    match layout {
        widgets::Columns::Three { left, right } => {
            egui::Panel::left("window-patient")
                .exact_size(left)
                .show(&mut root, |ui| patient(ui, false));
            egui::Panel::right("window-acts")
                .exact_size(right)
                .show(&mut root, |ui| acts_area(ui, false));
            egui::CentralPanel::default().show(&mut root, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("window-centre")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        counter(ui);
                        ui.separator();
                        devices_area(ui);
                    });
            });
        }
        widgets::Columns::Two { left } => {
            egui::Panel::left("window-patient")
                .exact_size(left)
                .show(&mut root, |ui| patient(ui, false));
            egui::CentralPanel::default().show(&mut root, |ui| {
                egui::Panel::bottom("window-acts")
                    .resizable(false)
                    .max_size(acts_height)
                    .show(ui, |ui| acts_area(ui, true));
                egui::ScrollArea::vertical()
                    .id_salt("window-centre")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        counter(ui);
                        ui.separator();
                        devices_area(ui);
                    });
            });
        }
        widgets::Columns::One => {
            egui::CentralPanel::default().show(&mut root, |ui| {
                egui::Panel::bottom("window-acts")
                    .resizable(false)
                    .max_size(acts_height)
                    .show(ui, |ui| acts_area(ui, true));
                egui::ScrollArea::vertical()
                    .id_salt("window-centre")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        patient(ui, true);
                        ui.separator();
                        counter(ui);
                        ui.separator();
                        devices_area(ui);
                    });
            });
        }
    }
    if let Some(object) = selected.get() {
        select.write(WindowSelect(object));
    }
    if let Some(act) = acted.get() {
        acts.write(WindowAct(act));
    }
    if let Some(kind) = zoom_to.get() {
        view.zoomed = Some(kind);
    }

    if let Some(kind) = view.zoomed
        && let Some(document) = views.iter().find(|d| d.kind == kind)
    {
        let t = |id: &str| presenter.t(id);
        let modal = egui::Modal::new(egui::Id::new("window-zoom")).show(ctx, |ui| {
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

/// After the handling ends: the next patient of the shift, the next assessment item, or the
/// debrief.
fn ended_panel(
    ui: &mut egui::Ui,
    text: &UiText,
    window: &Window,
    assessment: Option<&AssessmentRun>,
    go_on: &mut MessageWriter<GoOn>,
) {
    if let Some(Err(message)) = &window.recorded {
        ui.colored_label(egui::Color32::from_rgb(170, 20, 20), message);
    }
    let big = |ui: &mut egui::Ui, id: &str| {
        ui.add(
            egui::Button::new(egui::RichText::new(text.t(id)).size(17.0))
                .min_size(egui::vec2(260.0, 44.0)),
        )
        .clicked()
    };
    if window.mode == Mode::Assessment {
        if let Some(run) = assessment
            && !run.is_complete()
            && big(ui, "play-next-assessment")
        {
            go_on.write(GoOn);
        }
        return;
    }
    if !window.queue.is_empty() {
        if big(ui, "window-next-patient") {
            go_on.write(GoOn);
        }
    } else if big(ui, "play-to-debrief") {
        go_on.write(GoOn);
    }
}
