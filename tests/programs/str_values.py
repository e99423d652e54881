# str results and locals (numba's unicode_type), computed by CPython:
# concatenation, repetition, indexing (IndexError), slicing, iteration,
# ord/chr, str() of numbers, int()/float() of strs (ValueError), the str
# methods numba supports, str.format and f-strings; non-ASCII cases (PEP
# 393's 1-, 2- and 4-byte kinds) throughout.
from pycc import CC

cc = CC('str_values')


@cc.export('ident', 'unicode_type(unicode_type)')
def ident(s):
    return s


@cc.export('greet', 'unicode_type(unicode_type, i8)')
def greet(name, n):
    if n > 1:
        g = 'hello, '
    else:
        g = 'hi '
    return g + name + '!' * n


@cc.export('concat', 'unicode_type(unicode_type, unicode_type)')
def concat(a, b):
    s = a
    s += '|'
    s += b
    return s


@cc.export('rep', 'unicode_type(unicode_type, i8)')
def rep(s, n):
    return s * n + '/' + n * s


@cc.export('at', 'unicode_type(unicode_type, i8)')
def at(s, i):
    return s[i]


@cc.export('sl', 'unicode_type(unicode_type, i8, i8)')
def sl(s, a, b):
    return s[a:b] + '|' + s[a:] + '|' + s[:b] + '|' + s[::-1] + '|' + s[::2] + '|' + s[b:a:-1]


@cc.export('chars', 'i8(unicode_type)')
def chars(s):
    t = 0
    for ch in s:
        t = t * 31 + ord(ch)
    return t


@cc.export('reverse', 'unicode_type(unicode_type)')
def reverse(s):
    r = ''
    for ch in s:
        r = ch + r
    return r


@cc.export('rot', 'unicode_type(unicode_type, i8)')
def rot(s, k):
    out = ''
    for c in s:
        o = ord(c)
        if 97 <= o <= 122:
            out += chr((o - 97 + k) % 26 + 97)
        else:
            out += c
    return out


@cc.export('num_str', 'unicode_type(i8, f8, b1)')
def num_str(i, x, b):
    return str(i) + ' ' + str(x) + ' ' + str(b)


@cc.export('parse_int', 'i8(unicode_type)')
def parse_int(s):
    return int(s) + 1


@cc.export('parse_float', 'f8(unicode_type)')
def parse_float(s):
    return float(s) * 2.0


@cc.export('methods', 'unicode_type(unicode_type)')
def methods(s):
    return s.upper() + s.lower() + s.strip() + s.lstrip() + s.rstrip() + s.strip('xa ') + s.replace('a', 'ä')


@cc.export('padding', 'unicode_type(unicode_type, i8)')
def padding(s, w):
    return s.zfill(w) + '|' + s.center(w) + '|' + s.ljust(w, '*') + '|' + s.rjust(w, 'é')


@cc.export('search', 'i8(unicode_type, unicode_type)')
def search(s, t):
    return s.find(t) * 1000000 + s.rfind(t) * 10000 + s.count(t) * 100 + (s.find(t, 2) + 1)


@cc.export('index_of', 'i8(unicode_type, unicode_type)')
def index_of(s, t):
    return s.index(t)


@cc.export('preds', 'i8(unicode_type)')
def preds(s):
    r = 0
    if s.startswith('a'):
        r += 1
    if s.endswith('z'):
        r += 2
    if s.isdigit():
        r += 4
    if s.isalpha():
        r += 8
    if s.isspace():
        r += 16
    if s:
        r += 32
    if not s:
        r += 64
    return r


@cc.export('fmt', 'unicode_type(i8, f8, unicode_type)')
def fmt(i, x, s):
    return f'{i}:{x:.3f}:{s}:{s!r}:{i:>5}' + '{} and {}'.format(s, i)


@cc.export('pick', 'unicode_type(i8)')
def pick(n):
    s = 'zero' if n == 0 else 'many'
    if n < 0:
        s = 'négatif'
    return s


@cc.export('build', 'unicode_type(i8)')
def build(n):
    s = ''
    for i in range(n):
        s = s + str(i % 10)
    return s


@cc.export('cmp_made', 'i8(unicode_type)')
def cmp_made(s):
    t = s[1:] + s[:1]
    return (t == s) + 2 * (t < s) + 4 * ('é' in t) + 8 * len(t) + 100 * (hash(t) == hash(s[1:] + s[:1]))


@cc.export('based', 'i8(unicode_type, i8)')
def based(s, b):
    return int(s, b)


@cc.export('reprs', 'unicode_type(unicode_type, f8)')
def reprs(s, x):
    return repr(s) + repr(x) + chr(0x1D11E) + str(s)


@cc.export('comp', 'i8(unicode_type)')
def comp(s):
    xs = [ord(c) for c in s if c != 'a']
    return sum(xs)

@cc.export('vowels', 'i8(unicode_type)')
def vowels(s):
    n = 0
    i = 0
    while i < len(s):
        if s[i] in 'aeioué':
            n += 1
        i += 1
    return n


def helper(n):
    s = str(n) + 'x'
    return len(s)

@cc.export('via_helper', 'i8(i8)')
def via_helper(n):
    return helper(n) * 2

@cc.export('keyed', 'i8(unicode_type)')
def keyed(s):
    d = {}
    for ch in s:
        d[ch] = d.get(ch, 0) + 1
    return d[s[0]] * 100 + len(d)



@cc.export('chained', 'i8(unicode_type, unicode_type)')
def chained(s, hi):
    n = 0
    for ch in s:
        if 'a' <= ch <= 'z':
            n += 1
        elif '0' < ch < hi != 'q':
            n += 100
    return n

CASES = {
    'comp': [('abcé',), ('',)],
    'vowels': [('héllo aeu',), ('xyz',)],
    'via_helper': [(123,), (-5,)],
    'keyed': [('abracadabra',), ('ü𝄞ü',), ('',)],
    'based': [('ff', 16), ('-101', 2), ('z', 10), ('10', 1)],
    'reprs': [("it's", 0.1), ('é"', -2.5)],
    'ident': [('abc',), ('',), ('ünï𝄞',)],
    'greet': [('Bob', 1), ('Zoë', 3), ('世界', 0)],
    'concat': [('a', 'b'), ('', ''), ('é', '𝄞')],
    'rep': [('ab', 3), ('é', 0), ('x', -2)],
    'at': [('abc', 0), ('abc', -1), ('héllo', 1), ('𝄞x', 0), ('abc', 3), ('abc', -4), ('', 0)],
    'sl': [('abcdef', 1, 4), ('héllo wörld', -3, 20), ('', 0, 0), ('𝄞ab', 0, 2)],
    'chars': [('abc',), ('',), ('ü𝄞',)],
    'reverse': [('abc',), ('',), ('añ𝄞',)],
    'rot': [('hello, world', 3), ('zébra', 1)],
    'num_str': [(12, 1.5, True), (-7, 1e300, False), (0, float('nan'), True)],
    'parse_int': [('12',), (' -7 ',), ('x',), ('',), ('١٢',)],
    'parse_float': [('1.5',), ('inf',), ('nope',)],
    'methods': [('  abc xyz ',), ('ÄÖü ß',), ('',)],
    'padding': [('-42', 6), ('é', 4), ('long text', 2)],
    'search': [('abcabc', 'bc'), ('héllo', 'l'), ('abc', 'z'), ('', '')],
    'index_of': [('abc', 'c'), ('abc', 'z')],
    'preds': [('abz',), ('123',), ('  ',), ('',), ('ÄÖ',)],
    'fmt': [(7, 3.14159, 'hé'), (-1, -0.0, '')],
    'pick': [(0,), (5,), (-1,)],
    'build': [(0,), (12,)],
    'cmp_made': [('ab',), ('aé',), ('z',)],
    'chained': [('ab9Zé', '9'), ('q0123', 'q'), ('', 'a'), ('1234', 'z')],
}
