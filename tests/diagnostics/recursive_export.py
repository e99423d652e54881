from pycc import CC
cc = CC('m')

@cc.export('spin', '(i8,)')
def spin(n):
    # An export whose every return recurses: nothing to infer its type from.
    return spin(n - 1) * 2
