# differential-python: numpy
# `sorted(d)` / `sorted(d.keys())` / `list(d)` of a dict with str keys: a
# list of strs (its keys collected in insertion order, then CPython's
# sorted), iterated (`for k in sorted(d)`, the keys then read back from
# `d`), bound, joined, measured and returned; `reverse=` a constant.
import numpy as np
from pycc import CC

cc = CC("fuzz11_str_keys")


@cc.export('sorted_loop', 'f8(f8[:])')
def sorted_loop(a):
    d = {}
    for v in a:
        d["pos" if v > 0 else "neg"] = v
    s = 0.0
    for k in sorted(d):
        s = s * 2.0 + d[k]
    return s


@cc.export('sorted_values', '(f8[:],)')
def sorted_values(a):
    d = {}
    for v in a:
        d["pos" if v > 0 else ("zero" if v == 0 else "neg")] = v
    ks = sorted(d)
    ks.append("x")
    return "|".join(ks) + "/" + "|".join(list(d)), len(sorted(d.keys())), "|".join(sorted(d))


@cc.export('sorted_keys_method', '(f8[:],)')
def sorted_keys_method(a):
    d = {}
    for v in a:
        d[str(int(v))] = float(v)
    out = []
    for k in sorted(d.keys()):
        out.append(d[k])
        d[k] = 0.0
    return out


@cc.export('sorted_result', '(f8[:],)')
def sorted_result(a):
    d = {}
    for v in a:
        d["pos" if v > 0 else "neg"] = v
    return sorted(d)


@cc.export('reversed_keys', '(f8[:],)')
def reversed_keys(a):
    d = {}
    for v in a:
        d["pos" if v > 0 else ("zero" if v == 0 else "neg")] = v
    ks = sorted(d, reverse=True)
    s = ""
    for k in sorted(d.keys(), reverse=False):
        s += k
    return "|".join(sorted(ks, reverse=True)) + s + "|".join(sorted(ks, reverse=0))


CASES = {
    "sorted_loop": [(np.array([1.0, -2.0, 3.0]),), (np.array([1.0]),), (np.zeros(0),)],
    "sorted_values": [(np.array([1.0, -2.0, 3.0, 0.0]),), (np.zeros(0),)],
    "sorted_keys_method": [(np.array([1.0, -2.0, 3.0, 10.0, 2.0]),)],
    "sorted_result": [(np.array([1.0, -2.0, 3.0]),)],
    "reversed_keys": [(np.array([1.0, -2.0, 3.0]),), (np.array([0.0, -2.0, 3.0]),), (np.zeros(0),)],
}
