from pycc import CC

cc = CC('generator_unsupported')


def squares(n):
    for i in range(n):
        yield i * i


@cc.export('stepped', 'i8(i8)')
def stepped(n):
    g = squares(n)
    first = next(g)
    t = first
    for v in g:
        t += v
    return t
