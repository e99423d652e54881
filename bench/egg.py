"""Does py-egg earn its place? One command: `python3 bench/egg.py` (after
`cargo build --release`). Writes bench/results/egg.md.

For every exported kernel of tests/programs/bench_kernels.py and
tests/programs/egg_kernels.py (the issue's examples; the differential test
checks both against CPython), it takes the `py` dialect that `pycc compile
--emit py` writes and runs it through `pycc-opt` two ways:

  A  canonicalize,cse                    (MLIR's clean-up alone)
  B  func.func(py-egg),canonicalize,cse  (the e-graph first)

and, for the float kernels, a third way with the opt-in fastmath rules:

  F  func.func(py-egg{rules=float,int,bool,fastmath}),canonicalize,cse

For each it reports the pure `py` ops left, their estimated cost under
py-egg's own cost model (passes/egg/cost.rs; read back from the `cost N ->`
that `py-egg{verbose=1}` prints for its input, so the model is not copied
here), and the number of ops after lowering (`convert-py-to-arith,
canonicalize{top-down=false},cse`, the rest of pycc's pipeline): what LLVM
is handed. The last column names the py ops that changed from A to B.
Nothing here is timed: costs and op counts are deterministic.
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.join(ROOT, "target", "release")
PYCC = os.path.join(BIN, "pycc")
OPT = os.path.join(BIN, "pycc-opt")
SOURCES = [os.path.join(ROOT, "tests", "programs", f) for f in ("bench_kernels.py", "egg_kernels.py")]
OUT = os.path.join(HERE, "results", "egg.md")

CLEANUP = "canonicalize,cse"
EGG = "func.func(py-egg)," + CLEANUP
FAST = "func.func(py-egg{rules=float,int,bool,fastmath})," + CLEANUP
LOWER = "convert-py-to-arith,canonicalize{top-down=false},cse"
# The pure py ops (PURE_OPS in dialects/mod.rs): what py-egg rewrites.
PURE = {"constant", "add", "sub", "mul", "pow", "neg", "cast", "and", "or", "xor", "lshift", "rshift",
        "invert", "floordiv", "mod", "div", "cmp", "not", "select"}


def opt(text, pipeline, stderr=False):
    with tempfile.NamedTemporaryFile("w", suffix=".mlir", delete=False) as f:
        f.write(text)
    try:
        r = subprocess.run([OPT, f.name, f"--pass-pipeline=builtin.module({pipeline})"], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if r.returncode != 0:
        sys.exit(f"pycc-opt failed on {pipeline}:\n{r.stderr}")
    return (r.stdout, r.stderr) if stderr else r.stdout


def functions(text):
    """Kernel name -> the lines of its body."""
    out, name = {}, None
    for line in text.splitlines():
        m = re.match(r"\s*func\.func @kernel\.(\w+)\(", line)
        if m:
            name = m.group(1)
            out[name] = []
        elif name and re.match(r"^  \}", line):
            name = None
        elif name:
            out[name].append(line)
    return out


def op_names(lines):
    """The ops of a function body, by name (`py.add`, `arith.muli`, `return`)."""
    names = []
    for line in lines:
        m = re.match(r'\s*(?:%[\w#:,% ]+ = )?"?([a-z_][\w.]*)"?[ (]', line)
        if m and not line.strip().startswith("^"):
            names.append(m.group(1))
    return names


def pure_ops(lines):
    """The pure py ops by name; an unsigned `//` or `%` (no floor fix-up)
    counts apart, as `mod (unsigned)`."""
    out = collections.Counter()
    for line in lines:
        for n in op_names([line]):
            if n.startswith("py.") and n[3:] in PURE:
                unsigned = n[3:] in ("mod", "floordiv") and re.search(r": \(ui\d+", line)
                out[n[3:] + (" (unsigned)" if unsigned else "")] += 1
    return out


def costs(text):
    """Kernel name -> py-egg's cost of the pure py ops as they are."""
    _, log = opt(text, "func.func(py-egg{verbose=1})", stderr=True)
    total = collections.defaultdict(float)
    for m in re.finditer(r"py-egg: @kernel\.(\w+): .* cost ([\d.]+) ->", log):
        total[m.group(1)] += float(m.group(2))
    return total


def found(a, b):
    """What changed from A to B, as `-2 pow, +3 mul`."""
    parts = []
    for op in sorted(set(a) | set(b)):
        d = b[op] - a[op]
        if d:
            parts.append(f"{d:+d} {op}")
    return ", ".join(parts) or "nothing"


def main():
    for exe in (PYCC, OPT):
        if not os.path.exists(exe):
            sys.exit(f"{exe} is missing: run `cargo build --release` first")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for source in SOURCES:
            r = subprocess.run([PYCC, "compile", source, "-o", tmp, "--emit", "py"], capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit(f"pycc compile {source} failed:\n{r.stderr}")
            py = open(os.path.join(tmp, os.path.basename(source) + ".mlir")).read()
            ways = {"A": opt(py, CLEANUP), "B": opt(py, EGG), "F": opt(py, FAST)}
            body = {k: functions(v) for k, v in ways.items()}
            cost = {k: costs(v) for k, v in ways.items()}
            lowered = {k: functions(opt(v, LOWER)) for k, v in ways.items()}
            for name in body["A"]:
                is_float = any(t in line for line in body["A"][name] for t in (": f64", ": f32", "-> f64", "-> f32"))
                row = {"file": os.path.basename(source), "kernel": name}
                for k in ways:
                    row[k] = (sum(pure_ops(body[k][name]).values()), cost[k][name], len(op_names(lowered[k][name])))
                row["found"] = found(pure_ops(body["A"][name]), pure_ops(body["B"][name]))
                row["fast"] = found(pure_ops(body["B"][name]), pure_ops(body["F"][name])) if is_float else None
                rows.append(row)
    lines = [
        "# py-egg against MLIR's clean-up alone",
        "",
        "Generated by `python3 bench/egg.py`; see its docstring for the method.",
        "A = `canonicalize,cse`; B = `py-egg` first; F = `py-egg` with the opt-in fastmath rules first.",
        "py ops and cost: the pure `py` ops left and their cost under py-egg's model (`passes/egg/cost.rs`);",
        "lowered: all ops in the kernel after `convert-py-to-arith,canonicalize,cse` (what LLVM gets).",
        "",
        "| file | kernel | py ops A | py ops B | cost A | cost B | lowered A | lowered B | egg changed (A to B) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        (oa, ca, la), (ob, cb, lb) = r["A"], r["B"]
        lines.append(f"| {r['file']} | {r['kernel']} | {oa} | {ob} | {ca:.1f} | {cb:.1f} | {la} | {lb} | {r['found']} |")
    lines += [
        "",
        "Float kernels with fastmath (never used by `pycc compile`; changes results for some inputs):",
        "",
        "| file | kernel | py ops B | py ops F | cost B | cost F | lowered B | lowered F | fastmath changed (B to F) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        if r["fast"] is not None:
            (ob, cb, lb), (of, cf, lf) = r["B"], r["F"]
            lines.append(f"| {r['file']} | {r['kernel']} | {ob} | {of} | {cb:.1f} | {cf:.1f} | {lb} | {lf} | {r['fast']} |")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"\nwritten to {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
