from numba import typed, types
from pycc import CC
cc = CC('m')


@cc.export('arith', 'i8(unicode_type)')
def arith(s):
    return s + 1


@cc.export('assigned', 'i8(unicode_type)')
def assigned(s):
    t = s
    return len(t)


@cc.export('returned', 'unicode_type(unicode_type)')
def returned(s):
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
    for k in d:
        n += 1
    return n


@cc.export('indexed', 'i8(unicode_type)')
def indexed(s):
    return len(s[0])
