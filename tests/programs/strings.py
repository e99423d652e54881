# str values (numba's unicode_type): str arguments and literals in hash(),
# len(), comparisons and `in`, and as the keys of typed dicts (Dict.empty
# with unicode_type, and `{}` filled with str keys); a non-str argument is
# CPython's TypeError naming it.
from numba import typed
from numba.types import unicode_type, i8, int64
from pycc import CC

cc = CC('strings')


@cc.export('hash_str', 'i8(unicode_type)')
def hash_str(x):
    return hash(x)


@cc.export('hash_lits', 'i8()')
def hash_lits():
    return hash("A") ^ hash("") ^ hash("a longer literal, over 8 bytes") ^ hash("ünïcödé ✓ 𝄞")


@cc.export('length', 'i8(unicode_type)')
def length(s):
    return len(s) * 10 + len("héllo")


@cc.export('compare', 'i8(unicode_type, unicode_type)')
def compare(a, b):
    r = 0
    if a == b:
        r += 1
    if a != b:
        r += 2
    if a < b:
        r += 4
    if a <= b:
        r += 8
    if a > b:
        r += 16
    if a >= b:
        r += 32
    if a in b:
        r += 64
    if a not in b:
        r += 128
    if a == "abc":
        r += 256
    if "b" in a:
        r += 512
    return r


@cc.export('count_distinct', 'i8(unicode_type, unicode_type, unicode_type)')
def count_distinct(a, b, c):
    d = typed.Dict.empty(unicode_type, i8)
    d[a] = 1
    if b not in d:
        d[b] = len(d) + 1
    if c not in d:
        d[c] = len(d) + 1
    return len(d) * 100 + d[c] * 10 + d[a]


@cc.export('literal_keys', 'i8(unicode_type)')
def literal_keys(k):
    d = {}
    d["one"] = 1
    d["two"] = 2
    d["three"] = 3
    d["two"] = 22
    total = 0
    for v in d.values():
        total += v
    return total * 1000 + d[k]


@cc.export('display_keys', 'f8(unicode_type)')
def display_keys(k):
    d = {"a": 1.5, "b": 2.5, "ccccccccccccc": 3.5}
    if k in d:
        return d[k]
    return d.get(k, -1.0)


@cc.export('pop_key', 'i8(unicode_type)')
def pop_key(k):
    d = typed.Dict.empty(key_type=unicode_type, value_type=int64)
    d["x"] = 5
    d["y"] = 6
    v = d.pop(k)
    return v * 10 + len(d)


@cc.export('ops', 'i8(unicode_type, unicode_type)')
def ops(a, b):
    d = {a: 1}
    d[b] = d.setdefault(b, 7)
    e = d
    e["zz"] = 3
    c = d.copy()
    c[a] = 100
    t = d.pop("nope", 0) + d.pop("zz", 0) * 10
    del d[a]
    r = 0
    for v in c.values():
        r = r * 1000 + v
    return r * 100000 + t * 100 + len(d) * 10 + len(c)


@cc.export('missing', 'i8(unicode_type)')
def missing(k):
    d = {"a": 1}
    return d[k]


CASES = {
    'hash_str': [("A",), ("",), ("abc",), ("ünïcödé ✓ 𝄞",)],
    'hash_lits': [()],
    'length': [("",), ("abc",), ("ünïcödé 𝄞",), (3.0,)],
    'compare': [("abc", "abc"), ("ab", "abc"), ("b", "abc"), ("abd", "abc"), ("", ""), ("é", "e"), ("abc", 1)],
    'count_distinct': [("a", "b", "c"), ("a", "a", "b"), ("a", "b", "a"), ("x", "x", "x"), ("é", "e", "é")],
    'literal_keys': [("one",), ("two",), ("three",), ("four",)],
    'display_keys': [("a",), ("ccccccccccccc",), ("z",)],
    'pop_key': [("x",), ("y",), ("z",)],
    'ops': [("a", "b"), ("a", "a"), ("zz", "b")],
    'missing': [("a",), ("b",), ("",)],
}
