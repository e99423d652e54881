"""Compile-time scaling: `python3 bench/scaling.py [shape ...] [N ...]` (after `cargo build --release`).

Generates programs of N statements (issue 19's shapes) and compiles each with
`pycc compile -v`, reporting wall time, peak memory (max RSS of the child) and
the slowest stage. Without arguments writes bench/results/scaling.md (long:
the quadratic shapes take minutes at 20000). Not a timed test: the
numbers depend on the machine and its load.

Shapes:
  chain   one function of N straight-line dependent assignments
  ifs     N assignments, every fourth one under an `if`
  cmp     `return a < b < ...` with N terms (a comparison chain; past 3000
          terms a nesting diagnostic, as CPython's RecursionError)
  params  one function of N parameters, returning their sum
  ternary N nested `x if c else y` (past 1000: the nesting diagnostic)
  egg     `pycc-opt --py-egg` on a chain of N `py.mul` ops
"""
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYCC = os.path.join(ROOT, "target", "release", "pycc")
PYCC_OPT = os.path.join(ROOT, "target", "release", "pycc-opt")
HEADER = "from pycc import CC\ncc = CC('scaled')\n"


def chain(n):
    lines = [HEADER, "@cc.export('f', 'f8(f8)')", "def f(x):", "    a0 = x"]
    lines += [f"    a{i} = a{i - 1} * 1.0000001 + {i % 7}.5" for i in range(1, n)]
    lines.append(f"    return a{n - 1}")
    return "\n".join(lines) + "\n"


def ifs(n):
    lines = [HEADER, "@cc.export('f', 'f8(f8)')", "def f(x):", "    a0 = x"]
    for i in range(1, n):
        if i % 4 == 0:
            lines.append(f"    if a{i - 1} > {i}.0:")
            lines.append(f"        a{i} = a{i - 1} - 1.0")
            lines.append("    else:")
            lines.append(f"        a{i} = a{i - 1} + 1.0")
        else:
            lines.append(f"    a{i} = a{i - 1} * 1.0000001 + 0.5")
    lines.append(f"    return a{n - 1}")
    return "\n".join(lines) + "\n"


def cmp(n):
    terms = " < ".join(f"x + {i}.0" for i in range(n))
    return HEADER + f"@cc.export('f', 'b1(f8)')\ndef f(x):\n    return {terms}\n"


def params(n):
    names = [f"p{i}" for i in range(n)]
    sig = "f8(" + ", ".join("f8" for _ in names) + ")"
    # A statement per term: one `p0 + ... + pN` expression would nest past
    # CPython's (and pycc's) 3000-level limit.
    body = "".join(f"    s = s + {p}\n" for p in names[1:])
    return HEADER + f"@cc.export('f', '{sig}')\ndef f({', '.join(names)}):\n    s = p0\n{body}    return s\n"


def ternary(n):
    e = "x"
    for i in range(n):
        e = f"(x + {i}.0 if x > {i}.0 else {e})"
    return HEADER + f"@cc.export('f', 'f8(f8)')\ndef f(x):\n    return {e}\n"


def egg(n):
    lines = ["func.func @f(%x: f64) -> f64 {"]
    prev = "%x"
    for i in range(n):
        lines.append(f'  %v{i} = "py.mul"({prev}, %x) : (f64, f64) -> f64')
        prev = f"%v{i}"
    lines.append(f"  return {prev} : f64")
    lines.append("}")
    return "\n".join(lines) + "\n"


SHAPES = {"chain": chain, "ifs": ifs, "cmp": cmp, "params": params, "ternary": ternary, "egg": egg}


def run(cmd, timeout):
    """Wall seconds and stderr (None and the error on failure or timeout)."""
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {timeout:.0f} s"
    wall = time.perf_counter() - t
    if p.returncode != 0:
        return None, p.stderr[-2000:]
    return wall, p.stderr


def measure(shape, n, timeout):
    src = SHAPES[shape](n)
    with tempfile.TemporaryDirectory() as d:
        if shape == "egg":
            path = os.path.join(d, "in.mlir")
            open(path, "w").write(src)
            cmd = ["/usr/bin/time", "-f", "%M", PYCC_OPT, "--py-egg", path, "-o", os.devnull]
        else:
            path = os.path.join(d, "scaled.py")
            open(path, "w").write(src)
            cmd = ["/usr/bin/time", "-f", "%M", PYCC, "compile", "-v", path, "-o", d]
        # /usr/bin/time prints the child's peak RSS (KB) as stderr's last line.
        wall, err = run(cmd, timeout)
        if wall is None:
            return None, None, err.strip().splitlines()[-1] if err.strip() else "failed"
        lines = err.strip().splitlines()
        peak = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float("nan")
        # `-v` prints each stage's end as time since the start: the slowest
        # stage is the largest step between consecutive lines.
        marks = [(ln.split(": ")[-1].split(" (")[0], stage_seconds(ln)) for ln in lines if stage_seconds(ln) > 0]
        steps = [(name, t - (marks[k - 1][1] if k else 0.0)) for k, (name, t) in enumerate(marks)]
        name, step = max(steps, key=lambda x: x[1], default=("", 0.0))
        return wall, peak, f"{name} ({step:.2f} s)" if name else ""


def stage_seconds(line):
    m = re.search(r"(\d+(?:\.\d+)?)\s*(ms|s)\b", line)
    if not m:
        return 0.0
    return float(m.group(1)) / (1000 if m.group(2) == "ms" else 1)


def main():
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()] or [1000, 2000, 5000, 10000, 20000, 50000]
    shapes = [a for a in sys.argv[1:] if a in SHAPES] or list(SHAPES)
    timeout = float(os.environ.get("SCALING_TIMEOUT", "120"))
    rows = ["| shape | N | wall s | peak MB | ratio to N/2 | slowest stage |", "|---|---|---|---|---|---|"]
    for shape in shapes:
        prev = {}
        for n in sizes:
            wall, peak, slowest = measure(shape, n, timeout)
            half = prev.get(n // 2)
            ratio = f"{wall / half:.2f}" if wall and half else ""
            cell = f"{wall:.2f}" if wall is not None else f"failed: {slowest}"
            mb = f"{peak:.0f}" if peak is not None else ""
            row = f"| {shape} | {n} | {cell} | {mb} | {ratio} | {slowest if wall is not None else ''} |"
            print(row, flush=True)
            rows.append(row)
            if wall is None:
                break
            prev[n] = wall
    if len(sys.argv) > 1:
        return  # a partial run only prints; the checked-in table is the full one
    out = os.path.join(HERE, "results", "scaling.md")
    with open(out, "w") as f:
        f.write("# Compile-time scaling (`python3 bench/scaling.py`)\n\n" + "\n".join(rows) + "\n")
    print("wrote", out)


if __name__ == "__main__":
    main()
