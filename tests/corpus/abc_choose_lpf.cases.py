# ABC110 D-style: the number of length-n sequences of positive integers for each
# product up to m, summed (the export prints it). Each call builds tables of 2**20.
CASES = {
    "solve": [(2, 6), (3, 12), (1, 1)],
}
