//! `it = iter(x)` of a list, an array or a range bound to a name, then
//! `v = next(it)`, `next(it, d)` (a whole assignment, `return` or statement)
//! and `for v in it`, rewritten before typing (numba's iter/next): the
//! iterator is its sequence bound to `$itersrc_it` and a position
//! `$iterpos_it`. As CPython's sequence iterators, the length is read at
//! each step (items a list gains are visited) and an exhausted iterator
//! stays exhausted (position -1); past the end `next(it)` raises
//! StopIteration and `next(it, d)` gives `d`.

use crate::sema::sugar::{assign, call, compare, expr_stmt, if_stmt, int, name, store};
use crate::sema::Typer;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

fn src(it: &str) -> String {
    format!("$itersrc_{it}")
}

fn pos(it: &str) -> String {
    format!("$iterpos_{it}")
}

/// A range's iterator keeps its start, step and length (no sequence).
fn range_parts(it: &str) -> [String; 3] {
    ["start", "step", "len"].map(|w| format!("$iter{w}_{it}"))
}

/// `iter(range(...))`: its arguments once, in order, then start, step and
/// CPython's length of the range.
fn bind_range(it: &str, args: &[Expr], at: TextRange) -> Vec<Stmt> {
    let [start, step, len] = range_parts(it);
    let names: Vec<String> = (0..args.len()).map(|k| format!("$iterarg{k}_{it}")).collect();
    let mut out: Vec<Stmt> = names.iter().zip(args).map(|(n, a)| assign(store(n, at), a.clone(), at)).collect();
    let lo = match names.as_slice() {
        [lo, _, ..] => name(lo, at),
        _ => int(0, at),
    };
    let hi = name(&names[names.len().min(2) - 1], at);
    let by = names.get(2).map_or(int(1, at), |k| name(k, at));
    out.push(assign(store(&start, at), lo, at));
    out.push(assign(store(&step, at), by, at));
    let nm = |v: &str| name(v, at);
    let bin =
        |a: Expr, op, b: Expr| Expr::BinOp(ast::ExprBinOp { range: at, left: Box::new(a), op, right: Box::new(b) });
    // CPython's length of the range (range_compute_length); step 0 its ValueError.
    let span = |a: Expr, b: Expr, k: Expr| {
        let d = bin(bin(a, ast::Operator::Sub, b), ast::Operator::Sub, int(1, at));
        bin(bin(d, ast::Operator::FloorDiv, k), ast::Operator::Add, int(1, at))
    };
    let zero = call(
        "ValueError",
        vec![Expr::Constant(ast::ExprConstant {
            range: at,
            value: ast::Constant::Str("range() arg 3 must not be zero".into()),
            kind: None,
        })],
        at,
    );
    let up = compare(nm(&step), ast::CmpOp::Gt, int(0, at), at);
    let down = compare(nm(&step), ast::CmpOp::Lt, int(0, at), at);
    out.push(assign(store(&len, at), int(0, at), at));
    out.push(Stmt::If(ast::StmtIf {
        range: at,
        test: Box::new(up),
        body: vec![if_stmt(
            compare(nm(&start), ast::CmpOp::Lt, hi.clone(), at),
            vec![assign(store(&len, at), span(hi.clone(), nm(&start), nm(&step)), at)],
            at,
        )],
        orelse: vec![Stmt::If(ast::StmtIf {
            range: at,
            test: Box::new(down),
            body: vec![if_stmt(
                compare(hi.clone(), ast::CmpOp::Lt, nm(&start), at),
                vec![assign(store(&len, at), span(nm(&start), hi, bin(int(0, at), ast::Operator::Sub, nm(&step))), at)],
                at,
            )],
            orelse: vec![Stmt::Raise(ast::StmtRaise { range: at, exc: Some(Box::new(zero)), cause: None })],
        })],
    }));
    out.push(assign(store(&pos(it), at), int(0, at), at));
    out
}

impl Typer<'_> {
    /// `stmt` as those statements, or None when it is no such form.
    pub(in crate::sema) fn iter_next(&self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let is_iter = |it: &str| self.types.contains_key(&pos(it));
        match stmt {
            Stmt::Assign(a) if a.targets.len() == 1 => {
                if let (Expr::Name(t), Some(x)) = (&a.targets[0], self.plain_builtin_call(&a.value, "iter", 1)) {
                    let at = a.range;
                    let it = t.id.as_str();
                    if let Some(r) = self.plain_builtin_call(&x[0], "range", 1).filter(|r| r.len() <= 3) {
                        return Some(bind_range(it, r, at));
                    }
                    return Some(vec![
                        assign(store(&src(it), at), x[0].clone(), at),
                        assign(store(&pos(it), at), int(0, at), at),
                    ]);
                }
                let target = a.targets[0].clone();
                let r = a.range;
                self.next_call(&a.value, &is_iter, &|v| assign(target.clone(), v, r))
            }
            Stmt::Return(ast::StmtReturn { value: Some(v), range }) => {
                let r = *range;
                self.next_call(v, &is_iter, &|v| Stmt::Return(ast::StmtReturn { range: r, value: Some(Box::new(v)) }))
            }
            Stmt::Expr(e) => self.next_call(&e.value, &is_iter, &expr_stmt),
            Stmt::For(f) => match f.iter.as_ref() {
                Expr::Name(n) if is_iter(n.id.as_str()) => {
                    let ranged = self.types.contains_key(&range_parts(n.id.as_str())[1]);
                    Some(vec![for_iterator(f, n.id.as_str(), ranged)])
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// The arguments of a call of builtin `f` with `n` or more positional ones.
    fn plain_builtin_call<'e>(&self, e: &'e Expr, f: &str, n: usize) -> Option<&'e [Expr]> {
        let Expr::Call(c) = e else { return None };
        let Expr::Name(g) = c.func.as_ref() else { return None };
        let plain = c.keywords.is_empty() && !c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        (g.id.as_str() == f && plain && c.args.len() >= n && self.is_builtin(f)).then_some(c.args.as_slice())
    }

    /// The `next(it)` / `next(it, d)` calls of `e` (outside `and`/`or`,
    /// conditional arms and comprehensions), each stepped before the
    /// statement in their order, then `finish` of `e` reading their items.
    fn next_call(&self, e: &Expr, is_iter: &dyn Fn(&str) -> bool, finish: &dyn Fn(Expr) -> Stmt) -> Option<Vec<Stmt>> {
        let mut steps = Vec::new();
        let value = self.hoist_next(e, is_iter, &mut steps);
        if steps.is_empty() {
            return None;
        }
        steps.push(finish(value));
        Some(steps)
    }

    /// `e` with each `next(it)` it evaluates unconditionally replaced by
    /// its item, the steps appended to `steps`.
    fn hoist_next(&self, e: &Expr, is_iter: &dyn Fn(&str) -> bool, steps: &mut Vec<Stmt>) -> Expr {
        if let Some((step, item)) = self.next_step(e, is_iter) {
            steps.push(step);
            return item;
        }
        let mut all = |xs: &[Expr]| xs.iter().map(|x| self.hoist_next(x, is_iter, steps)).collect::<Vec<_>>();
        match e {
            Expr::Tuple(t) => Expr::Tuple(ast::ExprTuple { elts: all(&t.elts), ..t.clone() }),
            Expr::List(t) => Expr::List(ast::ExprList { elts: all(&t.elts), ..t.clone() }),
            Expr::Call(c) => Expr::Call(ast::ExprCall { args: all(&c.args), ..c.clone() }),
            Expr::BinOp(b) => {
                let left = self.hoist_next(&b.left, is_iter, steps);
                let right = self.hoist_next(&b.right, is_iter, steps);
                Expr::BinOp(ast::ExprBinOp { left: Box::new(left), right: Box::new(right), ..b.clone() })
            }
            Expr::UnaryOp(u) => Expr::UnaryOp(ast::ExprUnaryOp {
                operand: Box::new(self.hoist_next(&u.operand, is_iter, steps)),
                ..u.clone()
            }),
            Expr::Compare(c) => {
                let left = self.hoist_next(&c.left, is_iter, steps);
                let comparators = c.comparators.iter().map(|x| self.hoist_next(x, is_iter, steps)).collect();
                Expr::Compare(ast::ExprCompare { left: Box::new(left), comparators, ..c.clone() })
            }
            e => e.clone(),
        }
    }

    /// `next(it)` / `next(it, d)` as `e`: its step, and the name of its item.
    fn next_step(&self, e: &Expr, is_iter: &dyn Fn(&str) -> bool) -> Option<(Stmt, Expr)> {
        let args = self.plain_builtin_call(e, "next", 1)?;
        let (Expr::Name(n), default) = (&args[0], args.get(1)) else { return None };
        let it = n.id.as_str();
        if args.len() > 2 || !is_iter(it) {
            return None;
        }
        let at = e.range();
        // One item per call: a default of another type changes only its own.
        let item = format!("$iteritem{}_{it}", u32::from(at.start()));
        let p = pos(it);
        let ranged = self.types.contains_key(&range_parts(it)[1]);
        let step = vec![
            assign(store(&item, at), current(it, ranged, at), at),
            assign(store(&p, at), add(name(&p, at), int(1, at)), at),
        ];
        let exhausted = match default {
            Some(d) => vec![assign(store(&p, at), minus_one(at), at), assign(store(&item, at), d.clone(), at)],
            None => {
                let exc = call("StopIteration", Vec::new(), at);
                vec![
                    assign(store(&p, at), minus_one(at), at),
                    Stmt::Raise(ast::StmtRaise { range: at, exc: Some(Box::new(exc)), cause: None }),
                ]
            }
        };
        let branch =
            Stmt::If(ast::StmtIf { range: at, test: Box::new(more(it, ranged, at)), body: step, orelse: exhausted });
        Some((branch, name(&item, at)))
    }
}

/// The item at the iterator's position: `$itersrc_it[$iterpos_it]`, or
/// `start + pos * step` of a range.
fn current(it: &str, ranged: bool, at: TextRange) -> Expr {
    if !ranged {
        return subscript(&src(it), &pos(it), at);
    }
    let [start, step, _] = range_parts(it);
    let times = Expr::BinOp(ast::ExprBinOp {
        range: at,
        left: Box::new(name(&pos(it), at)),
        op: ast::Operator::Mult,
        right: Box::new(name(&step, at)),
    });
    add(name(&start, at), times)
}

/// `$iterpos_it >= 0 and $iterpos_it < len($itersrc_it)` (a range's length).
fn more(it: &str, ranged: bool, at: TextRange) -> Expr {
    let p = pos(it);
    let len = if ranged { name(&range_parts(it)[2], at) } else { call("len", vec![name(&src(it), at)], at) };
    Expr::BoolOp(ast::ExprBoolOp {
        range: at,
        op: ast::BoolOp::And,
        values: vec![
            compare(name(&p, at), ast::CmpOp::GtE, int(0, at), at),
            compare(name(&p, at), ast::CmpOp::Lt, len, at),
        ],
    })
}

/// `for v in it`: a `while` taking the next item before the body (so
/// `continue` steps on); leaving by exhaustion marks the iterator exhausted.
fn for_iterator(f: &ast::StmtFor, it: &str, ranged: bool) -> Stmt {
    let at = f.range;
    let p = pos(it);
    let mut body = vec![
        assign((*f.target).clone(), current(it, ranged, at), at),
        assign(store(&p, at), add(name(&p, at), int(1, at)), at),
    ];
    body.extend(f.body.iter().cloned());
    let mut orelse = vec![assign(store(&p, at), minus_one(at), at)];
    orelse.extend(f.orelse.iter().cloned());
    Stmt::While(ast::StmtWhile { range: at, test: Box::new(more(it, ranged, at)), body, orelse })
}

fn subscript(s: &str, p: &str, at: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        range: at,
        value: Box::new(name(s, at)),
        slice: Box::new(name(p, at)),
        ctx: ast::ExprContext::Load,
    })
}

fn add(a: Expr, b: Expr) -> Expr {
    let range = a.range();
    Expr::BinOp(ast::ExprBinOp { range, left: Box::new(a), op: ast::Operator::Add, right: Box::new(b) })
}

fn minus_one(at: TextRange) -> Expr {
    Expr::UnaryOp(ast::ExprUnaryOp { range: at, op: ast::UnaryOp::USub, operand: Box::new(int(1, at)) })
}
