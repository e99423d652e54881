//! Module-level tuples of constants read by functions (`DIRS = ((0, 1),
//! (1, 0))`): numba freezes a global tuple as a constant; pycc does the same
//! by binding the name, at the top of each function that reads it (and does
//! not bind it itself), to the literal tuple, which then is a tuple
//! variable like any other (iterated, indexed, unpacked, `len()`), folded
//! by the optimizer.
//!
//! Module-level numpy arrays built from constants (`COEF = np.array([1.0,
//! 2.0])`, `W = np.linspace(0, 1, 5)`) are frozen the same way: numba
//! freezes a global array as a read-only constant, so a function reads the
//! values the module computed at import. pycc rebuilds it (the same numpy
//! call on the same constants) at the top of each function that reads it,
//! and rejects stores into it, which numba rejects too.

use crate::base::consts::ConstValue;
use crate::syntax::parse::fold_constant;
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Ranged, Stmt};
use std::collections::{HashMap, HashSet};

/// A tuple whose leaves are constant expressions over numbers and the
/// file's constants (nested tuples too).
fn constant_tuple(e: &Expr, env: &HashMap<String, ConstValue>) -> bool {
    match e {
        Expr::Tuple(t) => t.elts.iter().all(|x| constant_tuple(x, env) || fold_constant(x, env).is_some()),
        _ => false,
    }
}

/// The module-level names bound once to a constant tuple, with their
/// statements. An item naming an earlier such tuple (`CARDINALS = (UP,
/// DOWN)`) is written out, so the binding reads no other global.
pub fn tuples(body: &[Stmt], once: &HashSet<String>, env: &HashMap<String, ConstValue>) -> Vec<(String, Stmt)> {
    let mut out = Vec::new();
    let mut found: HashMap<String, Expr> = HashMap::new();
    for stmt in body {
        let Stmt::Assign(a) = stmt else { continue };
        let [Expr::Name(n)] = a.targets.as_slice() else { continue };
        let value = inline_tuples(&a.value, &found);
        if once.contains(n.id.as_str()) && constant_tuple(&value, env) {
            found.insert(n.id.to_string(), value.clone());
            let mut stmt = a.clone();
            stmt.value = Box::new(value);
            out.push((n.id.to_string(), Stmt::Assign(stmt)));
        }
    }
    out
}

/// `e` with each tuple item that names a tuple of `found` replaced by it.
fn inline_tuples(e: &Expr, found: &HashMap<String, Expr>) -> Expr {
    match e {
        Expr::Tuple(t) => {
            let elts = t.elts.iter().map(|x| inline_tuples(x, found)).collect();
            Expr::Tuple(ast::ExprTuple { elts, ..t.clone() })
        }
        Expr::Name(n) if n.ctx == ExprContext::Load => found.get(n.id.as_str()).cloned().unwrap_or_else(|| e.clone()),
        _ => e.clone(),
    }
}

/// A constant argument of a numpy call: numbers, the file's constants,
/// strings, lists and tuples of them, and dtypes (`np.float64`).
fn constant_arg(e: &Expr, env: &HashMap<String, ConstValue>, numpy: &HashSet<String>) -> bool {
    match e {
        Expr::List(l) => l.elts.iter().all(|x| constant_arg(x, env, numpy)),
        Expr::Tuple(t) => t.elts.iter().all(|x| constant_arg(x, env, numpy)),
        Expr::Constant(c) => {
            matches!(c.value, ast::Constant::Str(_) | ast::Constant::Bool(_)) || fold_constant(e, env).is_some()
        }
        Expr::Attribute(a) => matches!(a.value.as_ref(), Expr::Name(n) if numpy.contains(n.id.as_str())),
        Expr::Name(n) => {
            matches!(n.id.as_str(), "float" | "int" | "bool" | "complex") || fold_constant(e, env).is_some()
        }
        _ => fold_constant(e, env).is_some(),
    }
}

/// `np.<f>(constants...)` for a deterministic numpy function (not
/// `np.random`, not `np.empty`, whose contents are whatever memory held),
/// or an expression of such calls, numbers and operators, with the
/// methods that make a new array of it (`np.arange(16) ** 2`,
/// `np.arange(6).reshape(2, 3).T`, `(np.ones(4) / 3).astype(np.float32)`).
fn constant_array(e: &Expr, env: &HashMap<String, ConstValue>, numpy: &HashSet<String>) -> bool {
    array_of_constants(e, env, numpy) == Some(true)
}

/// Whether `e` is built of constants only: `Some(true)` when it is an
/// array, `Some(false)` for a number.
fn array_of_constants(e: &Expr, env: &HashMap<String, ConstValue>, numpy: &HashSet<String>) -> Option<bool> {
    const METHODS: [&str; 6] = ["astype", "reshape", "copy", "ravel", "flatten", "transpose"];
    match e {
        Expr::Call(c) => {
            let Expr::Attribute(f) = c.func.as_ref() else { return None };
            let args = c.args.iter().all(|a| constant_arg(a, env, numpy))
                && c.keywords.iter().all(|k| constant_arg(&k.value, env, numpy));
            let call = match f.value.as_ref() {
                Expr::Name(m) if numpy.contains(m.id.as_str()) => !f.attr.as_str().starts_with("empty"),
                receiver => {
                    METHODS.contains(&f.attr.as_str()) && array_of_constants(receiver, env, numpy) == Some(true)
                }
            };
            (args && call).then_some(true)
        }
        Expr::Attribute(a) if a.attr.as_str() == "T" => array_of_constants(&a.value, env, numpy).filter(|&x| x),
        Expr::BinOp(b) => {
            let (l, r) = (array_of_constants(&b.left, env, numpy)?, array_of_constants(&b.right, env, numpy)?);
            Some(l || r)
        }
        Expr::UnaryOp(u) => array_of_constants(&u.operand, env, numpy),
        _ => fold_constant(e, env).is_some().then_some(false),
    }
}

/// The module-level names bound once to a numpy array of constants and
/// not touched by other module-level statements (which could change it
/// before a function is called), with their statements.
pub fn arrays(
    body: &[Stmt],
    once: &HashSet<String>,
    env: &HashMap<String, ConstValue>,
    numpy: &HashSet<String>,
) -> Vec<(String, Stmt)> {
    let mut out = Vec::new();
    for (k, stmt) in body.iter().enumerate() {
        // An annotated binding (`W: np.ndarray = np.ones(3)`) freezes as the plain one.
        let plain;
        let a = match stmt {
            Stmt::Assign(a) => a,
            Stmt::AnnAssign(ast::StmtAnnAssign { target, value: Some(value), range, .. }) => {
                plain = ast::StmtAssign {
                    range: *range,
                    targets: vec![target.as_ref().clone()],
                    value: value.clone(),
                    type_comment: None,
                };
                &plain
            }
            _ => continue,
        };
        let [Expr::Name(n)] = a.targets.as_slice() else { continue };
        if !once.contains(n.id.as_str()) || !constant_array(&a.value, env, numpy) {
            continue;
        }
        let touched = body.iter().enumerate().any(|(j, other)| {
            j != k
                && !matches!(other, Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::Import(_) | Stmt::ImportFrom(_))
                && mentions(other, n.id.as_str())
        });
        if !touched {
            out.push((n.id.to_string(), Stmt::Assign(a.clone())));
        }
    }
    out
}

fn mentions(stmt: &Stmt, name: &str) -> bool {
    names(stmt).contains(name)
}

/// Every name a statement mentions (loads and stores).
pub fn names(stmt: &Stmt) -> HashSet<String> {
    let mut names = Names(HashSet::new());
    let _ = stmt.clone().fold(&mut names);
    names.0
}

/// Stores into a frozen array (`COEF[0] = 1.0`, `COEF += 1`): numba
/// rejects them (the array is a read-only constant); CPython would change
/// the module's array for every later call.
pub fn writes(f: &ast::StmtFunctionDef, frozen: &[(String, Stmt)]) -> Vec<crate::base::diagnostics::Diagnostic> {
    let frozen: HashSet<&str> = frozen.iter().filter(|(_, s)| is_array_stmt(s)).map(|(n, _)| n.as_str()).collect();
    let locals = super::npnames::locals(f);
    let mut found = Stores { frozen: &frozen, locals: &locals, out: Vec::new() };
    let _ = f.body.clone().fold(&mut found);
    found.out
}

fn is_array_stmt(s: &Stmt) -> bool {
    matches!(s, Stmt::Assign(a) if matches!(a.value.as_ref(), Expr::Call(_)))
}

struct Stores<'a> {
    frozen: &'a HashSet<&'a str>,
    locals: &'a HashSet<String>,
    out: Vec<crate::base::diagnostics::Diagnostic>,
}

impl Stores<'_> {
    fn check(&mut self, target: &Expr) {
        let Expr::Subscript(s) = target else { return };
        let Expr::Name(n) = s.value.as_ref() else { return };
        if self.frozen.contains(n.id.as_str()) && !self.locals.contains(n.id.as_str()) {
            self.out.push(
                crate::base::diagnostics::Diagnostic::error(format!(
                    "`{}` is a module-level array: numba freezes it as a read-only constant, so it cannot be written",
                    n.id
                ))
                .at(super::parse::range(target), "a store into the global array")
                .note(format!("copy it first (`a = {}.copy()`) or pass the array as an argument", n.id)),
            );
        }
    }
}

impl Fold<TextRange> for Stores<'_> {
    crate::syntax::identity_fold!();
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        match &s {
            Stmt::Assign(a) => a.targets.iter().for_each(|t| self.check(t)),
            Stmt::AugAssign(a) => self.check(&a.target),
            _ => {}
        }
        fold::fold_stmt(self, s)
    }
}

struct Names(HashSet<String>);

impl Fold<TextRange> for Names {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            self.0.insert(n.id.to_string());
        }
        fold::fold_expr(self, e)
    }
}

/// Prepends the bindings of the frozen tuples and arrays `f` reads.
pub fn bind(f: &mut ast::StmtFunctionDef, frozen: &[(String, Stmt)]) {
    if frozen.is_empty() {
        return;
    }
    let locals = super::npnames::locals(f);
    let reads = super::names_read(&f.body);
    let pre: Vec<Stmt> = frozen
        .iter()
        .filter(|(name, _)| reads.contains(name) && !locals.contains(name))
        .map(|(_, stmt)| stmt.clone())
        .collect();
    if !pre.is_empty() {
        f.body.splice(0..0, pre);
    }
}

/// Module-level names bound once to a pure call of the file's function
/// with constant arguments (`ERF_COEFS = coefs(10)`, see
/// `Globals::call_constants`), frozen like the arrays above: numba freezes
/// the value the module computed at import, pycc binds the name to the same
/// call at the top of each function that reads it (an array result then is
/// an array variable). Each comes with the functions the call can reach,
/// which must not bind it (they would call themselves).
pub fn calls(
    call_constants: &HashMap<String, Expr>,
    functions: &HashMap<String, ast::StmtFunctionDef>,
) -> Vec<(String, Stmt, HashSet<String>)> {
    let mut out = Vec::new();
    let mut names: Vec<&String> = call_constants.keys().collect();
    names.sort();
    for name in names {
        let call = &call_constants[name];
        let Expr::Call(c) = call else { continue };
        let Expr::Name(callee) = c.func.as_ref() else { continue };
        let mut reach: HashSet<String> = HashSet::new();
        let mut todo = vec![callee.id.to_string()];
        while let Some(f) = todo.pop() {
            let Some(def) = functions.get(&f) else { continue };
            if !reach.insert(f) {
                continue;
            }
            let mut names = Names(HashSet::new());
            let _ = def.body.clone().fold(&mut names);
            todo.extend(names.0.into_iter().filter(|n| functions.contains_key(n) && !reach.contains(n)));
        }
        let target =
            Expr::Name(ast::ExprName { range: call.range(), id: name.as_str().into(), ctx: ExprContext::Store });
        let stmt = Stmt::Assign(ast::StmtAssign {
            range: call.range(),
            targets: vec![target],
            value: Box::new(call.clone()),
            type_comment: None,
        });
        out.push((name.clone(), stmt, reach));
    }
    out
}
