//! The keyboard, as logic: number keys make a choice (Play) or take an act (the window), Tab
//! and Shift+Tab move between the window's objects, Enter goes on once a scenario has ended —
//! the same [`GoOn`] the screens' buttons send, decided here once.
//! Read from Bevy's input before the screens draw, so the frame drawn after a key press already
//! shows its effect (no picture one key behind), and headless tests can press keys.

use bevy::prelude::*;
use madoguchi_play::free::acts_of;
use madoguchi_play::session::Mode;

use super::adapter::{ChoiceMade, Play};
use super::assessment::{AssessmentRun, NextAssessmentScenario};
use super::leave::LeavePrompt;
use super::state::Screen;
use super::window_flow::{Window, WindowAct, WindowNextPatient, WindowSelect};

/// Go on once a scenario or a window patient has ended: to the next assessment item, the next
/// patient of the shift, or the debrief (sent by Enter and by the screens' buttons).
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoOn;

/// Set by the screens while something on top (a zoomed document) takes the keys.
#[derive(Resource, Default, Debug)]
pub struct KeysTaken(pub bool);

/// The number keys, 1 to 9 and 0 (the tenth), on the main row or the keypad.
const NUMBERS: [(KeyCode, KeyCode); 10] = [
    (KeyCode::Digit1, KeyCode::Numpad1),
    (KeyCode::Digit2, KeyCode::Numpad2),
    (KeyCode::Digit3, KeyCode::Numpad3),
    (KeyCode::Digit4, KeyCode::Numpad4),
    (KeyCode::Digit5, KeyCode::Numpad5),
    (KeyCode::Digit6, KeyCode::Numpad6),
    (KeyCode::Digit7, KeyCode::Numpad7),
    (KeyCode::Digit8, KeyCode::Numpad8),
    (KeyCode::Digit9, KeyCode::Numpad9),
    (KeyCode::Digit0, KeyCode::Numpad0),
];

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<KeysTaken>();
    app.add_message::<GoOn>();
    app.add_systems(
        Update,
        (
            (
                play_keys.run_if(in_state(Screen::Play).and_then(resource_exists::<Play>)),
                window_keys.run_if(in_state(Screen::Window).and_then(resource_exists::<Window>)),
            ),
            go_on,
        )
            .chain(),
    );
}

/// The number pressed this frame (1-based), if any.
fn number(keys: &ButtonInput<KeyCode>) -> Option<usize> {
    NUMBERS
        .iter()
        .position(|(main, pad)| keys.just_pressed(*main) || keys.just_pressed(*pad))
        .map(|i| i + 1)
}

fn enter(keys: &ButtonInput<KeyCode>) -> bool {
    keys.just_pressed(KeyCode::Enter) || keys.just_pressed(KeyCode::NumpadEnter)
}

fn play_keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    taken: Res<KeysTaken>,
    prompt: Res<LeavePrompt>,
    play: Res<Play>,
    mut choose: MessageWriter<ChoiceMade>,
    mut go_on: MessageWriter<GoOn>,
) {
    let Some(keys) = keys else { return };
    if taken.0 || prompt.0.is_some() {
        return;
    }
    let session = &play.session;
    if session.ended().is_none() {
        if let Some(n) = number(&keys)
            && n <= session.choices().len()
        {
            choose.write(ChoiceMade { index: n - 1 });
        }
        return;
    }
    if enter(&keys) {
        go_on.write(GoOn);
    }
}

fn window_keys(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    taken: Res<KeysTaken>,
    prompt: Res<LeavePrompt>,
    window: Res<Window>,
    mut acts: MessageWriter<WindowAct>,
    mut select: MessageWriter<WindowSelect>,
    mut go_on: MessageWriter<GoOn>,
) {
    let Some(keys) = keys else { return };
    if taken.0 || prompt.0.is_some() {
        return;
    }
    let play = &window.play;
    if play.ended().is_some() {
        if enter(&keys) {
            go_on.write(GoOn);
        }
        return;
    }
    if keys.just_pressed(KeyCode::Tab) {
        let objects = play.objects();
        let here = objects
            .iter()
            .position(|o| *o == window.selected)
            .unwrap_or(0);
        let n = objects.len().max(1);
        let back = keys.pressed(KeyCode::ShiftLeft) || keys.pressed(KeyCode::ShiftRight);
        let to = if back {
            (here + n - 1) % n
        } else {
            (here + 1) % n
        };
        if let Some(object) = objects.get(to) {
            select.write(WindowSelect(*object));
        }
        return;
    }
    if let Some(n) = number(&keys) {
        let offered: Vec<_> = acts_of(window.selected)
            .into_iter()
            .flat_map(|(_, list)| list)
            .collect();
        if let Some(act) = offered.get(n - 1) {
            acts.write(WindowAct(*act));
        }
    }
}

/// Where going on leads, once what is on screen has ended (nothing otherwise).
#[allow(clippy::too_many_arguments)]
fn go_on(
    mut requests: MessageReader<GoOn>,
    screen: Res<State<Screen>>,
    play: Option<Res<Play>>,
    window: Option<Res<Window>>,
    assessment: Option<Res<AssessmentRun>>,
    mut next_item: MessageWriter<NextAssessmentScenario>,
    mut next_patient: MessageWriter<WindowNextPatient>,
    mut next: ResMut<NextState<Screen>>,
) {
    if requests.read().count() == 0 {
        return;
    }
    // In an assessment the debrief waits for the end: the next item comes instead.
    let next_assessment_item = |mode: Mode| {
        assessment
            .as_ref()
            .filter(|_| mode == Mode::Assessment)
            .map(|run| !run.is_complete())
    };
    match *screen.get() {
        Screen::Play => {
            let Some(play) = play.filter(|p| p.session.ended().is_some()) else {
                return;
            };
            match next_assessment_item(play.session.mode()) {
                Some(true) => {
                    next_item.write(NextAssessmentScenario);
                }
                Some(false) => {}
                None => next.set(Screen::Debrief),
            }
        }
        Screen::Window => {
            let Some(window) = window.filter(|w| w.play.ended().is_some()) else {
                return;
            };
            match next_assessment_item(window.mode) {
                Some(true) => {
                    next_item.write(NextAssessmentScenario);
                }
                Some(false) => {}
                None if !window.queue.is_empty() => {
                    next_patient.write(WindowNextPatient);
                }
                None => next.set(Screen::WindowDebrief),
            }
        }
        _ => {}
    }
}
