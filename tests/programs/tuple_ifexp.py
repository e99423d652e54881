# A conditional expression choosing between tuple literals, assigned or
# returned (the corpus's numba_config_pairs: `inv = (-b, a) if a > 0 else (b, -a)`).
from pycc import CC

cc = CC('tuple_ifexp')


@cc.export('rotate', '(i8, i8)')
def rotate(a, b):
    inv = (-b, a) if a > 0 else (b, -a)
    x, y = inv
    return x * 10 + y


@cc.export('pick', '(i8, f8)')
def pick(k, v):
    return (k, v) if k % 2 == 0 else (k + 1, -v)


CASES = {
    'rotate': [(1, 2), (0, 5), (-3, -4)],
    'pick': [(2, 1.5), (3, 1.5), (-1, 0.0)],
}
