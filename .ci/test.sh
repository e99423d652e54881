#!/usr/bin/env bash
# The README's second command: set up, check formatting and clippy, build,
# run every test (unit, proptest, end-to-end CPython imports, diagnostic
# and typed-IR snapshots, layering, lit, the real-module corpus),
# then `pip install .` into a venv and run the Python package's pytest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
# Style gates first: formatting (rustfmt.toml) and clippy with warnings as errors.
cargo fmt --all --check
(cd fuzz && cargo fmt --check)
cargo clippy --release --all-targets -- -D warnings
cargo build --release
cargo test --release

PYTHON=${PYTHON:-python3}
VENV=target/venv
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check pytest build wheel numpy
"$VENV/bin/python" -m pip install -q --disable-pip-version-check .
# pytest's exit code 5 ("no tests collected") fails this script like any other.
"$VENV/bin/python" -m pytest -q tests/python
