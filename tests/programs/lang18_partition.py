# str.partition / str.rpartition (issue 16; numba's unicode partition):
# unpacked into three names or one part by a constant index; the separator
# missing, at either end, repeated, longer than the str, non-ASCII, empty
# (CPython's ValueError).
from pycc import CC

cc = CC("lang18_partition")


@cc.export("parts", "(unicode_type, unicode_type)")
def parts(s, sep):
    a, b, c = s.partition(sep)
    return a + "|" + b + "|" + c


@cc.export("rparts", "(unicode_type, unicode_type)")
def rparts(s, sep):
    a, b, c = s.rpartition(sep)
    return a + "|" + b + "|" + c


@cc.export("key_of", "(unicode_type,)")
def key_of(line):
    k = line.partition("=")[0]
    v = line.rpartition("=")[-1]
    return k.strip() + ":" + v.strip()


@cc.export("count_fields", "(unicode_type, unicode_type)")
def count_fields(s, sep):
    n = 0
    rest = s
    while rest:
        head, mid, rest = rest.partition(sep)
        if len(mid) > 0 or len(head) > 0:
            n += 1
    return n


@cc.export("whole", "(unicode_type, unicode_type)")
def whole(s, sep):
    return s.partition(sep)


@cc.export("rwhole", "(unicode_type, unicode_type)")
def rwhole(s, sep):
    return s.rpartition(sep)


CASES = {
    "whole": [("a,b,c", ","), ("abc", ","), ("", ","), ("abc", "")],
    "rwhole": [("a,b,c", ","), ("abc", ","), ("日本語", "本"), ("abc", "")],
    "parts": [("a,b,c", ","), ("abc", ","), (",abc", ","), ("abc,", ","), ("", ","), ("ab", "abc"),
              ("x--y--z", "--"), ("héllo wörld", "ö"), ("abc", "")],
    "rparts": [("a,b,c", ","), ("abc", ","), (",abc", ","), ("abc,", ","), ("", "x"), ("x--y--z", "--"),
               ("日本語", "本"), ("abc", "")],
    "key_of": [("name = value",), ("novalue",), ("a=b=c",), ("=",), ("",)],
    "count_fields": [("a,b,,c", ","), ("", ","), (",,,", ","), ("abc", ",")],
}
