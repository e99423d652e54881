"""Issue 18's speed targets over Pythran's numpy-benchmarks, in one run:
numpy (CPython 3.11 + numpy 2.4), pycc and Pythran side by side.

    python bench/numpy_benchmarks.py [--pycc target/release/pycc] [--runs 7] [--out FILE] [KERNEL ...]

Kernels: tests/numpy_benchmarks/*.py (verbatim bodies; `#setup:` makes the
inputs, `#run:` is the timed call). Each kernel is compiled by pycc (its
`@cc.export` signature) and by Pythran (`pythran -O3 -march=x86-64` on the
same body with the original `#pythran export` line, kept in each file's
header). Pythran comes from target/pythran-venv (created on first use:
`pip install numpy pythran scipy-openblas64`; the last is the BLAS that
np.dot needs, its cblas.h and library, taken with `--config
compiler.blas=scipy-openblas`); without it the Pythran column is empty.

Timing: one process per kernel; setup runs before every call and is not
timed (kernels write into their arguments); the three peers are called in
interleaved rounds and each reports the median of `--runs` rounds, so a
noisy moment hurts all alike. Ratios are to numpy's median from the same
run. The table goes to bench/results/numpy_benchmarks.md.
"""
import argparse
import glob
import math
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNELS = os.path.join(ROOT, "tests", "numpy_benchmarks")
NUMPY_PY = os.path.join(ROOT, "target", "numpy-venv", "bin", "python")
PYTHRAN_VENV = os.path.join(ROOT, "target", "pythran-venv")

CHILD = r"""
import importlib.util, statistics, sys, time, types
kernel, pycc_dir, pythran_dir, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
text = open(kernel).read()
setup = next(l for l in text.splitlines() if l.startswith("#setup:"))[7:].strip()
run = next(l for l in text.splitlines() if l.startswith("#run:"))[5:].strip()
name = run.split("(")[0].strip()

class CC:
    def __init__(self, name, source_module=None):
        self.name = name
    def export(self, name, sig):
        return lambda fn: fn
shim = types.ModuleType("pycc"); shim.CC = CC; sys.modules["pycc"] = shim

def load(mod, path):
    spec = importlib.util.spec_from_file_location(mod, path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m

peers = {"numpy": getattr(load("kernel_source", kernel), name)}
import glob as _g
for peer, d in (("pycc", pycc_dir), ("pythran", pythran_dir)):
    found = _g.glob(d + "/*.so") if d != "-" else []
    if found:
        peers[peer] = getattr(load(found[0].split("/")[-1].split(".")[0], found[0]), name)

def once(fn):
    ns = {}
    exec(setup, ns)
    ns[name] = fn
    code = compile(run, "<run>", "eval")
    t = time.perf_counter()
    eval(code, ns)
    return time.perf_counter() - t

# Warm up (first-call costs, caches), then interleaved rounds.
for fn in peers.values():
    once(fn)
times = {p: [] for p in peers}
for _ in range(runs):
    for p, fn in peers.items():
        times[p].append(once(fn))
print(" ".join(f"{p}={statistics.median(t)!r}" for p, t in times.items()))
"""


def pythran_source(path):
    """The kernel as Pythran takes it: pycc's lines out, the original
    `#pythran export` line (from the header's `# was:` comment) back."""
    lines = open(path).read().splitlines()
    export = next((l.split("was:", 1)[1].strip() for l in lines[:3] if "was:" in l), None)
    body = [l for l in lines if not (l.startswith("from pycc") or l.startswith("cc = CC(") or l.strip().startswith("@cc.export"))]
    return None if export is None else "\n".join([export] + body) + "\n"


def ensure_pythran():
    exe = os.path.join(PYTHRAN_VENV, "bin", "pythran")
    if not os.path.exists(exe):
        numpy_version = subprocess.run([NUMPY_PY, "-c", "import numpy; print(numpy.__version__)"], capture_output=True, text=True).stdout.strip()
        subprocess.run([sys.executable, "-m", "venv", PYTHRAN_VENV], check=True)
        r = subprocess.run([os.path.join(PYTHRAN_VENV, "bin", "pip"), "install", "-q", f"numpy=={numpy_version}", "pythran", "scipy-openblas64"])
        if r.returncode != 0:
            return None
    return exe if os.path.exists(exe) else None


def build(kernel, pycc, pythran, work):
    """The two compiled modules' directories ("-" where the build failed)
    and a short reason for each failure."""
    stem = os.path.basename(kernel)[:-3]
    out, notes = {}, {}
    d = os.path.join(work, "pycc", stem)
    r = subprocess.run([pycc, "compile", kernel, "-o", d], capture_output=True, text=True)
    out["pycc"], notes["pycc"] = (d, "") if r.returncode == 0 else ("-", "does not compile")
    src = pythran_source(kernel)
    out["pythran"], notes["pythran"] = "-", "no Pythran"
    if pythran and src:
        d = os.path.join(work, "pythran", stem)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"pyt_{stem}.py"), "w") as f:
            f.write(src)
        env = dict(os.environ, PATH=os.path.join(PYTHRAN_VENV, "bin") + os.pathsep + os.environ["PATH"])
        # Pythran's np.dot includes cblas.h: scipy-openblas64 in the venv has it (no system BLAS needed).
        blas = ["--config", "compiler.blas=scipy-openblas"]
        r = subprocess.run([pythran, "-O3", "-march=x86-64", *blas, f"pyt_{stem}.py"], cwd=d, capture_output=True, text=True, env=env)
        out["pythran"], notes["pythran"] = (d, "") if r.returncode == 0 else ("-", "Pythran fails")
    return out, notes


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pycc", default=os.path.join(ROOT, "target", "release", "pycc"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "numpy_benchmarks.md"))
    ap.add_argument("--no-pythran", action="store_true")
    ap.add_argument("kernels", nargs="*")
    a = ap.parse_args()
    pythran = None if a.no_pythran else ensure_pythran()
    files = sorted(glob.glob(os.path.join(KERNELS, "*.py")))
    if a.kernels:
        files = [f for f in files if os.path.basename(f)[:-3] in a.kernels]
    rows, ratios = [], {"pycc": [], "pythran": []}
    both = []  # kernels where both compile: pycc / Pythran
    with tempfile.TemporaryDirectory() as work:
        for kernel in files:
            stem = os.path.basename(kernel)[:-3]
            dirs, notes = build(kernel, a.pycc, pythran, work)
            r = subprocess.run([NUMPY_PY, "-c", CHILD, kernel, dirs["pycc"], dirs["pythran"], str(a.runs)], capture_output=True, text=True)
            if r.returncode != 0:
                rows.append(f"| {stem} | run failed: {r.stderr.strip().splitlines()[-1][:80]} | | | |")
                continue
            t = {k: float(v) for k, v in (kv.split("=") for kv in r.stdout.split())}
            cells = []
            for peer in ("pycc", "pythran"):
                if peer in t:
                    ratios[peer].append(t[peer] / t["numpy"])
                    cells.append(f"{t[peer] / t['numpy']:.3f}")
                else:
                    cells.append(notes[peer] or "-")
            if "pycc" in t and "pythran" in t:
                both.append(t["pycc"] / t["pythran"])
            vs = f"{t['pycc'] / t['pythran']:.2f}" if "pycc" in t and "pythran" in t else ""
            rows.append(f"| {stem} | {t['numpy'] * 1e3:.3f} | {cells[0]} | {cells[1]} | {vs} |")
            print(rows[-1], flush=True)
    head = [
        "# numpy-benchmarks: numpy, pycc and Pythran in one run (`python bench/numpy_benchmarks.py`)",
        "",
        f"Median of {a.runs} interleaved calls per peer, setup excluded; ratios are time / numpy's time",
        "(lower is faster). Pythran: `pythran -O3 -march=x86-64`; pycc: generic x86-64.",
        "",
        "| kernel | numpy ms | pycc / numpy | Pythran / numpy | pycc / Pythran |",
        "|---|---|---|---|---|",
    ]
    summary = [
        "",
        f"- geometric mean, pycc / numpy: **{geomean(ratios['pycc']):.3f}** over {len(ratios['pycc'])} kernels "
        f"(slower than numpy: {sum(x > 1 for x in ratios['pycc'])})",
        f"- geometric mean, Pythran / numpy: **{geomean(ratios['pythran']):.3f}** over {len(ratios['pythran'])} kernels",
        f"- geometric mean, pycc / Pythran where both compile: **{geomean(both):.3f}** over {len(both)} kernels "
        f"(pycc more than 10% slower: {sum(x > 1.1 for x in both)})",
    ]
    text = "\n".join(head + rows + summary) + "\n"
    print("\n".join(summary))
    if a.out != "-":
        with open(a.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
