from numba import typed, types
from pycc import CC
cc = CC('m')


@cc.export('arith', 'i8(unicode_type)')
def arith(s):
    return s + 1


@cc.export('reassigned', 'i8(unicode_type)')
def reassigned(s):
    t = s
    t = 1
    return len(t)


@cc.export('in_tuple', 'unicode_type(unicode_type)')
def in_tuple(s):
    t = (s, 1)
    return s


@cc.export('key_kinds', 'i8(unicode_type)')
def key_kinds(s):
    d = typed.Dict.empty(types.unicode_type, types.int64)
    d[1] = 2
    return len(d)


@cc.export('lookup_number', 'i8(unicode_type)')
def lookup_number(s):
    d = {s: 1}
    return d[2]


@cc.export('str_keys_iterated', 'i8(unicode_type)')
def str_keys_iterated(s):
    d = {s: 1}
    n = 0
    for t in d.items():
        n += 1
    return n


@cc.export('split', 'i8(unicode_type)')
def split(s):
    return s.split()


@cc.export('str_list', 'i8(unicode_type)')
def str_list(s):
    xs = [s, 1]
    return len(xs)


def word(n):
    return 'w' * n


@cc.export('helper_str_as_number', 'f8(i8)')
def helper_str_as_number(n):
    return word(n) * 2.5


@cc.export('percent', 'unicode_type(i8)')
def percent(n):
    return '%(a)d' % {'a': n}


@cc.export('sorted_str_keys', 'f8(f8[:], b1)')
def sorted_str_keys(a, down):
    d = {}
    for v in a:
        d["pos" if v > 0 else "neg"] = v
    s = 0.0
    for k in sorted(d, reverse=down):
        s += d[k]
    return s
