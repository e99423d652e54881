"""The recursion guard's cost: recursive kernels compiled by pycc against
the same kernels in hand C (bench/hand/recursion_c.c, -O3 with gcc and with
clang-22, pycc's LLVM; called through ctypes), and against the hand C with
pycc's guard (clang, -DGUARD), best of interleaved runs in one process.
Ratios are to the unguarded clang build.

    python bench/recursion.py [--pycc target/release/pycc] [--so MODULE.so] [--out FILE]

--so measures an already compiled bench/recursion_kernels.py (to compare
two pycc builds in one run); otherwise it is compiled with --pycc.
"""
import argparse
import ctypes
import importlib.util
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A = np.random.default_rng(0).random(1 << 20)
CASES = [
    ("fib(30)", "fib", (30,)),
    ("ack(2, 2000)", "ack", (2, 2000)),
    ("ack(3, 7)", "ack", (3, 7)),
    ("tree_sum(2**20)", "tree_sum", (A, 0, len(A))),
]


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


def hand_c(tmp, cc, *flags):
    so = os.path.join(tmp, f"recursion_c_{os.path.basename(cc)}{len(os.listdir(tmp))}.so")
    src = os.path.join(ROOT, "bench/hand/recursion_c.c")
    subprocess.run([cc, "-O3", "-shared", "-fPIC", *flags, src, "-o", so], check=True)
    lib = ctypes.CDLL(so)
    ll, d = ctypes.c_longlong, ctypes.c_double
    lib.fib.argtypes, lib.fib.restype = [ll], ll
    lib.ack.argtypes, lib.ack.restype = [ll, ll], ll
    lib.tree_sum.argtypes, lib.tree_sum.restype = [ctypes.c_void_p, ll, ll], d
    return {
        "fib": lib.fib,
        "ack": lib.ack,
        "tree_sum": lambda a, lo, hi: lib.tree_sum(a.ctypes.data, lo, hi),
    }


def best(f, args, reps):
    out = float("inf")
    for _ in range(reps):
        t = time.perf_counter()
        f(*args)
        out = min(out, time.perf_counter() - t)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pycc", default=os.path.join(ROOT, "target/release/pycc"))
    ap.add_argument("--so", action="append", default=[], help="label=path of a compiled module")
    ap.add_argument("--reps", type=int, default=15)
    ap.add_argument("--out")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    mods = {}
    for i, spec in enumerate(args.so):
        label, path = spec.split("=", 1)
        mods[label] = load(path, "recursion_kernels")
    if not mods:
        subprocess.run([args.pycc, "compile", os.path.join(ROOT, "bench/recursion_kernels.py"), "-o", tmp], check=True)
        so = [f for f in os.listdir(tmp) if f.startswith("recursion_kernels.")][0]
        mods["pycc"] = load(os.path.join(tmp, so), "recursion_kernels")
    clang = "/usr/lib/llvm-22/bin/clang"
    fns = {"C clang": hand_c(tmp, clang), "C gcc": hand_c(tmp, "gcc"), "C clang+guard": hand_c(tmp, clang, "-DGUARD")}
    fns.update({l: {n: getattr(m, n) for n in ("fib", "ack", "tree_sum")} for l, m in mods.items()})
    labels = list(fns)
    lines = ["| kernel | " + " | ".join(labels) + " |", "|---|" + "---|" * len(labels)]
    for title, name, cargs in CASES:
        want = fns["C clang"][name](*cargs)
        for l in labels:
            got = fns[l][name](*cargs)
            assert abs(got - want) <= 1e-9 * abs(want), (l, title, got, want)
        times = {l: [] for l in labels}
        for _ in range(3):  # interleaved rounds, best of each
            for l in labels:
                times[l].append(best(fns[l][name], cargs, args.reps))
        tc = min(times["C clang"])
        cells = [f"{min(times[l]) * 1e3:.2f} ms" + ("" if l == "C clang" else f" ({min(times[l]) / tc:.2f})")
                 for l in labels]
        lines.append(f"| {title} | " + " | ".join(cells) + " |")
    text = "\n".join(lines)
    print(text)
    if args.out:
        with open(args.out, "w") as fh:
            fh.write(text + "\n")


if __name__ == "__main__":
    sys.exit(main())
