//! The records' flow: every database call, passcode hash and attempt replay of the app happens
//! here, in systems that answer [`RecordsRequest`] messages and keep the views the screens draw
//! ([`StaffList`], [`RecordsData`]). Screens only draw those views and send requests.

use bevy::prelude::*;
use madoguchi_content::present::Presenter;
use madoguchi_play::assessment::Thresholds;
use madoguchi_play::session::{Mode, Session};
use madoguchi_records::passcode::PasscodeCheck;
use madoguchi_records::summary::{StaffSummary, overview};
use madoguchi_records::{Attempt, AttemptKind, RecordsError, Staff};

use super::packs::Packs;
use super::settings::{DataFolder, Settings};
use super::staff::{CurrentStaff, RecordsStore};
use super::state::Screen;
use super::text::UiText;
use crate::library;

/// The shortest manager passcode accepted.
pub const MIN_PASSCODE: usize = 6;

/// Something asked of the records.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum RecordsRequest {
    /// Read the staff list again.
    LoadStaff,
    /// Add a staff member (or find them) and make them current.
    AddStaff(String),
    /// Make a staff member current.
    ChooseStaff(Staff),
    /// Unlock the records screen with the manager passcode.
    Unlock(String),
    /// Set the manager passcode (the second field must match).
    SetPasscode {
        /// The new passcode.
        passcode: String,
        /// Typed again.
        confirm: String,
    },
    /// Lock the records screen.
    Lock,
    /// Show one staff member's history.
    Select(i64),
    /// Open one attempt (replayed into its debrief).
    OpenAttempt(i64),
    /// Close the attempt.
    CloseAttempt,
    /// Save the clinic's thresholds.
    SaveThresholds(Thresholds),
    /// Delete a staff member and their records.
    DeleteStaff(i64),
}

/// The staff list Home shows.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct StaffList {
    /// Everyone, by name.
    pub staff: Vec<Staff>,
    /// Why the list or the last change failed.
    pub error: Option<String>,
}

/// A note after an action: whether it is an error, and the text.
pub type Note = Option<(bool, String)>;

/// An attempt drilled down.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    /// The attempt as stored.
    pub attempt: Attempt,
    /// Its scenario's title.
    pub title: String,
    /// The debrief as the trainee's play-through gives it (replayed), or none when the
    /// scenario has changed since.
    pub lines: Option<Vec<String>>,
    /// Whether the attempt was judged by another version of the rules or the pack than the
    /// one loaded now (the stored score stands; the replay uses today's).
    pub other_version: bool,
}

/// What the records screen shows.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct RecordsData {
    /// Whether the passcode has been given.
    pub unlocked: bool,
    /// Whether a manager passcode exists.
    pub has_passcode: bool,
    /// The note to show.
    pub note: Note,
    /// Every staff member's summary.
    pub overview: Vec<StaffSummary>,
    /// The clinic's thresholds.
    pub thresholds: Thresholds,
    /// The staff member whose history is shown.
    pub selected: Option<i64>,
    /// Their attempts, newest first, with titles.
    pub attempts: Vec<(Attempt, String)>,
    /// The attempt opened.
    pub detail: Option<Detail>,
}

/// The current staff member's best share per scenario, for the library.
#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct BestScores {
    /// Best share and attempts, by scenario id.
    pub best: std::collections::BTreeMap<String, (f64, u32)>,
    /// Why they could not be read.
    pub error: Option<String>,
}

fn load_best(
    store: Res<RecordsStore>,
    staff: Res<CurrentStaff>,
    text: Res<UiText>,
    mut best: ResMut<BestScores>,
) {
    *best = BestScores::default();
    let Some(member) = &staff.0 else {
        return;
    };
    match store.with(|r| r.best_by_scenario(member.id)) {
        Some(Ok(scores)) => best.best = scores,
        Some(Err(error)) => best.error = Some(text.records_error(&error)),
        None => {}
    }
}

pub(super) fn plugin(app: &mut App) {
    app.add_message::<RecordsRequest>()
        .init_resource::<StaffList>()
        .init_resource::<RecordsData>()
        .init_resource::<BestScores>();
    app.add_systems(OnEnter(Screen::Library), load_best);
    app.add_systems(OnEnter(Screen::Home), request_staff);
    app.add_systems(OnEnter(Screen::Records), lock_records);
    app.add_systems(OnExit(Screen::Records), lock_records);
    app.add_systems(Update, answer_requests);
}

fn request_staff(mut requests: MessageWriter<RecordsRequest>) {
    requests.write(RecordsRequest::LoadStaff);
}

fn lock_records(mut requests: MessageWriter<RecordsRequest>) {
    requests.write(RecordsRequest::Lock);
}

/// Answers every request of the frame.
fn answer_requests(
    mut requests: MessageReader<RecordsRequest>,
    store: Res<RecordsStore>,
    text: Res<UiText>,
    packs: Res<Packs>,
    dir: Res<DataFolder>,
    mut settings: ResMut<Settings>,
    mut current: ResMut<CurrentStaff>,
    mut list: ResMut<StaffList>,
    mut data: ResMut<RecordsData>,
) {
    for request in requests.read() {
        // A note that something went well is over with the next thing asked.
        if data.note.as_ref().is_some_and(|(problem, _)| !problem) {
            data.note = None;
        }
        match request {
            RecordsRequest::LoadStaff => {
                load_staff(&store, &text, &mut list, &settings, &mut current)
            }
            RecordsRequest::AddStaff(name) => {
                let added = store.with(|r| r.staff_or_add(name, crate::paths::now()));
                match added {
                    Some(Ok(member)) => {
                        choose(&member, &mut settings, &dir, &mut current);
                        list.error = None;
                        load_staff(&store, &text, &mut list, &settings, &mut current);
                    }
                    Some(Err(error)) => list.error = Some(text.records_error(&error)),
                    None => list.error = Some(unavailable(&store, &text)),
                }
            }
            RecordsRequest::ChooseStaff(member) => {
                choose(member, &mut settings, &dir, &mut current);
            }
            RecordsRequest::Lock => {
                *data = RecordsData::default();
                match store.with(|r| r.has_manager_passcode()) {
                    Some(Ok(has)) => data.has_passcode = has,
                    Some(Err(error)) => data.note = Some((true, text.records_error(&error))),
                    None => data.note = Some((true, unavailable(&store, &text))),
                }
            }
            RecordsRequest::Unlock(passcode) => {
                match store.with(|r| r.check_manager_passcode(passcode, crate::paths::now())) {
                    Some(Ok(PasscodeCheck::Right)) => {
                        data.unlocked = true;
                        data.note = None;
                        reload(&mut data, &store, &text, &packs);
                    }
                    Some(Ok(PasscodeCheck::Wrong { .. })) => {
                        data.note = Some((true, text.t("records-wrong-passcode")));
                    }
                    Some(Ok(PasscodeCheck::Wait { seconds })) => {
                        let error = RecordsError::PasscodeWait { seconds };
                        data.note = Some((true, text.records_error(&error)));
                    }
                    Some(Err(error)) => data.note = Some((true, text.records_error(&error))),
                    None => data.note = Some((true, unavailable(&store, &text))),
                }
            }
            RecordsRequest::SetPasscode { passcode, confirm } => {
                let note = if passcode.chars().count() < MIN_PASSCODE {
                    (
                        true,
                        text.t_args(
                            "records-passcode-short",
                            &[("count", MIN_PASSCODE.to_string())],
                        ),
                    )
                } else if passcode != confirm {
                    (true, text.t("records-passcode-mismatch"))
                } else {
                    match store.with(|r| r.set_manager_passcode(passcode)) {
                        Some(Ok(())) => {
                            data.has_passcode = true;
                            data.unlocked = true;
                            reload(&mut data, &store, &text, &packs);
                            (false, text.t("records-passcode-set"))
                        }
                        Some(Err(error)) => (true, text.records_error(&error)),
                        None => (true, unavailable(&store, &text)),
                    }
                };
                data.note = Some(note);
            }
            RecordsRequest::Select(id) if data.unlocked => {
                data.selected = Some(*id);
                select(&mut data, &store, &text, &packs);
            }
            RecordsRequest::OpenAttempt(id) if data.unlocked => {
                data.detail = store
                    .with(|r| r.attempt(*id).ok().flatten())
                    .flatten()
                    .map(|attempt| detail(attempt, &packs, &text));
            }
            RecordsRequest::CloseAttempt => data.detail = None,
            RecordsRequest::SaveThresholds(thresholds) if data.unlocked => {
                data.note = Some(match store.with(|r| r.set_thresholds(thresholds)) {
                    Some(Ok(())) => {
                        data.thresholds = *thresholds;
                        (false, text.t("records-thresholds-saved"))
                    }
                    Some(Err(error)) => (true, text.records_error(&error)),
                    None => (true, unavailable(&store, &text)),
                });
            }
            RecordsRequest::DeleteStaff(id) if data.unlocked => {
                let name = data
                    .overview
                    .iter()
                    .find(|s| s.staff.id == *id)
                    .map(|s| s.staff.name.clone())
                    .unwrap_or_default();
                match store.with(|r| r.delete_staff(*id)) {
                    Some(Ok(())) => {
                        data.selected = None;
                        data.attempts.clear();
                        data.note =
                            Some((false, text.t_args("records-deleted", &[("name", name)])));
                        if current.0.as_ref().is_some_and(|c| c.id == *id) {
                            current.0 = None;
                        }
                        reload(&mut data, &store, &text, &packs);
                        load_staff(&store, &text, &mut list, &settings, &mut current);
                    }
                    Some(Err(error)) => data.note = Some((true, text.records_error(&error))),
                    None => data.note = Some((true, unavailable(&store, &text))),
                }
            }
            // Requests that need the records unlocked are ignored while locked.
            RecordsRequest::Select(_)
            | RecordsRequest::OpenAttempt(_)
            | RecordsRequest::SaveThresholds(_)
            | RecordsRequest::DeleteStaff(_) => {}
        }
    }
}

fn unavailable(store: &RecordsStore, text: &UiText) -> String {
    match &store.error {
        Some(error) => text.records_error(error),
        None => text.t("home-records-unavailable"),
    }
}

fn choose(member: &Staff, settings: &mut Settings, dir: &DataFolder, current: &mut CurrentStaff) {
    settings.last_staff = Some(member.name.clone());
    let _ = settings.save(dir);
    current.0 = Some(member.clone());
}

fn load_staff(
    store: &RecordsStore,
    text: &UiText,
    list: &mut StaffList,
    settings: &Settings,
    current: &mut CurrentStaff,
) {
    match store.with(|r| r.staff()) {
        Some(Ok(staff)) => {
            if current.0.is_none()
                && let Some(name) = &settings.last_staff
            {
                current.0 = staff.iter().find(|s| &s.name == name).cloned();
            }
            list.staff = staff;
        }
        Some(Err(error)) => list.error = Some(text.records_error(&error)),
        None => list.staff.clear(),
    }
}

fn reload(data: &mut RecordsData, store: &RecordsStore, text: &UiText, packs: &Packs) {
    let loaded = store.with(|r| Ok::<_, RecordsError>((overview(r)?, r.thresholds()?)));
    match loaded {
        Some(Ok((summaries, thresholds))) => {
            data.overview = summaries;
            data.thresholds = thresholds;
        }
        Some(Err(error)) => data.note = Some((true, text.records_error(&error))),
        None => data.note = Some((true, unavailable(store, text))),
    }
    if data.selected.is_some() {
        select(data, store, text, packs);
    }
}

fn select(data: &mut RecordsData, store: &RecordsStore, text: &UiText, packs: &Packs) {
    let Some(id) = data.selected else {
        return;
    };
    let attempts = store
        .with(|r| r.attempts(Some(id)))
        .unwrap_or_else(|| Ok(Vec::new()));
    match attempts {
        Ok(mut attempts) => {
            attempts.reverse();
            data.attempts = attempts
                .into_iter()
                .map(|a| {
                    let title = title(packs, text, &a);
                    (a, title)
                })
                .collect();
        }
        Err(error) => data.note = Some((true, text.records_error(&error))),
    }
}

/// A scenario's title in the language, from the pack it was played in (a generated patient's
/// from the patient; never the id).
fn title(packs: &Packs, text: &UiText, attempt: &Attempt) -> String {
    let policy = library::policy();
    packs
        .index_of_label(&attempt.pack)
        .and_then(|index| packs.report(index))
        .and_then(|report| {
            let item = madoguchi_play::assessment::Item {
                scenario: attempt.scenario.clone(),
                seed: attempt.seed,
                style: attempt.style,
            };
            let scenario = item.scenario_in(&report.pack.scenarios, &policy)?;
            let (situation, _) = scenario.situation(attempt.seed);
            let presenter = Presenter {
                texts: &report.pack.texts,
                lang: text.lang,
                policy: &policy,
                scenario: &scenario,
                situation: &situation,
            };
            Some(presenter.title())
        })
        .unwrap_or_else(|| text.t("records-unknown-scenario"))
}

fn detail(attempt: Attempt, packs: &Packs, text: &UiText) -> Detail {
    Detail {
        title: title(packs, text, &attempt),
        lines: replayed(packs, text, &attempt),
        other_version: packs
            .index_of_label(&attempt.pack)
            .and_then(|index| packs.report(index))
            .is_none_or(|report| {
                library::rules_version(report.pack.fingerprint) != attempt.rules_version
            }),
        attempt,
    }
}

/// The attempt replayed from its seed and recorded choices (or, at the window, its recorded
/// acts), as its debrief's lines.
fn replayed(packs: &Packs, text: &UiText, attempt: &Attempt) -> Option<Vec<String>> {
    let report = packs.report(packs.index_of_label(&attempt.pack)?)?;
    if attempt.style == madoguchi_play::session::PlayStyle::Free {
        return replayed_free(report, text, attempt);
    }
    let scenario = report.pack.scenario(&attempt.scenario)?.clone();
    let decisions: Vec<(&str, u64)> = attempt
        .decisions
        .iter()
        .map(|d| (d.choice_text.as_str(), d.at_ms))
        .collect();
    let mode = match attempt.kind {
        AttemptKind::Practice => Mode::Practice,
        AttemptKind::Assessment => Mode::Assessment,
    };
    let policy = library::policy();
    let session = Session::replay(
        policy.clone(),
        scenario.clone(),
        attempt.seed,
        mode,
        &decisions,
    )
    .ok()?;
    let presenter = Presenter {
        texts: &report.pack.texts,
        lang: text.lang,
        policy: &policy,
        scenario: &scenario,
        situation: session.situation(),
    };
    Some(presenter.debrief(&session.debrief()))
}

/// A window-mode attempt replayed from its recorded acts (the judged ones; the check-in that
/// ended it is the last), as its whole-handling debrief's lines.
fn replayed_free(
    report: &madoguchi_content::pack::PackReport,
    text: &UiText,
    attempt: &Attempt,
) -> Option<Vec<String>> {
    use madoguchi_play::free::{Act, FreePlay, SavedFree};
    let policy = library::policy();
    let item = madoguchi_play::assessment::Item {
        scenario: attempt.scenario.clone(),
        seed: attempt.seed,
        style: attempt.style,
    };
    let scenario = item.scenario_in(&report.pack.scenarios, &policy)?;
    let mode = match attempt.kind {
        AttemptKind::Practice => Mode::Practice,
        AttemptKind::Assessment => Mode::Assessment,
    };
    let mut acts: Vec<(String, u64)> = attempt
        .decisions
        .iter()
        .map(|d| (d.choice_text.clone(), d.at_ms))
        .collect();
    let last = acts.last().map_or(0, |(_, at)| *at);
    let closing = match attempt.ending {
        Some(madoguchi_play::scenario::Ending::Served) => Some(Act::Finish),
        Some(madoguchi_play::scenario::Ending::Escalated) => Some(Act::HandToSenior),
        _ => None,
    };
    if let Some(act) = closing {
        acts.push((act.key(), last));
    }
    let saved = SavedFree {
        scenario: attempt.scenario.clone(),
        seed: attempt.seed,
        mode,
        acts,
    };
    let play = FreePlay::replay(policy.clone(), scenario.clone(), &saved).ok()?;
    let presenter = Presenter {
        texts: &report.pack.texts,
        lang: text.lang,
        policy: &policy,
        scenario: &scenario,
        situation: play.situation(),
    };
    Some(presenter.free_debrief(&play.debrief()))
}
