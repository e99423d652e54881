# differential-python
# Found by fuzz/programs' collections kind: a helper's str result as a key
# of a str-keyed dict (`ws[label(k)] = v`, `ws[label(k)] += 1`, `.get`, `in`),
# and a str-keyed dict in a function that also builds a list of tuples (the
# retyping round for the list's tuple items dropped the dict's str-key mark:
# its display's keys were then "a str" against "numbers or tuples").
from pycc import CC

cc = CC('str_helper_dict_keys')


def label(k):
    if k < 0:
        return "neg"
    if k == 0:
        return "zero"
    return "pos"


@cc.export('tally', 'i8(List(int64))')
def tally(xs):
    ws = {"a": 1, "bb": 2}
    for v in xs:
        if label(v) in ws:
            ws[label(v)] += 1
        else:
            ws[label(v)] = 10
    return ws.get("pos", 0) * 10000 + ws.get("neg", 0) * 100 + ws.get(label(0), -1) + len(ws) * 1000000


@cc.export('key_once', 'i8(i8)')
def key_once(n):
    ws = {}
    ws[label(n % 3 - 1)] = n % 7
    ws[label(n % 3 - 1)] += 5
    return ws[label(n % 3 - 1)] + len(ws)


@cc.export('with_pairs', 'i8(i8)')
def with_pairs(n):
    ws = {"a": 1, "bb": 2}
    pairs = [(v, v % 3) for v in range(n % 8)]
    pairs.sort()
    t = 0
    for a, b in pairs:
        t += a * b
    ws["c"] = t
    return ws["c"] + len(ws) + len(pairs)


@cc.export('float_values', 'f8(i8)')
def float_values(n):
    d = {"x": 0.5}
    ps = [(0.25 * i, i) for i in range(n % 5)]
    for p, i in ps:
        d["x"] += p * i
    return d["x"]


CASES = {
    'tally': [lambda: ([],), lambda: ([1, -2, 0, 5, 0],), lambda: ([-1, -1],)],
    'key_once': [(0,), (1,), (2,), (-5,), (100,)],
    'with_pairs': [(0,), (3,), (7,), (15,)],
    'float_values': [(0,), (4,), (9,)],
}
