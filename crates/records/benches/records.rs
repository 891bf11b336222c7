//! Loading the manager's records screen: the overview of 50 staff members with 200 attempts
//! each (10,000 attempts, their decisions, and the assessments), from a records file on disk.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use madoguchi_play::rules::{Action, CopayRate, Expected, RuleId, RuleSet, Verdict};
use madoguchi_play::scenario::Competency;
use madoguchi_records::summary::overview;
use madoguchi_records::{
    AssessmentRow, Attempt, AttemptKind, DecisionRow, FinishedWork, Record, Records, new_uid,
};
use madoguchi_rules::VariantArray;

const STAFF: usize = 50;
const ASSESSMENTS: usize = 10;
const PER_ASSESSMENT: usize = 12;
const PRACTICE: usize = 200 - ASSESSMENTS * PER_ASSESSMENT;

fn at(text: &str) -> jiff::Timestamp {
    text.parse().unwrap()
}

fn attempt(i: usize, kind: AttemptKind) -> Attempt {
    let competency = Competency::VARIANTS[i % Competency::VARIANTS.len()];
    let decisions = (0..6u32)
        .map(|seq| DecisionRow {
            seq: seq + 1,
            beat: format!("beat{seq}"),
            choice_text: format!("scenario_{}-beat{seq}-c1", i % 53),
            action: Action::Charge(CopayRate::Thirty),
            verdict: if (i + seq as usize).is_multiple_of(4) {
                Verdict::Wrong
            } else {
                Verdict::Right
            },
            rules: RuleSet::of(&[RuleId::Copay6_69_30]),
            expected: Some(Expected::Copay(CopayRate::Thirty)),
            at_ms: u64::from(seq) * 4_000,
            took_ms: 4_000,
            scored: seq != 1,
        })
        .collect();
    Attempt {
        id: 0,
        uid: new_uid(),
        staff_id: 0,
        assessment_id: None,
        kind,
        style: madoguchi_play::session::PlayStyle::Guided,
        scenario: format!("scenario_{}", i % 53),
        pack: "scenarios".to_owned(),
        seed: Some(i as u64 * 7919),
        started_at: at(&format!(
            "2026-{:02}-{:02}T01:00:00Z",
            1 + i % 12,
            1 + i % 28
        )),
        finished_at: at(&format!(
            "2026-{:02}-{:02}T01:03:{:02}Z",
            1 + i % 12,
            1 + i % 28,
            i % 60
        )),
        duration_ms: 180_000,
        ending: Some(madoguchi_play::scenario::Ending::Served),
        points: (i % 11) as u32,
        max_points: 10,
        prohibited: u32::from(i.is_multiple_of(17)),
        competencies: vec![competency],
        drawn: vec![],
        rules_version: "bench".to_owned(),
        decisions,
    }
}

/// A records file with 50 staff × 200 attempts (80 practice, 10 assessments of 12).
fn populated() -> (std::path::PathBuf, Records) {
    let dir = std::env::temp_dir().join(format!("madoguchi-bench-records-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("records.sqlite");
    let mut records = Records::open(&path).unwrap();
    let now = at("2026-01-01T00:00:00Z");
    for s in 0..STAFF {
        let name = format!("スタッフ {s:02}");
        for a in 0..ASSESSMENTS {
            let attempts: Vec<Attempt> = (0..PER_ASSESSMENT)
                .map(|i| attempt(a * PER_ASSESSMENT + i, AttemptKind::Assessment))
                .collect();
            let assessment = AssessmentRow {
                id: 0,
                uid: new_uid(),
                staff_id: 0,
                seed: a as u64,
                scenario_count: PER_ASSESSMENT as u32,
                started_at: at(&format!("2026-{:02}-01T00:00:00Z", 1 + a)),
                finished_at: at(&format!("2026-{:02}-01T00:30:00Z", 1 + a)),
                passed: a.is_multiple_of(3),
                overall: 0.7,
                prohibited: 0,
                thresholds: madoguchi_play::assessment::Thresholds::default(),
                competencies: Competency::VARIANTS.iter().map(|c| (*c, 0.75)).collect(),
                rules_version: "bench".to_owned(),
            };
            let record = Record {
                staff: name.clone(),
                finished: FinishedWork::Assessment {
                    assessment,
                    attempts,
                },
            };
            records.commit(&record, now).unwrap();
        }
        for i in 0..PRACTICE {
            records
                .commit(
                    &Record::practice(&name, attempt(1000 + i, AttemptKind::Practice)),
                    now,
                )
                .unwrap();
        }
    }
    (dir, records)
}

fn records_screen(c: &mut Criterion) {
    let (dir, records) = populated();
    assert_eq!(records.attempts(None).unwrap().len(), STAFF * 200);
    let mut group = c.benchmark_group("records_screen");
    group.sample_size(20);
    group.bench_function("overview_50_staff_x_200_attempts", |b| {
        b.iter(|| black_box(overview(&records).unwrap()));
    });
    let someone = records.staff().unwrap()[STAFF / 2].id;
    group.bench_function("one_staff_history_200_attempts", |b| {
        b.iter(|| black_box(records.attempts(Some(someone)).unwrap()));
    });
    group.bench_function("open_and_overview", |b| {
        b.iter(|| {
            let fresh = Records::open(&dir.join("records.sqlite")).unwrap();
            black_box(overview(&fresh).unwrap())
        });
    });
    group.finish();
    drop(records);
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, records_screen);
criterion_main!(benches);
