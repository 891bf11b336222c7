//! Checking throughput: packs of 2,500, 5,000 and 10,000 generated scenarios (the shipped
//! library's scenarios copied under new ids, variants and all), checked in full; and one
//! scenario of 1,000, 5,000 and 10,000 beats (three choices each, two of them wrong detours
//! that rejoin), where every path is explored.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use std::path::PathBuf;
use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use madoguchi_content::i18n::Lang;
use madoguchi_content::pack::{CheckOptions, check_pack};
use madoguchi_content::pack::{PackFiles, SourceFile};
use madoguchi_rules::Policy;

/// A pack of `count` scenarios made from the shipped library.
fn generated(count: usize) -> PackFiles {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scenarios");
    let library = PackFiles::from_dir(&dir).expect("the library reads");
    let mut pack = PackFiles {
        label: format!("generated-{count}"),
        locales: library.locales.clone(),
        ..PackFiles::default()
    };
    for i in 0..count {
        let source = &library.scenarios[i % library.scenarios.len()];
        let id_line = source
            .text
            .lines()
            .find(|line| line.trim_start().starts_with("id: "))
            .expect("every scenario has an id");
        let id = id_line
            .trim()
            .trim_start_matches("id: \"")
            .trim_end_matches("\",");
        pack.scenarios.push(SourceFile {
            path: format!("generated/{i:05}.ron"),
            text: source
                .text
                .replacen(id_line, &format!("    id: \"{id}_{i}\","), 1),
        });
    }
    pack
}

/// One scenario of `beats` beats: each offers the right step, a wrong one that goes through a
/// reaction beat, and another wrong one that rejoins directly; the last decides the route and
/// the share.
fn long_scenario(beats: usize) -> PackFiles {
    let mut ron = String::from(
        "(\n    version: 1,\n    id: \"long\",\n    title: \"long-title\",\n    summary: \"long-summary\",\n    difficulty: beginner,\n    competencies: [authentication],\n    cast: (name: \"田中 美咲\", kana: \"タナカ ミサキ\", sex: female, time: \"09:05\", insurer: \"全国健康保険協会 神奈川支部\"),\n    facts: (\n        date: \"2026-11-24\",\n        patient: (birth_date: \"1990-07-12\", insurance: employee),\n        presented: [my_number_card(cert_expires: \"2030-07-12\", pin: known)],\n    ),\n    start: \"b0\",\n    beats: {\n",
    );
    let chain = beats.saturating_sub(3) / 2;
    for i in 0..chain {
        let next = if i + 1 == chain {
            "route".to_owned()
        } else {
            format!("b{}", i + 1)
        };
        ron.push_str(&format!(
            "        \"b{i}\": (lines: [\"long-line\"], choices: [\n            (text: \"long-right\", action: guide_to_reader, next: \"{next}\", expect: right),\n            (text: \"long-detour\", action: skip_confirmation, next: \"r{i}\", expect: wrong),\n            (text: \"long-wrong\", action: ask_for(insurance_card), next: \"{next}\", expect: wrong),\n        ]),\n        \"r{i}\": (lines: [\"long-reaction\"], choices: [\n            (text: \"long-right\", action: guide_to_reader, next: \"{next}\", expect: right),\n        ]),\n"
        ));
    }
    ron.push_str("        \"route\": (lines: [\"long-line\"], choices: [\n            (text: \"long-route\", action: confirm_by(my_number_card), next: \"share\", expect: right),\n            (text: \"long-full\", action: confirm_by(none), next: \"share\", expect: wrong),\n            (text: \"long-route-declaration\", action: confirm_by(declaration), next: \"share\", expect: wrong),\n        ]),\n        \"share\": (lines: [\"long-line\"], choices: [\n            (text: \"long-share\", action: charge(30), next: \"done\", expect: right),\n            (text: \"long-share-wrong\", action: charge(100), next: \"done\", expect: wrong),\n            (text: \"long-share-ten\", action: charge(10), next: \"done\", expect: wrong),\n        ]),\n        \"done\": (lines: [\"long-line\"], end: served),\n    },\n)\n");
    let ftl = "long-title = Long\nlong-summary = Long\nlong-line = A line.\nlong-reaction = Oh.\nlong-right = Guide to the reader\nlong-detour = Skip\nlong-wrong = Ask for the old card\nlong-route = By card\nlong-full = Full cost\nlong-share = 3割\nlong-share-wrong = 10割\nlong-route-declaration = By declaration\nlong-share-ten = 1割\n";
    PackFiles {
        label: format!("long-{beats}"),
        scenarios: vec![SourceFile {
            path: "long.ron".to_owned(),
            text: ron,
        }],
        locales: Lang::ALL
            .into_iter()
            .map(|lang| {
                (
                    lang,
                    SourceFile {
                        path: format!("locales/{}/long.ftl", lang.code()),
                        text: ftl.to_owned(),
                    },
                )
            })
            .collect(),
        ..PackFiles::default()
    }
}

fn bench(c: &mut Criterion) {
    let policy = Arc::new(Policy::builtin().clone());
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    for count in [2_500, 5_000, 10_000] {
        let pack = generated(count);
        let report = check_pack(&pack, &policy, CheckOptions::default());
        assert!(report.findings.is_empty(), "{:?}", report.findings.first());
        assert_eq!(report.pack.scenarios.len(), count);
        group.throughput(Throughput::Elements(count as u64));
        group.bench_with_input(BenchmarkId::from_parameter(count), &pack, |b, pack| {
            b.iter(|| check_pack(pack, &policy, CheckOptions::default()));
        });
    }
    group.finish();
    let mut group = c.benchmark_group("check_one_scenario");
    group.sample_size(10);
    for beats in [1_000, 5_000, 10_000] {
        let pack = long_scenario(beats);
        let report = check_pack(&pack, &policy, CheckOptions::default());
        assert!(report.findings.is_empty(), "{:?}", report.findings.first());
        group.throughput(Throughput::Elements(beats as u64));
        group.bench_with_input(BenchmarkId::from_parameter(beats), &pack, |b, pack| {
            b.iter(|| check_pack(pack, &policy, CheckOptions::default()));
        });
    }
    group.finish();
    // The studio after each edit: the draft of the guide's example checked as `check` would
    // (16 seeds), and the engine's verdict on every choice over its draws.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/example-pack");
    let files = PackFiles::from_dir(&root).expect("the example pack reads");
    let draft = madoguchi_content::studio::Draft::open(&files, "example_expired_cert.ron")
        .expect("the example opens");
    let mut group = c.benchmark_group("studio_after_an_edit");
    group.sample_size(20);
    group.bench_function("check", |b| {
        b.iter(|| draft.check(&policy, CheckOptions::default()));
    });
    group.bench_function("verdicts", |b| b.iter(|| draft.verdicts(&policy)));
    group.bench_function("save", |b| b.iter(|| draft.files()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
