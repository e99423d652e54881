//! Python sets of numbers in compiled bodies (numba's reflected sets): a
//! set is a CPython `set` object, carried as its address as a list of strs
//! is (strlists.rs), made by CPython's `set()` and kept by the exported
//! call's arena until the call returns. Every operation is CPython's own
//! method (`add`, `discard`, `pop`, `__contains__`, `__or__`, the set
//! iterator's `__next__`), so iteration order, `pop()`'s choice, equality
//! of `-0.0` and `0.0` and the KeyErrors are CPython's by construction. A
//! name holding a set is marked in `strs` as `name{}` (never a Python
//! name); the join of the numbers added to it is the type of `name{}` in
//! `types`, to which reads (`pop()`, `for x in s`, `min(s)`) convert.

use super::*;
use crate::abi::runtime as abi;
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::Ranged;

fn mark(id: &str) -> String {
    format!("{id}{{}}")
}

/// The operators between two sets whose result is a new set.
fn set_op(op: ast::Operator) -> Option<&'static str> {
    Some(match op {
        ast::Operator::BitOr => "__or__",
        ast::Operator::BitAnd => "__and__",
        ast::Operator::Sub => "__sub__",
        ast::Operator::BitXor => "__xor__",
        _ => return None,
    })
}

/// Methods whose result is a new set (their arguments sets).
const NEW_SET_METHODS: &[&str] = &["union", "intersection", "difference", "symmetric_difference", "copy"];
/// Methods whose result is a bool (their argument a set).
const BOOL_SET_METHODS: &[&str] = &["issubset", "issuperset", "isdisjoint"];
/// Methods taking sets, compiled as statements.
const UPDATE_METHODS: &[&str] = &["update", "difference_update", "intersection_update", "symmetric_difference_update"];

const SET_NOTE: &str = "a set of numbers can be built (set(), {a, b}, set(iterable), comprehensions), changed (add, discard, remove, pop, clear, update, |= ...), tested (in, len, ==, <=, issubset, ...), combined (| & - ^, union, ...), iterated and passed to sorted(), list(), min(), max(), sum()";

/// `[$v for $v in s]`: the set's items in its iteration order, as a list
/// (the name is per place, so each holds its own set's item type).
fn items_list(s: Expr) -> Expr {
    let r = s.range();
    let v = format!("$setv{}", u32::from(r.start()));
    Expr::ListComp(sugar::list_comp(sugar::name(&v, r), &v, s, r))
}

/// Rewrites the reads of a set that pycc has for lists into list reads:
/// `sorted(s)` -> `sorted([v for v in s])`, `list(s)`, `enumerate(s)`;
/// `np.array(<one of these>)` reads a list variable assigned before the
/// statement (`hoisted`). Also `xs.copy()` of a list -> `xs[:]`. Only the
/// statement's own expressions: its nested statements are typed later.
struct SetReads<'t, 'a> {
    typer: &'t Typer<'a>,
    hoisted: Vec<(String, Expr)>,
    may_hoist: bool,
    depth: usize,
    changed: bool,
}

impl SetReads<'_, '_> {
    fn is_items_list(e: &Expr) -> bool {
        match e {
            Expr::ListComp(c) => matches!(&c.generators[0].target, Expr::Name(n) if n.id.starts_with("$setv")),
            Expr::Call(c) => {
                matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "sorted")
                    && c.args.first().is_some_and(Self::is_items_list)
            }
            _ => false,
        }
    }

    fn call(&mut self, mut c: ast::ExprCall) -> Expr {
        let t = self.typer;
        match c.func.as_ref() {
            Expr::Name(n)
                if matches!(n.id.as_str(), "sorted" | "list" | "enumerate")
                    && t.is_builtin(n.id.as_str())
                    && c.args.first().is_some_and(|s| t.is_set_expr(s)) =>
            {
                self.changed = true;
                let items = items_list(c.args.remove(0));
                if n.id.as_str() == "list" && c.args.is_empty() && c.keywords.is_empty() {
                    return items;
                }
                c.args.insert(0, items);
            }
            Expr::Attribute(a)
                if matches!(a.attr.as_str(), "array" | "asarray")
                    && self.may_hoist
                    && t.numpy_module_of(&a.value)
                    && c.args.first().is_some_and(Self::is_items_list) =>
            {
                let r = c.args[0].range();
                let tmp = format!("$setlist{}", u32::from(r.start()));
                let items = std::mem::replace(&mut c.args[0], sugar::name(&tmp, r));
                self.hoisted.push((tmp, items));
            }
            Expr::Attribute(a)
                if a.attr.as_str() == "copy"
                    && c.args.is_empty()
                    && c.keywords.is_empty()
                    && matches!(a.value.as_ref(), Expr::Name(n) if t.lists.contains_key(n.id.as_str()) || t.is_strlist_name(n.id.as_str())) =>
            {
                self.changed = true;
                let slice = ast::ExprSlice { range: c.range, lower: None, upper: None, step: None };
                return Expr::Subscript(ast::ExprSubscript {
                    range: c.range,
                    value: a.value.clone(),
                    slice: Box::new(Expr::Slice(slice)),
                    ctx: ast::ExprContext::Load,
                });
            }
            _ => {}
        }
        Expr::Call(c)
    }
}

impl Fold<TextRange> for SetReads<'_, '_> {
    crate::syntax::identity_fold!();
    fn fold_stmt(&mut self, s: Stmt) -> std::result::Result<Stmt, Self::Error> {
        if self.depth > 0 {
            return Ok(s);
        }
        self.depth += 1;
        let r = fold::fold_stmt(self, s);
        self.depth -= 1;
        r
    }
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        match fold::fold_expr(self, e)? {
            Expr::Call(c) => Ok(self.call(c)),
            e => Ok(e),
        }
    }
}

/// The item the runtime last took from a set (`status`: the result of
/// SET_STEP_FN or SET_POP_FN, so the read comes after it), as `ty`.
fn set_cur(ty: Scalar, status: TExpr, j: usize, span: &Range<usize>) -> TExpr {
    let args = vec![status, i64_const(j as i64, span)];
    if matches!(ty, Scalar::Float { .. }) {
        let x = TExpr { ty: Scalar::F64, kind: TExprKind::Runtime(abi::SET_CUR_F_FN, args), span: span.clone() };
        return cast(x, ty);
    }
    cast(runtime(abi::SET_CUR_I_FN, args, span), ty)
}

/// `len(s)`.
fn set_len(s: TExpr, span: &Range<usize>) -> TExpr {
    runtime(abi::SET_LEN_FN, vec![s], span)
}

/// `s.add(x)` (op 0), `discard` (1), `x in s` (2, 0 or 1), `remove` (3).
/// A tuple item (`tuple`) is its parts (at most 4).
fn set_op_call(s: TExpr, op: i64, parts: Vec<TExpr>, tuple: bool, span: &Range<usize>) -> TExpr {
    let n = parts.len() as i64;
    let (mut ints, mut floats, mut kinds) = (Vec::new(), Vec::new(), 0i64);
    for (j, x) in parts.into_iter().enumerate() {
        let (x, kind) = number_arg(x);
        kinds |= kind << (4 * j);
        let (a, d) = if kind == KIND_F64 { (i64_const(0, span), x) } else { (x, f64_zero(span)) };
        ints.push(a);
        floats.push(d);
    }
    if !tuple {
        let args = vec![s, i64_const(op, span), i64_const(kinds, span), ints.remove(0), floats.remove(0)];
        return runtime(abi::SET_OP_FN, args, span);
    }
    ints.resize_with(4, || i64_const(0, span));
    floats.resize_with(4, || f64_zero(span));
    let mut args = vec![s, i64_const(op, span), i64_const(n, span), i64_const(kinds, span)];
    args.extend(ints);
    args.extend(floats);
    runtime(abi::SET_OP_TUPLE_FN, args, span)
}

/// The name standing for the set `id`'s items being tuples of `n`.
fn arity_mark(id: &str, n: usize) -> String {
    format!("{id}{{}}#{n}")
}

fn part_mark(id: &str, j: usize) -> String {
    format!("{id}{{}}.{j}")
}

/// The name marking set `id` as a parameter: the caller's set, whose item
/// parts the caller's type fixes.
/// The mark in `strs` of a file function learned to return a set.
fn set_call_mark(name: &str) -> String {
    format!("$setcall.{name}")
}

fn param_mark(id: &str) -> String {
    format!("{id}{{}}param")
}

/// Set parameters as set variables: marked, their item parts fixed.
pub(in crate::sema) fn param_sets(
    params: &[(String, Vec<Scalar>)],
    types: &mut HashMap<String, Scalar>,
    strs: &mut HashSet<String>,
) {
    for (name, parts) in params {
        strs.insert(mark(name));
        strs.insert(param_mark(name));
        if let [one] = parts.as_slice() {
            types.insert(mark(name), *one);
            continue;
        }
        strs.insert(arity_mark(name, parts.len()));
        for (j, &t) in parts.iter().enumerate() {
            types.insert(part_mark(name, j), t);
        }
    }
}

impl Typer<'_> {
    pub(in crate::sema) fn is_set_name(&self, id: &str) -> bool {
        self.strs.contains(&mark(id))
    }

    /// Whether `e` is a set: a marked name, `set(...)`, a display or a
    /// comprehension, `a | b` of two sets, `a.union(b)` and the like.
    pub(in crate::sema) fn is_set_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => self.is_set_name(n.id.as_str()),
            Expr::Set(_) | Expr::SetComp(_) => true,
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Name(n) if self.is_set_helper(n.id.as_str()) => true,
                Expr::Name(n) => {
                    n.id.as_str() == "set" && self.is_builtin("set") && c.keywords.is_empty() && c.args.len() <= 1
                }
                Expr::Attribute(a) => NEW_SET_METHODS.contains(&a.attr.as_str()) && self.is_set_expr(&a.value),
                _ => false,
            },
            Expr::BinOp(b) => set_op(b.op).is_some() && self.is_set_expr(&b.left) && self.is_set_expr(&b.right),
            _ => false,
        }
    }

    /// The statement with its set reads rewritten (`SetReads`), typed;
    /// NotMine: nothing to rewrite.
    pub(in crate::sema) fn set_rewrite(&mut self, stmt: &Stmt) -> Claim<TStmt> {
        let may_hoist = matches!(stmt, Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::Expr(_) | Stmt::Return(_));
        let mut f = SetReads { typer: self, hoisted: Vec::new(), may_hoist, depth: 0, changed: false };
        let header = super::elifchain::header_only(stmt);
        let Ok(new) = header.as_ref().unwrap_or(stmt).clone().fold(&mut f);
        if !f.changed {
            return Claim::NotMine;
        }
        let new = if header.is_some() { super::elifchain::with_blocks_of(new, stmt) } else { new };
        let mut stmts: Vec<Stmt> = f
            .hoisted
            .into_iter()
            .map(|(n, x)| {
                let r = x.range();
                sugar::assign(sugar::name(&n, r), x, r)
            })
            .collect();
        stmts.push(new);
        if let [one] = stmts.as_slice() {
            return match self.stmt_kind(one, false) {
                Ok(Some(t)) => Claim::Done(t),
                Ok(None) => Claim::Done(TStmt::Seq(Vec::new())),
                Err(_) => Claim::Failed,
            };
        }
        Claim::Done(TStmt::Seq(self.block(&stmts)))
    }

    fn set_error(&mut self, span: Range<usize>, what: &str, label: &str) -> Option<TExpr> {
        self.errors.push(Diagnostic::error(what.to_string()).at(span, label.to_string()).note(SET_NOTE));
        None
    }

    /// The type of the items of the set named `id` (int64 until something
    /// is added).
    fn set_item_type(&self, id: &str) -> Scalar {
        self.types.get(&mark(id)).copied().unwrap_or(Scalar::I64)
    }

    fn set_var(&mut self, id: &str, span: &Range<usize>) -> TExpr {
        let var = self.var(id);
        TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span: span.clone() }
    }

    /// A new temporary set name, marked.
    fn set_temp(&mut self) -> String {
        let tmp = format!("$set{}", self.temps);
        self.temps += 1;
        self.strs.insert(mark(&tmp));
        tmp
    }

    /// The set's address, and the name whose item type it has. A set that
    /// needs statements (a display, a comprehension, `set(iterable)`) is
    /// built into a temporary before the statement.
    fn set_value(&mut self, e: &Expr) -> Option<(TExpr, String)> {
        let span = range(e);
        match e {
            Expr::Name(n) => Some((self.set_var(n.id.as_str(), &span), n.id.to_string())),
            Expr::BinOp(b) => {
                let (l, ln) = self.set_value(&b.left)?;
                let (r, rn) = self.set_value(&b.right)?;
                let op = set_op(b.op)?;
                Some((str_call(Res::Obj, Some(l), op, vec![(r, KIND_OBJ)], &span), self.joined(&ln, &rn)))
            }
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(a) => {
                    let (recv, mut name) = self.set_value(&a.value)?;
                    let mut args = Vec::new();
                    for x in &c.args {
                        let (v, n) = self.set_arg(x)?;
                        name = self.joined(&name, &n);
                        args.push((v, KIND_OBJ));
                    }
                    if args.len() > 4 || !c.keywords.is_empty() {
                        return self.set_error(span, "at most 4 sets, no keywords, here", "here").map(|x| (x, name));
                    }
                    Some((str_call(Res::Obj, Some(recv), a.attr.as_str(), args, &span), name))
                }
                Expr::Name(n) if self.is_set_helper(n.id.as_str()) => self.helper_set_call(n.id.as_str(), c, &span),
                _ if c.args.is_empty() => {
                    let tmp = self.set_temp();
                    Some((str_call(Res::Obj, None, "set", Vec::new(), &span), tmp))
                }
                _ if self.is_set_expr(&c.args[0]) => {
                    let (v, n) = self.set_value(&c.args[0])?;
                    Some((str_call(Res::Obj, None, "set", vec![(v, KIND_OBJ)], &span), n))
                }
                _ => self.built_set(e, &span),
            },
            _ => self.built_set(e, &span),
        }
    }

    /// A name standing for the join of two sets' item types.
    fn joined(&mut self, a: &str, b: &str) -> String {
        if a == b {
            return a.to_string();
        }
        let tmp = self.set_temp();
        for n in [a, b] {
            self.set_join_into(&tmp, n);
        }
        tmp
    }

    /// An argument of a set method that must be a set.
    fn set_arg(&mut self, x: &Expr) -> Option<(TExpr, String)> {
        if !self.is_set_expr(x) {
            self.set_error(
                range(x),
                "this set operation takes sets only here (not a list, array or range)",
                "not a set",
            )?;
        }
        self.set_value(x)
    }

    /// `{a, b}`, `{e for ...}`, `set(iterable)`: a new set in a temporary,
    /// filled by statements queued before the statement.
    fn built_set(&mut self, e: &Expr, span: &Range<usize>) -> Option<(TExpr, String)> {
        if !self.may_queue(span) {
            return None;
        }
        let tmp = self.set_temp();
        let r = e.range();
        let add = |x: Expr| {
            let f = Expr::Attribute(ast::ExprAttribute {
                range: r,
                value: Box::new(sugar::name(&tmp, r)),
                attr: ast::Identifier::new("add"),
                ctx: ast::ExprContext::Load,
            });
            let call =
                Expr::Call(ast::ExprCall { range: x.range(), func: Box::new(f), args: vec![x], keywords: Vec::new() });
            Stmt::Expr(ast::StmtExpr { range: call.range(), value: Box::new(call) })
        };
        let body = match e {
            Expr::Set(s) => s.elts.iter().cloned().map(add).collect(),
            Expr::SetComp(c) => self.comprehension_loops(&c.generators, r, vec![add((*c.elt).clone())], span)?,
            Expr::Call(c) => {
                let v = format!("$setx{}", u32::from(r.start()));
                let target =
                    Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(&v), ctx: ast::ExprContext::Store });
                vec![Stmt::For(ast::StmtFor {
                    range: r,
                    target: Box::new(target),
                    iter: Box::new(c.args[0].clone()),
                    body: vec![add(sugar::name(&v, r))],
                    orelse: Vec::new(),
                    type_comment: None,
                })]
            }
            _ => return None,
        };
        let mut out = vec![self.assign(&tmp, str_call(Res::Obj, None, "set", Vec::new(), span))];
        // The loops' own lets and queued statements stay inside them.
        let lets = std::mem::take(&mut self.lets);
        out.extend(self.block(&body));
        self.lets = lets;
        self.pre.extend(out);
        Some((self.set_var(&tmp, span), tmp))
    }

    /// An item of a set: a number, or a flat tuple of 2 to 4 numbers
    /// (`tuple`); not a str or an array.
    fn set_item_parts(&mut self, x: &Expr) -> Option<(Vec<TExpr>, bool)> {
        if self.is_str_expr(x) {
            return self
                .set_error(range(x), "sets of strs are not supported yet", "not a number")
                .map(|_| (vec![], false));
        }
        let tuple = matches!(x, Expr::Tuple(_)) || matches!(x, Expr::Name(n) if self.arity.contains_key(n.id.as_str()));
        let parts = if tuple {
            let Val::Tuple(vs) = self.value(x)? else { return None };
            let mut parts = Vec::new();
            for v in vs {
                let Val::Scalar(p) = v else {
                    return self
                        .set_error(range(x), "sets of nested tuples are not supported yet", "not flat")
                        .map(|_| (vec![], false));
                };
                parts.push(p);
            }
            if !(2..=4).contains(&parts.len()) {
                return self
                    .set_error(range(x), "a set's tuples have 2 to 4 numbers here", "this tuple")
                    .map(|_| (vec![], false));
            }
            parts
        } else {
            vec![self.expr(x)?]
        };
        if parts.iter().any(|p| p.ty == (Scalar::Int { bits: 64, signed: false })) {
            return self.set_error(range(x), "sets of uint64 are not supported yet", "uint64").map(|_| (vec![], false));
        }
        Some((parts, tuple))
    }

    /// An item added to a set parameter fits the caller's item type (whose
    /// reads would otherwise convert what this function adds).
    fn check_param_item(&mut self, name: &str, parts: &[TExpr], span: &Range<usize>) -> Option<()> {
        if !self.strs.contains(&param_mark(name)) {
            return Some(());
        }
        let fixed = self.set_shape(name);
        if parts.len() == fixed.len() && parts.iter().zip(&fixed).all(|(p, &f)| join(p.ty, f) == f) {
            return Some(());
        }
        let what = format!(
            "`{name}` is the caller's {}; adding items of another type to it is not supported",
            Ty::Set(fixed).long_name()
        );
        self.set_error(span.clone(), &what, "another item type").map(|_| ())
    }

    /// A set passed to a function of this file: the set object itself,
    /// which the callee shares (numba's reflected set).
    pub(in crate::sema) fn passed_set(&mut self, e: &Expr) -> Option<TExpr> {
        match e {
            Expr::Name(n) => Some(self.set_var(n.id.as_str(), &range(e))),
            _ => self.set_error(range(e), "a set passed to a function is a name here: assign it first", "a set"),
        }
    }

    /// The parameter type of a set passed by name (`passed_set`).
    pub(in crate::sema) fn passed_set_ty(&self, e: &Expr) -> Option<Ty> {
        match e {
            Expr::Name(n) if self.is_set_name(n.id.as_str()) => Some(Ty::Set(self.set_shape(n.id.as_str()))),
            _ => None,
        }
    }

    /// `return s` of a set: the set object (the export's result, or its
    /// caller's, alive in the exported call's arena).
    pub(in crate::sema) fn set_return(&mut self, v: &Expr, span: Range<usize>) -> Option<TStmt> {
        let (value, name) = self.set_value(v)?;
        self.returns.push((Some(Ty::Set(self.set_shape(&name))), span.clone()));
        Some(TStmt::Return { values: vec![value], span })
    }

    /// Whether `name` is a file function learned to return a set (not a
    /// local of that name).
    fn is_set_helper(&self, name: &str) -> bool {
        self.strs.contains(&set_call_mark(name))
            && self.globals.functions.contains_key(name)
            && !self.types.contains_key(name)
            && !self.arity.contains_key(name)
    }

    /// A call of a helper returning a set: its set object (alive in the
    /// exported call's arena), its item types those the helper returns.
    fn helper_set_call(&mut self, name: &str, c: &ast::ExprCall, span: &Range<usize>) -> Option<(TExpr, String)> {
        let (symbol, ret, args) = self.file_call(name, c, span.clone())?;
        let Some(Ty::Set(parts)) = ret else {
            self.set_error(
                span.clone(),
                &format!("`{name}` returns a set for other arguments but not for these"),
                "not a set",
            )?;
            return None;
        };
        let tmp = self.set_temp();
        if let [one] = parts.as_slice() {
            self.note_assigned(&mark(&tmp), *one);
        } else {
            self.strs.insert(arity_mark(&tmp, parts.len()));
            for (j, &t) in parts.iter().enumerate() {
                self.note_assigned(&part_mark(&tmp, j), t);
            }
        }
        Some((TExpr { ty: Scalar::I64, kind: TExprKind::Call(symbol, args), span: span.clone() }, tmp))
    }

    /// A helper's set result where a set is not typed yet: learned, so the
    /// next round types the call as a set (`helper_set_call`); otherwise a
    /// diagnostic.
    pub(in crate::sema) fn helper_set_result<T>(&mut self, name: &str, span: Range<usize>) -> Option<T> {
        if self.strs.insert(set_call_mark(name)) {
            return None;
        }
        self.errors.push(
            Diagnostic::error(format!("`{name}` returns a set; a helper's set result is not supported yet"))
                .at(span, "a set")
                .note("pass a set to the helper instead: it changes the caller's set"),
        );
        None
    }

    /// How many numbers the items of set `id` have, if they are tuples.
    fn set_arity(&self, id: &str) -> Option<usize> {
        (2..=4).find(|&n| self.strs.contains(&arity_mark(id, n)))
    }

    /// The types of the parts of set `id`'s items (one for numbers).
    fn set_shape(&self, id: &str) -> Vec<Scalar> {
        match self.set_arity(id) {
            Some(n) => (0..n).map(|j| self.types.get(&part_mark(id, j)).copied().unwrap_or(Scalar::I64)).collect(),
            None => vec![self.set_item_type(id)],
        }
    }

    /// Set `dst` holds what set `src` holds (the join of their item types).
    fn set_join_into(&mut self, dst: &str, src: &str) {
        if let Some(&t) = self.types.get(&mark(src)) {
            self.note_assigned(&mark(dst), t);
        }
        if let Some(n) = self.set_arity(src) {
            self.strs.insert(arity_mark(dst, n));
            for j in 0..n {
                if let Some(&t) = self.types.get(&part_mark(src, j)) {
                    self.note_assigned(&part_mark(dst, j), t);
                }
            }
        }
    }

    /// Records `parts` added to set `name` (one type per part, and the
    /// tuples' length) and casts them to the set's part types.
    fn set_note_item(&mut self, name: &str, parts: Vec<TExpr>, tuple: bool, span: &Range<usize>) -> Option<Vec<TExpr>> {
        self.check_param_item(name, &parts, span)?;
        let arity = self.set_arity(name);
        let numbers = self.types.contains_key(&mark(name));
        if (tuple && (numbers || arity.is_some_and(|n| n != parts.len()))) || (!tuple && arity.is_some()) {
            self.set_error(
                span.clone(),
                "a set holds numbers or tuples of one length, not both",
                "another kind of item",
            )?;
        }
        if !tuple {
            self.note_assigned(&mark(name), parts[0].ty);
            return Some(vec![cast(parts.into_iter().next()?, self.set_item_type(name))]);
        }
        self.strs.insert(arity_mark(name, parts.len()));
        let mut out = Vec::new();
        for (j, p) in parts.into_iter().enumerate() {
            self.note_assigned(&part_mark(name, j), p.ty);
            let ty = self.types.get(&part_mark(name, j)).copied().unwrap_or(p.ty);
            out.push(cast(p, ty));
        }
        Some(out)
    }

    /// The item the runtime took (`status`) from set `name`, as a value.
    fn set_read(&self, name: &str, status: TExpr, span: &Range<usize>) -> Val {
        let shape = self.set_shape(name);
        if self.set_arity(name).is_none() {
            return Val::Scalar(set_cur(shape[0], status, 0, span));
        }
        Val::Tuple(shape.iter().enumerate().map(|(j, &t)| Val::Scalar(set_cur(t, status.clone(), j, span))).collect())
    }
}

impl Typer<'_> {
    /// A runtime call computed for its effect (its result in a temporary).
    fn set_effect(&mut self, x: TExpr) -> TStmt {
        let tmp = format!("$seteff{}", self.temps);
        self.temps += 1;
        self.assign(&tmp, x)
    }

    /// Statements on sets: `s = <set>`, `s |= t` (and `&= -= ^=`),
    /// `s.add(x)` and the other changing methods, `for x in s`. NotMine:
    /// not one of these.
    pub(in crate::sema) fn set_stmt(&mut self, stmt: &Stmt) -> Claim<TStmt> {
        let span = range(stmt);
        match stmt {
            Stmt::Assign(a) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { return Claim::NotMine };
                let id = n.id.as_str();
                if !self.is_set_expr(&a.value) {
                    if self.is_set_name(id) {
                        let what = format!("`{id}` is a set elsewhere; assigning another value to it is not supported");
                        self.set_error(span, &what, "not a set");
                        return Claim::Failed;
                    }
                    return Claim::NotMine;
                }
                if self.arrays.contains_key(id)
                    || self.lists.contains_key(id)
                    || self.dicts.contains_key(id)
                    || self.strs.contains(id)
                    || self.is_strlist_name(id)
                {
                    let what = format!("`{id}` holds another value elsewhere; assigning a set to it is not supported");
                    self.set_error(span, &what, "a set");
                    return Claim::Failed;
                }
                self.strs.insert(mark(id));
                // Failed after a diagnostic: the statement is still a set's.
                let Some((v, from)) = self.set_value(&a.value) else { return Claim::Failed };
                self.set_join_into(id, &from);
                Claim::Done(self.assign(id, v))
            }
            Stmt::AugAssign(a) => {
                let Expr::Name(n) = a.target.as_ref() else { return Claim::NotMine };
                let id = n.id.as_str();
                if !self.is_set_name(id) {
                    return Claim::NotMine;
                }
                let Some(op) = set_op(a.op) else {
                    self.set_error(span, "this operator is not defined on sets", "here");
                    return Claim::Failed;
                };
                let Some((t, from)) = self.set_arg(&a.value) else { return Claim::Failed };
                self.set_join_into(id, &from);
                let s = self.set_var(id, &span);
                let iop = op.replacen("__", "__i", 1);
                Claim::Done(self.assign(id, str_call(Res::Obj, Some(s), &iop, vec![(t, KIND_OBJ)], &span)))
            }
            Stmt::Expr(e) => {
                let Expr::Call(c) = e.value.as_ref() else { return Claim::NotMine };
                let Expr::Attribute(a) = c.func.as_ref() else { return Claim::NotMine };
                if !self.is_set_expr(&a.value) {
                    return Claim::NotMine;
                }
                Claim::checked(self.set_method_stmt(c, a.attr.as_str(), &a.value, span))
            }
            Stmt::For(f) if self.is_set_expr(&f.iter) => Claim::checked(self.for_set(f)),
            _ => Claim::NotMine,
        }
    }

    /// `s.add(x)`, `discard`, `remove`, `pop`, `clear`, `update` and the
    /// other `*_update` methods as statements.
    fn set_method_stmt(&mut self, c: &ast::ExprCall, m: &str, recv: &Expr, span: Range<usize>) -> Option<TStmt> {
        if !c.keywords.is_empty() {
            self.set_error(span.clone(), "set methods take no keyword arguments", "here")?;
        }
        let n = c.args.len();
        match m {
            "add" | "discard" | "remove" if n == 1 => {
                let (x, tuple) = self.set_item_parts(&c.args[0])?;
                let (s, name) = self.set_value(recv)?;
                // The set keeps one item type: the join of what is added.
                let x = if m == "add" { self.set_note_item(&name, x, tuple, &span)? } else { x };
                let op = match m {
                    "add" => 0,
                    "discard" => 1,
                    _ => 3,
                };
                let call = set_op_call(s, op, x, tuple, &span);
                Some(self.set_effect(call))
            }
            "pop" if n == 0 => {
                let (s, _) = self.set_value(recv)?;
                Some(self.set_effect(runtime(abi::SET_POP_FN, vec![s], &span)))
            }
            "clear" if n == 0 => {
                let (s, _) = self.set_value(recv)?;
                let call = str_call(Res::Obj, Some(s), m, Vec::new(), &span);
                Some(self.set_effect(call))
            }
            "update" if n == 1 && !self.is_set_expr(&c.args[0]) => {
                // `s.update(iterable)`: each item added in the iterable's order.
                let Expr::Name(_) = recv else {
                    self.set_error(span, "update() of a list or array needs a set name here", "here")?;
                    return None;
                };
                let r = c.range;
                let v = format!("$setx{}", u32::from(r.start()));
                let target =
                    Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(&v), ctx: ast::ExprContext::Store });
                let f = Expr::Attribute(ast::ExprAttribute {
                    range: r,
                    value: Box::new(recv.clone()),
                    attr: ast::Identifier::new("add"),
                    ctx: ast::ExprContext::Load,
                });
                let add = Expr::Call(ast::ExprCall {
                    range: r,
                    func: Box::new(f),
                    args: vec![sugar::name(&v, r)],
                    keywords: Vec::new(),
                });
                let lp = Stmt::For(ast::StmtFor {
                    range: r,
                    target: Box::new(target),
                    iter: Box::new(c.args[0].clone()),
                    body: vec![Stmt::Expr(ast::StmtExpr { range: r, value: Box::new(add) })],
                    orelse: Vec::new(),
                    type_comment: None,
                });
                Some(TStmt::Seq(self.block(&[lp])))
            }
            _ if UPDATE_METHODS.contains(&m) && (1..=4).contains(&n) => {
                let (s, name) = self.set_value(recv)?;
                let mut args = Vec::new();
                for x in &c.args {
                    let (v, from) = self.set_arg(x)?;
                    self.set_join_into(&name, &from);
                    args.push((v, KIND_OBJ));
                }
                let call = str_call(Res::Obj, Some(s), m, args, &span);
                Some(self.set_effect(call))
            }
            _ => {
                self.set_error(
                    span,
                    &format!("the set method `{m}` is not supported here (or not with these arguments)"),
                    "here",
                )?;
                None
            }
        }
    }

    /// `for x in s`: CPython's set iterator, so the order is CPython's and
    /// a change of size in the body raises its RuntimeError at the next
    /// step. `$it = iter(s); $n = len(s); while True: if no item is left
    /// (`__length_hint__` is 0 and the size is unchanged) break; x =
    /// $it.__next__(); body`.
    fn for_set(&mut self, f: &ast::StmtFor) -> Option<TStmt> {
        let span = range(f.iter.as_ref());
        let Expr::Name(target) = f.target.as_ref() else {
            self.set_error(range(f.target.as_ref()), "only a name can iterate over a set", "not a name")?;
            return None;
        };
        let (sv, name) = self.set_value(&f.iter)?;
        let (set, it, st, done) = (
            self.fresh("set", Scalar::I64),
            self.fresh("it", Scalar::I64),
            self.fresh("st", Scalar::I64),
            self.fresh("done", Scalar::Bool),
        );
        let rd = |v: Var, t: Scalar| TExpr { ty: t, kind: TExprKind::Var(v), span: span.clone() };
        let flag =
            |b: bool| TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() };
        // 0: no item left; a change of size raised CPython's RuntimeError.
        let step = runtime(abi::SET_STEP_FN, vec![rd(it, Scalar::I64)], &span);
        let at_end = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Eq, Box::new(rd(st, Scalar::I64)), Box::new(i64_const(0, &span))),
            span: span.clone(),
        };
        let mut body = vec![
            TStmt::Assign { var: st, value: step },
            TStmt::If {
                cond: at_end,
                then: vec![TStmt::Assign { var: done, value: flag(true) }, TStmt::Break],
                orelse: Vec::new(),
            },
        ];
        let item = self.set_read(&name, rd(st, Scalar::I64), &span);
        let pairs = self.bind_val(target.id.as_str(), item, span.clone())?;
        let (vars, values): (Vec<Var>, Vec<TExpr>) = pairs.into_iter().unzip();
        body.push(TStmt::ParallelAssign { vars, values });
        self.loop_depth += 1;
        body.extend(self.block(&f.body));
        self.loop_depth -= 1;
        let orelse = self.loop_else(&f.orelse);
        let iter = str_call(Res::Obj, None, "iter", vec![(rd(set, Scalar::I64), KIND_OBJ)], &span);
        let mut out = vec![
            TStmt::Assign { var: set, value: sv },
            TStmt::Assign { var: it, value: iter },
            TStmt::Assign { var: done, value: flag(false) },
            TStmt::While { cond: flag(true), body, orelse: Vec::new() },
        ];
        if !orelse.is_empty() {
            out.push(TStmt::If { cond: rd(done, Scalar::Bool), then: orelse, orelse: Vec::new() });
        }
        Some(TStmt::Seq(out))
    }

    /// `if s:` / `while s:`: a set is true when not empty.
    pub(in crate::sema) fn set_truth(&mut self, e: &Expr) -> Claim<TExpr> {
        if !self.is_set_expr(e) {
            return Claim::NotMine;
        }
        let span = range(e);
        let (s, _) = or_reported!(self, self.set_value(e));
        Claim::Done(nonzero(set_len(s, &span), &span))
    }

    /// A number computed from sets: `len(s)`, `bool(s)`, `not s`, `x in
    /// s`, `x not in s`, comparisons of two sets, `s.pop()`, `issubset`
    /// and the like, `min(s)`, `max(s)`, `sum(s)`. A set anywhere else
    /// (a result, a tuple item, an argument of this file's functions) is a
    /// diagnostic. NotMine: `e` is none of these.
    pub(in crate::sema) fn set_expr(&mut self, e: &Expr) -> Claim<TExpr> {
        let span = range(e);
        match e {
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Name(n)
                    if matches!(n.id.as_str(), "len" | "bool" | "min" | "max" | "sum")
                        && self.is_builtin(n.id.as_str())
                        && c.keywords.is_empty()
                        && matches!(c.args.as_slice(), [x] if self.is_set_expr(x)) =>
                {
                    let (s, name) = or_reported!(self, self.set_value(&c.args[0]));
                    let f = n.id.as_str();
                    let arg = vec![(s, KIND_OBJ)];
                    Claim::Done(match f {
                        "len" => set_len(or_not_mine!(arg.into_iter().next()).0, &span),
                        "bool" => nonzero(set_len(or_not_mine!(arg.into_iter().next()).0, &span), &span),
                        _ => {
                            if self.set_arity(&name).is_some() {
                                return Claim::checked(self.set_error(
                                    span,
                                    "min(), max() and sum() of a set of tuples are not supported yet",
                                    "here",
                                ));
                            }
                            let ty = self.set_item_type(&name);
                            // The sum of bools is an int.
                            let ty = if f == "sum" && ty == Scalar::Bool { Scalar::I64 } else { ty };
                            // CPython's own min/max/sum over the set's order.
                            let res = if matches!(ty, Scalar::Float { .. }) { Res::F64 } else { Res::Int };
                            cast(str_call(res, None, f, arg, &span), ty)
                        }
                    })
                }
                Expr::Attribute(a) if self.is_set_expr(&a.value) => {
                    Claim::checked(self.set_method_expr(c, a.attr.as_str(), &a.value, span))
                }
                _ => self.set_misuse(e),
            },
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.is_set_expr(&u.operand) => {
                let (s, _) = or_reported!(self, self.set_value(&u.operand));
                let n = set_len(s, &span);
                Claim::Done(TExpr {
                    ty: Scalar::Bool,
                    kind: TExprKind::Compare(CmpOp::Eq, Box::new(n), Box::new(i64_const(0, &span))),
                    span,
                })
            }
            Expr::Compare(c) => {
                let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return Claim::NotMine };
                if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) && self.is_set_expr(right) {
                    let before = self.errors.len();
                    let x = self.set_item_parts(&c.left);
                    let (s, _) = or_reported!(self, since before, self.set_value(right));
                    let (x, tuple) = or_reported!(self, since before, x);
                    let r = set_op_call(s, 2, x, tuple, &span);
                    let cmp = if *op == ast::CmpOp::In { CmpOp::Ne } else { CmpOp::Eq };
                    return Claim::Done(TExpr {
                        ty: Scalar::Bool,
                        kind: TExprKind::Compare(cmp, Box::new(r), Box::new(i64_const(0, &span))),
                        span,
                    });
                }
                let (l, r) = (self.is_set_expr(&c.left), self.is_set_expr(right));
                if !l && !r {
                    return Claim::NotMine;
                }
                let m = match op {
                    ast::CmpOp::Eq => "__eq__",
                    ast::CmpOp::NotEq => "__ne__",
                    ast::CmpOp::Lt => "__lt__",
                    ast::CmpOp::LtE => "__le__",
                    ast::CmpOp::Gt => "__gt__",
                    ast::CmpOp::GtE => "__ge__",
                    _ => "",
                };
                if !(l && r) || m.is_empty() {
                    return Claim::checked(self.set_error(
                        span,
                        "a set compares only with a set here (==, !=, <, <=, >, >=)",
                        "here",
                    ));
                }
                let (a, _) = or_reported!(self, self.set_value(&c.left));
                let (b, _) = or_reported!(self, self.set_value(right));
                let x = str_call(Res::Int, Some(a), m, vec![(b, KIND_OBJ)], &span);
                Claim::Done(nonzero(x, &span))
            }
            _ => self.set_misuse(e),
        }
    }

    fn set_misuse(&mut self, e: &Expr) -> Claim<TExpr> {
        if !self.is_set_expr(e) {
            return Claim::NotMine;
        }
        Claim::checked(self.set_error(
            range(e),
            "a set is not supported here yet (in a tuple, print() or a container, or as a helper's result)",
            "a set",
        ))
    }

    /// `s.pop()`, `s.issubset(t)`, `issuperset`, `isdisjoint` as values.
    fn set_method_expr(&mut self, c: &ast::ExprCall, m: &str, recv: &Expr, span: Range<usize>) -> Option<TExpr> {
        if m == "pop" && c.args.is_empty() && c.keywords.is_empty() {
            let (s, name) = self.set_value(recv)?;
            let status = runtime(abi::SET_POP_FN, vec![s], &span);
            return match self.set_read(&name, status, &span) {
                Val::Scalar(x) => Some(x),
                _ => self.set_error(span, "pop() of a set of tuples as a value is not supported yet", "a tuple"),
            };
        }
        if BOOL_SET_METHODS.contains(&m) && c.args.len() == 1 && c.keywords.is_empty() {
            let (s, _) = self.set_value(recv)?;
            let (t, _) = self.set_arg(&c.args[0])?;
            return Some(nonzero(str_call(Res::Int, Some(s), m, vec![(t, KIND_OBJ)], &span), &span));
        }
        if NEW_SET_METHODS.contains(&m) {
            return self.set_misuse(&Expr::Call(c.clone())).done();
        }
        self.set_error(
            span,
            &format!("the set method `{m}` is not supported here (or not with these arguments)"),
            "here",
        )
    }
}
