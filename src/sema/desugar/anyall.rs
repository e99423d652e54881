//! Builtins over generator expressions and dict views, rewritten before
//! typing into forms the typer has:
//! - `any(g)` / `all(g)` (a generator expression, a comprehension or any
//!   iterable pycc loops over): a loop before the statement that stops at
//!   the first truthy (falsy) item, as CPython does, into a temporary;
//! - `sum(g)`, `min(g)`, `max(g)` of a generator expression or of
//!   `d.values()` / `d.keys()`: the same call of a list comprehension.
//!
//! Only where the statement evaluates the call unconditionally (not after
//! `and`/`or`, in a conditional arm, a `while` test or a lambda); elsewhere
//! the call is left for the typer's own diagnostic.

use crate::sema::sugar::{assign, bool_const as constant, expr_stmt, if_stmt, method, name, not, store, temp};
use crate::syntax::parse::Globals;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

/// `stmt` with its any/all calls as loops before it and its reductions of
/// generators as comprehensions, or None when it has neither.
/// `is_builtin(name)`: the name means CPython's builtin here (Typer::is_builtin).
pub(in crate::sema) fn expand(
    stmt: &Stmt,
    globals: &Globals,
    is_builtin: &dyn Fn(&str) -> bool,
    temps: &mut usize,
) -> Option<Vec<Stmt>> {
    if let Some(out) = bool_op_branches(stmt, is_builtin, temps) {
        return Some(out);
    }
    let mut s = stmt.clone();
    let mut rw = Rewriter { globals, is_builtin, temps, before: Vec::new(), changed: false };
    match &mut s {
        Stmt::Assign(a) => rw.expr(&mut a.value),
        Stmt::AugAssign(a) => rw.expr(&mut a.value),
        Stmt::AnnAssign(a) => a.value.iter_mut().for_each(|v| rw.expr(v)),
        Stmt::Return(r) => r.value.iter_mut().for_each(|v| rw.expr(v)),
        Stmt::Expr(e) => rw.expr(&mut e.value),
        Stmt::If(i) => rw.expr(&mut i.test),
        Stmt::For(f) => rw.expr(&mut f.iter),
        Stmt::Assert(a) => rw.expr(&mut a.test),
        _ => {}
    }
    if !rw.changed {
        return None;
    }
    let mut out = rw.before;
    out.push(s);
    Some(out)
}

struct Rewriter<'g, 't> {
    globals: &'g Globals,
    is_builtin: &'g dyn Fn(&str) -> bool,
    temps: &'t mut usize,
    before: Vec<Stmt>,
    changed: bool,
}

impl Rewriter<'_, '_> {
    /// Rewrites what `e` evaluates unconditionally, in evaluation order.
    fn expr(&mut self, e: &mut Expr) {
        match e {
            Expr::BinOp(b) => {
                self.expr(&mut b.left);
                self.expr(&mut b.right);
            }
            Expr::UnaryOp(u) => self.expr(&mut u.operand),
            // Later comparators run only if the first comparison holds.
            Expr::Compare(c) => {
                self.expr(&mut c.left);
                if let Some(first) = c.comparators.first_mut() {
                    self.expr(first);
                }
            }
            Expr::BoolOp(b) => {
                if let Some(first) = b.values.first_mut() {
                    self.expr(first);
                }
            }
            Expr::IfExp(i) => self.expr(&mut i.test),
            Expr::Tuple(t) => t.elts.iter_mut().for_each(|x| self.expr(x)),
            Expr::List(l) => l.elts.iter_mut().for_each(|x| self.expr(x)),
            Expr::Subscript(s) => {
                self.expr(&mut s.value);
                self.expr(&mut s.slice);
            }
            Expr::Call(c) => {
                c.args.iter_mut().for_each(|x| self.expr(x));
                c.keywords.iter_mut().for_each(|k| self.expr(&mut k.value));
                self.call(e);
            }
            _ => {}
        }
    }

    /// A builtin's name, unless the file defines a function of that name.
    fn builtin<'e>(&self, c: &'e ast::ExprCall) -> Option<&'e str> {
        match c.func.as_ref() {
            Expr::Name(n) if (self.is_builtin)(n.id.as_str()) => Some(n.id.as_str()),
            _ => None,
        }
    }

    fn call(&mut self, e: &mut Expr) {
        let Expr::Call(c) = e else { return };
        let Some(f) = self.builtin(c) else { return };
        let ([arg], true) = (c.args.as_slice(), c.keywords.is_empty()) else { return };
        match f {
            "any" | "all" => {
                let r = c.range;
                let found = self.any_all(f == "any", arg, r);
                *e = name(&found, r);
                self.changed = true;
            }
            "sum" | "min" | "max" | "list" if self.generator_call(arg) => {
                let r = c.range;
                let acc = self.fold_generator(f, arg, r);
                *e = name(&acc, r);
                self.changed = true;
            }
            // `sum(range(n))`: the range's items as a list comprehension.
            "sum" | "min" | "max"
                if matches!(arg, Expr::Call(r) if matches!(r.func.as_ref(), Expr::Name(n)
                    if n.id.as_str() == "range" && (self.is_builtin)("range"))) =>
            {
                let r = arg.range();
                let (v, g) = each_item(arg, self.temps, r);
                c.args[0] = Expr::ListComp(ast::ExprListComp { range: r, elt: Box::new(v), generators: vec![g] });
                self.changed = true;
            }
            "sum" | "min" | "max" => {
                if let Some(comp) = as_comprehension(arg, self.temps) {
                    c.args[0] = comp;
                    self.changed = true;
                }
            }
            _ => {}
        }
    }

    /// Whether `e` calls a generator function of the file.
    fn generator_call(&self, e: &Expr) -> bool {
        let Expr::Call(c) = e else { return false };
        let Expr::Name(n) = c.func.as_ref() else { return false };
        self.globals.functions.get(n.id.as_str()).is_some_and(|g| crate::sema::generators::is_generator(&g.body))
    }

    /// `sum`/`min`/`max`/`list` of a generator function's items, as a loop
    /// over them before the statement (where the generator is inlined):
    /// CPython's order of additions, the first least (greatest) item,
    /// `ValueError` for an empty `min`/`max`; returns the result's name.
    fn fold_generator(&mut self, f: &str, gen: &Expr, r: TextRange) -> String {
        let acc = temp(self.temps, f);
        let v = temp(self.temps, "item");
        let item = name(&v, r);
        let (init, body, after) = match f {
            "sum" => {
                let zero = Expr::Constant(ast::ExprConstant {
                    range: r,
                    value: ast::Constant::Int(ast::bigint::BigInt::from(0)),
                    kind: None,
                });
                let add = Stmt::AugAssign(ast::StmtAugAssign {
                    range: r,
                    target: Box::new(name(&acc, r)),
                    op: ast::Operator::Add,
                    value: Box::new(item.clone()),
                });
                (vec![assign(name(&acc, r), zero, r)], vec![add], Vec::new())
            }
            "list" => {
                let empty = Expr::List(ast::ExprList { range: r, elts: Vec::new(), ctx: ast::ExprContext::Load });
                (
                    vec![assign(name(&acc, r), empty, r)],
                    vec![expr_stmt(method(&acc, "append", vec![item.clone()], Vec::new(), r))],
                    Vec::new(),
                )
            }
            _ => {
                let seen = temp(self.temps, "seen");
                let op = if f == "min" { ast::CmpOp::Lt } else { ast::CmpOp::Gt };
                let better = Expr::Compare(ast::ExprCompare {
                    range: r,
                    left: Box::new(item.clone()),
                    ops: vec![op],
                    comparators: vec![name(&acc, r)],
                });
                let first = not(name(&seen, r));
                let test = Expr::BoolOp(ast::ExprBoolOp { range: r, op: ast::BoolOp::Or, values: vec![first, better] });
                let take = vec![assign(name(&acc, r), item.clone(), r), assign(name(&seen, r), constant(true, r), r)];
                let message = Expr::Constant(ast::ExprConstant {
                    range: r,
                    value: ast::Constant::Str(format!("{f}() arg is an empty sequence")),
                    kind: None,
                });
                let error = Expr::Call(ast::ExprCall {
                    range: r,
                    func: Box::new(name("ValueError", r)),
                    args: vec![message],
                    keywords: Vec::new(),
                });
                let raise = Stmt::Raise(ast::StmtRaise { range: r, exc: Some(Box::new(error)), cause: None });
                (
                    vec![assign(name(&seen, r), constant(false, r), r)],
                    vec![if_stmt(test, take, r)],
                    vec![if_stmt(not(name(&seen, r)), vec![raise], r)],
                )
            }
        };
        self.before.extend(init);
        self.before.push(Stmt::For(ast::StmtFor {
            range: r,
            target: Box::new(store(&v, r)),
            iter: Box::new(gen.clone()),
            body,
            orelse: Vec::new(),
            type_comment: None,
        }));
        self.before.extend(after);
        acc
    }

    /// `found = not any_; for ...: if item is truthy (falsy for all):
    /// found = any_; break` (stopping every enclosing generator loop),
    /// before the statement; returns `found`.
    fn any_all(&mut self, any: bool, arg: &Expr, r: TextRange) -> String {
        let found = temp(self.temps, if any { "any" } else { "all" });
        self.before.push(assign(name(&found, r), constant(!any, r), r));
        let (elt, generators) = match arg {
            Expr::GeneratorExp(g) => ((*g.elt).clone(), g.generators.clone()),
            Expr::ListComp(g) => ((*g.elt).clone(), g.generators.clone()),
            x => {
                let (v, g) = each_item(x, self.temps, r);
                (v, vec![g])
            }
        };
        let test = if any { elt } else { not(elt) };
        let hit = vec![assign(name(&found, r), constant(any, r), r), Stmt::Break(ast::StmtBreak { range: r })];
        let mut body = vec![if_stmt(test, hit, r)];
        for (k, g) in generators.iter().enumerate().rev() {
            for cond in g.ifs.iter().rev() {
                body = vec![if_stmt(cond.clone(), body, r)];
            }
            let mut loop_body = body;
            // An inner loop's break ends only that loop: the outer ones
            // test the flag after it.
            if k + 1 < generators.len() {
                let stop = vec![Stmt::Break(ast::StmtBreak { range: r })];
                let done = ast::ExprCompare {
                    range: r,
                    left: Box::new(name(&found, r)),
                    ops: vec![ast::CmpOp::Eq],
                    comparators: vec![constant(any, r)],
                };
                loop_body.push(if_stmt(Expr::Compare(done), stop, r));
            }
            body = vec![Stmt::For(ast::StmtFor {
                range: r,
                target: Box::new(g.target.clone()),
                iter: Box::new(g.iter.clone()),
                body: loop_body,
                orelse: Vec::new(),
                type_comment: None,
            })];
        }
        self.before.extend(body);
        found
    }
}

/// A generator expression, `d.values()` or `d.keys()` as a list
/// comprehension of the same items (None for anything else).
fn as_comprehension(arg: &Expr, temps: &mut usize) -> Option<Expr> {
    let r = arg.range();
    match arg {
        Expr::GeneratorExp(g) => {
            Some(Expr::ListComp(ast::ExprListComp { range: r, elt: g.elt.clone(), generators: g.generators.clone() }))
        }
        Expr::Call(c)
            if c.args.is_empty()
                && c.keywords.is_empty()
                && matches!(c.func.as_ref(), Expr::Attribute(a) if matches!(a.attr.as_str(), "values" | "keys")) =>
        {
            let (v, g) = each_item(arg, temps, r);
            Some(Expr::ListComp(ast::ExprListComp { range: r, elt: Box::new(v), generators: vec![g] }))
        }
        _ => None,
    }
}

/// `for v in iter` as a comprehension's generator, with `v` a fresh name:
/// the name's read and the generator.
fn each_item(iter: &Expr, temps: &mut usize, r: TextRange) -> (Expr, ast::Comprehension) {
    let v = temp(temps, "item");
    let g = ast::Comprehension {
        range: Default::default(),
        target: store(&v, r),
        iter: iter.clone(),
        ifs: Vec::new(),
        is_async: false,
    };
    (name(&v, r), g)
}

/// `return a and any(g)` (also `x = ...`, `if ...:` and `or`): the operands
/// after the first run only on a condition, so the value is computed by
/// branches first, `t = a; if t: t = any(g)`, where each operand is a
/// statement of its own (and its any/all a loop). Only when a later
/// operand calls any/all or queues work before its statement (a
/// comprehension, a reduction: `k > 0 and sum([a[i] // k for i in r]) > 0`),
/// which would otherwise run even when CPython never reaches it.
fn bool_op_branches(stmt: &Stmt, is_builtin: &dyn Fn(&str) -> bool, temps: &mut usize) -> Option<Vec<Stmt>> {
    let value = match stmt {
        Stmt::Return(r) => r.value.as_deref()?,
        Stmt::Assign(a) if a.targets.len() == 1 => &a.value,
        Stmt::If(i) => &i.test,
        _ => return None,
    };
    let Expr::BoolOp(b) = value else { return None };
    if !b.values[1..].iter().any(|v| calls_any_all(v, is_builtin) || reduces(v, is_builtin)) {
        return None;
    }
    let r = b.range;
    let t = temp(temps, "bool");
    let mut rest: Vec<Stmt> = Vec::new();
    for v in b.values[1..].iter().rev() {
        let mut then = vec![assign(name(&t, r), v.clone(), r)];
        then.extend(rest);
        rest = then;
        let test = if b.op == ast::BoolOp::And { name(&t, r) } else { not(name(&t, r)) };
        rest = vec![if_stmt(test, rest, r)];
    }
    let mut out = vec![assign(name(&t, r), b.values[0].clone(), r)];
    out.extend(rest);
    let mut s = stmt.clone();
    match &mut s {
        Stmt::Return(ret) => ret.value = Some(Box::new(name(&t, r))),
        Stmt::Assign(a) => *a.value = name(&t, r),
        Stmt::If(i) => *i.test = name(&t, r),
        _ => unreachable!("matched above"),
    }
    out.push(s);
    Some(out)
}

/// Whether `e` holds a comprehension or a builtin reduction of one
/// iterable (`sum(xs)`, `min(xs, default=0)`, `sorted(xs)`) outside
/// lambdas: forms whose work is queued before the statement.
fn reduces(e: &Expr, is_builtin: &dyn Fn(&str) -> bool) -> bool {
    let reduction = |c: &ast::ExprCall| {
        matches!(c.func.as_ref(), Expr::Name(n) if matches!(n.id.as_str(), "sum" | "min" | "max" | "sorted") && is_builtin(n.id.as_str()))
            && (c.args.len() == 1 || !c.keywords.is_empty() || n_is(c, "sum"))
    };
    match e {
        Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_) => true,
        Expr::Call(c) => {
            reduction(c)
                || c.args.iter().any(|x| reduces(x, is_builtin))
                || c.keywords.iter().any(|k| reduces(&k.value, is_builtin))
        }
        Expr::BinOp(b) => reduces(&b.left, is_builtin) || reduces(&b.right, is_builtin),
        Expr::UnaryOp(u) => reduces(&u.operand, is_builtin),
        Expr::Compare(c) => reduces(&c.left, is_builtin) || c.comparators.iter().any(|x| reduces(x, is_builtin)),
        Expr::BoolOp(b) => b.values.iter().any(|x| reduces(x, is_builtin)),
        Expr::Subscript(s) => reduces(&s.value, is_builtin) || reduces(&s.slice, is_builtin),
        _ => false,
    }
}

fn n_is(c: &ast::ExprCall, f: &str) -> bool {
    matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == f)
}

/// Whether `e` calls the builtin any or all (outside lambdas).
fn calls_any_all(e: &Expr, is_builtin: &dyn Fn(&str) -> bool) -> bool {
    match e {
        Expr::Call(c) => {
            matches!(c.func.as_ref(), Expr::Name(n) if matches!(n.id.as_str(), "any" | "all") && is_builtin(n.id.as_str()))
                || c.args.iter().any(|x| calls_any_all(x, is_builtin))
        }
        Expr::BinOp(b) => calls_any_all(&b.left, is_builtin) || calls_any_all(&b.right, is_builtin),
        Expr::UnaryOp(u) => calls_any_all(&u.operand, is_builtin),
        Expr::Compare(c) => {
            calls_any_all(&c.left, is_builtin) || c.comparators.iter().any(|x| calls_any_all(x, is_builtin))
        }
        Expr::BoolOp(b) => b.values.iter().any(|x| calls_any_all(x, is_builtin)),
        _ => false,
    }
}
