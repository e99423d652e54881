"""Kernel benchmark: pycc against hand-written C (gcc -O3 -march=x86-64), in
one run, on the numeric-language issue's target kernels. Median of several
runs each, interleaved; writes bench/results/kernels.md.
Run after `cargo build --release`: python3 bench/kernels.py
"""
import importlib.util
import os
import statistics
import subprocess
import sysconfig
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXT = sysconfig.get_config_var("EXT_SUFFIX")
CASES = [("fib_iter", (10**7,)), ("sum_sq", (10**7,)), ("mandel", (-0.5, 0.0, 10**7))]


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    out = tempfile.mkdtemp(prefix="pycc-kernels-")
    subprocess.run(["gcc", "-O3", "-march=x86-64", "-fPIC", "-shared", "-I" + sysconfig.get_paths()["include"],
                    os.path.join(ROOT, "bench", "hand", "kernels_c.c"), "-o", os.path.join(out, "kernels_c" + EXT)], check=True)
    # The kernels are the differential test's own (tests/programs/control.py),
    # so the code measured is the code checked against CPython.
    subprocess.run([os.path.join(ROOT, "target", "release", "pycc"), "compile",
                    os.path.join(ROOT, "tests", "programs", "control.py"), "-o", out], check=True)
    hand = load("kernels_c", os.path.join(out, "kernels_c" + EXT))
    comp = load("control", os.path.join(out, "control" + EXT))
    lines = ["# Kernel benchmark", "", "Median of 9 interleaved runs each.", "",
             "| kernel | hand C | pycc | pycc / hand C | target |", "|---|---|---|---|---|"]
    for name, args in CASES:
        assert getattr(hand, name)(*args) == getattr(comp, name)(*args), name
        times = {"hand": [], "pycc": []}
        for _ in range(9):
            for label, mod in (("hand", hand), ("pycc", comp)):
                t = time.perf_counter()
                getattr(mod, name)(*args)
                times[label].append(time.perf_counter() - t)
        h, p = statistics.median(times["hand"]), statistics.median(times["pycc"])
        lines.append(f"| `{name}{args}` | {h*1e3:.2f} ms | {p*1e3:.2f} ms | {p/h:.2f}x | <= 1.05x |")
    text = "\n".join(lines) + "\n"
    with open(os.path.join(ROOT, "bench", "results", "kernels.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
