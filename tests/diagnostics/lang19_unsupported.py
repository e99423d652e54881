# What lang19 left out: a generator's default that is not a literal (CPython
# evaluates it where the function is defined, not where the loop inlines
# it); a keyword the generator has no parameter for (CPython's TypeError);
# heapq.nsmallest with key=; a helper returning a tuple with a None item.
import heapq
from pycc import CC

cc = CC('lang19_unsupported')
STEP = 2


def stepped(n, step=STEP):
    i = 0
    while i < n:
        yield i
        i += step


def spaced(n, step=1):
    for i in range(0, n, step):
        yield i


def pair(x):
    return x * 2, None


@cc.export('computed_default', 'i8(i8)')
def computed_default(n):
    s = 0
    for v in stepped(n):
        s += v
    return s


@cc.export('bad_keyword', 'i8(i8)')
def bad_keyword(n):
    s = 0
    for v in spaced(n, stride=2):
        s += v
    return s


@cc.export('keyed', 'i8(i8)')
def keyed(n):
    xs = [i % 5 for i in range(n)]
    ys = heapq.nsmallest(2, xs, key=lambda v: -v)
    return ys[0]


@cc.export('none_item', 'i8(i8)')
def none_item(n):
    # The call indexed directly (not bound to a name first).
    return pair(n)[0]
