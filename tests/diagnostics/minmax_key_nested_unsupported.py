from pycc import CC

cc = CC('minmax_key_nested_unsupported')


def neg(x):
    return -x


@cc.export('nested_bool', 'i8(i8)')
def nested_bool(n):
    xs = [i % 3 for i in range(n)]
    # After `and` inside a larger expression: CPython computes max only when n > 0.
    return 1 + (n > 0 and max(xs, key=neg))


@cc.export('while_test', 'i8(i8)')
def while_test(n):
    xs = [i % 3 for i in range(n)]
    k = 0
    # A while test runs before every pass: nothing can be computed once before it.
    while n > k and sum([x // (n - k - 1) for x in xs]) >= 0:
        k += 1
    return k
