# A conditional expression whose test is a list, a set, a dict or a str:
# its truth is whether it has items, as in an `if` (found by fuzz3:
# `l[-1] if l else 0` inside a larger expression was rejected).
from pycc import CC

cc = CC('ifexp_container_truth_prog')


@cc.export('last_or', 'i8(i8)')
def last_or(n):
    lst = []
    for i in range(n):
        lst.append(i * 3 % 7)
    return 1 + (lst[-1] if lst else -5) * 2


@cc.export('not_list', 'i8(i8)')
def not_list(n):
    lst = [i for i in range(n)]
    m = 0 if not lst else lst[0] + len(lst)
    return m


@cc.export('set_dict', 'f8(i8)')
def set_dict(n):
    s = set()
    d = {}
    for i in range(n):
        s.add(i % 3)
        d[i] = i * 0.5
    return (1.0 if s else 2.0) + (d[n - 1] if d else -1.0)


@cc.export('str_test', 'i8(i8)')
def str_test(n):
    t = 'ab' if n > 1 else ''
    return 3 if t else 4


CASES = {
    'last_or': [(n,) for n in range(5)],
    'not_list': [(n,) for n in range(4)],
    'set_dict': [(n,) for n in range(4)],
    'str_test': [(n,) for n in range(3)],
}
