//! `collections.namedtuple` classes as the tuples numba compiles them to:
//! a module-level `Spline = namedtuple("Spline", "ma mb mc")` (the fields
//! a string split at commas and spaces, or a list or tuple of strings)
//! makes `Spline(a, b, c)` (keywords too, `Spline(ma=a, mb=b, mc=c)`) the
//! tuple `(a, b, c)` and a read `s.mb` the item `s[1]`, in every function.
//! numba types such a value as a `NamedTuple` whose attributes are its
//! items; pycc has no other values with attributes of those names (arrays'
//! and numbers' attributes are left alone, as is a field two classes place
//! at different indices, and a method call `s.count(x)`). An export that
//! returns one is a diagnostic: CPython returns the namedtuple, pycc would
//! return a plain tuple.

use crate::base::diagnostics::Diagnostic;
use crate::syntax::parse::{range, Globals};
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Constant, Expr, ExprContext, Stmt};
use std::collections::{HashMap, HashSet};

/// Attributes pycc reads on arrays and numbers: never rewritten as fields.
const VALUE_ATTRIBUTES: &[&str] =
    &["shape", "size", "ndim", "T", "dtype", "real", "imag", "flat", "itemsize", "nbytes", "strides"];

/// The file's namedtuple classes: name -> field names, in order.
pub fn classes(body: &[Stmt], g: &Globals) -> HashMap<String, Vec<String>> {
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
    let mut found = HashMap::new();
    for s in body {
        let Stmt::Assign(a) = s else { continue };
        let [Expr::Name(n)] = a.targets.as_slice() else { continue };
        let Expr::Call(c) = a.value.as_ref() else { continue };
        if count.get(n.id.as_str()) != Some(&1) || g.functions.contains_key(n.id.as_str()) || !is_factory(&c.func, body)
        {
            continue;
        }
        if let (true, [_, spec]) = (c.keywords.is_empty(), c.args.as_slice()) {
            if let Some(fields) = field_names(spec) {
                found.insert(n.id.to_string(), fields);
            }
        }
    }
    found
}

/// `namedtuple` imported from `collections` (under any name), or
/// `collections.namedtuple` (`import collections as c`: `c.namedtuple`).
fn is_factory(f: &Expr, body: &[Stmt]) -> bool {
    let imported = |want_module: bool, name: &str| {
        body.iter().any(|s| match s {
            Stmt::ImportFrom(i) if !want_module => {
                i.module.as_deref() == Some("collections")
                    && i.names.iter().any(|a| {
                        a.name.as_str() == "namedtuple" && a.asname.as_ref().unwrap_or(&a.name).as_str() == name
                    })
            }
            Stmt::Import(i) if want_module => i
                .names
                .iter()
                .any(|a| a.name.as_str() == "collections" && a.asname.as_ref().unwrap_or(&a.name).as_str() == name),
            _ => false,
        })
    };
    match f {
        Expr::Name(n) => imported(false, n.id.as_str()),
        Expr::Attribute(a) => {
            a.attr.as_str() == "namedtuple"
                && matches!(a.value.as_ref(), Expr::Name(m) if imported(true, m.id.as_str()))
        }
        _ => false,
    }
}

/// The fields of `"a b c"`, `"a, b"`, `["a", "b"]` or `("a", "b")`: distinct
/// identifiers not starting with `_` (CPython refuses the rest).
fn field_names(spec: &Expr) -> Option<Vec<String>> {
    let text = |e: &Expr| match e {
        Expr::Constant(c) => match &c.value {
            Constant::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    let names: Vec<String> = match spec {
        Expr::List(l) => l.elts.iter().map(text).collect::<Option<_>>()?,
        Expr::Tuple(t) => t.elts.iter().map(text).collect::<Option<_>>()?,
        e => text(e)?.replace(',', " ").split_whitespace().map(str::to_string).collect(),
    };
    let ok = |n: &String| {
        n.chars().next().is_some_and(|c| c.is_alphabetic()) && n.chars().all(|c| c.is_alphanumeric() || c == '_')
    };
    let distinct: HashSet<&String> = names.iter().collect();
    (!names.is_empty() && names.iter().all(ok) && distinct.len() == names.len()).then_some(names)
}

/// Rewrites every function; `exports` also get the diagnostic for
/// returning a namedtuple, and `compiled` (those an export reaches) for a
/// constructor call pycc does not read.
pub fn rewrite(
    classes: &HashMap<String, Vec<String>>,
    g: &Globals,
    functions: &mut [&mut ast::StmtFunctionDef],
    exports: &HashSet<String>,
    compiled: &HashSet<String>,
    errors: &mut Vec<Diagnostic>,
) {
    if classes.is_empty() {
        return;
    }
    // A field name stands for one index in every class that has it.
    let mut index: HashMap<String, Option<usize>> = HashMap::new();
    for fields in classes.values() {
        for (k, f) in fields.iter().enumerate() {
            index.entry(f.clone()).and_modify(|i| *i = i.filter(|i| *i == k)).or_insert(Some(k));
        }
    }
    let fields: HashMap<String, usize> = index
        .into_iter()
        .filter_map(|(f, i)| Some((f.clone(), i?)).filter(|_| !VALUE_ATTRIBUTES.contains(&f.as_str())))
        .collect();
    let makers = makers(classes, functions);
    for f in functions.iter_mut() {
        let locals = super::npnames::locals(f);
        if exports.contains(f.name.as_str()) {
            errors.extend(returned(f, classes, &locals, &makers));
        }
        let mut sub = Rewrite { classes, fields: &fields, locals: &locals, modules: &g.modules, errors: Vec::new() };
        let Ok(new_body) = std::mem::take(&mut f.body).fold(&mut sub);
        f.body = new_body;
        // A function no export reaches runs only in Python: anything goes there.
        if compiled.contains(f.name.as_str()) || exports.contains(f.name.as_str()) {
            errors.extend(sub.errors);
        }
    }
}

/// The functions with a `return Cls(...)` of a class (one level: helpers
/// an export's result comes from).
fn makers(classes: &HashMap<String, Vec<String>>, functions: &[&mut ast::StmtFunctionDef]) -> HashSet<String> {
    functions
        .iter()
        .filter(|f| {
            let locals = super::npnames::locals(f);
            let mut found = false;
            visit_returns(&f.body, &mut |v| found |= constructs(v, classes, &locals).is_some());
            found
        })
        .map(|f| f.name.to_string())
        .collect()
}

/// The class `e` constructs, when it is a call of one.
fn constructs<'c>(e: &Expr, classes: &'c HashMap<String, Vec<String>>, locals: &HashSet<String>) -> Option<&'c str> {
    let Expr::Call(c) = e else { return None };
    let Expr::Name(n) = c.func.as_ref() else { return None };
    let (name, _) = classes.get_key_value(n.id.as_str())?;
    (!locals.contains(name)).then_some(name.as_str())
}

/// Calls `each` with the value of every `return` in `body` (nested blocks too).
fn visit_returns(body: &[Stmt], each: &mut dyn FnMut(&Expr)) {
    for s in body {
        if let Stmt::Return(ast::StmtReturn { value: Some(v), .. }) = s {
            each(v);
        }
        if let Some(blocks) = super::child_blocks(s) {
            blocks.into_iter().for_each(|b| visit_returns(b, each));
        }
    }
}

/// The diagnostics for an export's returns of a namedtuple: a constructor,
/// a name bound to one, or a call of a function that returns one.
fn returned(
    f: &ast::StmtFunctionDef,
    classes: &HashMap<String, Vec<String>>,
    locals: &HashSet<String>,
    makers: &HashSet<String>,
) -> Vec<Diagnostic> {
    let mut bound = HashSet::new();
    let Ok(_) = f.body.clone().fold(&mut Bound { classes, locals, makers, names: &mut bound });
    let mut errors = Vec::new();
    let made = |v: &Expr| {
        constructs(v, classes, locals).is_some()
            || matches!(v, Expr::Name(n) if bound.contains(n.id.as_str()))
            || is_maker_call(v, makers, locals)
    };
    visit_returns(&f.body, &mut |v| {
        // A tuple display's items too (`return s, n`).
        let items = match v {
            Expr::Tuple(t) => t.elts.iter().collect(),
            v => vec![v],
        };
        for v in items.into_iter().filter(|v| made(v)) {
            errors.push(
                Diagnostic::error("an export that returns a namedtuple is not supported yet")
                    .at(range(v), "a namedtuple")
                    .note("CPython returns the namedtuple, pycc would return a plain tuple: return its fields as a tuple (`return s.a, s.b`)"),
            );
        }
    });
    errors
}

fn is_maker_call(e: &Expr, makers: &HashSet<String>, locals: &HashSet<String>) -> bool {
    matches!(e, Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(n) if makers.contains(n.id.as_str()) && !locals.contains(n.id.as_str())))
}

/// Collects the names assigned a namedtuple (`s = Cls(...)`, `s = make(...)`).
struct Bound<'a> {
    classes: &'a HashMap<String, Vec<String>>,
    locals: &'a HashSet<String>,
    makers: &'a HashSet<String>,
    names: &'a mut HashSet<String>,
}

impl Fold<TextRange> for Bound<'_> {
    crate::syntax::identity_fold!();
    fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
        if let Stmt::Assign(a) = &s {
            let made = constructs(&a.value, self.classes, self.locals).is_some()
                || is_maker_call(&a.value, self.makers, self.locals);
            if made {
                for t in &a.targets {
                    if let Expr::Name(n) = t {
                        self.names.insert(n.id.to_string());
                    }
                }
            }
        }
        fold::fold_stmt(self, s)
    }
}

struct Rewrite<'a> {
    classes: &'a HashMap<String, Vec<String>>,
    fields: &'a HashMap<String, usize>,
    locals: &'a HashSet<String>,
    /// Import names: `m.attr` of a module is never a field.
    modules: &'a HashMap<String, String>,
    errors: Vec<Diagnostic>,
}

impl Rewrite<'_> {
    /// A module or an attribute chain on one (`np`, `numba.types`).
    fn is_module(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => self.modules.contains_key(n.id.as_str()) && !self.locals.contains(n.id.as_str()),
            Expr::Attribute(a) => self.is_module(&a.value),
            _ => false,
        }
    }

    /// `Cls(args, k=v)` as the tuple of its items in field order; None
    /// when the call is not one CPython accepts (counts, unknown or
    /// repeated keywords, `*`/`**`), or when keywords out of order would
    /// change the order their values are computed in.
    fn tuple(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Name(n) = c.func.as_ref() else { return None };
        let fields = self.classes.get(n.id.as_str()).filter(|_| !self.locals.contains(n.id.as_str()))?;
        if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) || c.args.len() + c.keywords.len() != fields.len() {
            return None;
        }
        let mut items: Vec<Option<Expr>> = c.args.iter().cloned().map(Some).collect();
        items.resize(fields.len(), None);
        let mut last = c.args.len();
        let mut ordered = true;
        for k in &c.keywords {
            let at = fields.iter().position(|f| Some(f.as_str()) == k.arg.as_deref())?;
            if items[at].is_some() {
                return None;
            }
            ordered &= at >= last;
            last = at;
            items[at] = Some(k.value.clone());
        }
        let plain = |e: &Expr| matches!(e, Expr::Name(_) | Expr::Constant(_));
        if !ordered && !c.keywords.iter().all(|k| plain(&k.value)) {
            return None;
        }
        let elts = items.into_iter().collect::<Option<Vec<_>>>()?;
        Some(Expr::Tuple(ast::ExprTuple { range: c.range, elts, ctx: ExprContext::Load }))
    }
}

impl Fold<TextRange> for Rewrite<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            // A method call keeps its attribute: `s.count(x)` is the tuple's.
            Expr::Call(mut c) if matches!(c.func.as_ref(), Expr::Attribute(_)) => {
                let Expr::Attribute(mut a) = *c.func else { unreachable!("matched above") };
                a.value = Box::new(self.fold_expr(*a.value)?);
                c.func = Box::new(Expr::Attribute(a));
                c.args = c.args.fold(self)?;
                c.keywords = c.keywords.fold(self)?;
                Ok(Expr::Call(c))
            }
            Expr::Attribute(a)
                if a.ctx == ExprContext::Load
                    && self.fields.contains_key(a.attr.as_str())
                    && !self.is_module(&a.value) =>
            {
                let k = self.fields[a.attr.as_str()];
                let value = self.fold_expr(*a.value)?;
                let index =
                    Expr::Constant(ast::ExprConstant { range: a.range, value: Constant::Int(k.into()), kind: None });
                Ok(Expr::Subscript(ast::ExprSubscript {
                    range: a.range,
                    value: Box::new(value),
                    slice: Box::new(index),
                    ctx: ExprContext::Load,
                }))
            }
            e => {
                let e = fold::fold_expr(self, e)?;
                let Expr::Call(c) = &e else { return Ok(e) };
                if let Some(t) = self.tuple(c) {
                    return Ok(t);
                }
                if let Expr::Name(n) = c.func.as_ref() {
                    if self.classes.contains_key(n.id.as_str()) && !self.locals.contains(n.id.as_str()) {
                        self.errors.push(
                            Diagnostic::error(format!("this call of the namedtuple class `{}` is not supported yet", n.id))
                                .at(range(c), "this call")
                                .note("pycc reads one argument a field: positional, or keywords in field order (names and constants in any order)"),
                        );
                    }
                }
                Ok(e)
            }
        }
    }
}
