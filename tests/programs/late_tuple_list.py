# A list read before the statement that gives it tuple items (`st = []`,
# `x = st.pop()` in a loop above `st.append((h, l))`): the item is a tuple,
# as CPython's (the monotonic stack of Kasai's LCP sums, from the corpus).
from pycc import CC

cc = CC('late_tuple_list')


@cc.export('stack_sums', 'i8(i8, i8)')
def stack_sums(n, seed):
    st = []
    s = 0
    v = seed
    for i in range(n):
        v = (v * 1103515245 + 12345) % 2147483648
        h = v % 7
        l = 1
        while st and st[-1][0] >= h:
            x = st.pop()
            l += x[1]
            s -= x[0] * x[1]
        s += h * l
        st.append((h, l))
    return s * 1000 + len(st)


CASES = {
    'stack_sums': [(0, 1), (1, 1), (10, 3), (100, 7), (1000, 11)],
}
