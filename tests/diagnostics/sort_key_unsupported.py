from pycc import CC

cc = CC('sort_key_unsupported')


@cc.export('two_params', 'i8(i8[:])')
def two_params(a):
    b = sorted(a, key=lambda x, y: x - y)
    return b[0]


@cc.export('other_keyword', 'i8(i8[:])')
def other_keyword(a):
    lst = list(a)
    lst.sort(cmp=None)
    return lst[0]
