#!/usr/bin/env bash
# Fuzzes with cargo-fuzz (nightly) for SECONDS seconds in total (default 60), shared
# between the targets in turn: `parse` (the parser and JSON/CSV of what it returns)
# and `hostile` (document facts, footnote marks, highlighting, the zip reader and the
# CSV writers, picked by the first byte of each input). Name targets to run only those:
#   scripts/fuzz.sh 600 hostile
# Exits non-zero when the fuzzer finds a crash or a timeout (the input is left in
# fuzz/artifacts/TARGET/) or when the fuzzer cannot be built or run.
#
# The corpus directories fuzz/corpus/TARGET are seeded with generated documents
# (kamervraag gen), the official-format fixtures and, when present, the real pages of
# ../shared/corpus/openkamer and ../shared/corpus/official;
# the hostile corpus gets each seed once per helper (first byte 0-4) and a zip.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN="${1:-60}"
case "$SECONDS_TO_RUN" in
  ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2 ;;
esac
shift || true
TARGETS=("$@")
if [ "${#TARGETS[@]}" -eq 0 ]; then
  TARGETS=(parse hostile)
fi

SEED_DIR=""
cleanup() { if [ -n "$SEED_DIR" ]; then rm -rf "$SEED_DIR"; fi; }
trap cleanup EXIT

# Generated and real documents, once, for every corpus that needs seeding.
seed_documents() {
  if [ -z "$SEED_DIR" ]; then
    SEED_DIR=$(mktemp -d)
    cargo run --quiet --bin kamervraag -- gen --count 300 --seed 2024 "$SEED_DIR" >/dev/null
    if [ -d ../shared/corpus/openkamer ]; then
      cp ../shared/corpus/openkamer/*.txt "$SEED_DIR"/
    fi
    cp tests/fixtures/official/*.txt "$SEED_DIR"/
    if [ -d ../shared/corpus/official ]; then
      cp ../shared/corpus/official/*.txt "$SEED_DIR"/
    fi
  fi
}

seed() {
  local target="$1" corpus="fuzz/corpus/$1"
  mkdir -p "$corpus" "fuzz/artifacts/$target"
  if [ -n "$(ls -A "$corpus" 2>/dev/null)" ]; then
    return
  fi
  echo "== fuzz: seeding $corpus"
  seed_documents
  case "$target" in
    parse) cp "$SEED_DIR"/*.txt "$corpus"/ ;;
    hostile)
      local n=0 file which
      for file in "$SEED_DIR"/*.txt; do
        n=$((n + 1))
        [ "$n" -le 60 ] || break
        for which in 0 1 2 3 4; do
          { printf "\\$(printf '%03o' "$which")"; cat "$file"; } > "$corpus/seed-$which-$n"
        done
      done
      if command -v python3 >/dev/null; then
        python3 - "$SEED_DIR" "$corpus/seed-zip" <<'PY'
import io, os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
names = sorted(f for f in os.listdir(src) if f.endswith(".txt"))[:3]
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for i, name in enumerate(names):
        method = zipfile.ZIP_DEFLATED if i % 2 else zipfile.ZIP_STORED
        z.write(os.path.join(src, name), "map/" + name, compress_type=method)
open(out, "wb").write(b"\x03" + buf.getvalue())
PY
      fi
      ;;
    *) echo "unknown fuzz target: $target" >&2; exit 2 ;;
  esac
}

PER_TARGET=$(( SECONDS_TO_RUN / ${#TARGETS[@]} ))
[ "$PER_TARGET" -ge 1 ] || PER_TARGET=1
for target in "${TARGETS[@]}"; do
  seed "$target"
done
for target in "${TARGETS[@]}"; do
  echo "== fuzz: running the $target target for ${PER_TARGET}s"
  # cargo fuzz exits non-zero on a crash, a timeout or an out-of-memory input.
  cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$PER_TARGET" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1
done
