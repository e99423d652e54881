# A str local bound to a helper's str-or-None result, compared where it
# may be None: CPython's `None == 'pos'` is False, numba's cast raises;
# a diagnostic until the comparison tests the flag.
from pycc import CC
cc = CC('m')


def tag(x):
    if x > 0:
        return 'pos'
    return None


@cc.export('eq', '(f8,)')
def eq(x):
    t = tag(x)
    return t == 'pos'
