#!/usr/bin/env bash
# Every test layer, in order of speed. `npm test` runs this after set-up and
# build (its pretest), so pkg/ and dist/ are current.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "1/6 native core: cargo test"
cargo test

step "2/6 wasm in headless Chromium: wasm-bindgen-test"
CHROMEDRIVER=/usr/bin/chromedriver \
WASM_BINDGEN_TEST_WEBDRIVER_JSON=tests/webdriver.json \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown

step "3/6 JS API and CLI: node --test"
node --test tests/js/

step "4/6 browser end to end: playwright-core + /usr/bin/chromium"
node --test --test-concurrency=1 tests/e2e/

step "5/6 TypeScript declarations: tsc --noEmit"
node_modules/.bin/tsc -p tests/types

step "6/6 size budgets"
node scripts/sizes.mjs --check
