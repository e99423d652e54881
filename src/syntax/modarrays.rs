//! Module-level numpy arrays that pycc cannot freeze (syntax/frozen.rs
//! freezes those one numpy call of constants makes and nothing else
//! touches): a table the module fills in a loop after making it
//! (`LUT = np.zeros((12, 12))` then `for k in keys: LUT[...] = ...`), or
//! one made from values known only when the module runs. numba freezes
//! such a global as the module left it when `cc.compile()` ran; pycc does
//! not run module code, so a function that reads one gets a diagnostic
//! naming the array and what pycc cannot compute, not a generic one about
//! the expression that reads it.

use crate::base::diagnostics::Diagnostic;
use crate::syntax::parse::range;
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Stmt};
use std::collections::HashSet;
use std::ops::Range;

/// A module-level array pycc does not freeze: its name, its binding, and
/// the first other module-level statement that uses it (the change), if any.
pub struct Unfrozen {
    name: String,
    made: Range<usize>,
    /// Where a later module-level statement stores into it (true) or uses it.
    changed: Option<(Range<usize>, bool)>,
}

impl Unfrozen {
    pub fn name(&self) -> &str {
        &self.name
    }
}

/// Whether `e` calls into numpy (`np.zeros(...)`, `np.random.rand(...)`,
/// `np.arange(5).reshape(...)`): a numpy array, as far as the module's text says.
fn numpy_call(e: &Expr, numpy: &HashSet<String>) -> bool {
    fn rooted(e: &Expr, numpy: &HashSet<String>) -> bool {
        match e {
            Expr::Name(n) => numpy.contains(n.id.as_str()),
            Expr::Attribute(a) => rooted(&a.value, numpy),
            Expr::Call(c) => rooted(&c.func, numpy),
            _ => false,
        }
    }
    matches!(e, Expr::Call(c) if rooted(&c.func, numpy))
}

/// The module's numpy arrays (a name bound to a numpy call, annotated or
/// not) that are not in `frozen`.
pub fn unfrozen(body: &[Stmt], frozen: &[(String, Stmt)], numpy: &HashSet<String>) -> Vec<Unfrozen> {
    let frozen: HashSet<&str> = frozen.iter().map(|(n, _)| n.as_str()).collect();
    let mut out: Vec<Unfrozen> = Vec::new();
    for (k, stmt) in body.iter().enumerate() {
        let (target, value) = match stmt {
            Stmt::Assign(a) if a.targets.len() == 1 => (&a.targets[0], a.value.as_ref()),
            Stmt::AnnAssign(a) => match &a.value {
                Some(v) => (a.target.as_ref(), v.as_ref()),
                None => continue,
            },
            _ => continue,
        };
        let Expr::Name(n) = target else { continue };
        let name = n.id.as_str();
        if frozen.contains(name) || out.iter().any(|u| u.name == name) || !numpy_call(value, numpy) {
            continue;
        }
        // The first later statement that stores into it or rebinds it, else
        // the first that uses it at all (a method may change it).
        let later = || {
            body.iter().skip(k + 1).filter(|s| {
                !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::Import(_) | Stmt::ImportFrom(_))
            })
        };
        let stored = later().find_map(|s| stores(s, name).map(|at| (at, true)));
        let changed = stored.or_else(|| later().find(|s| mentions(s, name)).map(|s| (range(s), false)));
        out.push(Unfrozen { name: name.to_string(), made: range(stmt), changed });
    }
    out
}

fn mentions(stmt: &Stmt, name: &str) -> bool {
    let mut loads = Loads { all: true, found: Vec::new() };
    let _ = stmt.clone().fold(&mut loads);
    loads.found.iter().any(|(n, _)| n == name)
}

/// Where `stmt` stores into `name` (`name[i] = x`, `name[i] += x`,
/// `name.attr = x`) or rebinds it, first.
fn stores(stmt: &Stmt, name: &str) -> Option<Range<usize>> {
    struct Stores<'a>(&'a str, Option<Range<usize>>);
    fn base(e: &Expr) -> &Expr {
        match e {
            Expr::Subscript(s) => base(&s.value),
            Expr::Attribute(a) => base(&a.value),
            _ => e,
        }
    }
    impl Fold<TextRange> for Stores<'_> {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
            let store = match &e {
                Expr::Name(n) => n.ctx == ExprContext::Store,
                Expr::Subscript(s) => s.ctx == ExprContext::Store,
                Expr::Attribute(a) => a.ctx == ExprContext::Store,
                _ => false,
            };
            if store && self.1.is_none() && matches!(base(&e), Expr::Name(n) if n.id.as_str() == self.0) {
                self.1 = Some(range(&e));
            }
            fold::fold_expr(self, e)
        }
    }
    let mut found = Stores(name, None);
    let _ = stmt.clone().fold(&mut found);
    found.1
}

/// The names an expression tree reads (`all`: stores too), in order, with where.
struct Loads {
    all: bool,
    found: Vec<(String, Range<usize>)>,
}

impl Fold<TextRange> for Loads {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            if self.all || n.ctx == ExprContext::Load {
                self.found.push((n.id.to_string(), range(&e)));
            }
        }
        fold::fold_expr(self, e)
    }
}

/// A diagnostic at `f`'s first read of each array of `arrays` it does not bind itself.
pub fn reads(f: &ast::StmtFunctionDef, arrays: &[Unfrozen]) -> Vec<Diagnostic> {
    if arrays.is_empty() {
        return Vec::new();
    }
    let locals = super::npnames::locals(f);
    let mut loads = Loads { all: false, found: Vec::new() };
    let _ = f.body.clone().fold(&mut loads);
    let mut out = Vec::new();
    for u in arrays.iter().filter(|u| !locals.contains(&u.name)) {
        let Some((_, at)) = loads.found.iter().find(|(n, _)| *n == u.name) else { continue };
        let name = &u.name;
        let d = match &u.changed {
            Some((changed, stored)) => Diagnostic::error(format!(
                "`{name}` is a module-level array that module code {} after making it",
                if *stored { "changes" } else { "uses" }
            ))
            .at(at.clone(), "read here")
            .also(changed.clone(), if *stored { "changed here, when the module runs" } else { "used here" }),
            None => {
                Diagnostic::error(format!("`{name}` is a module-level array made from values pycc does not compute"))
                    .at(at.clone(), "read here")
                    .also(u.made.clone(), "made here")
            }
        };
        out.push(d.note(
            "numba freezes a global array as the module left it when `cc.compile()` ran; pycc runs no module code and freezes only an array that one numpy call of constants makes and nothing changes: build it in the function, or pass it as an argument",
        ));
    }
    out
}

/// The names of `arrays` that some function of `functions` reads.
pub fn read_by<'a>(arrays: &[Unfrozen], functions: impl Iterator<Item = &'a ast::StmtFunctionDef>) -> Vec<String> {
    let mut read = HashSet::new();
    for f in functions {
        let mut loads = Loads { all: false, found: Vec::new() };
        let _ = f.body.clone().fold(&mut loads);
        read.extend(loads.found.into_iter().map(|(n, _)| n));
    }
    arrays.iter().filter(|u| read.contains(&u.name)).map(|u| u.name.clone()).collect()
}

/// The functions reachable from `roots` through names they mention.
pub fn reachable<'a>(
    roots: impl Iterator<Item = &'a ast::StmtFunctionDef>,
    functions: &std::collections::HashMap<String, ast::StmtFunctionDef>,
) -> HashSet<String> {
    let mut work: Vec<&ast::StmtFunctionDef> = roots.collect();
    let mut seen: HashSet<String> = work.iter().map(|f| f.name.to_string()).collect();
    while let Some(f) = work.pop() {
        let mut loads = Loads { all: false, found: Vec::new() };
        let _ = f.body.clone().fold(&mut loads);
        for (n, _) in loads.found {
            if let Some(g) = functions.get(&n) {
                if seen.insert(n) {
                    work.push(g);
                }
            }
        }
    }
    seen
}
