# print(...) in compiled code: CPython's own print, so the text (float
# reprs, tuples, sep/end) and sys.stdout are CPython's.
from pycc import CC

cc = CC('printing_prog')


def show(x):
    print('odd', x, sep=': ')


@cc.export('numbers', 'i8(i8, f8, b1)')
def numbers(n, x, flag):
    print(n, x, flag)
    print(-n, x * 3, x / 7, not flag, n > 0)
    print(1e16, 1e-5, 0.1 + 0.2, -0.0, 2.5e-310)
    print(x * 1e308, -x * 1e308, (x * 1e308) - (x * 1e308))
    return n


@cc.export('texts', 'void(i8)')
def texts(n):
    print('plain', "with 'quotes'", 'naïve ∑ €', '')
    print()
    print('a', n, 'b', sep='')
    print('no newline', end='')
    print(' then', n, sep=None, end=None)
    print('x', 'y', sep=', ', end='.\n', flush=True)
    print('tab\tand\nnewline')


@cc.export('tuples', 'f8(i8, f8)')
def tuples(n, x):
    t = (n, x)
    print(t)
    print((n,), (x, n > 1, 'in a tuple'), ((n, n), x))
    a, b = divmod(n, 3)
    print(divmod(n, 3), a, b)
    print(complex(x, -1.5), complex(0.0, x))
    return x


@cc.export('loop', 'i8(i8)')
def loop(n):
    s = 0
    for i in range(n):
        s += i * i
        if i % 2 == 0:
            print(i, s)
        else:
            show(i)
    return s


@cc.export('then_raises', 'i8(i8)')
def then_raises(n):
    print('before', n)
    if n > 2:
        raise ValueError('too big')
    print('after', 10 // n)
    return n


@cc.export('unsigned', 'u8(u8, i4)')
def unsigned(u, k):
    print(u, k)
    return u


CASES = {
    'numbers': [(0, 0.0, False), (7, 1.25, True), (-3, -2.5e-8, True), (1, float('nan'), False)],
    'texts': [(5,), (-1,)],
    'tuples': [(4, 0.5), (-7, 1e20)],
    'loop': [(0,), (5,)],
    'then_raises': [(1,), (0,), (5,)],
    'unsigned': [(0, -5), (2**64 - 2, 2**31 - 1)],
}
