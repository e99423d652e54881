import numpy as np


def precalc(n, xxx, yyy, ppp):
    # The file's own preprocessing (under its `__main__` input reading).
    xxx, yyy, ppp = (np.array(v, np.int64) for v in (xxx, yyy, ppp))
    bit_d = (((np.arange(1 << n)[:, None] & (1 << np.arange(n)))) > 0).astype(np.int64)
    px = abs((xxx[None, :] * bit_d)[..., None] - xxx[None, None, :]).min(axis=1) * ppp[None, :]
    py = abs((yyy[None, :] * bit_d)[..., None] - yyy[None, None, :]).min(axis=1) * ppp[None, :]
    return (n, px, py)


# M-SOLUTIONS 2020 E's first two samples.
CASES = {
    "solve": [precalc(3, [1, 3, 1], [2, 3, 4], [300, 600, 800]),
              precalc(5, [3, 8, 1, -6, 2], [5, 6, 2, -8, 7], [400, 1000, 200, 900, 300])],
}
