# A few sensor readings (timestamps in seconds, accelerations in m/s^2);
# the speed window is a buffer the export shifts in place.
import numpy as np

SPEEDS = np.array([0.5, 2.0, 4.5, 5.0, 4.2, 4.8, 5.5, 6.0, 4.1, 4.4, 4.9, 1.0])
ACC = np.array([0.0, 1.0, 14.0, 3.0, 1.0, 0.5, 2.0, 16.0, 2.0, 0.0])
TS = np.linspace(0.0, 0.9, 10)
CASES = {
    "calculate_speed": [lambda: (0.0, -1.0, -1.0, np.array([0.0, 1.0, 2.0]), -1.0, 0.5, 10.0, 2.0, 1),
                        lambda: (9.5, 9.0, 9.75, np.array([0.5, 0.25, 1.0, 3.0]), 0.2, 0.5, 10.0, 2.5, 1),
                        lambda: (9.5, 9.0, 9.75, np.array([0.5, 0.25]), 0.2, 0.5, 10.0, -1.0, 0)],
    "calculate_acceleration": [(0.0, 1.0, 0.0, 1.0, 3.0, 4.0, 12.0, 5.0, 2.0),
                               (0.0, 1.0, 0.0, 1.0, -1.0, 4.0, 12.0, 5.0, 2.0),
                               (0.0, 1.0, 0.0, 1.0, 3.0, 4.0, 12.0, 5.0, -1.0)],
    "detect_steps": [(1.0, 3.0, 2.0, 0, 0.0, -1.0, -1.0, 5.0, 1), (3.0, 1.0, 2.0, 4, 0.0, 4.5, -1.0, 5.0, 1),
                     (3.0, 1.0, 2.0, 4, 0.0, -1.0, -1.0, 5.0, 1), (1.0, 3.0, 2.0, 0, 0.0, -1.0, -1.0, 0.0, 1)],
    "detect_jump": [lambda: (ACC.copy(), TS.copy(), 3.0, 0, -1.0), lambda: (ACC.copy(), TS.copy(), 30.0, 2, 0.0)],
    "is_acceleration_phase": [(SPEEDS,), (SPEEDS[:3],)],
    "is_max_velocity_phase": [(SPEEDS,), (SPEEDS[:11],), (SPEEDS[:5],)],
    "is_deceleration_phase": [(SPEEDS,), (SPEEDS[:2],), (SPEEDS[:11],)],
}
