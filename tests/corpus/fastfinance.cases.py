# Technical indicators over a short synthetic OHLCV series (a rising-falling close with noise).
import numpy as np

N = 40
T = np.arange(N, dtype=np.float64)
CLOSE = 100.0 + 5.0 * np.sin(T / 4.0) + 0.3 * T + np.cos(T * 1.7)
OPEN = CLOSE - 0.5 * np.sin(T * 0.9)
HIGH = np.maximum(CLOSE, OPEN) + 1.0 + 0.2 * np.cos(T)
LOW = np.minimum(CLOSE, OPEN) - 1.0 - 0.1 * np.sin(T * 2.0)
# An oscillating close for srsi: no flat window of RSI values (numpy would divide by a numpy zero there).
CLOSE2 = 100.0 + 3.0 * np.sin(T * 1.3) + 2.0 * np.cos(T * 0.7)
VOL = 1000.0 + 50.0 * np.cos(T / 3.0)
CASES = {
    "convolve": [(CLOSE[:10], np.array([0.5, 0.3, 0.2]))],
    "sma": [(CLOSE, 5)], "wma": [(CLOSE, 4)], "cma": [(CLOSE[:12],)],
    "ema": [(CLOSE, 6, 2.0)], "ewma": [(CLOSE, 5, 0.5)], "dema": [(CLOSE, 5, 2.0)], "trix": [(CLOSE, 4, 2.0)],
    "macd": [(CLOSE, 5, 12, 2.0)],
    "stoch": [(CLOSE, HIGH, LOW, 7, 3)],
    "kdj": [(CLOSE, HIGH, LOW, 9, 3, 3, 3, 2)],
    "wpr": [(CLOSE, HIGH, LOW, 7)],
    "rsi": [(CLOSE, 7, 2.0, True, True, True), (CLOSE, 7, 2.0, False, False, False)],
    "srsi": [(CLOSE2, 5, 2.0, True, True, True)],
    "cmo": [(CLOSE, 6, True, True, True), (CLOSE, 6, False, False, False)],
    "bollinger_bands": [(CLOSE, 10, 2.0, 2.0)],
    "keltner_channel": [(CLOSE, OPEN, HIGH, LOW, 8, 2.0)],
    "donchian_channel": [(HIGH, LOW, 5)],
    "heiken_ashi": [(OPEN, HIGH, LOW, CLOSE)],
    "ichimoku": [(CLOSE, 3, 5, 8, 4)],
    "volume_profile": [(CLOSE, VOL, 6)],
    "tr": [(OPEN, HIGH, LOW)], "atr": [(OPEN, HIGH, LOW, 5)],
    "adx": [(OPEN, HIGH, LOW, 6, 5, 2.0)],
    "obv": [(CLOSE, VOL)], "momentum": [(CLOSE, 4)], "roc": [(CLOSE, 4)], "aroon": [(CLOSE, 6)],
    "cmf": [(CLOSE, HIGH, LOW, VOL, 6)], "vix": [(CLOSE, LOW, 6)], "fdi": [(CLOSE, 8)],
    "entropy": [(CLOSE, VOL, 8, 2)],
    "poly_fit_extra": [(CLOSE[:15], 2, 3)],
    "fourier_fit_extra": [(CLOSE[:16], 2, 4)],
    "super_trend": [(CLOSE, OPEN, HIGH, LOW, 5, 3.0)],
    "chop": [(CLOSE, OPEN, HIGH, LOW, 7)], "cog": [(CLOSE, 5)],
    "lsma": [(CLOSE, 6, True), (CLOSE, 6, False)], "zlsma": [(CLOSE, 6, True)],
    "kama": [(CLOSE, 5, 2, 30, 0.666)], "grma": [(CLOSE, 5)],
}
