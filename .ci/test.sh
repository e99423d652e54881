#!/usr/bin/env bash
# The README's second command: set up, build, run every test
# (unit, proptest, end-to-end CPython imports, diagnostic snapshots, lit),
# then `pip install .` into a venv and run the Python package's pytest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
cargo build --release
cargo test --release

PYTHON=${PYTHON:-python3}
VENV=target/venv
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check pytest build wheel numpy
"$VENV/bin/python" -m pip install -q --disable-pip-version-check .
# pytest's exit code 5 ("no tests collected") fails this script like any other.
"$VENV/bin/python" -m pytest -q tests/python
