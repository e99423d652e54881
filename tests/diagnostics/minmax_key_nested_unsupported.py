from pycc import CC

cc = CC('minmax_key_nested_unsupported')


def neg(x):
    return -x


@cc.export('after_call', 'i8(i8)')
def after_call(n):
    xs = [i % 3 for i in range(n)]
    # neg(n) runs before max: its effects and errors come first in CPython.
    return neg(n) + max(xs, key=neg)


@cc.export('conditional', 'i8(i8)')
def conditional(n):
    xs = [i % 3 for i in range(n)]
    return n > 0 and max(xs, key=neg)
