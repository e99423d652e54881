//! numba's type objects and typed containers under the names real code
//! gives them, read in function bodies as the typer knows them:
//! - `from numba.typed import Dict as TypedDict` (and `List as NumbaList`):
//!   each read of the alias is `Dict` (`List`);
//! - a module-level name bound once to a type object (`STATE =
//!   types.UniTuple(types.uint64, 4)`, `int_type = types.int64`): each read
//!   is that expression (numba freezes the global type object);
//! - a trailing parameter whose default is a type object (`def add(d, keys,
//!   dtype=types.int64)`) that the body never assigns and no call passes:
//!   numba compiles it as an omitted constant, so the parameter goes and
//!   each read is the default.

use crate::syntax::parse::Globals;
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::{HashMap, HashSet};

/// The type constructors of `numba.types` whose arguments are types.
const CONSTRUCTORS: [&str; 7] = ["UniTuple", "Tuple", "ListType", "DictType", "Array", "List", "optional"];

/// Where the file's numba and numpy names come from.
struct Roots {
    /// Module aliases of numba, `numba.types`, `numba.core.types`,
    /// `numba.core` (`types` itself when imported from numba).
    numba: HashSet<String>,
    /// Names imported from numba's type modules (`from numba import int64`).
    imported: HashSet<String>,
}

impl Roots {
    fn new(g: &Globals, body: &[Stmt]) -> Roots {
        let numba_module = |m: &str| matches!(m, "numba" | "numba.types" | "numba.core.types" | "numba.core");
        let mut numba: HashSet<String> =
            g.modules.iter().filter(|(_, m)| numba_module(m)).map(|(l, _)| l.clone()).collect();
        let mut imported = HashSet::new();
        // `Globals` keeps only the imports the typer reads; numba.core's are here.
        let mut from: Vec<(String, (String, String))> =
            g.from_imports.iter().map(|(l, w)| (l.clone(), w.clone())).collect();
        from.extend(imports_from(body, &["numba.core", "numba.core.types"]));
        for (local, (module, name)) in &from {
            if matches!((module.as_str(), name.as_str()), ("numba" | "numba.core", "types")) {
                numba.insert(local.clone());
            } else if numba_module(module) {
                imported.insert(local.clone());
            }
        }
        Roots { numba, imported }
    }

    /// The leftmost name of `a.b.c`.
    fn root(e: &Expr) -> Option<&str> {
        match e {
            Expr::Name(n) => Some(n.id.as_str()),
            Expr::Attribute(a) => Roots::root(&a.value),
            _ => None,
        }
    }

    /// A numba type object: `types.int64`, `nb.f8`, an imported `int64`,
    /// `types.float64[:]`, `types.UniTuple(types.uint64, 4)`, or an alias
    /// already collected.
    fn is_type(&self, e: &Expr, aliases: &HashMap<String, Expr>) -> bool {
        match e {
            Expr::Name(n) => {
                let id = n.id.as_str();
                aliases.contains_key(id)
                    || self.imported.contains(id) && crate::syntax::signature::scalar_by_name(id).is_some()
            }
            Expr::Attribute(a) => {
                Roots::root(e).is_some_and(|r| self.numba.contains(r))
                    && (crate::syntax::signature::scalar_by_name(a.attr.as_str()).is_some()
                        || matches!(a.attr.as_str(), "unicode_type" | "string"))
            }
            Expr::Subscript(s) => self.is_type(&s.value, aliases),
            Expr::Call(c) => {
                let ctor = match c.func.as_ref() {
                    Expr::Attribute(a) => {
                        Roots::root(&c.func).is_some_and(|r| self.numba.contains(r)).then_some(&a.attr)
                    }
                    Expr::Name(n) => self.imported.contains(n.id.as_str()).then_some(&n.id),
                    _ => None,
                };
                ctor.is_some_and(|f| CONSTRUCTORS.contains(&f.as_str()))
                    && c.keywords.is_empty()
                    && c.args.iter().all(|x| self.is_type_arg(x, aliases))
            }
            _ => false,
        }
    }

    /// An argument of a type constructor: a type, a tuple or list of
    /// types, or a constant (`Array`'s ndim and layout).
    fn is_type_arg(&self, e: &Expr, aliases: &HashMap<String, Expr>) -> bool {
        match e {
            Expr::Tuple(t) => t.elts.iter().all(|x| self.is_type(x, aliases)),
            Expr::List(l) => l.elts.iter().all(|x| self.is_type(x, aliases)),
            Expr::Constant(_) => true,
            _ => self.is_type(e, aliases),
        }
    }
}

/// The module-level names bound once to a type object, each with its
/// expression (aliases of aliases written out), in source order.
fn type_aliases(body: &[Stmt], roots: &Roots, g: &Globals) -> HashMap<String, Expr> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for s in body {
        if let Stmt::Assign(a) = s {
            for t in &a.targets {
                if let Expr::Name(n) = t {
                    *count.entry(n.id.as_str()).or_default() += 1;
                }
            }
        }
    }
    let mut aliases = HashMap::new();
    for s in body {
        let Stmt::Assign(a) = s else { continue };
        let [Expr::Name(n)] = a.targets.as_slice() else { continue };
        let id = n.id.as_str();
        let known = g.functions.contains_key(id) || g.modules.contains_key(id) || g.constants.contains_key(id);
        if count.get(id) == Some(&1) && !known && roots.is_type(&a.value, &aliases) {
            let mut sub = Substitute { names: &aliases, locals: &HashSet::new() };
            let Ok(value) = (*a.value).clone().fold(&mut sub);
            aliases.insert(id.to_string(), value);
        }
    }
    aliases
}

/// The reads `names` maps, where the function does not bind the name.
struct Substitute<'a> {
    names: &'a HashMap<String, Expr>,
    locals: &'a HashSet<String>,
}

impl Fold<TextRange> for Substitute<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            if n.ctx == ExprContext::Load && !self.locals.contains(n.id.as_str()) {
                if let Some(to) = self.names.get(n.id.as_str()) {
                    // A renamed class keeps the read's place for diagnostics.
                    return Ok(match to {
                        Expr::Name(t) => Expr::Name(ast::ExprName { id: t.id.clone(), ..n.clone() }),
                        _ => to.clone(),
                    });
                }
            }
        }
        fold::fold_expr(self, e)
    }
}

/// Trailing parameters defaulting to a type object that the body never
/// assigns and no call of the file passes (`passed`: function -> the
/// highest positional count and the keywords its calls give): dropped,
/// their reads the default. (A numpy dtype default is syntax/dtypeargs.rs's.)
fn type_defaults(
    f: &mut ast::StmtFunctionDef,
    roots: &Roots,
    aliases: &HashMap<String, Expr>,
    passed: &HashMap<String, (usize, HashSet<String>)>,
) -> HashMap<String, Expr> {
    let mut out = HashMap::new();
    if !f.args.kwonlyargs.is_empty() || f.args.vararg.is_some() || f.args.kwarg.is_some() {
        return out;
    }
    let stores = super::npnames::body_binds(&f.body);
    let (most, keywords) = passed.get(f.name.as_str()).cloned().unwrap_or_default();
    while let Some(last) = f.args.args.last() {
        let p = last.def.arg.to_string();
        let given = keywords.contains(&p) || most >= f.args.posonlyargs.len() + f.args.args.len();
        match last.default.as_deref() {
            Some(d) if roots.is_type(d, aliases) && !stores.contains(&p) && !given => {
                out.insert(p, d.clone());
                f.args.args.pop();
            }
            _ => break,
        }
    }
    out
}

/// What the calls of the file's functions pass: function -> (the most
/// positional arguments of a call, the keywords of any call).
struct Passed(HashMap<String, (usize, HashSet<String>)>);

impl Fold<TextRange> for Passed {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Call(c) = &e {
            if let Expr::Name(n) = c.func.as_ref() {
                let entry = self.0.entry(n.id.to_string()).or_default();
                entry.0 = entry.0.max(c.args.len());
                entry.1.extend(c.keywords.iter().filter_map(|k| k.arg.as_ref().map(|a| a.to_string())));
            }
        }
        fold::fold_expr(self, e)
    }
}

/// The file's top-level `from M import n as a` of the modules `modules`:
/// (a, (M, n)).
fn imports_from(body: &[Stmt], modules: &[&str]) -> Vec<(String, (String, String))> {
    let mut out = Vec::new();
    for s in body {
        let Stmt::ImportFrom(i) = s else { continue };
        let Some(m) = i.module.as_deref().filter(|m| modules.contains(m)) else { continue };
        for a in &i.names {
            let local = a.asname.as_ref().unwrap_or(&a.name).to_string();
            out.push((local, (m.to_string(), a.name.to_string())));
        }
    }
    out
}

/// Rewrites every function of the file and every export's copy.
pub fn rewrite(body: &[Stmt], g: &Globals, functions: &mut [&mut ast::StmtFunctionDef]) {
    let roots = Roots::new(g, body);
    let mut names = type_aliases(body, &roots, g);
    for (local, (_, name)) in imports_from(body, &["numba.typed"]) {
        if matches!(name.as_str(), "Dict" | "List") && local != name {
            let range = TextRange::default();
            let to = Expr::Name(ast::ExprName { range, id: Identifier::new(name.as_str()), ctx: ExprContext::Load });
            names.insert(local, to);
        }
    }
    let mut passed = Passed(HashMap::new());
    let Ok(_) = body.to_vec().fold(&mut passed);
    for f in functions.iter() {
        let Ok(_) = f.body.clone().fold(&mut passed);
    }
    for f in functions.iter_mut() {
        let defaults = type_defaults(f, &roots, &names, &passed.0);
        let locals = super::npnames::locals(f);
        let mut all = names.clone();
        all.extend(defaults);
        if all.is_empty() {
            continue;
        }
        let mut sub = Substitute { names: &all, locals: &locals };
        let Ok(new_body) = std::mem::take(&mut f.body).fold(&mut sub);
        f.body = new_body;
    }
}
