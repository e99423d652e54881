from pycc import CC
cc = CC('m')


@cc.export('array_of_str', 'i8(unicode_type[:], Tuple(unicode_type, i8))')
def array_of_str(s, t):
    return 0
