#!/usr/bin/env bash
# Builds the wasm core into pkg/ (cargo → wasm-bindgen → wasm-opt) and the
# deployable site into dist/. `scripts/build.sh without-html` instead builds
# the core without HTML extraction into target/without-html/, only to measure
# its size against its own budget.
set -euo pipefail
cd "$(dirname "$0")/.."

# build_wasm OUT_DIR [CARGO_FLAG...]
build_wasm() {
  local out=$1
  shift
  cargo build --release --target wasm32-unknown-unknown "$@"
  wasm-bindgen --target web --out-dir "$out" --out-name newslens target/wasm32-unknown-unknown/release/newslens.wasm
  # npm's binaryen: Debian 12's wasm-opt (108) corrupts wasm-bindgen's externref table.
  node_modules/.bin/wasm-opt -Oz "$out/newslens_bg.wasm" -o "$out/newslens_bg.wasm"
}

if [ "${1:-}" = without-html ]; then
  build_wasm target/without-html --no-default-features
else
  build_wasm pkg
  node scripts/build-site.mjs
fi
