# differential-python: numpy
# A helper returning a str or None bound to a name (issue 16): `t =
# tag(x)`, then `if t is None:` / `is not None` narrow it as numba's
# Optional(unicode_type); a use where it may be None raises numba's
# TypeError (AttributeError for a method, as CPython's None); an export
# returns it (None for None). `t == 'pos'` / `t != 'pos'` where it may
# be None: CPython's False / True for None. Ordering one that may be None:
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


@cc.export('tag_compare', '(f8,)')
def tag_compare(x):
    t = tag(x)
    same = t == 'pos'
    if t != 'very negative':
        return same, 'pos' != t, 1
    return same, 'pos' == t, 2


@cc.export('tag_compare_loop', '(i8,)')
def tag_compare_loop(n):
    c = 0
    k = 0
    t = tag(-12.0)
    while k < n and t != 'pos':
        c += (t == 'very negative') + 10 * (t != 'pos') + 100 * (t is None)
        k += 1
        t = tag(k - 12.0)
    return c, k


CASES = {
    'tag_compare': [(1.0,), (0.0,), (-11.0,)],
    'tag_compare_loop': [(0,), (30,)],
    'tag_return': [(1.0,), (0.0,), (-11.0,)],
    'tag_loop': [(0,), (5,)],
    'tag_len': [(1.0,), (0.0,), (-20.0,)],
    'tag_or_default': [(1.0,), (0.0,)],
    'tag_unchecked': [(1.0,), (0.0,)],
    'tag_method': [(1.0,), (0.0,)],
    'tag_refill': [(1.0,), (-1.0,)],
}
