# A conditional expression inside a larger expression whose arm needs
# statements before it (a list slice, a list method, max/sum of a list):
# the arm runs only when taken, and the operands before it keep CPython's
# order (found by fuzz/programs: `1.0 + (sum(lst[1:k]) if k > 0 else ...)`).
from pycc import CC

cc = CC('ternary_nested_arms_prog')


def build(n):
    lst = [1.0, 2.0, 3.0]
    for i in range(n):
        lst.append(i * 0.5)
    return lst


@cc.export('slice_arm', 'f8(i8, i8)')
def slice_arm(n, k):
    lst = build(n)
    return 1.0 + (sum(lst[1:k]) if k > 0 else lst.index(2.0))


@cc.export('method_arm', 'f8(i8)')
def method_arm(n):
    lst = build(n)
    x = len(lst) * 2.0 - (lst.pop() if n % 2 == 0 else lst.count(1.0))
    return x + len(lst)


@cc.export('empty_untaken', 'f8(i8)')
def empty_untaken(n):
    lst = []
    for i in range(n):
        lst.append(i * 1.5)
    y = 0.5
    y += 2.0 * (max(lst) if lst else -1.0) + min(3.0, min(lst) if n > 1 else 9.0)
    return y


@cc.export('order', 'i8(i8)')
def order(n):
    lst = [3, 1, 2]
    for i in range(n):
        lst.append(i)
    # len(lst) is read before the pop, as CPython does.
    return len(lst) * 100 + (lst.pop() if n > 0 else 7) * 10 + len(lst)


@cc.export('nested', 'f8(i8)')
def nested(n):
    lst = build(n)
    return (lst[-1] if n > 2 else 0.0) + ((sum(lst[::2]) if n > 3 else max(lst)) if n > 1 else lst[0]) * 0.5


@cc.export('in_call', 'f8(i8)')
def in_call(n):
    lst = build(n)
    return abs(lst[0] - (sorted(lst)[1] if n > 0 else 0.25))


@cc.export('stmt_arm', 'i8(i8)')
def stmt_arm(n):
    lst = [5, 6]
    for i in range(n):
        lst.append(i)
    lst.append(lst.pop() * 2 if n > 0 else len(lst[1:]))
    return sum(lst)


CASES = {
    'slice_arm': [(n, k) for n in (0, 1, 4) for k in (0, 1, 2, 5)],
    'method_arm': [(n,) for n in range(5)],
    'empty_untaken': [(n,) for n in range(4)],
    'order': [(n,) for n in range(4)],
    'nested': [(n,) for n in range(6)],
    'in_call': [(n,) for n in range(4)],
    'stmt_arm': [(n,) for n in range(4)],
}
