from pycc import CC

cc = CC('list_dicts_unsupported')


def helper(L):
    return len(L[0])


@cc.export('passed', 'i8(i8)')
def passed(n):
    L = [{} for _ in range(n)]
    L[0][1] = 2
    return helper(L)


@cc.export('mixed', 'i8(i8)')
def mixed(n):
    L = [{} for _ in range(n)]
    L.append(3)
    return len(L)


@cc.export('in_while', 'i8(i8)')
def in_while(n):
    L = [{1: 2} for _ in range(n)]
    x = 0
    while 1 in L[x]:
        x += 1
    return x


@cc.export('as_number', 'i8(i8)')
def as_number(n):
    L = [{1: 2} for _ in range(n)]
    return L[0] + 1


@cc.export('sorted_dicts', 'i8(i8)')
def sorted_dicts(n):
    L = [{1: 2} for _ in range(n)]
    L.sort()
    return len(L)
