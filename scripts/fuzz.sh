#!/usr/bin/env bash
# Runs every libFuzzer target in fuzz/ for a set time each (cargo-fuzz with
# RUSTC_BOOTSTRAP=1, so that the stable toolchain is enough), after
# seeding each target's corpus from the project's own fixtures and samples.
#
#   bash scripts/fuzz.sh                 # every target, FUZZ_SECONDS (300) each
#   FUZZ_SECONDS=60 bash scripts/fuzz.sh quotes names
#   FUZZ_SEEDS=/path/to/more bash scripts/fuzz.sh   # extra local seeds, never committed
#   FUZZ_SECONDS=3600 FUZZ_PLATEAU=600 bash scripts/fuzz.sh ingest_json
#       # up to an hour, but stop once the crate's own code has gained no
#       # new place for 10 minutes (FUZZ_PLATEAU_ON=all: no edge anywhere)
#   FUZZ_SANITIZER=none bash scripts/fuzz.sh ingest_table
#       # without AddressSanitizer: about four times the executions a second
#       # (the core has no unsafe code, which lib.rs denies; a panic still stops the run)
#
#   bash scripts/fuzz.sh pack            # keep the corpora grown so far in fuzz/corpus.tar.xz
#
# Corpora grow in fuzz/corpus/<target>/ and crashes land in
# fuzz/artifacts/<target>/ (both git-ignored). A fresh checkout starts each
# target from fuzz/corpus.tar.xz, the corpora of earlier rounds (inputs the
# fuzzers generated from our own fixtures), so that coverage builds up across
# machines instead of starting over from the seeds. The summary per target goes to
# test-output/fuzz/summary.txt (or $FUZZ_SUMMARY, so that two runs can share
# the machine): run length, executions, coverage, corpus size,
# and the seconds of the run at which coverage last grew, anywhere and in
# the crate's own source (the plateau).
#
# Why two: libFuzzer's `cov` counts edges in every copy of standard-library
# and dependency code inlined into ours (a `chars()` loop meeting its first
# four-byte character, a word list searched to a new depth, a hash table's
# probe), and those trickle in long after the lines of src/ stop gaining.
# Each new edge is printed (-print_pcs=1) and placed at its innermost
# source line and column, so the places of src/ can be told from the rest.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

if [ "${1:-}" = pack ]; then
  # The seeds are made again from the fixtures on every run, so they are left
  # out; the places each target has reached (corpus/<target>.places) go in.
  tar -C fuzz --exclude='seed-*' -cf - corpus | xz -T1 -6 >fuzz/corpus.tar.xz
  echo "fuzz: $(find fuzz/corpus -mindepth 2 -type f ! -name 'seed-*' | wc -l) inputs kept in fuzz/corpus.tar.xz ($(du -h fuzz/corpus.tar.xz | cut -f1))"
  exit 0
fi

seconds=${FUZZ_SECONDS:-300}
plateau=${FUZZ_PLATEAU:-0}
plateau_on=${FUZZ_PLATEAU_ON:-own}
sanitizer=${FUZZ_SANITIZER:-address}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(ingest ingest_text ingest_html ingest_json json ingest_table ingest_feed ingest_markdown quotes names keywords corpus read_file)
fi

if ! command -v cargo-fuzz >/dev/null; then
  echo "fuzz: installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz
fi

if [ "$sanitizer" != address ] && ! command -v llvm-symbolizer >/dev/null; then
  echo "fuzz: FUZZ_SANITIZER=$sanitizer needs llvm-symbolizer to place new edges (apt-get install llvm)" >&2
  exit 1
fi

out=$root/test-output/fuzz
mkdir -p "$out"
fixtures=(tests/fixtures/ingest/* tests/fixtures/drop/* tests/fixtures/hostile/* tests/fixtures/*.txt www/samples/*)
[ -n "${FUZZ_SEEDS:-}" ] && fixtures+=("$FUZZ_SEEDS"/*)

# seed TARGET PREFIX FILE...: copies each file into the target's corpus,
# after PREFIX (printf escapes: the option or extension byte some targets read first).
seed() {
  local target=$1 prefix=$2
  shift 2
  mkdir -p "fuzz/corpus/$target"
  local file
  for file in "$@"; do
    [ -f "$file" ] || continue
    { printf "$prefix"; cat "$file"; } >"fuzz/corpus/$target/seed-$(basename "$file")"
  done
}

by_extension() {
  local file
  for file in "${fixtures[@]}"; do
    case "$file" in *."$1") echo "$file" ;; esac
  done
}

seed_all() {
  local text html json csv tsv feeds md
  mapfile -t text < <(by_extension txt)
  mapfile -t html < <(by_extension html)
  mapfile -t json < <(by_extension json; by_extension ndjson)
  mapfile -t csv < <(by_extension csv)
  mapfile -t tsv < <(by_extension tsv)
  mapfile -t feeds < <(by_extension xml; by_extension rss; by_extension atom)
  mapfile -t md < <(by_extension md)
  seed ingest_text '' "${text[@]}"
  seed ingest_html '' "${html[@]}"
  seed ingest_json '' "${json[@]}"
  seed json '' "${json[@]}"
  seed ingest_table '\x00' "${csv[@]}"
  seed ingest_table '\x01' "${tsv[@]}"
  seed ingest_feed '' "${feeds[@]}"
  seed ingest_markdown '' "${md[@]}"
  # The ingest target's first byte picks the name: 0 .txt, 1 .html, 2 .json, 3 .csv, 4 .tsv, 5 .xml, 6 .md.
  seed ingest '\x00' "${text[@]}"
  seed ingest '\x01' "${html[@]}"
  seed ingest '\x02' "${json[@]}"
  seed ingest '\x03' "${csv[@]}"
  seed ingest '\x04' "${tsv[@]}"
  seed ingest '\x05' "${feeds[@]}"
  seed ingest '\x06' "${md[@]}"
  seed ingest '\x00' tests/fixtures/drop/harbour-photo.png
  seed quotes '' "${text[@]}"
  # read_file: an even first byte reads the rest as a file, named as the ingest target names them (0 .txt, 2 .html, 4 .json).
  seed read_file '\x00' "${text[@]}"
  seed read_file '\x02' "${html[@]}"
  seed read_file '\x04' "${json[@]}"
  seed names '' "${text[@]}"
  # keywords: option byte (all on), a headline, the separator, a body.
  local file
  mkdir -p fuzz/corpus/keywords fuzz/corpus/corpus
  for file in "${text[@]}"; do
    { printf '\x1f'; head -n 1 "$file"; printf -- '--8<--\n'; tail -n +2 "$file"; } >"fuzz/corpus/keywords/seed-$(basename "$file")"
  done
  # corpus: option byte, then files as "name\ncontent" between separators.
  local flags=0 group
  for group in "www/samples/*.txt" "www/samples/*" "tests/fixtures/drop/*" "tests/fixtures/ingest/*.txt"; do
    {
      printf "\\x0$flags"
      local first=1
      for file in $group; do
        [ $first -eq 1 ] || printf -- '\n--8<--\n'
        first=0
        printf '%s\n' "$(basename "$file")"
        cat "$file"
      done
    } >"fuzz/corpus/corpus/seed-$flags"
    flags=$((flags + 1))
  done
}

if [ ! -d fuzz/corpus ] && [ -f fuzz/corpus.tar.xz ]; then
  echo "fuzz: starting from the corpora in fuzz/corpus.tar.xz"
  xz -dc fuzz/corpus.tar.xz | tar -C fuzz -xf -
fi
seed_all
cd fuzz
export RUSTC_BOOTSTRAP=1
# Each sanitizer builds into its own directory, so that switching does not rebuild the other.
target_dir=target
[ "$sanitizer" = address ] || target_dir=target/$sanitizer
cargo fuzz build --release --sanitizer "$sanitizer" --target-dir "$target_dir"
# The binaries are run directly, so that editing the crate during a long run does not rebuild them.
bin=$target_dir/x86_64-unknown-linux-gnu/release
# Without address randomisation a position-independent binary loads here,
# so that an edge's address less this is its place in the binary's debug information.
pie_base=0x555555554000

summary=${FUZZ_SUMMARY:-$out/summary.txt}
printf '%-16s %8s %12s %7s %7s %7s %9s %13s %13s %-8s %s\n' target seconds executions cov ft corpus own-places last-new-cov last-new-own stopped crashes >"$summary"
status=0
# The second of the run at which the coverage figure last rose, from a stamped log.
cov_last_grew() {
  awk '{ if (match($0, /cov: [0-9]+/)) { c = substr($0, RSTART + 5, RLENGTH - 5) + 0; if (c > best) { best = c; at = $1 } } } END { print at + 0 }' "$1"
}
# place_edges LOG BINARY: appends to LOG.edges each new edge of the log not
# placed yet, as "SECOND FILE:LINE:COLUMN" of its innermost source line.
# libFuzzer prints the line when a sanitizer's runtime is linked in;
# otherwise llvm-symbolizer reads it from the binary (the first line of each
# block after the function's name is the innermost of the inlined frames).
place_edges() {
  local log=$1 binary=$2 edges=$1.edges placed new
  touch "$edges"
  placed=$(wc -l <"$edges")
  new=$(grep -F 'NEW_PC: ' "$log" | tail -n +$((placed + 1)) || true)
  [ -n "$new" ] || return 0
  if grep -qF ' in ' <<<"$new"; then
    awk '{ print $1, $NF }' <<<"$new" >>"$edges"
  else
    paste -d ' ' <(awk '{ print $1 }' <<<"$new") \
      <(awk '{ print $3 }' <<<"$new" | while read -r pc; do printf '0x%x\n' $((pc - pie_base)); done |
        llvm-symbolizer --obj="$binary" | awk 'BEGIN { RS = "" } { split($0, frame, "\n"); print frame[2] }') >>"$edges"
  fi
}
# own_places LOG KNOWN: how many places (line and column) of the crate's own
# source this run reached that no earlier run on this machine had (KNOWN),
# and the second it reached the last. A place counts once: a small function
# inlined into ten callers is ten copies of its edges, and reaching the same
# line in the ninth copy is nothing new. libFuzzer prints no edge while it
# replays the corpus, so the places the corpus already reaches are known
# only from the runs that found them.
own_places() {
  awk -v src="$root/src/" 'FILENAME == ARGV[1] { known[$0] = 1; next }
    index($2, src) == 1 { place = substr($2, length(src) + 1); if (!(place in known) && !seen[place]++) { n++; at = $1 } }
    END { print n + 0, at + 0 }' "$2" "$1.edges"
}
# The second at which libFuzzer finished replaying the corpus (INITED), or
# nothing before then: a large corpus replays for minutes without a coverage
# line, which is no plateau.
inited_at() {
  awk '$3 == "INITED" { print $1; exit }' "$1"
}
for target in "${targets[@]}"; do
  echo "fuzz: $target for up to ${seconds}s"
  log=$out/$target.log
  mkdir -p "artifacts/$target"
  # Crashes are counted from this run only: the inputs of earlier, fixed ones stay in artifacts/.
  since=$out/$target.started
  touch "$since"
  rm -f "$log.edges"
  # Places of src/ reached by earlier runs of this target, relative to src/,
  # kept beside its corpus so that `pack` carries them with it.
  known=corpus/$target.places
  touch "$known"
  started=$SECONDS
  # Each line stamped with the second it was printed, to find when coverage last grew.
  set +e
  setarch "$(uname -m)" -R "$bin/$target" "corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -print_pcs=1 \
    -dict="$root/fuzz/tokens.dict" -artifact_prefix="artifacts/$target/" \
    > >(while IFS= read -r line; do printf '%s %s\n' "$((SECONDS - started))" "$line"; done >"$log") 2>&1 &
  fuzzer=$!
  stopped=time
  while kill -0 "$fuzzer" 2>/dev/null; do
    sleep 5
    inited=$(inited_at "$log")
    place_edges "$log" "$bin/$target"
    if [ "$plateau" -gt 0 ] && [ -n "$inited" ]; then
      if [ "$plateau_on" = all ]; then last=$(cov_last_grew "$log"); else read -r _ last < <(own_places "$log" "$known"); fi
      [ "$inited" -gt "$last" ] && last=$inited
      if [ $((SECONDS - started - last)) -ge "$plateau" ]; then
        stopped=plateau
        kill -INT "$fuzzer"
        # Without a sanitizer's allocator, libFuzzer's interrupt handler can
        # deadlock in malloc when the signal lands inside it: give it 30
        # seconds to write its final figures, then kill it.
        for _ in $(seq 30); do kill -0 "$fuzzer" 2>/dev/null || break; sleep 1; done
        kill -KILL "$fuzzer" 2>/dev/null || true
        break
      fi
    fi
  done
  wait "$fuzzer"
  result=$?
  # libFuzzer exits with 72 when interrupted, which is how a plateau ends a run (137: killed after it).
  [ "$stopped" = plateau ] && { [ "$result" -eq 72 ] || [ "$result" -eq 137 ]; } && result=0
  # The stamping loop may still be writing the fuzzer's last lines.
  sleep 1
  place_edges "$log" "$bin/$target"
  set -e
  final=$(grep -E '^[0-9]+ #[0-9]+[[:space:]]+(pulse|DONE|NEW|REDUCE|INITED)' "$log" | tail -n 1 || true)
  executions=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
  cov=$(grep -oE 'cov: [0-9]+' <<<"$final" | grep -oE '[0-9]+' || echo '?')
  ft=$(grep -oE 'ft: [0-9]+' <<<"$final" | grep -oE '[0-9]+' || echo '?')
  corpus=$(find "corpus/$target" -type f | wc -l)
  crashes=$(find "artifacts/$target" -type f -newer "$since" | wc -l)
  read -r own own_last < <(own_places "$log" "$known")
  awk -v src="$root/src/" 'index($2, src) == 1 { print substr($2, length(src) + 1) }' "$log.edges" |
    sort -u - "$known" -o "$known"
  printf '%-16s %8s %12s %7s %7s %7s %9s %13s %13s %-8s %s\n' "$target" "$((SECONDS - started))" "$executions" "$cov" "$ft" \
    "$corpus" "$own" "$(cov_last_grew "$log")s" "${own_last}s" "$stopped" "$crashes" >>"$summary"
  if [ "$result" -ne 0 ]; then
    echo "fuzz: $target found a failure (log: $log, input in fuzz/artifacts/$target/)"
    status=1
  fi
done
cat "$summary"
exit $status
