//! Checking throughput: packs of 2,500, 5,000 and 10,000 generated scenarios (the shipped
//! library's scenarios copied under new ids, variants and all), checked in full.
#![expect(
    missing_docs,
    reason = "criterion_group! generates an undocumented function"
)]

use std::path::PathBuf;
use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
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
}

criterion_group!(benches, bench);
criterion_main!(benches);
