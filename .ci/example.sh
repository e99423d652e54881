#!/usr/bin/env bash
# The README's first command: set up, build, compile the seed example
# (examples/my_module.py, numba.pycc's own example) and import it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
cargo build --release
./target/release/pycc compile examples/my_module.py
cd examples
python3 - <<'PY'
import my_module
print(sorted(n for n in dir(my_module) if not n.startswith('_')))
print(my_module.multi(3, 4), my_module.multf(2.5, 4.0), my_module.square(1.414))
print(my_module.multf.__doc__)
PY
