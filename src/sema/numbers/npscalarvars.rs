//! Names that hold numpy scalars: a local whose every binding is an
//! element of a real array variable (`x = a[0]`, `y = m[i, j]`) or a
//! numpy scalar constructor's (`k = np.int64(n)`, `x = np.float32(v)`) is,
//! in CPython, a numpy scalar of that dtype, which numpy 2's promotion
//! treats as strong (NEP 50): `b * x` of an f4 array `b` and an f8
//! element `x` is float64, `b + x` of an i1 array and an i4 element int32.
//! An augmented assignment (`x += 1.0`) keeps a numpy scalar of a 64-bit
//! dtype (float64, int64): numpy's result dtype is then the one pycc types
//! the name with. Any other binding (a `for` target, a tuple target, a
//! parameter, a number from elsewhere, `op=` on a narrower dtype, where
//! numpy 2 keeps float32 and numba's typing widens) leaves the name a
//! Python number, weak, as before.

use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
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
