#!/usr/bin/env bash
# Builds the wasm core into pkg/ (cargo → wasm-bindgen → wasm-opt) and the
# deployable site into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --target wasm32-unknown-unknown
wasm-bindgen --target web --out-dir pkg --out-name newslens target/wasm32-unknown-unknown/release/newslens.wasm
# npm's binaryen: Debian 12's wasm-opt (108) corrupts wasm-bindgen's externref table.
node_modules/.bin/wasm-opt -Oz pkg/newslens_bg.wasm -o pkg/newslens_bg.wasm
node scripts/build-site.mjs
