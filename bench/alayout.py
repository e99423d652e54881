"""numba's default 'A'-layout arrays against contiguous ones, before/after:
`python3 bench/alayout.py BEFORE_PYCC [ROUNDS]`.

Compiles bench/alayout_kernels.py (each loop on `f8[:]` / `f8[:, :]`,
suffix `_a`, and on `f8[::1]` / `f8[:, ::1]`, suffix `_c`) with another
pycc binary (BEFORE, e.g. main's target/release/pycc) and with this
tree's, each with and without --fastmath, and times every kernel on
contiguous numpy arrays: n = 10^4 (in L1/L2, 100 calls per sample: the
loop's own speed) and n = 10^7 (memory-bound, 3000 x 3000 for 2-d),
medians of interleaved rounds. Writes bench/results/alayout_perf32.md.
"""
import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from measure import load  # noqa: E402
from run import EXT, PYCC  # noqa: E402

SOURCE = os.path.join(HERE, "alayout_kernels.py")


def inputs(n):
    import numpy as np
    rng = np.random.default_rng(0)
    a, b, out = rng.random(n), rng.random(n) + 0.5, np.empty(n)
    side = int(round(n ** 0.5))
    m, o = rng.random((side, side)), np.zeros((side, side))
    ia = rng.integers(-1000, 1000, n)
    return [("vsum", "sum", (a,)), ("dot", "dot", (a, b)), ("norm", "norm", (a, b)),
            ("f4sum", "f4sum", (a.astype(np.float32),)), ("isum", "isum", (ia,)), ("imax", "imax", (ia,)),
            ("sum2", "sum2", (m,)), ("stencil", "stencil", (a, out)), ("stencil2", "stencil2", (m, o)),
            ("axpy", "axpy", (out, a, b, 1.5)), ("axpy_n", "axpy_n", (out, a, b, 1.5, n)),
            ("scale2", "scale2", (o, m)), ("whole", "whole", (a, b)), ("div", "div", (a, b, out)),
            ("vsqrt", "sqrt", (a, out)), ("csum", "csum", (a,))]


def timed(fns, args, rounds, reps):
    times = [[] for _ in fns]
    for _ in range(rounds):
        for k, f in enumerate(fns):
            t = time.perf_counter()
            for _ in range(reps):
                f(*args)
            times[k].append((time.perf_counter() - t) / reps)
    return [statistics.median(t) for t in times]


def main():
    before = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    out = tempfile.mkdtemp()
    mods = {}
    for label, pycc in [("before", before), ("after", PYCC)]:
        for fm in ["", "--fastmath"]:
            d = os.path.join(out, label + fm)
            subprocess.run([pycc, "compile", SOURCE, "-o", d] + ([fm] if fm else []), check=True)
            mods[label + (" fastmath" if fm else "")] = load("alayout_kernels", os.path.join(d, "alayout_kernels" + EXT))
    load_before = os.getloadavg()[0]
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = []
    for n, reps in [(10**4, 100), (10**7, 1)]:
        lines += ["", f"n = {n}" + (" (2-d: 100 x 100)" if n == 10**4 else " (2-d: 3162 x 3162)"), "",
                  "| kernel | " + " | ".join(f"{m} `[:]` | {m} `[::1]`" for m in mods) + " |",
                  "|---" * (2 * len(mods) + 1) + "|"]
        for name, export, args in inputs(n):
            fns = [getattr(m, export + suffix) for m in mods.values() for suffix in ("_a", "_c")]
            times = timed(fns, args, rounds, reps)
            unit = 1e6 if n == 10**4 else 1e3
            cells = [f"{t * unit:.2f}" for t in times]
            lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
            print(lines[-1], flush=True)
    head = ["# 'A'-layout (`f8[:]`) against contiguous (`f8[::1]`) signatures, before/after (perf32)", "",
            f"{date}, load average {load_before:.1f} -> {os.getloadavg()[0]:.1f} (2 cores, shared), "
            f"`python3 bench/alayout.py {before} {rounds}`: medians of {rounds} interleaved rounds, "
            "contiguous float64/int64 numpy arrays; times in us for n = 10^4, ms for n = 10^7. "
            "bench/alayout_kernels.py has the loops."]
    text = "\n".join(head + lines) + "\n"
    print(text)
    with open(os.path.join(HERE, "results", "alayout_perf32.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
