//! Lists of arrays (numba's reflected/typed lists of arrays): `[a, b]`,
//! `L.append(np.zeros(3))`, `L[i]`, `L[i][j]`, `for a in L`, `len(L)`,
//! `pop`, `reverse`, slices. An item is the array's descriptor (data,
//! shapes, strides, owner: one int64 word each, as in a tuple's parts);
//! the list keeps the arrays' type in `list_shapes` (one dtype and ndim;
//! layouts join to any-strides). Items are views of the arrays put in, as
//! in Python: a store through `L[i]` is seen by the array. The arrays stay
//! alive until the exported call returns (analysis/lifetimes.rs releases
//! nothing in a function that puts an array into a list). The cell of a
//! `nonlocal` array that a nested function rebinds (syntax/lift.rs) is
//! such a list, of one item.

use crate::sema::*;

impl Typer<'_> {
    /// The type of the arrays list `name` holds, if it holds arrays.
    pub(in crate::sema) fn array_items(&self, name: &str) -> Option<ArrayTy> {
        match self.list_shapes.get(&self.lkey(name)) {
            Some(Ty::Array(t)) => Some(*t),
            _ => None,
        }
    }

    /// Whether `e` names a list of arrays.
    pub(in crate::sema) fn is_array_list_name(&self, e: &Expr) -> bool {
        matches!(e, Expr::Name(_)) && self.list_name(e).is_some_and(|n| self.array_items(&n).is_some())
    }

    /// `return L` of a list of arrays: its header, the result a new Python
    /// list of the arrays (wrap/mod.rs boxes each as an array result).
    pub(in crate::sema) fn array_list_return(&mut self, v: &Expr, span: Range<usize>) -> Option<TStmt> {
        let name = self.list_name(v)?;
        let ty = self.array_items(&name)?;
        if !self.dict_list_stays(&name, &span) {
            return None;
        }
        self.shares_arrays = true;
        let l = self.list_ref(&name);
        self.returns.push((Some(Ty::ListOf(Box::new(Ty::Array(ty)))), span.clone()));
        let header = TExpr { ty: Scalar::I64, kind: TExprKind::Var(l.header), span: span.clone() };
        Some(TStmt::Return { values: vec![header], span })
    }

    /// A call of the file's helper `name` returning a list of arrays: the
    /// callee's list (its header), its arrays aliasing any array argument
    /// or any array in a list argument (`sources`).
    pub(in crate::sema) fn array_list_call(
        &mut self,
        name: &str,
        symbol: String,
        args: Vec<TExpr>,
        item: &Ty,
        mut sources: std::collections::BTreeSet<String>,
        arg_exprs: &[Expr],
    ) -> Option<Val> {
        let Ty::Array(t) = *item else { return None };
        for a in arg_exprs {
            if let Some(n) = self.list_name(a) {
                let key = format!("{}[]", self.lkey(&n));
                sources.extend(self.array_sources.get(&key).cloned().unwrap_or_default());
            }
        }
        self.shares_arrays = true;
        let header = self.fresh("call", Scalar::I64);
        let temp = format!("${name}()");
        self.list_shapes.insert(temp.clone(), Ty::Array(t));
        self.array_sources.insert(format!("{temp}[]"), sources);
        let list = crate::tir::list::ListRef { name: temp, header, items: vec![Scalar::I64; t.flat_len()] };
        self.pre.push(TStmt::CallAssign { symbol, args, vars: vec![header] });
        Some(Val::List(list))
    }

    /// The type of value `v` when it is a helper's list of arrays.
    pub(in crate::sema) fn array_list_ty(&self, v: &Val) -> Option<Ty> {
        let Val::List(l) = v else { return None };
        match self.list_shapes.get(&self.lkey(&l.name)) {
            Some(Ty::Array(t)) => Some(Ty::ListOf(Box::new(Ty::Array(*t)))),
            _ => None,
        }
    }

    /// Whether `e` is `L[i]` (not a slice) of a list of arrays.
    pub(in crate::sema) fn is_array_list_item(&self, e: &Expr) -> bool {
        match e {
            Expr::Subscript(s) if !matches!(s.slice.as_ref(), Expr::Slice(_)) => {
                self.list_name(&s.value).is_some_and(|n| self.array_items(&n).is_some()) || self.is_dict_array_item(e)
            }
            _ => false,
        }
    }

    /// Whether `e` reads an item of a list or dict of arrays (`L[i][j]`,
    /// `d[k].sum()`): its descriptor is read before the statement, so a
    /// conditional arm holding it is made a branch of its own.
    pub(in crate::sema) fn reads_array_item(&self, e: &Expr) -> bool {
        let any = |xs: &[Expr]| xs.iter().any(|x| self.reads_array_item(x));
        if self.is_dict_list_item(e) {
            // A dict of a list of dicts is bound before the statement too.
            return true;
        }
        match e {
            Expr::Subscript(s) => {
                self.is_array_list_item(e) || self.reads_array_item(&s.value) || self.reads_array_item(&s.slice)
            }
            Expr::BinOp(b) => self.reads_array_item(&b.left) || self.reads_array_item(&b.right),
            Expr::UnaryOp(u) => self.reads_array_item(&u.operand),
            Expr::Attribute(a) => self.reads_array_item(&a.value),
            Expr::Call(c) => self.reads_array_item(&c.func) || any(&c.args),
            Expr::Compare(c) => self.reads_array_item(&c.left) || any(&c.comparators),
            Expr::BoolOp(b) => any(&b.values),
            Expr::Tuple(t) => any(&t.elts),
            Expr::IfExp(x) => {
                self.reads_array_item(&x.test) || self.reads_array_item(&x.body) || self.reads_array_item(&x.orelse)
            }
            _ => false,
        }
    }

    /// `L[i][j]` / `d[k][j]` where no temporary is made for the item: only
    /// a statement's own value and a conditional's arms get one (sema/desugar/temps.rs,
    /// arms_as_branches).
    pub(in crate::sema) fn array_item_here<T>(&mut self, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error(
                "indexing an item of a list or dict of arrays here (after `and`/`or`, in a `while` test) is not supported yet",
            )
            .at(span, "an item of a list or dict of arrays")
            .note("assign the item to a variable first (`v = d[k]`), or test with an `if` statement"),
        );
        None
    }

    pub(in crate::sema) fn array_list_clash<T>(&mut self, name: &str, span: &Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error(format!("`{name}` is a list of arrays; this puts another kind of item into it"))
                .at(span.clone(), "not an array")
                .note("a list's items have one type"),
        );
        None
    }

    /// An array put into list `name`: its descriptor words. The list's
    /// arrays join to one type; the parameters they may alias are kept
    /// (under `name[]`) for the arrays read back (writable buffers).
    pub(in crate::sema) fn array_item_parts(&mut self, name: &str, r: ArrayRef, e: &Expr) -> Option<Vec<TExpr>> {
        let span = range(e);
        let key = self.lkey(name);
        let param = self.index.get(name).is_some_and(|&v| v < self.nparams);
        let holds_other =
            self.nested(name) || (self.lists.get(&key).copied().unwrap_or(0) > 0 && self.array_items(name).is_none());
        if holds_other && param && !name.ends_with("$cell") {
            // A helper's list parameter carries number items only (`Ty::List`).
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` is a list from the caller, or the enclosing function's list that this nested function uses; a list of arrays cannot be passed between functions yet"
                ))
                .at(span, "an array")
                .note("make and fill the list of arrays in one function (numba's lists of arrays can be passed; pycc's cannot yet)"),
            );
            return None;
        }
        if holds_other {
            self.errors.push(
                Diagnostic::error(format!("`{name}` holds numbers, tuples or lists; this puts an array into it"))
                    .at(span, "an array")
                    .note("a list's items have one type"),
            );
            return None;
        }
        let ty = match self.array_items(name) {
            None => r.ty,
            Some(old) => match old.join(&r.ty) {
                Some(t) => t,
                None => {
                    let (old, new) = (old.numba_name(), r.ty.numba_name());
                    // syntax/lift.rs made the cell of a `nonlocal` variable.
                    let d = match name.strip_suffix("$cell") {
                        Some(var) => Diagnostic::error(format!("`{var}` is {old}; this binds {new} to it"))
                            .at(span, "a different array type")
                            .note("a `nonlocal` array keeps one dtype and number of dimensions"),
                        None => Diagnostic::error(format!("`{name}` is a list of {old}; this puts {new} into it"))
                            .at(span, "a different array type")
                            .note("a list's arrays have one dtype and number of dimensions"),
                    };
                    self.errors.push(d);
                    return None;
                }
            },
        };
        if let Some(old) = self.array_items(name) {
            if !self.keeps_param_items(name, &old, &ty, &span) {
                return None;
            }
        }
        self.list_shapes.insert(key.clone(), Ty::Array(ty));
        let from = self.array_sources.get(&r.name).cloned().unwrap_or_default();
        self.array_sources.entry(format!("{key}[]")).or_default().extend(from);
        Some(self.array_exprs(&r, span))
    }

    /// An item of a list of arrays (`parts`: its descriptor words) as a
    /// fresh array variable, set before the statement.
    pub(in crate::sema) fn array_item_val(&mut self, name: &str, ty: ArrayTy, parts: Vec<TExpr>) -> Option<Val> {
        let key = self.lkey(name);
        let sources = self.array_sources.get(&format!("{key}[]")).cloned().unwrap_or_default();
        let r = self.array_temp(ty, sources);
        if parts.len() != r.vars().len() {
            return None;
        }
        for (var, value) in r.vars().into_iter().zip(parts) {
            self.pre.push(TStmt::Assign { var, value });
        }
        Some(Val::Array(r))
    }

    /// Which operations on a list of arrays stay out: a diagnostic when
    /// `name` holds arrays.
    pub(in crate::sema) fn no_array_items(&mut self, name: &str, what: &str, span: &Range<usize>) -> bool {
        if self.array_items(name).is_none() && !self.tuple_array_items(name) {
            return true;
        }
        self.errors.push(
            Diagnostic::error(format!(
                "{what} a list of {} is not supported yet",
                if self.tuple_array_items(name) { "tuples holding arrays" } else { "arrays" }
            ))
            .at(span.clone(), "a list of arrays")
            .note("a list of arrays can be indexed, iterated, appended to, popped, passed to len() and passed to a helper"),
        );
        false
    }
}
