# Control flow, comparisons and boolean operators against CPython.
# differential: --fastmath
# (and once more with fastmath: floats within tests/differential.py's tolerance)
from pycc import CC

cc = CC('control')
LIMIT = 1000

INTS = [0, 1, -1, 2, 7, -7, 100, 2**31 - 1, -2**31]
FLOATS = [0.0, -0.0, 1.5, -2.5, 1e300, -1e-310, float('inf'), float('-inf'), float('nan')]


@cc.export('sign', 'i4(f8)')
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    else:
        return 0


@cc.export('between', 'b1(i8, i8, i8)')
def between(a, b, c):
    return a <= b < c and not (a == c)


@cc.export('chain_lazy', 'b1(i8, i8, i8)')
def chain_lazy(a, b, n):
    # 10 // n runs only when the comparisons before it held; b * 2 once.
    return a < b * 2 <= 10 // n != a


@cc.export('chain_nested', 'b1(i8, i8)')
def chain_nested(a, b):
    # A middle operand of a chain is computed once: nested 15 deep this
    # compiles in linear time (copied, 2**15 times).
    return a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= (a <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b) <= b


@cc.export('pick', 'f8(f8, f8)')
def pick(a, b):
    return a or b


@cc.export('both', 'i8(i8, i8)')
def both(a, b):
    return a and b


@cc.export('down', 'i8(i8, i8)')
def down(start, stop):
    t = 0
    for k in range(start, stop, -3):
        if k == 3:
            continue
        if k < -40:
            break
        t = t * 7 + k
    return t


@cc.export('count_while', 'i8(i8)')
def count_while(n):
    steps = 0
    while n > 1 and steps < LIMIT:
        n = n - 2 if n > 10 else n - 1
        steps += 1
    return steps


@cc.export('nested', 'i8(i8)')
def nested(n):
    total = 0
    for i in range(n):
        for j in range(i, n):
            if (i + j) * 1 == 5:
                continue
            total += i * j
            if total > 500:
                break
    return total


@cc.export('floats_cmp', 'b1(f8, f8)')
def floats_cmp(a, b):
    return (a < b) or (a == b) or (a != a)


@cc.export('truthy', 'i8(f8)')
def truthy(x):
    if x:
        return 1
    if not x:
        return 2
    return 3


@cc.export('widen', 'f8(i8)')
def widen(n):
    acc = 0
    for i in range(n):
        acc = acc + i
        if acc > 10:
            acc = acc * 0.5
    return acc


@cc.export('unsigned_cmp', 'b1(u8, u8)')
def unsigned_cmp(a, b):
    return a < b


@cc.export('ranges', 'i8(i8)')
def ranges(n):
    t = 0
    for i in range(n, n + 5):
        t += i
    for i in range(3):
        t -= i
    for i in range(2**62, 2**62 + 3, 2):
        t += 1
    return t


CASES = {
    'sign': [(x,) for x in FLOATS],
    'between': [(a, b, c) for a in [0, 1, 3] for b in [0, 1, 3] for c in [1, 3]],
    'pick': [(a, b) for a in FLOATS for b in [0.0, 2.5]],
    'chain_lazy': [(a, b, n) for a in [0, 3, 30] for b in [-1, 2, 20] for n in [0, 1, -3]],
    'chain_nested': [(a, b) for a in [-1, 0, 1, 2] for b in [-1, 0, 1, 2]],
    'both': [(a, b) for a in [0, 3, -1] for b in [0, 5]],
    'down': [(s, e) for s in [10, 3, -50, 100] for e in [-5, 0, 20]],
    'count_while': [(n,) for n in [0, 1, 2, 11, 25, 10**9]],
    'nested': [(n,) for n in [0, 1, 5, 20, 60]],
    'floats_cmp': [(a, b) for a in FLOATS for b in FLOATS],
    'truthy': [(x,) for x in FLOATS],
    'widen': [(n,) for n in [0, 3, 5, 20]],
    'unsigned_cmp': [(a, b) for a in [0, 1, 2**63, 2**64 - 1] for b in [0, 2**63]],
    'ranges': [(n,) for n in [0, -10, 2**62]],
}


@cc.export('fib_tuple', 'i8(i8)')
def fib_tuple(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


@cc.export('var_step', 'i8(i8, i8, i8)')
def var_step(start, stop, step):
    t = 0
    for k in range(start, stop, step):
        t = t * 3 + k
    return t


@cc.export('swap_types', 'f8(i8, f8)')
def swap_types(a, b):
    a, b = b, a
    return a - b


CASES.update({
    'fib_tuple': [(n,) for n in [0, 1, 2, 10, 90]],
    'var_step': [(s, e, k) for s in [-5, 0, 7] for e in [-6, 0, 9] for k in [1, 2, -1, -3, 0, 2**63 - 1, -2**63]],
    'swap_types': [(3, 2.5), (-1, 0.0)],
})
