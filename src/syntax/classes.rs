//! The file's own exception classes: `class MyError(Exception): pass` at
//! module level (a body of `pass`, `...` or a docstring only), deriving
//! from one builtin exception class pycc raises and catches, or from an
//! earlier such class of the file. The compiled module creates each one
//! (`PyErr_NewException("<module>.<Name>", base)`) and holds it as an
//! attribute; `raise` and `except` in compiled code name them by index.

use crate::base::exceptions::BUILTIN_EXCEPTIONS;
use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::HashMap;
use std::ops::Range;

use super::parse::range;

/// One exception class pycc compiles: its base is a builtin class's name
/// or an earlier class of this list.
#[derive(Debug, Clone)]
pub struct ExceptionClass {
    pub name: String,
    pub base: String,
    /// The docstring, the class's `__doc__`.
    pub doc: Option<String>,
    pub span: Range<usize>,
}

/// The file's exception classes, in source order, and those it cannot
/// compile (name -> the construct at fault and why), reported where
/// compiled code raises or catches them.
#[derive(Debug, Clone, Default)]
pub struct ExceptionClasses {
    pub classes: Vec<ExceptionClass>,
    pub unsupported: HashMap<String, (Range<usize>, String)>,
}

impl ExceptionClasses {
    /// The class's code for the runtime: builtins first, then the file's.
    pub fn code(&self, name: &str) -> Option<usize> {
        match self.classes.iter().position(|c| c.name == name) {
            Some(k) => Some(BUILTIN_EXCEPTIONS.len() + k),
            None => BUILTIN_EXCEPTIONS.iter().position(|b| *b == name),
        }
    }

    pub fn is_user(&self, name: &str) -> bool {
        self.classes.iter().any(|c| c.name == name)
    }

    /// The base code of class `k`.
    pub fn base_code(&self, k: usize) -> usize {
        self.code(&self.classes[k].base).expect("bases are checked when collected")
    }
}

pub fn collect(body: &[Stmt]) -> ExceptionClasses {
    let mut out = ExceptionClasses::default();
    // A name bound more than once at module level is not one class.
    let mut bound: HashMap<String, usize> = HashMap::new();
    for stmt in body {
        for n in module_bindings(stmt) {
            *bound.entry(n).or_default() += 1;
        }
    }
    for stmt in body {
        let Stmt::ClassDef(c) = stmt else { continue };
        let name = c.name.to_string();
        let known = |b: &str, out: &ExceptionClasses| {
            BUILTIN_EXCEPTIONS.contains(&b) || out.classes.iter().any(|k| k.name == b)
        };
        let base = match c.bases.as_slice() {
            [Expr::Name(b)] if known(b.id.as_str(), &out) => b.id.to_string(),
            bases => {
                // Not an exception class pycc knows of: only a diagnostic
                // if compiled code raises or catches it.
                let why = if bases.iter().any(|b| matches!(b, Expr::Name(n) if known(n.id.as_str(), &out))) {
                    "an exception class with more than one base"
                } else {
                    "a class that is not derived from a builtin exception pycc knows (or another such class of the file)"
                };
                out.unsupported.insert(name, (range(stmt), why.to_string()));
                continue;
            }
        };
        let problem = if PYTHON_BUILTINS.contains(&name.as_str()) {
            Some((range(stmt), "a class named as one of Python's builtins".to_string()))
        } else if bound.get(&name).copied().unwrap_or(0) > 1 {
            Some((range(stmt), "a class whose name is bound more than once at module level".to_string()))
        } else if let Some(d) = c.decorator_list.first() {
            Some((range(d), "a decorated exception class".to_string()))
        } else if let Some(k) = c.keywords.first() {
            Some((range(k), "an exception class with keywords (such as a metaclass)".to_string()))
        } else {
            c.body
                .iter()
                .find(|s| !trivial(s))
                .map(|s| (range(s), "an exception class body other than `pass`, `...` or a docstring".to_string()))
        };
        match problem {
            Some(p) => {
                out.unsupported.insert(name, p);
            }
            None => out.classes.push(ExceptionClass { name, base, doc: docstring(&c.body), span: range(stmt) }),
        }
    }
    out
}

/// A body's first statement if it is a string: its docstring.
fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match e.value.as_ref() {
            Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `pass`, `...` or a string statement.
fn trivial(s: &Stmt) -> bool {
    match s {
        Stmt::Pass(_) => true,
        Stmt::Expr(e) => matches!(
            e.value.as_ref(),
            Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(_) | ast::Constant::Ellipsis, .. })
        ),
        _ => false,
    }
}

/// The names a module-level statement binds directly (defs, classes,
/// assignments, imports).
fn module_bindings(stmt: &Stmt) -> Vec<String> {
    let names = |t: &Expr| match t {
        Expr::Name(n) => vec![n.id.to_string()],
        _ => Vec::new(),
    };
    match stmt {
        Stmt::ClassDef(c) => vec![c.name.to_string()],
        Stmt::FunctionDef(f) => vec![f.name.to_string()],
        Stmt::Assign(a) => a.targets.iter().flat_map(names).collect(),
        Stmt::AnnAssign(a) => names(&a.target),
        Stmt::AugAssign(a) => names(&a.target),
        Stmt::Import(i) => i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).to_string()).collect(),
        Stmt::ImportFrom(i) => i.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).to_string()).collect(),
        _ => Vec::new(),
    }
}

/// CPython's builtins (3.11): the runtime finds the file's classes by name
/// before the builtins, so a class may not take one of these names.
const PYTHON_BUILTINS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "Ellipsis",
    "EncodingWarning",
    "EnvironmentError",
    "Exception",
    "ExceptionGroup",
    "False",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "None",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "True",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
    "abs",
    "aiter",
    "all",
    "anext",
    "any",
    "ascii",
    "bin",
    "bool",
    "breakpoint",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "compile",
    "complex",
    "copyright",
    "credits",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "exec",
    "exit",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "help",
    "hex",
    "id",
    "input",
    "int",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "license",
    "list",
    "locals",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "print",
    "property",
    "quit",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "vars",
    "zip",
];
