//! A dtype passed to a function of the file (`linspace(a, b, n,
//! dtype=np.float64)`, `def zeros2(n, dt=np.int32)` called without `dt`):
//! numba types the parameter as that dtype's class, a compile-time
//! constant. pycc clones the callee once per (parameter, dtype) with the
//! parameter replaced by the dtype expression, named `f.param.np.float64`,
//! and calls the clone without that argument. A parameter the callee
//! rebinds keeps the call as it is (the dtype stays a value, a diagnostic).
//! The dtype expressions are module attributes and builtins, evaluated to
//! the same object wherever they are read, so the clone computes what
//! CPython does.

use crate::syntax::npnames::ALIAS;
use crate::syntax::parse::Globals;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::{HashMap, HashSet};

/// numpy's and numba's scalar type names pycc reads as dtypes.
const DTYPES: &[&str] = &[
    "float64",
    "float32",
    "double",
    "single",
    "float_",
    "int8",
    "int16",
    "int32",
    "int64",
    "intp",
    "int_",
    "intc",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintp",
    "uint",
    "byte",
    "ubyte",
    "short",
    "ushort",
    "longlong",
    "ulonglong",
    "uintc",
    "bool_",
    "bool",
    "complex64",
    "complex128",
    "complex_",
    "csingle",
    "cdouble",
    "f8",
    "f4",
    "i1",
    "i2",
    "i4",
    "i8",
    "u1",
    "u2",
    "u4",
    "u8",
    "b1",
    "c8",
    "c16",
    "boolean",
];

/// Clones the file's functions for the dtypes their calls pass, in every
/// function of the file and every export's copy; clones calling on with
/// their dtype are cloned in turn.
pub fn specialize<'a>(globals: &mut Globals, exports: impl Iterator<Item = &'a mut ast::StmtFunctionDef>) {
    let mut made: HashMap<(String, String, String), String> = HashMap::new();
    let mut pending: Vec<String> = globals.functions.keys().cloned().collect();
    pending.sort();
    for f in exports {
        let mut new = Vec::new();
        rewrite(f, globals, &mut made, &mut new);
        add_clones(globals, new, &mut pending);
    }
    while let Some(name) = pending.pop() {
        let Some(mut f) = globals.functions.get(&name).cloned() else { continue };
        let mut new = Vec::new();
        if rewrite(&mut f, globals, &mut made, &mut new) {
            globals.functions.insert(name, f);
        }
        add_clones(globals, new, &mut pending);
    }
}

fn add_clones(globals: &mut Globals, new: Vec<ast::StmtFunctionDef>, pending: &mut Vec<String>) {
    for c in new {
        pending.push(c.name.to_string());
        globals.functions.insert(c.name.to_string(), c);
    }
}

/// Rewrites `f`'s calls that pass a dtype; whether any changed.
fn rewrite(
    f: &mut ast::StmtFunctionDef,
    globals: &Globals,
    made: &mut HashMap<(String, String, String), String>,
    new: &mut Vec<ast::StmtFunctionDef>,
) -> bool {
    let locals = super::npnames::locals(f);
    let mut calls = DtypeCalls { globals, locals, made, new, changed: false };
    let Ok(body) = fold::Foldable::fold(std::mem::take(&mut f.body), &mut calls);
    f.body = body;
    calls.changed
}

struct DtypeCalls<'a> {
    globals: &'a Globals,
    /// The caller's own names: a call of one of them is no file function.
    locals: HashSet<String>,
    made: &'a mut HashMap<(String, String, String), String>,
    new: &'a mut Vec<ast::StmtFunctionDef>,
    changed: bool,
}

impl Fold<TextRange> for DtypeCalls<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        let e = fold::fold_expr(self, e)?;
        let Expr::Call(mut c) = e else { return Ok(e) };
        // One dtype parameter per step: the clone's call may pass another.
        while let Some(next) = self.specialized(&c) {
            c = next;
            self.changed = true;
        }
        Ok(Expr::Call(c))
    }
}

impl DtypeCalls<'_> {
    /// The call `c` of a file function with its first dtype argument
    /// (given, or a default) moved into a clone of the callee.
    fn specialized(&mut self, c: &ast::ExprCall) -> Option<ast::ExprCall> {
        let Expr::Name(callee) = c.func.as_ref() else { return None };
        if self.locals.contains(callee.id.as_str()) {
            return None;
        }
        let def = self.def(callee.id.as_str())?;
        let a = &def.args;
        if a.vararg.is_some() || a.kwarg.is_some() || !a.kwonlyargs.is_empty() || !a.posonlyargs.is_empty() {
            return None;
        }
        if c.args.iter().any(|x| matches!(x, Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none()) {
            return None;
        }
        let rebound = super::npnames::body_binds(&def.body);
        let (k, value) = a.args.iter().enumerate().find_map(|(k, p)| {
            let name = p.def.arg.as_str();
            let given = c.args.get(k).or_else(|| {
                c.keywords.iter().find(|w| w.arg.as_ref().map(|i| i.as_str()) == Some(name)).map(|w| &w.value)
            });
            let value = match given {
                Some(v) => v,
                // Left out: the default, evaluated once in the module (the same object).
                None => p.default.as_deref()?,
            };
            (!rebound.contains(name) && self.is_dtype(value)).then(|| (k, value.clone()))
        })?;
        let param = a.args[k].def.arg.to_string();
        let text = dtype_text(&value)?;
        let key = (callee.id.to_string(), param.clone(), text.clone());
        let clone_name = match self.made.get(&key) {
            Some(n) => n.clone(),
            None => {
                let n = format!("{}.{param}.{text}", callee.id);
                let clone = clone_with(&def, &n, k, &value);
                self.made.insert(key, n.clone());
                self.new.push(clone);
                n
            }
        };
        let mut out = c.clone();
        out.func = Box::new(Expr::Name(ast::ExprName {
            id: Identifier::new(clone_name),
            ctx: ExprContext::Load,
            range: callee.range,
        }));
        if k < out.args.len() {
            out.args.remove(k);
        }
        out.keywords.retain(|w| w.arg.as_ref().map(|i| i.as_str()) != Some(param.as_str()));
        Some(out)
    }

    fn def(&self, name: &str) -> Option<ast::StmtFunctionDef> {
        self.new.iter().find(|f| f.name.as_str() == name).cloned().or_else(|| self.globals.functions.get(name).cloned())
    }

    /// `np.float64`, `numba.int32`, `nb.types.f8`, `from numba import f8`'s
    /// `f8`, and the builtins `float`, `int`, `bool`, `complex` (where the
    /// caller does not bind the name).
    fn is_dtype(&self, e: &Expr) -> bool {
        let g = self.globals;
        let module = |m: &Expr| match m {
            Expr::Name(n) if !self.locals.contains(n.id.as_str()) => g
                .modules
                .get(n.id.as_str())
                .is_some_and(|m| m == "numpy" || m.starts_with("numba") || n.id.as_str() == ALIAS),
            Expr::Attribute(t) => {
                t.attr.as_str() == "types"
                    && matches!(t.value.as_ref(), Expr::Name(n) if g.modules.get(n.id.as_str()).is_some_and(|m| m.starts_with("numba")))
            }
            _ => false,
        };
        match e {
            Expr::Attribute(a) => DTYPES.contains(&a.attr.as_str()) && module(&a.value),
            Expr::Name(n) if !self.locals.contains(n.id.as_str()) => {
                let name = n.id.as_str();
                match g.from_imports.get(name) {
                    Some((m, orig)) => m.starts_with("numba") && DTYPES.contains(&orig.as_str()),
                    None => {
                        matches!(name, "float" | "int" | "bool" | "complex")
                            && !g.functions.contains_key(name)
                            && !g.modules.contains_key(name)
                            && !g.constants.contains_key(name)
                    }
                }
            }
            _ => false,
        }
    }
}

/// `np.float64` as `np.float64` (numpy's alias written `np`), a name as itself.
fn dtype_text(e: &Expr) -> Option<String> {
    match e {
        Expr::Name(n) if n.id.as_str() == ALIAS => Some("np".to_string()),
        Expr::Name(n) => Some(n.id.to_string()),
        Expr::Attribute(a) => Some(format!("{}.{}", dtype_text(&a.value)?, a.attr)),
        _ => None,
    }
}

/// `def` named `name` without its parameter `k`, whose reads are `value`.
fn clone_with(def: &ast::StmtFunctionDef, name: &str, k: usize, value: &Expr) -> ast::StmtFunctionDef {
    let mut f = def.clone();
    let param = f.args.args.remove(k).def.arg.to_string();
    // A default after the removed one stays (its own parameter keeps it).
    let mut put = Substitute { param, value: value.clone() };
    let Ok(body) = fold::Foldable::fold(std::mem::take(&mut f.body), &mut put);
    f.body = body;
    f.name = Identifier::new(name);
    f
}

struct Substitute {
    param: String,
    value: Expr,
}

impl Fold<TextRange> for Substitute {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            Expr::Name(n) if n.ctx == ExprContext::Load && n.id.as_str() == self.param => {
                Ok(at(self.value.clone(), n.range))
            }
            // A lambda with a parameter of that name has its own.
            Expr::Lambda(l) if l.args.args.iter().any(|a| a.def.arg.as_str() == self.param) => Ok(Expr::Lambda(l)),
            e => fold::fold_expr(self, e),
        }
    }
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        match s {
            // An inner function has its own scope (lifted before this pass).
            Stmt::FunctionDef(_) => Ok(s),
            s => fold::fold_stmt(self, s),
        }
    }
}

/// `e` placed at `range` (diagnostics point at the parameter's use).
fn at(e: Expr, range: TextRange) -> Expr {
    match e {
        Expr::Name(n) => Expr::Name(ast::ExprName { range, ..n }),
        Expr::Attribute(a) => Expr::Attribute(ast::ExprAttribute { range, ..a }),
        e => e,
    }
}
