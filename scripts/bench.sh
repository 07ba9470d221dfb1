#!/usr/bin/env bash
# The benchmark of issue-sized libraries (figures to read, never pass/fail):
#
#   bash scripts/bench.sh                          # 1,000, 10,000 and 50,000 files
#   BENCH_SIZES="1000 10000" bash scripts/bench.sh # quicker
#
# Generates the corpora (`kamervraag gen --count N --seed 99`, the .txt files only, and
# the same files in one .zip), then measures: the native parse (criterion, group
# parse-dir) and the same parse compiled to wasm in headless Chromium on the same bytes;
# drop-to-library through the folder input and as one .zip; restart (reload until the
# whole library is back); statistics, timeline, a search keystroke and a filter change
# on the largest size; the renderer's peak memory; and the native `kamervraag stats`
# baseline (--profile release-native). Writes BENCHMARKS.md and prints its table.
#
# Environment: BENCH_SIZES (default "1000 10000 50000"), BENCH_PARSE_SIZE (the corpus
# both parsers read, default the smallest size), BENCH_WORK (default target/bench),
# BENCH_SKIP_BUILD=1 to use the dist/ and binaries already built, BENCH_REUSE_BROWSER=1
# to keep the browser figures of the last run ($WORK/browser.json), BENCH_NOTE (a line
# written under the table, e.g. which commit was measured).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true

SIZES=${BENCH_SIZES:-"1000 10000 50000"}
WORK=${BENCH_WORK:-target/bench}
PARSE_SIZE=${BENCH_PARSE_SIZE:-$(tr ' ' '\n' <<<"$SIZES" | grep . | sort -n | head -1)}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
CLI=target/release-native/kamervraag

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "== building: CLI (release-native), app (trunk --release)" >&2
  cargo build --locked --quiet --profile release-native --bin kamervraag
  # dist/ is the app as shipped (its size is reported); the measured copy adds
  # `parseTimed` (feature bench-api), the wasm parser timed inside the wasm.
  trunk build --release --locked >/dev/null
  trunk build --release --locked --features bench-api --dist "$WORK/dist" >/dev/null
fi

echo "== corpora: $SIZES" >&2
for n in $SIZES; do
  dir="$WORK/corpus-$n"
  if [ "$(find "$dir" -name '*.txt' 2>/dev/null | wc -l)" != "$n" ]; then
    rm -rf "$dir" "$WORK/gen-$n" "$WORK/corpus-$n.zip"
    "$CLI" gen --count "$n" --seed 99 "$WORK/gen-$n" >/dev/null
    mkdir -p "$dir"
    find "$WORK/gen-$n" -name '*.txt' -exec mv -t "$dir" {} +
    rm -rf "$WORK/gen-$n"
  fi
  if [ ! -f "$WORK/corpus-$n.zip" ]; then
    (cd "$WORK" && zip -q -r "corpus-$n.zip" "corpus-$n")
  fi
done

# Seconds of the median of three runs of a command (output discarded).
median_seconds() {
  local times=()
  for _ in 1 2 3; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 2p | awk '{ printf "%.3f", $1 / 1000 }'
}

echo "== native kamervraag stats" >&2
native="{"
for n in $SIZES; do
  native+="\"$n\": $(median_seconds "$CLI" stats "$WORK/corpus-$n"),"
done
native="${native%,}}"

echo "== native parse (criterion) on corpus-$PARSE_SIZE" >&2
KAMERVRAAG_BENCH_DIR="$WORK/corpus-$PARSE_SIZE" cargo bench --locked --quiet --bench parse -- \
  parse-dir --warm-up-time 2 --measurement-time 8 >&2
estimates="target/criterion/parse-dir/files/$PARSE_SIZE/new/estimates.json"
# Bytes of the .txt files of a corpus.
corpus_bytes() { find "$1" -name '*.txt' -exec cat {} + | wc -c; }
parse_bytes=$(corpus_bytes "$WORK/corpus-$PARSE_SIZE")

echo "== browser" >&2
specs=()
for n in $SIZES; do specs+=("$n:$WORK/corpus-$n:$WORK/corpus-$n.zip"); done
if [ "${BENCH_REUSE_BROWSER:-0}" != 1 ]; then
  BENCH_DIST="$WORK/dist" node scripts/bench/browser.mjs "$WORK/browser.json" "$WORK/corpus-$PARSE_SIZE" "${specs[@]}"
fi

wasm_file=$(ls dist/*.wasm | head -1)
node scripts/bench/report.mjs \
  --browser "$WORK/browser.json" \
  --native-stats "$native" \
  --criterion "$estimates" --parse-bytes "$parse_bytes" --parse-size "$PARSE_SIZE" \
  --wasm-gzip "$(gzip -9 -c "$wasm_file" | wc -c)" \
  --corpus-bytes "$(for n in $SIZES; do printf '%s=%s ' "$n" "$(corpus_bytes "$WORK/corpus-$n")"; done)" \
  --command "BENCH_SIZES=\"$SIZES\" bash scripts/bench.sh" \
  --note "${BENCH_NOTE:-}" \
  --out BENCHMARKS.md
