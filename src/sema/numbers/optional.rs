//! Variables that may be None, as numba types them (its `Optional(T)`): a
//! name assigned `None` somewhere (`x = None`, a `b=None` default the call
//! leaves out) is its number variable plus an is-None flag `x.none`.
//! `x is None` reads the flag; a read where a number is needed checks it
//! (TypeError "expected float64, got None", numba's cast) unless flow
//! typing proves the name holds a number there: after an assignment, in
//! the arm of `if x is not None` (or after `if x is None: x = ...`), in the
//! right operand of `x is not None and ...`.

use crate::sema::*;
use std::collections::HashSet;

/// The is-None flag of the optional variable `name` (a dot cannot clash
/// with a Python name).
pub(in crate::sema) fn flag_name(name: &str) -> String {
    format!("{name}.none")
}

/// `d.get(k)` without a default: None for a missing key (sema/containers/dicts.rs).
fn is_get_without_default(e: &Expr) -> bool {
    matches!(e, Expr::Call(c) if c.args.len() == 1 && c.keywords.is_empty()
        && matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "get"))
}

pub(in crate::sema) use crate::syntax::is_none;

/// `f(...)` of one of `calls`, the file's functions that may return None.
fn is_none_call(e: &Expr, calls: &HashSet<String>) -> bool {
    matches!(e, Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(f) if calls.contains(f.id.as_str())))
}

/// The names `stmts` (nested blocks included) may set to None: assigned
/// None, a copy of a name in `optional` (`y = x`: `y` is optional too), or
/// the result of a call of one of `calls`.
pub(in crate::sema) fn none_assigned(
    stmts: &[Stmt],
    optional: &HashSet<String>,
    calls: &HashSet<String>,
    out: &mut HashSet<String>,
) {
    for s in stmts {
        match s {
            Stmt::Assign(a) => {
                if let [Expr::Name(n)] = a.targets.as_slice() {
                    let copy = matches!(a.value.as_ref(), Expr::Name(x) if optional.contains(x.id.as_str()));
                    let call = is_none_call(&a.value, calls);
                    if is_none(&a.value) || copy || call || is_get_without_default(&a.value) {
                        out.insert(n.id.to_string());
                    }
                }
                // `a, b = (x, None)`: unpacked name by name (sugar.rs).
                if let (
                    [Expr::Tuple(t)],
                    Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }),
                ) = (a.targets.as_slice(), a.value.as_ref())
                {
                    if t.elts.len() == elts.len() {
                        for (target, v) in t.elts.iter().zip(elts) {
                            if let (Expr::Name(n), true) = (target, is_none(v)) {
                                out.insert(n.id.to_string());
                            }
                        }
                    }
                }
            }
            Stmt::If(i) => {
                none_assigned(&i.body, optional, calls, out);
                none_assigned(&i.orelse, optional, calls, out);
            }
            Stmt::While(w) => {
                none_assigned(&w.body, optional, calls, out);
                none_assigned(&w.orelse, optional, calls, out);
            }
            Stmt::For(f) => {
                none_assigned(&f.body, optional, calls, out);
                none_assigned(&f.orelse, optional, calls, out);
            }
            _ => {}
        }
    }
}

/// The file's functions that may return None on some paths and a value on
/// others (numba's Optional return), read from their source: a `return`
/// of a value, and a bare `return`, a `return None` or an end that control
/// may reach. A function that never returns None at run time is still a
/// candidate: its callers then test a flag that is always false.
/// Also one that returns a name that may hold None there (assigned None, a
/// parameter defaulting to None, or the result of such a call): to a fixed
/// point over the file's functions.
pub(in crate::sema) fn none_calls(globals: &Globals) -> HashSet<String> {
    let mut calls: HashSet<String> = globals
        .functions
        .iter()
        .filter(|(_, f)| crate::sema::returns_a_value(&f.body) && (returns_none(&f.body) || !ends_all(&f.body)))
        .map(|(name, _)| name.clone())
        .collect();
    loop {
        let before = calls.len();
        for (name, f) in &globals.functions {
            if calls.contains(name) || !crate::sema::returns_a_value(&f.body) {
                continue;
            }
            let mut names: HashSet<String> = f
                .args
                .args
                .iter()
                .filter(|a| a.default.as_deref().is_some_and(is_none))
                .map(|a| a.def.arg.to_string())
                .collect();
            optional_names(&f.body, &calls, &mut names);
            if returns_optional(&f.body, &names, &calls) {
                calls.insert(name.clone());
                break;
            }
        }
        if calls.len() == before {
            return calls;
        }
    }
}

/// Whether a `return` in `body` gives one of `names` or calls one of `calls`.
fn returns_optional(body: &[Stmt], names: &HashSet<String>, calls: &HashSet<String>) -> bool {
    crate::sema::any_return(body, &|r| {
        r.value.as_deref().is_some_and(|v| match v {
            Expr::Name(n) => names.contains(n.id.as_str()),
            v => is_none_call(v, calls),
        })
    })
}

/// Whether a `return` in `body` (not in a nested function) gives None.
fn returns_none(body: &[Stmt]) -> bool {
    crate::sema::any_return(body, &|r| r.value.as_deref().is_none_or(is_none))
}

/// Whether control never reaches the end of a function body `stmts`
/// (conservative: a loop other than `while True` without `break` may
/// reach it).
fn ends_all(stmts: &[Stmt]) -> bool {
    match stmts.last() {
        Some(Stmt::Return(_) | Stmt::Raise(_)) => true,
        Some(Stmt::If(i)) => ends_all(&i.body) && ends_all(&i.orelse),
        Some(Stmt::While(w)) => {
            let endless = matches!(w.test.as_ref(), Expr::Constant(k)
                if matches!(k.value, ast::Constant::Bool(true)) || matches!(&k.value, ast::Constant::Int(n) if n.to_string() != "0"));
            endless && !breaks(&w.body)
        }
        Some(Stmt::With(w)) => ends_all(&w.body),
        // A `try` ends when its `finally` does, or when the body (or its
        // `else`) and every handler do.
        Some(Stmt::Try(t)) => {
            let handlers = t.handlers.iter().all(|ast::ExceptHandler::ExceptHandler(h)| ends_all(&h.body));
            ends_all(&t.finalbody) || ((ends_all(&t.body) || ends_all(&t.orelse)) && handlers)
        }
        _ => false,
    }
}

/// Whether `stmts` can `break` out of the loop whose body they are.
fn breaks(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        Stmt::Break(_) => true,
        Stmt::If(i) => breaks(&i.body) || breaks(&i.orelse),
        Stmt::With(w) => breaks(&w.body),
        Stmt::Try(t) => {
            [&t.body, &t.orelse, &t.finalbody].into_iter().any(|b| breaks(b))
                || t.handlers.iter().any(|ast::ExceptHandler::ExceptHandler(h)| breaks(&h.body))
        }
        _ => false,
    })
}

/// The names of `stmts` that may hold None, from those in `optional`
/// (parameters declared optional(T)) and the results of `calls`: to a
/// fixed point over copies.
pub(in crate::sema) fn optional_names(stmts: &[Stmt], calls: &HashSet<String>, optional: &mut HashSet<String>) {
    loop {
        let before = optional.len();
        let known = optional.clone();
        none_assigned(stmts, &known, calls, optional);
        if optional.len() == before {
            return;
        }
    }
}

/// Whether control never falls out of the end of `stmts`.
fn ends_block(stmts: &[Stmt]) -> bool {
    match stmts.last() {
        Some(Stmt::Return(_) | Stmt::Raise(_) | Stmt::Break(_) | Stmt::Continue(_)) => true,
        Some(Stmt::If(i)) => ends_block(&i.body) && ends_block(&i.orelse),
        _ => false,
    }
}

/// The names a statement binds with `=` or `op=` (unpacking included).
fn bound_names(stmt: &Stmt) -> Vec<&str> {
    let targets: &[Expr] = match stmt {
        Stmt::Assign(a) => &a.targets,
        Stmt::AugAssign(a) => std::slice::from_ref(a.target.as_ref()),
        _ => return Vec::new(),
    };
    let mut out = Vec::new();
    for t in targets {
        match t {
            Expr::Name(n) => out.push(n.id.as_str()),
            Expr::Tuple(t) => out.extend(t.elts.iter().filter_map(|e| match e {
                Expr::Name(n) => Some(n.id.as_str()),
                _ => None,
            })),
            _ => {}
        }
    }
    out
}

impl Typer<'_> {
    /// `x is None` / `x is not None` of an optional name `x`: the name, and
    /// whether the test is `is not`.
    pub(in crate::sema) fn optional_test<'e>(&self, c: &'e ast::ExprCompare) -> Option<(&'e str, bool)> {
        let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
        let name = match (c.left.as_ref(), right) {
            (Expr::Name(n), r) if is_none(r) => n.id.as_str(),
            (l, Expr::Name(n)) if is_none(l) => n.id.as_str(),
            _ => return None,
        };
        if !self.optional.contains(name) {
            return None;
        }
        match op {
            ast::CmpOp::Is => Some((name, false)),
            ast::CmpOp::IsNot => Some((name, true)),
            _ => None,
        }
    }

    /// `x == v`, `x != v`, `x in (a, b)` or `x not in [a, b]` of an
    /// optional number `x` that may be None here (either side for `==`):
    /// its name. CPython compares None unequal to any number, no error.
    pub(in crate::sema) fn optional_equality<'e>(&self, c: &'e ast::ExprCompare) -> Option<&'e str> {
        let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
        let name = |e: &'e Expr| match e {
            Expr::Name(n) if self.optional.contains(n.id.as_str()) && !self.not_none.contains(n.id.as_str()) => {
                self.types.contains_key(n.id.as_str()).then_some(n.id.as_str())
            }
            _ => None,
        };
        let numbers = |e: &Expr| match e {
            Expr::List(l) => {
                l.elts.iter().all(|x| matches!(x, Expr::Constant(k) if !matches!(k.value, ast::Constant::None)))
            }
            Expr::Tuple(t) => {
                t.elts.iter().all(|x| matches!(x, Expr::Constant(k) if !matches!(k.value, ast::Constant::None)))
            }
            _ => false,
        };
        match op {
            ast::CmpOp::Eq | ast::CmpOp::NotEq => name(&c.left).or_else(|| name(right)),
            ast::CmpOp::In | ast::CmpOp::NotIn if numbers(right) => name(&c.left),
            _ => None,
        }
    }

    /// The value of such a comparison: `not x.none and x == v` (`x.none or
    /// x != v` for the negated forms), the comparison typed with `x` known
    /// to hold a number.
    pub(in crate::sema) fn optional_equality_expr(
        &mut self,
        c: &ast::ExprCompare,
        name: &str,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        let name = name.to_string();
        let negated = matches!(c.ops[0], ast::CmpOp::NotEq | ast::CmpOp::NotIn);
        let cmp = self.with_facts(vec![name.clone()], |t| t.check_expr(&Expr::Compare(c.clone())))?;
        let flag = TExpr { ty: Scalar::Bool, kind: TExprKind::Var(self.var(&flag_name(&name))), span: span.clone() };
        let kind = if negated {
            TExprKind::Or(Box::new(flag), Box::new(cmp))
        } else {
            let given = TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(flag)), span: span.clone() };
            TExprKind::And(Box::new(given), Box::new(cmp))
        };
        Ok(TExpr { ty: Scalar::Bool, kind, span })
    }

    /// The value of `x is None` (`is_not`: `x is not None`).
    pub(in crate::sema) fn optional_test_expr(
        &mut self,
        name: &str,
        is_not: bool,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        if self.not_none.contains(name) {
            return self.check_constant(ConstValue::Bool(is_not), span);
        }
        let flag = TExpr { ty: Scalar::Bool, kind: TExprKind::Var(self.var(&flag_name(name))), span: span.clone() };
        Ok(if is_not { TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(flag)), span } } else { flag })
    }

    /// A read of the variable `var` (named `name`) where a number is needed.
    pub(in crate::sema) fn optional_read(&mut self, name: &str, value: TExpr) -> TExpr {
        if !self.optional.contains(name) || self.not_none.contains(name) {
            return value;
        }
        let span = value.span.clone();
        let flag = TExpr { ty: Scalar::Bool, kind: TExprKind::Var(self.var(&flag_name(name))), span: span.clone() };
        TExpr { ty: value.ty, kind: TExprKind::NotNone(Box::new(flag), Box::new(value)), span }
    }

    /// `if x:` of an optional `x`: false for None, as CPython (not a check).
    pub(in crate::sema) fn optional_truth(&mut self, e: &Expr) -> Option<TExpr> {
        let Expr::Name(n) = e else { return None };
        let name = n.id.as_str();
        if !self.optional.contains(name) || self.not_none.contains(name) || !self.types.contains_key(name) {
            return None;
        }
        let span = range(e);
        let given = self.optional_test_expr(name, true, span.clone()).ok()?;
        let ty = self.types.get(name).copied()?;
        let value = TExpr { ty, kind: TExprKind::Var(self.var(name)), span: span.clone() };
        Some(TExpr { ty: Scalar::Bool, kind: TExprKind::And(Box::new(given), Box::new(truth(value))), span })
    }

    /// The optional names that hold a number when `e` evaluates to `when`.
    pub(in crate::sema) fn none_facts(&self, e: &Expr, when: bool) -> Vec<String> {
        match e {
            Expr::Compare(c) => match self.optional_test(c) {
                Some((name, is_not)) if is_not == when => vec![name.to_string()],
                _ => Vec::new(),
            },
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => self.none_facts(&u.operand, !when),
            // All operands of an `and` held (or all of an `or` failed).
            Expr::BoolOp(b) if (b.op == ast::BoolOp::And) == when => {
                b.values.iter().flat_map(|v| self.none_facts(v, when)).collect()
            }
            _ => Vec::new(),
        }
    }

    /// Types `f` with `facts` also known, then forgets them.
    pub(in crate::sema) fn with_facts<T>(&mut self, facts: Vec<String>, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.not_none.clone();
        self.not_none.extend(facts);
        let out = f(self);
        self.not_none = saved;
        out
    }

    /// `x = A if c else B`, `t op= A if c else B` (a name) or `return A if c else B` whose arms a select
    /// of two numbers cannot hold (a tuple display, an array) or that may
    /// need statements before them (a call: a temporary, a list's pop), as
    /// the `if` statement assigning or returning one arm each: each arm's
    /// value is made on its own path, only when taken, as CPython.
    pub(in crate::sema) fn arms_as_branches(&self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let value = match stmt {
            Stmt::Assign(a) => a.value.as_ref(),
            Stmt::Return(r) => r.value.as_deref()?,
            Stmt::AugAssign(a) if matches!(*a.target, Expr::Name(_)) => a.value.as_ref(),
            _ => return None,
        };
        let Expr::IfExp(x) = value else { return None };
        let own_path = |e: &Expr| {
            matches!(e, Expr::Tuple(_)) || self.is_array_like(e) || !crate::sema::is_pure(e) || self.reads_array_item(e)
        };
        if !own_path(&x.body) && !own_path(&x.orelse) {
            return None;
        }
        crate::sema::sugar::arms_as_branches(stmt)
    }

    /// Whether conditional `x` below the top of a statement's value has an
    /// arm of numbers that may need statements before it (a call, a slice)
    /// (sema/desugar/armtemps.rs lifts it out).
    pub(in crate::sema) fn arm_needs_statements(&self, x: &ast::ExprIfExp) -> bool {
        fn sliced(e: &Expr) -> bool {
            match e {
                Expr::Slice(_) => true,
                Expr::Subscript(s) => sliced(&s.value) || sliced(&s.slice),
                Expr::Attribute(a) => sliced(&a.value),
                Expr::UnaryOp(u) => sliced(&u.operand),
                Expr::BinOp(b) => sliced(&b.left) || sliced(&b.right),
                Expr::Tuple(t) => t.elts.iter().any(sliced),
                _ => false,
            }
        }
        let arms = [&*x.body, &*x.orelse];
        let numbers = |e: &Expr| !matches!(e, Expr::Tuple(_)) && !self.is_array_like(e);
        arms.iter().all(|e| numbers(e))
            && arms.iter().any(|e| !crate::sema::is_pure(e) || sliced(e) || self.reads_array_item(e))
    }

    /// An `if` statement: each arm knows what its test proves; after it,
    /// what holds at the end of every arm that falls through.
    pub(in crate::sema) fn if_stmt(&mut self, i: &ast::StmtIf) -> Checked<TStmt> {
        let cond = self.check_condition(&i.test);
        let entry = self.not_none.clone();
        self.not_none.extend(self.none_facts(&i.test, true));
        let then = self.block(&i.body);
        let after_then = std::mem::replace(&mut self.not_none, entry);
        self.not_none.extend(self.none_facts(&i.test, false));
        let orelse = self.block(&i.orelse);
        let after_else = std::mem::take(&mut self.not_none);
        self.not_none = match (ends_block(&i.body), ends_block(&i.orelse)) {
            (true, false) => after_else,
            (false, true) => after_then,
            // Unreachable after both ending: any set is sound.
            _ => after_then.intersection(&after_else).cloned().collect(),
        };
        Ok(TStmt::If { cond: cond?, then, orelse })
    }

    /// `x = None`, `x = f(..)` of a function that may return None, `y = x`
    /// of optional names.
    fn optional_assign(&mut self, stmt: &Stmt) -> Claim<TStmt> {
        if let Stmt::Assign(a) = stmt {
            if let ([Expr::Name(n)], true) = (a.targets.as_slice(), is_none(&a.value)) {
                if self.optional.contains(n.id.as_str()) {
                    return Claim::Done(self.assign_none(n.id.as_str(), range(stmt)));
                }
            }
            if let ([Expr::Name(n)], Expr::Call(c)) = (a.targets.as_slice(), a.value.as_ref()) {
                if self.optional.contains(n.id.as_str()) {
                    let got = self.dict_get_optional(n.id.as_str(), c, range(stmt));
                    if got.is_mine() {
                        return got;
                    }
                    if self.is_none_call(c) && self.is_str_or_none_call(c) {
                        return Claim::checked(self.optional_str_call(n.id.as_str(), c, range(stmt)));
                    }
                    if self.is_none_call(c) {
                        return Claim::checked(self.optional_call(n.id.as_str(), c, range(stmt)));
                    }
                }
            }
            if let ([Expr::Name(y)], Expr::Name(x)) = (a.targets.as_slice(), a.value.as_ref()) {
                if let Some(t) = self.copy_optional(y.id.as_str(), x.id.as_str(), range(stmt)) {
                    return Claim::Done(t);
                }
            }
        }
        Claim::NotMine
    }

    /// A statement, with the optional names' flags kept: `x = None` sets
    /// the flag (and a zero value), any other binding of `x` clears it.
    pub(in crate::sema) fn stmt(&mut self, stmt: &Stmt, first: bool) -> Checked<Option<TStmt>> {
        if let Some(t) = self.claimed(Self::optional_assign, stmt) {
            return t.map(Some);
        }
        let looped = match stmt {
            Stmt::While(w) => Some((&w.body, &w.orelse)),
            Stmt::For(f) => {
                if let Expr::Name(n) = f.target.as_ref() {
                    if self.optional.contains(n.id.as_str()) {
                        self.errors.push(
                            Diagnostic::error(format!("`{}` can be None; it cannot also be a loop variable", n.id))
                                .at(range(f.target.as_ref()), "loop variable")
                                .note("use another name for the loop variable"),
                        );
                        return self.checked(None, &range(stmt));
                    }
                }
                Some((&f.body, &f.orelse))
            }
            _ => None,
        };
        // A loop's body starts with what holds on entry and on every
        // repetition: not the names the loop may set to None.
        if let Some((body, orelse)) = looped {
            let mut killed = HashSet::new();
            none_assigned(body, &self.optional, self.none_calls, &mut killed);
            none_assigned(orelse, &self.optional, self.none_calls, &mut killed);
            self.not_none.retain(|n| !killed.contains(n));
            let entry = self.not_none.clone();
            self.loop_entry.push(entry.clone());
            let t = self.stmt_kind(stmt, first);
            self.loop_entry.pop();
            self.not_none = entry;
            // A `while` left without `break` ends with its test false.
            if let Stmt::While(w) = stmt {
                if !breaks(&w.body) {
                    let facts = self.none_facts(&w.test, false);
                    self.not_none.extend(facts);
                }
            }
            return t;
        }
        let Some(t) = self.stmt_kind(stmt, first)? else { return Ok(None) };
        let optional: Vec<String> =
            bound_names(stmt).into_iter().filter(|n| self.optional.contains(*n)).map(str::to_string).collect();
        if optional.is_empty() {
            return Ok(Some(t));
        }
        let mut seq = vec![t];
        for name in optional {
            let var = self.var(&flag_name(&name));
            let value = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: range(stmt) };
            seq.push(TStmt::Assign { var, value });
            self.not_none.insert(name);
        }
        Ok(Some(TStmt::Seq(seq)))
    }

    /// A loop's else clause, which knows only what held on entry to the loop.
    pub(in crate::sema) fn loop_else(&mut self, orelse: &[Stmt]) -> Vec<TStmt> {
        let entry = self.loop_entry.last().cloned().unwrap_or_default();
        let after_body = std::mem::replace(&mut self.not_none, entry);
        let out = self.block(orelse);
        self.not_none = after_body;
        out
    }

    /// `y = x` of an optional `x` that may be None here: `y` takes its
    /// flag and value (both optional names).
    fn copy_optional(&mut self, y: &str, x: &str, span: Range<usize>) -> Option<TStmt> {
        if !self.optional.contains(y) || !self.optional.contains(x) || self.not_none.contains(x) {
            return None;
        }
        let ty = self.types.get(x).copied()?;
        let (xv, xf) = (self.var(x), self.var(&flag_name(x)));
        let value = TExpr { ty, kind: TExprKind::Var(xv), span: span.clone() };
        let flag = TExpr { ty: Scalar::Bool, kind: TExprKind::Var(xf), span };
        let (var, value) = self.bind(y, value);
        let yf = self.var(&flag_name(y));
        self.not_none.remove(y);
        Some(TStmt::ParallelAssign { vars: vec![yf, var], values: vec![flag, value] })
    }

    /// Whether `c` calls one of the file's functions that may return None
    /// (not a local of that name).
    pub(in crate::sema) fn is_none_call(&self, c: &ast::ExprCall) -> bool {
        let Expr::Name(f) = c.func.as_ref() else { return false };
        let name = f.id.as_str();
        self.none_calls.contains(name) && !self.types.contains_key(name) && !self.arity.contains_key(name)
    }

    /// Whether `c` calls a helper learned to return a str or None.
    fn is_str_or_none_call(&self, c: &ast::ExprCall) -> bool {
        matches!(c.func.as_ref(), Expr::Name(f) if self.strs.contains(&strings::str_call_mark(f.id.as_str())))
    }

    /// `t = f(...)` of a helper returning a str or None: `t` a str local
    /// that may be None (its object's address, null for None), checked
    /// before a use as an optional array is (sema/ndarray/optarrays.rs).
    fn optional_str_call(&mut self, target: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let Expr::Name(f) = c.func.as_ref() else { return None };
        let name = f.id.as_str();
        let (symbol, ret, args) = self.file_call(name, c, span.clone())?;
        if ret != Some(Ty::Str) || self.arrays.contains_key(target) || self.lists.contains_key(target) {
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` returns a str or None here; `{target}` holds another kind of value elsewhere"
                ))
                .at(span, "this call")
                .note("a name bound to a str-or-None result holds strs or None only"),
            );
            return None;
        }
        self.strs.insert(target.to_string());
        let value = TExpr { ty: Scalar::I64, kind: TExprKind::Call(symbol, args), span: span.clone() };
        let bind = self.assign(target, value);
        let var = self.var(target);
        let read = TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span: span.clone() };
        let null = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
        let is_null =
            TExpr { ty: Scalar::Bool, kind: TExprKind::Compare(CmpOp::Eq, Box::new(read), Box::new(null)), span };
        let flag = self.var(&flag_name(target));
        self.not_none.remove(target);
        Some(TStmt::Seq(vec![bind, TStmt::Assign { var: flag, value: is_null }]))
    }

    /// `x = f(...)` of a function that may return None (numba's Optional
    /// return): the callee returns (is-None flag, value), bound to `x`'s
    /// flag and number.
    fn optional_call(&mut self, target: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let Some((flag, value)) = self.optional_call_result(c, span.clone()) else {
            // Its uses would only repeat the call's diagnostic.
            self.poisoned.insert(target.to_string());
            return None;
        };
        let Some(value) = value else { return Some(self.assign_none(target, span)) };
        let (var, value) = self.bind(target, value);
        let target_flag = self.var(&flag_name(target));
        self.not_none.remove(target);
        Some(TStmt::ParallelAssign { vars: vec![target_flag, var], values: vec![flag, value] })
    }

    /// The result of a call that may return None, used where a number is
    /// needed: the call made before the statement, its value checked
    /// (numba's cast of an Optional: TypeError "expected float64, got None").
    pub(in crate::sema) fn optional_number(
        &mut self,
        symbol: String,
        args: Vec<TExpr>,
        t: Scalar,
        span: Range<usize>,
    ) -> TExpr {
        let (flag, read) = self.optional_call_vars(symbol, args, t, span.clone());
        TExpr { ty: t, kind: TExprKind::NotNone(Box::new(flag), Box::new(read)), span }
    }

    /// A call returning (is-None flag, number), made before the statement
    /// into two fresh variables: their reads.
    fn optional_call_vars(
        &mut self,
        symbol: String,
        args: Vec<TExpr>,
        t: Scalar,
        span: Range<usize>,
    ) -> (TExpr, TExpr) {
        let flag = self.fresh("none", Scalar::Bool);
        let value = self.fresh("value", t);
        self.pre.push(TStmt::CallAssign { symbol, args, vars: vec![flag, value] });
        let read = TExpr { ty: t, kind: TExprKind::Var(value), span: span.clone() };
        (TExpr { ty: Scalar::Bool, kind: TExprKind::Var(flag), span }, read)
    }

    /// `x = None`: the flag set, the value a zero of its type (never read).
    fn assign_none(&mut self, name: &str, span: Range<usize>) -> TStmt {
        self.not_none.remove(name);
        let flag = self.var(&flag_name(name));
        let t = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: span.clone() };
        if self.arrays.contains_key(name) {
            // An optional array: the flag alone (the descriptor is never read).
            return TStmt::Assign { var: flag, value: t };
        }
        if !self.types.contains_key(name) {
            // Only None so far: int64 until a number widens it.
            self.types.insert(name.to_string(), Scalar::I64);
        }
        let ty = self.types.get(name).copied().unwrap_or(Scalar::I64);
        let var = self.var(name);
        TStmt::ParallelAssign { vars: vec![flag, var], values: vec![t, zero(ty, span)] }
    }

    /// A value bound to an optional name must be a number.
    pub(in crate::sema) fn check_optional_bind(&mut self, name: &str, v: &Val, span: &Range<usize>) -> bool {
        // A local set only to None so far may become an optional array
        // (`r = None` then `r = np.zeros(n)`): the next round knows it is one.
        let array_none = matches!(v, Val::Array(_))
            && (self.arrays.contains_key(name) || !self.assigned.contains_key(name) && !self.strs.contains(name));
        if !self.optional.contains(name) || matches!(v, Val::Scalar(_)) || array_none {
            return true;
        }
        self.errors.push(
            Diagnostic::error(format!("`{name}` can be None; it can otherwise hold only a number"))
                .at(span.clone(), "assigns another kind of value")
                .note("a variable that may be None (numba's Optional) holds a number or None; use a new name here"),
        );
        false
    }
}

/// Calls `f` on the values (and span) of every `return` in `stmts`,
/// nested blocks included.
fn each_return(stmts: &mut [TStmt], f: &mut dyn FnMut(&mut Vec<TExpr>, &Range<usize>)) {
    for s in stmts {
        match s {
            TStmt::Return { values, span } => f(values, span),
            TStmt::If { then: a, orelse: b, .. }
            | TStmt::Try { body: a, handler: b }
            | TStmt::While { body: a, orelse: b, .. }
            | TStmt::For { body: a, orelse: b, .. } => {
                each_return(a, f);
                each_return(b, f);
            }
            TStmt::Seq(a) => each_return(a, f),
            _ => {}
        }
    }
}

/// The is-None flag of an (is-None flag, value) result.
fn none_flag(none: bool, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(none)), span: span.clone() }
}

/// The returns of an Optional-returning export as (is-None flag, value):
/// `return` / `return None` (no values) is (true, 0), `return v` is
/// (false, v); `return x` of an optional `x` is already (x's flag, x).
fn optional_returns(stmts: &mut [TStmt], t: Scalar) {
    each_return(stmts, &mut |values, span| {
        if values.len() < 2 {
            *values = match values.pop() {
                None => vec![none_flag(true, span), zero(t, span.clone())],
                Some(v) => vec![none_flag(false, span), v],
            };
        }
    });
}

/// `optional_returns` for an array result of `words` words.
fn optional_array_returns(stmts: &mut [TStmt], words: usize) {
    each_return(stmts, &mut |values, span| {
        *values = if values.is_empty() {
            none_array(words, span)
        } else {
            std::iter::once(none_flag(false, span)).chain(std::mem::take(values)).collect()
        };
    });
}

/// The return values for None from an (is-None flag, array) result: the
/// flag set and the array's words zero (never read).
fn none_array(words: usize, span: &Range<usize>) -> Vec<TExpr> {
    std::iter::once(none_flag(true, span)).chain((0..words).map(|_| zero(Scalar::I64, span.clone()))).collect()
}

/// A zero of `t`: the value slot beside a None flag (never read).
pub(in crate::sema) fn zero(t: Scalar, span: Range<usize>) -> TExpr {
    let c = match t {
        Scalar::Float { .. } => ConstValue::Float(0.0),
        Scalar::Bool => ConstValue::Bool(false),
        Scalar::Int { .. } => ConstValue::Int(0),
    };
    TExpr { ty: t, kind: TExprKind::Const(c), span }
}

impl Typer<'_> {
    /// Whether `optional_return` takes `r`.
    pub(in crate::sema) fn is_optional_return(&self, r: &ast::StmtReturn) -> bool {
        match r.value.as_deref() {
            Some(v) if is_none(v) => true,
            Some(Expr::Name(n)) => {
                let name = n.id.as_str();
                self.optional_return_ok
                    && self.optional.contains(name)
                    && !self.not_none.contains(name)
                    && self.types.contains_key(name)
            }
            Some(Expr::Call(c)) => self.optional_return_ok && self.is_none_call(c),
            _ => false,
        }
    }

    /// `return None` (a bare return), or, from a function that may return
    /// None (numba's Optional return), `return x` of an optional `x` or
    /// `return f(...)` of a function that may return None: None or the
    /// number.
    pub(in crate::sema) fn optional_return(&mut self, r: &ast::StmtReturn, span: Range<usize>) -> Option<TStmt> {
        let value = r.value.as_deref()?;
        if is_none(value) {
            self.returns.push((None, span.clone()));
            return Some(TStmt::Return { values: Vec::new(), span });
        }
        let (f, x) = match value {
            Expr::Name(n) => {
                let name = n.id.as_str();
                let ty = self.types.get(name).copied()?;
                let (var, flag) = (self.var(name), self.var(&flag_name(name)));
                let x = TExpr { ty, kind: TExprKind::Var(var), span: span.clone() };
                (TExpr { ty: Scalar::Bool, kind: TExprKind::Var(flag), span: span.clone() }, x)
            }
            Expr::Call(c) => match self.optional_call_result(c, span.clone())? {
                (f, Some(x)) => (f, x),
                // Returns None on every path for these arguments.
                (_, None) => {
                    self.returns.push((None, span.clone()));
                    return Some(TStmt::Return { values: Vec::new(), span });
                }
            },
            _ => return None,
        };
        self.returns.push((Some(Ty::Scalar(x.ty)), span.clone()));
        self.returns_optional = Some(span.clone());
        Some(TStmt::Return { values: vec![f, x], span })
    }

    /// `f(...) is None` (`is_not`: `is not None`) of a function that may
    /// return None: the call, and whether the test is `is not`.
    pub(in crate::sema) fn call_none_test<'e>(&self, c: &'e ast::ExprCompare) -> Option<(&'e ast::ExprCall, bool)> {
        let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
        let call = match (c.left.as_ref(), right) {
            (Expr::Call(f), r) if is_none(r) => f,
            (l, Expr::Call(f)) if is_none(l) => f,
            _ => return None,
        };
        if !self.is_none_call(call) {
            return None;
        }
        match op {
            ast::CmpOp::Is => Some((call, false)),
            ast::CmpOp::IsNot => Some((call, true)),
            _ => None,
        }
    }

    /// The value of `f(...) is None`: the call's is-None flag.
    pub(in crate::sema) fn call_is_none(
        &mut self,
        c: &ast::ExprCall,
        is_not: bool,
        span: Range<usize>,
    ) -> Option<TExpr> {
        let (flag, _) = self.optional_call_result(c, span.clone())?;
        Some(if is_not { TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(flag)), span } } else { flag })
    }

    /// A call of a function that may return None, made before the
    /// statement: its is-None flag and its number (None: it returns None
    /// on every path for these arguments).
    fn optional_call_result(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<(TExpr, Option<TExpr>)> {
        let Expr::Name(f) = c.func.as_ref() else { return None };
        let name = f.id.as_str();
        let (symbol, ret, args) = self.file_call(name, c, span.clone())?;
        let constant = |b| TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() };
        match ret {
            Some(Ty::Optional(t)) => {
                let (flag, read) = self.optional_call_vars(symbol, args, t, span);
                Some((flag, Some(read)))
            }
            // This specialization returns a number on every path.
            Some(Ty::Scalar(t)) => {
                let value = self.fresh("value", t);
                self.pre.push(TStmt::CallAssign { symbol, args, vars: vec![value] });
                let read = TExpr { ty: t, kind: TExprKind::Var(value), span: span.clone() };
                Some((constant(false), Some(read)))
            }
            None => {
                self.pre.push(TStmt::CallAssign { symbol, args, vars: Vec::new() });
                Some((constant(true), None))
            }
            // A str or None: typed as a str call from the next round on
            // (strings.rs), where an export may return it.
            Some(Ty::Str) if self.strs.insert(strings::str_call_mark(name)) => None,
            Some(Ty::OptionalArray(a)) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns an array ({}) or None; calling it from the file is not supported yet", Ty::Array(a)))
                        .at(span, "this call")
                        .note("only the exported function's caller in Python gets its None; return the array on every path from a function the file calls"),
                );
                None
            }
            Some(other) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns {other} here, and None on other paths"))
                        .at(span, "this call")
                        .note("a function that may return None (numba's Optional) must otherwise return a number"),
                );
                None
            }
        }
    }

    /// For an export returning a number on some paths and None on others
    /// (or an optional variable): its return type, (flag, value), with the
    /// returns rewritten and a final `return None` where it can fall off.
    pub(in crate::sema) fn optional_ret(
        &mut self,
        declared: &Return,
        valued: &[(Ty, Range<usize>)],
        none_returns: bool,
        falls_off: bool,
        body: &mut Vec<TStmt>,
    ) -> Option<Ty> {
        let declared_optional = matches!(declared, Return::Declared(Ty::Optional(_)));
        let may_be_none =
            none_returns || falls_off || self.returns_optional.is_some() || declared_optional || self.null_str_return;
        if !self.optional_return_ok || !may_be_none || (valued.is_empty() && !declared_optional) {
            return None;
        }
        let t = match declared {
            Return::Void => return None,
            // A declared number stays one (the diagnostics for None paths).
            Return::Declared(Ty::Optional(d)) => {
                let ok = valued.iter().all(|(t, _)| can_convert_ty(t, &Ty::Scalar(*d)));
                ok.then_some(*d)?
            }
            Return::Declared(_) => return None,
            Return::Infer => {
                let mut acc = valued[0].0.clone();
                for (t, _) in &valued[1..] {
                    acc = join_ty(&acc, t)?;
                }
                if acc == Ty::Str {
                    return self.optional_str_ret(falls_off, body);
                }
                let Ty::Scalar(s) = acc else { return None };
                s
            }
        };
        optional_returns(body, t);
        if falls_off {
            let end = body.last().map_or(0..0, |s| s.exprs().first().map_or(0..0, |e| e.span.clone()));
            let none = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: end.clone() };
            body.push(TStmt::Return { values: vec![none, zero(t, end.clone())], span: end });
        }
        Some(Ty::Tuple(vec![Ty::Scalar(Scalar::Bool), Ty::Scalar(t)]))
    }
}

impl Typer<'_> {
    /// An export declaring an array result whose body may return None (a
    /// bare `return`, `return None`, its end: `if ddof == 0: return a` /
    /// `elif ddof == 1: return b` after a check raising for other values):
    /// CPython's None, so the result is (is-None flag, array), the array's
    /// words zero beside a set flag; the wrapper boxes None or the array
    /// (runtime_buffer.c's pycc_box_optional_array). numba compiles the
    /// file and raises TypeError there instead.
    pub(in crate::sema) fn optional_array_ret(
        &mut self,
        declared: &Return,
        valued: &[(Ty, Range<usize>)],
        none_returns: bool,
        falls_off: bool,
        body: &mut Vec<TStmt>,
    ) -> Option<Ty> {
        let a = match declared {
            // Some path returns the array (numba rejects a function that never does).
            Return::Declared(Ty::Array(a)) if !valued.is_empty() => *a,
            // Inferred: the arrays' joined type (numba's Optional(array)).
            Return::Infer if !valued.is_empty() => {
                let mut acc = valued[0].0.clone();
                for (t, _) in &valued[1..] {
                    acc = join_ty(&acc, t)?;
                }
                let Ty::Array(a) = acc else { return None };
                a
            }
            _ => return None,
        };
        let fits = valued.iter().all(|(t, _)| can_convert_ty(t, &Ty::Array(a)));
        // (`return a.tolist()` or None stays a diagnostic: the wrapper lists a plain array only.)
        let plain = self.tolist_returns.is_empty();
        if !self.optional_array_ok || !(none_returns || falls_off) || !fits || !plain || !self.errors.is_empty() {
            return None;
        }
        let words = a.flat_len();
        optional_array_returns(body, words);
        if falls_off {
            let end = body.last().map_or(0..0, |s| s.exprs().first().map_or(0..0, |e| e.span.clone()));
            body.push(TStmt::Return { values: none_array(words, &end), span: end });
        }
        Some(Ty::Tuple(vec![Ty::Scalar(Scalar::Bool), Ty::Array(a)]))
    }

    /// A function returning strs on some paths and None on others (a bare
    /// `return`, `return None`, falling off the end): None is the null
    /// address, which the export's wrapper boxes as None (runtime_buffer.c).
    fn optional_str_ret(&mut self, falls_off: bool, body: &mut Vec<TStmt>) -> Option<Ty> {
        if self.returns_optional.is_some() {
            return None;
        }
        null_str_returns(body);
        if falls_off {
            let end = body.last().map_or(0..0, |s| s.exprs().first().map_or(0..0, |e| e.span.clone()));
            let null = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: end.clone() };
            body.push(TStmt::Return { values: vec![null], span: end });
        }
        Some(Ty::Str)
    }
}

/// The bare returns of a str function return the null address (None).
fn null_str_returns(stmts: &mut [TStmt]) {
    for s in stmts {
        match s {
            TStmt::Return { values, span } if values.is_empty() => {
                values.push(TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() });
            }
            TStmt::If { then: a, orelse: b, .. }
            | TStmt::Try { body: a, handler: b }
            | TStmt::While { body: a, orelse: b, .. }
            | TStmt::For { body: a, orelse: b, .. } => {
                null_str_returns(a);
                null_str_returns(b);
            }
            TStmt::Seq(a) => null_str_returns(a),
            _ => {}
        }
    }
}

/// Two return types joined where either may be `optional(T)`: a number
/// and an optional number give an optional one.
pub(in crate::sema) fn join_maybe_none(a: &Ty, b: &Ty) -> Option<Ty> {
    let number = |t: &Ty| match t {
        Ty::Optional(s) => Some((Ty::Scalar(*s), true)),
        Ty::Scalar(_) => Some((t.clone(), false)),
        _ => None,
    };
    match (number(a), number(b)) {
        (Some((x, p)), Some((y, q))) if p || q => match join_ty(&x, &y)? {
            Ty::Scalar(s) => Some(Ty::Optional(s)),
            _ => None,
        },
        _ => join_ty(a, b),
    }
}

/// A typed function's return as its callers see it: an Optional one's
/// (is-None flag, number) pair is `optional(number)`.
pub(in crate::sema) fn callers_view(f: &TypedFunction) -> Option<Ty> {
    match &f.ret {
        Some(Ty::Tuple(xs)) if f.ret_optional => match xs.as_slice() {
            [_, Ty::Scalar(t)] => Some(Ty::Optional(*t)),
            [_, Ty::Array(a)] => Some(Ty::OptionalArray(*a)),
            _ => f.ret.clone(),
        },
        r => r.clone(),
    }
}

/// The positions where some `return (a, b, ...)` display of `body` has a
/// None: numba's Optional items of a tuple result.
pub(in crate::sema) fn tuple_none_slots(body: &[Stmt], out: &mut std::collections::BTreeSet<usize>) {
    for s in body {
        match s {
            Stmt::Return(ast::StmtReturn { value: Some(v), .. }) => {
                if let Expr::Tuple(t) = v.as_ref() {
                    out.extend(t.elts.iter().enumerate().filter(|(_, e)| is_none(e)).map(|(j, _)| j));
                }
            }
            Stmt::If(i) => {
                tuple_none_slots(&i.body, out);
                tuple_none_slots(&i.orelse, out);
            }
            Stmt::For(ast::StmtFor { body, orelse, .. }) | Stmt::While(ast::StmtWhile { body, orelse, .. }) => {
                tuple_none_slots(body, out);
                tuple_none_slots(orelse, out);
            }
            Stmt::Try(t) => {
                tuple_none_slots(&t.body, out);
                tuple_none_slots(&t.orelse, out);
                tuple_none_slots(&t.finalbody, out);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    tuple_none_slots(&h.body, out);
                }
            }
            _ => {}
        }
    }
}

impl Typer<'_> {
    /// `return (x, None)` / `return (x, 1.5)` of an export whose tuple
    /// result has a None at that position on some path: each such item is
    /// numba's Optional, an (is-None flag, number) pair that the wrapper
    /// boxes as None or the number. NotMine: not a tuple display of such
    /// an export.
    pub(in crate::sema) fn none_tuple_return(&mut self, stmt: &Stmt) -> Claim<TStmt> {
        let Stmt::Return(ast::StmtReturn { value: Some(v), .. }) = stmt else { return Claim::NotMine };
        let Expr::Tuple(t) = v.as_ref() else { return Claim::NotMine };
        if self.none_slots.is_empty() {
            return Claim::NotMine;
        }
        if !self.tolist_ok {
            let Some(none) = t.elts.iter().find(|e| is_none(e)) else { return Claim::NotMine };
            self.errors.push(
                Diagnostic::error("a tuple holding None is not supported yet as the result of a helper or of an export with a declared return type")
                    .at(range(none), "None")
                    .note("an export (its return type inferred) may return None beside numbers in a tuple (numba's Optional items); a helper may when each call is `r = helper(..)` read as `r[k]`, `a, b = helper(..)` or `return helper(..)`"),
            );
            return Claim::Failed;
        }
        let span = range(stmt);
        let flag = |b: bool, s: &Range<usize>| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Const(ConstValue::Bool(b)),
            span: s.clone(),
        };
        let (mut values, mut tys) = (Vec::new(), Vec::new());
        for (j, e) in t.elts.iter().enumerate() {
            let slot = self.none_slots.contains(&j);
            if slot && is_none(e) {
                values.extend([flag(true, &range(e)), flag(false, &range(e))]);
                tys.push(Ty::Optional(Scalar::Bool));
                continue;
            }
            let Some(v) = self.tuple_element(e) else { return Claim::Failed };
            match v {
                Val::Scalar(x) if slot => {
                    tys.push(Ty::Optional(x.ty));
                    values.extend([flag(false, &range(e)), x]);
                }
                v if slot => {
                    self.errors.push(
                        Diagnostic::error(format!("this tuple result holds None here and {} elsewhere", v.ty()))
                            .at(range(e), "not a number")
                            .note("None beside a number in a tuple result works (numba's Optional); beside other values not yet"),
                    );
                    return Claim::Failed;
                }
                v => {
                    tys.push(v.ty());
                    values.extend(v.flat(&range(e)));
                }
            }
        }
        self.returns.push((Some(Ty::Tuple(tys)), span.clone()));
        Claim::Done(TStmt::Return { values, span })
    }
}
