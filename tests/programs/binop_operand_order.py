# A binary operator's right operand that pycc computes before the statement
# (`xs.pop()`, `L.index(v)`) runs after the left operand reads what it
# changes, as Python evaluates left to right: `xs[-1] * 2 - xs.pop()` and
# `xs[-1] == xs.pop()` read
# the last item before popping it. The left operand was read after the pop.
# Found by the `mixed` fuzzer (seed 102: `xs[0] = xs[-1] * 2 - xs.pop(1)`
# of a reflected list argument), reduced.
from pycc import CC

cc = CC('binop_operand_order')


@cc.export('store_item', 'i8(i8)')
def store_item(n):
    xs = [1, 2, n]
    xs[0] = xs[-1] * 2 - xs.pop()
    return xs[0] * 10 + len(xs)


@cc.export('assign', 'i8(i8)')
def assign(n):
    xs = [1, 2, n, n + 1]
    y = len(xs) + xs.pop(1) * 100
    z = xs[1] - xs.pop(0) + sum(xs)
    return y * 1000 + z


@cc.export('both_pop', 'i8(i8)')
def both_pop(n):
    xs = [n, 2 * n, 3, 4]
    return xs.pop() * 10 - xs.pop() + xs[-1]


@cc.export('reflected', 'i8(List(int64), i8)')
def reflected(xs, n):
    xs.append(n % 100)
    if len(xs) > 1:
        xs[0] = xs[-1] * 2 - xs.pop(1)
    return sum(xs)


@cc.export('compare', 'b1(i8)')
def compare(n):
    xs = [1, 2, n]
    return xs[-1] == xs.pop()


@cc.export('chain_reads', 'i8(i8, f8)')
def chain_reads(i, x):
    # A comparison chain's second operand may read a list (computed first,
    # which nothing on its left can tell); a later operand may not (it
    # would run even when the first comparison fails): a diagnostic,
    # tests/diagnostics/chain_list_method.py.
    L = [1.0, 2.0, 4.0]
    r = 0
    if 0 <= i < len(L):
        r += 1
    if x < min(L) < 5:
        r += 10
    if L[0] < x <= L[-1]:
        r += 100
    return r


CASES = {
    'chain_reads': [(1, 1.5), (5, 0.0), (0, 4.0), (-1, 9.0)],
    'compare': [(7,), (2,)],
    'store_item': [(7,), (-3,)],
    'assign': [(5,), (0,)],
    'both_pop': [(1,), (9,)],
    'reflected': [([7], -1), ([], 5), ([1, 2, 3], 40)],
}
