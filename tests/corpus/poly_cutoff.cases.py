# A smooth polynomial cutoff and its derivative inside, at and beyond the cutoff radius.
CASES = {
    "polymial_cutoff": [(0.0, 2.5), (1.0, 2.5), (2.5, 2.5), (3.0, 2.5)],
}
