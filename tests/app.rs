//! Headless app tests: `MinimalPlugins` + `StatesPlugin` + the app's logic plugin, driven by
//! `app.update()`. They play scenarios through the same Bevy adapter the window uses and assert
//! on the state, the messages, the records and the resume file.

use std::path::{Path, PathBuf};

mod common;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use madoguchi::app::adapter::{
    ChoiceMade, OutcomeShown, Play, ResumeFile, ResumeSaved, ScenarioFinished, StartScenario,
};
use madoguchi::app::packs::Packs;
use madoguchi::app::settings::{DataDir, DataFolder, Settings, SettingsNotice};
use madoguchi::app::staff::{CurrentStaff, RecordsStore};
use madoguchi::app::{Screen, UiText, logic_plugin};
use madoguchi_content::i18n::Lang;
use madoguchi_play::session::{Mode, Outcome};
use madoguchi_rules::Verdict;

/// Messages written so far, kept for the test to read.
#[derive(Resource, Default)]
struct Seen {
    outcomes: Vec<Outcome>,
    finished: Vec<ScenarioFinished>,
}

fn collect(
    mut outcomes: MessageReader<OutcomeShown>,
    mut finished: MessageReader<ScenarioFinished>,
    mut seen: ResMut<Seen>,
) {
    seen.outcomes
        .extend(outcomes.read().map(|shown| shown.0.clone()));
    seen.finished.extend(finished.read().cloned());
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("madoguchi-app-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn headless(data: &Path, folders: &[PathBuf]) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin));
    app.insert_resource(UiText::new(Lang::En))
        .insert_resource(Packs::load(folders))
        .insert_resource(RecordsStore::in_memory())
        .insert_resource(Settings::default())
        .insert_resource(SettingsNotice::default())
        .insert_resource(DataFolder(DataDir(data.to_path_buf())));
    app.add_plugins(logic_plugin);
    app.init_resource::<Seen>();
    app.add_systems(Last, collect);
    app.update();
    app
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

fn choose(app: &mut App, index: usize) {
    app.world_mut().write_message(ChoiceMade { index });
    app.update();
    app.update();
}

/// Makes the choice the author wrote at `authored` (the session offers choices shuffled).
fn choose_authored(app: &mut App, authored: usize) {
    let index = {
        let session = &app.world().resource::<Play>().session;
        let beat = session.scenario().beat(session.beat()).unwrap();
        let text = &beat.choices[authored].text;
        session
            .choices()
            .iter()
            .position(|c| &c.text == text)
            .unwrap()
    };
    choose(app, index);
}

/// Adds a staff member the way Home does: a request to the records flow, which adds them and
/// makes them current.
fn add_staff(app: &mut App, name: &str) -> i64 {
    app.world_mut()
        .write_message(madoguchi::app::records_flow::RecordsRequest::AddStaff(
            name.to_owned(),
        ));
    app.update();
    let current = app.world().resource::<CurrentStaff>().0.clone();
    let staff = current.expect("the flow made the new staff member current");
    assert_eq!(staff.name, name);
    let list = &app
        .world()
        .resource::<madoguchi::app::records_flow::StaffList>()
        .staff;
    assert!(list.iter().any(|s| s.id == staff.id), "listed on Home");
    staff.id
}

#[test]
fn a_scenario_plays_through_the_adapter_and_is_recorded() {
    let data = temp_dir("play");
    let mut app = headless(&data, &[]);
    let staff = add_staff(&mut app, "山田");
    assert_eq!(screen(&app), Screen::Home);

    app.world_mut().write_message(StartScenario {
        pack: 0,
        scenario: "auth_ordinary_face".to_owned(),
        seed: None,
        mode: Mode::Practice,
    });
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Play);
    assert!(app.world().get_resource::<Play>().is_some());
    assert!(
        ResumeFile::load(&DataDir(data.clone())).is_some(),
        "kept for resuming"
    );
    let opening = app.world().resource::<Seen>().outcomes.clone();
    assert_eq!(
        opening,
        vec![Outcome::Line("auth_ordinary_face-arrive-l1".to_owned())]
    );

    // Always the first choice the author wrote: the right path through this scenario. Only
    // beats with more than one choice are decisions that get a verdict.
    let mut decisions = 0;
    for _ in 0..40 {
        let Some(play) = app.world().get_resource::<Play>() else {
            break;
        };
        if play.session.ended().is_some() {
            break;
        }
        if play.session.choices().len() > 1 {
            decisions += 1;
        }
        choose_authored(&mut app, 0);
    }
    assert!(decisions >= 3, "a real scenario asks for decisions");
    let seen = app.world().resource::<Seen>();
    let verdicts: Vec<Verdict> = seen
        .outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Judged(j) => Some(j.verdict),
            _ => None,
        })
        .collect();
    assert_eq!(verdicts.len(), decisions);
    assert!(
        verdicts.iter().all(|v| *v == Verdict::Right),
        "{verdicts:?}"
    );
    assert!(seen.outcomes.iter().any(|o| matches!(o, Outcome::Ended(_))));
    assert_eq!(seen.finished.len(), 1);
    let debrief = &seen.finished[0].debrief;
    assert_eq!(debrief.score.points, debrief.score.max);

    let play = app.world().resource::<Play>();
    assert!(matches!(play.recorded, Some(Ok(_))), "{:?}", play.recorded);
    let stored = app
        .world()
        .resource::<RecordsStore>()
        .with(|r| r.attempts(Some(staff)).unwrap())
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].scenario, "auth_ordinary_face");
    assert_eq!(stored[0].points, debrief.score.points);
    assert!(
        ResumeFile::load(&DataDir(data.clone())).is_none(),
        "cleared at the end"
    );
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn an_invalid_choice_changes_nothing() {
    let data = temp_dir("invalid");
    let mut app = headless(&data, &[]);
    app.world_mut().write_message(StartScenario {
        pack: 0,
        scenario: "auth_sleeve_case".to_owned(),
        seed: None,
        mode: Mode::Assessment,
    });
    app.update();
    app.update();
    let before = app.world().resource::<Play>().session.save();
    choose(&mut app, 9);
    assert_eq!(app.world().resource::<Play>().session.save(), before);
    choose_authored(&mut app, 0);
    let seen = app.world().resource::<Seen>();
    assert!(
        !seen
            .outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Judged(_))),
        "no feedback in an assessment"
    );
    assert_eq!(app.world().resource::<Play>().session.beat(), "placed");
    std::fs::remove_dir_all(&data).unwrap();
}

/// Presses Esc for one frame, as the keyboard does.
fn press_escape(app: &mut App) {
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(KeyCode::Escape);
    app.update();
    let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    keys.release(KeyCode::Escape);
    keys.clear();
    app.update();
}

/// Presses a key for one frame.
fn press(app: &mut App, key: KeyCode) {
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(key);
    app.update();
    let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    keys.release(key);
    keys.clear();
    app.update();
}

/// Plays the scenario on screen to its end with the number keys alone (always the first
/// option offered).
fn keys_to_the_end(app: &mut App) {
    for _ in 0..200 {
        if app.world().resource::<Play>().session.ended().is_some() {
            return;
        }
        press(app, KeyCode::Digit1);
    }
    panic!("the scenario did not end on number keys");
}

#[test]
fn the_keyboard_alone_plays_a_scenario_and_a_whole_assessment_to_its_result() {
    use madoguchi::app::assessment::{AssessmentRun, StartAssessment};
    let data = temp_dir("keyboard");
    let mut app = headless(&data, &[]);
    app.init_resource::<ButtonInput<KeyCode>>();
    add_staff(&mut app, "鍵盤 太郎");
    // Practice: a number key makes the choice it is shown with; Enter opens the debrief.
    app.world_mut().write_message(StartScenario {
        pack: 0,
        scenario: "auth_ordinary_face".to_owned(),
        seed: Some(5),
        mode: Mode::Practice,
    });
    app.update();
    app.update();
    let offered = app.world().resource::<Play>().session.choices().len();
    // A number past the options does nothing.
    press(&mut app, KeyCode::Digit9);
    assert!(offered < 9);
    assert!(
        app.world()
            .resource::<Play>()
            .session
            .transcript()
            .is_empty()
    );
    press(&mut app, KeyCode::Digit2);
    assert_eq!(app.world().resource::<Play>().session.transcript().len(), 1);
    keys_to_the_end(&mut app);
    press(&mut app, KeyCode::Enter);
    assert_eq!(screen(&app), Screen::Debrief);
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Home);

    // An assessment, started as Home starts it, then keys only: numbers, Enter for the next
    // scenario, to the result.
    app.world_mut().write_message(StartAssessment {
        seed: Some(8),
        count: 10,
        style: madoguchi_play::session::PlayStyle::Guided,
    });
    app.update();
    app.update();
    for _ in 0..10 {
        assert_eq!(
            screen(&app),
            Screen::Play,
            "{:?}",
            app.world()
                .resource::<madoguchi::app::assessment::AssessmentRefused>()
                .0
        );
        keys_to_the_end(&mut app);
        press(&mut app, KeyCode::Enter);
    }
    app.update();
    assert_eq!(screen(&app), Screen::Assessment);
    let run = app.world().resource::<AssessmentRun>();
    assert!(run.finished.is_some(), "the result is shown");
    assert!(matches!(run.stored, Some(Ok(_))), "{:?}", run.stored);
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn escape_steps_back_and_asks_before_work_is_lost() {
    use madoguchi::app::leave::{LeaveAnswer, LeavePrompt, LeaveRequest, Leaving};
    let data = temp_dir("leave");
    let mut app = headless(&data, &[]);
    app.init_resource::<ButtonInput<KeyCode>>();
    // Nothing open: Esc on the library goes straight Home, and on Home does nothing.
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Library);
    app.update();
    press_escape(&mut app);
    assert_eq!(screen(&app), Screen::Home);
    press_escape(&mut app);
    assert_eq!(screen(&app), Screen::Home);
    assert_eq!(app.world().resource::<LeavePrompt>().0, None);

    // A scenario in progress: Esc asks; Esc again withdraws the question; "continue" keeps it.
    app.world_mut().write_message(StartScenario {
        pack: 0,
        scenario: "cert_grace_or_after".to_owned(),
        seed: Some(3),
        mode: Mode::Practice,
    });
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Play);
    press_escape(&mut app);
    assert_eq!(
        app.world().resource::<LeavePrompt>().0,
        Some(Leaving::ToHome { assessment: false })
    );
    press_escape(&mut app);
    assert_eq!(app.world().resource::<LeavePrompt>().0, None);
    assert_eq!(screen(&app), Screen::Play);
    press_escape(&mut app);
    app.world_mut().write_message(LeaveAnswer(false));
    app.update();
    assert_eq!(screen(&app), Screen::Play);
    assert_eq!(app.world().resource::<LeavePrompt>().0, None);

    // The close button asks too, and "leave" goes Home with the scenario kept for later.
    app.world_mut().write_message(LeaveRequest::Quit);
    app.update();
    assert_eq!(
        app.world().resource::<LeavePrompt>().0,
        Some(Leaving::Quit { assessment: false })
    );
    app.world_mut().write_message(LeaveAnswer(false));
    app.update();
    press_escape(&mut app);
    app.world_mut().write_message(LeaveAnswer(true));
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Home);
    assert!(ResumeFile::load(&DataDir(data.clone())).is_some());

    // With nothing open, the close button quits at once.
    app.world_mut().write_message(LeaveRequest::Quit);
    app.update();
    let exits: Vec<AppExit> = app
        .world_mut()
        .resource_mut::<Messages<AppExit>>()
        .drain()
        .collect();
    assert_eq!(exits, vec![AppExit::Success]);
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn quitting_mid_scenario_resumes_where_it_stopped() {
    let data = temp_dir("resume");
    let mut app = headless(&data, &[]);
    app.world_mut().write_message(StartScenario {
        pack: 0,
        scenario: "cert_grace_or_after".to_owned(),
        seed: Some(11),
        mode: Mode::Practice,
    });
    app.update();
    app.update();
    choose(&mut app, 0);
    choose(&mut app, 0);
    let beat = app.world().resource::<Play>().session.beat().to_owned();
    let transcript = app.world().resource::<Play>().session.transcript().to_vec();
    drop(app);

    // Another staff member is not given it, and it stays for its owner.
    let mut app = headless(&data, &[]);
    add_staff(&mut app, "別の人");
    app.world_mut().write_message(ResumeSaved);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Home);
    assert!(
        ResumeFile::load(&DataDir(data.clone())).is_some(),
        "kept for its owner"
    );
    drop(app);

    // A new run of the app finds the saved play-through and resumes it.
    let mut app = headless(&data, &[]);
    let saved = ResumeFile::load(&DataDir(data.clone())).expect("saved");
    assert_eq!(saved.saved.seed, Some(11));
    app.world_mut().write_message(ResumeSaved);
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Play);
    let play = app.world().resource::<Play>();
    assert_eq!(play.session.beat(), beat);
    assert_eq!(play.session.transcript(), transcript.as_slice());
    assert_eq!(play.session.seed(), Some(11));
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn a_trainer_pack_is_reloaded_when_its_files_change() {
    let data = temp_dir("reload-data");
    let pack = temp_dir("reload-pack");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/example-pack");
    for file in [
        "example_expired_cert.ron",
        "locales/ja/example.ftl",
        "locales/en/example.ftl",
    ] {
        let target = pack.join(file);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(example.join(file), &target).unwrap();
    }
    let mut app = headless(&data, std::slice::from_ref(&pack));
    let packs = app.world().resource::<Packs>();
    let report = packs.report(1).expect("the folder loads");
    assert!(report.findings.is_empty());
    assert_eq!(report.pack.scenarios.len(), 1);

    // Break the scenario: the pack now shows a finding, with its line, and keeps going.
    let path = pack.join("example_expired_cert.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("next: \"pay\", expect: right", "next: \"nowhere\""),
    )
    .unwrap();
    // The file watcher reports the change; the app reloads the pack within a few frames.
    let started = std::time::Instant::now();
    while app
        .world()
        .resource::<Packs>()
        .report(1)
        .unwrap()
        .findings
        .is_empty()
    {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "the watcher never reported the change"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        app.update();
    }
    let packs = app.world().resource::<Packs>();
    let report = packs.report(1).unwrap();
    assert!(report.pack.scenarios.is_empty());
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.file == "example_expired_cert.ron" && f.line.is_some()),
        "{:#?}",
        report.findings
    );
    assert!(!report.findings.is_empty());
    // Nothing changed since: nothing is reloaded.
    assert!(
        app.world_mut()
            .resource_mut::<Packs>()
            .reload_changed()
            .is_empty()
    );
    std::fs::remove_dir_all(&pack).unwrap();
    std::fs::remove_dir_all(&data).unwrap();
}

/// Plays the scenario on screen to its end, always the author's first choice.
fn play_to_the_end(app: &mut App) {
    for _ in 0..40 {
        if app.world().resource::<Play>().session.ended().is_some() {
            return;
        }
        choose_authored(app, 0);
    }
    panic!("the scenario did not end");
}

#[test]
fn an_assessment_plays_every_drawn_scenario_and_stores_it_once_at_the_end() {
    use madoguchi::app::assessment::{AssessmentRun, NextAssessmentScenario, StartAssessment};
    let data = temp_dir("assessment");
    let mut app = headless(&data, &[]);
    let staff = add_staff(&mut app, "評価 花子");
    app.world_mut().write_message(StartAssessment {
        seed: Some(21),
        count: 10,
        style: madoguchi_play::session::PlayStyle::Guided,
    });
    app.update();
    app.update();
    assert_eq!(
        screen(&app),
        Screen::Play,
        "{:?}",
        app.world()
            .resource::<madoguchi::app::assessment::AssessmentRefused>()
            .0
    );
    let items = app.world().resource::<AssessmentRun>().run.items.clone();
    assert_eq!(items.len(), 10);
    let stored = |app: &App| {
        app.world()
            .resource::<RecordsStore>()
            .with(|r| {
                (
                    r.assessments(Some(staff)).unwrap(),
                    r.attempts(Some(staff)).unwrap(),
                )
            })
            .unwrap()
    };
    for (i, item) in items.iter().enumerate() {
        let play = app.world().resource::<Play>();
        assert_eq!(play.session.scenario().id(), item.scenario);
        assert_eq!(play.session.seed(), item.seed);
        assert_eq!(play.session.mode(), Mode::Assessment);
        play_to_the_end(&mut app);
        if i + 1 < items.len() {
            assert_eq!(
                screen(&app),
                Screen::Play,
                "the next scenario waits for the trainee"
            );
            assert!(
                stored(&app).0.is_empty(),
                "nothing is stored before the end"
            );
            app.world_mut().write_message(NextAssessmentScenario);
            app.update();
            app.update();
        }
    }
    app.update();
    assert_eq!(screen(&app), Screen::Assessment);
    let run = app.world().resource::<AssessmentRun>();
    let finished = run.finished.as_ref().expect("scored");
    assert!(matches!(run.stored, Some(Ok(_))), "{:?}", run.stored);
    assert_eq!(
        finished.readiness.competencies.len(),
        <madoguchi_play::scenario::Competency as madoguchi_rules::VariantArray>::VARIANTS.len(),
        "every competency"
    );
    let (assessments, attempts) = stored(&app);
    assert_eq!(assessments.len(), 1);
    assert_eq!(assessments[0].seed, 21);
    assert_eq!(attempts.len(), 10);
    assert!(
        attempts
            .iter()
            .all(|a| a.assessment_id == Some(assessments[0].id))
    );
    let seen = app.world().resource::<Seen>();
    assert!(
        !seen
            .outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Judged(_))),
        "no feedback during the assessment"
    );
    assert!(
        ResumeFile::load(&DataDir(data.clone())).is_none(),
        "an assessment scenario is never kept for resuming"
    );

    // A second assessment left half-way stores nothing.
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Home);
    app.update();
    assert!(app.world().get_resource::<AssessmentRun>().is_none());
    app.world_mut().write_message(StartAssessment {
        seed: Some(22),
        count: 10,
        style: madoguchi_play::session::PlayStyle::Guided,
    });
    app.update();
    app.update();
    play_to_the_end(&mut app);
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Home);
    app.update();
    app.update();
    assert!(app.world().get_resource::<AssessmentRun>().is_none());
    let (assessments, attempts) = stored(&app);
    assert_eq!((assessments.len(), attempts.len()), (1, 10));
    std::fs::remove_dir_all(&data).unwrap();
}

/// Plays one scenario to its end, always with the author's first choice.
fn play_through(app: &mut App, scenario: &str) {
    app.world_mut().write_message(StartScenario {
        pack: 0,
        scenario: scenario.to_owned(),
        seed: None,
        mode: Mode::Practice,
    });
    app.update();
    app.update();
    for _ in 0..40 {
        let Some(play) = app.world().get_resource::<Play>() else {
            break;
        };
        if play.session.ended().is_some() {
            break;
        }
        choose_authored(app, 0);
    }
}

#[test]
fn records_go_to_the_group_store_in_the_background_and_the_group_is_read_back() {
    use madoguchi::app::lrs_flow::{LrsRequest, LrsView};
    use std::sync::{Arc, Mutex};

    let data = temp_dir("lrs");
    let mut app = headless(&data, &[]);
    let (store, _) = RecordsStore::open(&DataDir(data.clone()));
    app.insert_resource(store);
    add_staff(&mut app, "送信 花子");
    play_through(&mut app, "auth_ordinary_face");
    assert!(matches!(
        app.world().resource::<Play>().recorded,
        Some(Ok(_))
    ));

    // A store that keeps what it is sent and answers queries with it.
    let kept: Arc<Mutex<Vec<serde_json::Value>>> = Arc::default();
    let held = kept.clone();
    let (base, requests) = common::lrs(move |line: &str, body: &[u8]| {
        if line.starts_with("POST ") {
            let posted: Vec<serde_json::Value> = serde_json::from_slice(body).unwrap();
            held.lock().unwrap().extend(posted.iter().cloned());
            common::confirming(line, body)
        } else {
            let statements = held.lock().unwrap().clone();
            let reply = serde_json::json!({"statements": statements, "more": ""});
            (200, vec![], serde_json::to_vec(&reply).unwrap())
        }
    });
    let settle = |app: &mut App| {
        for _ in 0..500 {
            app.update();
            if !app.world().resource::<LrsView>().busy {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        panic!("the store's worker never answered");
    };

    // Without the password nothing is tried, and the manager is told why.
    app.world_mut().write_message(LrsRequest::Connect {
        endpoint: format!("{base}/xapi"),
        user: "clinic".to_owned(),
        password: String::new(),
    });
    settle(&mut app);
    let view = app.world().resource::<LrsView>().clone();
    assert_eq!(
        view.endpoint.as_deref(),
        Some(format!("{base}/xapi").as_str())
    );
    let (error, note) = view.note.clone().unwrap();
    assert!(error && note.contains("password"), "{note}");
    assert!(kept.lock().unwrap().is_empty());

    app.world_mut().write_message(LrsRequest::Connect {
        endpoint: format!("{base}/xapi"),
        user: "clinic".to_owned(),
        password: "s3cret".to_owned(),
    });
    app.update();
    assert!(
        app.world().resource::<LrsView>().busy,
        "sent in the background"
    );
    settle(&mut app);
    let view = app.world().resource::<LrsView>().clone();
    let (error, note) = view.note.clone().unwrap();
    assert!(!error, "{note}");
    let status = view.status.unwrap();
    let sent = kept.lock().unwrap().len();
    assert!(sent > 0);
    assert_eq!((status.sent, status.waiting), (sent, 0));
    let (head, _) = requests.recv().unwrap();
    assert!(head.starts_with("POST /xapi/statements"), "{head}");

    // The next record goes as it is made.
    play_through(&mut app, "auth_ordinary_face");
    settle(&mut app);
    settle(&mut app);
    let status = app.world().resource::<LrsView>().status.clone().unwrap();
    assert_eq!(status.waiting, 0);
    assert!(
        kept.lock().unwrap().len() > sent,
        "the second attempt was sent too"
    );

    // The group's readiness, read back from the store (no assessment yet: nobody listed).
    app.world_mut().write_message(LrsRequest::LoadGroup);
    app.update();
    settle(&mut app);
    let view = app.world().resource::<LrsView>().clone();
    assert_eq!(view.group, Some(Vec::new()), "{:?}", view.note);
    let (head, _) = requests
        .iter()
        .find(|(head, _)| head.starts_with("GET "))
        .unwrap();
    assert!(head.contains("related_activities=true"), "{head}");
    std::fs::remove_dir_all(&data).unwrap();
}

/// Plays the patient at the window with the player who knows the rules.
fn play_window_patient(app: &mut App) {
    use madoguchi::app::window_flow::{Window, WindowAct};
    use madoguchi_play::free::players::{Player, RulesPlayer};
    let mut player = RulesPlayer::default();
    for _ in 0..200 {
        let window = app.world().resource::<Window>();
        if window.play.ended().is_some() {
            return;
        }
        let act = player.next(&window.play);
        app.world_mut().write_message(WindowAct(act));
        app.update();
    }
    panic!("the handling never ended");
}

#[test]
fn a_window_shift_plays_through_the_adapter_to_its_debrief_and_is_recorded() {
    use madoguchi::app::window_flow::{
        LastWindow, StartWindow, Window, WindowAct, WindowNextPatient, WindowSource,
    };
    use madoguchi_play::free::Act;
    let data = temp_dir("window");
    let mut app = headless(&data, &[]);
    let staff = add_staff(&mut app, "窓口 太郎");
    app.world_mut().write_message(StartWindow {
        source: WindowSource::Shift { seed: 4, count: 3 },
        mode: Mode::Practice,
    });
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Window);
    // An act that is impossible now is refused and changes nothing.
    let before = app.world().resource::<Window>().play.log().len();
    app.world_mut()
        .write_message(WindowAct(Act::Rule(madoguchi_rules::Action::ReturnCard)));
    app.update();
    let window = app.world().resource::<Window>();
    assert!(window.refusal.is_some());
    assert_eq!(window.play.log().len(), before);
    for patient in 0..3 {
        play_window_patient(&mut app);
        let window = app.world().resource::<Window>();
        assert!(
            matches!(window.recorded, Some(Ok(_))),
            "{:?}",
            window.recorded
        );
        let (_, debrief) = window.done.last().unwrap();
        assert_eq!(debrief.score.points, debrief.score.max, "patient {patient}");
        if patient < 2 {
            app.world_mut().write_message(WindowNextPatient);
            app.update();
        }
    }
    let last = app.world().resource::<LastWindow>();
    assert_eq!(last.patients.len(), 3);
    let stored = app
        .world()
        .resource::<RecordsStore>()
        .with(|r| r.attempts(Some(staff)).unwrap())
        .unwrap();
    assert_eq!(stored.len(), 3);
    assert!(
        stored
            .iter()
            .all(|a| a.style == madoguchi_play::session::PlayStyle::Free)
    );
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::WindowDebrief);
    app.update();
    assert_eq!(screen(&app), Screen::WindowDebrief);
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn an_assessment_at_the_window_plays_every_item_and_stores_the_result_once() {
    use madoguchi::app::assessment::{AssessmentRun, NextAssessmentScenario, StartAssessment};
    let data = temp_dir("window-assessment");
    let mut app = headless(&data, &[]);
    let staff = add_staff(&mut app, "評価 次郎");
    app.world_mut().write_message(StartAssessment {
        seed: Some(5),
        count: 10,
        style: madoguchi_play::session::PlayStyle::Free,
    });
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Window);
    for item in 0..10 {
        play_window_patient(&mut app);
        app.update();
        app.update();
        if item < 9 {
            app.world_mut().write_message(NextAssessmentScenario);
            app.update();
            app.update();
        }
    }
    assert_eq!(screen(&app), Screen::Assessment);
    let run = app.world().resource::<AssessmentRun>();
    let finished = run.finished.as_ref().expect("scored at the end");
    assert!(finished.readiness.passed, "{:?}", finished.readiness);
    assert!(matches!(run.stored, Some(Ok(_))), "{:?}", run.stored);
    let stored = app
        .world()
        .resource::<RecordsStore>()
        .with(|r| r.attempts(Some(staff)).unwrap())
        .unwrap();
    assert_eq!(
        stored.len(),
        10,
        "the items, and no practice attempts besides"
    );
    std::fs::remove_dir_all(&data).unwrap();
}

/// Sends the studio a command and lets the app run it.
fn studio(app: &mut App, command: madoguchi::app::studio::StudioCommand) {
    app.world_mut().write_message(command);
    app.update();
    app.update();
}

/// Sends the studio an edit, as its controls do, and checks it was taken.
fn studio_edit(app: &mut App, edit: madoguchi_content::studio::Edit) {
    studio(
        app,
        madoguchi::app::studio::StudioCommand::Edit(edit.clone()),
    );
    let studio = app.world().resource::<madoguchi::app::studio::Studio>();
    assert!(
        studio.status.is_none(),
        "{edit:?} refused: {:?}",
        studio.status
    );
}

#[test]
fn a_scenario_built_in_the_studio_saves_checks_clean_and_plays() {
    use madoguchi::app::studio::{Studio, StudioCommand};
    use madoguchi_content::studio::Edit;
    use madoguchi_rules::{Action, CopayRate};
    let data = temp_dir("studio");
    let folder = data.join("pack");
    let mut app = headless(&data, &[]);
    app.init_resource::<ButtonInput<KeyCode>>();
    let staff = add_staff(&mut app, "トレーナー 一郎");

    // A new scenario from the guide's example, as the trainer screen's button starts it.
    studio(
        &mut app,
        StudioCommand::New {
            folder: folder.clone(),
            id: "studio_case".to_owned(),
            from: None,
        },
    );
    assert_eq!(screen(&app), Screen::Studio);
    assert!(!folder.exists(), "nothing is written before saving");
    // A beat between the greeting and the reader: the patient asks, three choices answer.
    let beat = "asks_first".to_owned();
    studio_edit(&mut app, Edit::AddBeat { id: beat.clone() });
    assert_eq!(
        app.world()
            .resource::<Studio>()
            .open
            .as_ref()
            .unwrap()
            .selected,
        beat,
        "a new beat is shown"
    );
    studio_edit(&mut app, Edit::AddLine { beat: beat.clone() });
    let draft = |app: &App| {
        app.world()
            .resource::<Studio>()
            .open
            .as_ref()
            .unwrap()
            .draft
            .clone()
    };
    let line = draft(&app).def.beats[&beat].lines[0].clone();
    for (lang, words) in [
        (Lang::Ja, "カードは機械に置けばいいんですか？"),
        (Lang::En, "Do I put the card on the machine?"),
    ] {
        studio_edit(
            &mut app,
            Edit::Message {
                id: line.clone(),
                lang,
                text: words.to_owned(),
            },
        );
    }
    let choices = [
        (
            Action::GuideToReader,
            "「はい、こちらに置いて、画面の案内に沿ってお進みください」",
            "“Yes, please place it here and follow the screen.”",
        ),
        (
            Action::Charge(CopayRate::Full),
            "「今日はいったん全額でお願いします」",
            "“Today, please pay the full amount for now.”",
        ),
        (
            Action::SkipConfirmation,
            "「いつもの方なので、確認はなしで大丈夫です」",
            "“You come often, so no need to check.”",
        ),
    ];
    for (n, (action, ja, en)) in choices.iter().enumerate() {
        studio_edit(&mut app, Edit::AddChoice { beat: beat.clone() });
        let id = draft(&app).def.beats[&beat].choices[n].text.clone();
        for (lang, words) in [(Lang::Ja, ja), (Lang::En, en)] {
            studio_edit(
                &mut app,
                Edit::Message {
                    id: id.clone(),
                    lang,
                    text: (*words).to_owned(),
                },
            );
        }
        studio_edit(
            &mut app,
            Edit::SetAction {
                beat: beat.clone(),
                index: n,
                action: *action,
            },
        );
        studio_edit(
            &mut app,
            Edit::SetNext {
                beat: beat.clone(),
                index: n,
                next: "reader".to_owned(),
            },
        );
    }
    // The engine's verdicts are there beside the choices as they are written.
    let open = app.world().resource::<Studio>();
    let verdicts = &open.open.as_ref().unwrap().verdicts;
    assert_eq!(
        verdicts[&(beat.clone(), 0)],
        std::collections::BTreeSet::from([Verdict::Right])
    );
    assert!(
        verdicts[&(beat.clone(), 2)].contains(&Verdict::Prohibited)
            || verdicts[&(beat.clone(), 2)].contains(&Verdict::Wrong)
    );
    // Until the greeting leads here, the beat is unreachable: the check says so on the beat.
    let placed = &open.open.as_ref().unwrap().check.placed;
    assert!(
        placed
            .iter()
            .any(|(_, place)| *place == madoguchi_content::studio::Place::Beat(beat.clone())),
        "{placed:?}"
    );
    // A draft with findings plays too, its findings in view; Esc goes back to the studio.
    studio(
        &mut app,
        StudioCommand::Play {
            beat: beat.clone(),
            free: false,
        },
    );
    assert_eq!(screen(&app), Screen::Play);
    assert!(!app.world().resource::<Play>().draft_findings.is_empty());
    press_escape(&mut app);
    assert_eq!(screen(&app), Screen::Studio);
    studio_edit(
        &mut app,
        Edit::SetNext {
            beat: "arrive".to_owned(),
            index: 0,
            next: beat.clone(),
        },
    );
    let open = app.world().resource::<Studio>().open.as_ref().unwrap();
    assert!(open.check.placed.is_empty(), "{:?}", open.check.placed);
    // On the map, a box dragged elsewhere stays there; a box of no beat, or dragged to no
    // place, changes nothing.
    studio(
        &mut app,
        StudioCommand::MoveOnMap {
            beat: beat.clone(),
            to: (2.5, 3.0),
        },
    );
    for (beat, to) in [("nowhere", (1.0, 1.0)), (beat.as_str(), (f32::NAN, 1.0))] {
        studio(
            &mut app,
            StudioCommand::MoveOnMap {
                beat: beat.to_owned(),
                to,
            },
        );
    }
    let moved = app.world().resource::<Studio>().map_moved().cloned();
    assert_eq!(
        moved,
        Some(std::collections::BTreeMap::from([(
            beat.clone(),
            (2.5, 3.0)
        )]))
    );

    // Saved: the three files, the folder becomes a listed pack, and the pack checks clean.
    studio(&mut app, StudioCommand::Save);
    let status = app.world().resource::<Studio>().status.clone().unwrap();
    assert_eq!(status.id, "studio-saved", "{status:?}");
    for path in [
        "studio_case.ron",
        "locales/ja/studio_case.ftl",
        "locales/en/studio_case.ftl",
    ] {
        assert!(folder.join(path).is_file(), "{path}");
    }
    assert!(app.world().resource::<Settings>().packs.contains(&folder));
    let report =
        madoguchi::library::from_dir(&folder, madoguchi_content::pack::CheckOptions::default())
            .unwrap();
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(report.pack.scenarios.len(), 1);

    // Played from the library like any scenario: the new beat is on the way, and it is recorded.
    let pack = app
        .world()
        .resource::<Packs>()
        .entries
        .iter()
        .position(|e| e.folder.as_deref() == Some(folder.as_path()))
        .expect("the saved pack is listed");
    app.world_mut().write_message(StartScenario {
        pack,
        scenario: "studio_case".to_owned(),
        seed: None,
        mode: Mode::Practice,
    });
    app.update();
    app.update();
    assert_eq!(screen(&app), Screen::Play);
    // A change saved while it is played: the play screen is told, to offer the new version.
    studio_edit(
        &mut app,
        Edit::Message {
            id: line.clone(),
            lang: Lang::En,
            text: "Do I put my card on this machine?".to_owned(),
        },
    );
    assert!(!app.world().resource::<Play>().changed_on_disk);
    studio(&mut app, StudioCommand::Save);
    assert!(app.world().resource::<Play>().changed_on_disk);
    play_to_the_end(&mut app);
    let seen = app.world().resource::<Seen>();
    assert!(
        seen.outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Line(id) if *id == line))
    );
    let stored = |app: &App| {
        app.world()
            .resource::<RecordsStore>()
            .with(|r| r.attempts(Some(staff)).unwrap().len())
            .unwrap()
    };
    assert_eq!(stored(&app), 1);

    // Play from a beat of the draft: it starts there, Esc goes back to the studio, nothing is
    // recorded.
    studio(
        &mut app,
        StudioCommand::Play {
            beat: beat.clone(),
            free: false,
        },
    );
    assert_eq!(screen(&app), Screen::Play);
    let play = app.world().resource::<Play>();
    assert!(play.draft);
    assert_eq!(play.session.beat(), beat);
    play_to_the_end(&mut app);
    assert_eq!(stored(&app), 1, "a draft's play is not recorded");
    press_escape(&mut app);
    assert_eq!(screen(&app), Screen::Studio);

    // The file edited by hand while open: the studio says so and reads it again on request.
    let file = folder.join("studio_case.ron");
    let by_hand = std::fs::read_to_string(&file)
        .unwrap()
        .replace("difficulty: intermediate", "difficulty: advanced");
    std::fs::write(&file, by_hand).unwrap();
    app.world_mut()
        .write_message(madoguchi::app::packs::PackReloaded { index: pack });
    app.update();
    assert!(
        app.world()
            .resource::<Studio>()
            .open
            .as_ref()
            .unwrap()
            .changed_on_disk
    );
    studio(&mut app, StudioCommand::Reopen);
    let reopened = app.world().resource::<Studio>().open.as_ref().unwrap();
    assert!(!reopened.changed_on_disk);
    assert_eq!(
        reopened.draft.def.difficulty,
        madoguchi_play::scenario::Difficulty::Advanced
    );

    // Undo takes back the last change; quitting with a change not saved asks first.
    studio_edit(&mut app, Edit::AddLine { beat: beat.clone() });
    assert_eq!(draft(&app).def.beats[&beat].lines.len(), 2);
    studio(&mut app, StudioCommand::Undo);
    assert_eq!(draft(&app).def.beats[&beat].lines.len(), 1);
    app.world_mut()
        .write_message(madoguchi::app::leave::LeaveRequest::Quit);
    app.update();
    assert_eq!(
        app.world()
            .resource::<madoguchi::app::leave::LeavePrompt>()
            .0,
        Some(madoguchi::app::leave::Leaving::QuitUnsaved)
    );
    std::fs::remove_dir_all(&data).unwrap();
}
