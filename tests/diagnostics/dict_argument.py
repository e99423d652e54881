from pycc import CC
cc = CC('m')


@cc.export('dict_arg', 'i8(DictType(i8, f8))')
def dict_arg(d):
    return len(d)
