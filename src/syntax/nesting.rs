//! How deeply a parsed file nests, measured without recursion: CPython 3.11
//! refuses source nested deeper than about 3000 levels ("RecursionError:
//! maximum recursion depth exceeded during compilation": its recursion
//! limit 1000 times COMPILER_STACK_FRAME_SCALE 3), and so does pycc, with a
//! diagnostic at the deepest node. Up to that depth the compiler's
//! recursive stages run on a large stack (`cli::on_big_stack`).

use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use std::ops::Range;

/// Statements and expressions nested in each other, as CPython's compiler
/// counts its recursion.
pub const MAX_NESTING: usize = 3000;

enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// The span of the first node nested deeper than `MAX_NESTING`, if any.
pub fn too_deep(body: &[Stmt]) -> Option<Range<usize>> {
    let mut stack: Vec<(Node, usize)> = body.iter().map(|s| (Node::Stmt(s), 1)).collect();
    while let Some((node, depth)) = stack.pop() {
        if depth > MAX_NESTING {
            let r = match node {
                Node::Stmt(s) => s.range(),
                Node::Expr(e) => e.range(),
            };
            return Some(usize::from(r.start())..usize::from(r.start()) + 1);
        }
        let (stmts, exprs) = match node {
            Node::Stmt(s) => stmt_children(s),
            Node::Expr(e) => (Vec::new(), expr_children(e)),
        };
        stack.extend(stmts.into_iter().map(|s| (Node::Stmt(s), depth + 1)));
        stack.extend(exprs.into_iter().map(|e| (Node::Expr(e), depth + 1)));
    }
    None
}

fn stmt_children(s: &Stmt) -> (Vec<&Stmt>, Vec<&Expr>) {
    let mut exprs: Vec<&Expr> = Vec::new();
    let mut stmts: Vec<&Stmt> = Vec::new();
    match s {
        Stmt::FunctionDef(f) => {
            stmts.extend(&f.body);
            exprs.extend(&f.decorator_list);
        }
        Stmt::AsyncFunctionDef(f) => stmts.extend(&f.body),
        Stmt::ClassDef(c) => {
            stmts.extend(&c.body);
            exprs.extend(&c.bases);
        }
        Stmt::Return(r) => exprs.extend(r.value.as_deref()),
        Stmt::Delete(d) => exprs.extend(&d.targets),
        Stmt::Assign(a) => {
            exprs.extend(&a.targets);
            exprs.push(&a.value);
        }
        Stmt::AugAssign(a) => exprs.extend([&*a.target, &*a.value]),
        Stmt::AnnAssign(a) => {
            exprs.extend([&*a.target, &*a.annotation]);
            exprs.extend(a.value.as_deref());
        }
        Stmt::For(f) => {
            exprs.extend([&*f.target, &*f.iter]);
            stmts.extend(f.body.iter().chain(&f.orelse));
        }
        Stmt::While(w) => {
            exprs.push(&w.test);
            stmts.extend(w.body.iter().chain(&w.orelse));
        }
        Stmt::If(i) => {
            exprs.push(&i.test);
            stmts.extend(i.body.iter().chain(&i.orelse));
        }
        Stmt::With(w) => {
            exprs.extend(w.items.iter().map(|i| &i.context_expr));
            stmts.extend(&w.body);
        }
        Stmt::Raise(r) => exprs.extend(r.exc.as_deref().into_iter().chain(r.cause.as_deref())),
        Stmt::Try(t) => {
            stmts.extend(t.body.iter().chain(&t.orelse).chain(&t.finalbody));
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                stmts.extend(&h.body);
            }
        }
        Stmt::Assert(a) => {
            exprs.push(&a.test);
            exprs.extend(a.msg.as_deref());
        }
        Stmt::Expr(e) => exprs.push(&e.value),
        _ => {}
    }
    (stmts, exprs)
}

fn expr_children(e: &Expr) -> Vec<&Expr> {
    let mut out: Vec<&Expr> = Vec::new();
    match e {
        Expr::BoolOp(b) => out.extend(&b.values),
        Expr::NamedExpr(n) => out.extend([&*n.target, &*n.value]),
        Expr::BinOp(b) => out.extend([&*b.left, &*b.right]),
        Expr::UnaryOp(u) => out.push(&u.operand),
        Expr::Lambda(l) => out.push(&l.body),
        Expr::IfExp(i) => out.extend([&*i.test, &*i.body, &*i.orelse]),
        Expr::Dict(d) => out.extend(d.keys.iter().flatten().chain(&d.values)),
        Expr::Set(s) => out.extend(&s.elts),
        Expr::ListComp(c) => comprehension(&mut out, &c.elt, &c.generators),
        Expr::SetComp(c) => comprehension(&mut out, &c.elt, &c.generators),
        Expr::GeneratorExp(c) => comprehension(&mut out, &c.elt, &c.generators),
        Expr::DictComp(c) => {
            out.push(&c.value);
            comprehension(&mut out, &c.key, &c.generators);
        }
        Expr::Await(a) => out.push(&a.value),
        Expr::Yield(y) => out.extend(y.value.as_deref()),
        Expr::YieldFrom(y) => out.push(&y.value),
        Expr::Compare(c) => {
            out.push(&c.left);
            out.extend(&c.comparators);
        }
        Expr::Call(c) => {
            out.push(&c.func);
            out.extend(c.args.iter().chain(c.keywords.iter().map(|k| &k.value)));
        }
        Expr::FormattedValue(f) => out.push(&f.value),
        Expr::JoinedStr(j) => out.extend(&j.values),
        Expr::Attribute(a) => out.push(&a.value),
        Expr::Subscript(s) => out.extend([&*s.value, &*s.slice]),
        Expr::Starred(s) => out.push(&s.value),
        Expr::List(l) => out.extend(&l.elts),
        Expr::Tuple(t) => out.extend(&t.elts),
        Expr::Slice(s) => out.extend(s.lower.as_deref().into_iter().chain(s.upper.as_deref()).chain(s.step.as_deref())),
        Expr::Constant(_) | Expr::Name(_) => {}
    }
    out
}

fn comprehension<'a>(out: &mut Vec<&'a Expr>, elt: &'a Expr, generators: &'a [ast::Comprehension]) {
    out.push(elt);
    for g in generators {
        out.extend([&g.target, &g.iter]);
        out.extend(&g.ifs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_parser::{parse, Mode};

    fn depth_ok(src: &str) -> bool {
        let ast::Mod::Module(m) = parse(src, Mode::Module, "t").unwrap() else { unreachable!() };
        too_deep(&m.body).is_none()
    }

    #[test]
    fn cpythons_limit_is_the_line() {
        let sum = |n: usize| format!("def f(a):\n    return {}\n", vec!["a"; n].join(" + "));
        assert!(depth_ok(&sum(2900)));
        assert!(!depth_ok(&sum(3100)));
        let elifs = |n: usize| {
            let mut s = String::from("def f(a):\n    if a:\n        return 0\n");
            for i in 1..n {
                s += &format!("    elif a < {i}:\n        return {i}\n");
            }
            s
        };
        assert!(depth_ok(&elifs(1400)));
        assert!(!depth_ok(&elifs(5000)));
    }
}
