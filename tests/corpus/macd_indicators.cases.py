# Twelve bars of a price series with a missing bar (NaN); the exports are
# declared by compile_module(), which the file's __main__ block calls.
import numpy as np

CLOSE = np.array([100.0, 101.5, 101.0, np.nan, 103.0, 102.5, 104.0, 106.0, 105.0, 107.5, 108.0, 106.5])
OPEN = CLOSE - np.array([0.5, -1.0, 0.25, 0.0, 1.0, -0.5, 0.5, 1.5, -1.0, 2.0, 0.5, -1.5])
HIGH = np.fmax(CLOSE, OPEN) + 0.75
LOW = np.fmin(CLOSE, OPEN) - 0.5
VOLUME = np.array([10.0, 12.0, 0.0, 9.0, 15.0, 11.0, 8.0, 20.0, 14.0, 13.0, 9.0, 16.0])
STAMPS = np.arange(12, dtype=np.int64) * 21600
DIRTY = np.array([1.0, np.nan, np.inf, -2.0, -np.inf, 0.5])

CASES = {
    "sanitize_array_numba": [(DIRTY, 0.0)],
    "sanitize_array_numba_parallel": [(DIRTY, -1.0)],
    "sma_loop": [(CLOSE, 3), (CLOSE, 0), (CLOSE, 20)],
    "sma_loop_parallel": [(CLOSE, 5)],
    "rolling_mean_numba": [(CLOSE, 4)],
    "rolling_mean_numba_parallel": [(CLOSE, 2)],
    "rolling_std_welford": [(CLOSE, 4, 0.8)],
    "rolling_std_welford_parallel": [(CLOSE, 3, 2.0)],
    "rolling_min_max_numba": [(CLOSE, 3)],
    "rolling_min_max_numba_parallel": [(np.array([np.nan, np.nan, 1.0, 3.0]), 2)],
    "ema_loop": [(CLOSE, 5.0), (CLOSE, 0.3)],
    "ema_loop_alpha": [(CLOSE, 0.5)],
    "calculate_ppo_core": [(CLOSE, 3, 6, 2)],
    "calculate_rsi_core": [(CLOSE, 4), (CLOSE, 0)],
    "rng_filter_loop": [(CLOSE, np.full(12, 1.5))],
    "smooth_range": [(CLOSE, 3, 2)],
    "kalman_loop": [(CLOSE, 5, 0.1, 0.01)],
    "vwap_daily_loop": [(HIGH, LOW, CLOSE, VOLUME, STAMPS), (HIGH, LOW, CLOSE, VOLUME[::-1].copy(), STAMPS * 3)],
    "calc_mmh_worm_loop": [(CLOSE, np.full(12, 1.0), 12), (CLOSE[:3], np.ones(3), 5)],
    "calc_mmh_value_loop": [(np.array([0.2, 0.9, np.nan, 0.7, 0.1]), 5), (np.array([0.2]), 0)],
    "calc_mmh_momentum_loop": [lambda: (np.array([1.0, 2.0, -1.0, 0.5]), 4)],
    "vectorized_wick_check_buy": [(OPEN, HIGH, LOW, CLOSE, 0.3)],
    "vectorized_wick_check_sell": [(OPEN, HIGH, LOW, CLOSE, 0.3)],
}
