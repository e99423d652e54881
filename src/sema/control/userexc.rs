//! The class a `raise` or an `except` clause names: a builtin class pycc
//! knows, or one of the file's own exception classes
//! (`syntax::classes`), which the compiled module creates at import and
//! the runtime finds by name (`raise`) or by code (`except`).

use crate::sema::*;

/// What a class expression of `raise`/`except` is.
pub(in crate::sema) enum ExcClass {
    /// A builtin or one of the file's classes, by name.
    Known(String),
    /// A class of the file pycc cannot compile: a diagnostic is made.
    Reported,
    /// Anything else: the caller reports it.
    Unknown,
}

impl Typer<'_> {
    pub(in crate::sema) fn exception_class(&mut self, e: &Expr) -> ExcClass {
        let Expr::Name(n) = e else { return ExcClass::Unknown };
        let id = n.id.as_str();
        // A local of the same name is not the class.
        if self.types.contains_key(id) {
            return ExcClass::Unknown;
        }
        let classes = &self.globals.exceptions;
        if crate::abi::runtime::BUILTIN_EXCEPTIONS.contains(&id) || classes.is_user(id) {
            return ExcClass::Known(id.to_string());
        }
        let Some((at, why)) = classes.unsupported.get(id) else { return ExcClass::Unknown };
        self.errors.push(
            Diagnostic::error(format!("exception class `{id}` is not supported: {why}"))
                .at(first_line(at.clone(), &self.source.text), "not supported")
                .also(range(e), "used here")
                .note("pycc compiles module-level classes such as `class MyError(ValueError): pass` (a body of `pass` or a docstring only)"),
        );
        ExcClass::Reported
    }
}
