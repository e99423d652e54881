"""Expression-tree fuzzer, written apart from the other kinds on purpose:
it grows random typed expression trees over mixed scalar kinds (int64,
int32, uint8, float32, float64, bool, complex128) with every Python operator
(`**`, `//`, `%`, shifts, bitwise ops on negatives, unary ops, chained
comparisons, ternaries), casts (`int()`, `float()`, `bool()`,
`np.float32()`, `np.int8()`...), `math.*` and numpy ufuncs on scalars, edge
constants (0, -1, 2**31, 2**63-1, -2**63, nan, inf, -0.0, 1e308, 5e-324),
statements around them (nested loops with break/continue, while/else, early
returns, tuples, lists) and 1-3-d array parameters read through slices with
negative steps, boolean masks, fancy indexing and `axis=` reductions.
Signatures use numba's spellings: strings (`'f8(i8, f8[:])'`) and type
objects (`float64(int32, float64[:, ::1])`, `types.float64[:]`).

Where numba's typing and CPython's values part by design the trees keep
out: an int exponent is masked non-negative (`e ** (k & 3)`), shift counts
are masked, unsigned and float32 leaves are widened first (`int(u)`,
`float(y)`), a float base of a float power is `abs()`ed, numpy scalar
results are made Python numbers (`float(np.sqrt(x))`) and ternary arms
share one kind. Ints that leave int64 on the way (pycc wraps, documented)
are caught by `reference()`, which wraps every operation of the CPython
twin in a check: such a case is skipped, not compared.
"""
import ast
import math
import os
import random
import sys

R = random.Random(0)
SIGS = {}  # export name -> its parameters' codes, for inputs()
WIDE = []  # set by the reference twin when an int left int64

ICONST = ['0', '1', '-1', '2', '3', '7', '-13', '2**31', '2**63-1', '-2**63', '-9223372036854775808', '255', '100']
FCONST = ['0.0', '-0.0', '1.5', '-2.25', '0.1', 'math.nan', "float('nan')", 'math.inf', '-math.inf', "float('-inf')",
          '1e308', '5e-324', '-1e-05', '3.0', 'math.pi']
CCONST = ['1j', '(1+2j)', '(-0.5+0j)', '0j', 'complex(1.5, -2.0)']

# parameter code -> (numba string spellings, numba object spellings, kind of the leaf)
PARAM = {'i8': (['i8', 'int64', 'intp'], ['int64', 'types.int64', 'types.intp'], 'i'),
         'i4': (['i4', 'int32', 'intc'], ['int32', 'types.int32'], 'i'),
         'u1': (['u1', 'uint8'], ['uint8', 'types.uint8'], 'i'),
         'f4': (['f4', 'float32'], ['float32', 'types.float32'], 'f'),
         'f8': (['f8', 'float64', 'double'], ['float64', 'types.float64', 'types.double'], 'f'),
         'b1': (['b1', 'boolean'], ['boolean', 'types.boolean'], 'b'),
         'c16': (['c16', 'complex128'], ['complex128', 'types.complex128'], 'c')}
ARRAYS = {'f8:1', 'f8:2', 'f8:3', 'i8:1'}


def REJECTED(*forms):
    """Forms pycc rejects with a diagnostic (counted in fuzz14's report), generated only with EXPRTREE_ALL=1:
    indexing the value of an index expression (`m[::-1, ::-1][0, 0]`: 'indexing anything but a tuple
    variable'), a method or np.sum of a fancy-indexed array inline (`a[np.array([0, -1])].sum()`, 'the method `.sum()` of
    the value of an expression'; `np.sum(a[np.array([0, -1])])`, 'numpy.sum() needs an array here')."""
    return list(forms) if os.environ.get('EXPRTREE_ALL') else []


class Fn:
    """One function being generated: its parameters, locals by kind, lines."""

    def __init__(self, params):
        self.params = params  # [(name, code)]
        self.locals = {'i': [], 'f': [], 'b': [], 'c': []}
        self.lines = []
        self.n = 0

    def fresh(self):
        self.n += 1
        return f'v{self.n}'


def leaf(fn, k):
    names = [(n, c) for n, c in fn.params if ':' not in c and PARAM[c][2] == k]
    if names and R.random() < 0.55:
        n, c = R.choice(names)
        if c == 'u1':
            return R.choice([f'int({n})', f'({n} + 0)'])
        if c == 'f4':
            return R.choice([f'float({n})', f'({n} * 1.0)'])
        return n
    if fn.locals[k] and R.random() < 0.5:
        return R.choice(fn.locals[k])
    return R.choice({'i': ICONST, 'f': FCONST, 'b': ['True', 'False'], 'c': CCONST}[k])


def arrays(fn, code):
    return [n for n, c in fn.params if c == code]


def array_read(fn, k, d):
    """A scalar of kind k read from an array parameter, or None without one."""
    f1, f2, f3, i1 = (arrays(fn, c) for c in ('f8:1', 'f8:2', 'f8:3', 'i8:1'))
    x = lambda: expr(fn, 'f', d + 1)
    i = lambda: expr(fn, 'i', d + 1)
    opts = []
    if k == 'f':
        for a in f1:
            opts += [f'float(np.sum({a}[::-1]))', f'float({a}[1::2].sum())', f'float(np.max({a}[::-2]))',
                     f'float({a}[{a} > {x()}].sum())', *REJECTED(f'float({a}[np.array([0, -1])].sum())', f'float(np.sum({a}[np.array([0, -1])]))'),
                     f'float(np.prod({a}[:3]))', f'float(np.min({a} * {x()} + 1.0))', f'float(np.cumsum({a})[-1])',
                     f'float({a}[{i()} % {a}.shape[0]])', f'float({a}[-1])', f'float(np.mean({a}[::2]))',
                     f'float({a}[{i()}])']
        for m in f2:
            opts += [f'float(np.sum({m}, axis=0)[-1])', f'float({m}.max(axis=1).sum())',
                     f'float({m}[::-1, 1:].sum())', f'float({m}[:, -1].min())', f'float({m}[{m} > 0.0].sum())',
                     f'float(np.sum({m}.T[0]))', f'float({m}.min(axis=0)[0])', f'float(np.sum({m}[::-1, ::-1]))'] + REJECTED(f'float({m}[::-1, ::-1][0, 0])')
        for t in f3:
            opts += [f'float(np.sum({t}, axis=2)[0, 0])', f'float({t}[:, ::-1, 1].sum())',
                     f'float({t}.max(axis=1)[-1, 0])', f'float({t}[{t} < 0.5].sum())', f'float({t}[0].mean())']
    if k == 'i':
        for a in i1:
            opts += [f'int({a}[{a} % 2 == 0].sum())', f'int({a}.max())', f'int(np.sum({a}[::-1] * 3))',
                     *REJECTED(f'int(np.sum({a}[np.array([-1, 0])]))'), f'int(np.argmax({a}))', f'int({a}[{i()} % {a}.size])']
        for a in f1:
            opts += [f'int(np.sum({a} > 0.0))', f'int(np.argmin({a}[::-1]))', f'int(np.count_nonzero({a}))']
        for m in f2:
            opts += [f'int(np.argmax({m}[0]))', f'{m}.shape[0]', f'len({m})']
    return R.choice(opts) if opts else None


def expr(fn, k, d=0):
    """A random expression of kind k ('i' int, 'f' float, 'b' bool, 'c' complex)."""
    if d > 3 or R.random() < 0.22:
        if R.random() < 0.2:
            r = array_read(fn, k, d)
            if r:
                return r
        return leaf(fn, k)
    e = lambda kk: expr(fn, kk, d + 1)
    if R.random() < 0.08:
        return f'({e(k)} if {e("b")} else {e(k)})'
    x = R.choice(GROW[k])(e)
    return '0' if k == 'i' and wide_literal(x) else x


def wide_literal(x):
    """Whether x is arithmetic on literals alone past int64 (`-2**63 - 1`): CPython's compiler folds it to
    a big int, which numba (and pycc) reject as a constant no int type holds."""
    try:
        v = eval(x, {'__builtins__': {}}, {})
    except Exception:  # names, calls, or an error CPython leaves to run time
        return False
    return type(v) is int and not -(2**63) <= v < 2**64


GROW = {
    'i': [
        lambda e: f'({e("i")} {R.choice(["+", "-", "*"])} {e("i")})',
        lambda e: f'({e("i")} {R.choice(["//", "%"])} {e("i")})',
        lambda e: f'({e("i")} ** ({e("i")} & 3))',
        lambda e: f'({e("i")} << ({e("i")} & 15))',
        lambda e: f'({e("i")} >> ({e("i")} & 63))',
        lambda e: f'({e("i")} {R.choice(["&", "|", "^"])} {e("i")})',
        lambda e: f'(~{e("i")})',
        lambda e: f'(-{e("i")})',
        # `+ 0` widens an int32 to int64 first: numba's abs keeps int32, so abs(-2**31) stays negative (Deviations)
        lambda e: f'abs({e("i")} + 0)',
        lambda e: f'int({e("f")})',
        lambda e: f'({e("b")} + {e("i")})',
        lambda e: f'math.{R.choice(["floor", "ceil", "trunc"])}({e("f")})',
        lambda e: f'round({e("f")})',
        lambda e: f'{R.choice(["min", "max"])}({e("i")}, {e("i")})',
        lambda e: f'int({e("b")})',
        lambda e: R.choice([f'int(np.int8({e("i")} % 256 - 128))', f'int(np.uint8({e("i")} % 256))',
                            f'int(np.int16({e("i")} % 65536 - 32768))', f'int(np.int32({e("i")} % 2**32 - 2**31))']),
    ],
    'f': [
        lambda e: f'({e("f")} {R.choice(["+", "-", "*", "/"])} {e(R.choice("fi"))})',
        lambda e: f'({e("i")} {R.choice(["+", "*", "/"])} {e("f")})',
        lambda e: f'({e("i")} / {e("i")})',
        lambda e: f'({e("f")} {R.choice(["//", "%"])} {e(R.choice("fi"))})',
        lambda e: f'(abs({e("f")}) ** {e("f")})',
        lambda e: f'({e("f")} ** ({e("i")} % 5 - 2))',
        lambda e: f'(-{e("f")})',
        lambda e: f'float({e(R.choice("ib"))})',
        lambda e: f'math.{R.choice(["sqrt", "exp", "log", "log1p", "sin", "cos", "tanh", "atan", "fabs", "expm1"])}({e("f")})',
        lambda e: f'math.{R.choice(["atan2", "hypot", "copysign", "fmod"])}({e("f")}, {e("f")})',
        lambda e: f'float(np.{R.choice(["sqrt", "sin", "exp", "log", "abs", "floor", "float32", "tanh", "rint"])}({e("f")}))',
        lambda e: f'float(np.{R.choice(["maximum", "fmin", "hypot", "arctan2", "power", "fmod"])}({e("f")}, {e("f")}))',
        lambda e: f'abs({e("c")})',
        lambda e: f'{e("c")}.{R.choice(["real", "imag"])}',
        lambda e: f'{R.choice(["min", "max"])}({e("f")}, {e("f")})',
    ],
    'b': [
        lambda e: f'({e(R.choice("if"))} {R.choice(["<", "<=", ">", ">=", "==", "!="])} {e(R.choice("if"))})',
        lambda e: (lambda k: f'({e(k)} {R.choice(["<", "<="])} {e(k)} {R.choice(["<", "<=", "==", "!="])} {e(k)})')(R.choice('if')),
        lambda e: f'(not {e("b")})',
        lambda e: f'({e("b")} {R.choice(["and", "or"])} {e("b")})',
        lambda e: f'({e("b")} {R.choice(["&", "|", "^"])} {e("b")})',
        lambda e: f'math.{R.choice(["isnan", "isinf", "isfinite"])}({e("f")})',
        lambda e: f'bool({e(R.choice("if"))})',
        lambda e: f'bool(np.{R.choice(["isnan", "isfinite", "signbit"])}({e("f")}))',
        lambda e: f'({e("c")} {R.choice(["==", "!="])} {e("c")})',
    ],
    'c': [
        lambda e: f'({e("c")} {R.choice(["+", "-", "*", "/"])} {e("c")})',
        lambda e: f'({e("f")} {R.choice(["+", "*"])} {e("c")})',
        lambda e: f'(-{e("c")})',
        lambda e: f'{e("c")}.conjugate()',
        lambda e: f'complex({e("f")}, {e("f")})',
    ],
}


def kind_of_return():
    return R.choice(['f', 'i', 'b', 'c', 'fi', 'ff'])


def ret_expr(fn, rk):
    return ', '.join(expr(fn, k, 1) for k in rk)


def stmt(fn, rk, depth, in_loop):
    """One statement (a list of lines at `depth` indentation)."""
    pad = '    ' * depth
    r = R.random()
    if r < 0.3 or not any(fn.locals.values()):
        k = R.choice('iffbc')
        v = fn.fresh()
        line = f'{pad}{v} = {expr(fn, k)}'
        fn.locals[k].append(v)
        return [line]
    if r < 0.42:
        k = R.choice([k for k in 'if' if fn.locals[k]] or ['b'])
        if k == 'b':
            return stmt(fn, rk, depth, in_loop)
        v = R.choice(fn.locals[k])
        op = R.choice(['+=', '-=', '*='] + (['//=', '%='] if k == 'i' else ['/=']))
        return [f'{pad}{v} {op} {expr(fn, k, 1)}']
    if r < 0.52:
        k = R.choice('if')
        v = fn.fresh()
        out = [f'{pad}if {expr(fn, "b", 1)}:', f'{pad}    {v} = {expr(fn, k, 1)}', f'{pad}else:',
               f'{pad}    {v} = {expr(fn, k, 1)}']
        fn.locals[k].append(v)
        return out
    if r < 0.62 and depth < 3:
        return for_loop(fn, rk, depth)
    if r < 0.68 and depth < 3:
        return while_loop(fn, rk, depth)
    if r < 0.75:
        return [f'{pad}if {expr(fn, "b", 1)}:', f'{pad}    return {ret_expr(fn, rk)}']
    if r < 0.85:
        k1, k2 = R.choice('if'), R.choice('ifb')
        t, a, b = fn.fresh(), fn.fresh(), fn.fresh()
        out = [f'{pad}{t} = ({expr(fn, k1, 1)}, {expr(fn, k2, 1)})', f'{pad}{a}, {b} = {t}']
        if in_loop:  # a local first bound in a loop body is not read after it (CPython: maybe unbound)
            out.append(f'{pad}{a} = {t}[0]')
        fn.locals[k1].append(a)
        fn.locals[k2].append(b)
        return out
    k = R.choice('if')
    lst, v = fn.fresh(), fn.fresh()
    items = ', '.join(expr(fn, k, 2) for _ in range(R.randint(1, 4)))
    out = [f'{pad}{lst} = [{items}]', f'{pad}{lst}.append({expr(fn, k, 2)})',
           f'{pad}{v} = {lst}[{expr(fn, "i", 2)} % len({lst})] + {R.choice(["sum", "min", "max"])}({lst})']
    fn.locals[k].append(v)
    return out


def block(fn, rk, depth, n, in_loop):
    """n statements whose new locals stay local to the block (a loop body may run zero times)."""
    saved = {k: list(v) for k, v in fn.locals.items()}
    out = []
    for _ in range(n):
        out += stmt(fn, rk, depth, in_loop)
    fn.locals = saved
    return out


def accumulator(fn, pad):
    k = R.choice('if')
    v = fn.fresh()
    return k, v, f'{pad}{v} = {R.choice(["0", "1", "-3"]) if k == "i" else R.choice(["0.0", "1.0", "-0.0"])}'


def for_loop(fn, rk, depth):
    pad = '    ' * depth
    k, acc, init = accumulator(fn, pad)
    i, j = fn.fresh(), fn.fresh()
    # The bound is parenthesized: `range(2**63 - 1 % 6)` would never end.
    rng = R.choice([f'range(({expr(fn, "i", 2)}) % 6)', 'range(4)', f'range(5, ({expr(fn, "i", 2)}) % 4, -1)',
                    f'range(-2, 3)'])
    inner = R.choice([f'range({i}, 4)', f'range({i})', f'range(3, -1, -2)'])
    fn.locals['i'].append(i)
    body = [f'{pad}for {i} in {rng}:']
    body.append(f'{pad}    if {expr(fn, "b", 2)}:')
    body.append(f'{pad}        {R.choice(["break", "continue"])}')
    if R.random() < 0.5:
        fn.locals['i'].append(j)
        body += [f'{pad}    for {j} in {inner}:', f'{pad}        if {expr(fn, "b", 2)}:',
                 f'{pad}            {R.choice(["break", "continue"])}',
                 f'{pad}        {acc} += {expr(fn, k, 2)}']
        fn.locals['i'].remove(j)
    body += block(fn, rk, depth + 1, R.randint(0, 2), True)
    body.append(f'{pad}    {acc} += {expr(fn, k, 2)}')
    fn.locals['i'].remove(i)
    fn.locals[k].append(acc)
    return [init] + body


def while_loop(fn, rk, depth):
    pad = '    ' * depth
    k, acc, init = accumulator(fn, pad)
    w = fn.fresh()
    out = [init, f'{pad}{w} = 0', f'{pad}while {w} < {R.choice(["3", "5", "1"])}:', f'{pad}    {w} += 1',
           f'{pad}    if {expr(fn, "b", 2)}:', f'{pad}        break']
    out += block(fn, rk, depth + 1, R.randint(0, 2), True)
    out.append(f'{pad}    {acc} += {expr(fn, k, 2)}')
    if R.random() < 0.6:
        out += [f'{pad}else:', f'{pad}    {acc} -= {expr(fn, k, 2)}']
    fn.locals[k].append(acc)
    fn.locals['i'].append(w)
    return out


def sig_of(codes, rk, obj):
    """A numba signature for parameter codes and return kinds: a string or type objects."""
    def one(c):
        if ':' in c:
            dt, nd = c.split(':')
            axes = [':'] * int(nd)
            if R.random() < 0.3:
                axes[-1] = '::1'
            base = R.choice(PARAM[dt][1] if obj else PARAM[dt][0])
            return f'{base}[{", ".join(axes)}]'
        return R.choice(PARAM[c][1] if obj else PARAM[c][0])
    rt = {'f': 'f8', 'i': 'i8', 'b': 'b1', 'c': 'c16'}
    plain = {'f': 'f8', 'i': 'i8', 'b': 'b1', 'c': 'c16', 'fi': 'Tuple((f8, i8))', 'ff': 'UniTuple(f8, 2)'}[rk]
    if len(rk) == 2:
        ret = (f'types.Tuple(({one(rt[rk[0]])}, {one(rt[rk[1]])}))' if obj else f'Tuple(({one(rt[rk[0]])}, {one(rt[rk[1]])}))')
    else:
        ret = one(rt[rk])
    args = ', '.join(one(c) for c in codes)
    return plain, (f'{ret}({args})' if obj else f"'{ret}({args})'")


def function(i):
    scal = R.sample(list(PARAM), R.randint(1, 4))
    arr = R.sample(sorted(ARRAYS), R.choice([0, 0, 1, 1, 2]))
    codes = scal + arr
    names = [chr(ord('a') + j) for j in range(len(codes))]
    fn = Fn(list(zip(names, codes)))
    rk = kind_of_return()
    body = []
    for _ in range(R.randint(2, 6)):
        body += stmt(fn, rk, 1, False)
    body.append(f'    return {ret_expr(fn, rk)}')
    plain, sig = sig_of(codes, rk, R.random() < 0.4)
    SIGS[f'f{i}'] = codes
    return ([f'# sig f{i}: {plain}({", ".join(codes)})', f'@cc.export(\'f{i}\', {sig})',
             f'def f{i}({", ".join(names)}):'] + body + [''])


def program(nf):
    SIGS.clear()
    out = ['import math', 'import numpy as np', 'from numba import types',
           'from numba import int32, int64, intp, intc, uint8, float32, float64, double, boolean, complex128',
           'from numba.pycc import CC', "cc = CC('fz_exprtree')", '']
    for i in range(nf):
        out += function(i)
    return '\n'.join(out) + '\n'


VALS = {'i8': [0, 1, -1, 2, 7, -13, 2**31, 2**63 - 1, -2**63, 100, -100, 3],
        'i4': [0, 1, -1, 5, -7, 2**31 - 1, -2**31, 65536, 3],
        'u1': [0, 1, 2, 7, 128, 200, 255],
        'f4': [0.0, -0.0, 1.5, -2.25, 3.0, 0.5, math.inf, -math.inf, math.nan, 100.0],
        'f8': [0.0, -0.0, 0.1, 1.5, -2.5, 3.0, 1e308, -1e308, 5e-324, math.inf, -math.inf, math.nan, 7.25, -1.0],
        'b1': [True, False],
        'c16': [0j, 1j, 1 + 2j, -0.5 + 0j, complex(math.inf, 1.0), complex(3.0, -4.0)]}


def inputs(name, rr):
    import numpy as np

    g = np.random.default_rng(rr.randrange(2**32))
    n, m = int(g.choice([1, 2, 3, 5])), int(g.choice([1, 2, 4]))
    out = []
    for c in SIGS[name]:
        if ':' not in c:
            out.append(rr.choice(VALS[c]))
            continue
        dt, nd = c.split(':')
        shape = [(n,), (n, m), (n, m, 2)][int(nd) - 1]
        if dt == 'i8':
            out.append(g.integers(-9, 10, shape).astype(np.int64))
            continue
        v = g.standard_normal(shape) * rr.choice([1.0, 4.0])
        if rr.random() < 0.15:
            v.flat[-1] = rr.choice([np.nan, np.inf, -0.0])
        out.append(v)
    return tuple(out)


class _Check(ast.NodeTransformer):
    """Wraps each operation and call of the reference in `_w(...)`."""

    def generic_visit(self, node):
        super().generic_visit(node)
        if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Call)) and not _constant(node):
            return ast.copy_location(ast.Call(ast.Name('_w', ast.Load()), [node], []), node)
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):  # v op= e: v = _w(v op e)
            tgt = ast.Name(node.target.id, ast.Load())
            val = ast.Call(ast.Name('_w', ast.Load()), [ast.BinOp(tgt, node.op, node.value)], [])
            return ast.copy_location(ast.Assign([node.target], val), node)
        return node


def _constant(node):
    """Whether node is arithmetic on literals only (`-2**63`), which CPython's compiler folds exactly, as pycc."""
    return all(isinstance(n, (ast.Constant, ast.BinOp, ast.UnaryOp, ast.operator, ast.unaryop)) for n in ast.walk(node))


def _w(v):
    if type(v) is int and not -(2**63) <= v < 2**63:
        WIDE.append(v)
    return v


def reference(src):
    """The CPython twin: each int operation recorded in WIDE when its exact value leaves int64."""
    tree = ast.parse(src)
    for f in tree.body:
        if isinstance(f, ast.FunctionDef):
            f.body = [_Check().visit(s) for s in f.body]
    return 'from exprtree import _w\n' + ast.unparse(ast.fix_missing_locations(tree))


if __name__ == '__main__':
    R.seed(int(sys.argv[1]))
    print(program(6))
