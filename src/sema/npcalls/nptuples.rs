//! numpy calls whose flags make a tuple: `np.unique(a, return_index=,
//! return_inverse=, return_counts=)`, `np.average(a, axis, weights,
//! returned=True)`. Each item is one call of numpy's
//! function (numpy's tuple, item k), as for nplinalg.rs's tuples.

use crate::base::types::Layout;
use crate::sema::*;
use crate::tir::array::{KEYWORDS, TUPLE_ITEMS};
use rustpython_parser::ast::Ranged;

const UNIQUE_FLAGS: [&str; 3] = ["return_index", "return_inverse", "return_counts"];

fn keyword_arg<'e>(c: &'e ast::ExprCall, name: &str) -> Option<&'e Expr> {
    c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == name)).map(|k| &k.value)
}

fn item(name: &str) -> NpFunc {
    NpFunc::Item(TUPLE_ITEMS.iter().position(|n| *n == name).expect("listed"))
}

impl Typer<'_> {
    /// Whether `c` is `np.unique(a, ...)` with one of its `return_*` flags
    /// given (its result is then a tuple, unless all are False).
    pub(in crate::sema) fn unique_tuple_call(&self, c: &ast::ExprCall) -> bool {
        matches!(c.func.as_ref(), Expr::Attribute(f) if f.attr.as_str() == "unique" && self.numpy_module_of(&f.value))
            && UNIQUE_FLAGS.iter().any(|f| keyword_arg(c, f).is_some())
    }

    /// `np.unique`'s tuple: the sorted values (a's dtype), then as the
    /// flags ask the first indices, the inverse (a's shape, numpy 2's) and
    /// the counts (int64). The flags are constants: they decide the arity.
    pub(in crate::sema) fn unique_tuple(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let others = c
            .keywords
            .iter()
            .find(|k| k.arg.as_ref().is_none_or(|a| !UNIQUE_FLAGS.contains(&a.as_str()) && a.as_str() != "equal_nan"));
        if c.args.len() != 1 || others.is_some() {
            self.errors.push(
                Diagnostic::error("this form of numpy.unique() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles np.unique(a, return_index=, return_inverse=, return_counts=, equal_nan=) with constant flags (no axis)"),
            );
            return None;
        }
        let mut flags = [false; 3];
        for (k, f) in UNIQUE_FLAGS.iter().enumerate() {
            let Some(e) = keyword_arg(c, f) else { continue };
            match e {
                Expr::Constant(x) if matches!(x.value, ast::Constant::Bool(_)) => {
                    flags[k] = matches!(x.value, ast::Constant::Bool(true));
                }
                _ => {
                    self.errors.push(
                        Diagnostic::error(format!("`{f}` must be a constant True or False here"))
                            .at(range(e), "not a constant")
                            .note("it decides how many arrays numpy.unique() returns"),
                    );
                    return None;
                }
            }
        }
        let a_e = &c.args[0];
        let a = match self.array_operand(a_e).done() {
            Some(a) if !a.ty.complex => a,
            _ => {
                self.errors.push(
                    Diagnostic::error("numpy.unique() with return flags needs a real array here")
                        .at(range(a_e), "not a real array"),
                );
                return None;
            }
        };
        let kw = |n: &str| KEYWORDS.iter().position(|k| *k == n).expect("listed");
        let mut args = vec![NpArg::Array(a.clone())];
        for (k, f) in UNIQUE_FLAGS.iter().enumerate() {
            if flags[k] {
                args.push(NpArg::Keyword(
                    kw(f),
                    TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: span.clone() },
                ));
            }
        }
        if let Some(e) = keyword_arg(c, "equal_nan") {
            let x = self.expr(e)?;
            if x.ty != Scalar::Bool {
                self.errors.push(
                    Diagnostic::error(format!("`equal_nan` must be a bool here, not {}", x.ty))
                        .at(x.span, "not a bool"),
                );
                return None;
            }
            args.push(NpArg::Keyword(kw("equal_nan"), x));
        }
        // (dtype, ndim) of each item numpy returns, in its order.
        let mut items = vec![(a.ty.dtype, 1)];
        for (k, nd) in [(0, 1), (1, a.ty.ndim), (2, 1)] {
            if flags[k] {
                items.push((Scalar::I64, nd));
            }
        }
        let func = |k: usize| if items.len() == 1 { NpFunc::Unique } else { item(&format!("unique#{k}")) };
        let mut out = Vec::new();
        for (k, (dtype, ndim)) in items.iter().enumerate() {
            let ty = ArrayTy { dtype: *dtype, ndim: *ndim, layout: Layout::A, complex: false };
            let r = self.array_temp(ty, Default::default());
            self.pre.push(TStmt::Alloc { array: r.clone(), func: func(k), args: args.clone(), span: span.clone() });
            out.push(Val::Array(r));
        }
        if out.len() == 1 {
            return out.pop();
        }
        Some(Val::Tuple(out))
    }

    /// Whether `c` is `np.average(..., returned=True)` (or a `returned=`
    /// that is not a constant, a diagnostic here).
    pub(in crate::sema) fn average_tuple_call(&self, c: &ast::ExprCall) -> bool {
        let is_false = |e: &Expr| matches!(e, Expr::Constant(k) if matches!(k.value, ast::Constant::Bool(false)));
        matches!(c.func.as_ref(), Expr::Attribute(f) if f.attr.as_str() == "average" && self.numpy_module_of(&f.value))
            && keyword_arg(c, "returned").is_some_and(|e| !is_false(e))
    }

    /// `np.average(a, axis, weights, returned=True)`: numpy's (average,
    /// sum of weights), both of the average's dtype and shape.
    pub(in crate::sema) fn average_tuple(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let ps = ["a", "axis", "weights"];
        let arg = |k: usize| {
            c.args
                .get(k)
                .or_else(|| keyword_arg(c, ps[k]))
                .filter(|e| !matches!(e, Expr::Constant(x) if x.value.is_none()))
        };
        let bad_kw = c
            .keywords
            .iter()
            .any(|k| k.arg.as_ref().is_none_or(|a| !ps.contains(&a.as_str()) && a.as_str() != "returned"));
        if c.args.len() > 3 || bad_kw || arg(0).is_none() {
            self.errors.push(
                Diagnostic::error("this form of numpy.average() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles np.average(a, axis, weights, returned=True) of real arrays"),
            );
            return None;
        }
        if let Some(e) = keyword_arg(c, "returned").filter(|e| !matches!(e, Expr::Constant(_))) {
            self.errors.push(
                Diagnostic::error("`returned` must be a constant True or False here")
                    .at(range(e), "not a constant")
                    .note("it decides whether numpy.average() returns a tuple"),
            );
            return None;
        }
        let real_array = |t: &mut Self, e: &Expr| match t.array_operand(e).done() {
            Some(r) if !r.ty.complex => Some(r),
            _ => {
                t.errors.push(
                    Diagnostic::error("numpy.average() with returned=True needs a real array here")
                        .at(range(e), "not a real array"),
                );
                None
            }
        };
        let a = real_array(self, arg(0)?)?;
        let none = || NpArg::Word(None, 0);
        let (d0, nd) = (a.ty.dtype, a.ty.ndim);
        let mut args = vec![NpArg::Array(a)];
        let ndim = match arg(1) {
            Some(e) => {
                args.push(NpArg::Scalar(self.int_arg(e, "`axis`")?));
                nd - 1
            }
            None => {
                args.push(none());
                0
            }
        };
        // numpy's result_type(a, weights), with 'f8' for int or bool `a`;
        // without weights the mean's dtype.
        let dtype = match arg(2) {
            Some(e) => {
                let w = real_array(self, e)?;
                let d = crate::sema::arrayops::promote(d0, w.ty.dtype);
                args.push(NpArg::Array(w));
                if d0.is_float() {
                    d
                } else {
                    crate::sema::arrayops::promote(d, Scalar::F64)
                }
            }
            None => {
                args.push(none());
                NpFunc::Mean.reduced_dtype(d0)
            }
        };
        let kw = KEYWORDS.iter().position(|k| *k == "returned").expect("listed");
        args.push(NpArg::Keyword(
            kw,
            TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: span.clone() },
        ));
        let mut out = Vec::new();
        for k in 0..2 {
            let func = item(&format!("average#{k}"));
            if ndim == 0 {
                out.push(Val::Scalar(self.np_value(func, args.clone(), dtype, span.clone())));
                continue;
            }
            let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex: false };
            let r = self.array_temp(ty, Default::default());
            self.pre.push(TStmt::Alloc { array: r.clone(), func, args: args.clone(), span: span.clone() });
            out.push(Val::Array(r));
        }
        Some(Val::Tuple(out))
    }
}

/// The np.split family: numpy's name, its axis (None: split's `axis`
/// argument; hsplit's depends on the ndim), the least ndim numpy takes.
const SPLITS: [(&str, NpFunc, Option<u32>, u32); 5] = [
    ("split", NpFunc::Split, None, 1),
    ("array_split", NpFunc::ArraySplit, None, 1),
    ("hsplit", NpFunc::Hsplit, Some(1), 1),
    ("vsplit", NpFunc::Vsplit, Some(0), 2),
    ("dsplit", NpFunc::Dsplit, Some(2), 3),
];

/// numpy's functions making a tuple of index arrays, and their parameters.
const INDEX_TUPLES: [(&str, NpFunc, &[&str]); 6] = [
    ("triu_indices", NpFunc::TriuIndices, &["n", "k", "m"]),
    ("tril_indices", NpFunc::TrilIndices, &["n", "k", "m"]),
    ("triu_indices_from", NpFunc::TriuIndicesFrom, &["arr", "k"]),
    ("tril_indices_from", NpFunc::TrilIndicesFrom, &["arr", "k"]),
    ("diag_indices", NpFunc::DiagIndices, &["n", "ndim"]),
    ("diag_indices_from", NpFunc::DiagIndicesFrom, &["arr"]),
];

/// The keyword split_list's items pass the piece's index by (no Python
/// name: `$` cannot be written in source).
const ITEM: &str = "$item";

/// Most pieces a split is compiled for (each is one call of numpy's).
const MAX_PIECES: i64 = 32;

impl Typer<'_> {
    /// Whether `c` is `np.split(...)` or one of its kin (a list of
    /// arrays), or one of the index tuples (`np.triu_indices(n)`).
    pub(in crate::sema) fn split_tuple_call(&self, c: &ast::ExprCall) -> bool {
        matches!(c.func.as_ref(), Expr::Attribute(f)
            if (SPLITS.iter().any(|s| s.0 == f.attr.as_str())
                || INDEX_TUPLES.iter().any(|s| s.0 == f.attr.as_str())
                || matches!(f.attr.as_str(), "unravel_index" | "broadcast_arrays" | "broadcast_shapes"))
                && self.numpy_module_of(&f.value))
    }

    /// The length of the tuple of indices `c` makes when it is one of the
    /// index tuples or `np.unravel_index` (`m[np.triu_indices(n)]` indexes
    /// with its items).
    pub(in crate::sema) fn index_tuple_len(&self, c: &ast::ExprCall) -> Option<usize> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if self.nonzero_call(c) {
            return self.expr_ndim(&c.args[0]).filter(|n| *n >= 2).map(|n| n as usize);
        }
        if !self.split_tuple_call(c) {
            return None;
        }
        let arg = |k: usize, p: &str| c.args.get(k).or_else(|| keyword_arg(c, p));
        let n = match f.attr.as_str() {
            "triu_indices" | "tril_indices" | "triu_indices_from" | "tril_indices_from" => 2,
            "diag_indices" => arg(1, "ndim").map_or(Some(2), crate::sema::tuplesugar::constant_axis)?,
            "diag_indices_from" => self.expr_ndim(arg(0, "arr")?)?.into(),
            "unravel_index" => self.shape_len(std::slice::from_ref(arg(1, "shape")?))?.into(),
            _ => return None,
        };
        usize::try_from(n).ok().filter(|n| (1..=MAX_PIECES as usize).contains(n))
    }

    /// `np.triu_indices(n, k, m)`, `np.tril_indices`, their `_from(arr, k)`
    /// forms, `np.diag_indices(n, ndim)` (a constant ndim) and
    /// `np.diag_indices_from(arr)`: numpy's tuple of int64 index arrays,
    /// each item one call of numpy's function.
    fn index_tuple(&mut self, c: &ast::ExprCall, name: &str, span: Range<usize>) -> Option<Val> {
        let (_, func, ps) = *INDEX_TUPLES.iter().find(|s| s.0 == name).expect("split_tuple_call checked");
        let arg =
            |k: usize| c.args.get(k).or_else(|| keyword_arg(c, ps[k])).filter(|e| !crate::sema::optional::is_none(e));
        let bad_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !ps.contains(&a.as_str())));
        if c.args.len() > ps.len() || bad_kw || arg(0).is_none() {
            self.errors.push(
                Diagnostic::error(format!("this form of numpy.{name}() is not supported yet"))
                    .at(span, "not supported")
                    .note(format!("pycc compiles numpy.{name}({})", ps.join(", "))),
            );
            return None;
        }
        let mut args = Vec::new();
        let count = if ps[0] == "arr" {
            let a = self.array_operand(arg(0)?).done()?;
            let nd = a.ty.ndim;
            if nd != 2 && name != "diag_indices_from" || nd < 2 {
                let what = if name == "diag_indices_from" { "at least 2-d" } else { "2-d" };
                self.errors.push(
                    Diagnostic::error(format!("input array must be {what}"))
                        .at(range(arg(0)?), format!("a {nd}-d array"))
                        .note(format!("numpy.{name}() raises this ValueError")),
                );
                return None;
            }
            args.push(NpArg::Array(a));
            if name == "diag_indices_from" {
                nd as i64
            } else {
                2
            }
        } else {
            args.push(NpArg::Scalar(self.int_arg(arg(0)?, "`n`")?));
            2
        };
        let mut count = count;
        for (k, p) in ps.iter().enumerate().skip(1) {
            match (arg(k), *p) {
                (Some(e), "ndim") => {
                    let Some(n) = crate::sema::tuplesugar::constant_axis(e).filter(|n| (1..=MAX_PIECES).contains(n))
                    else {
                        self.errors.push(
                            Diagnostic::error("`ndim` must be a constant int here")
                                .at(range(e), "not a constant")
                                .note("it decides how many index arrays numpy.diag_indices() returns"),
                        );
                        return None;
                    };
                    count = n;
                    args.push(NpArg::Scalar(self.int_arg(e, "`ndim`")?));
                }
                (Some(e), _) => args.push(NpArg::Scalar(self.int_arg(e, &format!("`{p}`"))?)),
                // numpy's defaults: k=0, m=None.
                (None, "k") => args.push(NpArg::Scalar(TExpr {
                    ty: Scalar::I64,
                    kind: TExprKind::Const(ConstValue::Int(0)),
                    span: span.clone(),
                })),
                (None, _) => args.push(NpArg::Word(None, 0)),
            }
        }
        if name == "diag_indices" && arg(1).is_none() {
            args.pop();
        }
        let ty = ArrayTy { dtype: Scalar::I64, ndim: 1, layout: Layout::A, complex: false };
        let mut out = Vec::new();
        for k in 0..count {
            let index =
                TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(k.into())), span: span.clone() };
            let mut item_args = args.clone();
            item_args.push(NpArg::Scalar(index));
            let r = self.array_temp(ty, Default::default());
            self.pre.push(TStmt::Alloc { array: r.clone(), func, args: item_args, span: span.clone() });
            out.push(Val::Array(r));
        }
        Some(Val::Tuple(out))
    }

    /// `np.broadcast_arrays(a, b, ...)` of arrays: numpy's tuple of views,
    /// item k of each operand's dtype and the largest ndim, one call of
    /// numpy's each (its ValueError for shapes that do not broadcast).
    /// numpy 2 warns at a store through one and stores; pycc stores.
    fn broadcast_arrays(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        if c.args.is_empty() || !c.keywords.is_empty() || c.args.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.errors.push(
                Diagnostic::error("this form of numpy.broadcast_arrays() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.broadcast_arrays(a, b, ...) of arrays"),
            );
            return None;
        }
        let arrays = c.args.iter().map(|e| self.npfunc_array_arg(e)).collect::<Option<Vec<_>>>()?;
        let ndim = arrays.iter().map(|r| r.ty.ndim).max()?;
        let args: Vec<NpArg> = arrays.iter().cloned().map(NpArg::Array).collect();
        let mut out = Vec::new();
        for (k, r) in arrays.iter().enumerate() {
            let at = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(k as i128)), span: span.clone() };
            let mut item_args = args.clone();
            item_args.push(NpArg::Scalar(at));
            let sources = self.array_sources.get(&r.name).cloned().unwrap_or_default();
            let ty = ArrayTy { dtype: r.ty.dtype, ndim, layout: Layout::A, complex: false };
            let item = self.array_temp(ty, sources);
            let func = NpFunc::BroadcastArrays;
            self.pre.push(TStmt::Alloc { array: item.clone(), func, args: item_args, span: span.clone() });
            out.push(Val::Array(item));
        }
        Some(Val::Tuple(out))
    }

    /// `np.unravel_index(indices, shape)`: numpy's tuple, one item per
    /// extent of `shape` (a tuple display, a tuple variable or `a.shape`),
    /// an int64 number each for an int index, an int64 array of the
    /// indices' shape for an array of them; each item one call of numpy's
    /// (its ValueError for an index out of range).
    fn unravel_index(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let ps = ["indices", "shape"];
        let arg = |k: usize| c.args.get(k).or_else(|| keyword_arg(c, ps[k]));
        let bad_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !ps.contains(&a.as_str())));
        let (Some(index), Some(shape), false) = (arg(0), arg(1), c.args.len() > 2 || bad_kw) else {
            self.errors.push(
                Diagnostic::error("this form of numpy.unravel_index() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.unravel_index(index, shape) of an int index"),
            );
            return None;
        };
        // An array of indices gives arrays of its shape (numpy's intp).
        let indices = if self.is_array_like(index) {
            let r = self.npfunc_array_arg(index)?;
            if !matches!(r.ty.dtype, Scalar::Int { .. }) {
                self.errors.push(
                    Diagnostic::error("numpy.unravel_index() takes int indices")
                        .at(range(index), format!("an array of {}", r.ty.dtype))
                        .note("numpy raises TypeError: only int indices permitted"),
                );
                return None;
            }
            NpArg::Array(r)
        } else {
            NpArg::Scalar(self.int_arg(index, "`indices`")?)
        };
        let dims = self.numpy_shape(shape)?;
        let count = dims.len();
        let mut out = Vec::new();
        for k in 0..count {
            let at = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(k as i128)), span: span.clone() };
            let args = vec![indices.clone(), NpArg::Shape(dims.clone()), NpArg::Scalar(at)];
            out.push(match &indices {
                NpArg::Array(r) => {
                    let ty = ArrayTy { dtype: Scalar::I64, ndim: r.ty.ndim, layout: Layout::A, complex: false };
                    let item = self.array_temp(ty, Default::default());
                    self.pre.push(TStmt::Alloc {
                        array: item.clone(),
                        func: NpFunc::UnravelIndex,
                        args,
                        span: span.clone(),
                    });
                    Val::Array(item)
                }
                _ => Val::Scalar(self.np_value(NpFunc::UnravelIndex, args, Scalar::I64, span.clone())),
            });
        }
        Some(Val::Tuple(out))
    }

    /// `np.split(ary, n, axis)` (and `array_split`, `hsplit`, `vsplit`,
    /// `dsplit`) as a tuple of its pieces, each numpy's own view of `ary`:
    /// `n` a constant number of sections or a list or tuple display of
    /// split points, so the number of pieces is known here.
    pub(in crate::sema) fn split_tuple(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let Expr::Attribute(f) = c.func.as_ref() else { unreachable!("split_tuple_call checked") };
        if INDEX_TUPLES.iter().any(|s| s.0 == f.attr.as_str()) {
            return self.index_tuple(c, f.attr.as_str(), span);
        }
        if f.attr.as_str() == "unravel_index" {
            return self.unravel_index(c, span);
        }
        if f.attr.as_str() == "broadcast_arrays" {
            return self.broadcast_arrays(c, span);
        }
        if f.attr.as_str() == "broadcast_shapes" {
            return self.np_broadcast_shapes(c, span);
        }
        let (name, func, fixed_axis, min_ndim) =
            *SPLITS.iter().find(|s| s.0 == f.attr.as_str()).expect("split_tuple_call checked");
        let ps: &[&str] = if fixed_axis.is_none() {
            &["ary", "indices_or_sections", "axis"]
        } else {
            &["ary", "indices_or_sections"]
        };
        let arg = |k: usize| ps.get(k).and_then(|p| c.args.get(k).or_else(|| keyword_arg(c, p)));
        // split_list's item i of a split whose count is known at run time.
        let item = keyword_arg(c, ITEM);
        let bad_kw =
            c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !ps.contains(&a.as_str()) && a.as_str() != ITEM));
        if c.args.len() > ps.len() || bad_kw || arg(0).is_none() || arg(1).is_none() {
            self.errors.push(
                Diagnostic::error(format!("this form of numpy.{name}() is not supported yet"))
                    .at(span, "not supported")
                    .note(format!("pycc compiles numpy.{name}({})", ps.join(", "))),
            );
            return None;
        }
        let a = self.array_operand(arg(0)?).done()?;
        if a.ty.ndim < min_ndim {
            self.errors.push(
                Diagnostic::error(format!("{name} only works on arrays of {min_ndim} or more dimensions"))
                    .at(range(arg(0)?), format!("a {}-d array", a.ty.ndim))
                    .note("numpy raises this ValueError"),
            );
            return None;
        }
        let (count, parts) = match item {
            Some(_) => (0, self.run_time_sections(arg(1)?)?),
            None => self.split_points(arg(1)?)?,
        };
        let mut args = vec![NpArg::Array(a.clone()), parts];
        if let Some(e) = arg(2) {
            args.push(NpArg::Scalar(self.int_arg(e, "`axis`")?));
        }
        let ty = ArrayTy { layout: Layout::A, ..a.ty };
        // The pieces are views: a store through one stores into `ary`'s sources.
        let view = self.array_sources.get(&a.name).cloned().unwrap_or_default();
        if let Some(i) = item {
            args.push(NpArg::Scalar(self.int_arg(i, "a piece's index")?));
            let r = self.array_temp(ty, view);
            self.pre.push(TStmt::Alloc { array: r.clone(), func, args, span });
            return Some(Val::Array(r));
        }
        let mut out = Vec::new();
        for k in 0..count {
            let index =
                TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(k.into())), span: span.clone() };
            let mut item_args = args.clone();
            item_args.push(NpArg::Scalar(index));
            let r = self.array_temp(ty, view.clone());
            self.pre.push(TStmt::Alloc { array: r.clone(), func, args: item_args, span: span.clone() });
            out.push(Val::Array(r));
        }
        Some(Val::Tuple(out))
    }

    /// `indices_or_sections` of split_list's items: an int (sections) or an
    /// array of split points, as numpy takes it.
    fn run_time_sections(&mut self, e: &Expr) -> Option<NpArg> {
        if self.is_array_like(e) {
            return Some(NpArg::Array(self.array_operand(e).done()?));
        }
        Some(NpArg::Scalar(self.int_arg(e, "the number of sections")?))
    }

    /// `parts = np.split(x, k)` (and its kin) with `k` known only at run
    /// time (an int variable or an array of split points): `parts` is a
    /// list of numpy's pieces, built by a loop taking item i of numpy's
    /// list (one call each, as for a constant count). The arguments are
    /// evaluated once, in order; the loop runs max(k, 1) times for a number
    /// of sections (so numpy raises its own error for k <= 0), len(k) + 1
    /// for split points.
    pub(in crate::sema) fn split_list(&mut self, a: &ast::StmtAssign) -> Option<Vec<Stmt>> {
        use crate::sema::sugar::{assign, call, int, name, store, temp};
        let [Expr::Name(target)] = a.targets.as_slice() else { return None };
        let Expr::Call(c) = a.value.as_ref() else { return None };
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !SPLITS.iter().any(|s| s.0 == f.attr.as_str()) || !self.numpy_module_of(&f.value) {
            return None;
        }
        let sections = c.args.get(1).or_else(|| keyword_arg(c, "indices_or_sections"))?;
        let known = crate::sema::tuplesugar::constant_axis(sections).is_some()
            || matches!(sections, Expr::List(_) | Expr::Tuple(_));
        // Constant sections make a tuple, unless the function uses the name
        // as the list numpy returns (`del parts[4]`, `parts[i]`).
        if (known && !self.list_splits.contains(target.id.as_str()))
            || c.args.len() > 3
            || c.keywords.iter().any(|k| k.arg.is_none())
            || self.arity.contains_key(target.id.as_str())
        {
            return None;
        }
        let points = matches!(sections, Expr::List(_) | Expr::Tuple(_)) || self.is_array_like(sections);
        let at = a.range;
        let mut out = Vec::new();
        let mut bind = |t: &mut Self, e: &Expr| {
            let v = temp(&mut t.temps, "split");
            out.push(assign(store(&v, at), e.clone(), at));
            name(&v, at)
        };
        // A display of split points is bound as numpy's array of them (the
        // items take the points as an array).
        let points_array = |e: &Expr| match e {
            Expr::List(_) | Expr::Tuple(_) if points => Expr::Call(ast::ExprCall {
                range: e.range(),
                func: Box::new(Expr::Attribute(ast::ExprAttribute {
                    range: e.range(),
                    value: f.value.clone(),
                    attr: ast::Identifier::new("array"),
                    ctx: ast::ExprContext::Load,
                })),
                args: vec![e.clone()],
                keywords: Vec::new(),
            }),
            _ => e.clone(),
        };
        let args: Vec<Expr> = c
            .args
            .iter()
            .enumerate()
            .map(|(j, e)| bind(self, &if j == 1 { points_array(e) } else { e.clone() }))
            .collect();
        let mut keywords: Vec<ast::Keyword> = c
            .keywords
            .iter()
            .map(|k| {
                let sections = k.arg.as_ref().is_some_and(|a| a.as_str() == "indices_or_sections");
                let value = if sections { points_array(&k.value) } else { k.value.clone() };
                ast::Keyword { range: k.range, arg: k.arg.clone(), value: bind(self, &value) }
            })
            .collect();
        let k = match c.args.get(1) {
            Some(_) => args[1].clone(),
            None => {
                keyword_arg(&ast::ExprCall { keywords: keywords.clone(), ..c.clone() }, "indices_or_sections")?.clone()
            }
        };
        let count = if points {
            let len = call("len", vec![k], at);
            Expr::BinOp(ast::ExprBinOp {
                range: at,
                left: Box::new(len),
                op: ast::Operator::Add,
                right: Box::new(int(1, at)),
            })
        } else {
            call("max", vec![k, int(1, at)], at)
        };
        let i = temp(&mut self.temps, "piece");
        keywords.push(ast::Keyword { range: at, arg: Some(ast::Identifier::new(ITEM)), value: name(&i, at) });
        let piece = Expr::Call(ast::ExprCall { range: c.range, func: c.func.clone(), args, keywords });
        let append = Expr::Attribute(ast::ExprAttribute {
            range: at,
            value: Box::new(name(target.id.as_str(), at)),
            attr: ast::Identifier::new("append"),
            ctx: ast::ExprContext::Load,
        });
        let body = vec![Stmt::Expr(ast::StmtExpr {
            range: at,
            value: Box::new(Expr::Call(ast::ExprCall {
                range: at,
                func: Box::new(append),
                args: vec![piece],
                keywords: Vec::new(),
            })),
        })];
        let empty = Expr::List(ast::ExprList { range: at, elts: Vec::new(), ctx: ast::ExprContext::Load });
        out.push(assign(store(target.id.as_str(), at), empty, at));
        out.push(Stmt::For(ast::StmtFor {
            range: at,
            target: Box::new(store(&i, at)),
            iter: Box::new(call("range", vec![count], at)),
            body,
            orelse: Vec::new(),
            type_comment: None,
        }));
        Some(out)
    }

    /// `for p in np.split(x, k)` with `k` known only at run time: the list
    /// split_list makes, bound to a temporary, then the loop over it.
    pub(in crate::sema) fn split_loop(&mut self, f: &ast::StmtFor) -> Option<Vec<Stmt>> {
        use crate::sema::sugar::{assign, name, store, temp};
        let at = f.iter.range();
        // A temporary's number is taken only for a loop rewritten here.
        let before = self.temps;
        let list = temp(&mut self.temps, "pieces");
        let bound = match assign(store(&list, at), (*f.iter).clone(), at) {
            Stmt::Assign(a) => a,
            _ => unreachable!("assign makes an Assign"),
        };
        let Some(mut out) = self.split_list(&bound) else {
            self.temps = before;
            return None;
        };
        out.push(Stmt::For(ast::StmtFor { iter: Box::new(name(&list, at)), ..f.clone() }));
        Some(out)
    }

    /// `return np.split(x, k)` (and its kin) from an export whose result is
    /// inferred: numpy's list of the pieces (a Python list, as CPython
    /// returns), bound to a temporary list of arrays by split_list.
    pub(in crate::sema) fn split_return(&mut self, r: &ast::StmtReturn) -> Option<Vec<Stmt>> {
        use crate::sema::sugar::{assign, name, store, temp};
        let Expr::Call(c) = r.value.as_deref()? else { return None };
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !self.tolist_ok || !SPLITS.iter().any(|s| s.0 == f.attr.as_str()) || !self.numpy_module_of(&f.value) {
            return None;
        }
        let at = r.range;
        let before = self.temps;
        let list = temp(&mut self.temps, "pieces");
        let bound = match assign(store(&list, at), Expr::Call(c.clone()), at) {
            Stmt::Assign(a) => a,
            _ => unreachable!("assign makes an Assign"),
        };
        self.list_splits.insert(list.clone());
        let Some(mut out) = self.split_list(&bound) else {
            self.list_splits.remove(&list);
            self.temps = before;
            return None;
        };
        out.push(Stmt::Return(ast::StmtReturn { range: at, value: Some(Box::new(name(&list, at))) }));
        Some(out)
    }

    /// The number of pieces `indices_or_sections` makes, and the argument:
    /// a constant int (sections) or a list or tuple display of int split
    /// points (one piece more than points).
    fn split_points(&mut self, e: &Expr) -> Option<(i64, NpArg)> {
        if let Some(n) = crate::sema::tuplesugar::constant_axis(e) {
            if n <= 0 {
                self.errors.push(
                    Diagnostic::error("number sections must be larger than 0.")
                        .at(range(e), "not a positive number of sections")
                        .note("numpy raises this ValueError"),
                );
                return None;
            }
            if n > MAX_PIECES {
                self.errors.push(
                    Diagnostic::error(format!("a split into more than {MAX_PIECES} pieces is not supported yet"))
                        .at(range(e), "too many pieces"),
                );
                return None;
            }
            let x = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(n.into())), span: range(e) };
            return Some((n, NpArg::Scalar(x)));
        }
        let elts = match e {
            Expr::List(l) => &l.elts,
            Expr::Tuple(t) => &t.elts,
            _ => {
                self.errors.push(
                    Diagnostic::error("the number of pieces of this split is not known at compile time")
                        .at(range(e), "not a constant")
                        .note("pass a constant number of sections (`np.split(a, 3)`) or a list of split points (`[2, 5]`)"),
                );
                return None;
            }
        };
        if elts.len() as i64 >= MAX_PIECES {
            self.errors.push(
                Diagnostic::error(format!("a split into more than {MAX_PIECES} pieces is not supported yet"))
                    .at(range(e), "too many pieces"),
            );
            return None;
        }
        let points = elts.iter().map(|x| self.int_arg(x, "a split point")).collect::<Option<Vec<_>>>()?;
        Some((points.len() as i64 + 1, NpArg::Values(points)))
    }
}

impl Typer<'_> {
    /// `np.fill_diagonal(a, val, wrap=)` as a statement: numpy's own, on
    /// `a` in place (`val` a number or an array, cast and repeated as
    /// numpy does; a 2-d `a`, or n-d with equal extents, numpy's ValueError).
    pub(in crate::sema) fn fill_diagonal(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let ps = ["a", "val", "wrap"];
        let arg = |k: usize| c.args.get(k).or_else(|| keyword_arg(c, ps[k]));
        let bad_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !ps.contains(&a.as_str())));
        if c.args.len() > 3 || bad_kw || arg(0).is_none() || arg(1).is_none() {
            self.errors.push(
                Diagnostic::error("this form of numpy.fill_diagonal() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.fill_diagonal(a, val, wrap)"),
            );
            return None;
        }
        let a = match self.array_operand(arg(0)?).done() {
            Some(a) if a.ty.ndim >= 2 => a,
            Some(a) => {
                self.errors.push(
                    Diagnostic::error("array must be at least 2-d")
                        .at(range(arg(0)?), format!("a {}-d array", a.ty.ndim))
                        .note("numpy.fill_diagonal() raises this ValueError"),
                );
                return None;
            }
            None => return None,
        };
        let v_e = arg(1)?;
        let val = if self.is_array_like(v_e) {
            NpArg::Array(self.array_operand(v_e).done()?)
        } else if self.is_complex(v_e) {
            let (re, im) = self.cexpr(v_e)?;
            NpArg::Complex(re, im)
        } else {
            NpArg::Scalar(self.expr(v_e)?)
        };
        if matches!(val, NpArg::Complex(..)) && !a.ty.complex {
            self.errors.push(
                Diagnostic::error("cannot fill the diagonal of a real array with a complex number")
                    .at(range(v_e), "a complex number")
                    .note("numpy discards the imaginary part with a ComplexWarning"),
            );
            return None;
        }
        let mut args = vec![NpArg::Array(a.clone()), val];
        if let Some(e) = arg(2) {
            let w = self.expr(e)?;
            if w.ty != Scalar::Bool {
                self.errors.push(
                    Diagnostic::error(format!("`wrap` must be a bool here, not {}", w.ty)).at(w.span, "not a bool"),
                );
                return None;
            }
            args.push(NpArg::Scalar(w));
        }
        self.mark_written(&a.name);
        // The call's effect is all; its None goes to a dead variable.
        let var = self.fresh("fill_diagonal", Scalar::I64);
        Some(TStmt::NpValue { var, imag: None, func: NpFunc::FillDiagonal, args, span })
    }
}

/// The names `on_stmt` and `on_expr` pick out of every statement and
/// expression of `body`, nested ones too.
fn names_in(
    body: &[Stmt],
    on_stmt: fn(&Stmt, &mut HashSet<String>),
    on_expr: fn(&Expr, &mut HashSet<String>),
) -> HashSet<String> {
    use rustpython_parser::ast::fold::{self, Fold};
    use rustpython_parser::text_size::TextRange;
    struct Finder {
        names: HashSet<String>,
        on_stmt: fn(&Stmt, &mut HashSet<String>),
        on_expr: fn(&Expr, &mut HashSet<String>),
    }
    impl Fold<TextRange> for Finder {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
            (self.on_expr)(&e, &mut self.names);
            fold::fold_expr(self, e)
        }
        fn fold_stmt(&mut self, s: Stmt) -> std::result::Result<Stmt, Self::Error> {
            (self.on_stmt)(&s, &mut self.names);
            fold::fold_stmt(self, s)
        }
    }
    let mut f = Finder { names: HashSet::new(), on_stmt, on_expr };
    for s in body {
        let Ok(_) = f.fold_stmt(s.clone());
    }
    f.names
}

/// The names some statement of `body` uses as a list rather than as a tuple
/// of known length: `del name[k]`, or `name[i]` with an index that is not
/// an int literal. A `name = np.split(x, [..])` of one of them is then
/// numpy's list of pieces (split_list), not a tuple.
pub(in crate::sema) fn list_split_names(body: &[Stmt]) -> HashSet<String> {
    fn literal(e: &Expr) -> bool {
        match e {
            Expr::Constant(c) => matches!(c.value, ast::Constant::Int(_)),
            Expr::UnaryOp(u) => matches!(u.op, ast::UnaryOp::USub) && literal(&u.operand),
            _ => false,
        }
    }
    fn indexed(e: &Expr, names: &mut HashSet<String>) {
        if let Expr::Subscript(s) = e {
            let simple = !matches!(s.slice.as_ref(), Expr::Slice(_) | Expr::Tuple(_)) && !literal(&s.slice);
            if let (Expr::Name(n), true) = (s.value.as_ref(), simple) {
                names.insert(n.id.to_string());
            }
        }
    }
    fn deleted(s: &Stmt, names: &mut HashSet<String>) {
        if let Stmt::Delete(d) = s {
            for t in &d.targets {
                if let Expr::Subscript(x) = t {
                    if let Expr::Name(n) = x.value.as_ref() {
                        names.insert(n.id.to_string());
                    }
                }
            }
        }
    }
    names_in(body, deleted, indexed)
}

/// The names `body` returns as they are (`return parts`): bound to a split
/// in an export with an inferred result, they are numpy's list of pieces,
/// which CPython returns.
pub(in crate::sema) fn returned_names(body: &[Stmt]) -> HashSet<String> {
    fn returned(s: &Stmt, names: &mut HashSet<String>) {
        if let Stmt::Return(ast::StmtReturn { value: Some(v), .. }) = s {
            if let Expr::Name(n) = v.as_ref() {
                names.insert(n.id.to_string());
            }
        }
    }
    names_in(body, returned, |_, _| {})
}

impl Typer<'_> {
    /// The ndim of item k of a tuple a numpy call makes, each item 1-d:
    /// `np.histogram(a)[1]`, `np.tril_indices(n)[0]`, `np.nonzero(m)[1]`,
    /// `np.unique(v, return_counts=True)[1]` of a 1-d `v` (so the item
    /// nests where an array of known ndim must: `np.flip(..)`, `np.where(.. > 0)`).
    pub(in crate::sema) fn tuple_item_ndim(&self, s: &ast::ExprSubscript) -> Option<u32> {
        let Expr::Call(c) = s.value.as_ref() else { return None };
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let k = crate::sema::tuplesugar::constant_axis(&s.slice)?;
        let linalg = matches!(f.value.as_ref(), Expr::Attribute(l)
            if l.attr.as_str() == "linalg" && self.numpy_module_of(&l.value));
        if linalg {
            return self.linalg_item_ndim(c, f.attr.as_str(), k);
        }
        if !self.numpy_module_of(&f.value) {
            return None;
        }
        let one_d = match f.attr.as_str() {
            // Each item has the indices' shape (a number for a number).
            "unravel_index" => return c.args.first().and_then(|a| self.expr_ndim(a)).filter(|n| *n > 0),
            "histogram" => true,
            // n 1-d vectors make n grids of n dimensions (either indexing).
            "meshgrid" => {
                let n = c.args.len() as i64;
                let vectors = n > 0 && c.args.iter().all(|a| self.expr_ndim(a) == Some(1));
                return (vectors && (-n..n).contains(&k)).then_some(n as u32);
            }
            // All flags False make the array itself (its item a number).
            "unique" => {
                let flag = |k: &&str| matches!(keyword_arg(c, k), Some(Expr::Constant(x)) if matches!(x.value, ast::Constant::Bool(true)));
                UNIQUE_FLAGS.iter().any(flag) && c.args.first().and_then(|a| self.expr_ndim(a)) == Some(1)
            }
            "nonzero" | "where" => self.nonzero_call(c),
            name => INDEX_TUPLES.iter().any(|t| t.0 == name) && name != "unravel_index",
        };
        one_d.then_some(1)
    }
}

impl Typer<'_> {
    /// The ndim of item k of numpy.linalg's tuple of a matrix (keywords
    /// such as qr's mode= or svd's compute_uv= change the result: left out).
    fn linalg_item_ndim(&self, c: &ast::ExprCall, name: &str, k: i64) -> Option<u32> {
        if c.args.len() != 1 || !c.keywords.is_empty() || self.expr_ndim(&c.args[0]) != Some(2) {
            return None;
        }
        let ndims: &[u32] = match name {
            "qr" => &[2, 2],
            "eigh" | "eig" => &[1, 2],
            "svd" => &[2, 1, 2],
            _ => return None,
        };
        let k = if k < 0 { k + ndims.len() as i64 } else { k };
        ndims.get(usize::try_from(k).ok()?).copied()
    }
}
