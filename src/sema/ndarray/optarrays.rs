//! `optional(T[:])` arguments: None or an array (numba's Optional of an
//! array). The array variable carries an is-None flag (`x.none`) beside its
//! descriptor, which is zero when the argument is None. `x is None` reads
//! the flag (sema/numbers/optional.rs); any other use of `x` that the flow typing
//! does not prove safe is preceded by a check of the flag, as numba's cast
//! of an Optional raises: TypeError, or AttributeError for `x.attr` (what
//! CPython raises for None). The check runs before the statement, so a use
//! that only some paths through the statement evaluate (the right operand
//! of `and`, an arm of `a if c else b`, a comprehension's body) must be
//! proven by the condition guarding it (`x is not None and x.size > 0`);
//! otherwise it is a diagnostic.

use crate::sema::*;
use std::collections::HashSet;

/// A use of an optional array name somewhere in a statement's header.
struct Use {
    name: String,
    span: Range<usize>,
    /// `x.attr`: CPython's AttributeError rather than TypeError.
    attribute: bool,
    /// Evaluated only on some paths through the statement.
    conditional: bool,
    /// A `while` test after a body that may set the name to None.
    retested: bool,
}

impl Typer<'_> {
    /// An optional array, or a str local bound to a helper's str-or-None
    /// result (sema/numbers/optional.rs's optional_str_call): checked alike.
    fn is_optional_array(&self, name: &str) -> bool {
        self.optional.contains(name) && (self.arrays.contains_key(name) || self.strs.contains(name))
    }

    /// The checks to run before `stmt` for the optional arrays it uses, or
    /// None after a diagnostic. The checked names are known not None after.
    pub(in crate::sema) fn optional_array_checks(&mut self, stmt: &Stmt) -> Option<Vec<TStmt>> {
        if !self.optional.iter().any(|n| self.is_optional_array(n)) {
            return Some(Vec::new());
        }
        // An export's `return t` of a str that may be None returns None
        // for the null address (strings.rs's null_str_return).
        if let Stmt::Return(ast::StmtReturn { value: Some(v), .. }) = stmt {
            if let Expr::Name(n) = v.as_ref() {
                let name = n.id.as_str();
                if self.tolist_ok && self.strs.contains(name) && self.is_optional_array(name) {
                    if !self.not_none.contains(name) {
                        self.null_str_return = true;
                    }
                    return Some(Vec::new());
                }
            }
        }
        if let Some(span) = header_exprs(stmt).into_iter().find_map(|e| self.str_compare_may_be_none(e)) {
            // CPython's `None == 'a'` is False, not numba's cast error.
            self.errors.push(
                Diagnostic::error("comparing a str that may be None is not supported yet")
                    .at(span, "may be None here")
                    .note("test `is not None` first (`if t is not None and t == 'a':`)"),
            );
            return None;
        }
        let mut uses = Vec::new();
        let proven = self.not_none.clone();
        for e in header_exprs(stmt) {
            self.uses_in(e, &proven, false, &mut uses);
        }
        // A `while` test runs again after a body that may set the name to None.
        if let Stmt::While(w) = stmt {
            let mut killed = HashSet::new();
            optional::none_assigned(&w.body, &self.optional, self.none_calls, &mut killed);
            for u in uses.iter_mut().filter(|u| killed.contains(&u.name)) {
                u.retested = true;
            }
        }
        let mut checks = Vec::new();
        let mut failed = false;
        for u in uses {
            if u.retested {
                self.errors.push(
                    Diagnostic::error(format!(
                        "`{}` can be None; the loop body may set it to None before this test runs again",
                        u.name
                    ))
                    .at(u.span, "may be None here")
                    .note(format!("test `{} is not None` in the loop's condition", u.name)),
                );
                failed = true;
                continue;
            }
            if u.conditional {
                self.errors.push(
                    Diagnostic::error(format!("`{}` can be None; this use is not always evaluated", u.name))
                        .at(u.span, "may be None here")
                        .note(format!("test `{} is not None` in the condition that guards this use, or use `{}` in a statement of its own first", u.name, u.name)),
                );
                failed = true;
                continue;
            }
            if self.not_none.contains(&u.name) {
                continue;
            }
            checks.push(self.none_check(&u));
            self.not_none.insert(u.name);
        }
        (!failed).then_some(checks)
    }

    /// A `==`/`!=`/`in` comparison in `e` of a str name that may be None
    /// there (not proven by `not_none` or an enclosing `and`): its span.
    fn str_compare_may_be_none(&self, e: &Expr) -> Option<Range<usize>> {
        let risky = |x: &Expr| {
            matches!(x, Expr::Name(n) if self.strs.contains(n.id.as_str())
                && self.is_optional_array(n.id.as_str()) && !self.not_none.contains(n.id.as_str()))
        };
        let mut stack = vec![e];
        while let Some(x) = stack.pop() {
            match x {
                Expr::Compare(c) if self.optional_test(c).is_some() => {}
                Expr::Compare(c) if std::iter::once(c.left.as_ref()).chain(&c.comparators).any(risky) => {
                    return Some(range(x));
                }
                // `t is not None and t == 'a'`: the right operands are proven.
                Expr::BoolOp(b) => stack.push(&b.values[0]),
                other => stack.extend(children(other)),
            }
        }
        None
    }

    /// `if x.none: raise ...` for use `u`.
    fn none_check(&mut self, u: &Use) -> TStmt {
        let flag = self.var(&optional::flag_name(&u.name));
        let ty = self.arrays.get(&u.name).map_or("unicode_type".to_string(), |t| t.numba_name());
        let (exception, message) = if u.attribute {
            ("AttributeError", "'NoneType' object has no attribute".to_string())
        } else {
            ("TypeError", format!("expected {ty}, got None"))
        };
        TStmt::If {
            cond: TExpr { ty: Scalar::Bool, kind: TExprKind::Var(flag), span: u.span.clone() },
            then: vec![TStmt::Raise { exception: exception.into(), message, span: u.span.clone() }],
            orelse: Vec::new(),
        }
    }

    /// The uses of optional arrays in `e`, in evaluation order, not counting
    /// those `proven` not None; `cond`: `e` is evaluated only on some paths.
    fn uses_in(&self, e: &Expr, proven: &HashSet<String>, cond: bool, out: &mut Vec<Use>) {
        let mut add = |name: &str, attribute: bool| {
            if self.is_optional_array(name) && !proven.contains(name) {
                out.push(Use { name: name.to_string(), span: range(e), attribute, conditional: cond, retested: false });
            }
        };
        match e {
            Expr::Name(n) => add(n.id.as_str(), false),
            Expr::Attribute(a) if matches!(a.value.as_ref(), Expr::Name(_)) => {
                let Expr::Name(n) = a.value.as_ref() else { unreachable!() };
                add(n.id.as_str(), true);
            }
            Expr::Compare(c) if self.optional_test(c).is_some() => {}
            Expr::BoolOp(b) => {
                let when = b.op == ast::BoolOp::And;
                let mut known = proven.clone();
                for (k, v) in b.values.iter().enumerate() {
                    self.uses_in(v, &known, cond || k > 0, out);
                    known.extend(self.none_facts(v, when));
                }
            }
            Expr::IfExp(x) => {
                self.uses_in(&x.test, proven, cond, out);
                for (arm, when) in [(&x.body, true), (&x.orelse, false)] {
                    let mut known = proven.clone();
                    known.extend(self.none_facts(&x.test, when));
                    self.uses_in(arm, &known, true, out);
                }
            }
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::GeneratorExp(_) | Expr::DictComp(_) | Expr::Lambda(_) => {
                // The first iterable runs at once; the rest per item, if any.
                let (first, rest) = match e {
                    Expr::ListComp(c) => (c.generators.first().map(|g| &g.iter), e),
                    Expr::SetComp(c) => (c.generators.first().map(|g| &g.iter), e),
                    Expr::GeneratorExp(c) => (c.generators.first().map(|g| &g.iter), e),
                    Expr::DictComp(c) => (c.generators.first().map(|g| &g.iter), e),
                    _ => (None, e),
                };
                let mut inner = Vec::new();
                if let Some(it) = first {
                    self.uses_in(it, proven, cond, out);
                }
                for name in names_of(rest) {
                    if self.is_optional_array(&name) && !proven.contains(&name) && !out.iter().any(|u| u.name == name) {
                        inner.push(Use {
                            name,
                            span: range(rest),
                            attribute: false,
                            conditional: true,
                            retested: false,
                        });
                    }
                }
                out.extend(inner);
            }
            _ => {
                for child in children(e) {
                    self.uses_in(child, proven, cond, out);
                }
            }
        }
    }
}

/// The expressions a statement evaluates itself (not its nested blocks),
/// in order.
fn header_exprs(stmt: &Stmt) -> Vec<&Expr> {
    match stmt {
        Stmt::Assign(a) => std::iter::once(a.value.as_ref()).chain(a.targets.iter().flat_map(target_reads)).collect(),
        Stmt::AugAssign(a) => vec![a.target.as_ref(), a.value.as_ref()],
        Stmt::AnnAssign(a) => a.value.iter().map(|v| v.as_ref()).chain(target_reads(&a.target)).collect(),
        Stmt::Expr(x) => vec![x.value.as_ref()],
        Stmt::Return(r) => r.value.iter().map(|v| v.as_ref()).collect(),
        Stmt::If(i) => vec![i.test.as_ref()],
        Stmt::While(w) => vec![w.test.as_ref()],
        Stmt::For(f) => vec![f.iter.as_ref()],
        Stmt::Assert(a) => std::iter::once(a.test.as_ref()).chain(a.msg.iter().map(|m| m.as_ref())).collect(),
        Stmt::Raise(r) => r.exc.iter().map(|v| v.as_ref()).collect(),
        _ => Vec::new(),
    }
}

/// What an assignment target reads: a subscript's or attribute's base
/// and index (a name is only bound).
fn target_reads(t: &Expr) -> Vec<&Expr> {
    match t {
        Expr::Name(_) => Vec::new(),
        Expr::Tuple(x) => x.elts.iter().flat_map(target_reads).collect(),
        Expr::List(x) => x.elts.iter().flat_map(target_reads).collect(),
        Expr::Starred(s) => target_reads(&s.value),
        e => vec![e],
    }
}

/// The direct sub-expressions of `e`, in evaluation order.
fn children(e: &Expr) -> Vec<&Expr> {
    match e {
        Expr::BinOp(b) => vec![&b.left, &b.right],
        Expr::UnaryOp(u) => vec![&u.operand],
        Expr::Compare(c) => std::iter::once(c.left.as_ref()).chain(&c.comparators).collect(),
        Expr::Call(c) => {
            std::iter::once(c.func.as_ref()).chain(&c.args).chain(c.keywords.iter().map(|k| &k.value)).collect()
        }
        Expr::Attribute(a) => vec![&a.value],
        Expr::Subscript(s) => vec![&s.value, &s.slice],
        Expr::Starred(s) => vec![&s.value],
        Expr::Tuple(t) => t.elts.iter().collect(),
        Expr::List(t) => t.elts.iter().collect(),
        Expr::Set(t) => t.elts.iter().collect(),
        Expr::Dict(d) => d.keys.iter().flatten().zip(&d.values).flat_map(|(k, v)| [k, v]).collect(),
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step].into_iter().flatten().map(|b| b.as_ref()).collect(),
        Expr::NamedExpr(n) => vec![&n.value],
        Expr::JoinedStr(j) => j.values.iter().collect(),
        Expr::FormattedValue(f) => vec![&f.value],
        _ => Vec::new(),
    }
}

/// Every name `e` mentions.
fn names_of(e: &Expr) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![e];
    while let Some(x) = stack.pop() {
        match x {
            Expr::Name(n) => out.push(n.id.to_string()),
            Expr::ListComp(c) => {
                stack.push(&c.elt);
                for g in &c.generators {
                    stack.push(&g.iter);
                    stack.extend(&g.ifs);
                }
            }
            Expr::GeneratorExp(c) => {
                stack.push(&c.elt);
                for g in &c.generators {
                    stack.push(&g.iter);
                    stack.extend(&g.ifs);
                }
            }
            Expr::SetComp(c) => {
                stack.push(&c.elt);
                for g in &c.generators {
                    stack.push(&g.iter);
                    stack.extend(&g.ifs);
                }
            }
            Expr::DictComp(c) => {
                stack.push(&c.key);
                stack.push(&c.value);
                for g in &c.generators {
                    stack.push(&g.iter);
                    stack.extend(&g.ifs);
                }
            }
            Expr::Lambda(l) => stack.push(&l.body),
            Expr::IfExp(i) => stack.extend([i.test.as_ref(), &i.body, &i.orelse]),
            Expr::BoolOp(b) => stack.extend(&b.values),
            other => stack.extend(children(other)),
        }
    }
    out
}
