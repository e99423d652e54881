# differential-python: numpy
# numba's typed-list constructors inside expressions (syntax/typedlist.rs):
# `List.empty_list(T)` appended to a list of lists or made by a
# comprehension inside `List([...])`, `List(xs)` of an array, a range and a
# list (a new list holding the same items), `typed.List(xs)` as an argument,
# `List()` rebinding a loop's work list; and exports declaring a list of
# lists of numbers as their result, alone or in a tuple.
import numpy as np
from numba import njit, typed, types
from numba.typed import List
from pycc import CC

cc = CC('typed_list_ctors')


@njit
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


@cc.export('group_sizes', 'i8[:](i8[:], i8)')
def group_sizes(labels, k):
    groups = List([List.empty_list(types.int64) for _ in range(k)])
    for v in range(labels.shape[0]):
        groups[labels[v]].append(v)
    out = np.zeros(k, dtype=np.int64)
    for g in range(k):
        out[g] = len(groups[g]) * 100 + total(groups[g])
    return out


@cc.export('runs', '(f8[:],)')
def runs(a):
    # A new inner list each time the value changes.
    out = List()
    last = np.nan
    for i in range(a.shape[0]):
        if a[i] != last:
            last = a[i]
            out.append(List.empty_list(types.int64))
        out[-1].append(i)
    return out


@cc.export('runs_declared', 'ListType(ListType(int64))(f8[:])')
def runs_declared(a):
    out = List.empty_list(types.ListType(types.int64))
    for i in range(a.shape[0]):
        if i == 0 or a[i] < a[i - 1]:
            out.append(List.empty_list(types.int64))
        out[-1].append(i * 10)
    return out


@cc.export('grouped', 'Tuple((i8, ListType(ListType(float64)), i8[:]))(i8[:], f8[:], i8)')
def grouped(labels, w, k):
    rows = List([List.empty_list(types.float64) for _ in range(k)])
    for v in range(labels.shape[0]):
        rows[labels[v]].append(w[v] * 0.5)
    sizes = np.zeros(k, dtype=np.int64)
    for g in range(k):
        sizes[g] = len(rows[g])
    return k, rows, sizes


@cc.export('frontier', 'i8(i8[:], i8)')
def frontier(counts, rounds):
    todo = List(np.arange(counts.shape[0], dtype=np.int64))
    done = 0
    for r in range(rounds):
        cur = todo
        todo = List.empty_list(types.int64)
        for c in cur:
            if counts[c] > r:
                done += 1
                todo.append(c)
    return done * 1000 + len(todo)


@cc.export('copied', 'i8(i8)')
def copied(n):
    base = [i * 3 for i in range(n)]
    c = List(base)
    c.append(-1)
    r = List(range(n))
    return len(base) * 10000 + len(c) * 100 + total(r) + total(c)


@cc.export('fresh_arg', 'i8(i8)')
def fresh_arg(n):
    return total(typed.List(range(n))) + len(List(range(n)))


CASES = {
    'group_sizes': [(np.array([0, 1, 0, 2, 1, 0]), 3), (np.array([1, 1]), 3), (np.array([], np.int64), 2)],
    'runs': [(np.array([1.0, 1.0, 2.0, 2.0, 2.0, 1.0]),), (np.array([5.0]),), (np.array([np.nan, np.nan]),)],
    'runs_declared': [(np.array([1.0, 1.0, 2.0, 3.0, 3.0]),), (np.array([], np.float64),)],
    'grouped': [(np.array([0, 1, 0, 2]), np.array([1.0, 2.5, -3.0, 0.1]), 3), (np.array([1, 1]), np.array([2.0, 4.0]), 3)],
    'frontier': [(np.array([3, 0, 1, 2]), 4), (np.array([], np.int64), 2)],
    'copied': [(5,), (0,)],
    'fresh_arg': [(4,), (0,)],
}
