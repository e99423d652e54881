//! Dicts whose values are arrays (numba's typed dicts of arrays):
//! `d[k] = np.zeros(3)`, `d[k]` (a view of the array put in, as in
//! Python), `d[k][0] += 1`, `d[k] = d[k] + x`, `k in d`, `len(d)`, and
//! `for` over `d`, `d.values()`, `d.items()`. A value is the array's
//! descriptor words (int64 each, as a list of arrays holds them,
//! sema/arraylists.rs); the dict keeps the arrays' type in `list_shapes`
//! under `name{}.arr` and the parameters they may alias under `name{}[]`.
//! The methods, `op=` on a value, and passing or returning the dict stay
//! diagnostics.

use super::*;
use crate::base::types::Layout;

/// A numba array type object (`types.float64[:]`, `nb.i8[:, ::1]`): the
/// value type of `Dict.empty` for a dict of arrays.
pub(super) fn numba_array_type(e: &Expr) -> Option<ArrayTy> {
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
    pub(super) fn dict_array_ty(&self, name: &str) -> Option<ArrayTy> {
        match self.list_shapes.get(&shape_key(name)) {
            Some(Ty::Array(t)) => Some(*t),
            _ => None,
        }
    }

    /// Whether `e` is `d[k]` of a dict of arrays.
    pub(super) fn is_dict_array_item(&self, e: &Expr) -> bool {
        match e {
            Expr::Subscript(s) => self.dict_name(&s.value).is_some_and(|n| self.dict_array_ty(&n).is_some()),
            _ => false,
        }
    }

    /// An array put into dict `name` as a value: its descriptor words. The
    /// dict's arrays join to one type; a dict of numbers takes no array
    /// (and the reverse).
    pub(super) fn dict_array_parts(&mut self, name: &str, r: &ArrayRef, span: Range<usize>) -> Option<Vec<TExpr>> {
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
    pub(super) fn dict_array_clash<T>(&mut self, name: &str, span: Range<usize>) -> Option<T> {
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
    pub(super) fn dict_array_val(&mut self, name: &str, parts: Vec<TExpr>, into: &mut Vec<TStmt>) -> Option<Val> {
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
    pub(super) fn no_dict_arrays(&mut self, name: &str, what: &str, span: Range<usize>) -> bool {
        if self.dict_array_ty(name).is_none() {
            return true;
        }
        self.errors.push(
            Diagnostic::error(format!("{what} a dict of arrays is not supported yet"))
                .at(span, "a dict of arrays")
                .note("a dict of arrays can be indexed, stored into, iterated, tested with `in` and passed to len()"),
        );
        false
    }

    /// Dict `y` names dict `x` (or its copy): it holds x's arrays.
    pub(super) fn alias_dict_arrays(&mut self, x: &str, y: &str) {
        if let Some(t) = self.list_shapes.get(&shape_key(x)).cloned() {
            self.list_shapes.insert(shape_key(y), t);
            let from = self.array_sources.get(&sources_key(x)).cloned().unwrap_or_default();
            self.array_sources.entry(sources_key(y)).or_default().extend(from);
        }
    }

    /// `Dict.empty(key_type=..., value_type=types.float64[:])`: the
    /// declared array type; the value words a zero placeholder.
    pub(super) fn declare_dict_arrays(&mut self, name: &str, ty: ArrayTy, span: &Range<usize>) -> Vec<TExpr> {
        let t = match self.dict_array_ty(name) {
            Some(old) => old.join(&ty).unwrap_or(ty),
            None => ty,
        };
        self.list_shapes.insert(shape_key(name), Ty::Array(t));
        let zero = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
        vec![zero; ty.flat_len()]
    }
}
