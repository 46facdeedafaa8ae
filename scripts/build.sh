#!/usr/bin/env bash
# Builds the wasm core into pkg/ (cargo → wasm-bindgen → wasm-opt), twice:
# newslens_bg.wasm, everything and built for speed, and newslens_lean_bg.wasm,
# without HTML extraction and built for size, which the same glue loads (see
# "Size" in the README); then the deployable site into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."

# build_wasm OUT_DIR WASM_OPT_FLAGS CARGO_ARG...: the core, its glue, optimised.
build_wasm() {
  local out=$1 wasm_opt_flags=$2
  shift 2
  cargo build --release --target wasm32-unknown-unknown "$@"
  local target_dir=${CARGO_TARGET_DIR:-target}
  wasm-bindgen --target web --out-dir "$out" --out-name newslens "$target_dir/wasm32-unknown-unknown/release/newslens.wasm"
  # npm's binaryen: Debian 12's wasm-opt (108) corrupts wasm-bindgen's externref table.
  # Rust's wasm starts its data at 1 MiB in fresh, zeroed memory of its own,
  # which the two memory flags let wasm-opt assume. The producers and
  # target-features sections are for tools, not browsers (0.2 KB gzipped);
  # wasm-opt needs the second only while it optimises.
  # shellcheck disable=SC2086
  node_modules/.bin/wasm-opt $wasm_opt_flags --zero-filled-memory --low-memory-unused --strip-producers --strip-target-features "$out/newslens_bg.wasm" -o "$out/newslens_bg.wasm"
}

# Panic messages name the source file of the dependency they come from; with
# the registry's folder remapped out of those names, the wasm is the same on
# every machine whatever its cargo home (and the lean one 41 bytes smaller).
cargo fetch --quiet
shopt -s nullglob
remap_registry=""
for index in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  remap_registry+="\"--remap-path-prefix=${index%/}=\", "
done

# The shipped wasm at opt-level 2 (the release profile's "s" stays for native
# builds): on abp-dev in Node 1.5x the speed of the lean build's settings, as
# fast as opt-level 3 and 17 KB smaller.
build_wasm pkg -O2 --config 'profile.release.opt-level=2' \
  --config "target.wasm32-unknown-unknown.rustflags=[${remap_registry%, }]"

# The lean wasm, for the 200 KB budget: opt-level "z" with LLVM's inliner
# given a threshold of 35 instead of z's 5, so that the hot loops keep their
# small helpers inlined (plain "z" ran at half the speed; 35 and 40 run alike,
# and which is smaller moves with the code by a few hundred bytes: 35 since
# the eleventh session); --converge repeats wasm-opt's passes while they
# still shrink the module (about 1 KB gzipped).
# Its own target directory, since its flags would otherwise rebuild every
# dependency of the other build.
CARGO_TARGET_DIR=target/lean build_wasm target/lean/pkg '-Oz --converge' --no-default-features \
  --config 'profile.release.opt-level="z"' \
  --config "target.wasm32-unknown-unknown.rustflags=[${remap_registry}\"-C\", \"llvm-args=-inline-threshold=35\"]"
if ! cmp -s pkg/newslens.js target/lean/pkg/newslens.js; then
  echo "build: the lean wasm's glue differs from the shipped one's, so pkg/newslens.js cannot load it" >&2
  exit 1
fi
cp target/lean/pkg/newslens_bg.wasm pkg/newslens_lean_bg.wasm

node scripts/build-site.mjs
