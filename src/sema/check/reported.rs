//! Errors as a type. A checking function returns `Checked<T>`, and its
//! error, a `Reported`, can be made only by putting a diagnostic out
//! (`Typer::report`): an `Err` can no longer mean "failed, and nobody said
//! why", which the older convention (an `Option` whose `None` means a
//! diagnostic was pushed) could not rule out. Statements are checked this
//! way; the forms below them still use the `Option` convention and come in
//! through `Typer::checked`, which turns a `None` that reported nothing into
//! an internal error at the construct instead of dropping it silently.

use crate::sema::*;

/// Proof that a diagnostic is out (its field is private: only `report` and
/// `checked` in this file make one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::sema) struct Reported(());

/// A checking function's result: the value, or the proof that an error was
/// reported.
pub(in crate::sema) type Checked<T> = std::result::Result<T, Reported>;

impl Typer<'_> {
    /// Puts `d` out.
    pub(in crate::sema) fn report(&mut self, d: Diagnostic) -> Reported {
        self.errors.push(d);
        Reported(())
    }

    /// `what` is not supported yet, at `span`.
    pub(in crate::sema) fn not_supported(&mut self, span: Range<usize>, what: &str) -> Reported {
        self.report(
            Diagnostic::error(format!("{what} not supported yet"))
                .at(span, "unsupported")
                .note("see the README's table of what works"),
        )
    }

    /// The error behind a `None` of the `Option` convention or a
    /// `Claim::Failed` (see `checked`).
    pub(in crate::sema) fn reported_before(&mut self, span: &Range<usize>) -> Reported {
        match self.checked::<()>(None, span) {
            Err(r) => r,
            Ok(()) => unreachable!("checked(None) is an error"),
        }
    }

    /// A value this round cannot type because it just learned what the
    /// value is (a helper returns a str): the round is stale and runs
    /// again, its diagnostics dropped, so what is put out here is seen only
    /// if that fails to happen, which would be pycc's bug.
    pub(in crate::sema) fn learned(&mut self, span: Range<usize>) -> Reported {
        self.report(
            Diagnostic::error("internal compiler error: a name's kind was learned and the typing did not run again")
                .at(span, "here")
                .note("this is a bug in pycc; please report it with this file"),
        )
    }

    /// A result of the `Option` convention as a `Checked` one. A `None` is
    /// an error already reported when the module has errors out (this
    /// function's, a follow-on of them suppressed by `drop_follow_ons` or a
    /// poisoned name, or a called helper's); with none out, it is pycc's own
    /// bug, and the construct at `span` gets an internal error rather than
    /// vanishing from the output.
    pub(in crate::sema) fn checked<T>(&mut self, value: Option<T>, span: &Range<usize>) -> Checked<T> {
        match value {
            Some(v) => Ok(v),
            // A helper this one calls reports into the module's list.
            None if !self.errors.is_empty() || !self.specs.errors.borrow().is_empty() => Err(Reported(())),
            None => Err(self.report(
                Diagnostic::error("internal compiler error: pycc failed to type this and reported no reason")
                    .at(span.clone(), "here")
                    .note("this is a bug in pycc; please report it with this file"),
            )),
        }
    }

    /// A "mine?" helper's answer for `stmt` as a `Checked` one, or None when
    /// the form is not the helper's.
    pub(in crate::sema) fn claimed<T>(
        &mut self,
        helper: fn(&mut Self, &Stmt) -> Claim<T>,
        stmt: &Stmt,
    ) -> Option<Checked<T>> {
        match helper(self, stmt) {
            Claim::NotMine => None,
            Claim::Failed => Some(self.checked(None, &range(stmt))),
            Claim::Done(v) => Some(Ok(v)),
        }
    }
}
