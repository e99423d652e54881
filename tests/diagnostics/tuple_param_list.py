from pycc import CC

cc = CC('tuple_param_list')


# A declared tuple result may hold a list (tests/programs/corpus13_forms.py);
# a tuple parameter holding one is not supported yet.
@cc.export('total', 'i8(Tuple((i8, List(i8))))')
def total(t):
    n, xs = t
    return n + len(xs)
