# Exports called with fewer arguments use the parameter's default, and
# keyword arguments, as CPython calls the function; argument errors raise
# CPython's TypeError with its message (issue 16 item 4).
from pycc import CC

cc = CC('defaults_call')
N = 4


@cc.export('lin', 'f8(f8, f8, i8)')
def lin(a, D=1, k=N):
    return a * D + k


@cc.export('flags', 'i8(i8, b1, i4)')
def flags(a, neg=False, bias=-2**31):
    return -a + bias if neg else a + bias


@cc.export('two', 'f8(f8, f8)')
def two(x, y=0.5):
    return x - y


CASES = {
    'lin': [
        (2.0,), (2.0, 3.0), (2.0, -0.0, 7), (float('nan'),),
        {'args': (2.0,), 'kwargs': {'k': 5}},
        {'kwargs': {'a': 1.0, 'D': 0.5}},
        {'kwargs': {'k': 1, 'a': -3.0}},
        {'kwargs': {}},
        {'args': (1.0, 2.0, 3, 4), 'kwargs': {}},
        {'args': (1.0,), 'kwargs': {'x': 2}},
        {'args': (1.0, 2.0), 'kwargs': {'D': 3.0}},
    ],
    'flags': [(5,), (5, True), (5, False, 7), {'args': (3,), 'kwargs': {'bias': 1}}, {'kwargs': {'neg': True}}],
    'two': [(1.0,), (1.0, 2.0), {'kwargs': {'y': 1.0, 'x': 0.25}}, {'args': (1.0, 2.0, 3.0), 'kwargs': {}}],
}
