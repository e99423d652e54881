# The walrus `:=` in the places it always runs: if/elif/while tests,
# assignments, returns, `for` iterables, asserts, calls' arguments, and
# list comprehensions (the target bound in the function, as Python's
# scope for it); operands evaluated before it keep Python's order.
from pycc import CC

cc = CC('walrus')


def trace(x):
    print('trace', x)
    return x


@cc.export('if_test', 'i8(i8)')
def if_test(n):
    if (y := n * 2) > 5:
        return y
    elif (z := y + 1) > 3:
        return z * 100
    return -y


@cc.export('while_count', 'i8(i8)')
def while_count(n):
    s = 0
    while (n := n - 1) > 0:
        if n == 7:
            continue
        s += n
    return s * 1000 + n


@cc.export('while_break', 'f8(f8)')
def while_break(x):
    k = 0
    while (h := x / 2.0) > 1.0:
        x = h
        k += 1
        if k > 5:
            break
    return x + k * 100 + h


@cc.export('comp_filter', 'i8(i8)')
def comp_filter(n):
    xs = [y for i in range(n) if (y := i * i) % 2 == 0]
    return len(xs) * 10000 + sum(xs) * 10 + (y if n > 0 else -1)


@cc.export('comp_nested', 'i8(i8)')
def comp_nested(n):
    i = 100
    xs = [(s := i + j) for i in range(n) for j in range(i) if j % 2 == 0]
    return sum(xs) * 1000 + i + (s if n > 2 else 0)


@cc.export('order', 'i8(i8)')
def order(n):
    # trace(n) runs before the walrus's trace(n + 1), and `n` on the left
    # is read before `n` is rebound.
    a = trace(n) * 10 + (m := trace(n + 1))
    b = n + (n := 5)
    return a * 1000 + b * 10 + m


@cc.export('in_call', 'i8(i8)')
def in_call(n):
    return max(n, (k := n * 3 - 4), k + 1) + k


@cc.export('in_return', 'f8(f8)')
def in_return(x):
    return (r := x * 0.5) + r


@cc.export('boolop_first', 'i8(i8)')
def boolop_first(n):
    if (m := n % 4) and m > 1:
        return m
    return -m


@cc.export('chain_first', 'i8(i8)')
def chain_first(n):
    if 0 < (k := n - 3) < 5:
        return k
    return k * 10


@cc.export('assert_walrus', 'i8(i8)')
def assert_walrus(n):
    assert (q := n * n) < 50, "too big"
    return q


@cc.export('for_iter', 'i8(i8)')
def for_iter(n):
    s = 0
    for i in range(k := n + 2):
        s += i * k
    return s


@cc.export('tuple_walrus', 'i8(i8)')
def tuple_walrus(n):
    t = ((a := n + 1), a * 2, (b := a * 3))
    return t[0] + t[1] * 10 + t[2] * 100 + b


N = [-3, 0, 1, 2, 3, 4, 5, 8, 9, 20]
CASES = {
    'if_test': [(n,) for n in N],
    'while_count': [(n,) for n in N],
    'while_break': [(x,) for x in (0.5, 3.0, 100.0, 1e6, float('inf'), float('nan'), -2.0)],
    'comp_filter': [(n,) for n in N],
    'comp_nested': [(n,) for n in N],
    'order': [(n,) for n in N],
    'in_call': [(n,) for n in N],
    'in_return': [(x,) for x in (0.0, -1.5, 3.25, float('nan'))],
    'boolop_first': [(n,) for n in N],
    'chain_first': [(n,) for n in N],
    'assert_walrus': [(n,) for n in N],
    'for_iter': [(n,) for n in N],
    'tuple_walrus': [(n,) for n in N],
}
