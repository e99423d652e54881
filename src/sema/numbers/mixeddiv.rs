//! `//` and `%` of a uint64 and a signed int (`x % 2**63`, whose literal is
//! a uint64): CPython's exact quotient and remainder, wrapping to int64 only
//! where that exact value does not fit, as the other uint64/int64 mixes
//! (README, Deviations). Computed in the unified int64 the uint64 operand
//! wrapped first (`x % 2**63` was `x % -2**63`: exprtree seed 46). A
//! non-negative signed operand divides as a uint64; a negative one by its
//! magnitude, the floored result then made from the truncated one.

use crate::sema::*;

const U64: Scalar = Scalar::U64;

/// Whether `a op b` mixes a uint64 with a signed int.
pub(in crate::sema) fn mixed_sign_u64(a: Scalar, b: Scalar) -> bool {
    let signed = |t: Scalar| matches!(t, Scalar::Int { signed: true, .. });
    (a == U64 && signed(b)) || (b == U64 && signed(a))
}

impl Typer<'_> {
    /// `l // r` or `l % r` (`op`) where `mixed_sign_u64(l.ty, r.ty)`; an
    /// int64 result. Each operand is computed once, left first.
    pub(in crate::sema) fn mixed_sign_division(&mut self, op: BinOp, l: TExpr, r: TExpr, span: Range<usize>) -> TExpr {
        let signed_left = l.ty != U64;
        let widen = |e: TExpr| if e.ty == U64 { e } else { cast(e, Scalar::I64) };
        let mark = self.lets.len();
        let (l, r) = (self.share(widen(l)), self.share(widen(r)));
        let (s, u) = if signed_left { (l, r) } else { (r, l) };
        let at = |kind| TExpr { ty: U64, kind, span: span.clone() };
        let int = |v: i128, ty: Scalar| TExpr { ty, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() };
        let bin = |op, a: TExpr, b: TExpr, ty: Scalar| TExpr {
            ty,
            kind: TExprKind::Binary(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let cmp = |op, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        // s >= 0: the uint64 operation on the same values (a zero divisor
        // raises there, as on the other path).
        let su = cast(s.clone(), U64);
        let (a, b) = if signed_left { (su, u.clone()) } else { (u.clone(), su) };
        let nonneg = cast(self.division_op(op, a, b, U64, span.clone()), Scalar::I64);
        // s < 0: its magnitude -1 - s + 1, computed without leaving either type.
        let mag =
            bin(BinOp::Add, cast(bin(BinOp::Sub, int(-1, Scalar::I64), s.clone(), Scalar::I64), U64), int(1, U64), U64);
        let (m, q, rem) = (self.fresh("mag", U64), self.fresh("quot", U64), self.fresh("rem", U64));
        let var = |v: Var| at(TExprKind::Var(v));
        let (a, b) = if signed_left { (var(m), u.clone()) } else { (u.clone(), var(m)) };
        let binds = vec![
            (m, mag),
            (q, self.division_op(BinOp::FloorDiv, a.clone(), b.clone(), U64, span.clone())),
            (rem, self.division_op(BinOp::Mod, a, b, U64, span.clone())),
        ];
        let exact = cmp(CmpOp::Eq, var(rem), int(0, U64));
        // -k for 1 <= k <= 2**64 - 1 as int64: -1 - (k - 1).
        let negated = |k: TExpr| {
            bin(BinOp::Sub, int(-1, Scalar::I64), cast(bin(BinOp::Sub, k, int(1, U64), U64), Scalar::I64), Scalar::I64)
        };
        let negative = match op {
            // floor(-a / u) = -(a // u + (a % u != 0)); floor(u / -a) likewise.
            BinOp::FloorDiv => {
                let up = cast(cmp(CmpOp::Ne, var(rem), int(0, U64)), U64);
                negated(bin(BinOp::Add, var(q), up, U64))
            }
            // -a % u = u - a % u; u % -a = -(a - u % a); 0 when exact.
            _ => {
                let inexact = if signed_left {
                    cast(bin(BinOp::Sub, u.clone(), var(rem), U64), Scalar::I64)
                } else {
                    negated(bin(BinOp::Sub, var(m), var(rem), U64))
                };
                TExpr {
                    ty: Scalar::I64,
                    kind: TExprKind::IfExp(Box::new(exact), Box::new(int(0, Scalar::I64)), Box::new(inexact)),
                    span: span.clone(),
                }
            }
        };
        let negative = TExpr { ty: Scalar::I64, kind: TExprKind::Let(binds, Box::new(negative)), span: span.clone() };
        let e = TExpr {
            ty: Scalar::I64,
            kind: TExprKind::IfExp(
                Box::new(cmp(CmpOp::Ge, s, int(0, Scalar::I64))),
                Box::new(nonneg),
                Box::new(negative),
            ),
            span,
        };
        self.wrap_lets(mark, e)
    }

    /// `divmod(l, r)` of such operands: both halves, each operand computed once.
    pub(in crate::sema) fn mixed_sign_divmod(&mut self, l: TExpr, r: TExpr, span: Range<usize>) -> Val {
        let (l, r) = (self.share(l), self.share(r));
        let q = self.mixed_sign_division(BinOp::FloorDiv, l.clone(), r.clone(), span.clone());
        Val::Tuple(vec![Val::Scalar(q), Val::Scalar(self.mixed_sign_division(BinOp::Mod, l, r, span))])
    }
}
