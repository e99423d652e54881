//! `a, b, c = s.partition(sep)` / `s.rpartition(sep)` and
//! `x = s.partition(sep)[k]` (a constant `k`) of strs, rewritten before
//! typing into `find`/`rfind` and slices, as CPython's str.partition: an
//! empty separator is its ValueError, a missing one gives `(s, '', '')`
//! (`('', '', s)` for rpartition).

use crate::sema::sugar::{assign, call, compare, int, method, name, store, temp};
use crate::sema::Typer;
use rustpython_parser::ast::{self, Expr, Stmt};

impl Typer<'_> {
    /// `stmt` as those statements, or None when it is no such form.
    pub(in crate::sema) fn str_partition(&self, stmt: &Stmt, temps: &mut usize) -> Option<Vec<Stmt>> {
        // `return s.partition(sep)`: the tuple of the three strs (an export's
        // inferred result is CPython's tuple of them).
        let (target, value, at) = match stmt {
            Stmt::Assign(a) => match a.targets.as_slice() {
                [t] => (Some(t), a.value.as_ref(), a.range),
                _ => return None,
            },
            Stmt::Return(ast::StmtReturn { value: Some(v), range }) => (None, v.as_ref(), *range),
            _ => return None,
        };
        // The call, and which part goes to `target` (None: all three, unpacked).
        let (call_expr, part) = match value {
            Expr::Subscript(x) if target.is_some() => (x.value.as_ref(), Some(const_index(&x.slice)?)),
            v => (v, None),
        };
        let Expr::Call(c) = call_expr else { return None };
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        let reverse = match m.attr.as_str() {
            "partition" => false,
            "rpartition" => true,
            _ => return None,
        };
        let [sep] = c.args.as_slice() else { return None };
        if !c.keywords.is_empty() || !self.is_str_expr(&m.value) {
            return None;
        }
        let targets: Vec<Expr> = match (target, part) {
            (Some(Expr::Tuple(t)), None) if t.elts.len() == 3 => t.elts.clone(),
            (Some(t), Some(_)) => vec![t.clone()],
            (None, _) => Vec::new(),
            _ => return None,
        };
        let [s, p, i] = ["parts", "parsep", "pari"].map(|w| temp(temps, w));
        let parts: Vec<String> = (0..3).map(|_| temp(temps, "parpart")).collect();
        let text =
            |v: &str| Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Str(v.into()), kind: None });
        let set = |v: &str, e: Expr| assign(store(v, at), e, at);
        let slice = |lo: Option<Expr>, hi: Option<Expr>| {
            let x = ast::ExprSlice { range: at, lower: lo.map(Box::new), upper: hi.map(Box::new), step: None };
            Expr::Subscript(ast::ExprSubscript {
                range: at,
                value: Box::new(name(&s, at)),
                slice: Box::new(Expr::Slice(x)),
                ctx: ast::ExprContext::Load,
            })
        };
        let after = Expr::BinOp(ast::ExprBinOp {
            range: at,
            left: Box::new(name(&i, at)),
            op: ast::Operator::Add,
            right: Box::new(call("len", vec![name(&p, at)], at)),
        });
        let found = vec![
            set(&parts[0], slice(None, Some(name(&i, at)))),
            set(&parts[1], name(&p, at)),
            set(&parts[2], slice(Some(after), None)),
        ];
        let whole = if reverse { 2 } else { 0 };
        let missing = (0..3).map(|k| set(&parts[k], if k == whole { name(&s, at) } else { text("") })).collect();
        let empty = call("ValueError", vec![text("empty separator")], at);
        let mut out = vec![
            set(&s, (*m.value).clone()),
            set(&p, sep.clone()),
            crate::sema::sugar::if_stmt(
                compare(call("len", vec![name(&p, at)], at), ast::CmpOp::Eq, int(0, at), at),
                vec![Stmt::Raise(ast::StmtRaise { range: at, exc: Some(Box::new(empty)), cause: None })],
                at,
            ),
            set(&i, method(&s, if reverse { "rfind" } else { "find" }, vec![name(&p, at)], Vec::new(), at)),
            Stmt::If(ast::StmtIf {
                range: at,
                test: Box::new(compare(name(&i, at), ast::CmpOp::GtE, int(0, at), at)),
                body: found,
                orelse: missing,
            }),
        ];
        if target.is_none() {
            let elts = parts.iter().map(|p| name(p, at)).collect();
            let tuple = Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Load });
            out.push(Stmt::Return(ast::StmtReturn { range: at, value: Some(Box::new(tuple)) }));
            return Some(out);
        }
        let chosen: Vec<usize> = part.map_or(vec![0, 1, 2], |k| vec![k]);
        out.extend(targets.into_iter().zip(chosen).map(|(t, k)| assign(t, name(&parts[k], at), at)));
        Some(out)
    }
}

/// A constant index of a 3-tuple (negative ones from the end).
fn const_index(e: &Expr) -> Option<usize> {
    let int = |e: &Expr| match e {
        Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(i), .. }) => i64::try_from(i).ok(),
        _ => None,
    };
    let v = match e {
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => -int(&u.operand)?,
        e => int(e)?,
    };
    let k = if v < 0 { v + 3 } else { v };
    (0..3).contains(&k).then_some(k as usize)
}
