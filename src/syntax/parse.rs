//! Step 1: read the Python file with rustpython-parser, never executing it,
//! and find what numba.pycc would: `CC('name')` objects, their literal
//! attributes, the `@cc.export(name, sig)` functions and module constants.

use crate::base::consts::ConstValue;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Result, Source};
use crate::base::options::Overflow;
use crate::base::types::Signature;
use crate::syntax::docsig;
use crate::syntax::lift;
use crate::syntax::signature::{self, SignatureError};
use rustpython_parser::ast::{self, Constant, Expr, Ranged, Stmt};
use rustpython_parser::{Mode, Tok};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// One `CC(...)` object and everything exported through it.
#[derive(Debug, Clone)]
pub struct ModuleSpec {
    pub name: String,
    pub output_dir: Option<String>,
    pub output_file: Option<String>,
    pub target_cpu: Option<String>,
    /// Where the literal `cc.output_file` and `cc.target_cpu` are, for the
    /// driver's checks of their values.
    pub output_file_at: Option<Range<usize>>,
    pub target_cpu_at: Option<Range<usize>>,
    /// A literal `cc.overflow = 'wrap' | 'raise'`; `--overflow` overrides it.
    pub overflow: Option<Overflow>,
    /// A literal `cc.boundscheck = True | False`; `--boundscheck` overrides it.
    pub boundscheck: Option<bool>,
    /// A literal `cc.fastmath = True | False | {'reassoc', ...}`; `--fastmath` overrides it.
    pub fastmath: Option<crate::base::fastmath::FastMath>,
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
            output_file_at: None,
            target_cpu_at: None,
            overflow: None,
            boundscheck: None,
            fastmath: None,
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
    /// Names bound once to a call of one of the file's functions with
    /// constant arguments (`MAXN = _maxn()`), whose body neither prints,
    /// raises nor declares globals: each read is that call (numba freezes
    /// the value CPython computed at import; the call computes the same).
    pub call_constants: HashMap<String, Expr>,
    /// Names bound once to a tuple of string literals (`NAMES = ('a', 'b')`,
    /// none holding a NUL character): tuples of strs.
    pub str_tuples: HashMap<String, Vec<String>>,
    /// The file's exception classes (`class MyError(ValueError): pass`).
    pub exceptions: crate::syntax::classes::ExceptionClasses,
    /// `import sys` / `import sys as s`: the names `sys` is bound to, for
    /// module-level constants (`EPS = sys.float_info.epsilon`).
    pub sys_names: std::collections::HashSet<String>,
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
    parse_file_for(source, None)
}

/// `parse_file`, for the CC named `only` (the Python API's `cc.compile()`):
/// errors in the exports of the file's other CCs are not reported.
pub fn parse_file_for(source: &Source, only: Option<&str>) -> Result<ParsedFile> {
    let mut module = parse_module(source)?;
    let modules = imports(&module.body).modules;
    module.body = super::localmods::rewrite(std::mem::take(&mut module.body), &modules);
    let mut scan = Scan {
        source,
        cc_classes: Vec::new(),
        legacy_exports: Vec::new(),
        legacy: None,
        ccs: Vec::new(),
        defs: Vec::new(),
        call_exports: Vec::new(),
        bindings: HashMap::new(),
        name_calls: Vec::new(),
        loops: Vec::new(),
        strings: bound_once(&module.body, owned_string_literal),
        consumed: Vec::new(),
        errors: Vec::new(),
        owners: Vec::new(),
        warnings: Vec::new(),
    };
    scan.body(&module.body);
    scan.resolve_call_exports();
    scan.unread_exports();
    // numba's legacy `@export('name sig')` functions form one module named
    // after the file; a `CC` of that name shares it (the file's import
    // would load one of two modules of one name).
    if let Some(legacy) = scan.legacy.take() {
        match scan.ccs.iter_mut().find(|c| c.spec.name == legacy.spec.name) {
            Some(cc) => cc.spec.exports.extend(legacy.spec.exports),
            None => scan.ccs.push(legacy),
        }
    }
    scan.duplicate_modules();
    scan.duplicate_exports();
    let exported: Vec<&ast::StmtFunctionDef> =
        scan.ccs.iter().flat_map(|cc| cc.spec.exports.iter().map(|e| &e.function)).collect();
    let redefined = super::redefined::after_export(&module.body, &exported);
    scan.errors.extend(redefined);
    let mut globals = Globals {
        call_constants: call_constants(&module.body, &source.text),
        constants: folded_constants(&module.body),
        complex_constants: bound_once(&module.body, complex_constant),
        strings: bound_once(&module.body, owned_string_literal),
        exceptions: crate::syntax::classes::collect(&module.body),
        str_tuples: bound_once(&module.body, str_tuple_literal),
        ..imports(&module.body)
    };
    if let Some(only) = only {
        let others: Vec<usize> =
            scan.owners.iter().filter(|(_, cc)| scan.ccs[*cc].spec.name != only).map(|(e, _)| *e).collect();
        let mut k = 0;
        scan.errors.retain(|_| {
            k += 1;
            !others.contains(&(k - 1))
        });
    }
    super::npext::bind(&module.body, &mut globals);
    lift_nested(&mut globals, &mut scan);
    // Functions defined in a function (a `CC` and its exports made inside
    // `def compile_cc():`) call each other by name: numba reads such a
    // sibling as a constant of the enclosing scope, pycc as a file-level
    // function (the first `def` of that name, when no top-level one has
    // it), lifted as the exports' copies are (its errors are the
    // enclosing function's, reported there).
    for f in &scan.defs {
        if !globals.functions.contains_key(f.name.as_str()) {
            let (def, helpers) = lift::lift(f, &mut Vec::new());
            for h in helpers {
                globals.functions.entry(h.name.to_string()).or_insert(h);
            }
            globals.functions.insert(f.name.to_string(), def);
        }
    }
    bind_frozen(source, &module.body, &mut globals, &mut scan);
    let exports = scan.ccs.iter_mut().flat_map(|cc| cc.spec.exports.iter_mut().map(|e| &mut e.function));
    super::dtypeargs::specialize(&mut globals, exports);
    let exports = scan.ccs.iter_mut().flat_map(|cc| cc.spec.exports.iter_mut().map(|e| &mut e.function));
    super::nonetuples::rewrite(&mut globals, exports);
    let exports = scan.ccs.iter_mut().flat_map(|cc| cc.spec.exports.iter_mut().map(|e| &mut e.function));
    super::rowhelpers::inline(&mut globals, exports);
    for f in globals.functions.values_mut() {
        super::dictoflists::rewrite(f);
    }
    for cc in &mut scan.ccs {
        for e in &mut cc.spec.exports {
            super::dictoflists::rewrite(&mut e.function);
        }
    }
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

/// The file's module, or the diagnostic for a syntax error, code nested
/// deeper than CPython compiles, or a misplaced statement.
fn parse_module(source: &Source) -> Result<ast::ModModule> {
    let module = rustpython_parser::parse(&source.text, Mode::Module, &source.name).map_err(|e| {
        let at = usize::from(e.offset).min(source.text.len());
        if let Some((what, span)) = super::badliteral::describe(&e.error, &source.text, at) {
            return Diagnostics::new(
                source,
                vec![Diagnostic::error(format!("invalid Python syntax: {what}")).at(span, "this literal")],
            );
        }
        // One character, unless it is a line end (a caret spanning lines helps no one).
        let len = source.text[at..].chars().next().filter(|c| *c != '\n').map_or(0, char::len_utf8);
        Diagnostics::new(
            source,
            vec![Diagnostic::error(format!("invalid Python syntax: {}", e.error)).at(at..at + len, "here")],
        )
    })?;
    let ast::Mod::Module(mut module) = module else { unreachable!("parsed in Module mode") };
    if let Some(at) = super::nesting::too_deep(&module.body) {
        let limit = super::nesting::MAX_NESTING;
        return Err(Diagnostics::new(
            source,
            vec![Diagnostic::error(format!("code nested more than {limit} levels deep"))
                .at(at, "too deep here")
                .note("CPython refuses it too: RecursionError: maximum recursion depth exceeded during compilation")],
        ));
    }
    if let Some(e) = misplaced_statement(source, &module.body) {
        return Err(Diagnostics::new(source, vec![e]));
    }
    module.body = super::shadow::rename(std::mem::take(&mut module.body));
    Ok(module)
}

/// Binds the file's constant tuples and arrays (syntax/frozen.rs) and
/// the functions' defaults in every function, exports' copies included,
/// then rewrites `from numpy import` names (syntax/npnames.rs).
fn bind_frozen(source: &Source, body: &[ast::Stmt], globals: &mut Globals, scan: &mut Scan) {
    let mut functions: Vec<ast::StmtFunctionDef> = globals.functions.values().cloned().collect();
    // In source order: their diagnostics come out in it, not in the map's.
    functions.sort_by_key(|f| f.range.start());
    let once: std::collections::HashSet<String> = bound_once(body, |_| Some(())).into_keys().collect();
    let mut frozen = super::frozen::tuples(body, &once, &globals.constants);
    let numpy: std::collections::HashSet<String> =
        globals.modules.iter().filter(|(_, m)| m.as_str() == "numpy").map(|(k, _)| k.clone()).collect();
    frozen.extend(super::frozen::arrays(body, &once, &globals.constants, &numpy));
    let calls = super::frozen::calls(&globals.call_constants, &globals.functions);
    let function_names: std::collections::HashSet<String> = globals.functions.keys().cloned().collect();
    // Names another mechanism knows (folded constants such as `S2 = np.sqrt(2)`) are not arrays.
    let known = |n: &str| {
        globals.constants.contains_key(n)
            || globals.complex_constants.contains_key(n)
            || globals.call_constants.contains_key(n)
            || globals.strings.contains_key(n)
    };
    let mut unfrozen: Vec<_> =
        super::modarrays::unfrozen(body, &frozen, &numpy).into_iter().filter(|u| !known(u.name())).collect();
    // Only the functions an export reaches compile: others may read anything.
    let compiled = super::modarrays::reachable(
        scan.ccs.iter().flat_map(|cc| cc.spec.exports.iter().map(|e| &e.function)),
        &globals.functions,
    );
    // The arrays those functions read are computed as the module would
    // (syntax/modeval.rs), where a Python with numpy can run the module.
    let read = super::modarrays::read_by(&unfrozen, compiled.iter().filter_map(|n| globals.functions.get(n)));
    let np = if numpy.contains("np") { Some("np") } else { numpy.iter().next().map(|s| s.as_str()) };
    if let Some(np) = np.filter(|_| !read.is_empty()) {
        let evaluated = super::modeval::evaluate(source, body, &read, np);
        unfrozen.retain(|u| !evaluated.iter().any(|(n, _)| n == u.name()));
        frozen.extend(evaluated);
    }
    let exported = scan.ccs.iter().flat_map(|cc| cc.spec.exports.iter().map(|e| e.function.name.to_string()));
    let exported: std::collections::HashSet<String> = exported.collect();
    let exports = scan.ccs.iter_mut().flat_map(|cc| cc.spec.exports.iter_mut().map(|e| &mut e.function));
    let mut all: Vec<&mut ast::StmtFunctionDef> = functions.iter_mut().chain(exports).collect();
    for f in all.iter_mut() {
        let mut mine = frozen.clone();
        let unreached = calls.iter().filter(|(_, _, reach)| !reach.contains(f.name.as_str()));
        mine.extend(unreached.map(|(name, stmt, _)| (name.clone(), stmt.clone())));
        let mut errors = Vec::new();
        // A function no export reaches runs only in Python (module code
        // filling a table): it may write and read any module array.
        if compiled.contains(f.name.as_str()) || !globals.functions.contains_key(f.name.as_str()) {
            errors.extend(super::frozen::writes(f, &mine));
            errors.extend(super::modarrays::reads(f, &unfrozen));
        }
        super::frozen::bind(f, &mine);
        lift::function_defaults(f, &function_names, &mut errors);
        // An export is also in `functions`: report its errors once.
        for e in errors {
            if !scan.errors.iter().any(|d| format!("{d:?}") == format!("{e:?}")) {
                scan.errors.push(e);
            }
        }
    }
    super::typenames::rewrite(body, globals, &mut all);
    super::typedlist::rewrite(body, globals, &mut all);
    let classes = super::namedtuples::classes(body, globals);
    let mut errors = Vec::new();
    super::namedtuples::rewrite(&classes, globals, &mut all, &exported, &compiled, &mut errors);
    // An export is also in `functions`: report its errors once.
    for e in errors {
        if !scan.errors.iter().any(|d| format!("{d:?}") == format!("{e:?}")) {
            scan.errors.push(e);
        }
    }
    let shadowed = super::npnames::rewrite(globals, all);
    scan.warnings.extend(shadowed);
    for f in functions {
        globals.functions.insert(f.name.to_string(), f);
    }
}

/// Lifts the nested functions of every function of the file (see
/// syntax/lift.rs), the exports' copies included.
fn lift_nested(globals: &mut Globals, scan: &mut Scan) {
    let mut names: Vec<String> = globals.functions.keys().cloned().collect();
    names.sort();
    for name in names {
        // A function that makes a `CC` only declares exports (`def
        // problem_p02604(): def solve...; cc.export('solve', sig)(solve)`):
        // nothing compiles it, so passing its inner functions is no error.
        let at = range(&globals.functions[&name]);
        let driver = scan.ccs.iter().any(|cc| at.contains(&cc.span.start));
        let mut errors = Vec::new();
        let (def, helpers) = lift::lift(&globals.functions[&name], &mut errors);
        if !driver {
            scan.errors.extend(errors);
        }
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
    /// Every `def` in the file, in source order, for the call form.
    defs: Vec<ast::StmtFunctionDef>,
    /// `cc.export('name', sig)(func)`: the CC, the `cc.export(...)` call and
    /// the function argument, resolved once every `def` is known.
    call_exports: Vec<(Option<usize>, ast::ExprCall, Expr)>,
    /// `name = value` statements seen (the last one of each name): `fn =
    /// solve` or `sig = (i8[:],)` before `cc.export(fn.__name__, sig)(fn)`.
    bindings: HashMap<String, Expr>,
    /// `for func, sig in numba_config:` loops (targets all names): a call
    /// export inside one is made once per row of a literal list.
    loops: Vec<ast::StmtFor>,
    /// Statement-level calls of a plain name, `main = cc_export(main, sig)`:
    /// the calls of a helper that declares its parameter as an export.
    name_calls: Vec<ast::ExprCall>,
    /// Module-level names bound once to a string: a signature may be one.
    strings: HashMap<String, String>,
    /// End offsets of the `cc.export` attributes read as exports: any other
    /// mention of `cc.export` is an export pycc cannot see (an error).
    consumed: Vec<usize>,
    errors: Vec<Diagnostic>,
    /// (error index, CC index): errors in one CC's exports, which do not stop
    /// the Python API from compiling another CC of the file (numba compiles
    /// only the CC whose `compile()` runs).
    owners: Vec<(usize, usize)>,
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
                if module == "numba" {
                    // `from numba import pycc [as p]`: `p.CC`, `p.export`.
                    for alias in i.names.iter().filter(|a| a.name.as_str() == "pycc") {
                        let local = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.cc_classes.push(format!("{local}.CC"));
                        self.legacy_exports.push(format!("{local}.export"));
                        self.legacy_exports.push(format!("{local}.exportmany"));
                    }
                    // numba's first pycc API lived in `numba` itself
                    // (`from numba import export, exportmany`, or `*`).
                    for alias in &i.names {
                        match alias.name.as_str() {
                            "export" | "exportmany" => {
                                self.legacy_exports.push(alias.asname.as_ref().unwrap_or(&alias.name).to_string())
                            }
                            "*" => self.legacy_exports.extend(["export".to_string(), "exportmany".to_string()]),
                            _ => {}
                        }
                    }
                }
                if matches!(module, "numba.pycc" | "numba.pycc.cc" | "numba.pycc.decorators" | "pycc") {
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
            Stmt::Assign(a) => {
                self.assign(a);
                if let [Expr::Name(n)] = a.targets.as_slice() {
                    self.bindings.insert(n.id.to_string(), (*a.value).clone());
                }
                self.note_name_call(&a.value);
                self.export_call(&a.value);
            }
            Stmt::Expr(e) => {
                self.note_name_call(&e.value);
                self.export_call(&e.value)
            }
            Stmt::FunctionDef(f) => {
                self.function(f);
                self.defs.push(f.clone());
                // A CC may be made, and its exports declared, inside a function (`def main():`).
                self.body(&f.body);
            }
            Stmt::AsyncFunctionDef(f) => self.async_function(f),
            // numba scripts often configure the CC under `if __name__ == "__main__":`,
            // and import it under `try:` (numba.pycc, else pycc).
            Stmt::For(f) => {
                self.loops.push(f.clone());
                self.body(&f.body);
                self.body(&f.orelse);
            }
            Stmt::If(ast::StmtIf { body, orelse, .. }) | Stmt::While(ast::StmtWhile { body, orelse, .. }) => {
                self.body(body);
                self.body(orelse);
            }
            Stmt::With(w) => self.body(&w.body),
            Stmt::Try(ast::StmtTry { body, handlers, orelse, finalbody, .. })
            | Stmt::TryStar(ast::StmtTryStar { body, handlers, orelse, finalbody, .. }) => {
                self.body(body);
                for ast::ExceptHandler::ExceptHandler(h) in handlers {
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            _ => {}
        }
    }

    /// `cc.export`, `self.cc.export`: the CC it names, if `e` is one.
    fn export_attr(&self, e: &Expr) -> Option<(usize, String)> {
        let Expr::Attribute(attr) = e else { return None };
        let var = dotted(&attr.value)?;
        let idx = self.cc_index(&var)?;
        (attr.attr.as_str() == "export").then_some((idx, var))
    }

    /// `cc.export('name', sig)(func)`, as a statement or assigned: numba's
    /// decorator applied by hand. Resolved at the end, when every `def` is known.
    fn export_call(&mut self, e: &Expr) {
        let Expr::Call(outer) = e else { return };
        let Expr::Call(inner) = outer.func.as_ref() else { return };
        let legacy = dotted(&inner.func).filter(|d| self.legacy_exports.contains(d));
        let Some((idx, var)) =
            self.export_attr(&inner.func).map(|(i, v)| (Some(i), format!("{v}.export"))).or(legacy.map(|d| (None, d)))
        else {
            return;
        };
        self.consumed.push(range(inner.func.as_ref()).end);
        match (outer.args.as_slice(), outer.keywords.is_empty()) {
            ([func], true) => self.call_exports.push((idx, inner.clone(), func.clone())),
            _ => self.errors.push(
                Diagnostic::error(format!("`{var}(...)` takes one function, as in `{var}(...)(func)`"))
                    .at(range(outer), "here"),
            ),
        }
    }

    fn note_name_call(&mut self, e: &Expr) {
        if let Expr::Call(c) = e {
            if matches!(c.func.as_ref(), Expr::Name(_)) {
                self.name_calls.push(c.clone());
            }
        }
    }

    /// `cc.export(f.__name__, sig)(f)` where `f` is not a `def`: through a
    /// binding `f = solve`, or in a helper `def cc_export(f, sig)` once per
    /// call `cc_export(main, (i8, i8))`, as the call and function they mean.
    fn bound_call_exports(&self, call: ast::ExprCall, func: Expr) -> Vec<(ast::ExprCall, Expr)> {
        let Expr::Name(n) = &func else {
            // `cc.export(name, sig)(globals()[name])` in a loop over rows.
            return self.loop_call_exports(&call, &func).unwrap_or_else(|| vec![(call, func)]);
        };
        let id = n.id.as_str();
        if self.defs.iter().any(|f| f.name.as_str() == id) {
            // The signature may still be a variable: `signature = (i8, i8)`.
            return vec![(substitute(&call, &HashMap::new(), &self.bindings), func)];
        }
        if let Some(uses) = self.loop_call_exports(&call, &func) {
            return uses;
        }
        let inside = |f: &&ast::StmtFunctionDef| {
            range(*f).start <= range(&call).start
                && range(&call).end <= range(*f).end
                && f.args.args.iter().any(|a| a.def.arg.as_str() == id)
        };
        if let Some(helper) = self.defs.iter().rfind(inside) {
            let params: Vec<&str> = helper.args.args.iter().map(|a| a.def.arg.as_str()).collect();
            let uses: Vec<_> = self
                .name_calls
                .iter()
                .filter(|c| matches!(c.func.as_ref(), Expr::Name(h) if h.id == helper.name) && c.keywords.is_empty())
                .filter(|c| c.args.len() == params.len())
                .map(|c| {
                    let map: HashMap<&str, &Expr> = params.iter().copied().zip(&c.args).collect();
                    (substitute(&call, &map, &self.bindings), map[id].clone())
                })
                .collect();
            if !uses.is_empty() {
                return uses;
            }
        }
        match self.bindings.get(id) {
            Some(bound @ Expr::Name(_)) => {
                let map = HashMap::from([(id, bound)]);
                vec![(substitute(&call, &map, &self.bindings), bound.clone())]
            }
            _ => vec![(call, func)],
        }
    }

    /// `for func, signature in numba_config: cc.export(func.__name__,
    /// signature)(func)`: one export per row of the literal list the loop
    /// runs over, a module-level `numba_config = [[solve, "i8(i8)"], ...]` or
    /// the argument of each call of the helper whose parameter it is.
    fn loop_call_exports(&self, call: &ast::ExprCall, func: &Expr) -> Option<Vec<(ast::ExprCall, Expr)>> {
        let at = range(call);
        let looped = self.loops.iter().rfind(|l| range(*l).start <= at.start && at.end <= range(*l).end)?;
        let Expr::Tuple(t) = looped.target.as_ref() else { return None };
        let targets: Vec<&str> = t
            .elts
            .iter()
            .map(|e| if let Expr::Name(n) = e { Some(n.id.as_str()) } else { None })
            .collect::<Option<_>>()?;
        // `func` a target, or `func = d[fname]` (`d = globals()`) with `fname`
        // a target holding the function's name as a string.
        let id = match func {
            Expr::Name(n) => Some(n.id.as_str()),
            _ => None,
        };
        let (pos, by_name) = match id.and_then(|id| targets.iter().position(|t| *t == id)) {
            Some(p) => (p, false),
            None => {
                let lookup = match id {
                    Some(id) => self.bindings.get(id)?,
                    None => func,
                };
                let key = self.globals_lookup(lookup)?;
                (targets.iter().position(|t| *t == key)?, true)
            }
        };
        let lists = self.loop_lists(looped, at)?;
        let mut uses = Vec::new();
        for list in lists {
            let (Expr::List(ast::ExprList { elts: rows, .. }) | Expr::Tuple(ast::ExprTuple { elts: rows, .. })) = list
            else {
                return None;
            };
            for row in rows {
                let (Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })) = row else {
                    return None;
                };
                if elts.len() != targets.len() {
                    return None;
                }
                let func = if by_name {
                    let name = string_literal(&elts[pos])?;
                    Expr::Name(ast::ExprName { range: elts[pos].range(), id: name.into(), ctx: ast::ExprContext::Load })
                } else {
                    elts[pos].clone()
                };
                let mut map: HashMap<&str, &Expr> = targets.iter().copied().zip(elts).collect();
                if let Some(id) = id {
                    map.insert(id, &func);
                }
                uses.push((substitute(call, &map, &self.bindings), func.clone()));
            }
        }
        (!uses.is_empty()).then_some(uses)
    }

    /// The literal lists of rows a `for` at `at` runs over: the list itself,
    /// a module-level name bound to one, or the argument of each call of the
    /// helper whose parameter the loop runs over.
    fn loop_lists<'s>(&'s self, looped: &'s ast::StmtFor, at: Range<usize>) -> Option<Vec<&'s Expr>> {
        let over = match looped.iter.as_ref() {
            Expr::Name(over) => over,
            literal @ (Expr::List(_) | Expr::Tuple(_)) => return Some(vec![literal]),
            _ => return None,
        };
        let helper = self.defs.iter().rfind(|f| {
            range(*f).start <= at.start && at.end <= range(*f).end && f.args.args.iter().any(|a| a.def.arg == over.id)
        });
        Some(match helper {
            Some(h) => {
                let k = h.args.args.iter().position(|a| a.def.arg == over.id)?;
                let calls =
                    self.name_calls.iter().filter(|c| matches!(c.func.as_ref(), Expr::Name(n) if n.id == h.name));
                calls.filter_map(|c| c.args.get(k)).collect()
            }
            None => vec![self.bindings.get(over.id.as_str())?],
        })
    }

    /// `globals()[k]`, `vars()[k]`, or `d[k]` with `d = globals()`: the
    /// name `k` a function is looked up by.
    fn globals_lookup<'e>(&self, e: &'e Expr) -> Option<&'e str> {
        let Expr::Subscript(s) = e else { return None };
        let Expr::Name(k) = s.slice.as_ref() else { return None };
        let is_globals = |v: &Expr| {
            matches!(v, Expr::Call(c) if c.args.is_empty()
                && matches!(c.func.as_ref(), Expr::Name(f) if matches!(f.id.as_str(), "globals" | "vars")))
        };
        let table = match s.value.as_ref() {
            Expr::Name(d) => self.bindings.get(d.id.as_str())?,
            other => other,
        };
        is_globals(table).then_some(k.id.as_str())
    }

    /// The `def` each `cc.export(...)(func)` names: the last one before the
    /// call, else the first after it (a module-level call may precede nothing).
    fn resolve_call_exports(&mut self) {
        let pending = std::mem::take(&mut self.call_exports);
        let bound: Vec<_> = pending
            .into_iter()
            .flat_map(|(idx, call, func)| {
                self.bound_call_exports(call, func).into_iter().map(move |(c, f)| (idx, c, f))
            })
            .collect();
        for (idx, call, func) in bound {
            let found = match &func {
                Expr::Name(n) => {
                    let named = |f: &&ast::StmtFunctionDef| f.name == n.id;
                    let before = self.defs.iter().filter(named).rfind(|f| range(*f).start < range(&call).start);
                    before.or_else(|| self.defs.iter().find(named)).cloned()
                }
                _ => None,
            };
            let before = self.errors.len();
            match (found, idx) {
                (None, _) => self.errors.push(
                    Diagnostic::error("pycc exports only functions defined with `def` in this file, passed by name")
                        .at(range(&func), "not the name of a `def` in this file"),
                ),
                // numba's legacy `export('name sig')(func)`.
                (Some(f), None) => self.legacy_export(&call, &f),
                (Some(f), Some(idx)) => {
                    if let Some(export) = self.export(&call, &f) {
                        self.ccs[idx].spec.exports.push(export);
                    }
                }
            }
            if let Some(idx) = idx {
                self.own_errors(before, idx);
            }
        }
    }

    /// Every mention of `cc.export` that was not read as an export: pycc
    /// would otherwise write a module without that function.
    fn unread_exports(&mut self) {
        let vars: Vec<&str> = self.ccs.iter().map(|c| c.var.rsplit('.').next().unwrap_or(&c.var)).collect();
        let tokens: Vec<_> = rustpython_parser::lexer::lex(&self.source.text, Mode::Module).flatten().collect();
        for w in tokens.windows(3) {
            let [(Tok::Name { name: var }, at), (Tok::Dot, _), (Tok::Name { name: attr }, end)] = w else { continue };
            let end = usize::from(end.end());
            if attr != "export" || !vars.contains(&var.as_str()) || self.consumed.contains(&end) {
                continue;
            }
            self.errors.push(
                Diagnostic::error(format!("pycc cannot read this use of `{var}.export`"))
                    .at(usize::from(at.start())..end, "not an export pycc can see")
                    .note(format!("pycc reads the file without running it; write `@{var}.export('name', 'f8(f8)')` above a `def`, or `{var}.export('name', 'f8(f8)')(func)` with literal arguments")),
            );
        }
    }

    /// numba raises KeyError for a second export of one name.
    /// Two `CC`s of one name would write one file, the second over the
    /// first: the first's exports would be missing.
    fn duplicate_modules(&mut self) {
        for (idx, cc) in self.ccs.iter().enumerate() {
            if let Some(first) = self.ccs[..idx].iter().find(|f| f.spec.name == cc.spec.name) {
                self.errors.push(
                    Diagnostic::error(format!(
                        "`{}` and `{}` both build the module `{}`",
                        first.var, cc.var, cc.spec.name
                    ))
                    .at(cc.span.clone(), "this module's file")
                    .also(first.span.clone(), "would replace this one's")
                    .note("give each CC its own name"),
                );
                self.owners.push((self.errors.len() - 1, idx));
            }
        }
    }

    fn duplicate_exports(&mut self) {
        for (idx, cc) in self.ccs.iter().enumerate() {
            for (k, e) in cc.spec.exports.iter().enumerate() {
                if let Some(first) = cc.spec.exports[..k].iter().find(|f| f.name == e.name) {
                    self.errors.push(
                        Diagnostic::error(format!("`{}` exports `{}` twice", cc.var, e.name))
                            .at(e.span.clone(), "exported again here")
                            .also(first.span.clone(), "first exported here")
                            .note("numba raises KeyError('duplicated export symbol'); give each export its own name"),
                    );
                    self.owners.push((self.errors.len() - 1, idx));
                }
            }
        }
    }

    /// `async def` cannot be compiled: an export of one is an error.
    fn async_function(&mut self, f: &ast::StmtAsyncFunctionDef) {
        for deco in &f.decorator_list {
            let Expr::Call(call) = deco else { continue };
            if self.export_attr(&call.func).is_some()
                || dotted(&call.func).is_some_and(|d| self.legacy_exports.contains(&d))
            {
                self.consumed.push(range(call.func.as_ref()).end);
                let head = range(f).start..range(f).start + "async def ".len() + f.name.len();
                self.errors.push(
                    Diagnostic::error(format!("`async def {}` cannot be exported", f.name))
                        .at(head, "a coroutine function")
                        .note("numba compiles only plain functions; remove `async`"),
                );
            }
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
                    if !matches!(
                        field,
                        "output_dir" | "output_file" | "target_cpu" | "overflow" | "boundscheck" | "fastmath"
                    ) {
                        continue; // verbose, debug, use_nrt...: no effect on the output
                    }
                    if field == "boundscheck" {
                        self.boundscheck_assign(&var, idx, &a.value);
                        continue;
                    }
                    if field == "fastmath" {
                        self.fastmath_assign(&var, idx, &a.value);
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
                            let at = Some(range(a.value.as_ref()));
                            let slot = match field {
                                "output_dir" => &mut spec.output_dir,
                                "output_file" => {
                                    if windows_only_name(s) {
                                        self.warnings.push(
                                            Diagnostic::warning(format!("`{var}.output_file` names a Windows extension module ('{s}'), which Python here cannot import"))
                                                .at(range(a.value.as_ref()), "a .pyd name")
                                                .note("pycc writes it with this platform's suffix instead (the name before `.pyd`, then Python's EXT_SUFFIX)"),
                                        );
                                    }
                                    spec.output_file_at = at;
                                    &mut spec.output_file
                                }
                                _ => {
                                    spec.target_cpu_at = at;
                                    &mut spec.target_cpu
                                }
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

    /// `cc.fastmath = True | False` or a set (list, tuple) of numba's flag
    /// names, `{'reassoc', 'contract'}`; anything else is ignored with a
    /// warning, an unknown flag name is an error.
    fn fastmath_assign(&mut self, var: &str, idx: usize, value: &Expr) {
        use crate::base::fastmath::FastMath;
        let items = match value {
            Expr::Constant(ast::ExprConstant { value: Constant::Bool(b), .. }) => {
                self.ccs[idx].spec.fastmath = Some(if *b { FastMath::ALL } else { FastMath::OFF });
                return;
            }
            Expr::Set(s) => Some(&s.elts),
            Expr::List(l) => Some(&l.elts),
            Expr::Tuple(t) => Some(&t.elts),
            _ => None,
        };
        let Some(items) = items else {
            self.warnings.push(
                Diagnostic::warning(format!("`{var}.fastmath` is not a True/False or flag-set literal; pycc reads the file without running it, so this assignment is ignored"))
                    .at(range(value), "not a literal")
                    .note("pass the value on the command line instead (`--fastmath` or `--fastmath=reassoc,contract`)"),
            );
            return;
        };
        let mut flags = FastMath::OFF;
        for item in items {
            match string_literal(item).map(|s| (s, FastMath::flag(s))) {
                Some((_, Some(f))) => flags = FastMath(flags.0 | f.0),
                _ => {
                    self.errors.push(
                        Diagnostic::error(format!("`{var}.fastmath` takes numba's flag names"))
                            .at(range(item), "not a fastmath flag")
                            .note("known: 'fast', 'reassoc', 'nnan', 'ninf', 'nsz', 'arcp', 'contract', 'afn'"),
                    );
                    return;
                }
            }
        }
        self.ccs[idx].spec.fastmath = Some(flags);
    }

    fn cc_call(&mut self, var: &str, call: &ast::ExprCall) {
        let name = call
            .args
            .first()
            .or_else(|| call.keywords.iter().find(|k| k.arg.as_deref() == Some("extension_name")).map(|k| &k.value));
        let text = name.and_then(|e| self.constant_string(e));
        match text.as_deref() {
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
                Diagnostic::error("`CC(...)` needs the extension name as a string constant")
                    .at(range(call), "pycc reads this without running it"),
            ),
        }
    }

    /// A string known without running the file: a literal, a module-level
    /// name bound once to one (`mname = "lib"; CC(mname)`), `+` of those, or
    /// an f-string of them.
    fn constant_string(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Constant(_) => string_literal(e).map(str::to_string),
            Expr::Name(n) => self.strings.get(n.id.as_str()).cloned(),
            Expr::BinOp(b) if b.op == ast::Operator::Add => {
                Some(self.constant_string(&b.left)? + &self.constant_string(&b.right)?)
            }
            Expr::JoinedStr(j) => j.values.iter().map(|v| self.constant_string(v)).collect(),
            Expr::FormattedValue(f) if f.conversion == ast::ConversionFlag::None && f.format_spec.is_none() => {
                self.constant_string(&f.value)
            }
            // `solve.__doc__.strip().split()[0]`: a signature in a docstring.
            Expr::Attribute(a) if a.attr.as_str() == "__doc__" => {
                docsig::docstring(self.def_named(&a.value)?).map(str::to_string)
            }
            Expr::Call(c) if c.args.is_empty() && c.keywords.is_empty() => {
                let Expr::Attribute(m) = c.func.as_ref() else { return None };
                docsig::strip(&self.constant_string(&m.value)?, m.attr.as_str())
            }
            Expr::Subscript(s) => {
                let Expr::Call(c) = s.value.as_ref() else { return None };
                let Expr::Attribute(m) = c.func.as_ref() else { return None };
                if m.attr.as_str() != "split" || !c.args.is_empty() || !c.keywords.is_empty() {
                    return None;
                }
                docsig::split_item(&self.constant_string(&m.value)?, docsig::int_index(&s.slice)?)
            }
            _ => None,
        }
    }

    /// The `def` a name means in `name.__doc__`: the last one before it, else
    /// the first after it (as `resolve_call_exports` finds the exported one).
    fn def_named(&self, e: &Expr) -> Option<&ast::StmtFunctionDef> {
        let Expr::Name(n) = e else { return None };
        let named = |f: &&ast::StmtFunctionDef| f.name == n.id;
        let before = self.defs.iter().filter(named).rfind(|f| range(*f).start < range(e).start);
        before.or_else(|| self.defs.iter().find(named))
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
            self.consumed.push(range(call.func.as_ref()).end);
            let before = self.errors.len();
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
            self.own_errors(before, idx);
        }
    }

    /// The errors from index `before` on belong to the CC `idx`.
    fn own_errors(&mut self, before: usize, idx: usize) {
        self.owners.extend((before..self.errors.len()).map(|e| (e, idx)));
    }

    fn export(&mut self, call: &ast::ExprCall, f: &ast::StmtFunctionDef) -> Option<Export> {
        // numba's `CC.export(self, exported_name, sig)`, by position or keyword.
        let arg = |k: usize, kw: &str| {
            call.args.get(k).or_else(|| call.keywords.iter().find(|w| w.arg.as_deref() == Some(kw)).map(|w| &w.value))
        };
        let extra = call.args.get(2).map(range).or_else(|| {
            let known = |w: &&ast::Keyword| matches!(w.arg.as_deref(), Some("exported_name" | "sig"));
            call.keywords.iter().find(|w| !known(w)).map(range)
        });
        if let Some(extra) = extra {
            self.errors.push(
                Diagnostic::error("`export` takes two arguments, the exported name and the signature")
                    .at(extra, "unexpected argument")
                    .note("numba's `CC.export(exported_name, sig)` raises TypeError here"),
            );
            return None;
        }
        let (Some(name_expr), Some(sig_expr)) = (arg(0, "exported_name"), arg(1, "sig")) else {
            self.errors.push(
                Diagnostic::error(
                    "`export` takes the exported name and a signature string: `@cc.export('name', 'f8(f8)')`",
                )
                .at(range(call), "here"),
            );
            return None;
        };
        let name_text = self.constant_string(name_expr);
        let name = match name_text.as_deref() {
            Some(n) if MODULE_ATTRIBUTES.contains(&n) => {
                self.errors.push(
                    Diagnostic::error(format!("the exported name `{n}` would replace the module's own `{n}`"))
                        .at(range(name_expr), "a module attribute")
                        .note("the module could not be imported; choose another name"),
                );
                return None;
            }
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
        // A literal, a module-level string name, or a constant expression of
        // them (`'void(f8[:], ' + 'f8[:])'`, as CPython evaluates it).
        let folded = self.constant_string(sig_expr);
        let sig_text = match folded.as_deref() {
            Some(t) => t,
            None => match type_object_text(sig_expr, &self.bindings).filter(|_| docsig::doc_root(sig_expr).is_none()) {
                Some(t) => {
                    object_text = t;
                    &object_text
                }
                None => {
                    self.errors.push(self.unfolded_signature(sig_expr));
                    return None;
                }
            },
        };
        self.checked_export(name, sig_expr, sig_text, f, range(call))
    }

    /// Why a signature expression is not one pycc can read.
    fn unfolded_signature(&self, sig_expr: &Expr) -> Diagnostic {
        if let Some(doc) = docsig::doc_root(sig_expr) {
            if let Some(f) = self.def_named(&doc.value).filter(|f| docsig::docstring(f).is_none()) {
                return Diagnostic::error(format!("`{}` has no docstring, so `{}.__doc__` is None", f.name, f.name))
                    .at(range(doc), "None")
                    .note("CPython raises AttributeError when this export runs, and numba compiles nothing; put the signature in the docstring, such as `\"i8(i8, i8[:])\"`");
            }
            return Diagnostic::error("pycc cannot read a signature from this docstring expression")
                .at(range(sig_expr), "here")
                .note("pycc folds `f.__doc__` through `.strip()`, `.lstrip()`, `.rstrip()`, `.split()[k]` and `+`; an index past the docstring's last word raises IndexError in CPython");
        }
        Diagnostic::error("the signature must be a string literal, such as 'f8(f8, f8)', or numba types, such as `float64(float64, float64)`")
            .at(range(sig_expr), "here")
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
        match signature::parse_readonly(sig_text) {
            Ok((sig, readonly)) => {
                // Said before the argument count, which would not count them.
                let odd = f.args.vararg.iter().chain(&f.args.kwarg).map(|a| range(a.as_ref()));
                if let Some(at) = odd.chain(f.args.kwonlyargs.iter().map(|a| range(&a.def))).min_by_key(|r| r.start) {
                    self.errors.push(
                        Diagnostic::error(
                            "`*args`, `**kwargs` and keyword-only parameters of an export are not supported",
                        )
                        .at(at, "this parameter")
                        .note("numba.pycc's signatures name positional parameters only"),
                    );
                    return None;
                }
                let nparams = f.args.posonlyargs.len() + f.args.args.len();
                // Parameters with defaults may be left out (numba's Omitted).
                let defaults =
                    f.args.posonlyargs.iter().chain(&f.args.args).rev().take_while(|a| a.default.is_some()).count();
                if sig.args.len() > nparams || sig.args.len() + defaults < nparams {
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
                let params = f.args.posonlyargs.iter().chain(&f.args.args);
                for (p, _) in params.zip(readonly).filter(|(_, ro)| *ro) {
                    let stores = subscript_stores(&f.body, p.def.arg.as_str());
                    for at in stores {
                        self.errors.push(
                            Diagnostic::error(format!("`{}` is a read-only array (`readonly=True`) and cannot be written", p.def.arg))
                                .at(at, "stores into it")
                                .also(range(sig_expr), "declared read-only here")
                                .note("numba rejects this too (\"Cannot modify readonly array\"); drop `readonly=True` or write into a copy"),
                        );
                    }
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
/// `nb.types.f8[:, ::1](nb.types.i4)`, `types.Array(nb.f8, 2, 'C')`, a tuple
/// of argument types), as the signature text they stand for. Module
/// prefixes are dropped; a name bound to a type object (`f8_1d =
/// numba.types.Array(numba.float64, 1, "C")`) stands for that object.
fn type_object_text(e: &Expr, bindings: &HashMap<String, Expr>) -> Option<String> {
    type_text(e, bindings, 0)
}

fn type_text(e: &Expr, bindings: &HashMap<String, Expr>, depth: usize) -> Option<String> {
    let text = |e: &Expr| type_text(e, bindings, depth);
    let list = |items: &[Expr]| items.iter().map(text).collect::<Option<Vec<_>>>().map(|v| v.join(", "));
    match e {
        Expr::Name(n) => match bindings.get(n.id.as_str()) {
            // An alias of a type object; a chain of them ends (depth).
            Some(b @ (Expr::Attribute(_) | Expr::Call(_) | Expr::Subscript(_) | Expr::Name(_))) if depth < 8 => {
                // Only a value that reads as a numba type or signature (the
                // name may be bound to anything else: `i8 = a[0]`).
                let t = type_text(b, bindings, depth + 1)
                    .filter(|t| signature::parse(&format!("({t},)")).is_ok() || signature::parse(t).is_ok());
                t.or_else(|| Some(n.id.to_string()))
            }
            _ => Some(n.id.to_string()),
        },
        Expr::Attribute(a) => dotted(&a.value).map(|_| a.attr.to_string()),
        Expr::Call(c) => {
            let mut args = vec![list(&c.args)?];
            for k in &c.keywords {
                args.push(format!("{}={}", k.arg.as_deref()?, text(&k.value)?));
            }
            args.retain(|a| !a.is_empty());
            Some(format!("{}({})", text(&c.func)?, args.join(", ")))
        }
        Expr::Tuple(t) if t.elts.len() == 1 => Some(format!("({},)", list(&t.elts)?)),
        Expr::Tuple(t) => Some(format!("({})", list(&t.elts)?)),
        Expr::List(l) => Some(format!("[{}]", list(&l.elts)?)),
        // `float64[:, ::1]`: the axes of an array type.
        Expr::Subscript(s) => {
            let axes = match s.slice.as_ref() {
                Expr::Tuple(t) => list(&t.elts)?,
                one => text(one)?,
            };
            Some(format!("{}[{axes}]", text(&s.value)?))
        }
        Expr::Slice(sl) if sl.lower.is_none() && sl.upper.is_none() => match sl.step.as_deref() {
            None => Some(":".into()),
            Some(step) => Some(format!("::{}", text(step)?)),
        },
        Expr::Constant(c) => match &c.value {
            Constant::Str(s) => Some(format!("'{s}'")),
            Constant::Int(i) => Some(i.to_string()),
            Constant::Bool(b) => Some(if *b { "True" } else { "False" }.into()),
            _ => None,
        },
        _ => None,
    }
}

/// Where `body` stores into an element of `name` (`name[i] = v`,
/// `name[i] += v`), nested blocks included.
fn subscript_stores(body: &[Stmt], name: &str) -> Vec<Range<usize>> {
    fn target(t: &Expr, name: &str, out: &mut Vec<Range<usize>>) {
        match t {
            Expr::Subscript(s) if matches!(s.value.as_ref(), Expr::Name(n) if n.id.as_str() == name) => {
                out.push(range(t))
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                elts.iter().for_each(|e| target(e, name, out))
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for stmt in body {
        match stmt {
            Stmt::Assign(a) => a.targets.iter().for_each(|t| target(t, name, &mut out)),
            Stmt::AugAssign(a) => target(&a.target, name, &mut out),
            Stmt::AnnAssign(a) => target(&a.target, name, &mut out),
            Stmt::For(ast::StmtFor { body, orelse, .. })
            | Stmt::While(ast::StmtWhile { body, orelse, .. })
            | Stmt::If(ast::StmtIf { body, orelse, .. }) => {
                out.extend(subscript_stores(body, name));
                out.extend(subscript_stores(orelse, name));
            }
            Stmt::With(w) => out.extend(subscript_stores(&w.body, name)),
            _ => {}
        }
    }
    out
}

/// The module's init function as CPython looks it up (PEP 489):
/// `PyInit_<name>`, or for a non-ASCII name `PyInitU_` and the name's
/// punycode with `-` replaced by `_`.
pub fn init_symbol(name: &str) -> String {
    if name.is_ascii() {
        format!("PyInit_{name}")
    } else {
        format!("PyInitU_{}", punycode(name).replace('-', "_"))
    }
}

/// RFC 3492 punycode, as Python's `str.encode('punycode')`.
fn punycode(input: &str) -> String {
    const BASE: u32 = 36;
    let digit = |d: u32| char::from(if d < 26 { b'a' + d as u8 } else { b'0' + (d - 26) as u8 });
    let adapt = |mut delta: u32, points: u32, first: bool| {
        delta = if first { delta / 700 } else { delta / 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - 1) * 26) / 2 {
            delta /= BASE - 1;
            k += BASE;
        }
        k + (BASE * delta) / (delta + 38)
    };
    let chars: Vec<u32> = input.chars().map(u32::from).collect();
    let mut out: String = input.chars().filter(char::is_ascii).collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (128u32, 0u32, 72u32, basic);
    while (handled as usize) < chars.len() {
        let m = chars.iter().copied().filter(|&c| c >= n).min().unwrap();
        delta += (m - n) * (handled + 1);
        n = m;
        for &c in &chars {
            if c < n {
                delta += 1;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        1
                    } else if k >= bias + 26 {
                        26
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    out
}

/// The text of a source file as CPython reads it (PEP 263): UTF-8 (a BOM
/// allowed), unless a `coding[:=]` comment on line 1 or 2 names another
/// encoding. pycc decodes utf-8, ascii, latin-1 and cp1252; another declared
/// encoding is an error rather than a guess.
pub fn decode_source(bytes: &[u8]) -> std::result::Result<String, String> {
    let (bom, bytes) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let mut lines = bytes.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    let blank_or_comment = |l: &[u8]| {
        let t: Vec<u8> = l.iter().copied().skip_while(|b| b" \t\x0c\r".contains(b)).collect();
        t.is_empty() || t[0] == b'#'
    };
    let declared = coding_of(first).or_else(|| if blank_or_comment(first) { coding_of(lines.next()?) } else { None });
    let encoding = declared.as_deref().map(|e| e.to_ascii_lowercase().replace('_', "-"));
    let utf8 = |bytes: &[u8]| {
        String::from_utf8(bytes.to_vec()).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            format!("line {line}: non-UTF-8 byte 0x{:02x}, but no encoding is declared\nhelp: save the file as UTF-8, or declare its encoding on line 1 or 2 (PEP 263), as `# -*- coding: latin-1 -*-`", bytes[at])
        })
    };
    match encoding.as_deref() {
        None => utf8(bytes),
        Some(e) if e == "utf-8" || e == "utf8" || e.starts_with("utf-8-") => utf8(bytes),
        Some(e) if bom => Err(format!("encoding problem: '{e}' with a UTF-8 BOM")),
        Some("ascii" | "us-ascii") => match bytes.iter().position(|b| !b.is_ascii()) {
            Some(at) => Err(format!("byte 0x{:02x} is not ASCII, the declared encoding", bytes[at])),
            None => Ok(String::from_utf8(bytes.to_vec()).unwrap()),
        },
        Some("latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "iso-latin-1" | "l1" | "cp819") => {
            Ok(bytes.iter().map(|&b| char::from(b)).collect())
        }
        Some("cp1252" | "windows-1252") => bytes
            .iter()
            .map(|&b| match b {
                0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)]
                    .ok_or_else(|| format!("byte 0x{b:02x} is undefined in cp1252, the declared encoding")),
                _ => Ok(char::from(b)),
            })
            .collect(),
        Some(e) => Err(format!(
            "the file declares the encoding '{}', which pycc does not decode\nhelp: save the file as UTF-8 (pycc reads utf-8, ascii, latin-1 and cp1252)",
            declared.as_deref().unwrap_or(e)
        )),
    }
}

/// cp1252's 0x80..=0x9f (the rest is latin-1).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// PEP 263's `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
fn coding_of(line: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(line);
    let comment = text.trim_start_matches([' ', '\t', '\x0c']).strip_prefix('#')?;
    let at = comment.match_indices("coding").find(|(i, _)| comment[i + 6..].starts_with([':', '=']))?.0;
    let name: String = comment[at + 7..]
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// CPython compares indentation twice, with tabs to the next multiple of 8
/// and with tabs as one column, and accepts a file when both agree;
/// rustpython-parser counts tabs and spaces apart and rejects some of these
/// files. For such a file (and only then) this gives the text with each
/// logical line's indentation replaced by as many spaces as its column, so
/// that diagnostics count a tab as up to 8 columns, as an editor shows it.
/// `None`: the text is parsed as it is.
pub fn cpython_indentation(text: &str) -> Option<String> {
    let has_tab_indent = text.lines().any(|l| l.trim_start_matches([' ', '\x0c']).starts_with('\t'));
    if !has_tab_indent || rustpython_parser::lexer::lex(text, Mode::Module).all(|t| t.is_ok()) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut stack = vec![(0usize, 0usize)];
    let (mut depth, mut string, mut continued) = (0usize, None::<&str>, false);
    for line in text.split_inclusive('\n') {
        let starts_logical = depth == 0 && string.is_none() && !continued;
        let indent_len = line.len() - line.trim_start_matches([' ', '\t', '\x0c']).len();
        let rest = &line[indent_len..];
        let blank = rest.trim_end().is_empty() || rest.starts_with('#');
        if starts_logical && !blank {
            let (mut col, mut alt) = (0, 0);
            for c in line[..indent_len].chars() {
                match c {
                    ' ' => (col, alt) = (col + 1, alt + 1),
                    '\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                    _ => (col, alt) = (0, 0),
                }
            }
            while col < stack.last().unwrap().0 {
                stack.pop();
            }
            let &(top, top_alt) = stack.last().unwrap();
            if col == top && alt != top_alt || col > top && alt <= top_alt || stack.is_empty() {
                return None; // CPython's TabError: rustpython reports it too
            }
            if col > top {
                stack.push((col, alt));
            }
            out.extend(std::iter::repeat_n(' ', col));
            out.push_str(rest);
        } else {
            out.push_str(line);
        }
        // Brackets, strings and continuations decide where the next logical line starts.
        continued = false;
        let mut chars = rest.char_indices();
        while let Some((i, c)) = chars.next() {
            match string {
                Some(q) if rest[i..].starts_with(q) => {
                    string = None;
                    if q.len() == 3 {
                        chars.nth(1); // the rest of a triple quote
                    }
                }
                Some(_) if c == '\\' => {
                    chars.next();
                }
                Some(_) => {}
                None => match c {
                    '#' => break,
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' | '}' => depth = depth.saturating_sub(1),
                    '\\' if rest[i + 1..].trim_end_matches(['\r', '\n']).is_empty() => continued = true,
                    '\'' | '"' => {
                        let triple = if c == '"' { "\"\"\"" } else { "'''" };
                        let q = if rest[i..].starts_with(triple) { triple } else { &rest[i..i + 1] };
                        if q.len() == 3 {
                            chars.nth(1); // the rest of a triple quote
                        }
                        string = Some(q);
                    }
                    _ => {}
                },
            }
        }
        // A one-quote string ends at the line's end (or it is a syntax error anyway).
        if string.is_some_and(|q| q.len() == 1) && !continued {
            string = None;
        }
    }
    Some(out)
}

/// Where a statement or expression may stand, as CPython's compiler checks.
#[derive(Clone, Copy)]
struct Place {
    function: bool,
    async_function: bool,
    looping: bool,
    module: bool,
}

/// The first SyntaxError CPython's compiler (not its parser) reports:
/// `return`/`yield`/`await` outside a function, `break`/`continue` outside
/// a loop, `nonlocal` at module level, `await` in a plain function.
fn misplaced_statement(source: &Source, body: &[Stmt]) -> Option<Diagnostic> {
    let tokens: Vec<_> = rustpython_parser::lexer::lex(&source.text, Mode::Module)
        .flatten()
        .map(|(t, r)| (t, usize::from(r.start())..usize::from(r.end())))
        .collect();
    // CPython's tokenizer allows 200 levels of brackets (MAXLEVEL).
    let mut depth = 0usize;
    for (t, r) in &tokens {
        match t {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace if depth == 200 => {
                return Some(
                    Diagnostic::error("invalid Python syntax: too many nested parentheses")
                        .at(r.clone(), "201st level"),
                );
            }
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let top = Place { function: false, async_function: false, looping: false, module: true };
    misplaced_in(source, &tokens, body, top)
}

fn misplaced_in(source: &Source, tokens: &[(Tok, Range<usize>)], body: &[Stmt], at: Place) -> Option<Diagnostic> {
    let error = |what: &str, r: Range<usize>| {
        let line_end = source.text[r.start..].find('\n').map_or(r.end, |n| (r.start + n).min(r.end));
        Some(Diagnostic::error(format!("invalid Python syntax: {what}")).at(r.start..line_end, "here"))
    };
    for stmt in body {
        let r = range(stmt);
        let (inner, bodies): (Place, Vec<&[Stmt]>) = match stmt {
            Stmt::Return(_) if !at.function => return error("'return' outside function", r),
            Stmt::Break(_) if !at.looping => return error("'break' outside loop", r),
            Stmt::Continue(_) if !at.looping => return error("'continue' not properly in loop", r),
            Stmt::Nonlocal(_) if at.module => return error("nonlocal declaration not allowed at module level", r),
            Stmt::FunctionDef(f) => {
                (Place { function: true, async_function: false, looping: false, module: false }, vec![&f.body])
            }
            Stmt::AsyncFunctionDef(f) => {
                (Place { function: true, async_function: true, looping: false, module: false }, vec![&f.body])
            }
            Stmt::ClassDef(c) => {
                (Place { function: false, async_function: false, looping: false, module: false }, vec![&c.body])
            }
            Stmt::For(ast::StmtFor { body, orelse, .. }) | Stmt::While(ast::StmtWhile { body, orelse, .. }) => {
                if let Some(e) = misplaced_in(source, tokens, orelse, at) {
                    return Some(e);
                }
                (Place { looping: true, ..at }, vec![body])
            }
            Stmt::If(ast::StmtIf { body, orelse, .. }) => (at, vec![body, orelse]),
            Stmt::With(w) => (at, vec![&w.body]),
            Stmt::Try(ast::StmtTry { body, handlers, orelse, finalbody, .. }) => {
                let mut all: Vec<&[Stmt]> = vec![body, orelse, finalbody];
                all.extend(handlers.iter().map(|ast::ExceptHandler::ExceptHandler(h)| h.body.as_slice()));
                (at, all)
            }
            _ => (at, vec![]),
        };
        // The statement's own expressions: its text before its first nested statement.
        let own_end = bodies.iter().filter_map(|b| b.first()).map(|s| range(s).start).min().unwrap_or(r.end);
        let own_start = if matches!(stmt, Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_)) {
            own_end // decorators and defaults are checked where the def stands, below
        } else {
            r.start
        };
        let first = tokens.partition_point(|(_, t)| t.start < own_start);
        let own: Vec<_> = tokens[first..].iter().take_while(|(_, t)| t.end <= own_end).collect();
        // A lambda is a function of its own: stay silent rather than guess.
        if !own.iter().any(|(t, _)| matches!(t, Tok::Lambda)) {
            for (t, tr) in own {
                match t {
                    Tok::Yield if !at.function => return error("'yield' outside function", tr.clone()),
                    Tok::Await if !at.function => return error("'await' outside function", tr.clone()),
                    Tok::Await if !at.async_function => return error("'await' outside async function", tr.clone()),
                    _ => {}
                }
            }
        }
        for b in bodies {
            if let Some(e) = misplaced_in(source, tokens, b, inner) {
                return Some(e);
            }
        }
    }
    None
}

/// Attributes the import system and the module object set: an export of
/// one of these names would break the import or the module.
const MODULE_ATTRIBUTES: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__file__",
    "__cached__",
    "__builtins__",
    "__dict__",
    "__path__",
    "__class__",
    "__all__",
    "__getattr__",
    "__dir__",
];

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
            Stmt::FunctionDef(f) => {
                g.functions.insert(f.name.to_string(), f.clone());
            }
            _ => import_stmt(stmt, &mut g, true),
        }
    }
    // `import numpy as np` under a top-level `if`/`try` (AtCoder templates
    // import numpy only under `if __name__ == '__main__':`, where numba runs
    // them): the module too, unless a top-level import binds the name.
    let mut nested = Vec::new();
    for stmt in body {
        nested_imports(stmt, false, &mut nested);
    }
    for stmt in nested {
        import_stmt(stmt, &mut g, false);
    }
    // `import numpy as np` / `from heapq import heappush` in a function's
    // body: the module (or its function) under that name, when the file
    // binds the name to nothing else (the typer then takes the statement
    // as done).
    let mut inner = Vec::new();
    for f in g.functions.values() {
        body_imports(&f.body, &mut inner);
    }
    let inner: Vec<Stmt> = inner.into_iter().cloned().collect();
    for stmt in &inner {
        let mut local = Globals::default();
        import_stmt(stmt, &mut local, true);
        let taken = |name: &String| {
            g.functions.contains_key(name) || g.constants.contains_key(name) || g.strings.contains_key(name)
        };
        for (alias, module) in local.modules {
            if !taken(&alias) && !g.from_imports.contains_key(&alias) {
                g.modules.entry(alias).or_insert(module);
            }
        }
        for (alias, what) in local.from_imports {
            if !taken(&alias) && !g.modules.contains_key(&alias) {
                g.from_imports.entry(alias).or_insert(what);
            }
        }
    }
    scalar_type_aliases(body, &mut g);
    module_aliases(body, &mut g);
    g
}

/// Module-level aliases of an imported module, bound once: `t = nb` is
/// numba again, `nb_t = numba.types` (or `= types` after `from numba
/// import types`) is numba.types, so `t.int32(x)` and `nb_t.float64` read
/// as their module's names.
fn module_aliases(body: &[Stmt], g: &mut Globals) {
    let aliases = bound_once(body, |e| match e {
        Expr::Name(m) => Some((m.id.to_string(), None)),
        Expr::Attribute(a) => match a.value.as_ref() {
            Expr::Name(m) => Some((m.id.to_string(), Some(a.attr.to_string()))),
            _ => None,
        },
        _ => None,
    });
    for (name, (base, attr)) in aliases {
        if g.functions.contains_key(&name) || g.modules.contains_key(&name) || g.from_imports.contains_key(&name) {
            continue;
        }
        let module = match (g.modules.get(&base), g.from_imports.get(&base), attr.as_deref()) {
            (Some(m), _, None) => Some(m.clone()),
            (Some(m), _, Some("types")) if m == "numba" => Some("numba.types".to_string()),
            (None, Some((m, n)), None) if m == "numba" && n == "types" => Some("numba.types".to_string()),
            // `aca = np.ascontiguousarray`, `sqrt = math.sqrt`: a function
            // (or constant) of math or numpy bound once is that name
            // imported (numba freezes the global; the same object).
            (Some(m), _, Some(a)) if is_numpy_submodule_name(m, a) => Some(format!("numpy.{a}")),
            (Some(m), _, Some(a)) if is_math_or_numpy(m) => {
                g.from_imports.insert(name.clone(), (m.clone(), a.to_string()));
                None
            }
            _ => None,
        };
        if let Some(module) = module {
            g.modules.insert(name, module);
        }
    }
}

fn is_math_or_numpy(m: &str) -> bool {
    matches!(m, "math" | "cmath" | "numpy") || m.starts_with("numpy.")
}

/// `np.linalg`, `np.random`, `np.fft`: a module (`la = np.linalg`).
fn is_numpy_submodule_name(m: &str, a: &str) -> bool {
    m == "numpy" && crate::syntax::npnames::numpy_submodule(&format!("numpy.{a}")).is_some()
}

/// An `import` or `from ... import` of a module pycc compiles calls into,
/// into `g`; `replace` false keeps a name already bound.
fn import_stmt(stmt: &Stmt, g: &mut Globals, replace: bool) {
    match stmt {
        Stmt::Import(i) => {
            for a in &i.names {
                if a.name.as_str() == "sys" {
                    g.sys_names.insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
                // numba's types serve as dtypes (`np.zeros(n, dtype=nb.f8)`).
                if matches!(
                    a.name.as_str(),
                    "math" | "cmath" | "numpy" | "numba" | "numba.types" | "heapq" | "random" | "functools"
                ) || crate::syntax::npnames::numpy_submodule(a.name.as_str()).is_some() && a.asname.is_some()
                {
                    let alias = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    if replace || !g.modules.contains_key(&alias) && !g.from_imports.contains_key(&alias) {
                        g.modules.insert(alias, a.name.to_string());
                    }
                } else if a.name.as_str() == "numpy.core.numeric" && a.asname.is_some() {
                    // numpy's own sources' `import numpy.core.numeric as nx`:
                    // numpy's names (`nx.float64`, `nx.zeros`) under another module.
                    let alias = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    if replace || !g.modules.contains_key(&alias) && !g.from_imports.contains_key(&alias) {
                        g.modules.insert(alias, "numpy".to_string());
                    }
                }
            }
        }
        Stmt::ImportFrom(i)
            if matches!(
                i.module.as_deref(),
                Some(
                    "math"
                        | "cmath"
                        | "numba"
                        | "numba.types"
                        | "numpy"
                        | "numpy.linalg"
                        | "numpy.fft"
                        | "numpy.random"
                        | "heapq"
                        | "functools"
                )
            ) =>
        {
            let module = i.module.as_deref().unwrap_or_default().to_string();
            for a in &i.names {
                let alias = a.asname.as_ref().unwrap_or(&a.name).to_string();
                if replace || !g.modules.contains_key(&alias) && !g.from_imports.contains_key(&alias) {
                    g.from_imports.insert(alias, (module.clone(), a.name.to_string()));
                }
            }
        }
        _ => {}
    }
}

/// The import statements of a function's body, at any depth of its
/// compound statements (not in nested functions).
fn body_imports<'a>(body: &'a [Stmt], out: &mut Vec<&'a Stmt>) {
    for s in body {
        match s {
            Stmt::Import(_) | Stmt::ImportFrom(_) => out.push(s),
            _ => nested_imports(s, true, out),
        }
    }
}

/// The import statements nested in `stmt`'s branches: those of an `if` or
/// a `try` at any depth, and of `for`/`while` bodies too when `loops` (a
/// function's body); never in functions or classes.
fn nested_imports<'a>(stmt: &'a Stmt, loops: bool, out: &mut Vec<&'a Stmt>) {
    let bodies: Vec<&[Stmt]> = match stmt {
        Stmt::If(ast::StmtIf { body, orelse, .. }) => vec![body, orelse],
        Stmt::For(ast::StmtFor { body, orelse, .. }) | Stmt::While(ast::StmtWhile { body, orelse, .. }) if loops => {
            vec![body, orelse]
        }
        Stmt::Try(ast::StmtTry { body, handlers, orelse, finalbody, .. }) => {
            let mut all: Vec<&[Stmt]> = vec![body, orelse, finalbody];
            all.extend(handlers.iter().map(|ast::ExceptHandler::ExceptHandler(h)| h.body.as_slice()));
            all
        }
        _ => return,
    };
    for s in bodies.into_iter().flatten() {
        match s {
            Stmt::Import(_) | Stmt::ImportFrom(_) => out.push(s),
            _ => nested_imports(s, loops, out),
        }
    }
}

/// `u4 = np.uint32` at the top level, bound once: the name is that numpy
/// scalar type wherever it is used (a dtype, a cast), as if imported
/// `from numpy import uint32 as u4`.
fn scalar_type_aliases(body: &[Stmt], g: &mut Globals) {
    const TYPES: &str = "int8 int16 int32 int64 uint8 uint16 uint32 uint64 float32 float64 complex64 complex128 \
                         bool_ intp uintp int_ double single byte ubyte short ushort intc uintc longlong ulonglong";
    let aliases = bound_once(body, |e| match e {
        Expr::Attribute(a) => match a.value.as_ref() {
            Expr::Name(m) if TYPES.split_whitespace().any(|t| t == a.attr.as_str()) => {
                Some((m.id.to_string(), a.attr.to_string()))
            }
            _ => None,
        },
        _ => None,
    });
    for (name, (module, attr)) in aliases {
        let numpy = g.modules.get(&module).is_some_and(|m| m == "numpy");
        if numpy && !g.functions.contains_key(&name) && !g.modules.contains_key(&name) {
            g.from_imports.entry(name).or_insert(("numpy".to_string(), attr));
        }
    }
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
            match t {
                Expr::Name(n) => {
                    let v = value.and_then(literal);
                    found.entry(n.id.to_string()).and_modify(|e| *e = None).or_insert(v);
                }
                // An unpacking binds each name too (never to a literal).
                Expr::Tuple(_) | Expr::List(_) => {
                    for n in unpacked_names(t).into_iter().flatten() {
                        found.entry(n.to_string()).and_modify(|e| *e = None).or_insert(None);
                    }
                }
                _ => {}
            }
        }
    }
    found.into_iter().filter_map(|(k, v)| Some((k, v?))).collect()
}

/// The names of a flat unpacking target `a, b, c` (None for a starred or
/// nested element, or a subscript).
fn unpacked_names(t: &Expr) -> Vec<Option<&str>> {
    let elts = match t {
        Expr::Tuple(x) => &x.elts,
        Expr::List(x) => &x.elts,
        _ => return vec![None],
    };
    elts.iter()
        .map(|e| match e {
            Expr::Name(n) => Some(n.id.as_str()),
            _ => None,
        })
        .collect()
}

/// Top-level names bound exactly once, counting each name of an unpacking.
fn names_bound_once(body: &[Stmt]) -> HashSet<String> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for stmt in body {
        let targets: Vec<&Expr> = match stmt {
            Stmt::Assign(a) => a.targets.iter().collect(),
            Stmt::AnnAssign(a) => vec![a.target.as_ref()],
            Stmt::AugAssign(a) => vec![a.target.as_ref()],
            _ => continue,
        };
        for t in targets {
            let names = match t {
                Expr::Name(n) => vec![Some(n.id.as_str())],
                _ => unpacked_names(t),
            };
            names.into_iter().flatten().for_each(|n| *count.entry(n).or_default() += 1);
        }
    }
    count.into_iter().filter(|&(_, c)| c == 1).map(|(n, _)| n.to_string()).collect()
}

/// The values `a, b, c = value` binds, where `value` is a tuple or list of
/// constant expressions of the targets' length, or `np.arange(n)` /
/// `np.arange(start, stop)` / `range(...)` of constant ints (the
/// column-index and enum idioms: `A, B, C = range(3)`), a step too.
fn unpacked_constants(
    value: &Expr,
    len: usize,
    env: &HashMap<String, ConstValue>,
    g: &Globals,
) -> Option<Vec<ConstValue>> {
    let items = match value {
        Expr::Tuple(x) => Some(&x.elts),
        Expr::List(x) => Some(&x.elts),
        _ => None,
    };
    if let Some(items) = items {
        return (items.len() == len).then(|| items.iter().map(|e| fold_with(e, env, Some(g))).collect())?;
    }
    let Expr::Call(c) = value else { return None };
    let is_arange = match c.func.as_ref() {
        Expr::Attribute(a) => {
            a.attr.as_str() == "arange"
                && matches!(a.value.as_ref(), Expr::Name(m) if g.modules.get(m.id.as_str()).is_some_and(|m| m == "numpy"))
        }
        Expr::Name(f) => match g.from_imports.get(f.id.as_str()) {
            Some((m, a)) => m == "numpy" && a == "arange",
            // The builtin, unless the file binds the name.
            None => f.id.as_str() == "range" && !g.functions.contains_key("range") && !env.contains_key("range"),
        },
        _ => false,
    };
    if !is_arange || !c.keywords.is_empty() {
        return None;
    }
    let ints: Vec<i128> = c
        .args
        .iter()
        .map(|a| match fold_with(a, env, Some(g))? {
            ConstValue::Int(i) => Some(i),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let (start, stop, step) = match ints[..] {
        [stop] => (0, stop, 1),
        [start, stop] => (start, stop, 1),
        [start, stop, step] if step != 0 => (start, stop, step),
        _ => return None,
    };
    let values: Vec<ConstValue> = std::iter::successors(Some(start), |v| v.checked_add(step))
        .take_while(|v| if step > 0 { *v < stop } else { *v > stop })
        .take(len + 1)
        .map(ConstValue::Int)
        .collect();
    (values.len() == len).then_some(values)
}

fn owned_string_literal(e: &Expr) -> Option<String> {
    string_literal(e).map(str::to_string)
}

/// A non-empty tuple display of string literals without NUL characters
/// (the runtime joins them by NUL: sema/containers/strings/strtuples.rs).
fn str_tuple_literal(e: &Expr) -> Option<Vec<String>> {
    let Expr::Tuple(t) = e else { return None };
    let items: Option<Vec<String>> = t.elts.iter().map(owned_string_literal).collect();
    items.filter(|xs| !xs.is_empty() && xs.iter().all(|x| !x.contains('\0')))
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
    let once = names_bound_once(body);
    let g = imports(body);
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
        if let [t @ (Expr::Tuple(_) | Expr::List(_))] = targets[..] {
            let names = unpacked_names(t);
            if names.iter().all(|n| n.is_some_and(|n| once.contains(n))) {
                let values = unpacked_constants(value, names.len(), &env, &g).unwrap_or_default();
                for (n, v) in names.into_iter().flatten().zip(values) {
                    env.insert(n.to_string(), v);
                }
            }
            continue;
        }
        let names: Vec<&str> = targets
            .iter()
            .filter_map(|t| match t {
                Expr::Name(n) if once.contains(n.id.as_str()) => Some(n.id.as_str()),
                _ => None,
            })
            .collect();
        if names.is_empty() {
            continue;
        }
        if let Some(v) = fold_with(value, &env, Some(&g)) {
            names.into_iter().for_each(|n| {
                env.insert(n.to_string(), v);
            });
        }
    }
    env
}

/// See `Globals::call_constants`.
fn call_constants(body: &[Stmt], text: &str) -> HashMap<String, Expr> {
    let g = imports(body);
    let constants = folded_constants(body);
    let calls = bound_once(body, |e| match e {
        Expr::Call(c) if c.keywords.is_empty() => Some(e.clone()),
        _ => None,
    });
    calls
        .into_iter()
        .filter(|(_, e)| {
            let Expr::Call(c) = e else { return false };
            let Expr::Name(f) = c.func.as_ref() else { return false };
            let Some(def) = g.functions.get(f.id.as_str()) else { return false };
            // The source text of the function, rather than a walk of its tree.
            let src = text.get(range(def)).unwrap_or("print");
            let pure =
                !["print", "raise", "global", "nonlocal", "yield", "input", "open"].iter().any(|w| src.contains(w));
            pure && c.args.iter().all(|a| fold_constant(a, &constants).is_some())
        })
        .collect()
}

/// `e` folded as CPython evaluates it, or None (see `folded_constants`).
pub fn fold_constant(e: &Expr, env: &HashMap<String, ConstValue>) -> Option<ConstValue> {
    fold_with(e, env, None)
}

/// `fold_constant`, where `g` (the module's imports) also lets `math`'s
/// and numpy's constants (`math.pi`, `np.inf`) and their functions of one
/// number that give a finite float (`log(10)`, `np.sqrt(2)`) in.
fn fold_with(e: &Expr, env: &HashMap<String, ConstValue>, g: Option<&Globals>) -> Option<ConstValue> {
    use ConstValue::{Bool, Float, Int};
    let fold_constant = |e: &Expr, env: &HashMap<String, ConstValue>| fold_with(e, env, g);
    if let Some(v) = g.and_then(|g| {
        math_constant(e, env, g).or_else(|| iinfo_constant(e, env, g)).or_else(|| sys_constant(e, env, g))
    }) {
        return Some(v);
    }
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
        Expr::Call(c) => match (c.func.as_ref(), c.args.as_slice()) {
            (Expr::Name(f), [arg])
                if f.id.as_str() == "float" && c.keywords.is_empty() && !env.contains_key("float") =>
            {
                float_literal(arg).and_then(float_of_str).map(Float)
            }
            _ => None,
        },
        _ => None,
    }
}

/// What `e` names or calls in `math` or numpy, as (module, name): `math.pi`,
/// `np.sqrt`, or a name imported from one, unless a constant shadows it.
fn math_name<'e>(e: &'e Expr, env: &HashMap<String, ConstValue>, g: &'e Globals) -> Option<(&'e str, &'e str)> {
    match e {
        Expr::Attribute(a) => match a.value.as_ref() {
            Expr::Name(m) => Some((g.modules.get(m.id.as_str())?.as_str(), a.attr.as_str())),
            _ => None,
        },
        Expr::Name(n) if !env.contains_key(n.id.as_str()) && !g.functions.contains_key(n.id.as_str()) => {
            let (m, f) = g.from_imports.get(n.id.as_str())?;
            Some((m.as_str(), f.as_str()))
        }
        _ => None,
    }
    .filter(|(m, _)| matches!(*m, "math" | "numpy"))
}

/// A module-level `math`/numpy constant or a call of one of their
/// functions of one number that both compute as the C library does.
fn math_constant(e: &Expr, env: &HashMap<String, ConstValue>, g: &Globals) -> Option<ConstValue> {
    let value = match e {
        Expr::Call(c) if c.keywords.is_empty() && c.args.len() == 1 => {
            let (_, f) = math_name(&c.func, env, g)?;
            let x = as_float(fold_with(&c.args[0], env, Some(g))?);
            match f {
                "sqrt" if x >= 0.0 => x.sqrt(),
                "log" if x > 0.0 => x.ln(),
                "log10" if x > 0.0 => x.log10(),
                "log2" if x > 0.0 => x.log2(),
                "exp" => x.exp(),
                _ => return None,
            }
        }
        _ => match math_name(e, env, g)? {
            (_, "pi") => std::f64::consts::PI,
            (_, "e") => std::f64::consts::E,
            ("math", "tau") => std::f64::consts::TAU,
            (_, "inf") => f64::INFINITY,
            (_, "nan") => f64::NAN,
            _ => return None,
        },
    };
    // math raises where numpy gives inf or nan (overflow, a domain error).
    (value.is_finite() || !matches!(e, Expr::Call(_))).then_some(ConstValue::Float(value))
}

/// `sys.maxsize` and `sys.float_info.epsilon` (`.max`, `.min`, ...: float64's,
/// as `np.finfo(np.float64)` gives them; `min` is its `tiny`) at module level.
fn sys_constant(e: &Expr, env: &HashMap<String, ConstValue>, g: &Globals) -> Option<ConstValue> {
    let Expr::Attribute(a) = e else { return None };
    let is_sys = |x: &Expr| matches!(x, Expr::Name(n) if g.sys_names.contains(n.id.as_str()) && !env.contains_key(n.id.as_str()));
    match a.value.as_ref() {
        m if is_sys(m) && a.attr.as_str() == "maxsize" => Some(ConstValue::Int(i64::MAX as i128)),
        Expr::Attribute(f) if f.attr.as_str() == "float_info" && is_sys(&f.value) => match a.attr.as_str() {
            "epsilon" => finfo64_constant("float64", "eps"),
            "max" => finfo64_constant("float64", "max"),
            "min" => finfo64_constant("float64", "tiny"),
            "dig" => Some(ConstValue::Int(15)),
            "mant_dig" => Some(ConstValue::Int(53)),
            "max_exp" => Some(ConstValue::Int(1024)),
            "min_exp" => Some(ConstValue::Int(-1021)),
            "radix" => Some(ConstValue::Int(2)),
            _ => None,
        },
        _ => None,
    }
}

/// `np.iinfo(np.int64).max` (`.min`, `.bits`) bound at module level: the
/// Python int numpy gives, for an int dtype named as `np.int32`, a name
/// imported from numpy, or a type code string (`'i8'`). Inside functions
/// sema/npcalls/npinfo.rs folds the same attributes.
fn iinfo_constant(e: &Expr, env: &HashMap<String, ConstValue>, g: &Globals) -> Option<ConstValue> {
    let Expr::Attribute(a) = e else { return None };
    let Expr::Call(c) = a.value.as_ref() else { return None };
    let (_, info) = math_name(&c.func, env, g)?;
    if !matches!(info, "iinfo" | "finfo") || !c.keywords.is_empty() {
        return None;
    }
    let dtype = match c.args.as_slice() {
        [arg @ (Expr::Attribute(_) | Expr::Name(_))] => math_name(arg, env, g).filter(|(m, _)| *m == "numpy")?.1,
        [arg] => float_literal(arg)?,
        _ => return None,
    };
    if info == "finfo" {
        return finfo64_constant(dtype, a.attr.as_str());
    }
    let (signed, bits) = match dtype {
        "int8" | "i1" | "byte" => (true, 8),
        "int16" | "i2" | "short" => (true, 16),
        "int32" | "i4" | "intc" => (true, 32),
        "int64" | "i8" | "intp" | "int_" | "longlong" => (true, 64),
        "uint8" | "u1" | "ubyte" => (false, 8),
        "uint16" | "u2" | "ushort" => (false, 16),
        "uint32" | "u4" | "uintc" => (false, 32),
        "uint64" | "u8" | "uintp" | "ulonglong" => (false, 64),
        _ => return None,
    };
    let (min, max) =
        if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
    Some(ConstValue::Int(match a.attr.as_str() {
        "min" => min,
        "max" => max,
        "bits" => bits,
        _ => return None,
    }))
}

/// `np.finfo(np.float64).eps` (`max`, `min`, `tiny`, ...) at module level:
/// numpy's float64 limits, which a Python float holds exactly (float32's
/// are numpy float32 scalars, whose promotion a folded float would lose).
fn finfo64_constant(dtype: &str, attr: &str) -> Option<ConstValue> {
    if !matches!(dtype, "float64" | "double" | "f8" | "d") {
        return None;
    }
    Some(match attr {
        "eps" => ConstValue::Float(f64::EPSILON),
        "epsneg" => ConstValue::Float(f64::EPSILON / 2.0),
        "max" => ConstValue::Float(f64::MAX),
        "min" => ConstValue::Float(f64::MIN),
        "tiny" | "smallest_normal" => ConstValue::Float(f64::MIN_POSITIVE),
        "smallest_subnormal" => ConstValue::Float(f64::from_bits(1)),
        "resolution" => ConstValue::Float(1e-15),
        "precision" => ConstValue::Int(15),
        "bits" => ConstValue::Int(64),
        _ => return None,
    })
}

/// The text of a string literal.
pub fn float_literal(e: &Expr) -> Option<&str> {
    match e {
        Expr::Constant(k) => match &k.value {
            ast::Constant::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// `float(s)` of a string as CPython parses it (PyOS_string_to_double
/// after stripping whitespace): a decimal with `_` only between digits, or
/// inf/infinity/nan, signed, in any case. None where CPython raises
/// ValueError.
pub fn float_of_str(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    let b = t.as_bytes();
    let digit = |i: usize| i < b.len() && b[i].is_ascii_digit();
    if b.iter().enumerate().any(|(i, &c)| c == b'_' && !(i > 0 && digit(i - 1) && digit(i + 1))) {
        return None;
    }
    let t = t.replace('_', "");
    let body = t.strip_prefix(['+', '-']).unwrap_or(&t);
    let special = matches!(body, "inf" | "infinity" | "nan");
    // Rust also takes forms CPython rejects (none known) but not the
    // reverse; keep to CPython's alphabet to be sure.
    if !special && !body.bytes().all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-')) {
        return None;
    }
    t.parse::<f64>().ok()
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

/// `call` with its arguments read through `map` (a parameter or alias: its
/// value; `p.__name__`: the name of the function `p` stands for) and a
/// signature variable (`sig = (i8[:],)`) through `bindings`.
fn substitute(call: &ast::ExprCall, map: &HashMap<&str, &Expr>, bindings: &HashMap<String, Expr>) -> ast::ExprCall {
    let mut out = call.clone();
    for (k, arg) in out.args.iter_mut().enumerate() {
        match arg {
            Expr::Name(n) if map.contains_key(n.id.as_str()) => *arg = map[n.id.as_str()].clone(),
            Expr::Attribute(a) if a.attr.as_str() == "__name__" => {
                if let Expr::Name(p) = a.value.as_ref() {
                    if let Some(Expr::Name(f)) = map.get(p.id.as_str()) {
                        let value = ast::Constant::Str(f.id.to_string());
                        *arg = Expr::Constant(ast::ExprConstant { range: a.range, value, kind: None });
                    }
                }
            }
            _ => {}
        }
        if k == 1 {
            if let Expr::Name(n) = arg {
                if let Some(v @ (Expr::Tuple(_) | Expr::Call(_))) = bindings.get(n.id.as_str()) {
                    *arg = v.clone();
                }
            }
        }
    }
    out
}

/// Whether a literal `cc.output_file` is a Windows extension module's name
/// (`name.pyd`) while this is not Windows: numba would write that file,
/// which Python here cannot import, so the driver writes the module under
/// this platform's suffix instead.
pub fn windows_only_name(file: &str) -> bool {
    !cfg!(windows) && file.len() > 4 && file.to_ascii_lowercase().ends_with(".pyd")
}

#[cfg(test)]
mod tests {
    use super::init_symbol;

    #[test]
    fn source_encodings_follow_pep_263() {
        use super::decode_source;
        assert_eq!(decode_source(b"x = 1\n").unwrap(), "x = 1\n");
        assert_eq!(decode_source(b"\xef\xbb\xbfs = '\xc3\xa9'\n").unwrap(), "s = 'é'\n");
        assert_eq!(
            decode_source(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n").unwrap(),
            "# -*- coding: latin-1 -*-\ns = 'é'\n"
        );
        assert_eq!(
            decode_source(b"#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\ns = '\x80'").unwrap(),
            "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\ns = '€'"
        );
        // Line 2 counts only after a comment or blank line 1.
        assert!(decode_source(b"x = 1\n# coding: latin-1\ns = '\xe9'\n").unwrap_err().contains("line 3"));
        assert!(decode_source(b"# coding=ascii\ns = '\xe9'").unwrap_err().contains("not ASCII"));
        assert!(decode_source(b"# coding: shift_jis\n").unwrap_err().contains("'shift_jis'"));
        assert!(decode_source(b"\xef\xbb\xbf# coding: latin-1\n").is_err());
    }

    #[test]
    fn indentation_as_cpython_compares_it() {
        use super::{cpython_indentation, Mode};
        // CPython accepts 2 spaces then 3 tabs (both columns grow); rustpython did not.
        let text = "if x:\n  if y:\n\t\t\tz = '''\n\t'''\n  w = (1,\n\t2)\n";
        assert!(rustpython_parser::parse(text, Mode::Module, "t").is_err());
        let fixed = cpython_indentation(text).unwrap();
        assert_eq!(fixed, "if x:\n  if y:\n                        z = '''\n\t'''\n  w = (1,\n\t2)\n");
        assert!(rustpython_parser::parse(&fixed, Mode::Module, "t").is_ok());
        // What CPython rejects (TabError) is left for the parser to report.
        assert_eq!(cpython_indentation("if x:\n        y = 1\n\tz = 2\n"), None);
        assert_eq!(cpython_indentation("if x:\n\ty = 1\n"), None);
    }

    proptest::proptest! {
        /// Any text of indentation, quotes, brackets and line ends: never a
        /// panic, and an expanded text differs only in whitespace.
        #[test]
        fn indentation_never_panics(text in "[ \t\n\\\\'\"()#xé:]{0,64}") {
            if let Some(fixed) = super::cpython_indentation(&text) {
                let strip = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
                proptest::prop_assert_eq!(strip(&fixed), strip(&text));
            }
        }
    }

    #[test]
    fn init_symbols_follow_pep_489() {
        // The punycode is Python's own `name.encode('punycode')`.
        assert_eq!(init_symbol("spam"), "PyInit_spam");
        assert_eq!(init_symbol("módulo"), "PyInitU_mdulo_0ta");
        assert_eq!(init_symbol("ñ"), "PyInitU_ida");
        assert_eq!(init_symbol("x_ü_y"), "PyInitU_x__y_1ra");
        assert_eq!(init_symbol("日本語"), "PyInitU_wgv71a119e");
        assert_eq!(init_symbol("café1"), "PyInitU_caf1_dpa");
    }
}
