//! Benchmark of the statistics on 50,000 generated documents: the requirement is
//! recomputing the total and one grouping from precomputed facts in at most 20 ms.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/stats_support/mod.rs"]
mod stats_support;

#[cfg(not(target_arch = "wasm32"))]
use criterion::{criterion_group, criterion_main, Criterion};
#[cfg(not(target_arch = "wasm32"))]
use kamervraag::stats::{
    aggregate_facts, histogram, monthly_series, weekly_series, DocumentFacts, FactTable, GroupBy,
    HistogramOptions,
};
#[cfg(not(target_arch = "wasm32"))]
use std::hint::black_box;

#[cfg(not(target_arch = "wasm32"))]
const DOCUMENTS: usize = 50_000;

#[cfg(not(target_arch = "wasm32"))]
fn bench_stats(c: &mut Criterion) {
    let docs = stats_support::collection(7, DOCUMENTS);
    let reference = stats_support::reference_date();
    let facts = DocumentFacts::for_all(&docs, reference);

    let table = FactTable::from_facts(facts.clone(), reference);

    c.bench_function("facts_50k", |b| {
        b.iter(|| DocumentFacts::for_all(black_box(&docs), reference))
    });
    c.bench_function("fact_table_new_50k", |b| {
        b.iter(|| FactTable::new(black_box(&docs), reference))
    });
    c.bench_function("table_total_50k", |b| {
        b.iter(|| black_box(&table).report(None))
    });
    for by in GroupBy::ALL {
        c.bench_function(&format!("table_total_and_{by}_50k"), |b| {
            b.iter(|| black_box(&table).report(Some(by)))
        });
    }
    c.bench_function("table_half_subset_and_ministry_50k", |b| {
        b.iter(|| {
            black_box(&table).report_subset((0..DOCUMENTS).step_by(2), Some(GroupBy::Ministry))
        })
    });
    c.bench_function("plain_aggregate_facts_total_and_ministry_50k", |b| {
        b.iter(|| aggregate_facts(black_box(&facts), Some(GroupBy::Ministry), reference))
    });
    c.bench_function("histogram_50k", |b| {
        b.iter(|| histogram(black_box(&facts), HistogramOptions::default()))
    });
    c.bench_function("weekly_and_monthly_series_50k", |b| {
        b.iter(|| {
            (
                weekly_series(black_box(&facts)),
                monthly_series(black_box(&facts)),
            )
        })
    });
}

#[cfg(not(target_arch = "wasm32"))]
criterion_group!(benches, bench_stats);
#[cfg(not(target_arch = "wasm32"))]
criterion_main!(benches);

/// Criterion is native only; on wasm32 the benchmark is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
