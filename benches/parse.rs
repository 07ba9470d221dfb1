//! Parser throughput on a generated corpus, in MB/s (criterion `Throughput::Bytes`).
//!
//! Run: `cargo bench --bench parse -- --warm-up-time 1 --measurement-time 5`.
//! Groups: `complete` (whole documents, every encoding and layout the generator
//! makes), `cut` (cut-off documents) and `all` (the 2,000-document corpus as is).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kamervraag::gen::{generate, GeneratedDocument};
use std::hint::black_box;

const CORPUS_SIZE: usize = 2_000;
const SEED: u64 = 20_240_101;

fn parse_all(docs: &[&GeneratedDocument]) -> usize {
    let mut questions = 0;
    for doc in docs {
        if let Ok(parsed) = kamervraag::parse::parse(black_box(&doc.bytes)) {
            questions += parsed.questions.len();
        }
    }
    questions
}

fn bench_parse(c: &mut Criterion) {
    let corpus = generate(CORPUS_SIZE, SEED);
    let complete: Vec<&GeneratedDocument> = corpus.iter().filter(|d| d.expected.complete).collect();
    let cut: Vec<&GeneratedDocument> = corpus.iter().filter(|d| !d.expected.complete).collect();
    let all: Vec<&GeneratedDocument> = corpus.iter().collect();

    let mut group = c.benchmark_group("parse");
    for (name, docs) in [("complete", &complete), ("cut", &cut), ("all", &all)] {
        let bytes: usize = docs.iter().map(|d| d.bytes.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new(name, docs.len()), docs, |b, docs| {
            b.iter(|| parse_all(docs))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
