//! `for x in g(args):` over a generator function of the file (numba's
//! simple generators), inlined before typing: the generator's body runs in
//! place with its locals renamed, and each `yield e` becomes `x = e`
//! followed by the loop's body. So the generator runs lazily, exactly as
//! CPython interleaves it with the loop.
//!
//! The generator's body sits in a one-pass loop, and the loop's body at
//! each yield in another: a `continue` in the loop's body ends that inner
//! pass (the generator resumes after its yield), a `break` sets the stop
//! flag, and every loop of the generator that holds a yield or a `return`
//! tests the flag after it, so the stop reaches the outer pass. `return`
//! in the generator is the same stop without the break flag, which is what
//! decides whether the loop's `else` runs.

use crate::sema::sugar::{assign, bool_const as constant, call, if_stmt, int, name, not, store, temp};
use crate::syntax::parse::Globals;
use rustpython_parser::ast::{self, Expr, Stmt};
use rustpython_parser::text_size::TextRange;
use std::collections::HashSet;

/// `stmt` with a `for` over a generator function inlined, or None.
pub(in crate::sema) fn expand(stmt: &Stmt, globals: &Globals, temps: &mut usize) -> Option<Vec<Stmt>> {
    let Stmt::For(f) = stmt else { return None };
    let Expr::Call(c) = f.iter.as_ref() else { return None };
    let Expr::Name(callee) = c.func.as_ref() else { return None };
    let g = globals.functions.get(callee.id.as_str())?;
    if !is_generator(&g.body) || !inlinable(g, callee.id.as_str()) {
        return None;
    }
    let bound = bind_args(&g.args, c)?;
    let r = f.range;
    let k = temp(temps, "gen");
    let (stop, broke) = (format!("{k}_stop"), format!("{k}_broke"));
    let mut locals: HashSet<String> = g.args.args.iter().map(|a| a.def.arg.to_string()).collect();
    g.body.iter().for_each(|s| stored_names(s, &mut locals));
    let rename = |id: &str| format!("{k}_{id}");
    let mut out = vec![assign(name(&stop, r), constant(false, r), r), assign(name(&broke, r), constant(false, r), r)];
    for (p, a) in bound {
        out.push(assign(name(&rename(p), r), a, r));
    }
    let cx = Inline { target: &f.target, body: &f.body, stop: &stop, broke: &broke, locals: &locals, prefix: &k, r };
    let body: Vec<Stmt> = g.body.iter().flat_map(|s| cx.stmt(s)).collect();
    out.push(once(temp(temps, "pass"), body, r));
    if !f.orelse.is_empty() {
        out.push(if_stmt(not(name(&broke, r)), f.orelse.clone(), r));
    }
    Some(out)
}

/// Whether a body yields (outside nested functions).
pub(in crate::sema) fn is_generator(body: &[Stmt]) -> bool {
    let mut found = false;
    visit_stmts(body, &mut |s| found |= matches!(s, Stmt::Expr(e) if matches!(e.value.as_ref(), Expr::Yield(_))));
    found
}

/// Each parameter's value for a call, in CPython's order (the positional
/// arguments, the keywords as written, then the defaults left): None
/// where the call does not fit the parameters (CPython's TypeError, which
/// the typer reports) or a default is not a constant (it is evaluated
/// where the function is defined, not where the loop inlines it).
fn bind_args<'g>(a: &'g ast::Arguments, c: &ast::ExprCall) -> Option<Vec<(&'g str, Expr)>> {
    let names: Vec<&str> = a.args.iter().map(|p| p.def.arg.as_str()).collect();
    if c.args.len() > names.len() || c.args.iter().any(|x| matches!(x, Expr::Starred(_))) {
        return None;
    }
    let mut out: Vec<(&str, Expr)> = names.iter().copied().zip(c.args.iter().cloned()).collect();
    for k in &c.keywords {
        let p = *names.iter().find(|&&p| Some(p) == k.arg.as_ref().map(|i| i.as_str()))?;
        if out.iter().any(|(q, _)| *q == p) {
            return None;
        }
        out.push((p, k.value.clone()));
    }
    for (p, param) in names.iter().zip(&a.args) {
        if out.iter().any(|(q, _)| q == p) {
            continue;
        }
        let d = param.default.as_deref()?;
        if !constant_default(d) {
            return None;
        }
        out.push((p, d.clone()));
    }
    Some(out)
}

/// A literal default, possibly negated (`step=1`, `lo=-1.5`, `flag=True`).
fn constant_default(e: &Expr) -> bool {
    match e {
        Expr::Constant(_) => true,
        Expr::UnaryOp(u) => matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && constant_default(&u.operand),
        _ => false,
    }
}

/// Plain positional-or-keyword parameters; yields only as statements of a
/// value; no nested functions; not calling itself.
fn inlinable(g: &ast::StmtFunctionDef, own: &str) -> bool {
    let a = &g.args;
    if a.vararg.is_some() || a.kwarg.is_some() {
        return false;
    }
    if !a.posonlyargs.is_empty() || !a.kwonlyargs.is_empty() {
        return false;
    }
    let mut ok = true;
    visit_stmts(&g.body, &mut |s| match s {
        Stmt::FunctionDef(_) | Stmt::AsyncFunctionDef(_) | Stmt::ClassDef(_) | Stmt::Global(_) | Stmt::Nonlocal(_) => {
            ok = false
        }
        Stmt::Expr(e) => {
            if let Expr::Yield(y) = e.value.as_ref() {
                ok &= y.value.is_some();
            }
        }
        Stmt::For(f) => {
            ok &= !matches!(f.iter.as_ref(), Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == own))
        }
        _ => {}
    });
    // A yield inside an expression (`x = yield v`, `yield from`) is not a
    // statement: is_generator would miss it, and the typer reports it.
    ok
}

/// Calls `f` on every statement of `body`, nested ones included.
fn visit_stmts(body: &[Stmt], f: &mut impl FnMut(&Stmt)) {
    for s in body {
        f(s);
        match s {
            Stmt::If(i) => {
                visit_stmts(&i.body, f);
                visit_stmts(&i.orelse, f);
            }
            Stmt::For(l) => {
                visit_stmts(&l.body, f);
                visit_stmts(&l.orelse, f);
            }
            Stmt::While(w) => {
                visit_stmts(&w.body, f);
                visit_stmts(&w.orelse, f);
            }
            Stmt::Try(t) => {
                visit_stmts(&t.body, f);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    visit_stmts(&h.body, f);
                }
                visit_stmts(&t.orelse, f);
                visit_stmts(&t.finalbody, f);
            }
            _ => {}
        }
    }
}

/// The names a statement binds (its locals, with the parameters).
fn stored_names(s: &Stmt, out: &mut HashSet<String>) {
    visit_stmts(std::slice::from_ref(s), &mut |s| {
        let targets: Vec<&Expr> = match s {
            Stmt::Assign(a) => a.targets.iter().collect(),
            Stmt::AugAssign(a) => vec![&a.target],
            Stmt::AnnAssign(a) => vec![&a.target],
            Stmt::For(f) => vec![&f.target],
            _ => Vec::new(),
        };
        for t in targets {
            target_names(t, out);
        }
    });
}

pub(in crate::sema) fn target_names(t: &Expr, out: &mut HashSet<String>) {
    match t {
        Expr::Name(n) => {
            out.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| target_names(e, out)),
        Expr::List(l) => l.elts.iter().for_each(|e| target_names(e, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}

/// What inlining one loop over a generator needs.
struct Inline<'a> {
    target: &'a Expr,
    body: &'a [Stmt],
    stop: &'a str,
    broke: &'a str,
    locals: &'a HashSet<String>,
    prefix: &'a str,
    r: TextRange,
}

impl Inline<'_> {
    /// One statement of the generator, renamed, its yields and returns
    /// replaced.
    fn stmt(&self, s: &Stmt) -> Vec<Stmt> {
        let r = self.r;
        match s {
            Stmt::Expr(e) if matches!(e.value.as_ref(), Expr::Yield(_)) => {
                let Expr::Yield(y) = e.value.as_ref() else { unreachable!("matched") };
                let value = self.renamed_expr(y.value.as_deref().expect("inlinable checked"));
                let body: Vec<Stmt> = self.body.iter().map(|b| self.consumer(b)).collect();
                vec![
                    assign(self.target.clone(), value, r),
                    once(format!("{}_at{}", self.prefix, s_start(s)), body, r),
                    self.check(),
                ]
            }
            Stmt::Return(_) => {
                vec![assign(name(self.stop, r), constant(true, r), r), Stmt::Break(ast::StmtBreak { range: r })]
            }
            Stmt::If(i) => {
                let mut i = i.clone();
                i.test = Box::new(self.renamed_expr(&i.test));
                i.body = i.body.iter().flat_map(|s| self.stmt(s)).collect();
                i.orelse = i.orelse.iter().flat_map(|s| self.stmt(s)).collect();
                vec![Stmt::If(i)]
            }
            Stmt::For(f) => {
                let mut f = f.clone();
                f.target = Box::new(self.renamed_expr(&f.target));
                f.iter = Box::new(self.renamed_expr(&f.iter));
                f.body = f.body.iter().flat_map(|s| self.stmt(s)).collect();
                f.orelse = f.orelse.iter().flat_map(|s| self.stmt(s)).collect();
                vec![Stmt::For(f), self.check()]
            }
            Stmt::While(w) => {
                let mut w = w.clone();
                w.test = Box::new(self.renamed_expr(&w.test));
                w.body = w.body.iter().flat_map(|s| self.stmt(s)).collect();
                w.orelse = w.orelse.iter().flat_map(|s| self.stmt(s)).collect();
                vec![Stmt::While(w), self.check()]
            }
            Stmt::Try(t) => {
                let mut t = t.clone();
                t.body = t.body.iter().flat_map(|s| self.stmt(s)).collect();
                for h in t.handlers.iter_mut() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    h.body = h.body.iter().flat_map(|s| self.stmt(s)).collect();
                }
                t.orelse = t.orelse.iter().flat_map(|s| self.stmt(s)).collect();
                t.finalbody = t.finalbody.iter().flat_map(|s| self.stmt(s)).collect();
                vec![Stmt::Try(t)]
            }
            other => vec![self.renamed_stmt(other)],
        }
    }

    /// `if stop: break`, after anything that may have stopped.
    fn check(&self) -> Stmt {
        let r = self.r;
        if_stmt(name(self.stop, r), vec![Stmt::Break(ast::StmtBreak { range: r })], r)
    }

    /// A statement of the loop's body: its own `break` stops the generator
    /// (loops inside it keep theirs); `continue` ends the inner pass as is.
    fn consumer(&self, s: &Stmt) -> Stmt {
        let r = self.r;
        match s {
            Stmt::Break(_) => {
                let stop = vec![
                    assign(name(self.stop, r), constant(true, r), r),
                    assign(name(self.broke, r), constant(true, r), r),
                    Stmt::Break(ast::StmtBreak { range: r }),
                ];
                if_stmt(constant(true, r), stop, r)
            }
            Stmt::If(i) => {
                let mut i = i.clone();
                i.body = i.body.iter().map(|s| self.consumer(s)).collect();
                i.orelse = i.orelse.iter().map(|s| self.consumer(s)).collect();
                Stmt::If(i)
            }
            other => other.clone(),
        }
    }

    fn renamed_stmt(&self, s: &Stmt) -> Stmt {
        let mut s = s.clone();
        rename_stmt(&mut s, &|id| self.rename(id));
        s
    }

    fn renamed_expr(&self, e: &Expr) -> Expr {
        let mut e = e.clone();
        rename_expr(&mut e, &|id| self.rename(id));
        e
    }

    fn rename(&self, id: &str) -> Option<String> {
        self.locals.contains(id).then(|| format!("{}_{id}", self.prefix))
    }
}

fn s_start(s: &Stmt) -> u32 {
    use rustpython_parser::ast::Ranged;
    s.range().start().to_u32()
}

/// `for v in range(1): body`.
fn once(v: String, body: Vec<Stmt>, r: TextRange) -> Stmt {
    Stmt::For(ast::StmtFor {
        range: r,
        target: Box::new(store(&v, r)),
        iter: Box::new(call("range", vec![int(1, r)], r)),
        body,
        orelse: Vec::new(),
        type_comment: None,
    })
}

/// Renames every Name of `s` that `f` maps: a simple statement (Inline::stmt
/// walks the compound ones itself).
fn rename_stmt(s: &mut Stmt, f: &dyn Fn(&str) -> Option<String>) {
    match s {
        Stmt::Assign(a) => {
            a.targets.iter_mut().for_each(|t| rename_expr(t, f));
            rename_expr(&mut a.value, f);
        }
        Stmt::AugAssign(a) => {
            rename_expr(&mut a.target, f);
            rename_expr(&mut a.value, f);
        }
        Stmt::AnnAssign(a) => {
            rename_expr(&mut a.target, f);
            if let Some(v) = a.value.as_mut() {
                rename_expr(v, f);
            }
        }
        Stmt::Expr(e) => rename_expr(&mut e.value, f),
        Stmt::Assert(a) => {
            rename_expr(&mut a.test, f);
            if let Some(m) = a.msg.as_mut() {
                rename_expr(m, f);
            }
        }
        Stmt::Raise(x) => {
            if let Some(e) = x.exc.as_mut() {
                rename_expr(e, f);
            }
        }
        _ => {}
    }
}

/// Renames every Name of `e` that `f` maps, inside comprehensions too (their
/// targets are not among the locals, so they keep their names) and lambdas
/// (except the lambda's own parameters).
fn rename_expr(e: &mut Expr, f: &dyn Fn(&str) -> Option<String>) {
    match e {
        Expr::Lambda(l) => {
            let a = &l.args;
            let own: HashSet<String> =
                a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string()).collect();
            rename_expr(&mut l.body, &|id| if own.contains(id) { None } else { f(id) });
        }
        Expr::Name(n) => {
            if let Some(new) = f(n.id.as_str()) {
                n.id = ast::Identifier::new(new);
            }
        }
        Expr::BinOp(b) => {
            rename_expr(&mut b.left, f);
            rename_expr(&mut b.right, f);
        }
        Expr::UnaryOp(u) => rename_expr(&mut u.operand, f),
        Expr::BoolOp(b) => b.values.iter_mut().for_each(|x| rename_expr(x, f)),
        Expr::Compare(c) => {
            rename_expr(&mut c.left, f);
            c.comparators.iter_mut().for_each(|x| rename_expr(x, f));
        }
        Expr::Call(c) => {
            rename_expr(&mut c.func, f);
            c.args.iter_mut().for_each(|x| rename_expr(x, f));
            c.keywords.iter_mut().for_each(|k| rename_expr(&mut k.value, f));
        }
        Expr::IfExp(i) => {
            rename_expr(&mut i.test, f);
            rename_expr(&mut i.body, f);
            rename_expr(&mut i.orelse, f);
        }
        Expr::Attribute(a) => rename_expr(&mut a.value, f),
        Expr::Subscript(s) => {
            rename_expr(&mut s.value, f);
            rename_expr(&mut s.slice, f);
        }
        Expr::Slice(s) => {
            for x in [&mut s.lower, &mut s.upper, &mut s.step].into_iter().flatten() {
                rename_expr(x, f);
            }
        }
        Expr::Tuple(t) => t.elts.iter_mut().for_each(|x| rename_expr(x, f)),
        Expr::List(l) => l.elts.iter_mut().for_each(|x| rename_expr(x, f)),
        Expr::Set(l) => l.elts.iter_mut().for_each(|x| rename_expr(x, f)),
        Expr::Starred(s) => rename_expr(&mut s.value, f),
        Expr::ListComp(c) => {
            rename_expr(&mut c.elt, f);
            rename_generators(&mut c.generators, f);
        }
        Expr::SetComp(c) => {
            rename_expr(&mut c.elt, f);
            rename_generators(&mut c.generators, f);
        }
        Expr::GeneratorExp(c) => {
            rename_expr(&mut c.elt, f);
            rename_generators(&mut c.generators, f);
        }
        Expr::DictComp(c) => {
            rename_expr(&mut c.key, f);
            rename_expr(&mut c.value, f);
            rename_generators(&mut c.generators, f);
        }
        Expr::Dict(d) => {
            d.keys.iter_mut().flatten().for_each(|x| rename_expr(x, f));
            d.values.iter_mut().for_each(|x| rename_expr(x, f));
        }
        Expr::JoinedStr(j) => j.values.iter_mut().for_each(|x| rename_expr(x, f)),
        Expr::FormattedValue(v) => rename_expr(&mut v.value, f),
        _ => {}
    }
}

fn rename_generators(gens: &mut [ast::Comprehension], f: &dyn Fn(&str) -> Option<String>) {
    for g in gens {
        rename_expr(&mut g.target, f);
        rename_expr(&mut g.iter, f);
        g.ifs.iter_mut().for_each(|x| rename_expr(x, f));
    }
}
