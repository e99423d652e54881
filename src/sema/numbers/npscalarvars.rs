//! Names that hold numpy scalars: a local whose every binding is an
//! element of a real array variable (`x = a[0]`, `y = m[i, j]`) or a
//! numpy scalar constructor's (`k = np.int64(n)`, `x = np.float32(v)`) is,
//! in CPython, a numpy scalar of that dtype, which numpy 2's promotion
//! treats as strong (NEP 50): `b * x` of an f4 array `b` and an f8
//! element `x` is float64, `b + x` of an i1 array and an i4 element int32.
//! An augmented assignment (`x += 1.0`) keeps a numpy scalar of a 64-bit
//! dtype (float64, int64): numpy's result dtype is then the one pycc types
//! the name with. Unpacking binds elements too: `x, y = a[0], b[1]`,
//! `x, y = m[i]` (a row's items), `for x in a`, `for p, q in m`,
//! `for i, x in enumerate(a)`, `for x, y in zip(a, b)`. Any other binding
//! (a parameter, a number from elsewhere, `op=` on a narrower dtype, where
//! numpy 2 keeps float32 and numba's typing widens) leaves the name a
//! Python number, weak, as before.

use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// Per name: the values of its `name = a[...]` bindings (and whether it
/// has `name op= ...` too), for the names that have no other binding in
/// `body`.
pub(in crate::sema) fn element_bindings(body: &[Stmt]) -> HashMap<String, (Vec<Expr>, bool)> {
    struct Stores(HashMap<String, usize>);
    impl Fold<TextRange> for Stores {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
            if let Expr::Name(n) = &e {
                if matches!(n.ctx, ast::ExprContext::Store | ast::ExprContext::Del) {
                    *self.0.entry(n.id.to_string()).or_default() += 1;
                }
            }
            fold::fold_expr(self, e)
        }
    }
    let mut stores = Stores(HashMap::new());
    let mut binds: HashMap<String, (Vec<Expr>, usize)> = HashMap::new();
    for s in body {
        let Ok(_) = stores.fold_stmt(s.clone());
        element_assigns(s, &mut binds);
    }
    binds
        .into_iter()
        .filter(|(name, (values, augs))| !values.is_empty() && stores.0.get(name) == Some(&(values.len() + augs)))
        .map(|(name, (values, augs))| (name, (values, augs > 0)))
        .collect()
}

/// The `name = a[...]` statements in `s` and the blocks inside it (not in
/// nested functions, which are typed on their own).
fn element_assigns(s: &Stmt, out: &mut HashMap<String, (Vec<Expr>, usize)>) {
    match s {
        Stmt::Assign(a) => {
            let element = match a.value.as_ref() {
                Expr::Subscript(x) => !matches!(x.slice.as_ref(), Expr::Slice(_)),
                // `k = np.int64(n)`: numpy_scalar_name checks the callee.
                Expr::Call(c) => c.args.len() == 1 && matches!(c.func.as_ref(), Expr::Attribute(_)),
                _ => false,
            };
            if let ([Expr::Name(n)], true) = (a.targets.as_slice(), element) {
                out.entry(n.id.to_string()).or_default().0.push((*a.value).clone());
            }
            if let [t @ (Expr::Tuple(_) | Expr::List(_))] = a.targets.as_slice() {
                unpacked_items(t, &a.value, out);
            }
        }
        Stmt::For(f) => {
            for_items(&f.target, &f.iter, out);
            for s in f.body.iter().chain(&f.orelse) {
                element_assigns(s, out);
            }
        }
        Stmt::AugAssign(a) => {
            if let Expr::Name(n) = a.target.as_ref() {
                out.entry(n.id.to_string()).or_default().1 += 1;
            }
        }
        _ => {
            for s in crate::syntax::child_blocks(s).unwrap_or_default().into_iter().flatten() {
                element_assigns(s, out);
            }
        }
    }
}

/// The names of a tuple target, or None when an item is not a plain name.
fn target_names(t: &Expr) -> Option<Vec<&str>> {
    let (Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) = t else { return None };
    elts.iter().map(|e| if let Expr::Name(n) = e { Some(n.id.as_str()) } else { None }).collect()
}

/// `a[i, k]` of `a[i]` (`a[k]` of a name `a`): the element the k-th item
/// of unpacking `v` reads, for numpy_scalar_name's dtype and ndim check
/// only (never evaluated).
fn item_of(v: &Expr, k: usize) -> Option<Expr> {
    let r = v.range();
    let key = Expr::Constant(ast::ExprConstant { range: r, value: ast::Constant::Int(k.into()), kind: None });
    let (value, slice) = match v {
        Expr::Name(_) => (v.clone(), key),
        Expr::Subscript(s) if !matches!(s.slice.as_ref(), Expr::Slice(_)) => {
            let mut elts = match s.slice.as_ref() {
                Expr::Tuple(t) => t.elts.clone(),
                i => vec![i.clone()],
            };
            if elts.iter().any(|e| matches!(e, Expr::Slice(_))) {
                return None;
            }
            elts.push(key);
            (*s.value.clone(), Expr::Tuple(ast::ExprTuple { range: r, elts, ctx: ast::ExprContext::Load }))
        }
        _ => return None,
    };
    Some(Expr::Subscript(ast::ExprSubscript {
        range: r,
        value: Box::new(value),
        slice: Box::new(slice),
        ctx: ast::ExprContext::Load,
    }))
}

/// `x, y = a[0], b[j]` binds each name to its element; `x, y = m[i]` and
/// `x, y = row` to the items of an array row, which CPython's unpacking
/// of an ndarray makes numpy scalars too.
fn unpacked_items(target: &Expr, value: &Expr, out: &mut HashMap<String, (Vec<Expr>, usize)>) {
    let Some(names) = target_names(target) else { return };
    for (k, n) in names.into_iter().enumerate() {
        let item = match value {
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => elts
                .get(k)
                .filter(|e| matches!(e, Expr::Subscript(x) if !matches!(x.slice.as_ref(), Expr::Slice(_))))
                .cloned(),
            v => item_of(v, k),
        };
        if let Some(item) = item {
            out.entry(n.to_string()).or_default().0.push(item);
        }
    }
}

/// `for x in a` (an element of a 1-d array), `for p, q in m` (the items of
/// a row), `for i, x in enumerate(a)` and `for x, y in zip(a, b)`: each
/// bound name is an array's element in CPython, a numpy scalar.
fn for_items(target: &Expr, iter: &Expr, out: &mut HashMap<String, (Vec<Expr>, usize)>) {
    let zero = |r| Expr::Constant(ast::ExprConstant { range: r, value: ast::Constant::Int(0.into()), kind: None });
    let row = |a: &Expr| {
        let r = a.range();
        Expr::Subscript(ast::ExprSubscript {
            range: r,
            value: Box::new(a.clone()),
            slice: Box::new(zero(r)),
            ctx: ast::ExprContext::Load,
        })
    };
    match (target, iter) {
        (Expr::Name(n), Expr::Name(_)) => out.entry(n.id.to_string()).or_default().0.push(row(iter)),
        (Expr::Tuple(_) | Expr::List(_), Expr::Name(_)) => unpacked_items(target, &row(iter), out),
        (Expr::Tuple(_) | Expr::List(_), Expr::Call(c)) if c.keywords.is_empty() => {
            let Expr::Name(f) = c.func.as_ref() else { return };
            let Some(names) = target_names(target) else { return };
            let arrays: Vec<&Expr> = match (f.id.as_str(), c.args.as_slice()) {
                ("enumerate", [a]) if names.len() == 2 => vec![a],
                ("zip", args) if args.len() == names.len() => args.iter().collect(),
                _ => return,
            };
            let skip = names.len() - arrays.len();
            for (n, a) in names[skip..].iter().zip(arrays) {
                if matches!(a, Expr::Name(_)) {
                    out.entry(n.to_string()).or_default().0.push(row(a));
                }
            }
        }
        _ => {}
    }
}

impl Typer<'_> {
    /// Whether local `name` holds a numpy scalar: each binding is an
    /// element of a real array variable whose dtype is the name's type.
    pub(in crate::sema) fn numpy_scalar_name(&self, name: &str) -> bool {
        let Some((values, augs)) = self.element_binds.get(name) else { return false };
        if self.index.get(name).is_some_and(|&v| v < self.nparams) || self.arrays.contains_key(name) {
            return false;
        }
        let Some(&ty) = self.types.types.get(name) else { return false };
        if *augs && !matches!(ty, Scalar::Float { bits: 64 } | Scalar::Int { bits: 64, signed: true }) {
            return false;
        }
        values.iter().all(|v| {
            if let Expr::Call(c) = v {
                // A numpy scalar constructor of a number, of the name's dtype.
                return self.numpy_scalar_type(c) == Some(ty)
                    && c.keywords.is_empty()
                    && !self.is_array_like(&c.args[0]);
            }
            let Expr::Subscript(s) = v else { return false };
            let Some(t) = self.array_name(&s.value).and_then(|n| self.arrays.get(&n)) else { return false };
            let indices = match s.slice.as_ref() {
                Expr::Tuple(t) => t.elts.len(),
                _ => 1,
            };
            !t.complex && t.dtype == ty && indices == t.ndim as usize
        })
    }
}
