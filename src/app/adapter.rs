//! The Bevy adapter of the session engine: a UI choice becomes one `choose` call, and what the
//! session says comes back as messages and as the [`Play`] resource the screens draw. It
//! decides nothing. It also keeps the play-through on disk after every choice, so quitting
//! mid-scenario and starting again offers to resume, and stores finished attempts.

use std::sync::Arc;
use std::time::Instant;

use bevy::prelude::*;
use madoguchi_content::i18n::{Lang, Texts};
use madoguchi_play::scenario::Scenario;
use madoguchi_play::session::{Debrief, Mode, Outcome, Saved, Session};
use madoguchi_records::{Attempt, AttemptKind, Record};
use madoguchi_rules::Judgment;
use serde::{Deserialize, Serialize};

use super::packs::Packs;
use super::settings::{DataDir, DataFolder};
use super::staff::{CurrentStaff, RecordsStore};
use super::state::Screen;
use super::text::UiText;
use crate::library;

/// The adapter's systems: they read the start, resume and choice requests written before them
/// in the frame (an assessment's next scenario, a screen's click).
#[derive(SystemSet, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SessionSystems;

/// Start a scenario.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct StartScenario {
    /// The pack's index in [`Packs`].
    pub pack: usize,
    /// The scenario's id.
    pub scenario: String,
    /// The variant's seed.
    pub seed: Option<u64>,
    /// Practice or assessment.
    pub mode: Mode,
}

/// Play a trainer's draft from the studio: never kept for resuming, never recorded.
#[derive(Message, Clone, Debug)]
pub struct StartDraft {
    /// The draft as a scenario (starting at the beat asked for).
    pub scenario: Arc<Scenario>,
    /// Madoguchi's texts with the draft's.
    pub texts: Texts,
    /// The draft's findings as the trainer reads them (they stay in view while it is played).
    pub findings: Vec<String>,
}

/// Resume the saved play-through.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct ResumeSaved;

/// The trainee chose a choice (0-based).
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChoiceMade {
    /// The choice's index in the current beat.
    pub index: usize,
}

/// Something the session said.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct OutcomeShown(pub Outcome);

/// A scenario ended; its debrief is ready.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct ScenarioFinished {
    /// The debrief.
    pub debrief: Debrief,
}

/// A scenario could not start.
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct ScenarioRefused {
    /// Why, as a message id of `app.ftl`.
    pub reason: &'static str,
}

/// The play-through on screen.
#[derive(Resource)]
pub struct Play {
    /// The session.
    pub session: Session,
    /// The pack's label and fingerprint (the records' rules version).
    pub pack_label: String,
    /// The pack's fingerprint.
    pub pack_fingerprint: u64,
    /// Madoguchi's texts with the pack's.
    pub texts: Texts,
    /// Everything said so far, in order.
    pub log: Vec<Outcome>,
    /// The last verdict (practice mode).
    pub feedback: Option<Judgment>,
    /// When the play-through started (wall clock).
    pub started_at: jiff::Timestamp,
    started: Instant,
    /// Milliseconds already played before a resume.
    offset_ms: u64,
    /// Whether the finished attempt has been stored.
    pub recorded: Option<Result<i64, String>>,
    /// A trainer's draft played from the studio (not resumable, not recorded).
    pub draft: bool,
    /// The draft's findings, shown while it is played.
    pub draft_findings: Vec<String>,
    /// The scenario's file changed on disk since this play-through started (the play screen
    /// offers to start again with the new version).
    pub changed_on_disk: bool,
}

impl Play {
    /// Milliseconds since the start.
    pub fn elapsed_ms(&self) -> u64 {
        self.offset_ms + u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }
}

/// The latest finished play-through's debrief, for the Debrief screen.
#[derive(Resource, Default)]
pub struct LastDebrief(pub Option<Debrief>);

fn keep_debrief(mut finished: MessageReader<ScenarioFinished>, mut last: ResMut<LastDebrief>) {
    if let Some(done) = finished.read().last() {
        last.0 = Some(done.debrief.clone());
    }
}

/// Whether play-throughs are kept on disk for resuming (off for picture runs).
#[derive(Resource, Clone, Copy, Debug, PartialEq, Eq)]
pub struct PersistPlay(pub bool);

impl Default for PersistPlay {
    fn default() -> PersistPlay {
        PersistPlay(true)
    }
}

/// What is kept on disk between runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResumeFile {
    /// Who was playing.
    pub staff: Option<String>,
    /// The pack's label.
    pub pack: String,
    /// When the play-through started.
    pub started_at: jiff::Timestamp,
    /// The choices made.
    pub saved: Saved,
}

const RESUME: &str = "resume.json";

impl ResumeFile {
    /// The saved play-through, if any and readable.
    pub fn load(dir: &DataDir) -> Option<ResumeFile> {
        let text = std::fs::read_to_string(dir.file(RESUME)).ok()?;
        serde_json::from_str(&text).ok()
    }

    fn save(&self, dir: &DataDir, persist: PersistPlay) {
        if !persist.0 {
            return;
        }
        let _ = std::fs::create_dir_all(&dir.0);
        let temporary = dir.file("resume.json.tmp");
        if let Ok(text) = serde_json::to_string(self)
            && std::fs::write(&temporary, text).is_ok()
        {
            let _ = std::fs::rename(&temporary, dir.file(RESUME));
        }
    }

    /// Forgets the saved play-through.
    pub fn clear(dir: &DataDir) {
        let _ = std::fs::remove_file(dir.file(RESUME));
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<StartScenario>()
        .add_message::<StartDraft>()
        .add_message::<ResumeSaved>()
        .add_message::<ChoiceMade>()
        .add_message::<OutcomeShown>()
        .add_message::<ScenarioFinished>()
        .add_message::<ScenarioRefused>();
    app.init_resource::<PersistPlay>();
    app.init_resource::<LastDebrief>();
    app.add_systems(Update, keep_debrief.after(apply_choices));
    app.add_systems(
        Update,
        note_changed_scenario.run_if(resource_exists::<Play>),
    );
    app.add_systems(
        Update,
        (
            start_scenario,
            start_draft,
            resume_saved,
            apply_choices.run_if(resource_exists::<Play>),
        )
            .chain()
            .in_set(SessionSystems),
    );
}

/// Marks the play-through when its pack was reloaded and its scenario is no longer the one
/// being played (the trainer saved an edit).
fn note_changed_scenario(
    mut reloaded: MessageReader<super::packs::PackReloaded>,
    packs: Res<Packs>,
    mut play: ResMut<Play>,
) {
    for event in reloaded.read() {
        if play.draft {
            continue;
        }
        let Some(report) = packs.report(event.index) else {
            continue;
        };
        if report.pack.label != play.pack_label {
            continue;
        }
        let playing = play.session.scenario();
        let changed = match report.pack.scenario(playing.id()) {
            None => true,
            Some(now) if now.def() != playing.def() => true,
            // The same beats: did any of its lines change, in either language?
            Some(now) => {
                let def = now.def();
                let ids = [&def.title, &def.summary]
                    .into_iter()
                    .chain(
                        def.beats
                            .values()
                            .flat_map(|b| b.lines.iter().chain(b.choices.iter().map(|c| &c.text))),
                    )
                    .chain(def.free_lines.values());
                let mut ids = ids;
                ids.any(|id| {
                    Lang::ALL
                        .into_iter()
                        .any(|lang| play.texts.get(lang, id) != report.pack.texts.get(lang, id))
                })
            }
        };
        if changed {
            play.changed_on_disk = true;
        }
    }
}

fn start_scenario(
    mut commands: Commands,
    mut starts: MessageReader<StartScenario>,
    packs: Res<Packs>,
    staff: Res<CurrentStaff>,
    dir: Res<DataFolder>,
    persist: Res<PersistPlay>,
    mut shown: MessageWriter<OutcomeShown>,
    mut refused: MessageWriter<ScenarioRefused>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(start) = starts.read().last().cloned() else {
        return;
    };
    let (Some(report), Some(scenario)) = (
        packs.report(start.pack),
        packs.scenario(start.pack, &start.scenario),
    ) else {
        refused.write(ScenarioRefused {
            reason: "app-error-no-scenario",
        });
        return;
    };
    let Ok((session, opening)) =
        Session::start(library::policy(), scenario, start.seed, start.mode)
    else {
        refused.write(ScenarioRefused {
            reason: "app-error-no-scenario",
        });
        return;
    };
    let play = Play {
        session,
        pack_label: report.pack.label.clone(),
        pack_fingerprint: report.pack.fingerprint,
        texts: report.pack.texts.clone(),
        log: opening.clone(),
        feedback: None,
        started_at: crate::paths::now(),
        started: Instant::now(),
        offset_ms: 0,
        recorded: None,
        draft: false,
        draft_findings: Vec::new(),
        changed_on_disk: false,
    };
    // An assessment scenario is never resumed on its own: leaving abandons the assessment.
    let persist = PersistPlay(persist.0 && start.mode == Mode::Practice);
    ResumeFile {
        staff: staff.0.as_ref().map(|s| s.name.clone()),
        pack: play.pack_label.clone(),
        started_at: play.started_at,
        saved: play.session.save(),
    }
    .save(&dir, persist);
    for outcome in opening {
        shown.write(OutcomeShown(outcome));
    }
    commands.insert_resource(play);
    next.set(Screen::Play);
}

fn start_draft(
    mut commands: Commands,
    mut starts: MessageReader<StartDraft>,
    mut shown: MessageWriter<OutcomeShown>,
    mut refused: MessageWriter<ScenarioRefused>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(start) = starts.read().last().cloned() else {
        return;
    };
    let Ok((session, opening)) =
        Session::start(library::policy(), start.scenario, None, Mode::Practice)
    else {
        refused.write(ScenarioRefused {
            reason: "app-error-draft",
        });
        return;
    };
    for outcome in &opening {
        shown.write(OutcomeShown(outcome.clone()));
    }
    commands.insert_resource(Play {
        session,
        pack_label: String::new(),
        pack_fingerprint: 0,
        texts: start.texts,
        log: opening,
        feedback: None,
        started_at: crate::paths::now(),
        started: Instant::now(),
        offset_ms: 0,
        recorded: None,
        draft: true,
        draft_findings: start.findings,
        changed_on_disk: false,
    });
    next.set(Screen::Play);
}

fn resume_saved(
    mut commands: Commands,
    mut resumes: MessageReader<ResumeSaved>,
    packs: Res<Packs>,
    staff: Res<CurrentStaff>,
    dir: Res<DataFolder>,
    mut refused: MessageWriter<ScenarioRefused>,
    mut next: ResMut<NextState<Screen>>,
) {
    if resumes.read().last().is_none() {
        return;
    }
    // A play-through belongs to the staff member who started it: another one (or nobody, for
    // one started by someone) is refused and the file is kept for its owner.
    let current = staff.0.as_ref().map(|s| s.name.clone());
    if let Some(file) = ResumeFile::load(&dir)
        && file.staff != current
    {
        refused.write(ScenarioRefused {
            reason: "app-error-resume-other",
        });
        return;
    }
    let resumed = ResumeFile::load(&dir).and_then(|file| {
        let index = packs.index_of_label(&file.pack)?;
        let report = packs.report(index)?;
        let scenario: Arc<_> = report.pack.scenario(&file.saved.scenario)?.clone();
        let (session, log) = Session::resume(library::policy(), scenario, &file.saved).ok()?;
        let offset_ms = file.saved.choices.last().map_or(0, |(_, at)| *at);
        Some(Play {
            session,
            pack_label: report.pack.label.clone(),
            pack_fingerprint: report.pack.fingerprint,
            texts: report.pack.texts.clone(),
            log,
            feedback: None,
            started_at: file.started_at,
            started: Instant::now(),
            offset_ms,
            recorded: None,
            draft: false,
            draft_findings: Vec::new(),
            changed_on_disk: false,
        })
    });
    match resumed {
        Some(play) => {
            commands.insert_resource(play);
            next.set(Screen::Play);
        }
        None => {
            ResumeFile::clear(&dir);
            refused.write(ScenarioRefused {
                reason: "app-error-resume",
            });
        }
    }
}

fn apply_choices(
    mut choices: MessageReader<ChoiceMade>,
    mut play: ResMut<Play>,
    staff: Res<CurrentStaff>,
    store: Res<RecordsStore>,
    text: Res<UiText>,
    dir: Res<DataFolder>,
    persist: Res<PersistPlay>,
    mut shown: MessageWriter<OutcomeShown>,
    mut finished: MessageWriter<ScenarioFinished>,
) {
    for choice in choices.read() {
        let at = play.elapsed_ms();
        let Ok(outcomes) = play.session.choose(choice.index, at) else {
            continue;
        };
        play.feedback = outcomes.iter().rev().find_map(|o| match o {
            Outcome::Judged(judgment) => Some(*judgment),
            _ => None,
        });
        play.log.extend(outcomes.iter().cloned());
        for outcome in outcomes {
            shown.write(OutcomeShown(outcome));
        }
        if play.session.ended().is_some() {
            // A practice play-through in progress stays resumable across an assessment.
            if persist.0 && play.session.mode() == Mode::Practice && !play.draft {
                ResumeFile::clear(&dir);
            }
            let debrief = play.session.debrief();
            if play.session.mode() == Mode::Practice && play.recorded.is_none() && !play.draft {
                play.recorded = store_attempt(&play, &debrief, &staff, &store, &text);
            }
            finished.write(ScenarioFinished { debrief });
        } else {
            let persist =
                PersistPlay(persist.0 && play.session.mode() == Mode::Practice && !play.draft);
            ResumeFile {
                staff: staff.0.as_ref().map(|s| s.name.clone()),
                pack: play.pack_label.clone(),
                started_at: play.started_at,
                saved: play.session.save(),
            }
            .save(&dir, persist);
        }
    }
}

/// Stores a finished practice attempt (never lost: see [`RecordsStore::store`]); none when no
/// staff member is chosen.
fn store_attempt(
    play: &Play,
    debrief: &Debrief,
    staff: &CurrentStaff,
    store: &RecordsStore,
    text: &UiText,
) -> Option<Result<i64, String>> {
    let staff = staff.0.as_ref()?;
    let attempt = Attempt::from_debrief(
        debrief,
        AttemptKind::Practice,
        &play.pack_label,
        play.started_at,
        crate::paths::now(),
        &library::rules_version(play.pack_fingerprint),
    );
    Some(store.store(&Record::practice(&staff.name, attempt), text))
}
