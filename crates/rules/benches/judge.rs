//! Judging throughput: rulings per second over a mix of situations covering every route.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use jiff::ToSpan;
use jiff::civil::date;
use madoguchi_rules::{
    self as rules, Action, Capacity, Clinic, CopayRate, EligibilityCertificate, EligibilityNotice,
    Income, Insurance, InsuranceCard, LateElderlyShare, MyNumberCard, Network, OnlineRecord,
    Patient, PinState, Policy, Presented, ReaderState, Setting, Situation,
};

/// 1,024 situations from every combination of the fields that change the route.
fn situations() -> Vec<Situation> {
    let mut out = Vec::new();
    for i in 0u32..1024 {
        let bit = |n: u32| i & (1 << n) != 0;
        let card = MyNumberCard {
            registered_for_insurance: !bit(0),
            cert_expires: date(2026, 1, 10)
                .checked_add((i as i32 % 400).days())
                .unwrap(),
            pin: [
                PinState::Known,
                PinState::Forgotten,
                PinState::Locked,
                PinState::None,
            ][(i % 4) as usize],
            photo: true,
            face_recognized: !bit(1),
            in_sleeve: bit(2),
            card_expires: None,
            cert_renewed_on: None,
            someone_else: false,
        };
        let mut presented = Vec::new();
        if !bit(3) {
            presented.push(Presented::MyNumberCard(card));
        }
        if bit(4) {
            presented.push(Presented::EligibilityCertificate(EligibilityCertificate {
                expires: date(2026, 7, 31),
                from_current_insurer: true,
            }));
        }
        if bit(5) {
            presented.push(Presented::EligibilityNotice(EligibilityNotice::default()));
        }
        if bit(6) {
            presented.push(Presented::InsuranceCard(InsuranceCard {
                expires: Some(date(2025, 7, 31)),
                from_current_insurer: true,
            }));
        }
        out.push(Situation {
            date: date(2025, 6, 1)
                .checked_add(((i * 37) as i32 % 600).days())
                .unwrap(),
            setting: if i % 13 == 0 {
                Setting::HomeVisit
            } else {
                Setting::Clinic
            },
            patient: Patient {
                birth_date: date(1940, 1, 1)
                    .checked_add(((i * 997) as i32 % 30000).days())
                    .unwrap(),
                insurance: [
                    Insurance::Employee,
                    Insurance::National,
                    Insurance::LateElderly,
                ][(i % 3) as usize],
                income: if bit(7) {
                    Income::High
                } else {
                    Income::General
                },
                late_elderly_share: LateElderlyShare::Twenty,
                online_record: [
                    OnlineRecord::Registered,
                    OnlineRecord::Pending,
                    OnlineRecord::Missing,
                ][(i / 7 % 3) as usize],
                visited_before: bit(8),
                details_unchanged: bit(9),
                card_lost: false,
                requests_assistance: false,
                name_has_black_circle: false,
                subsidy: None,
                disability_certified: false,
                capacity: Capacity::Able,
                with_parent: false,
                declared_share: None,
                paid_full_on: None,
            },
            presented,
            clinic: Clinic {
                reader: if i % 11 == 0 {
                    ReaderState::Broken
                } else {
                    ReaderState::Working
                },
                network: if i % 17 == 0 {
                    Network::Down
                } else {
                    Network::Up
                },
                smartphone_reader: false,
                visual_passcode_set: true,
                pmh: false,
                prefecture: None,
                myna_app: false,
            },
        });
    }
    out
}

fn bench(c: &mut Criterion) {
    let policy = Policy::builtin();
    let situations = situations();
    let mut group = c.benchmark_group("judge");
    group.throughput(Throughput::Elements(situations.len() as u64));
    group.bench_function("rule", |b| {
        b.iter(|| {
            for situation in &situations {
                black_box(rules::rule(policy, black_box(situation)).ok());
            }
        })
    });
    let rulings: Vec<_> = situations
        .iter()
        .map(|s| rules::rule(policy, s).expect("in range"))
        .collect();
    group.bench_function("judge_action", |b| {
        b.iter(|| {
            for (situation, ruling) in situations.iter().zip(&rulings) {
                black_box(rules::judge(
                    policy,
                    situation,
                    ruling,
                    black_box(Action::Charge(CopayRate::Thirty)),
                ));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
