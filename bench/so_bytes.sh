#!/usr/bin/env bash
# so_bytes.sh OLD_PYCC NEW_PYCC: compile every tests/programs/*.py with two pycc binaries, with the default
# options and with each of the program's `# differential: OPTIONS` lines, and compare the .so bytes and the
# compiler's stderr and exit code; compile every tests/diagnostics/*.py with both and compare stderr and exit
# code (the check that a refactor changed no generated code and no diagnostic). Run from the repository root.
set -u
old=$1; new=$2; d=$(mktemp -d); fail=0; runs=0; diags=0
same_output() { # label dir-old dir-new
  cmp -s "$2/stderr" "$3/stderr" && cmp -s "$2/rc" "$3/rc" || { echo "DIFFERENT stderr/exit: $1"; fail=1; }
}
compile() { # pycc source outdir options...
  local pycc=$1 src=$2 out=$3; shift 3
  mkdir -p "$out"
  "$pycc" compile "$src" -o "$out" "$@" >/dev/null 2>"$out/stderr"; echo $? >"$out/rc"
}
compare() { # label name source options...: compile with both, compare stderr, exit code and every .so
  local label=$1 n=$2 src=$3; shift 3
  compile "$old" "$src" "$d/old/$n" "$@"
  compile "$new" "$src" "$d/new/$n" "$@"
  same_output "$label" "$d/old/$n" "$d/new/$n"
  for f in "$d/old/$n"/*.so; do
    [ -e "$f" ] || continue
    runs=$((runs + 1))
    cmp -s "$f" "$d/new/$n/$(basename "$f")" || { echo "DIFFERENT: $label"; fail=1; }
  done
}
for p in tests/programs/*.py; do
  n=$(basename "$p" .py)
  mapfile -t optlines < <(echo ""; sed -n 's/^# differential://p' "$p")
  for k in "${!optlines[@]}"; do
    read -r -a opts <<< "${optlines[$k]}"
    compare "$p ${opts[*]}" "$n.$k" "$p" "${opts[@]}"
    [ "$(cat "$d/old/$n.$k/rc")" = 0 ] || echo "old fails: $p ${opts[*]}"
  done
done
for p in tests/diagnostics/*.py; do
  diags=$((diags + 1))
  compare "$p" "diag.$(basename "$p" .py)" "$p"
done
echo "so-bytes: $runs modules and $diags diagnostic programs compared (stderr, exit code, .so bytes), fail=$fail"
rm -rf "$d"
exit $fail
