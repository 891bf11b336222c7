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
use crate::app::assessment::{AssessmentRun, NextAssessmentScenario};
use crate::app::widgets::{devices, documents, portrait};
use crate::app::window_flow::{Window, WindowAct, WindowNextPatient, WindowSelect};
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

const KEYS: [egui::Key; 10] = [
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
    egui::Key::Num8,
    egui::Key::Num9,
    egui::Key::Num0,
];

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
                presenter.t("reader-title"),
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
    mut next_patient: MessageWriter<WindowNextPatient>,
    mut next_item: MessageWriter<NextAssessmentScenario>,
    mut next: ResMut<NextState<Screen>>,
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
    let world = play.world();
    let mut root = root_ui(ctx, "window");

    egui::Panel::top("window-top").show(&mut root, |ui| {
        ui.horizontal(|ui| {
            let leave = if assessment.is_some() {
                "play-leave-assessment"
            } else {
                "nav-home"
            };
            if ui.button(text.t(leave)).clicked() {
                next.set(Screen::Home);
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
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.add_space(12.0);
                ui.label(
                    egui::RichText::new(text.t_args(
                        "window-clock",
                        &[
                            ("minutes", (world.clock_s / 60).to_string()),
                            ("seconds", format!("{:02}", world.clock_s % 60)),
                        ],
                    ))
                    .size(18.0),
                );
                ui.label(
                    egui::RichText::new(text.t_args(
                        "play-when",
                        &[
                            ("date", format_date(text.lang, situation.date)),
                            ("time", cast.time.clone()),
                        ],
                    ))
                    .size(18.0)
                    .strong(),
                );
            });
        });
        ui.small(text.t("free-mode-hint"));
    });

    // The patient and the conversation.
    egui::Panel::left("window-patient")
        .exact_size(300.0)
        .show(&mut root, |ui| {
            let age = dates::age_on(situation.patient.birth_date, situation.date);
            let response = portrait::draw(
                ui,
                portrait::Sitter {
                    sex: cast.sex,
                    age,
                    mood: cast.mood,
                    companion: cast.companion,
                },
                egui::vec2(280.0, 170.0),
            );
            if response.interact(egui::Sense::click()).clicked() {
                select.write(WindowSelect(Object::Patient));
            }
            for line in presenter.arrival() {
                ui.label(egui::RichText::new(line).strong());
            }
            ui.separator();
            egui::ScrollArea::vertical()
                .stick_to_bottom(true)
                .show(ui, |ui| {
                    for event in &window.log {
                        log_entry(ui, event, &presenter);
                    }
                });
        });

    // The object acted on, and its acts.
    egui::Panel::right("window-acts")
        .exact_size(380.0)
        .show(&mut root, |ui| {
            let objects = play.objects();
            ui.label(egui::RichText::new(text.t("window-objects")).strong());
            ui.horizontal_wrapped(|ui| {
                for object in &objects {
                    if ui
                        .selectable_label(
                            window.selected == *object,
                            presenter.object_label(*object),
                        )
                        .clicked()
                    {
                        select.write(WindowSelect(*object));
                    }
                }
            });
            // Tab goes to the next object, Shift+Tab back.
            let tab = ui.input(|i| (i.key_pressed(egui::Key::Tab), i.modifiers.shift));
            if tab.0 && view.zoomed.is_none() {
                let here = objects
                    .iter()
                    .position(|o| *o == window.selected)
                    .unwrap_or(0);
                let n = objects.len();
                let to = if tab.1 {
                    (here + n - 1) % n
                } else {
                    (here + 1) % n
                };
                select.write(WindowSelect(objects[to]));
            }
            ui.separator();
            if let Some(refusal) = window.refusal {
                ui.colored_label(
                    egui::Color32::from_rgb(170, 90, 0),
                    presenter.refusal(refusal),
                );
            }
            if play.ended().is_some() {
                ended_panel(
                    ui,
                    &text,
                    &window,
                    assessment.as_deref(),
                    &mut next_patient,
                    &mut next_item,
                    &mut next,
                );
                return;
            }
            let groups = acts_of(window.selected);
            let mut number = 0;
            let mut chosen: Option<Act> = None;
            egui::ScrollArea::vertical().show(ui, |ui| {
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
                        let label = if number <= KEYS.len() {
                            format!("{}. {}", number % 10, presenter.act_label(*act))
                        } else {
                            presenter.act_label(*act)
                        };
                        let button = egui::Button::new(egui::RichText::new(label).size(15.0))
                            .wrap()
                            .min_size(egui::vec2(ui.available_width(), 30.0));
                        if ui.add(button).clicked() {
                            chosen = Some(*act);
                        }
                        if view.zoomed.is_none()
                            && number <= KEYS.len()
                            && ui.input(|i| i.key_pressed(KEYS[number - 1]))
                        {
                            chosen = Some(*act);
                        }
                    }
                }
            });
            if let Some(act) = chosen {
                acts.write(WindowAct(act));
            }
        });

    // The counter, the reader and the terminal.
    let views = presenter.documents();
    egui::CentralPanel::default().show(&mut root, |ui| {
        ui.label(egui::RichText::new(text.t("play-counter")).strong());
        let t = |id: &str| presenter.t(id);
        egui::ScrollArea::horizontal()
            .id_salt("window-counter")
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    if world.counter.is_empty() {
                        ui.label(text.t("window-counter-empty"));
                    }
                    for kind in &world.counter {
                        for document in views.iter().filter(|d| d.kind == *kind) {
                            let response = documents::draw(ui, document, 220.0, &t)
                                .on_hover_text(text.t("window-document-hint"));
                            if response.clicked() {
                                select.write(WindowSelect(Object::Document(*kind)));
                            }
                            if response.double_clicked() {
                                view.zoomed = Some(*kind);
                            }
                        }
                    }
                });
            });
        ui.separator();
        ui.columns(2, |columns| {
            let pressed = devices::reader(
                &mut columns[0],
                &play.devices().screen,
                &presenter,
                play.ended().is_none(),
            );
            if let Some(mode) = pressed {
                acts.write(WindowAct(Act::Rule(Action::ChooseAuth(mode))));
            }
            if columns[0]
                .button(text.t_args(
                    "window-act-on",
                    &[("object", presenter.object_label(Object::Reader))],
                ))
                .clicked()
            {
                select.write(WindowSelect(Object::Reader));
            }
            devices::terminal(
                &mut columns[1],
                play.devices().terminal.as_ref(),
                &presenter,
            );
            if columns[1]
                .button(text.t_args(
                    "window-act-on",
                    &[("object", presenter.object_label(Object::Terminal))],
                ))
                .clicked()
            {
                select.write(WindowSelect(Object::Terminal));
            }
        });
        if let Some(charged) = world.charged {
            ui.label(text.t_args(
                "window-charged",
                &[(
                    "share",
                    presenter.t(&format!("copay-{}", madoguchi_rules::Name::name(charged))),
                )],
            ));
        }
    });

    if let Some(kind) = view.zoomed
        && let Some(document) = views.iter().find(|d| d.kind == kind)
    {
        let t = |id: &str| presenter.t(id);
        let modal = egui::Modal::new(egui::Id::new("window-zoom")).show(ctx, |ui| {
            documents::draw(ui, document, 560.0, &t);
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
    next_patient: &mut MessageWriter<WindowNextPatient>,
    next_item: &mut MessageWriter<NextAssessmentScenario>,
    next: &mut NextState<Screen>,
) {
    if let Some(Err(message)) = &window.recorded {
        ui.colored_label(egui::Color32::from_rgb(170, 20, 20), message);
    }
    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter));
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
            && (big(ui, "play-next-assessment") || enter)
        {
            next_item.write(NextAssessmentScenario);
        }
        return;
    }
    if !window.queue.is_empty() {
        if big(ui, "window-next-patient") || enter {
            next_patient.write(WindowNextPatient);
        }
    } else if big(ui, "play-to-debrief") || enter {
        next.set(Screen::WindowDebrief);
    }
}
