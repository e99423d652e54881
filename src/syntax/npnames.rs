//! Names imported from numpy and used bare (`from numpy import zeros, int_`,
//! `from numpy import *`): each read of such a name in a function, where the
//! function does not bind it, becomes `numpy.NAME` with a module alias only
//! pycc can name, so the typer sees the `np.NAME` it already compiles (or
//! names `numpy.NAME` in its diagnostic). As in CPython, a star import
//! shadows the builtins numpy exports too (`max` is `numpy.max`, `round` is
//! `numpy.round`), and the file's own functions, constants and other
//! imports shadow numpy's names.

use crate::base::diagnostics::Diagnostic;
use crate::base::types::Scalar;
use crate::syntax::parse::{range, Globals};
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The module alias the rewritten reads go through (not a Python name).
pub const ALIAS: &str = "numpy$";

/// Builtins numpy's star import replaces with reductions whose second
/// argument is an axis.
const REDUCTIONS: [&str; 5] = ["all", "any", "max", "min", "sum"];

/// What `from numpy import *` binds in numpy 2.4 (its `__all__`).
const STAR: &str = "
False_ ScalarType True_ __array_namespace_info__ __version__ abs absolute acos acosh add all allclose amax
amin angle any append apply_along_axis apply_over_axes arange arccos arccosh arcsin arcsinh arctan arctan2
arctanh argmax argmin argpartition argsort argwhere around array array2string array_equal array_equiv
array_repr array_split array_str asanyarray asarray asarray_chkfinite ascontiguousarray asfortranarray asin
asinh asmatrix astype atan atan2 atanh atleast_1d atleast_2d atleast_3d average bartlett base_repr binary_repr
bincount bitwise_and bitwise_count bitwise_invert bitwise_left_shift bitwise_not bitwise_or
bitwise_right_shift bitwise_xor blackman block bmat bool bool_ broadcast broadcast_arrays broadcast_shapes
broadcast_to busday_count busday_offset busdaycalendar byte bytes_ c_ can_cast cbrt cdouble ceil char
character choose clip clongdouble column_stack common_type complex128 complex256 complex64 complexfloating
compress concat concatenate conj conjugate convolve copy copysign copyto core corrcoef correlate cos cosh
count_nonzero cov cross csingle ctypeslib cumprod cumsum cumulative_prod cumulative_sum datetime64
datetime_as_string datetime_data deg2rad degrees delete diag diag_indices diag_indices_from diagflat diagonal
diff digitize divide divmod dot double dsplit dstack dtype dtypes e ediff1d einsum einsum_path emath empty
empty_like equal errstate euler_gamma exceptions exp exp2 expand_dims expm1 extract eye f2py fabs fft
fill_diagonal finfo fix flatiter flatnonzero flexible flip fliplr flipud float128 float16 float32 float64
float_power floating floor floor_divide fmax fmin fmod format_float_positional format_float_scientific frexp
from_dlpack frombuffer fromfile fromfunction fromiter frompyfunc fromregex fromstring full full_like gcd
generic genfromtxt geomspace get_include get_printoptions getbufsize geterr geterrcall gradient greater
greater_equal half hamming hanning heaviside histogram histogram2d histogram_bin_edges histogramdd hsplit
hstack hypot i0 identity iinfo imag index_exp indices inexact inf info inner insert int16 int32 int64 int8
int_ intc integer interp intersect1d intp invert is_busday isclose iscomplex iscomplexobj isdtype isfinite
isfortran isin isinf isnan isnat isneginf isposinf isreal isrealobj isscalar issubdtype iterable ix_ kaiser
kron lcm ldexp left_shift less less_equal lexsort lib linalg linspace little_endian load loadtxt log log10
log1p log2 logaddexp logaddexp2 logical_and logical_not logical_or logical_xor logspace long longdouble
longlong ma mask_indices matmul matrix matrix_transpose matvec max maximum may_share_memory mean median memmap
meshgrid mgrid min min_scalar_type minimum mintypecode mod modf moveaxis multiply nan nan_to_num nanargmax
nanargmin nancumprod nancumsum nanmax nanmean nanmedian nanmin nanpercentile nanprod nanquantile nanstd nansum
nanvar ndarray ndenumerate ndim ndindex nditer negative nested_iters newaxis nextafter nonzero not_equal
number object_ ogrid ones ones_like outer packbits pad partition percentile permute_dims pi piecewise place
poly poly1d polyadd polyder polydiv polyfit polyint polymul polynomial polysub polyval positive pow power
printoptions prod promote_types ptp put put_along_axis putmask quantile r_ rad2deg radians random ravel
ravel_multi_index real real_if_close rec recarray reciprocal record remainder repeat require reshape resize
result_type right_shift rint roll rollaxis roots rot90 round row_stack s_ save savetxt savez savez_compressed
sctypeDict searchsorted select set_printoptions setbufsize setdiff1d seterr seterrcall setxor1d shape
shares_memory short show_config show_runtime sign signbit signedinteger sin sinc single sinh size sort
sort_complex spacing split sqrt square squeeze stack std str_ strings subtract sum swapaxes take
take_along_axis tan tanh tensordot test testing tile timedelta64 trace transpose trapezoid tri tril
tril_indices tril_indices_from trim_zeros triu triu_indices triu_indices_from true_divide trunc typecodes
typename typing ubyte ufunc uint uint16 uint32 uint64 uint8 uintc uintp ulong ulonglong union1d unique
unique_all unique_counts unique_inverse unique_values unpackbits unravel_index unsignedinteger unstack unwrap
ushort vander var vdot vecdot vecmat vectorize void vsplit vstack where zeros zeros_like
";

/// Rewrites every function of the file (after lifting) and every export's copy.
/// Returns a warning at the first call, with two or more arguments, of each builtin reduction the star import replaces.
pub fn rewrite(globals: &mut Globals, functions: Vec<&mut ast::StmtFunctionDef>) -> Vec<Diagnostic> {
    let star = globals.from_imports.get("*").is_some_and(|(m, _)| m == "numpy");
    let mut bare: HashMap<String, String> = HashMap::new();
    if star {
        bare.extend(STAR.split_whitespace().map(|n| (n.to_string(), n.to_string())));
    }
    // The file's own names shadow the star import; explicit imports from numpy are its names.
    for (local, (module, name)) in &globals.from_imports {
        if module == "numpy" && name != "*" {
            bare.insert(local.clone(), name.clone());
        } else if let Some(sub) = numpy_submodule(module) {
            // `from numpy.fft import rfft`: numpy.fft.rfft (so a call is
            // seen as numpy's everywhere, its evaluation order too).
            bare.insert(local.clone(), format!("{sub}.{name}"));
        } else if let Some(np_name) = numba_scalar(module, name) {
            bare.insert(local.clone(), np_name.to_string());
        } else {
            bare.remove(local);
        }
    }
    let numba_modules = numba_modules(globals);
    let shadowing = globals.functions.keys().chain(globals.constants.keys()).chain(globals.complex_constants.keys());
    let shadowing: Vec<String> =
        shadowing.chain(globals.strings.keys()).chain(globals.modules.keys()).cloned().collect();
    for name in shadowing {
        bare.remove(&name);
    }
    // `import numpy.fft as fft`, `import numpy.linalg as la`, `import
    // numpy.random as npr`: the alias reads as numpy.fft, ...
    for (alias, module) in &globals.modules {
        if let Some(sub) = numpy_submodule(module) {
            bare.insert(alias.clone(), sub.to_string());
        }
    }
    if bare.is_empty() && numba_modules.is_empty() {
        return Vec::new();
    }
    globals.modules.insert(ALIAS.to_string(), "numpy".to_string());
    let mut shadowed = Vec::new();
    for f in functions {
        let locals = locals(f);
        let mut r =
            Rewrite { bare: &bare, numba_modules: &numba_modules, locals: &locals, star, shadowed: &mut shadowed };
        let Ok(body) = std::mem::take(&mut f.body).fold(&mut r);
        f.body = body;
    }
    shadowed.sort_by_key(|(_, at)| at.start);
    let mut seen = HashSet::new();
    shadowed
        .into_iter()
        .filter(|(name, _)| seen.insert(name.clone()))
        .map(|(name, at)| {
            Diagnostic::warning(format!(
                "`{name}` here is numpy.{name}: `from numpy import *` replaces the builtin, as in CPython"
            ))
            .at(at, format!("numpy.{name}"))
            .note(format!(
                "numpy.{name}(a, b) takes b as the axis, not as a second value; `import numpy as np` keeps the builtin"
            ))
        })
        .collect()
}

/// The numpy submodule `module` names whose functions a body may call
/// under an alias or by their own names (`numpy.linalg` -> `linalg`).
pub(super) fn numpy_submodule(module: &str) -> Option<&str> {
    module.strip_prefix("numpy.").filter(|m| matches!(*m, "fft" | "linalg" | "random"))
}

/// numba's scalar type objects are conversions when called (`numba.int64(x)`,
/// `nb.f8(x)`, `from numba import float32`): numba's `cast_python_value` is
/// numpy's constructor of that name (`bool(x)` for booleans), so a read of
/// one in a body is the numpy name, which the typer compiles. `module` is
/// what the name comes from (`numba`, `numba.types`, `numba.core.types`).
fn numba_scalar(module: &str, name: &str) -> Option<&'static str> {
    if !matches!(module, "numba" | "numba.types" | "numba.core.types") {
        return None;
    }
    Some(match crate::syntax::signature::scalar_by_name(name)? {
        Scalar::Bool => "bool_",
        Scalar::Float { bits: 32 } => "float32",
        Scalar::Float { .. } => "float64",
        Scalar::Int { bits: 8, signed } => ["uint8", "int8"][signed as usize],
        Scalar::Int { bits: 16, signed } => ["uint16", "int16"][signed as usize],
        Scalar::Int { bits: 32, signed } => ["uint32", "int32"][signed as usize],
        Scalar::Int { signed, .. } => ["uint64", "int64"][signed as usize],
    })
}

/// The names the file binds to numba's modules of types: `numba`, `nb`,
/// `numba.types`, `types` (`from numba import types`), with the module each
/// stands for.
fn numba_modules(globals: &Globals) -> HashMap<String, String> {
    let modules =
        globals.modules.iter().filter(|(_, m)| matches!(m.as_str(), "numba" | "numba.types" | "numba.core.types"));
    let from = globals
        .from_imports
        .iter()
        .filter(|(_, (m, name))| matches!((m.as_str(), name.as_str()), ("numba" | "numba.core", "types")))
        .map(|(local, _)| (local, "numba.types".to_string()));
    modules.map(|(l, m)| (l.clone(), m.clone())).chain(from.map(|(l, m)| (l.clone(), m))).collect()
}

/// The names `f` binds: its parameters and every name its body stores.
pub(super) fn locals(f: &ast::StmtFunctionDef) -> HashSet<String> {
    let mut names = body_binds(&f.body);
    let args = &f.args;
    names.extend(args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).map(|a| a.def.arg.to_string()));
    names.extend(args.vararg.iter().chain(&args.kwarg).map(|a| a.arg.to_string()));
    names
}

/// The names a function body binds (assignments, loop and comprehension
/// targets, nested defs, imports, `except ... as` names).
pub(super) fn body_binds(body: &[Stmt]) -> HashSet<String> {
    let mut binds = Locals(HashSet::new());
    let Ok(_) = body.to_vec().fold(&mut binds);
    binds.0
}

/// The names a function body binds (anywhere: Python's scoping makes them
/// local in the whole function).
pub(super) struct Locals(pub(super) HashSet<String>);

impl Fold<TextRange> for Locals {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            if n.ctx != ExprContext::Load {
                self.0.insert(n.id.to_string());
            }
        }
        fold::fold_expr(self, e)
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        match &s {
            Stmt::FunctionDef(f) => {
                self.0.insert(f.name.to_string());
            }
            Stmt::Import(ast::StmtImport { names, .. }) | Stmt::ImportFrom(ast::StmtImportFrom { names, .. }) => {
                for a in names {
                    let local = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    self.0.insert(local.split('.').next().unwrap_or(local).to_string());
                }
            }
            Stmt::Try(ast::StmtTry { handlers, .. }) => {
                for ast::ExceptHandler::ExceptHandler(h) in handlers {
                    if let Some(n) = &h.name {
                        self.0.insert(n.to_string());
                    }
                }
            }
            _ => {}
        }
        fold::fold_stmt(self, s)
    }
}

struct Rewrite<'a> {
    bare: &'a HashMap<String, String>,
    /// `numba_modules`: module names whose scalar types read as numpy's.
    numba_modules: &'a HashMap<String, String>,
    locals: &'a HashSet<String>,
    star: bool,
    /// Calls of the reductions the star import puts in place of builtins, with two or more arguments.
    shadowed: &'a mut Vec<(String, Range<usize>)>,
}

impl Rewrite<'_> {
    /// The module of numba's types `e` names (`nb`, `numba.types`), unless a
    /// local shadows it.
    fn numba_type(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Name(n) if !self.locals.contains(n.id.as_str()) => self.numba_modules.get(n.id.as_str()).cloned(),
            Expr::Attribute(a) if a.attr.as_str() == "types" => {
                self.numba_type(&a.value).filter(|m| m == "numba").map(|_| "numba.types".to_string())
            }
            _ => None,
        }
    }
}

impl Fold<TextRange> for Rewrite<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match &e {
            Expr::Name(n) if n.ctx == ExprContext::Load && !self.locals.contains(n.id.as_str()) => {
                if let Some(name) = self.bare.get(n.id.as_str()) {
                    let module = Expr::Name(ast::ExprName {
                        range: n.range,
                        id: Identifier::new(ALIAS),
                        ctx: ExprContext::Load,
                    });
                    // A dotted name (`fft.rfft`) is one attribute per part.
                    return Ok(name.split('.').fold(module, |value, part| {
                        Expr::Attribute(ast::ExprAttribute {
                            range: n.range,
                            value: Box::new(value),
                            attr: Identifier::new(part),
                            ctx: ExprContext::Load,
                        })
                    }));
                }
                Ok(e)
            }
            // `nb.int64`, `numba.types.float32`, `types.f8`: numpy's constructor.
            Expr::Attribute(a) if self.numba_type(&a.value).is_some_and(|m| numba_scalar(&m, &a.attr).is_some()) => {
                let module = self.numba_type(&a.value).unwrap_or_default();
                let name = numba_scalar(&module, &a.attr).unwrap_or_default();
                let alias =
                    Expr::Name(ast::ExprName { range: a.range, id: Identifier::new(ALIAS), ctx: ExprContext::Load });
                Ok(Expr::Attribute(ast::ExprAttribute {
                    range: a.range,
                    value: Box::new(alias),
                    attr: Identifier::new(name),
                    ctx: ExprContext::Load,
                }))
            }
            // `max(a, b)` under the star import: numpy.max(a, axis=b).
            Expr::Call(c) if self.star && c.args.len() >= 2 => {
                if let Expr::Name(n) = c.func.as_ref() {
                    let id = n.id.as_str();
                    if REDUCTIONS.contains(&id) && self.bare.contains_key(id) && !self.locals.contains(id) {
                        self.shadowed.push((id.to_string(), range(n)));
                    }
                }
                fold::fold_expr(self, e)
            }
            _ => fold::fold_expr(self, e),
        }
    }
}
