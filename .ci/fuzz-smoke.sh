#!/usr/bin/env bash
# CI after test.sh: each cargo-fuzz target runs briefly (FUZZ_SECONDS, 30 s
# by default) from the checked-in corpus; any crash, panic or timeout fails.
# Built without a sanitizer (`-s none`): about 2 minutes from scratch on the
# 2-core development machine, where an ASan build took about 18. New inputs
# and crash artifacts go under target/fuzz-smoke/, never into fuzz/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH=${FUZZ_SECONDS:-30}
export RUSTC_BOOTSTRAP=1 # cargo-fuzz needs nightly flags (-Z sanitizer options)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

OUT=$ROOT/target/fuzz-smoke
cd fuzz
cargo fuzz build -O -s none --target-dir "$OUT"
for t in $(cargo fuzz list); do # signature, frontend, py_opt, compile, deep
    work=$OUT/corpus/$t
    rm -rf "$work" "$OUT/artifacts/$t"
    mkdir -p "$work" "$OUT/artifacts/$t"
    echo "fuzz-smoke: $t for ${SECONDS_EACH}s"
    # The scratch directory comes first, so libFuzzer writes its finds there;
    # the checked-in corpus is only read.
    log=$OUT/$t.log
    if ! cargo fuzz run "$t" -O -s none --target-dir "$OUT" "$work" "corpus/$t" -- \
        -max_total_time="$SECONDS_EACH" -timeout=60 -rss_limit_mb=4096 \
        -artifact_prefix="$OUT/artifacts/$t/" -print_final_stats=1 >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        echo "fuzz-smoke: $t failed; the input is in $OUT/artifacts/$t/" >&2
        exit 1
    fi
    grep -E '^(Done|stat::(number_of_executed_units|new_units_added))' "$log" || true
done
echo "fuzz-smoke: every target ran ${SECONDS_EACH}s without a crash"
