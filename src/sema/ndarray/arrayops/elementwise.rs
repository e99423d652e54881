//! numpy's elementwise ufuncs that are not operators: `np.maximum`,
//! `np.minimum`, `np.logical_and`/`_or`/`_xor`/`_not`, `np.isnan`/`isinf`/
//! `isfinite`, `np.sign` and `np.copysign`, compiled inline as nodes of
//! arrayops' fused trees (so `np.maximum(a - b, 0.0) * 2.0` is one loop),
//! and on plain numbers with numpy's scalar semantics.
//!
//! Each element is computed as numpy 2.4's loops do (checked against numpy
//! on contiguous, strided and broadcast operands, every length): maximum is
//! `isnan(a) || a > b ? a : b` (the first nan comes out; of equal operands,
//! `-0.0` and `0.0`, the second), minimum likewise with `<`; `sign` of
//! `-0.0` is `0.0` and of nan the nan itself. `np.fmax`/`np.fmin` of
//! floats are numpy calls (`UFUNCS`): which of two zeros or nans numpy
//! returns depends on its SIMD block boundaries; of ints they are maximum
//! and minimum.
//! This is a child module of arrayops, whose tree types it extends.

use super::*;

/// The ufuncs compiled here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::sema) enum Ufn {
    Maximum,
    Minimum,
    /// Of floats numpy's own call (see the module comment); of ints and
    /// bools the same as maximum/minimum.
    Fmax,
    Fmin,
    LogicalAnd,
    LogicalOr,
    LogicalXor,
    LogicalNot,
    IsNan,
    IsInf,
    IsFinite,
    /// `np.signbit`: the sign bit of a float (-0.0 and -nan too), `x < 0`
    /// of an int, False of a bool.
    Signbit,
    Sign,
    Copysign,
    /// `np.abs`/`np.absolute`/`np.fabs` and the builtin `abs` of an array.
    Absolute,
    /// `np.fabs`: float arrays only (numpy's result for ints is float).
    Fabs,
    Negative,
    Square,
    /// An exactly specified float function (`numpy::inline_ufunc`): sqrt,
    /// floor, ceil, trunc, rint, deg2rad/radians, rad2deg/degrees.
    Math(&'static str),
}

impl Ufn {
    pub(in crate::sema) fn by_name(name: &str) -> Option<Ufn> {
        Some(match name {
            "maximum" => Ufn::Maximum,
            "minimum" => Ufn::Minimum,
            "fmax" => Ufn::Fmax,
            "fmin" => Ufn::Fmin,
            "logical_and" => Ufn::LogicalAnd,
            "logical_or" => Ufn::LogicalOr,
            "logical_xor" => Ufn::LogicalXor,
            "logical_not" => Ufn::LogicalNot,
            "isnan" => Ufn::IsNan,
            "isinf" => Ufn::IsInf,
            "isfinite" => Ufn::IsFinite,
            "sign" => Ufn::Sign,
            "signbit" => Ufn::Signbit,
            "copysign" => Ufn::Copysign,
            "abs" | "absolute" => Ufn::Absolute,
            "fabs" => Ufn::Fabs,
            "negative" => Ufn::Negative,
            "square" => Ufn::Square,
            "sqrt" => Ufn::Math("sqrt"),
            "floor" => Ufn::Math("floor"),
            "ceil" => Ufn::Math("ceil"),
            "trunc" => Ufn::Math("trunc"),
            "rint" => Ufn::Math("rint"),
            "deg2rad" => Ufn::Math("deg2rad"),
            "radians" => Ufn::Math("radians"),
            "rad2deg" => Ufn::Math("rad2deg"),
            "degrees" => Ufn::Math("degrees"),
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Ufn::Maximum => "maximum",
            Ufn::Minimum => "minimum",
            Ufn::Fmax => "fmax",
            Ufn::Fmin => "fmin",
            Ufn::LogicalAnd => "logical_and",
            Ufn::LogicalOr => "logical_or",
            Ufn::LogicalXor => "logical_xor",
            Ufn::LogicalNot => "logical_not",
            Ufn::IsNan => "isnan",
            Ufn::IsInf => "isinf",
            Ufn::IsFinite => "isfinite",
            Ufn::Sign => "sign",
            Ufn::Signbit => "signbit",
            Ufn::Copysign => "copysign",
            Ufn::Absolute => "absolute",
            Ufn::Fabs => "fabs",
            Ufn::Negative => "negative",
            Ufn::Square => "square",
            Ufn::Math(name) => name,
        }
    }

    pub(in crate::sema) fn arity(self) -> usize {
        match self {
            Ufn::LogicalNot | Ufn::IsNan | Ufn::IsInf | Ufn::IsFinite | Ufn::Sign | Ufn::Signbit => 1,
            Ufn::Absolute | Ufn::Fabs | Ufn::Negative | Ufn::Square | Ufn::Math(_) => 1,
            _ => 2,
        }
    }

    /// The result dtype when computing in `ty`.
    pub(in crate::sema) fn result(self, ty: Scalar) -> Scalar {
        match self {
            Ufn::Maximum | Ufn::Minimum | Ufn::Fmax | Ufn::Fmin | Ufn::Sign | Ufn::Copysign => ty,
            // numpy's square of bools is its 'b->b' loop: int8.
            Ufn::Square if ty == Scalar::Bool => Scalar::Int { bits: 8, signed: true },
            Ufn::Absolute | Ufn::Fabs | Ufn::Negative | Ufn::Square | Ufn::Math(_) => ty,
            _ => Scalar::Bool,
        }
    }

    /// Whether an element reads an operand more than once (a fused child
    /// node is then computed first, so nesting stays linear in size).
    fn rereads(self) -> bool {
        matches!(self, Ufn::Maximum | Ufn::Minimum | Ufn::Fmax | Ufn::Fmin | Ufn::Sign | Ufn::Square | Ufn::Absolute)
    }

    /// The ones numpy.rs compiles on numbers itself (numpy's scalar rules).
    fn array_only(self) -> bool {
        matches!(self, Ufn::Absolute | Ufn::Fabs | Ufn::Negative | Ufn::Square | Ufn::Math(_))
    }

    /// The element, operands already of `ty` (`r` unused by one-operand ufuncs).
    pub(super) fn apply(self, l: TExpr, r: TExpr, ty: Scalar, span: &Range<usize>) -> TExpr {
        let this = match self {
            Ufn::Fmax => Ufn::Maximum,
            Ufn::Fmin => Ufn::Minimum,
            u => u,
        };
        this.apply_one(l, r, ty, span)
    }

    fn apply_one(self, l: TExpr, r: TExpr, ty: Scalar, span: &Range<usize>) -> TExpr {
        let e = |ty, kind| TExpr { ty, kind, span: span.clone() };
        let b = Box::new;
        let cmp = |op, x: &TExpr, y: &TExpr| e(Scalar::Bool, TExprKind::Compare(op, b(x.clone()), b(y.clone())));
        let konst = |ty: Scalar, c: ConstValue| e(ty, TExprKind::Const(convert(c, ty)));
        let pick = |c: TExpr, x: TExpr, y: TExpr| e(x.ty, TExprKind::IfExp(b(c), b(x), b(y)));
        let isnan = |x: &TExpr| cmp(CmpOp::Ne, x, x);
        let truth = |x: TExpr| match x.ty {
            Scalar::Bool => x,
            t => cmp(CmpOp::Ne, &x, &konst(t, ConstValue::Int(0))),
        };
        let inf = |t| konst(t, ConstValue::Float(f64::INFINITY));
        // Both operands are pure: `&`/`|` of bools, not short-circuit
        // control flow, so the loop stays branch-free and vectorizes.
        let and = |x, y| e(Scalar::Bool, TExprKind::NpBinary(BinOp::BitAnd, b(x), b(y)));
        let or = |x, y| e(Scalar::Bool, TExprKind::NpBinary(BinOp::BitOr, b(x), b(y)));
        match self {
            Ufn::Maximum if ty == Scalar::Bool => or(l, r),
            Ufn::Minimum if ty == Scalar::Bool => and(l, r),
            Ufn::Maximum | Ufn::Minimum => {
                let op = if self == Ufn::Maximum { CmpOp::Gt } else { CmpOp::Lt };
                let mut cond = cmp(op, &l, &r);
                if ty.is_float() {
                    cond = or(isnan(&l), cond);
                }
                pick(cond, l, r)
            }
            Ufn::LogicalAnd => and(truth(l), truth(r)),
            Ufn::LogicalOr => or(truth(l), truth(r)),
            Ufn::LogicalXor => e(Scalar::Bool, TExprKind::NpBinary(BinOp::BitXor, b(truth(l)), b(truth(r)))),
            Ufn::LogicalNot => e(Scalar::Bool, TExprKind::Not(b(truth(l)))),
            Ufn::IsNan if ty.is_float() => isnan(&l),
            Ufn::IsInf if ty.is_float() => cmp(CmpOp::Eq, &e(ty, TExprKind::Abs(b(l))), &inf(ty)),
            Ufn::IsFinite if ty.is_float() => cmp(CmpOp::Lt, &e(ty, TExprKind::Abs(b(l))), &inf(ty)),
            // numpy's loops for ints: never nan or inf.
            Ufn::IsNan | Ufn::IsInf => konst(Scalar::Bool, ConstValue::Bool(false)),
            Ufn::Signbit if ty.is_float() => {
                // copysign(1.0, x) carries x's sign bit, nan's included.
                let f = crate::sema::numpy::inline_ufunc("copysign").expect("listed");
                let one = konst(Scalar::F64, ConstValue::Float(1.0));
                let signed = math::typed_call(f, vec![one, cast(l, Scalar::F64)], span.clone());
                cmp(CmpOp::Lt, &signed, &konst(Scalar::F64, ConstValue::Float(0.0)))
            }
            Ufn::Signbit if matches!(ty, Scalar::Int { signed: true, .. }) => {
                cmp(CmpOp::Lt, &l, &konst(ty, ConstValue::Int(0)))
            }
            Ufn::Signbit => konst(Scalar::Bool, ConstValue::Bool(false)),
            Ufn::IsFinite => konst(Scalar::Bool, ConstValue::Bool(true)),
            Ufn::Sign => {
                let (zero, one) = (konst(ty, ConstValue::Int(0)), konst(ty, ConstValue::Int(1)));
                // x > 0 ? 1 : x < 0 ? -1 : x == 0 ? 0 : x (a nan stays itself).
                let rest = if ty.is_float() { pick(cmp(CmpOp::Eq, &l, &zero), zero.clone(), l.clone()) } else { zero };
                let rest = match ty {
                    Scalar::Int { signed: false, .. } => rest,
                    _ => pick(cmp(CmpOp::Lt, &l, &konst(ty, ConstValue::Int(0))), konst(ty, ConstValue::Int(-1)), rest),
                };
                pick(cmp(CmpOp::Gt, &l, &konst(ty, ConstValue::Int(0))), one, rest)
            }
            Ufn::Fmax | Ufn::Fmin => unreachable!("apply maps these"),
            Ufn::Copysign => {
                let f = crate::sema::numpy::inline_ufunc("copysign").expect("listed");
                cast(math::typed_call(f, vec![cast(l, Scalar::F64), cast(r, Scalar::F64)], span.clone()), ty)
            }
            Ufn::Absolute | Ufn::Fabs if ty.is_float() => e(ty, TExprKind::Abs(b(l))),
            // numpy's absolute of bools is its '?->?' loop: the bool itself.
            Ufn::Absolute if ty == Scalar::Bool => l,
            // numpy's absolute of ints wraps at MIN: x < 0 ? 0 - x : x.
            Ufn::Absolute | Ufn::Fabs => pick(cmp(CmpOp::Lt, &l, &konst(ty, ConstValue::Int(0))), np_neg(l.clone()), l),
            Ufn::Negative => np_neg(l),
            Ufn::Square if ty == Scalar::Bool => {
                let i8 = Scalar::Int { bits: 8, signed: true };
                let l = cast(l, i8);
                e(i8, TExprKind::NpBinary(BinOp::Mul, b(l.clone()), b(l)))
            }
            Ufn::Square if !ty.is_float() => e(ty, TExprKind::NpBinary(BinOp::Mul, b(l.clone()), b(l))),
            Ufn::Square => e(ty, TExprKind::Binary(BinOp::Mul, b(l.clone()), b(l))),
            // numpy 2's floor, ceil and trunc of ints and bools keep them.
            Ufn::Math("floor" | "ceil" | "trunc") if !ty.is_float() => l,
            Ufn::Math(name) => {
                let f = crate::sema::numpy::inline_ufunc(name).expect("listed");
                cast(math::typed_call(f, vec![cast(l, Scalar::F64)], span.clone()), ty)
            }
        }
    }
}

/// A constant of `ty` (an int constant of a float type becomes a float).
fn convert(c: ConstValue, ty: Scalar) -> ConstValue {
    match (c, ty) {
        (ConstValue::Int(i), Scalar::Float { .. }) => ConstValue::Float(i as f64),
        (c, _) => c,
    }
}

/// The compile-time refusal of a ufunc for these operand dtypes (numpy's
/// TypeError, or a loop pycc does not build yet), if any.
fn refusal(u: Ufn, ty: Scalar) -> Option<Diagnostic> {
    match u {
        Ufn::Sign if ty == Scalar::Bool => {
            Some(Diagnostic::error("numpy's `sign` has no loop for bool (numpy raises TypeError)"))
        }
        Ufn::Copysign if !ty.is_float() => Some(Diagnostic::error(format!(
            "numpy.copysign() of {} operands is not supported yet (numpy's result is float16)",
            ty
        ))),
        Ufn::Absolute if matches!(ty, Scalar::Int { .. } | Scalar::Bool) => None,
        Ufn::Negative | Ufn::Square if matches!(ty, Scalar::Int { .. }) => None,
        Ufn::Square if ty == Scalar::Bool => None,
        Ufn::Math("floor" | "ceil" | "trunc") => None,
        u if u.array_only() && !ty.is_float() => Some(
            Diagnostic::error(format!("numpy.{}() of {} arrays is not supported yet", u.name(), super::np_name(ty)))
                .note("ufuncs of float32 and float64 arrays are compiled (and np.abs of int arrays); numpy gives ints float16, float32 or float64 results by width"),
        ),
        _ => None,
    }
}

impl Typer<'_> {
    /// The ufunc of `np.<name>(...)` if it is one compiled here.
    pub(super) fn elem_ufunc(&self, c: &ast::ExprCall) -> Option<Ufn> {
        if let Expr::Name(n) = c.func.as_ref() {
            // The builtin `abs` of an array is numpy's absolute.
            let array = c.args.len() == 1 && self.is_array_like(&c.args[0]);
            return (n.id.as_str() == "abs" && self.builtin_abs() && array).then_some(Ufn::Absolute);
        }
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !self.numpy_module_of(&f.value) {
            return None;
        }
        Ufn::by_name(f.attr.as_str())
    }

    /// Checks the argument count; the ufunc when it is right.
    fn elem_args(&mut self, u: Ufn, c: &ast::ExprCall, span: &Range<usize>) -> Option<()> {
        if c.args.len() != u.arity() || !c.keywords.is_empty() {
            let n = u.arity();
            self.errors.push(
                Diagnostic::error(format!(
                    "numpy.{}() is compiled with {n} positional argument{} only",
                    u.name(),
                    if n == 1 { "" } else { "s" }
                ))
                .at(span.clone(), "here")
                .note("of the ufunc keywords pycc compiles `dtype=`, `out=` (as a statement) and `where=` with `out=` (without one numpy leaves the masked-out items uninitialized)"),
            );
            return None;
        }
        Some(())
    }

    /// `np.maximum(x, y)`, `np.isnan(x)`, ... with an array operand, as a
    /// node of an elementwise tree (its operands fused into it).
    pub(super) fn ufunc_node(&mut self, c: &ast::ExprCall) -> Option<Tree> {
        let span = range(&Expr::Call(c.clone()));
        let u = self.elem_ufunc(c).expect("callers checked");
        self.elem_args(u, c, &span)?;
        let mut kids = Vec::new();
        for a in &c.args {
            kids.push(self.tree(a));
        }
        let mut kids: Vec<Tree> = kids.into_iter().collect::<Option<_>>()?;
        if u.rereads() {
            for k in kids.iter_mut() {
                if expanded_size(k) > MAX_COPIES {
                    let node = std::mem::replace(k, Tree::Leaf(Operand::Number(bool_const(&span), false)));
                    *k = Tree::Leaf(self.materialize(node, &span)?);
                }
            }
        }
        let r = if kids.len() == 2 {
            kids.pop().expect("two")
        } else {
            Tree::Leaf(Operand::Number(bool_const(&span), false))
        };
        let l = kids.pop().expect("one");
        let ty = if u.arity() == 1 {
            match l.kind() {
                Kind::Array(t) | Kind::Python(t) => t,
            }
        } else {
            result_dtype(l.kind(), r.kind())
        };
        let ty = if u == Ufn::Copysign { float_loop(ty) } else { ty };
        // numpy's float loops for int operands: float64 for 32- and 64-bit
        // ints, float32 for 16-bit ones (the operand cast as numpy casts).
        let float_valued =
            matches!(u, Ufn::Fabs | Ufn::Math("sqrt" | "rint" | "deg2rad" | "radians" | "rad2deg" | "degrees"));
        let ty = if float_valued { float_loop(ty) } else { ty };
        if let Some(why) = refusal(u, ty) {
            self.errors.push(why.at(span, "here"));
            return None;
        }
        if matches!(u, Ufn::Fmax | Ufn::Fmin) && ty.is_float() {
            let k = UFUNCS.iter().position(|(n, _)| *n == u.name()).expect("listed");
            let (l, r) = (self.materialize(l, &span)?, self.materialize(r, &span)?);
            return self.ufunc_call(k, l, r, &span).map(|a| Tree::Leaf(Operand::Array(a)));
        }
        let elem = Elem { op: ElemOp::Ufunc(u), ty };
        if u.arity() == 2 {
            for x in [&l, &r] {
                if let Tree::Leaf(n) = x {
                    self.check_python_int(n, elem, &span);
                }
            }
        }
        let shape = match (l.shape(), if u.arity() == 2 { r.shape() } else { None }) {
            (Some(a), Some(b)) => {
                let (a, b) = (a.to_vec(), b.to_vec());
                self.broadcast_shapes(&a, &b, &span)
            }
            (Some(a), None) | (None, Some(a)) => a.to_vec(),
            (None, None) => unreachable!("is_array_expr: an array operand"),
        };
        Some(Tree::Node { elem, l: Box::new(l), r: Box::new(r), shape, span })
    }

    /// The ufunc of an array as a new array (one fused loop).
    pub(super) fn ufunc_array(&mut self, c: &ast::ExprCall) -> Option<ArrayRef> {
        let span = range(&Expr::Call(c.clone()));
        match self.ufunc_node(c)? {
            Tree::Leaf(Operand::Array(a)) => Some(a),
            Tree::Leaf(Operand::Number(..)) => unreachable!("a node"),
            node => self.compute(node, &span),
        }
    }

    /// `np.maximum(x, y)`, `np.sign(x)`, ... of numbers: numpy's scalar
    /// semantics (a Python int is int64, a float float64: the result is
    /// numpy's scalar, returned as the Python number it converts to).
    /// NotMine when `name` is not one of these.
    pub(in crate::sema) fn scalar_elem_ufunc(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Claim<TExpr> {
        let u = or_not_mine!(Ufn::by_name(name));
        if matches!(u, Ufn::IsNan | Ufn::IsInf | Ufn::IsFinite | Ufn::Copysign) || u.array_only() {
            return Claim::NotMine; // numpy.rs compiles these on numbers already
        }
        Claim::checked(self.scalar_elem(u, c, span))
    }

    fn scalar_elem(&mut self, u: Ufn, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        self.elem_args(u, c, &span)?;
        let (mut args, mut failed) = (Vec::new(), false);
        for a in &c.args {
            if self.is_complex(a) {
                self.errors.push(Diagnostic::error("complex numbers are not supported here").at(range(a), "complex"));
                return None;
            }
            // Python's order: an argument that queues statements runs
            // after the ones before it (`np.maximum(7 / z, np.fmin(...))`).
            failed |= !self.push_in_order(&mut args, |t| t.expr(a));
        }
        if failed {
            return None;
        }
        // What CPython passes numpy: a Python bool, int (int64) or float (float64).
        let python = |t: Scalar| match t {
            Scalar::Bool => Scalar::Bool,
            Scalar::Int { .. } => Scalar::I64,
            Scalar::Float { .. } => Scalar::F64,
        };
        let ty = args.iter().map(|a| python(a.ty)).reduce(|a, b| result_dtype(Kind::Python(a), Kind::Python(b)))?;
        if let Some(why) = refusal(u, ty) {
            self.errors.push(why.at(span, "here"));
            return None;
        }
        if matches!(u, Ufn::Fmax | Ufn::Fmin) && ty.is_float() {
            let k = UFUNCS.iter().position(|(n, _)| *n == u.name()).expect("listed");
            let args = args.into_iter().map(|a| NpArg::Scalar(cast(a, ty))).collect();
            let var = self.fresh("np", ty);
            self.pre.push(TStmt::NpValue { var, imag: None, func: NpFunc::Ufunc(k), args, span: span.clone() });
            return Some(TExpr { ty, kind: TExprKind::Var(var), span });
        }
        let mut vals: Vec<TExpr> = args.into_iter().map(|a| self.index_temps_value(cast(a, ty))).collect();
        let r = if vals.len() == 2 { vals.pop().expect("two") } else { bool_const(&span) };
        let l = vals.pop().expect("one");
        Some(u.apply(l, r, ty, &span))
    }
}

/// The float loop numpy picks for a float-only ufunc of `ty` operands:
/// 16-bit ints compute in float32, wider ones in float64 (8-bit ones and
/// bools in float16, which pycc does not have: left as they are, refused).
fn float_loop(ty: Scalar) -> Scalar {
    match ty {
        Scalar::Int { bits: 16, .. } => Scalar::Float { bits: 32 },
        Scalar::Int { bits, .. } if bits > 16 => Scalar::F64,
        t => t,
    }
}

/// A placeholder operand for one-operand ufuncs (never read).
fn bool_const(span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: span.clone() }
}

/// How large a fused operand may grow, counting the copies a node that
/// rereads its operands makes, before it is computed into an array first.
const MAX_COPIES: usize = 64;

/// The size of a tree's element expression, operands copied as often as
/// their nodes read them.
fn expanded_size(t: &Tree) -> usize {
    match t {
        Tree::Leaf(_) | Tree::Rolled(_) | Tree::Cx(_) | Tree::Tuple(_) => 1,
        Tree::Node { elem, l, r, .. } => {
            let k: usize = if matches!(elem.op, ElemOp::Ufunc(u) if u.rereads()) { 3 } else { 1 };
            k.saturating_mul(expanded_size(l).saturating_add(expanded_size(r))).saturating_add(1)
        }
    }
}
