import numpy as np

# A 3x4x5 grid of buoyancy and vorticity; the other eight arrays are outputs.
SHAPE = (3, 4, 5)


def args():
    r = np.random.RandomState(7)
    b = r.standard_normal(SHAPE)
    w = [r.standard_normal(SHAPE) for _ in range(3)]
    outs = [np.zeros(SHAPE) for _ in range(7)]
    return (outs[0], b, w[0], w[1], w[2]) + tuple(outs[1:])


CASES = {
    "pv_computer": [args],
}
