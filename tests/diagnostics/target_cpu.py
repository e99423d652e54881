# An unknown CPU is an error before codegen (LLVM would only warn, and abort
# on a 32-bit CPU), with the close matches.
from pycc import CC

cc = CC('cpu')
cc.target_cpu = 'skylak'


@cc.export('f', 'f8(f8)')
def f(x):
    return x
