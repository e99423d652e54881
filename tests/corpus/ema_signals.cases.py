import numpy as np

PRICES = np.array([10.0, 10.5, np.nan, 11.0, 10.8, 11.4, np.nan, 12.0, 11.7, 12.3])
OPEN = np.array([10.0, 10.6, 10.9, 11.2, 11.0])
HIGH = np.array([10.8, 10.9, 11.5, 11.3, 11.1])
LOW = np.array([9.9, 10.1, 10.8, 10.7, 10.2])
CLOSE = np.array([10.7, 10.2, 11.4, 10.8, 11.0])

CASES = {
    "ema_loop": [(PRICES, 0.3), (np.array([np.nan, 1.0, 2.0]), 0.5)],
    "sma_loop": [(PRICES, 3), (PRICES, 6), (PRICES, 1)],
    "sanitize_array": [(np.array([1.0, np.nan, np.inf, -np.inf, -2.5]), 0.0)],
    "vectorized_wick_buy": [(OPEN, HIGH, LOW, CLOSE, 0.3), (OPEN, HIGH, LOW, CLOSE, 0.1)],
    "vectorized_wick_sell": [(OPEN, HIGH, LOW, CLOSE, 0.3), (OPEN, HIGH, LOW, CLOSE, 0.9)],
}
