//! Step 1: source text to what the later stages read. `parse` finds the
//! `CC` objects, their exports and the module-level names functions may use;
//! `signature` reads numba's signature strings into `base::types`; `lift`
//! turns nested functions into file-level helpers; `nesting` refuses what
//! CPython refuses as too deep; `npnames` reads names imported from numpy
//! as `numpy.NAME`; `npext` writes numba's `numba.np.extensions` functions
//! as file-level helpers; `frozen` binds module-level constant tuples in the
//! functions that read them; `typedlist` reads numba's typed-list
//! constructors (`List.empty_list(T)`, `List(xs)`) as Python lists;
//! `namedtuples` reads `collections.namedtuple` classes as tuples.

/// The items every source-to-source `Fold<TextRange>` of rustpython's AST
/// repeats (ranges kept as they are, no errors): one copy for the passes'
/// `impl Fold<TextRange> for X { crate::syntax::identity_fold!(); ... }`.
macro_rules! identity_fold {
    () => {
        type TargetU = rustpython_parser::ast::text_size::TextRange;
        type Error = std::convert::Infallible;
        type UserContext = ();
        fn will_map_user(&mut self, _: &rustpython_parser::ast::text_size::TextRange) {}
        fn map_user(
            &mut self,
            user: rustpython_parser::ast::text_size::TextRange,
            _: (),
        ) -> std::result::Result<rustpython_parser::ast::text_size::TextRange, Self::Error> {
            Ok(user)
        }
    };
}
pub(crate) use identity_fold;

use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Stmt};
use std::collections::HashSet;

/// The names `stmts` read (loads of a `Name`), nested bodies included.
pub(crate) fn names_read(stmts: &[Stmt]) -> HashSet<String> {
    let mut reads = Reads(HashSet::new());
    let Ok(_) = stmts.to_vec().fold(&mut reads);
    reads.0
}

struct Reads(HashSet<String>);

impl Fold<TextRange> for Reads {
    identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            if n.ctx == ExprContext::Load {
                self.0.insert(n.id.to_string());
            }
        }
        fold::fold_expr(self, e)
    }
}

/// The `None` constant.
pub(crate) fn is_none(e: &Expr) -> bool {
    matches!(e, Expr::Constant(k) if matches!(k.value, ast::Constant::None))
}

/// `child_blocks` to change: the statement lists directly inside `s`, none
/// for a simple statement or a compound one the rewrites do not look into.
pub(crate) fn child_blocks_mut(s: &mut Stmt) -> Vec<&mut Vec<Stmt>> {
    match s {
        Stmt::If(i) => vec![&mut i.body, &mut i.orelse],
        Stmt::For(f) => vec![&mut f.body, &mut f.orelse],
        Stmt::While(w) => vec![&mut w.body, &mut w.orelse],
        Stmt::With(w) => vec![&mut w.body],
        Stmt::Try(t) => {
            let mut v = vec![&mut t.body, &mut t.orelse, &mut t.finalbody];
            v.extend(t.handlers.iter_mut().map(|ast::ExceptHandler::ExceptHandler(h)| &mut h.body));
            v
        }
        _ => Vec::new(),
    }
}

/// The statement lists directly inside `s` (none for a simple statement);
/// None for a compound statement the source rewrites do not look into
/// (`match`, `async`, `try*`, a nested `def` or `class`).
pub(crate) fn child_blocks(s: &Stmt) -> Option<Vec<&Vec<Stmt>>> {
    Some(match s {
        Stmt::If(i) => vec![&i.body, &i.orelse],
        Stmt::For(f) => vec![&f.body, &f.orelse],
        Stmt::While(w) => vec![&w.body, &w.orelse],
        Stmt::With(w) => vec![&w.body],
        Stmt::Try(t) => {
            let mut v = vec![&t.body, &t.orelse, &t.finalbody];
            v.extend(t.handlers.iter().map(|ast::ExceptHandler::ExceptHandler(h)| &h.body));
            v
        }
        Stmt::Match(_)
        | Stmt::TryStar(_)
        | Stmt::AsyncFor(_)
        | Stmt::AsyncWith(_)
        | Stmt::FunctionDef(_)
        | Stmt::AsyncFunctionDef(_)
        | Stmt::ClassDef(_) => return None,
        _ => Vec::new(),
    })
}

pub mod classes;
pub mod dictoflists;
pub mod docsig;
pub mod dtypeargs;
pub mod frozen;
pub mod inline;
pub mod lift;
pub mod modarrays;
pub mod modeval;
pub mod npext;
pub mod npnames;
pub mod nesting;
pub mod noneuse;
pub mod nonetuples;
pub mod parse;
pub mod shadow;
pub mod signature;
pub mod typenames;
pub mod namedtuples;
pub mod typedlist;
pub mod localmods;
pub mod badliteral;
pub mod redefined;
pub mod rowhelpers;
