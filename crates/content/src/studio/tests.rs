//! The studio's model against every shipped scenario (saved untouched: byte for byte; saved in
//! the canonical form: the same scenario, stable), and a scenario built edit by edit.

use std::path::PathBuf;
use std::sync::Arc;

use madoguchi_play::scenario::{Ending, ScenarioDef};
use madoguchi_rules::wire::from_ron;
use madoguchi_rules::{Action, AuthMode, CopayRate, Policy, Verdict};

use super::*;
use crate::pack::{FindingKind, PackFiles};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn policy() -> Arc<Policy> {
    Arc::new(Policy::builtin().clone())
}

/// Every shipped pack's files.
fn packs() -> Vec<PackFiles> {
    ["scenarios", "docs/example-pack"]
        .iter()
        .map(|dir| PackFiles::from_dir(&repo().join(dir)).expect("the pack reads"))
        .collect()
}

#[test]
fn every_shipped_scenario_saves_byte_for_byte_when_untouched() {
    let mut opened = 0;
    for files in packs() {
        for file in &files.scenarios {
            let draft = Draft::open(&files, &file.path).expect("opens");
            let saved = draft.files();
            assert_eq!(saved[0].1, file.text, "{}", file.path);
            for (path, text) in &saved[1..] {
                let original = files
                    .locales
                    .iter()
                    .find(|(_, f)| &f.path == path)
                    .unwrap_or_else(|| panic!("{}: no {path}", file.path));
                assert_eq!(text, &original.1.text, "{path}");
            }
            opened += 1;
        }
    }
    assert!(opened > 50, "{opened} scenarios");
}

#[test]
fn every_shipped_scenario_in_the_canonical_form_is_the_same_scenario_and_stable() {
    for files in packs() {
        for file in &files.scenarios {
            let draft = Draft::open(&files, &file.path).expect("opens").canonical();
            let text = draft.ron_text();
            let original: ScenarioDef = from_ron(&file.text).expect("parses");
            let reread: ScenarioDef =
                from_ron(&text).unwrap_or_else(|e| panic!("{}: {e}\n{text}", file.path));
            assert_eq!(reread, original, "{}", file.path);
            // The author's beat order and the opening comment survive.
            let again = Draft::open(
                &PackFiles::from_memory("canonical", &[(&file.path, &text)]),
                &file.path,
            )
            .expect("reopens");
            assert_eq!(again.order, draft.order, "{}", file.path);
            assert_eq!(again.canonical().ron_text(), text, "{}", file.path);
            let comment = file.text.lines().next().unwrap_or_default();
            if comment.starts_with("//") {
                assert!(text.starts_with(comment), "{}", file.path);
            }
        }
    }
}

#[test]
fn values_are_written_as_the_files_write_them() {
    assert_eq!(
        ron_line(&Action::ChooseAuth(AuthMode::Face)),
        "choose_auth(face)"
    );
    assert_eq!(ron_line(&Action::GuideToReader), "guide_to_reader");
    assert_eq!(ron_line(&Ending::PatientLeft), "patient_left");
    assert_eq!(ron_line(&Verdict::Right), "right");
}

/// The worked example's files as a new draft `my_case`.
fn new_draft() -> Draft {
    let read = |p: &str| std::fs::read_to_string(repo().join("docs/example-pack").join(p)).unwrap();
    Draft::from_template(
        "my_case",
        "example_expired_cert",
        [
            &read("example_expired_cert.ron"),
            &read("locales/ja/example.ftl"),
            &read("locales/en/example.ftl"),
        ],
        "made in the studio",
    )
    .expect("the template opens")
}

#[test]
fn a_template_becomes_a_draft_with_its_own_ids_and_checks_clean() {
    let draft = new_draft();
    assert_eq!(draft.def.id, "my_case");
    assert_eq!(draft.path, "my_case.ron");
    assert!(
        draft
            .message("my_case-title", Lang::Ja)
            .contains("電子証明書")
    );
    let check = draft.check(&policy(), CheckOptions::default());
    assert!(check.placed.is_empty(), "{:?}", check.placed);
}

#[test]
fn edits_build_a_beat_that_checks_and_saves_only_what_changed() {
    let mut draft = new_draft();
    let before = draft.ron_text();
    let beat = "ask_again".to_owned();
    draft.apply(&Edit::AddBeat { id: beat.clone() }).unwrap();
    assert_eq!(
        draft.apply(&Edit::AddBeat { id: beat.clone() }),
        Err(Refused::BeatExists)
    );
    assert_eq!(
        draft.apply(&Edit::AddBeat {
            id: "Bad Id".into()
        }),
        Err(Refused::BadBeatId)
    );
    draft.apply(&Edit::AddLine { beat: beat.clone() }).unwrap();
    let line = draft.def.beats[&beat].lines[0].clone();
    for (lang, text) in [
        (Lang::Ja, "もう一度お願いします。"),
        (Lang::En, "Once more, please."),
    ] {
        draft
            .apply(&Edit::Message {
                id: line.clone(),
                lang,
                text: text.into(),
            })
            .unwrap();
    }
    // Lead the first choice of the start beat here, and from here to the reader.
    draft
        .apply(&Edit::SetNext {
            beat: "arrive".into(),
            index: 0,
            next: beat.clone(),
        })
        .unwrap();
    for _ in 0..3 {
        draft
            .apply(&Edit::AddChoice { beat: beat.clone() })
            .unwrap();
    }
    let texts: Vec<String> = draft.def.beats[&beat]
        .choices
        .iter()
        .map(|c| c.text.clone())
        .collect();
    assert_eq!(texts.iter().collect::<BTreeSet<_>>().len(), 3, "{texts:?}");
    for (n, text) in texts.iter().enumerate() {
        for lang in Lang::ALL {
            draft
                .apply(&Edit::Message {
                    id: text.clone(),
                    lang,
                    text: format!("「ご案内 {n}」"),
                })
                .unwrap();
        }
        draft
            .apply(&Edit::SetNext {
                beat: beat.clone(),
                index: n,
                next: "reader".into(),
            })
            .unwrap();
    }
    draft
        .apply(&Edit::SetAction {
            beat: beat.clone(),
            index: 0,
            action: Action::GuideToReader,
        })
        .unwrap();
    draft
        .apply(&Edit::SetAction {
            beat: beat.clone(),
            index: 1,
            action: Action::Charge(CopayRate::Full),
        })
        .unwrap();
    draft
        .apply(&Edit::SetAction {
            beat: beat.clone(),
            index: 2,
            action: Action::SkipConfirmation,
        })
        .unwrap();
    // The engine's verdicts are there as the draft stands.
    let verdicts = draft.verdicts(&policy());
    assert_eq!(
        verdicts[&(beat.clone(), 0)],
        BTreeSet::from([Verdict::Right])
    );
    assert!(verdicts[&(beat.clone(), 1)].contains(&Verdict::Wrong));
    // A wrong expectation is found and placed on its choice.
    draft
        .apply(&Edit::SetExpect {
            beat: beat.clone(),
            index: 1,
            expect: Some(Verdict::Right),
        })
        .unwrap();
    let check = draft.check(&policy(), CheckOptions::default());
    let mismatch = check
        .placed
        .iter()
        .find(|(f, _)| f.kind == FindingKind::ExpectationMismatch)
        .expect("the wrong expectation is found");
    assert_eq!(mismatch.1, Place::Choice(beat.clone(), 1));
    draft
        .apply(&Edit::SetExpect {
            beat: beat.clone(),
            index: 1,
            expect: Some(Verdict::Wrong),
        })
        .unwrap();
    let check = draft.check(&policy(), CheckOptions::default());
    assert!(
        check
            .placed
            .iter()
            .all(|(f, _)| f.kind != FindingKind::ExpectationMismatch),
        "{:?}",
        check.placed
    );
    // Saved: untouched beats and fields as they were, the new beat in canonical form.
    let after = draft.ron_text();
    assert!(
        after.contains(
            "        \"ask_again\": (\n            lines: [\"my_case-ask-again-line1\"],"
        ),
        "{after}"
    );
    let unchanged = |text: &str| {
        text.lines()
            .filter(|l| l.contains("\"grace\": (") || l.contains("visit_days("))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(unchanged(&after), unchanged(&before));
    let reread: ScenarioDef = from_ron(&after).expect("the saved file parses");
    assert_eq!(reread, draft.def);
    let files = draft.files();
    assert!(files[1].1.contains("もう一度お願いします。"));
    assert!(files[2].1.contains("Once more, please."));
}

#[test]
fn a_missing_beat_is_found_on_the_choice_that_names_it() {
    let mut draft = new_draft();
    draft
        .apply(&Edit::SetNext {
            beat: "grace".into(),
            index: 1,
            next: "nowhere".into(),
        })
        .unwrap();
    let check = draft.check(&policy(), CheckOptions::default());
    let missing = check
        .placed
        .iter()
        .find(|(f, _)| f.kind == FindingKind::MissingBeat)
        .expect("found");
    assert_eq!(missing.1, Place::Choice("grace".into(), 1), "{missing:?}");
    // A message left empty is not written, and the check says it is missing on its choice.
    draft
        .apply(&Edit::AddChoice {
            beat: "grace".into(),
        })
        .unwrap();
    let check = draft.check(&policy(), CheckOptions::default());
    assert!(
        check
            .placed
            .iter()
            .any(|(f, place)| f.kind == FindingKind::MissingMessage
                && *place == Place::Choice("grace".into(), 3)),
        "{:?}",
        check.placed
    );
}

#[test]
fn a_field_written_as_text_is_kept_with_its_error_until_it_parses() {
    let mut draft = new_draft();
    let facts = draft.field_text("facts");
    assert!(facts.contains("birth_date: \"1978-08-03\""), "{facts}");
    let broken = facts.replace("employee", "employe");
    assert_eq!(
        draft.apply(&Edit::SetFieldText {
            field: "facts".into(),
            text: broken.clone()
        }),
        Err(Refused::FieldSyntax)
    );
    assert_eq!(draft.field_text("facts"), broken);
    assert!(
        draft.field_texts["facts"]
            .1
            .as_deref()
            .is_some_and(|e| e.contains("employe"))
    );
    // The definition keeps the last facts that parsed; the saved file too.
    let reread: ScenarioDef = from_ron(&draft.ron_text()).expect("parses");
    assert_eq!(reread.facts, draft.def.facts);
    let fixed = facts.replace("1978-08-03", "1979-08-03");
    draft
        .apply(&Edit::SetFieldText {
            field: "facts".into(),
            text: fixed.clone(),
        })
        .unwrap();
    assert!(draft.ron_text().contains("1979-08-03"));
    assert_eq!(draft.field_text("facts"), fixed);
    // The facts as shown, typed back unchanged, save as the file had them.
    let mut again = new_draft();
    let before = again.ron_text();
    again
        .apply(&Edit::SetFieldText {
            field: "facts".into(),
            text: facts,
        })
        .unwrap();
    assert_eq!(again.ron_text(), before);
}

#[test]
fn comments_before_fields_and_beats_survive_an_edit() {
    let files = PackFiles::from_dir(&repo().join("scenarios")).unwrap();
    let file = files
        .scenarios
        .iter()
        .find(|f| f.path.ends_with("auth_old_visual_mode.ron"))
        .unwrap();
    let mut draft = Draft::open(&files, &file.path).unwrap();
    let first = draft.order[0].clone();
    draft.apply(&Edit::AddLine { beat: first }).unwrap();
    draft
        .apply(&Edit::SetDifficulty(
            madoguchi_play::scenario::Difficulty::Advanced,
        ))
        .unwrap();
    let text = draft.ron_text();
    for line in file
        .text
        .lines()
        .filter(|l| l.trim_start().starts_with("//"))
    {
        assert!(text.contains(line), "{line}");
    }
    assert!(text.contains("difficulty: advanced"));
}

#[test]
#[ignore = "prints the canonical form of the worked example for the authoring guide"]
fn print_canonical_example() {
    println!("{}", new_draft().canonical().ron_text());
}

#[test]
fn text_is_kept_as_typed_and_saved_without_trailing_blanks() {
    let mut draft = new_draft();
    for typed in ["Which", "Which ", "Which card"] {
        draft
            .apply(&Edit::Message {
                id: "my_case-title".into(),
                lang: Lang::En,
                text: typed.into(),
            })
            .unwrap();
        assert_eq!(draft.message("my_case-title", Lang::En), typed);
    }
    draft
        .apply(&Edit::Message {
            id: "my_case-title".into(),
            lang: Lang::En,
            text: "Two lines \nhere ".into(),
        })
        .unwrap();
    let en = &draft.files()[2].1;
    assert!(
        en.contains("my_case-title =\n    Two lines\n    here\n"),
        "{en}"
    );
}

#[test]
fn the_palette_adds_every_kind_of_document_and_the_facts_form_saves_them() {
    use madoguchi_rules::{DocumentKind, VariantArray};
    let mut draft = new_draft();
    let mut facts = draft.def.facts.clone();
    facts.presented.clear();
    for kind in DocumentKind::VARIANTS {
        let document = palette_document(*kind, &facts)
            .unwrap_or_else(|| panic!("no palette document for {kind:?}"));
        assert_eq!(document.kind(), *kind);
        facts.presented.push(document);
    }
    draft
        .apply(&Edit::SetFacts(Box::new(facts.clone())))
        .unwrap();
    let reread: ScenarioDef = from_ron(&draft.ron_text()).expect("the saved file parses");
    assert_eq!(reread.facts, facts);
    // A card from the palette expires on the birthday, after the visit.
    let Some(madoguchi_rules::Presented::MyNumberCard(card)) = facts.presented.first() else {
        panic!("the card first");
    };
    assert!(card.cert_expires > facts.date);
    assert_eq!(
        (card.cert_expires.month(), card.cert_expires.day()),
        (
            facts.patient.birth_date.month(),
            facts.patient.birth_date.day()
        )
    );
    // The facts' RON text shows the form's change.
    assert!(
        draft
            .field_text("facts")
            .contains("elderly_recipient_certificate")
    );
}

#[test]
fn the_map_puts_each_beat_at_its_distance_from_the_start() {
    let mut draft = new_draft();
    let positions = map_positions(&draft.def, &draft.order);
    let at = |positions: &[(String, usize, usize)], id: &str| {
        positions
            .iter()
            .find(|(b, _, _)| b == id)
            .map(|(_, c, r)| (*c, *r))
    };
    assert_eq!(at(&positions, "arrive"), Some((0, 0)));
    assert_eq!(at(&positions, "reader"), Some((1, 0)));
    // grace and stopped both follow the reader (a branch counts as a way).
    assert_eq!(at(&positions, "grace").map(|p| p.0), Some(2));
    assert_eq!(at(&positions, "stopped").map(|p| p.0), Some(2));
    assert_eq!(positions.len(), draft.def.beats.len());
    // A beat no path reaches comes after all the others.
    draft
        .apply(&Edit::AddBeat {
            id: "island".into(),
        })
        .unwrap();
    let positions = map_positions(&draft.def, &draft.order);
    let deepest = positions
        .iter()
        .filter(|(b, _, _)| b != "island")
        .map(|(_, c, _)| *c)
        .max()
        .unwrap();
    assert_eq!(at(&positions, "island").map(|p| p.0), Some(deepest + 1));
}

#[test]
fn every_kind_of_variant_from_the_palette_saves_and_reads_back() {
    let mut draft = new_draft();
    let variants = palette_variants(&draft.def.facts);
    assert_eq!(
        variants.len(),
        crate::reference::variants::<madoguchi_play::scenario::Vary>().len()
    );
    draft.apply(&Edit::SetVariants(variants.clone())).unwrap();
    let reread: ScenarioDef = from_ron(&draft.ron_text()).expect("the saved file parses");
    assert_eq!(reread.variants, variants);
}

#[test]
fn a_link_drawn_on_the_map_is_a_new_choice_that_leads_there() {
    let mut draft = new_draft();
    draft
        .apply(&Edit::AddBeat {
            id: "island".into(),
        })
        .unwrap();
    let before = draft.def.beats["arrive"].choices.len();
    draft
        .apply(&Edit::LinkBeats {
            from: "arrive".into(),
            to: "island".into(),
        })
        .unwrap();
    let choices = &draft.def.beats["arrive"].choices;
    assert_eq!(choices.len(), before + 1);
    let made = choices.last().unwrap();
    assert_eq!(made.next, "island");
    assert!(made.expect.is_none());
    // The beat is reached now: the map moves it next to the beat it is linked from.
    let positions = map_positions(&draft.def, &draft.order);
    let column = |id: &str| positions.iter().find(|(b, _, _)| b == id).unwrap().1;
    assert_eq!(column("island"), column("arrive") + 1);
    // Its words are still to be written, which the check says on the new choice.
    let check = draft.check(&policy(), CheckOptions::default());
    assert!(
        check
            .placed
            .iter()
            .any(|(f, place)| f.kind == FindingKind::MissingMessage
                && *place == Place::Choice("arrive".into(), before)),
        "{:?}",
        check.placed
    );
    // A link to a beat that is not there changes nothing.
    let kept = draft.clone();
    assert_eq!(
        draft.apply(&Edit::LinkBeats {
            from: "arrive".into(),
            to: "nowhere".into(),
        }),
        Err(Refused::Gone)
    );
    assert_eq!(draft.ron_text(), kept.ron_text());
}

#[test]
fn a_patient_away_until_a_beat_that_is_not_there_is_a_finding() {
    let mut draft = new_draft();
    let away = |beat: &str| {
        Edit::SetCast(Box::new(madoguchi_play::scenario::Cast {
            companion: madoguchi_play::scenario::Companion::Family,
            away_until: Some(beat.to_owned()),
            ..draft_cast()
        }))
    };
    draft.apply(&away("readr")).unwrap();
    let check = draft.check(&policy(), CheckOptions::default());
    let missing = check
        .placed
        .iter()
        .find(|(f, _)| f.kind == FindingKind::MissingBeat)
        .unwrap_or_else(|| panic!("{:?}", check.placed));
    assert_eq!(missing.0.args["beat"], "readr");
    assert_eq!(missing.0.args["near"], "reader");
    assert_eq!(missing.0.args["from"], "cast.away_until");
    draft.apply(&away("reader")).unwrap();
    let check = draft.check(&policy(), CheckOptions::default());
    assert!(check.placed.is_empty(), "{:?}", check.placed);
    assert!(draft.ron_text().contains("away_until: \"reader\""));
}

fn draft_cast() -> madoguchi_play::scenario::Cast {
    new_draft().def.cast
}
