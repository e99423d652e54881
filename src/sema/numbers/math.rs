//! Typed calls of the `math` table (`tir::math`): predicates and scaling
//! become ordinary comparisons and multiplies; the rest stays a math call.

use crate::base::consts::ConstValue;
use crate::base::types::Scalar;
use crate::sema::claim::decide;
use crate::sema::Checked;
use crate::sema::{cast, truth};
use crate::tir::math::*;
use crate::tir::{BinOp, CmpOp, TExpr, TExprKind, TStmt};
use std::ops::Range;

/// An int as int64 where a uint64 past int64 stands for "too large" (an
/// index out of range, a range bound no loop reaches): it saturates.
pub(in crate::sema) fn int64_saturated(a: TExpr) -> TExpr {
    if a.ty != U64 {
        return cast(a, Scalar::I64);
    }
    let span = a.span.clone();
    let max = TExpr { ty: U64, kind: TExprKind::Const(ConstValue::Int(i128::from(i64::MAX))), span: span.clone() };
    let low = TExpr { ty: U64, kind: TExprKind::MinMax(true, vec![a, max]), span: span.clone() };
    TExpr { ty: Scalar::I64, kind: TExprKind::WrapCast(Box::new(low)), span }
}

fn is_runtime(a: &TExpr, symbol: &str) -> bool {
    matches!(&a.kind, TExprKind::Runtime(f, _) if *f == symbol)
}

/// An int as int64 for a runtime helper: a uint64 keeps its bits (the
/// helper is told it is unsigned), with no `--overflow=raise` check.
pub(in crate::sema) fn int64_bits(a: TExpr) -> TExpr {
    if a.ty == U64 {
        return TExpr { ty: Scalar::I64, span: a.span.clone(), kind: TExprKind::WrapCast(Box::new(a)) };
    }
    cast(a, Scalar::I64)
}

const U64: Scalar = Scalar::U64;

fn plural(n: usize) -> String {
    format!("exactly {n} argument{}", if n == 1 { "" } else { "s" })
}

fn float(v: f64, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::F64, kind: TExprKind::Const(ConstValue::Float(v)), span: span.clone() }
}

fn compare(op: CmpOp, a: TExpr, b: TExpr, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::Bool, kind: TExprKind::Compare(op, Box::new(a), Box::new(b)), span: span.clone() }
}

const F32: Scalar = Scalar::Float { bits: 32 };

/// The arguments of `f` as its call takes them: float32 ones as they are
/// where numba has a float32 signature for `f` (every argument float32;
/// an int or a float64 among them makes it float64, as numba's typing
/// picks), else each converted to float64 (CPython's conversion).
pub fn float_args(f: &MathFn, args: Vec<TExpr>) -> Vec<TExpr> {
    let f32 = args.iter().all(|a| a.ty == F32) && (f32_symbol(f).is_some() || matches!(f.kind, Kind::Scale(_)));
    if f32 {
        args
    } else {
        args.into_iter().map(|a| cast(a, Scalar::F64)).collect()
    }
}

/// The typed expression for a call of `f` on float64 arguments (or on
/// float32 ones that `float_args` kept: the result is float32 then). Predicates
/// and scaling are ordinary comparisons and multiplies; the rest stays a
/// math call for the lowering.
pub fn typed_call(f: &'static MathFn, mut args: Vec<TExpr>, span: Range<usize>) -> TExpr {
    let x = args[0].clone();
    let is_nan = || compare(CmpOp::Ne, x.clone(), x.clone(), &span);
    let is_inf = || {
        let pos = compare(CmpOp::Eq, x.clone(), float(f64::INFINITY, &span), &span);
        let neg = compare(CmpOp::Eq, x.clone(), float(f64::NEG_INFINITY, &span), &span);
        TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(pos), Box::new(neg)), span: span.clone() }
    };
    match f.kind {
        Kind::IsNan => is_nan(),
        Kind::IsInf => is_inf(),
        Kind::IsFinite => {
            let bad = TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Or(Box::new(is_nan()), Box::new(is_inf())),
                span: span.clone(),
            };
            TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(truth(bad))), span }
        }
        // numba: x * the factor as a float32 constant.
        Kind::Scale(k) if x.ty == F32 => TExpr {
            ty: F32,
            kind: TExprKind::Binary(
                BinOp::Mul,
                Box::new(args.remove(0)),
                Box::new(TExpr { ty: F32, ..float(k, &span) }),
            ),
            span,
        },
        Kind::Scale(k) => TExpr {
            ty: Scalar::F64,
            kind: TExprKind::Binary(BinOp::Mul, Box::new(cast(args.remove(0), Scalar::F64)), Box::new(float(k, &span))),
            span,
        },
        Kind::ToInt { .. } => TExpr { ty: Scalar::I64, kind: TExprKind::Math(f, args), span },
        Kind::Libm { .. } => {
            let ty = if x.ty == F32 { F32 } else { Scalar::F64 };
            TExpr { ty, kind: TExprKind::Math(f, args), span }
        }
    }
}

/// CPython's `math.isclose(a, b)` (mathmodule.c `math_isclose_impl`) on
/// float64 values `a` and `b` that may be read more than once: equal, else
/// not both finite is False, else `|b - a|` within `rel_tol` of either or
/// within `abs_tol`.
pub fn isclose(a: TExpr, b: TExpr, rel_tol: f64, abs_tol: f64, span: &Range<usize>) -> TExpr {
    let node = |kind| TExpr { ty: Scalar::F64, kind, span: span.clone() };
    let abs = |x: TExpr| node(TExprKind::Abs(Box::new(x)));
    let mul = |k: f64, x: TExpr| node(TExprKind::Binary(BinOp::Mul, Box::new(float(k, span)), Box::new(x)));
    let logic = |and: bool, x: TExpr, y: TExpr| TExpr {
        ty: Scalar::Bool,
        kind: if and { TExprKind::And(Box::new(x), Box::new(y)) } else { TExprKind::Or(Box::new(x), Box::new(y)) },
        span: span.clone(),
    };
    let infinite = |x: TExpr| compare(CmpOp::Eq, abs(x), float(f64::INFINITY, span), span);
    let diff = || abs(node(TExprKind::Binary(BinOp::Sub, Box::new(b.clone()), Box::new(a.clone()))));
    let close = logic(
        false,
        compare(CmpOp::Le, diff(), abs(mul(rel_tol, b.clone())), span),
        logic(
            false,
            compare(CmpOp::Le, diff(), abs(mul(rel_tol, a.clone())), span),
            compare(CmpOp::Le, diff(), float(abs_tol, span), span),
        ),
    );
    let finite = TExpr {
        ty: Scalar::Bool,
        kind: TExprKind::Not(Box::new(logic(false, infinite(a.clone()), infinite(b.clone())))),
        span: span.clone(),
    };
    logic(false, compare(CmpOp::Eq, a.clone(), b.clone(), span), logic(true, finite, close))
}

impl crate::sema::Typer<'_> {
    /// The arguments of an int function of math, typed; a float one is
    /// CPython's TypeError, found here.
    fn math_int_args(&mut self, name: &str, c: &rustpython_parser::ast::ExprCall) -> Checked<Vec<TExpr>> {
        use crate::base::diagnostics::Diagnostic;
        let args: Vec<TExpr> =
            c.args.iter().map(|a| self.check_expr(a)).collect::<Vec<_>>().into_iter().collect::<Checked<_>>()?;
        if let Some(bad) = args.iter().find(|a| a.ty.is_float()) {
            return Err(self.report(
                Diagnostic::error(format!("math.{name}() needs int arguments, not float"))
                    .at(bad.span.clone(), "a float")
                    .note("CPython raises TypeError: 'float' object cannot be interpreted as an integer"),
            ));
        }
        Ok(args)
    }

    /// `math.gcd(*ints)` and `math.lcm(*ints)` (Python 3.9's n-ary forms),
    /// folded left over two-argument runtime calls on int64 (`gcd()` is 0,
    /// `lcm()` is 1; one argument is its absolute value), which wrap as
    /// pycc's ints do. A float argument is CPython's TypeError, found here.
    pub(in crate::sema) fn math_gcd_lcm(
        &mut self,
        name: &str,
        c: &rustpython_parser::ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        use crate::base::diagnostics::Diagnostic;
        if !c.keywords.is_empty() {
            return Err(
                self.report(Diagnostic::error(format!("math.{name}() takes no keyword arguments")).at(span, "here"))
            );
        }
        let args = self.math_int_args(name, c)?;
        let symbol = if name == "gcd" { crate::abi::runtime::GCD_FN } else { crate::abi::runtime::LCM_FN };
        let int = |v: i128| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() };
        // A uint64 operand is a magnitude, flagged to the runtime (its top
        // bit is no sign); so is a gcd, never negative, folded on.
        let unsigned = |a: &TExpr| i128::from(a.ty == U64 || (name == "gcd" && is_runtime(a, symbol)));
        let call = |a: TExpr, b: TExpr| {
            let flags = unsigned(&a) | unsigned(&b) << 1;
            TExpr {
                ty: Scalar::I64,
                kind: TExprKind::Runtime(symbol, vec![int64_bits(a), int64_bits(b), int(flags)]),
                span: span.clone(),
            }
        };
        // The identity of the fold: gcd(x, 0) and lcm(x, 1) are |x|.
        let unit = if name == "gcd" { 0 } else { 1 };
        let any_u64 = args.iter().any(|a| a.ty == U64);
        let mut args = args.into_iter();
        let Some(first) = args.next() else { return Ok(int(unit)) };
        let mut acc = call(first, args.next().unwrap_or_else(|| int(unit)));
        for x in args {
            acc = call(acc, x);
        }
        if any_u64 && name == "gcd" {
            // gcd(2**64 - 1, 0) is a uint64.
            return Ok(TExpr { ty: U64, span: span.clone(), kind: TExprKind::WrapCast(Box::new(acc)) });
        }
        Ok(acc)
    }

    /// `a / b` of two ints where either is 64 bits wide: CPython divides
    /// exactly and rounds once (`(2**53 + 1) / 3` is 3002399751580331.0,
    /// not the quotient of the two rounded floats), so the runtime does
    /// (`INT_TRUEDIV_FN`); `b == 0` is the float division, which raises.
    pub(in crate::sema) fn int_truediv(&mut self, a: TExpr, b: TExpr, span: Range<usize>) -> TExpr {
        let mark = self.lets.len();
        let a = self.share(a);
        // An `a` that reads what a queued statement set is not shared
        // (share_at) and would run after `b`, in the arms: computed before
        // the statement instead, so `round(np.fmod(x, y)) / k` raises
        // round's error before `k`'s (exprtree seed 295).
        let cheap = |k: &TExprKind| matches!(k, TExprKind::Var(_) | TExprKind::Const(_));
        let a = match &a.kind {
            k if cheap(k) => a,
            TExprKind::Cast(x) if cheap(&x.kind) => a,
            _ if self.conditional == 0 => self.index_temps_value(a),
            _ => a,
        };
        let b = self.share(b);
        let int = |v: i128| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() };
        let flags = i128::from(a.ty == U64) | (i128::from(b.ty == U64) << 1);
        // Raises ZeroDivisionError, or is inf or nan under numba's numpy error model.
        let by_zero = self.division_op(
            BinOp::Div,
            cast(a.clone(), Scalar::F64),
            cast(b.clone(), Scalar::F64),
            Scalar::F64,
            span.clone(),
        );
        let zero = compare(CmpOp::Eq, int64_bits(b.clone()), int(0), &span);
        let exact = TExpr {
            ty: Scalar::F64,
            kind: TExprKind::Runtime(
                crate::abi::runtime::INT_TRUEDIV_FN,
                vec![int64_bits(a), int64_bits(b), int(flags)],
            ),
            span: span.clone(),
        };
        let body =
            TExpr { ty: Scalar::F64, kind: TExprKind::IfExp(Box::new(zero), Box::new(by_zero), Box::new(exact)), span };
        self.wrap_lets(mark, body)
    }

    /// `math.isqrt(n)`, `math.factorial(n)`, `math.comb(n, k)`,
    /// `math.perm(n)` and `math.perm(n, k)` of ints: one runtime call
    /// (`INT_MATH_FN`) with CPython's values and ValueErrors, and
    /// OverflowError for a result past int64 (README, Deviations). A float
    /// argument is CPython's TypeError, found here.
    pub(in crate::sema) fn math_int(
        &mut self,
        name: &str,
        c: &rustpython_parser::ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        use crate::base::diagnostics::Diagnostic;
        let (op, arity): (i128, &[usize]) = match name {
            "isqrt" => (0, &[1]),
            "factorial" => (1, &[1]),
            "comb" => (2, &[2]),
            _ => (3, &[1, 2]),
        };
        if !c.keywords.is_empty() || !arity.contains(&c.args.len()) {
            let want = if arity.len() == 2 { "1 or 2 positional arguments".into() } else { plural(arity[0]) };
            return Err(self.report(
                Diagnostic::error(format!("math.{name}() takes {want} ({} given)", c.args.len() + c.keywords.len()))
                    .at(span, "here"),
            ));
        }
        let args = self.math_int_args(name, c)?;
        let int = |v: i128| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() };
        let u64 = |a: &TExpr| i128::from(a.ty == U64);
        let flags = args.iter().enumerate().map(|(i, a)| u64(a) << i).sum();
        let op = if op == 3 && args.len() == 1 { 1 } else { op };
        let mut args = args.into_iter().map(int64_bits);
        let a = args.next().unwrap_or_else(|| int(0)); // the arity check above leaves one at least
        let b = args.next().unwrap_or_else(|| int(0));
        Ok(TExpr {
            ty: Scalar::I64,
            kind: TExprKind::Runtime(crate::abi::runtime::INT_MATH_FN, vec![int(op), a, b, int(flags)]),
            span,
        })
    }

    /// `x.bit_length()` or `x.bit_count()` of an int or bool `x`: an
    /// inlined runtime helper.
    pub(in crate::sema) fn int_bits(
        &mut self,
        name: &str,
        x: &rustpython_parser::ast::Expr,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        let x = self.check_expr(x)?;
        if x.ty.is_float() {
            return Err(self.report(
                crate::base::diagnostics::Diagnostic::error(format!("float has no method {name}()"))
                    .at(span, "a float")
                    .note(format!("CPython raises AttributeError: 'float' object has no attribute '{name}'")),
            ));
        }
        let symbol =
            if name == "bit_length" { crate::abi::runtime::BIT_LENGTH_FN } else { crate::abi::runtime::BIT_COUNT_FN };
        let unsigned = i128::from(x.ty == U64);
        let flag = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(unsigned)), span: span.clone() };
        Ok(TExpr { ty: Scalar::I64, kind: TExprKind::Runtime(symbol, vec![int64_bits(x), flag]), span })
    }

    /// `math.dist(p, q)` of two tuples of numbers of one length n <= 8:
    /// mathmodule.c's math_dist takes `fabs(px - qx)` of each pair
    /// converted to float and then vector_norm, which is math.hypot of the
    /// differences (`pycc_hypotN`). The items are read in order, p's first.
    pub(in crate::sema) fn math_dist(
        &mut self,
        c: &rustpython_parser::ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        use crate::base::diagnostics::Diagnostic;
        use crate::sema::Val;
        if !c.keywords.is_empty() || c.args.len() != 2 {
            let given = c.args.len() + c.keywords.len();
            return Err(self.report(
                Diagnostic::error(format!("math.dist() takes exactly 2 positional arguments ({given} given)"))
                    .at(span, "here"),
            ));
        }
        let mark = self.lets.len();
        let mut points = Vec::new();
        for arg in &c.args {
            let items = match self.check_value(arg)? {
                Val::Tuple(items) if items.iter().all(|v| matches!(v, Val::Scalar(_))) => items,
                _ => {
                    return Err(self.report(
                        Diagnostic::error("math.dist() is compiled for tuples of numbers only")
                            .at(crate::syntax::parse::range(arg), "not a tuple of numbers")
                            .note("write the point as a tuple: `math.dist((x0, y0), (x1, y1))`"),
                    ));
                }
            };
            let items: Vec<TExpr> = items
                .into_iter()
                .map(|v| match v {
                    Val::Scalar(e) => self.share(cast(e, Scalar::F64)),
                    _ => unreachable!("checked above"),
                })
                .collect();
            points.push(items);
        }
        let (p, q) = (&points[0], &points[1]);
        if p.len() != q.len() || p.len() > 8 {
            let (msg, note) = if p.len() != q.len() {
                (
                    "math.dist(): both points must have the same number of dimensions".to_string(),
                    "CPython raises ValueError",
                )
            } else {
                (
                    format!("math.dist() of {}-dimensional points is not supported yet", p.len()),
                    "pycc compiles math.dist of 1 to 8 dimensions",
                )
            };
            return Err(self.report(Diagnostic::error(msg).at(span, "here").note(note)));
        }
        if p.is_empty() {
            return Ok(self.wrap_lets(mark, float(0.0, &span)));
        }
        let diffs = p
            .iter()
            .zip(q)
            .map(|(a, b)| TExpr {
                ty: Scalar::F64,
                kind: TExprKind::Binary(BinOp::Sub, Box::new(a.clone()), Box::new(b.clone())),
                span: span.clone(),
            })
            .collect::<Vec<_>>();
        let Some(f) = function_for("hypot", diffs.len()).filter(|f| f.arity == diffs.len()) else {
            return Err(self.not_supported(span, &format!("math.dist() of {}-dimensional points is", diffs.len())));
        };
        let body = typed_call(f, diffs, span);
        Ok(self.wrap_lets(mark, body))
    }

    /// `math.prod(xs)` and `math.prod(xs, start=s)` of a list or a tuple of
    /// numbers: `start` (int 1 by default) times each item in order, as
    /// math_prod multiplies (an int product wraps as `*` does).
    pub(in crate::sema) fn math_prod(
        &mut self,
        c: &rustpython_parser::ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        use crate::base::diagnostics::Diagnostic;
        use crate::sema::Val;
        use rustpython_parser::ast::Operator;
        let bad_keyword = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| a.as_str() != "start"));
        if c.args.len() != 1 || bad_keyword || c.keywords.len() > 1 {
            return Err(self.report(
                Diagnostic::error("math.prod() takes one iterable and an optional `start=` keyword").at(span, "here"),
            ));
        }
        let arg = &c.args[0];
        use rustpython_parser::ast::Expr;
        let plain = |e: &Expr| matches!(e, Expr::Constant(_) | Expr::Name(_));
        if let Some(k) = c.keywords.first() {
            // CPython evaluates the iterable before `start`; pycc reads
            // `start` first, which only a name (or a literal) for either
            // cannot tell.
            if !(plain(arg) || plain(&k.value) || matches!(&k.value, Expr::UnaryOp(u) if plain(&u.operand))) {
                return Err(self.report(
                    Diagnostic::error("math.prod(): `start=` other than a name or a number is not supported yet")
                        .at(crate::syntax::parse::range(&k.value), "here")
                        .note("assign the start value (or the iterable) to a name first"),
                ));
            }
        }
        let mark = self.lets.len();
        let start = match c.keywords.first() {
            Some(k) if plain(&k.value) => {
                let s = self.check_expr(&k.value)?;
                self.share(s)
            }
            // A computed start into a temporary before the statement: the
            // list's loop, queued in `pre`, reads it, and a shared value
            // would be bound only where the expression is, after `pre`.
            Some(k) => {
                let s = self.check_expr(&k.value)?;
                let s = self.wrap_lets(mark, s);
                let tmp = self.fresh("start", s.ty);
                self.pre.push(TStmt::Assign { var: tmp, value: s.clone() });
                TExpr { ty: s.ty, kind: TExprKind::Var(tmp), span: span.clone() }
            }
            None => TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(1)), span: span.clone() },
        };
        decide!(self, &span, self.list_prod(arg, start.clone(), span.clone()).map(|body| self.wrap_lets(mark, body)));
        let items = match self.check_value(arg)? {
            Val::Tuple(items) if items.iter().all(|v| matches!(v, Val::Scalar(_))) => items,
            _ => {
                return Err(self.report(
                    Diagnostic::error("math.prod() is compiled for a list or a tuple of numbers only")
                        .at(crate::syntax::parse::range(arg), "not a list or tuple of numbers"),
                ));
            }
        };
        let mut acc = start;
        for v in items {
            let Val::Scalar(x) = v else { unreachable!("checked above") };
            acc = self.check_binary(Operator::Mult, acc, x, span.clone())?;
        }
        Ok(self.wrap_lets(mark, acc))
    }

    /// `x.real`, `x.imag` and `x.conjugate()` of a real number: `x` itself
    /// (a bool as an int: `True.real` is 1) or a zero of its type, with
    /// `x` still evaluated.
    pub(in crate::sema) fn real_part(
        &mut self,
        x: &rustpython_parser::ast::Expr,
        part: &str,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        let mark = self.lets.len();
        let x = self.check_expr(x)?;
        let ty = if x.ty == Scalar::Bool { Scalar::I64 } else { x.ty };
        if part == "real" {
            return Ok(cast(x, ty));
        }
        let _ = self.share(x); // evaluated for its effects (a call that raises)
        let zero = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span };
        Ok(self.wrap_lets(mark, cast(zero, ty)))
    }

    /// `x.is_integer()` of a float `x` (float_is_integer_impl): finite and
    /// without a fractional part. An int has no such method in 3.11.
    pub(in crate::sema) fn float_is_integer(
        &mut self,
        x: &rustpython_parser::ast::Expr,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        let mark = self.lets.len();
        let x = self.check_expr(x)?;
        if !x.ty.is_float() {
            return Err(self.report(
                crate::base::diagnostics::Diagnostic::error(format!("{} has no method is_integer()", x.ty.long_name()))
                    .at(span, "not a float")
                    .note("CPython 3.11 raises AttributeError: 'int' object has no attribute 'is_integer'"),
            ));
        }
        let x = self.share(cast(x, Scalar::F64));
        let frac = TExpr { ty: Scalar::F64, kind: TExprKind::Math(&MODF_FRAC, vec![x.clone()]), span: span.clone() };
        let diff = TExpr {
            ty: Scalar::F64,
            kind: TExprKind::Binary(BinOp::Sub, Box::new(x.clone()), Box::new(x)),
            span: span.clone(),
        };
        let zero = || float(0.0, &span);
        let body = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::And(
                Box::new(compare(CmpOp::Eq, diff, zero(), &span)),
                Box::new(compare(CmpOp::Eq, frac, zero(), &span)),
            ),
            span: span.clone(),
        };
        Ok(self.wrap_lets(mark, body))
    }

    /// `math.frexp(x)` or `math.modf(x)` (mathmodule.c): a pair, from
    /// runtime helpers that repeat CPython's special cases; `x` is
    /// converted to float64 once and read by both halves.
    pub(in crate::sema) fn math_tuple(
        &mut self,
        name: &str,
        c: &rustpython_parser::ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<crate::sema::Val> {
        use crate::base::diagnostics::Diagnostic;
        use crate::sema::Val;
        if !c.keywords.is_empty() || c.args.len() != 1 {
            return Err(self.report(
                Diagnostic::error(format!(
                    "math.{name}() takes exactly one argument ({} given)",
                    c.args.len() + c.keywords.len()
                ))
                .at(span, "here"),
            ));
        }
        let x = self.check_expr(&c.args[0])?;
        let x = self.share(cast(x, Scalar::F64));
        let libm = |f: &'static MathFn| Val::Scalar(typed_call(f, vec![x.clone()], span.clone()));
        Ok(Val::Tuple(if name == "frexp" {
            let exp =
                TExpr { ty: Scalar::I64, kind: TExprKind::Runtime(FREXP_EXP, vec![x.clone()]), span: span.clone() };
            vec![libm(&FREXP_MANT), Val::Scalar(exp)]
        } else {
            vec![libm(&MODF_FRAC), libm(&MODF_INT)]
        }))
    }

    /// The name of the tuple-returning math function `c` calls
    /// (`math.frexp(x)`, or `frexp(x)` imported from math).
    pub(in crate::sema) fn math_tuple_call(&self, c: &rustpython_parser::ast::ExprCall) -> Option<&'static str> {
        use rustpython_parser::ast::Expr;
        let name = match c.func.as_ref() {
            Expr::Attribute(a) if self.math_module_of(&a.value).is_some() => a.attr.as_str(),
            Expr::Name(n) if !self.types.contains_key(n.id.as_str()) => {
                match self.globals.from_imports.get(n.id.as_str()) {
                    Some((m, name)) if m == "math" => name.as_str(),
                    _ => return None,
                }
            }
            _ => return None,
        };
        TUPLE_FUNCTIONS.iter().copied().find(|f| *f == name)
    }

    /// `math.fsum(a)` of a 1-d real array: Python's own math.fsum, called
    /// by the runtime on the array (its exactly rounded sum, its
    /// OverflowError and ValueError).
    pub(in crate::sema) fn math_fsum(
        &mut self,
        c: &rustpython_parser::ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        use crate::base::diagnostics::Diagnostic;
        use crate::tir::array::{NpArg, NpFunc};
        if !c.keywords.is_empty() || c.args.len() != 1 {
            return Err(self.report(
                Diagnostic::error(format!(
                    "math.fsum() takes exactly one argument ({} given)",
                    c.args.len() + c.keywords.len()
                ))
                .at(span, "here"),
            ));
        }
        let arg = &c.args[0];
        let a = match self.expr_ndim(arg) {
            Some(1) => self.array_operand(arg),
            _ => crate::sema::claim::Claim::NotMine,
        };
        let a = match a {
            crate::sema::claim::Claim::Done(a) if !a.ty.complex => a,
            crate::sema::claim::Claim::Failed => return Err(self.reported_before(&span)),
            _ => {
                return Err(self.report(
                    Diagnostic::error("math.fsum() is compiled for a 1-d array of numbers only")
                        .at(crate::syntax::parse::range(arg), "not a 1-d real array")
                        .note("put the values in a numpy array (`np.array(lst)`) first"),
                ))
            }
        };
        Ok(self.np_value(NpFunc::Fsum, vec![NpArg::Array(a)], Scalar::F64, span))
    }
}
