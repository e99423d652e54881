# differential-python: numpy
# A list's truth inside `and`/`or`/`not` in conditions (`while st and
# st[-1][0] >= h`, a monotonic stack): the later operands run only when the
# list's truth lets them (no IndexError on an empty list).
import numpy as np
from pycc import CC

cc = CC('list_truth_logic_prog')


@cc.export('stack_areas', 'i8(i8[:])')
def stack_areas(hs):
    st = []
    s = 0
    for i in range(len(hs)):
        h = hs[i]
        w = 1
        while st and st[-1][0] >= h:
            xh, xw = st.pop()
            w += xw
            s -= xh * xw
        s += h * w
        st.append((h, w))
    return s


@cc.export('logic', 'i8(i8)')
def logic(n):
    st = [0]
    st.pop()
    for i in range(n):
        st.append(i)
    c = 0
    if not st:
        c += 1
    if st or n < 0:
        c += 10
    if n > 2 and st:
        c += 100
    if not st or st[0] == 0:
        c += 1000
    while st and st[-1] > 1:
        st.pop()
    return c * 10 + len(st)


CASES = {
    'stack_areas': [(np.array([3, 1, 4, 1, 5, 9, 2, 6], dtype=np.int64),), (np.array([], dtype=np.int64),),
                    (np.array([2, 2, 2], dtype=np.int64),)],
    'logic': [(0,), (1,), (3,), (5,)],
}
