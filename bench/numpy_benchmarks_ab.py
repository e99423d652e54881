"""Before/after of pycc on numpy-benchmarks kernels, in one process per
kernel: numpy, pycc built by a `--before` binary, pycc built by `--after`,
and Pythran, called in interleaved rounds (setup before every call, not
timed). Reports each peer's minimum `time.process_time` (what a loaded
machine disturbs least) and median wall-clock time, as ratios to numpy's.

    python bench/numpy_benchmarks_ab.py --before OLD_PYCC --after NEW_PYCC [--runs 15] KERNEL ...
"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy_benchmarks as nb  # noqa: E402

CHILD = r"""
import importlib.util, glob, statistics, sys, time, types
kernel, before, after, pythran, runs = sys.argv[1:6]
runs = int(runs)
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

def load(path):
    # Both pycc builds have one module name: load, then forget it.
    mod = path.split("/")[-1].split(".")[0]
    spec = importlib.util.spec_from_file_location(mod, path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    sys.modules.pop(mod, None)
    return getattr(m, name)

spec = importlib.util.spec_from_file_location("kernel_source", kernel)
src = importlib.util.module_from_spec(spec); spec.loader.exec_module(src)
peers = {"numpy": getattr(src, name)}
for peer, d in (("before", before), ("after", after), ("pythran", pythran)):
    found = glob.glob(d + "/*.so") if d != "-" else []
    if found:
        peers[peer] = load(found[0])

def once(fn):
    ns = {}
    exec(setup, ns)
    ns[name] = fn
    code = compile(run, "<run>", "eval")
    w, c = time.perf_counter(), time.process_time()
    eval(code, ns)
    return time.process_time() - c, time.perf_counter() - w

for fn in peers.values():
    once(fn)
cpu = {p: [] for p in peers}
wall = {p: [] for p in peers}
for _ in range(runs):
    for p, fn in peers.items():
        c, w = once(fn)
        cpu[p].append(c); wall[p].append(w)
print(" ".join(f"{p}={min(cpu[p])!r},{statistics.median(wall[p])!r}" for p in peers))
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("kernels", nargs="+")
    a = ap.parse_args()
    pythran = nb.ensure_pythran()
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    print("| kernel | numpy ms (cpu) | before / numpy | after / numpy | Pythran / numpy | after / Pythran | median wall: numpy ms, before, after, Pythran |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for stem in a.kernels:
            kernel = os.path.join(nb.KERNELS, stem + ".py")
            old, _ = nb.build(kernel, a.before, None, os.path.join(work, "before"))
            new, _ = nb.build(kernel, a.after, pythran, os.path.join(work, "after"))
            r = subprocess.run([nb.NUMPY_PY, "-c", CHILD, kernel, old["pycc"], new["pycc"], new["pythran"], str(a.runs)],
                               capture_output=True, text=True)
            if r.returncode != 0:
                print(f"| {stem} | run failed: {r.stderr.strip().splitlines()[-1][:80]} |")
                continue
            t = {k: tuple(map(float, v.split(","))) for k, v in (kv.split("=") for kv in r.stdout.split())}
            n = t["numpy"]
            ratio = lambda p, i: f"{t[p][i] / n[i]:.3f}" if p in t else "-"
            vs = f"{t['after'][0] / t['pythran'][0]:.2f}" if "pythran" in t else "-"
            walls = ", ".join([f"{n[1] * 1e3:.3f}"] + [ratio(p, 1) for p in ("before", "after", "pythran")])
            print(f"| {stem} | {n[0] * 1e3:.3f} | {ratio('before', 0)} | **{ratio('after', 0)}** | {ratio('pythran', 0)} | {vs} | {walls} |",
                  flush=True)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
