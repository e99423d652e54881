# corpus: written for pycc after a public GitHub file, code-index id 28751779204 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs); an AtCoder template whose signature is the solver's docstring, exported by `cc.export('solve', solve.__doc__.strip().split()[0])(solve)` under `if (USE_NUMBA and sys.argv[-1] == 'ONLINE_JUDGE') or sys.argv[-1] == '-c':`
#!/usr/bin/env python3

import sys
import numpy as np

sys.setrecursionlimit(10**6)
input = sys.stdin.buffer.readline
INF = 10 ** 9 + 1
MOD = 10 ** 9 + 7


def debug(*x):
    print(*x, file=sys.stderr)


def solve(N, K, G):
    "i8(i8,i8,i8[:,:])"
    def matmul(a, b):
        out = np.zeros(a.shape, np.int64)
        for i in range(N):
            for j in range(N):
                w = a[i, :] * b[:, j]
                w %= MOD
                out[i, j] = w.sum() % MOD
        return out

    acc = np.eye(N, dtype=np.int64)
    while K:
        if K & 1:
            acc = matmul(acc, G)
        G = matmul(G, G)
        K >>= 1
    return acc.sum() % MOD


def main():
    N, K = map(int, input().split())
    G = np.int64(read().split())
    G = G.reshape((N, N))
    print(solve(N, K, G))


T1 = """
3 2
0 1 1
1 0 0
1 1 0
"""


def test_T1():
    """
    >>> as_input(T1)
    >>> main()
    8
    """


def _test():
    import doctest
    doctest.testmod()


def as_input(s):
    "use in test, use given string as input file"
    import io
    global read, input
    f = io.StringIO(s.strip())

    def input():
        return bytes(f.readline(), "ascii")

    def read():
        return bytes(f.read(), "ascii")


USE_NUMBA = True
if (USE_NUMBA and sys.argv[-1] == 'ONLINE_JUDGE') or sys.argv[-1] == '-c':
    print("compiling")
    from numba.pycc import CC
    cc = CC('my_module')
    cc.export('solve', solve.__doc__.strip().split()[0])(solve)
    cc.compile()
    exit()
else:
    input = sys.stdin.buffer.readline
    read = sys.stdin.buffer.read

    if (USE_NUMBA and sys.argv[-1] != '-p') or sys.argv[-1] == "--numba":
        from my_module import solve  # pylint: disable=all
    elif sys.argv[-1] == "-t":
        _test()
        sys.exit()
    elif sys.argv[-1] != '-p' and len(sys.argv) == 2:
        input_as_file = open(sys.argv[1])
        input = input_as_file.buffer.readline
        read = input_as_file.buffer.read

    main()
