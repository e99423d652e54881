from pycc import CC

cc = CC('lang20_forms')


@cc.export('tuple_of_list', '(i8,)')
def tuple_of_list(n):
    xs = [n, n + 1]
    return tuple(xs)


@cc.export('grouped', '(i8[:],)')
def grouped(a):
    d = {}
    for v in a:
        d.setdefault(v % 3, []).append(v)
    # A dict of lists returned (local ones work: tests/programs/dict_list_values.py).
    return d
