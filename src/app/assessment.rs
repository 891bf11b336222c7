//! The assessment in the window: draws the scenarios (engine), starts each one in assessment
//! mode through the adapter, keeps every debrief until the end, and stores the whole
//! assessment in one transaction once the last scenario ends. Leaving before the end stores
//! nothing. It decides nothing itself: the draw, the scores and the readiness are the engine's.

use bevy::prelude::*;
use madoguchi_play::assessment::{Finished, Run, Thresholds};
use madoguchi_play::session::Mode;
use madoguchi_records::{Record, Staff};

use super::adapter::{Play, ScenarioFinished, SessionSystems, StartScenario};
use super::packs::Packs;
use super::staff::{CurrentStaff, RecordsStore};
use super::state::Screen;
use super::window_flow::{StartWindow, Window, WindowFinished, WindowSource};
use crate::library;
use madoguchi_play::session::PlayStyle;

/// Begin an assessment for the current staff member.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct StartAssessment {
    /// The draw's seed (a fresh one when none).
    pub seed: Option<u64>,
    /// How many scenarios.
    pub count: usize,
    /// At the window (free play; the default) or through the scenarios' choices.
    pub style: PlayStyle,
}

/// Go on to the next scenario of the assessment.
#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextAssessmentScenario;

/// The assessment under way (or just finished).
#[derive(Resource, Debug)]
pub struct AssessmentRun {
    /// The engine's run: the draw and the scenarios played.
    pub run: Run,
    /// Who is assessed.
    pub staff: Staff,
    /// The clinic's thresholds when it started.
    pub thresholds: Thresholds,
    /// The result, once every scenario is played.
    pub finished: Option<Finished>,
    /// Whether the result was stored (its id), or why not.
    pub stored: Option<Result<i64, String>>,
}

impl AssessmentRun {
    /// Whether every scenario has been played.
    pub fn is_complete(&self) -> bool {
        self.run.is_complete()
    }
}

/// Why an assessment could not start, for the screen to say.
#[derive(Resource, Debug, Default)]
pub struct AssessmentRefused(pub Option<String>);

pub(super) fn plugin(app: &mut App) {
    app.add_message::<StartAssessment>()
        .add_message::<NextAssessmentScenario>()
        .init_resource::<AssessmentRefused>();
    app.add_systems(
        Update,
        (
            start_assessment,
            (follow_assessment, follow_window, next_scenario)
                .run_if(resource_exists::<AssessmentRun>),
        )
            .chain()
            .before(SessionSystems),
    );
    app.add_systems(OnEnter(Screen::Home), leave_assessment);
}

fn start_assessment(
    mut commands: Commands,
    mut starts: MessageReader<StartAssessment>,
    packs: Res<Packs>,
    staff: Res<CurrentStaff>,
    store: Res<RecordsStore>,
    text: Res<super::UiText>,
    mut refused: ResMut<AssessmentRefused>,
    mut scenario: MessageWriter<StartScenario>,
    mut window: MessageWriter<StartWindow>,
) {
    let Some(start) = starts.read().last().copied() else {
        return;
    };
    let Some(member) = staff.0.clone() else {
        refused.0 = Some(text.t("assessment-choose-staff"));
        return;
    };
    let thresholds = match store.with(|records| records.thresholds()) {
        Some(Ok(thresholds)) => thresholds,
        Some(Err(error)) => {
            refused.0 = Some(text.records_error(&error));
            return;
        }
        None => {
            refused.0 = Some(text.t("home-records-unavailable"));
            return;
        }
    };
    // The shipped library is pack 0: assessments draw from it, so every clinic's results
    // compare.
    let Some(report) = packs.report(0) else {
        refused.0 = Some(text.t("app-error-no-scenario"));
        return;
    };
    let seed = start.seed.unwrap_or_else(library::fresh_seed);
    let run = match Run::new(
        &report.pack.scenarios,
        seed,
        start.count,
        start.style,
        crate::paths::now(),
    ) {
        Ok(run) => run,
        Err(error) => {
            refused.0 = Some(text.draw_error(&error));
            return;
        }
    };
    refused.0 = None;
    if let Some(first) = run.current() {
        start_item(first, &mut scenario, &mut window);
    }
    commands.insert_resource(AssessmentRun {
        run,
        staff: member,
        thresholds,
        finished: None,
        stored: None,
    });
}

/// Keeps each finished scenario's debrief; after the last one, scores and stores the whole
/// assessment and shows the result.
fn follow_assessment(
    mut finished: MessageReader<ScenarioFinished>,
    mut assessment: ResMut<AssessmentRun>,
    play: Option<Res<Play>>,
    packs: Res<Packs>,
    store: Res<RecordsStore>,
    text: Res<super::UiText>,
    mut next: ResMut<NextState<Screen>>,
) {
    for done in finished.read() {
        if done.debrief.mode != Mode::Assessment || assessment.is_complete() {
            continue;
        }
        let Some(play) = play.as_ref() else {
            continue;
        };
        assessment.run.record(
            done.debrief.clone(),
            play.session.situation().clone(),
            play.started_at,
            crate::paths::now(),
        );
        finish_if_complete(&mut assessment, &packs, &store, &text, &mut next);
    }
}

fn next_scenario(
    mut nexts: MessageReader<NextAssessmentScenario>,
    assessment: Res<AssessmentRun>,
    mut scenario: MessageWriter<StartScenario>,
    mut window: MessageWriter<StartWindow>,
) {
    if nexts.read().last().is_none() {
        return;
    }
    if let Some(item) = assessment.run.current().cloned() {
        start_item(&item, &mut scenario, &mut window);
    }
}

/// Starts one item: guided through the adapter, or at the window.
fn start_item(
    item: &madoguchi_play::assessment::Item,
    scenario: &mut MessageWriter<StartScenario>,
    window: &mut MessageWriter<StartWindow>,
) {
    match item.style {
        PlayStyle::Guided => {
            scenario.write(StartScenario {
                pack: 0,
                scenario: item.scenario.clone(),
                seed: item.seed,
                mode: Mode::Assessment,
            });
        }
        PlayStyle::Free => {
            let generated = item
                .scenario
                .strip_prefix(madoguchi_play::free::generate::PREFIX)
                .and_then(|seed| seed.parse::<u64>().ok());
            let source = match generated {
                Some(seed) => WindowSource::Generated { seed },
                None => WindowSource::Scenario {
                    pack: 0,
                    scenario: item.scenario.clone(),
                    seed: item.seed,
                },
            };
            window.write(StartWindow {
                source,
                mode: Mode::Assessment,
            });
        }
    }
}

/// Keeps each finished window item like a guided one.
fn follow_window(
    mut finished: MessageReader<WindowFinished>,
    mut assessment: ResMut<AssessmentRun>,
    window: Option<Res<Window>>,
    packs: Res<Packs>,
    store: Res<RecordsStore>,
    text: Res<super::UiText>,
    mut next: ResMut<NextState<Screen>>,
) {
    for done in finished.read() {
        if done.debrief.mode != Mode::Assessment || assessment.is_complete() {
            continue;
        }
        let Some(window) = window.as_ref() else {
            continue;
        };
        let debrief = done.debrief.as_debrief(&done.scenario.def().competencies);
        assessment.run.record(
            debrief,
            window.play.situation().clone(),
            window.started_at,
            crate::paths::now(),
        );
        finish_if_complete(&mut assessment, &packs, &store, &text, &mut next);
    }
}

/// After the last item: scores and stores the whole assessment, and shows the result.
fn finish_if_complete(
    assessment: &mut AssessmentRun,
    packs: &Packs,
    store: &RecordsStore,
    text: &super::UiText,
    next: &mut NextState<Screen>,
) {
    if !assessment.is_complete() {
        return;
    }
    let Some(report) = packs.report(0) else {
        return;
    };
    if let Some(result) = assessment
        .run
        .finish(assessment.thresholds, crate::paths::now())
    {
        let record = Record::assessment(
            &assessment.staff.name,
            &result,
            &report.pack.label,
            &library::rules_version(report.pack.fingerprint),
        );
        assessment.stored = Some(store.store(&record, text));
        assessment.finished = Some(result);
    }
    next.set(Screen::Assessment);
}

/// Going Home ends the assessment: before the last scenario nothing of it is stored (it is
/// abandoned); after it, the result is already stored.
fn leave_assessment(mut commands: Commands, assessment: Option<Res<AssessmentRun>>) {
    if assessment.is_some() {
        commands.remove_resource::<AssessmentRun>();
    }
}
