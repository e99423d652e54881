//! Lists of dicts (numba's typed lists of typed dicts): `[{} for _ in
//! range(n)]`, `L.append({})`, `L.append(d)`, `L[i] = {}`, then
//! `L[i][k] = v`, `L[i][k] += v`, `L[i][k]`, `L[i].get(k, 0)`, `k in
//! L[i]`, `len(L[i])`, `for k, v in L[i].items()`, `d = L[i]` and `for d
//! in L`. An item is the dict's header address (one int64 word, as a dict
//! variable holds it); the dicts' key and value types are one, kept as the
//! beliefs of the dict name `L[]`. A dict read from the list is the same
//! dict (a store through it is seen through the list, as in Python).
//!
//! `L[i]` where a dict is used (indexed, a method called, `in`, `len`) is
//! bound to a temporary before the statement (`hoist`), so dicts.rs sees a
//! dict variable; a variable bound to an item is linked to `L[]`: what is
//! put into either widens both (`relink_dicts` after each statement, to a
//! fixed point like every type).

use crate::sema::sugar::{assign, name, store, temp};
use crate::sema::*;
use crate::tir::dict::DictRef;
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

fn read(v: Var, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Var(v), span: span.clone() }
}

/// Binds the items of a list of dicts that a statement uses as dicts to
/// temporaries before it, in CPython's order of evaluation.
struct Hoist<'a> {
    is_item: &'a dyn Fn(&Expr) -> bool,
    temps: &'a mut usize,
    pre: Vec<Stmt>,
    /// An item under a condition or in a loop test: it cannot be read
    /// before the statement.
    bad: Option<TextRange>,
}

impl Hoist<'_> {
    /// `e` where a dict is used (indexed, a method's object, after `in`,
    /// len()'s argument, a `for`'s iterable): an item is bound first.
    fn used(&mut self, e: &mut Expr, always: bool) {
        if !(self.is_item)(e) {
            return self.expr(e, always);
        }
        if !always {
            self.bad.get_or_insert(e.range());
            return;
        }
        if let Expr::Subscript(s) = e {
            self.expr(&mut s.slice, true);
        }
        let t = temp(self.temps, "dl");
        self.pre.push(assign(store(&t, e.range()), e.clone(), e.range()));
        *e = name(&t, e.range());
    }

    fn expr(&mut self, e: &mut Expr, always: bool) {
        match e {
            Expr::BinOp(b) => {
                self.expr(&mut b.left, always);
                self.expr(&mut b.right, always);
            }
            Expr::UnaryOp(u) => self.expr(&mut u.operand, always),
            Expr::Compare(c) => {
                self.expr(&mut c.left, always);
                for (j, (x, op)) in c.comparators.iter_mut().zip(&c.ops).enumerate() {
                    if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
                        self.used(x, always && j == 0);
                    } else {
                        self.expr(x, always && j == 0);
                    }
                }
            }
            Expr::BoolOp(b) => {
                for (j, x) in b.values.iter_mut().enumerate() {
                    self.expr(x, always && j == 0);
                }
            }
            Expr::IfExp(i) => {
                self.expr(&mut i.test, always);
                self.expr(&mut i.body, false);
                self.expr(&mut i.orelse, false);
            }
            Expr::Call(c) => {
                self.expr(&mut c.func, always);
                let len = matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "len");
                c.args.iter_mut().for_each(|x| if len { self.used(x, always) } else { self.expr(x, always) });
                c.keywords.iter_mut().for_each(|k| self.expr(&mut k.value, always));
            }
            Expr::Attribute(a) => self.used(&mut a.value, always),
            Expr::Subscript(s) => {
                self.used(&mut s.value, always);
                self.expr(&mut s.slice, always);
            }
            Expr::Tuple(t) => t.elts.iter_mut().for_each(|x| self.expr(x, always)),
            Expr::List(t) => t.elts.iter_mut().for_each(|x| self.expr(x, always)),
            Expr::Starred(s) => self.expr(&mut s.value, always),
            Expr::Slice(s) => {
                for x in [&mut s.lower, &mut s.upper, &mut s.step].into_iter().flatten() {
                    self.expr(x, always);
                }
            }
            Expr::ListComp(c) => self.comprehension(&mut c.generators, always),
            Expr::SetComp(c) => self.comprehension(&mut c.generators, always),
            Expr::GeneratorExp(c) => self.comprehension(&mut c.generators, always),
            Expr::DictComp(c) => self.comprehension(&mut c.generators, always),
            _ => {}
        }
    }

    /// A comprehension runs its first iterable once; the rest runs per
    /// item, in the loop the comprehension becomes (whose statements are
    /// hoisted in turn).
    fn comprehension(&mut self, gens: &mut [ast::Comprehension], always: bool) {
        if let Some(g) = gens.first_mut() {
            self.expr(&mut g.iter, always);
        }
    }

    /// An assignment target: a subscript's container and index run (after
    /// the value); a name binds.
    fn target(&mut self, e: &mut Expr) {
        match e {
            Expr::Subscript(s) => {
                self.used(&mut s.value, true);
                self.expr(&mut s.slice, true);
            }
            Expr::Attribute(a) => self.expr(&mut a.value, true),
            Expr::Tuple(t) => t.elts.iter_mut().for_each(|x| self.target(x)),
            Expr::List(t) => t.elts.iter_mut().for_each(|x| self.target(x)),
            Expr::Starred(s) => self.target(&mut s.value),
            _ => {}
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match s {
            Stmt::Assign(a) => {
                self.expr(&mut a.value, true);
                a.targets.iter_mut().for_each(|t| self.target(t));
            }
            Stmt::AugAssign(a) => {
                self.target(&mut a.target);
                self.expr(&mut a.value, true);
            }
            Stmt::Expr(x) => self.expr(&mut x.value, true),
            Stmt::Return(r) => {
                if let Some(v) = r.value.as_deref_mut() {
                    self.expr(v, true);
                }
            }
            Stmt::If(i) => self.expr(&mut i.test, true),
            Stmt::For(f) => self.used(&mut f.iter, true),
            Stmt::While(w) => self.expr(&mut w.test, false),
            Stmt::Assert(a) => {
                self.expr(&mut a.test, true);
                if let Some(m) = a.msg.as_deref_mut() {
                    self.expr(m, false);
                }
            }
            Stmt::Delete(d) => d.targets.iter_mut().for_each(|t| self.target(t)),
            _ => {}
        }
    }
}

impl Typer<'_> {
    /// The dict name holding the types of the dicts list `name` holds
    /// (`L[]`), if it holds dicts.
    pub(in crate::sema) fn dict_items(&self, name: &str) -> Option<String> {
        let k = format!("{}[]", self.lkey(name));
        self.dicts.contains_key(&k).then_some(k)
    }

    /// Whether `e` is `L[i]` (not a slice) of a list of dicts.
    pub(in crate::sema) fn is_dict_list_item(&self, e: &Expr) -> bool {
        match e {
            Expr::Subscript(s) if !matches!(s.slice.as_ref(), Expr::Slice(_)) => {
                self.list_name(&s.value).is_some_and(|n| self.dict_items(&n).is_some())
            }
            _ => false,
        }
    }

    /// `stmt` with the items of lists of dicts it uses bound to
    /// temporaries first; None when it uses none (or is such a binding).
    pub(in crate::sema) fn hoist_dict_items(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        if self.dicts.keys().all(|k| !k.ends_with("[]")) {
            return None;
        }
        if let Stmt::Assign(a) = stmt {
            if matches!(a.targets.as_slice(), [Expr::Name(_)]) && self.is_dict_list_item(&a.value) {
                return None;
            }
        }
        let mut s = stmt.clone();
        let mut temps = self.temps;
        let (pre, bad) = {
            let is_item = |e: &Expr| self.is_dict_list_item(e);
            let mut h = Hoist { is_item: &is_item, temps: &mut temps, pre: Vec::new(), bad: None };
            h.stmt(&mut s);
            (h.pre, h.bad)
        };
        self.temps = temps;
        if let Some(r) = bad {
            self.errors.push(
                Diagnostic::error(
                    "an item of a list of dicts here (after `and`/`or`, in a `while` test) is not supported yet",
                )
                .at(r.start().to_usize()..r.end().to_usize(), "an item of a list of dicts")
                .note("assign the item to a variable first (`d = L[i]`), or test with an `if` statement"),
            );
            return Some(Vec::new());
        }
        if pre.is_empty() {
            return None;
        }
        let mut out = pre;
        out.push(s);
        Some(out)
    }

    /// A dict put into list `name` (`{}`, `dict()`, a comprehension, a
    /// dict variable): its header word; the list's dicts share one type.
    pub(in crate::sema) fn dict_item_parts(&mut self, name: &str, e: &Expr) -> Option<Vec<TExpr>> {
        let span = range(e);
        let holder = self.dict_holder(name, &span)?;
        let src = match self.dict_name(e) {
            Some(n) => n,
            None => {
                let t = format!("$dict{}", self.temps);
                self.temps += 1;
                let stmt = self.dict_assign(&t, e, span.clone())?;
                self.pre.push(stmt);
                t
            }
        };
        self.link_dict(&src, &holder);
        let header = self.var(&src);
        self.put(name, vec![read(header, &span)], &span)
    }

    /// A dict value (an item of a list of dicts, `L.append(M[i])`) put
    /// into list `name`.
    pub(in crate::sema) fn dict_val_item(&mut self, name: &str, d: DictRef, e: &Expr) -> Option<Vec<TExpr>> {
        let span = range(e);
        if !self.dicts.contains_key(&d.name) {
            return self.list_item_error(e, "dicts from a function");
        }
        let holder = self.dict_holder(name, &span)?;
        self.link_dict(&d.name, &holder);
        self.put(name, vec![read(d.header, &span)], &span)
    }

    /// The types' name of the dicts of list `name` (`L[]`), made a list
    /// of dicts if it is new; a diagnostic if it holds other items.
    fn dict_holder(&mut self, name: &str, span: &Range<usize>) -> Option<String> {
        let key = self.lkey(name);
        let holder = format!("{key}[]");
        let param = self.index.get(name).is_some_and(|&v| v < self.nparams);
        let others = self.lists.get(&key).copied().unwrap_or(0) > 0 && !self.dicts.contains_key(&holder);
        if param || others || self.nested(name) || self.array_items(name).is_some() || self.tuple_array_items(name) {
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` holds numbers, tuples, arrays or lists, or is the caller's list; this puts a dict into it"
                ))
                .at(span.clone(), "a dict")
                .note("a list's items have one type; a list of dicts is made and filled in one function"),
            );
            return None;
        }
        self.dicts.entry(holder.clone()).or_insert((0, 0));
        Some(holder)
    }

    /// A number, tuple, array or list put into a list of dicts.
    pub(in crate::sema) fn dict_list_clash<T>(&mut self, name: &str, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error(format!("`{name}` is a list of dicts; this puts another kind of item into it"))
                .at(span, "not a dict")
                .note("a list's items have one type"),
        );
        None
    }

    /// What stays out for a list of dicts (`sort()`, `in`, `sum()`: they
    /// compare dicts): a diagnostic (false) when `name` holds dicts.
    pub(in crate::sema) fn no_dict_items(&mut self, name: &str, what: &str, span: &Range<usize>) -> bool {
        if self.dict_items(name).is_none() {
            return true;
        }
        self.errors.push(
            Diagnostic::error(format!("{what} a list of dicts is not supported yet"))
                .at(span.clone(), "a list of dicts")
                .note("a list of dicts can be indexed, iterated, appended to, popped and passed to len()"),
        );
        false
    }

    pub(in crate::sema) fn dict_list_as_number<T>(&mut self, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error("an item of a list of dicts is used here as a number")
                .at(span, "a dict")
                .note("index it again (`L[i][k]`) or assign it to a name"),
        );
        None
    }

    /// A list of dicts passed to or returned from a function: a
    /// diagnostic (false) when `name` holds dicts.
    pub(in crate::sema) fn dict_list_stays(&mut self, name: &str, span: &Range<usize>) -> bool {
        if self.dict_items(name).is_none() {
            return true;
        }
        self.errors.push(
            Diagnostic::error(format!(
                "`{name}` is a list of dicts; passing it to a function, returning it or storing it is not supported yet"
            ))
            .at(span.clone(), "a list of dicts")
            .note("a list of dicts can be indexed, iterated, appended to and passed to len() in the function that makes it; pass its dicts (`L[i]`) instead"),
        );
        false
    }

    /// An item of the list of dicts whose types `holder` names, read into a
    /// fresh header variable before the statement.
    pub(in crate::sema) fn dict_item_val(&mut self, holder: &str, parts: Vec<TExpr>) -> Option<Val> {
        let header = parts.into_iter().next()?;
        let v = self.fresh("dh", Scalar::I64);
        self.pre.push(TStmt::Assign { var: v, value: header });
        let mut d = self.dict_ref(holder);
        d.header = v;
        Some(Val::Dict(d))
    }

    /// Dict `name` is (or may be) a dict of the list whose types `holder`
    /// names: their types are one.
    pub(in crate::sema) fn link_dict(&mut self, name: &str, holder: &str) {
        if name == holder {
            return;
        }
        self.dicts.entry(name.to_string()).or_insert((0, 0));
        self.dict_links.insert(name.to_string(), holder.to_string());
        self.alias_dict(name, holder);
    }

    /// What the statement put into dicts linked to a list's dicts, joined
    /// into the list's types (and back).
    pub(in crate::sema) fn relink_dicts(&mut self) {
        if self.dict_links.is_empty() {
            return;
        }
        let links: Vec<(String, String)> = self.dict_links.iter().map(|(a, b)| (a.clone(), b.clone())).collect();
        for (a, b) in links {
            if self.dicts.contains_key(&a) && self.dicts.contains_key(&b) {
                self.alias_dict(&a, &b);
            }
        }
    }
}
