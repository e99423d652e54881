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
for p in tests/programs/*.py; do
  n=$(basename "$p" .py)
  mapfile -t optlines < <(echo ""; sed -n 's/^# differential://p' "$p")
  for k in "${!optlines[@]}"; do
    read -r -a opts <<< "${optlines[$k]}"
    compile "$old" "$p" "$d/old/$n.$k" "${opts[@]}"
    compile "$new" "$p" "$d/new/$n.$k" "${opts[@]}"
    [ "$(cat "$d/old/$n.$k/rc")" = 0 ] || echo "old fails: $p ${opts[*]}"
    same_output "$p ${opts[*]}" "$d/old/$n.$k" "$d/new/$n.$k"
    for f in "$d/old/$n.$k"/*.so; do
      [ -e "$f" ] || continue
      runs=$((runs + 1))
      cmp -s "$f" "$d/new/$n.$k/$(basename "$f")" || { echo "DIFFERENT: $p ${opts[*]}"; fail=1; }
    done
  done
done
for p in tests/diagnostics/*.py; do
  n=$(basename "$p" .py)
  compile "$old" "$p" "$d/old/diag.$n"
  compile "$new" "$p" "$d/new/diag.$n"
  diags=$((diags + 1))
  same_output "$p" "$d/old/diag.$n" "$d/new/diag.$n"
  for f in "$d/old/diag.$n"/*.so; do
    [ -e "$f" ] || continue
    runs=$((runs + 1))
    cmp -s "$f" "$d/new/diag.$n/$(basename "$f")" || { echo "DIFFERENT: $p"; fail=1; }
  done
done
echo "so-bytes: $runs modules and $diags diagnostic programs compared (stderr, exit code, .so bytes), fail=$fail"
rm -rf "$d"
exit $fail
