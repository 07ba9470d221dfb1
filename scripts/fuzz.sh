#!/usr/bin/env bash
# Fuzzes the parser for SECONDS seconds (default 60) with cargo-fuzz (nightly).
# Exits non-zero when the fuzzer finds a crash (the input is left in
# fuzz/artifacts/parse/) or when the fuzzer cannot be built or run.
#
# The corpus directory fuzz/corpus/parse is seeded with generated documents
# (kamervraag gen), the official-format fixtures and, when present, the real pages of
# ../shared/corpus/openkamer and ../shared/corpus/official.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN="${1:-60}"
case "$SECONDS_TO_RUN" in
  ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;;
esac

CORPUS=fuzz/corpus/parse
mkdir -p "$CORPUS" fuzz/artifacts/parse

if [ -z "$(ls -A "$CORPUS" 2>/dev/null)" ]; then
  echo "== fuzz: seeding $CORPUS"
  SEED_DIR=$(mktemp -d)
  trap 'rm -rf "$SEED_DIR"' EXIT
  cargo run --quiet --bin kamervraag -- gen --count 300 --seed 2024 "$SEED_DIR" >/dev/null
  cp "$SEED_DIR"/*.txt "$CORPUS"/
  if [ -d ../shared/corpus/openkamer ]; then
    cp ../shared/corpus/openkamer/*.txt "$CORPUS"/
  fi
  # The official formats: own fixtures, and the real texts when present.
  cp tests/fixtures/official/*.txt "$CORPUS"/
  if [ -d ../shared/corpus/official ]; then
    cp ../shared/corpus/official/*.txt "$CORPUS"/
  fi
fi

echo "== fuzz: running the parse target for ${SECONDS_TO_RUN}s"
# cargo fuzz exits non-zero on a crash, a timeout or an out-of-memory input.
cargo +nightly fuzz run parse "$CORPUS" -- \
  -max_total_time="$SECONDS_TO_RUN" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1
