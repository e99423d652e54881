from pycc import CC
cc = CC('m')


@cc.export('g', 'i8(i8)')
def g(n):
    # The first use of `total` is not an assignment of it.
    if n > 0:
        total = 1
    else:
        total = 2

    def add(x):
        nonlocal total
        total += x

    add(n)
    return total


@cc.export('h', 'i8(i8)')
def h(n):
    # A comprehension binds the same name.
    k = 0

    def inc():
        nonlocal k
        k += 1

    inc()
    return sum([k for k in range(n)])
