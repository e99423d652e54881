//! `np.nonzero(a)` / `np.where(c)`
//! of an n-d array (numpy's own tuple of index arrays: views of one
//! (N, ndim) array, as numpy makes them), `order=` of ravel / flatten /
//! reshape, a uint64 shift of `np.roll` passed as the Python int it is,
//! and `s=` / `axes=` of numpy.fft's n-d transforms.

use crate::base::types::Layout;
use crate::sema::*;
use rustpython_parser::ast::Ranged;

/// The memory orders `order=` takes (as `WORDS` spells them).
const ORDERS: [&str; 4] = ["C", "F", "A", "K"];

impl Typer<'_> {
    /// Whether `c` is `np.nonzero(a)` or `np.where(c)` of one array
    /// argument (a tuple of index arrays, one per dimension).
    pub(in crate::sema) fn nonzero_call(&self, c: &ast::ExprCall) -> bool {
        matches!(c.func.as_ref(), Expr::Attribute(f)
            if matches!(f.attr.as_str(), "nonzero" | "where") && self.numpy_module_of(&f.value))
            && c.args.len() == 1
            && c.keywords.is_empty()
            && self.expr_ndim(&c.args[0]).is_some()
    }

    /// `np.nonzero(a)` / `np.where(a)` of an n-d array: item k is numpy's
    /// `nonzero(a)[k]`, one call of numpy's each (its int64 views of one
    /// (N, ndim) array: strided, not contiguous, as numpy returns them).
    pub(in crate::sema) fn nonzero_tuple(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let e = &c.args[0];
        let a = self.array_operand(e).done()?;
        if a.ty.ndim == 0 {
            self.errors.push(
                Diagnostic::error("numpy.nonzero() of a 0-d array is a ValueError in numpy 2")
                    .at(range(e), "0-d")
                    .note("use np.atleast_1d(a).nonzero()"),
            );
            return None;
        }
        let ty = ArrayTy { dtype: Scalar::I64, ndim: 1, layout: Layout::A, complex: false };
        let mut items = Vec::new();
        for k in 0..a.ty.ndim {
            let index =
                TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(k.into())), span: span.clone() };
            let args = vec![NpArg::Array(a.clone()), NpArg::Scalar(index)];
            let r = self.array_temp(ty, Default::default());
            self.pre.push(TStmt::Alloc { array: r.clone(), func: NpFunc::NonzeroItem, args, span: span.clone() });
            items.push(Val::Array(r));
        }
        Some(Val::Tuple(items))
    }

    /// An int argument numpy takes as a Python int (`np.roll`'s shift):
    /// a uint64 stays unsigned (numpy reduces 2**63 + 3 modulo the extent;
    /// int64's wraparound would make it negative), others are int64.
    pub(in crate::sema) fn python_int_arg(&mut self, e: &Expr, what: &str) -> Option<TExpr> {
        let v = self.expr(e)?;
        match v.ty {
            Scalar::Int { bits: 64, signed: false } => Some(self.index_temps_value(v)),
            Scalar::Int { .. } | Scalar::Bool => Some(self.index_temps_value(cast(v, Scalar::I64))),
            _ => {
                self.errors.push(Diagnostic::error(format!("{what} must be an int here")).at(range(e), "not an int"));
                None
            }
        }
    }

    /// `order=` of `ravel` / `flatten` / `reshape` (a constant 'C', 'F',
    /// 'A' or 'K', or None; numpy's ValueError for others, reshape's for 'K'):
    /// numpy's keyword, Some(None) where the call has none; None reported.
    pub(in crate::sema) fn order_arg(&mut self, c: &ast::ExprCall, name: &str) -> Option<Option<NpArg>> {
        let Some(k) = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "order")) else {
            return Some(None);
        };
        if crate::sema::optional::is_none(&k.value) {
            return Some(None);
        }
        let allowed: &[&str] = if name == "reshape" { &ORDERS[..3] } else { &ORDERS };
        // numpy takes the letters in either case.
        let word = crate::sema::npfuncs::string_constant(&k.value).map(str::to_ascii_uppercase);
        let Some(word) = word.filter(|s| allowed.contains(&s.as_str())) else {
            self.errors.push(
                Diagnostic::error(format!("`order=` of {name}() must be a constant {} here", allowed.join(", ")))
                    .at(range(&k.value), "not a memory order")
                    .note("numpy raises ValueError for other orders"),
            );
            return None;
        };
        let w = crate::tir::array::WORDS.iter().position(|x| *x == word).expect("ORDERS are listed in WORDS");
        let kw = crate::sema::numpy::keyword("order");
        Some(Some(NpArg::Word(Some(kw), w)))
    }
}

/// numpy.fft's `s` (1) or `axes` (2) of call `c`, positional or by
/// keyword, None included (`axes=None` of fft2 is every axis).
fn fft_tuple_arg(c: &ast::ExprCall, k: usize) -> Option<&Expr> {
    let word = ["a", "s", "axes"][k];
    c.args
        .get(k)
        .or_else(|| c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == word)).map(|x| &x.value))
}

impl Typer<'_> {
    /// `s=` and `axes=` of an n-d fft as numpy's positional arguments
    /// (`s` None where only `axes` is given; none where neither is): a
    /// tuple or list of ints each, or None.
    pub(in crate::sema) fn fft_s_axes(&mut self, c: &ast::ExprCall, name: &str) -> Option<Vec<NpArg>> {
        let (s, axes) = (fft_tuple_arg(c, 1), fft_tuple_arg(c, 2));
        let mut out = Vec::new();
        for (k, e) in [s, axes].into_iter().enumerate() {
            if axes.is_none() && k == 1 || s.is_none() && axes.is_none() {
                break;
            }
            let Some(e) = e.filter(|e| !crate::sema::optional::is_none(e)) else {
                out.push(NpArg::Word(None, 0));
                continue;
            };
            let sequence = matches!(e, Expr::Tuple(_) | Expr::List(_))
                || matches!(e, Expr::Name(n) if self.arity.contains_key(n.id.as_str()));
            if !sequence {
                let what = ["", "`s`", "`axes`"][k + 1];
                self.errors.push(
                    Diagnostic::error(format!("numpy.{name}()'s {what} must be a tuple of ints here"))
                        .at(range(e), "not a tuple")
                        .note("numpy takes a sequence of ints (an int is numpy's TypeError)"),
                );
                return None;
            }
            out.push(NpArg::Shape(self.numpy_shape(e)?));
        }
        Some(out)
    }
}

/// The numpy functions whose first argument `hoist_comprehension` binds
/// to a list first when it is a comprehension of arrays.
const STACKERS: [&str; 8] = ["array", "asarray", "stack", "vstack", "hstack", "column_stack", "dstack", "concatenate"];

/// The part of `e` Python evaluates first: the leftmost operand, item,
/// receiver or subscripted value, down to a call or a leaf.
pub(in crate::sema) fn first_evaluated(e: &mut Expr) -> &mut Expr {
    let descend = match &*e {
        Expr::Tuple(t) => t.elts.first().is_some_and(|x| !matches!(x, Expr::Starred(_))),
        Expr::BinOp(_) | Expr::Subscript(_) => true,
        Expr::Attribute(a) => matches!(a.value.as_ref(), Expr::Call(_) | Expr::Subscript(_)),
        Expr::Call(c) => matches!(c.func.as_ref(), Expr::Attribute(a) if matches!(a.value.as_ref(), Expr::Call(_))),
        _ => false,
    };
    if !descend {
        return e;
    }
    let inner = match e {
        Expr::Tuple(t) => &mut t.elts[0],
        Expr::BinOp(b) => b.left.as_mut(),
        Expr::Subscript(s) => s.value.as_mut(),
        Expr::Attribute(a) => a.value.as_mut(),
        Expr::Call(c) => match c.func.as_mut() {
            Expr::Attribute(a) => a.value.as_mut(),
            _ => unreachable!("a method call: checked"),
        },
        _ => unreachable!("checked"),
    };
    first_evaluated(inner)
}

impl Typer<'_> {
    /// `np.array([f(x) for x in xs])`, `np.stack([...])`, `np.vstack`,
    /// `np.hstack`, `np.column_stack`, `np.dstack`, `np.concatenate` of a
    /// list comprehension evaluated first in its statement: the list is
    /// built into a name first (`$stack = [...]; np.stack($stack)`), a list
    /// of arrays numpy gets as it is. Python
    /// evaluates nothing of the statement before it, so the order holds.
    pub(in crate::sema) fn hoist_comprehension(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let mut stmt = stmt.clone();
        let at = stmt.range();
        let value: &mut Expr = match &mut stmt {
            Stmt::Assign(a) => &mut a.value,
            Stmt::Return(r) => r.value.as_deref_mut()?,
            Stmt::Expr(e) => &mut e.value,
            _ => return None,
        };
        let Expr::Call(c) = first_evaluated(value) else { return None };
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !STACKERS.contains(&f.attr.as_str()) || !self.numpy_module_of(&f.value) {
            return None;
        }
        let Some(Expr::ListComp(lc)) = c.args.first() else { return None };
        // np.array of a comprehension of numbers keeps its own forms (dtype=).
        let rows = lc.generators.len() == 1 && self.expr_ndim(&lc.generators[0].iter).is_some_and(|n| n >= 2);
        // A helper's call may make an array (its type is not known yet);
        // a list of its numbers is numpy's array of them all the same.
        let call = matches!(lc.elt.as_ref(), Expr::Call(_)) && self.expr_ndim(&lc.elt).is_none();
        let arrays = self.expr_ndim(&lc.elt).is_some_and(|n| n >= 1) || rows || call;
        if matches!(f.attr.as_str(), "array" | "asarray") && (!c.keywords.is_empty() || !arrays) {
            return None;
        }
        let tmp = crate::sema::sugar::temp(&mut self.temps, "stack");
        let comp_at = lc.range;
        let comp = std::mem::replace(&mut c.args[0], crate::sema::sugar::name(&tmp, comp_at));
        let bind = crate::sema::sugar::assign(crate::sema::sugar::store(&tmp, comp.range()), comp, at);
        Some(vec![bind, stmt])
    }
}
