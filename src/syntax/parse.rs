//! Stage 1: read the Python file with rustpython-parser, never executing it,
//! and find what numba.pycc would: `CC('name')` objects, their literal
//! attributes, the `@cc.export(name, sig)` functions and module constants.

use crate::base::consts::ConstValue;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Result, Source};
use crate::base::options::Overflow;
use crate::base::types::Signature;
use crate::syntax::lift;
use crate::syntax::signature::{self, SignatureError};
use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};
use rustpython_parser::Mode;
use std::collections::HashMap;
use std::ops::Range;

/// One `CC(...)` object and everything exported through it.
#[derive(Debug, Clone)]
pub struct ModuleSpec {
    pub name: String,
    pub output_dir: Option<String>,
    pub output_file: Option<String>,
    pub target_cpu: Option<String>,
    /// A literal `cc.overflow = 'wrap' | 'raise'`; `--overflow` overrides it.
    pub overflow: Option<Overflow>,
    /// A literal `cc.boundscheck = True | False`; `--boundscheck` overrides it.
    pub boundscheck: Option<bool>,
    pub exports: Vec<Export>,
}

impl ModuleSpec {
    /// A module with no literal settings and no exports yet.
    fn named(name: String) -> Self {
        ModuleSpec {
            name,
            output_dir: None,
            output_file: None,
            target_cpu: None,
            overflow: None,
            boundscheck: None,
            exports: Vec::new(),
        }
    }
}

/// One `@cc.export('name', 'sig')`: each is its own specialization.
#[derive(Debug, Clone)]
pub struct Export {
    pub name: String,
    pub signature: Signature,
    pub function: ast::StmtFunctionDef,
    pub span: Range<usize>,
}

/// What exported functions may refer to at module level.
#[derive(Debug, Clone, Default)]
pub struct Globals {
    /// Names bound once to a number literal, folded in.
    pub constants: HashMap<String, ConstValue>,
    /// Names bound once to a complex constant expression (`Z = 1 + 2j`): a
    /// complex literal with number literals, unary `-`/`+` and binary `+ -
    /// *`, typed at each use as the same complex arithmetic CPython folds.
    pub complex_constants: HashMap<String, Expr>,
    /// Names bound once to a string literal: exception messages.
    pub strings: HashMap<String, String>,
    /// `import math` / `import math as m`: local name -> module.
    pub modules: HashMap<String, String>,
    /// `from math import sqrt as s`: local name -> (module, name).
    pub from_imports: HashMap<String, (String, String)>,
    /// Top-level functions, exported or not: calls between them compile.
    pub functions: HashMap<String, ast::StmtFunctionDef>,
}

#[derive(Debug, Clone)]
pub struct ParsedFile {
    pub source: Source,
    pub modules: Vec<ModuleSpec>,
    pub globals: Globals,
    pub warnings: Vec<Diagnostic>,
}

pub fn range(node: &impl Ranged) -> Range<usize> {
    let r = node.range();
    usize::from(r.start())..usize::from(r.end())
}

pub fn parse_file(source: &Source) -> Result<ParsedFile> {
    let module = rustpython_parser::parse(&source.text, Mode::Module, &source.name).map_err(|e| {
        let at = usize::from(e.offset).min(source.text.len());
        // One character, unless it is a line end (a caret spanning lines helps no one).
        let len = source.text[at..].chars().next().filter(|c| *c != '\n').map_or(0, char::len_utf8);
        Diagnostics::new(
            source,
            vec![Diagnostic::error(format!("invalid Python syntax: {}", e.error)).at(at..at + len, "here")],
        )
    })?;
    let ast::Mod::Module(module) = module else { unreachable!("parsed in Module mode") };
    let mut scan = Scan {
        source,
        cc_classes: Vec::new(),
        legacy_exports: Vec::new(),
        legacy: None,
        ccs: Vec::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    scan.body(&module.body);
    let mut globals = Globals {
        constants: folded_constants(&module.body),
        complex_constants: bound_once(&module.body, complex_constant),
        strings: bound_once(&module.body, owned_string_literal),
        ..imports(&module.body)
    };
    // numba's legacy `@export('name sig')` functions form one module named after the file.
    if let Some(legacy) = scan.legacy.take() {
        scan.ccs.push(legacy);
    }
    lift_nested(&mut globals, &mut scan);
    if !scan.errors.is_empty() {
        return Err(Diagnostics::new(source, scan.errors));
    }
    if scan.ccs.is_empty() {
        return Err(Diagnostics::new(
            source,
            vec![Diagnostic::error(format!("no `CC(...)` object found in {}", source.name)).note(
                "pycc compiles modules written for numba.pycc:\n    from numba.pycc import CC   # or: from pycc import CC\n    cc = CC('my_module')\n    @cc.export('square', 'f8(f8)')\n    def square(a): return a ** 2",
            )],
        ));
    }
    let mut modules = Vec::new();
    for cc in scan.ccs {
        if cc.spec.exports.is_empty() {
            scan.warnings
                .push(Diagnostic::warning(format!("`{}` exports no function", cc.var)).at(cc.span, "this CC object"));
        }
        modules.push(cc.spec);
    }
    Ok(ParsedFile { source: source.clone(), modules, globals, warnings: scan.warnings })
}

/// Lifts the nested functions of every function of the file (see
/// syntax/lift.rs), the exports' copies included.
fn lift_nested(globals: &mut Globals, scan: &mut Scan) {
    let mut names: Vec<String> = globals.functions.keys().cloned().collect();
    names.sort();
    for name in names {
        let (def, helpers) = lift::lift(&globals.functions[&name], &mut scan.errors);
        globals.functions.insert(name, def);
        for h in helpers {
            globals.functions.insert(h.name.to_string(), h);
        }
    }
    for cc in &mut scan.ccs {
        for e in &mut cc.spec.exports {
            let mut ignored = Vec::new();
            let (def, helpers) = lift::lift(&e.function, &mut ignored);
            for h in helpers {
                globals.functions.entry(h.name.to_string()).or_insert(h);
            }
            e.function = def;
        }
    }
}

struct CcObject {
    var: String,
    span: Range<usize>,
    spec: ModuleSpec,
}

struct Scan<'a> {
    source: &'a Source,
    /// Names and dotted paths that denote numba.pycc's CC class here.
    cc_classes: Vec<String>,
    /// Names and dotted paths of numba.pycc's legacy `export`/`exportmany`.
    legacy_exports: Vec<String>,
    /// The module the legacy decorators export into.
    legacy: Option<CcObject>,
    ccs: Vec<CcObject>,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

fn dotted(e: &Expr) -> Option<String> {
    match e {
        Expr::Name(n) => Some(n.id.to_string()),
        Expr::Attribute(a) => Some(format!("{}.{}", dotted(&a.value)?, a.attr)),
        _ => None,
    }
}

fn string_literal(e: &Expr) -> Option<&str> {
    match e {
        Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) => Some(s),
        _ => None,
    }
}

impl Scan<'_> {
    fn body(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::ImportFrom(i) => {
                let module = i.module.as_deref().unwrap_or("");
                if matches!(module, "numba.pycc" | "pycc") {
                    for alias in &i.names {
                        let local = alias.asname.as_ref().unwrap_or(&alias.name).to_string();
                        match alias.name.as_str() {
                            "CC" => self.cc_classes.push(local),
                            "export" | "exportmany" => self.legacy_exports.push(local),
                            _ => {}
                        }
                    }
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    if matches!(name, "numba.pycc" | "pycc" | "numba") {
                        // The dotted path that denotes the pycc module here.
                        let module = match &alias.asname {
                            Some(a) if name != "numba" => a.to_string(),
                            Some(a) => format!("{a}.pycc"),
                            None if name == "numba" => "numba.pycc".into(),
                            None => name.to_string(),
                        };
                        self.cc_classes.push(format!("{module}.CC"));
                        self.legacy_exports.push(format!("{module}.export"));
                        self.legacy_exports.push(format!("{module}.exportmany"));
                    }
                }
            }
            Stmt::Assign(a) => self.assign(a),
            Stmt::FunctionDef(f) => self.function(f),
            // numba scripts often configure the CC under `if __name__ == "__main__":`.
            Stmt::If(i) => {
                self.body(&i.body);
                self.body(&i.orelse);
            }
            _ => {}
        }
    }

    fn cc_index(&self, var: &str) -> Option<usize> {
        self.ccs.iter().rposition(|c| c.var == var)
    }

    fn assign(&mut self, a: &ast::StmtAssign) {
        for target in &a.targets {
            match target {
                Expr::Name(n) => {
                    if let Expr::Call(call) = a.value.as_ref() {
                        if dotted(&call.func).is_some_and(|f| self.cc_classes.contains(&f)) {
                            self.cc_call(n.id.as_str(), call);
                        }
                    }
                }
                Expr::Attribute(attr) => {
                    let Some(var) = dotted(&attr.value) else { continue };
                    let Some(idx) = self.cc_index(&var) else { continue };
                    let field = attr.attr.as_str();
                    if !matches!(field, "output_dir" | "output_file" | "target_cpu" | "overflow" | "boundscheck") {
                        continue; // verbose, debug, use_nrt...: no effect on the output
                    }
                    if field == "boundscheck" {
                        self.boundscheck_assign(&var, idx, &a.value);
                        continue;
                    }
                    match string_literal(&a.value) {
                        Some(s) if field == "overflow" => match Overflow::from_name(s) {
                            Some(o) => self.ccs[idx].spec.overflow = Some(o),
                            None => self.errors.push(
                                Diagnostic::error(format!("`{var}.overflow` must be 'wrap' or 'raise', not '{s}'"))
                                    .at(range(a.value.as_ref()), "unknown overflow mode")
                                    .note("'wrap': ints wrap at their width (numba); 'raise': OverflowError where the exact result does not fit"),
                            ),
                        },
                        Some(s) => {
                            let spec = &mut self.ccs[idx].spec;
                            let slot = match field {
                                "output_dir" => &mut spec.output_dir,
                                "output_file" => &mut spec.output_file,
                                _ => &mut spec.target_cpu,
                            };
                            *slot = Some(s.to_string());
                        }
                        None => self.warnings.push(
                            Diagnostic::warning(format!("`{var}.{field}` is not a string literal; pycc reads the file without running it, so this assignment is ignored"))
                                .at(range(a.value.as_ref()), "not a literal")
                                .note("pass the value on the command line instead (`-o DIR`, `--target-cpu CPU`, `--overflow MODE`)"),
                        ),
                    }
                }
                _ => {}
            }
        }
    }

    /// `cc.boundscheck = False`: a bool (or int) literal, taken by its truth
    /// as the `CC.boundscheck` setter does; anything else cannot be read
    /// without running the file, so it is ignored with a warning.
    fn boundscheck_assign(&mut self, var: &str, idx: usize, value: &Expr) {
        let truth = match value {
            Expr::Constant(ast::ExprConstant { value: Constant::Bool(b), .. }) => Some(*b),
            Expr::Constant(ast::ExprConstant { value: Constant::Int(i), .. }) => Some(i.to_string() != "0"),
            _ => None,
        };
        match truth {
            Some(b) => self.ccs[idx].spec.boundscheck = Some(b),
            // The setter would take bool('off'), which is True: refuse the
            // string rather than turn checks on where the user meant off.
            None if string_literal(value).is_some() => self.errors.push(
                Diagnostic::error(format!("`{var}.boundscheck` must be True or False, not a string"))
                    .at(range(value), "a string is always true")
                    .note("write `cc.boundscheck = False` (or pass `--boundscheck off`)"),
            ),
            None => self.warnings.push(
                Diagnostic::warning(format!("`{var}.boundscheck` is not a True/False literal; pycc reads the file without running it, so this assignment is ignored"))
                    .at(range(value), "not a literal")
                    .note("pass the value on the command line instead (`--boundscheck on|off`)"),
            ),
        }
    }

    fn cc_call(&mut self, var: &str, call: &ast::ExprCall) {
        let name = call
            .args
            .first()
            .or_else(|| call.keywords.iter().find(|k| k.arg.as_deref() == Some("extension_name")).map(|k| &k.value));
        match name.and_then(string_literal) {
            Some(n) if is_identifier(n) => self.ccs.push(CcObject {
                var: var.to_string(),
                span: range(call),
                spec: ModuleSpec::named(n.to_string()),
            }),
            Some(n) => self.errors.push(
                Diagnostic::error(format!("extension name `{n}` is not a Python identifier"))
                    .at(range(name.unwrap()), "used as the module name"),
            ),
            None => self.errors.push(
                Diagnostic::error("`CC(...)` needs the extension name as a string literal")
                    .at(range(call), "pycc reads this without running it"),
            ),
        }
    }

    fn function(&mut self, f: &ast::StmtFunctionDef) {
        for deco in &f.decorator_list {
            let Expr::Call(call) = deco else { continue };
            if dotted(&call.func).is_some_and(|d| self.legacy_exports.contains(&d)) {
                self.legacy_export(call, f);
                continue;
            }
            let Expr::Attribute(attr) = call.func.as_ref() else { continue };
            let Some(var) = dotted(&attr.value) else { continue };
            let Some(idx) = self.cc_index(&var) else { continue };
            match attr.attr.as_str() {
                "export" => {
                    if let Some(export) = self.export(call, f) {
                        self.ccs[idx].spec.exports.push(export);
                    }
                }
                other => self.errors.push(
                    Diagnostic::error(format!(
                        "`{var}.{other}` is not supported; use `@{var}.export('name', 'signature')`"
                    ))
                    .at(range(call), "here"),
                ),
            }
        }
    }

    fn export(&mut self, call: &ast::ExprCall, f: &ast::StmtFunctionDef) -> Option<Export> {
        let (Some(name_expr), Some(sig_expr)) = (call.args.first(), call.args.get(1)) else {
            self.errors.push(
                Diagnostic::error(
                    "`export` takes the exported name and a signature string: `@cc.export('name', 'f8(f8)')`",
                )
                .at(range(call), "here"),
            );
            return None;
        };
        let name = match string_literal(name_expr) {
            Some(n) if is_identifier(n) => n.to_string(),
            _ => {
                self.errors.push(
                    Diagnostic::error("the exported name must be a string literal that is a Python identifier")
                        .at(range(name_expr), "here"),
                );
                return None;
            }
        };
        let object_text;
        let sig_text = match string_literal(sig_expr) {
            Some(t) => t,
            None => match type_object_text(sig_expr) {
                Some(t) => {
                    object_text = t;
                    &object_text
                }
                None => {
                    self.errors.push(
                        Diagnostic::error("the signature must be a string literal, such as 'f8(f8, f8)', or numba types, such as `float64(float64, float64)`")
                            .at(range(sig_expr), "here"),
                    );
                    return None;
                }
            },
        };
        self.checked_export(name, sig_expr, sig_text, f, range(call))
    }

    /// `@export('name sig')` and `@exportmany(['name sig', ...])`.
    fn legacy_export(&mut self, call: &ast::ExprCall, f: &ast::StmtFunctionDef) {
        let many = dotted(&call.func).is_some_and(|d| d.ends_with("exportmany"));
        let prototypes: Vec<&Expr> = match (many, call.args.first()) {
            (false, Some(e)) if call.args.len() == 1 => vec![e],
            (true, Some(Expr::List(l))) => l.elts.iter().collect(),
            (true, Some(Expr::Tuple(t))) => t.elts.iter().collect(),
            _ => {
                let usage = if many { "`@exportmany(['name sig', ...])`" } else { "`@export('name sig')`" };
                self.errors.push(
                    Diagnostic::error(format!("expected {usage}, such as 'mult f8(f8, f8)'")).at(range(call), "here"),
                );
                return;
            }
        };
        let stem = std::path::Path::new(&self.source.name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !is_identifier(&stem) {
            self.errors.push(
                Diagnostic::error(format!(
                    "legacy exports build a module named after the file, but `{stem}` is not a Python identifier"
                ))
                .at(range(call), "here")
                .note("rename the file, or use `cc = CC('name')` and `@cc.export('name', 'sig')`"),
            );
            return;
        }
        for proto in prototypes {
            let parsed = string_literal(proto).and_then(|t| {
                let (name, sig) = t.trim_start().split_once([' ', '\t'])?;
                Some((name.to_string(), sig))
            });
            let Some((name, sig_text)) = parsed.filter(|(n, s)| is_identifier(n) && !s.trim().is_empty()) else {
                self.errors.push(
                    Diagnostic::error("expected a string literal 'name signature', such as 'mult f8(f8, f8)'")
                        .at(range(proto), "here"),
                );
                continue;
            };
            if let Some(export) = self.checked_export(name, proto, sig_text, f, range(call)) {
                let module = self.legacy.get_or_insert_with(|| CcObject {
                    var: "export".into(),
                    span: 0..0,
                    spec: ModuleSpec::named(stem.clone()),
                });
                module.spec.exports.push(export);
            }
        }
    }

    /// Parses `sig_text` (written in `sig_expr`) and checks it against `f`.
    fn checked_export(
        &mut self,
        name: String,
        sig_expr: &Expr,
        sig_text: &str,
        f: &ast::StmtFunctionDef,
        span: Range<usize>,
    ) -> Option<Export> {
        match signature::parse(sig_text) {
            Ok(sig) => {
                let nparams = f.args.posonlyargs.len() + f.args.args.len();
                if sig.args.len() != nparams {
                    self.errors.push(
                        Diagnostic::error(format!(
                            "signature '{sig_text}' has {} argument{} but `{}` takes {nparams}",
                            sig.args.len(),
                            if sig.args.len() == 1 { "" } else { "s" },
                            f.name
                        ))
                        .at(range(sig_expr), "signature")
                        .also(range(f).start..range(f).start + 3 + f.name.len() + 1, "function"),
                    );
                    return None;
                }
                Some(Export { name, signature: sig, function: f.clone(), span })
            }
            Err(e) => {
                self.errors.push(self.signature_error(sig_expr, sig_text, e));
                None
            }
        }
    }

    /// Points into the signature string itself when the literal is plain
    /// (no prefix, no escapes), else at the whole literal.
    fn signature_error(&self, lit: &Expr, text: &str, e: SignatureError) -> Diagnostic {
        let r = range(lit);
        let raw = &self.source.text[r.clone()];
        let quote = if raw.starts_with("'''") || raw.starts_with("\"\"\"") { 3 } else { 1 };
        let inner = if (raw.starts_with('\'') || raw.starts_with('"')) && raw.len() >= 2 * quote {
            &raw[quote..raw.len() - quote]
        } else {
            ""
        };
        // `text` is the whole literal, or its tail for a legacy 'name sig'.
        let plain = inner.ends_with(text) && !text.is_empty();
        let base = r.start + quote + inner.len() - text.len();
        let at = if plain { base + e.span.start..base + e.span.end.min(text.len()).max(e.span.start + 1) } else { r };
        let mut d = Diagnostic::error(format!("bad signature: {}", e.message)).at(at, "here");
        if let Some(help) = e.help {
            d = d.note(help);
        }
        d
    }
}

/// numba type objects written as a signature (`float64(float64)`,
/// `nb.types.f8(nb.types.i4)`, a tuple of argument types), as the
/// signature text they stand for. The module prefix is dropped.
fn type_object_text(e: &Expr) -> Option<String> {
    let list = |items: &[Expr]| items.iter().map(type_object_text).collect::<Option<Vec<_>>>().map(|v| v.join(", "));
    match e {
        Expr::Name(n) => Some(n.id.to_string()),
        Expr::Attribute(a) => dotted(&a.value).map(|_| a.attr.to_string()),
        Expr::Call(c) if c.keywords.is_empty() => Some(format!("{}({})", type_object_text(&c.func)?, list(&c.args)?)),
        Expr::Tuple(t) => Some(format!("({})", list(&t.elts)?)),
        _ => None,
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// The modules pycc knows how to compile calls into (`math`, `cmath`,
/// `numpy`), as imported at the top level.
fn imports(body: &[Stmt]) -> Globals {
    let mut g = Globals::default();
    for stmt in body {
        match stmt {
            Stmt::Import(i) => {
                for a in &i.names {
                    if matches!(a.name.as_str(), "math" | "cmath" | "numpy") {
                        g.modules.insert(a.asname.as_ref().unwrap_or(&a.name).to_string(), a.name.to_string());
                    }
                }
            }
            Stmt::FunctionDef(f) => {
                g.functions.insert(f.name.to_string(), f.clone());
            }
            Stmt::ImportFrom(i) if matches!(i.module.as_deref(), Some("math" | "cmath")) => {
                let module = i.module.as_deref().unwrap_or_default().to_string();
                for a in &i.names {
                    g.from_imports
                        .insert(a.asname.as_ref().unwrap_or(&a.name).to_string(), (module.clone(), a.name.to_string()));
                }
            }
            _ => {}
        }
    }
    g
}

/// Top-level names bound exactly once, to a literal that `literal` reads
/// (a number or bool, optionally negated; a string). Anything rebound is
/// not a constant.
fn bound_once<T>(body: &[Stmt], literal: fn(&Expr) -> Option<T>) -> HashMap<String, T> {
    let mut found: HashMap<String, Option<T>> = HashMap::new();
    for stmt in body {
        let (targets, value): (Vec<&Expr>, Option<&Expr>) = match stmt {
            Stmt::Assign(a) => (a.targets.iter().collect(), Some(&a.value)),
            Stmt::AnnAssign(a) => (vec![a.target.as_ref()], a.value.as_deref()),
            Stmt::AugAssign(a) => (vec![a.target.as_ref()], None),
            _ => continue,
        };
        for t in targets {
            if let Expr::Name(n) = t {
                let v = value.and_then(literal);
                found.entry(n.id.to_string()).and_modify(|e| *e = None).or_insert(v);
            }
        }
    }
    found.into_iter().filter_map(|(k, v)| Some((k, v?))).collect()
}

fn owned_string_literal(e: &Expr) -> Option<String> {
    string_literal(e).map(str::to_string)
}

/// `e` if it is a complex constant expression (see `Globals::complex_constants`).
fn complex_constant(e: &Expr) -> Option<Expr> {
    // (only literals and + - *, has a complex literal)
    fn walk(e: &Expr) -> Option<bool> {
        match e {
            Expr::Constant(c) => match c.value {
                Constant::Complex { .. } => Some(true),
                Constant::Int(_) | Constant::Float(_) => Some(false),
                _ => None,
            },
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) => walk(&u.operand),
            Expr::BinOp(b) if matches!(b.op, ast::Operator::Add | ast::Operator::Sub | ast::Operator::Mult) => {
                Some(walk(&b.left)? | walk(&b.right)?)
            }
            _ => None,
        }
    }
    walk(e)?.then(|| e.clone())
}

pub fn literal_value(e: &Expr) -> Option<ConstValue> {
    match e {
        Expr::Constant(c) => match &c.value {
            Constant::Bool(b) => Some(ConstValue::Bool(*b)),
            Constant::Int(i) => i.to_string().parse().ok().map(ConstValue::Int),
            Constant::Float(f) => Some(ConstValue::Float(*f)),
            _ => None,
        },
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::USub) => match literal_value(&u.operand)? {
            ConstValue::Int(i) => Some(ConstValue::Int(-i)),
            ConstValue::Float(f) => Some(ConstValue::Float(-f)),
            ConstValue::Bool(b) => Some(ConstValue::Int(-(b as i128))),
        },
        _ => None,
    }
}

/// Top-level names bound once to a constant expression over numbers and
/// earlier such names (`MOD = 10**9 + 7`, `N = 2 * M + 1`, `EPS = 1e-9`),
/// folded in statement order with CPython's semantics. An expression that
/// would raise, build a complex, or leave the range of an i128 is not a
/// constant.
fn folded_constants(body: &[Stmt]) -> HashMap<String, ConstValue> {
    let once = bound_once(body, |_| Some(()));
    let mut env = HashMap::new();
    for stmt in body {
        let (targets, value): (Vec<&Expr>, &Expr) = match stmt {
            Stmt::Assign(a) => (a.targets.iter().collect(), &a.value),
            Stmt::AnnAssign(a) => match &a.value {
                Some(v) => (vec![a.target.as_ref()], v),
                None => continue,
            },
            _ => continue,
        };
        let names: Vec<&str> = targets
            .iter()
            .filter_map(|t| match t {
                Expr::Name(n) if once.contains_key(n.id.as_str()) => Some(n.id.as_str()),
                _ => None,
            })
            .collect();
        if names.is_empty() {
            continue;
        }
        if let Some(v) = fold_constant(value, &env) {
            names.into_iter().for_each(|n| {
                env.insert(n.to_string(), v);
            });
        }
    }
    env
}

/// `e` folded as CPython evaluates it, or None (see `folded_constants`).
pub fn fold_constant(e: &Expr, env: &HashMap<String, ConstValue>) -> Option<ConstValue> {
    use ConstValue::{Bool, Float, Int};
    let int = |v: ConstValue| match v {
        Int(i) => Some(i),
        Bool(b) => Some(b as i128),
        Float(_) => None,
    };
    match e {
        Expr::Constant(_) => literal_value(e),
        Expr::Name(n) => env.get(n.id.as_str()).copied(),
        Expr::UnaryOp(u) => {
            let v = fold_constant(&u.operand, env)?;
            match u.op {
                ast::UnaryOp::USub => match v {
                    Float(f) => Some(Float(-f)),
                    _ => int(v)?.checked_neg().map(Int),
                },
                ast::UnaryOp::UAdd => Some(match v {
                    Float(f) => Float(f),
                    _ => Int(int(v)?),
                }),
                ast::UnaryOp::Invert => Some(Int(!int(v)?)),
                ast::UnaryOp::Not => None,
            }
        }
        Expr::BinOp(b) => {
            let (l, r) = (fold_constant(&b.left, env)?, fold_constant(&b.right, env)?);
            match (l, r) {
                (Float(_), _) | (_, Float(_)) => fold_float(b.op, as_float(l), as_float(r)).map(Float),
                _ => fold_int(b.op, int(l)?, int(r)?),
            }
        }
        _ => None,
    }
}

fn as_float(v: ConstValue) -> f64 {
    match v {
        ConstValue::Float(f) => f,
        // Round half to even, as CPython's int -> float.
        ConstValue::Int(i) => i as f64,
        ConstValue::Bool(b) => b as i32 as f64,
    }
}

/// An int operator on ints (Python's floor `//` and `%`; `/` and a negative
/// `**` give floats).
fn fold_int(op: ast::Operator, a: i128, b: i128) -> Option<ConstValue> {
    use ast::Operator::*;
    let floor_div = |a: i128, b: i128| {
        let q = a.checked_div(b)?;
        Some(if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q })
    };
    let v = match op {
        Add => a.checked_add(b)?,
        Sub => a.checked_sub(b)?,
        Mult => a.checked_mul(b)?,
        FloorDiv => floor_div(a, b)?,
        Mod => a.checked_sub(floor_div(a, b)?.checked_mul(b)?)?,
        Pow if b < 0 => return fold_float(Pow, a as f64, b as f64).map(ConstValue::Float),
        Pow => a.checked_pow(u32::try_from(b).ok()?)?,
        // CPython's int true division is correctly rounded; converting
        // first is too only while both are exact doubles.
        Div if a.abs() < 1 << 53 && b.abs() < 1 << 53 => {
            return fold_float(Div, a as f64, b as f64).map(ConstValue::Float)
        }
        BitAnd => a & b,
        BitOr => a | b,
        BitXor => a ^ b,
        LShift if (0..128).contains(&b) => {
            let v = a.checked_shl(b as u32)?;
            (v >> b == a).then_some(v)?
        }
        RShift if b >= 0 => a >> b.min(127),
        _ => return None,
    };
    Some(ConstValue::Int(v))
}

/// A float operator as CPython's float object computes it (floatobject.c:
/// float_div, float_floor_div/float_mod via divmod, float_pow); None where
/// it raises or its result is complex.
fn fold_float(op: ast::Operator, a: f64, b: f64) -> Option<f64> {
    use ast::Operator::*;
    match op {
        Add => Some(a + b),
        Sub => Some(a - b),
        Mult => Some(a * b),
        Div if b != 0.0 => Some(a / b),
        FloorDiv | Mod if b != 0.0 => {
            let (div, m) = float_divmod(a, b);
            Some(if op == Mod { m } else { div })
        }
        Pow => float_pow(a, b),
        _ => None,
    }
}

/// CPython's `_float_div_mod`.
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0_f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a ** b` for floats, for the finite cases CPython hands to C's pow: a
/// negative base needs an integral exponent (else the result is complex),
/// zero to a negative power raises, and an overflow raises OverflowError.
fn float_pow(a: f64, b: f64) -> Option<f64> {
    if !a.is_finite() || !b.is_finite() || (a == 0.0 && b < 0.0) || (a < 0.0 && b != b.floor()) {
        return None;
    }
    let r = a.powf(b);
    r.is_finite().then_some(r)
}
