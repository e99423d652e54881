# Typing: loops with else clauses, early returns, raise, and a while loop
# whose variable widens from int to float.
from pycc import CC

cc = CC('control')


@cc.export('find', 'i8(i8, i8)')
def find(n, k):
    found = -1
    for i in range(n):
        if i * i == k:
            found = i
            break
    else:
        return -1
    return found


@cc.export('halve', 'f8(i8)')
def halve(n):
    x = n
    while x > 1:
        x = x / 2
    if x < 0:
        raise ValueError("negative")
    return x
