#!/usr/bin/env bash
# so_bytes.sh OLD_PYCC NEW_PYCC: compile every tests/programs/*.py with two pycc binaries and compare
# the .so bytes (the check that a refactor changed no generated code). Run from the repository root.
set -u
old=$1; new=$2; d=$(mktemp -d); fail=0
for p in tests/programs/*.py; do
  n=$(basename $p .py)
  mkdir -p $d/old/$n $d/new/$n
  $old compile $p -o $d/old/$n >/dev/null 2>&1 || echo "old fails: $p"
  $new compile $p -o $d/new/$n >/dev/null 2>&1 || echo "new fails: $p"
  for f in $d/old/$n/*.so; do
    cmp -s $f $d/new/$n/$(basename $f) || { echo "DIFFERENT: $p"; fail=1; }
  done
done
echo "so-bytes: $(ls tests/programs/*.py | wc -l) programs, fail=$fail"
rm -rf $d
