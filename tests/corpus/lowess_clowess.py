# corpus: written for pycc after a public GitHub file, code-index id 71632337565 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); R's lowess (clowess) in two `@njit(cache=True)` kernels: a `Tuple((f8, b1))` result unpacked as `val, ok = ...`, `max(xs - x[lo], x[hi] - xs)`, `while True` with `continue`/`break`, `out[i] = val if ok else y[i]`, `np.sort(values)[k]` in a helper, a weights buffer written by the helper
import numpy as np
from numba import njit
from numba.pycc import CC
cc = CC('lowess_clowess')


@cc.export('local_fit', 'Tuple((f8, b1))(f8[:], f8[:], i8, f8, i8, i8, f8[:], b1, f8[:])')
@njit(cache=True)
def local_fit(x, y, n, xs, lo, hi, w, use_rw, rw):
    span = x[n - 1] - x[0]
    h = max(xs - x[lo], x[hi] - xs)
    big = 0.999 * h
    small = 0.001 * h
    total = 0.0
    j = lo
    while j < n:
        w[j] = 0.0
        r = abs(x[j] - xs)
        if r <= big:
            if r <= small:
                w[j] = 1.0
            else:
                q = 1.0 - (r / h) ** 3
                w[j] = q * q * q
            if use_rw:
                w[j] *= rw[j]
            total += w[j]
        elif x[j] > xs:
            break
        j += 1
    last = j - 1
    if total <= 0.0:
        return 0.0, False
    for j in range(lo, last + 1):
        w[j] /= total
    if h > 0.0:
        mean = 0.0
        for j in range(lo, last + 1):
            mean += w[j] * x[j]
        slope = xs - mean
        var = 0.0
        for j in range(lo, last + 1):
            var += w[j] * (x[j] - mean) * (x[j] - mean)
        if np.sqrt(var) > 0.001 * span:
            slope /= var
            for j in range(lo, last + 1):
                w[j] *= slope * (x[j] - mean) + 1.0
    fit = 0.0
    for j in range(lo, last + 1):
        fit += w[j] * y[j]
    return fit, True


@njit(cache=True)
def kth_smallest(values, k):
    return np.sort(values)[k]


@cc.export('smooth', 'f8[:](f8[:], f8[:], f8, i8, f8)')
@njit(cache=True)
def smooth(x, y, frac, iters, delta):
    n = x.shape[0]
    out = np.zeros(n)
    if n < 2:
        out[0] = y[0]
        return out
    rw = np.zeros(n)
    res = np.zeros(n)
    ns = max(2, min(n, int(frac * n + 1e-7)))
    it = 1
    while it <= iters + 1:
        lo = 0
        hi = ns - 1
        last = -1
        i = 0
        while True:
            if hi < n - 1:
                if x[i] - x[lo] > x[hi + 1] - x[i]:
                    lo += 1
                    hi += 1
                    continue
            val, ok = local_fit(x, y, n, x[i], lo, hi, res, it > 1, rw)
            out[i] = val if ok else y[i]
            if last < i - 1:
                gap = x[i] - x[last]
                for j in range(last + 1, i):
                    t = (x[j] - x[last]) / gap
                    out[j] = t * out[i] + (1.0 - t) * out[last]
            last = i
            cut = x[last] + delta
            i = last + 1
            while i < n:
                if x[i] > cut:
                    break
                if x[i] == x[last]:
                    out[i] = out[last]
                    last = i
                i += 1
            i = max(last + 1, i - 1)
            if last >= n - 1:
                break
        for k in range(n):
            res[k] = y[k] - out[k]
        mean_abs = 0.0
        for k in range(n):
            mean_abs += abs(res[k])
        mean_abs /= n
        if it > iters:
            break
        for k in range(n):
            rw[k] = abs(res[k])
        half = n // 2
        if n % 2 == 0:
            mad6 = 3.0 * (kth_smallest(rw, half) + kth_smallest(rw, n - half - 1))
        else:
            mad6 = 6.0 * kth_smallest(rw, half)
        if mad6 < 1e-7 * mean_abs:
            break
        for k in range(n):
            r = abs(res[k])
            if r <= 0.001 * mad6:
                rw[k] = 1.0
            elif r <= 0.999 * mad6:
                q = 1.0 - (r / mad6) ** 2
                rw[k] = q * q
            else:
                rw[k] = 0.0
        it += 1
    return out
