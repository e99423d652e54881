from collections import namedtuple

import numpy as np
from pycc import CC

cc = CC('namedtuple_unsupported')

Span = namedtuple("Span", "lo width")


def make(a):
    return Span(a.min(), a.max() - a.min())


@cc.export('span', '(f8[:],)')
def span(a):
    # CPython returns the namedtuple: pycc would return a plain tuple.
    return make(a)


@cc.export('width', 'f8(f8[:])')
def width(a):
    # Keywords out of field order, computed: the values would be computed in another order.
    s = Span(width=a.max() - a.min(), lo=a.min())
    return s.width


def python_only(a, **kw):
    # No export reaches this function: it runs only in Python.
    return Span(**kw)


@cc.export('with_count', '(f8[:],)')
def with_count(a):
    s = Span(a.min(), a.max() - a.min())
    # An item of the result tuple is the namedtuple.
    return s, a.shape[0]
