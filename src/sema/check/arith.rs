//! Scalar arithmetic and conversions with CPython's and numba's rules:
//! binary operators, comparisons across signedness and int/float, casts,
//! constant conversion.

use crate::sema::*;

/// Two returned types joined: scalars as variables join, tuples of one
/// length element by element; None when a tuple meets a number or another length.
pub(in crate::sema) fn join_ty(a: &Ty, b: &Ty) -> Option<Ty> {
    match (a, b) {
        (Ty::Scalar(x), Ty::Scalar(y)) => Some(Ty::Scalar(join(*x, *y))),
        (Ty::Tuple(xs), Ty::Tuple(ys)) if xs.len() == ys.len() => {
            Some(Ty::Tuple(xs.iter().zip(ys).map(|(x, y)| join_ty(x, y)).collect::<Option<_>>()?))
        }
        (Ty::Complex(x), Ty::Complex(y)) => Some(Ty::Complex(join(*x, *y))),
        (Ty::Array(x), Ty::Array(y)) => x.join(y).map(Ty::Array),
        (Ty::Str, Ty::Str) => Some(Ty::Str),
        (Ty::Set(x), Ty::Set(y)) if x == y => Some(a.clone()),
        // Items of a tuple result that are None on some path.
        (Ty::Optional(x), Ty::Optional(y)) => Some(Ty::Optional(join(*x, *y))),
        // Containers of one item type (`return res` early and at the end).
        (Ty::List(x), Ty::List(y)) if x == y => Some(a.clone()),
        (Ty::ListOf(x), Ty::ListOf(y)) if x == y => Some(a.clone()),
        (Ty::Dict(xk, xv), Ty::Dict(yk, yv)) if xk == yk && xv == yv => Some(a.clone()),
        _ => None,
    }
}

/// `can_convert` element by element for tuples of the same length.
pub(in crate::sema) fn can_convert_ty(from: &Ty, to: &Ty) -> bool {
    match (from, to) {
        (Ty::Scalar(x), Ty::Scalar(y)) => can_convert(*x, *y),
        (Ty::Tuple(xs), Ty::Tuple(ys)) => xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| can_convert_ty(x, y)),
        (Ty::Complex(_), Ty::Complex(_)) => true,
        (Ty::Array(x), Ty::Array(y)) => x.fits(y),
        (Ty::List(x), Ty::List(y)) => x == y,
        (Ty::ListOf(x), Ty::ListOf(y)) => can_convert_ty(x, y),
        (Ty::Dict(xk, xv), Ty::Dict(yk, yv)) => xk == yk && xv == yv,
        (Ty::Str, Ty::Str) => true,
        (Ty::Set(x), Ty::Set(y)) => x == y,
        _ => false,
    }
}

/// Implicit conversions pycc allows at a return: widening to float, ints
/// between widths (wrapping, as numba), bool to int. Not float to int.
pub(in crate::sema) fn can_convert(from: Scalar, to: Scalar) -> bool {
    match (from, to) {
        (a, b) if a == b => true,
        (_, Scalar::Float { .. }) => true,
        (Scalar::Int { .. } | Scalar::Bool, Scalar::Int { .. }) => true,
        _ => false,
    }
}

pub(in crate::sema) fn cast(e: TExpr, to: Scalar) -> TExpr {
    if e.ty == to {
        return e;
    }
    let span = e.span.clone();
    match e.kind {
        // An int constant that does not fit stays a run-time cast, so that
        // `--overflow=raise` checks it (in wrap mode py-egg folds it the same).
        TExprKind::Const(ConstValue::Int(i)) if matches!(to, Scalar::Int { bits, signed } if wrap(i, bits, signed) != i) => {
            TExpr {
                ty: to,
                kind: TExprKind::Cast(Box::new(TExpr { kind: TExprKind::Const(ConstValue::Int(i)), ..e })),
                span,
            }
        }
        TExprKind::Const(c) => TExpr { ty: to, kind: TExprKind::Const(convert_const(c, to)), span },
        _ => TExpr { ty: to, kind: TExprKind::Cast(Box::new(e)), span },
    }
}

/// Constant conversion with the same rules py.cast has at run time.
pub(in crate::sema) fn convert_const(c: ConstValue, to: Scalar) -> ConstValue {
    let as_int = |c: ConstValue| match c {
        ConstValue::Int(i) => i,
        ConstValue::Bool(b) => b as i128,
        ConstValue::Float(f) => f as i128,
    };
    match to {
        Scalar::Float { bits: 32 } => ConstValue::Float(match c {
            ConstValue::Float(f) => f as f32 as f64,
            other => as_int(other) as f32 as f64,
        }),
        Scalar::Float { .. } => ConstValue::Float(match c {
            ConstValue::Float(f) => f,
            other => as_int(other) as f64,
        }),
        Scalar::Bool => ConstValue::Bool(as_int(c) != 0),
        Scalar::Int { bits, signed } => ConstValue::Int(wrap(as_int(c), bits, signed)),
    }
}

pub(in crate::sema) fn negate(c: ConstValue, ty: Scalar) -> ConstValue {
    match (c, ty) {
        (ConstValue::Float(f), _) => ConstValue::Float(-f),
        (ConstValue::Int(i), Scalar::Int { bits, signed }) => ConstValue::Int(wrap(-i, bits, signed)),
        (ConstValue::Int(i), _) => ConstValue::Int(-i),
        (ConstValue::Bool(b), _) => ConstValue::Int(-(b as i128)),
    }
}

impl Typer<'_> {
    /// `& | ^` keep bools bool (True & False is False); shifts and mixed
    /// operands are ints. Floats are a TypeError in Python: a diagnostic here.
    pub(in crate::sema) fn bitwise(&mut self, op: BinOp, l: TExpr, r: TExpr, span: Range<usize>) -> Checked<TExpr> {
        if let Some(f) = [&l, &r].into_iter().find(|e| e.ty.is_float()) {
            return Err(self.report(
                Diagnostic::error("bitwise operators need int or bool operands, not float")
                    .at(f.span.clone(), "a float"),
            ));
        }
        let both_bool = l.ty == Scalar::Bool && r.ty == Scalar::Bool;
        let ty = if both_bool && !matches!(op, BinOp::LShift | BinOp::RShift) {
            Scalar::Bool
        } else if matches!(op, BinOp::LShift | BinOp::RShift) {
            // numba: a shift is 64 bits of the left operand's signedness.
            if l.ty == Scalar::Bool {
                Scalar::I64
            } else {
                l.ty.widened()
            }
        } else {
            Scalar::arith(l.ty, r.ty)
        };
        Ok(TExpr { ty, kind: TExprKind::Binary(op, Box::new(cast(l, ty)), Box::new(cast(r, ty))), span })
    }

    /// `compare`, for the forms not yet converted to `Checked`.
    pub(in crate::sema) fn compare(&mut self, op: ast::CmpOp, l: TExpr, r: TExpr, span: Range<usize>) -> Option<TExpr> {
        self.check_compare(op, l, r, span).ok()
    }

    /// `l op r` of two numbers, compared by value as CPython compares them.
    pub(in crate::sema) fn check_compare(
        &mut self,
        op: ast::CmpOp,
        l: TExpr,
        r: TExpr,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) {
            return self.identity(op == ast::CmpOp::IsNot, l, r, span);
        }
        let Some(op) = cmp_op(op) else {
            return Err(self.not_supported(span, "`is`, `is not`, `in` and `not in` are"));
        };
        let u64 = Scalar::Int { bits: 64, signed: false };
        let signed = |t: Scalar| matches!(t, Scalar::Int { signed: true, .. });
        if (l.ty == u64 && signed(r.ty)) || (r.ty == u64 && signed(l.ty)) {
            return Ok(self.mixed_sign_compare(op, l, r, span));
        }
        // An int that float64 holds exactly (a small constant, a narrower
        // int widened) compares the same either way.
        let exact = |e: &TExpr| match &e.kind {
            TExprKind::Const(ConstValue::Int(v)) => v.unsigned_abs() <= 1 << 53,
            TExprKind::Cast(x) => matches!(x.ty, Scalar::Bool | Scalar::Int { bits: ..=32, .. }),
            _ => false,
        };
        let wide_int = |e: &TExpr| matches!(e.ty, Scalar::Int { bits: 64, .. }) && !exact(e);
        let numpy = self.numpy_compare.as_ref() == Some(&span);
        if !numpy && ((wide_int(&l) && r.ty.is_float()) || (wide_int(&r) && l.ty.is_float())) {
            return Ok(self.int_float_compare(op, l, r, span));
        }
        // bool == bool compares as bools; anything else in the unified type.
        let ty = join(l.ty, r.ty);
        Ok(TExpr { ty: Scalar::Bool, kind: TExprKind::Compare(op, Box::new(cast(l, ty)), Box::new(cast(r, ty))), span })
    }

    /// A uint64 compared with a signed int, by value as CPython compares
    /// ints: the unified type (int64) would wrap a uint64 above 2**63. A
    /// negative signed operand is below every uint64; otherwise both
    /// operands compare exactly as uint64. Each operand is computed once.
    pub(in crate::sema) fn mixed_sign_compare(&mut self, op: CmpOp, l: TExpr, r: TExpr, span: Range<usize>) -> TExpr {
        let u64 = Scalar::Int { bits: 64, signed: false };
        let mark = self.lets.len();
        let (l, r) = (self.share(l), self.share(r));
        let signed_left = l.ty != u64;
        let s = if signed_left { l.clone() } else { r.clone() };
        let zero = TExpr { ty: s.ty, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
        let negative = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Lt, Box::new(s), Box::new(zero)),
            span: span.clone(),
        };
        // With the signed operand negative: `s < u`, `s <= u`, `s != u` hold.
        let below = matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Ne);
        let above = matches!(op, CmpOp::Gt | CmpOp::Ge | CmpOp::Ne);
        let when_negative = if signed_left { below } else { above };
        let known =
            TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(when_negative)), span: span.clone() };
        let exact = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(cast(l, u64)), Box::new(cast(r, u64))),
            span: span.clone(),
        };
        let e = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::IfExp(Box::new(negative), Box::new(known), Box::new(exact)),
            span,
        };
        self.wrap_lets(mark, e)
    }

    /// A 64-bit int compared with a float by value, as CPython's
    /// float_richcompare: the int rounded to float64 decides where it
    /// differs from the float (rounding keeps the order; a nan differs);
    /// where they are equal the float is integral, and the ints compare,
    /// except for the float 2**63 (2**64 for uint64), the rounding of ints
    /// just below it, which is above every int. Operands computed once.
    pub(in crate::sema) fn int_float_compare(&mut self, op: CmpOp, l: TExpr, r: TExpr, span: Range<usize>) -> TExpr {
        let mark = self.lets.len();
        let (l, r) = (self.share(l), self.share(r));
        let int_left = !l.ty.is_float();
        let (i, f) = if int_left { (l.clone(), r.clone()) } else { (r.clone(), l.clone()) };
        let f = cast(f, Scalar::F64);
        let node = |ty, kind| TExpr { ty, kind, span: span.clone() };
        let cmp = |op, a: TExpr, b: TExpr| node(Scalar::Bool, TExprKind::Compare(op, Box::new(a), Box::new(b)));
        let float = |v: f64| node(Scalar::F64, TExprKind::Const(ConstValue::Float(v)));
        let limit = if i.ty == (Scalar::Int { bits: 64, signed: false }) {
            18446744073709551616.0
        } else {
            9223372036854775808.0
        };
        let rounded = cmp(CmpOp::Ne, cast(i.clone(), Scalar::F64), f.clone());
        let as_floats = cmp(op, cast(l, Scalar::F64), cast(r, Scalar::F64));
        let big = cmp(CmpOp::Ge, f.clone(), float(limit));
        // The float's int value (0 where it is the limit, which no int holds).
        let clamped = node(Scalar::F64, TExprKind::IfExp(Box::new(big.clone()), Box::new(float(0.0)), Box::new(f)));
        let fi = if i.ty == Scalar::I64 {
            cast(clamped, Scalar::I64)
        } else {
            // uint64: the upper half through int64, 2**63 added back.
            let half = 9223372036854775808.0;
            let upper = self.share(cmp(CmpOp::Ge, clamped.clone(), float(half)));
            let low =
                node(Scalar::F64, TExprKind::Binary(BinOp::Sub, Box::new(clamped.clone()), Box::new(float(half))));
            let low = node(Scalar::F64, TExprKind::IfExp(Box::new(upper.clone()), Box::new(low), Box::new(clamped)));
            let int = |v: i128| node(i.ty, TExprKind::Const(ConstValue::Int(v)));
            let offset = node(i.ty, TExprKind::IfExp(Box::new(upper), Box::new(int(1 << 63)), Box::new(int(0))));
            let low = cast(cast(low, Scalar::I64), i.ty);
            node(i.ty, TExprKind::Binary(BinOp::Add, Box::new(low), Box::new(offset)))
        };
        let as_ints = if int_left { cmp(op, i, fi) } else { cmp(op, fi, i) };
        let above = if int_left {
            matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Ne)
        } else {
            matches!(op, CmpOp::Gt | CmpOp::Ge | CmpOp::Ne)
        };
        let at_limit = node(Scalar::Bool, TExprKind::Const(ConstValue::Bool(above)));
        let equal = node(Scalar::Bool, TExprKind::IfExp(Box::new(big), Box::new(at_limit), Box::new(as_ints)));
        let e = node(Scalar::Bool, TExprKind::IfExp(Box::new(rounded), Box::new(as_floats), Box::new(equal)));
        self.wrap_lets(mark, e)
    }

    /// `binary`, for the forms not yet converted to `Checked`.
    pub(in crate::sema) fn binary(
        &mut self,
        op: ast::Operator,
        l: TExpr,
        r: TExpr,
        span: Range<usize>,
    ) -> Option<TExpr> {
        self.check_binary(op, l, r, span).ok()
    }

    /// `l op r` of two numbers, in numba's types.
    pub(in crate::sema) fn check_binary(
        &mut self,
        op: ast::Operator,
        l: TExpr,
        r: TExpr,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        let Some(op) = bin_op(op) else { return Err(self.not_supported(span, "the `@` operator is")) };
        if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift) {
            return self.bitwise(op, l, r, span);
        }
        let wide = |t: Scalar| matches!(t, Scalar::Int { bits: 64, .. });
        if op == BinOp::Div && !l.ty.is_float() && !r.ty.is_float() && (wide(l.ty) || wide(r.ty)) {
            return Ok(self.int_truediv(l, r, span));
        }
        if matches!(op, BinOp::FloorDiv | BinOp::Mod) && crate::sema::numbers::mixeddiv::mixed_sign_u64(l.ty, r.ty) {
            return Ok(self.mixed_sign_division(op, l, r, span));
        }
        let mut ty = Scalar::arith(l.ty, r.ty);
        if op == BinOp::Div && !ty.is_float() {
            // int / int is a float in Python 3 (numba converts both first).
            ty = Scalar::F64;
        }
        // int ** int is an int, as numba types it (a negative exponent gives
        // numba's int result, see lower.rs `var_int_pow`).
        let (l, r) = (cast(l, ty), cast(r, ty));
        Ok(self.division_op(op, l, r, ty, span))
    }
}
