//! An exported function whose name a later top-level `def` binds again:
//! `@cc.export` registers the first function, but the module's name (what
//! calls from the file's functions read, in CPython and in numba) is the
//! last one. pycc resolves such calls to the export, so it refuses the file
//! where a function calls the name, instead of silently running the first.

use super::parse::range;
use crate::base::diagnostics::Diagnostic;
use rustpython_parser::ast::{self, Stmt};
use std::collections::HashSet;
use std::ops::Range;

/// An error for each top-level `def` that rebinds an exported function's
/// name after the export, when some function of the file reads that name.
pub fn after_export(body: &[Stmt], exported: &[&ast::StmtFunctionDef]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let mut read: Option<HashSet<String>> = None;
    for stmt in body {
        let Stmt::FunctionDef(d) = stmt else { continue };
        let at = range(d).start;
        let Some(first) = exported.iter().find(|e| e.name == d.name && range(**e).start < at) else { continue };
        let read = read.get_or_insert_with(|| names_read(body));
        if !read.contains(d.name.as_str()) {
            continue;
        }
        errors.push(
            Diagnostic::error(format!("`{}` is defined again after its export", d.name))
                .at(head(d), "calls of this name run this definition")
                .also(head(first), "the export is this one")
                .note(
                    "CPython and numba export the first function but bind the name to the last `def`, which the \
                     file's calls then run; give the two functions different names",
                ),
        );
    }
    errors
}

/// `def name` of a function.
fn head(f: &ast::StmtFunctionDef) -> Range<usize> {
    let start = range(f).start;
    start..start + "def ".len() + f.name.len()
}

/// The names read in the bodies of the file's top-level functions.
fn names_read(body: &[Stmt]) -> HashSet<String> {
    let mut reads = HashSet::new();
    for stmt in body {
        if let Stmt::FunctionDef(f) = stmt {
            reads.extend(super::names_read(&f.body));
        }
    }
    reads
}
