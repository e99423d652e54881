"""Direct writes and order-free fused reductions (issue 18): loops that
store an elementwise value into a view or array (`out[:] = a * 0.5 + b`,
`u += 0.1 * (v * w - u)`) or reduce one without an axis
(`np.max(np.abs(a - b))`, `np.any(a < t)`, `np.argmin(np.abs(a - s))`), or
an int or bool array itself (`np.sum(mask) + np.max(k)`), or a small float
array (`np.max(a) + a.argmin()`, 100 elements),
timed in one process against numpy: pycc as built now (`--pycc`) and,
optionally, an older pycc binary (`--old`), modules called alternately,
best of 5.

    python bench/fused_writes.py [--pycc target/release/pycc] [--old OLD_PYCC] [--out FILE]
"""
import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = '''
import numpy as np
from pycc import CC
cc = CC('fused_writes_bench')


@cc.export('axpy', 'void(f8[:], f8[:], f8[:], i8)')
def axpy(out, a, b, n):
    for _ in range(n):
        out[:] = a * 0.5 + b


@cc.export('update', 'void(f8[:, :], f8[:, :], f8[:, :], i8)')
def update(u, v, w, n):
    for _ in range(n):
        u += 0.1 * (v * w - u)


@cc.export('maxdiff', 'f8(f8[:], f8[:], i8)')
def maxdiff(a, b, n):
    s = 0.0
    for _ in range(n):
        s += np.max(np.abs(a - b))
    return s


@cc.export('anyneg', 'i8(f8[:], i8)')
def anyneg(a, n):
    s = 0
    for _ in range(n):
        if np.any(a < -10.0):
            s += 1
    return s


@cc.export('count', 'i8(b1[:], i4[:], i8)')
def count(m, k, n):
    s = 0
    for _ in range(n):
        s += np.sum(m) + np.max(k)
    return s


@cc.export('smallmax', 'f8(f8[:], i8)')
def smallmax(a, n):
    s = 0.0
    for _ in range(n):
        s += np.max(a) + a.argmin()
    return s


@cc.export('nearest', 'i8(f8[:], i8)')
def nearest(a, n):
    s = 0
    for k in range(n):
        s += np.argmin(np.abs(a - 0.001 * k))
    return s
'''


def numpy_kernels():
    src = SOURCE.replace("from pycc import CC", "").replace("cc = CC(", "_ = (")
    src = "\n".join(line for line in src.splitlines() if not line.strip().startswith("@cc.export"))
    g = {}
    exec(src, g)
    return g


def build(pycc, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "fused_writes_bench.py")
    with open(path, "w") as f:
        f.write(SOURCE)
    so_dir = os.path.join(out_dir, "so")
    subprocess.run([pycc, "compile", path, "-o", so_dir], check=True)
    so = [p for p in os.listdir(so_dir) if p.endswith(".so")][0]
    spec = importlib.util.spec_from_file_location("fused_writes_bench", os.path.join(so_dir, so))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def cases():
    rng = np.random.default_rng(0)
    a, b = rng.random(10000), rng.random(10000)
    u, v, w = rng.random((200, 200)), rng.random((200, 200)), rng.random((200, 200))
    small, small2 = rng.random(1000), rng.random(1000)
    return {
        "axpy": lambda m: m["axpy"](np.zeros(10000), a, b, 2000),
        "update": lambda m: m["update"](u.copy(), v, w, 500),
        "maxdiff": lambda m: m["maxdiff"](small, small2, 2000),
        "anyneg": lambda m: m["anyneg"](small, 2000),
        "nearest": lambda m: m["nearest"](small, 2000),
        "smallmax": lambda m: m["smallmax"](small[:100], 2000),
        "count": lambda m: m["count"](small < 0.5, (small * 100).astype(np.int32), 2000),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pycc", default=os.path.join(ROOT, "target", "release", "pycc"))
    ap.add_argument("--old")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "fused_writes.md"))
    args = ap.parse_args()
    impls = {"numpy": numpy_kernels()}
    with tempfile.TemporaryDirectory() as tmp:
        for tag, pycc in [("pycc", args.pycc), ("old", args.old)]:
            if pycc:
                mod = build(pycc, os.path.join(tmp, tag))
                impls[tag] = {name: getattr(mod, name) for name in cases()}
        best = {}
        for _ in range(5):
            for name, run in cases().items():
                for tag, kernels in impls.items():
                    t = time.perf_counter()
                    run(kernels)
                    dt = time.perf_counter() - t
                    best[(tag, name)] = min(best.get((tag, name), dt), dt)
    tags = [t for t in ("numpy", "old", "pycc") if t in impls]
    lines = ["| kernel | " + " | ".join(f"{t} time" for t in tags) + " | " + " | ".join(f"{t} / numpy" for t in tags[1:]) + " |"]
    lines.append("|---" * (2 * len(tags)) + "|")
    for name in cases():
        times = " | ".join(f"{best[(t, name)] * 1e3:.2f} ms" for t in tags)
        ratios = " | ".join(f"{best[(t, name)] / best[('numpy', name)]:.3f}x" for t in tags[1:])
        lines.append(f"| {name} | {times} | {ratios} |")
    text = (
        "# Direct writes and order-free fused reductions\n\n"
        "`python bench/fused_writes.py --old OLD_PYCC` (one process, modules called alternately, best of 5; "
        "'old' is pycc before direct writes and exact fused reductions).\n\n" + "\n".join(lines) + "\n"
    )
    print(text)
    with open(args.out, "w") as f:
        f.write(text)


if __name__ == "__main__":
    sys.exit(main())
