#!/usr/bin/env bash
# Idempotent set-up: installs everything a fresh machine of this kind lacks.
# Only package registries are used (rustup dist, crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.129
CARGO_FUZZ_VERSION=0.13.2

step() { printf '\n== setup: %s\n' "$*"; }

step "rust targets"
rustup target list --installed | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

step "trunk $TRUNK_VERSION"
have_version trunk "$TRUNK_VERSION" || cargo install --locked trunk --version "$TRUNK_VERSION"

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
have_version wasm-bindgen "$WASM_BINDGEN_VERSION" \
  || cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"

step "cargo-fuzz $CARGO_FUZZ_VERSION"
have_version cargo-fuzz "$CARGO_FUZZ_VERSION" \
  || cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"

step "chromium and chromedriver (Debian)"
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium chromium-driver
fi

step "npm tools (wasm-opt, playwright-core, axe-core)"
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

step "done"
