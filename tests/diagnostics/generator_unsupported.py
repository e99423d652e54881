from pycc import CC

cc = CC('generator_unsupported')


def squares(n):
    for i in range(n):
        yield i * i


@cc.export('as_list', 'i8(i8)')
def as_list(n):
    g = squares(n)
    t = 0
    for v in g:
        t += v
    return t
