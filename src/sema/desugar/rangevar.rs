//! A `range` object held in a variable: `r = range(a, b, s)` then
//! `for i in r`, `len(r)`, `r[i]`, `x in r`. The variable becomes its
//! three ints (`r$start`, `r$stop`, `r$step`), computed where the range is
//! made, which a dead loop over them checks as CPython's constructor does
//! (TypeError for a float, ValueError for a zero step); a `for` over it is
//! a counted loop, and `len`, an item and `in` are computed by the runtime
//! (RANGE_OP_FN) with CPython's values and errors (OverflowError for a
//! length past ssize_t, `IndexError: range object index out of range`).
//!
//! Only a name whose every use is one of these is rewritten; any other use
//! (passed to a function, returned, sliced) leaves the diagnostic at
//! `range(...)`.

use crate::sema::forward::Counts;
use crate::sema::sugar::{assign, call, int, name, store};
use crate::sema::*;
use crate::syntax::parse::Globals;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// The pseudo-function the rewritten uses call (no Python name has `$`).
pub(in crate::sema) const RANGE_OP: &str = "$range_op";

/// `body` with its range variables rewritten, or None when it has none.
pub(in crate::sema) fn bind_ranges(body: &[Stmt], globals: &Globals) -> Option<Vec<Stmt>> {
    if globals.functions.contains_key("range") {
        return None;
    }
    let mut hoisted = 0;
    let direct = hoist_direct(body, &mut hoisted);
    let body = if hoisted > 0 { direct.as_slice() } else { body };
    let counts = Counts::of(body);
    let mut uses = Uses::default();
    for s in body {
        let Ok(_) = uses.fold_stmt(s.clone());
    }
    let names: Vec<String> = uses.made.iter().filter(|n| counts.0.get(*n) == uses.allowed.get(*n)).cloned().collect();
    if names.is_empty() {
        return None;
    }
    let mut k = 0;
    Some(block(body, &names, &mut k))
}

/// The names assigned `range(...)`, and how many of each name's
/// occurrences are forms this file rewrites.
#[derive(Default)]
struct Uses {
    made: Vec<String>,
    allowed: HashMap<String, usize>,
}

fn range_call(e: &Expr) -> Option<&ast::ExprCall> {
    match e {
        Expr::Call(c)
            if matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "range")
                && c.keywords.is_empty()
                && (1..=3).contains(&c.args.len())
                && !c.args.iter().any(|a| matches!(a, Expr::Starred(_))) =>
        {
            Some(c)
        }
        _ => None,
    }
}

/// `r = range(...)`: the name and the call.
fn made(s: &Stmt) -> Option<(&str, &ast::ExprCall)> {
    let Stmt::Assign(a) = s else { return None };
    let [Expr::Name(n)] = a.targets.as_slice() else { return None };
    Some((n.id.as_str(), range_call(&a.value)?))
}

fn the_name(e: &Expr) -> Option<&str> {
    match e {
        Expr::Name(n) => Some(n.id.as_str()),
        _ => None,
    }
}

/// The range variable a rewritable use reads: `len(r)`, `r[i]`, `x in r`.
fn use_of(e: &Expr) -> Option<&str> {
    match e {
        Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "len") => {
            match c.args.as_slice() {
                [x] if c.keywords.is_empty() => the_name(x),
                _ => None,
            }
        }
        Expr::Subscript(s) if s.ctx == ast::ExprContext::Load && !matches!(s.slice.as_ref(), Expr::Slice(_)) => {
            the_name(&s.value)
        }
        Expr::Compare(c) if matches!(c.ops.as_slice(), [ast::CmpOp::In | ast::CmpOp::NotIn]) => {
            the_name(&c.comparators[0])
        }
        Expr::Attribute(a)
            if a.ctx == ast::ExprContext::Load && ["start", "stop", "step"].contains(&a.attr.as_str()) =>
        {
            the_name(&a.value)
        }
        _ => None,
    }
}

/// The `range(...)` operand of a rewritable use written directly
/// (`len(range(a, b))`, `x in range(n)`, `range(a, b, s)[i]`), when every
/// argument is a name or an int constant: computing it before its
/// statement then changes nothing CPython would see.
fn direct_operand(e: &mut Expr) -> Option<&mut Expr> {
    let operand = match e {
        Expr::Call(c)
            if matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "len")
                && c.keywords.is_empty()
                && c.args.len() == 1 =>
        {
            &mut c.args[0]
        }
        Expr::Subscript(s) if s.ctx == ast::ExprContext::Load && !matches!(s.slice.as_ref(), Expr::Slice(_)) => {
            s.value.as_mut()
        }
        Expr::Compare(c) if matches!(c.ops.as_slice(), [ast::CmpOp::In | ast::CmpOp::NotIn]) => &mut c.comparators[0],
        _ => return None,
    };
    let simple = |a: &Expr| match a {
        Expr::Name(_) => true,
        Expr::Constant(k) => matches!(k.value, ast::Constant::Int(_)),
        Expr::UnaryOp(u) => matches!(u.operand.as_ref(), Expr::Constant(k) if matches!(k.value, ast::Constant::Int(_))),
        _ => false,
    };
    range_call(operand).filter(|c| c.args.iter().all(simple))?;
    Some(operand)
}

/// `body` with each direct range operand (`direct_operand`) of a simple
/// statement, an `if` test or a `for` iterable bound to a new range
/// variable just before its statement; `k` counts them. A `while` test
/// (computed again each time) and comprehensions and lambdas (their own
/// scopes) keep theirs.
fn hoist_direct(body: &[Stmt], k: &mut usize) -> Vec<Stmt> {
    let mut out = Vec::new();
    for s in body {
        let mut h = Hoist { k, pre: Vec::new() };
        // Compound statements are rebuilt around their rewritten parts, not
        // cloned whole first: an `elif` chain nests n links, and a clone at
        // each link would cost n^2.
        let s = match s {
            Stmt::For(f) => {
                let Ok(iter) = h.fold_expr((*f.iter).clone());
                Stmt::For(ast::StmtFor {
                    target: f.target.clone(),
                    iter: Box::new(iter),
                    body: hoist_direct(&f.body, h.k),
                    orelse: hoist_direct(&f.orelse, h.k),
                    type_comment: f.type_comment.clone(),
                    range: f.range,
                })
            }
            Stmt::While(w) => Stmt::While(ast::StmtWhile {
                test: w.test.clone(),
                body: hoist_direct(&w.body, h.k),
                orelse: hoist_direct(&w.orelse, h.k),
                range: w.range,
            }),
            Stmt::If(i) => {
                let Ok(test) = h.fold_expr((*i.test).clone());
                Stmt::If(ast::StmtIf {
                    test: Box::new(test),
                    body: hoist_direct(&i.body, h.k),
                    orelse: hoist_direct(&i.orelse, h.k),
                    range: i.range,
                })
            }
            Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::Return(_) | Stmt::Expr(_) => {
                let Ok(t) = h.fold_stmt(s.clone());
                t
            }
            _ => s.clone(),
        };
        out.append(&mut h.pre);
        out.push(s);
    }
    out
}

struct Hoist<'a> {
    k: &'a mut usize,
    pre: Vec<Stmt>,
}

impl Fold<TextRange> for Hoist<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        if matches!(
            e,
            Expr::Lambda(_) | Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_)
        ) {
            return Ok(e);
        }
        let mut e = fold::fold_expr(self, e)?;
        if let Some(operand) = direct_operand(&mut e) {
            let at = operand.range();
            let r = format!("$rangeobj{}", *self.k);
            *self.k += 1;
            let call = std::mem::replace(operand, name(&r, at));
            self.pre.push(assign(store(&r, at), call, at));
        }
        Ok(e)
    }
}

impl Fold<TextRange> for Uses {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        if let Some(r) = use_of(&e) {
            *self.allowed.entry(r.to_string()).or_default() += 1;
        }
        fold::fold_expr(self, e)
    }
    fn fold_stmt(&mut self, s: Stmt) -> std::result::Result<Stmt, Self::Error> {
        if let Some((r, _)) = made(&s) {
            self.made.push(r.to_string());
            *self.allowed.entry(r.to_string()).or_default() += 1;
        }
        if let Stmt::For(f) = &s {
            if let Some(r) = the_name(&f.iter) {
                *self.allowed.entry(r.to_string()).or_default() += 1;
            }
        }
        fold::fold_stmt(self, s)
    }
}

fn part(r: &str, p: &str, at: TextRange) -> Expr {
    name(&format!("{r}${p}"), at)
}

fn parts(r: &str, at: TextRange) -> Vec<Expr> {
    ["start", "stop", "step"].iter().map(|p| part(r, p, at)).collect()
}

/// The statements of `body` rewritten (nested blocks too).
fn block(body: &[Stmt], names: &[String], k: &mut usize) -> Vec<Stmt> {
    let mut out = Vec::new();
    for s in body {
        if let Some((r, c)) = made(s).filter(|(r, _)| names.iter().any(|n| n == r)) {
            out.extend(make(r, c, names, k));
            continue;
        }
        let mut s = s.clone();
        match &mut s {
            Stmt::For(f) => {
                f.body = block(&f.body, names, k);
                f.orelse = block(&f.orelse, names, k);
            }
            Stmt::While(w) => {
                w.body = block(&w.body, names, k);
                w.orelse = block(&w.orelse, names, k);
            }
            Stmt::If(i) => {
                i.body = block(&i.body, names, k);
                i.orelse = block(&i.orelse, names, k);
            }
            Stmt::With(w) => w.body = block(&w.body, names, k),
            Stmt::Try(t) => {
                t.body = block(&t.body, names, k);
                t.orelse = block(&t.orelse, names, k);
                t.finalbody = block(&t.finalbody, names, k);
                for ast::ExceptHandler::ExceptHandler(h) in t.handlers.iter_mut() {
                    h.body = block(&h.body, names, k);
                }
            }
            _ => {}
        }
        let Ok(s) = (Rewrite { names }).fold_stmt(s);
        out.push(s);
    }
    out
}

/// `r = range(args)`: the arguments into `r`'s three parts (in order),
/// then the dead loop that checks them as range() does.
fn make(r: &str, c: &ast::ExprCall, names: &[String], k: &mut usize) -> Vec<Stmt> {
    let at = c.range;
    let mut args: Vec<Expr> =
        c.args.iter().map(|a| (Rewrite { names }).fold_expr(a.clone()).unwrap_or_else(|e| match e {})).collect();
    let (start, stop, step) = match args.len() {
        1 => (int(0, at), args.remove(0), int(1, at)),
        2 => (args.remove(0), args.remove(0), int(1, at)),
        _ => (args.remove(0), args.remove(0), args.remove(0)),
    };
    // The arguments into temporaries first: `r = range(r[1], ...)` reads
    // the old parts.
    let mut out = Vec::new();
    let temps: Vec<String> = (0..3).map(|j| format!("$rangearg{}.{j}", *k)).collect();
    *k += 1;
    for (t, v) in temps.iter().zip([start, stop, step]) {
        out.push(assign(store(t, at), v, at));
    }
    let check = ast::StmtFor {
        range: at,
        target: Box::new(store(&format!("{}chk", temps[0]), at)),
        iter: Box::new(call("range", temps.iter().map(|t| name(t, at)).collect(), at)),
        body: vec![Stmt::Break(ast::StmtBreak { range: at })],
        orelse: Vec::new(),
        type_comment: None,
    };
    out.push(Stmt::For(check));
    for (p, t) in ["start", "stop", "step"].iter().zip(&temps) {
        out.push(assign(store(&format!("{r}${p}"), at), name(t, at), at));
    }
    out
}

/// The uses of range variables inside one statement (nested blocks are
/// rewritten by `block`).
struct Rewrite<'a> {
    names: &'a [String],
}

impl Rewrite<'_> {
    fn ours(&self, e: &Expr) -> Option<String> {
        the_name(e).filter(|n| self.names.iter().any(|m| m == n)).map(str::to_string)
    }

    fn op(&self, op: i64, r: &str, x: Expr, at: TextRange) -> Expr {
        let mut args = vec![int(op, at)];
        args.extend(parts(r, at));
        args.push(x);
        call(RANGE_OP, args, at)
    }
}

impl Fold<TextRange> for Rewrite<'_> {
    crate::syntax::identity_fold!();
    fn fold_stmt(&mut self, s: Stmt) -> std::result::Result<Stmt, Self::Error> {
        match s {
            // Nested blocks are `block`'s: only this statement's own parts.
            Stmt::For(mut f) => {
                f.iter = match self.ours(&f.iter) {
                    Some(r) => Box::new(call("range", parts(&r, f.iter.range()), f.iter.range())),
                    None => Box::new(self.fold_expr(*f.iter)?),
                };
                Ok(Stmt::For(f))
            }
            Stmt::While(mut w) => {
                w.test = Box::new(self.fold_expr(*w.test)?);
                Ok(Stmt::While(w))
            }
            Stmt::If(mut i) => {
                i.test = Box::new(self.fold_expr(*i.test)?);
                Ok(Stmt::If(i))
            }
            Stmt::With(_) | Stmt::Try(_) => Ok(s),
            s => fold::fold_stmt(self, s),
        }
    }
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        let e = fold::fold_expr(self, e)?;
        let Some(r) = use_of(&e).and_then(|r| self.ours(&name(r, TextRange::default()))) else { return Ok(e) };
        let at = e.range();
        Ok(match e {
            Expr::Attribute(a) => part(&r, a.attr.as_str(), at),
            Expr::Call(_) => self.op(0, &r, int(0, at), at),
            Expr::Subscript(s) => self.op(1, &r, *s.slice, at),
            Expr::Compare(c) => {
                let found = self.op(2, &r, *c.left, at);
                let op = if c.ops[0] == ast::CmpOp::In { ast::CmpOp::NotEq } else { ast::CmpOp::Eq };
                crate::sema::sugar::compare(found, op, int(0, at), at)
            }
            e => e,
        })
    }
}

impl Typer<'_> {
    /// `$range_op(op, start, stop, step, x)` (see above): ints only, as
    /// CPython's range holds ints (a float `x in r` compares by value).
    pub(in crate::sema) fn range_op(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let mut args = Vec::new();
        for a in &c.args {
            let e = self.expr(a)?;
            if e.ty.is_float() {
                self.errors.push(
                    Diagnostic::error("a float used with a range variable is not supported")
                        .at(e.span.clone(), "a float")
                        .note("a range holds ints; CPython compares a float with each of them"),
                );
                return None;
            }
            args.push(crate::sema::cast(e, Scalar::I64));
        }
        Some(TExpr { ty: Scalar::I64, kind: TExprKind::Runtime(crate::abi::runtime::RANGE_OP_FN, args), span })
    }
}
