//! The Bevy adapter of free play (窓口モード): a click on an object's act becomes one
//! `FreePlay::act` call, and what the window answers comes back as messages and as the
//! [`Window`] resource the screen draws. It decides nothing. A shift plays several generated
//! patients in a row; a finished practice handling is stored like a guided attempt.

use std::sync::Arc;
use std::time::Instant;

use bevy::prelude::*;
use madoguchi_content::i18n::Texts;
use madoguchi_play::free::{Act, Event, FreePlay, Object, Refusal, WholeDebrief, generate};
use madoguchi_play::scenario::Scenario;
use madoguchi_play::session::Mode;
use madoguchi_records::{Attempt, AttemptKind, Record};

use super::adapter::SessionSystems;
use super::packs::Packs;
use super::staff::{CurrentStaff, RecordsStore};
use super::state::Screen;
use super::text::UiText;
use crate::library;

/// Where the patients of a window session come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WindowSource {
    /// A scenario's facts.
    Scenario {
        /// The pack's index in [`Packs`].
        pack: usize,
        /// The scenario's id.
        scenario: String,
        /// The variant's seed.
        seed: Option<u64>,
    },
    /// One generated patient.
    Generated {
        /// The seed.
        seed: u64,
    },
    /// The draft open in the trainer studio: its facts as they stand (not recorded).
    Draft,
    /// Today's shift: generated patients in a row, scored as one.
    Shift {
        /// The seed.
        seed: u64,
        /// How many patients.
        count: usize,
    },
}

/// Open the window with patients.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct StartWindow {
    /// Who comes.
    pub source: WindowSource,
    /// Practice (stored as practice) or assessment (the assessment stores it).
    pub mode: Mode,
}

/// The trainee did something at the window.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowAct(pub Act);

/// The trainee chose which object to act on (the screen's selection, kept in the flow so a
/// test or the keyboard can drive it).
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowSelect(pub Object);

/// Call the next patient of the shift.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct WindowNextPatient;

/// A handling ended; its whole-handling debrief is ready.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct WindowFinished {
    /// The debrief.
    pub debrief: WholeDebrief,
    /// The scenario whose facts were played (for the assessment's records).
    pub scenario: Arc<Scenario>,
}

/// The window session on screen.
#[derive(Resource)]
pub struct Window {
    /// The handling in progress (or just ended).
    pub play: FreePlay,
    /// Madoguchi's texts with the pack's.
    pub texts: Texts,
    /// The pack's label (records).
    pub pack_label: String,
    /// The pack's fingerprint (records).
    pub pack_fingerprint: u64,
    /// Everything that happened so far, in order.
    pub log: Vec<Event>,
    /// Why the last act was refused, if it was.
    pub refusal: Option<Refusal>,
    /// The object the trainee is acting on.
    pub selected: Object,
    /// The shift's patients still to come.
    pub queue: Vec<Arc<Scenario>>,
    /// The shift's patients so far: (scenario, debrief).
    pub done: Vec<(Arc<Scenario>, WholeDebrief)>,
    /// How many patients the session has.
    pub patients: usize,
    /// Practice or assessment.
    pub mode: Mode,
    /// When this patient came (wall clock).
    pub started_at: jiff::Timestamp,
    started: Instant,
    /// Whether this handling's attempt was stored (its id) or why not.
    pub recorded: Option<Result<i64, String>>,
    /// A trainer's draft tried from the studio (not recorded).
    pub draft: bool,
}

impl Window {
    /// Milliseconds since this patient came.
    pub fn elapsed_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Which patient this is, from 1.
    pub fn patient_number(&self) -> usize {
        self.done.len() + usize::from(self.play.ended().is_none())
    }
}

/// The latest window session, for the debrief screen.
#[derive(Resource, Default)]
pub struct LastWindow {
    /// Each patient's scenario and debrief.
    pub patients: Vec<(Arc<Scenario>, WholeDebrief)>,
    /// Madoguchi's texts with the pack's.
    pub texts: Option<Texts>,
}

/// The trainer's draft to try at the window ([`WindowSource::Draft`]): its scenario and the
/// texts to word it, set by the studio before it asks.
#[derive(Resource, Default)]
pub struct DraftPatient(pub Option<(Arc<Scenario>, Texts)>);

/// Why a window session could not start.
#[derive(Resource, Default, Debug)]
pub struct WindowRefused(pub Option<&'static str>);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<StartWindow>()
        .add_message::<WindowAct>()
        .add_message::<WindowSelect>()
        .add_message::<WindowNextPatient>()
        .add_message::<WindowFinished>();
    app.init_resource::<LastWindow>()
        .init_resource::<WindowRefused>()
        .init_resource::<DraftPatient>();
    app.add_systems(
        Update,
        (
            start_window,
            (select, take_acts, next_patient).run_if(resource_exists::<Window>),
        )
            .chain()
            .in_set(SessionSystems),
    );
}

fn start_window(
    mut commands: Commands,
    mut starts: MessageReader<StartWindow>,
    packs: Res<Packs>,
    draft: Res<DraftPatient>,
    mut refused: ResMut<WindowRefused>,
    mut last: ResMut<LastWindow>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(start) = starts.read().last().cloned() else {
        return;
    };
    let policy = library::policy();
    // The texts and the records' pack label of the patients, by where they come from.
    let (texts, pack_label, pack_fingerprint) = match &start.source {
        WindowSource::Draft => match &draft.0 {
            Some((_, texts)) => (texts.clone(), String::new(), 0),
            None => {
                refused.0 = Some("app-error-draft");
                return;
            }
        },
        source => {
            let report = match source {
                WindowSource::Scenario { pack, .. } => packs.report(*pack),
                _ => packs.report(0),
            };
            let Some(report) = report else {
                refused.0 = Some("app-error-no-scenario");
                return;
            };
            (
                report.pack.texts.clone(),
                report.pack.label.clone(),
                report.pack.fingerprint,
            )
        }
    };
    let (mut patients, seed): (Vec<Arc<Scenario>>, Option<u64>) = match &start.source {
        WindowSource::Scenario {
            pack,
            scenario,
            seed,
        } => match packs.scenario(*pack, scenario) {
            Some(found) => (vec![found], *seed),
            None => {
                refused.0 = Some("app-error-no-scenario");
                return;
            }
        },
        WindowSource::Draft => match &draft.0 {
            Some((scenario, _)) => (vec![scenario.clone()], None),
            None => return,
        },
        WindowSource::Generated { seed } => (vec![generate::situation(&policy, *seed)], None),
        WindowSource::Shift { seed, count } => {
            (generate::shift(&policy, *seed, (*count).clamp(1, 20)), None)
        }
    };
    let count = patients.len();
    let first = patients.remove(0);
    let Ok((play, opening)) = FreePlay::start(policy, first, seed, start.mode) else {
        refused.0 = Some(if start.source == WindowSource::Draft {
            "app-error-draft"
        } else {
            "app-error-no-scenario"
        });
        return;
    };
    refused.0 = None;
    *last = LastWindow::default();
    commands.insert_resource(Window {
        play,
        texts,
        pack_label,
        pack_fingerprint,
        log: opening,
        refusal: None,
        selected: Object::Patient,
        queue: patients,
        done: Vec::new(),
        patients: count,
        mode: start.mode,
        started_at: crate::paths::now(),
        started: Instant::now(),
        recorded: None,
        draft: start.source == WindowSource::Draft,
    });
    next.set(Screen::Window);
}

fn select(mut selections: MessageReader<WindowSelect>, mut window: ResMut<Window>) {
    for WindowSelect(object) in selections.read() {
        window.selected = *object;
    }
}

fn take_acts(
    mut acts: MessageReader<WindowAct>,
    mut window: ResMut<Window>,
    staff: Res<CurrentStaff>,
    store: Res<RecordsStore>,
    text: Res<UiText>,
    mut finished: MessageWriter<WindowFinished>,
    mut last: ResMut<LastWindow>,
) {
    for WindowAct(act) in acts.read() {
        let at = window.elapsed_ms();
        match window.play.act(*act, at) {
            Ok(events) => {
                window.refusal = None;
                window.log.extend(events);
            }
            Err(refusal) => {
                window.refusal = Some(refusal);
                continue;
            }
        }
        // A document that left the counter cannot stay selected.
        if !window.play.objects().contains(&window.selected) {
            window.selected = Object::Patient;
        }
        if window.play.ended().is_none() {
            continue;
        }
        let debrief = window.play.debrief();
        let scenario = window.play.scenario().clone();
        if window.mode == Mode::Practice && window.recorded.is_none() && !window.draft {
            window.recorded = store_attempt(&window, &debrief, &staff, &store, &text);
        }
        window.done.push((scenario.clone(), debrief.clone()));
        finished.write(WindowFinished {
            debrief: debrief.clone(),
            scenario,
        });
        if window.queue.is_empty() {
            last.patients = window.done.clone();
            last.texts = Some(window.texts.clone());
        }
    }
}

fn next_patient(mut calls: MessageReader<WindowNextPatient>, mut window: ResMut<Window>) {
    if calls.read().last().is_none() || window.play.ended().is_none() || window.queue.is_empty() {
        return;
    }
    let scenario = window.queue.remove(0);
    let Ok((play, opening)) = FreePlay::start(library::policy(), scenario, None, window.mode)
    else {
        return;
    };
    window.play = play;
    window.log = opening;
    window.refusal = None;
    window.selected = Object::Patient;
    window.started_at = crate::paths::now();
    window.started = Instant::now();
    window.recorded = None;
}

/// Stores a finished practice handling; none when no staff member is chosen.
fn store_attempt(
    window: &Window,
    debrief: &WholeDebrief,
    staff: &CurrentStaff,
    store: &RecordsStore,
    text: &UiText,
) -> Option<Result<i64, String>> {
    let staff = staff.0.as_ref()?;
    let competencies = &window.play.scenario().def().competencies;
    let attempt = Attempt::from_debrief(
        &debrief.as_debrief(competencies),
        AttemptKind::Practice,
        &window.pack_label,
        window.started_at,
        crate::paths::now(),
        &library::rules_version(window.pack_fingerprint),
    );
    Some(store.store(&Record::practice(&staff.name, attempt), text))
}
