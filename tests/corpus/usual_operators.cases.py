import numpy as np

A = np.array([[1 + 1j, 2.0], [0.5j, -1.0]], np.complex128)
B = np.array([[0.0, 1 - 2j], [3.0, 1j]], np.complex128)
S = np.array([[A, B], [B, A]], np.complex128).reshape(4, 2, 2)[:2]
M = np.array([[1.0, 0.5j], [0.0, 2.0]], np.complex128)

CASES = {
    "Com": [(A, B)],
    "AntiCom": [(A, B)],
    "D": [(A, B)],
    "D_vec": [(S, B)],
    "H_vec": [(S, B)],
    "H": [(A, B)],
    "operators_Mrep": [(M, S)],
    "sqrt_jit": [(np.array([[4.0, 0.0], [0.0, 9.0]], np.complex128),)],
}
