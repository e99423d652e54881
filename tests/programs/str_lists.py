# Lists of strs (sema/containers/strings/strlists.rs): split/rsplit/splitlines, join,
# displays, append and the in-place methods, indexing (IndexError),
# iteration, len, in, ValueErrors of CPython; non-ASCII cases of every
# PEP 393 kind.
from numba.pycc import CC
cc = CC('str_lists')

@cc.export('count_words', 'i8(unicode_type)')
def count_words(s):
    return len(s.split())

@cc.export('rejoin', 'unicode_type(unicode_type, unicode_type)')
def rejoin(s, sep):
    return sep.join(s.split())

@cc.export('split_sep', 'unicode_type(unicode_type, unicode_type)')
def split_sep(s, sep):
    parts = s.split(sep)
    out = []
    for p in parts:
        out.append(p.upper())
    out.append('é')
    return '|'.join(out)

@cc.export('display', 'unicode_type(unicode_type, i8)')
def display(s, i):
    xs = ['a', s, 'ü€😀']
    xs[0] = s + '!'
    return xs[i] + str(len(xs)) + ('y' if s in xs else 'n')

@cc.export('longest', 'unicode_type(unicode_type)')
def longest(s):
    best = ''
    for w in s.split():
        if len(w) > len(best):
            best = w
    return best

@cc.export('idx', 'unicode_type(unicode_type, i8)')
def idx(s, i):
    return s.split(',')[i]

@cc.export('maxsplit', 'unicode_type(unicode_type, i8)')
def maxsplit(s, n):
    return '/'.join(s.split(' ', n)) + '|' + '/'.join(s.rsplit(' ', n))

@cc.export('lines', 'i8(unicode_type)')
def lines(s):
    total = 0
    for ln in s.splitlines():
        total += len(ln)
    return total

@cc.export('sort_words', 'unicode_type(unicode_type)')
def sort_words(s):
    ws = sorted(s.split())
    ws.reverse()
    ws.insert(1, 'Ω')
    return ' '.join(ws[1:])

@cc.export('find_word', 'i8(unicode_type, unicode_type)')
def find_word(s, w):
    ws = s.split()
    if w not in ws:
        return -1
    return ws.index(w) * 100 + ws.count(w)

@cc.export('empty_sep', 'i8(unicode_type)')
def empty_sep(s):
    return len(s.split(''))

@cc.export('pops', 'unicode_type(unicode_type)')
def pops(s):
    ws = s.split()
    ws.pop()
    ws.remove('b')
    if not ws:
        return 'none' + str(bool(ws))
    return ''.join(ws + ws[:1])

@cc.export('while_build', 'unicode_type(i8)')
def while_build(n):
    acc = []
    i = 0
    while i < n:
        acc.append(chr(65 + i % 26) * (i % 3))
        i += 1
    return ','.join(acc) + str(len(acc))

@cc.export('comp', 'unicode_type(unicode_type)')
def comp(s):
    ws = [w.title() for w in s.split() if len(w) > 1]
    ws = [w + w[0] for w in ws]
    return '+'.join(ws)


@cc.export('enum_zip', 'unicode_type(unicode_type, unicode_type)')
def enum_zip(s, t):
    out = []
    for i, w in enumerate(s.split()):
        out.append(str(i) + w)
    for j, a in enumerate(t.split()):
        out.append(a * j)
    return ' '.join(out)


@cc.export('nested', 'i8(unicode_type)')
def nested(s):
    n = 0
    for line in s.split(';'):
        for w in line.split(','):
            if w.strip():
                n += 1
    return n


@cc.export('grow_in_loop', 'unicode_type(unicode_type)')
def grow_in_loop(s):
    ws = s.split()
    for w in ws:
        if len(w) > 1:
            ws.append(w[1:])
        elif w == 'x':
            continue
        else:
            ws.remove(w)
    else:
        ws.append('end')
    return '.'.join(ws)


@cc.export('join_display', 'unicode_type(unicode_type, unicode_type)')
def join_display(a, sep):
    # A list or tuple display joined: no list is built (a + sep + b ...).
    return sep.join([a, a.upper(), 'x']) + ', '.join((a,)) + '-'.join([]) + sep.join((sep, a))



@cc.export('zip_splits', 'i8(unicode_type)')
def zip_splits(s):
    n = 0
    for a, b in zip(s.split(), s.split(',')):
        if a == b:
            n += 1
        n += len(a) * 10 + len(b) * 100
    return n

CASES = {
    'grow_in_loop': [('abc x dé',), ('a b c',), ('',), ('😀€ü',)],
    'comp': [('ab c dé 😀x',), ('',)],
    'enum_zip': [('a b c', 'x y'), ('', 'q'), ('é ü', '€ 😀 z')],
    'nested': [('a,b;c,,d; ;', ), ('',)],
    'count_words': [('a b  c',), ('',), ('héllo wörld 😀',)],
    'rejoin': [('a  b c', '-'), ('x', ''), ('αβ γ', '·')],
    'split_sep': [('a,b,,c', ','), ('abc', ''), ('x', 'x')],
    'display': [('q', 0), ('q', 1), ('q', 2), ('q', 3), ('q', -4)],
    'longest': [('a bbb cc', ), ('',), ('ü €€ 😀😀😀',)],
    'idx': [('a,b,c', 1), ('a,b,c', -1), ('a,b,c', 3), ('ä', 0)],
    'maxsplit': [('a b c d', 1), ('a b c d', -1), ('x', 0)],
    'lines': [('ab\ncd\r\nü\u2028x',), ('',)],
    'sort_words': [('b a c',), ('zz é a',), ('q',)],
    'find_word': [('a b a', 'a'), ('a b', 'c'), ('ü ü', 'ü')],
    'empty_sep': [('a',)],
    'pops': [('a b c',), ('b x',), ('a',), ('b',)],
    'while_build': [(0,), (5,), (40,)],
    'join_display': [('ab', ', '), ('', ''), ('é😀', '·')],
    'zip_splits': [('a,b c',), ('',), ('x y z',), ('ab',)],
}
