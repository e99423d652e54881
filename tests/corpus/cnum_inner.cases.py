import numpy as np

# GWLF curve numbers: two years of daily temperature, melt, 5-day antecedent
# moisture and water, three rural land uses (one with CN 0, skipped).


def args():
    r = np.random.RandomState(3)
    days = np.array([[31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
                     [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]], dtype=np.int64)
    temp = r.uniform(-5.0, 25.0, (2, 12, 31))
    cn = np.array([65.0, 0.0, 80.0])
    melt = r.uniform(-1.0, 0.3, (2, 12, 31))
    newcn = np.array([[45.0, 40.0, 63.0], [65.0, 0.0, 80.0], [81.0, 60.0, 91.0]])
    amc5 = r.uniform(0.0, 7.0, (2, 12, 31))
    grow = np.array([False] * 4 + [True] * 6 + [False] * 2)
    water = r.uniform(0.0, 0.5, (2, 12, 31))
    return (2, days, temp, cn, 3, melt, newcn, amc5, grow, water)


CASES = {
    "CNum_inner": [args],
}
