//! Lists in the body (numba's typed lists): literals, `[x] * n`, list
//! comprehensions, indexing and index assignment, `len`, `append`, `pop`,
//! `for x in lst` (and so `enumerate`/`zip` over lists), `sum`/`min`/`max`,
//! `x in lst` and truthiness. A list is one variable holding its runtime
//! header (tir/list.rs); its items are numbers or tuples of numbers, typed
//! as numba does: the item type is joined from every value put in (a float
//! put into a list of ints makes it a list of floats), to a fixed point
//! like a variable's. The types live as beliefs of the names `item_name`.

use crate::sema::*;
use crate::tir::list::ListRef;
use rustpython_parser::ast::Ranged;

/// Levels of lists of lists, far past what code writes (`a[i][j][k]`).
const MAX_LIST_DEPTH: usize = 32;

/// The runtime's stable sort of a list's items (runtime_buffer.c).
const LIST_SORT_FN: &str = "pycc_list_sort";
/// Sets a list's dirty flag (runtime_buffer.c).
const LIST_TOUCH_FN: &str = "pycc_list_touch";

/// The belief holding part `j` of the items of list `name` (`[]` cannot
/// clash with a Python name).
pub(in crate::sema) fn item_name(name: &str, j: usize) -> String {
    format!("{name}[].{j}")
}

fn int(i: i128, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(i)), span: span.clone() }
}

fn read(ty: Scalar, v: Var, span: &Range<usize>) -> TExpr {
    TExpr { ty, kind: TExprKind::Var(v), span: span.clone() }
}

pub(in crate::sema) fn is_list_display(e: &Expr) -> bool {
    match e {
        Expr::List(_) | Expr::ListComp(_) => true,
        Expr::Call(c) => list_call(c).is_some(),
        Expr::BinOp(b) if b.op == ast::Operator::Mult => {
            matches!(b.left.as_ref(), Expr::List(_)) || matches!(b.right.as_ref(), Expr::List(_))
        }
        _ => false,
    }
}

/// The display of `[x, ...] * n` / `n * [x, ...]` (a list repeated).
fn repeated_display(e: &Expr) -> Option<&ast::ExprList> {
    let Expr::BinOp(b) = e else { return None };
    if b.op != ast::Operator::Mult {
        return None;
    }
    match (b.left.as_ref(), b.right.as_ref()) {
        (Expr::List(l), _) | (_, Expr::List(l)) => Some(l),
        _ => None,
    }
}

/// Whether `e` may read `name` (true for what it does not look into).
fn may_read(e: &Expr, name: &str) -> bool {
    match e {
        Expr::Name(n) => n.id.as_str() == name,
        Expr::Constant(_) => false,
        Expr::BinOp(b) => may_read(&b.left, name) || may_read(&b.right, name),
        Expr::UnaryOp(u) => may_read(&u.operand, name),
        Expr::List(l) => l.elts.iter().any(|x| may_read(x, name)),
        Expr::Tuple(t) => t.elts.iter().any(|x| may_read(x, name)),
        Expr::Subscript(s) => may_read(&s.value, name) || may_read(&s.slice, name),
        _ => true,
    }
}

/// What `list(...)` or `sorted(...)` is called on.
pub(in crate::sema) enum ListOf<'a> {
    /// `list()`: a new empty list.
    Nothing,
    /// `list(it)`, `sorted(it, reverse=r)`: the iterable.
    Iterable(&'a Expr),
}

/// `list(it)` (or `list()`) and `sorted(it, reverse=r)`: the iterable.
pub(in crate::sema) fn list_call(c: &ast::ExprCall) -> Option<ListOf<'_>> {
    match (c.func.as_ref(), c.args.as_slice()) {
        (Expr::Name(n), []) if n.id.as_str() == "list" && c.keywords.is_empty() => Some(ListOf::Nothing),
        (Expr::Name(n), [x]) if n.id.as_str() == "list" && c.keywords.is_empty() => Some(ListOf::Iterable(x)),
        (Expr::Name(n), [x]) if n.id.as_str() == "sorted" => Some(ListOf::Iterable(x)),
        _ => None,
    }
}

/// A helper's list parameters as list variables: their arity, and their
/// item types (the caller's) as fixed beliefs.
pub(in crate::sema) fn param_lists(
    params: &[(String, Vec<Scalar>)],
    types: &mut HashMap<String, Scalar>,
) -> HashMap<String, usize> {
    let mut lists = HashMap::new();
    for (name, items) in params {
        for (j, &t) in items.iter().enumerate() {
            types.insert(item_name(name, j), t);
        }
        lists.insert(name.clone(), items.len());
    }
    lists
}

impl Typer<'_> {
    /// The list variable `e` names, if it is one.
    pub(in crate::sema) fn list_name(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Name(n) if self.lists.contains_key(n.id.as_str()) || self.list_alias.contains_key(n.id.as_str()) => {
                Some(n.id.to_string())
            }
            _ => None,
        }
    }

    /// `del L[i]` (also `del L[i], M[j]`) of list names: `L.pop(i)` as a
    /// statement, which removes the same item and raises the same
    /// IndexError (CPython's message there is `list assignment index out
    /// of range`). A slice, or any other target, stays a diagnostic.
    pub(in crate::sema) fn list_del(&self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let Stmt::Delete(d) = stmt else { return None };
        let pop = |t: &Expr| match t {
            Expr::Subscript(s) if self.list_name(&s.value).is_some() => {
                let at = s.range;
                let Expr::Name(n) = s.value.as_ref() else { return None };
                if let Expr::Slice(x) = s.slice.as_ref() {
                    return del_slice(n.id.as_str(), x, at);
                }
                let call = crate::sema::sugar::method(n.id.as_str(), "pop", vec![(*s.slice).clone()], Vec::new(), at);
                Some(vec![Stmt::Expr(ast::StmtExpr { range: at, value: Box::new(call) })])
            }
            _ => None,
        };
        let parts: Option<Vec<Vec<Stmt>>> = d.targets.iter().map(pop).collect();
        Some(parts?.into_iter().flatten().collect())
    }

    /// `p, c = [-1], [-1]` (names bound to a tuple display holding a list
    /// display): one assignment per name, in order, when no value reads a
    /// target (so the order cannot matter); a tuple holding a list is not a
    /// value pycc has.
    pub(in crate::sema) fn list_pair_assign(&self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let Stmt::Assign(a) = stmt else { return None };
        let ([Expr::Tuple(t)], Expr::Tuple(v)) = (a.targets.as_slice(), a.value.as_ref()) else { return None };
        let names: Vec<&str> = t
            .elts
            .iter()
            .map(|e| match e {
                Expr::Name(n) => Some(n.id.as_str()),
                _ => None,
            })
            .collect::<Option<_>>()?;
        if names.len() != v.elts.len() || !v.elts.iter().any(is_list_display) {
            return None;
        }
        if v.elts.iter().any(|e| names.iter().any(|n| may_read(e, n))) {
            return None;
        }
        let one = |(target, value): (&Expr, &Expr)| {
            Stmt::Assign(ast::StmtAssign {
                range: a.range,
                targets: vec![target.clone()],
                value: Box::new(value.clone()),
                type_comment: None,
            })
        };
        Some(t.elts.iter().zip(&v.elts).map(one).collect())
    }

    /// `L[a:b] = v` / `L[a:b:k] = v` of a list name (`listslice`), `v`
    /// first copied into a new list as CPython's list_ass_subscript does.
    pub(in crate::sema) fn list_slice_store(&self, stmt: &Stmt, temps: &mut usize) -> Option<Vec<Stmt>> {
        let Stmt::Assign(a) = stmt else { return None };
        let [Expr::Subscript(s)] = a.targets.as_slice() else { return None };
        let (Expr::Name(n), Expr::Slice(x)) = (s.value.as_ref(), s.slice.as_ref()) else { return None };
        self.list_name(&s.value)?;
        let value = match a.value.as_ref() {
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) if elts.is_empty() => {
                None
            }
            Expr::Tuple(t) => {
                Some(Expr::List(ast::ExprList { range: t.range, elts: t.elts.clone(), ctx: ast::ExprContext::Load }))
            }
            Expr::List(l) => Some(Expr::List(l.clone())),
            v => Some(crate::sema::sugar::call("list", vec![v.clone()], v.range())),
        };
        Some(crate::sema::listslice::expand(n.id.as_str(), x, value, a.range, temps))
    }

    /// `L += v` and `L *= n` of a list name: CPython changes the list in
    /// place (every alias sees it), so `L += v` is `L.extend(v)` (a tuple
    /// display as the list of its items, any other iterable through
    /// `list(v)`) and `L *= n` is `L * n` computed first, then put back
    /// into the same list (`n <= 0` empties it).
    pub(in crate::sema) fn list_augassign(&self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        use crate::sema::sugar::{assign, expr_stmt, method, name};
        let Stmt::AugAssign(a) = stmt else { return None };
        let Expr::Name(n) = a.target.as_ref() else { return None };
        self.list_name(&a.target)?;
        let (l, r) = (n.id.as_str(), a.range);
        match a.op {
            ast::Operator::Add => {
                Some(vec![expr_stmt(method(l, "extend", vec![self.as_list_operand(&a.value)], Vec::new(), r))])
            }
            ast::Operator::Mult => {
                let tmp = format!("$listmul{}", u32::from(r.start()));
                let product = Expr::BinOp(ast::ExprBinOp {
                    range: r,
                    left: a.target.clone(),
                    op: ast::Operator::Mult,
                    right: a.value.clone(),
                });
                Some(vec![
                    assign(name(&tmp, r), product, r),
                    expr_stmt(method(l, "clear", Vec::new(), Vec::new(), r)),
                    expr_stmt(method(l, "extend", vec![name(&tmp, r)], Vec::new(), r)),
                ])
            }
            _ => None,
        }
    }

    /// `v` as a list `L.extend` takes: itself if a list, a tuple display
    /// as the list display of its items, else `list(v)` (a range, an
    /// array, a tuple variable: CPython's extend iterates any of them).
    fn as_list_operand(&self, v: &Expr) -> Expr {
        match v {
            v if self.is_list_expr(v) => v.clone(),
            Expr::Tuple(t) => {
                Expr::List(ast::ExprList { range: t.range, elts: t.elts.clone(), ctx: ast::ExprContext::Load })
            }
            v => crate::sema::sugar::call("list", vec![v.clone()], v.range()),
        }
    }

    /// `L.extend(v)` of a list name and anything but a list: `L.extend`
    /// of `as_list_operand(v)`.
    pub(in crate::sema) fn list_extend_iterable(&self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let Stmt::Expr(e) = stmt else { return None };
        let Expr::Call(c) = e.value.as_ref() else { return None };
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        let Expr::Name(n) = m.value.as_ref() else { return None };
        let [v] = c.args.as_slice() else { return None };
        if m.attr.as_str() != "extend" || !c.keywords.is_empty() || self.list_name(&m.value).is_none() {
            return None;
        }
        if self.is_list_expr(v) || matches!(v, Expr::Starred(_)) || self.is_strlist_expr(v) || self.is_str_expr(v) {
            return None;
        }
        let call =
            crate::sema::sugar::method(n.id.as_str(), "extend", vec![self.as_list_operand(v)], Vec::new(), c.range);
        Some(vec![crate::sema::sugar::expr_stmt(call)])
    }

    /// Whether assigning `e` to a name makes it a list.
    pub(in crate::sema) fn is_list_value(&self, e: &Expr) -> bool {
        self.is_list_expr(e)
    }

    /// The list variable `name` with its current item types (int64 for a
    /// part nothing has been put in yet: the fixed point settles it).
    pub(in crate::sema) fn list_ref(&mut self, name: &str) -> ListRef {
        let header = self.var(name);
        self.list_ref_at(name, header)
    }

    /// `list_ref` with the header in `header`.
    fn list_ref_at(&self, name: &str, header: Var) -> ListRef {
        let key = self.lkey(name);
        let k = self.arity_of(name).max(1);
        let items = (0..k).map(|j| self.types.get(&item_name(&key, j)).copied().unwrap_or(Scalar::I64)).collect();
        ListRef { name: name.to_string(), header, items }
    }

    /// The name whose `lists` entry and item beliefs are list `name`'s
    /// (itself, or for a temporary standing for `dp[i]`, `dp[]`).
    pub(in crate::sema) fn lkey(&self, name: &str) -> String {
        let mut n = name;
        while let Some(k) = self.list_alias.get(n) {
            n = k;
        }
        n.to_string()
    }

    /// The parts of list `name`'s items (0: not known yet).
    pub(in crate::sema) fn arity_of(&self, name: &str) -> usize {
        self.lists.get(&self.lkey(name)).copied().unwrap_or(0)
    }

    /// Whether list `name` holds lists (its items are the headers of
    /// lists whose types are those of `name[]`).
    pub(in crate::sema) fn nested(&self, name: &str) -> bool {
        self.lists.contains_key(&format!("{}[]", self.lkey(name)))
    }

    /// The types' name of the list `e` stands for without making anything:
    /// a list variable, or an item of a list of lists (`dp[i]`, `dp.pop()`).
    fn expr_key(&self, e: &Expr) -> Option<String> {
        let inner = |k: String| {
            let inner = format!("{k}[]");
            self.lists.contains_key(&inner).then_some(inner)
        };
        match e {
            Expr::Name(_) => self.list_name(e).map(|n| self.lkey(&n)),
            // A slice is a new list of the same item type.
            Expr::Subscript(s) if matches!(s.slice.as_ref(), Expr::Slice(_)) => self.expr_key(&s.value),
            Expr::Subscript(s) => inner(self.expr_key(&s.value)?),
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(a) if a.attr.as_str() == "pop" => inner(self.expr_key(&a.value)?),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `e` is a list: a variable, a display, or an item of a list
    /// of lists.
    pub(in crate::sema) fn is_list_expr(&self, e: &Expr) -> bool {
        self.is_new_list(e) || self.expr_key(e).is_some() || self.new_list_slice(e).is_some()
    }

    /// `[f(x) for x in xs][::-1]`: a slice of a list made in place (the
    /// new list, then its slice, both temporaries).
    fn new_list_slice<'e>(&self, e: &'e Expr) -> Option<(&'e Expr, &'e ast::ExprSlice)> {
        let Expr::Subscript(s) = e else { return None };
        let Expr::Slice(sl) = s.slice.as_ref() else { return None };
        self.is_new_list(&s.value).then_some((s.value.as_ref(), sl))
    }

    /// `a + b` of two lists, `a * n` / `n * a` of a list and a number
    /// (a repeated display of one item is `is_list_display`'s).
    pub(in crate::sema) fn is_list_concat(&self, e: &Expr) -> bool {
        let Expr::BinOp(b) = e else { return false };
        match b.op {
            ast::Operator::Add => self.is_list_expr(&b.left) && self.is_list_expr(&b.right),
            ast::Operator::Mult => !is_list_display(e) && (self.is_list_expr(&b.left) != self.is_list_expr(&b.right)),
            _ => false,
        }
    }

    /// A value that makes a new list: a display, a comprehension,
    /// `list(...)`, or a concatenation.
    pub(in crate::sema) fn is_new_list(&self, e: &Expr) -> bool {
        is_list_display(e) || self.is_list_concat(e)
    }

    /// A temporary list name sharing the types of `key`.
    fn alias_temp(&mut self, key: &str) -> String {
        let name = format!("$list{}", self.temps);
        self.temps += 1;
        self.list_alias.insert(name.clone(), key.to_string());
        self.note_assigned(&name, Scalar::I64);
        name
    }

    /// An item of the list of lists `outer` (`header`: the item, the inner
    /// list's header address) as a temporary list: its header set before
    /// the statement (after what the statement queued if it reads that).
    fn item_temp(&mut self, outer: &str, header: TExpr) -> String {
        let inner = format!("{}[]", self.lkey(outer));
        let temp = self.alias_temp(&inner);
        let var = self.var(&temp);
        let mut queued = Vec::new();
        self.pre.iter().for_each(|s| s.sets(&mut queued));
        let reads = |x: &TExpr| match &x.kind {
            TExprKind::Var(v) => queued.contains(v),
            TExprKind::ListLoad(l, ..) | TExprKind::ListLen(l) => queued.contains(&l.header),
            _ => false,
        };
        if any_node(&header, &reads) {
            self.pre.push(TStmt::Assign { var, value: header });
        } else {
            self.lets.push((var, header));
        }
        temp
    }

    /// Joins the types of the lists `a` and `b` (types' names), which are
    /// one list (or items of one list): their item types, and for lists of
    /// lists, their items' (`a[]`, `b[]`).
    fn link(&mut self, a: &str, b: &str, span: &Range<usize>) -> Option<()> {
        if a == b {
            return Some(());
        }
        // A list put into itself (`a.append(a)`, or two lists into each
        // other) would link its item type to itself one level deeper, forever.
        if a.matches("[]").count().max(b.matches("[]").count()) > MAX_LIST_DEPTH {
            self.errors.push(
                Diagnostic::error("a list that holds itself, or lists nested too deep, is not supported")
                    .at(span.clone(), "here")
                    .note(format!(
                        "pycc's lists of lists nest at most {MAX_LIST_DEPTH} levels and never contain themselves"
                    )),
            );
            return None;
        }
        let (an, bn) = (format!("{a}[]"), format!("{b}[]"));
        let (ka, kb) = (self.lists.get(a).copied().unwrap_or(0), self.lists.get(b).copied().unwrap_or(0));
        let (na, nb) = (self.lists.contains_key(&an), self.lists.contains_key(&bn));
        if (na && !nb && kb > 0) || (nb && !na && ka > 0) {
            return self.lists_and_numbers(span);
        }
        let k = ka.max(kb);
        self.join_shapes(a, b);
        self.lists.insert(a.to_string(), k);
        self.lists.insert(b.to_string(), k);
        for j in 0..k {
            for (x, y) in [(a, b), (b, a)] {
                if let Some(&t) = self.types.get(&item_name(x, j)) {
                    self.note_assigned(&item_name(y, j), t);
                }
            }
        }
        if self.dicts.contains_key(&an) || self.dicts.contains_key(&bn) {
            // Lists of dicts: their dicts' types are one (sema/containers/dictlists.rs).
            self.dicts.entry(an.clone()).or_insert((0, 0));
            self.dicts.entry(bn.clone()).or_insert((0, 0));
            self.link_dict(&an, &bn);
        }
        if na || nb {
            self.lists.entry(an.clone()).or_insert(0);
            self.lists.entry(bn.clone()).or_insert(0);
            return self.link(&an, &bn, span);
        }
        Some(())
    }

    fn lists_and_numbers<T>(&mut self, span: &Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error("a list cannot hold both lists and numbers")
                .at(span.clone(), "here")
                .note("a list's items have one type: numbers, tuples of numbers, or lists"),
        );
        None
    }

    /// `e` made into an item of list `name` (a number, a tuple, or a list)
    /// and put into its item type (see `put`).
    fn item_of(&mut self, name: &str, e: &Expr) -> Option<Vec<TExpr>> {
        let span = range(e);
        if !self.is_list_expr(e) {
            let parts = self.item_parts(name, e)?;
            return self.put_as(name, parts, &span, false);
        }
        let key = self.lkey(name);
        let inner = format!("{key}[]");
        if self.lists.get(&key).copied().unwrap_or(0) > 0 && !self.lists.contains_key(&inner) {
            return self.lists_and_numbers(&span);
        }
        self.lists.entry(inner.clone()).or_insert(0);
        self.list_spans.entry(inner.clone()).or_insert(span.clone());
        let header = if self.is_new_list(e) {
            let temp = self.alias_temp(&inner);
            let stmts = self.list_build(&temp, e)?;
            self.pre.extend(stmts);
            self.list_ref(&temp).header
        } else {
            let src = self.list_operand(e).done()?;
            let src_key = self.lkey(&src);
            self.link(&inner, &src_key, &span)?;
            self.list_ref(&src).header
        };
        self.put_as(name, vec![read(Scalar::I64, header, &span)], &span, true)
    }

    /// An item's parts: a number, or a tuple of numbers.
    pub(in crate::sema) fn item_parts(&mut self, name: &str, e: &Expr) -> Option<Vec<TExpr>> {
        if self.is_dict_value(e) {
            return self.dict_item_parts(name, e);
        }
        let v = self.value(e)?;
        if !matches!(v, Val::Dict(_)) && self.dict_items(name).is_some() {
            return self.dict_list_clash(name, range(e));
        }
        if !matches!(v, Val::Array(_)) && self.array_items(name).is_some() {
            return self.array_list_clash(name, &range(e));
        }
        match v {
            Val::Scalar(x) => Some(vec![x]),
            Val::Tuple(xs) => self.tuple_item_parts(name, xs, e),
            Val::Complex(..) => self.list_item_error(e, "complex numbers"),
            Val::Array(r) => self.array_item_parts(name, r, e),
            Val::List(_) => self.list_item_error(e, "lists"),
            Val::Dict(d) => self.dict_val_item(name, d, e),
        }
    }

    pub(in crate::sema) fn list_item_error<T>(&mut self, e: &Expr, what: &str) -> Option<T> {
        self.errors.push(
            Diagnostic::error(format!("a list of {what} is not supported yet"))
                .at(range(e), "put into a list")
                .note("pycc's lists hold numbers (int, float, bool) or tuples of numbers"),
        );
        None
    }

    /// Puts `parts` (an item) into list `name`'s item type: the arity is
    /// fixed by the first item, the types joined; the parts come back cast
    /// to the list's current item types.
    pub(in crate::sema) fn put(&mut self, name: &str, parts: Vec<TExpr>, span: &Range<usize>) -> Option<Vec<TExpr>> {
        self.put_as(name, parts, span, false)
    }

    /// `put` of a number or tuple (`list` false) or of a list's header
    /// (`list` true: `name` is a list of lists).
    fn put_as(&mut self, name: &str, parts: Vec<TExpr>, span: &Range<usize>, list: bool) -> Option<Vec<TExpr>> {
        let key = self.lkey(name);
        if !list && self.nested(name) {
            return self.lists_and_numbers(span);
        }
        let k = self.arity_of(name);
        if k != 0 && k != parts.len() {
            let what = |n: usize| if n == 1 { "numbers".to_string() } else { format!("tuples of length {n}") };
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` is a list of {}; this puts {} into it",
                    what(k),
                    what(parts.len())
                ))
                .at(span.clone(), "a different kind of item")
                .note("a list's items have one type"),
            );
            return None;
        }
        self.lists.insert(key.clone(), parts.len());
        if k != 0 && self.index.get(name).is_some_and(|&v| v < self.nparams) {
            // The caller's list: its item types are the caller's (unless
            // it came with none: sema/containers/listpass.rs).
            let l = self.list_ref(name);
            if let Some(p) = parts.iter().zip(&l.items).find(|(p, &t)| join(p.ty, t) != t).map(|(p, _)| p) {
                self.errors.push(
                    Diagnostic::error(format!(
                        "`{name}` is the caller's list of {}; a {} cannot be put into it",
                        l.items.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", "),
                        p.ty
                    ))
                    .at(span.clone(), "changes the item type")
                    .note("make the caller's list hold this type (numba's lists keep one item type)"),
                );
                return None;
            }
        }
        self.lists.insert(key.clone(), parts.len());
        for (j, p) in parts.iter().enumerate() {
            self.note_assigned(&item_name(&key, j), p.ty);
        }
        let l = self.list_ref(name);
        Some(parts.into_iter().zip(l.items).map(|(p, t)| cast(p, t)).collect())
    }

    /// Binds the list `l` (a helper's result) to `name`.
    pub(in crate::sema) fn bind_list(
        &mut self,
        name: &str,
        l: ListRef,
        span: Range<usize>,
    ) -> Option<Vec<(Var, TExpr)>> {
        if self.arrays.contains_key(name)
            || self.arity.contains_key(name)
            || self.complex.contains(name)
            || (self.types.contains_key(name) && !self.lists.contains_key(name))
        {
            self.clashes.push(name.to_string());
            self.errors.push(
                Diagnostic::error(format!("`{name}` holds another kind of value; it cannot also hold a list"))
                    .at(span, "assigns a list")
                    .note("one variable keeps one kind of value"),
            );
            return None;
        }
        let src = self.lkey(&l.name);
        if self.lists.contains_key(&src) {
            self.lists.entry(name.to_string()).or_insert(0);
            self.link(name, &src, &span)?;
        } else {
            self.lists.insert(name.to_string(), l.items.len());
            for (j, &t) in l.items.iter().enumerate() {
                self.note_assigned(&item_name(name, j), t);
            }
            // A helper's list of arrays (sema/containers/arraylists.rs's array_list_call).
            if let Some(shape) = self.list_shapes.get(&src).cloned() {
                self.list_shapes.insert(name.to_string(), shape);
                let from = self.array_sources.get(&format!("{src}[]")).cloned().unwrap_or_default();
                self.array_sources.entry(format!("{name}[]")).or_default().extend(from);
            }
        }
        self.list_spans.entry(name.to_string()).or_insert(span.clone());
        self.note_assigned(name, Scalar::I64);
        let var = self.var(name);
        Some(vec![(var, read(Scalar::I64, l.header, &span))])
    }

    /// `name = <list value>`: a new list (a display or comprehension) or
    /// another list variable (then both names are one list).
    pub(in crate::sema) fn list_assign(&mut self, name: &str, value: &Expr, span: Range<usize>) -> Option<TStmt> {
        if self.arrays.contains_key(name) || self.arity.contains_key(name) || self.complex.contains(name) {
            self.clashes.push(name.to_string());
            self.errors.push(
                Diagnostic::error(format!("`{name}` holds another kind of value; it cannot also hold a list"))
                    .at(span, "assigns a list")
                    .note("one variable keeps one kind of value"),
            );
            return None;
        }
        let param = self.index.get(name).is_some_and(|&v| v < self.nparams);
        if (param || self.types.contains_key(name)) && !self.lists.contains_key(name) {
            self.clashes.push(name.to_string());
            self.errors.push(
                Diagnostic::error(format!("`{name}` holds a number; it cannot also hold a list"))
                    .at(span, "assigns a list")
                    .note("one variable keeps one kind of value"),
            );
            return None;
        }
        self.lists.entry(name.to_string()).or_insert(0);
        self.list_spans.entry(name.to_string()).or_insert(span.clone());
        self.note_assigned(name, Scalar::I64);
        // `a = a + [x]` reads `a` while the new list is made: a temporary.
        let value_owned;
        let value = if self.is_list_concat(value) && !name.starts_with("$list") && may_read(value, name) {
            let temp = self.list_temp(value)?;
            let r = value.range();
            value_owned =
                Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(temp), ctx: ast::ExprContext::Load });
            &value_owned
        } else {
            value
        };
        if !self.is_new_list(value) {
            // One list, two names: their item types are one.
            let src = self.list_operand(value).done()?;
            let src_key = self.lkey(&src);
            self.link(name, &src_key, &span)?;
            let from = self.list_ref(&src).header;
            let to = self.var(name);
            return Some(TStmt::Assign { var: to, value: read(Scalar::I64, from, &range(value)) });
        }
        let stmts = self.list_build(name, value)?;
        Some(TStmt::Seq(stmts))
    }

    /// The statements that make list `name` from a display, `[x] * n` or a
    /// comprehension.
    fn list_build(&mut self, name: &str, value: &Expr) -> Option<Vec<TStmt>> {
        let span = range(value);
        match value {
            Expr::List(l) => {
                let mut items = Vec::new();
                let (mut ends, mut pre_ends) = (vec![self.lets.len()], vec![self.pre.len()]);
                for e in &l.elts {
                    if matches!(e, Expr::Starred(_)) {
                        self.unsupported(range(e), "starred items in a list are");
                        return None;
                    }
                    let values = self.item_of(name, e)?;
                    items.push(Val::Tuple(values.into_iter().map(Val::Scalar).collect()));
                    ends.push(self.lets.len());
                    pre_ends.push(self.pre.len());
                }
                // Items before one that queued statements run before them, in
                // Python's order (`[k // d, int(-inf) * np.sum(e)]`: the
                // ZeroDivisionError first, exprtree seed 705).
                self.keep_order(&mut items, &ends, &pre_ends);
                let items: Vec<Vec<TExpr>> = items.into_iter().map(|v| v.flat(&span)).collect();
                let list = self.list_ref(name);
                let mut out = vec![TStmt::ListNew { list: list.clone(), len: int(items.len() as i128, &span), span }];
                for (i, values) in items.into_iter().enumerate() {
                    let list = self.list_ref(name);
                    out.push(TStmt::ListStore { list, index: int(i as i128, &range(&l.elts[i])), values });
                }
                Some(out)
            }
            Expr::BinOp(b) if self.is_list_concat(value) || !is_list_display(value) => self.list_concat(name, b),
            Expr::BinOp(b) => {
                let ((Expr::List(l), count) | (count, Expr::List(l))) = (b.left.as_ref(), b.right.as_ref()) else {
                    unreachable!("is_list_display checked")
                };
                let [elt] = l.elts.as_slice() else {
                    return self.list_concat(name, b);
                };
                let n = self.expr(count)?;
                if !matches!(n.ty, Scalar::Int { .. } | Scalar::Bool) {
                    self.errors.push(
                        Diagnostic::error("a list can only be repeated an integer number of times")
                            .at(n.span.clone(), "not an integer"),
                    );
                    return None;
                }
                let n = cast(n, Scalar::I64);
                let values = self.item_of(name, elt)?;
                let zero = values.iter().all(|v| match v.kind {
                    TExprKind::Const(ConstValue::Int(0)) | TExprKind::Const(ConstValue::Bool(false)) => true,
                    TExprKind::Const(ConstValue::Float(f)) => f.to_bits() == 0,
                    _ => false,
                });
                // Each part once, before the list is made.
                let mut out = Vec::new();
                let mut reads = Vec::new();
                for v in values {
                    let t = self.fresh("item", v.ty);
                    reads.push(read(v.ty, t, &span));
                    out.push(TStmt::Assign { var: t, value: v });
                }
                let list = self.list_ref(name);
                out.push(TStmt::ListNew { list: list.clone(), len: n.clone(), span: span.clone() });
                if !zero {
                    // The runtime zeroes new items: a zero needs no loop.
                    let i = self.fresh("i", Scalar::I64);
                    let store = TStmt::ListStore { list, index: read(Scalar::I64, i, &span), values: reads };
                    out.push(TStmt::For {
                        var: i,
                        start: int(0, &span),
                        stop: n,
                        step: int(1, &span),
                        body: vec![store],
                        orelse: Vec::new(),
                    });
                }
                Some(out)
            }
            Expr::ListComp(c) => self.list_comprehension(name, c),
            Expr::Call(c) => {
                // `list(it)`: `[x for x in it]` (every iterable a loop takes).
                let Some(ListOf::Iterable(it)) = list_call(c) else {
                    let list = self.list_ref(name);
                    return Some(vec![TStmt::ListNew { list, len: int(0, &span), span }]);
                };
                let x = format!("$x{}", self.temps);
                self.temps += 1;
                let r = c.range;
                let comp = crate::sema::sugar::list_comp(crate::sema::sugar::name(&x, r), &x, it.clone(), r);
                let mut out = self.list_comprehension(name, &comp)?;
                if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "sorted") {
                    out.push(self.list_sort(name, c, span)?);
                }
                Some(out)
            }
            _ => unreachable!("is_list_value checked"),
        }
    }

    /// `a + b` (a's items, then b's) or `a * n` (a's items n times, none
    /// for n <= 0) as the new list `name`.
    fn list_concat(&mut self, name: &str, b: &ast::ExprBinOp) -> Option<Vec<TStmt>> {
        let span = range(b);
        let list = self.list_ref(name);
        let mut out = vec![TStmt::ListNew { list, len: int(0, &span), span: span.clone() }];
        if b.op == ast::Operator::Add {
            out.push(self.list_extend(name, &b.left, span.clone())?);
            out.push(self.list_extend(name, &b.right, span)?);
            return Some(out);
        }
        let (seq, count) = if self.is_list_expr(&b.left) { (&b.left, &b.right) } else { (&b.right, &b.left) };
        let n = self.expr(count)?;
        if !matches!(n.ty, Scalar::Int { .. } | Scalar::Bool) {
            self.errors.push(
                Diagnostic::error("a list can only be repeated an integer number of times")
                    .at(n.span.clone(), "not an integer"),
            );
            return None;
        }
        // The source once (a display is made before the statement), then
        // its items appended n times.
        let src = self.list_operand(seq).done()?;
        let src_expr =
            Expr::Name(ast::ExprName { range: b.range, id: ast::Identifier::new(src), ctx: ast::ExprContext::Load });
        let times = self.fresh("n", Scalar::I64);
        out.push(TStmt::Assign { var: times, value: cast(n, Scalar::I64) });
        let r = self.fresh("r", Scalar::I64);
        let body = vec![self.list_extend(name, &src_expr, span.clone())?];
        out.push(TStmt::For {
            var: r,
            start: int(0, &span),
            stop: read(Scalar::I64, times, &span),
            step: int(1, &span),
            body,
            orelse: Vec::new(),
        });
        Some(out)
    }

    /// `body` inside a comprehension's loops and conditions, as `for` and
    /// `if` statements (innermost generator last), for list and dict
    /// comprehensions alike.
    pub(in crate::sema) fn comprehension_loops(
        &mut self,
        generators: &[ast::Comprehension],
        r: rustpython_parser::text_size::TextRange,
        mut body: Vec<Stmt>,
        span: &Range<usize>,
    ) -> Option<Vec<Stmt>> {
        for g in generators.iter().rev() {
            if g.is_async {
                self.unsupported(span.clone(), "async comprehensions are")?;
                return None;
            }
            for cond in g.ifs.iter().rev() {
                body = vec![Stmt::If(ast::StmtIf {
                    range: cond.range(),
                    test: Box::new(cond.clone()),
                    body,
                    orelse: Vec::new(),
                })];
            }
            body = vec![Stmt::For(ast::StmtFor {
                range: r,
                target: Box::new(g.target.clone()),
                iter: Box::new(g.iter.clone()),
                body,
                orelse: Vec::new(),
                type_comment: None,
            })];
        }
        Some(body)
    }

    /// `[elt for v in it if cond ...]`: an empty list, then the loops (as
    /// `for` statements, so every iterable a loop takes) appending. The
    /// loop variables are locals of the function (pycc has one scope).
    fn list_comprehension(&mut self, name: &str, c: &ast::ExprListComp) -> Option<Vec<TStmt>> {
        let span = range(c);
        let r = c.range;
        let target =
            Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(name), ctx: ast::ExprContext::Load });
        let append = Expr::Call(ast::ExprCall {
            range: r,
            func: Box::new(Expr::Attribute(ast::ExprAttribute {
                range: r,
                value: Box::new(target),
                attr: ast::Identifier::new("append"),
                ctx: ast::ExprContext::Load,
            })),
            args: vec![(*c.elt).clone()],
            keywords: Vec::new(),
        });
        let body = vec![Stmt::Expr(ast::StmtExpr { range: c.elt.range(), value: Box::new(append) })];
        let body = self.comprehension_loops(&c.generators, c.range, body, &span)?;
        let list = self.list_ref(name);
        let mut out = vec![TStmt::ListNew { list, len: int(0, &span), span }];
        // The loops' own lets and queued statements stay inside them.
        let lets = std::mem::take(&mut self.lets);
        out.extend(self.block(&body));
        self.lets = lets;
        Some(out)
    }

    /// A list display or comprehension used as a value (`[0, 1][i]`,
    /// `sum([...])`): made into a temporary list before the statement.
    fn list_temp(&mut self, e: &Expr) -> Option<String> {
        let name = format!("$list{}", self.temps);
        self.temps += 1;
        let stmt = self.list_assign(&name, e, range(e))?;
        self.pre.push(stmt);
        Some(name)
    }

    /// The list an expression stands for: a list variable, or a display
    /// made into a temporary.
    pub(in crate::sema) fn list_operand(&mut self, e: &Expr) -> Claim<String> {
        if let Some(n) = self.list_name(e) {
            return Claim::Done(n);
        }
        if self.is_new_list(e) {
            return Claim::checked(self.list_temp(e));
        }
        let span = range(e);
        if let Some((value, sl)) = self.new_list_slice(e) {
            return self.list_operand(value).and_then(|src| self.list_slice(&src, sl, span));
        }
        or_not_mine!(self.expr_key(e));
        match e {
            Expr::Subscript(s) if matches!(s.slice.as_ref(), Expr::Slice(_)) => {
                let Expr::Slice(sl) = s.slice.as_ref() else { return Claim::NotMine };
                self.list_operand(&s.value).and_then(|src| self.list_slice(&src, sl, span))
            }
            // `dp[i]`: a temporary list whose header is the item.
            Expr::Subscript(s) => {
                let outer = mine!(self.list_operand(&s.value));
                let Some(index) = self.list_index(&s.slice) else { return Claim::Failed };
                let list = self.list_ref(&outer);
                let item = TExpr { ty: Scalar::I64, kind: TExprKind::ListLoad(list, 0, Box::new(index)), span };
                Claim::Done(self.item_temp(&outer, item))
            }
            // `stack.pop()`: the removed item's header.
            Expr::Call(c) => {
                let Expr::Attribute(a) = c.func.as_ref() else { return Claim::NotMine };
                let outer = mine!(self.list_operand(&a.value));
                let Some((stmt, mut parts)) = self.list_pop(&outer, c, span) else { return Claim::Failed };
                self.pre.push(stmt);
                let item = or_not_mine!(parts.pop());
                Claim::Done(self.item_temp(&outer, item))
            }
            _ => Claim::NotMine,
        }
    }

    /// `L[a:b:c]`: a new list of those items (CPython's slice indices), as
    /// a temporary list of L's item type, made before the statement.
    fn list_slice(&mut self, src: &str, sl: &ast::ExprSlice, span: Range<usize>) -> Option<String> {
        let from = self.list_ref(src);
        let n = self.fresh("n", Scalar::I64);
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(from.clone()), span: span.clone() };
        self.pre.push(TStmt::Assign { var: n, value: len });
        let (first, count, step) = self.slice_indices(sl, read(Scalar::I64, n, &span))?;
        let key = self.lkey(src);
        let temp = self.alias_temp(&key);
        let list = self.list_ref(&temp);
        let count = {
            let c = self.fresh("count", Scalar::I64);
            self.pre.push(TStmt::Assign { var: c, value: count });
            read(Scalar::I64, c, &span)
        };
        self.pre.push(TStmt::ListNew { list: list.clone(), len: count.clone(), span: span.clone() });
        let k = self.fresh("k", Scalar::I64);
        let kk = read(Scalar::I64, k, &span);
        let bin = |op, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::I64,
            kind: TExprKind::Binary(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let at = bin(BinOp::Add, first, bin(BinOp::Mul, kk.clone(), step));
        let body = vec![TStmt::ListStore { list, index: kk, values: Self::load_item(&from, &at) }];
        self.pre.push(TStmt::For {
            var: k,
            start: int(0, &span),
            stop: count,
            step: int(1, &span),
            body,
            orelse: Vec::new(),
        });
        Some(temp)
    }

    /// `a, b = lst`: the length checked as CPython does (ValueError), then
    /// the items.
    pub(in crate::sema) fn unpack_list(
        &mut self,
        l: ListRef,
        n: usize,
        span: Range<usize>,
    ) -> Option<(TStmt, Vec<Val>)> {
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(l.clone()), span: span.clone() };
        let cmp = |op, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let raise = |message: String| TStmt::Raise { exception: "ValueError".into(), message, span: span.clone() };
        let mut why = vec![TStmt::If {
            cond: cmp(CmpOp::Gt, len.clone(), int(n as i128, &span)),
            then: vec![raise(format!("too many values to unpack (expected {n})"))],
            orelse: Vec::new(),
        }];
        for k in 0..n {
            why.push(TStmt::If {
                cond: cmp(CmpOp::Eq, len.clone(), int(k as i128, &span)),
                then: vec![raise(format!("not enough values to unpack (expected {n}, got {k})"))],
                orelse: Vec::new(),
            });
        }
        let mut check = TStmt::If { cond: cmp(CmpOp::Ne, len, int(n as i128, &span)), then: why, orelse: Vec::new() };
        // An array item is read into a variable before the statement (in
        // `pre`): the length check goes first, so no read is past the end.
        if self.array_items(&l.name).is_some() {
            self.pre.push(std::mem::replace(&mut check, TStmt::Seq(Vec::new())));
        }
        let mut values = Vec::new();
        for k in 0..n {
            let parts: Vec<TExpr> = (0..l.items.len())
                .map(|j| {
                    let kind = TExprKind::ListLoad(l.clone(), j, Box::new(int(k as i128, &span)));
                    TExpr { ty: l.items[j], kind, span: span.clone() }
                })
                .collect();
            // An array, a nested tuple or a number, as `L[k]` reads it.
            values.push(self.list_item_val(&l.name, parts)?);
        }
        Some((check, values))
    }

    /// `L.append(x)` and `L.pop(...)` as a statement.
    pub(in crate::sema) fn list_method_stmt(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Claim<TStmt> {
        let Expr::Attribute(a) = c.func.as_ref() else { return Claim::NotMine };
        let name = mine!(self.list_operand(&a.value));
        let m = a.attr.as_str();
        if matches!(m, "sort" | "remove" | "index" | "count" | "extend")
            && !self.no_dict_items(&name, &format!("{m}() of"), &span)
        {
            return Claim::Failed;
        }
        match (a.attr.as_str(), c.args.as_slice()) {
            ("append", [x]) if c.keywords.is_empty() => {
                let values = self.item_of(&name, x);
                let list = self.list_ref(&name);
                Claim::checked(values.map(|values| TStmt::ListAppend { list, values, span }))
            }
            ("pop", _) => Claim::checked(self.list_pop(&name, c, span).map(|(s, _)| s)),
            ("reverse", []) if c.keywords.is_empty() => Claim::Done(self.list_reverse(&name, span)),
            ("extend", [x]) if c.keywords.is_empty() => Claim::checked(self.list_extend(&name, x, span)),
            ("insert", [i, x]) if c.keywords.is_empty() => Claim::checked(self.list_insert(&name, i, x, span)),
            ("sort", []) => Claim::checked(self.list_sort(&name, c, span)),
            ("remove", [x]) if c.keywords.is_empty() => Claim::checked(self.list_remove(&name, x, span)),
            ("clear", []) if c.keywords.is_empty() => Claim::Done(self.list_clear(&name, span)),
            ("index" | "count", [x]) if c.keywords.is_empty() => {
                // For its effect (ValueError when absent): the value is dropped.
                let value = or_reported!(self, self.list_value_method(&name, a.attr.as_str(), x, span.clone()));
                let sink = self.fresh("dropped", value.ty);
                Claim::Done(TStmt::Assign { var: sink, value })
            }
            _ => Claim::checked(self.list_method_error(a, span)),
        }
    }

    /// `L.index(x)` and `L.count(x)` of a list of numbers, searched before
    /// the statement as CPython's list_index/list_count: items compared
    /// with `==` in order; index raises ValueError (`3 is not in list`).
    fn list_value_method(&mut self, name: &str, m: &str, x: &Expr, span: Range<usize>) -> Option<TExpr> {
        if !self.no_dict_items(name, &format!("{m}() of"), &span) {
            return None;
        }
        let (needle, i) = self.list_search(name, x, &span)?;
        let out = self.fresh(m, Scalar::I64);
        let one = |v: i128| int(v, &span);
        let bin = |op, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::I64,
            kind: TExprKind::Binary(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        // `remove` searches as `index` does, with its own error.
        let (init, on_hit) = if m == "count" {
            (one(0), vec![TStmt::Assign { var: out, value: bin(BinOp::Add, read(Scalar::I64, out, &span), one(1)) }])
        } else {
            (one(-1), vec![TStmt::Assign { var: out, value: read(Scalar::I64, i.var, &span) }, TStmt::Break])
        };
        self.pre.push(TStmt::Assign { var: out, value: init });
        self.pre.push(i.loop_with(on_hit));
        if m != "count" {
            let missing = TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Compare(CmpOp::Lt, Box::new(read(Scalar::I64, out, &span)), Box::new(one(0))),
                span: span.clone(),
            };
            let fail = match m {
                "index" if self.tuple_index_calls.contains(&span.start) => TStmt::Raise {
                    exception: "ValueError".into(),
                    message: "tuple.index(x): x not in tuple".into(),
                    span: span.clone(),
                },
                "index" => self.not_in_list(needle, &span),
                _ => TStmt::Raise {
                    exception: "ValueError".into(),
                    message: "list.remove(x): x not in list".into(),
                    span: span.clone(),
                },
            };
            self.pre.push(TStmt::If { cond: missing, then: vec![fail], orelse: Vec::new() });
        }
        Some(read(Scalar::I64, out, &span))
    }

    /// `L.remove(x)`: the first item equal to `x` popped (ValueError when
    /// there is none).
    fn list_remove(&mut self, name: &str, x: &Expr, span: Range<usize>) -> Option<TStmt> {
        // The search runs before the statement (`pre`), the pop is it.
        let at = self.list_value_method(name, "remove", x, span.clone())?;
        let list = self.list_ref(name);
        let vars = list.items.iter().map(|&t| self.fresh("removed", t)).collect();
        Some(TStmt::ListPop { list, index: Some(at), vars, span })
    }

    /// `L.clear()`: every item popped from the end (O(1) each).
    fn list_clear(&mut self, name: &str, span: Range<usize>) -> TStmt {
        let list = self.list_ref(name);
        let mut out = Vec::new();
        let n = self.len_var(&list, &span, &mut out);
        let k = self.fresh("k", Scalar::I64);
        let vars = list.items.iter().map(|&t| self.fresh("cleared", t)).collect();
        let body = vec![TStmt::ListPop { list, index: None, vars, span: span.clone() }];
        out.push(TStmt::For { var: k, start: int(0, &span), stop: n, step: int(1, &span), body, orelse: Vec::new() });
        TStmt::Seq(out)
    }

    fn len_var(&mut self, list: &ListRef, span: &Range<usize>, out: &mut Vec<TStmt>) -> TExpr {
        let n = self.fresh("n", Scalar::I64);
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list.clone()), span: span.clone() };
        out.push(TStmt::Assign { var: n, value: len });
        read(Scalar::I64, n, span)
    }

    /// The parts of item `index` of `list`.
    fn load_item(list: &ListRef, index: &TExpr) -> Vec<TExpr> {
        (0..list.items.len())
            .map(|j| TExpr {
                ty: list.items[j],
                kind: TExprKind::ListLoad(list.clone(), j, Box::new(index.clone())),
                span: index.span.clone(),
            })
            .collect()
    }

    /// `L.reverse()`: items k and n - 1 - k swapped for k < n // 2.
    fn list_reverse(&mut self, name: &str, span: Range<usize>) -> TStmt {
        let list = self.list_ref(name);
        let mut out = Vec::new();
        let n = self.len_var(&list, &span, &mut out);
        let k = self.fresh("k", Scalar::I64);
        let bin = |op, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::I64,
            kind: TExprKind::Binary(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let kk = read(Scalar::I64, k, &span);
        let j = bin(BinOp::Sub, bin(BinOp::Sub, n.clone(), int(1, &span)), kk.clone());
        let mut body = Vec::new();
        let mut saved = Vec::new();
        for (p, &t) in Self::load_item(&list, &kk).into_iter().zip(&list.items) {
            let v = self.fresh("swap", t);
            body.push(TStmt::Assign { var: v, value: p });
            saved.push(read(t, v, &span));
        }
        body.push(TStmt::ListStore { list: list.clone(), index: kk, values: Self::load_item(&list, &j) });
        body.push(TStmt::ListStore { list, index: j, values: saved });
        let half = bin(BinOp::FloorDiv, n, int(2, &span));
        out.push(TStmt::For {
            var: k,
            start: int(0, &span),
            stop: half,
            step: int(1, &span),
            body,
            orelse: Vec::new(),
        });
        TStmt::Seq(out)
    }

    /// `L.extend(M)` of a list `M`: its items (as many as it has before:
    /// `L.extend(L)` doubles) appended in order.
    fn list_extend(&mut self, name: &str, x: &Expr, span: Range<usize>) -> Option<TStmt> {
        if !self.is_list_expr(x) {
            self.unsupported(range(x), "extend() with anything but a list is")?;
            return None;
        }
        let src = self.list_operand(x).done()?;
        let nested = self.nested(&src);
        if nested {
            let key = self.lkey(name);
            let inner = format!("{key}[]");
            if self.lists.get(&key).copied().unwrap_or(0) > 0 && !self.lists.contains_key(&inner) {
                return self.lists_and_numbers(&span);
            }
            self.lists.entry(inner.clone()).or_insert(0);
            let src_inner = format!("{}[]", self.lkey(&src));
            self.link(&inner, &src_inner, &span)?;
        }
        let from = self.list_ref(&src);
        let mut out = Vec::new();
        // numba's extend changes the list (its dirty flag) even when empty.
        let header = read(Scalar::I64, self.list_ref(name).header, &span);
        let touched = self.fresh("touched", Scalar::I64);
        let call = TExpr { ty: Scalar::I64, kind: TExprKind::Runtime(LIST_TOUCH_FN, vec![header]), span: span.clone() };
        out.push(TStmt::Assign { var: touched, value: call });
        let n = self.len_var(&from, &span, &mut out);
        let k = self.fresh("k", Scalar::I64);
        let parts = Self::load_item(&from, &read(Scalar::I64, k, &span));
        let values = self.put_as(name, parts, &span, nested)?;
        let list = self.list_ref(name);
        let body = vec![TStmt::ListAppend { list, values, span: span.clone() }];
        out.push(TStmt::For { var: k, start: int(0, &span), stop: n, step: int(1, &span), body, orelse: Vec::new() });
        Some(TStmt::Seq(out))
    }

    /// `L.insert(i, x)`: CPython's index clamping (from the end if
    /// negative, then into 0..=len), the items from i on moved up one.
    fn list_insert(&mut self, name: &str, i: &Expr, x: &Expr, span: Range<usize>) -> Option<TStmt> {
        let index = self.list_index(i)?;
        let mut out = Vec::new();
        let iv = self.fresh("at", Scalar::I64);
        out.push(TStmt::Assign { var: iv, value: index });
        let values = self.item_of(name, x)?;
        let list = self.list_ref(name);
        let mut vals = Vec::new();
        for v in values {
            let t = self.fresh("item", v.ty);
            vals.push(read(v.ty, t, &span));
            out.push(TStmt::Assign { var: t, value: v });
        }
        let n = self.len_var(&list, &span, &mut out);
        let at = read(Scalar::I64, iv, &span);
        let bin = |op, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::I64,
            kind: TExprKind::Binary(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let cmp = |op, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let set = |v: TExpr| TStmt::Assign { var: iv, value: v };
        out.push(TStmt::If {
            cond: cmp(CmpOp::Lt, at.clone(), int(0, &span)),
            then: vec![
                set(bin(BinOp::Add, at.clone(), n.clone())),
                TStmt::If {
                    cond: cmp(CmpOp::Lt, at.clone(), int(0, &span)),
                    then: vec![set(int(0, &span))],
                    orelse: Vec::new(),
                },
            ],
            orelse: Vec::new(),
        });
        out.push(TStmt::If {
            cond: cmp(CmpOp::Gt, at.clone(), n.clone()),
            then: vec![set(n.clone())],
            orelse: Vec::new(),
        });
        out.push(TStmt::ListAppend { list: list.clone(), values: vals.clone(), span: span.clone() });
        let t = self.fresh("k", Scalar::I64);
        let k = bin(BinOp::Sub, n.clone(), read(Scalar::I64, t, &span));
        let prev = bin(BinOp::Sub, k.clone(), int(1, &span));
        let body = vec![TStmt::ListStore { list: list.clone(), index: k, values: Self::load_item(&list, &prev) }];
        let count = bin(BinOp::Sub, n, at.clone());
        out.push(TStmt::For {
            var: t,
            start: int(0, &span),
            stop: count,
            step: int(1, &span),
            body,
            orelse: Vec::new(),
        });
        out.push(TStmt::ListStore { list, index: at, values: vals });
        Some(TStmt::Seq(out))
    }

    /// `L.sort()` / `L.sort(reverse=flag)` of numbers or tuples of numbers:
    /// the runtime's stable merge sort by CPython's `<`.
    fn list_sort(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        if !self.no_array_items(name, "sort() of", &span) {
            return None;
        }
        let key = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "key"));
        if let Some(k) = key.filter(|k| !crate::sema::optional::is_none(&k.value)) {
            return self.list_sort_key(name, c, &k.value);
        }
        let mut reverse =
            TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: span.clone() };
        for k in &c.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("reverse") => {
                    let r = self.condition(&k.value)?;
                    reverse = r;
                }
                Some("key") => {}
                _ => {
                    self.unsupported(range(&k.value), "sort() keywords other than key= and reverse= are")?;
                    return None;
                }
            }
        }
        let list = self.list_ref(name);
        if self.nested(name) || list.items.len() > 8 {
            self.unsupported(span, "sorting a list of lists (or of tuples longer than 8) is")?;
            return None;
        }
        let mut kinds: i64 = 0;
        for (j, t) in list.items.iter().enumerate() {
            let code = match *t {
                Scalar::Int { bits, signed: true } => 0x10 | (bits / 8) as i64,
                Scalar::Int { bits, signed: false } => 0x20 | (bits / 8) as i64,
                Scalar::Float { bits } => 0x30 | (bits / 8) as i64,
                Scalar::Bool => 0x41,
            };
            kinds |= code << (8 * j);
        }
        let header = read(Scalar::I64, list.header, &span);
        let args = vec![header, int(kinds as i128, &span), cast(reverse, Scalar::I64)];
        let done = self.fresh("sorted", Scalar::I64);
        let call = TExpr { ty: Scalar::I64, kind: TExprKind::Runtime(LIST_SORT_FN, args), span };
        Some(TStmt::Assign { var: done, value: call })
    }

    fn list_method_error<T>(&mut self, a: &ast::ExprAttribute, span: Range<usize>) -> Option<T> {
        self.list_method_error_named(a.attr.as_str(), span)
    }

    fn list_method_error_named<T>(&mut self, m: &str, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error(format!("the list method `{m}` is not supported yet (or not with these arguments)")).at(span, "here").note(
                "pycc's lists support append(x), pop() and pop(i), extend(list), insert(i, x), remove(x), index(x), count(x), clear(), reverse(), sort(), len(), indexing, iteration, sum/min/max and `in`",
            ),
        );
        None
    }

    /// `L.pop()` / `L.pop(i)`: the statement and the removed item's parts.
    fn list_pop(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<(TStmt, Vec<TExpr>)> {
        let index = match (c.args.as_slice(), c.keywords.is_empty()) {
            ([], true) => None,
            ([i], true) => {
                let i = self.expr(i)?;
                if !matches!(i.ty, Scalar::Int { .. } | Scalar::Bool) {
                    self.errors
                        .push(Diagnostic::error("list indices must be integers").at(i.span.clone(), "not an integer"));
                    return None;
                }
                Some(cast(i, Scalar::I64))
            }
            _ => {
                self.errors.push(Diagnostic::error("pop() takes at most one argument, an index").at(span, "here"));
                return None;
            }
        };
        let list = self.list_ref(name);
        let mut vars = Vec::new();
        let mut reads = Vec::new();
        for &t in &list.items {
            let v = self.fresh("pop", t);
            vars.push(v);
            reads.push(read(t, v, &span));
        }
        Some((TStmt::ListPop { list, index, vars, span }, reads))
    }

    /// A list index: an int64 expression.
    fn list_index(&mut self, e: &Expr) -> Option<TExpr> {
        if let Expr::Slice(_) = e {
            self.unsupported(range(e), "slicing a list is")?;
            return None;
        }
        let i = self.expr(e)?;
        if !matches!(i.ty, Scalar::Int { .. } | Scalar::Bool) {
            self.errors.push(Diagnostic::error("list indices must be integers").at(i.span.clone(), "not an integer"));
            return None;
        }
        // A uint64 past int64 is out of range, not from the end.
        Some(crate::sema::numbers::math::int64_saturated(i))
    }

    /// A value involving a list where a tuple may stand: `L[i]` or
    /// `L.pop()` of a list of tuples.
    pub(in crate::sema) fn list_value(&mut self, e: &Expr) -> Claim<Val> {
        let span = range(e);
        match e {
            Expr::Name(_) if self.list_name(e).is_some() => {
                let name = or_not_mine!(self.list_name(e));
                if !self.list_may_leave(&name, &span) {
                    return Claim::Failed;
                }
                Claim::Done(Val::List(self.list_ref(&name)))
            }
            _ if self.is_new_list(e) => {
                let Some(name) = self.list_temp(e) else { return Claim::Failed };
                Claim::Done(Val::List(self.list_ref(&name)))
            }
            Expr::Call(c) if self.is_np_array_of_list(c) => {
                Claim::checked(self.np_array_of_list_call(c, span).map(Val::Array))
            }
            // An item of a list of lists: a list.
            Expr::Subscript(_) | Expr::Call(_) if self.expr_key(e).is_some() => {
                let name = mine!(self.list_operand(e));
                if !self.list_may_leave(&name, &span) {
                    return Claim::Failed;
                }
                Claim::Done(Val::List(self.list_ref(&name)))
            }
            Expr::Subscript(s) => {
                let name = mine!(self.list_operand(&s.value));
                let index = or_reported!(self, self.list_index(&s.slice));
                let index = self.share(index);
                let list = self.list_ref(&name);
                let parts: Vec<TExpr> = (0..list.items.len())
                    .map(|j| {
                        let kind = TExprKind::ListLoad(list.clone(), j, Box::new(index.clone()));
                        TExpr { ty: list.items[j], kind, span: span.clone() }
                    })
                    .collect();
                Claim::checked(self.list_item_val(&name, parts))
            }
            Expr::Call(c) => {
                let Expr::Attribute(a) = c.func.as_ref() else { return Claim::NotMine };
                if !self.is_list_expr(&a.value) {
                    return Claim::NotMine;
                }
                let name = mine!(self.list_operand(&a.value));
                if matches!(a.attr.as_str(), "index" | "count") {
                    let [x] = c.args.as_slice() else { return Claim::checked(self.list_method_error(a, span)) };
                    if !c.keywords.is_empty() {
                        return Claim::checked(self.list_method_error(a, span));
                    }
                    return Claim::checked(self.list_value_method(&name, a.attr.as_str(), x, span).map(Val::Scalar));
                }
                if a.attr.as_str() != "pop" {
                    return Claim::checked(self.list_method_error(a, span));
                }
                let Some((stmt, parts)) = self.list_pop(&name, c, span) else { return Claim::Failed };
                self.pre.push(stmt);
                Claim::checked(self.list_item_val(&name, parts))
            }
            _ => Claim::NotMine,
        }
    }

    /// The ndim of `np.array(lst)` of a list: 2 for a list of lists.
    pub(in crate::sema) fn list_array_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        if !self.is_np_array_of_list(c) {
            return None;
        }
        // Displays are numpy's own (npfuncs.rs); a list variable's is known,
        // and a concatenation's is its list operand's (`xs + [k]`).
        let arg = &c.args[0];
        if let Some(n) = self.array_of_arrays_ndim(arg) {
            return Some(n);
        }
        if let Some(l) = repeated_display(arg) {
            return Some(if l.elts.iter().any(is_list_display) { 2 } else { 1 });
        }
        let key = self.expr_key(arg).or_else(|| match arg {
            Expr::BinOp(b) if self.is_list_concat(arg) => self.expr_key(&b.left).or_else(|| self.expr_key(&b.right)),
            _ => None,
        })?;
        let nested = self.lists.contains_key(&format!("{key}[]"));
        Some(if nested || self.arity_of(&key) > 1 { 2 } else { 1 })
    }

    /// `np.array(lst)` / `np.asarray(lst)` of a list (or display) of numbers.
    pub(in crate::sema) fn is_np_array_of_list(&self, c: &ast::ExprCall) -> bool {
        let Expr::Attribute(a) = c.func.as_ref() else { return false };
        matches!(a.attr.as_str(), "array" | "asarray")
            && self.numpy_module_of(&a.value)
            && crate::sema::listdtype::list_array_args(c)
            && matches!(c.args.as_slice(), [x, ..] if self.expr_key(x).is_some() || self.is_list_concat(x) || matches!(x, Expr::List(l) if !l.elts.iter().any(|e| matches!(e, Expr::List(_)))) || matches!(x, Expr::ListComp(_)) || matches!(x, Expr::Call(l) if list_call(l).is_some()) || repeated_display(x).is_some())
    }

    /// A new 1-d numpy array of the list's items (numpy's dtype for Python
    /// ints, floats and bools is int64, float64, bool: the list's item type).
    pub(in crate::sema) fn np_array_of_list(&mut self, arg: &Expr, span: Range<usize>) -> Option<ArrayRef> {
        decide!(self.array_of_arrays(arg, &span));
        if let Expr::List(l) = arg {
            // numpy's array of no items is float64, of shape (0,).
            if l.elts.is_empty() {
                let ty = ArrayTy { dtype: Scalar::F64, ndim: 1, layout: crate::base::types::Layout::C, complex: false };
                let r = self.array_temp(ty, Default::default());
                let args = vec![NpArg::Shape(vec![int(0, &span)])];
                self.pre.push(TStmt::Alloc { array: r.clone(), func: NpFunc::Empty, args, span });
                return Some(r);
            }
            decide!(self.np_array_of_numbers(&l.elts, &span));
        }
        let name = self.list_operand(arg).done()?;
        let list = self.list_ref(&name);
        if self.nested(&name) {
            return self.np_array_of_rows(&name, span);
        }
        if !self.no_array_items(&name, "np.array() of", &span) {
            return None;
        }
        if self.has_shape(&name) {
            self.unsupported(span, "np.array() of a list of nested tuples is")?;
            return None;
        }
        if list.items.len() > 1 {
            return self.np_array_of_tuples(list, span);
        }
        let ty = ArrayTy { dtype: list.items[0], ndim: 1, layout: crate::base::types::Layout::C, complex: false };
        let r = self.array_temp(ty, Default::default());
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list.clone()), span: span.clone() };
        let args = vec![NpArg::Shape(vec![len.clone()])];
        self.pre.push(TStmt::Alloc { array: r.clone(), func: NpFunc::Empty, args, span: span.clone() });
        let i = self.fresh("i", Scalar::I64);
        let item = TExpr {
            ty: list.items[0],
            kind: TExprKind::ListLoad(list, 0, Box::new(read(Scalar::I64, i, &span))),
            span: span.clone(),
        };
        let store = TStmt::Store { array: r.clone(), indices: vec![read(Scalar::I64, i, &span)], value: item };
        let (start, step) = (int(0, &span), int(1, &span));
        self.pre.push(TStmt::For { var: i, start, stop: len, step, body: vec![store], orelse: Vec::new() });
        Some(r)
    }

    /// `np.array([x, y, ...])` of a display of numbers of one type: the
    /// array the list path makes (that dtype), filled by stores without
    /// the list, so a loop making small arrays this way allocates no list
    /// each iteration. None (the list path) for anything else.
    fn np_array_of_numbers(&mut self, elts: &[Expr], span: &Range<usize>) -> Claim<ArrayRef> {
        let plain = |e: &Expr| !matches!(e, Expr::Starred(_) | Expr::List(_) | Expr::Tuple(_) | Expr::ListComp(_));
        if elts.is_empty() || !elts.iter().all(plain) {
            return Claim::NotMine;
        }
        if elts.iter().any(|e| self.is_complex(e)) {
            return Claim::checked(self.complex_display_array(elts, span));
        }
        let mut dtype = None;
        for e in elts {
            // The element's type, by typing it and dropping what that queued.
            let at = self.checkpoint();
            let v = self.value(e);
            self.rollback(at);
            let Some(Val::Scalar(x)) = v else { return Claim::NotMine };
            if dtype.is_some_and(|d| d != x.ty) {
                return Claim::NotMine;
            }
            dtype = Some(x.ty);
        }
        let Some(vals) = self.in_order(elts, |t, e| t.expr(e).map(Val::Scalar)) else { return Claim::Failed };
        let ty = ArrayTy { dtype: or_not_mine!(dtype), ndim: 1, layout: crate::base::types::Layout::C, complex: false };
        let r = self.array_temp(ty, Default::default());
        let args = vec![NpArg::Shape(vec![int(elts.len() as i128, span)])];
        self.pre.push(TStmt::Alloc { array: r.clone(), func: NpFunc::Empty, args, span: span.clone() });
        for (j, v) in vals.into_iter().enumerate() {
            let Val::Scalar(value) = v else { return Claim::Failed };
            self.pre.push(TStmt::Store { array: r.clone(), indices: vec![int(j as i128, span)], value });
        }
        Claim::Done(r)
    }

    /// `np.array(pairs)` of a list of tuples of numbers: a 2-d array of
    /// numpy's common dtype of the parts (an empty list raises, as for a
    /// list of lists).
    fn np_array_of_tuples(&mut self, list: ListRef, span: Range<usize>) -> Option<ArrayRef> {
        let dtype = list.items.iter().copied().reduce(join).unwrap_or(Scalar::I64);
        let n = self.fresh("rows", Scalar::I64);
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list.clone()), span: span.clone() };
        self.pre.push(TStmt::Assign { var: n, value: len });
        let n = read(Scalar::I64, n, &span);
        let empty = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Eq, Box::new(n.clone()), Box::new(int(0, &span))),
            span: span.clone(),
        };
        let raise = TStmt::Raise {
            exception: "ValueError".into(),
            message:
                "pycc: np.array() of an empty list of tuples is not supported (numpy makes a 1-d float64 array of it)"
                    .into(),
            span: span.clone(),
        };
        self.pre.push(TStmt::If { cond: empty, then: vec![raise], orelse: Vec::new() });
        let ty = ArrayTy { dtype, ndim: 2, layout: crate::base::types::Layout::C, complex: false };
        let r = self.array_temp(ty, Default::default());
        let args = vec![NpArg::Shape(vec![n.clone(), int(list.items.len() as i128, &span)])];
        self.pre.push(TStmt::Alloc { array: r.clone(), func: NpFunc::Empty, args, span: span.clone() });
        let i = self.fresh("i", Scalar::I64);
        let ii = read(Scalar::I64, i, &span);
        let body = Self::load_item(&list, &ii)
            .into_iter()
            .enumerate()
            .map(|(j, x)| TStmt::Store {
                array: r.clone(),
                indices: vec![ii.clone(), int(j as i128, &span)],
                value: cast(x, dtype),
            })
            .collect();
        let (start, step) = (int(0, &span), int(1, &span));
        self.pre.push(TStmt::For { var: i, start, stop: n, step, body, orelse: Vec::new() });
        Some(r)
    }

    /// `np.array(rows)` of a list of lists of numbers: a 2-d array, every
    /// row as long as the first (else numpy's ValueError). An empty list
    /// raises: numpy makes a 1-d float64 array of it, which a 2-d result
    /// cannot be.
    fn np_array_of_rows(&mut self, name: &str, span: Range<usize>) -> Option<ArrayRef> {
        let inner = format!("{}[]", self.lkey(name));
        if self.lists.contains_key(&format!("{inner}[]")) || self.arity_of(&inner) > 1 {
            self.unsupported(span, "np.array() of lists of lists or of lists of tuples is")?;
            return None;
        }
        let outer = self.list_ref(name);
        let dtype = self.types.get(&item_name(&inner, 0)).copied().unwrap_or(Scalar::I64);
        let raise = |message: &str| TStmt::Raise {
            exception: "ValueError".into(),
            message: message.into(),
            span: span.clone(),
        };
        let cmp = |op, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        let n = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(outer.clone()), span: span.clone() };
        let n = {
            let v = self.fresh("rows", Scalar::I64);
            self.pre.push(TStmt::Assign { var: v, value: n });
            read(Scalar::I64, v, &span)
        };
        let empty = raise(
            "pycc: np.array() of an empty list of lists is not supported (numpy makes a 1-d float64 array of it)",
        );
        self.pre.push(TStmt::If {
            cond: cmp(CmpOp::Eq, n.clone(), int(0, &span)),
            then: vec![empty],
            orelse: Vec::new(),
        });
        let row = |this: &mut Self, i: TExpr, out: &mut Vec<TStmt>| {
            let v = this.fresh("row", Scalar::I64);
            let kind = TExprKind::ListLoad(outer.clone(), 0, Box::new(i));
            out.push(TStmt::Assign { var: v, value: TExpr { ty: Scalar::I64, kind, span: span.clone() } });
            let temp = this.alias_temp(&inner);
            this.list_ref_at(&temp, v)
        };
        let mut first = Vec::new();
        let row0 = row(self, int(0, &span), &mut first);
        self.pre.extend(first);
        let m = self.fresh("cols", Scalar::I64);
        let len0 = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(row0), span: span.clone() };
        self.pre.push(TStmt::Assign { var: m, value: len0 });
        let m = read(Scalar::I64, m, &span);
        let ty = ArrayTy { dtype, ndim: 2, layout: crate::base::types::Layout::C, complex: false };
        let r = self.array_temp(ty, Default::default());
        let args = vec![NpArg::Shape(vec![n.clone(), m.clone()])];
        self.pre.push(TStmt::Alloc { array: r.clone(), func: NpFunc::Empty, args, span: span.clone() });
        let (i, j) = (self.fresh("i", Scalar::I64), self.fresh("j", Scalar::I64));
        let mut body = Vec::new();
        let this_row = row(self, read(Scalar::I64, i, &span), &mut body);
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(this_row.clone()), span: span.clone() };
        body.push(TStmt::If {
            cond: cmp(CmpOp::Ne, len, m.clone()),
            then: vec![raise("setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions.")],
            orelse: Vec::new(),
        });
        let item = TExpr {
            ty: dtype,
            kind: TExprKind::ListLoad(this_row, 0, Box::new(read(Scalar::I64, j, &span))),
            span: span.clone(),
        };
        let at = vec![read(Scalar::I64, i, &span), read(Scalar::I64, j, &span)];
        let store = TStmt::Store { array: r.clone(), indices: at, value: item };
        let (start, step) = (int(0, &span), int(1, &span));
        body.push(TStmt::For {
            var: j,
            start: start.clone(),
            stop: m,
            step: step.clone(),
            body: vec![store],
            orelse: Vec::new(),
        });
        self.pre.push(TStmt::For { var: i, start, stop: n, step, body, orelse: Vec::new() });
        Some(r)
    }

    /// A list where a number is needed: the list expressions that give a
    /// number (`L[i]`, `L.pop()`, `len(L)`, `sum/min/max(L)`, `x in L`,
    /// `not L`), or an error for a list used as one. None: not a list.
    pub(in crate::sema) fn list_expr(&mut self, e: &Expr) -> Claim<TExpr> {
        let span = range(e);
        match e {
            Expr::Subscript(s) if self.is_list_expr(&s.value) => self.list_number(e, span),
            Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if self.is_list_expr(&a.value)) => {
                self.list_number(e, span)
            }
            // `bool(L)`: CPython's truth of a list, its length not zero.
            Expr::Call(c)
                if matches!(c.func.as_ref(), Expr::Name(f) if f.id.as_str() == "bool" && self.is_builtin("bool"))
                    && c.keywords.is_empty()
                    && matches!(c.args.as_slice(), [x] if self.list_name(x).is_some()) =>
            {
                Claim::checked(self.list_truth(&c.args[0]))
            }
            Expr::Call(c) => {
                let Expr::Name(f) = c.func.as_ref() else { return Claim::NotMine };
                let f = f.id.as_str();
                let (arg, start) = match c.args.as_slice() {
                    [arg] => (arg, None),
                    [arg, start] if f == "sum" => (arg, Some(start)),
                    _ => return Claim::NotMine,
                };
                if !matches!(f, "len" | "sum" | "min" | "max") || !self.is_builtin(f) || !c.keywords.is_empty() {
                    return Claim::NotMine;
                }
                if !self.is_list_expr(arg) {
                    return Claim::NotMine;
                }
                let mark = self.lets.len();
                let name = mine!(self.list_operand(arg));
                if f != "len" {
                    // sum/min/max loop in `pre`: the operand is read there.
                    self.lets_to_pre(mark);
                }
                let list = self.list_ref(&name);
                if f != "len" && !self.no_dict_items(&name, &format!("{f}() of"), &span) {
                    return Claim::Failed;
                }
                if f == "len" {
                    return Claim::Done(TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list), span });
                }
                if self.nested(&name) {
                    return Claim::checked(self.unsupported(span, &format!("{f}() of a list of lists is")));
                }
                if !self.no_array_items(&name, &format!("{f}() of"), &span) {
                    return Claim::Failed;
                }
                if list.items.len() > 1 {
                    return Claim::checked(self.list_tuple_error(span));
                }
                if let Some(start) = start {
                    // CPython's sum(L, start): start + L[0] + L[1] ... in order
                    // Into a temporary in `pre`: the loop there reads it (a
                    // `share`d value is bound only where the expression is).
                    let mark = self.lets.len();
                    let start = or_reported!(self, self.expr(start));
                    let start = self.wrap_lets(mark, start);
                    let tmp = self.fresh("start", start.ty);
                    self.pre.push(TStmt::Assign { var: tmp, value: start.clone() });
                    let start = read(start.ty, tmp, &span);
                    return Claim::checked(self.list_fold(ast::Operator::Add, list, start, span));
                }
                Claim::Done(self.list_reduce(f, list, span))
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && !matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn | ast::CmpOp::Is | ast::CmpOp::IsNot)
                    && self.is_list_expr(&c.left)
                    && self.is_list_expr(&c.comparators[0]) =>
            {
                self.list_compare(c, span)
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn)
                    && self.is_list_expr(&c.comparators[0]) =>
            {
                Claim::checked(self.list_contains(&c.left, &c.comparators[0], c.ops[0] == ast::CmpOp::NotIn, span))
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.list_name(&u.operand).is_some() => {
                let t = or_reported!(self, self.list_truth(&u.operand));
                Claim::Done(TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(t)), span })
            }
            Expr::Name(n) if self.lists.contains_key(n.id.as_str()) => {
                // Perhaps a name rebound to a number (webs.rs).
                self.clashes.push(n.id.to_string());
                self.errors.push(
                    Diagnostic::error(format!("`{}` is a list, used here as a number", n.id)).at(span, "a list").note(
                        "a list can be indexed, iterated, appended to, popped, passed to len(), sum(), min() and max()",
                    ),
                );
                Claim::Failed
            }
            Expr::List(_) | Expr::ListComp(_) => Claim::checked(self.unsupported(span, "a list used as a number is")),
            _ => Claim::NotMine,
        }
    }

    /// `L[i]` or `L.pop()` where a number stands: the item, if it is one.
    fn list_number(&mut self, e: &Expr, span: Range<usize>) -> Claim<TExpr> {
        match self.list_value(e) {
            Claim::NotMine => Claim::NotMine,
            Claim::Failed => Claim::Failed,
            Claim::Done(Val::Scalar(x)) => Claim::Done(x),
            Claim::Done(Val::List(_)) => Claim::checked(self.list_as_number(span)),
            Claim::Done(Val::Dict(_)) => Claim::checked(self.dict_list_as_number(span)),
            Claim::Done(_) => Claim::checked(self.list_tuple_error(span)),
        }
    }

    fn list_as_number<T>(&mut self, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error("an item of a list of lists is used here as a number")
                .at(span, "a list")
                .note("index it again (`dp[i][j]`) or assign it to a name"),
        );
        None
    }

    pub(in crate::sema) fn list_tuple_error<T>(&mut self, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error("an item of a list of tuples is used here as a number")
                .at(span, "a tuple")
                .note("unpack it (`a, b = lst[i]`) or assign it to a name"),
        );
        None
    }

    /// `bool(L)`: whether it has items.
    pub(in crate::sema) fn list_truth(&mut self, e: &Expr) -> Option<TExpr> {
        let name = self.list_name(e)?;
        let span = range(e);
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(self.list_ref(&name)), span: span.clone() };
        Some(TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Ne, Box::new(len), Box::new(int(0, &span))),
            span,
        })
    }

    /// Whether `e` is `L[i]` (not a slice) of a list of lists.
    fn is_list_item(&self, e: &Expr) -> bool {
        matches!(e, Expr::Subscript(s) if !matches!(s.slice.as_ref(), Expr::Slice(_))) && self.expr_key(e).is_some()
    }

    /// `L[i]` / `not L[i]` of a list of lists as a condition: the
    /// condition `len(L[i]) != 0` / `len(L[i]) == 0` it stands for.
    pub(in crate::sema) fn list_item_truth(&self, e: &Expr) -> Option<Expr> {
        let (item, op) = match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.is_list_item(&u.operand) => {
                (u.operand.as_ref(), ast::CmpOp::Eq)
            }
            _ if self.is_list_item(e) => (e, ast::CmpOp::NotEq),
            _ => return None,
        };
        if !self.is_builtin("len") {
            return None;
        }
        let r = e.range();
        Some(Expr::Compare(ast::ExprCompare {
            range: r,
            left: Box::new(sugar::call("len", vec![item.clone()], item.range())),
            ops: vec![op],
            comparators: vec![sugar::int(0, r)],
        }))
    }

    /// `st and st[-1] > h`, `not st` as a condition, with a list operand:
    /// only the truth of each operand matters there, so each is a
    /// condition of its own (a list's is its length), short-circuited.
    pub(in crate::sema) fn list_logic_truth(&mut self, e: &Expr) -> Claim<TExpr> {
        let span = range(e);
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.list_name(&u.operand).is_some() => {
                let t = or_reported!(self, self.list_truth(&u.operand));
                Claim::Done(TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(t)), span })
            }
            Expr::BoolOp(b) if b.values.iter().any(|v| self.list_name(v).is_some() || self.is_list_item(v)) => {
                // Conditions: every operand is a bool, so the join is bool.
                Claim::checked(self.bool_operands(b, span, Self::check_condition).ok())
            }
            _ => Claim::NotMine,
        }
    }

    /// A list's length, a fresh index variable, and the item (of type `t`)
    /// at that index: the parts of a loop over the list.
    fn list_items(&mut self, list: ListRef, t: Scalar, span: &Range<usize>) -> (TExpr, Var, TExpr) {
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list.clone()), span: span.clone() };
        let i = self.fresh("i", Scalar::I64);
        let item = TExpr {
            ty: t,
            kind: TExprKind::ListLoad(list, 0, Box::new(read(Scalar::I64, i, span))),
            span: span.clone(),
        };
        (len, i, item)
    }

    /// `sum(L)`, `min(L)`, `max(L)` of a list of numbers, computed before
    /// the statement as CPython does: sum from int 0 (a bool list sums to
    /// an int), min/max keep the first of equal items and raise
    /// ValueError on an empty list.
    fn list_reduce(&mut self, f: &str, list: ListRef, span: Range<usize>) -> TExpr {
        let t = list.items[0];
        let (len, i, item) = self.list_items(list, t, &span);
        if f == "sum" {
            let ty = if t == Scalar::Bool { Scalar::I64 } else { t };
            let acc = self.fresh("sum", ty);
            self.pre.push(TStmt::Assign { var: acc, value: cast(int(0, &span), ty) });
            let value = TExprKind::Binary(BinOp::Add, Box::new(read(ty, acc, &span)), Box::new(cast(item, ty)));
            let body = vec![TStmt::Assign { var: acc, value: TExpr { ty, kind: value, span: span.clone() } }];
            let (start, step) = (int(0, &span), int(1, &span));
            self.pre.push(TStmt::For { var: i, start, stop: len, step, body, orelse: Vec::new() });
            return read(ty, acc, &span);
        }
        let empty = TExprKind::Compare(CmpOp::Eq, Box::new(len.clone()), Box::new(int(0, &span)));
        let raise = TStmt::Raise {
            exception: "ValueError".into(),
            message: format!("{f}() arg is an empty sequence"),
            span: span.clone(),
        };
        let empty = TExpr { ty: Scalar::Bool, kind: empty, span: span.clone() };
        self.pre.push(TStmt::If { cond: empty, then: vec![raise], orelse: Vec::new() });
        let best = self.fresh(f, t);
        let TExprKind::ListLoad(l, _, _) = &item.kind else { unreachable!("built above") };
        let first =
            TExpr { ty: t, kind: TExprKind::ListLoad(l.clone(), 0, Box::new(int(0, &span))), span: span.clone() };
        self.pre.push(TStmt::Assign { var: best, value: first });
        let x = self.fresh("item", t);
        let op = if f == "max" { CmpOp::Gt } else { CmpOp::Lt };
        let beats = TExprKind::Compare(op, Box::new(read(t, x, &span)), Box::new(read(t, best, &span)));
        let body = vec![
            TStmt::Assign { var: x, value: item },
            TStmt::If {
                cond: TExpr { ty: Scalar::Bool, kind: beats, span: span.clone() },
                then: vec![TStmt::Assign { var: best, value: read(t, x, &span) }],
                orelse: Vec::new(),
            },
        ];
        let (start, step) = (int(1, &span), int(1, &span));
        self.pre.push(TStmt::For { var: i, start, stop: len, step, body, orelse: Vec::new() });
        read(t, best, &span)
    }

    /// `math.prod(L)` of a list of numbers (math_prod): `start` times each
    /// item in order, computed before the statement; an int product wraps
    /// (or raises under `--overflow=raise`) as `*` does. NotMine: `e` is not
    /// a list; Failed: a list, with its diagnostic.
    pub(in crate::sema) fn list_prod(&mut self, e: &Expr, start: TExpr, span: Range<usize>) -> Claim<TExpr> {
        if !self.is_list_expr(e) {
            return Claim::NotMine;
        }
        let (before, mark) = (self.errors.len(), self.lets.len());
        let name = self.list_operand(e).done();
        self.lets_to_pre(mark);
        let name = name.filter(|n| !self.nested(n) && self.no_array_items(n, "math.prod() of", &span));
        let list = name.map(|n| self.list_ref(&n)).filter(|l| l.items.len() == 1);
        let Some(list) = list else {
            if self.errors.len() == before {
                self.errors.push(
                    Diagnostic::error("math.prod() is compiled for a list of numbers only")
                        .at(range(e), "not a list of numbers"),
                );
            }
            return Claim::Failed;
        };
        Claim::checked(self.list_fold(ast::Operator::Mult, list, start, span))
    }

    /// `start op L[0] op L[1] ...` in order (math.prod, sum with a start),
    /// computed before the statement; the accumulator's type is start's
    /// joined with an item's (an int start and float items: float).
    fn list_fold(&mut self, op: ast::Operator, list: ListRef, start: TExpr, span: Range<usize>) -> Option<TExpr> {
        let t = list.items[0];
        let (len, i, item) = self.list_items(list, t, &span);
        let probe = self.binary(op, start.clone(), item.clone(), span.clone())?;
        let ty = probe.ty;
        let acc = self.fresh(if op == ast::Operator::Add { "sum" } else { "prod" }, ty);
        self.pre.push(TStmt::Assign { var: acc, value: cast(start, ty) });
        let value = self.binary(op, read(ty, acc, &span), item, span.clone())?;
        let body = vec![TStmt::Assign { var: acc, value: cast(value, ty) }];
        let (start, step) = (int(0, &span), int(1, &span));
        self.pre.push(TStmt::For { var: i, start, stop: len, step, body, orelse: Vec::new() });
        Some(read(ty, acc, &span))
    }

    /// `x in L` / `x not in L`: a literal display is `x == a or x == b ...`
    /// (no list is made); a list variable is searched before the statement.
    fn list_contains(&mut self, x: &Expr, l: &Expr, negate: bool, span: Range<usize>) -> Option<TExpr> {
        if let Some(name) = self.list_name(l) {
            if !self.no_dict_items(&name, "`in`", &span) {
                return None;
            }
        }
        let needle = self.expr(x)?;
        let found = if let Expr::List(display) = l {
            let needle = self.share(needle);
            let mut acc: Option<TExpr> = None;
            for e in &display.elts {
                let item = self.expr(e)?;
                let eq = self.compare(ast::CmpOp::Eq, needle.clone(), item, span.clone())?;
                acc = Some(match acc {
                    None => eq,
                    Some(a) => {
                        TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(a), Box::new(eq)), span: span.clone() }
                    }
                });
            }
            acc.unwrap_or(TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Const(ConstValue::Bool(false)),
                span: span.clone(),
            })
        } else {
            let name = self.list_operand(l).done()?;
            let found = self.fresh("found", Scalar::Bool);
            let needle = self.needle_first(needle);
            let (_, search) = self.list_search_for(&name, needle, "`in`", &span)?;
            let bool_const =
                |b| TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() };
            self.pre.push(TStmt::Assign { var: found, value: bool_const(false) });
            self.pre.push(search.loop_with(vec![TStmt::Assign { var: found, value: bool_const(true) }, TStmt::Break]));
            read(Scalar::Bool, found, &span)
        };
        Some(if negate { TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(found)), span } } else { found })
    }

    /// A search of list `name` for the number `x` (typed once, shared):
    /// the needle and the loop that compares each item with it.
    fn list_search(&mut self, name: &str, x: &Expr, span: &Range<usize>) -> Option<(TExpr, Search)> {
        let needle = self.expr(x)?;
        let needle = self.needle_first(needle);
        self.list_search_for(name, needle, "this method", span)
    }

    /// A search runs before the statement (`pre`), so its needle is
    /// computed there too: a value shared inside a larger expression would
    /// be bound only after the search read it.
    fn needle_first(&mut self, needle: TExpr) -> TExpr {
        match needle.kind {
            TExprKind::Var(_) | TExprKind::Const(_) => needle,
            _ => {
                let (ty, at) = (needle.ty, needle.span.clone());
                let var = self.fresh("needle", ty);
                self.pre.push(TStmt::Assign { var, value: needle });
                read(ty, var, &at)
            }
        }
    }

    fn list_search_for(
        &mut self,
        name: &str,
        needle: TExpr,
        what: &str,
        span: &Range<usize>,
    ) -> Option<(TExpr, Search)> {
        let list = self.list_ref(name);
        if self.nested(name) {
            self.unsupported(span.clone(), &format!("{what} of a list of lists is"));
            return None;
        }
        if !self.no_array_items(name, &format!("{what} of"), span) {
            return None;
        }
        if list.items.len() > 1 {
            return self.list_tuple_error(span.clone());
        }
        let i = self.fresh("i", Scalar::I64);
        let item = TExpr {
            ty: list.items[0],
            kind: TExprKind::ListLoad(list.clone(), 0, Box::new(read(Scalar::I64, i, span))),
            span: span.clone(),
        };
        let eq = self.compare(ast::CmpOp::Eq, needle.clone(), item, span.clone())?;
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list), span: span.clone() };
        Some((needle, Search { var: i, eq, len, span: span.clone() }))
    }

    /// `for target in [a, b]`: the display made into a temporary first.
    pub(in crate::sema) fn for_display(&mut self, f: &ast::StmtFor) -> Option<TStmt> {
        let name = self.list_operand(&f.iter).done()?;
        // The header's shared values run before the loop, not in its body.
        self.pre = self.take_lets_and_pre(0, 0);
        self.for_list(f, &name)
    }

    /// `for target in L`: an index loop that reads the length at each
    /// step, as CPython's list iterator (items appended in the body are
    /// visited).
    pub(in crate::sema) fn for_list(&mut self, f: &ast::StmtFor, name: &str) -> Option<TStmt> {
        let target = self.for_name_target(f).ok()?;
        let span = range(f.iter.as_ref());
        let i = self.fresh("i", Scalar::I64);
        let list = self.list_ref(name);
        let len = TExpr { ty: Scalar::I64, kind: TExprKind::ListLen(list.clone()), span: span.clone() };
        let cond = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Lt, Box::new(read(Scalar::I64, i, &span)), Box::new(len)),
            span: span.clone(),
        };
        let parts: Vec<TExpr> = (0..list.items.len())
            .map(|j| {
                let kind = TExprKind::ListLoad(list.clone(), j, Box::new(read(Scalar::I64, i, &span)));
                TExpr { ty: list.items[j], kind, span: span.clone() }
            })
            .collect();
        let mut body = Vec::new();
        let item = if self.nested(name) {
            // A list of lists: the item's header into a variable.
            let v = self.fresh("row", Scalar::I64);
            let x = parts.into_iter().next()?;
            body.push(TStmt::Assign { var: v, value: x });
            let inner = format!("{}[]", self.lkey(name));
            let temp = self.alias_temp(&inner);
            Val::List(self.list_ref_at(&temp, v))
        } else {
            // A list of arrays sets the item's descriptor before the
            // statement: here, inside the loop.
            let before = self.pre.len();
            let item = self.list_item_val(name, parts)?;
            body.extend(self.pre.split_off(before));
            item
        };
        let pairs = self.bind_val(target.id.as_str(), item, range(f.target.as_ref()))?;
        let (vars, values): (Vec<Var>, Vec<TExpr>) = pairs.into_iter().unzip();
        body.push(TStmt::ParallelAssign { vars, values });
        let step = TExprKind::Binary(BinOp::Add, Box::new(read(Scalar::I64, i, &span)), Box::new(int(1, &span)));
        body.push(TStmt::Assign { var: i, value: TExpr { ty: Scalar::I64, kind: step, span: span.clone() } });
        self.loop_depth += 1;
        body.extend(self.block(&f.body));
        self.loop_depth -= 1;
        let orelse = self.loop_else(&f.orelse);
        Some(TStmt::Seq(vec![TStmt::Assign { var: i, value: int(0, &span) }, TStmt::While { cond, body, orelse }]))
    }

    /// `L[i] = v` and `L[i] op= v`.
    pub(in crate::sema) fn list_store(
        &mut self,
        s: &ast::ExprSubscript,
        op: Option<ast::Operator>,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        if let Expr::Slice(_) = s.slice.as_ref() {
            self.unsupported(range(s), "storing into a list slice is")?;
            return None;
        }
        let name = self.list_operand(&s.value).done()?;
        if let Some(op) = op {
            if self.array_items(&name).is_some() {
                // numpy's in-place operator on the stored array (`a /= 2` of
                // a `nonlocal` array's cell), as a dict of arrays' value.
                return self.dict_array_augassign(&name, s, op, value);
            }
            {
                // The index is computed once; CPython computes the value
                // after reading the item.
                let index = self.list_index(&s.slice)?;
                let index = self.share(index);
                let list = self.list_ref(&name);
                if self.nested(&name) {
                    return self.list_as_number(span);
                }
                if list.items.len() > 1 {
                    return self.list_tuple_error(span);
                }
                let kind = TExprKind::ListLoad(list.clone(), 0, Box::new(index.clone()));
                let old = TExpr { ty: list.items[0], kind, span: range(s) };
                let old = self.share(old);
                let rhs = self.expr(value)?;
                let new = self.binary(op, old, rhs, span.clone())?;
                let values = self.put_as(&name, vec![new], &span, false)?;
                let list = self.list_ref(&name);
                return Some(TStmt::ListStore { list, index, values });
            }
        }
        let index = self.list_index(&s.slice);
        let values = self.item_of(&name, value)?;
        let list = self.list_ref(&name);
        Some(TStmt::ListStore { list, index: index?, values })
    }

    /// Lists whose item type nothing decided (`[]` never appended to).
    pub(in crate::sema) fn untyped_lists(&mut self) {
        if !self.errors.is_empty() {
            // Most likely a follow-on of an item that could not be typed.
            return;
        }
        // A parameter's list is the caller's, which reports it (sema/containers/listpass.rs).
        let param = |n: &str| self.index.get(n).is_some_and(|&v| v < self.nparams);
        let mut names: Vec<_> =
            self.lists.iter().filter(|(n, &k)| k == 0 && !param(n)).map(|(n, _)| n.clone()).collect();
        names.sort();
        for n in names {
            let span = self.list_spans.get(&n).cloned().unwrap_or(0..0);
            let what = match n.strip_suffix("[]") {
                Some(outer) => format!("the lists in `{}`", outer.replace("[]", "[...]")),
                None => format!("the list `{n}`"),
            };
            self.errors.push(
                Diagnostic::error(format!("cannot infer the item type of {what}"))
                    .at(span, "nothing is put into this list")
                    .note("numba types a list from the values put in: append a number or a tuple of numbers to it"),
            );
        }
    }
}

/// A loop over a list's indices that runs `on_hit` where the item equals
/// the needle (`list_search`).
struct Search {
    var: Var,
    eq: TExpr,
    len: TExpr,
    span: Range<usize>,
}

impl Search {
    fn loop_with(self, on_hit: Vec<TStmt>) -> TStmt {
        let body = vec![TStmt::If { cond: self.eq, then: on_hit, orelse: Vec::new() }];
        let (start, step) = (int(0, &self.span), int(1, &self.span));
        TStmt::For { var: self.var, start, stop: self.len, step, body, orelse: Vec::new() }
    }
}

/// `del L[lo:hi]` (no step, or a step of 1): both bounds clamped to the
/// list as CPython's slice does (a negative one counts from the end), then
/// the item at `lo` popped `hi - lo` times (none when `hi <= lo`).
fn del_slice(l: &str, x: &ast::ExprSlice, at: ast::text_size::TextRange) -> Option<Vec<Stmt>> {
    use crate::sema::sugar::{assign, call, compare, expr_stmt, if_stmt, int, method, name, store};
    if x.step.as_deref().is_some_and(|s| !matches!(s, Expr::Constant(c) if c.value == ast::Constant::Int(1.into()))) {
        return None;
    }
    let k = u32::from(at.start());
    let (n, lo, hi) = (format!("$deln{k}"), format!("$dello{k}"), format!("$delhi{k}"));
    let bin =
        |a: Expr, op, b: Expr| Expr::BinOp(ast::ExprBinOp { range: at, left: Box::new(a), op, right: Box::new(b) });
    let mut out = vec![assign(store(&n, at), call("len", vec![name(l, at)], at), at)];
    for (v, bound, default) in [(&lo, &x.lower, int(0, at)), (&hi, &x.upper, name(&n, at))] {
        out.push(assign(store(v, at), bound.as_deref().cloned().unwrap_or(default), at));
        let from_end = assign(store(v, at), bin(name(v, at), ast::Operator::Add, name(&n, at)), at);
        let floor = if_stmt(
            compare(name(v, at), ast::CmpOp::Lt, int(0, at), at),
            vec![assign(store(v, at), int(0, at), at)],
            at,
        );
        out.push(if_stmt(compare(name(v, at), ast::CmpOp::Lt, int(0, at), at), vec![from_end, floor], at));
        let cap = assign(store(v, at), name(&n, at), at);
        out.push(if_stmt(compare(name(v, at), ast::CmpOp::Gt, name(&n, at), at), vec![cap], at));
    }
    let body = vec![expr_stmt(method(l, "pop", vec![name(&lo, at)], Vec::new(), at))];
    out.push(Stmt::For(ast::StmtFor {
        range: at,
        target: Box::new(store(&format!("$deli{k}"), at)),
        iter: Box::new(call("range", vec![bin(name(&hi, at), ast::Operator::Sub, name(&lo, at))], at)),
        body,
        orelse: Vec::new(),
        type_comment: None,
    }));
    Some(out)
}
