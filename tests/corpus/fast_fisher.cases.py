# Fisher's exact test on 2x2 contingency tables (a, b, c, d) and their
# margins (a, a + b, a + c, n); an invalid table raises ValueError.
T = [(3, 1, 1, 3), (10, 2, 3, 15), (0, 5, 5, 0), (2, 7, 8, 2), (1, 1, 1, 1)]
M = [(3, 4, 4, 8), (10, 12, 13, 30), (2, 9, 10, 19)]
BAD = [(5, 1, 2, 3)]


CASES = {}
for tail in ("", "l", "r", "t"):
    for kind in ("test", "mlnTest", "mlog10Test"):
        CASES[f"{kind}1{tail}"] = T
        CASES[f"{kind}2{tail}"] = M + BAD
