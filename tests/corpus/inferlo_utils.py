# corpus: public GitHub file, code-index id 399335466 (the index gives no repository; InferLO's numeric utilities, Apache-2.0 per its header) (`@numba.jit` kernels; adapted: `from numba.pycc import CC`, `cc = CC(...)` and one `@cc.export(name, signature)` per exported kernel added, nothing else changed); license: Apache-2.0 per its header
# Copyright (c) 2020, The InferLO authors. All rights reserved.
# Licensed under the Apache License, Version 2.0 - see LICENSE file.
import numba
import numpy as np
from numba.pycc import CC
cc = CC('inferlo_utils')


@cc.export('entropy', "f8(f8[:])")
@numba.jit
def entropy(x):
    """Entropy is defined as -x*log(x) if x>0 and 0 if x=0."""
    return -np.sum(x * np.log(x + (x == 0)))


@cc.export('softmax_1d', "f8[:](f8[:])")
@numba.jit("f8[:](f8[:])")
def softmax_1d(x: np.ndarray):
    """Softmax for 1d array."""
    e = np.exp(x - np.max(x))
    return e / np.sum(e)


@cc.export('logsumexp_1d', "f8(f8[:])")
@numba.njit("f8(f8[:])")
def logsumexp_1d(x: np.ndarray):
    """LogSumExp function on a vector."""
    x_max = np.max(x)
    return x_max + np.log(np.sum(np.exp(x - x_max)))


@cc.export('sample_categorical', "i4[:](f8[:],i4)")
@numba.njit("i4[:](f8[:],i4)")
def sample_categorical(probs, num_samples):
    """Samples from categorical distribution.

    Equivalent to ``np.random.choice(len(probs), size=num_samples, p=probs)``,
    slightly less efficient, but works with Numba.

    Probabilities must add up to 1, but it won't check it.
    """
    al_size = probs.shape[0]
    cum_probs = np.cumsum(probs)
    rnd_numbers = np.random.random(num_samples)

    ans = np.zeros(num_samples, dtype=np.int32)
    for i in range(1, al_size):
        mask = rnd_numbers >= cum_probs[i - 1]
        ans[mask] = i
    return ans
