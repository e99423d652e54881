# Sequence statistics on returns and a NAV series with a drawdown that recovers (and one that does not), empty
# sequences (nan), ddof at and past the count, mismatched lengths (ValueError with a Chinese message), clip errors
import numpy as np

R = np.array([0.01, -0.02, 0.015, 0.03, -0.05, 0.02, 0.04, 0.01])
B = np.array([0.005, -0.01, 0.01, 0.02, -0.03, 0.01, 0.02, 0.0])
NAV = np.array([1.0, 1.1, 1.05, 0.9, 0.95, 1.12, 1.2])
NAV_DOWN = np.array([1.0, 1.2, 1.0, 0.8, 0.85])
E = np.zeros(0)

CASES = {
    "clip": [(1.5, 0.0, 1.0), (-2.0, 0.0, 1.0), (0.5, 0.0, 1.0), (0.5, 2.0, 1.0)],
    "sequence_sum": [(R,), (E,)],
    "sequence_cumsum": [(R,)],
    "sequence_prod": [(1.0 + R,), (E,)],
    "sequence_cumprod": [(1.0 + R,)],
    "sequence_mean": [(R,), (E,)],
    "sequence_mean_variance_std": [(R, 1), (R, 0), (R[:1], 1), (E, 1)],
    "sequence_variance": [(R, 1), (R[:2], 2), (E, 0)],
    "sequence_std": [(R, 1), (R, 0)],
    "sequence_min": [(R,), (E,)],
    "sequence_max": [(R,), (E,)],
    "sequence_add": [(R, B), (R, B[:3])],
    "sequence_subtract": [(R, B)],
    "sequence_multiply": [(R, B)],
    "sequence_divide": [(R, B), (R, R[:2])],
    "cumulative_simple_returns": [(R,), (E,)],
    "sequence_geometric_mean": [(1.0 + R,), (R,), (E,)],
    "cumulative_net_value": [(100.0, R)],
    "sequence_compound_annual_growth_rate": [(R, 252.0), (E, 252.0), (np.array([-1.5, 0.1]), 12.0)],
    "sequence_drawdown": [(NAV,), (E,), (np.array([0.0, -1.0, 1.0]),)],
    "max_drawdown_rate_and_recovery_days": [(NAV,), (NAV_DOWN,), (np.arange(1.0, 5.0),), (E,)],
    "sequence_excess_return": [(R, B), (R, B[1:])],
}
