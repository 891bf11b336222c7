//! Home: who is practising, practice, resume, settings, quit.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, EguiPrimaryContextPass, egui};
use madoguchi_content::i18n::format_date;
use madoguchi_rules::{CalendarKey, Policy};

use super::{Screen, root_ui};
use crate::app::UiText;
use crate::app::adapter::{ResumeFile, ResumeSaved, ScenarioRefused};
use crate::app::records_flow::{RecordsRequest, StaffList};
use crate::app::settings::{DataFolder, SettingsNotice};
use crate::app::staff::{CurrentStaff, RecordsNotice, RecordsStore};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Home), look_for_resume);
    app.add_systems(
        EguiPrimaryContextPass,
        draw_home.run_if(in_state(Screen::Home)),
    );
    app.add_systems(Update, note_refusals);
    // A refusal shown on Home is over once a scenario starts.
    app.add_systems(OnEnter(Screen::Play), |mut state: ResMut<HomeState>| {
        state.error = None;
    });
    app.init_resource::<HomeState>();
}

/// What Home keeps between frames.
#[derive(Resource, Default)]
struct HomeState {
    new_name: String,
    error: Option<String>,
    resume: Option<ResumeFile>,
}

fn look_for_resume(dir: Res<DataFolder>, mut state: ResMut<HomeState>) {
    state.resume = ResumeFile::load(&dir);
}

fn note_refusals(
    mut refusals: MessageReader<ScenarioRefused>,
    text: Res<UiText>,
    mut state: ResMut<HomeState>,
) {
    for refusal in refusals.read() {
        state.error = Some(text.t(refusal.reason));
    }
}

fn draw_home(
    mut contexts: EguiContexts,
    text: Res<UiText>,
    mut state: ResMut<HomeState>,
    store: Res<RecordsStore>,
    list: Res<StaffList>,
    current: Res<CurrentStaff>,
    records_notice: Res<RecordsNotice>,
    lrs: Res<crate::app::lrs_flow::LrsView>,
    notice: Res<SettingsNotice>,
    mut requests: MessageWriter<RecordsRequest>,
    packs: Res<crate::app::packs::Packs>,
    mut next: ResMut<NextState<Screen>>,
    mut resume: MessageWriter<ResumeSaved>,
    mut window: MessageWriter<crate::app::window_flow::StartWindow>,
    mut exit: MessageWriter<AppExit>,
    mut leave: MessageWriter<crate::app::leave::LeaveRequest>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let mut root = root_ui(ctx, "home");
    let staff = list.staff.clone();
    let mut chosen: Option<madoguchi_records::Staff> = None;
    egui::CentralPanel::default().show(&mut root, |ui| {
        // Scrolls when the window is small or the text large, so no menu item is out of reach.
        egui::ScrollArea::vertical()
            .id_salt("home-page")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(24.0);
                ui.vertical_centered(|ui| {
                    ui.label(egui::RichText::new(text.t("app-title")).size(52.0).strong());
                    ui.label(egui::RichText::new(text.t("app-subtitle")).size(22.0));
                    ui.add_space(6.0);
                    ui.label(text.t("app-tagline"));
                });
                ui.add_space(18.0);
                if let Some(error) = &store.error {
                    ui.colored_label(
                        egui::Color32::from_rgb(170, 20, 20),
                        text.t_args(
                            "home-records-error",
                            &[("detail", text.records_error(error))],
                        ),
                    );
                }
                if let Some(path) = &notice.0 {
                    ui.colored_label(
                        egui::Color32::from_rgb(150, 90, 0),
                        text.t_args("home-settings-aside", &[("path", path.clone())]),
                    );
                }
                if records_notice.caught_up > 0 {
                    ui.colored_label(
                        egui::Color32::from_rgb(20, 120, 50),
                        text.t_args(
                            "home-records-caught-up",
                            &[("count", records_notice.caught_up.to_string())],
                        ),
                    );
                }
                for (path, error) in &records_notice.waiting {
                    ui.colored_label(
                        egui::Color32::from_rgb(150, 90, 0),
                        text.t_args(
                            "home-records-waiting",
                            &[
                                ("path", path.clone()),
                                ("reason", text.records_error(error)),
                            ],
                        ),
                    );
                }
                // Only a store that failed needs a word here; the Records screen shows the rest.
                if let Some((true, line)) = super::records::lrs_status_line(&text, &lrs) {
                    ui.colored_label(egui::Color32::from_rgb(150, 90, 0), line);
                }
                if let Some(error) = state.error.as_ref().or(list.error.as_ref()) {
                    ui.colored_label(egui::Color32::from_rgb(170, 20, 20), error);
                }
                ui.columns(2, |columns| {
                    let left = &mut columns[0];
                    left.heading(text.t("home-who"));
                    if staff.is_empty() {
                        left.label(text.t("home-no-staff"));
                    }
                    egui::ScrollArea::vertical()
                        .max_height(220.0)
                        .show(left, |ui| {
                            for member in &staff {
                                let selected =
                                    current.0.as_ref().is_some_and(|c| c.id == member.id);
                                if ui.selectable_label(selected, &member.name).clicked() {
                                    chosen = Some(member.clone());
                                }
                            }
                        });
                    left.horizontal(|ui| {
                        let field = ui.add(
                            egui::TextEdit::singleline(&mut state.new_name)
                                .hint_text(text.t("home-name-hint"))
                                .desired_width(200.0),
                        );
                        let submit =
                            field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if (ui.button(text.t("home-add")).clicked() || submit)
                            && !state.new_name.trim().is_empty()
                        {
                            requests
                                .write(RecordsRequest::AddStaff(state.new_name.trim().to_owned()));
                            state.new_name.clear();
                            state.error = None;
                        }
                    });
                    if let Some(member) = &current.0 {
                        left.label(text.t_args("home-current", &[("name", member.name.clone())]));
                    }

                    let right = &mut columns[1];
                    right.heading(text.t("home-menu"));
                    let can_practise = current.0.is_some() || store.records.is_none();
                    let practice = right.add_enabled(
                        can_practise,
                        egui::Button::new(text.t("home-practice"))
                            .min_size(egui::vec2(260.0, 40.0)),
                    );
                    if practice.clicked() {
                        next.set(Screen::Library);
                    }
                    if !can_practise {
                        right.small(text.t("home-choose-first"));
                    }
                    {
                        use crate::app::window_flow::{StartWindow, WindowSource};
                        let seed = crate::library::fresh_seed();
                        let free = right.add_enabled(
                            can_practise,
                            egui::Button::new(text.t("home-window"))
                                .min_size(egui::vec2(260.0, 40.0)),
                        );
                        if free.on_hover_text(text.t("home-window-hint")).clicked() {
                            window.write(StartWindow {
                                source: WindowSource::Generated { seed },
                                mode: madoguchi_play::session::Mode::Practice,
                            });
                        }
                        let shift = right.add_enabled(
                            can_practise,
                            egui::Button::new(
                                text.t_args("home-shift", &[("count", "5".to_owned())]),
                            )
                            .min_size(egui::vec2(260.0, 40.0)),
                        );
                        if shift.on_hover_text(text.t("home-shift-hint")).clicked() {
                            window.write(StartWindow {
                                source: WindowSource::Shift { seed, count: 5 },
                                mode: madoguchi_play::session::Mode::Practice,
                            });
                        }
                    }
                    let can_assess = current.0.is_some() && store.records.is_some();
                    if right
                        .add_enabled(
                            can_assess,
                            egui::Button::new(text.t("home-assessment"))
                                .min_size(egui::vec2(260.0, 40.0)),
                        )
                        .on_hover_text(text.t("home-assessment-hint"))
                        .clicked()
                    {
                        next.set(Screen::Assessment);
                    }
                    // Only the staff member who started it is offered the play-through.
                    let mine = |saved: &&ResumeFile| {
                        saved.staff == current.0.as_ref().map(|s| s.name.clone())
                    };
                    if let Some(saved) = state.resume.as_ref().filter(mine) {
                        let title = packs
                            .find(&saved.saved.scenario)
                            .and_then(|(index, scenario)| {
                                packs
                                    .report(index)
                                    .map(|r| r.pack.texts.get(text.lang, &scenario.def().title))
                            })
                            .unwrap_or_else(|| saved.saved.scenario.clone());
                        let label = text.t_args("home-resume", &[("scenario", title)]);
                        if right
                            .add(egui::Button::new(label).min_size(egui::vec2(260.0, 40.0)))
                            .clicked()
                        {
                            resume.write(ResumeSaved);
                        }
                    }
                    if right
                        .add(
                            egui::Button::new(text.t("home-trainer"))
                                .min_size(egui::vec2(260.0, 40.0)),
                        )
                        .on_hover_text(text.t("home-trainer-hint"))
                        .clicked()
                    {
                        next.set(Screen::Trainer);
                    }
                    if right
                        .add(
                            egui::Button::new(text.t("home-settings"))
                                .min_size(egui::vec2(260.0, 40.0)),
                        )
                        .clicked()
                    {
                        next.set(Screen::Settings);
                    }
                    if right
                        .add(
                            egui::Button::new(text.t("home-records"))
                                .min_size(egui::vec2(260.0, 40.0)),
                        )
                        .on_hover_text(text.t("home-records-hint"))
                        .clicked()
                    {
                        next.set(Screen::Records);
                    }
                    if right
                        .add(
                            egui::Button::new(text.t("app-quit")).min_size(egui::vec2(260.0, 40.0)),
                        )
                        .clicked()
                    {
                        // As the window's close button: asks first where work would be lost
                        // (changes in the studio not saved).
                        leave.write(crate::app::leave::LeaveRequest::Quit);
                    }
                });
                ui.add_space(20.0);
                let policy = Policy::builtin();
                let first = policy.calendar().date(CalendarKey::MynaBasisFrom);
                ui.small(text.t_args(
                    "app-rules-version",
                    &[
                        ("count", policy.rules().len().to_string()),
                        ("first", format_date(text.lang, first)),
                        ("version", format!("{:016x}", policy.fingerprint())),
                    ],
                ));
                ui.small(text.t("app-font-credit"));
            });
    });
    report_ready(&mut exit);
    if let Some(member) = chosen {
        requests.write(RecordsRequest::ChooseStaff(member));
    }
    Ok(())
}

/// For `scripts/measure-app.sh`: with `MADOGUCHI_REPORT_READY=1`, prints the milliseconds from
/// the process start to the second drawn frame of Home (the first one the trainee can use) and
/// exits.
fn report_ready(exit: &mut MessageWriter<AppExit>) {
    static FRAMES: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    if std::env::var_os("MADOGUCHI_REPORT_READY").is_none() {
        return;
    }
    if FRAMES.fetch_add(1, std::sync::atomic::Ordering::Relaxed) == 1
        && let Some(started) = crate::STARTED.get()
    {
        println!("ready_ms {}", started.elapsed().as_millis());
        exit.write(AppExit::Success);
    }
}
