# differential-python: numpy
# corpus13's forms of real numba.pycc files: an export whose signature
# declares a tuple result holding lists and strs
# (`'types.Tuple((i8, types.List(i8), types.List(i8)))(types.List(i8), ...)'`,
# a list-mixing puzzle that `del`s and `insert`s into reflected list
# arguments and returns them beside a count); the numbers converted to
# the declared types, the lists boxed as new Python lists, the reflected
# arguments written back.
from pycc import CC

cc = CC("corpus13_forms")


@cc.export("find", "i8(types.List(i8), i8)")
def find(cur_indices, i):
    return [k for k, v in enumerate(cur_indices) if v == i][0]


@cc.export("mix", "types.Tuple((i8, types.List(i8), types.List(i8)))(types.List(i8), types.List(i8), types.List(i8))")
def mix(numbers, orig_numbers, cur_indices):
    tot_len = len(orig_numbers)
    for i in range(tot_len):
        assert len(set(cur_indices)) == len(cur_indices) == tot_len
        val = orig_numbers[i]
        cur_idx = find(cur_indices, i)
        new_idx = cur_idx + val
        while new_idx >= tot_len:
            new_idx = (new_idx % tot_len) + (new_idx // tot_len)
        while new_idx <= -tot_len:
            new_idx = -(-new_idx % tot_len) - (-new_idx // tot_len)
        del numbers[cur_idx]
        numbers.insert(new_idx, val)
        del cur_indices[cur_idx]
        cur_indices.insert(new_idx, i)
    return tot_len, numbers, cur_indices


@cc.export("halves", "Tuple((f8, List(float64), unicode_type))(i8)")
def halves(n):
    out = [0.5 * i for i in range(n)]
    if n > 3:
        return n, out, 'long'
    return len(out) * 2, out, 'short'


@cc.export("flags", "Tuple((List(b1), i8))(List(i8), i8)")
def flags(xs, t):
    out = []
    c = 0
    for x in xs:
        out.append(x > t)
        if x > t:
            c += 1
    return (out, c)


def _mix_args(xs):
    return lambda: (list(xs), list(xs), list(range(len(xs))))


CASES = {
    "find": [([3, 1, 2, 0], 2), ([5, 6, 7], 5), ([5, 6, 7], 9)],
    "mix": [_mix_args([1, 2, -3, 3, -2, 0, 4]), _mix_args([0]), _mix_args([7, -9, 12]), lambda: ([1, 2], [1, 2], [0, 0])],
    "halves": [(0,), (2,), (5,)],
    "flags": [([1, 5, 3, 8], 3), ([], 0)],
}
