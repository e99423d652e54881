# differential-python: numpy
# Helpers of the file returning a str (`t = tag(s)`, `return tag(s)`, the
# result in an f-string, a comparison, a method call, `+`), one calling
# another, a helper returning its str argument or a literal; exports
# returning a str on some paths and None on others (a bare `return`,
# `return None`, falling off the end): the result is then str or None.
import numpy as np
from pycc import CC

cc = CC("str_helpers")


def tag(x):
    if x > 0:
        return "pos"
    if x < 0:
        return "neg"
    return "zero"


def label(name, x):
    return name.upper() + ":" + tag(x)


def pick(a, b, first):
    if first:
        return a
    return b


@cc.export("tags", "(f8[:],)")
def tags(a):
    out = ""
    for i in range(a.shape[0]):
        t = tag(a[i])
        out += t[0]
    return out


@cc.export("tag_of_sum", "(f8[:],)")
def tag_of_sum(a):
    return tag(a.sum())


@cc.export("labelled", "(unicode_type, f8)")
def labelled(name, x):
    s = label(name, x)
    return f"<{s}> {len(s)}"


@cc.export("count_pos", "(f8[:],)")
def count_pos(a):
    n = 0
    for v in a:
        if tag(v) == "pos":
            n += 1
    return n


@cc.export("picked", "(unicode_type, unicode_type, b1)")
def picked(a, b, first):
    return pick(a, b, first).strip() + pick("!", "?", first)


@cc.export("yes_or_none", "(f8[:],)")
def yes_or_none(a):
    if a[0] > 0:
        return "yes"


@cc.export("word_or_none", "(i8,)")
def word_or_none(k):
    if k == 0:
        return None
    if k == 1:
        return
    for i in range(k):
        if i * i > k:
            return "past " + str(i)
    return tag(k - 10)


def maybe_word(k):
    if k > 0:
        return "w" * k


@cc.export("passed_on", "(i8,)")
def passed_on(k):
    return maybe_word(k)


CASES = {
    "tags": [(np.array([1.0, -2.0, 0.0, 3.5]),), (np.zeros(0),)],
    "tag_of_sum": [(np.array([1.0, -2.0]),), (np.array([0.0]),), (np.array([2.5]),)],
    "labelled": [("ab", 1.0), ("é", -1.0), ("", 0.0)],
    "count_pos": [(np.array([1.0, -2.0, 3.0, np.nan]),)],
    "picked": [(" a ", "b", True), ("x", " y ", False)],
    "yes_or_none": [(np.array([1.0]),), (np.array([-1.0]),), (np.zeros(0),)],
    "word_or_none": [(0,), (1,), (2,), (3,), (20,)],
    "passed_on": [(0,), (3,)],
}
