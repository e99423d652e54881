"""Scalar f8/i8 programs: arithmetic, math, branches, loops (CPython reference)."""
import random, sys
R = random.Random(0)

FBIN = ['+', '-', '*', '/', '//', '%', '**']
IBIN = ['+', '-', '*', '//', '%', '&', '|', '^', '<<', '>>']
CMP = ['<', '<=', '>', '>=', '==', '!=']
FMATH = ['math.sqrt', 'math.exp', 'math.log', 'math.sin', 'math.cos', 'math.tanh', 'math.atan', 'math.floor', 'math.ceil', 'math.fabs', 'abs', 'math.log1p', 'math.expm1', 'math.trunc', 'round', 'math.erf', 'math.gamma', 'math.lgamma', 'math.asinh', 'math.atan2', 'math.hypot', 'math.copysign', 'math.fmod', 'min', 'max', 'math.pow', 'math.isnan', 'math.isinf', 'int',
         'math.erfc', 'math.cosh', 'math.sinh', 'math.radians', 'math.degrees', 'math.exp2', 'math.cbrt', 'math.log2', 'math.log10', 'math.tan',
         'math.isclose', 'math.asin', 'math.acos', 'math.acosh', 'math.atanh']
TWO = {'math.atan2', 'math.hypot', 'math.copysign', 'math.fmod', 'min', 'max', 'math.pow'}

class Fn:
    def __init__(self, name):
        self.name = name
        self.fvars = ['x', 'y', 't']
        self.ivars = ['n', 'k', 'm']
        self.depth = 0

    def fexpr(self, d=0):
        if d <= 3 and R.random() < 0.03:  # a comparison's bool in float arithmetic (True * x, x / (c + 1))
            return R.choice([f'(({self.cond(d+1)}) * {self.fexpr(d+1)})', f'({self.fexpr(d+1)} / (({self.cond(d+1)}) + 1))',
                             f'float(({self.cond(d+1)}) - ({self.cond(d+1)}))', f'(-({self.cond(d+1)}) + 0.5)'])
        r = R.random()
        if d > 3 or r < 0.25:
            c = R.random()
            if c < 0.6: return R.choice(self.fvars)
            if c < 0.8: return R.choice(['0.5', '1.0', '2.0', '-1.5', '3.25', '1e-3', '0.0', '10.0'])
            if c < 0.87: return R.choice(['math.inf', '(-math.inf)', 'math.nan', '(-0.0)', '1e-310', '5e-324', '1e308'])  # edge values
            return f'float({R.choice(self.ivars)})'
        if r < 0.55:
            op = R.choice(FBIN)
            a, b = self.fexpr(d+1), self.fexpr(d+1)
            if op == '**':
                b = R.choice(['2', '3', '0.5', '2.0', '-1', 'y', '4', '-2', '1.5'])
                if b in ('0.5', 'y', '1.5'): a = f'abs({a})'
            return f'({a} {op} {b})'
        if r < 0.75:
            f = R.choice(FMATH)
            if f == 'math.isclose':
                tol = R.choice(['', ', rel_tol=1e-3', ', abs_tol=0.5', ', rel_tol=0.25, abs_tol=1e-9'])
                return f'(1.0 if math.isclose({self.fexpr(d+1)}, {self.fexpr(d+1)}{tol}) else 0.0)'
            if f in ('math.isnan', 'math.isinf'):
                return f'(1.0 if {f}({self.fexpr(d+1)}) else 0.0)'
            if f == 'math.copysign':  # a nan's sign is unspecified (README Deviations): none reaches copysign
                b = self.fexpr(d+1)
                return f'{f}({self.fexpr(d+1)}, ({b} if {b} == {b} else 1.0))'
            if f in TWO: return f'{f}({self.fexpr(d+1)}, {self.fexpr(d+1)})'
            if f == 'round': return f'float(round(min(max({self.fexpr(d+1)}, -1e15), 1e15)))' if R.random()<0.5 else f'round({self.fexpr(d+1)}, {R.choice(["2", "-1", "0", "(n % 4)", "-(k % 3)"])})'
            if f in ('math.floor', 'math.ceil', 'math.trunc', 'int'): return f'float({f}(min(max({self.fexpr(d+1)}, -1e15), 1e15)))'
            return f'{f}({self.fexpr(d+1)})'
        if r < 0.85:
            return f'({self.fexpr(d+1)} if {self.cond(d+1)} else {self.fexpr(d+1)})'
        if r < 0.9:
            return f'(-{self.fexpr(d+1)})'
        if r < 0.915:  # tuple results indexed, ldexp/remainder (CPython's special values and errors)
            return R.choice([f'math.frexp({self.fexpr(d+1)})[{R.choice(["0", "-2"])}]', f'float(math.frexp({self.fexpr(d+1)})[1])',
                             f'math.modf({self.fexpr(d+1)})[{R.choice(["0", "1", "-1"])}]', f'math.ldexp({self.fexpr(d+1)}, {R.choice(["k % 64", "n", "-1075", "1024", "(n - k)"])})',
                             f'math.remainder({self.fexpr(d+1)}, {self.fexpr(d+1)})', f'divmod({self.fexpr(d+1)}, {R.choice(["2.5", "y", "(-0.0)"])})[{R.choice(["0", "1"])}]'])
        if r < 0.935:  # n-ary hypot, dist, prod, is_integer, and int / int exactly rounded (past 2**53 too)
            e = lambda: self.fexpr(d+1)
            return R.choice([f'math.hypot({", ".join(e() for _ in range(R.randint(3, 7)))})', f'math.dist(({e()}, {e()}), ({e()}, {e()}))',
                             f'math.prod(({e()}, {e()}, {self.iexpr(d+1)}))', f'(1.0 if ({e()}).is_integer() else 0.0)',
                             f'({self.iexpr(d+1)} / {R.choice(["n", "k", "3", "(k | 1)", "9007199254740993", "(-7)"])})',
                             f'({R.choice(["9007199254740993", "(n * 1000003 + 9007199254740993)", "(2**62 + k)"])} / {R.choice(["n", "k", "3", "m", "(-7)"])})'])
        if r < 0.94:  # min/max of an int and a float: either, then float arithmetic
            return f'({R.choice(["min", "max"])}({self.iexpr(d+1)}, {self.fexpr(d+1)}) + {R.choice(["0.0", "x", "abs(n)"])})'
        return f'({self.iexpr(d+1)} * {self.fexpr(d+1)})'

    def iexpr(self, d=0):
        if d <= 3 and R.random() < 0.04:  # bool arithmetic, int divmod, an unclamped int() of a float (ValueError, OverflowError)
            return R.choice([f'(({self.cond(d+1)}) * {self.iexpr(d+1)} - ({self.cond(d+1)}))', f'(({self.cond(d+1)}) // {R.choice(["1", "2", "(-3)"])})',
                             f'divmod({self.iexpr(d+1)}, {R.choice([self.iexpr(d+1), "(-4)", "k"])})[{R.choice(["0", "1"])}]',
                             self.int_of(R.choice(["1000003", "(-97)", "7"])), f'(True + {self.iexpr(d+1)})'])
        r = R.random()
        if d > 3 or r < 0.3:
            c = R.random()
            if c < 0.6: return R.choice(self.ivars)
            return R.choice(['0', '1', '2', '3', '-1', '7', '100', '-5'])
        if r < 0.65:
            op = R.choice(IBIN)
            a, b = self.iexpr(d+1), self.iexpr(d+1)
            if op in ('<<', '>>'): b = R.choice(['1', '2', '3', '(k & 7)'] + (['63', '(k & 63)'] if op == '>>' else []))
            return f'({a} {op} {b})'
        if r < 0.7:
            return R.choice([f'abs({self.iexpr(d+1)})', f'(~{self.iexpr(d+1)})', f'((-{self.iexpr(d+1)}) >> {R.choice(["1", "3", "(k & 7)"])})'])
        if r < 0.75:  # an int power with a variable exponent (CPython's int for exponents >= 0)
            # the base mod 1000 keeps the power inside int64 (a wrapped temporary is no local wide_ints sees)
            return f'(({R.choice(self.ivars + ["3", "-2"])} % 1000) ** (abs({R.choice(self.ivars)}) % {R.choice(["4", "7"])}))'
        if r < 0.82:
            return f'min({self.iexpr(d+1)}, {self.iexpr(d+1)})'
        if r < 0.88:
            return f'({self.iexpr(d+1)} if {self.cond(d+1)} else {self.iexpr(d+1)})'
        if r < 0.9:  # a comparison's bool in int arithmetic
            return f'(({self.cond(d+1)}) + {self.iexpr(d+1)})'
        if r < 0.95:  # int functions of math and int methods, arguments kept where results fit int64
            a, b = self.iexpr(d+1), self.iexpr(d+1)
            return R.choice([f'math.isqrt(abs({a}))', f'math.factorial(abs({a}) % 21)', f'math.comb(abs({a}) % 60, {b} % 61)',
                             f'math.perm(abs({a}) % 21, {b} % 22)', f'({a}).bit_length()', f'math.gcd({a}, {b}, {R.choice(self.ivars)})',
                             f'math.lcm({a} % 1000, {b} % 1000)', f'math.isqrt({a})'])
        return f'int({self.fexpr(d+1)} > {self.fexpr(d+1)})'

    def int_of(self, mod):
        """int() of a float variable, nan and inf included (ValueError, OverflowError), others clamped inside int64."""
        v = R.choice(self.fvars)
        return f'(int(min(max({v}, -1e15), 1e15) if abs({v}) < math.inf else {v}) % {mod})'

    def cond(self, d=0):
        if R.random() < 0.04:  # nan in comparison chains: every comparison with it is False but !=
            nan = R.choice(['math.nan', '(-math.nan)', '(math.inf - math.inf)'])
            return R.choice([f'{self.fexpr(d+1)} {R.choice(CMP)} {nan} {R.choice(CMP)} {self.fexpr(d+1)}', f'{nan} {R.choice(CMP)} {self.fexpr(d+1)}',
                             f'{self.fexpr(d+1)} {R.choice(CMP)} {self.fexpr(d+1)} != {nan}'])
        r = R.random()
        if r < 0.5: return f'{self.fexpr(d+1)} {R.choice(CMP)} {self.fexpr(d+1)}'
        if r < 0.7: return f'{self.iexpr(d+1)} {R.choice(CMP)} {self.iexpr(d+1)}'
        if r < 0.72: return f'{self.fexpr(d+1)} < {self.fexpr(d+1)} <= {self.fexpr(d+1)}'
        # chains mixing ints and floats, each operand evaluated once
        if r < 0.75: return f'{self.iexpr(d+1)} {R.choice(CMP)} {self.fexpr(d+1)} {R.choice(CMP)} {self.iexpr(d+1)}'
        # an int against a float, compared by value (ints past 2**53 included)
        if r < 0.8: return f'{R.choice([self.iexpr(d+1), "9007199254740993", "(n % 4 + 9007199254740991)"])} {R.choice(CMP)} {R.choice([self.fexpr(d+1), "9007199254740992.0", "9.223372036854776e18"])}'
        if r < 0.9: return f'({self.cond(d+2)}) and ({self.cond(d+2)})'
        return f'not ({self.cond(d+2)})'

    def stmts(self, ind, budget):
        out = []
        for _ in range(budget):
            r = R.random()
            p = ' ' * ind
            if r < 0.3:
                v = R.choice(self.fvars + ['t'])
                if v not in self.fvars: self.fvars.append(v)
                out.append(f'{p}{v} = {self.fexpr()}')
            elif r < 0.45:
                v = R.choice(self.ivars + ['m'])
                if v not in self.ivars: self.ivars.append(v)
                out.append(f'{p}{v} = {self.iexpr()}')
            elif r < 0.55:
                v = R.choice(self.fvars)
                out.append(f'{p}{v} {R.choice(["+=", "-=", "*="])} {self.fexpr()}')
            elif r < 0.7 and ind < 12:
                out.append(f'{p}if {self.cond()}:')
                out += self.stmts(ind + 4, 2)
                if R.random() < 0.5:
                    out.append(f'{p}else:')
                    out += self.stmts(ind + 4, 2)
            elif r < 0.8 and ind < 12:
                i = f'i{ind}'
                out.append(f'{p}for {i} in range({R.choice(["n % 13", "3", "k % 7", "1, n % 9, 2", "10, 0, -3"])}):')
                self.ivars.append(i)
                body = self.stmts(ind + 4, 2)
                self.ivars.remove(i)
                out += body
                if R.random() < 0.3:
                    out.append(f'{p}    if {self.cond()}:')
                    out.append(f'{p}        {R.choice(["break", "continue"])}')
            elif r < 0.85 and ind < 12:
                w = f'w{ind}'
                out.append(f'{p}{w} = 0')
                c = self.cond() if R.random() < 0.6 else f'({self.cond(2)} or {w} % 2 == 1) and not ({self.cond(2)})'
                out.append(f'{p}while {w} < (n % 5) and {c}:')
                out.append(f'{p}    {w} += 1')
                out += self.stmts(ind + 4, 1)
            elif r < 0.88:  # divmod, unpacked (floats by -0.0, inf, nan too; ints by negatives)
                if R.random() < 0.5:
                    out.append(f'{p}dq, dr = divmod({self.fexpr()}, {R.choice([self.fexpr(), "(-0.0)", "math.inf", "(-2.5)", "y"])})')
                    out.append(f'{p}acc = acc + dq * 0.5 + dr')
                else:
                    out.append(f'{p}iq, ir = divmod({self.iexpr()}, {R.choice([self.iexpr(), "(-3)", "k", "(n % 5 - 2)"])})')
                    out.append(f'{p}acc = acc + float(iq) * 0.25 + ir')
            elif r < 0.92 and ind < 12:  # for-else / while-else, and an early return from nested loops
                i, w = f'i{ind}', f'w{ind}'
                if R.random() < 0.4:
                    out.append(f'{p}for {i} in range({R.choice(["n % 7", "4", "k % 5"])}):')
                    out.append(f'{p}    acc += {self.fexpr()}')
                    out.append(f'{p}    if {self.cond()}:')
                    out.append(f'{p}        break')
                elif R.random() < 0.6:
                    out.append(f'{p}{w} = 0')
                    out.append(f'{p}while {w} < {R.choice(["n % 6", "3", "abs(k) % 4"])}:')
                    out.append(f'{p}    {w} += 1')
                    out.append(f'{p}    if {self.cond()}:')
                    out.append(f'{p}        break')
                else:
                    j = f'j{ind}'
                    out.append(f'{p}for {i} in range({R.choice(["n % 5", "3"])}):')
                    out.append(f'{p}    for {j} in range({R.choice(["k % 4", "2", i])}):')
                    self.ivars += [i, j]
                    out.append(f'{p}        if {self.cond()}:')
                    out.append(f'{p}            return {self.fexpr() if self.ret == "f8" else self.iexpr()}')
                    self.ivars.remove(i)
                    self.ivars.remove(j)
                    out.append(f'{p}        acc += {self.fexpr()}')
                    return out
                out.append(f'{p}else:')
                out.append(f'{p}    acc = acc - {self.fexpr()}')
            elif r < 0.925:  # try/except of what CPython raises (division by zero, int() of nan or inf)
                out.append(f'{p}try:')
                out.append(f'{p}    acc = acc + {R.choice([self.fexpr(), "1.0"])} / {R.choice([self.fexpr(), "x", "float(k)"])}')
                out.append(f'{p}    m = {R.choice([self.iexpr(), "n"])} // {R.choice([self.iexpr(), "k", "(n - k)"])}')
                out.append(f'{p}    acc = acc + {self.int_of("101")}')
                out.append(f'{p}except {R.choice(["ZeroDivisionError", "(ValueError, OverflowError)", "ArithmeticError", "Exception"])}:')
                out.append(f'{p}    acc = acc - 1.5')
                if R.random() < 0.3:
                    out.append(f'{p}else:')
                    out.append(f'{p}    acc = acc * 0.5')
                if R.random() < 0.3:
                    out.append(f'{p}finally:')
                    out.append(f'{p}    t = t + 1.0')
            elif r < 0.94:  # a raise under a condition (exceptions compare by type)
                out.append(f'{p}if {self.cond()}:')
                out.append(f'{p}    raise {R.choice(["ValueError", "ZeroDivisionError", "RuntimeError"])}("probe")')
            else:
                out.append(f'{p}acc = acc + {self.fexpr()}')
        return out

    def source(self):
        self.ret = 'f8' if R.random() < 0.7 else 'i8'
        body = self.stmts(4, R.randint(2, 6))
        ret = R.choice(['acc + x', 'acc', 'float(n) + acc', 'x + y', self.fexpr()])
        if self.ret == 'f8':
            sig, ret_line = 'f8(f8, f8, i8, i8)', f'    return {ret}'
        else:
            sig, ret_line = 'i8(f8, f8, i8, i8)', f'    return {self.iexpr()}'
        return [f"@cc.export('{self.name}', '{sig}')", f'def {self.name}(x, y, n, k):', '    acc = 0.0', '    t = 0.25', '    m = 3'] + body + [ret_line]

def program(nf):
    lines = ['import math', 'from numba.pycc import CC', "cc = CC('fz_scalars')", '']
    for i in range(nf):
        lines += Fn(f'f{i}').source() + ['']
    return '\n'.join(lines) + '\n'
if __name__ == "__main__":
    R.seed(int(sys.argv[1]))
    print(program(int(sys.argv[2]) if len(sys.argv) > 2 else 8))
