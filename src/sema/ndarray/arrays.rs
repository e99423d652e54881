//! Typing of arrays (`f8[:]`, `f8[:, ::1]`, ...) in the body.
//!
//! An array variable `a` (a parameter, or a local bound to an array the
//! body allocated, a helper returned, or another array variable) is carried
//! as int64 variables, like a tuple's elements: `a.data` (the buffer's
//! address), `a.shape.k` (extent of axis k), `a.strides.k` (bytes between
//! items along axis k) and `a.obj` (the Python object owning the memory,
//! what a `return a` gives back). Names with a dot cannot clash with Python
//! names. What the body may do with an array: `a[i]`, `a[i, j]` (one int
//! index per axis), stores and augmented stores to those, `len(a)`,
//! `a.shape`, `a.shape[k]`, `a.size`, `a.ndim`, `for x in a` over a 1-d
//! array, bind it to another name, pass it to this file's functions, and
//! return it; elementwise arithmetic (`a + b`, `a[1:] += x`, `np.sqrt(a)`)
//! is sema/ndarray/arrayops.rs. Anything else is a diagnostic.

use crate::base::types::Layout;
use crate::sema::*;
use crate::tir::array::IndexItem;

/// The descriptor variables of array variable `name`, in kernel-parameter
/// order (data, shapes, strides, owner), each with what it holds.
pub fn param_names(name: &str, a: &ArrayTy) -> Vec<(String, &'static str)> {
    let mut out = vec![(format!("{name}.data"), "data")];
    out.extend((0..a.ndim).map(|k| (format!("{name}.shape.{k}"), "shape")));
    out.extend((0..a.ndim).map(|k| (format!("{name}.strides.{k}"), "strides")));
    out.push((format!("{name}.obj"), "owner"));
    out
}

/// `r[indices] = complex(re, im)` for a complex array `r`: each part
/// rounded to the array's part type, as numpy converts complex128 to
/// complex64.
pub(in crate::sema) fn complex_store(r: &ArrayRef, indices: Vec<TExpr>, (re, im): (TExpr, TExpr)) -> TStmt {
    let p = r.ty.dtype;
    TStmt::Seq(vec![
        TStmt::Store { array: r.clone(), indices: indices.clone(), value: cast(re, p) },
        TStmt::Store { array: r.imag_part(), indices, value: cast(im, p) },
    ])
}

/// The parts of element `indices` of array `r` (a real element's imaginary
/// part is 0.0 of its float type, as numpy converts a real array to complex).
fn element_parts_of(r: &ArrayRef, indices: Vec<TExpr>, span: &Range<usize>) -> (TExpr, TExpr) {
    let load = |a: ArrayRef, idx| TExpr { ty: a.ty.dtype, kind: TExprKind::Load(a, idx), span: span.clone() };
    if r.ty.complex {
        return (load(r.clone(), indices.clone()), load(r.imag_part(), indices));
    }
    let p = if r.ty.dtype == (Scalar::Float { bits: 32 }) { r.ty.dtype } else { Scalar::F64 };
    (
        cast(load(r.clone(), indices), p),
        TExpr { ty: p, kind: TExprKind::Const(ConstValue::Float(0.0)), span: span.clone() },
    )
}

/// The diagnostic for a complex value stored into a real array.
pub(in crate::sema) fn complex_into_real(name: &str, dtype: Scalar, span: Range<usize>) -> Diagnostic {
    Diagnostic::error(format!("cannot store a complex number into {name}, an array of {dtype}"))
        .at(span, "this is complex")
        .note("numpy raises TypeError for a complex element and discards the imaginary part of a complex array with a ComplexWarning; store `.real` or `abs(z)` explicitly")
}

/// The source in `array_sources` of numpy's read-only views (`np.diag`
/// of a 2-d array): not a parameter, never written.
pub(in crate::sema) const READ_ONLY: &str = "!read-only";

const ARRAY_NOTE: &str = "an array can be indexed (a[i], a[i, j]), stored into, iterated (1-d), measured (len(a), a.shape, a.size, a.ndim), used in elementwise arithmetic (a + b, a[1:] += x, np.sqrt(a)), bound to a name, passed to this file's functions and returned";

impl Typer<'_> {
    /// The array variable `e` names, if it is one.
    pub(in crate::sema) fn array_name(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Name(n) if self.arrays.contains_key(n.id.as_str()) => Some(n.id.to_string()),
            // `t[k]` of a tuple holding arrays is its element's array variable.
            Expr::Subscript(s) => self.tuple_array_element(s),
            _ => None,
        }
    }

    pub(in crate::sema) fn array_ref(&mut self, name: &str) -> ArrayRef {
        let ty = self.arrays[name];
        let vars: Vec<Var> = param_names(name, &ty).iter().map(|(n, _)| self.var(n)).collect();
        let nd = ty.ndim as usize;
        ArrayRef {
            name: name.to_string(),
            ty,
            data: vars[0],
            shape: vars[1..1 + nd].to_vec(),
            strides: vars[1 + nd..1 + 2 * nd].to_vec(),
            owner: vars[1 + 2 * nd],
            imag: false,
        }
    }

    /// The descriptor of array `r` as int64 expressions, in kernel order.
    pub(in crate::sema) fn array_exprs(&self, r: &ArrayRef, span: Range<usize>) -> Vec<TExpr> {
        r.vars().into_iter().map(|v| self.i64_var(v, span.clone())).collect()
    }

    /// A fresh array variable of type `ty` (for an allocation's or a call's
    /// result), aliasing the parameters `sources`.
    pub(in crate::sema) fn array_temp(&mut self, ty: ArrayTy, sources: std::collections::BTreeSet<String>) -> ArrayRef {
        let temp = format!("$array{}", self.temps);
        self.temps += 1;
        self.arrays.insert(temp.clone(), ty);
        self.array_sources.insert(temp.clone(), sources);
        for (n, _) in param_names(&temp, &ty) {
            self.types.insert(n.clone(), Scalar::I64);
            self.assigned.insert(n, Scalar::I64);
        }
        self.array_ref(&temp)
    }

    /// Binds array `src` to the name `name`: its descriptor variables take
    /// src's values. One name keeps one dtype and ndim; layouts that differ
    /// join to any-strides.
    pub(in crate::sema) fn bind_array(
        &mut self,
        name: &str,
        src: ArrayRef,
        span: Range<usize>,
    ) -> Option<Vec<(Var, TExpr)>> {
        // An optional local set only to None so far (int64 for now) may
        // become an optional array (sema/numbers/optional.rs's check_optional_bind).
        let none_only = self.optional.contains(name) && !self.assigned.contains_key(name);
        if self.types.contains_key(name) && !none_only
            || self.assigned.contains_key(name)
            || self.arity.contains_key(name)
            || self.complex.contains(name)
        {
            self.clashes.push(name.to_string());
            self.errors.push(
                Diagnostic::error(format!("`{name}` holds numbers or tuples; it cannot also hold an array"))
                    .at(span, "assigns an array")
                    .note("one variable keeps one kind of value"),
            );
            return None;
        }
        let ty = match self.arrays.get(name) {
            None => src.ty,
            Some(old) => match old.join(&src.ty) {
                Some(t) => t,
                None => {
                    self.clashes.push(name.to_string());
                    let mut d = Diagnostic::error(format!(
                        "`{name}` holds {} and {}; one variable keeps one dtype and number of dimensions",
                        old.numba_name(),
                        src.ty.numba_name()
                    ))
                    .at(span, format!("this is {}", src.ty.numba_name()));
                    if old.ndim == src.ty.ndim {
                        // numba's Array.unify needs equal dtypes too, so
                        // such code fails there as well; say how to fix it.
                        d = d.note("numba cannot unify arrays of two dtypes either; convert one with `.astype(...)`");
                    }
                    self.errors.push(d);
                    return None;
                }
            },
        };
        self.arrays.insert(name.to_string(), ty);
        let from = self.array_sources.get(&src.name).cloned().unwrap_or_default();
        self.array_sources.entry(name.to_string()).or_default().extend(from);
        let values = self.array_exprs(&src, span);
        Some(param_names(name, &ty).into_iter().zip(values).map(|((n, _), v)| self.bind(&n, v)).collect())
    }

    /// Records that the body (or a callee) may store into array `name`:
    /// the parameters it may alias need writable buffers.
    pub(in crate::sema) fn mark_written(&mut self, name: &str) {
        let sources = self.array_sources.get(name).cloned().unwrap_or_default();
        self.written.extend(sources.into_iter().filter(|s| s != READ_ONLY));
    }

    /// Whether array `name` may be numpy's read-only view (`READ_ONLY`).
    pub(in crate::sema) fn may_be_read_only(&self, name: &str) -> bool {
        self.array_sources.get(name).is_some_and(|s| s.contains(READ_ONLY))
    }

    /// Before a store into `dst` (an item, a view, an index): numpy's own
    /// `ValueError: assignment destination is read-only` when `dst` may be
    /// numpy's read-only view, checked at run time by numpy's copyto with
    /// `where=False` (which writes nothing into a writable array). The store is checked,
    /// not the view's making, as numpy raises only when a store runs.
    pub(in crate::sema) fn check_store(&mut self, dst: &ArrayRef, span: &Range<usize>) {
        if self.may_be_read_only(&dst.name) {
            let var = self.fresh("writable", Scalar::I64);
            // np.copyto(dst, False, where=False): a bool casts to every dtype.
            let no = || TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: span.clone() };
            let kw = crate::tir::array::KEYWORDS.iter().position(|k| *k == "where").expect("listed");
            let args = vec![NpArg::Array(dst.clone()), NpArg::Scalar(no()), NpArg::Keyword(kw, no())];
            self.pre.push(TStmt::NpValue { var, imag: None, func: NpFunc::Copyto, args, span: span.clone() });
        }
    }

    /// An in-place operation on `dst` whose numpy error for a read-only
    /// view is another message: a diagnostic when `dst` may be one.
    pub(in crate::sema) fn no_read_only(&mut self, dst: &str, what: &str, span: &Range<usize>) -> Option<()> {
        if !self.may_be_read_only(dst) {
            return Some(());
        }
        self.errors.push(
            Diagnostic::error(format!("{what} is not supported yet: the array may be numpy's read-only view"))
                .at(span.clone(), "may be read-only")
                .note("np.diag(m) of a 2-d array is a read-only view in numpy; copy it first (`np.diag(m).copy()`)"),
        );
        None
    }

    pub(in crate::sema) fn i64_var(&self, var: Var, span: Range<usize>) -> TExpr {
        TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span }
    }

    /// An array where a number is expected.
    pub(in crate::sema) fn array_as_value(&mut self, id: &str, span: Range<usize>) -> Option<TExpr> {
        self.errors.push(
            Diagnostic::error(format!("`{id}` is an array, used here as a number"))
                .at(span, "an array")
                .note(ARRAY_NOTE),
        );
        None
    }

    /// `a.shape` as a tuple of int64 extents.
    pub(in crate::sema) fn shape_tuple(&mut self, e: &Expr, span: Range<usize>) -> Vec<TExpr> {
        let name = self.array_name(e).expect("callers check");
        let r = self.array_ref(&name);
        r.shape.iter().map(|&v| self.i64_var(v, span.clone())).collect()
    }

    /// `a.size`, `a.ndim`, `a.itemsize`, `a.nbytes` of an array variable;
    /// `a.shape` alone is a tuple (see `value`).
    pub(in crate::sema) fn array_attribute(&mut self, a: &ast::ExprAttribute, span: Range<usize>) -> Option<TExpr> {
        let name = self.array_name(&a.value)?;
        let r = self.array_ref(&name);
        self.attribute_of(&r, &name, a.attr.as_str(), span)
    }

    /// The same of an array an expression computes (`(a - b).size`,
    /// `a[a > 0].size`): computed first, as CPython does.
    pub(in crate::sema) fn computed_array_attribute(
        &mut self,
        a: &ast::ExprAttribute,
        span: Range<usize>,
    ) -> Option<TExpr> {
        if !matches!(a.attr.as_str(), "ndim" | "size" | "itemsize" | "nbytes") {
            return self.unsupported(span, &format!("the attribute `.{}` of a computed array is", a.attr));
        }
        let r = self.array_operand(&a.value).done()?;
        self.attribute_of(&r, "the array", a.attr.as_str(), span)
    }

    fn attribute_of(&mut self, r: &ArrayRef, name: &str, attr: &str, span: Range<usize>) -> Option<TExpr> {
        let konst = |v: i128| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() };
        let itemsize = i128::from(r.ty.dtype.bytes()) * if r.ty.complex { 2 } else { 1 };
        let size = || {
            let mut dims = r.shape.iter().map(|&v| self.i64_var(v, span.clone()));
            // A 0-d array holds one item.
            let first = dims.next().unwrap_or_else(|| konst(1));
            dims.fold(first, |acc, d| bin(BinOp::Mul, acc, d))
        };
        match attr {
            "ndim" => Some(konst(r.ty.ndim as i128)),
            "size" => Some(size()),
            "itemsize" => Some(konst(itemsize)),
            "nbytes" => Some(bin(BinOp::Mul, size(), konst(itemsize))),
            "shape" => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}.shape` is a tuple, used here as a number"))
                        .at(span, "a tuple")
                        .note("index it with a constant (a.shape[0]) or unpack it (n, m = a.shape)"),
                );
                None
            }
            "flags#c" | "flags#f" => Some(self.contiguous_flag(r, attr == "flags#c", &span)),
            other => self.unsupported(span, &format!("the array attribute `.{other}` is")),
        }
    }

    /// numpy's C (or F) contiguity flag of `r` (`_UpdateContiguousFlags`):
    /// every axis of extent other than 1 has the stride of the items
    /// after (before) it; an array with an axis of extent 0 is both.
    fn contiguous_flag(&mut self, r: &ArrayRef, c_order: bool, span: &Range<usize>) -> TExpr {
        let itemsize = i128::from(r.ty.itemsize());
        let boolean = |kind| TExpr { ty: Scalar::Bool, kind, span: span.clone() };
        let dim = |s: &Self, k: usize| s.i64_var(r.shape[k], span.clone());
        let n = r.shape.len();
        let order: Vec<usize> = if c_order { (0..n).rev().collect() } else { (0..n).collect() };
        let mut empty = boolean(TExprKind::Const(ConstValue::Bool(false)));
        let mut fits = boolean(TExprKind::Const(ConstValue::Bool(true)));
        let mut expected = int64(itemsize, span);
        for k in order {
            let stride = if Some(k as u32) == r.ty.unit_axis() {
                int64(itemsize, span)
            } else {
                self.i64_var(r.strides[k], span.clone())
            };
            let one = cmp(CmpOp::Eq, dim(self, k), int64(1, span));
            let here = boolean(TExprKind::Or(Box::new(one), Box::new(cmp(CmpOp::Eq, stride, expected.clone()))));
            fits = boolean(TExprKind::And(Box::new(fits), Box::new(here)));
            let zero = cmp(CmpOp::Eq, dim(self, k), int64(0, span));
            empty = boolean(TExprKind::Or(Box::new(empty), Box::new(zero)));
            expected = bin(BinOp::Mul, expected, dim(self, k));
        }
        boolean(TExprKind::Or(Box::new(empty), Box::new(fits)))
    }

    /// `len(a)`: the extent of the first axis.
    pub(in crate::sema) fn array_len(&mut self, e: &Expr, span: Range<usize>) -> Option<TExpr> {
        let name = self.array_name(e)?;
        let r = self.array_ref(&name);
        Some(self.i64_var(r.shape[0], span))
    }

    /// `a.shape[k]` (constant k) and `a[i]`/`a[i, j]`; NotMine when `s` is
    /// not about an array (the tuple rules apply).
    pub(in crate::sema) fn array_subscript(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Claim<TExpr> {
        if let Expr::Attribute(a) = s.value.as_ref() {
            if self.array_name(&a.value).is_some() && a.attr.as_str() == "shape" {
                let dims = self.shape_tuple(&a.value, span.clone());
                let Some(index) = self.expr(&s.slice) else { return Claim::Failed };
                let k = match index.kind {
                    TExprKind::Const(ConstValue::Int(k)) => k,
                    _ => {
                        self.errors.push(
                            Diagnostic::error("a shape index must be a constant integer")
                                .at(index.span, "not a constant integer"),
                        );
                        return Claim::Failed;
                    }
                };
                let n = dims.len() as i128;
                let j = if k < 0 { k + n } else { k };
                if !(0..n).contains(&j) {
                    self.errors.push(
                        Diagnostic::error(format!(
                            "tuple index {k} is out of range: the array has {n} dimension{}",
                            if n == 1 { "" } else { "s" }
                        ))
                        .at(index.span, "out of range"),
                    );
                    return Claim::Failed;
                }
                return Claim::Done(TExpr { span, ..dims[j as usize].clone() });
            }
        }
        let element = self.expr_element(s, span.clone());
        if element.is_mine() {
            return element;
        }
        let (name, parts) = or_not_mine!(self.element_parts(s));
        let ndim = self.arrays[&name].ndim as usize;
        if parts.len() < ndim || parts.iter().any(|p| matches!(p, Expr::Slice(_))) {
            self.errors.push(
                Diagnostic::error(format!(
                    "`{}` is an array (a view of `{name}`), used here as a number",
                    &self.source.text[span.clone()]
                ))
                .at(span, "an array")
                .note(format!(
                    "`{name}` has {ndim} dimension{}: index one element per axis, or assign the view to a name",
                    if ndim == 1 { "" } else { "s" }
                )),
            );
            return Claim::Failed;
        }
        Claim::checked(self.array_load(&name, &parts, span))
    }

    /// One element of an expression's array result (`(a * 2.0)[i, j]`,
    /// `np.sum(a, 0)[i]`): the expression computed into a temporary array,
    /// then indexed. NotMine when `s` is not that form.
    fn expr_element(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Claim<TExpr> {
        if matches!(s.value.as_ref(), Expr::Name(_) | Expr::Subscript(_)) {
            return Claim::NotMine;
        }
        let ndim = or_not_mine!(self.expr_ndim(&s.value)) as usize;
        let parts = Self::index_parts(&s.slice);
        if parts.len() != ndim || parts.iter().any(|p| matches!(p, Expr::Slice(_))) {
            return Claim::NotMine;
        }
        let Some(r) = self.array_operand(&s.value).done() else { return Claim::Failed };
        Claim::checked(self.array_load(&r.name, &parts, span))
    }

    /// `a[i][j]...` (int indices, chained) as the array variable `a` and
    /// all the index parts in order; None if `s` is not indexing an array.
    pub(in crate::sema) fn element_parts<'e>(&self, s: &'e ast::ExprSubscript) -> Option<(String, Vec<&'e Expr>)> {
        let (name, mut parts) = match s.value.as_ref() {
            Expr::Name(n) if self.arrays.contains_key(n.id.as_str()) => (n.id.to_string(), Vec::new()),
            Expr::Subscript(inner) if self.tuple_array_element(inner).is_some() => {
                (self.tuple_array_element(inner)?, Vec::new())
            }
            // `a[idx][0]`, `a[a > t][0]`: a fancy index makes a new array
            // (a temporary), not a view whose indices chain.
            Expr::Subscript(inner) if self.fancy_ndim(inner).is_some() => return None,
            Expr::Subscript(inner) => {
                let (name, parts) = self.element_parts(inner)?;
                if parts.iter().any(|p| matches!(p, Expr::Slice(_))) {
                    return None;
                }
                (name, parts)
            }
            _ => return None,
        };
        parts.extend(Self::index_parts(&s.slice));
        Some((name, parts))
    }

    /// The indices of `a[...]`: one int per axis, as int64.
    fn array_indices(&mut self, r: &ArrayRef, parts: &[&Expr], span: Range<usize>) -> Option<Vec<TExpr>> {
        if let Some(p) = parts.iter().find(|p| matches!(p, Expr::Slice(_))) {
            self.errors.push(
                Diagnostic::error("augmented assignment to a slice is not supported yet")
                    .at(range(*p), "a slice")
                    .note("write it out: a[1:3] = a[1:3] + x is not supported either; loop over the elements"),
            );
            return None;
        }
        if parts.len() != r.ty.ndim as usize {
            self.errors.push(
                Diagnostic::error(format!(
                    "`{}` is a {}-d array, indexed here with {} index{}",
                    r.name,
                    r.ty.ndim,
                    parts.len(),
                    if parts.len() == 1 { "" } else { "es" }
                ))
                .at(span, "here")
                .note("a store needs one index per axis; assigning a whole row or slice is not supported yet"),
            );
            return None;
        }
        let mut out = Vec::new();
        for &p in parts {
            let e = self.expr(p)?;
            if !matches!(e.ty, Scalar::Int { .. }) {
                self.errors.push(
                    Diagnostic::error(format!("array indices must be integers, not {}", e.ty))
                        .at(e.span.clone(), "not an int")
                        .note(index_type_note(&e.ty)),
                );
                return None;
            }
            // A uint64 past int64 is out of range, not from the end.
            out.push(crate::sema::numbers::math::int64_saturated(e));
        }
        Some(out)
    }

    fn array_load(&mut self, name: &str, parts: &[&Expr], span: Range<usize>) -> Option<TExpr> {
        let r = self.array_ref(name);
        if r.ty.complex {
            // cexpr types complex elements (is_complex sees them); here only
            // when one stands where a real number is needed.
            self.errors.push(
                Diagnostic::error("a complex number is used here where a real number is needed").at(span, "complex"),
            );
            return None;
        }
        let indices = self.array_indices(&r, parts, span.clone())?;
        Some(TExpr { ty: r.ty.dtype, kind: TExprKind::Load(r, indices), span })
    }

    /// Whether `e` is one element of a complex array (`z[i]`, `z[i, j]`).
    pub(in crate::sema) fn complex_array_element(&self, e: &Expr) -> bool {
        let Expr::Subscript(s) = e else { return false };
        // (`z[idx, 0]` with an index array is a new array: fancy_read)
        self.fancy_ndim(s).is_none()
            && self.element_parts(s).is_some_and(|(name, parts)| {
                let ty = self.arrays[&name];
                ty.complex && parts.len() == ty.ndim as usize && !parts.iter().any(|p| matches!(p, Expr::Slice(_)))
            })
    }

    /// The parts of a complex array's element: two loads at the same
    /// indices, each index computed once.
    pub(in crate::sema) fn complex_array_load(&mut self, e: &Expr) -> Option<(TExpr, TExpr)> {
        let Expr::Subscript(s) = e else { return None };
        let (name, parts) = self.element_parts(s)?;
        let r = self.array_ref(&name);
        let indices = self.array_indices(&r, &parts, range(e))?;
        let indices = indices.into_iter().map(|i| self.share(i)).collect();
        Some(element_parts_of(&r, indices, &range(e)))
    }

    /// Binds each index to a fresh variable (run before the statement), so
    /// that an augmented store evaluates it once.
    fn index_temps(&mut self, indices: Vec<TExpr>) -> Vec<TExpr> {
        indices
            .into_iter()
            .map(|e| {
                if matches!(e.kind, TExprKind::Var(_) | TExprKind::Const(_)) {
                    return e;
                }
                let var = self.fresh("index", Scalar::I64);
                let span = e.span.clone();
                self.pre.push(TStmt::Assign { var, value: e });
                TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span }
            })
            .collect()
    }

    /// `a[...] = value` (op None) or `a[...] op= value`.
    pub(in crate::sema) fn array_store(
        &mut self,
        target: &ast::ExprSubscript,
        op: Option<ast::Operator>,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let (name, parts) = self.element_parts(target)?;
        let r = self.array_ref(&name);
        self.mark_written(&name);
        self.check_store(&r, &span);
        let dtype = r.ty.dtype;
        if r.ty.complex {
            // Every part is shared (computed before the statement, in
            // CPython's order: the value, then the indices; for `op=` the
            // indices, the old element, then the value), and the two part
            // stores follow.
            let (indices, value) = match op {
                None => {
                    let (re, im) = self.cexpr(value)?;
                    let value = (self.share(re), self.share(im));
                    let indices = self.array_indices(&r, &parts, range(target))?;
                    (indices.into_iter().map(|i| self.share(i)).collect::<Vec<_>>(), value)
                }
                Some(op) => {
                    let indices = self.array_indices(&r, &parts, range(target))?;
                    let indices: Vec<TExpr> = indices.into_iter().map(|i| self.share(i)).collect();
                    let old = element_parts_of(&r, indices.clone(), &range(target));
                    let old = (self.share(old.0), self.share(old.1));
                    let rhs = self.cexpr(value)?;
                    let (re, im) = self.cbinary(op, old, rhs, span.clone()).ok()?;
                    (indices, (self.share(re), self.share(im)))
                }
            };
            return Some(complex_store(&r, indices, value));
        }
        if self.is_complex(value) {
            self.errors.push(complex_into_real(&format!("`{name}`"), dtype, range(value)));
            return None;
        }
        let (indices, value) = match op {
            None => {
                // CPython evaluates the value before the target's index.
                let value = self.expr(value)?;
                let value = self.index_temps_value(value);
                (self.array_indices(&r, &parts, range(target))?, value)
            }
            Some(op) => {
                let indices = self.array_indices(&r, &parts, range(target))?;
                let indices = self.index_temps(indices);
                let old = TExpr { ty: dtype, kind: TExprKind::Load(r.clone(), indices.clone()), span: range(target) };
                let rhs = self.expr(value)?;
                (indices, self.binary(op, old, rhs, span.clone())?)
            }
        };
        self.converted_store(r, &name, indices, value)
    }

    /// `r[indices] = value` of a real array `r` (named `name`), the value
    /// converted to its dtype as numpy converts a Python number.
    pub(in crate::sema) fn converted_store(
        &mut self,
        r: ArrayRef,
        name: &str,
        indices: Vec<TExpr>,
        value: TExpr,
    ) -> Option<TStmt> {
        let dtype = r.ty.dtype;
        if value.ty.is_float() && matches!(dtype, Scalar::Int { .. }) {
            let value = crate::sema::scalars::int_as_numpy(value, dtype);
            return Some(TStmt::Store { array: r, indices, value });
        }
        if dtype == Scalar::Bool && matches!(value.ty, Scalar::Int { .. } | Scalar::Float { .. }) {
            // numpy stores a number into a bool array as bool(number).
            return Some(TStmt::Store { array: r, indices, value: crate::sema::truth(value) });
        }
        if !can_convert(value.ty, dtype) {
            self.errors.push(
                Diagnostic::error(format!("cannot store {} into `{name}`, an array of {dtype}", value.ty))
                    .at(value.span.clone(), format!("this is {}", value.ty))
                    .note("pycc does not truncate floats or guess truthiness implicitly; convert explicitly"),
            );
            return None;
        }
        Some(TStmt::Store { array: r, indices, value: cast(value, dtype) })
    }

    /// A plain store's value, bound first to a temporary when it is not
    /// trivial, so that it is computed before the indices (CPython's order).
    pub(in crate::sema) fn index_temps_value(&mut self, value: TExpr) -> TExpr {
        if matches!(value.kind, TExprKind::Var(_) | TExprKind::Const(_)) {
            return value;
        }
        let var = self.fresh("value", value.ty);
        let (ty, span) = (value.ty, value.span.clone());
        self.pre.push(TStmt::Assign { var, value });
        TExpr { ty, kind: TExprKind::Var(var), span }
    }

    /// `for x in a` over a 1-d array: `for $i in range(len(a)): x = a[$i]`.
    pub(in crate::sema) fn for_array(&mut self, target: &str, f: &ast::StmtFor) -> Option<TStmt> {
        let iterated = self.array_operand(&f.iter).done()?;
        let span = range(f.iter.as_ref());
        // The loop runs over the array as it was when it started, whatever
        // the body rebinds (as CPython's iterator keeps the object).
        let sources = self.array_sources.get(&iterated.name).cloned().unwrap_or_default();
        let r = self.array_temp(iterated.ty, sources.clone());
        let values = self.array_exprs(&iterated, span.clone());
        self.pre.push(TStmt::ParallelAssign { vars: r.vars(), values });
        let ivar = self.fresh("iter", Scalar::I64);
        let i = self.i64_var(ivar, span.clone());
        let mut body = Vec::new();
        if r.ty.ndim == 1 && r.ty.complex {
            let (re, im) = element_parts_of(&r, vec![i], &span);
            let (vars, values) = self.bind_val(target, Val::Complex(re, im), span.clone())?.into_iter().unzip();
            body.push(TStmt::ParallelAssign { vars, values });
        } else if r.ty.ndim == 1 {
            let item = TExpr { ty: r.ty.dtype, kind: TExprKind::Load(r.clone(), vec![i]), span: span.clone() };
            body.push(self.assign(target, item));
        } else {
            // Each item is a row: the view r[i] (axis 0 dropped).
            let stride = if r.ty.unit_axis() == Some(0) {
                int64(i128::from(r.ty.itemsize()), &span)
            } else {
                self.i64_var(r.strides[0], span.clone())
            };
            let layout = if r.ty.layout == Layout::C { Layout::C } else { Layout::A };
            let row = self.array_temp(ArrayTy { ndim: r.ty.ndim - 1, layout, ..r.ty }, sources);
            let mut values = vec![bin(BinOp::Add, self.i64_var(r.data, span.clone()), bin(BinOp::Mul, i, stride))];
            values.extend(r.shape[1..].iter().chain(&r.strides[1..]).map(|&v| self.i64_var(v, span.clone())));
            values.push(self.i64_var(r.owner, span.clone()));
            body.push(TStmt::ParallelAssign { vars: row.vars(), values });
            let (vars, values) = self.bind_array(target, row, span.clone())?.into_iter().unzip();
            body.push(TStmt::ParallelAssign { vars, values });
        }
        self.loop_depth += 1;
        body.extend(self.block(&f.body));
        self.loop_depth -= 1;
        let stop = self.i64_var(r.shape[0], span.clone());
        let orelse = self.loop_else(&f.orelse);
        Some(TStmt::For { var: ivar, start: int64(0, &span), stop, step: int64(1, &span), body, orelse })
    }
}

impl Typer<'_> {
    /// `x, y = a` for an array `a`: CPython's ValueError unless `len(a)` is
    /// `n` (the check, run first), then the elements: numbers of a 1-d
    /// array, rows (views) of a deeper one.
    pub(in crate::sema) fn unpack_array(&mut self, r: ArrayRef, n: usize, span: Range<usize>) -> (TStmt, Vec<Val>) {
        let len = self.i64_var(r.shape[0], span.clone());
        let mut body = vec![unpack_length_check(len, n, &span)];
        let values = (0..n)
            .map(|k| {
                let at = vec![int64(k as i128, &span)];
                if r.ty.ndim > 1 {
                    return Val::Array(self.row_view(&r, k, &mut body, &span));
                }
                if r.ty.complex {
                    let (re, im) = element_parts_of(&r, at, &span);
                    return Val::Complex(re, im);
                }
                Val::Scalar(TExpr { ty: r.ty.dtype, kind: TExprKind::Load(r.clone(), at), span: span.clone() })
            })
            .collect();
        (TStmt::Seq(body), values)
    }

    /// Row `k` of array `r` (k < len(r), checked by the caller) as a view:
    /// its descriptor set by statements appended to `out`.
    fn row_view(&mut self, r: &ArrayRef, k: usize, out: &mut Vec<TStmt>, span: &Range<usize>) -> ArrayRef {
        let layout = if r.ty.layout == Layout::C { Layout::C } else { Layout::A };
        let ty = ArrayTy { ndim: r.ty.ndim - 1, layout, ..r.ty };
        let sources = self.array_sources.get(&r.name).cloned().unwrap_or_default();
        let row = self.array_temp(ty, sources);
        let var = |v| self.i64_var(v, span.clone());
        let offset = bin(BinOp::Mul, var(r.strides[0]), int64(k as i128, span));
        let mut sets = vec![(row.data, bin(BinOp::Add, var(r.data), offset)), (row.owner, var(r.owner))];
        sets.extend(row.shape.iter().zip(&r.shape[1..]).map(|(&d, &s)| (d, var(s))));
        sets.extend(row.strides.iter().zip(&r.strides[1..]).map(|(&d, &s)| (d, var(s))));
        out.extend(sets.into_iter().map(|(var, value)| TStmt::Assign { var, value }));
        row
    }
}

/// CPython's ValueError unless `len` (an array's extent) is `n`, the
/// length check of `x, y = a`.
pub(in crate::sema) fn unpack_length_check(len: TExpr, n: usize, span: &Range<usize>) -> TStmt {
    let raise = |message: String| TStmt::Raise { exception: "ValueError".into(), message, span: span.clone() };
    let mut why = vec![TStmt::If {
        cond: cmp(CmpOp::Gt, len.clone(), int64(n as i128, span)),
        then: vec![raise(format!("too many values to unpack (expected {n})"))],
        orelse: Vec::new(),
    }];
    for k in 0..n {
        why.push(TStmt::If {
            cond: cmp(CmpOp::Eq, len.clone(), int64(k as i128, span)),
            then: vec![raise(format!("not enough values to unpack (expected {n}, got {k})"))],
            orelse: Vec::new(),
        });
    }
    TStmt::If { cond: cmp(CmpOp::Ne, len, int64(n as i128, span)), then: why, orelse: Vec::new() }
}

/// Folds `cond ? a : b` when `cond` is a constant.
pub(in crate::sema) fn select(cond: TExpr, a: TExpr, b: TExpr) -> TExpr {
    match cond.kind {
        TExprKind::Const(ConstValue::Bool(c)) => {
            if c {
                a
            } else {
                b
            }
        }
        _ => {
            let span = cond.span.clone();
            TExpr { ty: a.ty, kind: TExprKind::IfExp(Box::new(cond), Box::new(a), Box::new(b)), span }
        }
    }
}

pub(in crate::sema) fn int64(v: i128, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() }
}

/// `a op b` of two int64 values.
pub(in crate::sema) fn bin(op: BinOp, a: TExpr, b: TExpr) -> TExpr {
    let span = a.span.clone();
    TExpr { ty: Scalar::I64, kind: TExprKind::Binary(op, Box::new(a), Box::new(b)), span }
}

/// `a and b` of two bools.
pub(in crate::sema) fn and(a: TExpr, b: TExpr) -> TExpr {
    let span = a.span.clone();
    TExpr { ty: Scalar::Bool, kind: TExprKind::And(Box::new(a), Box::new(b)), span }
}

/// `a or b` of two bools.
pub(in crate::sema) fn or(a: TExpr, b: TExpr) -> TExpr {
    let span = a.span.clone();
    TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(a), Box::new(b)), span }
}

/// Element `idx` of array `a`.
pub(in crate::sema) fn load(a: ArrayRef, idx: Vec<TExpr>, span: &Range<usize>) -> TExpr {
    TExpr { ty: a.ty.dtype, kind: TExprKind::Load(a, idx), span: span.clone() }
}

pub(in crate::sema) fn cmp(op: CmpOp, a: TExpr, b: TExpr) -> TExpr {
    let span = a.span.clone();
    let folded = match (&a.kind, &b.kind) {
        (TExprKind::Const(ConstValue::Int(x)), TExprKind::Const(ConstValue::Int(y))) => Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
        }),
        _ => None,
    };
    match folded {
        Some(c) => TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(c)), span },
        None => TExpr { ty: Scalar::Bool, kind: TExprKind::Compare(op, Box::new(a), Box::new(b)), span },
    }
}

/// Whether an index part is `None` or `np.newaxis` (a new axis of extent 1).
pub(in crate::sema) fn is_newaxis(e: &Expr) -> bool {
    match e {
        Expr::Constant(c) => c.value.is_none(),
        Expr::Attribute(a) => a.attr.as_str() == "newaxis",
        _ => false,
    }
}

impl Typer<'_> {
    /// The parts of `a[...]`: one per index, a tuple's elements.
    pub(in crate::sema) fn index_parts(slice: &Expr) -> Vec<&Expr> {
        match slice {
            Expr::Tuple(t) => t.elts.iter().collect(),
            other => vec![other],
        }
    }

    /// Whether `a[slice]` on an `ndim`-d array is a view (a slice, or
    /// fewer indices than axes) rather than an element.
    pub(in crate::sema) fn is_view_index(slice: &Expr, ndim: u32) -> bool {
        let parts = Self::index_parts(slice);
        parts.len() < ndim as usize || parts.iter().any(|p| matches!(p, Expr::Slice(_)) || is_newaxis(p))
    }

    /// The ndim of the view `e` makes (`a[1:]`, `a[i]` of a 2-d array,
    /// chained), if it is one; no side effects.
    pub(in crate::sema) fn view_ndim(&self, e: &Expr) -> Option<u32> {
        let Expr::Subscript(s) = e else { return None };
        let base = match s.value.as_ref() {
            Expr::Name(n) => self.arrays.get(n.id.as_str())?.ndim,
            other => self.expr_ndim(other)?,
        };
        let parts = Self::index_parts(&s.slice);
        let new_axes = parts.iter().filter(|p| is_newaxis(p)).count();
        if !Self::is_view_index(&s.slice, base) || parts.len() - new_axes > base as usize {
            return None;
        }
        // An index array among the parts makes a copy (fancy_ndim), no view;
        // so does a list display alone (`m[::-1][[0, -1]]` keeps m's ndim).
        if parts
            .iter()
            .any(|p| self.list_name(p).is_some() || matches!(p, Expr::List(_)) || self.expr_ndim(p).is_some())
        {
            return None;
        }
        let ints = parts.iter().filter(|p| !matches!(p, Expr::Slice(_)) && !is_newaxis(p)).count();
        Some(base + new_axes as u32 - ints as u32)
    }

    /// The array an expression in a value position stands for: an array
    /// variable, or a view of one (`a[1:]`, `a[:, k]`, `a[i]` of a 2-d
    /// array, chained), computed into a fresh array variable first.
    pub(in crate::sema) fn array_operand(&mut self, e: &Expr) -> Claim<ArrayRef> {
        match e {
            _ if self.array_name(e).is_some() => Claim::Done(self.array_ref(&or_not_mine!(self.array_name(e)))),
            Expr::Subscript(s) if self.fancy_ndim(s).is_some() => Claim::checked(self.fancy_read(s, range(e))),
            Expr::Subscript(s) => {
                let base = mine!(self.array_operand(&s.value));
                if !Self::is_view_index(&s.slice, base.ty.ndim) {
                    return Claim::NotMine;
                }
                Claim::checked(self.array_view(base, &s.slice, range(e)))
            }
            _ if self.is_array_expr(e) => Claim::checked(self.array_expr(e)),
            // A call's array result (`np.cumsum(x)`, `np.sum(a, 0)`, `(a - b).copy()`).
            Expr::Call(_) | Expr::Attribute(_) if self.expr_ndim(e).is_some() => {
                match or_reported!(self, self.value(e)) {
                    Val::Array(r) => Claim::Done(r),
                    _ => Claim::Failed,
                }
            }
            _ => Claim::NotMine,
        }
    }

    /// A fresh int64 variable holding `value` (assigned before the statement).
    pub(in crate::sema) fn temp_i64(&mut self, value: TExpr) -> TExpr {
        if matches!(value.kind, TExprKind::Var(_) | TExprKind::Const(_)) {
            return value;
        }
        let var = self.fresh("view", Scalar::I64);
        let span = value.span.clone();
        self.pre.push(TStmt::Assign { var, value });
        TExpr { ty: Scalar::I64, kind: TExprKind::Var(var), span }
    }

    /// `start:stop:step` on an axis of extent `n`, as CPython's
    /// PySlice_Unpack + PySlice_AdjustIndices: the first index, the number
    /// of items and the step, all int64 (ValueError for a zero step).
    pub(in crate::sema) fn slice_indices(&mut self, s: &ast::ExprSlice, n: TExpr) -> Option<(TExpr, TExpr, TExpr)> {
        let span = range(s);
        let part = |t: &mut Self, e: &Option<Box<Expr>>| -> OptArg<TExpr> {
            let Some(e) = e else { return OptArg::Absent };
            let Some(x) = t.expr(e) else { return OptArg::Failed };
            if !matches!(x.ty, Scalar::Int { .. } | Scalar::Bool) {
                t.errors.push(
                    Diagnostic::error(format!("slice indices must be integers, not {}", x.ty))
                        .at(x.span.clone(), "not an int"),
                );
                return OptArg::Failed;
            }
            OptArg::Given(t.temp_i64(cast(x, Scalar::I64)))
        };
        let lower = part(self, &s.lower);
        let upper = part(self, &s.upper);
        let step = part(self, &s.step);
        let (lower, upper, step) = (given!(lower), given!(upper), given!(step));
        let step = step.unwrap_or_else(|| int64(1, &span));
        match step.kind {
            TExprKind::Const(ConstValue::Int(0)) => {
                self.errors.push(Diagnostic::error("slice step cannot be zero").at(step.span.clone(), "zero"));
                return None;
            }
            TExprKind::Const(_) => {}
            _ => {
                let zero = cmp(CmpOp::Eq, step.clone(), int64(0, &span));
                self.pre.push(TStmt::If {
                    cond: zero,
                    then: vec![TStmt::Raise {
                        exception: "ValueError".into(),
                        message: "slice step cannot be zero".into(),
                        span: span.clone(),
                    }],
                    orelse: Vec::new(),
                });
            }
        }
        let neg = cmp(CmpOp::Lt, step.clone(), int64(0, &span));
        let adjust = |t: &mut Self, x: TExpr| -> TExpr {
            let from_end = t.temp_i64(bin(BinOp::Add, x.clone(), n.clone()));
            let clamped_low = select(neg.clone(), int64(-1, &span), int64(0, &span));
            let low = select(cmp(CmpOp::Lt, from_end.clone(), int64(0, &span)), clamped_low, from_end);
            let high = select(neg.clone(), bin(BinOp::Sub, n.clone(), int64(1, &span)), n.clone());
            let v = select(
                cmp(CmpOp::Lt, x.clone(), int64(0, &span)),
                low,
                select(cmp(CmpOp::Ge, x.clone(), n.clone()), high, x),
            );
            t.temp_i64(v)
        };
        let start = match lower {
            None => select(neg.clone(), bin(BinOp::Sub, n.clone(), int64(1, &span)), int64(0, &span)),
            Some(x) => adjust(self, x),
        };
        let start = self.temp_i64(start);
        let stop = match upper {
            None => select(neg.clone(), int64(-1, &span), n.clone()),
            Some(x) => adjust(self, x),
        };
        let stop = self.temp_i64(stop);
        let one = int64(1, &span);
        let down = select(
            cmp(CmpOp::Lt, stop.clone(), start.clone()),
            bin(
                BinOp::Add,
                bin(
                    BinOp::FloorDiv,
                    bin(BinOp::Sub, bin(BinOp::Sub, start.clone(), stop.clone()), one.clone()),
                    bin(BinOp::Sub, int64(0, &span), step.clone()),
                ),
                one.clone(),
            ),
            int64(0, &span),
        );
        let up = select(
            cmp(CmpOp::Lt, start.clone(), stop.clone()),
            bin(
                BinOp::Add,
                bin(BinOp::FloorDiv, bin(BinOp::Sub, bin(BinOp::Sub, stop, start.clone()), one.clone()), step.clone()),
                one,
            ),
            int64(0, &span),
        );
        let len = self.temp_i64(select(neg, down, up));
        Some((start, len, step))
    }

    /// Int index `e` of axis `k` (extent `n`) of a view: negative from the
    /// end, numpy's IndexError outside; the index from the start.
    fn checked_index(&mut self, e: &Expr, k: usize, n: &TExpr, span: &Range<usize>) -> Option<TExpr> {
        let i = self.expr(e)?;
        if !matches!(i.ty, Scalar::Int { .. }) {
            self.errors.push(
                Diagnostic::error(format!("array indices must be integers, not {}", i.ty))
                    .at(i.span.clone(), "not an int"),
            );
            return None;
        }
        let i = self.temp_i64(crate::sema::numbers::math::int64_saturated(i));
        let wrapped = self.temp_i64(select(
            cmp(CmpOp::Lt, i.clone(), int64(0, span)),
            bin(BinOp::Add, i.clone(), n.clone()),
            i.clone(),
        ));
        let out = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Or(
                Box::new(cmp(CmpOp::Lt, wrapped.clone(), int64(0, span))),
                Box::new(cmp(CmpOp::Ge, wrapped.clone(), n.clone())),
            ),
            span: span.clone(),
        };
        let fail = TStmt::Fail {
            symbol: crate::abi::runtime::INDEX_ERROR_FN,
            args: vec![i, int64(k as i128, span), n.clone()],
            span: span.clone(),
        };
        self.pre.push(TStmt::If { cond: out, then: vec![fail], orelse: Vec::new() });
        Some(wrapped)
    }

    /// `base[slice]` as a view: int indices pick (bounds-checked, negative
    /// from the end, as numpy), slices keep an axis, missing trailing
    /// indices keep whole axes. The view shares base's memory and owner.
    pub(in crate::sema) fn array_view(&mut self, base: ArrayRef, slice: &Expr, span: Range<usize>) -> Option<ArrayRef> {
        let parts = Self::index_parts(slice);
        let ndim = base.ty.ndim as usize;
        if parts.iter().filter(|p| !is_newaxis(p)).count() > ndim {
            self.errors.push(
                Diagnostic::error(format!(
                    "too many indices: `{}` is a {ndim}-d array, indexed with {}",
                    base.name,
                    parts.iter().filter(|p| !is_newaxis(p)).count()
                ))
                .at(span, "here"),
            );
            return None;
        }
        let itemsize = i128::from(base.ty.itemsize());
        let mut offset = int64(0, &span);
        let (mut shape, mut strides) = (Vec::new(), Vec::new());
        // numpy's C-contiguity of the result (see `layout` below).
        let mut kept_first_step_one = None;
        let mut later_full = true;
        // `None`/`np.newaxis` parts insert an axis of extent 1 (stride 0)
        // where they stand; the other parts index the base's axes in order.
        let new_axes = parts.iter().filter(|p| is_newaxis(p)).count();
        let mut parts = parts.into_iter().peekable();
        let new_axis = |shape: &mut Vec<TExpr>,
                        strides: &mut Vec<TExpr>,
                        parts: &mut std::iter::Peekable<std::vec::IntoIter<&Expr>>| {
            while parts.next_if(|p| is_newaxis(p)).is_some() {
                shape.push(int64(1, &span));
                strides.push(int64(0, &span));
            }
        };
        for k in 0..ndim {
            new_axis(&mut shape, &mut strides, &mut parts);
            let n = self.i64_var(base.shape[k], span.clone());
            let stride = if Some(k as u32) == base.ty.unit_axis() {
                int64(itemsize, &span)
            } else {
                self.i64_var(base.strides[k], span.clone())
            };
            match parts.next() {
                None => {
                    if kept_first_step_one.is_none() {
                        kept_first_step_one = Some(true);
                    }
                    shape.push(n);
                    strides.push(stride);
                }
                Some(Expr::Slice(s)) => {
                    let full = s.lower.is_none() && s.upper.is_none() && s.step.is_none();
                    let (start, len, step) = self.slice_indices(s, n)?;
                    let unit = matches!(step.kind, TExprKind::Const(ConstValue::Int(1)));
                    match kept_first_step_one {
                        None => kept_first_step_one = Some(unit),
                        Some(_) => later_full &= full,
                    }
                    offset = self.temp_i64(bin(BinOp::Add, offset, bin(BinOp::Mul, start, stride.clone())));
                    shape.push(len);
                    strides.push(self.temp_i64(bin(BinOp::Mul, stride, step)));
                }
                Some(e) => {
                    if kept_first_step_one.is_some() {
                        later_full = false;
                    }
                    let wrapped = self.checked_index(e, k, &n, &span)?;
                    offset = self.temp_i64(bin(BinOp::Add, offset, bin(BinOp::Mul, wrapped, stride)));
                }
            }
        }
        new_axis(&mut shape, &mut strides, &mut parts);
        if shape.len() > crate::sema::numpy::MAX_NDIM {
            self.errors.push(
                Diagnostic::error(format!(
                    "this view is a {}-d array; arrays of more than {} dimensions are not supported",
                    shape.len(),
                    crate::sema::numpy::MAX_NDIM
                ))
                .at(span, "here"),
            );
            return None;
        }
        let data = self.temp_i64(bin(BinOp::Add, self.i64_var(base.data, span.clone()), offset));
        let layout = match base.ty.layout {
            Layout::C if kept_first_step_one == Some(true) && later_full && new_axes == 0 => Layout::C,
            _ => Layout::A,
        };
        let ty = ArrayTy { ndim: shape.len() as u32, layout, ..base.ty };
        let sources = self.array_sources.get(&base.name).cloned().unwrap_or_default();
        let view = self.array_temp(ty, sources);
        let mut values = vec![data];
        values.extend(shape);
        values.extend(strides);
        values.push(self.i64_var(base.owner, span));
        self.pre.push(TStmt::ParallelAssign { vars: view.vars(), values });
        Some(view)
    }
}

impl Typer<'_> {
    /// A fresh int64 loop counter.
    fn counter(&mut self) -> Var {
        self.fresh("slice", Scalar::I64)
    }

    /// Nested `for` loops over the extents `shape`, with `inner(indices)`
    /// as the innermost body.
    pub(in crate::sema) fn loop_nest(
        &mut self,
        shape: &[Var],
        span: &Range<usize>,
        inner: impl FnOnce(Vec<TExpr>) -> TStmt,
    ) -> TStmt {
        let counters: Vec<Var> = shape.iter().map(|_| self.counter()).collect();
        let indices = counters.iter().map(|&v| self.i64_var(v, span.clone())).collect();
        let mut body = inner(indices);
        for (&c, &n) in counters.iter().zip(shape).rev() {
            body = TStmt::For {
                var: c,
                start: int64(0, span),
                stop: self.i64_var(n, span.clone()),
                step: int64(1, span),
                body: vec![body],
                orelse: Vec::new(),
            };
        }
        body
    }

    /// The lowest and one past the highest byte address array `r` touches
    /// (meaningless for an empty array, which no loop reads).
    pub(in crate::sema) fn byte_range(&mut self, r: &ArrayRef, span: &Range<usize>) -> (TExpr, TExpr) {
        let (mut lo, mut hi) = (self.i64_var(r.data, span.clone()), self.i64_var(r.data, span.clone()));
        for k in 0..r.ty.ndim as usize {
            let reach = self.temp_i64(bin(
                BinOp::Mul,
                bin(BinOp::Sub, self.i64_var(r.shape[k], span.clone()), int64(1, span)),
                self.i64_var(r.strides[k], span.clone()),
            ));
            let zero = int64(0, span);
            lo = bin(
                BinOp::Add,
                lo,
                TExpr {
                    ty: Scalar::I64,
                    kind: TExprKind::MinMax(true, vec![zero.clone(), reach.clone()]),
                    span: span.clone(),
                },
            );
            hi = bin(
                BinOp::Add,
                hi,
                TExpr { ty: Scalar::I64, kind: TExprKind::MinMax(false, vec![zero, reach]), span: span.clone() },
            );
        }
        let lo = self.temp_i64(lo);
        let hi = self.temp_i64(bin(BinOp::Add, hi, int64(i128::from(r.ty.itemsize()), span)));
        (lo, hi)
    }

    /// `view = value` (`a[1:3] = 0.0`, `a[:, :] = b`, `a[i] = row`): numpy's
    /// slice assignment. A number fills the view; an array is broadcast to
    /// the view's shape (numpy's ValueError when it cannot be) and copied,
    /// through a temporary copy when the two overlap in memory (numpy's
    /// result is as if the value were read first). Values convert to the
    /// dtype as a store does.
    pub(in crate::sema) fn slice_assign(&mut self, target: &Expr, value: &Expr, span: Range<usize>) -> Option<TStmt> {
        // An elementwise expression is stored as it is computed where it
        // does not overlap the target (arrayops/direct.rs).
        if self.fusible(value) {
            return self.assign_elementwise(target, value, span);
        }
        // A list display stores as the tuple of its items: numpy converts
        // either to the same array first (`M[-1, -4:] = [0, 1, 2, 3]`).
        let display = match value {
            Expr::List(l) if !l.elts.is_empty() && !l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) => {
                Some(Expr::Tuple(ast::ExprTuple { range: l.range, elts: l.elts.clone(), ctx: ast::ExprContext::Load }))
            }
            _ => None,
        };
        // CPython evaluates the value before the target.
        let value = self.value(display.as_ref().unwrap_or(value))?;
        let value = match value {
            Val::Scalar(e) => Val::Scalar(self.index_temps_value(e)),
            Val::Complex(re, im) => Val::Complex(self.index_temps_value(re), self.index_temps_value(im)),
            Val::Tuple(xs) => Val::Tuple(
                xs.into_iter()
                    .map(|x| match x {
                        Val::Scalar(e) => Val::Scalar(self.index_temps_value(e)),
                        other => other,
                    })
                    .collect(),
            ),
            other => other,
        };
        let dst = self.array_operand(target).done()?;
        self.store_into_view(dst, value, span)
    }

    /// `dst[...] = value` with the value computed (numbers bound to
    /// temporaries) and the view taken: `slice_assign`'s store.
    pub(in crate::sema) fn store_into_view(&mut self, dst: ArrayRef, value: Val, span: Range<usize>) -> Option<TStmt> {
        self.mark_written(&dst.name);
        self.check_store(&dst, &span);
        let dtype = dst.ty.dtype;
        let value = match value {
            // A number into a complex view: complex(x, 0.0), then a fill.
            Val::Scalar(e) if dst.ty.complex => {
                let parts = self.real_to_complex(e);
                let shape = dst.shape.clone();
                return Some(self.loop_nest(&shape, &span, |idx| complex_store(&dst, idx, parts)));
            }
            Val::Complex(re, im) if dst.ty.complex => {
                let shape = dst.shape.clone();
                return Some(self.loop_nest(&shape, &span, |idx| complex_store(&dst, idx, (re, im))));
            }
            Val::Complex(re, _) => {
                self.errors.push(complex_into_real("a slice", dtype, re.span));
                return None;
            }
            other => other,
        };
        let src = match value {
            Val::Scalar(e) if e.ty.is_float() && matches!(dtype, Scalar::Int { .. }) => {
                // Converted once, as numpy converts the value before filling.
                let e = crate::sema::scalars::int_as_numpy(e, dtype);
                let e = self.index_temps_value(e);
                let shape = dst.shape.clone();
                return Some(self.loop_nest(&shape, &span, |idx| TStmt::Store { array: dst, indices: idx, value: e }));
            }
            Val::Scalar(e) if dtype == Scalar::Bool && matches!(e.ty, Scalar::Int { .. } | Scalar::Float { .. }) => {
                // numpy fills a bool array with bool(number).
                let e = self.index_temps_value(crate::sema::truth(e));
                let shape = dst.shape.clone();
                return Some(self.loop_nest(&shape, &span, |idx| TStmt::Store { array: dst, indices: idx, value: e }));
            }
            Val::Scalar(e) => {
                if !can_convert(e.ty, dtype) {
                    self.errors.push(
                        Diagnostic::error(format!("cannot store {} into an array of {dtype}", e.ty))
                            .at(e.span.clone(), format!("this is {}", e.ty))
                            .note("pycc does not truncate floats or guess truthiness implicitly; convert explicitly"),
                    );
                    return None;
                }
                let e = cast(e, dtype);
                let shape = dst.shape.clone();
                return Some(self.loop_nest(&shape, &span, |idx| TStmt::Store { array: dst, indices: idx, value: e }));
            }
            Val::Array(src) => src,
            Val::Tuple(xs) => return self.tuple_into_view(dst, xs, span),
            _ => {
                self.errors
                    .push(Diagnostic::error("only a number or an array can be assigned to a slice").at(span, "here"));
                return None;
            }
        };
        if src.ty.complex && !dst.ty.complex {
            self.errors.push(complex_into_real("a slice", dtype, span));
            return None;
        }
        let numpy_cast = self.view_cast(src.ty.dtype, &dst, &span)?;
        let (read, _) = self.broadcast_source(&dst, src, 0, &span)?;
        let shape = dst.shape.clone();
        Some(self.loop_nest(&shape, &span, |idx| {
            if dst.ty.complex {
                return complex_store(&dst, idx.clone(), element_parts_of(&read, idx, &(0..0)));
            }
            let v = TExpr { ty: read.ty.dtype, kind: TExprKind::Load(read, idx.clone()), span: 0..0 };
            TStmt::Store { array: dst, indices: idx, value: view_convert(v, numpy_cast, dtype) }
        }))
    }

    /// How elements of `src` convert when stored into view `dst`: true when
    /// by numpy's cast (a float array into an int one, as one float number
    /// is; any array into a bool one, bool of each element), false as a
    /// store converts; None (reported) when pycc does not convert them.
    pub(in crate::sema) fn view_cast(&mut self, src: Scalar, dst: &ArrayRef, span: &Range<usize>) -> Option<bool> {
        let dtype = dst.ty.dtype;
        let numpy_cast = !dst.ty.complex
            && (matches!((src, dtype), (Scalar::Float { .. }, Scalar::Int { .. }))
                || (dtype == Scalar::Bool && src != Scalar::Bool));
        if !dst.ty.complex && !numpy_cast && !can_convert(src, dtype) {
            self.errors.push(
                Diagnostic::error(format!("cannot store {src} into an array of {dtype}"))
                    .at(span.clone(), "here")
                    .note("pycc does not truncate floats or guess truthiness implicitly; convert explicitly"),
            );
            return None;
        }
        Some(numpy_cast)
    }

    /// `view[...] = x, y` (a tuple of real numbers, already computed): numpy
    /// makes it a 1-d array of the elements' common type and broadcasts it
    /// along the last axis (its length that axis's extent, or 1; else
    /// numpy's ValueError), then stores it converted to the view's dtype.
    fn tuple_into_view(&mut self, dst: ArrayRef, xs: Vec<Val>, span: Range<usize>) -> Option<TStmt> {
        let dtype = dst.ty.dtype;
        let mut elems = Vec::new();
        for x in xs {
            match x {
                Val::Scalar(e) if !dst.ty.complex => elems.push(e),
                _ => {
                    self.errors.push(
                        Diagnostic::error("only a tuple of real numbers can be assigned to a slice of a real array")
                            .at(span, "here"),
                    );
                    return None;
                }
            }
        }
        let common = elems.iter().fold(elems[0].ty, |a, e| join(a, e.ty));
        if !can_convert(common, dtype) {
            self.errors.push(
                Diagnostic::error(format!("cannot store a tuple of {common} into an array of {dtype}"))
                    .at(span, "here")
                    .note("pycc does not truncate floats or guess truthiness implicitly; convert explicitly"),
            );
            return None;
        }
        let vals: Vec<TExpr> = elems.into_iter().map(|e| cast(cast(e, common), dtype)).collect();
        let n = vals.len() as i128;
        let last = *dst.shape.last()?;
        let extent = self.i64_var(last, span.clone());
        let dims = dst.shape.iter().map(|&v| self.i64_var(v, span.clone())).collect();
        let fail = crate::sema::arrayops::broadcast_fail_exprs(0, vec![int64(n, &span)], dims, &span);
        let check = TStmt::If { cond: cmp(CmpOp::Ne, extent, int64(n, &span)), then: vec![fail], orelse: Vec::new() };
        let shape = dst.shape.clone();
        let stores = self.loop_nest(&shape, &span, |idx| {
            let at = idx.last().cloned().expect("a view has an axis");
            let mut value = vals[vals.len() - 1].clone();
            for (k, v) in vals.iter().enumerate().rev().skip(1) {
                value = select(cmp(CmpOp::Eq, at.clone(), int64(k as i128, &span)), v.clone(), value);
            }
            TStmt::Store { array: dst, indices: idx, value }
        });
        Some(if n == 1 { stores } else { TStmt::Seq(vec![check, stores]) })
    }

    /// A value of more axes than the slice it is assigned to (`v[k, :] =
    /// w @ x` of a (1, n) product): numpy's setitem drops its leading axes
    /// when they have extent 1 (else its ValueError, checked here), so the
    /// value is read without them (index 0 there: the same data).
    fn drop_unit_axes(&mut self, dst: &ArrayRef, src: ArrayRef, span: &Range<usize>) -> ArrayRef {
        let extra = (src.ty.ndim - dst.ty.ndim) as usize;
        let mut bad: Option<TExpr> = None;
        for &v in &src.shape[..extra] {
            let n = self.i64_var(v, span.clone());
            let ne = cmp(CmpOp::Ne, n, int64(1, span));
            bad = Some(match bad {
                None => ne,
                Some(b) => {
                    TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(b), Box::new(ne)), span: span.clone() }
                }
            });
        }
        if let Some(bad) = bad {
            let fail = self.broadcast_fail(0, &src, dst, span);
            self.pre.push(TStmt::If { cond: bad, then: vec![fail], orelse: Vec::new() });
        }
        ArrayRef {
            shape: src.shape[extra..].to_vec(),
            strides: src.strides[extra..].to_vec(),
            ty: ArrayTy { ndim: dst.ty.ndim, layout: Layout::A, ..src.ty },
            ..src
        }
    }

    /// `src` read as an array of `dst`'s extents, for storing into `dst`:
    /// broadcast (right-aligned axes equal or of extent 1, else numpy's
    /// ValueError, worded by `mode`: 0 a slice assignment, 2 an in-place
    /// operation) and read from a copy when it overlaps `dst` in memory
    /// (numpy's result is as if the value were read first). Also the array
    /// actually read (src or its copy) with its own extents and strides.
    pub(in crate::sema) fn broadcast_source(
        &mut self,
        dst: &ArrayRef,
        src: ArrayRef,
        mode: i128,
        span: &Range<usize>,
    ) -> Option<(ArrayRef, ArrayRef)> {
        let src = match src.ty.ndim > dst.ty.ndim && mode == 0 {
            true => self.drop_unit_axes(dst, src, span),
            false => src,
        };
        let (dn, sn) = (dst.ty.ndim as usize, src.ty.ndim as usize);
        if sn > dn {
            self.errors.push(
                Diagnostic::error(format!("assigning a {sn}-d array to a {dn}-d slice is not supported"))
                    .at(span.clone(), "here"),
            );
            return None;
        }
        // Overlap: read the value from a copy (a C-ordered numpy array).
        let (dlo, dhi) = self.byte_range(dst, span);
        let (slo, shi) = self.byte_range(&src, span);
        let overlap = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::And(Box::new(cmp(CmpOp::Lt, dlo, shi)), Box::new(cmp(CmpOp::Lt, slo, dhi))),
            span: span.clone(),
        };
        let copy_ty = ArrayTy { layout: Layout::C, ..src.ty };
        let copy = self.array_temp(copy_ty, Default::default());
        let shape: Vec<TExpr> = src.shape.iter().map(|&v| self.i64_var(v, span.clone())).collect();
        let alloc = TStmt::Alloc {
            array: copy.clone(),
            func: NpFunc::Empty,
            args: vec![NpArg::Shape(shape)],
            span: span.clone(),
        };
        // The copy has src's extents: index it by src's shape variables, so
        // the loops prove both accesses in bounds.
        let copy_at_src_shape = ArrayRef { shape: src.shape.clone(), ..copy.clone() };
        let src_shape = src.shape.clone();
        let src_load = src.clone();
        let fill = self.loop_nest(&src_shape, span, |idx| {
            if src_load.ty.complex {
                return complex_store(&copy_at_src_shape, idx.clone(), element_parts_of(&src_load, idx, &(0..0)));
            }
            TStmt::Store {
                array: copy_at_src_shape,
                indices: idx.clone(),
                value: TExpr { ty: src_load.ty.dtype, kind: TExprKind::Load(src_load, idx), span: 0..0 },
            }
        });
        let source = format!("$source{}", self.temps);
        self.temps += 1;
        let from_copy = self.bind_array(&source, copy, span.clone())?;
        let from_src = self.bind_array(&source, src.clone(), span.clone())?;
        let (cv, cx): (Vec<Var>, Vec<TExpr>) = from_copy.into_iter().unzip();
        let (sv, sx): (Vec<Var>, Vec<TExpr>) = from_src.into_iter().unzip();
        self.pre.push(TStmt::If {
            cond: overlap,
            then: vec![alloc, fill, TStmt::ParallelAssign { vars: cv, values: cx }],
            orelse: vec![TStmt::ParallelAssign { vars: sv, values: sx }],
        });
        let from = self.array_ref(&source);
        // Broadcast: right-aligned axes of equal extent, or of extent 1 (stride 0).
        let mut bad: Option<TExpr> = None;
        let mut strides = Vec::new();
        for k in 0..dn {
            let Some(ks) = (k + sn).checked_sub(dn) else {
                strides.push(self.counter_const(0, span));
                continue;
            };
            let (s_n, d_n) = (self.i64_var(src.shape[ks], span.clone()), self.i64_var(dst.shape[k], span.clone()));
            // The stride of the array actually read (src, or its copy).
            let stride = self.i64_var(from.strides[ks], span.clone());
            let one = cmp(CmpOp::Eq, s_n.clone(), int64(1, span));
            let differs = TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::And(
                    Box::new(cmp(CmpOp::Ne, s_n, d_n)),
                    Box::new(TExpr {
                        ty: Scalar::Bool,
                        kind: TExprKind::Not(Box::new(one.clone())),
                        span: span.clone(),
                    }),
                ),
                span: span.clone(),
            };
            bad = Some(match bad {
                None => differs,
                Some(b) => {
                    TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(b), Box::new(differs)), span: span.clone() }
                }
            });
            let s = self.temp_i64(select(one, int64(0, span), stride));
            let TExprKind::Var(v) = s.kind else { unreachable!("temp_i64 of a select is a variable") };
            strides.push(v);
        }
        if let Some(bad) = bad {
            let fail = self.broadcast_fail(mode, &src, dst, span);
            self.pre.push(TStmt::If { cond: bad, then: vec![fail], orelse: Vec::new() });
        }
        Some((
            ArrayRef {
                shape: dst.shape.clone(),
                strides,
                ty: ArrayTy { ndim: dst.ty.ndim, layout: Layout::A, ..src.ty },
                ..from.clone()
            },
            from,
        ))
    }

    /// The number of elements of extents `shape` (None for no axes).
    pub(in crate::sema) fn extent_product(&self, shape: &[Var], span: &Range<usize>) -> Option<TExpr> {
        shape.iter().map(|&v| self.i64_var(v, span.clone())).reduce(|a, b| bin(BinOp::Mul, a, b))
    }

    /// A fresh int64 variable set to `v` (a broadcast axis's zero stride).
    pub(in crate::sema) fn counter_const(&mut self, v: i128, span: &Range<usize>) -> Var {
        let var = self.counter();
        self.pre.push(TStmt::Assign { var, value: int64(v, span) });
        var
    }
}

impl Typer<'_> {
    /// Whether index expression `e` is a boolean mask (true) or an integer
    /// index array (false), with its ndim, from its form alone: a bool or
    /// int array variable or view, an array comparison, `&`/`|`/`^` of
    /// masks.
    fn index_array(&self, e: &Expr) -> Option<(bool, u32)> {
        // A list of ints or of bools indexes as numpy's array of it would.
        if let Some(n) = self.list_name(e) {
            if self.lists[&n] > 1 {
                return None;
            }
            return match self.types.get(&crate::sema::lists::item_name(&n, 0)).copied().unwrap_or(Scalar::I64) {
                Scalar::Bool => Some((true, 1)),
                Scalar::Int { .. } => Some((false, 1)),
                _ => None,
            };
        }
        if let Expr::List(l) = e {
            return self.index_list(l).map(|mask| (mask, 1));
        }
        let ndim = self.expr_ndim(e)?;
        let mask = match e {
            Expr::Compare(_) => true,
            Expr::BinOp(b) if matches!(b.op, ast::Operator::BitAnd | ast::Operator::BitOr | ast::Operator::BitXor) => {
                self.index_array(&b.left).is_some_and(|(m, _)| m) && self.index_array(&b.right).is_some_and(|(m, _)| m)
            }
            // An int index array computed elementwise (`idx[M - 1]`).
            Expr::BinOp(_) if self.int_array_expr(e) => false,
            // `~mask` is a mask; `~idx` of ints an index array.
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Invert => self.index_array(&u.operand)?.0,
            // The ufuncs whose result is bool (`a[np.isnan(a)] = 0.0`).
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Attribute(f) if self.numpy_module_of(&f.value) => {
                    let ufunc = crate::sema::arrayops::elementwise::Ufn::by_name(f.attr.as_str())?;
                    (ufunc.result(Scalar::F64) == Scalar::Bool).then_some(true)?
                }
                _ => return None,
            },
            Expr::Name(_) | Expr::Subscript(_) => {
                let mut base = e;
                while let Expr::Subscript(s) = base {
                    base = &s.value;
                }
                let ty = self.arrays.get(&self.array_name(base)?)?;
                match ty.dtype {
                    Scalar::Bool => true,
                    Scalar::Int { .. } if !ty.complex => false,
                    _ => return None,
                }
            }
            _ => return None,
        };
        Some((mask, ndim))
    }

    /// `[0, 2]`, `[i, -1]`, `[True, False]` as an index: a list display
    /// of int (false) or of bool (true) literals and variables.
    fn index_list(&self, l: &ast::ExprList) -> Option<bool> {
        let int = |k: &ast::Constant| matches!(k, ast::Constant::Int(_));
        let kind = |x: &Expr| match x {
            Expr::Constant(k) if matches!(k.value, ast::Constant::Bool(_)) => Some(true),
            Expr::Constant(k) if int(&k.value) => Some(false),
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
                matches!(u.operand.as_ref(), Expr::Constant(k) if int(&k.value)).then_some(false)
            }
            Expr::Name(n) => match self.types.get(n.id.as_str()) {
                Some(Scalar::Int { .. }) => Some(false),
                Some(Scalar::Bool) => Some(true),
                _ => None,
            },
            _ => None,
        };
        let kinds = l.elts.iter().map(kind).collect::<Option<Vec<bool>>>()?;
        let first = *kinds.first()?;
        kinds.iter().all(|&k| k == first).then_some(first)
    }

    /// Whether `e` is an elementwise int expression of int arrays and int
    /// numbers (`M - 1`, `2 * idx + k`), from its form alone.
    fn int_array_expr(&self, e: &Expr) -> bool {
        let int_number = |x: &Expr| match x {
            Expr::Constant(k) => matches!(k.value, ast::Constant::Int(_)),
            Expr::Name(n) => matches!(self.types.get(n.id.as_str()), Some(Scalar::Int { .. })),
            _ => false,
        };
        match e {
            Expr::BinOp(b) => {
                use ast::Operator::*;
                matches!(b.op, Add | Sub | Mult | FloorDiv | Mod)
                    && (self.int_array_expr(&b.left) || int_number(&b.left))
                    && (self.int_array_expr(&b.right) || int_number(&b.right))
                    && (self.int_array_expr(&b.left) || self.int_array_expr(&b.right))
            }
            Expr::Name(_) | Expr::Subscript(_) => self.index_array(e).is_some_and(|(mask, _)| !mask),
            _ => false,
        }
    }

    /// The ndim of `a[mask]` / `a[idx]` (one boolean mask or one integer
    /// index array as the whole index), numpy's advanced indexing.
    pub(in crate::sema) fn fancy_ndim(&self, s: &ast::ExprSubscript) -> Option<u32> {
        if let Expr::Tuple(t) = s.slice.as_ref() {
            let n = self.expr_ndim(&s.value)?;
            let (ndim, consumed) = self.mixed_ndim(t)?;
            return (consumed <= n)
                .then(|| n - consumed + ndim)
                .filter(|d| (1..=crate::sema::numpy::MAX_NDIM as u32).contains(d));
        }
        if matches!(s.slice.as_ref(), Expr::Slice(_)) {
            return None;
        }
        let (mask, k) = self.index_array(&s.slice)?;
        let n = self.expr_ndim(&s.value)?;
        let ndim = if mask { (n + 1).checked_sub(k)? } else { n + k - 1 };
        (!mask || k <= n).then_some(ndim).filter(|d| (1..=crate::sema::numpy::MAX_NDIM as u32).contains(d))
    }

    /// An index tuple with an index array or mask beside other indices
    /// (`a[m, 1]`, `a[:, idx]`, numpy's mixed basic and advanced
    /// indexing): the axes of the result the indices make, and the axes of
    /// the base they take (an Ellipsis takes none here; the rest of the
    /// base's axes are kept). The advanced indices broadcast to one block
    /// of axes wherever numpy puts it, so the ndim alone does not depend on
    /// where they stand. None without an index array, for two Ellipses,
    /// or for an index that is an array of another dtype.
    pub(in crate::sema) fn mixed_ndim(&self, t: &ast::ExprTuple) -> Option<(u32, u32)> {
        let (mut made, mut taken, mut advanced, mut ellipses) = (0, 0, None, 0);
        for p in &t.elts {
            match p {
                Expr::Slice(_) => (made, taken) = (made + 1, taken + 1),
                _ if is_newaxis(p) => made += 1,
                Expr::Constant(k) if matches!(k.value, ast::Constant::Ellipsis) => ellipses += 1,
                _ => match self.index_array(p) {
                    // A k-d mask takes k axes and gives one (its nonzeros).
                    Some((true, k)) => (taken, advanced) = (taken + k, Some(advanced.unwrap_or(0).max(1))),
                    Some((false, k)) => (taken, advanced) = (taken + 1, Some(advanced.unwrap_or(0).max(k))),
                    None if self.expr_ndim(p).is_some()
                        || self.list_name(p).is_some()
                        || matches!(p, Expr::List(_)) =>
                    {
                        return None
                    }
                    // A number: with an index array, numpy broadcasts it as one.
                    None => taken += 1,
                },
            }
        }
        (ellipses <= 1).then_some(())?;
        Some((made + advanced?, taken))
    }

    /// The index of `a[index]` as numpy's getitem takes it: one index
    /// array, or a tuple of numbers, slices, `None`, `...` and index arrays.
    fn index_arg(&mut self, slice: &Expr) -> Option<NpArg> {
        let Expr::Tuple(t) = slice else { return Some(NpArg::Array(self.index_operand(slice)?)) };
        let mut items = Vec::new();
        // Each number is computed once, into a variable (`a[i, m] += 1` indexes twice).
        let number = |t: &mut Self, e: &Expr| -> Option<TExpr> {
            let x = t.expr(e)?;
            if !matches!(x.ty, Scalar::Int { .. }) {
                t.errors.push(
                    Diagnostic::error(format!("an index of type {} beside an index array", x.ty))
                        .at(range(e), "not an int")
                        .note("numpy: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"),
                );
                return None;
            }
            Some(t.temp_i64(cast(x, Scalar::I64)))
        };
        for p in &t.elts {
            items.push(match p {
                Expr::Slice(sl) => {
                    let mut parts = [None, None, None];
                    for (k, e) in [&sl.lower, &sl.upper, &sl.step].into_iter().enumerate() {
                        if let Some(e) = e {
                            parts[k] = Some(number(self, e)?);
                        }
                    }
                    IndexItem::Slice(Box::new(parts))
                }
                _ if is_newaxis(p) => IndexItem::NewAxis,
                Expr::Constant(k) if matches!(k.value, ast::Constant::Ellipsis) => IndexItem::Ellipsis,
                _ if self.index_array(p).is_some() => IndexItem::Array(self.index_operand(p)?),
                _ => IndexItem::Number(number(self, p)?),
            });
        }
        Some(NpArg::Index(items))
    }

    /// `a[mask]`, `a[idx]`: a new array, numpy's own `a[index]` (its
    /// IndexError for a mask of the wrong shape or an index out of bounds).
    pub(in crate::sema) fn fancy_read(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Option<ArrayRef> {
        let ndim = self.fancy_ndim(s)?;
        let a = self.array_operand(&s.value).done()?;
        let idx = self.index_arg(&s.slice)?;
        let out = self.array_temp(ArrayTy { ndim, layout: Layout::A, ..a.ty }, Default::default());
        self.pre.push(TStmt::Alloc {
            array: out.clone(),
            func: NpFunc::Getitem,
            args: vec![NpArg::Array(a), idx],
            span,
        });
        Some(out)
    }

    /// The index array of `a[idx]`: an array, or a list's items copied
    /// into a new one (`a[[i * k for i in range(n)]]`, `a[L]`).
    fn index_operand(&mut self, e: &Expr) -> Option<ArrayRef> {
        if self.list_name(e).is_some() || matches!(e, Expr::List(_)) {
            return self.np_array_of_list(e, range(e));
        }
        self.array_operand(e).done()
    }

    /// `a[mask] = v`, `a[idx] op= v` (`+ - * /`): numpy's own `__setitem__`
    /// (and, for `op=`, its in-place operator on `a[index]` first, as
    /// Python runs `a[i] += v`), so its casting and errors.
    pub(in crate::sema) fn fancy_assign(
        &mut self,
        s: &ast::ExprSubscript,
        op: Option<ast::Operator>,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        // `t[m] = f(x[m], ...)`: one masked loop where it computes numpy's store.
        if op.is_none() {
            if let Some(done) = self.masked_store(s, value, &span) {
                return done;
            }
        }
        self.fancy_assign_numpy(s, op, value, span)
    }

    /// `fancy_assign` by numpy's calls.
    pub(in crate::sema) fn fancy_assign_numpy(
        &mut self,
        s: &ast::ExprSubscript,
        op: Option<ast::Operator>,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let inplace = match op {
            None => None,
            Some(ast::Operator::Add) => Some(NpFunc::Iadd),
            Some(ast::Operator::Sub) => Some(NpFunc::Isub),
            Some(ast::Operator::Mult) => Some(NpFunc::Imul),
            Some(ast::Operator::Div) => Some(NpFunc::Itruediv),
            Some(op) => {
                if let Some(read) = self.fancy_augassign_read(s, op, value) {
                    return self.fancy_assign(s, None, &read, span);
                }
                self.errors.push(
                    Diagnostic::error(
                        "this augmented assignment to a masked or index-array selection is not supported yet",
                    )
                    .at(span, "not supported")
                    .note("pycc compiles a[mask] = v and a[mask] op= v; for %, //, **, &, |, ^, <<, >> a value of the array's dtype or a number no wider in kind"),
                );
                return None;
            }
        };
        let a = self.array_operand(&s.value).done()?;
        let idx = self.index_arg(&s.slice)?;
        let v = if self.expr_ndim(value).is_some() || self.is_array_like(value) {
            NpArg::Array(self.stored_array(value)?)
        } else if self.is_complex(value) && a.ty.complex {
            // numpy's own store of a Python complex (its casting to complex64).
            let (re, im) = self.cexpr(value)?;
            NpArg::Complex(self.index_temps_value(re), self.index_temps_value(im))
        } else if self.is_complex(value) {
            self.errors.push(Diagnostic::error("a complex value stored into a real array").at(range(value), "complex"));
            return None;
        } else {
            let x = self.expr(value)?;
            NpArg::Scalar(self.index_temps_value(x))
        };
        self.mark_written(&a.name);
        self.check_store(&a, &span);
        let mut stmts = Vec::new();
        let ignored = |t: &mut Self| t.fresh("setitem", Scalar::Bool);
        let v = match inplace {
            None => v,
            Some(func) => {
                let ndim = self.fancy_ndim(s)?;
                let tmp = self.array_temp(ArrayTy { ndim, layout: Layout::A, ..a.ty }, Default::default());
                self.pre.push(TStmt::Alloc {
                    array: tmp.clone(),
                    func: NpFunc::Getitem,
                    args: vec![NpArg::Array(a.clone()), idx.clone()],
                    span: span.clone(),
                });
                let var = ignored(self);
                stmts.push(TStmt::NpValue {
                    var,
                    imag: None,
                    func,
                    args: vec![NpArg::Array(tmp.clone()), v],
                    span: span.clone(),
                });
                NpArg::Array(tmp)
            }
        };
        let var = ignored(self);
        stmts.push(TStmt::NpValue {
            var,
            imag: None,
            func: NpFunc::Setitem,
            args: vec![NpArg::Array(a), idx, v],
            span: span.clone(),
        });
        Some(TStmt::Seq(stmts))
    }
}

impl Typer<'_> {
    /// `a[idx] op= v` (`%`, `//`, `**`, `&`, `|`, `^`, `<<`, `>>`) as the
    /// value `a[idx] op v` to store: numpy's in-place operator on the copy
    /// `a[idx]` stores the same values wherever it casts nothing, so only
    /// for a value of the array's dtype (an array) or a number no wider in
    /// kind (bool, int, float), an array variable and an index without
    /// calls (it is read twice); None otherwise.
    fn fancy_augassign_read(&mut self, s: &ast::ExprSubscript, op: ast::Operator, value: &Expr) -> Option<Expr> {
        let name = self.array_name(&s.value)?;
        let ty = self.arrays[&name];
        let kind = |t: Scalar| match t {
            Scalar::Bool => 0,
            Scalar::Int { .. } => 1,
            Scalar::Float { .. } => 2,
        };
        if ty.complex || calls_in(&s.slice) || calls_in(value) {
            return None;
        }
        let at = self.checkpoint();
        let v = self.value(value);
        self.rollback(at);
        let fits = match v? {
            Val::Scalar(x) => kind(x.ty) <= kind(ty.dtype),
            Val::Array(r) => r.ty.dtype == ty.dtype && !r.ty.complex,
            _ => false,
        };
        let mut read = s.clone();
        read.ctx = ast::ExprContext::Load;
        fits.then(|| {
            Expr::BinOp(ast::ExprBinOp {
                range: s.range,
                left: Box::new(Expr::Subscript(read)),
                op,
                right: Box::new(value.clone()),
            })
        })
    }

    /// The array a store takes its values from: a variable, a view or an
    /// array computed where it stands (`rank[sa] = np.arange(n)`).
    fn stored_array(&mut self, value: &Expr) -> Option<ArrayRef> {
        match self.array_operand(value) {
            Claim::Done(r) => Some(r),
            Claim::Failed => None,
            Claim::NotMine => match self.value(value)? {
                Val::Array(r) => Some(r),
                _ => {
                    self.errors.push(
                        Diagnostic::error("this value cannot be stored through an index array or mask yet")
                            .at(range(value), "not an array pycc can make here"),
                    );
                    None
                }
            },
        }
    }

    /// `z.real`, `z.imag` of a complex array (or view): a real view of each
    /// item's part, numpy's (a store through it changes `z`).
    pub(in crate::sema) fn part_view(&mut self, z: &Expr, imag: bool, span: Range<usize>) -> Option<ArrayRef> {
        let base = self.array_operand(z).done()?;
        self.part_view_of(base, imag, span)
    }

    /// The part's view of complex array `base`.
    pub(in crate::sema) fn part_view_of(&mut self, base: ArrayRef, imag: bool, span: Range<usize>) -> Option<ArrayRef> {
        let part = i128::from(base.ty.itemsize()) / 2;
        let data = self.i64_var(base.data, span.clone());
        let data = if imag { self.temp_i64(bin(BinOp::Add, data, int64(part, &span))) } else { data };
        let ty = ArrayTy { complex: false, layout: Layout::A, ..base.ty };
        let sources = self.array_sources.get(&base.name).cloned().unwrap_or_default();
        let view = self.array_temp(ty, sources);
        let mut values = vec![data];
        values.extend(base.shape.iter().map(|v| self.i64_var(*v, span.clone())));
        for (k, v) in base.strides.iter().enumerate() {
            // A unit axis's stride variable is not kept: it is the item size.
            let stride = if Some(k as u32) == base.ty.unit_axis() {
                int64(i128::from(base.ty.itemsize()), &span)
            } else {
                self.i64_var(*v, span.clone())
            };
            values.push(stride);
        }
        values.push(self.i64_var(base.owner, span));
        self.pre.push(TStmt::ParallelAssign { vars: view.vars(), values });
        Some(view)
    }
}

/// Whether `e` may call anything (a call's effects would run twice): any
/// form but names, constants, attributes, subscripts, slices, tuples and
/// operators counts.
fn calls_in(e: &Expr) -> bool {
    let all = |xs: &[Expr]| xs.iter().any(calls_in);
    match e {
        Expr::Name(_) | Expr::Constant(_) => false,
        Expr::Attribute(a) => calls_in(&a.value),
        Expr::Subscript(x) => calls_in(&x.value) || calls_in(&x.slice),
        Expr::Slice(x) => [&x.lower, &x.upper, &x.step].into_iter().flatten().any(|b| calls_in(b)),
        Expr::Tuple(t) => all(&t.elts),
        Expr::BinOp(b) => calls_in(&b.left) || calls_in(&b.right),
        Expr::UnaryOp(u) => calls_in(&u.operand),
        Expr::BoolOp(b) => all(&b.values),
        Expr::Compare(c) => calls_in(&c.left) || all(&c.comparators),
        _ => true,
    }
}

/// Element `v` converted for a store into a view of `dtype` (`view_cast`).
pub(in crate::sema) fn view_convert(v: TExpr, numpy_cast: bool, dtype: Scalar) -> TExpr {
    match (numpy_cast, dtype) {
        (true, Scalar::Bool) => crate::sema::truth(v),
        (true, _) => crate::sema::scalars::int_as_numpy(v, dtype),
        _ => cast(v, dtype),
    }
}

/// Why a non-int index is rejected: numpy reads a bool as a mask, and raises
/// IndexError for a float (numba rejects both when typing).
fn index_type_note(ty: &Scalar) -> &'static str {
    if *ty == Scalar::Bool {
        "numpy reads a bool index as a mask, which pycc does not support"
    } else {
        "numpy raises IndexError for a non-integer index, and numba rejects it when typing"
    }
}
