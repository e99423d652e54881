# Tuples of strs: module-level constants and locals (numba's UniTuple of
# unicode_type), indexed (constant and variable indices, IndexError as
# CPython's tuple), iterated, searched and compared.
from pycc import CC

cc = CC('str_tuples')

NAMES = ('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta')
UNITS = ('m',)
EMPTY_ITEM = ('', 'x')


def width(i):
    # A helper reading the constant too.
    return len(NAMES[i])


@cc.export('count', 'i8()')
def count():
    return len(NAMES) * 100 + len(UNITS) * 10 + len(EMPTY_ITEM)


@cc.export('name_len', 'i8(i8)')
def name_len(i):
    return len(NAMES[i])


@cc.export('first_last', 'i8()')
def first_last():
    return len(NAMES[0]) * 10 + len(NAMES[-1])


@cc.export('total', 'i8()')
def total():
    s = 0
    for name in NAMES:
        s += len(name)
        if name == 'gamma':
            s += 1000
    return s


@cc.export('where', 'i8(unicode_type)')
def where(name):
    if name in NAMES:
        k = NAMES.index(name)
        return width(k) + k * 10
    if name not in UNITS:
        return -1
    return -2


@cc.export('joined', 'unicode_type(i8)')
def joined(k):
    return '-'.join(NAMES[k:]) + '/' + NAMES[k]


@cc.export('local', 'unicode_type(unicode_type, i8)')
def local(s, i):
    t = ('x', s, s.upper())
    out = ''
    for w in t:
        out += w
    n = t.count(s)
    return out + str(n) + t[i]


@cc.export('long_display', 'i8(unicode_type)')
def long_display(s):
    t = ('a', 'b', 'c', 'd', 'e', s, 'g')
    k = 0
    for i, w in enumerate(t):
        if w == s:
            k += i
    return len(t) * 100 + k


@cc.export('inline', 'b1(unicode_type)')
def inline(s):
    return s in ('yes', 'y', 'true') or s == UNITS[0]


CASES = {
    'count': [()],
    'name_len': [{'args': (i,), 'kwargs': {}} for i in (0, 1, 5, -1, -6, 6, -7, 100)],
    'first_last': [()],
    'total': [()],
    'where': [('alpha',), ('zeta',), ('m',), ('omega',), ('',)],
    'joined': [{'args': (k,), 'kwargs': {}} for k in (0, 3, 5, -2, 6)],
    'local': [{'args': (s, i), 'kwargs': {}} for s, i in (('ab', 0), ('x', 2), ('', -1), ('q', 3))],
    'long_display': [('f',), ('a',), ('z',)],
    'inline': [('yes',), ('m',), ('no',), ('',)],
}
