# differential-python: numpy
# Arrays numpy.fft and numpy.linalg make, used directly as operands:
# np.abs / np.angle / np.real of a transform's complex result, `.real` and
# `.imag` of it, and `.real` of a real result (the array itself).
import numpy as np
from numba.pycc import CC

cc = CC('complex_call_results')


@cc.export('spectrum', 'f8[:](f8[:])')
def spectrum(x):
    return np.abs(np.fft.rfft(x)) ** 2 / x.size


@cc.export('phase_power', 'f8[:](f8[:])')
def phase_power(x):
    return np.angle(np.fft.fft(x)) + np.abs(np.fft.fft(x))


@cc.export('roundtrip', 'f8[:](f8[:])')
def roundtrip(x):
    return np.real(np.fft.ifft(np.fft.fft(x)))


@cc.export('imag_part', 'f8[:](f8[:])')
def imag_part(x):
    return np.fft.fft(x).imag * 2.0


@cc.export('real_of_real', 'f8[:](f8[:])')
def real_of_real(x):
    return np.fft.irfft(np.fft.rfft(x)).real


@cc.export('eig_real', 'f8[:](f8[:, :])')
def eig_real(a):
    return np.sort(np.linalg.eigvals(a @ a.T).real)


CASES = {
    'spectrum': [(np.array([1.0, 2.0, 0.5, -1.0, 3.0]),), (np.arange(8.0),)],
    'phase_power': [(np.array([1.0, -2.0, 0.5, 4.0]),)],
    'roundtrip': [(np.array([0.1, 0.2, 0.3]),)],
    'imag_part': [(np.array([1.0, 0.0, -1.0, 2.0]),)],
    'real_of_real': [(np.arange(6.0),)],
    'eig_real': [(np.array([[2.0, 1.0], [0.5, 3.0]]),)],
}
