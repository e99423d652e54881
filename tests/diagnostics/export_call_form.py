# The call form `cc.export(name, sig)(func)` needs a `def` passed by name;
# any other use of `cc.export` would leave a function silently missing.
from pycc import CC

cc = CC('call_form')


def f(x):
    return x


cc.export('f', 'f8(f8)')(f, f)
sq = cc.export('sq', 'f8(f8)')(lambda x: x * x)
cc.export('g', 'f8(f8)')(undefined_function)
exporter = cc.export
for name in ['a', 'b']:
    exporter(name, 'f8(f8)')(f)
