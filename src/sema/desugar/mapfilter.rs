//! `list(map(f, xs, ...))` (`f` a name, `math.sqrt`, a lambda), `list(filter(p, xs))` and `list(zip(a, b,
//! ...))` as the list comprehensions they equal (`[f(x) for x in xs]`,
//! `[x for x in xs if p(x)]`, `[(x, y) for x, y in zip(a, b)]`): the same
//! items computed in the same order. A lambda is applied in place (its
//! parameters replaced by the comprehension's fresh variables); `filter(None,
//! xs)` keeps the true items.

use crate::sema::sugar::{name, store, substitute};
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::{self, Expr, Stmt};
use rustpython_parser::text_size::TextRange;

/// `stmt` with its `list(map/filter/zip(...))` calls rewritten, or None.
pub fn expand(
    stmt: &Stmt,
    is_builtin: &dyn Fn(&str) -> bool,
    is_tuple: &dyn Fn(&str) -> bool,
    temps: &mut usize,
) -> Option<Vec<Stmt>> {
    let mut r = Rewrite { is_builtin, is_tuple, temps, changed: false };
    let Ok(s) = r.fold_stmt(stmt.clone());
    r.changed.then(|| vec![s])
}

struct Rewrite<'a> {
    is_builtin: &'a dyn Fn(&str) -> bool,
    is_tuple: &'a dyn Fn(&str) -> bool,
    temps: &'a mut usize,
    changed: bool,
}

fn builtin_call<'e>(
    e: &'e Expr,
    names: &[&str],
    is_builtin: &dyn Fn(&str) -> bool,
) -> Option<(&'e str, &'e ast::ExprCall)> {
    let Expr::Call(c) = e else { return None };
    let Expr::Name(f) = c.func.as_ref() else { return None };
    let n = f.id.as_str();
    (names.contains(&n)
        && is_builtin(n)
        && c.keywords.is_empty()
        && !c.args.iter().any(|a| matches!(a, Expr::Starred(_))))
    .then_some((n, c))
}

/// `f` applied to `args`: a lambda's body with its parameters replaced,
/// else a call.
pub(in crate::sema) fn apply(f: &Expr, args: Vec<Expr>, at: TextRange) -> Option<Expr> {
    match f {
        // Made once in CPython, so only a function that making again
        // cannot change or fail.
        Expr::Name(_) | Expr::Attribute(_) | Expr::Lambda(_) => {}
        _ => return None,
    }
    match f {
        Expr::Lambda(l) => {
            let a = &l.args;
            if !a.posonlyargs.is_empty() || !a.kwonlyargs.is_empty() || a.vararg.is_some() || a.kwarg.is_some() {
                return None;
            }
            if a.args.len() != args.len() || a.args.iter().any(|p| p.default.is_some()) {
                return None;
            }
            let map: Vec<(String, Expr)> = a.args.iter().map(|p| p.def.arg.to_string()).zip(args).collect();
            Some(substitute((*l.body).clone(), &map))
        }
        f => Some(Expr::Call(ast::ExprCall { range: at, func: Box::new(f.clone()), args, keywords: Vec::new() })),
    }
}

impl Rewrite<'_> {
    fn fresh(&mut self, n: usize) -> Vec<String> {
        let k = *self.temps;
        *self.temps += 1;
        (0..n).map(|j| format!("$mf{k}_{j}")).collect()
    }

    /// The comprehension `list(inner)` equals, when `inner` is one of ours.
    fn comprehension(&mut self, inner: &Expr, at: TextRange) -> Option<Expr> {
        let (kind, c) = builtin_call(inner, &["map", "filter", "zip"], self.is_builtin)?;
        let seqs: &[Expr] = match kind {
            "map" if c.args.len() >= 2 => &c.args[1..],
            "filter" if c.args.len() == 2 => &c.args[1..],
            "zip" if !c.args.is_empty() => &c.args,
            _ => return None,
        };
        let vars = self.fresh(seqs.len());
        let items: Vec<Expr> = vars.iter().map(|v| name(v, at)).collect();
        let (elt, ifs) = match kind {
            "map" => (apply(&c.args[0], items.clone(), at)?, Vec::new()),
            "filter" => {
                let keep = match &c.args[0] {
                    Expr::Constant(k) if k.value.is_none() => items[0].clone(),
                    f => apply(f, items.clone(), at)?,
                };
                (items[0].clone(), vec![keep])
            }
            _ => (
                Expr::Tuple(ast::ExprTuple { range: at, elts: items.clone(), ctx: ast::ExprContext::Load }),
                Vec::new(),
            ),
        };
        let (target, iter) = if seqs.len() == 1 {
            (store(&vars[0], at), seqs[0].clone())
        } else {
            let elts = vars.iter().map(|v| store(v, at)).collect();
            let zip = Expr::Call(ast::ExprCall {
                range: at,
                func: Box::new(name("zip", at)),
                args: seqs.to_vec(),
                keywords: Vec::new(),
            });
            (Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Store }), zip)
        };
        let generators = vec![ast::Comprehension { range: Default::default(), target, iter, ifs, is_async: false }];
        Some(Expr::ListComp(ast::ExprListComp { range: at, elt: Box::new(elt), generators }))
    }
}

impl Rewrite<'_> {
    /// `tuple(x)` where x's length is known when compiling: a list or
    /// tuple display (no starred items) is the tuple display of its items,
    /// a tuple variable or `a.shape` itself, `range` of int constants the
    /// display of its ints (at most 64 of them).
    fn static_tuple(&self, e: &Expr) -> Option<Expr> {
        let (_, c) = builtin_call(e, &["tuple"], self.is_builtin)?;
        let [x] = c.args.as_slice() else { return None };
        let at = c.range;
        let display = |elts: Vec<Expr>| Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Load });
        match x {
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. })
                if !elts.iter().any(|x| matches!(x, Expr::Starred(_))) =>
            {
                Some(display(elts.clone()))
            }
            Expr::Name(n) if (self.is_tuple)(n.id.as_str()) => Some(x.clone()),
            Expr::Attribute(a) if a.attr.as_str() == "shape" => Some(x.clone()),
            Expr::Call(r)
                if r.keywords.is_empty()
                    && matches!(r.func.as_ref(), Expr::Name(f) if f.id.as_str() == "range" && (self.is_builtin)("range")) =>
            {
                let ints: Option<Vec<i64>> = r.args.iter().map(int_literal).collect();
                let (start, stop, step) = match ints?.as_slice() {
                    [b] => (0, *b, 1),
                    [a, b] => (*a, *b, 1),
                    [a, b, s] if *s != 0 => (*a, *b, *s),
                    _ => return None,
                };
                let mut items = Vec::new();
                let mut i = start;
                while (step > 0 && i < stop) || (step < 0 && i > stop) {
                    if items.len() == 64 {
                        return None;
                    }
                    items.push(crate::sema::sugar::int(i, at));
                    i += step;
                }
                Some(display(items))
            }
            _ => None,
        }
    }

    /// `[*a, *b, c]` (a display read, not an unpacking target) as
    /// `list(a) + list(b) + [c]`: each iterable run through in the same
    /// order, the same items.
    fn starred_display(&self, e: &Expr) -> Option<Expr> {
        let Expr::List(l) = e else { return None };
        if l.ctx != ast::ExprContext::Load || !l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
            return None;
        }
        if !(self.is_builtin)("list") {
            return None;
        }
        let at = l.range;
        let mut parts: Vec<Expr> = Vec::new();
        let mut run: Vec<Expr> = Vec::new();
        let flush = |run: &mut Vec<Expr>, parts: &mut Vec<Expr>| {
            if !run.is_empty() {
                let elts = std::mem::take(run);
                parts.push(Expr::List(ast::ExprList { range: at, elts, ctx: ast::ExprContext::Load }));
            }
        };
        for x in &l.elts {
            match x {
                Expr::Starred(s) => {
                    flush(&mut run, &mut parts);
                    let func = Box::new(name("list", s.range));
                    let args = vec![(*s.value).clone()];
                    parts.push(Expr::Call(ast::ExprCall { range: s.range, func, args, keywords: Vec::new() }));
                }
                other => run.push(other.clone()),
            }
        }
        flush(&mut run, &mut parts);
        parts.into_iter().reduce(|a, b| {
            Expr::BinOp(ast::ExprBinOp { range: at, left: Box::new(a), op: ast::Operator::Add, right: Box::new(b) })
        })
    }
}

impl Fold<TextRange> for Rewrite<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        let e = fold::fold_expr(self, e)?;
        if let Some(t) = self.static_tuple(&e) {
            self.changed = true;
            return Ok(t);
        }
        if let Some(joined) = self.starred_display(&e) {
            self.changed = true;
            return Ok(joined);
        }
        let Some((_, c)) = builtin_call(&e, &["list"], self.is_builtin) else { return Ok(e) };
        let ([inner], at) = (c.args.as_slice(), c.range) else { return Ok(e) };
        match self.comprehension(inner, at) {
            Some(comp) => {
                self.changed = true;
                Ok(comp)
            }
            None => Ok(e),
        }
    }
}

/// An int literal, optionally negated.
fn int_literal(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(i), .. }) => i64::try_from(i).ok(),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => int_literal(&u.operand).and_then(i64::checked_neg),
        _ => None,
    }
}
