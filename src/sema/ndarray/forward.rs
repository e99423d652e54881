//! Single-use array temporaries folded into their use, so that the use's
//! loop computes them element by element:
//!
//! ```python
//! t0 = 100 * (x[1:] - x[:-1] ** 2) ** 2
//! t1 = (1 - x[:-1]) ** 2
//! return np.sum(t0 + t1)          # one fused loop, no temporary arrays
//! ```
//!
//! numpy computes each named array in full; an elementwise expression
//! computes the same value for each element wherever it is evaluated, so
//! the results are bit for bit numpy's. What could differ is only *when*
//! an expression runs, which matters only for what else runs in between.
//! So a temporary `t = e` is folded into its use only if:
//! - `t` is an array variable assigned once and read once in the function
//!   (not a parameter, not in a nested scope), and `e` is elementwise and
//!   pure (arithmetic, comparisons, numpy's elementwise ufuncs, views);
//! - the use is the next statement (apart from assignments of plain names
//!   and constants that do not rebind `e`'s names), an assignment, an
//!   augmented assignment of a name or a `return` whose whole value is pure, with `t` inside arithmetic, an
//!   elementwise ufunc or `np.sum`/`np.mean`/`.sum()`/`.mean()`;
//! - everything that statement evaluates before `t` is a name or a
//!   constant (so `e`'s errors, if any, come first, as before), and the
//!   statement does not store into an array `e` reads.
//!
//! Candidates are taken from the last statement backwards, so chains fold
//! in their order of evaluation. Typing runs this once, after the types
//! settled (they decide what is an array), then types the result.

use crate::sema::Typer;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::{self, Expr, Stmt};
use rustpython_parser::text_size::TextRange;
use std::collections::{HashMap, HashSet};

/// Counts every occurrence of every name (loads and stores, nested scopes
/// included); names a `global`/`nonlocal` statement lists count many.
#[derive(Default)]
pub(in crate::sema) struct Counts(pub(in crate::sema) HashMap<String, usize>);

impl Counts {
    /// The counts over a whole function body.
    pub(in crate::sema) fn of(body: &[Stmt]) -> Counts {
        let mut c = Counts::default();
        for s in body {
            let Ok(_) = c.fold_stmt(s.clone());
        }
        c
    }
}

impl Fold<TextRange> for Counts {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            *self.0.entry(n.id.to_string()).or_default() += 1;
        }
        fold::fold_expr(self, e)
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        let names = match &s {
            Stmt::Global(g) => g.names.clone(),
            Stmt::Nonlocal(n) => n.names.clone(),
            _ => Vec::new(),
        };
        for n in names {
            *self.0.entry(n.to_string()).or_default() += 100;
        }
        fold::fold_stmt(self, s)
    }
}

/// Replaces the one load of a name by an expression.
struct Put<'a>(&'a str, Option<Expr>);

impl Fold<TextRange> for Put<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            Expr::Name(n) if n.id.as_str() == self.0 && self.1.is_some() => Ok(self.1.take().expect("checked")),
            e => fold::fold_expr(self, e),
        }
    }
}

pub(in crate::sema) fn names_in(e: &Expr) -> HashSet<String> {
    let mut c = Counts::default();
    let Ok(_) = c.fold_expr(e.clone());
    c.0.into_keys().collect()
}

fn mentions(e: &Expr, name: &str) -> bool {
    names_in(e).contains(name)
}

/// Whether statement `s` (nested statements included) names `name`.
pub(in crate::sema) fn stmt_mentions(s: &Stmt, name: &str) -> bool {
    Counts::of(std::slice::from_ref(s)).0.contains_key(name)
}

/// A name or a constant: evaluating it cannot raise or change anything.
fn trivial(e: &Expr) -> bool {
    matches!(e, Expr::Name(_) | Expr::Constant(_))
}

/// An index of a view or element read: slices and ints of plain values.
fn plain_index(e: &Expr) -> bool {
    match e {
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step].iter().all(|x| x.as_deref().is_none_or(plain_index)),
        Expr::Tuple(t) => t.elts.iter().all(plain_index),
        Expr::UnaryOp(u) => trivial(&u.operand),
        e => trivial(e),
    }
}

impl Typer<'_> {
    /// `body` with its single-use array temporaries folded into their use,
    /// or None when there is none.
    pub(in crate::sema) fn forward_temporaries(&self, body: &[Stmt], params: &HashSet<String>) -> Option<Vec<Stmt>> {
        let counts = Counts::of(body);
        let mut out = body.to_vec();
        let once = |n: &str| counts.0.get(n) == Some(&2) && !params.contains(n);
        self.forward_block(&mut out, &once).then_some(out)
    }

    fn forward_block(&self, stmts: &mut Vec<Stmt>, once: &dyn Fn(&str) -> bool) -> bool {
        let mut changed = false;
        for s in stmts.iter_mut() {
            changed |= match s {
                Stmt::For(f) => self.forward_block(&mut f.body, once) | self.forward_block(&mut f.orelse, once),
                Stmt::While(w) => self.forward_block(&mut w.body, once) | self.forward_block(&mut w.orelse, once),
                Stmt::If(i) => self.forward_block(&mut i.body, once) | self.forward_block(&mut i.orelse, once),
                _ => false,
            };
        }
        for i in (0..stmts.len()).rev() {
            let Some((t, e)) = self.candidate(&stmts[i], once) else { continue };
            let free = names_in(&e);
            let Some(j) = (i + 1..stmts.len()).find(|&j| !quiet(&stmts[j], &t, &free)) else { continue };
            if !self.use_ok(&stmts[j], &t, &free) {
                continue;
            }
            let mut put = Put(&t, Some(e));
            let Ok(folded) = put.fold_stmt(stmts[j].clone());
            stmts[j] = folded;
            stmts.remove(i);
            changed = true;
        }
        changed
    }

    /// `t = e` with `t` a single-use array variable and `e` pure and
    /// elementwise.
    fn candidate(&self, s: &Stmt, once: &dyn Fn(&str) -> bool) -> Option<(String, Expr)> {
        let Stmt::Assign(a) = s else { return None };
        let [Expr::Name(n)] = a.targets.as_slice() else { return None };
        let t = n.id.as_str();
        let ok = once(t) && self.arrays.contains_key(t) && self.pure(&a.value) && self.is_array_expr(&a.value);
        ok.then(|| (t.to_string(), (*a.value).clone()))
    }

    /// Arithmetic, comparisons, elementwise ufuncs and views of plain
    /// values: no side effects, the same value wherever it runs.
    fn pure(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(_) | Expr::Constant(_) => true,
            Expr::BinOp(b) => self.pure(&b.left) && self.pure(&b.right),
            Expr::UnaryOp(u) => self.pure(&u.operand),
            Expr::Compare(c) => c.ops.len() == 1 && self.pure(&c.left) && self.pure(&c.comparators[0]),
            Expr::Subscript(s) => self.pure(&s.value) && plain_index(&s.slice),
            Expr::Attribute(a) => matches!(a.attr.as_str(), "T" | "real" | "imag") && self.pure(&a.value),
            Expr::Call(c) => c.keywords.is_empty() && self.is_array_expr(e) && c.args.iter().all(|x| self.pure(x)),
            _ => false,
        }
    }

    /// The statement `s` that reads `t`: see the module's rules.
    fn use_ok(&self, s: &Stmt, t: &str, free: &HashSet<String>) -> bool {
        let (value, targets): (&Expr, Vec<&Expr>) = match s {
            Stmt::Return(r) => match &r.value {
                Some(v) => (v, Vec::new()),
                None => return false,
            },
            Stmt::Assign(a) => (&a.value, a.targets.iter().collect()),
            // `s += np.sum(t)`: the target is read first, a plain name.
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Name(_)) => (&a.value, vec![a.target.as_ref()]),
            _ => return false,
        };
        let stores_free = targets.iter().any(|x| match x {
            Expr::Name(n) => n.id.as_str() == t,
            Expr::Subscript(sub) => !plain_index(&sub.slice) || names_in(&sub.value).iter().any(|n| free.contains(n)),
            _ => true,
        });
        !stores_free && !matches!(value, Expr::Name(_)) && self.pure_use(value) && self.path_ok(value, t) == Some(true)
    }

    /// `pure`, plus the reductions that fuse (`np.sum(x)`, `x.mean()`).
    fn pure_use(&self, e: &Expr) -> bool {
        if let Some(x) = self.fused_reduction(e) {
            return self.pure_use(x);
        }
        match e {
            Expr::BinOp(b) => self.pure_use(&b.left) && self.pure_use(&b.right),
            Expr::UnaryOp(u) => self.pure_use(&u.operand),
            Expr::Compare(c) => c.ops.len() == 1 && self.pure_use(&c.left) && self.pure_use(&c.comparators[0]),
            Expr::Call(c) if c.keywords.is_empty() && self.scalar_or_array_ufunc(c) => {
                c.args.iter().all(|x| self.pure_use(x))
            }
            e => self.pure(e),
        }
    }

    /// A numpy ufunc (`np.sqrt(np.sum(d ** 2))`) or the builtin `abs`, of
    /// arrays or numbers: pure either way.
    fn scalar_or_array_ufunc(&self, c: &ast::ExprCall) -> bool {
        match c.func.as_ref() {
            Expr::Attribute(a) => self.numpy_module_of(&a.value) && crate::sema::numpy::is_ufunc(a.attr.as_str()),
            Expr::Name(n) => n.id.as_str() == "abs" && self.builtin_abs() && c.args.len() == 1,
            _ => false,
        }
    }

    /// `np.sum(x)`, `np.mean(x)`, `x.sum()`, `x.mean()`: the operand `x`.
    fn fused_reduction<'e>(&self, e: &'e Expr) -> Option<&'e Expr> {
        use crate::tir::array::NpFunc;
        let Expr::Call(c) = e else { return None };
        if !c.keywords.is_empty() {
            return None;
        }
        match (c.func.as_ref(), c.args.as_slice()) {
            (f, [x]) if matches!(self.numpy_function(f), Some(NpFunc::Sum | NpFunc::Mean)) => Some(x),
            (Expr::Attribute(a), []) if matches!(a.attr.as_str(), "sum" | "mean") => Some(&a.value),
            _ => None,
        }
    }

    /// Whether the one load of `t` in `e` sits inside elementwise nodes
    /// with only names and constants evaluated before it; None: no `t`.
    fn path_ok(&self, e: &Expr, t: &str) -> Option<bool> {
        if !mentions(e, t) {
            return None;
        }
        if matches!(e, Expr::Name(n) if n.id.as_str() == t) {
            return Some(true);
        }
        if let Some(x) = self.fused_reduction(e) {
            return self.path_ok(x, t);
        }
        let operands: Vec<&Expr> = match e {
            Expr::BinOp(b) => vec![&b.left, &b.right],
            Expr::UnaryOp(u) => vec![&u.operand],
            Expr::Compare(c) if c.ops.len() == 1 => vec![&c.left, &c.comparators[0]],
            Expr::Call(c) if self.scalar_or_array_ufunc(c) => c.args.iter().collect(),
            _ => return Some(false),
        };
        let k = operands.iter().position(|x| mentions(x, t))?;
        Some(operands[..k].iter().all(|x| trivial(x)) && self.path_ok(operands[k], t) == Some(true))
    }
}

/// A statement between a temporary and its use that cannot tell the
/// difference: a plain name or constant assigned to a name `e` does not
/// read (nor `t` itself).
fn quiet(s: &Stmt, t: &str, free: &HashSet<String>) -> bool {
    let Stmt::Assign(a) = s else { return false };
    let [Expr::Name(n)] = a.targets.as_slice() else { return false };
    trivial(&a.value) && n.id.as_str() != t && !free.contains(n.id.as_str()) && !mentions(&a.value, t)
}
