# A str local bound to a helper's str-or-None result, ordered where it
# may be None (CPython's TypeError for None; `==` and `!=` work:
# tests/programs/optional_str_locals.py).
from pycc import CC
cc = CC('m')


def tag(x):
    if x > 0:
        return 'pos'
    return None


@cc.export('eq', '(f8,)')
def eq(x):
    t = tag(x)
    return t < 'pos'
