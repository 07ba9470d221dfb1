//! Parser throughput on a generated corpus, in MB/s (criterion `Throughput::Bytes`).
//!
//! Run: `cargo bench --bench parse -- --warm-up-time 1 --measurement-time 5`.
//! Groups: `complete` (whole documents, every encoding and layout the generator
//! makes), `cut` (cut-off documents) and `all` (the 2,000-document corpus as is);
//! when `../shared` is present also `seed` (the one complete real page, ~10 KB) and
//! `openkamer` (the 125 real pages, mostly cut at ~2,000 characters).
//!
//! Criterion measures wall-clock time, which on a shared machine includes time the
//! benchmark waits for a core. So the benchmark also prints an on-CPU figure for the
//! whole generated corpus, from the thread's CPU time (`/proc/thread-self/schedstat`,
//! Linux only), which is what one core actually achieves.
//!
//! With `KAMERVRAAG_BENCH_DIR=DIR` only the group `parse-dir` runs: every `.txt` file
//! in DIR, parsed as a whole (the corpus `scripts/bench.sh` also parses in the browser,
//! so both figures are on the same bytes).

#[cfg(not(target_arch = "wasm32"))]
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
#[cfg(not(target_arch = "wasm32"))]
use kamervraag::gen::{generate, GeneratedDocument};
#[cfg(not(target_arch = "wasm32"))]
use std::hint::black_box;

#[cfg(not(target_arch = "wasm32"))]
const CORPUS_SIZE: usize = 2_000;
#[cfg(not(target_arch = "wasm32"))]
const SEED: u64 = 20_240_101;

#[cfg(not(target_arch = "wasm32"))]
fn parse_all(docs: &[&GeneratedDocument]) -> usize {
    let mut questions = 0;
    for doc in docs {
        if let Ok(parsed) = kamervraag::parse::parse(black_box(&doc.bytes)) {
            questions += parsed.questions.len();
        }
    }
    questions
}

/// How many of `files` parse into a document.
#[cfg(not(target_arch = "wasm32"))]
fn parse_files(files: &[Vec<u8>]) -> usize {
    files
        .iter()
        .filter_map(|f| kamervraag::parse::parse(black_box(f)).ok())
        .count()
}

/// The bytes of the real files in `../shared/<dir>` ending in `.txt` (empty when absent).
#[cfg(not(target_arch = "wasm32"))]
fn shared_files(dir: &str) -> Vec<Vec<u8>> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(dir);
    let Ok(entries) = std::fs::read_dir(&path) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn bench_real(c: &mut Criterion) {
    if std::env::var_os("KAMERVRAAG_BENCH_DIR").is_some() {
        return;
    }
    let mut group = c.benchmark_group("parse-real");
    for (name, files) in [
        ("seed", shared_files("samples")),
        ("openkamer", shared_files("corpus/openkamer")),
    ] {
        if files.is_empty() {
            eprintln!("note: ../shared/{name} files absent, skipping that benchmark");
            continue;
        }
        let bytes: usize = files.iter().map(Vec::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_with_input(BenchmarkId::new(name, files.len()), &files, |b, files| {
            b.iter(|| parse_files(files))
        });
    }
    group.finish();
}

/// Nanoseconds this thread has spent on a CPU (Linux), `None` elsewhere.
#[cfg(not(target_arch = "wasm32"))]
fn thread_cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// Prints MB/s (10^6 bytes per second) of on-CPU time for `passes` parses of `docs`.
#[cfg(not(target_arch = "wasm32"))]
fn report_cpu_throughput(name: &str, docs: &[&GeneratedDocument], passes: usize) {
    let bytes: usize = docs.iter().map(|d| d.bytes.len()).sum();
    parse_all(docs); // warm caches
    let (Some(start), wall) = (thread_cpu_ns(), std::time::Instant::now()) else {
        return;
    };
    for _ in 0..passes {
        black_box(parse_all(docs));
    }
    let (Some(end), wall) = (thread_cpu_ns(), wall.elapsed()) else {
        return;
    };
    let cpu_seconds = (end.saturating_sub(start)) as f64 / 1e9;
    let megabytes = (bytes * passes) as f64 / 1e6;
    println!(
        "parse/{name} on-CPU: {:.0} MB/s ({} docs, {:.2} MB x {passes} passes, {:.3} s CPU, {:.3} s wall)",
        megabytes / cpu_seconds.max(1e-9),
        docs.len(),
        bytes as f64 / 1e6,
        cpu_seconds,
        wall.as_secs_f64()
    );
}

/// The `.txt` files of the directory in `KAMERVRAAG_BENCH_DIR`, sorted by name.
#[cfg(not(target_arch = "wasm32"))]
fn bench_dir_files() -> Option<Vec<Vec<u8>>> {
    let dir = std::env::var_os("KAMERVRAAG_BENCH_DIR")?;
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("KAMERVRAAG_BENCH_DIR is a readable directory")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    Some(paths.iter().filter_map(|p| std::fs::read(p).ok()).collect())
}

#[cfg(not(target_arch = "wasm32"))]
fn bench_dir(c: &mut Criterion) {
    let Some(files) = bench_dir_files() else {
        return;
    };
    let bytes: usize = files.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("parse-dir");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_with_input(
        BenchmarkId::new("files", files.len()),
        &files,
        |b, files| b.iter(|| parse_files(files)),
    );
    group.finish();
}

#[cfg(not(target_arch = "wasm32"))]
fn bench_parse(c: &mut Criterion) {
    if std::env::var_os("KAMERVRAAG_BENCH_DIR").is_some() {
        return;
    }
    let corpus = generate(CORPUS_SIZE, SEED);
    let complete: Vec<&GeneratedDocument> = corpus.iter().filter(|d| d.expected.complete).collect();
    let cut: Vec<&GeneratedDocument> = corpus.iter().filter(|d| !d.expected.complete).collect();
    let all: Vec<&GeneratedDocument> = corpus.iter().collect();
    report_cpu_throughput("complete", &complete, 30);
    report_cpu_throughput("cut", &cut, 30);
    report_cpu_throughput("all", &all, 30);

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

#[cfg(not(target_arch = "wasm32"))]
criterion_group!(benches, bench_parse, bench_real, bench_dir);
#[cfg(not(target_arch = "wasm32"))]
criterion_main!(benches);

/// Criterion is native only; on wasm32 the benchmark is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
