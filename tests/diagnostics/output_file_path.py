# A literal output file name with a directory would write outside the
# output directory (`-o`): only the command line may give a path.
from pycc import CC

cc = CC('outfile')
cc.output_file = '../../x.so'


@cc.export('f', 'f8(f8)')
def f(x):
    return x
