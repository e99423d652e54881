#!/usr/bin/env bash
# so_bytes.sh OLD_PYCC NEW_PYCC: compile every tests/programs/*.py with two pycc binaries, with the default
# options and with each of the program's `# differential: OPTIONS` lines, and compare the .so bytes (the
# check that a refactor changed no generated code). Run from the repository root.
set -u
old=$1; new=$2; d=$(mktemp -d); fail=0; runs=0
for p in tests/programs/*.py; do
  n=$(basename "$p" .py)
  mapfile -t optlines < <(echo ""; sed -n 's/^# differential://p' "$p")
  for k in "${!optlines[@]}"; do
    read -r -a opts <<< "${optlines[$k]}"
    mkdir -p "$d/old/$n.$k" "$d/new/$n.$k"
    "$old" compile "$p" -o "$d/old/$n.$k" "${opts[@]}" >/dev/null 2>&1 || echo "old fails: $p ${opts[*]}"
    "$new" compile "$p" -o "$d/new/$n.$k" "${opts[@]}" >/dev/null 2>&1 || echo "new fails: $p ${opts[*]}"
    for f in "$d/old/$n.$k"/*.so; do
      runs=$((runs + 1))
      cmp -s "$f" "$d/new/$n.$k/$(basename "$f")" || { echo "DIFFERENT: $p ${opts[*]}"; fail=1; }
    done
  done
done
echo "so-bytes: $runs modules compared, fail=$fail"
rm -rf "$d"
exit $fail
