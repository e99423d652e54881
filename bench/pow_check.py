"""The bench job's proof that py.pow_small is glibc's pow/powf bit for bit:
`python3 bench/pow_check.py [N]` builds bench/pow_check.c (the helper in
src/wrap/pow_small.h, with the flags build.rs uses for the runtime: clang or
gcc, -O2 -march=x86-64 -ffp-contract=off) and runs N random inputs per
exponent and type (default 10^9; four families: random bits, [-1e3, 1e3],
[0, 1), ties and their neighbours). Exits non-zero on any difference; writes
the output to bench/results/pow_check.md. Not run in CI (tests/pow_small.rs
is the CI proptest)."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    n = int(float(sys.argv[1])) if len(sys.argv) > 1 else 10**9
    cc = shutil.which("clang-22") or shutil.which("clang") or "gcc"
    exe = os.path.join(tempfile.mkdtemp(), "pow_check")
    subprocess.run([cc, "-O2", "-march=x86-64", "-ffp-contract=off", os.path.join(HERE, "pow_check.c"), "-o", exe,
                    "-lm"], check=True)
    start = time.time()
    run = subprocess.run([exe, str(n)], capture_output=True, text=True)
    took = time.time() - start
    out = run.stdout + run.stderr
    print(out, end="")
    with open(os.path.join(HERE, "results", "pow_check.md"), "w") as f:
        f.write(f"# py.pow_small against glibc, {n:.0e} inputs per exponent and type\n\n")
        f.write(f"`python3 bench/pow_check.py {n}` ({cc}, {took:.0f} s):\n\n```\n{out}```\n")
    sys.exit(run.returncode)


if __name__ == "__main__":
    main()
