# A set parameter is the caller's set: adding items of another type to it,
# a helper's set result and a set expression passed to a helper are
# diagnostics (tests/programs/set_arguments.py has what works).
from pycc import CC
cc = CC('m')


@cc.export('widen', 'i8(Set(int64))')
def widen(s):
    s.add(0.5)
    return len(s)


def evens(n):
    s = set()
    for i in range(0, n, 2):
        s.add(i)
    return s


def size(s):
    return len(s)


@cc.export('helper_result', 'i8(i8)')
def helper_result(n):
    t = evens(n)
    u = size({n, 1})
    return u
