"""Array lifetimes (issue 18): peak memory and time of loops that allocate,
pycc against numpy, each kernel in its own fresh process (so one peak
does not hide another), median of interleaved runs.

    python bench/lifetimes.py [--pycc target/release/pycc] [--out FILE]

Kernels: numpy-benchmarks' grayscott (400 iterations) and diffusion (1000
iterations, 128x128), bodies verbatim from tests/numpy_benchmarks/. The
peak is the process's maximum RSS growth over the call (ru_maxrss before
and after, so the interpreter and numpy's import are not counted), and the
minor page faults the call made.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KERNELS = {
    "grayscott": (
        "import numpy as np; np.random.seed(0); ru = np.random.random((280,280)); rv = np.random.random((280,280))",
        "grayscott(400, 0.16, 0.08, 0.04, 0.06, ru, rv)",
    ),
    "diffusion": (
        "import numpy as np; lx,ly=(2**7,2**7); u=np.zeros([lx,ly],dtype=np.double); u[lx//2,ly//2]=1000.0; "
        "tempU=np.zeros([lx,ly],dtype=np.double)",
        "diffusion(u, tempU, 1000)",
    ),
}

CHILD = """
import importlib.util, resource, sys, time
kind, name, path = sys.argv[1], sys.argv[2], sys.argv[3]
{setup}
if kind == "numpy":
    src = open(path).read().replace("from pycc import CC", "").replace("cc = CC(", "_ = (")
    src = "\\n".join(l for l in src.splitlines() if not l.strip().startswith("@cc.export"))
    g = {{}}
    exec(compile(src, path, "exec"), g)
    f = g[name]
else:
    spec = importlib.util.spec_from_file_location("npb_" + name, sys.argv[4])
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    f = getattr(m, name)
{name} = f
before = resource.getrusage(resource.RUSAGE_SELF)
t = time.perf_counter()
{run}
t = time.perf_counter() - t
after = resource.getrusage(resource.RUSAGE_SELF)
print(t, (after.ru_maxrss - before.ru_maxrss) / 1024, after.ru_minflt - before.ru_minflt)
"""


def compile_kernel(pycc, name, out):
    src = os.path.join(ROOT, "tests/numpy_benchmarks", name + ".py")
    subprocess.run([pycc, "compile", src, "-o", out], check=True)
    so = [f for f in os.listdir(out) if f.startswith("npb_" + name + ".")][0]
    return src, os.path.join(out, so)


def run(kind, name, src, so):
    setup, call = KERNELS[name]
    code = CHILD.format(setup=setup, name=name, run=call)
    out = subprocess.run([sys.executable, "-c", code, kind, name, src, so], check=True, capture_output=True, text=True)
    t, mb, faults = out.stdout.split()
    return float(t), float(mb), int(faults)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pycc", default=os.path.join(ROOT, "target/release/pycc"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out")
    a = ap.parse_args()
    rows = ["| kernel | numpy time | pycc time | ratio | numpy peak RSS growth | pycc peak RSS growth | numpy minor faults | pycc minor faults |",
            "|---|---|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        for name in KERNELS:
            src, so = compile_kernel(a.pycc, name, tmp)
            res = {"numpy": [], "pycc": []}
            for _ in range(a.runs):
                for kind in res:
                    res[kind].append(run(kind, name, src, so))
            med = {k: [statistics.median(x[i] for x in v) for i in range(3)] for k, v in res.items()}
            n, p = med["numpy"], med["pycc"]
            rows.append(f"| {name} | {n[0]*1e3:.1f} ms | {p[0]*1e3:.1f} ms | {p[0]/n[0]:.2f}x | {n[1]:.1f} MB | "
                        f"{p[1]:.1f} MB | {n[2]:.0f} | {p[2]:.0f} |")
    text = "\n".join(rows)
    print(text)
    if a.out:
        with open(a.out, "w") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
