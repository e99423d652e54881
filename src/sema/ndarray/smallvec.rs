//! `v = np.array([s1, s2])` of a few numbers, used only as an operand of
//! whole-array arithmetic (`force[i] += v`, `a * v`), makes no array: `v`
//! is bound as a tuple of its items, which every such use reads as a leaf
//! of its elementwise loop (arrayops' `Tree::Tuple`: item `k` selected by
//! the loop's index). numpy-benchmarks' wave makes one a particle.
//!
//! Values stay numpy's: the items have one type, float64, int64 or bool,
//! which is then the array's dtype (numpy's for such a list), and a tuple
//! leaf promotes as an array of it. Only names bound once, by that
//! statement, whose every read is the value of `view op= v` or one side of
//! `+ - * /` (the other side an array, checked where `v` is bound) qualify:
//! an item read, an unpacking, a call or a return would see a tuple where
//! numpy has an array (a numpy scalar's promotion, `print`).

use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;

/// A name that may be bound as a small vector: the expressions each read
/// pairs it with (the view updated, the other operand), all of which must
/// be arrays where it is bound.
pub(in crate::sema) type Partners = HashMap<String, Vec<Expr>>;

/// At most this many items: a tuple leaf's select chain stays short.
const MAX_ITEMS: usize = 8;

/// The names of `body` (not in nested functions) that `small_vector_form`
/// binds once and only reads as an array operand, with their partners.
pub(in crate::sema) fn small_vector_names(body: &[Stmt]) -> Partners {
    let mut scan = Scan::default();
    for s in body {
        let Ok(_) = scan.fold_stmt(s.clone());
    }
    let Scan { forms, stores, loads, partners } = scan;
    forms
        .into_iter()
        .filter(|n| stores.get(n) == Some(&1))
        .filter(|n| loads.get(n).copied().unwrap_or(0) == partners.get(n).map_or(0, Vec::len))
        .map(|n| {
            let p = partners.get(&n).cloned().unwrap_or_default();
            (n, p)
        })
        .collect()
}

#[derive(Default)]
struct Scan {
    /// Names bound by `small_vector_form` (each time counted).
    forms: Vec<String>,
    /// Every binding (store or del) of a name.
    stores: HashMap<String, usize>,
    /// Every read of a name.
    loads: HashMap<String, usize>,
    /// The reads in an allowed place, with their partner.
    partners: Partners,
}

impl Fold<TextRange> for Scan {
    crate::syntax::identity_fold!();
    fn fold_stmt(&mut self, s: Stmt) -> std::result::Result<Stmt, Self::Error> {
        match &s {
            Stmt::Assign(a) => {
                if let ([Expr::Name(n)], Expr::Call(c)) = (a.targets.as_slice(), a.value.as_ref()) {
                    if small_vector_form(c) {
                        self.forms.push(n.id.to_string());
                    }
                }
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(_)) => {
                if let Expr::Name(n) = a.value.as_ref() {
                    self.partners.entry(n.id.to_string()).or_default().push(a.target.as_ref().clone());
                }
            }
            Stmt::FunctionDef(_) | Stmt::ClassDef(_) => return Ok(s),
            _ => {}
        }
        fold::fold_stmt(self, s)
    }
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        match &e {
            Expr::Name(n) if n.ctx == ast::ExprContext::Load => {
                *self.loads.entry(n.id.to_string()).or_default() += 1;
            }
            Expr::Name(n) => *self.stores.entry(n.id.to_string()).or_default() += 1,
            Expr::BinOp(b)
                if matches!(
                    b.op,
                    ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult | ast::Operator::Div
                ) =>
            {
                for (x, other) in [(&b.left, &b.right), (&b.right, &b.left)] {
                    if let Expr::Name(n) = x.as_ref() {
                        self.partners.entry(n.id.to_string()).or_default().push(other.as_ref().clone());
                    }
                }
            }
            // A lambda's reads are another scope's: they disqualify.
            _ => {}
        }
        fold::fold_expr(self, e)
    }
}

/// `<m>.array([x, y, ...])`: one list or tuple display of 1 to `MAX_ITEMS`
/// plain items, no keywords (the module is checked where typed).
fn small_vector_form(c: &ast::ExprCall) -> bool {
    let Expr::Attribute(f) = c.func.as_ref() else { return false };
    let [Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })] = c.args.as_slice() else {
        return false;
    };
    f.attr.as_str() == "array"
        && c.keywords.is_empty()
        && (1..=MAX_ITEMS).contains(&elts.len())
        && elts.iter().all(|e| {
            !matches!(e, Expr::Starred(_) | Expr::List(_) | Expr::Tuple(_) | Expr::ListComp(_) | Expr::GeneratorExp(_))
        })
}

impl Typer<'_> {
    /// Whether `name = value` binds a small vector (module-level scan
    /// done): numpy's `array`, items of one type numpy keeps (float64,
    /// int64 or bool), every partner an array here.
    pub(in crate::sema) fn is_small_vector(&mut self, name: &str, value: &Expr) -> bool {
        let Some(partners) = self.small_vectors.get(name).cloned() else { return false };
        let Expr::Call(c) = value else { return false };
        let Expr::Attribute(f) = c.func.as_ref() else { return false };
        if !self.numpy_module_of(&f.value) || self.arrays.contains_key(name) || partners.is_empty() {
            return false;
        }
        if !partners.iter().all(|p| self.is_array_like(p)) {
            return false;
        }
        let Some(ty) = self.common_item_type(&c.args[0]) else { return false };
        matches!(ty, Scalar::F64 | Scalar::I64 | Scalar::Bool)
    }

    /// The one type of a display's items, by typing each and dropping what
    /// that queued; None if they differ or one is not a number.
    fn common_item_type(&mut self, display: &Expr) -> Option<Scalar> {
        let (Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })) = display else {
            return None;
        };
        let mut ty = None;
        for e in elts {
            if self.is_complex(e) {
                return None;
            }
            let at = self.checkpoint();
            let v = self.value(e);
            self.rollback(at);
            let Some(Val::Scalar(x)) = v else { return None };
            if ty.is_some_and(|t| t != x.ty) {
                return None;
            }
            ty = Some(x.ty);
        }
        ty
    }

    /// `name = np.array([x, y])` (`is_small_vector`): the items in order,
    /// bound as the tuple `name`.
    pub(in crate::sema) fn small_vector_assign(
        &mut self,
        name: &str,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let Expr::Call(c) = value else { unreachable!("is_small_vector checked") };
        let (Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })) = &c.args[0] else {
            unreachable!("is_small_vector checked")
        };
        let Some(items) = self.in_order(elts, |t, e| t.expr(e).map(Val::Scalar)) else {
            self.poisoned.insert(name.to_string());
            return None;
        };
        let (vars, values) = self.bind_val(name, Val::Tuple(items), span)?.into_iter().unzip();
        Some(TStmt::ParallelAssign { vars, values })
    }
}
