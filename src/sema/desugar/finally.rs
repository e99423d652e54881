//! A `return`, `break` or `continue` leaving a `try` that has a `finally`
//! clause, rewritten before typing: the `try` (its handlers and `else`
//! too) runs inside a one-pass `while True:` loop, each way out records
//! how it left (`$how`, and the returned value in `$ret`) and breaks out
//! of that loop; the `finally` clause then runs as for a statement that
//! completed, and after it the recorded `return`, `break` or `continue`
//! is done. An exception still runs the clause on its way out, as before.
//! A `return` inside a loop of the body leaves that loop, then the pass.

use crate::sema::sugar::{assign, compare, if_stmt, int, name, store};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

const RETURN: i64 = 1;
const BREAK: i64 = 2;
const CONTINUE: i64 = 3;
const BARE_RETURN: i64 = 4;

/// `t` (which has a `finally` clause) as statements that leave it only by
/// completing or raising; `key` makes its temporaries' names unique.
pub fn rewrite(t: &ast::StmtTry, key: usize) -> Vec<Stmt> {
    let at = t.range;
    let how = format!("$how{key}");
    let ret = format!("$ret{key}");
    let rw = Rewriter { how: &how, ret: &ret };
    let handlers = t
        .handlers
        .iter()
        .map(|ast::ExceptHandler::ExceptHandler(h)| {
            ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
                body: rw.block(&h.body, false),
                ..h.clone()
            })
        })
        .collect();
    let inner = Stmt::Try(ast::StmtTry {
        range: at,
        body: rw.block(&t.body, false),
        handlers,
        orelse: rw.block(&t.orelse, false),
        finalbody: Vec::new(),
    });
    let pass = Stmt::While(ast::StmtWhile {
        range: at,
        test: Box::new(Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Bool(true), kind: None })),
        body: vec![inner, Stmt::Break(ast::StmtBreak { range: at })],
        orelse: Vec::new(),
    });
    let mut out = vec![
        assign(store(&how, at), int(0, at), at),
        Stmt::Try(ast::StmtTry {
            range: at,
            body: vec![pass],
            handlers: Vec::new(),
            orelse: Vec::new(),
            finalbody: t.finalbody.clone(),
        }),
    ];
    let exits: [(i64, Stmt); 4] = [
        (RETURN, Stmt::Return(ast::StmtReturn { range: at, value: Some(Box::new(name(&ret, at))) })),
        (BARE_RETURN, Stmt::Return(ast::StmtReturn { range: at, value: None })),
        (BREAK, Stmt::Break(ast::StmtBreak { range: at })),
        (CONTINUE, Stmt::Continue(ast::StmtContinue { range: at })),
    ];
    let mut used: Vec<(i64, Stmt)> =
        exits.into_iter().filter(|(code, _)| rw.uses(&t.body, &t.orelse, t, *code)).collect();
    // A `try` that cannot complete normally left by one of these ways: the
    // last one needs no test, so the function's end is not reached after it.
    let last = if completes(t) { None } else { used.pop().map(|(_, exit)| exit) };
    for (code, exit) in used {
        out.push(if_how(&how, ast::CmpOp::Eq, code, vec![exit], at));
    }
    out.extend(last);
    out
}

/// Whether the `try` `t` (its `finally` clause aside) may complete
/// normally; conservative: true unless every path surely leaves it.
fn completes(t: &ast::StmtTry) -> bool {
    !(leaves(&t.body) || leaves(&t.orelse))
        || t.handlers.iter().any(|ast::ExceptHandler::ExceptHandler(h)| !leaves(&h.body))
}

/// Whether `body` surely leaves by a `return`, `raise`, `break` or `continue`.
fn leaves(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::Return(_) | Stmt::Raise(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
        Stmt::If(i) => leaves(&i.body) && leaves(&i.orelse),
        Stmt::Try(t) => leaves(&t.finalbody) || !completes(t),
        _ => false,
    })
}

struct Rewriter<'a> {
    how: &'a str,
    ret: &'a str,
}

impl Rewriter<'_> {
    /// `body` with its ways out of the `try` recorded; `looping` inside a
    /// loop of the body (whose own `break`/`continue` stay).
    fn block(&self, body: &[Stmt], looping: bool) -> Vec<Stmt> {
        let mut out = Vec::with_capacity(body.len());
        for s in body {
            self.stmt(s, looping, &mut out);
        }
        out
    }

    fn stmt(&self, s: &Stmt, looping: bool, out: &mut Vec<Stmt>) {
        let at = s.range();
        let leave = |code: i64, out: &mut Vec<Stmt>| {
            out.push(assign(store(self.how, at), int(code, at), at));
            out.push(Stmt::Break(ast::StmtBreak { range: at }));
        };
        match s {
            Stmt::Return(r) => match &r.value {
                Some(v) => {
                    out.push(assign(store(self.ret, at), (**v).clone(), at));
                    leave(RETURN, out);
                }
                None => leave(BARE_RETURN, out),
            },
            Stmt::Break(_) if !looping => leave(BREAK, out),
            Stmt::Continue(_) if !looping => leave(CONTINUE, out),
            Stmt::For(f) => {
                out.push(Stmt::For(ast::StmtFor {
                    body: self.block(&f.body, true),
                    orelse: self.block(&f.orelse, looping),
                    ..f.clone()
                }));
                self.after_loop(&f.body, at, out);
            }
            Stmt::While(w) => {
                out.push(Stmt::While(ast::StmtWhile {
                    body: self.block(&w.body, true),
                    orelse: self.block(&w.orelse, looping),
                    ..w.clone()
                }));
                self.after_loop(&w.body, at, out);
            }
            Stmt::If(i) => out.push(Stmt::If(ast::StmtIf {
                body: self.block(&i.body, looping),
                orelse: self.block(&i.orelse, looping),
                ..i.clone()
            })),
            Stmt::Try(t) => out.push(Stmt::Try(ast::StmtTry {
                body: self.block(&t.body, looping),
                handlers: t
                    .handlers
                    .iter()
                    .map(|ast::ExceptHandler::ExceptHandler(h)| {
                        ast::ExceptHandler::ExceptHandler(ast::ExceptHandlerExceptHandler {
                            body: self.block(&h.body, looping),
                            ..h.clone()
                        })
                    })
                    .collect(),
                orelse: self.block(&t.orelse, looping),
                finalbody: self.block(&t.finalbody, looping),
                ..t.clone()
            })),
            s => out.push(s.clone()),
        }
    }

    /// After a loop of the body that a `return` left: leave the pass too
    /// (or the enclosing loop of the body, which checks again after it).
    /// Inside the body's loops only a `return` sets `$how`.
    fn after_loop(&self, body: &[Stmt], at: TextRange, out: &mut Vec<Stmt>) {
        if returns(body) {
            out.push(if_how(self.how, ast::CmpOp::NotEq, 0, vec![Stmt::Break(ast::StmtBreak { range: at })], at));
        }
    }

    /// Whether the way out `code` occurs in the `try`.
    fn uses(&self, body: &[Stmt], orelse: &[Stmt], t: &ast::StmtTry, code: i64) -> bool {
        let mut all: Vec<&[Stmt]> = vec![body, orelse];
        all.extend(t.handlers.iter().map(|ast::ExceptHandler::ExceptHandler(h)| h.body.as_slice()));
        all.into_iter().any(|b| exits(b, false, code))
    }
}

fn if_how(how: &str, op: ast::CmpOp, code: i64, body: Vec<Stmt>, at: TextRange) -> Stmt {
    let test = compare(name(how, at), op, int(code, at), at);
    if_stmt(test, body, at)
}

/// Whether `body` has a `return` anywhere (outside nested functions).
fn returns(body: &[Stmt]) -> bool {
    exits(body, true, RETURN) || exits(body, true, BARE_RETURN)
}

/// Whether `body` leaves by the way out `code` (`looping`: inside a loop
/// of the body, whose `break`/`continue` are its own).
fn exits(body: &[Stmt], looping: bool, code: i64) -> bool {
    body.iter().any(|s| match s {
        Stmt::Return(r) => (code == RETURN && r.value.is_some()) || (code == BARE_RETURN && r.value.is_none()),
        Stmt::Break(_) => code == BREAK && !looping,
        Stmt::Continue(_) => code == CONTINUE && !looping,
        Stmt::For(ast::StmtFor { body, orelse, .. }) | Stmt::While(ast::StmtWhile { body, orelse, .. }) => {
            exits(body, true, code) || exits(orelse, looping, code)
        }
        Stmt::If(i) => exits(&i.body, looping, code) || exits(&i.orelse, looping, code),
        Stmt::Try(t) => {
            [&t.body, &t.orelse, &t.finalbody].into_iter().any(|b| exits(b, looping, code))
                || t.handlers.iter().any(|ast::ExceptHandler::ExceptHandler(h)| exits(&h.body, looping, code))
        }
        _ => false,
    })
}
