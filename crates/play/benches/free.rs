//! Free play at the window's pace: one act judged and the reader and terminal re-derived, then
//! the menu the window draws next, over the acts of full handlings of generated situations.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use madoguchi_play::free::players::{Player, RandomPlayer, RulesPlayer};
use madoguchi_play::free::{Act, FreePlay, generate};
use madoguchi_play::session::Mode;
use madoguchi_rules::Policy;

/// A started handling and the acts a player took through it.
struct Handling {
    start: FreePlay,
    acts: Vec<Act>,
}

/// Plays `player` through a fresh handling and keeps its acts (refused acts are left out).
fn record(start: &FreePlay, player: &mut dyn Player) -> Vec<Act> {
    let mut play = start.clone();
    let mut acts = Vec::new();
    for at in 0..200u64 {
        if play.ended().is_some() {
            break;
        }
        let act = player.next(&play);
        if play.act(act, at * 1000).is_ok() {
            acts.push(act);
        }
    }
    acts
}

/// Full handlings of 100 generated situations, by the player who knows the rules and by a
/// random one (which wanders through more acts).
fn handlings(policy: &Arc<Policy>) -> Vec<Handling> {
    let mut out = Vec::new();
    for seed in 0..100u64 {
        let scenario = generate::situation(policy, seed);
        let (start, _) = FreePlay::start(policy.clone(), scenario, None, Mode::Practice)
            .expect("a generated situation starts");
        let acts = record(&start, &mut RulesPlayer::default());
        out.push(Handling {
            start: start.clone(),
            acts,
        });
        let acts = record(&start, &mut RandomPlayer::new(seed));
        out.push(Handling { start, acts });
    }
    out
}

fn free_play(c: &mut Criterion) {
    let policy = Arc::new(Policy::builtin().clone());
    let handlings = handlings(&policy);
    let acts: usize = handlings.iter().map(|h| h.acts.len()).sum();

    let mut group = c.benchmark_group("free_play");
    group.throughput(Throughput::Elements(acts as u64));
    group.bench_function("act_devices_menu", |b| {
        b.iter(|| {
            for handling in &handlings {
                let mut play = handling.start.clone();
                for (at, act) in handling.acts.iter().enumerate() {
                    let events = play.act(*act, at as u64 * 1000);
                    black_box(&events);
                    black_box(play.devices());
                    black_box(play.menu());
                }
            }
        });
    });
    group.finish();

    let ended: Vec<FreePlay> = handlings
        .iter()
        .map(|h| {
            let mut play = h.start.clone();
            for (at, act) in h.acts.iter().enumerate() {
                let _ = play.act(*act, at as u64 * 1000);
            }
            play
        })
        .collect();
    let mut group = c.benchmark_group("free_debrief");
    group.throughput(Throughput::Elements(ended.len() as u64));
    group.bench_function("whole_handling", |b| {
        b.iter(|| {
            for play in &ended {
                black_box(play.debrief());
            }
        });
    });
    group.finish();
}

criterion_group!(benches, free_play);
criterion_main!(benches);
