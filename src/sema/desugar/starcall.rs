//! `g(*xs)` with `xs` a list (or any sequence whose length is known only at
//! run time) and `g` a function of the file with a fixed number of
//! positional parameters: CPython passes `len(xs)` arguments, so the
//! statement first checks the count and raises CPython's TypeError
//! (`g() takes 2 positional arguments but 3 were given`, `g() missing 1
//! required positional argument: 'b'`), then calls `g(xs[0], xs[1])`.
//! Only a call that is the whole statement's value (`g(*xs)`, `y =
//! g(*xs)`, `return g(*xs)`) whose other arguments are names or constants
//! is rewritten, so nothing Python evaluates before the check moves after
//! it. `t * n` of a tuple and a count known only at run time is a
//! diagnostic (the tuple's length would not be static).

use crate::sema::sugar::{assign, call, compare, expr_stmt, if_stmt, int, name, store, temp};
use crate::sema::*;
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// `indexable(xs)`: `xs[k]` is its k-th item (not a dict or a set, whose
/// items `*` takes in iteration order).
pub fn expand(
    stmt: &Stmt,
    globals: &Globals,
    indexable: &dyn Fn(&str) -> bool,
    temps: &mut usize,
) -> Option<Vec<Stmt>> {
    let value = match stmt {
        Stmt::Expr(s) => &s.value,
        Stmt::Assign(s) if s.targets.iter().all(|t| matches!(t, Expr::Name(_))) => &s.value,
        Stmt::Return(s) => s.value.as_ref()?,
        _ => return None,
    };
    let Expr::Call(c) = value.as_ref() else { return None };
    let Expr::Name(f) = c.func.as_ref() else { return None };
    let def = globals.functions.get(f.id.as_str())?;
    let a = &def.args;
    let fixed_arity = a.vararg.is_none() && a.kwonlyargs.is_empty() && a.kwarg.is_none();
    let params: Vec<String> = a.posonlyargs.iter().chain(&a.args).map(|p| p.def.arg.to_string()).collect();
    if !fixed_arity || a.posonlyargs.iter().chain(&a.args).any(|p| p.default.is_some()) || !c.keywords.is_empty() {
        return None;
    }
    let starred: Vec<usize> = (0..c.args.len()).filter(|&j| matches!(c.args[j], Expr::Starred(_))).collect();
    let [at] = starred.as_slice() else { return None };
    let Expr::Starred(s) = &c.args[*at] else { return None };
    let Expr::Name(xs) = s.value.as_ref() else { return None };
    if !indexable(xs.id.as_str()) {
        return None;
    }
    let simple = |e: &Expr| matches!(e, Expr::Name(_) | Expr::Constant(_));
    if !c.args.iter().enumerate().all(|(j, e)| j == *at || simple(e)) {
        return None;
    }
    let fixed = c.args.len() as i64 - 1;
    let spread = params.len() as i64 - fixed;
    if spread < 0 {
        return None;
    }
    let r = c.range;
    let n = temp(temps, "nargs");
    let len = call("len", vec![name(xs.id.as_str(), r)], r);
    let mut out = vec![assign(store(&n, r), binop(len, ast::Operator::Add, int(fixed, r)), r)];
    out.extend(arity_checks(f.id.as_str(), &params, &n, r));
    let items = (0..spread).map(|k| {
        Expr::Subscript(ast::ExprSubscript {
            range: r,
            value: Box::new(name(xs.id.as_str(), r)),
            slice: Box::new(int(k, r)),
            ctx: ast::ExprContext::Load,
        })
    });
    let mut args: Vec<Expr> = c.args[..*at].to_vec();
    args.extend(items);
    args.extend(c.args[at + 1..].iter().cloned());
    let new_call = Expr::Call(ast::ExprCall { args, ..c.clone() });
    out.push(match stmt {
        Stmt::Expr(_) => expr_stmt(new_call),
        Stmt::Assign(s) => Stmt::Assign(ast::StmtAssign { value: Box::new(new_call), ..s.clone() }),
        Stmt::Return(s) => Stmt::Return(ast::StmtReturn { value: Some(Box::new(new_call)), ..s.clone() }),
        _ => unreachable!("matched above"),
    });
    Some(out)
}

/// `if n > P: raise TypeError(...)` and one check per count below P, each
/// with CPython's message for that count.
fn arity_checks(f: &str, params: &[String], n: &str, r: TextRange) -> Vec<Stmt> {
    let p = params.len();
    let plural = |k: usize, word: &str| if k == 1 { word.to_string() } else { format!("{word}s") };
    let raise = |message: Expr| {
        let exc = call("TypeError", vec![message], r);
        Stmt::Raise(ast::StmtRaise { range: r, exc: Some(Box::new(exc)), cause: None })
    };
    let text = |s: String| Expr::Constant(ast::ExprConstant { range: r, value: ast::Constant::Str(s), kind: None });
    let mut out = Vec::new();
    // Too many: "were given" (or "was given" for 1, only when P is 0).
    let head = format!("{f}() takes {p} positional {} but ", plural(p, "argument"));
    let count = call("str", vec![name(n, r)], r);
    let tail = if p == 0 {
        let was = compare(name(n, r), ast::CmpOp::Eq, int(1, r), r);
        Expr::IfExp(ast::ExprIfExp {
            range: r,
            test: Box::new(was),
            body: Box::new(text(" was given".into())),
            orelse: Box::new(text(" were given".into())),
        })
    } else {
        text(" were given".into())
    };
    let message = binop(binop(text(head), ast::Operator::Add, count), ast::Operator::Add, tail);
    out.push(if_stmt(compare(name(n, r), ast::CmpOp::Gt, int(p as i64, r), r), vec![raise(message)], r));
    for given in 0..p {
        let missing: Vec<String> = params[given..].iter().map(|m| format!("'{m}'")).collect();
        let names = match missing.as_slice() {
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [init @ .., last] => format!("{}, and {last}", init.join(", ")),
            [] => unreachable!("given < P"),
        };
        let message = format!(
            "{f}() missing {} required positional {}: {names}",
            missing.len(),
            plural(missing.len(), "argument")
        );
        let test = compare(name(n, r), ast::CmpOp::Eq, int(given as i64, r), r);
        out.push(if_stmt(test, vec![raise(text(message))], r));
    }
    out
}

fn binop(l: Expr, op: ast::Operator, r: Expr) -> Expr {
    let range = l.range().cover(r.range());
    Expr::BinOp(ast::ExprBinOp { range, left: Box::new(l), op, right: Box::new(r) })
}

impl Typer<'_> {
    /// `t * n` (or `n * t`) of a tuple and a count known only at run time:
    /// a diagnostic (true) rather than "a tuple used as a number".
    pub(in crate::sema) fn tuple_repeat_error(&mut self, b: &ast::ExprBinOp) -> bool {
        if b.op != ast::Operator::Mult {
            return false;
        }
        let len = |e: &Expr| match e {
            Expr::Tuple(t) => Some(t.elts.len()),
            Expr::Name(n) => self.arity.get(n.id.as_str()).copied(),
            _ => None,
        };
        let (n, count) = match (len(&b.left), len(&b.right)) {
            (Some(n), None) => (n, &b.right),
            (None, Some(n)) => (n, &b.left),
            _ => return false,
        };
        if let Some(k) = crate::sema::tuplesugar::constant_axis(count) {
            let items = n.saturating_mul(usize::try_from(k).unwrap_or(0));
            if items <= crate::sema::tupleops::MAX_TUPLE_ITEMS {
                return false;
            }
            self.errors.push(
                Diagnostic::error(format!(
                    "this tuple would have {items} items; pycc compiles tuples of at most {} items",
                    crate::sema::tupleops::MAX_TUPLE_ITEMS
                ))
                .at(range(b), "a tuple repeated")
                .note("each item of a tuple is a value of its own when compiling: use a list (`[x] * n`) or an array"),
            );
            return true;
        }
        self.errors.push(
            Diagnostic::error("repeating a tuple a number of times known only at run time is not supported")
                .at(range(b), "the count is not a constant")
                .note("a tuple's length must be known when compiling (numba's tuples too): repeat it by a constant, or use a list (`[x] * n`)"),
        );
        true
    }
}
