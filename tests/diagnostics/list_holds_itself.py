# A list put into itself, directly or through another list: a diagnostic,
# not a type inference that links the item type one level deeper forever
# (it hung the compiler; fuzz13).
from pycc import CC

cc = CC('list_holds_itself')


@cc.export('direct', 'i8(i8)')
def direct(n):
    a = []
    a.append(a)
    return len(a)


@cc.export('crossed', 'i8(i8)')
def crossed(n):
    a = []
    b = []
    a.append(b)
    b.append(a)
    return len(a) + len(b)
