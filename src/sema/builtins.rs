//! Builtins typed as statements or over whole arrays: `print(...)`.

use super::{Typer, Val};
use crate::base::diagnostics::Diagnostic;
use crate::syntax::parse::range;
use crate::tir::{PrintItem, TStmt};
use rustpython_parser::ast::{self, Constant, Expr};
use std::ops::Range;

const PRINT_NOTE: &str = "pycc prints numbers, bools, complex numbers, string literals and tuples of them, with `sep=` and `end=` string literals (or None) and `flush=` True or False";

impl Typer<'_> {
    /// Whether `name` is the builtin here (not a local, tuple or function of the file).
    pub(super) fn is_builtin(&self, name: &str) -> bool {
        !self.types.contains_key(name) && !self.arity.contains_key(name) && !self.globals.functions.contains_key(name)
    }

    /// `print(a, b, ..., sep=..., end=..., flush=...)` as a statement.
    pub(super) fn print_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let mut items = Vec::new();
        let mut ok = true;
        for a in &c.args {
            match self.print_item(a) {
                Some(item) => items.push(item),
                None => ok = false,
            }
        }
        let (mut sep, mut end, mut flush) = (None, None, false);
        for k in &c.keywords {
            let name = k.arg.as_ref().map(|a| a.as_str());
            let text = match &k.value {
                Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) if !s.contains('\0') => {
                    Some(Some(s.clone()))
                }
                Expr::Constant(ast::ExprConstant { value: Constant::None, .. }) => Some(None),
                _ => None,
            };
            match (name, text, &k.value) {
                (Some("sep"), Some(t), _) => sep = t,
                (Some("end"), Some(t), _) => end = t,
                (Some("flush"), _, Expr::Constant(ast::ExprConstant { value: Constant::Bool(b), .. })) => flush = *b,
                _ => {
                    self.errors.push(
                        Diagnostic::error("this argument of print() is not supported")
                            .at(range(k), "not supported")
                            .note(PRINT_NOTE),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(TStmt::Print { items, sep, end, flush, span })
    }

    fn print_item(&mut self, e: &Expr) -> Option<PrintItem> {
        if let Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) = e {
            if !s.contains('\0') {
                return Some(PrintItem::Str(s.clone()));
            }
        }
        if let Expr::Tuple(t) = e {
            let items: Vec<Option<PrintItem>> = t.elts.iter().map(|x| self.print_item(x)).collect();
            return items.into_iter().collect::<Option<Vec<_>>>().map(PrintItem::Tuple);
        }
        if let Expr::Starred(_) = e {
            self.errors.push(
                Diagnostic::error("`*` arguments to print() are not supported").at(range(e), "here").note(PRINT_NOTE),
            );
            return None;
        }
        let v = self.value_top(e)?;
        self.print_val(v, range(e))
    }

    fn print_val(&mut self, v: Val, span: Range<usize>) -> Option<PrintItem> {
        match v {
            Val::Scalar(x) => Some(PrintItem::Value(x)),
            Val::Complex(re, im) => Some(PrintItem::Complex(re, im)),
            Val::Tuple(xs) => {
                xs.into_iter().map(|x| self.print_val(x, span.clone())).collect::<Option<Vec<_>>>().map(PrintItem::Tuple)
            }
            Val::Array(_) => {
                self.errors.push(
                    Diagnostic::error("printing an array is not supported yet")
                        .at(span, "an array")
                        .note(PRINT_NOTE),
                );
                None
            }
        }
    }
}
