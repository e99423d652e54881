import numpy as np
from pycc import CC

cc = CC('try_unsupported')


@cc.export('fin', 'f8(f8)')
def fin(x):
    y = 0.0
    try:
        y = 1.0 / x
    except ZeroDivisionError:
        y = 0.0
    finally:
        return y + x


@cc.export('bound', 'f8(f8)')
def bound(x):
    try:
        y = 1.0 / x
    except ZeroDivisionError as e:
        y = 0.0
        print(e)
    return y


@cc.export('bound_twice', 'f8(f8)')
def bound_twice(x):
    e = 2.0
    try:
        y = 1.0 / x
    except ZeroDivisionError as e:
        raise e
    return y


@cc.export('bare_outside', 'f8(f8)')
def bare_outside(x):
    if x < 0.0:
        raise
    return x


@cc.export('from_cause', 'f8(f8)')
def from_cause(x):
    try:
        y = 1.0 / x
    except ZeroDivisionError as e:
        raise ValueError("x") from e
    return y


@cc.export('other_class', 'f8(f8[:, :])')
def other_class(m):
    try:
        d = np.linalg.det(np.linalg.inv(m))
    except np.linalg.LinAlgError:
        d = 0.0
    return d
