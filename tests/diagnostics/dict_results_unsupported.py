from pycc import CC
cc = CC('m')


@cc.export('str_keyed', '(i8,)')
def str_keyed(n):
    d = {'a': n}
    return d


@cc.export('declared_other', 'DictType(i4, f8)(i8)')
def declared_other(n):
    d = {n: 1.5}
    return d
