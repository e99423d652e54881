# corpus: spcl/npbench @ ec2aa18 `npbench/benchmarks/image_processing/iir_blur/iir_blur_numba_npr.py` (BSD-3-Clause; no header in the file) (`@nb.jit(nopython=True, parallel=True, fastmath=True)` kernels with `nb.prange` loops; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` added, nothing else changed)
import numpy as np
import numba as nb
from numba.pycc import CC
cc = CC('npb_iir_blur_npr')

@nb.jit(nopython=True, parallel=True, fastmath=True)
def blur_cols_transpose(img, alpha):
    blur = np.empty(img.shape, dtype=np.float32)
    blur[0, :, :] = img[0, :, :]

    for y in nb.prange(1, blur.shape[0]):
        blur[y, :, :] = (1.0 - alpha) * blur[y - 1, :, :] + alpha * img[y, :, :]

    for y in nb.prange(blur.shape[0] - 2, 0):
        blur[y, :, :] = (1.0 - alpha) * blur[y + 1, :, :] + alpha * blur[y, :, :]

    blur_T = np.transpose(blur, axes=(1, 0, 2))
    return blur_T

@cc.export('iir_blur', '(u1[:, :, :], u1[:, :, :])')
@nb.jit(nopython=True, parallel=True, fastmath=True)
def iir_blur(image, output):
    image = image.astype(np.float32)
    alpha = 0.1

    blur_y = blur_cols_transpose(image, alpha)
    blur = blur_cols_transpose(blur_y, alpha)

    output[:,:,:] = np.clip(blur, 0, 255).astype(np.uint8)
