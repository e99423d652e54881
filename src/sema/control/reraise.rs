//! Re-raising the exception an except clause caught: a bare `raise`,
//! `raise e` after `except E as e:`, and `raise X from None`.
//!
//! A clause that re-raises keeps the exception it caught (ERR_STASH_FN,
//! which also clears it, as the clause's entry must) instead of dropping
//! it; each re-raise sets a new reference to it again and passes it on
//! (TStmt::Fail), so an inner `try` in the clause may catch it and the
//! clause re-raise it once more, as CPython. The kept exception is dropped
//! however the clause is left: at its end, before a `return` or a `break`
//! or `continue` out of it, and on an exception leaving it (the clause's
//! body runs inside a `TStmt::Try` whose handler drops it and passes on).
//!
//! The name of `except E as e:` may only be re-raised (`raise e`): any
//! other use would need the exception object as a value, which numba
//! does not give either. CPython unbinds the name after the clause, so a
//! name also used as a variable of the function is a diagnostic.

use crate::abi::runtime::{ERR_CLEAR_FN, ERR_DROP_FN, ERR_PASS_FN, ERR_RERAISE_FN, ERR_STASH_FN};
use crate::sema::strings::runtime;
use crate::sema::*;
use rustpython_parser::text_size::TextRange;

/// The clause being typed that re-raises: the name its exception is bound
/// to, and the variable holding the kept exception's token.
pub(in crate::sema) struct Kept {
    name: Option<String>,
    token: String,
}

impl Typer<'_> {
    /// The statements of one except clause that caught the exception: its
    /// entry (the exception cleared, or kept for a re-raise) and its body.
    pub(in crate::sema) fn clause_body(
        &mut self,
        h: &ast::ExceptHandlerExceptHandler,
        span: &Range<usize>,
    ) -> Vec<TStmt> {
        let name = h.name.as_ref().map(|n| n.to_string());
        if let Some(n) = &name {
            self.check_bound_name(n, h);
        }
        let token = format!("$errkeep{}.{}", span.start, h.range.start().to_usize());
        if !reraises(&h.body, name.as_deref(), true) {
            let mut out = vec![self.assign(&format!("$errclr{}", span.start), runtime(ERR_CLEAR_FN, vec![], span))];
            out.extend(self.block(&h.body));
            return out;
        }
        let keep = self.assign(&token, runtime(ERR_STASH_FN, vec![], span));
        self.kept.push(Kept { name, token: token.clone() });
        let mut body = self.block(&h.body);
        self.kept.pop();
        let Some(drop) = self.drop_kept(&token, span) else { return body };
        insert_drops(&mut body, &drop, 0);
        let handler = vec![drop.clone(), TStmt::Fail { symbol: ERR_PASS_FN, args: Vec::new(), span: span.clone() }];
        vec![keep, TStmt::Try { body, handler }, drop]
    }

    fn drop_kept(&mut self, token: &str, span: &Range<usize>) -> Option<TStmt> {
        let kept = self.expr(&crate::sema::sugar::name(token, TextRange::default()))?;
        Some(self.assign(&format!("{token}drop"), runtime(ERR_DROP_FN, vec![kept], span)))
    }

    /// `except E as e:`: `e` may only be re-raised, and may not be a
    /// variable of the function too (CPython unbinds it after the clause).
    fn check_bound_name(&mut self, n: &str, h: &ast::ExceptHandlerExceptHandler) {
        let at = range(h);
        let head = self.source.text[at.clone()].lines().next().map_or(0, str::len);
        if self.index.contains_key(n) || self.types.types.contains_key(n) {
            self.errors.push(
                Diagnostic::error(format!("the exception's name `{n}` is also a variable of the function"))
                    .at(at.start..at.start + head, "bound here")
                    .note("CPython unbinds it after the clause; pycc takes a name used only in its clause"),
            );
            return;
        }
        if let Some(at) = other_use(&h.body, n) {
            self.errors.push(
                Diagnostic::error(format!("the caught exception `{n}` can only be re-raised (`raise {n}`) yet"))
                    .at(at, "used as a value")
                    .note("numba cannot use it as a value either"),
            );
            // Reported: its uses raise no follow-on errors.
            self.poisoned.insert(n.to_string());
        }
    }

    /// A bare `raise`, or `raise e` of a clause's bound name: the kept
    /// exception set again and passed on. NotMine: not a re-raise.
    pub(in crate::sema) fn reraise(&mut self, r: &ast::StmtRaise, span: &Range<usize>) -> Claim<TStmt> {
        let token = match r.exc.as_deref() {
            None => match self.kept.last() {
                Some(k) => k.token.clone(),
                None => {
                    self.errors.push(
                        Diagnostic::error("a bare `raise` outside an except clause")
                            .at(span.clone(), "no exception to re-raise")
                            .note("CPython raises `RuntimeError: No active exception to reraise`"),
                    );
                    return Claim::Failed;
                }
            },
            Some(Expr::Name(n)) => {
                let k = or_not_mine!(self.kept.iter().rev().find(|k| k.name.as_deref() == Some(n.id.as_str())));
                k.token.clone()
            }
            _ => return Claim::NotMine,
        };
        let kept = or_reported!(self, self.expr(&crate::sema::sugar::name(&token, TextRange::default())));
        let set = self.assign(&format!("{token}set"), runtime(ERR_RERAISE_FN, vec![kept], span));
        let pass = TStmt::Fail { symbol: ERR_PASS_FN, args: Vec::new(), span: span.clone() };
        Claim::Done(TStmt::Seq(vec![set, pass]))
    }
}

/// Whether `body` re-raises the clause's exception: a bare `raise` (not
/// inside a nested clause, which re-raises its own: `outer`), or `raise
/// name`.
fn reraises(body: &[Stmt], name: Option<&str>, outer: bool) -> bool {
    body.iter().any(|s| match s {
        Stmt::Raise(ast::StmtRaise { exc: None, .. }) => outer,
        Stmt::Raise(ast::StmtRaise { exc: Some(e), .. }) => {
            matches!(e.as_ref(), Expr::Name(n) if Some(n.id.as_str()) == name)
        }
        Stmt::For(ast::StmtFor { body, orelse, .. })
        | Stmt::While(ast::StmtWhile { body, orelse, .. })
        | Stmt::If(ast::StmtIf { body, orelse, .. }) => reraises(body, name, outer) || reraises(orelse, name, outer),
        Stmt::With(w) => reraises(&w.body, name, outer),
        Stmt::Try(t) => {
            [&t.body, &t.orelse, &t.finalbody].into_iter().any(|b| reraises(b, name, outer))
                || t.handlers.iter().any(|ast::ExceptHandler::ExceptHandler(h)| reraises(&h.body, name, false))
        }
        _ => false,
    })
}

/// Where `body` uses `name` other than in `raise name`.
fn other_use(body: &[Stmt], name: &str) -> Option<Range<usize>> {
    use rustpython_parser::ast::fold::{self, Fold};
    struct Finder<'a>(&'a str, Option<TextRange>);
    impl Fold<TextRange> for Finder<'_> {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
            if let Expr::Name(n) = &e {
                if n.id.as_str() == self.0 && self.1.is_none() {
                    self.1 = Some(n.range);
                }
            }
            fold::fold_expr(self, e)
        }
        fn fold_stmt(&mut self, s: Stmt) -> std::result::Result<Stmt, Self::Error> {
            match &s {
                Stmt::Raise(ast::StmtRaise { exc: Some(e), cause: None, .. }) if matches!(e.as_ref(), Expr::Name(n) if n.id.as_str() == self.0) => {
                    Ok(s)
                }
                // `raise X from e`: the raise reports the cause itself.
                Stmt::Raise(ast::StmtRaise { exc: Some(e), cause: Some(c), .. }) if matches!(c.as_ref(), Expr::Name(n) if n.id.as_str() == self.0) =>
                {
                    let Ok(_) = self.fold_expr(e.as_ref().clone());
                    Ok(s)
                }
                _ => fold::fold_stmt(self, s),
            }
        }
    }
    let mut f = Finder(name, None);
    for s in body {
        let Ok(_) = f.fold_stmt(s.clone());
    }
    f.1.map(|r| r.start().to_usize()..r.end().to_usize())
}

/// The drop of the kept exception before each `return` in `body`, and
/// before each `break`/`continue` that leaves the clause (`depth`: the
/// loops of the clause around `body`).
fn insert_drops(body: &mut Vec<TStmt>, drop: &TStmt, depth: usize) {
    let mut j = 0;
    while j < body.len() {
        let leaves = match &mut body[j] {
            TStmt::Return { .. } => true,
            TStmt::Break | TStmt::Continue => depth == 0,
            TStmt::If { then, orelse, .. } => {
                insert_drops(then, drop, depth);
                insert_drops(orelse, drop, depth);
                false
            }
            TStmt::Try { body, handler } => {
                insert_drops(body, drop, depth);
                insert_drops(handler, drop, depth);
                false
            }
            TStmt::Seq(s) => {
                insert_drops(s, drop, depth);
                false
            }
            TStmt::While { body, orelse, .. } | TStmt::For { body, orelse, .. } => {
                insert_drops(body, drop, depth + 1);
                insert_drops(orelse, drop, depth);
                false
            }
            _ => false,
        };
        if leaves {
            body.insert(j, drop.clone());
            j += 1;
        }
        j += 1;
    }
}
