//! `try`/`except`/`else` as CPython runs them: an exception raised in the
//! body (by pycc's own checks, a `raise`, a helper, numpy or CPython)
//! jumps to the handler with the exception still set (`TStmt::Try`); the
//! handler tests the except clauses in order by class (subclasses match,
//! as CPython's `PyErr_ExceptionMatches`), clears the exception in the
//! clause that matches and runs it, or passes the exception on when none
//! does. `else` runs when the body ended without an exception, outside
//! the handler's reach. numba supports bare `except:` and `except
//! Exception:`; pycc also takes the builtin classes by name.

use crate::abi::runtime::{BUILTIN_EXCEPTIONS, ERR_MATCHES_FN, ERR_PASS_FN, ERR_RESTORE_FN, ERR_STASH_FN};
use crate::sema::strings::runtime;
use crate::sema::sugar::name;
use crate::sema::userexc::ExcClass;
use crate::sema::*;

/// One `except` clause: the codes of the classes it names (BUILTIN_EXCEPTIONS
/// indices, then the file's classes; empty for a bare `except:`), and its body.
struct Clause<'s> {
    codes: Vec<usize>,
    handler: &'s ast::ExceptHandlerExceptHandler,
}

impl Typer<'_> {
    pub(in crate::sema) fn try_stmt(&mut self, t: &ast::StmtTry, span: Range<usize>) -> Checked<TStmt> {
        // What is not supported is reported, and the rest still typed, so
        // that the names it binds raise no follow-on errors.
        let errors = self.errors.len();
        if !t.finalbody.is_empty() {
            return self.try_finally(t, span);
        }
        let clauses: Vec<Clause> = t.handlers.iter().map(|h| self.except_clause(h)).collect();
        let facts = self.not_none.clone();
        let ok = format!("$tryok{}", span.start);
        let mut out = Vec::new();
        if !t.orelse.is_empty() {
            out.push(self.assign(&ok, bool_const(false, &span)));
        }
        let mut body = self.block(&t.body);
        if !t.orelse.is_empty() {
            body.push(self.assign(&ok, bool_const(true, &span)));
        }
        self.not_none = facts.clone();
        let mut handler = vec![TStmt::Fail { symbol: ERR_PASS_FN, args: Vec::new(), span: span.clone() }];
        for c in clauses.iter().rev() {
            let caught = self.clause_body(c.handler, &span);
            self.not_none = facts.clone();
            handler = match matches_any(&c.codes, &span) {
                None => caught,
                Some(cond) => vec![TStmt::If { cond, then: caught, orelse: handler }],
            };
        }
        out.push(TStmt::Try { body, handler });
        if !t.orelse.is_empty() {
            let orelse = self.block(&t.orelse);
            self.not_none = facts;
            let cond = self.check_expr(&name(&ok, t.range))?;
            out.push(TStmt::If { cond, then: orelse, orelse: Vec::new() });
        }
        if self.errors.len() > errors {
            // A statement of the body, or an except clause, reported.
            return Err(self.reported_before(&span));
        }
        Ok(TStmt::Seq(out))
    }

    /// `try: ... finally: F`: F runs after the rest completes, and on the
    /// way out of an exception the rest raises or does not catch (with
    /// that exception set aside while F runs, then raised again). A
    /// `return`, `break` or `continue` leaving the statement is rewritten
    /// (finally.rs); one leaving F itself is a diagnostic.
    fn try_finally(&mut self, t: &ast::StmtTry, span: Range<usize>) -> Checked<TStmt> {
        let inner = ast::StmtTry { finalbody: Vec::new(), ..t.clone() };
        let mut parts: Vec<&[Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
        parts.extend(t.handlers.iter().map(|ast::ExceptHandler::ExceptHandler(h)| h.body.as_slice()));
        let leaves_try = parts[..2].iter().chain(&parts[3..]).any(|b| leaves(b, false).is_some());
        if leaves_try && leaves(&t.finalbody, false).is_none() {
            return Ok(TStmt::Seq(self.block(&crate::sema::finally::rewrite(t, span.start))));
        }
        if let Some(s) = parts.iter().find_map(|b| leaves(b, false)) {
            let reported = self.report(
                Diagnostic::error("leaving a `finally` clause by return, break or continue is not supported yet")
                    .at(range(s), "leaves the `finally` clause")
                    .note(
                        "in CPython it discards an exception on its way out; pycc runs a `finally` clause to its end",
                    ),
            );
            // The rest is still typed: the names it binds raise no follow-on
            // errors (and whatever it reports is out already).
            let _ = self.try_stmt(&inner, span);
            self.block(&t.finalbody);
            return Err(reported);
        }
        let facts = self.not_none.clone();
        let body = if inner.handlers.is_empty() {
            let mut b = self.block(&inner.body);
            b.extend(self.block(&inner.orelse));
            b
        } else {
            vec![self.try_stmt(&inner, span.clone())?]
        };
        self.not_none = facts.clone();
        let token = format!("$errstash{}", span.start);
        let mut handler = vec![self.assign(&token, runtime(ERR_STASH_FN, vec![], &span))];
        handler.extend(self.block(&t.finalbody));
        let kept = self.check_expr(&name(&token, t.range))?;
        handler.push(self.assign(&format!("$errback{}", span.start), runtime(ERR_RESTORE_FN, vec![kept], &span)));
        handler.push(TStmt::Fail { symbol: ERR_PASS_FN, args: Vec::new(), span: span.clone() });
        self.not_none = facts;
        let mut out = vec![TStmt::Try { body, handler }];
        out.extend(self.block(&t.finalbody));
        Ok(TStmt::Seq(out))
    }

    /// The classes and body of one except clause; a diagnostic for what
    /// pycc does not catch by (a class not among the builtins it knows).
    fn except_clause<'s>(&mut self, h: &'s ast::ExceptHandler) -> Clause<'s> {
        let ast::ExceptHandler::ExceptHandler(h) = h;
        let Some(ty) = &h.type_ else { return Clause { codes: Vec::new(), handler: h } };
        let classes: Vec<&Expr> = match ty.as_ref() {
            Expr::Tuple(t) => t.elts.iter().collect(),
            e => vec![e],
        };
        let mut codes = Vec::new();
        for c in classes {
            let code = match self.exception_class(c) {
                ExcClass::Known(name) => self.globals.exceptions.code(&name),
                ExcClass::Reported => continue,
                ExcClass::Unknown => None,
            };
            let Some(code) = code else {
                self.errors.push(
                    Diagnostic::error("this exception class is not supported in `except` yet")
                        .at(range(c), "not a builtin exception pycc knows")
                        .note(format!(
                            "pycc catches by the file's own exception classes and these builtin ones: {}",
                            BUILTIN_EXCEPTIONS.join(", ")
                        )),
                );
                continue;
            };
            codes.push(code);
        }
        // `except BaseException:` and `except Exception:` take whatever
        // compiled code raises (no KeyboardInterrupt starts there).
        let any = |c: usize| BUILTIN_EXCEPTIONS.get(c).is_some_and(|k| *k == "BaseException" || *k == "Exception");
        if codes.iter().any(|&c| any(c)) {
            codes.clear();
        }
        Clause { codes, handler: h }
    }
}

/// Whether the set exception is an instance of any class of `codes`
/// (None: any exception).
fn matches_any(codes: &[usize], span: &Range<usize>) -> Option<TExpr> {
    let test = |c: usize| {
        let code = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(c as i128)), span: span.clone() };
        let zero = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
        let hit = runtime(ERR_MATCHES_FN, vec![code], span);
        TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Ne, Box::new(hit), Box::new(zero)),
            span: span.clone(),
        }
    };
    let mut codes = codes.iter();
    let mut cond = test(*codes.next()?);
    for &c in codes {
        cond = TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(cond), Box::new(test(c))), span: span.clone() };
    }
    Some(cond)
}

/// A `return` in `body`, or a `break`/`continue` outside a loop of its own
/// (`looping`: `body` is a loop's), that leaves the enclosing statement.
fn leaves(body: &[Stmt], looping: bool) -> Option<&Stmt> {
    body.iter().find_map(|s| match s {
        Stmt::Return(_) => Some(s),
        Stmt::Break(_) | Stmt::Continue(_) if !looping => Some(s),
        Stmt::For(ast::StmtFor { body, orelse, .. }) | Stmt::While(ast::StmtWhile { body, orelse, .. }) => {
            leaves(body, true).or_else(|| leaves(orelse, looping))
        }
        Stmt::If(ast::StmtIf { body, orelse, .. }) => leaves(body, looping).or_else(|| leaves(orelse, looping)),
        Stmt::With(w) => leaves(&w.body, looping),
        Stmt::Try(t) => [&t.body, &t.orelse, &t.finalbody]
            .into_iter()
            .find_map(|b| leaves(b, looping))
            .or_else(|| t.handlers.iter().find_map(|ast::ExceptHandler::ExceptHandler(h)| leaves(&h.body, looping))),
        _ => None,
    })
}

fn bool_const(b: bool, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() }
}
