# differential-python: numpy
# A helper returning a str or None bound to a name (issue 16): `t =
# tag(x)`, then `if t is None:` / `is not None` narrow it as numba's
# Optional(unicode_type); a use where it may be None raises numba's
# TypeError (AttributeError for a method, as CPython's None); an export
# returns it (None for None). Comparing one that may be None:
# tests/diagnostics/optional_str_compare.py.
from pycc import CC

cc = CC('optional_str_locals')


def tag(x):
    if x > 0:
        return 'pos'
    if x < -10:
        return 'very negative'
    return None


@cc.export('tag_len', '(f8,)')
def tag_len(x):
    t = tag(x)
    if t is None:
        return 0
    return len(t)


@cc.export('tag_or_default', '(f8,)')
def tag_or_default(x):
    t = tag(x)
    if t is not None:
        return t + '!'
    return 'none'


@cc.export('tag_unchecked', '(f8,)')
def tag_unchecked(x):
    t = tag(x)
    return len(t)


@cc.export('tag_method', '(f8,)')
def tag_method(x):
    t = tag(x)
    return t.upper()


@cc.export('tag_refill', '(f8,)')
def tag_refill(x):
    t = tag(x)
    if t is None:
        t = 'zero'
    return t * 2


@cc.export('tag_return', '(f8,)')
def tag_return(x):
    t = tag(x)
    return t


@cc.export('tag_loop', '(i8,)')
def tag_loop(n):
    c = 0
    for i in range(n):
        t = tag(i - 1.0)
        if t is not None and t == 'pos':
            c += len(t)
    return c


CASES = {
    'tag_return': [(1.0,), (0.0,), (-11.0,)],
    'tag_loop': [(0,), (5,)],
    'tag_len': [(1.0,), (0.0,), (-20.0,)],
    'tag_or_default': [(1.0,), (0.0,)],
    'tag_unchecked': [(1.0,), (0.0,)],
    'tag_method': [(1.0,), (0.0,)],
    'tag_refill': [(1.0,), (-1.0,)],
}
