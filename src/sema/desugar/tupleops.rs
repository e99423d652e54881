//! Tuple operators over tuples whose length the typer knows (tuple
//! variables, `a.shape`, tuple displays), rewritten into the tuple display
//! of their items: `t + u`, `t * 2` and `2 * t` (a constant count),
//! `t[1:]`, `t[::-1]`, `t[a:b:c]` (constant bounds, CPython's slice
//! clamping), and `g(*t)`, `(*t, x)` (the items spread in place).
//!
//! An item of a display that would be dropped or repeated must be a name
//! or a constant: CPython computes each item once, whatever the operator.

use crate::sema::sugar::int;
use crate::sema::tuplesugar::TupleForms;
use crate::sema::*;
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// The items of a tuple of known length: a tuple variable's or shape's
/// `t[k]`, or a display's own.
fn items(forms: &TupleForms, e: &Expr) -> Option<Vec<Expr>> {
    if let Expr::Tuple(t) = e {
        return (!t.elts.iter().any(|x| matches!(x, Expr::Starred(_)))).then(|| t.elts.clone());
    }
    let (src, n) = forms.tuple_source(e)?;
    let at = e.range();
    Some((0..n).map(|k| subscript(src.clone(), k as i64, at)).collect())
}

fn subscript(value: Expr, k: i64, at: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        range: at,
        value: Box::new(value),
        slice: Box::new(int(k, at)),
        ctx: ast::ExprContext::Load,
    })
}

/// Items a rewrite may drop or repeat: names and constants (the items of
/// a variable's or shape's tuple are subscripts of a name).
fn plain(items: &[Expr]) -> bool {
    items.iter().all(|e| match e {
        Expr::Name(_) | Expr::Constant(_) => true,
        Expr::Subscript(s) => matches!(s.value.as_ref(), Expr::Name(_) | Expr::Attribute(_)),
        Expr::Tuple(t) => plain(&t.elts),
        _ => false,
    })
}

fn display(elts: Vec<Expr>, at: TextRange) -> Expr {
    Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Load })
}

/// The most items a tuple repetition (`t * k`) may make: each item is a
/// value of its own when compiling.
pub(in crate::sema) const MAX_TUPLE_ITEMS: usize = 4096;

/// A constant int, also negated.
fn constant(e: &Expr) -> Option<i64> {
    crate::sema::tuplesugar::constant_axis(e)
}

/// CPython's `slice.indices(n)` of constant bounds, as the positions taken.
fn slice_positions(s: &ast::ExprSlice, n: i64) -> Option<Vec<i64>> {
    let bound = |b: &Option<Box<Expr>>| match b.as_deref() {
        None => Some(None),
        Some(Expr::Constant(k)) if k.value.is_none() => Some(None),
        Some(e) => constant(e).map(Some),
    };
    let (lo, hi, step) = (bound(&s.lower)?, bound(&s.upper)?, bound(&s.step)?);
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let clamp = |v: i64, lo: i64, hi: i64| v.clamp(lo, hi);
    let fix = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => {
            if step > 0 {
                clamp(v + n, 0, n)
            } else {
                clamp(v + n, -1, n - 1)
            }
        }
        Some(v) => {
            if step > 0 {
                clamp(v, 0, n)
            } else {
                clamp(v, -1, n - 1)
            }
        }
    };
    let (start, stop) = if step > 0 { (fix(lo, 0), fix(hi, n)) } else { (fix(lo, n - 1), fix(hi, -1)) };
    let mut out = Vec::new();
    let mut k = start;
    while (step > 0 && k < stop) || (step < 0 && k > stop) {
        out.push(k);
        k += step;
    }
    Some(out)
}

impl TupleForms<'_, '_> {
    /// `e` as the display of its items, when it is a tuple operator above.
    pub(in crate::sema) fn tuple_ops(&self, e: &Expr) -> Option<Expr> {
        match e {
            Expr::BinOp(b) if b.op == ast::Operator::Add => {
                let (mut l, r) = (self.operand_items(&b.left)?, self.operand_items(&b.right)?);
                l.extend(r);
                Some(display(l, b.range))
            }
            Expr::BinOp(b) if b.op == ast::Operator::Mult => {
                let (t, k) = match (self.operand_items(&b.left), self.operand_items(&b.right)) {
                    (Some(t), None) => (t, constant(&b.right)?),
                    (None, Some(t)) => (t, constant(&b.left)?),
                    _ => return None,
                };
                if !plain(&t) {
                    return None;
                }
                let k = usize::try_from(k.max(0)).ok()?;
                // A longer tuple is a diagnostic (`tuple_repeat_error`), not
                // millions of items unrolled at compile time.
                if t.len().saturating_mul(k) > MAX_TUPLE_ITEMS {
                    return None;
                }
                Some(display(t.iter().cloned().cycle().take(t.len() * k).collect(), b.range))
            }
            Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
                let Expr::Slice(sl) = s.slice.as_ref() else { return None };
                let t = self.operand_items(&s.value)?;
                if !plain(&t) {
                    return None;
                }
                let pos = slice_positions(sl, t.len() as i64)?;
                Some(display(pos.into_iter().map(|k| t[k as usize].clone()).collect(), s.range))
            }
            Expr::Call(c) if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) => {
                let args = self.spread(&c.args)?;
                Some(Expr::Call(ast::ExprCall { args, ..c.clone() }))
            }
            Expr::Tuple(t) if t.elts.iter().any(|a| matches!(a, Expr::Starred(_))) => {
                Some(display(self.spread(&t.elts)?, t.range))
            }
            _ => None,
        }
    }

    /// The items of a tuple operand of known length (not a display with a
    /// starred item).
    fn operand_items(&self, e: &Expr) -> Option<Vec<Expr>> {
        items(self, e)
    }

    /// `xs` with each `*t` replaced by `t`'s items.
    fn spread(&self, xs: &[Expr]) -> Option<Vec<Expr>> {
        let mut out = Vec::new();
        for x in xs {
            match x {
                Expr::Starred(s) => out.extend(self.operand_items(&s.value)?),
                x => out.push(x.clone()),
            }
        }
        Some(out)
    }
}
