//! numpy's loop dtypes for the ufuncs numpy
//! computes through the runtime (`UFUNCS`: `np.power`/`np.fmod` of ints
//! stay ints, `np.gcd`, `np.lcm`, `np.reciprocal`, `np.ldexp`), the
//! arithmetic ufuncs of two numbers (`np.add(1, 2)`: the element numpy's
//! loop computes, as for arrays), `np.negative`/`np.square` of int numbers
//! and the two-result ufuncs `np.frexp`, `np.modf`, `np.divmod`.

use crate::sema::arrayops::{result_dtype, Elem, Kind};
use crate::sema::*;
use crate::tir::array::TUPLE_ITEMS;

const F32: Scalar = Scalar::Float { bits: 32 };
const I8: Scalar = Scalar::Int { bits: 8, signed: true };

/// The dtype numpy gives a Python number of this type (what CPython passes).
pub(in crate::sema) fn python(t: Scalar) -> Scalar {
    match t {
        Scalar::Bool => Scalar::Bool,
        Scalar::Int { .. } => Scalar::I64,
        Scalar::Float { .. } => Scalar::F64,
    }
}

/// The kinds of two numbers: float32 ones stay float32 (numba's and
/// numpy's float32 scalars), others are what CPython passes.
pub(in crate::sema) fn number_kinds(l: Scalar, r: Scalar) -> (Kind, Kind) {
    if l == F32 && r == F32 {
        (Kind::Array(F32), Kind::Array(F32))
    } else {
        (Kind::Python(python(l)), Kind::Python(python(r)))
    }
}

/// The float loop numpy picks for a float-only ufunc of `d` operands;
/// None for bools and 8-bit ints (numpy's float16, which pycc lacks).
fn float_loop(d: Scalar) -> Option<Scalar> {
    match d {
        Scalar::Float { .. } => Some(d),
        Scalar::Int { bits: 16, .. } => Some(F32),
        Scalar::Int { bits, .. } if bits > 16 => Some(Scalar::F64),
        _ => None,
    }
}

/// numpy 2.4's result dtype of `UFUNCS` ufunc `name` for operands of these
/// kinds (a number is a Python int, float or bool, weak as NEP 50 says),
/// or why pycc refuses the call (numpy's TypeError, or float16).
pub(in crate::sema) fn called_ufunc_dtype(name: &str, kinds: &[Kind]) -> std::result::Result<Scalar, String> {
    let norm = |k: &Kind| match *k {
        Kind::Python(t) => Kind::Python(python(t)),
        k => k,
    };
    let kinds: Vec<Kind> = kinds.iter().map(norm).collect();
    let dtype = |k: Kind| match k {
        Kind::Array(d) | Kind::Python(d) => d,
    };
    let common = match kinds.as_slice() {
        [k] => dtype(*k),
        [l, r] => result_dtype(*l, *r),
        _ => unreachable!("UFUNCS take one or two operands"),
    };
    let half = || Err(format!("numpy.{name}() of these operands computes in float16, which pycc does not compile"));
    let ints_only = || Err(format!("numpy.{name}() is defined for int operands only (numpy raises TypeError)"));
    match name {
        // numpy's bool loops of these are int8 ones.
        "power" | "fmod" | "reciprocal" | "conjugate" => Ok(if common == Scalar::Bool { I8 } else { common }),
        "gcd" | "lcm" if matches!(common, Scalar::Int { .. }) => Ok(common),
        "gcd" | "lcm" => ints_only(),
        "ldexp" => {
            // x2 is an int exponent (numpy's 'i'/'l' loops: uint64 does not cast).
            let exponent = dtype(kinds[1]);
            if exponent.is_float() || exponent == (Scalar::Int { bits: 64, signed: false }) {
                return Err(
                    "numpy.ldexp()'s exponent must be an int of at most 64 signed bits (numpy raises TypeError)".into(),
                );
            }
            // The mantissa's float loop; a Python int takes an int array's type.
            let x1 = match kinds[0] {
                Kind::Array(d) => d,
                Kind::Python(Scalar::Float { .. }) => Scalar::F64,
                Kind::Python(_) => common,
            };
            float_loop(x1).map_or_else(half, Ok)
        }
        _ => float_loop(common).map_or_else(half, Ok),
    }
}

impl Typer<'_> {
    /// `np.add(x, y)`, `np.floor_divide`, `np.left_shift`, ... of two
    /// numbers: numpy's loop on the Python numbers CPython passes (int64,
    /// float64), the element an array operation computes.
    pub(in crate::sema) fn number_operator_ufunc(
        &mut self,
        name: &str,
        op: ast::Operator,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<TExpr> {
        if c.args.len() != 2 || !c.keywords.is_empty() {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() of numbers is compiled with 2 positional arguments only"))
                    .at(span, "here"),
            );
            return None;
        }
        let mut args = Vec::new();
        for a in &c.args {
            if self.is_complex(a) {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{name}() of complex numbers is not supported yet"))
                        .at(range(a), "complex"),
                );
                return None;
            }
            args.push(self.expr(a));
        }
        let (l, r) = (args[0].take()?, args[1].take()?);
        let (kl, kr) = number_kinds(l.ty, r.ty);
        let elem: Elem = self.elem_op(op, kl, kr, None, span.clone())?;
        Some(elem.apply(l, r, &span))
    }

    /// `np.positive(x)` of a number: `x` itself (numpy's loop keeps the
    /// dtype CPython passes); a TypeError of a bool, as numpy's.
    pub(in crate::sema) fn number_positive(&mut self, e: &Expr, span: Range<usize>) -> Option<TExpr> {
        if self.is_complex(e) {
            self.errors.push(
                Diagnostic::error("numpy.positive() of a complex number is not supported yet").at(range(e), "complex"),
            );
            return None;
        }
        let x = self.expr(e)?;
        if x.ty == Scalar::Bool {
            self.errors.push(
                Diagnostic::error("numpy's `positive` of a bool is a TypeError")
                    .at(span, "here")
                    .note("convert it first: np.positive(int(b))"),
            );
            return None;
        }
        Some(x)
    }

    /// `np.negative(k)` and `np.square(k)` of an int or bool number:
    /// numpy's int64 loop (wrapping), int8 for `square` of a bool.
    pub(in crate::sema) fn int_number_ufunc(&mut self, name: &str, x: TExpr, span: Range<usize>) -> Option<TExpr> {
        let e = |ty, kind| TExpr { ty, kind, span: span.clone() };
        match (name, x.ty) {
            ("negative", Scalar::Bool) => {
                self.errors.push(
                    Diagnostic::error("numpy's `negative` of a bool is a TypeError")
                        .at(span, "here")
                        .note("use `~` or np.logical_not"),
                );
                None
            }
            ("negative", _) => {
                let zero = e(Scalar::I64, TExprKind::Const(ConstValue::Int(0)));
                Some(e(Scalar::I64, TExprKind::NpBinary(BinOp::Sub, Box::new(zero), Box::new(cast(x, Scalar::I64)))))
            }
            _ => {
                let ty = if x.ty == Scalar::Bool { I8 } else { Scalar::I64 };
                let v = self.index_temps_value(cast(x, ty));
                Some(e(ty, TExprKind::NpBinary(BinOp::Mul, Box::new(v.clone()), Box::new(v))))
            }
        }
    }
}

/// The ufuncs with two results typed here (each item one numpy call,
/// `TUPLE_ITEMS`' `frexp#0`, ...).
const TWO_RESULTS: [&str; 3] = ["frexp", "modf", "divmod"];

/// The dtypes of the two results of `np.<name>` computing in `common`.
fn two_result_dtypes(name: &str, common: Scalar) -> std::result::Result<(Scalar, Scalar), String> {
    let half =
        || format!("numpy.{name}() of bool or 8-bit int operands computes in float16, which pycc does not compile");
    match name {
        "frexp" => float_loop(common).map(|f| (f, Scalar::Int { bits: 32, signed: true })).ok_or_else(half),
        "modf" => float_loop(common).map(|f| (f, f)).ok_or_else(half),
        _ if common == Scalar::Bool => {
            Err("numpy.divmod() of bool operands is not supported yet (numpy's int8 loop)".into())
        }
        _ => Ok((common, common)),
    }
}

impl Typer<'_> {
    /// Whether `c` is `np.frexp(x)`, `np.modf(x)` or `np.divmod(x, y)`.
    pub(in crate::sema) fn two_result_call(&self, c: &ast::ExprCall) -> Option<&'static str> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !self.numpy_module_of(&f.value) {
            return None;
        }
        TWO_RESULTS.iter().find(|n| **n == f.attr.as_str()).copied()
    }

    /// `m, e = np.frexp(x)`, `np.modf(x)`, `q, r = np.divmod(x, y)` of
    /// numbers or real arrays: a tuple of numpy's two results (numbers or
    /// arrays of the operands' broadcast ndim), each one numpy call.
    pub(in crate::sema) fn two_result_ufunc(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let name = self.two_result_call(c).expect("callers check");
        let arity = if name == "divmod" { 2 } else { 1 };
        if c.args.len() != arity || !c.keywords.is_empty() {
            self.errors.push(crate::sema::numpy::positional_only(name, arity, span));
            return None;
        }
        let (mut args, mut kinds, mut ndim) = (Vec::new(), Vec::new(), 0);
        for a in &c.args {
            if self.is_array_like(a) {
                let Some(r) = self.array_operand(a).done().filter(|r| !r.ty.complex) else {
                    self.errors.push(
                        Diagnostic::error(format!("numpy.{name}() of this operand is not supported yet"))
                            .at(range(a), "not a real array"),
                    );
                    return None;
                };
                kinds.push(Kind::Array(r.ty.dtype));
                ndim = ndim.max(r.ty.ndim);
                args.push(NpArg::Array(r));
            } else if self.is_complex(a) {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{name}() of a complex number is not supported"))
                        .at(range(a), "complex")
                        .note("numpy has no complex loop for it (TypeError)"),
                );
                return None;
            } else {
                let x = self.expr(a)?;
                kinds.push(Kind::Python(python(x.ty)));
                args.push(NpArg::Scalar(cast(x.clone(), python(x.ty))));
            }
        }
        let common = match kinds.as_slice() {
            [Kind::Array(d) | Kind::Python(d)] => *d,
            [l, r] => result_dtype(*l, *r),
            _ => unreachable!("one or two operands"),
        };
        let (d0, d1) = match two_result_dtypes(name, common) {
            Ok(ds) => ds,
            Err(why) => {
                self.errors.push(Diagnostic::error(why).at(span, "here"));
                return None;
            }
        };
        let mut items = Vec::new();
        for (k, d) in [d0, d1].into_iter().enumerate() {
            let item = format!("{name}#{k}");
            let func = NpFunc::Item(TUPLE_ITEMS.iter().position(|n| *n == item).expect("listed"));
            items.push(if ndim == 0 {
                Val::Scalar(self.np_value(func, args.clone(), d, span.clone()))
            } else {
                let ty = ArrayTy { dtype: d, ndim, layout: crate::base::types::Layout::A, complex: false };
                let out = self.array_temp(ty, Default::default());
                self.pre.push(TStmt::Alloc { array: out.clone(), func, args: args.clone(), span: span.clone() });
                Val::Array(out)
            });
        }
        Some(Val::Tuple(items))
    }
}

impl Typer<'_> {
    /// Whether `e` names a real (not complex) array variable.
    pub(in crate::sema) fn real_array_name(&self, e: &Expr) -> bool {
        self.array_name(e).is_some_and(|n| !self.arrays[&n].complex)
    }

    /// `a.imag` of a real array variable: numpy's own attribute (a new
    /// array of zeros of `a`'s dtype and shape, read-only: a store into it
    /// raises numpy's ValueError).
    pub(in crate::sema) fn real_imag(&mut self, e: &Expr, span: Range<usize>) -> Option<ArrayRef> {
        let a = self.array_operand(e).done()?;
        let ty = ArrayTy { layout: crate::base::types::Layout::A, ..a.ty };
        let out = self.array_temp(ty, [crate::sema::arrays::READ_ONLY.to_string()].into());
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Imag, args: vec![NpArg::Array(a)], span });
        Some(out)
    }
}
