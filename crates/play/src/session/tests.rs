//! Playing the worked example through the session: outcomes, judgments, feedback per mode,
//! invalid steps, save and resume, the debrief.

use std::sync::Arc;

use super::*;
use crate::scenario::{ReaderScreen, Scenario};
use madoguchi_rules::{AuthMode, CertStatus, ConfirmedBy, CopayRate};

fn example() -> Arc<Scenario> {
    crate::testing::example()
}

fn policy() -> Arc<Policy> {
    Arc::new(Policy::builtin().clone())
}

/// A seed whose draw puts the certificate in the given state.
fn seed_for(scenario: &Scenario, status: CertStatus) -> u64 {
    (0..100)
        .find(|seed| {
            let (s, _) = scenario.situation(Some(*seed));
            let card = s.my_number_card().unwrap();
            madoguchi_rules::cert_status(Policy::builtin(), card, s.date).0 == status
        })
        .expect("some seed gives that state")
}

#[test]
fn a_grace_play_through_is_right_all_along() {
    let scenario = example();
    let seed = seed_for(&scenario, CertStatus::InGrace);
    let (mut session, opening) =
        Session::start(policy(), scenario, Some(seed), Mode::Practice).unwrap();
    assert_eq!(
        opening,
        vec![Outcome::Line("example_expired_cert-arrive".to_owned())]
    );
    assert_eq!(
        session.choices().len(),
        1,
        "a step of the story, not a decision"
    );

    let out = session.apply(Action::GuideToReader, 3_000).unwrap();
    assert!(
        out.contains(&Outcome::Device(crate::scenario::DeviceEvent::Reader(
            ReaderScreen::ChooseMethod {
                face: true,
                pin: true,
                smartphone: false
            }
        )))
    );
    assert!(
        out.iter().all(|o| !matches!(o, Outcome::Judged(_))),
        "a one-way beat shows no verdict"
    );

    let out = session
        .apply(Action::ChooseAuth(AuthMode::Face), 6_000)
        .unwrap();
    assert!(out.iter().any(|o| matches!(
        o,
        Outcome::Device(crate::scenario::DeviceEvent::Reader(
            ReaderScreen::CertGraceNotice { .. }
        ))
    )));
    assert_eq!(session.beat(), "grace");
    assert!(!session.devices().terminal.unwrap().consent);

    session
        .apply(Action::Advise(madoguchi_rules::Advice::CertRenewal), 9_000)
        .unwrap();
    session
        .apply(Action::ConfirmBy(ConfirmedBy::MyNumberCard), 12_000)
        .unwrap();
    let out = session
        .apply(Action::Charge(CopayRate::Thirty), 20_000)
        .unwrap();
    assert!(out.contains(&Outcome::Ended(crate::scenario::Ending::Served)));
    assert!(session.missing_decisions().is_empty());

    let debrief = session.debrief();
    assert_eq!(debrief.score.points, debrief.score.max);
    assert_eq!(debrief.decisions.len(), 5);
    assert_eq!(debrief.decisions[4].took_ms, 8_000);
    assert_eq!(debrief.total_ms, 20_000);
    assert_eq!(debrief.prohibited, 0);
    assert!(
        debrief
            .rules
            .contains(madoguchi_rules::RuleId::CertGrace3months)
    );
    assert_eq!(debrief.competencies.len(), 2);
}

#[test]
fn past_the_grace_the_story_branches_and_wrong_answers_cost_points() {
    let scenario = example();
    let seed = seed_for(&scenario, CertStatus::Expired);
    let (mut session, _) =
        Session::start(policy(), scenario.clone(), Some(seed), Mode::Assessment).unwrap();
    session.choose(0, 2_000).unwrap();
    let out = session.choose(0, 3_000).unwrap();
    assert!(
        out.iter().all(|o| !matches!(o, Outcome::Judged(_))),
        "no feedback in an assessment"
    );
    assert_eq!(session.beat(), "stopped");
    session.choose(0, 4_000).unwrap();
    session
        .apply(Action::AcceptOralConfirmation, 5_000)
        .unwrap();
    session
        .apply(Action::Charge(CopayRate::Full), 6_000)
        .unwrap();
    assert_eq!(
        session.beat(),
        "upset",
        "a wrong 10割 makes the patient react"
    );
    let debrief = session.debrief();
    assert_eq!(debrief.prohibited, 0);
    let verdicts: Vec<Verdict> = debrief.decisions.iter().map(|d| d.verdict).collect();
    assert_eq!(verdicts.last(), Some(&Verdict::Wrong));
    assert_eq!(debrief.ruling.confirmed_by, ConfirmedBy::Declaration);
    assert!(debrief.score.points < debrief.score.max);

    // Telling her to pay the full cost instead: she leaves.
    let (mut session, _) =
        Session::start(policy(), scenario, Some(seed), Mode::Assessment).unwrap();
    for at in [1_000, 2_000, 3_000] {
        session.choose(0, at).unwrap();
    }
    let out = session
        .apply(Action::ConfirmBy(ConfirmedBy::None), 4_000)
        .unwrap();
    assert!(out.contains(&Outcome::Ended(crate::scenario::Ending::PatientLeft)));
}

#[test]
fn invalid_steps_leave_the_session_unchanged() {
    let (mut session, _) = Session::start(policy(), example(), None, Mode::Practice).unwrap();
    let before = session.save();
    assert_eq!(
        session.choose(7, 0),
        Err(SessionError::NoSuchChoice { index: 7, count: 1 })
    );
    assert!(matches!(
        session.apply(Action::KeepCard, 0),
        Err(SessionError::NotAChoice { .. })
    ));
    assert_eq!(session.save(), before);
    assert_eq!(session.beat(), "arrive");
}

#[test]
fn a_saved_session_resumes_exactly() {
    let scenario = example();
    let (mut session, mut all) =
        Session::start(policy(), scenario.clone(), Some(3), Mode::Practice).unwrap();
    all.extend(session.choose(0, 1_500).unwrap());
    all.extend(session.choose(0, 4_000).unwrap());
    let saved = session.save();
    let json = serde_json::to_string(&saved).unwrap();
    let back: Saved = serde_json::from_str(&json).unwrap();
    let (resumed, replayed) = Session::resume(policy(), scenario, &back).unwrap();
    assert_eq!(replayed, all);
    assert_eq!(resumed.beat(), session.beat());
    assert_eq!(resumed.transcript(), session.transcript());
    assert_eq!(resumed.devices(), session.devices());
}

#[test]
fn choices_are_offered_in_a_seeded_order_that_replays() {
    let scenario = example();
    let orders = |seed: u64| -> Vec<Vec<String>> {
        let (session, _) =
            Session::start(policy(), scenario.clone(), Some(seed), Mode::Practice).unwrap();
        vec![session.choices().iter().map(|c| c.text.clone()).collect()]
    };
    assert_eq!(orders(5), orders(5), "the same seed offers the same order");
    let authored: Vec<String> = scenario
        .beat(&scenario.def().start)
        .unwrap()
        .choices
        .iter()
        .map(|c| c.text.clone())
        .collect();
    let mut sorted_authored = authored.clone();
    sorted_authored.sort();
    let mut differs = false;
    for seed in 0..40 {
        let mut offered = orders(seed).remove(0);
        differs |= offered != authored;
        offered.sort();
        assert_eq!(offered, sorted_authored, "every choice is offered once");
    }
    assert!(differs || authored.len() < 2, "some seeds change the order");
}

#[test]
fn a_recorded_attempt_replays_to_the_same_debrief() {
    let scenario = example();
    let (mut session, _) =
        Session::start(policy(), scenario.clone(), Some(11), Mode::Assessment).unwrap();
    let mut at = 0;
    while session.ended().is_none() {
        at += 1_250;
        let last = session.choices().len() - 1;
        session.choose(last.min(1), at).unwrap();
    }
    let debrief = session.debrief();
    let decisions: Vec<(&str, u64)> = debrief
        .decisions
        .iter()
        .map(|d| (d.text.as_str(), d.at_ms))
        .collect();
    let replayed = Session::replay(
        policy(),
        scenario.clone(),
        Some(11),
        Mode::Assessment,
        &decisions,
    )
    .unwrap();
    assert_eq!(replayed.debrief(), debrief);
    // A choice the scenario no longer offers is refused, not guessed.
    let changed = [("x-no-such-choice", 1_000)];
    assert!(matches!(
        Session::replay(policy(), scenario, Some(11), Mode::Assessment, &changed),
        Err(SessionError::Mismatch { .. })
    ));
}

#[test]
fn a_save_for_another_scenario_is_refused() {
    let saved = Saved {
        scenario: "someone_else".to_owned(),
        seed: None,
        mode: Mode::Practice,
        choices: vec![],
    };
    assert!(matches!(
        Session::resume(policy(), example(), &saved),
        Err(SessionError::Mismatch { .. })
    ));
}

#[test]
fn after_the_end_nothing_more_happens() {
    let scenario = example();
    let seed = seed_for(&scenario, CertStatus::InGrace);
    let (mut session, _) = Session::start(policy(), scenario, Some(seed), Mode::Practice).unwrap();
    for _ in 0..5 {
        let first = session.scenario().beat(session.beat()).unwrap().choices[0]
            .text
            .clone();
        let offered = session
            .choices()
            .iter()
            .position(|c| c.text == first)
            .unwrap();
        session.choose(offered, 0).unwrap();
    }
    assert!(session.ended().is_some());
    assert!(session.choices().is_empty());
    assert_eq!(session.choose(0, 0), Err(SessionError::Ended));
}

#[test]
fn a_patient_away_from_the_counter_is_there_once_their_beat_is_reached() {
    let library = crate::testing::library();
    let scenario = library
        .iter()
        .find(|s| s.id() == "auth_card_without_patient")
        .expect("shipped")
        .clone();
    assert_eq!(
        scenario.def().cast.away_until.as_deref(),
        Some("mother"),
        "the daughter comes first; her mother waits in the car"
    );
    let (mut session, _) =
        Session::start(policy(), scenario.clone(), Some(1), Mode::Practice).unwrap();
    assert!(!session.patient_here());
    // Asking for the card to be used without her keeps her away to the end.
    let mut without = session.clone();
    let index = without
        .choices()
        .iter()
        .position(|c| c.action == madoguchi_rules::Action::UseCardWithoutPatient)
        .unwrap();
    without.choose(index, 1_000).unwrap();
    assert!(without.ended().is_some());
    assert!(!without.patient_here());
    // Guided to the reader, the daughter brings her in; she stays at the counter from then on.
    let index = session
        .choices()
        .iter()
        .position(|c| c.action == madoguchi_rules::Action::GuideToReader)
        .unwrap();
    session.choose(index, 1_000).unwrap();
    assert_eq!(session.beat(), "mother");
    assert!(session.patient_here());
    session.choose(0, 2_000).unwrap();
    assert!(session.patient_here());
    // A patient who never comes (a card found after they left) is never drawn there.
    let found = library
        .iter()
        .find(|s| s.id() == "conduct_found_card")
        .expect("shipped")
        .clone();
    assert!(found.def().cast.absent);
    let (found, _) = Session::start(policy(), found, Some(1), Mode::Practice).unwrap();
    assert!(!found.patient_here());
    // A cast without `away_until` is at the counter from the start.
    let (example, _) = Session::start(policy(), example(), Some(1), Mode::Practice).unwrap();
    assert!(example.patient_here());
}
