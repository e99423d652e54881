# A nested function that can reach its end (returning None) while its
# calls all use the result as a number: CPython raises TypeError at the use
# when the end is reached, pycc at the end of the nested function (nothing
# runs in between). Dinic's `flow += compute_flow()` is the pattern. And
# `while 1:` is an endless loop as `while True:` is.
from pycc import CC

cc = CC('nested_none_end_prog')


@cc.export('drain', 'i8(i8, i8)')
def drain(n, stop):
    stack = [n]

    def pop_until():
        # Returns from inside the loop; the end is reached when `stop`
        # is never popped.
        while stack:
            u = stack.pop()
            if u == stop:
                return u * 10
            if u > 0:
                stack.append(u - 1)

    total = 0
    total += pop_until()
    return total


@cc.export('first_big', 'f8(f8, f8)')
def first_big(x, limit):
    def scan(step):
        v = x
        for _ in range(5):
            v += step
            if v > limit:
                return v

    return -scan(1.0) + scan(2.0) * 2.0


@cc.export('below', 'b1(i8, i8)')
def below(n, k):
    def find():
        for i in range(n):
            if i * i >= k:
                return i

    return find() < 3


@cc.export('collatz_steps', 'i8(i8)')
def collatz_steps(n):
    # `while 1:` never ends but through its return: no end to fall off.
    steps = 0
    while 1:
        if n <= 1:
            return steps
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1


CASES = {
    'drain': [(5, 2), (3, 0), (4, 9), (0, 0)],
    'first_big': [(0.0, 3.0), (0.0, 8.0), (0.0, 20.0)],
    'below': [(10, 4), (10, 50), (2, 50)],
    'collatz_steps': [(1,), (6,), (27,)],
}
