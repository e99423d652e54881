from pycc import CC
cc = CC('m')


@cc.export('returned', 'i8(i8)')
def returned(n):
    s = {n, 1}
    return s


@cc.export('of_tuples', 'i8(i8)')
def of_tuples(n):
    s = {(n, 1)}
    s.add(((n, 1), 2))
    return s.pop()


@cc.export('of_strs', 'i8(i8)')
def of_strs(n):
    s = set()
    s.add('a')
    return len(s)


@cc.export('printed', 'i8(i8)')
def printed(n):
    s = {n}
    print(s)
    return n


@cc.export('rebound', 'i8(i8)')
def rebound(n):
    s = {n}
    s = n
    return s


@cc.export('union_list', 'i8(i8)')
def union_list(n):
    s = {n}
    t = s.union([1, 2])
    return len(t)


@cc.export('bad_op', 'i8(i8)')
def bad_op(n):
    s = {n}
    s += {1}
    return len(s)


@cc.export('unknown_method', 'i8(i8)')
def unknown_method(n):
    s = {n}
    s.frobnicate()
    return len(s)


@cc.export('compare_number', 'i8(i8)')
def compare_number(n):
    s = {n}
    return 1 if s == n else 0


@cc.export('mixed_items', 'i8(i8)')
def mixed_items(n):
    s = {n}
    s.add((n, n))
    return len(s)


@cc.export('tuple_target', 'i8(i8)')
def tuple_target(n):
    s = {n}
    for a, b in s:
        n += a
    return n
