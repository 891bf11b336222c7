//! Leaving: Esc steps back to Home from every screen, and asks first where work would be lost
//! (a scenario or a window patient in progress, an assessment under way); closing the window
//! asks the same way. Also fits the window to a screen smaller than its usual size. Logic only:
//! the prompt is drawn by the screens, which answer with [`LeaveAnswer`].

use bevy::prelude::*;
use bevy::window::{Monitor, PrimaryMonitor, PrimaryWindow, WindowCloseRequested, WindowPosition};

use super::adapter::Play;
use super::assessment::AssessmentRun;
use super::state::Screen;
use super::studio::Studio;
use super::window_flow::Window as WindowSession;

/// What leaving would mean, while the prompt asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leaving {
    /// Back to Home from a scenario in progress (a practice scenario resumes later).
    ToHome {
        /// Whether an assessment would be abandoned (it is not recorded).
        assessment: bool,
    },
    /// Quit the app.
    Quit {
        /// Whether an assessment would be abandoned.
        assessment: bool,
    },
    /// Quit the app with changes in the studio not saved.
    QuitUnsaved,
}

/// The question on screen, if any.
#[derive(Resource, Default, Debug)]
pub struct LeavePrompt(pub Option<Leaving>);

/// Esc, or the window's close button (sent by the input systems and by tests).
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeaveRequest {
    /// Esc: one step back.
    Back,
    /// The window's close button.
    Quit,
}

/// The trainee's answer to the prompt.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeaveAnswer(pub bool);

/// Esc, the close button and the prompt's answer (headless too).
pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LeavePrompt>();
    app.add_message::<LeaveRequest>();
    app.add_message::<LeaveAnswer>();
    // Sent by the window; registered here too so a headless app reads none.
    app.add_message::<WindowCloseRequested>();
    app.add_systems(
        Update,
        (read_keys_and_close, handle_requests, handle_answers).chain(),
    );
}

/// Fits the window to a screen smaller than its usual size (down to 800×600), once the
/// monitor is known.
pub fn fit_plugin(app: &mut App) {
    app.add_systems(
        Update,
        fit_to_monitor.run_if(not(resource_exists::<Fitted>)),
    );
}

#[derive(Resource)]
struct Fitted;

fn fit_to_monitor(
    mut commands: Commands,
    monitors: Query<&Monitor, With<PrimaryMonitor>>,
    mut windows: Query<&mut Window, With<PrimaryWindow>>,
) {
    let (Ok(monitor), Ok(mut window)) = (monitors.single(), windows.single_mut()) else {
        return;
    };
    commands.insert_resource(Fitted);
    let scale = monitor.scale_factor.max(0.5) as f32;
    // Room for the title bar and a task bar.
    let room_w = monitor.physical_width as f32 / scale - 16.0;
    let room_h = monitor.physical_height as f32 / scale - 72.0;
    let (w, h) = (window.resolution.width(), window.resolution.height());
    if w <= room_w && h <= room_h {
        return;
    }
    window
        .resolution
        .set(w.min(room_w).max(800.0), h.min(room_h).max(600.0));
    window.position = WindowPosition::Centered(bevy::window::MonitorSelection::Primary);
}

fn read_keys_and_close(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    mut closes: MessageReader<WindowCloseRequested>,
    mut requests: MessageWriter<LeaveRequest>,
) {
    if keys.is_some_and(|keys| keys.just_pressed(KeyCode::Escape)) {
        requests.write(LeaveRequest::Back);
    }
    if closes.read().count() > 0 {
        requests.write(LeaveRequest::Quit);
    }
}

/// Whether leaving now would lose work, and whether that work is an assessment.
fn work_open(
    screen: Screen,
    play: Option<&Play>,
    window: Option<&WindowSession>,
    assessment: Option<&AssessmentRun>,
) -> Option<bool> {
    let in_assessment = assessment.is_some_and(|run| run.finished.is_none());
    let scenario_open = match screen {
        Screen::Play => play.is_some_and(|p| p.session.ended().is_none()),
        Screen::Window => window.is_some_and(|w| w.play.ended().is_none() || !w.queue.is_empty()),
        _ => false,
    };
    (scenario_open || in_assessment).then_some(in_assessment)
}

fn handle_requests(
    mut requests: MessageReader<LeaveRequest>,
    mut prompt: ResMut<LeavePrompt>,
    screen: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    play: Option<Res<Play>>,
    window: Option<Res<WindowSession>>,
    assessment: Option<Res<AssessmentRun>>,
    studio: Option<Res<Studio>>,
    mut exit: MessageWriter<AppExit>,
) {
    let unsaved = studio.is_some_and(|s| s.open.as_ref().is_some_and(|o| o.unsaved));
    // A trainer trying a draft goes back to the studio (nothing of a draft's play is kept).
    let trying_draft = match *screen.get() {
        Screen::Play | Screen::Debrief => play.as_deref().is_some_and(|p| p.draft),
        Screen::Window | Screen::WindowDebrief => window.as_deref().is_some_and(|w| w.draft),
        _ => false,
    };
    for request in requests.read() {
        let open = work_open(
            *screen.get(),
            play.as_deref(),
            window.as_deref(),
            assessment.as_deref(),
        );
        match (request, prompt.0) {
            // Esc while asking: the question is withdrawn.
            (LeaveRequest::Back, Some(_)) => prompt.0 = None,
            (LeaveRequest::Quit, Some(_)) => {
                prompt.0 = Some(Leaving::Quit {
                    assessment: open.unwrap_or(false),
                })
            }
            (LeaveRequest::Back, None) if trying_draft => next.set(Screen::Studio),
            (LeaveRequest::Back, None) => match (*screen.get(), open) {
                (Screen::Home, _) => {}
                (_, Some(assessment)) => prompt.0 = Some(Leaving::ToHome { assessment }),
                (_, None) => next.set(Screen::Home),
            },
            (LeaveRequest::Quit, None) => match open {
                Some(assessment) => prompt.0 = Some(Leaving::Quit { assessment }),
                None if unsaved => prompt.0 = Some(Leaving::QuitUnsaved),
                None => {
                    exit.write(AppExit::Success);
                }
            },
        }
    }
}

fn handle_answers(
    mut answers: MessageReader<LeaveAnswer>,
    mut prompt: ResMut<LeavePrompt>,
    mut next: ResMut<NextState<Screen>>,
    mut exit: MessageWriter<AppExit>,
) {
    for LeaveAnswer(confirmed) in answers.read() {
        let Some(leaving) = prompt.0.take() else {
            continue;
        };
        if !confirmed {
            continue;
        }
        match leaving {
            Leaving::ToHome { .. } => next.set(Screen::Home),
            Leaving::Quit { .. } | Leaving::QuitUnsaved => {
                exit.write(AppExit::Success);
            }
        }
    }
}
