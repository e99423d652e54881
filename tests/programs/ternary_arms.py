# differential-python: numpy
# A conditional expression whose arm needs statements before it (a list's
# max/min/sum, pop) as the whole value of an assignment or a return: the
# arm runs only when taken, as in CPython (an empty list's max() in the
# untaken arm must not raise).
import numpy as np
from pycc import CC

cc = CC('ternary_arms_prog')


@cc.export('max_or', 'i8(i8)')
def max_or(n):
    lst = []
    for i in range(n):
        lst.append(i * 3 % 7)
    m = max(lst) if len(lst) > 0 else -1
    return m


@cc.export('min_or_sum', 'f8(i8)')
def min_or_sum(n):
    lst = [1.5]
    for i in range(n):
        lst.append(i * 0.5 - 1.0)
    return min(lst) if n > 2 else sum(lst)


@cc.export('pop_or', 'i8(i8)')
def pop_or(n):
    lst = []
    for i in range(n):
        lst.append(i)
    x = lst.pop() if n % 2 == 0 else 0
    return x + len(lst)


@cc.export('nested', 'i8(i8)')
def nested(n):
    lst = []
    for i in range(n):
        lst.append(10 - i)
    return max(lst) if n > 3 else (min(lst) if n > 0 else 99)


@cc.export('sorted_first', 'f8(f8[:], i8)')
def sorted_first(a, k):
    x = np.sort(a)[k] if a.shape[0] > k else -1.0
    return x


@cc.export('top', 'i8(f8[:])')
def top(a):
    return np.argsort(a)[::-1][0] if a.shape[0] > 0 else -1


# An augmented assignment to a name of such a conditional (found by
# fuzz/programs language): an `if` statement too.
@cc.export('aug_arms', 'f8(i8, f8)')
def aug_arms(n, x):
    fl = []
    for i in range(n):
        fl.append(x * i)
    fs = 0.5
    fs += fl.index(x) if x in fl else -1
    for i in range(3):
        fs -= fl[i % len(fl)] if fl else 1.0
        fs *= max(fl) if len(fl) > 1 else 2.0
    k = 3
    k //= int(fl.pop()) if fl else 1
    return fs + k


CASES = {
    'max_or': [(n,) for n in range(6)],
    'min_or_sum': [(n,) for n in range(6)],
    'pop_or': [(n,) for n in range(6)],
    'nested': [(n,) for n in range(6)],
    'sorted_first': [(np.array([3.0, 1.0, 2.0]), k) for k in range(5)] + [(np.zeros(0), 0)],
    'aug_arms': [(n, x) for n in (0, 1, 2, 5) for x in (0.0, 1.5, -2.0)],
    'top': [(np.array([3.0, 1.0, 2.0]),), (np.zeros(0),)],
}
