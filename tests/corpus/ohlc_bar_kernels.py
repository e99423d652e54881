# corpus: written after code-index id 68571857875 (lang32: no license stated, so new code with the same constructs; `@njit(nogil=True, cache=True)` kernels given a `CC` and `@cc.export` lines)
"""Causal bar kernels: grid levels on integer ticks, a Wilder-smoothed true
range, normalized rates of change and a per-session running mean."""

from __future__ import annotations

import numpy as np
from numba import njit
from numba.pycc import CC

cc = CC('ohlc_bar_kernels')

TICKS_PER_UNIT = 100
TICKS_PER_STEP = 2_500
STEP_SIZE = 25.0

SMOOTHING = 10
LAG_FAST = 2
LAG_SLOW = 6
MIN_COUNT = 3


@cc.export('grid_levels', '(f8[:],)')
@njit(nogil=True, cache=True)
def grid_levels(price: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(price)
    below = np.empty(n, dtype=np.float64)
    above = np.empty(n, dtype=np.float64)
    for i in range(n):
        ticks = np.int64(np.rint(price[i] * TICKS_PER_UNIT))
        base = (ticks // TICKS_PER_STEP) * TICKS_PER_STEP
        below[i] = base / TICKS_PER_UNIT
        above[i] = below[i] + STEP_SIZE
    return below, above


@cc.export('smoothed_range', '(f8[:], f8[:], f8[:], i8)')
@njit(nogil=True, cache=True)
def smoothed_range(
    high: np.ndarray,
    low: np.ndarray,
    close: np.ndarray,
    n: int = SMOOTHING,
) -> np.ndarray:
    size = len(close)
    out = np.full(size, np.nan)
    if size == 0 or n < 1:
        return out
    k = 1.0 / n
    level = 0.0
    count = 0
    for i in range(1, size):
        prev = close[i - 1]
        tr = max(high[i] - low[i], abs(high[i] - prev), abs(low[i] - prev))
        count += 1
        level = tr if count == 1 else level + k * (tr - level)
        if count >= n:
            out[i] = level
    return out


@cc.export('rates', '(f8[:], f8[:], i8, i8)')
@njit(nogil=True, cache=True)
def rates(
    close: np.ndarray,
    scale: np.ndarray,
    fast: int = LAG_FAST,
    slow: int = LAG_SLOW,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    size = len(close)
    v = np.full(size, np.nan)
    s = np.full(size, np.nan)
    d = np.full(size, np.nan)
    if size == 0:
        return v, s, d
    root = np.sqrt(np.float64(slow))
    for i in range(size):
        sc = scale[i]
        if not np.isfinite(sc) or sc <= 0.0:
            continue
        if i >= fast:
            v[i] = (close[i] - close[i - fast]) / (fast * sc)
        if i >= slow:
            s[i] = (close[i] - close[i - slow]) / (sc * root)
    for i in range(fast, size):
        if np.isfinite(v[i]) and np.isfinite(v[i - fast]):
            d[i] = v[i] - v[i - fast]
    return v, s, d


@cc.export('session_mean', '(f8[:], f8[:], f8[:], i8[:], i8)')
@njit(nogil=True, cache=True)
def session_mean(
    high: np.ndarray,
    low: np.ndarray,
    close: np.ndarray,
    session: np.ndarray,
    min_count: int = MIN_COUNT,
) -> np.ndarray:
    size = len(close)
    out = np.full(size, np.nan)
    if size == 0:
        return out
    total = 0.0
    count = 0
    current = session[0]
    for i in range(size):
        if session[i] != current:
            current = session[i]
            total = 0.0
            count = 0
        total += (high[i] + low[i] + close[i]) / 3.0
        count += 1
        if count >= min_count:
            out[i] = total / count
    return out
