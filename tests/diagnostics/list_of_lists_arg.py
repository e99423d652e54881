from pycc import CC
cc = CC('m')


# A list of lists is an export's result only (a new Python list of lists),
# not an argument, nor a list nested deeper.
@cc.export('rows', 'i8(ListType(ListType(int64)))')
def rows(xs):
    return len(xs)


@cc.export('pair_rows', 'i8(Tuple((i8, List(List(f8)))))')
def pair_rows(t):
    return t[0]


@cc.export('deeper', 'ListType(ListType(ListType(int64)))(i8)')
def deeper(n):
    return [[[n]]]
