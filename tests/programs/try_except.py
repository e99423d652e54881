# differential-python: numpy
# try/except/else: by class (subclasses too, tuples of classes), bare except and
# except Exception, an exception from pycc's checks, a raise, a helper, numpy or
# CPython's str functions caught; unmatched ones passed on; raises in a handler;
# nested tries; return/break in try bodies; UnboundLocalError after a caught one.
from pycc import CC
import numpy as np
cc = CC('try_except')


def helper(x):
    if x < 0:
        raise ValueError("negative")
    return x * 2


@cc.export('safe_div', 'f8(f8, f8)')
def safe_div(a, b):
    try:
        r = a / b
    except ZeroDivisionError:
        r = 0.0
    return r


@cc.export('bare', 'i8(i8[:], i8)')
def bare(a, i):
    try:
        v = a[i]
    except:
        v = -1
    return v


@cc.export('with_else', 'i8(i8)')
def with_else(x):
    out = 0
    try:
        y = helper(x)
    except Exception:
        out = -100
    else:
        out = y + 1
    return out


@cc.export('unmatched', 'i8(i8)')
def unmatched(x):
    try:
        y = helper(x)
    except KeyError:
        y = 7
    return y


@cc.export('in_loop', 'i8(i8[:])')
def in_loop(a):
    s = 0
    for i in range(a.shape[0] + 2):
        try:
            s += 10 // int(a[i])
        except (ZeroDivisionError, IndexError):
            s += 1000
    return s


@cc.export('reraise_other', 'i8(i8)')
def reraise_other(x):
    try:
        if x > 5:
            raise RuntimeError("big")
        y = helper(x)
    except ValueError:
        raise KeyError(x)
    return y


@cc.export('nested', 'i8(i8)')
def nested(x):
    try:
        try:
            y = helper(x)
        except TypeError:
            y = 1
    except ValueError:
        y = 2
    return y


@cc.export('ret_in_try', 'f8(f8)')
def ret_in_try(x):
    try:
        return 1.0 / x
    except ZeroDivisionError:
        return float('inf')
@cc.export('unbound', 'i8(i8)')
def unbound(x):
    try:
        y = helper(x)
    except ValueError:
        pass
    return y


@cc.export('arrays', 'f8(i8)')
def arrays(n):
    total = 0.0
    for k in range(n):
        b = np.ones(k + 1)
        try:
            c = b / (k - 2.5)
            total += c.sum()
            if k == 4:
                raise ValueError("four")
        except ValueError:
            total += 100.0
    return total


@cc.export('np_error', 'f8(f8[:, :])')
def np_error(m):
    try:
        return np.linalg.det(np.linalg.inv(m))
    except Exception:
        return -1.0


@cc.export('str_err', 'i8(unicode_type)')
def str_err(s):
    try:
        return int(s)
    except ValueError:
        return -1


@cc.export('loop_break', 'i8(i8[:])')
def loop_break(a):
    i = 0
    while True:
        try:
            v = a[i]
        except IndexError:
            break
        i += 1
    return i


@cc.export('overflow', 'i8(f8)')
def overflow(x):
    try:
        return int(x)
    except OverflowError:
        return 1
    except ValueError:
        return 2



CASES = {
    'safe_div': [(1.0, 0.0), (1.0, 2.0), (-0.0, 0.0)],
    'bare': [(np.array([1, 0, 5], dtype=np.int64), 1), (np.array([1, 0, 5], dtype=np.int64), 9),
             (np.array([1, 0, 5], dtype=np.int64), -3)],
    'with_else': [(3,), (-3,), (0,)],
    'unmatched': [(3,), (-3,)],
    'in_loop': [(np.array([1, 0, 5], dtype=np.int64),), (np.array([], dtype=np.int64),)],
    'reraise_other': [(1,), (-1,), (9,)],
    'nested': [(-1,), (4,)],
    'ret_in_try': [(0.0,), (4.0,)],
    'unbound': [(3,), (-3,)],
    'arrays': [(6,), (0,), (3,)],
    'np_error': [(np.eye(2),), (np.zeros((2, 2)),), (np.array([[1.0, 2.0], [3.0, 4.0]]),)],
    'str_err': [('12',), ('x',), (' -7 ',)],
    'loop_break': [(np.arange(4),), (np.arange(0),)],
    'overflow': [(float('inf'),), (float('nan'),), (2.5,)],
}
