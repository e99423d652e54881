"""numpy API fuzzer: random calls of the numpy functions the README lists as
compiled (sorting, set routines, stacking, searching, statistics with axis=
and keepdims=, nan-reductions, linalg, constructors, shape functions, ufuncs
and their keywords), nested two deep, on i4/i8/u1/f4/f8/b1 arrays of 1 to 3
dimensions and Python numbers, returned as arrays, numbers or tuples.

A call is kept only when numpy runs it on small arrays of the parameters'
dtypes, and each result's declared type is the one numpy gives (half the
exports use numba's bare argument list instead, so that pycc infers it). So
a compile failure is a gap in what pycc compiles of numpy's API, and a
difference is a wrong dtype, shape, value or exception."""
import random
import sys
import warnings

import numpy as np

from ndarrays import CODE, PARAMS, dummy_env, export, module

R = random.Random(0)

# Leaves by ndim; `p` is a permutation-free 1-d float array, `s` a sorted one.
LEAF = {
    1: ['a', 'b', 'ia', 'ja', 'ua', 'ba', 'a[::-1]', 'ja[1:]', 'A[0]', 'A[:, 1]', 'IA[-1]', 'T[0, 0]'],
    2: ['A', 'IA', 'A.T', 'IA[::-1]', 'T[0]', 'T[:, :, 1]', 'A[1:, :]', 'np.abs(A)'],
    3: ['T', 'T[::-1]'],
}
# Templates: {1} {2} {3} an array of that ndim (a leaf or a nested call),
# {f} a float 1-d array, {i} a nonnegative int 1-d array, {s} a sorted
# float 1-d array, {n} a small int, {x} a float, {ax} an axis of a 2-d one.
T1 = ['np.sort({1})', 'np.argsort({1}, kind="stable")', 'np.cumsum({1})', 'np.cumprod({i} % 3)', 'np.diff({1})',
      'np.diff({1}, n=2)', 'np.unique({1})', 'np.flip({1})', 'np.roll({1}, {n})', 'np.clip({1}, 0, 3)', 'np.round({f}, 2)',
      'np.floor({f})', 'np.ceil({f})', 'np.trunc({f})', 'np.rint({f})', 'np.abs({1})', 'np.sign({f})', 'np.square({f})',
      'np.sqrt(np.abs({f}))', 'np.exp(np.clip({f}, -5, 5))', 'np.log1p(np.abs({f}))', 'np.repeat({1}, 2)', 'np.tile({1}, 2)',
      'np.concatenate(({1}, {1}))', 'np.append({1}, {1})', 'np.hstack(({1}, {1}))', 'np.where({1} > 0)[0]',
      'np.nonzero({1})[0]', 'np.flatnonzero({1})', 'np.searchsorted({s}, {f})', 'np.searchsorted({s}, {f}, side="right")',
      'np.digitize({f}, np.linspace(-1.0, 1.0, 5))', 'np.bincount({i})', 'np.bincount({i}, minlength=8)',
      'np.histogram({f}, bins=4)[0]', 'np.histogram({f}, bins=4, range=(-2.0, 2.0))[1]', 'np.interp({f}, {s}, {f})',
      'np.convolve({1}, {1})', 'np.isnan({f})', 'np.isfinite({f})', 'np.logical_and({1}, {1})', 'np.logical_not({1})',
      'np.maximum({1}, {1})', 'np.minimum({1}, {x})', 'np.fmax({f}, {f})', 'np.hypot({f}, {f})', 'np.arctan2({f}, {f})',
      'np.copysign({f}, {f})', 'np.mod({1}, 3)', 'np.floor_divide({1}, 2)', 'np.power({f}, 2)', 'np.isclose({f}, {f})',
      'np.intersect1d({1}, {1})', 'np.union1d({1}, {1})', 'np.setdiff1d({1}, {1})', 'np.isin({1}, {1})',
      'np.partition({1}, 1)', 'np.take({1}, {i} % 3)', 'np.linspace({x}, 5.0, {n} + 2)', 'np.arange({n}, 10, 2)',
      'np.full({n} + 1, {x})', 'np.zeros_like({1})', 'np.ones_like({1})', 'np.full_like({1}, 3)', 'np.copy({1})',
      'np.ascontiguousarray({1})', '{1}.astype(np.float32)', '{1}.astype(np.int64)', 'np.ravel({2})', '{2}.flatten()',
      'np.sum({2}, axis={ax})', 'np.mean({2}, axis={ax})', 'np.max({2}, axis={ax})', 'np.argmin({2}, axis={ax})',
      'np.std({2}, axis={ax})', 'np.var({2}, axis={ax}, ddof=1)', 'np.median({2}, axis={ax})', 'np.any({2}, axis={ax})',
      'np.count_nonzero({2}, axis={ax})', 'np.percentile({2}, 30, axis={ax})', 'np.nansum({2}, axis={ax})', 'np.diag({2})',
      'np.prod({2}, axis={ax})', 'np.ptp({2}, axis={ax})', 'np.cumsum({2})', 'np.linalg.norm({2}, axis={ax})',
      'np.dot({2}, {f})', 'np.nan_to_num({f})', 'np.unique({2})', 'np.resize({1}, 7)', 'np.trim_zeros({i})',
      'np.polyval({f}, {f})', 'np.gradient({f})', 'np.ediff1d({1})', 'np.argwhere({1})[:, 0]']
T2 = ['np.sort({2}, axis={ax})', 'np.argsort({2}, axis={ax}, kind="stable")', 'np.cumsum({2}, axis={ax})', 'np.transpose({2})',
      'np.outer({1}, {1})', 'np.vstack(({1}, {1}))', 'np.stack(({1}, {1}), axis=1)', 'np.column_stack(({1}, {1}))',
      'np.reshape({1}, (-1, 1))', '{1}[:, None]', 'np.expand_dims({1}, 0)', 'np.atleast_2d({1})', 'np.tril({2})',
      'np.triu({2}, 1)', 'np.diag({1})', 'np.eye({n} + 1)', 'np.identity(3)', 'np.fliplr({2})', 'np.flipud({2})',
      'np.rot90({2})', 'np.swapaxes({2}, 0, 1)', 'np.max({2}, axis={ax}, keepdims=True)', 'np.sum({3}, axis=2)',
      'np.mean({3}, axis=0)', 'np.argwhere({2})', 'np.concatenate(({2}, {2}), axis={ax})', 'np.hstack(({2}, {2}))',
      'np.where({2} > 1, {2}, 0)', 'np.clip({2}, -1, 1)', 'np.round({2}, 1)', 'np.abs({2})', 'np.isnan({2})',
      'np.cov({f}, {f})', 'np.corrcoef({f}, {f})', 'np.matmul({2}, {2}.T)', '({2} @ {2}.T)', 'np.dot({2}.T, {2})', 'np.kron({2}, np.eye(2))',
      'np.take_along_axis({2}, np.argsort({2}, axis=1, kind="stable"), axis=1)', 'np.nan_to_num({2})', 'np.zeros_like({2})',
      'np.full_like({2}, 2.5)', 'np.tile({2}, (1, 2))', 'np.repeat({2}, 2, axis={ax})', 'np.roll({2}, 1, axis={ax})',
      'np.diff({2}, axis={ax})', 'np.linalg.inv(np.eye(3) + np.abs({2})[:3, :3])', 'np.einsum("ij->ji", {2})',
      'np.einsum("ij,jk->ik", {2}, {2}.T)', 'np.minimum({2}, {2})', 'np.mod({2}, 4)', 'np.square({2})', 'np.sign({2})']
# Methods and the less common keywords and functions.
T1 += ['{1}.cumsum()', '{2}.sum(axis={ax})', '{2}.max(axis=0)', '{2}.argmax(axis={ax})', '{1}.clip(0, 2)', '{f}.round(1)',
       '{2}.std(axis={ax}, ddof=1)', '{2}.ravel()', '{1}.repeat(2)', '{1}.take({i} % 2)', '{2}.mean(axis={ax})',
       'np.digitize({f}, np.linspace(-1.0, 1.0, 5), right=True)', 'np.bincount({i}, weights={f})', 'np.interp({f}, {s}, {f}, left=0.0, right=1.0)',
       'np.histogram({f}, bins=4, density=True)[0]', 'np.unique({1}, return_inverse=True)[1]', 'np.unique({1}, return_counts=True)[1]',
       'np.isin({1}, {1}, invert=True)', 'np.linspace({x}, 2.0, 4, endpoint=False)', 'np.logspace(0.0, 1.0, 3)',
       'np.arange(0.0, 1.0, 0.25)', 'np.zeros({n} + 2, dtype=np.int32)', 'np.ones(3, dtype=np.uint8)', 'np.sum({2}, axis={ax}, dtype=np.float32)',
       'np.cumsum({1}, dtype=np.int64)', 'np.median({f})', 'np.nanargmax({f})', 'np.nanmin({2}, axis={ax})', 'np.argpartition({f}, 0)',
       'np.convolve({f}, {f}, mode="same")', 'np.correlate({f}, {f})', 'np.trapezoid({f})', 'np.polyfit({s}, {f}, 1)',
       'np.linalg.solve(np.eye(3) + np.abs({2})[:3, :3], {f}[:3])', 'np.linalg.eigvalsh(np.eye(3) + np.abs({2})[:3, :3])',
       'np.linalg.svd({2})[1]', 'np.linalg.lstsq({2}, {2}[:, 0])[0]', 'np.squeeze({2}[:, :1], axis=1)', 'np.flip({2}, axis={ax})[0]',
       'np.take({2}, 0, axis={ax})', 'np.array_split({1}, 2)[0]', 'np.tril_indices({n} + 2)[1]', 'np.unravel_index({i}, (3, 4))[0]',
       'np.vander({f}[:3], 3)[0]', 'np.sort({f}, kind="mergesort")', 'np.nonzero({2})[1]', 'np.where({2} > 0)[0]',
       'np.flip(np.tril_indices({n} + 2)[1])', 'np.where(np.histogram({f}, bins=4)[1] > 0)[0]',
       'np.flip(np.unravel_index({i}, (3, 4))[0])', 'np.flipud(np.linalg.eigh(np.eye(3) + np.abs({2})[:3, :3])[0])']
T2 += ['{2}.T', '{2}.copy()', '{2}.reshape(-1, 1)', '{1}.reshape(1, -1)', '{2}.clip(-1, 1)', '{2}.astype(np.float32)',
       '{2}.cumsum(axis={ax})', '{2}.swapaxes(0, 1)', '{2}.transpose(1, 0)', 'np.meshgrid({f}, {f})[0]', 'np.linalg.qr(np.eye(3) + {2}[:3, :3])[0]',
       'np.linalg.cholesky(np.eye(3) * 4.0 + np.abs({2})[:3, :3] * 0.1)', 'np.linalg.pinv({2})', 'np.linalg.matrix_power(np.eye(3) + {2}[:3, :3], 2)',
       'np.tensordot({2}, {2}, axes=1)', 'np.einsum("ij,ij->ij", {2}, {2})', 'np.sort({2}, axis=None).reshape(1, -1)', 'np.argsort({2}, axis=0, kind="stable")',
       'np.percentile({2}, 50, axis={ax}, keepdims=True)', 'np.median({2}, axis={ax}, keepdims=True)', 'np.triu({2}, -1)',
       'np.diff({2}, n=1, axis={ax})', 'np.insert({1}, 1, 0).reshape(1, -1)', 'np.delete({2}, 0, axis={ax})', 'np.pad({2}, 1)',
       'np.quantile({2}, 0.25, axis={ax}, keepdims=True)', 'np.nanmedian({2}, axis={ax}, keepdims=True)',
       'np.fliplr(np.linalg.qr(np.eye(3) + {2}[:3, :3])[0])', '{2}.copy().swapaxes(0, 1)']
TS = ['np.sum({1})', 'np.max({1})', 'np.min({1})', 'np.argmax({1})', 'np.argmin({1})', 'np.mean({1})', 'np.std({1})',
      'np.var({1})', 'np.median({1})', 'np.percentile({f}, 75)', 'np.quantile({f}, 0.25)', 'np.prod({i} % 3)',
      'np.count_nonzero({1})', 'np.any({1})', 'np.all({1})', 'np.nanmax({f})', 'np.nanmean({f})', 'np.nansum({f})',
      'np.ptp({1})', 'np.dot({f}, {f})', 'np.linalg.norm({f})', 'np.linalg.norm({2})', 'np.linalg.det(np.eye(3) + {2}[:3, :3])',
      'np.trace({2})', 'np.allclose({f}, {f})', 'np.array_equal({1}, {1})', 'np.sum({2})', 'np.mean({3})', 'np.max({3})',
      'np.searchsorted({s}, {x})', 'np.interp({x}, {s}, {f})', 'np.isclose({x}, 1.5)', 'np.average({f})', 'np.nanstd({f})',
      'len(np.unique({1}))', 'np.argmax({2})', 'np.count_nonzero({3})', 'float(np.sum(np.abs({2})))', 'np.einsum("i,i->", {f}, {f})',
      '{1}.sum()', '{1}.max()', '{2}.mean()', '{f}.std(ddof=1)', '{1}.any()', '{2}.all()', '{1}.argmin()', '{2}.prod()', '{f}.var()',
      'np.linalg.norm({f}, ord=1)', 'np.linalg.norm({2}, ord="fro")', 'np.linalg.cond(np.eye(3) + {2}[:3, :3])', 'np.linalg.matrix_rank({2})',
      'np.linalg.slogdet(np.eye(3) + {2}[:3, :3])[1]', 'np.sum({1}, dtype=np.int64)', 'np.mean({2}, dtype=np.float32)', 'np.nanmedian({f})',
      'np.percentile({f}, [25, 75])[1]', 'np.max({2}, initial=-10)', 'np.prod({f}[:4])', 'np.median({2})', 'np.argmax({f} > 0)',
      'np.isnan({f}).sum()', 'np.size({2})', 'np.ndim({2})', 'np.shape({2})[0]', '{2}.shape[1]', '{2}.size', 'np.trapezoid({f}, dx=0.5)',
      'np.trapezoid({1}, dx=2)', 'np.percentile({f}, 30, keepdims=True)[0]']


def ok(expr, env):
    """numpy's value of expr on the small arrays, or None where numpy rejects it."""
    with warnings.catch_warnings(), np.errstate(all='ignore'):
        warnings.simplefilter('ignore')
        try:
            return ('v', eval(expr, dict(env)))
        except Exception:
            return None


def arr(env, nd, d):
    """An expression numpy evaluates to an nd-d array."""
    if d >= 2 or R.random() < 0.5:
        return R.choice(LEAF[nd])
    for _ in range(10):
        e = fill(R.choice(T1 if nd == 1 else T2 if nd == 2 else ['{3}']), env, d + 1)
        v = ok(e, env)
        if v and isinstance(v[1], np.ndarray) and v[1].ndim == nd and np.dtype(v[1].dtype) in CODE:
            return e
    return R.choice(LEAF[nd])


def fill(t, env, d):
    out = t
    for slot, make in (('{1}', lambda: arr(env, 1, d)), ('{2}', lambda: arr(env, 2, d)), ('{3}', lambda: arr(env, 3, d)),
                       ('{f}', lambda: R.choice(['a', 'b', 'A[0]', 'np.sqrt(np.abs(a))', 'a[::-1]'])),
                       ('{i}', lambda: R.choice(['np.abs(ia)', 'ua', 'np.abs(ja) % 5'])),
                       ('{s}', lambda: R.choice(['np.sort(a)', 'np.sort(b)', 'np.linspace(-2.0, 2.0, 6)'])),
                       ('{n}', lambda: R.choice(['k', '2', '0'])), ('{x}', lambda: R.choice(['x', '0.5', '-1.0'])),
                       ('{ax}', lambda: R.choice(['0', '1', '-1']))):
        while slot in out:
            out = out.replace(slot, make(), 1)
    return out


def typename(v):
    """The numba signature type of numpy's value v, or None."""
    if isinstance(v, tuple):
        items = [typename(x) for x in v]
        return None if None in items else f'Tuple(({", ".join(items)}))'
    if isinstance(v, np.ndarray):
        c = CODE.get(np.dtype(v.dtype))
        return f'{c}[{", ".join([":"] * v.ndim)}]' if c and v.ndim else None
    if isinstance(v, (bool, np.bool_)):
        return 'b1'
    if isinstance(v, (int, np.integer)):
        return CODE.get(np.dtype(type(v))) if isinstance(v, np.integer) else 'i8'
    if isinstance(v, (float, np.floating)):
        return CODE.get(np.dtype(type(v))) if isinstance(v, np.floating) else 'f8'
    return None


def assignments(env, n, draw, fill_fn, spells):
    """Up to n body lines `rJ = <expression>`: each a template from draw(), filled by fill_fn, kept where numpy
    evaluates it (ok) to a value spells() names as a numba type (later lines may use it: it goes into env).
    Returns (lines, values, names); `r0 = np.sum(a)` when no draw is kept."""
    L, vals, names = [], [], []
    for j in range(n):
        for _ in range(20):
            e = fill_fn(draw(), env, 0)
            v = ok(e, env)
            if v and spells(v[1]):
                break
        else:
            continue
        L.append(f'    r{j} = {e}')
        env[f'r{j}'] = v[1]
        vals.append(v[1])
        names.append(f'r{j}')
    if not names:
        L, vals, names = ['    r0 = np.sum(a)'], [np.float64(0.0)], ['r0']
    return L, vals, names


def function(i):
    env = dummy_env(set(n for n, _, _ in PARAMS))
    L, vals, names = assignments(env, R.randint(1, 4), lambda: R.choice(T1 + T2 + TS), fill, typename)
    val = tuple(vals) if len(vals) > 1 else vals[0]
    ret = typename(val) if R.random() < 0.5 else ''
    return export(i, ret, L, ", ".join(names))


def program(nf):
    return module('fz_npapi', nf, function)


if __name__ == '__main__':
    R.seed(int(sys.argv[1]))
    print(program(6))
