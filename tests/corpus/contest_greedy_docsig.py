# corpus: written for pycc after a public GitHub file, code-index id 28626733294 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs, the random perturbation made a fixed schedule); an AtCoder heuristic (contest scheduling) in the same template: the docstring signature `i8[:](i8,i8[:],i8[:,:])`, a nested scorer taking a list, `last = [-1] * 26`, `dscore.argmax()` into a list, `np.array(best)` of a list of ints
#!/usr/bin/env python3

import sys
import numpy as np

sys.setrecursionlimit(10**6)
input = sys.stdin.buffer.readline


def solve(D, C, S):
    "i8[:](i8,i8[:],i8[:,:])"
    def score_of(plan, D, C, S):
        last = [-1] * 26
        total = 0
        for d in range(D):
            t = plan[d] - 1
            total += S[d, t]
            last[t] = d
            for t in range(26):
                total -= C[t] * (d - last[t])
        return total

    def greedy(F):
        plan = []
        last = [-1] * 26
        for d in range(D):
            gain = np.zeros(26)
            for t in range(26):
                gain[t] += F[d, t]
                for u in range(26):
                    if t != u:
                        gain[t] -= C[u] * (d - last[u])
            t = gain.argmax()
            plan.append(t + 1)
            last[t] = d
        return plan

    best = greedy(S)
    best_score = score_of(best, D, C, S)
    for trial in range(1, 4):
        F = S.copy()
        F[:-1] = F[:-1] - S[1:] // (trial + 1)
        plan = greedy(F)
        s = score_of(plan, D, C, S)
        if s > best_score:
            best_score = s
            best = plan
    return np.array(best)


def main():
    D = int(input())
    C = np.array(list(map(int, input().split())))
    S = np.int64(read().split()).reshape((D, 26))
    print(*solve(D, C, S), sep="\n")


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
    main()
