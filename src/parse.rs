//! Stage 1: read the Python file with rustpython-parser, never executing it,
//! and find what numba.pycc would: `CC('name')` objects, their literal
//! attributes, the `@cc.export(name, sig)` functions and module constants.

use crate::diagnostics::{Diagnostic, Diagnostics, Result, Source};
use crate::signature::{self, SignatureError};
use crate::types::Signature;
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
    pub exports: Vec<Export>,
}

/// One `@cc.export('name', 'sig')`: each is its own specialization.
#[derive(Debug, Clone)]
pub struct Export {
    pub name: String,
    pub signature: Signature,
    pub function: ast::StmtFunctionDef,
    pub span: Range<usize>,
}

/// A module-level name bound once to a literal: folded into the functions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConstValue {
    Int(i128),
    Float(f64),
    Bool(bool),
}

/// What exported functions may refer to at module level.
#[derive(Debug, Clone, Default)]
pub struct Globals {
    /// Names bound once to a number literal, folded in.
    pub constants: HashMap<String, ConstValue>,
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
        Diagnostics::new(source, vec![Diagnostic::error(format!("invalid Python syntax: {}", e.error)).at(at..at + len, "here")])
    })?;
    let ast::Mod::Module(module) = module else { unreachable!("parsed in Module mode") };
    let mut scan = Scan { source, cc_classes: Vec::new(), ccs: Vec::new(), errors: Vec::new(), warnings: Vec::new() };
    scan.body(&module.body);
    let globals = Globals { constants: constants(&module.body), ..imports(&module.body) };
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
            scan.warnings.push(Diagnostic::warning(format!("`{}` exports no function", cc.var)).at(cc.span, "this CC object"));
        }
        modules.push(cc.spec);
    }
    Ok(ParsedFile { source: source.clone(), modules, globals, warnings: scan.warnings })
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
                        if alias.name.as_str() == "CC" {
                            let local = alias.asname.as_ref().unwrap_or(&alias.name);
                            self.cc_classes.push(local.to_string());
                        }
                    }
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    let name = alias.name.as_str();
                    if matches!(name, "numba.pycc" | "pycc" | "numba") {
                        match &alias.asname {
                            Some(a) if name != "numba" => self.cc_classes.push(format!("{a}.CC")),
                            Some(a) => self.cc_classes.push(format!("{a}.pycc.CC")),
                            None => self.cc_classes.push(format!("{name}.CC")),
                        }
                        if name == "numba.pycc" && alias.asname.is_none() {
                            self.cc_classes.push("numba.pycc.CC".into());
                        }
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
                    if !matches!(field, "output_dir" | "output_file" | "target_cpu") {
                        continue; // verbose, debug, use_nrt...: no effect on the output
                    }
                    match string_literal(&a.value) {
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
                                .note("pass the value on the command line instead (`-o DIR`, `--target-cpu CPU`)"),
                        ),
                    }
                }
                _ => {}
            }
        }
    }

    fn cc_call(&mut self, var: &str, call: &ast::ExprCall) {
        let name = call.args.first().or_else(|| {
            call.keywords.iter().find(|k| k.arg.as_deref() == Some("extension_name")).map(|k| &k.value)
        });
        match name.and_then(string_literal) {
            Some(n) if is_identifier(n) => self.ccs.push(CcObject {
                var: var.to_string(),
                span: range(call),
                spec: ModuleSpec { name: n.to_string(), output_dir: None, output_file: None, target_cpu: None, exports: Vec::new() },
            }),
            Some(n) => self.errors.push(
                Diagnostic::error(format!("extension name `{n}` is not a Python identifier")).at(range(name.unwrap()), "used as the module name"),
            ),
            None => self.errors.push(
                Diagnostic::error("`CC(...)` needs the extension name as a string literal").at(range(call), "pycc reads this without running it"),
            ),
        }
    }

    fn function(&mut self, f: &ast::StmtFunctionDef) {
        for deco in &f.decorator_list {
            let Expr::Call(call) = deco else { continue };
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
                    Diagnostic::error(format!("`{var}.{other}` is not supported; use `@{var}.export('name', 'signature')`")).at(range(call), "here"),
                ),
            }
        }
    }

    fn export(&mut self, call: &ast::ExprCall, f: &ast::StmtFunctionDef) -> Option<Export> {
        let (Some(name_expr), Some(sig_expr)) = (call.args.first(), call.args.get(1)) else {
            self.errors.push(Diagnostic::error("`export` takes the exported name and a signature string: `@cc.export('name', 'f8(f8)')`").at(range(call), "here"));
            return None;
        };
        let name = match string_literal(name_expr) {
            Some(n) if is_identifier(n) => n.to_string(),
            _ => {
                self.errors.push(Diagnostic::error("the exported name must be a string literal that is a Python identifier").at(range(name_expr), "here"));
                return None;
            }
        };
        let Some(sig_text) = string_literal(sig_expr) else {
            self.errors.push(Diagnostic::error("the signature must be a string literal, such as 'f8(f8, f8)'").at(range(sig_expr), "here"));
            return None;
        };
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
                Some(Export { name, signature: sig, function: f.clone(), span: range(call) })
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
        let plain = (raw.starts_with('\'') || raw.starts_with('"')) && raw.len() >= 2 * quote && &raw[quote..raw.len() - quote] == text;
        let at = if plain { r.start + quote + e.span.start..r.start + quote + e.span.end.min(text.len()).max(e.span.start + 1) } else { r };
        let mut d = Diagnostic::error(format!("bad signature: {}", e.message)).at(at, "here");
        if let Some(help) = e.help {
            d = d.note(help);
        }
        d
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// The modules pycc knows how to compile calls into (`math`), as imported
/// at the top level.
fn imports(body: &[Stmt]) -> Globals {
    let mut g = Globals::default();
    for stmt in body {
        match stmt {
            Stmt::Import(i) => {
                for a in &i.names {
                    if a.name.as_str() == "math" {
                        g.modules.insert(a.asname.as_ref().unwrap_or(&a.name).to_string(), "math".into());
                    }
                }
            }
            Stmt::FunctionDef(f) => {
                g.functions.insert(f.name.to_string(), f.clone());
            }
            Stmt::ImportFrom(i) if i.module.as_deref() == Some("math") => {
                for a in &i.names {
                    g.from_imports.insert(a.asname.as_ref().unwrap_or(&a.name).to_string(), ("math".into(), a.name.to_string()));
                }
            }
            _ => {}
        }
    }
    g
}

/// Top-level names bound exactly once, to a number or bool literal
/// (optionally negated). Anything rebound is not a constant.
fn constants(body: &[Stmt]) -> HashMap<String, ConstValue> {
    let mut found: HashMap<String, Option<ConstValue>> = HashMap::new();
    for stmt in body {
        let (targets, value): (Vec<&Expr>, Option<&Expr>) = match stmt {
            Stmt::Assign(a) => (a.targets.iter().collect(), Some(&a.value)),
            Stmt::AnnAssign(a) => (vec![a.target.as_ref()], a.value.as_deref()),
            Stmt::AugAssign(a) => (vec![a.target.as_ref()], None),
            _ => continue,
        };
        for t in targets {
            if let Expr::Name(n) = t {
                let v = value.and_then(literal_value);
                found.entry(n.id.to_string()).and_modify(|e| *e = None).or_insert(v);
            }
        }
    }
    found.into_iter().filter_map(|(k, v)| Some((k, v?))).collect()
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
