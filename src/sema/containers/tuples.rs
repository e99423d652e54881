//! Tuples beyond flat ones: paths into nested tuple variables (`t[0][1]`
//! is the variable `t.0.1`), a variable index into a tuple whose elements
//! have one type (numba's UniTuple; `TExprKind::Pick`, CPython's
//! IndexError), and tuple comparisons (lexicographic, as CPython's
//! `tuplerichcompare`).

use crate::sema::*;

/// The type `ty`'s value rebuilt from its scalar parts, in order.
pub(in crate::sema) fn rebuild(ty: &Ty, parts: &mut impl Iterator<Item = TExpr>) -> Option<Val> {
    Some(match ty {
        Ty::Scalar(_) => Val::Scalar(parts.next()?),
        Ty::Complex(_) => Val::Complex(parts.next()?, parts.next()?),
        Ty::Tuple(xs) => Val::Tuple(xs.iter().map(|x| rebuild(x, parts)).collect::<Option<_>>()?),
        Ty::Array(_)
        | Ty::List(_)
        | Ty::ListOf(_)
        | Ty::Dict(..)
        | Ty::Optional(_)
        | Ty::OptionalArray(_)
        | Ty::Str
        | Ty::Set(_) => return None,
    })
}

/// Whether a value of `ty` holds an array or a list somewhere.
fn holds_reference(ty: &Ty) -> bool {
    match ty {
        Ty::Array(_) | Ty::List(_) | Ty::ListOf(_) | Ty::Dict(..) => true,
        Ty::Tuple(xs) => xs.iter().any(holds_reference),
        _ => false,
    }
}

/// A constant index written in the source (`t[1]`, `t[-1]`, `t[True]`).
fn literal_index(e: &Expr) -> Option<i128> {
    match literal_value(e)? {
        ConstValue::Int(i) => Some(i),
        ConstValue::Bool(b) => Some(b as i128),
        _ => None,
    }
}

/// The diagnostic of a value that needs statements before its statement
/// in an operand that runs only sometimes (a conditional expression that
/// is a statement's whole value was made an `if` statement before:
/// `Typer::arms_as_branches`).
const QUEUED_IN_ARM: &str = "this is not supported yet after `and`/`or` or in a conditional expression's arm";

impl Typer<'_> {
    /// Whether statements may be queued before the statement (`pre`) for
    /// `span`: not inside an operand that runs only sometimes.
    pub(in crate::sema) fn may_queue(&mut self, span: &Range<usize>) -> bool {
        if self.conditional == 0 {
            return true;
        }
        self.errors.push(
            Diagnostic::error(QUEUED_IN_ARM).at(span.clone(), "computed before the statement").note(
                "assign it to a variable first (pycc computes it before the statement, which would run it always)",
            ),
        );
        false
    }

    /// After typing an operand that runs only sometimes: if it queued
    /// statements before the statement (`mark`: `pre` and `errors` before),
    /// which would run them always, the `may_queue` diagnostic (unless the
    /// operand already reported an error).
    /// Only statements on lists are checked: they change a list (`pop`) or
    /// raise (`min` of an empty list) where the arm would not have run.
    pub(in crate::sema) fn queued_in_arm(&mut self, mark: (usize, usize), span: Range<usize>) {
        if self.errors.len() == mark.1 && self.pre[mark.0.min(self.pre.len())..].iter().any(touches_list) {
            self.may_queue(&span);
        }
    }

    /// Whether the statements queued since `mark` read or change a list
    /// (`changes`: change one).
    pub(in crate::sema) fn list_queued(&self, mark: usize, changes: bool) -> bool {
        let f = if changes { changes_list } else { touches_list };
        self.pre[mark.min(self.pre.len())..].iter().any(f)
    }

    /// The tuple `e` names (see `tuple_path`), if it is a tuple.
    pub(in crate::sema) fn tuple_base(&self, e: &Expr) -> Option<String> {
        self.tuple_path(e).filter(|p| self.arity.contains_key(p))
    }

    /// The variable path `e` names inside a tuple variable: `t` itself for
    /// a tuple variable, `t.0.1` for `t[0][1]` (constant indices in range);
    /// the path may end at an element that is not a tuple.
    pub(in crate::sema) fn tuple_path(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Name(n) if self.arity.contains_key(n.id.as_str()) => Some(n.id.to_string()),
            Expr::Subscript(s) => {
                let base = self.tuple_path(&s.value)?;
                let len = *self.arity.get(&base)? as i128;
                let i = literal_index(&s.slice)?;
                let j = if i < 0 { i + len } else { i };
                (0..len).contains(&j).then(|| element_name(&base, j as usize))
            }
            _ => None,
        }
    }

    /// Whether `e` is a tuple value that comparisons take element by
    /// element: a tuple display, a (nested) tuple variable, an item of a
    /// list of tuples.
    pub(in crate::sema) fn is_tuple_operand(&self, e: &Expr) -> bool {
        match e {
            Expr::Tuple(t) => !t.elts.is_empty(),
            // `a.shape != b.shape`: a tuple of the extents.
            Expr::Attribute(a) if a.attr.as_str() == "shape" && self.array_name(&a.value).is_some() => true,
            Expr::Subscript(s) if self.list_name(&s.value).is_some() => {
                self.list_name(&s.value).is_some_and(|n| self.arity_of(&n) > 1)
            }
            _ => self.tuple_base(e).is_some(),
        }
    }

    /// `divmod(a, b)[k]`, `math.frexp(x)[k]`, `math.modf(x)[k]` for a
    /// constant `k`: the pair's item, typed in place (its operands shared
    /// by a local binding), so it may stand where statements before the
    /// statement cannot (a `while` test, a conditional's arm).
    fn pair_call_item(&mut self, s: &ast::ExprSubscript, span: &Range<usize>) -> Claim<TExpr> {
        let Expr::Call(c) = s.value.as_ref() else { return Claim::NotMine };
        let divmod = matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "divmod") && self.is_builtin("divmod");
        if !divmod && self.math_tuple_call(c).is_none() {
            return Claim::NotMine;
        }
        let k = match literal_value(&s.slice) {
            Some(ConstValue::Int(k)) if (-2..2).contains(&k) => or_not_mine!(usize::try_from(k.rem_euclid(2)).ok()),
            _ => return Claim::NotMine,
        };
        let mark = self.lets.len();
        let Some(Val::Tuple(items)) = self.value(&s.value) else { return Claim::Failed };
        let Some(Val::Scalar(x)) = items.into_iter().nth(k) else { return Claim::Failed };
        Claim::Done(self.wrap_lets(mark, TExpr { span: span.clone(), ..x }))
    }

    /// The value of the variable at `path` (see `tuple_path`).
    pub(in crate::sema) fn path_val(&mut self, path: &str, span: Range<usize>) -> Val {
        let read = |t: &mut Self, n: &str| {
            let var = t.var(n);
            let ty = t.types.get(n).copied().unwrap_or(t.vars[var].ty);
            TExpr { ty, kind: TExprKind::Var(var), span: span.clone() }
        };
        if self.arity.contains_key(path) {
            Val::Tuple(self.tuple_var(path, span.clone()))
        } else if self.arrays.contains_key(path) {
            Val::Array(self.array_ref(path))
        } else if self.complex.contains(path) {
            Val::Complex(read(self, &element_name(path, 0)), read(self, &element_name(path, 1)))
        } else {
            Val::Scalar(read(self, path))
        }
    }

    /// `t[i]` where `t` is a tuple (a variable or a path into one): a
    /// constant index (negative from the end) picks the element while
    /// typing; a variable one picks at run time (`tuple_pick`).
    pub(in crate::sema) fn tuple_subscript_val(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Option<Val> {
        let Some(base) = self.tuple_base(&s.value) else {
            return self.item_subscript_val(s, span);
        };
        let len = self.arity[&base] as i128;
        let index = match literal_index(&s.slice) {
            Some(i) => {
                TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(i)), span: range(s.slice.as_ref()) }
            }
            None => self.expr(&s.slice)?,
        };
        let i = match index.kind {
            TExprKind::Const(ConstValue::Int(i)) => i,
            TExprKind::Const(ConstValue::Bool(b)) => b as i128,
            _ => {
                let elems = self.tuple_var(&base, span.clone());
                return self.tuple_pick(elems, index, span);
            }
        };
        let j = if i < 0 { i + len } else { i };
        if !(0..len).contains(&j) {
            self.errors.push(
                Diagnostic::error(format!("tuple index {i} is out of range for a tuple of length {len}"))
                    .at(index.span.clone(), "out of range"),
            );
            return None;
        }
        Some(self.path_val(&element_name(&base, j as usize), span))
    }

    /// `L[i][k]` of a tuple that is not a variable (an item of a list of
    /// tuples, `distances[step - 1][0]`): the tuple computed, then indexed.
    fn item_subscript_val(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Option<Val> {
        if self.conditional_temp(&s.value, &span) {
            return None;
        }
        if self.is_array_list_item(&s.value) {
            return self.array_item_here(span);
        }
        let Val::Tuple(elems) = self.value(&s.value)? else {
            return self.unsupported(span, "indexing anything but a tuple variable is").map(Val::Scalar);
        };
        let index = match literal_index(&s.slice) {
            Some(i) => {
                TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(i)), span: range(s.slice.as_ref()) }
            }
            None => self.expr(&s.slice)?,
        };
        let len = elems.len() as i128;
        let constant = match index.kind {
            TExprKind::Const(ConstValue::Int(i)) => Some(i),
            TExprKind::Const(ConstValue::Bool(b)) => Some(b as i128),
            _ => None,
        };
        match constant {
            Some(i) => {
                let j = if i < 0 { i + len } else { i };
                if !(0..len).contains(&j) {
                    self.errors.push(
                        Diagnostic::error(format!("tuple index {i} is out of range for a tuple of length {len}"))
                            .at(index.span.clone(), "out of range"),
                    );
                    return None;
                }
                elems.into_iter().nth(j as usize)
            }
            None => self.tuple_pick(elems, index, span),
        }
    }

    /// `t[i]` with a variable `i`, the elements `elems` of one type: each
    /// scalar part picked at run time; an array element is a new array
    /// variable whose descriptor is picked (before the statement).
    pub(in crate::sema) fn tuple_pick(&mut self, elems: Vec<Val>, index: TExpr, span: Range<usize>) -> Option<Val> {
        if !matches!(index.ty, Scalar::Int { .. } | Scalar::Bool) {
            self.errors.push(
                Diagnostic::error(format!("tuple indices must be integers or slices, not {}", index.ty.python_name()))
                    .at(index.span.clone(), "not an integer")
                    .note("CPython raises TypeError here"),
            );
            return None;
        }
        let ty0 = elems.first()?.ty();
        if let Some(other) = elems.iter().map(Val::ty).find(|t| *t != ty0) {
            self.errors.push(
                Diagnostic::error(format!(
                    "indexing a tuple of {ty0} and {other} elements with a variable is not supported"
                ))
                .at(index.span.clone(), "not a constant index")
                .note("as numba, pycc indexes with a variable only a tuple whose elements have one type (UniTuple); index with a constant or unpack it"),
            );
            return None;
        }
        let index = cast(index, Scalar::I64);
        let index = self.share(index);
        let pick = |parts: Vec<TExpr>, span: &Range<usize>| TExpr {
            ty: parts[0].ty,
            kind: TExprKind::Pick(Box::new(index.clone()), parts),
            span: span.clone(),
        };
        if let Ty::Array(a) = ty0 {
            if !self.may_queue(&span) {
                return None;
            }
            let refs: Vec<ArrayRef> = elems
                .into_iter()
                .filter_map(|v| match v {
                    Val::Array(r) => Some(r),
                    _ => None,
                })
                .collect();
            let mut sources = std::collections::BTreeSet::new();
            for r in &refs {
                sources.extend(self.array_sources.get(&r.name).cloned().unwrap_or_default());
            }
            let out = self.array_temp(a, sources);
            let read = |v: Var| TExpr { ty: Scalar::I64, kind: TExprKind::Var(v), span: span.clone() };
            let values: Vec<TExpr> =
                (0..out.vars().len()).map(|p| pick(refs.iter().map(|r| read(r.vars()[p])).collect(), &span)).collect();
            self.pre.push(TStmt::ParallelAssign { vars: out.vars(), values });
            return Some(Val::Array(out));
        }
        if holds_reference(&ty0) {
            self.errors.push(
                Diagnostic::error("indexing a tuple of tuples holding arrays with a variable is not supported yet")
                    .at(index.span.clone(), "not a constant index")
                    .note(
                        "index it with a constant, or with a variable a tuple of numbers, tuples of numbers or arrays",
                    ),
            );
            return None;
        }
        let parts: Vec<Vec<TExpr>> = elems.into_iter().map(|v| v.flat(&span)).collect();
        let picked: Vec<TExpr> =
            (0..parts[0].len()).map(|p| pick(parts.iter().map(|x| x[p].clone()).collect(), &span)).collect();
        rebuild(&ty0, &mut picked.into_iter())
    }

    /// `(a - b).shape[k]`, `a[mask].shape[0]` for a constant `k`: the
    /// extent of the array the expression computes (computed first).
    fn computed_shape_item(&mut self, s: &ast::ExprSubscript, span: &Range<usize>) -> Claim<TExpr> {
        let Expr::Attribute(a) = s.value.as_ref() else { return Claim::NotMine };
        if a.attr.as_str() != "shape" || !self.is_array_like(&a.value) {
            return Claim::NotMine;
        }
        let k = or_not_mine!(literal_index(&s.slice));
        let Some(r) = self.array_operand(&a.value).done() else { return Claim::Failed };
        let n = r.shape.len() as i128;
        let j = if k < 0 { k + n } else { k };
        if !(0..n).contains(&j) {
            self.errors.push(
                Diagnostic::error(format!("tuple index {k} is out of range for a shape of length {n}"))
                    .at(range(s.slice.as_ref()), "out of range"),
            );
            return Claim::Failed;
        }
        Claim::Done(self.i64_var(r.shape[j as usize], span.clone()))
    }

    /// `t[i]` where a number is needed.
    pub(in crate::sema) fn tuple_subscript(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Option<TExpr> {
        decide!(self.pair_call_item(s, &span));
        decide!(self.zero_d_call_item(s, span.clone()));
        if self.tuple_base(&s.value).is_none() && !self.is_tuple_operand(&s.value) {
            if let Expr::Name(n) = s.value.as_ref() {
                if self.poisoned.contains(n.id.as_str()) {
                    return None;
                }
            }
            if self.conditional_temp(&s.value, &span) {
                return None;
            }
            decide!(self.computed_shape_item(s, &span));
            if self.is_flat_item(s) {
                return self.flat_read(s, span);
            }
            if self.is_array_list_item(&s.value) {
                return self.array_item_here(span);
            }
            return self.unsupported(span, "indexing anything but a tuple variable is");
        }
        let what = self.source.text[span.clone()].to_string();
        let (message, label, note) = match self.tuple_subscript_val(s, span.clone())? {
            Val::Scalar(x) => return Some(TExpr { span, ..x }),
            Val::Array(_) => (
                format!("`{what}` is an array, used here as a number"),
                "an array",
                format!("bind it to a name first (`a = {what}`), then use the name"),
            ),
            Val::Tuple(_) => (
                format!("`{what}` is a tuple, used here as a number"),
                "a tuple",
                "a tuple can be unpacked, indexed, compared, passed to len(), assigned, passed to this file's functions and returned".to_string(),
            ),
            // Typed by cexpr (is_complex sees the element); here only when
            // a complex element stands where a real number is needed.
            _ => {
                self.errors.push(
                    Diagnostic::error("a complex number is used here where a real number is needed")
                        .at(span, "complex"),
                );
                return None;
            }
        };
        self.errors.push(Diagnostic::error(message).at(span, label).note(note));
        None
    }

    /// Each scalar part of `v` computed once (shared), in order.
    fn share_val(&mut self, mut v: Val) -> Val {
        for x in v.scalar_parts() {
            let e = std::mem::replace(
                x,
                TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: 0..0 },
            );
            *x = self.share(e);
        }
        v
    }

    /// `a op b` where an operand is a tuple: CPython's lexicographic order
    /// (the first elements that differ decide, else the lengths do).
    pub(in crate::sema) fn tuple_compare(
        &mut self,
        op: ast::CmpOp,
        l: &Expr,
        r: &Expr,
        span: Range<usize>,
    ) -> Option<TExpr> {
        let queued = self.pre.len();
        let lv = self.value_top(l).map(|v| self.share_val(v));
        let rv = self.value_top(r).map(|v| self.share_val(v));
        if self.pre.len() > queued && !self.may_queue(&span) {
            return None;
        }
        let (lv, rv) = (lv?, rv?);
        if cmp_op(op).is_none() {
            return self.unsupported(span, "`is`, `is not`, `in` and `not in` on tuples are");
        }
        self.val_compare(op, lv, rv, &span)
    }

    pub(in crate::sema) fn val_compare(
        &mut self,
        op: ast::CmpOp,
        l: Val,
        r: Val,
        span: &Range<usize>,
    ) -> Option<TExpr> {
        let boolean =
            |b: bool| TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() };
        match (l, r) {
            (Val::Scalar(a), Val::Scalar(b)) => self.compare(op, a, b, span.clone()),
            (Val::Tuple(xs), Val::Tuple(ys)) => {
                // All common elements equal: the lengths decide.
                let (m, n) = (xs.len() as i128, ys.len() as i128);
                let mut acc = boolean(match op {
                    ast::CmpOp::Eq => m == n,
                    ast::CmpOp::NotEq => m != n,
                    ast::CmpOp::Lt => m < n,
                    ast::CmpOp::LtE => m <= n,
                    ast::CmpOp::Gt => m > n,
                    _ => m >= n,
                });
                let pairs: Vec<(Val, Val)> = xs.into_iter().zip(ys).collect();
                for (x, y) in pairs.into_iter().rev() {
                    let eq = self.val_compare(ast::CmpOp::Eq, x.clone_val(), y.clone_val(), span)?;
                    let decide = self.val_compare(op, x, y, span)?;
                    acc = TExpr {
                        ty: Scalar::Bool,
                        kind: TExprKind::IfExp(Box::new(eq), Box::new(acc), Box::new(decide)),
                        span: span.clone(),
                    };
                }
                Some(acc)
            }
            (Val::Complex(a, b), Val::Complex(c, d)) if matches!(op, ast::CmpOp::Eq | ast::CmpOp::NotEq) => {
                let re = self.compare(op, a, c, span.clone())?;
                let im = self.compare(op, b, d, span.clone())?;
                let kind = if op == ast::CmpOp::Eq {
                    TExprKind::And(Box::new(re), Box::new(im))
                } else {
                    TExprKind::Or(Box::new(re), Box::new(im))
                };
                Some(TExpr { ty: Scalar::Bool, kind, span: span.clone() })
            }
            (a, b) => {
                self.errors.push(
                    Diagnostic::error(format!("comparing {} with {} is not supported", a.ty(), b.ty()))
                        .at(span.clone(), "here")
                        .note("pycc compares tuples element by element when their elements are numbers or tuples of numbers"),
                );
                None
            }
        }
    }
}

impl Val {
    /// A copy of a value whose scalar parts are cheap to repeat (shared).
    fn clone_val(&self) -> Val {
        match self {
            Val::Scalar(x) => Val::Scalar(x.clone()),
            Val::Complex(a, b) => Val::Complex(a.clone(), b.clone()),
            Val::Tuple(xs) => Val::Tuple(xs.iter().map(Val::clone_val).collect()),
            Val::Array(r) => Val::Array(r.clone()),
            Val::List(l) => Val::List(l.clone()),
            Val::Dict(d) => Val::Dict(d.clone()),
        }
    }
}

impl Typer<'_> {
    /// The parts of a tuple put into list `name` (nested tuples flattened;
    /// the list keeps the item's shape in `list_shapes`).
    pub(in crate::sema) fn tuple_item_parts(&mut self, name: &str, xs: Vec<Val>, e: &Expr) -> Option<Vec<TExpr>> {
        let v = Val::Tuple(xs);
        let ty = v.ty();
        // Numbers and real arrays (sema/containers/tuplearrays.rs), nested tuples of them.
        fn numbers_or_arrays(t: &Ty) -> bool {
            match t {
                Ty::Scalar(_) => true,
                Ty::Array(a) => !a.complex,
                Ty::Tuple(xs) => xs.iter().all(numbers_or_arrays),
                _ => false,
            }
        }
        if !numbers_or_arrays(&ty) {
            return self.list_item_error(e, "tuples holding complex numbers, complex arrays or lists");
        }
        let arrays = crate::sema::tuplearrays::holds_array(&ty);
        let nested = arrays || matches!(&ty, Ty::Tuple(xs) if xs.iter().any(|x| matches!(x, Ty::Tuple(_))));
        let key = self.lkey(name);
        let old = self.list_shapes.get(&key);
        let same_shape = |a: &Ty, b: &Ty| a.flat().len() == b.flat().len() && shape_of(a) == shape_of(b);
        let known = self.lists.get(&key).copied().unwrap_or(0);
        // The arrays' types join (layouts to any-strides); a dtype or ndim that differs clashes.
        let joined = old.and_then(|s| crate::sema::tuplearrays::join_item(s, &ty)).filter(|_| arrays);
        let clash = match old {
            Some(s) => !same_shape(s, &ty) || (arrays && joined.is_none()),
            None => nested && known != 0,
        };
        if clash {
            let show = if arrays || old.is_some_and(crate::sema::tuplearrays::holds_array) {
                crate::sema::tuplearrays::describe
            } else {
                shape_of
            };
            let was =
                old.map_or_else(|| "numbers or flat tuples".to_string(), |s| format!("tuples shaped {}", show(s)));
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` is a list of {was}; this puts a tuple shaped {} into it",
                    show(&ty)
                ))
                .at(range(e), "a different kind of item")
                .note("a list's items have one type"),
            );
            return None;
        }
        if nested {
            self.list_shapes.insert(key, joined.unwrap_or(ty));
        }
        if arrays {
            self.note_tuple_arrays(name, &v);
        }
        Some(v.flat(&range(e)))
    }

    /// An item of list `name` from its parts: a number, a tuple, or a
    /// nested tuple of the list's shape.
    pub(in crate::sema) fn list_item_val(&mut self, name: &str, parts: Vec<TExpr>) -> Option<Val> {
        let key = self.lkey(name);
        if let Some(ty) = self.array_items(name) {
            return self.array_item_val(name, ty, parts);
        }
        if let Some(holder) = self.dict_items(name) {
            return self.dict_item_val(&holder, parts);
        }
        if let Some(shape) = self.list_shapes.get(&key).cloned() {
            if crate::sema::tuplearrays::holds_array(&shape) {
                return self.rebuild_with_arrays(name, &shape, &mut parts.into_iter());
            }
            return rebuild(&shape, &mut parts.into_iter());
        }
        let mut parts: Vec<Val> = parts.into_iter().map(Val::Scalar).collect();
        if self.arity_of(name) > 1 || parts.len() > 1 {
            Some(Val::Tuple(parts))
        } else {
            parts.pop()
        }
    }
}

/// A tuple type's nesting, scalar types left out: `((_, _), _)`.
fn shape_of(t: &Ty) -> String {
    match t {
        Ty::Tuple(xs) => format!("({})", xs.iter().map(shape_of).collect::<Vec<_>>().join(", ")),
        _ => "_".into(),
    }
}

impl Typer<'_> {
    /// Whether list `name` may be passed to or returned from a function:
    /// not a list of nested tuples (`Ty::List` carries the flat parts only,
    /// so the other side would not see the nesting).
    pub(in crate::sema) fn list_may_leave(&mut self, name: &str, span: &Range<usize>) -> bool {
        if !self.dict_list_stays(name, span) {
            return false;
        }
        // A helper is specialized to the item's shape (sema/containers/listpass.rs).
        // (A `nonlocal` array's cell, poisoned, was reported: sema/containers/arraylists.rs.)
        if !self.has_shape(name) || (self.passing_args && !self.poisoned.contains(name)) {
            return true;
        }
        if !self.no_array_items(name, "returning or storing", span) {
            return false;
        }
        self.errors.push(
            Diagnostic::error("a list of nested tuples passed to or returned from a function is not supported yet")
                .at(span.clone(), "a list of nested tuples")
                .note("lists of flat tuples can be passed and returned"),
        );
        false
    }

    /// Whether list `name`'s items are nested tuples.
    pub(in crate::sema) fn has_shape(&self, name: &str) -> bool {
        self.list_shapes.contains_key(&self.lkey(name))
    }

    /// Lists `a` and `b` (types' names) made one list: one item shape.
    pub(in crate::sema) fn join_shapes(&mut self, a: &str, b: &str) {
        let shape = self.list_shapes.get(a).or_else(|| self.list_shapes.get(b)).cloned();
        if let Some(shape) = shape {
            self.list_shapes.insert(a.to_string(), shape.clone());
            self.list_shapes.insert(b.to_string(), shape);
        }
    }
}

/// Whether a queued statement changes a list (`xs.pop()`, `xs.append(x)`).
fn changes_list(s: &TStmt) -> bool {
    match s {
        TStmt::ListStore { .. } | TStmt::ListAppend { .. } | TStmt::ListPop { .. } => true,
        TStmt::If { then, orelse, .. } => then.iter().chain(orelse).any(changes_list),
        TStmt::While { body, orelse, .. } | TStmt::For { body, orelse, .. } => {
            body.iter().chain(orelse).any(changes_list)
        }
        TStmt::Seq(body) => body.iter().any(changes_list),
        TStmt::Try { body, handler } => body.iter().chain(handler).any(changes_list),
        _ => false,
    }
}

/// Whether a queued statement works on a list (makes, changes or reads one).
fn touches_list(s: &TStmt) -> bool {
    let reads = |e: &TExpr| any_node(e, &|x: &TExpr| matches!(x.kind, TExprKind::ListLoad(..) | TExprKind::ListLen(_)));
    match s {
        TStmt::ListNew { .. } | TStmt::ListStore { .. } | TStmt::ListAppend { .. } | TStmt::ListPop { .. } => true,
        TStmt::Assign { value, .. } => reads(value),
        TStmt::If { cond, then, orelse } => reads(cond) || then.iter().chain(orelse).any(touches_list),
        TStmt::While { cond, body, orelse } => reads(cond) || body.iter().chain(orelse).any(touches_list),
        TStmt::For { start, stop, body, orelse, .. } => {
            reads(start) || reads(stop) || body.iter().chain(orelse).any(touches_list)
        }
        TStmt::Seq(body) => body.iter().any(touches_list),
        TStmt::Try { body, handler } => body.iter().chain(handler).any(touches_list),
        _ => false,
    }
}
