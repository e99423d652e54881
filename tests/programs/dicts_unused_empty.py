# differential-python: numpy
# An empty dict that nothing else in the function names (`vlines = {}`,
# `seen = dict()`, at the top or in a block: a leftover of code that used
# it) is dropped: it has no effect, and no key or value type to infer.
import numpy as np
from pycc import CC

cc = CC("dicts_unused_empty")


@cc.export("area", "i8(i8[:])")
def area(a):
    vlines = {}
    hlines = {}
    total = 0
    for x in a:
        if x > 0:
            seen = dict()
            total += x
    return total


@cc.export("counts", "i8(i8[:])")
def counts(a):
    unused = {}
    d = {}
    for x in a:
        d[x] = d.get(x, 0) + 1
    return len(d)


CASES = {
    "area": [(np.array([3, -1, 4], dtype=np.int64),), (np.zeros(0, dtype=np.int64),)],
    "counts": [(np.array([3, 1, 3, 2], dtype=np.int64),)],
}
