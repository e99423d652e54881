# for x in t over a tuple variable (elements of one type), with break,
# continue and else; raise with a message bound to a module-level name.
from pycc import CC

cc = CC('tuple_iter')

NEGATIVE = "negative weight"
LIMIT = 1000


@cc.export('weighted', 'f8(UniTuple(f8, 3), f8)')
def weighted(w, x):
    total = 0.0
    for c in w:
        if c < 0.0:
            raise ValueError(NEGATIVE)
        total = total * x + c
    return total


@cc.export('first_big', 'i8(UniTuple(i8, 4))')
def first_big(t):
    r = -1
    for v in t:
        if v > LIMIT:
            r = v
            break
        if v == 0:
            continue
        r = r + 1
    else:
        r = r * 10
    return r


@cc.export('rebind', 'i8(i8, i8)')
def rebind(a, b):
    t = (a, b, a + b)
    n = 0
    for v in t:
        # The loop keeps iterating the tuple it started with.
        t = (0, 0, 0)
        n = n * 3 + v + t[0]
    return n + len(t)


@cc.export('nested', 'i8(UniTuple(i8, 2), UniTuple(i8, 3))')
def nested(p, q):
    s = 0
    for a in p:
        for b in q:
            if b == a:
                break
            s += a * b
        else:
            s -= 1
    return s


@cc.export('single', 'f8(UniTuple(f8, 1))')
def single(t):
    out = 1.5
    for v in t:
        out = out + v
    return out


@cc.export('bools', 'i8(UniTuple(b1, 3))')
def bools(t):
    k = 0
    for flag in t:
        k = k * 2 + (1 if flag else 0)
    return k


F = [0.0, -0.0, 1.5, -1.0, 1e308, float('inf'), float('nan'), 5e-324]
I = [0, 1, -1, 5, 1000, 1001, -2**63, 2**63 - 1]
CASES = {
    'weighted': [((a, b, c), x) for a in F[:4] for b in F for c in F[2:5] for x in (0.5, -2.0)],
    'first_big': [((a, b, c, d),) for a in I[:4] for b in I for c in (0, 1001) for d in (2, 2**63 - 1)],
    'rebind': [(a, b) for a in I for b in I[:4]],
    'nested': [((a, b), (c, d, e)) for a in (0, 1, 2) for b in (2, 3) for c in (1, 2) for d in (0, 3) for e in (2, 5)],
    'single': [((x,),) for x in F],
    'bools': [((a, b, c),) for a in (False, True) for b in (False, True) for c in (False, True)],
}
