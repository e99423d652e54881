#!/usr/bin/env bash
# The README's second command: set up, build, run every test
# (unit, proptest, end-to-end CPython imports, diagnostic snapshots, lit).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
cargo build --release
cargo test --release
