# MLIR 22's top-down canonicalizer never finished on this function's IR (a
# loop left by `break`, then a loop with raising code; upstream mlir-opt-22
# hangs on it too). pycc canonicalizes bottom-up (src/optimize.rs). Found by
# the program fuzzer (tests/fuzz_programs.rs), reduced by hand.
from pycc import CC

cc = CC('canonicalize_hang')


@cc.export('f6', 'f8(u2, u2)')
def f6(p0, p1):
    v0 = p1
    v2 = ((1e308 if True else 1e308) / (p0 + v0))
    v3 = (True or (not False))
    for i0 in range(4):
        break
    if ((3.25 if True else 1e-9) >= (1e-9 if v3 else v2)):
        return (-(v2 * 1e308))
    w1 = 0
    while w1 < 3:
        w1 += 1
        v2 *= (1.0 % ((-2.5) ** (3.25 if v3 else (-2.5))))
        if True:
            pass
    return v2


CASES = {
    'f6': [(1, 2), (0, 1), (0, 0), (300, 7), (1, 0)],
}
