"""poly_sum before/after, in one run: `python3 bench/pow_ab.py BEFORE_PYCC`.

Compiles tests/programs/bench_kernels.py with another pycc binary (BEFORE,
e.g. main's target/release/pycc) and with this tree's, each with and without
--fastmath, next to hand C (bench/hand/bench_kernels_c.c, as in run.py), and
times poly_sum(10^7) and arr_sum (n = 10^7) interleaved: medians and ratios to
hand C; also arr_sum on numba's default `f8[:]` signature (bench/alayout_kernels.py's
sum_a, compiled by the same binaries; hand C's arr_sum is the same loop).
Writes bench/results/pow_ab.md. Issue 20's targets: poly_sum at most
1.5x hand C without fastmath (bit-identical to CPython), 1.0x with it; arr_sum
at least 1.5x faster with fastmath than without.
"""
import os
import subprocess
import sys
import sysconfig
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ALAYOUT = os.path.join(HERE, "alayout_kernels.py")
sys.path.insert(0, HERE)
from measure import interleaved, load  # noqa: E402
from run import EXT, PYCC, SOURCE, vector  # noqa: E402


def main():
    before = sys.argv[1]
    out = tempfile.mkdtemp()
    hand = os.path.join(out, "hand", "bench_kernels_c" + EXT)
    os.makedirs(os.path.dirname(hand))
    subprocess.run(["gcc", "-O3", "-march=x86-64", "-fPIC", "-shared", "-I" + sysconfig.get_paths()["include"],
                    os.path.join(HERE, "hand", "bench_kernels_c.c"), "-o", hand], check=True)
    mods = {"hand C": load("bench_kernels_c", hand)}
    # arr_sum on an `f8[:]` argument: hand C's arr_sum, pycc's alayout_kernels.sum_a.
    a_sum = {"hand C": mods["hand C"].arr_sum}
    for label, pycc in [("before", before), ("after", PYCC)]:
        for fm in ["", "--fastmath"]:
            d = os.path.join(out, label + fm)
            subprocess.run([pycc, "compile", SOURCE, "-o", d] + ([fm] if fm else []), check=True)
            subprocess.run([pycc, "compile", ALAYOUT, "-o", d] + ([fm] if fm else []), check=True)
            name = f"pycc {label}" + (" --fastmath" if fm else "")
            mods[name] = load("bench_kernels", os.path.join(d, "bench_kernels" + EXT))
            a_sum[name] = load("alayout_kernels", os.path.join(d, "alayout_kernels" + EXT)).sum_a
    peers = list(mods)
    lines = ["# poly_sum before/after (issue 20), one run", "",
             f"`python3 bench/pow_ab.py {before}`: medians of interleaved rounds; ratios to hand C "
             "(gcc -O3 -march=x86-64) in the same run.", "",
             "| kernel | " + " | ".join(peers) + " |", "|---" * (len(peers) + 1) + "|"]
    rows = [("`poly_sum`", [mods[p].poly_sum for p in peers], (10**7,)),
            ("`arr_sum`", [mods[p].arr_sum for p in peers], (vector(10**7),)),
            ("`arr_sum` on `f8[:]`", [a_sum[p] for p in peers], (vector(10**7),))]
    for kernel, fns, args in rows:
        times = interleaved(fns, args, rounds=9)
        base = times[0]
        lines.append(f"| {kernel} | " + " | ".join(f"{t * 1e3:.2f} ms ({t / base:.2f}x)" for t in times) + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    with open(os.path.join(HERE, "results", "pow_ab.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
