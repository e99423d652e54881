# The sample "RRGB" (answer 1), an evenly spaced triple removed, a longer mixed string, no triple at all
import numpy as np


def enc(s):
    return np.array(["RGB".index(c) for c in s], dtype=np.int64)


def case(s):
    return (len(s), s.count("R") * s.count("G") * s.count("B"), enc(s))


CASES = {
    "f": [case("RRGB"), case("RGB"), case("RGBRGBBGRRGBGBRBGR" * 3), case("RRRR"), case("")],
}
