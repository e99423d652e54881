# Three rooms: heat transfer coefficients, operative temperature, clothing resistance and area factor on both sides
# of the 0.078 threshold, the constants
import numpy as np

TR = np.array([20.0, 24.5, 28.0])
TMRT = np.array([18.0, 25.0, 30.5])
TCL = np.array([29.0, 30.0, 32.5])
V = np.array([0.1, 0.0, 0.5])
HC = np.array([3.8, 2.5, 8.5])
HR = np.array([4.6, 4.7, 4.9])
CLO = np.array([1.1, 0.7, 0.3])

CASES = {
    "get_h_hum_is_n": [(HR, HC)],
    "get_theta_ot_is_n": [(HC, HR, HR + HC, TR, TMRT)],
    "get_h_hum_r_is_n": [(TCL, TMRT)],
    "get_h_hum_c_is_n": [(TR, TCL, V)],
    "get_i_cl_is_n": [(CLO,)],
    "get_m": [()],
    "get_f_cl_is_n": [(CLO * 0.155,), (np.array([0.078, 0.0, 0.2]),)],
    "get_clo_heavy": [()],
    "get_clo_middle": [()],
    "get_clo_light": [()],
}
