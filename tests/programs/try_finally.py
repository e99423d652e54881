# `try ... finally`: the clause runs after the statement completes and on
# the way out of an exception (which is raised again after it), with
# `except`/`else` clauses or without.
# differential-python: numpy
import numpy as np
from pycc import CC

cc = CC('try_finally')


@cc.export('div_log', 'f8(f8, f8, f8[:])')
def div_log(a, b, log):
    r = 0.0
    try:
        r = a / b
    except ZeroDivisionError:
        r = -1.0
    else:
        r += 1.0
    finally:
        log[0] += 1.0
        r *= 2.0
    return r


@cc.export('passes_on', 'f8(f8[:], i8)')
def passes_on(a, i):
    # An IndexError is not caught: the finally clause still runs (its
    # store is visible to the caller), then the error goes on.
    try:
        x = a[i]
    finally:
        a[0] = -7.0
    return x


@cc.export('nested', 'i8(i8, i8[:])')
def nested(k, log):
    total = 0
    for j in range(3):
        try:
            try:
                total += 10 // (k - j)
            finally:
                log[j] += 1
        except ZeroDivisionError:
            total += 1000
    return total


@cc.export('raise_in_handler', 'i8(i8, i8[:])')
def raise_in_handler(k, log):
    try:
        if k > 0:
            raise ValueError("positive")
        r = 1
    except ValueError:
        raise KeyError("converted")
    finally:
        log[0] = 99
    return r


CASES = {
    'div_log': [(1.0, 2.0, np.zeros(1)), (1.0, 0.0, np.zeros(1))],
    'passes_on': [(np.arange(3.0), 1), (np.arange(3.0), 5)],
    'nested': [(1, np.zeros(3, dtype=np.int64)), (5, np.zeros(3, dtype=np.int64))],
    'raise_in_handler': [(0, np.zeros(1, dtype=np.int64)), (3, np.zeros(1, dtype=np.int64))],
}
