//! The walrus `(y := e)` rewritten, before typing, into an assignment
//! before the statement: `if (y := f(x)) > 0:` as `y = f(x)` then
//! `if y > 0:`, `while (n := n - 1) > 0:` as `while True:` whose body
//! first binds `n`, then leaves when the test fails, and a list
//! comprehension with one (`xs = [y for x in it if (y := g(x)) > 0]`) as
//! its loop, the `:=` target bound in the function (Python's scope for it).
//! Only a `:=` that always runs is lifted (not one in the right operand of
//! `and`/`or`, an arm of `x if c else y` or a later link of a chained
//! comparison); the operands Python evaluates before it that have effects
//! or read a `:=` target are bound to temporaries first, so the order of
//! evaluation stays Python's. Anything else keeps the typer's diagnostic.

use crate::sema::sugar::{assign, bool_const, expr_stmt, method, name, not, store, temp};
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;
use std::collections::HashMap;

/// `stmt` with its `:=`s lifted into assignments, or None when it has none
/// (or one this rewrite cannot place).
pub fn expand(stmt: &Stmt, temps: &mut usize) -> Option<Vec<Stmt>> {
    let r = stmt.range();
    let header: Vec<&Expr> = match stmt {
        Stmt::Expr(s) => vec![&s.value],
        Stmt::Assign(s) => std::iter::once(&*s.value).chain(&s.targets).collect(),
        Stmt::AugAssign(s) => vec![&s.value, &s.target],
        Stmt::Return(s) => s.value.iter().map(|v| &**v).collect(),
        Stmt::If(s) => vec![&s.test],
        Stmt::While(s) => vec![&s.test],
        Stmt::For(s) => vec![&s.iter],
        Stmt::Assert(s) => std::iter::once(&*s.test).chain(s.msg.as_deref()).collect(),
        _ => return None,
    };
    if !header.iter().any(|e| has_walrus(e)) {
        return None;
    }
    if let Some(out) = comprehension(stmt, temps) {
        return Some(out);
    }
    let mut lift = Lift { out: Vec::new(), temps, targets: Vec::new() };
    header.iter().for_each(|e| walrus_targets(e, &mut lift.targets));
    let rewritten = match stmt {
        Stmt::Expr(s) => expr_stmt(lift.lift((*s.value).clone())?),
        Stmt::Assign(s) if !s.targets.iter().any(has_walrus) => {
            Stmt::Assign(ast::StmtAssign { value: Box::new(lift.lift((*s.value).clone())?), ..s.clone() })
        }
        // `x += (x := 5)` reads `x` before the value: not lifted.
        Stmt::AugAssign(s) if matches!(s.target.as_ref(), Expr::Name(n) if !lift.targets.iter().any(|t| t == n.id.as_str())) => {
            Stmt::AugAssign(ast::StmtAugAssign { value: Box::new(lift.lift((*s.value).clone())?), ..s.clone() })
        }
        Stmt::Return(s) => {
            let value = lift.lift((**s.value.as_ref()?).clone())?;
            Stmt::Return(ast::StmtReturn { range: s.range, value: Some(Box::new(value)) })
        }
        Stmt::If(s) => Stmt::If(ast::StmtIf { test: Box::new(lift.lift((*s.test).clone())?), ..s.clone() }),
        Stmt::For(s) => Stmt::For(ast::StmtFor { iter: Box::new(lift.lift((*s.iter).clone())?), ..s.clone() }),
        Stmt::Assert(s) if !s.msg.as_deref().is_some_and(has_walrus) => {
            Stmt::Assert(ast::StmtAssert { test: Box::new(lift.lift((*s.test).clone())?), ..s.clone() })
        }
        // `while t:` as `while True:` whose body first computes `t` and
        // leaves when it fails (an `else` clause would need the loop's own
        // exit: not rewritten).
        Stmt::While(s) if s.orelse.is_empty() => {
            let test = lift.lift((*s.test).clone())?;
            let mut body = std::mem::take(&mut lift.out);
            let at = s.test.range();
            body.push(Stmt::If(ast::StmtIf {
                range: at,
                test: Box::new(not(test)),
                body: vec![Stmt::Break(ast::StmtBreak { range: at })],
                orelse: Vec::new(),
            }));
            body.extend(s.body.iter().cloned());
            let test = Box::new(bool_const(true, at));
            return Some(vec![Stmt::While(ast::StmtWhile { range: r, test, body, orelse: Vec::new() })]);
        }
        _ => return None,
    };
    let mut out = lift.out;
    out.push(rewritten);
    Some(out)
}

struct Lift<'t> {
    /// The assignments (and temporaries) that run before the statement.
    out: Vec<Stmt>,
    temps: &'t mut usize,
    /// Every name the statement's `:=`s bind.
    targets: Vec<String>,
}

impl Lift<'_> {
    /// `e`, which always runs, with its `:=`s lifted into `out`; None when
    /// one sits where it may not run.
    fn lift(&mut self, e: Expr) -> Option<Expr> {
        if !has_walrus(&e) {
            return Some(e);
        }
        match e {
            Expr::NamedExpr(n) => {
                let value = self.lift(*n.value)?;
                let Expr::Name(t) = *n.target else { return None };
                self.out.push(assign(store(t.id.as_str(), t.range), value, n.range));
                Some(name(t.id.as_str(), t.range))
            }
            Expr::UnaryOp(mut u) => {
                u.operand = Box::new(self.lift(*u.operand)?);
                Some(Expr::UnaryOp(u))
            }
            Expr::Attribute(mut a) => {
                a.value = Box::new(self.lift(*a.value)?);
                Some(Expr::Attribute(a))
            }
            Expr::BinOp(b) => {
                let [left, right] = <[Expr; 2]>::try_from(self.in_order(vec![*b.left, *b.right])?).ok()?;
                Some(Expr::BinOp(ast::ExprBinOp { left: Box::new(left), right: Box::new(right), ..b }))
            }
            Expr::Subscript(s) => {
                let [value, slice] = <[Expr; 2]>::try_from(self.in_order(vec![*s.value, *s.slice])?).ok()?;
                Some(Expr::Subscript(ast::ExprSubscript { value: Box::new(value), slice: Box::new(slice), ..s }))
            }
            // Only the first link of a chain always runs.
            Expr::Compare(mut c) => {
                if c.comparators[1..].iter().any(has_walrus) {
                    return None;
                }
                let first = c.comparators[0].clone();
                let [left, first] = <[Expr; 2]>::try_from(self.in_order(vec![*c.left, first])?).ok()?;
                c.left = Box::new(left);
                c.comparators[0] = first;
                Some(Expr::Compare(c))
            }
            Expr::BoolOp(mut b) if !b.values[1..].iter().any(has_walrus) => {
                b.values[0] = self.lift(b.values[0].clone())?;
                Some(Expr::BoolOp(b))
            }
            Expr::IfExp(mut i) if !has_walrus(&i.body) && !has_walrus(&i.orelse) => {
                i.test = Box::new(self.lift(*i.test)?);
                Some(Expr::IfExp(i))
            }
            Expr::Tuple(mut t) => {
                t.elts = self.in_order(t.elts)?;
                Some(Expr::Tuple(t))
            }
            Expr::List(mut l) => {
                l.elts = self.in_order(l.elts)?;
                Some(Expr::List(l))
            }
            // The callee is read first: it must not be one a `:=` binds.
            Expr::Call(mut c) if !has_walrus(&c.func) && !reads(&c.func, &self.targets) => {
                if c.args.iter().any(|a| matches!(a, Expr::Starred(_))) {
                    return None;
                }
                let n = c.args.len();
                let all = c.args.drain(..).chain(c.keywords.iter().map(|k| k.value.clone())).collect();
                let mut all = self.in_order(all)?;
                for (k, v) in c.keywords.iter_mut().zip(all.drain(n..)) {
                    k.value = v;
                }
                c.args = all;
                Some(Expr::Call(c))
            }
            _ => None,
        }
    }

    /// Operands Python evaluates left to right, lifted: those before the
    /// last one with a `:=` are bound to temporaries unless reading them
    /// later gives the same value (a constant, a name no `:=` binds).
    fn in_order(&mut self, xs: Vec<Expr>) -> Option<Vec<Expr>> {
        let Some(last) = xs.iter().rposition(has_walrus) else { return Some(xs) };
        let mut out = Vec::with_capacity(xs.len());
        for (k, x) in xs.into_iter().enumerate() {
            let x = self.lift(x)?;
            let stable = match &x {
                Expr::Constant(_) => true,
                Expr::Name(n) => !self.targets.iter().any(|t| t == n.id.as_str()),
                _ => false,
            };
            if k >= last || stable {
                out.push(x);
                continue;
            }
            let at = x.range();
            let tmp = temp(self.temps, "walrus");
            self.out.push(assign(store(&tmp, at), x, at));
            out.push(name(&tmp, at));
        }
        Some(out)
    }
}

/// Whether `e` has a `:=` anywhere (in a lambda or comprehension too).
fn has_walrus(e: &Expr) -> bool {
    let mut found = Vec::new();
    walrus_targets(e, &mut found);
    !found.is_empty()
}

/// The names the `:=`s in `e` bind, appended to `out`.
fn walrus_targets(e: &Expr, out: &mut Vec<String>) {
    struct Find<'a>(&'a mut Vec<String>);
    impl Fold<TextRange> for Find<'_> {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
            if let Expr::NamedExpr(n) = &e {
                if let Expr::Name(t) = n.target.as_ref() {
                    self.0.push(t.id.to_string());
                }
            }
            fold::fold_expr(self, e)
        }
    }
    let Ok(_) = Find(out).fold_expr(e.clone());
}

/// Whether `e` reads one of `names`.
fn reads(e: &Expr, names: &[String]) -> bool {
    struct Reads<'a>(&'a [String], bool);
    impl Fold<TextRange> for Reads<'_> {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
            if let Expr::Name(n) = &e {
                self.1 |= self.0.iter().any(|t| t == n.id.as_str());
            }
            fold::fold_expr(self, e)
        }
    }
    let mut r = Reads(names, false);
    let Ok(_) = r.fold_expr(e.clone());
    r.1
}

/// `name = [elt for ... if ...]` with a `:=` inside: the comprehension's
/// loops appending to a new list, its own variables renamed to
/// temporaries (Python gives them their own scope), the `:=` targets
/// left as they are (Python binds them in the function); then each
/// statement of the loops lifts its own `:=`s.
fn comprehension(stmt: &Stmt, temps: &mut usize) -> Option<Vec<Stmt>> {
    let Stmt::Assign(a) = stmt else { return None };
    let ([target @ Expr::Name(_)], Expr::ListComp(c)) = (a.targets.as_slice(), a.value.as_ref()) else {
        return None;
    };
    if c.generators.iter().any(|g| g.is_async) || has_walrus(&c.generators[0].iter) {
        return None;
    }
    let at = c.range;
    let list = temp(temps, "comp");
    let mut renames = HashMap::new();
    let mut loops = Vec::new();
    for (k, g) in c.generators.iter().enumerate() {
        // The first iterable is evaluated in the function's scope.
        let iter = if k == 0 { g.iter.clone() } else { rename(&g.iter, &renames) };
        let mut names = Vec::new();
        target_names(&g.target, &mut names)?;
        for n in names {
            let fresh = temp(temps, "compvar");
            renames.insert(n, fresh);
        }
        let target = rename(&g.target, &renames);
        let ifs: Vec<Expr> = g.ifs.iter().map(|e| rename(e, &renames)).collect();
        loops.push((target, iter, ifs, g.iter.range()));
    }
    let elt = rename(&c.elt, &renames);
    let mut body = vec![expr_stmt(method(&list, "append", vec![elt], Vec::new(), at))];
    for (target, iter, ifs, range) in loops.into_iter().rev() {
        for test in ifs.into_iter().rev() {
            body = vec![Stmt::If(ast::StmtIf { range, test: Box::new(test), body, orelse: Vec::new() })];
        }
        body = vec![Stmt::For(ast::StmtFor {
            range,
            target: Box::new(target),
            iter: Box::new(iter),
            body,
            orelse: Vec::new(),
            type_comment: None,
        })];
    }
    let empty = Expr::List(ast::ExprList { range: at, elts: Vec::new(), ctx: ast::ExprContext::Load });
    let mut out = vec![assign(store(&list, at), empty, at)];
    out.extend(body);
    out.push(assign(target.clone(), name(&list, at), a.range));
    Some(out)
}

/// The names a comprehension target binds (names and tuples of them).
fn target_names(e: &Expr, out: &mut Vec<String>) -> Option<()> {
    match e {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().try_for_each(|x| target_names(x, out))?,
        _ => return None,
    }
    Some(())
}

/// `e` with the names in `map` renamed (loads and stores; a `:=` target
/// keeps its name).
fn rename(e: &Expr, map: &HashMap<String, String>) -> Expr {
    struct Rename<'a>(&'a HashMap<String, String>);
    impl Fold<TextRange> for Rename<'_> {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
            match e {
                Expr::Name(mut n) if self.0.contains_key(n.id.as_str()) => {
                    n.id = ast::Identifier::new(self.0[n.id.as_str()].as_str());
                    Ok(Expr::Name(n))
                }
                Expr::NamedExpr(mut n) => {
                    n.value = Box::new(self.fold_expr(*n.value)?);
                    Ok(Expr::NamedExpr(n))
                }
                e => fold::fold_expr(self, e),
            }
        }
    }
    let Ok(out) = Rename(map).fold_expr(e.clone());
    out
}
