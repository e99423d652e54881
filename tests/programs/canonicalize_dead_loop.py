# MLIR 22's greedy rewriter kept folding ops in a loop that an earlier fold
# had just made unreachable (`not math.isinf(v2)` is a constant true, so the
# inner loop is dead), and never returned; mlir-opt-22 hangs on the same IR.
# pycc runs sccp before the canonicalizer (src/optimize.rs). Found by the
# program fuzzer (tests/fuzz_programs.rs).
import math
from pycc import CC

cc = CC('canonicalize_dead_loop')


@cc.export('f1', 'b1(f4, u1, f8, b1, i8)')
def f1(p0, p1, p2, p3, p4):
    v0 = (p1 if math.isinf(5e-324) else p1)
    v1 = (100 ^ (p1 + p4))
    v2 = (math.acos(5e-324) if (not True) else 3.25)
    v3 = (not (False or p3))
    v4 = min((p0 / p0), (-p0))
    for i0 in range(1):
        if (not math.isinf(v2)):
            return ((not True) and False)
        for i1 in range(2):
            v0 -= (~max((~p1), (p1 if False else p1)))
            v3 = (((not v3) and (v4 >= p4)) and (not math.isnan(v2)))
            v0 = (((p1 % v0) if (p3 or v3) else (v0 if False else v0)) if ((p1 & p1) == (v0 * p1)) else p1)
        if False:
            return p3
    return p3


@cc.export('f2', 'b1(f8, b1, i8, f4)')
def f2(v2, p3, p4, v4):
    # The same dead inner loop with the condition a parameter: live here.
    v3 = p3
    for i0 in range(1):
        if math.isinf(v2):
            return False
        for i1 in range(2):
            v3 = (((not v3) and (v4 >= p4)) and (not math.isnan(v2)))
    return v3


CASES = {
    'f1': [(1.5, 3, 2.0, True, 7), (0.0, 3, 2.0, False, 7), (-2.0, 255, 0.5, False, -9)],
    'f2': [(1.0, True, 3, 2.5), (float('inf'), False, 0, 1.0), (float('nan'), False, 1, 4.0),
           (2.0, False, 1, 4.0), (2.0, False, 9, 4.0)],
}
