# banded local alignment of short DNA byte strings: bands narrower and wider than the offset, no match at all
import numpy as np


def seq(s):
    return np.frombuffer(s.encode(), dtype=np.uint8).copy()


A = seq("GATTACAGATTACA")
B = seq("GATACAGTTACA")
CASES = {
    "band_fill": [(A, B, 2, -2, 3, -1), (A, B, 0, -1, 2, -1), (seq("AAAA"), seq("CCCC"), 1, -2, 3, -1)],
    "align": [(A, B, 2), (A, B, 5), (seq("ACGT"), seq("ACGT"), 1), (seq("AAAA"), seq("CCCC"), 1)],
}
