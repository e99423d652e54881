//! Forms over tuple variables rewritten, with the tuples' lengths the typer
//! knows, into ones it handles: `for pos in np.ndindex(shape)` as nested
//! counted loops binding `pos` to the tuple of counters (C order, as numpy
//! iterates), `a[pos]` with a tuple variable `pos` as `a[pos[0], pos[1],
//! ...]`, and `tuple(f(x, y) for x, y in zip(t, u))` over tuple variables
//! as the tuple literal of its elements. Rewritten nodes keep the user's
//! ranges, so diagnostics point at the user's code.

use super::sugar::{assign, call, int, name, temp};
use super::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// Rewrites `a[pos]` and `tuple(<generator over tuples>)` (see above).
struct TupleForms<'a> {
    arity: &'a HashMap<String, usize>,
    arrays: &'a HashMap<String, ArrayTy>,
    changed: bool,
}

/// Replaces loads of names by expressions (a generator's target by the
/// element it stands for).
struct Subst<'a>(&'a HashMap<String, Expr>);

impl Fold<TextRange> for Subst<'_> {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();
    fn will_map_user(&mut self, _: &TextRange) {}
    fn map_user(&mut self, user: TextRange, _: ()) -> std::result::Result<TextRange, Self::Error> {
        Ok(user)
    }
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        match e {
            Expr::Name(n) if n.ctx == ast::ExprContext::Load && self.0.contains_key(n.id.as_str()) => {
                Ok(self.0[n.id.as_str()].clone())
            }
            e => fold::fold_expr(self, e),
        }
    }
}

fn item(tuple: &str, k: usize, at: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        range: at,
        value: Box::new(name(tuple, at)),
        slice: Box::new(int(k as i64, at)),
        ctx: ast::ExprContext::Load,
    })
}

impl TupleForms<'_> {
    /// The tuple variable `e` names and its length.
    fn tuple_name(&self, e: &Expr) -> Option<(String, usize)> {
        let Expr::Name(n) = e else { return None };
        self.arity.get(n.id.as_str()).map(|&k| (n.id.to_string(), k))
    }

    /// `tuple(elt for target in t)` / `... in zip(t, u, ...)` over tuple
    /// variables: the tuple of `elt` with the target bound to each element.
    fn tuple_of_generator(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Name(f) = c.func.as_ref() else { return None };
        let ([Expr::GeneratorExp(g)], []) = (c.args.as_slice(), c.keywords.as_slice()) else { return None };
        let [gen] = g.generators.as_slice() else { return None };
        if f.id.as_str() != "tuple" || !gen.ifs.is_empty() || gen.is_async || self.arity.contains_key("tuple") {
            return None;
        }
        let (tuples, targets): (Vec<(String, usize)>, Vec<&Expr>) = match &gen.iter {
            Expr::Call(z) if matches!(z.func.as_ref(), Expr::Name(n) if n.id.as_str() == "zip") && z.keywords.is_empty() => {
                let ts = z.args.iter().map(|a| self.tuple_name(a)).collect::<Option<Vec<_>>>()?;
                let Expr::Tuple(t) = &gen.target else { return None };
                (ts, t.elts.iter().collect())
            }
            e => (vec![self.tuple_name(e)?], vec![&gen.target]),
        };
        let names: Vec<String> = targets
            .iter()
            .map(|t| match t {
                Expr::Name(n) => Some(n.id.to_string()),
                _ => None,
            })
            .collect::<Option<_>>()?;
        if names.len() != tuples.len() || tuples.is_empty() {
            return None;
        }
        let len = tuples.iter().map(|t| t.1).min()?;
        let at = c.range;
        let elts = (0..len)
            .map(|k| {
                let map: HashMap<String, Expr> =
                    names.iter().zip(&tuples).map(|(n, (t, _))| (n.clone(), item(t, k, at))).collect();
                let Ok(e) = Subst(&map).fold_expr((*g.elt).clone());
                e
            })
            .collect();
        Some(Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Load }))
    }
}

impl Fold<TextRange> for TupleForms<'_> {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();
    fn will_map_user(&mut self, _: &TextRange) {}
    fn map_user(&mut self, user: TextRange, _: ()) -> std::result::Result<TextRange, Self::Error> {
        Ok(user)
    }
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        let e = fold::fold_expr(self, e)?;
        match e {
            Expr::Subscript(mut s)
                if matches!(s.value.as_ref(), Expr::Name(a) if self.arrays.contains_key(a.id.as_str())) =>
            {
                if let Some((t, n)) = self.tuple_name(&s.slice) {
                    let at = s.slice.range();
                    let elts = (0..n).map(|k| item(&t, k, at)).collect();
                    s.slice = Box::new(Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Load }));
                    self.changed = true;
                }
                Ok(Expr::Subscript(s))
            }
            Expr::Call(c) => match self.tuple_of_generator(&c) {
                Some(t) => {
                    self.changed = true;
                    Ok(t)
                }
                None => Ok(Expr::Call(c)),
            },
            e => Ok(e),
        }
    }
}

impl Typer<'_> {
    /// A `for` over np.ndindex as the loops it stands for.
    pub(super) fn ndindex_sugar(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        match stmt {
            Stmt::For(f) => self.ndindex_loops(f),
            _ => None,
        }
    }

    /// `stmt` with its tuple forms rewritten, when it has any.
    pub(super) fn tuple_forms(&self, stmt: &Stmt) -> Option<Stmt> {
        if self.arity.is_empty() {
            return None;
        }
        let mut forms = TupleForms { arity: &self.arity, arrays: &self.arrays, changed: false };
        let Ok(out) = forms.fold_stmt(stmt.clone());
        forms.changed.then_some(out)
    }

    /// `for target in np.ndindex(shape)` (`np.ndindex(*a.shape)`,
    /// `np.ndindex(n, m)`) as nested counted loops over the extents, the
    /// innermost binding `target` to the tuple of counters. A `break` or
    /// an `else` clause would leave only the innermost loop: a diagnostic.
    pub(super) fn ndindex_loops(&mut self, f: &ast::StmtFor) -> Option<Vec<Stmt>> {
        let Expr::Call(c) = f.iter.as_ref() else { return None };
        let Expr::Attribute(a) = c.func.as_ref() else { return None };
        if a.attr.as_str() != "ndindex" || !self.numpy_module_of(&a.value) {
            return None;
        }
        let args: Vec<Expr> = match c.args.as_slice() {
            [Expr::Starred(s)] => vec![(*s.value).clone()],
            xs => xs.to_vec(),
        };
        let span = range(f.iter.as_ref());
        let n = match self.shape_len(&args) {
            Some(n) if c.keywords.is_empty() => n as usize,
            _ => {
                self.errors.push(
                    Diagnostic::error("np.ndindex takes a shape: a tuple, `a.shape`, or extents")
                        .at(span, "not a shape pycc knows the length of"),
                );
                return Some(Vec::new());
            }
        };
        if !f.orelse.is_empty() || f.body.iter().any(breaks_here) {
            self.errors.push(
                Diagnostic::error("`break` and `else` in a `for` over np.ndindex are not supported yet")
                    .at(range(f.iter.as_ref()), "np.ndindex"),
            );
            return Some(Vec::new());
        }
        let at = c.range;
        let shape = temp(&mut self.temps, "ndshape");
        let value = match args.as_slice() {
            [one] if self.is_tuple_expr(one) => one.clone(),
            xs => Expr::Tuple(ast::ExprTuple { range: at, elts: xs.to_vec(), ctx: ast::ExprContext::Load }),
        };
        let counters: Vec<String> = (0..n).map(|_| temp(&mut self.temps, "ndi")).collect();
        let here = f.target.range();
        let index = Expr::Tuple(ast::ExprTuple {
            range: here,
            elts: counters.iter().map(|v| name(v, here)).collect(),
            ctx: ast::ExprContext::Load,
        });
        let mut body = vec![assign((*f.target).clone(), index, here)];
        body.extend(f.body.iter().cloned());
        for (k, v) in counters.iter().enumerate().rev() {
            let target = Expr::Name(ast::ExprName { range: here, id: ast::Identifier::new(v), ctx: ast::ExprContext::Store });
            body = vec![Stmt::For(ast::StmtFor {
                range: f.range,
                target: Box::new(target),
                iter: Box::new(call("range", vec![item(&shape, k, at)], at)),
                body,
                orelse: Vec::new(),
                type_comment: None,
            })];
        }
        let mut out = vec![assign(name(&shape, at), value, at)];
        out.extend(body);
        Some(out)
    }

    /// Whether `e` is a tuple (a display, a tuple variable or `a.shape`).
    fn is_tuple_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Tuple(_) => true,
            Expr::Name(n) => self.arity.contains_key(n.id.as_str()),
            Expr::Attribute(a) => a.attr.as_str() == "shape",
            _ => false,
        }
    }
}

/// Whether `s` is or holds a `break` of the loop around it (not of a loop
/// inside it).
fn breaks_here(s: &Stmt) -> bool {
    match s {
        Stmt::Break(_) => true,
        Stmt::If(i) => i.body.iter().chain(&i.orelse).any(breaks_here),
        Stmt::With(w) => w.body.iter().any(breaks_here),
        Stmt::Try(t) => t.body.iter().chain(&t.orelse).chain(&t.finalbody).any(breaks_here),
        _ => false,
    }
}
