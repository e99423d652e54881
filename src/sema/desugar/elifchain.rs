//! `elif` chains, rewritten one link at a time.
//!
//! Python nests each `elif` in the previous link's `else`, so a chain of n
//! links is n statements deep. The statement rewrites of `block_stmt` each
//! fold their whole statement, and typing then reaches every nested link
//! and rewrites it again: n links would cost n^2 (a chain of 2,600 took 42 s).
//! The rewrites therefore see one link, its test and its body, with the rest
//! of the chain elided to a marker; typing reaches the next link as a
//! statement of its own. A rewrite of the head gets the rest back
//! (`relink`) before it is typed. What a rewrite hoists from a link's test
//! now lands in the previous link's `else`, just before that test, which is
//! where Python evaluates it.

use rustpython_parser::ast::{self, Stmt};
use rustpython_parser::text_size::{TextRange, TextSize};
use std::borrow::Cow;

/// Where the rest of the chain was: a `pass` no source can hold (its
/// offset is past any file pycc reads).
fn marker() -> Stmt {
    let at = TextSize::from(u32::MAX);
    Stmt::Pass(ast::StmtPass { range: TextRange::new(at, at) })
}

fn is_marker(stmts: &[Stmt]) -> bool {
    matches!(stmts, [Stmt::Pass(p)] if p.range.start() == TextSize::from(u32::MAX))
}

/// The first link of `stmt` when it is an `if` with an `elif`: its test and
/// body, the rest of the chain elided.
pub(in crate::sema) fn head(stmt: &Stmt) -> Option<Stmt> {
    let Stmt::If(i) = stmt else { return None };
    let [Stmt::If(_)] = i.orelse.as_slice() else { return None };
    Some(Stmt::If(ast::StmtIf { test: i.test.clone(), body: i.body.clone(), orelse: vec![marker()], range: i.range }))
}

/// `rewritten` (a rewrite of the head of `chain`, or a statement it made)
/// with the elided rest of the chain put back where the marker is.
pub(in crate::sema) fn relink<'a>(rewritten: &'a Stmt, chain: Option<&Stmt>) -> Cow<'a, Stmt> {
    let Some(Stmt::If(whole)) = chain else { return Cow::Borrowed(rewritten) };
    // Statements made from the head are about the head's size: the copy
    // is cheap, and dropped when no marker is in it.
    let mut out = rewritten.clone();
    if put_back(std::slice::from_mut(&mut out), &whole.orelse) {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(rewritten)
    }
}

/// Puts `rest` in place of each marker in `stmts`' blocks; whether one was.
fn put_back(stmts: &mut [Stmt], rest: &[Stmt]) -> bool {
    let mut found = false;
    for s in stmts {
        let blocks = crate::syntax::child_blocks_mut(s);
        for b in blocks {
            if is_marker(b) {
                *b = rest.to_vec();
                found = true;
            } else {
                found |= put_back(b, rest);
            }
        }
    }
    found
}

/// A compound statement's header alone (an `if`/`while` test, a `for`
/// target and iterable), its blocks emptied: for rewrites of a statement's
/// own expressions, since typing rewrites each statement of the blocks when
/// it reaches it (folding the blocks too would cost depth x size).
pub(in crate::sema) fn header_only(stmt: &Stmt) -> Option<Stmt> {
    Some(match stmt {
        Stmt::If(i) => Stmt::If(ast::StmtIf { test: i.test.clone(), body: vec![], orelse: vec![], range: i.range }),
        Stmt::While(w) => {
            Stmt::While(ast::StmtWhile { test: w.test.clone(), body: vec![], orelse: vec![], range: w.range })
        }
        Stmt::For(f) => Stmt::For(ast::StmtFor {
            target: f.target.clone(),
            iter: f.iter.clone(),
            body: vec![],
            orelse: vec![],
            type_comment: f.type_comment.clone(),
            range: f.range,
        }),
        _ => return None,
    })
}

/// `header` (a rewrite of `header_only(stmt)`) with `stmt`'s blocks back.
pub(in crate::sema) fn with_blocks_of(header: Stmt, stmt: &Stmt) -> Stmt {
    match (header, stmt) {
        (Stmt::If(mut h), Stmt::If(i)) => {
            (h.body, h.orelse) = (i.body.clone(), i.orelse.clone());
            Stmt::If(h)
        }
        (Stmt::While(mut h), Stmt::While(w)) => {
            (h.body, h.orelse) = (w.body.clone(), w.orelse.clone());
            Stmt::While(h)
        }
        (Stmt::For(mut h), Stmt::For(f)) => {
            (h.body, h.orelse) = (f.body.clone(), f.orelse.clone());
            Stmt::For(h)
        }
        (h, _) => h,
    }
}
