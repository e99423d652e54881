//! `t[m] = f(x[m], y[m], s)`: a masked store whose value is an elementwise
//! expression of gathers by the same bool mask (and of numbers) is one loop,
//! `for i: if m[i]: t[i] = f(x[i], y[i], s)`, with none of numpy's gathers,
//! temporaries and scatter (numpy-benchmarks' mandelbrot:
//! `Z[I] = Z[I]**2 + C[I]`, `N[I] = n`).
//!
//! numpy's semantics are kept by taking the loop only where it computes what
//! numpy does: the mask and every gathered array have `t`'s extents (else
//! numpy's IndexError), and no gathered array other than `t` itself, nor the
//! mask, overlaps `t` (numpy computes the whole value before it stores; a
//! gather of `t` by the same mask reads each item before the loop writes
//! it). Otherwise, checked at run time, numpy's own calls run as before. The
//! value's dtype must be `t`'s (no store cast), a number a Python number of
//! `t`'s dtype (or any real number into a float array). The mask and the
//! arrays are variables and the numbers names or constants, so both paths
//! read the same values. A complex `x ** 2` is `x * x` (numpy's square is
//! its multiply, bit for bit). A child module of arrayops.

use super::*;
use crate::sema::arrays::complex_store;

/// What a masked store's value is, as the loop computes it.
enum Value {
    Number(TExpr),
    Real(Tree),
    Complex(Box<cxfused::CNode>),
}

impl Typer<'_> {
    /// `s = value` as the masked loop (with numpy's calls where it does not
    /// apply); None when `s = value` is not this form (nothing typed).
    pub(in crate::sema) fn masked_store(
        &mut self,
        s: &ast::ExprSubscript,
        value: &Expr,
        span: &Range<usize>,
    ) -> Option<Option<TStmt>> {
        if !matches!((s.value.as_ref(), s.slice.as_ref()), (Expr::Name(_), Expr::Name(_))) {
            return None;
        }
        let (t_name, m_name) = (self.array_name(&s.value)?, self.array_name(&s.slice)?);
        let (tty, mty) = (self.arrays[&t_name], self.arrays[&m_name]);
        if t_name == m_name || mty.dtype != Scalar::Bool || mty.complex || mty.ndim != tty.ndim {
            return None;
        }
        let mut gathered = Vec::new();
        let stripped = self.strip_gathers(value, &m_name, tty, &mut gathered)?;
        let outer = std::mem::take(&mut self.pre);
        let fused = self.masked_value(&stripped, !gathered.is_empty(), tty);
        let fused_pre = std::mem::replace(&mut self.pre, outer);
        let fused = match fused {
            Some(Some(v)) => v,
            Some(None) => return Some(None),
            None => return None,
        };
        let t = self.array_operand(&s.value).done()?;
        let m = self.array_operand(&s.slice).done()?;
        let mut xs = Vec::new();
        for x in &gathered {
            let a = self.array_operand(x).done()?;
            if a.name != t.name && xs.iter().all(|b: &ArrayRef| b.name != a.name) {
                xs.push(a);
            }
        }
        let cond = self.masked_applies(&t, &m, &xs, span);
        self.mark_written(&t.name);
        self.check_store(&t, span);
        let mut then = fused_pre;
        then.push(self.masked_loop(&t, &m, fused, span));
        let outer = std::mem::take(&mut self.pre);
        let general = self.fancy_assign_numpy(s, None, value, span.clone());
        let mut orelse = std::mem::replace(&mut self.pre, outer);
        match general {
            Some(g) => orelse.push(g),
            None => return Some(None),
        }
        Some(Some(TStmt::If { cond, then, orelse }))
    }

    /// `e` with each gather `x[m]` replaced by `x` (pushed to `gathered`),
    /// when `e` is made of such gathers, scalar names and number constants
    /// by `+ - * /`, `** 2` and unary `-`/`+`; None otherwise.
    fn strip_gathers(&self, e: &Expr, m: &str, t: ArrayTy, gathered: &mut Vec<Expr>) -> Option<Expr> {
        Some(match e {
            Expr::Subscript(x) => {
                let same_mask = matches!(x.slice.as_ref(), Expr::Name(n) if n.id.as_str() == m);
                let name = self.array_name(&x.value)?;
                let xty = self.arrays[&name];
                // A complex array gathered into a real one is numpy's cast.
                if !same_mask
                    || !matches!(x.value.as_ref(), Expr::Name(_))
                    || xty.ndim != t.ndim
                    || xty.complex && !t.complex
                {
                    return None;
                }
                gathered.push(x.value.as_ref().clone());
                x.value.as_ref().clone()
            }
            Expr::Name(_) if self.is_array_like(e) => return None,
            Expr::Name(_) => e.clone(),
            Expr::Constant(c) => match c.value {
                ast::Constant::Int(_)
                | ast::Constant::Float(_)
                | ast::Constant::Complex { .. }
                | ast::Constant::Bool(_) => e.clone(),
                _ => return None,
            },
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) => {
                let operand = Box::new(self.strip_gathers(&u.operand, m, t, gathered)?);
                Expr::UnaryOp(ast::ExprUnaryOp { operand, ..u.clone() })
            }
            Expr::BinOp(b) => {
                let two = matches!(b.right.as_ref(), Expr::Constant(c) if matches!(c.value, ast::Constant::Int(ref k) if *k == 2.into()));
                let left = Box::new(self.strip_gathers(&b.left, m, t, gathered)?);
                match b.op {
                    ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult | ast::Operator::Div => {
                        let right = Box::new(self.strip_gathers(&b.right, m, t, gathered)?);
                        Expr::BinOp(ast::ExprBinOp { left, right, ..b.clone() })
                    }
                    // numpy's square of a complex array is its multiply.
                    ast::Operator::Pow if two && t.complex => {
                        Expr::BinOp(ast::ExprBinOp { right: left.clone(), left, op: ast::Operator::Mult, ..b.clone() })
                    }
                    ast::Operator::Pow if two => Expr::BinOp(ast::ExprBinOp { left, ..b.clone() }),
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    /// The stripped value typed for the loop: Some(None) when it failed
    /// (reported), None when its dtype is not `t`'s.
    fn masked_value(&mut self, e: &Expr, array: bool, t: ArrayTy) -> Option<Option<Value>> {
        if !array {
            if self.is_complex(e) || t.complex {
                return None;
            }
            let Some(x) = self.expr(e) else { return Some(None) };
            // A Python int or float into a float64 array: the nearest double, as numpy.
            let fits =
                x.ty == t.dtype || t.dtype == Scalar::F64 && matches!(x.ty, Scalar::Int { .. } | Scalar::Float { .. });
            return fits.then(|| Some(Value::Number(self.index_temps_value(cast(x, t.dtype)))));
        }
        if t.complex {
            if !self.cx_involved(e) || t.dtype != Scalar::F64 {
                return None;
            }
            let Some(node) = self.cx_node(e) else { return Some(None) };
            return node.is_c16().then(|| Some(Value::Complex(Box::new(node))));
        }
        if self.cx_involved(e) {
            return None;
        }
        let Some(tree) = self.tree(e) else { return Some(None) };
        let fits = matches!(tree, Tree::Node { .. } | Tree::Leaf(Operand::Array(_)))
            && matches!(tree.kind(), Kind::Array(d) if d == t.dtype);
        fits.then_some(Some(Value::Real(tree)))
    }

    /// Whether the loop computes numpy's store: the mask and the gathered
    /// arrays (`t` itself left out) have `t`'s extents and do not overlap it.
    fn masked_applies(&mut self, t: &ArrayRef, m: &ArrayRef, xs: &[ArrayRef], span: &Range<usize>) -> TExpr {
        let v = |s: &Self, x: Var| s.i64_var(x, span.clone());
        let mut cond = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: span.clone() };
        let (tlo, thi) = self.byte_range(t, span);
        for a in std::iter::once(m).chain(xs) {
            for k in 0..t.shape.len() {
                cond = and(cond, cmp(CmpOp::Eq, v(self, a.shape[k]), v(self, t.shape[k])));
            }
            let (lo, hi) = self.byte_range(a, span);
            let apart = or(cmp(CmpOp::Le, thi.clone(), lo), cmp(CmpOp::Le, hi, tlo.clone()));
            cond = and(cond, apart);
        }
        cond
    }

    /// `for i: if m[i]: t[i] = value(i)`, every array read at `t`'s index;
    /// a row of the last axis with no set item is skipped (`pycc_mask_next`).
    fn masked_loop(&mut self, t: &ArrayRef, m: &ArrayRef, value: Value, span: &Range<usize>) -> TStmt {
        let mut leaves = Vec::new();
        match &value {
            Value::Number(_) => {}
            Value::Real(tree) => tree.arrays(&mut leaves),
            Value::Complex(node) => node.arrays(&mut leaves),
        }
        // Every array has `t`'s extents here (`masked_applies`): read with
        // them, so the loads' bounds checks fold into the loops' bounds.
        let shape = t.shape.clone();
        let leaves: Vec<ArrayRef> = leaves.into_iter().map(|a| ArrayRef { shape: shape.clone(), ..a }).collect();
        let (t, m, sp) = (t.clone(), ArrayRef { shape: shape.clone(), ..m.clone() }, span.clone());
        let Some((&last, outer)) = shape.split_last() else {
            // A 0-d mask: one item.
            let store = masked_item(&t, value, leaves, Vec::new(), &sp);
            return TStmt::If { cond: load(m, Vec::new(), span), then: vec![store], orelse: Vec::new() };
        };
        let (j, c) = (self.fresh("mask", Scalar::I64), self.fresh("slice", Scalar::I64));
        let (outer, mstride) = (outer.to_vec(), m.strides[outer.len()]);
        self.loop_nest(&outer, span, move |idx| {
            let v = |x: Var| TExpr { ty: Scalar::I64, kind: TExprKind::Var(x), span: sp.clone() };
            // A row with no set item is skipped whole: pycc_mask_next tests
            // its bytes 8 at a time (mandelbrot's mask is clear but for a few
            // rows after some iterations). The row's own loop stays a `for`
            // with a test an item: its loads need no bounds checks, and a
            // dense or random mask measured 1.5x slower stepping from set
            // item to set item.
            let mut row = v(m.data);
            for (k, i) in idx.iter().enumerate() {
                row = bin(BinOp::Add, row, bin(BinOp::Mul, i.clone(), v(m.strides[k])));
            }
            let args = vec![row, v(mstride), int64(0, &sp), v(last)];
            let next = TExpr {
                ty: Scalar::I64,
                kind: TExprKind::Runtime(crate::abi::runtime::MASK_NEXT_FN, args),
                span: sp.clone(),
            };
            let mut at = idx;
            at.push(v(c));
            let store = masked_item(&t, value, leaves, at.clone(), &sp);
            let item = TStmt::If { cond: load(m, at, &sp), then: vec![store], orelse: Vec::new() };
            let body = vec![item];
            let scan = TStmt::For {
                var: c,
                start: int64(0, &sp),
                stop: v(last),
                step: int64(1, &sp),
                body,
                orelse: Vec::new(),
            };
            let cond = cmp(CmpOp::Lt, v(j), v(last));
            TStmt::Seq(vec![
                TStmt::Assign { var: j, value: next },
                TStmt::If { cond, then: vec![scan], orelse: Vec::new() },
            ])
        })
    }
}

/// `t[idx] = value(idx)` for one set mask item.
fn masked_item(t: &ArrayRef, value: Value, leaves: Vec<ArrayRef>, idx: Vec<TExpr>, sp: &Range<usize>) -> TStmt {
    let mut loads = leaves.into_iter().map(|a| load(a, idx.clone(), sp));
    match value {
        Value::Number(x) => TStmt::Store { array: t.clone(), indices: idx, value: x },
        Value::Real(tree) => {
            let x = cast(tree.value(&mut loads), t.ty.dtype);
            TStmt::Store { array: t.clone(), indices: idx, value: x }
        }
        Value::Complex(node) => {
            let (mut body, re, im) = node.parts(&mut loads, sp);
            body.push(complex_store(t, idx, (re, im)));
            TStmt::Seq(body)
        }
    }
}
