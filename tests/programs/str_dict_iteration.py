# `for k in d` and `for k, v in d.items()` over a dict with str keys: k is
# a str (insertion order, CPython's RuntimeError when the size changes);
# a display with a str unpacked into names (`best, bv = k, v`).
from numba.pycc import CC

cc = CC('sdi')


@cc.export('most_common_len', 'i8(unicode_type)')
def most_common_len(s):
    d = {}
    for w in s.split():
        d[w] = d.get(w, 0) + 1
    best = 0
    for w in d:
        best = max(best, d[w])
    for w, c in d.items():
        best += c * len(w)
    return best


@cc.export('listing', 'unicode_type(unicode_type)')
def listing(s):
    d = {}
    for w in s.split(','):
        d[w.strip()] = len(w)
    out = ''
    for k in d:
        out += k + '=' + str(d[k]) + ';'
    return out


@cc.export('first_letters', 'unicode_type(unicode_type)')
def first_letters(s):
    d = {}
    for w in s.split():
        d[w[:1]] = d.get(w[:1], 0.0) + 1.5
    best = ''
    bv = -1.0
    for k, v in d.items():
        if v > bv:
            best, bv = k, v
    return best


@cc.export('swap_tags', 'unicode_type(unicode_type, unicode_type, i8)')
def swap_tags(a, b, n):
    for _ in range(n):
        a, b = b, a
    x, y, z = a + '!', n * 2, b
    return x + str(y) + z


@cc.export('shrink', 'unicode_type(unicode_type)')
def shrink(s):
    d = {}
    for w in s.split():
        d[w.upper()] = 1
    last = ''
    for k in d:
        last = k
        if k.startswith('A'):
            del d[k]
    return last


CASES = {
    'most_common_len': [("a b a c b a",), ("",), ("xy xy z",)],
    'listing': [("x, yy,zzz, x",), ("",)],
    'first_letters': [("apple avocado banana cherry berry blue",), ("",)],
    'swap_tags': [("p", "q", 3), ("p", "q", 0)],
    'shrink': [("bc ab cd",), ("bc cd",), ("",)],
}
