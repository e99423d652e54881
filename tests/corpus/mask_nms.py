# corpus: written for pycc after a public GitHub file, code-index id 19615663944 (the index gives no repository and the file states no license, so its text is not copied: new code with the same constructs; `@njit` kernels given `cc = CC(...)` and `@cc.export` with the signatures numba infers for a realistic call); mask non-maximum suppression: `from numba.typed import List as NList`, `from numba.types import int64 as nb_int64`, `NList.empty_list(nb_int64)` returned as `ListType(int64)`, defaults `score_thr=0.5`, `masks[good]` of a 3-d bool array, `scores.argsort()[::-1]`, `np.asarray([iou(masks[i], masks[o]) for o in order[1:]])`, `order[rest + 1]`, `np.count_nonzero(np.bitwise_or(a, b))`
import numba
from numba import njit
from numba.typed import List as NList
from numba.types import int64 as nb_int64
import numpy as np
from numba.pycc import CC
cc = CC('mask_nms')


@cc.export('iou', 'f8(b1[:, :], b1[:, :])')
@njit
def iou(a, b):
    union = np.count_nonzero(np.bitwise_or(a, b))
    if union == 0:
        return 0
    inter = np.count_nonzero(np.bitwise_and(a, b))
    return inter / union


@cc.export('nms', 'ListType(int64)(b1[:, :, :], f8[:], f8, f8)')
@njit
def nms(masks, scores, score_thr=0.5, iou_thr=0.5):
    idx = np.arange(0, scores.shape[0])
    good = (scores >= score_thr)
    masks = masks[good]
    scores = scores[good]
    idx = idx[good]
    order = scores.argsort()[::-1]
    keep = NList.empty_list(nb_int64)
    while order.size > 0:
        i = order[0]
        keep.append(idx[i])
        ov = np.asarray([iou(masks[i], masks[o]) for o in order[1:]])
        rest = np.where(ov <= iou_thr)[0]
        order = order[rest + 1]
    return keep
