//! Dicts whose values are arrays (numba's typed dicts of arrays):
//! `d[k] = np.zeros(3)`, `d[k]` (a view of the array put in, as in
//! Python), `d[k][0] += 1`, `d[k] = d[k] + x`, `k in d`, `len(d)`, and
//! `for` over `d`, `d.values()`, `d.items()`. A value is the array's
//! descriptor words (int64 each, as a list of arrays holds them,
//! sema/containers/arraylists.rs); the dict keeps the arrays' type in `list_shapes`
//! under `name{}.arr` and the parameters they may alias under `name{}[]`.
//! `d.pop(k)`, `d.get(k, a)`, `d.pop(k, a)` (an array default) and
//! `d[k] op= x` (in place on the stored array, as numpy's `__iadd__`) work;
//! `d.setdefault(k, a)` and `v = d.get(k)` (an optional array local)
//! too; passing or returning the dict stay diagnostics.

use crate::base::types::Layout;
use crate::sema::*;
use crate::tir::dict::DictOp;

/// A numba array type object (`types.float64[:]`, `nb.i8[:, ::1]`): the
/// value type of `Dict.empty` for a dict of arrays.
pub(in crate::sema) fn numba_array_type(e: &Expr) -> Option<ArrayTy> {
    let Expr::Subscript(s) = e else { return None };
    let dtype = match s.value.as_ref() {
        Expr::Name(n) => crate::syntax::signature::scalar_by_name(n.id.as_str())?,
        Expr::Attribute(a) => crate::syntax::signature::scalar_by_name(a.attr.as_str())?,
        _ => return None,
    };
    let dims: Vec<&Expr> = match s.slice.as_ref() {
        Expr::Tuple(t) => t.elts.iter().collect(),
        x => vec![x],
    };
    let mut unit = false;
    for d in &dims {
        let Expr::Slice(sl) = d else { return None };
        if sl.lower.is_some() || sl.upper.is_some() {
            return None;
        }
        unit = match sl.step.as_deref() {
            None => false,
            Some(x) => matches!(crate::syntax::parse::literal_value(x)?, ConstValue::Int(1)),
        };
    }
    let layout = if unit { Layout::C } else { Layout::A };
    Some(ArrayTy { dtype, ndim: dims.len() as u32, layout, complex: false })
}

fn shape_key(name: &str) -> String {
    format!("{name}{{}}.arr")
}

fn sources_key(name: &str) -> String {
    format!("{name}{{}}[]")
}

impl Typer<'_> {
    /// The type of the arrays dict `name` holds, if it holds arrays.
    pub(in crate::sema) fn dict_array_ty(&self, name: &str) -> Option<ArrayTy> {
        match self.list_shapes.get(&shape_key(name)) {
            Some(Ty::Array(t)) => Some(*t),
            _ => None,
        }
    }

    /// Whether `e` is `d[k]` of a dict of arrays.
    pub(in crate::sema) fn is_dict_array_item(&self, e: &Expr) -> bool {
        match e {
            Expr::Subscript(s) => self.dict_name(&s.value).is_some_and(|n| self.dict_array_ty(&n).is_some()),
            _ => false,
        }
    }

    /// An array put into dict `name` as a value: its descriptor words. The
    /// dict's arrays join to one type; a dict of numbers takes no array
    /// (and the reverse).
    pub(in crate::sema) fn dict_array_parts(
        &mut self,
        name: &str,
        r: &ArrayRef,
        span: Range<usize>,
    ) -> Option<Vec<TExpr>> {
        let numbers = self.dicts.get(name).is_some_and(|&(_, v)| v != 0) && self.dict_array_ty(name).is_none();
        let param = self.index.get(name).is_some_and(|&v| v < self.nparams);
        let ty = match self.dict_array_ty(name) {
            _ if numbers || param || r.ty.complex => None,
            None => Some(r.ty),
            Some(old) => old.join(&r.ty),
        };
        let Some(ty) = ty else {
            let have = match self.dict_array_ty(name) {
                Some(t) => format!("values {}", t.numba_name()),
                None if param => "the caller's dict".to_string(),
                None => "number values".to_string(),
            };
            self.errors.push(
                Diagnostic::error(format!("`{name}` has {have}; this puts a {} array into it", r.ty.numba_name()))
                    .at(span, "a different value")
                    .note("a dict's values have one type: arrays of one dtype and number of dimensions (not complex), made in this function"),
            );
            return None;
        };
        self.list_shapes.insert(shape_key(name), Ty::Array(ty));
        let from = self.array_sources.get(&r.name).cloned().unwrap_or_default();
        self.array_sources.entry(sources_key(name)).or_default().extend(from);
        Some(self.array_exprs(r, span))
    }

    /// A number or tuple put into a dict of arrays: a diagnostic.
    pub(in crate::sema) fn dict_array_clash<T>(&mut self, name: &str, span: Range<usize>) -> Option<T> {
        let ty = self.dict_array_ty(name).map(|t| t.numba_name()).unwrap_or_default();
        self.errors.push(
            Diagnostic::error(format!("`{name}` has values {ty}; this puts another kind of value into it"))
                .at(span, "not an array")
                .note("a dict's values have one type (numba's typed dict)"),
        );
        None
    }

    /// A value of dict `name` of arrays read back (`parts`: its descriptor
    /// words) as a fresh array variable; `into` receives the assignments.
    pub(in crate::sema) fn dict_array_val(
        &mut self,
        name: &str,
        parts: Vec<TExpr>,
        into: &mut Vec<TStmt>,
    ) -> Option<Val> {
        let ty = self.dict_array_ty(name)?;
        let sources = self.array_sources.get(&sources_key(name)).cloned().unwrap_or_default();
        let r = self.array_temp(ty, sources);
        if parts.len() != r.vars().len() {
            return None;
        }
        for (var, value) in r.vars().into_iter().zip(parts) {
            into.push(TStmt::Assign { var, value });
        }
        Some(Val::Array(r))
    }

    /// What stays out for a dict of arrays: a diagnostic when `name` holds
    /// arrays.
    pub(in crate::sema) fn no_dict_arrays(&mut self, name: &str, what: &str, span: Range<usize>) -> bool {
        if self.dict_array_ty(name).is_none() {
            return true;
        }
        self.errors.push(
            Diagnostic::error(format!("{what} a dict of arrays is not supported yet"))
                .at(span, "a dict of arrays")
                .note("a dict of arrays can be indexed, stored into (also `d[k] += x`), iterated, tested with `in`, passed to len(), and has pop(k), v = get(k), get(k, default), pop(k, default) and setdefault(k, default) with an array default"),
        );
        false
    }

    /// Dict `y` names dict `x` (or its copy): it holds x's arrays.
    pub(in crate::sema) fn alias_dict_arrays(&mut self, x: &str, y: &str) {
        if let Some(t) = self.list_shapes.get(&shape_key(x)).cloned() {
            self.list_shapes.insert(shape_key(y), t);
            let from = self.array_sources.get(&sources_key(x)).cloned().unwrap_or_default();
            self.array_sources.entry(sources_key(y)).or_default().extend(from);
        }
    }

    /// `Dict.empty(key_type=..., value_type=types.float64[:])`: the
    /// declared array type; the value words a zero placeholder.
    pub(in crate::sema) fn declare_dict_arrays(&mut self, name: &str, ty: ArrayTy, span: &Range<usize>) -> Vec<TExpr> {
        let t = match self.dict_array_ty(name) {
            Some(old) => old.join(&ty).unwrap_or(ty),
            None => ty,
        };
        self.list_shapes.insert(shape_key(name), Ty::Array(t));
        let zero = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
        vec![zero; ty.flat_len()]
    }

    /// `d.pop(k)`, `d.get(k, a)`, `d.pop(k, a)` of a dict of arrays: the
    /// array removed, found, or the default (the array itself, as Python).
    pub(in crate::sema) fn dict_array_method(
        &mut self,
        name: &str,
        a: &ast::ExprAttribute,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<Val> {
        let what = a.attr.as_str();
        if let ("setdefault", [k, v]) = (what, c.args.as_slice()) {
            if c.keywords.is_empty() {
                return self.dict_array_setdefault(name, k, v, span);
            }
        }
        let (k, default) = match (what, c.args.as_slice()) {
            ("pop", [k]) | ("get", [k, _]) | ("pop", [k, _]) if c.keywords.is_empty() => (k, c.args.get(1)),
            _ => {
                self.no_dict_arrays(name, &format!("{what}() of"), span);
                return None;
            }
        };
        let key = self.dict_key(name, k)?;
        let Some(default) = default else {
            // `pop(k)`: KeyError for a missing key; the removal changes the
            // dict, so it must not run before an arm that would not run.
            if !self.may_queue(&span) {
                return None;
            }
            let (stmt, reads) = self.dict_op(name, DictOp::Pop, key, vec![], &span);
            self.pre.push(stmt);
            let mut pre = Vec::new();
            let v = self.dict_array_val(name, reads, &mut pre);
            self.pre.extend(pre);
            return v;
        };
        // CPython evaluates the default before the lookup.
        let dflt = match self.value(default)? {
            Val::Array(r) => r,
            _ => return self.dict_array_clash(name, range(default)),
        };
        let op = if what == "pop" { DictOp::PopOr } else { DictOp::Find };
        if op == DictOp::PopOr && !self.may_queue(&span) {
            return None;
        }
        let ty = self.dict_array_ty(name)?;
        let Some(joined) = ty.join(&dflt.ty) else {
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` has values {}; this default is a {} array",
                    ty.numba_name(),
                    dflt.ty.numba_name()
                ))
                .at(range(default), "a different array type")
                .note("numba types the result as one array type: the default must have the values' dtype and number of dimensions"),
            );
            return None;
        };
        let (stmt, reads) = self.dict_op(name, op, key, vec![], &span);
        self.pre.push(stmt);
        let mut sources = self.array_sources.get(&sources_key(name)).cloned().unwrap_or_default();
        sources.extend(self.array_sources.get(&dflt.name).cloned().unwrap_or_default());
        let r = self.array_temp(joined, sources);
        let found = reads[0].clone();
        let words = self.array_exprs(&dflt, span.clone());
        for ((var, got), dflt) in r.vars().into_iter().zip(reads[1..].iter().cloned()).zip(words) {
            let kind = TExprKind::IfExp(Box::new(found.clone()), Box::new(got), Box::new(dflt));
            self.pre.push(TStmt::Assign { var, value: TExpr { ty: Scalar::I64, kind, span: span.clone() } });
        }
        Some(Val::Array(r))
    }

    /// `v = d.get(k)` of a dict of arrays: `v` an optional array local
    /// (sema/ndarray/optarrays.rs), None for a missing key. A missing key's
    /// descriptor words are zeros (never read: the flag guards every use).
    pub(in crate::sema) fn dict_array_get_none(
        &mut self,
        target: &str,
        name: &str,
        k: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let key = self.dict_key(name, k)?;
        let ty = self.dict_array_ty(name)?;
        let (stmt, reads) = self.dict_op(name, DictOp::Find, key, vec![], &span);
        let mut out = vec![stmt];
        let sources = self.array_sources.get(&sources_key(name)).cloned().unwrap_or_default();
        let r = self.array_temp(ty, sources);
        let found = reads[0].clone();
        let zero = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
        for (var, got) in r.vars().into_iter().zip(reads[1..].iter().cloned()) {
            let kind = TExprKind::IfExp(Box::new(found.clone()), Box::new(got), Box::new(zero.clone()));
            out.push(TStmt::Assign { var, value: TExpr { ty: Scalar::I64, kind, span: span.clone() } });
        }
        let binds = self.bind_array(target, r, span.clone())?;
        let flag = self.var(&optional::flag_name(target));
        let missing = TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(found)), span };
        let (mut vars, mut values): (Vec<Var>, Vec<TExpr>) = binds.into_iter().unzip();
        vars.push(flag);
        values.push(missing);
        out.push(TStmt::ParallelAssign { vars, values });
        self.not_none.remove(target);
        Some(TStmt::Seq(out))
    }

    /// `d.setdefault(k, a)` of a dict of arrays: the stored array when `k`
    /// is there, else `a`, stored (itself, not a copy, as Python). CPython
    /// computes `k` and `a` first, so `a` is made either way.
    fn dict_array_setdefault(&mut self, name: &str, k: &Expr, v: &Expr, span: Range<usize>) -> Option<Val> {
        let kp = self.dict_parts(k, "key")?;
        let dflt = match self.value(v)? {
            Val::Array(r) => r,
            _ => return self.dict_array_clash(name, range(v)),
        };
        let vp = self.dict_array_parts(name, &dflt, range(v))?;
        let (key, value) = self.dict_put(name, kp, vp, &span)?;
        if !self.may_queue(&span) {
            return None;
        }
        let (stmt, reads) = self.dict_op(name, DictOp::SetDefault, key, value, &span);
        self.pre.push(stmt);
        let mut pre = Vec::new();
        let out = self.dict_array_val(name, reads, &mut pre);
        self.pre.extend(pre);
        out
    }

    /// `d[k] op= x` of a dict of arrays (or `L[i] op= x` of a list of
    /// arrays): numpy's in-place operator on the stored array (`__iadd__` returns it, and storing it back changes
    /// nothing), so it is `t = d[k]` then `t op= x`, the key computed once.
    pub(in crate::sema) fn dict_array_augassign(
        &mut self,
        name: &str,
        s: &ast::ExprSubscript,
        op: ast::Operator,
        value: &Expr,
    ) -> Option<TStmt> {
        let r = s.range;
        let temp = format!("{name}$aug");
        let target = |ctx| Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(temp.as_str()), ctx });
        let read = Expr::Subscript(ast::ExprSubscript { ctx: ast::ExprContext::Load, ..s.clone() });
        let body = vec![
            Stmt::Assign(ast::StmtAssign {
                range: r,
                targets: vec![target(ast::ExprContext::Store)],
                value: Box::new(read),
                type_comment: None,
            }),
            Stmt::AugAssign(ast::StmtAugAssign {
                range: r.cover(ast::Ranged::range(value)),
                target: Box::new(target(ast::ExprContext::Store)),
                op,
                value: Box::new(value.clone()),
            }),
        ];
        let errors = self.errors.len();
        let lets = std::mem::take(&mut self.lets);
        let out = self.block(&body);
        self.lets = lets;
        if self.errors.len() > errors {
            return None;
        }
        Some(TStmt::Seq(out))
    }
}
