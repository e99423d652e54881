"""Seed benchmark (issue: end-to-end): pycc against hand-written C and CPython.

Measures, in one run on this machine:
  - compile time, whole process: `pycc compile examples/my_module.py` against
    `gcc -O3 -march=x86-64 -fPIC -shared` of bench/hand/my_module_c.c;
  - .so size;
  - per-call time of multf(3.0, 4.0), multi(3, 4), square(1.414), and the
    same function as plain Python under CPython.
Medians over repeated runs; ratios are to hand C from the same run.
Writes bench/results/seed.md. Run: python3 bench/seed.py
"""
import os
import subprocess
import sys
import sysconfig
import tempfile

from measure import has_valgrind, load, per_call, per_call_instructions, wall

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYCC = os.path.join(ROOT, "target", "release", "pycc")
EXT = sysconfig.get_config_var("EXT_SUFFIX")


def main():
    out = tempfile.mkdtemp(prefix="pycc-bench-")
    inc = sysconfig.get_paths()["include"]
    hand_so = os.path.join(out, "my_module_c" + EXT)
    gcc = ["gcc", "-O3", "-march=x86-64", "-fPIC", "-shared", "-I" + inc,
           os.path.join(ROOT, "bench", "hand", "my_module_c.c"), "-o", hand_so]
    pycc = [PYCC, "compile", os.path.join(ROOT, "examples", "my_module.py"), "-o", out]
    t_gcc = wall(gcc)
    t_pycc = wall(pycc)
    pycc_so = os.path.join(out, "my_module" + EXT)
    size_hand, size_pycc = os.path.getsize(hand_so), os.path.getsize(pycc_so)
    hand, comp = load("my_module_c", hand_so), load("my_module", pycc_so)

    def py_mult(a, b):
        return a * b

    def py_square(a):
        return a ** 2

    rows = []
    for name, args, pyf in [("multf", (3.0, 4.0), py_mult), ("multi", (3, 4), py_mult), ("square", (1.414,), py_square)]:
        h, p, c = per_call([getattr(hand, name), getattr(comp, name), pyf], args)
        rows.append((name, h, p, c))

    lines = [
        "# Seed benchmark",
        "",
        f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; medians of 7 runs (calls: best of 15 interleaved rounds x 500k).",
        "",
        "| measure | hand C (gcc -O3 -march=x86-64) | pycc | pycc / hand C | target |",
        "|---|---|---|---|---|",
        f"| compile time, whole process | {t_gcc*1e3:.0f} ms | {t_pycc*1e3:.0f} ms | {t_pycc/t_gcc:.2f}x | <= 1.0x |",
        f"| .so size | {size_hand} B | {size_pycc} B | {size_pycc/size_hand:.2f}x | <= 2x |",
    ]
    for name, h, p, c in rows:
        lines.append(f"| call `{name}` | {h:.1f} ns | {p:.1f} ns | {p/h:.2f}x | <= 1.1x |")
    lines += ["", "| call | plain Python under CPython | pycc | CPython / pycc |", "|---|---|---|---|"]
    for name, h, p, c in rows:
        lines.append(f"| `{name}` | {c:.1f} ns | {p:.1f} ns | {c/p:.2f}x |")
    if has_valgrind():
        lines += ["", "Instructions per call (callgrind; repeatable on a noisy machine), Python's call loop included:", "",
                  "| call | hand C | pycc | pycc / hand C |", "|---|---|---|---|"]
        for name, args in [("multf", (3.0, 4.0)), ("multi", (3, 4)), ("square", (1.414,))]:
            h = per_call_instructions("my_module_c", hand_so, name, args)
            p = per_call_instructions("my_module", pycc_so, name, args)
            lines.append(f"| `{name}` | {h:.1f} | {p:.1f} | {p/h:.3f}x |")
    text = "\n".join(lines) + "\n"
    os.makedirs(os.path.join(ROOT, "bench", "results"), exist_ok=True)
    with open(os.path.join(ROOT, "bench", "results", "seed.md"), "w") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    main()
