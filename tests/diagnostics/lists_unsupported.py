import numpy as np
import heapq
from pycc import CC
cc = CC('m')


@cc.export('untyped', 'i8(i8)')
def untyped(n):
    xs = []
    return len(xs) + n


@cc.export('of_arrays', 'i8(f8[:])')
def of_arrays(a):
    xs = [a, a]
    return helper(xs)


@cc.export('of_lists', 'i8(i8)')
def of_lists(n):
    xs = [[n, 1], [2]]
    return sum(xs)


@cc.export('lists_and_numbers', 'i8(i8)')
def lists_and_numbers(n):
    xs = [[n, 1], [2]]
    xs.append(n)
    return len(xs)


@cc.export('row_as_number', 'i8(i8)')
def row_as_number(n):
    xs = [[n, 1], [2]]
    return xs[0] + 1


def helper(rows):
    return len(rows)


@cc.export('pass_rows', 'i8(i8)')
def pass_rows(n):
    xs = [[n, 1], [2]]
    return helper(xs)


@cc.export('untyped_rows', 'i8(i8)')
def untyped_rows(n):
    g = [[] for _ in range(n)]
    return len(g)



@cc.export('returned', '(i8,)')
def returned(n):
    return [(np.int32(n), n)]  # a flat tuple with an int32 part


@cc.export('method', 'i8(i8)')
def method(n):
    xs = [n, 1]
    xs.copy(1)
    return xs[0]


def put_float(xs):
    xs.append(0.5)


@cc.export('caller_type', 'i8(i8)')
def caller_type(n):
    xs = [n]
    put_float(xs)
    return xs[0]


@cc.export('mixed', 'i8(i8)')
def mixed(n):
    xs = [n]
    xs.append((n, n))
    return xs[0]


@cc.export('as_number', 'i8(i8)')
def as_number(n):
    xs = [n]
    return xs + 1


@cc.export('row_augmented', 'i8(i8)')
def row_augmented(n):
    xs = [[n, 1], [2]]
    xs[0] += 1
    return len(xs)


@cc.export('pop_in_arm', 'i8(i8)')
def pop_in_arm(n):
    h = [3, 1, 2]
    x = 1 + (h.pop() if n > 0 else 0)
    return x + len(h)


@cc.export('nested_row_passed', 'i8(i8)')
def nested_row_passed(n):
    rows = [[((0, 0), 0)] for _ in range(n)]
    return helper(rows[0])


@cc.export('nested_slice_passed', 'i8(i8)')
def nested_slice_passed(n):
    pts = [((i, -i), i * i) for i in range(n)]
    return helper(pts[1:])


@cc.export('heap_of_rows', 'i8(i8)')
def heap_of_rows(n):
    h = [[n]]
    heapq.heapify(h)
    return len(h)


@cc.export('array_of_nested', 'f8(i8)')
def array_of_nested(n):
    pts = [((i, -i), i * i) for i in range(n)]
    return np.array(pts).sum()
