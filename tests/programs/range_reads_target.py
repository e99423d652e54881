# differential-python: numpy
# A `for` over range(...) whose bounds read the loop's own variable: it is
# the value of the previous loop over it, or UnboundLocalError on the first
# pass (a draft of the `rus_gamma` corpus file: `for j in range(N - j)`).
import numpy as np
from pycc import CC

cc = CC("range_reads_target")


@cc.export("draft", "f8[:](i8)")
def draft(n):
    combi = np.zeros(3)
    for i in range(n):
        for j in range(n - j):
            k = (n - 1) - i - j
    return np.array([1.1, 2.2, 3.3])


@cc.export("resume", "i8(i8)")
def resume(n):
    s = 0
    for i in range(n):
        if i > 0:
            for j in range(j, n):
                s += j
        else:
            for j in range(2):
                s += 10
    return s


CASES = {
    "draft": [(0,), (1,), (3,)],
    "resume": [(0,), (1,), (2,), (5,)],
}
