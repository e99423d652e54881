//! Typing of numpy calls in the body: the array constructors
//! (`np.empty`, `np.zeros`, `np.ones`, `np.full`, their `_like` forms,
//! `np.arange`, `np.linspace`) and the constants `np.pi`, `np.e`,
//! `np.inf`, `np.nan`.
//!
//! A constructor becomes a `TStmt::Alloc` into a fresh array variable. It
//! is lowered to one call of numpy's own function through the runtime
//! (`pycc_np_new` in runtime_buffer.c), not to compiled code: numpy then
//! computes the values (`arange` and `linspace` are numpy's rounding, bit
//! for bit) and raises its own errors, and the result is a real numpy array
//! that owns its memory. The dtype is always passed explicitly, so the
//! array has exactly the type the body was typed with; without a `dtype`
//! argument it is numpy's default for what CPython would pass (a Python int
//! is int64, a float float64).

use crate::sema::*;
mod npmethods;
use crate::base::types::Layout;
use crate::syntax::signature::{complex_by_name, scalar_by_name};
use crate::tir::array::{KEYWORDS, OPS};
use crate::tir::math::{Errors, Kind, MathFn};

/// numpy ufuncs that are exactly specified (correctly rounded or exact),
/// so compiled inline: IEEE results with no exception (numpy warns and
/// returns nan/inf where `math` raises).
pub(in crate::sema) static NP_SQRT: MathFn =
    MathFn { name: "sqrt", arity: 1, kind: Kind::Libm { symbol: "sqrt", errors: Errors::None } };
static NP_FLOOR: MathFn =
    MathFn { name: "floor", arity: 1, kind: Kind::Libm { symbol: "floor", errors: Errors::None } };
static NP_CEIL: MathFn = MathFn { name: "ceil", arity: 1, kind: Kind::Libm { symbol: "ceil", errors: Errors::None } };
static NP_TRUNC: MathFn =
    MathFn { name: "trunc", arity: 1, kind: Kind::Libm { symbol: "trunc", errors: Errors::None } };
static NP_RINT: MathFn = MathFn { name: "rint", arity: 1, kind: Kind::Libm { symbol: "rint", errors: Errors::None } };
static NP_COPYSIGN: MathFn =
    MathFn { name: "copysign", arity: 2, kind: Kind::Libm { symbol: "copysign", errors: Errors::None } };

const F32: Scalar = Scalar::Float { bits: 32 };

const fn np_libm(name: &'static str, arity: usize, symbol: &'static str) -> MathFn {
    MathFn { name, arity, kind: Kind::Libm { symbol, errors: Errors::None } }
}

/// The numpy ufuncs (of `UFUNCS`) that numba computes with libm's float
/// function on float32 numbers (`tir::math::f32_symbol` of `symbol`),
/// numpy's way: nan and inf, no exception. On float64 numbers numpy
/// computes them (through the runtime).
static NP_LIBM: &[MathFn] = &[
    np_libm("exp", 1, "exp"),
    np_libm("exp2", 1, "exp2"),
    np_libm("expm1", 1, "expm1"),
    np_libm("log", 1, "log"),
    np_libm("log2", 1, "log2"),
    np_libm("log10", 1, "log10"),
    np_libm("log1p", 1, "log1p"),
    np_libm("sin", 1, "sin"),
    np_libm("cos", 1, "cos"),
    np_libm("tan", 1, "tan"),
    np_libm("arcsin", 1, "asin"),
    np_libm("arccos", 1, "acos"),
    np_libm("arctan", 1, "atan"),
    np_libm("sinh", 1, "sinh"),
    np_libm("cosh", 1, "cosh"),
    np_libm("tanh", 1, "tanh"),
    np_libm("arcsinh", 1, "asinh"),
    np_libm("arccosh", 1, "acosh"),
    np_libm("arctanh", 1, "atanh"),
    np_libm("cbrt", 1, "cbrt"),
    np_libm("arctan2", 2, "atan2"),
    np_libm("hypot", 2, "pycc_hypot2"),
    np_libm("power", 2, "pow"),
    np_libm("fmod", 2, "fmod"),
    np_libm("nextafter", 2, "nextafter"),
];

/// The largest ndim an array may have (as in signatures).
pub(in crate::sema) const MAX_NDIM: usize = crate::syntax::signature::MAX_NDIM as usize;

/// "numpy.f() is compiled with n positional arguments only", at `span`.
pub(in crate::sema) fn positional_only(name: &str, arity: usize, span: Range<usize>) -> Diagnostic {
    let s = if arity == 1 { "" } else { "s" };
    Diagnostic::error(format!("numpy.{name}() is compiled with {arity} positional argument{s} only")).at(span, "here")
}

/// The note under "`numpy.x` is not supported yet": the array functions
/// pycc compiles, from the one table the runtime also reads (`NpFunc::ALL`).
fn numpy_note() -> String {
    let names: Vec<String> = NpFunc::ALL
        .iter()
        .filter(|f| {
            !matches!(
                f,
                NpFunc::HistogramEdges
                    | NpFunc::MeshgridY
                    | NpFunc::Item(_)
                    | NpFunc::Copyto
                    | NpFunc::ArrayStr
                    | NpFunc::Imag
                    | NpFunc::ArrayKeep
            )
        })
        .map(|f| f.name().trim_end_matches('#'))
        .filter(|n| {
            !n.starts_with("operator.") && !n.starts_with("pymath.") && !n.starts_with("items.") && !OPS.contains(n)
        })
        .map(|n| format!("np.{n}"))
        .collect();
    format!(
        "pycc compiles {}, np.flip, np.fliplr, np.flipud, np.ndindex and np.ndenumerate (in a `for`), the ufuncs (np.sqrt, np.exp, np.maximum, np.arctan2, ...) and the constants np.pi, np.e, np.inf, np.nan",
        names.join(", ")
    )
}

/// numpy functions that numpy 2 removed (numba's tests and numpy 1.x code
/// still call them; CPython with numpy 2.4 raises AttributeError), and what
/// replaces each.
const REMOVED_FUNCTIONS: [(&str, &str); 8] = [
    ("in1d", "`numpy.isin(a, b).ravel()`"),
    ("asfarray", "`numpy.asarray(a, dtype=numpy.float64)`"),
    ("round_", "`numpy.round`"),
    ("product", "`numpy.prod`"),
    ("cumproduct", "`numpy.cumprod`"),
    ("alltrue", "`numpy.all`"),
    ("sometrue", "`numpy.any`"),
    ("MachAr", "`numpy.finfo`"),
];

/// The error for a name numpy 2 removed (`what` says how the source
/// named it), with what replaces it.
fn removed_in_numpy2(what: &str, instead: &str, span: Range<usize>) -> Diagnostic {
    Diagnostic::error(format!("{what} does not exist in numpy 2.4 (AttributeError)"))
        .at(span, "removed from numpy")
        .note(format!("numpy 2 removed it: use {instead}"))
}

/// Array methods numpy 2 removed, and what replaces each.
const REMOVED_METHODS: [(&str, &str); 3] = [
    ("ptp", "`numpy.ptp(a)`"),
    ("itemset", "`a[index] = value`"),
    ("newbyteorder", "`a.view(a.dtype.newbyteorder())`"),
];

impl Typer<'_> {
    /// Whether `e` names the numpy module here (not shadowed by a local).
    pub(in crate::sema) fn numpy_module_of(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => {
                let id = n.id.as_str();
                !self.types.contains_key(id)
                    && !self.arrays.contains_key(id)
                    && !self.arity.contains_key(id)
                    && self.globals.modules.get(id).map(String::as_str) == Some("numpy")
            }
            _ => false,
        }
    }

    /// The constructor `f` names (`np.zeros`), if it is one.
    pub(in crate::sema) fn numpy_function(&self, f: &Expr) -> Option<NpFunc> {
        match f {
            Expr::Attribute(a) if self.numpy_module_of(&a.value) => NpFunc::from_name(a.attr.as_str()),
            // np.linalg.norm, inv, det, solve
            Expr::Attribute(a) if matches!(a.attr.as_str(), "norm" | "inv" | "det" | "solve") => match a.value.as_ref()
            {
                Expr::Attribute(l) if l.attr.as_str() == "linalg" && self.numpy_module_of(&l.value) => {
                    NpFunc::from_name(&format!("linalg.{}", a.attr.as_str()))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// `np.pi`, `np.e`, `np.inf`, `np.nan` (the same doubles as math's).
    pub(in crate::sema) fn numpy_constant(&mut self, name: &str, span: Range<usize>) -> Option<TExpr> {
        match name {
            "pi" | "e" | "inf" | "nan" => self.math_constant(name, span).ok(),
            // numpy 1.x's aliases, removed in numpy 2 (AttributeError there),
            // compiled as numba compiled them with numpy 1.x (README).
            "Inf" | "Infinity" | "infty" | "PINF" => self.math_constant("inf", span).ok(),
            "NaN" | "NAN" => self.math_constant("nan", span).ok(),
            "NINF" => self.constant(ConstValue::Float(f64::NEG_INFINITY), span),
            "PZERO" => self.constant(ConstValue::Float(0.0), span),
            "NZERO" => self.constant(ConstValue::Float(-0.0), span),
            other => self.unsupported(span, &format!("`numpy.{other}` as a value is")),
        }
    }

    /// A numpy call where a number is expected: a reduction or a ufunc.
    pub(in crate::sema) fn numpy_scalar_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<TExpr> {
        if self.is_npfunc_call(c) {
            return self.npfunc_number(c, span);
        }
        decide!(self.numpy_ufunc(name, c, span.clone()));
        if name == "matmul" {
            self.errors.push(
                Diagnostic::error("this form of numpy.matmul() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.matmul(a, b) of two arrays (as `a @ b`; stacks of matrices past 2-d)"),
            );
            return None;
        }
        if NpFunc::from_name(name).is_some_and(NpFunc::is_reduction) {
            return self.numpy_reduction(c, span);
        }
        if NpFunc::from_name(name).is_some() {
            self.errors.push(
                Diagnostic::error(format!("`numpy.{name}(...)` makes an array, used here as a number"))
                    .at(span, "an array")
                    .note("assign it to a name first, then index the name"),
            );
            return None;
        }
        // Comparisons and bitwise ops of two numbers are Python's operators
        // exactly (a bool result; ints at their width). Arithmetic is
        // numpy's element (division by zero, bool `+` and shifts differ).
        use crate::sema::arrayops::{operator_of, OperatorUfunc};
        use ast::Operator as O;
        let op = operator_of(name);
        let exact = matches!(op, Some(OperatorUfunc::Cmp(_) | OperatorUfunc::Bin(O::BitAnd | O::BitOr | O::BitXor)));
        let numbers = c.keywords.is_empty() && !c.args.iter().any(|a| self.is_array_like(a));
        if let (Some(OperatorUfunc::Bin(o)), false, true) = (op, exact, numbers) {
            return self.number_operator_ufunc(name, o, c, span);
        }
        if name == "positive" && numbers && c.args.len() == 1 {
            return self.number_positive(&c.args[0], span);
        }
        if let Some(e) = self.operator_ufunc(c).filter(|_| exact) {
            let saved = self.numpy_compare.replace(range(&e));
            let typed = self.expr(&e);
            self.numpy_compare = saved;
            return typed;
        }
        if matches!(name, "float16" | "half") {
            self.errors.push(
                Diagnostic::error(format!("`numpy.{name}` is not supported: pycc has no float16 type"))
                    .at(span, "float16")
                    .note("numba has none either; compute in np.float32 or np.float64"),
            );
            return None;
        }
        if name == "frombuffer" {
            // numpy reads a bytes-like object; pycc's values are numbers,
            // arrays, strs and containers of them: no bytes to read.
            self.errors.push(
                Diagnostic::error("`numpy.frombuffer` is not supported")
                    .at(span, "not supported")
                    .note("it reads a bytes-like object, and pycc's functions hold no bytes; pass the array itself (numpy.frombuffer in the caller), or reinterpret an array with `a.view(dtype)` of the same item size"),
            );
            return None;
        }
        if name == "nditer" {
            // numpy's iterator yields 0-d views in memory order ('K').
            self.errors.push(
                Diagnostic::error("`numpy.nditer` is not supported yet")
                    .at(span, "not supported")
                    .note("iterate `for x in a.flat` (C order; numpy.nditer visits the items in memory order), or `for idx, x in np.ndenumerate(a)`"),
            );
            return None;
        }
        if let Some((_, instead)) = REMOVED_FUNCTIONS.iter().find(|r| r.0 == name) {
            self.errors.push(removed_in_numpy2(&format!("`numpy.{name}`"), instead, span));
            return None;
        }
        let mut err = Diagnostic::error(format!("`numpy.{name}` is not supported yet")).at(span, "not supported");
        if let Some(k) = c.keywords.first().filter(|_| is_ufunc(name) || op.is_some()) {
            let kw = k.arg.as_ref().map_or("**", |a| a.as_str());
            let why =
                if kw == "where" { " (without `out=`, numpy leaves what `where=` skips uninitialized)" } else { "" };
            err = err.note(format!("`{kw}=` of `numpy.{name}` is compiled only with array operands and `out=`{why}"));
        } else {
            err = err.note(numpy_note());
        }
        self.errors.push(err);
        None
    }

    /// A constructor call: allocates into a fresh array variable (the
    /// `Alloc` runs before the statement, in `pre`) and returns it.
    pub(in crate::sema) fn numpy_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        let func = self.numpy_function(&c.func).expect("callers check");
        if self.is_npfunc_call(c) {
            return self.npfunc_unsupported(c, span);
        }
        let params = func.params();
        let given = self.numpy_call_given(c, func, &span)?;
        let (dtype, complex_dtype) = match params.iter().position(|p| *p == "dtype").and_then(|j| given[j]) {
            Some(d) if !matches!(d, Expr::Constant(c) if c.value.is_none()) => {
                let (s, complex) = self.numpy_dtype(d)?;
                (Some(s), complex)
            }
            _ => (None, false),
        };
        // A complex fill value: numpy.empty, then a loop storing it (the
        // runtime passes numpy real numbers only); computed in CPython's
        // argument order, before the allocation.
        let mut cfill: Option<(TExpr, TExpr)> = None;
        let fill = if matches!(func, NpFunc::Full | NpFunc::FullLike) { given[1] } else { None };
        if let Some(e) = fill.filter(|e| self.is_complex(e)) {
            let (re, im) = self.cexpr(e)?;
            let temp = |t: &mut Self, v: TExpr| {
                let var = t.fresh("fill", v.ty);
                let (ty, span) = (v.ty, v.span.clone());
                t.pre.push(TStmt::Assign { var, value: v });
                TExpr { ty, kind: TExprKind::Var(var), span }
            };
            cfill = Some((temp(self, re), temp(self, im)));
        }
        let (ty, args) = match func {
            _ if func.fills_a_shape() => {
                self.numpy_filled(func, &given, dtype, complex_dtype, cfill.is_some(), &span)?
            }
            NpFunc::Arange | NpFunc::Linspace => self.numpy_range(func, &given, dtype, &span)?,
            NpFunc::Argsort => {
                let a = self.numpy_need(func, &given, 0, &span)?;
                let r = self.numpy_array_arg(func, a)?;
                let ndim = r.ty.ndim;
                let mut args = vec![NpArg::Array(r)];
                self.sort_args(&[("axis", given[1]), ("kind", given[2])], &mut args)?;
                // Along another axis numpy's result is a transposed sort: any strides.
                let layout = if given[1].is_some() { Layout::A } else { Layout::C };
                (ArrayTy { dtype: Scalar::I64, ndim, layout, complex: false }, args)
            }
            _ => return self.numpy_call_unsupported(func, span),
        };
        if complex_dtype && !func.fills_a_shape() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{}() of a complex dtype is not supported yet", func.name()))
                    .at(span, "here"),
            );
            return None;
        }
        if let Some((re, _)) = &cfill {
            if !ty.complex {
                self.errors.push(crate::sema::arrays::complex_into_real("the new array", ty.dtype, re.span.clone()));
                return None;
            }
        }
        let array = self.array_temp(ty, Default::default());
        let func = match (func, &cfill) {
            (NpFunc::Full, Some(_)) => NpFunc::Empty,
            (NpFunc::FullLike, Some(_)) => NpFunc::EmptyLike,
            _ => func,
        };
        self.pre.push(TStmt::Alloc { array: array.clone(), func, args, span: span.clone() });
        if let Some(fill) = cfill {
            let shape = array.shape.clone();
            let target = array.clone();
            let fill = self.loop_nest(&shape, &span, |idx| crate::sema::arrays::complex_store(&target, idx, fill));
            self.pre.push(fill);
        }
        Some(array)
    }

    /// The arguments of `numpy_call` by parameter position (positional,
    /// then keywords); None after a diagnostic.
    fn numpy_call_given<'e>(
        &mut self,
        c: &'e ast::ExprCall,
        func: NpFunc,
        span: &Range<usize>,
    ) -> Option<Vec<Option<&'e Expr>>> {
        let params = func.params();
        let mut given: Vec<Option<&Expr>> = vec![None; params.len()];
        if c.args.len() > params.len() {
            self.errors.push(
                Diagnostic::error(format!(
                    "numpy.{}() takes at most {} arguments ({} given)",
                    func.name(),
                    params.len(),
                    c.args.len()
                ))
                .at(span.clone(), "here"),
            );
            return None;
        }
        for (slot, a) in given.iter_mut().zip(&c.args) {
            *slot = Some(a);
        }
        for k in &c.keywords {
            let Some(name) = &k.arg else {
                self.unsupported(range(k), "`**kwargs` in calls are");
                return None;
            };
            match params.iter().position(|p| *p == name.as_str()) {
                Some(j) if given[j].is_none() => given[j] = Some(&k.value),
                Some(_) => {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.{}() got multiple values for argument '{name}'", func.name()))
                            .at(range(k), "again here"),
                    );
                    return None;
                }
                None => {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.{}(): the argument `{name}` is not supported", func.name()))
                            .at(range(k), "not supported")
                            .note(format!("pycc compiles numpy.{}({})", func.name(), params.join(", "))),
                    );
                    return None;
                }
            }
        }
        Some(given)
    }

    /// The argument `j` of a numpy call, or a diagnostic that it is missing.
    fn numpy_need<'e>(
        &mut self,
        func: NpFunc,
        given: &[Option<&'e Expr>],
        j: usize,
        span: &Range<usize>,
    ) -> Option<&'e Expr> {
        let e = given[j];
        if e.is_none() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{}() missing required argument '{}'", func.name(), func.params()[j]))
                    .at(span.clone(), "here"),
            );
        }
        e
    }

    /// `numpy.empty`/`zeros`/`ones`/`full` and their `_like` forms: the new
    /// array's type and the runtime's arguments.
    fn numpy_filled(
        &mut self,
        func: NpFunc,
        given: &[Option<&Expr>],
        dtype: Option<Scalar>,
        complex_dtype: bool,
        cfill: bool,
        span: &Range<usize>,
    ) -> Option<(ArrayTy, Vec<NpArg>)> {
        Some(match func {
            NpFunc::Empty | NpFunc::Zeros | NpFunc::Ones | NpFunc::Full => {
                let shape = {
                    let e = self.numpy_need(func, given, 0, span)?;
                    self.numpy_shape(e)?
                };
                let mut args = vec![NpArg::Shape(shape.clone())];
                let mut elem = dtype.unwrap_or(Scalar::F64);
                let mut complex = complex_dtype;
                if func == NpFunc::Full && cfill {
                    // numpy.full's dtype for a Python complex is complex128.
                    complex |= dtype.is_none();
                } else if func == NpFunc::Full {
                    let fill = {
                        let e = self.numpy_need(func, given, 1, span)?;
                        self.numpy_number(e)?
                    };
                    elem = dtype.unwrap_or_else(|| python_dtype(fill.ty));
                    args.push(NpArg::Scalar(fill));
                }
                (ArrayTy { dtype: elem, ndim: shape.len() as u32, layout: Layout::C, complex }, args)
            }
            NpFunc::EmptyLike | NpFunc::ZerosLike | NpFunc::OnesLike | NpFunc::FullLike => {
                let a = self.numpy_need(func, given, 0, span)?;
                let Some(r) = self.array_operand(a).done() else {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.{}() needs an array here", func.name()))
                            .at(range(a), "not an array"),
                    );
                    return None;
                };
                let mut args = vec![NpArg::Array(r.clone())];
                if func == NpFunc::FullLike && !cfill {
                    args.push(NpArg::Scalar({
                        let e = self.numpy_need(func, given, 1, span)?;
                        self.numpy_number(e)?
                    }));
                }
                // numpy's order='K' keeps a contiguous input's order; a
                // strided one may come back in either.
                let layout = if r.ty.ndim == 1 { Layout::C } else { r.ty.layout };
                (
                    ArrayTy {
                        dtype: dtype.unwrap_or(r.ty.dtype),
                        ndim: r.ty.ndim,
                        layout,
                        complex: if dtype.is_some() { complex_dtype } else { r.ty.complex },
                    },
                    args,
                )
            }
            _ => unreachable!("numpy_call dispatches"),
        })
    }

    /// `numpy.arange` and `numpy.linspace`: 1-d, from numbers.
    fn numpy_range(
        &mut self,
        func: NpFunc,
        given: &[Option<&Expr>],
        dtype: Option<Scalar>,
        span: &Range<usize>,
    ) -> Option<(ArrayTy, Vec<NpArg>)> {
        Some(match func {
            NpFunc::Arange => {
                let mut nums = Vec::new();
                for j in 0..3 {
                    if let Some(e) = given[j] {
                        if j > 0 && given[j - 1].is_none() {
                            self.errors.push(
                                Diagnostic::error("numpy.arange(): pass start and stop before step")
                                    .at(range(e), "here"),
                            );
                            return None;
                        }
                        nums.push(self.numpy_number(e)?);
                    }
                }
                if nums.is_empty() {
                    self.numpy_need(func, given, 1, span)?;
                }
                let float = nums.iter().any(|n| n.ty.is_float());
                let elem = dtype.unwrap_or(if float { Scalar::F64 } else { Scalar::I64 });
                (
                    ArrayTy { dtype: elem, ndim: 1, layout: Layout::C, complex: false },
                    nums.into_iter().map(NpArg::Scalar).collect(),
                )
            }
            NpFunc::Linspace => {
                let start = {
                    let e = self.numpy_need(func, given, 0, span)?;
                    self.numpy_number(e)?
                };
                let stop = {
                    let e = self.numpy_need(func, given, 1, span)?;
                    self.numpy_number(e)?
                };
                let num = match given[2] {
                    Some(e) => self.expr(e)?,
                    None => TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(50)), span: span.clone() },
                };
                if !matches!(num.ty, Scalar::Int { .. }) {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.linspace(): `num` must be an integer, not {}", num.ty))
                            .at(num.span.clone(), "not an int"),
                    );
                    return None;
                }
                let endpoint = match given[3] {
                    Some(e) => truth(self.expr(e)?),
                    None => {
                        TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: span.clone() }
                    }
                };
                let args = vec![NpArg::Scalar(start), NpArg::Scalar(stop), NpArg::Scalar(num), NpArg::Scalar(endpoint)];
                (ArrayTy { dtype: dtype.unwrap_or(Scalar::F64), ndim: 1, layout: Layout::C, complex: false }, args)
            }
            _ => unreachable!("numpy_call dispatches"),
        })
    }

    /// A numpy function that reached `numpy_call` without a typing of its
    /// own: the constructors are typed above, and the others are routed to
    /// their families (reductions, npstats, nplinalg, setops, ...) before
    /// this point, except when the operand's form hides its ndim
    /// (`reduction_ndim`). A diagnostic, never a panic: a function routed
    /// here by mistake is unsupported source, not a compiler crash.
    fn numpy_call_unsupported(&mut self, func: NpFunc, span: Range<usize>) -> Option<ArrayRef> {
        self.errors.push(
            Diagnostic::error(format!("numpy.{}() of this operand is not supported yet", func.name()))
                .at(span, "here")
                .note("pass an array variable, a view or an elementwise expression"),
        );
        None
    }

    /// An array argument of a numpy function (a variable or a view).
    fn numpy_array_arg(&mut self, func: NpFunc, a: &Expr) -> Option<ArrayRef> {
        let r = self.array_operand(a).done();
        if r.is_none() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{}() needs an array here", func.name())).at(range(a), "not an array"),
            );
        }
        r
    }

    /// `np.sum(a)`, `np.prod`, `np.min`/`np.amin`, `np.max`/`np.amax`,
    /// `np.mean`, `np.dot(a, b)` (1-d): numpy computes it (its pairwise
    /// summation, its errors), into a fresh variable of the result type.
    pub(in crate::sema) fn numpy_reduction(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let func = self.numpy_function(&c.func).expect("callers check");
        let simple = matches!(func, NpFunc::Sum | NpFunc::Prod | NpFunc::Min | NpFunc::Max | NpFunc::Mean);
        if func.is_axis_reduction() && !(simple && c.args.len() == 1 && c.keywords.is_empty()) {
            return match self.reduction(c, false, span)? {
                Val::Scalar(x) => Some(x),
                _ => unreachable!("a number is wanted"),
            };
        }
        if func == NpFunc::Trace {
            return self.trace_call(c, span);
        }
        let arity = func.params().len();
        if c.args.len() != arity || !c.keywords.is_empty() {
            let e = positional_only(func.name(), arity, span);
            self.errors.push(e.note("axis=, dtype=, out= and the other options are not supported yet"));
            return None;
        }
        let a = if Self::fusible_reduction(func) && self.fusible(&c.args[0]) {
            match self.fused_reduce(func, &c.args[0])? {
                Ok(sum) => return Some(sum),
                Err(a) => a,
            }
        } else {
            self.numpy_array_arg(func, &c.args[0])?
        };
        let a = match self.exact_array(func, a, &span)? {
            Ok(x) => return Some(x),
            Err(a) => a,
        };
        let b = match func {
            NpFunc::Dot => Some(self.numpy_array_arg(func, &c.args[1])?),
            _ => None,
        };
        self.reduce(func, a, b, span)
    }

    /// A reduction of array `a` (and `b` for dot) into a fresh variable.
    pub(in crate::sema) fn reduce(
        &mut self,
        func: NpFunc,
        a: ArrayRef,
        b: Option<ArrayRef>,
        span: Range<usize>,
    ) -> Option<TExpr> {
        if a.ty.complex || b.as_ref().is_some_and(|b| b.ty.complex) {
            // cexpr types these (is_complex sees them); here only where a
            // real number is needed.
            self.errors.push(
                Diagnostic::error("a complex number is used here where a real number is needed").at(span, "complex"),
            );
            return None;
        }
        let mut args = vec![NpArg::Array(a.clone())];
        let d = a.ty.dtype;
        let ty = match func {
            NpFunc::Sum | NpFunc::Prod => match d {
                Scalar::Float { .. } => d,
                Scalar::Int { signed: false, .. } => Scalar::Int { bits: 64, signed: false },
                _ => Scalar::I64,
            },
            NpFunc::Min | NpFunc::Max => d,
            NpFunc::Mean => {
                if d == (Scalar::Float { bits: 32 }) {
                    d
                } else {
                    Scalar::F64
                }
            }
            NpFunc::Dot => {
                let b = b.expect("dot has two arrays");
                if a.ty.ndim != 1 || b.ty.ndim != 1 {
                    self.errors
                        .push(Diagnostic::error("numpy.dot() is compiled for two 1-d arrays here").at(span, "here"));
                    return None;
                }
                // numpy computes it in the operands' promoted dtype.
                let ty = crate::sema::arrayops::promote(d, b.ty.dtype);
                args.push(NpArg::Array(b));
                if self.matmul_spans.contains(&(span.start, span.end)) {
                    return Some(self.np_value(NpFunc::Matmul, args, ty, span));
                }
                ty
            }
            NpFunc::Trace | NpFunc::Median => self.trace_or_median(func, &a, &span)?,
            _ => unreachable!("not a reduction"),
        };
        Some(self.np_value(func, args, ty, span))
    }

    /// `numpy.<func>(args)`'s number, computed before the statement into a
    /// fresh variable of type `ty`.
    pub(in crate::sema) fn np_value(
        &mut self,
        func: NpFunc,
        args: Vec<NpArg>,
        ty: Scalar,
        span: Range<usize>,
    ) -> TExpr {
        let var = self.fresh("np", ty);
        self.pre.push(TStmt::NpValue { var, imag: None, func, args, span: span.clone() });
        TExpr { ty, kind: TExprKind::Var(var), span }
    }

    /// Whether typing `e` itself computes it before its statement: a call
    /// of a numpy function or of an array method (sema/desugar/
    /// shortcircuit.rs keeps such a call off the paths `and`/`or` skip).
    pub(in crate::sema) fn queued_before(&self, e: &Expr) -> bool {
        fn root(e: &Expr) -> Option<&str> {
            match e {
                Expr::Name(n) => Some(n.id.as_str()),
                Expr::Attribute(a) => root(&a.value),
                _ => None,
            }
        }
        let numpy = |f: &Expr| {
            matches!(f, Expr::Attribute(_))
                && root(f).is_some_and(|m| self.globals.modules.get(m).is_some_and(|x| x == "numpy"))
        };
        matches!(e, Expr::Call(c) if numpy(&c.func)) || self.array_method(e).is_some()
    }

    /// The array method `e` calls (`a.sum`, `a[1:].copy`), if it is one:
    /// the receiver expression and the method's name.
    pub(in crate::sema) fn array_method<'e>(&self, e: &'e Expr) -> Option<(&'e Expr, &'e str)> {
        match e {
            Expr::Call(c) => self.array_method_of(c),
            _ => None,
        }
    }

    /// `a.sum()`, `a.prod()`, `a.min()`, `a.max()`, `a.mean()` (numbers),
    /// `a.copy()`, `a.argsort()` (arrays), `a.fill(x)` (a statement).
    pub(in crate::sema) fn method_call(
        &mut self,
        c: &ast::ExprCall,
        want_array: bool,
        span: Range<usize>,
    ) -> Option<Val> {
        let (receiver, name) = self.array_method_of(c)?;
        if let Some((_, instead)) = REMOVED_METHODS.iter().find(|r| r.0 == name) {
            self.errors.push(removed_in_numpy2(&format!("the array method `.{name}()`"), instead, span));
            return None;
        }
        let simple =
            matches!(name, "sum" | "prod" | "min" | "max" | "mean") && c.args.is_empty() && c.keywords.is_empty();
        if !simple && self.reduction_call(c).is_some() {
            return self.reduction(c, want_array, span);
        }
        if SHAPE_METHODS.contains(&name) && want_array {
            return self.shape_function(c, span).map(Val::Array);
        }
        let reduction = match name {
            "sum" => Some(NpFunc::Sum),
            "prod" => Some(NpFunc::Prod),
            "min" => Some(NpFunc::Min),
            "max" => Some(NpFunc::Max),
            "mean" => Some(NpFunc::Mean),
            _ => None,
        };
        if name == "item" {
            return self.item_method(c, receiver, span).map(Val::Scalar);
        }
        let known = reduction.is_some() || matches!(name, "copy" | "argsort");
        if !known {
            self.errors.push(Diagnostic::error(format!("the array method `.{name}()` is not supported yet")).at(span, "not supported").note("pycc compiles a.sum(), a.prod(), a.min(), a.max(), a.mean(), a.var(), a.std(), a.argmin(), a.argmax(), a.any(), a.all() (with axis=, keepdims=), a.cumsum(), a.cumprod(), a.copy(), a.argsort(), a.dot(b) (1-d and 2-d) and a.fill(x) (as a statement)"));
            return None;
        }
        if name == "argsort" {
            return self.argsort_method(c, receiver, want_array, span);
        }
        if !c.args.is_empty() || !c.keywords.is_empty() {
            self.errors.push(
                Diagnostic::error(format!("`.{name}()` is compiled without arguments only"))
                    .at(span, "here")
                    .note("axis=, dtype=, order= and the other options are not supported yet"),
            );
            return None;
        }
        let fused = reduction.filter(|&f| Self::fusible_reduction(f) && self.fusible(receiver));
        let a = if let Some(f) = fused {
            match self.fused_reduce(f, receiver)? {
                Ok(x) => return Some(Val::Scalar(x)),
                Err(a) => a,
            }
        } else {
            self.array_operand(receiver).done()?
        };
        if let Some(func) = reduction {
            let a = match self.exact_array(func, a, &span)? {
                Ok(x) => return Some(Val::Scalar(x)),
                Err(a) => a,
            };
            return self.reduce(func, a, None, span).map(Val::Scalar);
        }
        if !want_array {
            self.errors.push(
                Diagnostic::error(format!("`.{name}()` makes an array, used here as a number"))
                    .at(span, "an array")
                    .note("assign it to a name first, then index the name"),
            );
            return None;
        }
        // ndarray.copy(): order 'C'.
        let ty = ArrayTy { layout: Layout::C, ..a.ty };
        let array = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: array.clone(), func: NpFunc::Copy, args: vec![NpArg::Array(a)], span });
        Some(Val::Array(array))
    }

    /// `a.argsort(axis=-1, kind=None)`: numpy's argsort (int64 indices).
    fn argsort_method(&mut self, c: &ast::ExprCall, r: &Expr, want_array: bool, span: Range<usize>) -> Option<Val> {
        let mut args = Vec::new();
        self.sort_method_args(c, "argsort", &mut args, span.clone())?;
        let a = self.array_operand(r).done()?;
        if !want_array {
            self.errors.push(
                Diagnostic::error("`.argsort()` makes an array, used here as a number")
                    .at(span, "an array")
                    .note("assign it to a name first, then index the name"),
            );
            return None;
        }
        let ty = ArrayTy { dtype: Scalar::I64, ndim: a.ty.ndim, layout: Layout::C, complex: false };
        let array = self.array_temp(ty, Default::default());
        args.insert(0, NpArg::Array(a));
        self.pre.push(TStmt::Alloc { array: array.clone(), func: NpFunc::Argsort, args, span });
        Some(Val::Array(array))
    }

    /// The `axis`, `kind` of `a.sort(...)`/`a.argsort(...)` (positional or
    /// by keyword), as numpy's sort/argsort keywords.
    pub(in crate::sema) fn sort_method_args(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        args: &mut Vec<NpArg>,
        span: Range<usize>,
    ) -> Option<()> {
        let kw_ok = c.keywords.iter().all(|k| k.arg.as_ref().is_some_and(|a| matches!(a.as_str(), "axis" | "kind")));
        let none_axis = c
            .args
            .first()
            .or(c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis")).map(|k| &k.value))
            .is_some_and(|e| matches!(e, Expr::Constant(k) if k.value.is_none()));
        if c.args.len() > 2 || !kw_ok || none_axis {
            self.errors.push(
                Diagnostic::error(format!("this form of `.{name}()` is not supported yet"))
                    .at(span, "not supported")
                    .note("pycc compiles axis= (an int) and kind=; order= and axis=None are not supported yet"),
            );
            return None;
        }
        self.diff_sort_args(c, &c.args, &["axis", "kind"], args)
    }

    /// Whether `e` is an array (a variable or a view of one) of complex
    /// elements, from its shape alone.
    pub(in crate::sema) fn complex_array_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(_) => self.array_name(e).is_some_and(|n| self.arrays[&n].complex),
            Expr::Subscript(s) => self.complex_array_expr(&s.value),
            Expr::Attribute(a) if a.attr.as_str() == "T" => self.complex_array_expr(&a.value),
            // numpy.fft's complex transforms (`np.real(np.fft.ifft(x))`).
            Expr::Call(c) if self.complex_fft(&c.func) => true,
            // An elementwise expression with complex elements (`a * np.conj(b)`).
            Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Call(_) => self.is_array_expr(e) && self.cx_complex(e),
            _ => false,
        }
    }

    /// Whether `e` reduces a complex array to a complex number: `np.sum(z)`,
    /// `np.prod`, `np.mean`, `np.dot(z, w)`, `z.sum()`, `z.prod()`,
    /// `z.mean()`, `np.min`/`np.max` (numpy's lexicographic order).
    pub(in crate::sema) fn is_complex_reduction(&self, e: &Expr) -> bool {
        let Expr::Call(c) = e else { return false };
        // With an axis of an n-d operand the result is an array (`reduction`).
        if self.reduction_ndim(c).is_some_and(|n| n > 0) {
            return false;
        }
        // The reductions with a complex result (var/std/argmin/... of a
        // complex array are diagnostics in `reduction`).
        let complex_result = |f: NpFunc| {
            matches!(
                f,
                NpFunc::Sum | NpFunc::Prod | NpFunc::Min | NpFunc::Max | NpFunc::Mean | NpFunc::Dot | NpFunc::Trace
            )
        };
        if self.numpy_function(&c.func).is_some_and(complex_result) {
            // `np.dot` with a 2-d operand makes an array (`dot_array`).
            return self.dot_ndim(c).is_none() && c.args.iter().any(|a| self.complex_array_expr(a));
        }
        self.array_method_of(c)
            .is_some_and(|(r, m)| matches!(m, "sum" | "prod" | "mean" | "min" | "max") && self.complex_array_expr(r))
    }

    /// The parts of a complex reduction (`is_complex_reduction`), computed
    /// by numpy before the statement.
    pub(in crate::sema) fn complex_reduction(
        &mut self,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<(TExpr, TExpr)> {
        if let Some(parts) = self.cx_axis_number(c, &span) {
            return parts;
        }
        let (func, operands): (NpFunc, Vec<&Expr>) = match self.numpy_function(&c.func) {
            Some(f) => (f, c.args.iter().collect()),
            None => {
                let (receiver, name) = self.array_method_of(c)?;
                if !c.args.is_empty() || !c.keywords.is_empty() {
                    self.errors.push(
                        Diagnostic::error(format!("`.{name}()` is compiled without arguments only"))
                            .at(span, "here")
                            .note("axis=, dtype=, out= and the other options are not supported yet"),
                    );
                    return None;
                }
                (NpFunc::from_name(name)?, vec![receiver])
            }
        };
        let arity = if func == NpFunc::Dot { 2 } else { 1 };
        if let (NpFunc::Sum, [z], true) = (func, operands.as_slice(), c.keywords.is_empty()) {
            if let Some(parts) = self.cx_fused_sum(z, &span)? {
                return Some(parts);
            }
        }
        if operands.len() != arity || !c.keywords.is_empty() {
            self.errors.push(
                Diagnostic::error(format!(
                    "numpy.{}() is compiled with {arity} array argument{} only",
                    func.name(),
                    if arity == 1 { "" } else { "s" }
                ))
                .at(span, "here")
                .note("axis=, dtype=, out= and the other options are not supported yet"),
            );
            return None;
        }
        let mut arrays = Vec::new();
        for e in operands {
            arrays.push(self.numpy_array_arg(func, e)?);
        }
        if func == NpFunc::Dot
            && (arrays[0].ty.ndim != 1
                || arrays.iter().any(|r| r.ty.ndim != 1 || r.ty.dtype != arrays[0].ty.dtype || !r.ty.complex))
        {
            self.errors.push(
                Diagnostic::error("numpy.dot() is compiled for two 1-d arrays of one dtype only").at(span, "here"),
            );
            return None;
        }
        if func == NpFunc::Trace {
            self.trace_or_median(func, &arrays[0], &span)?;
        }
        // numpy keeps complex64 for each of these (its mean too).
        let p = arrays[0].ty.dtype;
        Some(self.complex_np_value(func, arrays.into_iter().map(NpArg::Array).collect(), p, span))
    }

    /// `np.sum(z, axis=k)` / `z.sum(axis=k)` (prod, mean, min, max) of a 1-d
    /// complex array with an int axis: a complex number, numpy's own call
    /// with that axis (its AxisError for another than 0 or -1). None when
    /// `c` has another form; Some(None) after a diagnostic.
    fn cx_axis_number(&mut self, c: &ast::ExprCall, span: &Range<usize>) -> Option<Option<(TExpr, TExpr)>> {
        let (func, a_e, rest) = self.reduction_call(c)?;
        let axis_kw = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis"));
        let axis = match (rest, axis_kw, c.keywords.len()) {
            ([e], None, 0) => e,
            ([], Some(k), 1) => &k.value,
            _ => return None,
        };
        let plain = matches!(func, NpFunc::Sum | NpFunc::Prod | NpFunc::Mean | NpFunc::Min | NpFunc::Max);
        if !plain
            || self.expr_ndim(a_e) != Some(1)
            || matches!(axis, Expr::Tuple(_) | Expr::Constant(ast::ExprConstant { value: ast::Constant::None, .. }))
        {
            return None;
        }
        let a = self.numpy_array_arg(func, a_e);
        let k = self.int_arg(axis, "`axis`");
        let (a, k) = (a?, k?);
        let k = self.index_temps_value(k);
        let p = a.ty.dtype;
        let args = vec![NpArg::Array(a), NpArg::Keyword(keyword("axis"), k)];
        Some(Some(self.complex_np_value(func, args, p, span.clone())))
    }

    /// A numpy call whose result is a complex number with parts of type
    /// `p`, made before the statement: its two parts.
    pub(in crate::sema) fn complex_np_value(
        &mut self,
        func: NpFunc,
        args: Vec<NpArg>,
        p: Scalar,
        span: Range<usize>,
    ) -> (TExpr, TExpr) {
        let (re, im) = (self.fresh("np", p), self.fresh("np", p));
        self.pre.push(TStmt::NpValue { var: re, imag: Some(im), func, args, span: span.clone() });
        let read = |v| TExpr { ty: p, kind: TExprKind::Var(v), span: span.clone() };
        (read(re), read(im))
    }

    pub(in crate::sema) fn array_method_of<'e>(&self, c: &'e ast::ExprCall) -> Option<(&'e Expr, &'e str)> {
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        let receiver = m.value.as_ref();
        self.expr_ndim(receiver).is_some().then_some((receiver, m.attr.as_str()))
    }

    /// `a.fill(x)` as a statement: `a[...] = x` over the whole array.
    pub(in crate::sema) fn fill_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let (receiver, _) = self.array_method_of(c)?;
        if c.args.len() != 1 || !c.keywords.is_empty() {
            self.errors.push(Diagnostic::error("`.fill()` takes one value").at(span, "here"));
            return None;
        }
        self.slice_assign(receiver, &c.args[0], span)
    }

    /// `np.<ufunc>(x)` on numbers, if `name` is one pycc compiles: NotMine
    /// when it is not a ufunc.
    fn numpy_ufunc(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Claim<TExpr> {
        let inline = inline_ufunc(name);
        let called = UFUNCS.iter().position(|(n, _)| *n == name);
        if !is_ufunc(name) {
            return Claim::NotMine;
        }
        let elem = self.scalar_elem_ufunc(name, c, span.clone());
        if elem.is_mine() {
            return elem;
        }
        let arity = inline.map(|f| f.arity).or(called.map(|k| UFUNCS[k].1)).unwrap_or(1);
        if c.args.len() != arity || !c.keywords.is_empty() {
            self.errors.push(positional_only(name, arity, span));
            return Claim::Failed;
        }
        if let Some(a) = c.args.iter().find(|a| self.array_name(a).is_some() || self.view_ndim(a).is_some()) {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() of an array makes an array, used here as a number"))
                    .at(range(a), "an array")
                    .note("assign it to a name first (b = np.sqrt(a)), then index the name"),
            );
            return Claim::Failed;
        }
        if let ([z], "isnan" | "isinf" | "isfinite") = (c.args.as_slice(), name) {
            if self.is_complex(z) {
                return Claim::of(self.complex_predicate(name, z, span));
            }
        }
        let Some(args) = self.ufunc_numbers(&c.args) else { return Claim::Failed };
        // float32 numbers stay float32, computed as numba does (libm's
        // `expf`, ...; numpy's own float32 loops can differ by an ulp: the
        // README says which reference applies where).
        let all_f32 = args.iter().all(|a| a.ty == F32);
        let fty = if all_f32 { F32 } else { Scalar::F64 };
        let f32_ufunc = NP_LIBM.iter().find(|f| f.name == name).filter(|_| all_f32);
        let x = |k: usize| args[k].clone();
        Claim::Done(match name {
            // abs keeps an int an int (numpy's int64 abs wraps at MIN, as pycc's).
            "abs" | "absolute" if !x(0).ty.is_float() && x(0).ty != Scalar::Bool => {
                TExpr { ty: x(0).ty, kind: TExprKind::Abs(Box::new(x(0))), span }
            }
            "abs" | "absolute" | "fabs" => TExpr { ty: fty, kind: TExprKind::Abs(Box::new(cast(x(0), fty))), span },
            "square" | "negative" if !x(0).ty.is_float() => match self.int_number_ufunc(name, x(0), span) {
                Some(e) => e,
                None => return Claim::Failed,
            },
            "square" => {
                let v = cast(x(0), fty);
                TExpr { ty: fty, kind: TExprKind::Binary(BinOp::Mul, Box::new(v.clone()), Box::new(v)), span }
            }
            "negative" => TExpr { ty: fty, kind: TExprKind::Neg(Box::new(cast(x(0), fty))), span },
            _ => match inline.or(f32_ufunc) {
                Some(f) => math::typed_call(f, math::float_args(f, args), span),
                None => {
                    // Each number as CPython passes it (an int stays an int:
                    // np.power(2, 3) is int64, np.ldexp's exponent an int).
                    use crate::sema::arrayops::Kind;
                    // float32 numbers stay float32 where numpy's float32
                    // loop is the float64 result rounded (1/x).
                    let all_f32 = all_f32 && name == "reciprocal";
                    let kinds: Vec<_> =
                        args.iter().map(|a| if all_f32 { Kind::Array(F32) } else { Kind::Python(a.ty) }).collect();
                    let ty = match crate::sema::ufuncloops::called_ufunc_dtype(name, &kinds) {
                        Ok(t) => t,
                        Err(why) => {
                            self.errors.push(Diagnostic::error(why).at(span, "here"));
                            return Claim::Failed;
                        }
                    };
                    let func = NpFunc::Ufunc(called.expect("checked"));
                    let python = |a: &TExpr| if all_f32 { F32 } else { crate::sema::ufuncloops::python(a.ty) };
                    let args = args.iter().map(|a| NpArg::Scalar(cast(a.clone(), python(a))));
                    self.np_value(func, args.collect(), ty, span)
                }
            },
        })
    }

    /// A shape: an int, or a tuple of ints (a literal, a tuple variable,
    /// `a.shape`), 1 to 3 of them.
    pub(in crate::sema) fn numpy_shape(&mut self, e: &Expr) -> Option<Vec<TExpr>> {
        // numpy takes any sequence of ints; a list literal reads as a tuple.
        let value = match e {
            Expr::List(l) => Val::Tuple(l.elts.iter().map(|x| self.value(x)).collect::<Option<_>>()?),
            _ => self.value(e)?,
        };
        let dims = match value {
            Val::Scalar(x) => vec![x],
            Val::Tuple(xs) if xs.iter().all(|x| matches!(x, Val::Scalar(_))) => xs
                .into_iter()
                .map(|x| match x {
                    Val::Scalar(x) => x,
                    _ => unreachable!("checked"),
                })
                .collect(),
            _ => {
                self.errors
                    .push(Diagnostic::error("an array shape is an int or a tuple of ints").at(range(e), "not a shape"));
                return None;
            }
        };
        if let Some(bad) = dims.iter().find(|d| !matches!(d.ty, Scalar::Int { .. } | Scalar::Bool)) {
            self.errors.push(
                Diagnostic::error(format!("an array extent must be an integer, not {}", bad.ty))
                    .at(bad.span.clone(), "not an int"),
            );
            return None;
        }
        if dims.len() > MAX_NDIM {
            self.errors.push(
                Diagnostic::error(format!("{}-d arrays are not supported (1-d to {MAX_NDIM}-d are)", dims.len()))
                    .at(range(e), "this shape"),
            );
            return None;
        }
        Some(dims.into_iter().map(|d| cast(d, Scalar::I64)).collect())
    }

    /// A ufunc's number arguments in Python's order (`push_in_order`:
    /// `np.maximum(7 / z, np.fmin(...))` raises the division's error first).
    fn ufunc_numbers(&mut self, args: &[Expr]) -> Option<Vec<TExpr>> {
        let (mut out, mut failed): (Vec<TExpr>, _) = (Vec::new(), false);
        for a in args {
            failed |= !self.push_in_order(&mut out, |t| t.numpy_number(a));
        }
        (!failed).then_some(out)
    }

    /// A real number argument (an int, float or bool expression).
    fn numpy_number(&mut self, e: &Expr) -> Option<TExpr> {
        if self.is_complex(e) {
            self.errors.push(
                Diagnostic::error("a complex number is not supported here")
                    .at(range(e), "complex")
                    .note("a complex fill value is supported in numpy.full and numpy.full_like"),
            );
            return None;
        }
        self.expr(e)
    }

    /// A dtype: `np.float64` (any numpy scalar type name pycc has), `float`,
    /// `int`, `bool`, a string (`'f8'`, `'int32'`, `'d'`), or `a.dtype`.
    /// A complex dtype (`np.complex128`, `complex`, `'c16'`, `'D'`, ...)
    /// gives its part type and true.
    pub(in crate::sema) fn numpy_dtype(&mut self, e: &Expr) -> Option<(Scalar, bool)> {
        let real = |s: Option<Scalar>| s.map(|s| (s, false));
        let named = |name: &str| complex_by_name(name).map(|p| (p, true)).or_else(|| real(scalar_by_name(name)));
        // numpy's names where they differ from numba's (`np.byte` is int8).
        let numpy_named = |name: &str| real(crate::sema::scalars::dtype(name)).or_else(|| named(name));
        // A dtype string: numpy's names and type codes ('float64', 'f8', 'D').
        let string_dtype = |s: &str| {
            numpy_named(s).or_else(|| match s {
                "F" => Some((Scalar::Float { bits: 32 }, true)),
                "D" => Some((Scalar::F64, true)),
                _ => real(format_code(s)),
            })
        };
        let found = match e {
            Expr::Attribute(a) if self.numpy_module_of(&a.value) => numpy_named(a.attr.as_str()),
            // numba's types as dtypes: `numba.i8`, `nb.types.float64`, `from numba import f8`.
            Expr::Attribute(a) if numba_module(self.globals, &a.value) => named(a.attr.as_str()),
            Expr::Name(n)
                if !self.types.contains_key(n.id.as_str())
                    && self.globals.from_imports.get(n.id.as_str()).is_some_and(|(m, _)| m.starts_with("numba")) =>
            {
                named(&self.globals.from_imports[n.id.as_str()].1)
            }
            Expr::Attribute(a) if a.attr.as_str() == "dtype" => {
                self.array_name(&a.value).map(|n| (self.arrays[&n].dtype, self.arrays[&n].complex))
            }
            Expr::Name(n) if !self.types.contains_key(n.id.as_str()) => match n.id.as_str() {
                "float" => real(Some(Scalar::F64)),
                "int" => real(Some(Scalar::I64)),
                "bool" => real(Some(Scalar::Bool)),
                "complex" if !self.complex.contains("complex") => Some((Scalar::F64, true)),
                // A module-level name bound once to a string: `dtype = "float64"`.
                name => self.globals.strings.get(name).and_then(|s| string_dtype(s)),
            },
            Expr::Constant(c) => match &c.value {
                ast::Constant::Str(s) => string_dtype(s),
                _ => None,
            },
            // `np.dtype('int64')`, `np.dtype(np.float32)`: the dtype it names.
            Expr::Call(c)
                if c.args.len() == 1
                    && c.keywords.is_empty()
                    && matches!(c.func.as_ref(), Expr::Attribute(f)
                        if f.attr.as_str() == "dtype" && self.numpy_module_of(&f.value)) =>
            {
                return self.numpy_dtype(&c.args[0]);
            }
            Expr::Call(c) if self.is_type_call(c) => return self.type_call_dtype(c),
            _ => None,
        };
        if found.is_none() {
            self.errors.push(
                Diagnostic::error("this dtype is not supported")
                    .at(range(e), "dtype")
                    .note("a dtype is np.float64, np.int32, ... (a numpy scalar type), float, int, bool, complex, a string such as 'f8' or 'c16', or a.dtype"),
            );
        }
        found
    }
}

impl Typer<'_> {
    /// `a.dtype == D` / `a.dtype != D` of an array variable `a` and a dtype
    /// `D` (`np.float64`, `'f8'`, `np.dtype('int64')`, `b.dtype`): known
    /// when compiling, since every array's dtype is (numpy compares the two
    /// dtypes, as here).
    pub(in crate::sema) fn dtype_test(&mut self, c: &ast::ExprCompare) -> Option<bool> {
        let [op @ (ast::CmpOp::Eq | ast::CmpOp::NotEq)] = c.ops.as_slice() else { return None };
        let (l, r) = (c.left.as_ref(), &c.comparators[0]);
        let is_dtype = |t: &Self, e: &Expr| matches!(e, Expr::Attribute(a) if a.attr.as_str() == "dtype" && t.array_name(&a.value).is_some());
        if !is_dtype(self, l) && !is_dtype(self, r) {
            return None;
        }
        // Not a dtype on the other side: no test of this kind (and no error here).
        let errors = self.errors.len();
        let (a, b) = (self.numpy_dtype(l), self.numpy_dtype(r));
        self.errors.truncate(errors);
        Some((a? == b?) == matches!(op, ast::CmpOp::Eq))
    }
}

/// `numba`, `nb`, `numba.types`, `nb.types` as imported here.
fn numba_module(g: &crate::syntax::parse::Globals, e: &Expr) -> bool {
    match e {
        Expr::Name(n) => {
            g.modules.get(n.id.as_str()).is_some_and(|m| m.starts_with("numba"))
                || g.from_imports.get(n.id.as_str()).is_some_and(|(m, name)| m == "numba" && name == "types")
        }
        Expr::Attribute(a) => a.attr.as_str() == "types" && numba_module(g, &a.value),
        _ => false,
    }
}

/// The exactly specified ufuncs pycc compiles inline (IEEE results, nan
/// and inf instead of exceptions, as numpy).
pub(in crate::sema) fn inline_ufunc(name: &str) -> Option<&'static MathFn> {
    match name {
        "sqrt" => Some(&NP_SQRT),
        "floor" => Some(&NP_FLOOR),
        "ceil" => Some(&NP_CEIL),
        "trunc" => Some(&NP_TRUNC),
        "rint" => Some(&NP_RINT),
        "copysign" => Some(&NP_COPYSIGN),
        "isnan" | "isinf" | "isfinite" => math_table::function_for(name, 1),
        "deg2rad" | "radians" => math_table::function_for("radians", 1),
        "rad2deg" | "degrees" => math_table::function_for("degrees", 1),
        _ => None,
    }
}

/// Whether `np.<name>` is a ufunc pycc compiles.
/// Whether `np.<name>` is a ufunc pycc knows (its operator ufuncs too).
pub(in crate::sema) fn is_ufunc_name(name: &str) -> bool {
    is_ufunc(name) || crate::sema::arrayops::operator_of(name).is_some() || matches!(name, "maximum" | "minimum")
}

pub(in crate::sema) fn is_ufunc(name: &str) -> bool {
    inline_ufunc(name).is_some()
        || matches!(name, "abs" | "absolute" | "fabs" | "square" | "negative")
        || crate::sema::arrayops::elementwise::Ufn::by_name(name).is_some()
        || UFUNCS.iter().any(|(n, _)| *n == name)
}

/// The dtype numpy gives a Python scalar of this type: what CPython passes
/// when it runs the same source (a Python int is int64, a float float64).
fn python_dtype(s: Scalar) -> Scalar {
    match s {
        Scalar::Bool => Scalar::Bool,
        Scalar::Int { .. } => Scalar::I64,
        Scalar::Float { .. } => Scalar::F64,
    }
}

/// numpy's one-character type codes.
fn format_code(s: &str) -> Option<Scalar> {
    let int = |bits, signed| Some(Scalar::Int { bits, signed });
    match s {
        "?" => Some(Scalar::Bool),
        "b" => int(8, true),
        "B" => int(8, false),
        "h" => int(16, true),
        "H" => int(16, false),
        "i" => int(32, true),
        "I" => int(32, false),
        "l" | "q" | "p" => int(64, true),
        "L" | "Q" | "P" => int(64, false),
        "f" => Some(Scalar::Float { bits: 32 }),
        "d" => Some(Scalar::F64),
        _ => None,
    }
}

/// A numpy keyword's index in `KEYWORDS`.
pub(in crate::sema) fn keyword(name: &str) -> usize {
    KEYWORDS.iter().position(|k| *k == name).expect("listed")
}

impl Typer<'_> {
    /// The reduction (`np.sum(a, 0)`, `a.var(ddof=1)`, `np.argmin(a)`) or
    /// cumulative function (`np.cumsum(a)`) call `c` makes, if any: the
    /// function, the array operand and the positional arguments after it.
    pub(in crate::sema) fn reduction_call<'e>(&self, c: &'e ast::ExprCall) -> Option<(NpFunc, &'e Expr, &'e [Expr])> {
        let wanted = |f: NpFunc| f.is_axis_reduction() || matches!(f, NpFunc::Cumsum | NpFunc::Cumprod);
        // `np.average(a, weights=w)` is setops.rs's (numpy's average, not mean).
        let weighted = matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "average")
            && crate::sema::setops::is_setops_form("average", c);
        if let Some(f) = self.numpy_function(&c.func).filter(|f| wanted(*f) && !weighted) {
            let (a, rest) = c.args.split_first()?;
            return Some((f, a, rest));
        }
        let (receiver, name) = self.array_method_of(c)?;
        let f = NpFunc::from_name(name).filter(|f| wanted(*f) && !matches!(name, "amin" | "amax"))?;
        Some((f, receiver, &c.args))
    }

    /// The ndim of what reduction call `c` gives (0: a number), from its
    /// form alone; None when `c` is no reduction or the operand's ndim is
    /// not known statically.
    pub(in crate::sema) fn reduction_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        let (func, a, rest) = self.reduction_call(c)?;
        let n = self.expr_ndim(a)?;
        let kw = |name: &str| c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name));
        let none = |e: &Expr| matches!(e, Expr::Constant(k) if k.value.is_none());
        let axis_e = rest.first().or(kw("axis").map(|k| &k.value)).filter(|e| !none(e));
        let axis = axis_e.is_some();
        // A tuple of axes removes each (numpy's AxisError for one out of range).
        let removed = match axis_e {
            Some(Expr::Tuple(t)) => t.elts.len() as u32,
            _ => 1,
        };
        let keepdims = kw("keepdims")
            .is_some_and(|k| matches!(&k.value, Expr::Constant(x) if x.value == ast::Constant::Bool(true)));
        Some(match func {
            NpFunc::Cumsum | NpFunc::Cumprod => {
                if axis {
                    n
                } else {
                    1
                }
            }
            _ if keepdims => n,
            _ if axis => n.saturating_sub(removed),
            _ => 0,
        })
    }

    /// Types reduction call `c` (`reduction_call`): numpy computes it, with
    /// `axis=`, `keepdims=` (a constant) and, for var/std, `ddof=` passed
    /// on as numpy's keywords, so numpy's values and its errors (AxisError,
    /// an empty reduction) are the result's. A number, or a new array.
    pub(in crate::sema) fn reduction(
        &mut self,
        c: &ast::ExprCall,
        want_array: bool,
        span: Range<usize>,
    ) -> Option<Val> {
        let (func, a_expr, rest) = self.reduction_call(c)?;
        let ndim = self.reduction_ndim(c);
        let cumulative = matches!(func, NpFunc::Cumsum | NpFunc::Cumprod);
        let allowed: &[&str] = match func {
            _ if cumulative => &["axis", "dtype"],
            NpFunc::Var | NpFunc::Std => &["axis", "keepdims", "ddof", "where"],
            NpFunc::Sum | NpFunc::Prod => &["axis", "keepdims", "dtype", "initial", "where"],
            NpFunc::Mean => &["axis", "keepdims", "dtype", "where"],
            // numpy casts `initial=` to the reduction's dtype: the result's stays.
            NpFunc::Min | NpFunc::Max => &["axis", "keepdims", "initial", "where"],
            _ => &["axis", "keepdims"],
        };
        let bad_kw = c.keywords.iter().find(|k| k.arg.as_ref().is_none_or(|a| !allowed.contains(&a.as_str())));
        if rest.len() > 1 || bad_kw.is_some() {
            let at = bad_kw.map_or(span.clone(), range);
            self.errors.push(
                Diagnostic::error(format!("this form of numpy.{}() is not supported yet", func.name()))
                    .at(at, "not supported")
                    .note(format!(
                        "pycc compiles numpy.{}(a, {}) (axis also positionally)",
                        func.name(),
                        allowed.join("=..., ") + "=..."
                    )),
            );
            return None;
        }
        let Some(ndim) = ndim else {
            self.errors.push(
                Diagnostic::error(format!("numpy.{}() needs an array here", func.name()))
                    .at(range(a_expr), "not an array"),
            );
            return None;
        };
        if ndim > 0 && !want_array {
            self.errors.push(
                Diagnostic::error(format!("numpy.{}(...) makes an array, used here as a number", func.name()))
                    .at(span, "an array"),
            );
            return None;
        }
        if let Some(var) = self.fused_var(func, c, a_expr, rest)? {
            return Some(var);
        }
        let whole = rest.is_empty() && c.keywords.is_empty();
        let a = if let Some(first) = (func == NpFunc::Sum).then(|| self.axis_sum(c, a_expr, rest)).flatten() {
            match self.fused_axis_sums(a_expr, first)? {
                Ok(sums) => return Some(Val::Array(sums)),
                Err(a) => a,
            }
        } else if whole && Self::fusible_reduction(func) && self.fusible(a_expr) {
            match self.fused_reduce(func, a_expr)? {
                Ok(x) => return Some(Val::Scalar(x)),
                Err(a) => a,
            }
        } else {
            self.array_operand(a_expr).done()?
        };
        // numpy's cumulative sums and products of a complex array are
        // complex, its var and std real (the part type), argmin/argmax
        // int64 (its lexicographic order): numpy's own call.
        // With an axis (an array result) sum, prod, mean, min and max of a
        // complex array are complex too (a number: `complex_reduction`).
        let complex_result = matches!(func, NpFunc::Cumsum | NpFunc::Cumprod)
            || ndim > 0 && matches!(func, NpFunc::Sum | NpFunc::Prod | NpFunc::Mean | NpFunc::Min | NpFunc::Max);
        let complex_ok = (complex_result
            || matches!(func, NpFunc::Var | NpFunc::Std | NpFunc::Argmin | NpFunc::Argmax))
            && !c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| a.as_str() == "dtype"));
        if a.ty.complex && !complex_ok {
            self.errors.push(
                Diagnostic::error(format!("numpy.{}() of a complex array is not supported yet", func.name()))
                    .at(span, "complex"),
            );
            return None;
        }
        let a = match whole && !a.ty.complex {
            true => match self.exact_array(func, a, &span)? {
                Ok(x) => return Some(Val::Scalar(x)),
                Err(a) => a,
            },
            false => a,
        };
        if cumulative && rest.is_empty() && c.keywords.is_empty() && a.ty.ndim == 1 && !a.ty.complex {
            return Some(Val::Array(self.accumulate(func, a, &span)));
        }
        let complex = a.ty.complex && complex_result;
        let mut args = vec![NpArg::Array(a.clone())];
        let mut dtype = func.reduced_dtype(a.ty.dtype);
        self.reduction_args(func, c, rest, &mut args, &mut dtype)?;
        if ndim == 0 {
            return Some(Val::Scalar(self.np_value(func, args, dtype, span)));
        }
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex };
        let array = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: array.clone(), func, args, span });
        Some(Val::Array(array))
    }

    /// A reduction's axis (positional or keyword) and keywords as numpy's
    /// arguments after the array; `dtype=` also sets the result's dtype.
    fn reduction_args(
        &mut self,
        func: NpFunc,
        c: &ast::ExprCall,
        rest: &[Expr],
        args: &mut Vec<NpArg>,
        dtype: &mut Scalar,
    ) -> Option<()> {
        let given = rest
            .iter()
            .map(|e| ("axis", e))
            .chain(c.keywords.iter().map(|k| (k.arg.as_ref().expect("checked").as_str(), &k.value)));
        for (name, e) in given {
            if matches!(e, Expr::Constant(k) if k.value.is_none()) && name == "axis" {
                continue;
            }
            if let (Expr::Tuple(t), "axis") = (e, name) {
                // numpy's second positional parameter, ahead of the keywords.
                let axes = self.axis_tuple(func, t, range(e))?;
                args.insert(1, axes);
                continue;
            }
            if name == "where" && self.is_array_like(e) {
                args.push(self.where_mask(e)?);
                continue;
            }
            if name == "dtype" {
                if !matches!(e, Expr::Constant(k) if k.value.is_none()) {
                    let (d, word) = self.reduction_dtype(func, e)?;
                    *dtype = d;
                    args.push(NpArg::Word(Some(keyword("dtype")), word));
                }
                continue;
            }
            let v = if name == "keepdims" {
                let Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(b), .. }) = e else {
                    self.errors.push(
                        Diagnostic::error("`keepdims=` must be True or False here").at(range(e), "not a constant"),
                    );
                    return None;
                };
                TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(*b)), span: range(e) }
            } else {
                let v = self.expr(e)?;
                if name == "axis" && !matches!(v.ty, Scalar::Int { .. }) {
                    self.errors.push(Diagnostic::error("`axis` must be an int here").at(range(e), "not an int").note(
                        "numpy raises TypeError for a non-integer axis (a tuple display of ints is an axis tuple)",
                    ));
                    return None;
                }
                v
            };
            args.push(NpArg::Keyword(keyword(name), self.index_temps_value(v)));
        }
        Some(())
    }

    /// A reduction's `dtype=`: the result's dtype (numpy accumulates in
    /// it) and its name among the runtime's words. `mean` takes a float
    /// dtype only (an int one makes numpy cast the quotient back).
    fn reduction_dtype(&mut self, func: NpFunc, e: &Expr) -> Option<(Scalar, usize)> {
        let (d, complex) = self.numpy_dtype(e)?;
        if complex || d == Scalar::Bool || (func == NpFunc::Mean && !d.is_float()) {
            self.errors.push(
                Diagnostic::error(format!("this `dtype=` of numpy.{}() is not supported yet", func.name()))
                    .at(range(e), "not supported")
                    .note("pycc takes an int or float dtype here (a float one for mean)"),
            );
            return None;
        }
        // numba's long name of an int or float type is numpy's.
        let name = d.long_name();
        Some((d, crate::tir::array::WORDS.iter().position(|w| *w == name).expect("listed")))
    }

    /// `np.cumsum(a)` / `np.cumprod(a)` of a 1-d real array, compiled: a
    /// new C-ordered array of numpy's accumulation dtype, filled by one
    /// loop. numpy's `add.accumulate` adds in order (`out[i] = out[i-1] +
    /// a[i]`, no pairwise summation), so this is its result bit for bit; the
    /// accumulator starts at -0.0 (sum) or 1 (product), which give back the
    /// first element itself, -0.0 and nan included.
    fn accumulate(&mut self, func: NpFunc, a: ArrayRef, span: &Range<usize>) -> ArrayRef {
        let dtype = func.reduced_dtype(a.ty.dtype);
        let out = self.array_temp(ArrayTy { dtype, ndim: 1, layout: Layout::C, complex: false }, Default::default());
        let len = self.i64_var(a.shape[0], span.clone());
        self.pre.push(TStmt::Alloc {
            array: out.clone(),
            func: NpFunc::Empty,
            args: vec![NpArg::Shape(vec![len])],
            span: span.clone(),
        });
        let (op, start) = match (func, dtype) {
            (NpFunc::Cumsum, Scalar::Float { .. }) => (BinOp::Add, ConstValue::Float(-0.0)),
            (NpFunc::Cumsum, _) => (BinOp::Add, ConstValue::Int(0)),
            (_, Scalar::Float { .. }) => (BinOp::Mul, ConstValue::Float(1.0)),
            _ => (BinOp::Mul, ConstValue::Int(1)),
        };
        let start_ty = if matches!(start, ConstValue::Float(_)) { Scalar::F64 } else { Scalar::I64 };
        let acc = self.fresh("acc", dtype);
        let at = |kind| TExpr { ty: dtype, kind, span: span.clone() };
        let first = cast(TExpr { ty: start_ty, kind: TExprKind::Const(start), span: span.clone() }, dtype);
        self.pre.push(TStmt::Assign { var: acc, value: first });
        // Indexed by a's extent, so the loop proves both accesses in bounds.
        let out_at = ArrayRef { shape: a.shape.clone(), ..out.clone() };
        let shape = a.shape.clone();
        let fill = self.loop_nest(&shape, span, |idx| {
            let load = TExpr { ty: a.ty.dtype, kind: TExprKind::Load(a, idx.clone()), span: span.clone() };
            let x = cast(load, dtype);
            let next = at(TExprKind::NpBinary(op, Box::new(at(TExprKind::Var(acc))), Box::new(x)));
            TStmt::Seq(vec![
                TStmt::Assign { var: acc, value: next },
                TStmt::Store { array: out_at, indices: idx, value: at(TExprKind::Var(acc)) },
            ])
        });
        self.pre.push(fill);
        out
    }

    /// `axis=(0, 1)` of a reduction: the ints, as numpy's tuple.
    fn axis_tuple(&mut self, func: NpFunc, t: &ast::ExprTuple, span: Range<usize>) -> Option<NpArg> {
        if !func.is_axis_reduction() || matches!(func, NpFunc::Argmin | NpFunc::Argmax) {
            self.errors.push(
                Diagnostic::error(format!(
                    "numpy.{}() takes one int axis (a tuple is a TypeError in numpy)",
                    func.name()
                ))
                .at(span, "a tuple"),
            );
            return None;
        }
        self.axis_values(t)
    }

    /// The ints of an `axis` tuple display, numpy's positional argument.
    pub(in crate::sema) fn axis_values(&mut self, t: &ast::ExprTuple) -> Option<NpArg> {
        let mut axes = vec![];
        for x in &t.elts {
            let v = self.expr(x)?;
            if !matches!(v.ty, Scalar::Int { .. }) {
                self.errors.push(
                    Diagnostic::error("an `axis` tuple holds ints")
                        .at(range(x), "not an int")
                        .note("numpy raises TypeError"),
                );
                return None;
            }
            axes.push(self.index_temps_value(v));
        }
        Some(NpArg::Values(axes))
    }

    /// Whether reduction call `c` of `a` (`rest`: the positional arguments
    /// after it) is over the last axis of a `fusible` expression of 2 or
    /// more dimensions (Some(false)), or over the first of a 2-d one
    /// (Some(true)): one literal axis, no other keyword.
    fn axis_sum(&self, c: &ast::ExprCall, a: &Expr, rest: &[Expr]) -> Option<bool> {
        let axis = match (rest, c.keywords.as_slice()) {
            ([x], []) => x,
            ([], [k]) if k.arg.as_ref().is_some_and(|n| n.as_str() == "axis") => &k.value,
            _ => return None,
        };
        let n = i128::from(self.expr_ndim(a).filter(|&n| n >= 2)?);
        let Some(ConstValue::Int(k)) = literal_value(axis) else { return None };
        let first = n == 2 && (k == 0 || k == -2);
        ((k == -1 || k == n - 1 || first) && self.fusible(a)).then_some(first)
    }

    /// The ndim of the array expression `e` stands for, from its form
    /// alone (no side effects): an array variable, a view, an elementwise
    /// expression, a ufunc, a reduction with an axis, `a.copy()`.
    pub(in crate::sema) fn expr_ndim(&self, e: &Expr) -> Option<u32> {
        // The largest ndim among the operands of an elementwise expression
        // (broadcasting); None when an array operand's ndim is unknown.
        let widest = |xs: &[&Expr]| -> Option<u32> {
            let mut n = None;
            for x in xs {
                if let Some(k) = self.expr_ndim(x) {
                    n = Some(n.unwrap_or(0).max(k));
                } else if self.is_array_expr(x)
                    || self.numpy_function_call(x)
                    || matches!(x, Expr::Call(c) if self.array_method_of(c).is_some() && !scalar_method(c))
                {
                    return None;
                }
            }
            n
        };
        match e {
            Expr::Name(_) => self.array_name(e).map(|n| self.arrays[&n].ndim),
            Expr::Subscript(s) => self.view_ndim(e).or_else(|| self.fancy_ndim(s)).or_else(|| self.tuple_item_ndim(s)),
            Expr::BinOp(b) if self.is_array_expr(e) => widest(&[&b.left, &b.right]),
            Expr::UnaryOp(u) if self.is_array_expr(e) => widest(&[&u.operand]),
            Expr::Compare(c) if self.is_array_expr(e) => widest(&[&c.left, &c.comparators[0]]),
            Expr::Call(c) if self.is_array_expr(e) => widest(&c.args.iter().collect::<Vec<_>>()),
            Expr::Attribute(a) if a.attr.as_str() == "T" => self.expr_ndim(&a.value),
            Expr::Attribute(a) if matches!(a.attr.as_str(), "real" | "imag") && self.complex_array_expr(&a.value) => {
                self.expr_ndim(&a.value)
            }
            // `.real` of an array a numpy function makes (`np.linalg.eigvals(m).real`):
            // the part's view of a complex result, the array itself of a real one.
            Expr::Attribute(a)
                if a.attr.as_str() == "real"
                    && (matches!(a.value.as_ref(), Expr::Call(_)) || self.real_array_name(&a.value)) =>
            {
                self.expr_ndim(&a.value)
            }
            // numpy's zeros for `a.imag` of a real array variable.
            Expr::Attribute(a) if a.attr.as_str() == "imag" && self.real_array_name(&a.value) => {
                self.expr_ndim(&a.value)
            }
            Expr::Call(c) => {
                if let Some(n) = self.array_call_ndim(c) {
                    return Some(n);
                }
                match self.array_method_of(c) {
                    Some((r, "copy" | "argsort")) => self.expr_ndim(r),
                    _ if self.numpy_function(&c.func) == Some(NpFunc::Argsort) => {
                        let n = self.expr_ndim(c.args.first()?)?;
                        Some(if flat_axis(c) { 1 } else { n })
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether `e` calls a numpy function that makes an array.
    fn numpy_function_call(&self, e: &Expr) -> bool {
        matches!(e, Expr::Call(c) if self.numpy_call_makes_array(c))
    }
}

/// Whether `c` is a method call that reduces its array to a number
/// (`a.mean()`, no arguments): an elementwise expression's scalar operand.
fn scalar_method(c: &ast::ExprCall) -> bool {
    const SCALAR: [&str; 12] =
        ["sum", "prod", "min", "max", "mean", "std", "var", "argmin", "argmax", "any", "all", "item"];
    matches!(c.func.as_ref(), Expr::Attribute(a) if SCALAR.contains(&a.attr.as_str()))
        && c.args.is_empty()
        && c.keywords.is_empty()
}

/// Whether sort/argsort call `c` says `axis=None` (numpy sorts the
/// flattened array: 1-d).
fn flat_axis(c: &ast::ExprCall) -> bool {
    let axis = c
        .args
        .get(1)
        .or_else(|| c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis")).map(|k| &k.value));
    matches!(axis, Some(Expr::Constant(k)) if k.value.is_none())
}

/// The numpy functions that reshape or rearrange an array, by name.
const SHAPE_FUNCS: [&str; 9] = ["reshape", "ravel", "transpose", "repeat", "roll", "diff", "tile", "sort", "unique"];
/// The array methods that do (`flatten` copies; `astype` converts).
const SHAPE_METHODS: [&str; 7] = ["reshape", "ravel", "flatten", "transpose", "repeat", "astype", "view"];

impl Typer<'_> {
    /// The shape function call `c` makes (`np.reshape(a, ...)`,
    /// `a.reshape(...)`, `np.tile(a, reps)`, `a.astype(t)`...): its name,
    /// the array operand and the positional arguments after it.
    fn shape_call<'e>(&self, c: &'e ast::ExprCall) -> Option<(&'e str, &'e Expr, &'e [Expr])> {
        if let Expr::Attribute(f) = c.func.as_ref() {
            // np.unique's tuple forms are nptuples.rs's.
            if self.numpy_module_of(&f.value) && SHAPE_FUNCS.contains(&f.attr.as_str()) && !self.unique_tuple_call(c) {
                let (a, rest) = c.args.split_first()?;
                return Some((f.attr.as_str(), a, rest));
            }
        }
        let (r, name) = self.array_method_of(c)?;
        SHAPE_METHODS.contains(&name).then_some((name, r, c.args.as_slice()))
    }

    /// The number of extents a shape argument gives: `(n, 3)`, `[n, 3]`, `n, 3`,
    /// a tuple variable, `a.shape`, or one int.
    pub(in crate::sema) fn shape_len(&self, args: &[Expr]) -> Option<u32> {
        match args {
            [] => None,
            [Expr::Tuple(t)] => Some(t.elts.len() as u32),
            [Expr::List(l)] => Some(l.elts.len() as u32),
            [Expr::Name(n)] if self.arity.contains_key(n.id.as_str()) => Some(self.arity[n.id.as_str()] as u32),
            [Expr::Attribute(a)] if a.attr.as_str() == "shape" => self.expr_ndim(&a.value),
            [_] => Some(1),
            xs => Some(xs.len() as u32),
        }
    }

    /// The ndim of what shape function call `c` gives, from its form alone.
    pub(in crate::sema) fn shape_call_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        let (name, a, rest) = self.shape_call(c)?;
        let n = self.expr_ndim(a)?;
        let axis = rest.len() > 1 || c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis"));
        let ndim = match name {
            "reshape" => self.shape_len(rest)?,
            // np.unique(a, axis=k): the distinct slices along k, a's ndim.
            "unique" if crate::sema::fft::unique_axis(c).is_some() => n,
            "ravel" | "flatten" | "unique" => 1,
            "sort" if flat_axis(c) => 1,
            "repeat" if !axis => 1,
            "tile" => n.max(self.shape_len(rest)?),
            _ => n,
        };
        (1..=MAX_NDIM as u32).contains(&ndim).then_some(ndim)
    }

    /// The ndim of an array call's result, when `c` makes an array from an
    /// array (a reduction with an axis, a shape function), statically.
    pub(in crate::sema) fn array_call_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        self.reduction_ndim(c)
            .filter(|n| *n > 0)
            .or_else(|| self.shape_call_ndim(c))
            .or_else(|| self.dot_ndim(c))
            .or_else(|| self.concatenate_ndim(c))
            .or_else(|| self.npfunc_ndim(c))
            .or_else(|| self.fill_ndim(c))
            .or_else(|| self.list_array_ndim(c))
            .or_else(|| self.random_ndim(c))
    }

    /// The ndim of `np.zeros(shape)` and the like (`np.zeros_like(a)`...),
    /// so that a method of one (`np.zeros(s).astype(t)`) is an array's.
    fn fill_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        let first = c.args.first().or_else(|| c.keywords.first().map(|k| &k.value))?;
        match self.numpy_function(&c.func)? {
            NpFunc::Empty | NpFunc::Zeros | NpFunc::Ones | NpFunc::Full => {
                self.shape_len(std::slice::from_ref(first)).filter(|n| (1..=MAX_NDIM as u32).contains(n))
            }
            NpFunc::EmptyLike | NpFunc::ZerosLike | NpFunc::OnesLike | NpFunc::FullLike => self.expr_ndim(first),
            _ => None,
        }
    }

    /// The ndim of `np.concatenate((a, b, ...)[, axis])`: a tuple or list
    /// literal of arrays of one ndim.
    fn concatenate_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        if self.numpy_function(&c.func) != Some(NpFunc::Concatenate) || c.args.is_empty() {
            return None;
        }
        // `axis=None` concatenates the flattened arrays: always 1-d.
        let flat = concatenate_axis(c).is_some_and(crate::syntax::is_none);
        let elts = match &c.args[0] {
            Expr::Tuple(t) => &t.elts,
            Expr::List(l) => &l.elts,
            e => return self.list_of_arrays(e).map(|t| if flat { 1 } else { t.ndim }),
        };
        let n = self.expr_ndim(elts.first()?)?;
        elts.iter().all(|e| self.expr_ndim(e) == Some(n)).then_some(if flat { 1 } else { n })
    }

    /// `np.concatenate((a, b, ...), axis)`: numpy's, arrays of one dtype
    /// (numpy's own errors for shapes that do not fit or a bad axis).
    fn concatenate(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        let ndim = self.concatenate_ndim(c)?;
        let elts = match &c.args[0] {
            Expr::Tuple(t) => &t.elts,
            Expr::List(l) => &l.elts,
            _ => &Vec::new(),
        };
        let axis = concatenate_axis(c);
        if c.args.len() > 2 || c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| a.as_str() != "axis")) {
            self.errors.push(
                Diagnostic::error("this form of numpy.concatenate() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.concatenate((a, b, ...), axis=...) of arrays and lists of numbers"),
            );
            return None;
        }
        let (mut args, ty) = match self.list_of_arrays(&c.args[0]) {
            Some(t) => (vec![self.array_list_arg(&c.args[0], t)], ArrayTy { ndim, layout: Layout::A, ..t }),
            None => {
                let mut arrays = Vec::new();
                for e in elts {
                    arrays.push(self.array_operand(e).done()?);
                }
                let complex = arrays[0].ty.complex;
                if arrays.iter().any(|r| r.ty.complex != complex || complex && r.ty.dtype != arrays[0].ty.dtype) {
                    self.errors.push(
                        Diagnostic::error(
                            "numpy.concatenate() of complex arrays is compiled for arrays of one dtype only",
                        )
                        .at(range(&c.args[0]), "dtypes differ"),
                    );
                    return None;
                }
                // Real arrays of different dtypes: numpy's result_type of them all.
                let dtype =
                    arrays.iter().fold(arrays[0].ty.dtype, |d, r| crate::sema::arrayops::promote(d, r.ty.dtype));
                let ty = ArrayTy { ndim, layout: Layout::A, dtype, ..arrays[0].ty };
                (vec![NpArg::Arrays(arrays)], ty)
            }
        };
        match axis {
            // numpy's axis=None (flattened arrays), not its default axis 0.
            Some(x) if crate::syntax::is_none(x) => args.push(NpArg::Word(Some(keyword("axis")), 0)),
            Some(x) => {
                let x = self.int_arg(x, "`axis`")?;
                args.push(NpArg::Keyword(keyword("axis"), x));
            }
            None => {}
        }
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Concatenate, args, span });
        Some(out)
    }

    /// The ndim of `np.dot(a, b)` when it makes an array (a 2-d operand).
    fn dot_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        if self.numpy_function(&c.func) != Some(NpFunc::Dot) || c.args.len() != 2 || !c.keywords.is_empty() {
            return None;
        }
        let (na, nb) = (self.expr_ndim(&c.args[0])?, self.expr_ndim(&c.args[1])?);
        (na <= 2 && nb <= 2 && na + nb > 2).then_some(na + nb - 2)
    }

    /// `np.dot(a, b)` with a 2-d operand: numpy's (BLAS) product, a new
    /// array; one dtype (real or complex).
    fn dot_array(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        let ndim = self.dot_ndim(c)?;
        // `a @ b` is numpy's matmul: it differs from dot where a stride is not BLAS's.
        let func = if self.matmul_spans.contains(&(span.start, span.end)) { NpFunc::Matmul } else { NpFunc::Dot };
        self.product_array(c, ndim, func, "numpy.dot() is compiled for arrays of one dtype only", span)
    }

    /// `np.dot` / `np.matmul` of two arrays into a new `ndim`-d one, in
    /// their promoted dtype (numpy's product of mixed dtypes); `mixed` is
    /// the error for a real operand beside a complex one.
    pub(in crate::sema) fn product_array(
        &mut self,
        c: &ast::ExprCall,
        ndim: u32,
        func: NpFunc,
        mixed: &str,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        let a = self.array_operand(&c.args[0]).done()?;
        let b = self.array_operand(&c.args[1]).done()?;
        if a.ty.complex != b.ty.complex || (a.ty.complex && a.ty.dtype != b.ty.dtype) {
            self.errors
                .push(Diagnostic::error(mixed).at(span, "here").note("convert one operand first (`.astype(...)`)"));
            return None;
        }
        let dtype = crate::sema::arrayops::promote(a.ty.dtype, b.ty.dtype);
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex: a.ty.complex };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args: vec![NpArg::Array(a), NpArg::Array(b)], span });
        Some(out)
    }

    /// Types an array call (`array_call_ndim`).
    pub(in crate::sema) fn array_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        if self.reduction_ndim(c).is_some_and(|n| n > 0) {
            return self.reduction(c, true, span);
        }
        if self.dot_ndim(c).is_some() {
            return self.dot_array(c, span).map(Val::Array);
        }
        if self.concatenate_ndim(c).is_some() {
            return self.concatenate(c, span).map(Val::Array);
        }
        if self.npfunc_ndim(c).is_some() {
            return self.npfunc_array(c, span).map(Val::Array);
        }
        if self.fill_ndim(c).is_some() {
            return self.numpy_call(c, span).map(Val::Array);
        }
        if self.random_ndim(c).is_some() {
            return self.random_array(c, span).map(Val::Array);
        }
        self.shape_function(c, span).map(Val::Array)
    }

    /// An int argument of a shape function, as int64.
    pub(in crate::sema) fn int_arg(&mut self, e: &Expr, what: &str) -> Option<TExpr> {
        let v = self.expr(e)?;
        if !matches!(v.ty, Scalar::Int { .. } | Scalar::Bool) {
            self.errors.push(Diagnostic::error(format!("{what} must be an int here")).at(range(e), "not an int"));
            return None;
        }
        Some(self.index_temps_value(cast(v, Scalar::I64)))
    }

    /// `np.reshape`/`a.reshape` (a view where numpy makes one, with -1 and
    /// numpy's "cannot reshape" ValueError), `ravel`, `flatten` (a copy),
    /// `transpose`/`.T`, `np.repeat`, `np.roll`, `np.diff`, `np.tile`, `np.sort`,
    /// `a.astype(t)`: numpy computes each, so its values, memory order
    /// and errors are the result's.
    fn shape_function(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        let (name, a_expr, rest) = self.shape_call(c)?;
        let ndim = self.shape_call_ndim(c)?;
        let max_rest = match name {
            "reshape" | "tile" | "transpose" => usize::MAX,
            "repeat" | "roll" | "diff" | "sort" => 2,
            "astype" | "view" => 1,
            _ => 0,
        };
        let kw_ok = |k: &ast::Keyword| {
            let kw = k.arg.as_ref().map_or("", |a| a.as_str());
            match name {
                "roll" | "repeat" => kw == "axis",
                "diff" => matches!(kw, "n" | "axis" | "prepend" | "append"),
                "sort" => matches!(kw, "axis" | "kind"),
                "transpose" => kw == "axes" && rest.is_empty(),
                "unique" => kw == "axis",
                "reshape" | "ravel" | "flatten" => kw == "order",
                _ => false,
            }
        };
        let needs_one = matches!(name, "astype" | "view");
        if rest.len() > max_rest || c.keywords.iter().any(|k| !kw_ok(k)) || (needs_one && rest.is_empty()) {
            self.errors.push(
                Diagnostic::error(format!("this form of `{name}` is not supported yet"))
                    .at(span, "not supported")
                    .note("pycc compiles reshape(shape, order=), ravel(order=), flatten(order=), transpose(axes), repeat(a, n[, axis]), roll(a, shift[, axis]), diff(a, n=, axis=, prepend=, append=), tile(a, reps), sort(a, axis=, kind=), unique(a, axis=), astype(dtype), view(dtype)"),
            );
            return None;
        }
        let a = self.array_operand(a_expr).done()?;
        if name == "view" {
            return self.view_method(a, &rest[0], span);
        }
        let sources = self.array_sources.get(&a.name).cloned().unwrap_or_default();
        let mut args = vec![NpArg::Array(a.clone())];
        let order = self.order_arg(c, name)?;
        let (func, mut ty, views) = match name {
            "reshape" | "tile" => {
                let dims = match rest {
                    [one] => self.numpy_shape(one)?,
                    xs => xs.iter().map(|x| self.int_arg(x, "an extent")).collect::<Option<Vec<_>>>()?,
                };
                args.push(NpArg::Shape(dims));
                (if name == "tile" { NpFunc::Tile } else { NpFunc::Reshape }, a.ty, name == "reshape")
            }
            "repeat" | "roll" => {
                let what = if name == "roll" { "the shift" } else { "the repeat count" };
                args.push(self.count_or_counts(&rest[0], what)?);
                // By position: numpy's second parameter of both is `axis`.
                let axis = rest.get(1).or(c.keywords.first().map(|k| &k.value));
                if let Some(x) = axis.filter(|x| !matches!(x, Expr::Constant(k) if k.value.is_none())) {
                    args.push(self.count_or_counts(x, "`axis`")?);
                }
                (if name == "roll" { NpFunc::Roll } else { NpFunc::Repeat }, a.ty, false)
            }
            "astype" => {
                let (dtype, complex) = self.numpy_dtype(&rest[0])?;
                if a.ty.complex && !complex {
                    self.errors.push(
                        Diagnostic::error("astype() of a complex array to a real dtype is not supported")
                            .at(span, "complex"),
                    );
                    return None;
                }
                // numpy's astype keeps the operand's order ('K').
                (NpFunc::ArrayKeep, ArrayTy { dtype, complex, ..a.ty }, false)
            }
            "diff" => {
                self.diff_sort_args(c, rest, &["n", "axis"], &mut args)?;
                let dtype = self.diff_ends(c, a.ty.dtype, &mut args)?;
                (NpFunc::Diff, ArrayTy { dtype, ..a.ty }, false)
            }
            // A sorted copy along the last axis (numpy's sort: nan last).
            "sort" => {
                self.diff_sort_args(c, rest, &["axis", "kind"], &mut args)?;
                (NpFunc::Sort, a.ty, false)
            }
            "unique" => {
                if let Some(e) = crate::sema::fft::unique_axis(c) {
                    let axis = self.int_arg(e, "numpy.unique()'s `axis`")?;
                    args.push(NpArg::Keyword(crate::sema::numpy::keyword("axis"), axis));
                }
                (NpFunc::Unique, a.ty, false)
            }
            "transpose" => {
                self.transpose_axes(c, rest, a.ty.ndim, &span, &mut args)?;
                (NpFunc::Transpose, a.ty, true)
            }
            _ => (NpFunc::Ravel, a.ty, name == "ravel"),
        };
        args.extend(order);
        ty.ndim = ndim;
        ty.layout = match func {
            NpFunc::Copy => Layout::C,
            NpFunc::ArrayKeep => a.ty.layout,
            _ => Layout::A,
        };
        let out = self.array_temp(ty, if views { sources } else { Default::default() });
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span: span.clone() });
        if name != "flatten" {
            return Some(out);
        }
        // flatten: a C-ordered copy of the ravel.
        let copy = self.array_temp(ArrayTy { layout: Layout::C, ..ty }, Default::default());
        self.pre.push(TStmt::Alloc { array: copy.clone(), func: NpFunc::Copy, args: vec![NpArg::Array(out)], span });
        Some(copy)
    }

    /// `transpose`'s axes into `args`: one tuple (`np.transpose(a, (1, 0,
    /// 2))`, `axes=`) or the method's ints (`a.transpose(2, 0, 1)`); none
    /// reverses them.
    fn transpose_axes(
        &mut self,
        c: &ast::ExprCall,
        rest: &[Expr],
        ndim: u32,
        span: &Range<usize>,
        args: &mut Vec<NpArg>,
    ) -> Option<()> {
        // numpy checks the axes' values.
        let axes = c.keywords.first().map(|k| std::slice::from_ref(&k.value)).unwrap_or(rest);
        let dims = match axes {
            [] => None,
            [one] if !crate::syntax::is_none(one) => Some(self.numpy_shape(one)?),
            [_] => None,
            xs => Some(xs.iter().map(|x| self.int_arg(x, "an axis")).collect::<Option<Vec<_>>>()?),
        };
        if let Some(dims) = dims {
            if dims.len() != ndim as usize {
                self.errors.push(
                    Diagnostic::error(format!("axes don't match array: {} axes for a {}-d array", dims.len(), ndim))
                        .at(span.clone(), "here")
                        .note("numpy raises ValueError"),
                );
                return None;
            }
            args.push(NpArg::Shape(dims));
        }
        Some(())
    }

    /// `a.view(t)` of a real dtype `t` of `a`'s item size: the same memory
    /// read as `t` (numpy's view: a store through it changes `a`). Views
    /// that change the item size (numpy reshapes the last axis) and bool
    /// views of other bytes (not 0 or 1) are diagnostics.
    fn view_method(&mut self, a: ArrayRef, t: &Expr, span: Range<usize>) -> Option<ArrayRef> {
        let (dtype, complex) = self.numpy_dtype(t)?;
        let same_size = dtype.bytes() == a.ty.dtype.bytes();
        if a.ty.complex || complex || !same_size || (dtype == Scalar::Bool && a.ty.dtype != Scalar::Bool) {
            self.errors.push(
                Diagnostic::error("`a.view(dtype)` is compiled for a real dtype of the array's item size only")
                    .at(span, "not supported")
                    .note("e.g. float64 as int64 or uint64, int32 as float32; bool views of other dtypes and views that change the item size are not compiled"),
            );
            return None;
        }
        let sources = self.array_sources.get(&a.name).cloned().unwrap_or_default();
        let view = self.array_temp(ArrayTy { dtype, layout: Layout::A, ..a.ty }, sources);
        let mut values = vec![self.i64_var(a.data, span.clone())];
        values.extend(a.shape.iter().map(|v| self.i64_var(*v, span.clone())));
        for (k, v) in a.strides.iter().enumerate() {
            // A unit axis's stride variable is not kept: it is the item size.
            let stride = if Some(k as u32) == a.ty.unit_axis() {
                crate::sema::arrays::int64(i128::from(a.ty.itemsize()), &span)
            } else {
                self.i64_var(*v, span.clone())
            };
            values.push(stride);
        }
        values.push(self.i64_var(a.owner, span));
        self.pre.push(TStmt::ParallelAssign { vars: view.vars(), values });
        Some(view)
    }

    /// `np.diff`'s `n`, `axis` and `np.sort`'s `axis`, `kind` (`names`),
    /// positional (`rest`) or by keyword.
    pub(in crate::sema) fn diff_sort_args(
        &mut self,
        c: &ast::ExprCall,
        rest: &[Expr],
        names: &[&'static str],
        args: &mut Vec<NpArg>,
    ) -> Option<()> {
        let given: Vec<(&str, Option<&Expr>)> = names
            .iter()
            .enumerate()
            .map(|(j, name)| {
                let kw = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == *name));
                (*name, rest.get(j).or(kw.map(|k| &k.value)))
            })
            .collect();
        self.sort_args(&given, args)
    }

    /// The given ones of `n`, `axis`, `kind` passed to numpy as keywords:
    /// ints, and for `kind` one of numpy's sort kinds.
    fn sort_args(&mut self, given: &[(&str, Option<&Expr>)], args: &mut Vec<NpArg>) -> Option<()> {
        for &(name, e) in given {
            let Some(e) = e else { continue };
            if name == "kind" {
                let kinds = ["quicksort", "mergesort", "heapsort", "stable"];
                let Some(w) = crate::sema::npfuncs::string_constant(e).filter(|s| kinds.contains(s)) else {
                    self.errors.push(
                        Diagnostic::error("`kind` must be 'quicksort', 'mergesort', 'heapsort' or 'stable' here")
                            .at(range(e), "not a sort kind")
                            .note("numpy raises ValueError for another string"),
                    );
                    return None;
                };
                let w = crate::tir::array::WORDS.iter().position(|x| *x == w).expect("listed in WORDS");
                args.push(NpArg::Word(Some(keyword("kind")), w));
                continue;
            }
            let x = self.int_arg(e, &format!("`{name}`"))?;
            args.push(NpArg::Keyword(keyword(name), x));
        }
        Some(())
    }

    /// `a.T`, `z.real`, `z.imag` of an array expression (`expr_ndim`).
    pub(in crate::sema) fn attribute_view(&mut self, a: &ast::ExprAttribute, span: Range<usize>) -> Option<ArrayRef> {
        match a.attr.as_str() {
            "T" => self.transpose_attr(&a.value, span),
            "imag" if self.real_array_name(&a.value) => self.real_imag(&a.value, span),
            "real" if matches!(a.value.as_ref(), Expr::Call(_)) || self.real_array_name(&a.value) => {
                let base = self.array_operand(&a.value).done()?;
                if base.ty.complex {
                    return self.part_view_of(base, false, span);
                }
                Some(base)
            }
            part => self.part_view(&a.value, part == "imag", span),
        }
    }

    /// `a.T` of an array expression: numpy's transpose (a view).
    fn transpose_attr(&mut self, e: &Expr, span: Range<usize>) -> Option<ArrayRef> {
        let a = self.array_operand(e).done()?;
        let sources = self.array_sources.get(&a.name).cloned().unwrap_or_default();
        let ty = ArrayTy { layout: Layout::A, ..a.ty };
        let out = self.array_temp(ty, sources);
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Transpose, args: vec![NpArg::Array(a)], span });
        Some(out)
    }
}

/// The `axis` argument of `np.concatenate(arrays, axis)`, positional or by keyword.
fn concatenate_axis(c: &ast::ExprCall) -> Option<&Expr> {
    c.args.get(1).or(c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis")).map(|k| &k.value))
}
