# A set parameter is the caller's set: adding items of another type to it
# and a set expression passed to a helper are diagnostics
# (tests/programs/set_arguments.py and helper_set_results.py have what
# works).
from pycc import CC
cc = CC('m')


@cc.export('widen', 'i8(Set(int64))')
def widen(s):
    s.add(0.5)
    return len(s)


def size(s):
    return len(s)


@cc.export('helper_result', 'i8(i8)')
def helper_result(n):
    u = size({n, 1})
    return u
