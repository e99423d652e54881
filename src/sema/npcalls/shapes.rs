//! `np.broadcast_shapes(*shapes)` as a tuple
//! of ints, `a.strides`, and the diagnostic for `np.squeeze(a)` without an
//! axis (its result's ndim depends on the run-time shape).

use crate::sema::arrays::{bin, cmp, int64, select};
use crate::sema::*;
use crate::tir::array::WORDS;
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// Most shapes `np.broadcast_shapes` is compiled for, and most extents of
/// its result (numpy's own limit on dimensions).
const MAX_DIMS: usize = 64;

impl Typer<'_> {
    /// `np.squeeze(a)` / `a.squeeze()` with no axis: numpy drops every axis
    /// of extent 1, so the result's ndim is known only at run time.
    pub(in crate::sema) fn squeeze_without_axis<T>(&mut self, span: Range<usize>) -> Option<T> {
        self.errors.push(
            Diagnostic::error("numpy.squeeze() without `axis` is not supported")
                .at(span, "the result's number of dimensions depends on the run-time shape")
                .note("name the axes of extent 1: `np.squeeze(a, axis=0)`, `a.squeeze(axis=(0, 2))`, or use `a.reshape(...)`"),
        );
        None
    }

    /// Whether `c` is `np.squeeze(a)` (or `a.squeeze()`) with no axis.
    pub(in crate::sema) fn squeeze_without_axis_call(&self, c: &ast::ExprCall) -> bool {
        let axis = c.args.get(1).or_else(|| {
            c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis")).map(|k| &k.value)
        });
        self.npfunc_call(c).is_some_and(|(n, _)| n == "squeeze") && axis.is_none_or(crate::sema::optional::is_none)
    }

    /// `np.broadcast_shapes(s1, s2, ...)` of shapes (tuple displays, tuple
    /// variables, `a.shape`, ints): numpy's tuple, as long as the longest
    /// shape, each item one call of numpy's function (its ValueError
    /// `shape mismatch: ...` for shapes that do not broadcast).
    pub(in crate::sema) fn np_broadcast_shapes(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        if !c.keywords.is_empty() || c.args.iter().any(|a| matches!(a, Expr::Starred(_))) || c.args.len() > MAX_DIMS {
            self.errors.push(
                Diagnostic::error("this form of numpy.broadcast_shapes() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.broadcast_shapes(shape, ...) of shapes written out: tuples, tuple variables, `a.shape` or ints"),
            );
            return None;
        }
        let mut shapes = Vec::new();
        for a in &c.args {
            shapes.push(NpArg::Shape(self.numpy_shape(a)?));
        }
        let count = shapes.iter().map(|s| if let NpArg::Shape(d) = s { d.len() } else { 0 }).max().unwrap_or(0);
        if count == 0 {
            self.errors.push(
                Diagnostic::error(
                    "numpy.broadcast_shapes() of no dimensions makes an empty tuple, which is not supported yet",
                )
                .at(span, "an empty tuple"),
            );
            return None;
        }
        if count > MAX_DIMS {
            self.errors.push(
                Diagnostic::error(format!("numpy.broadcast_shapes() is compiled for at most {MAX_DIMS} dimensions"))
                    .at(span, "too many dimensions"),
            );
            return None;
        }
        let mut out = Vec::new();
        for k in 0..count {
            let at = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(k as i128)), span: span.clone() };
            let mut args = shapes.clone();
            args.push(NpArg::Scalar(at));
            out.push(Val::Scalar(self.np_value(NpFunc::BroadcastShapes, args, Scalar::I64, span.clone())));
        }
        Some(Val::Tuple(out))
    }
}

impl Typer<'_> {
    /// The array `a` of `a.flat[k]`: an array
    /// variable, a view or an expression.
    fn flat_target<'e>(&self, s: &'e ast::ExprSubscript) -> Option<&'e Expr> {
        let Expr::Attribute(f) = s.value.as_ref() else { return None };
        if f.attr.as_str() != "flat" {
            return None;
        }
        (self.array_name(&f.value).is_some() || self.is_array_like(&f.value)).then_some(f.value.as_ref())
    }

    /// Whether `s` is `a.flat[k]` of an array.
    pub(in crate::sema) fn is_flat_item(&self, s: &ast::ExprSubscript) -> bool {
        self.flat_target(s).is_some()
    }

    /// The indices of item `k` of `r` in C order (`a.flat[k]`), after
    /// numpy's check: `k` negative counts from the end, and one out of
    /// range is numpy's `IndexError: index 6 is out of bounds for size 6`.
    fn flat_indices(&mut self, r: &ArrayRef, k: &Expr) -> Option<Vec<TExpr>> {
        let span = range(k);
        if matches!(k, Expr::Slice(_) | Expr::Tuple(_)) || self.is_array_like(k) {
            self.errors.push(
                Diagnostic::error("`a.flat[...]` with a slice, a tuple or an index array is not supported yet")
                    .at(span, "not an int")
                    .note("pycc compiles `a.flat[k]` of an int `k`; `a.ravel()[i:j]` reads a slice of the items"),
            );
            return None;
        }
        let k = self.expr(k)?;
        if !matches!(k.ty, Scalar::Int { .. } | Scalar::Bool) {
            self.errors.push(
                Diagnostic::error(format!("a flat index must be an integer, not {}", k.ty))
                    .at(span, "not an int")
                    .note("numpy 2.4 deprecates a float flat index (a DeprecationWarning); convert it with int()"),
            );
            return None;
        }
        let k = self.temp_i64(cast(k, Scalar::I64));
        let dim = |s: &Self, v: Var| s.i64_var(v, span.clone());
        let size = r.shape.iter().skip(1).fold(dim(self, r.shape[0]), |acc, &v| bin(BinOp::Mul, acc, dim(self, v)));
        let size = self.temp_i64(size);
        let zero = int64(0, &span);
        let wrapped =
            select(cmp(CmpOp::Lt, k.clone(), zero.clone()), bin(BinOp::Add, k.clone(), size.clone()), k.clone());
        let wrapped = self.temp_i64(wrapped);
        let out = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Or(
                Box::new(cmp(CmpOp::Lt, wrapped.clone(), zero)),
                Box::new(cmp(CmpOp::Ge, wrapped.clone(), size.clone())),
            ),
            span: span.clone(),
        };
        // Axis -1 selects the runtime's flat message.
        let args = vec![k, int64(-1, &span), size];
        let fail = TStmt::Fail { symbol: crate::abi::runtime::INDEX_ERROR_FN, args, span: span.clone() };
        self.pre.push(TStmt::If { cond: out, then: vec![fail], orelse: Vec::new() });
        // In range, every extent is at least 1: the divisions are safe.
        let mut rest = wrapped;
        let mut indices = Vec::new();
        for &v in r.shape.iter().skip(1).rev() {
            indices.push(self.temp_i64(bin(BinOp::Mod, rest.clone(), dim(self, v))));
            rest = self.temp_i64(bin(BinOp::FloorDiv, rest, dim(self, v)));
        }
        indices.push(rest);
        indices.reverse();
        Some(indices)
    }

    /// `a.flat[k]` read: the item of `a` at C-order position `k`.
    pub(in crate::sema) fn flat_read(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Option<TExpr> {
        let r = self.array_operand(self.flat_target(s)?).done()?;
        if r.ty.complex {
            return self.unsupported(span, "`a.flat[k]` of a complex array is");
        }
        let indices = self.flat_indices(&r, &s.slice)?;
        Some(TExpr { ty: r.ty.dtype, kind: TExprKind::Load(r, indices), span })
    }

    /// `a.flat[k] = value` (op None) or `a.flat[k] op= value`: CPython's
    /// order (the value, then the index; for `op=` the index, the old item,
    /// then the value), numpy's conversion of the value.
    pub(in crate::sema) fn flat_store(
        &mut self,
        target: &ast::ExprSubscript,
        op: Option<ast::Operator>,
        value: &Expr,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let base = self.flat_target(target)?;
        if self.array_name(base).is_none() && self.view_ndim(base).is_none() {
            self.unsupported(span, "`a.flat[k] = x` of a computed array (not a variable or a view) is");
            return None;
        }
        let r = self.array_operand(base).done()?;
        let name = r.name.clone();
        if r.ty.complex {
            self.unsupported(span, "`a.flat[k] = x` of a complex array is");
            return None;
        }
        self.mark_written(&name);
        self.check_store(&r, &span);
        let (indices, value) = match op {
            None => {
                let value = self.expr(value)?;
                let value = self.index_temps_value(value);
                (self.flat_indices(&r, &target.slice)?, value)
            }
            Some(op) => {
                let indices = self.flat_indices(&r, &target.slice)?;
                let old =
                    TExpr { ty: r.ty.dtype, kind: TExprKind::Load(r.clone(), indices.clone()), span: range(target) };
                let rhs = self.expr(value)?;
                (indices, self.binary(op, old, rhs, span)?)
            }
        };
        self.converted_store(r, &name, indices, value)
    }
}

/// numpy's ValueError for an `out=` of `np.dot` of the wrong dtype or
/// ndim, or not C-contiguous.
const DOT_OUT: &str =
    "output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)";

fn attr(value: Expr, id: &str, at: TextRange) -> Expr {
    Expr::Attribute(ast::ExprAttribute {
        range: at,
        value: Box::new(value),
        attr: ast::Identifier::new(id),
        ctx: ast::ExprContext::Load,
    })
}

/// `raise ValueError(message)`.
fn raise_value_error(message: &str, at: TextRange) -> Stmt {
    let text = ast::Constant::Str(message.to_string());
    let arg = Expr::Constant(ast::ExprConstant { range: at, value: text, kind: None });
    let exc = sugar::call("ValueError", vec![arg], at);
    Stmt::Raise(ast::StmtRaise { range: at, exc: Some(Box::new(exc)), cause: None })
}

impl Typer<'_> {
    /// `np.dot(a, b, out=o)` (also `o` third positionally, and `h = np.dot(
    /// ..., out=o)`) of an array variable `o`: the product computed first
    /// (numpy's alignment error), then numpy's checks of `o` (its dtype and
    /// ndim must be the result's, `o` C-contiguous: ValueError `output array
    /// is not acceptable ...`; its extents: `output array has wrong
    /// dimensions`), then `o[...] = product` (numpy also computes into a
    /// copy when `o` overlaps an operand).
    pub(in crate::sema) fn dot_out(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let (value, target) = match stmt {
            Stmt::Expr(e) => (e.value.as_ref(), None),
            Stmt::Assign(a) if a.targets.len() == 1 => (a.value.as_ref(), Some(&a.targets[0])),
            _ => return None,
        };
        let Expr::Call(c) = value else { return None };
        if !matches!(c.func.as_ref(), Expr::Attribute(f) if f.attr.as_str() == "dot" && self.numpy_module_of(&f.value))
        {
            return None;
        }
        let kw = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "out"));
        let out = match (c.args.as_slice(), kw) {
            ([_, _, o], None) => o.clone(),
            ([_, _], Some(k)) if c.keywords.len() == 1 => k.value.clone(),
            _ => return None,
        };
        let at = stmt.range();
        if !matches!(&out, Expr::Name(n) if self.arrays.contains_key(n.id.as_str())) {
            self.errors.push(
                Diagnostic::error("`out=` of numpy.dot() must be an array variable here")
                    .at(range(&out), "not an array variable")
                    .note("bind the view to a name first: `o = m[0]`, then `np.dot(a, b, out=o)`"),
            );
            return Some(vec![Stmt::Pass(ast::StmtPass { range: at })]);
        }
        let product = Expr::Call(ast::ExprCall { args: c.args[..2].to_vec(), keywords: Vec::new(), ..c.clone() });
        let t = sugar::temp(&mut self.temps, "dot");
        let mut stmts = vec![sugar::assign(sugar::store(&t, at), product.clone(), at)];
        let nd = self.expr_ndim(&product);
        let fits = nd.is_some() && nd == self.expr_ndim(&out) && self.peek_dtype(&product) == self.peek_dtype(&out);
        if !fits {
            stmts.push(raise_value_error(DOT_OUT, at));
            return Some(stmts);
        }
        let c_order = attr(attr(out.clone(), "flags", at), "c_contiguous", at);
        stmts.push(sugar::if_stmt(sugar::not(c_order), vec![raise_value_error(DOT_OUT, at)], at));
        let extent = |e: &Expr, k: usize| {
            let shape = attr(e.clone(), "shape", at);
            Expr::Subscript(ast::ExprSubscript {
                range: at,
                value: Box::new(shape),
                slice: Box::new(sugar::int(k as i64, at)),
                ctx: ast::ExprContext::Load,
            })
        };
        let differ: Vec<Expr> = (0..nd.unwrap_or(0) as usize)
            .map(|k| sugar::compare(extent(&out, k), ast::CmpOp::NotEq, extent(&sugar::name(&t, at), k), at))
            .collect();
        let any = Expr::BoolOp(ast::ExprBoolOp { range: at, op: ast::BoolOp::Or, values: differ });
        stmts.push(sugar::if_stmt(any, vec![raise_value_error("output array has wrong dimensions", at)], at));
        let ellipsis = Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Ellipsis, kind: None });
        let dst = Expr::Subscript(ast::ExprSubscript {
            range: at,
            value: Box::new(out.clone()),
            slice: Box::new(ellipsis),
            ctx: ast::ExprContext::Store,
        });
        stmts.push(sugar::assign(dst, sugar::name(&t, at), at));
        if let Some(h) = target.filter(|h| !matches!((h, &out), (Expr::Name(x), Expr::Name(o)) if x.id == o.id)) {
            stmts.push(sugar::assign(h.clone(), out, at));
        }
        Some(stmts)
    }
}

impl Typer<'_> {
    /// `np.put(a, ind, v, mode)` / `a.put(ind, v, mode)` as a statement:
    /// numpy's own on `a` in place (an array variable or a view); `ind` an
    /// int, an int array or a display of ints, `v` a number or an array,
    /// `mode` a constant 'raise', 'wrap' or 'clip'. numpy's casts and errors
    /// (`index 6 is out of bounds for axis 0 with size 6`).
    pub(in crate::sema) fn np_put(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let ps = ["a", "ind", "v", "mode"];
        let keyword =
            |p: &str| c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == p)).map(|k| &k.value);
        let arg = |k: usize| c.args.get(k).or_else(|| keyword(ps[k]));
        let bad_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !ps.contains(&a.as_str())));
        let (Some(a_e), Some(ind_e), Some(v_e), false) = (arg(0), arg(1), arg(2), c.args.len() > 4 || bad_kw) else {
            self.errors.push(
                Diagnostic::error("this form of numpy.put() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.put(a, ind, v, mode) and a.put(ind, v, mode)"),
            );
            return None;
        };
        if self.array_name(a_e).is_none() && self.view_ndim(a_e).is_none() {
            self.unsupported(range(a_e), "numpy.put() into anything but an array variable or a view is");
            return None;
        }
        let a = self.array_operand(a_e).done()?;
        let ind = match ind_e {
            e if self.is_array_like(e) => NpArg::Array(self.array_operand(e).done()?),
            Expr::List(_) | Expr::Tuple(_) => NpArg::Shape(self.numpy_shape(ind_e)?),
            e => NpArg::Scalar(self.int_arg(e, "`ind`")?),
        };
        let v = if self.is_array_like(v_e) {
            NpArg::Array(self.array_operand(v_e).done()?)
        } else if self.is_complex(v_e) && a.ty.complex {
            let (re, im) = self.cexpr(v_e)?;
            NpArg::Complex(re, im)
        } else if self.is_complex(v_e) {
            self.errors.push(
                Diagnostic::error("numpy.put() of a complex number into a real array is not supported")
                    .at(range(v_e), "a complex number")
                    .note("numpy discards the imaginary part with a ComplexWarning"),
            );
            return None;
        } else {
            NpArg::Scalar(self.expr(v_e)?)
        };
        let mut args = vec![NpArg::Array(a.clone()), ind, v];
        if let Some(m) = arg(3) {
            let word = match m {
                Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => {
                    ["raise", "wrap", "clip"].contains(&s.as_str()).then(|| WORDS.iter().position(|w| w == s)).flatten()
                }
                _ => None,
            };
            let Some(w) = word else {
                self.errors.push(
                    Diagnostic::error("numpy.put()'s `mode` must be a constant 'raise', 'wrap' or 'clip' here")
                        .at(range(m), "not one of them"),
                );
                return None;
            };
            args.push(NpArg::Word(None, w));
        }
        self.mark_written(&a.name);
        self.check_store(&a, &span);
        // The call's effect is all; its None goes to a dead variable.
        let var = self.fresh("put", Scalar::I64);
        Some(TStmt::NpValue { var, imag: None, func: NpFunc::Put, args, span })
    }
}

/// The numpy functions of this file typed as calls (npfuncs.rs dispatches).
pub(in crate::sema) const MULTI_INDEX_FUNCS: [&str; 1] = ["ravel_multi_index"];

impl Typer<'_> {
    /// The items of `np.ravel_multi_index`'s `multi_index` display.
    fn multi_index_items(c: &ast::ExprCall) -> Option<&[Expr]> {
        match c.args.first() {
            Some(Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) => Some(elts),
            _ => None,
        }
    }

    /// The ndim of `np.ravel_multi_index`'s array (index arrays: their
    /// broadcast ndim); None for a number (int indices).
    pub(in crate::sema) fn multi_index_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        let items = Self::multi_index_items(c)?;
        items.iter().filter(|e| self.is_array_like(e)).map(|e| self.expr_ndim(e)).max().flatten()
    }

    /// `np.ravel_multi_index((i, j, ...), dims)`: numpy's own, of a display
    /// of ints (an int64 number) or of int arrays (an int64 array), with
    /// `dims` a shape; numpy's ValueError for an index out of range.
    pub(in crate::sema) fn ravel_multi_index(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let items = Self::multi_index_items(c).filter(|_| c.args.len() == 2 && c.keywords.is_empty());
        let arrays = items.map(|xs| xs.iter().filter(|e| self.is_array_like(e)).count());
        let Some((items, arrays)) = items.zip(arrays).filter(|(xs, n)| !xs.is_empty() && (*n == 0 || *n == xs.len()))
        else {
            self.errors.push(
                Diagnostic::error("this form of numpy.ravel_multi_index() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.ravel_multi_index((i, j, ...), dims) of ints or of int arrays, positionally (no mode= or order=)"),
            );
            return None;
        };
        let dims = NpArg::Shape(self.numpy_shape(&c.args[1])?);
        if arrays == 0 {
            let mut ints = Vec::new();
            for e in items {
                ints.push(self.int_arg(e, "an index")?);
            }
            let args = vec![NpArg::Shape(ints), dims];
            return Some(Val::Scalar(self.np_value(NpFunc::RavelMultiIndex, args, Scalar::I64, span)));
        }
        let mut refs = Vec::new();
        for e in items {
            refs.push(self.array_operand(e).done()?);
        }
        let ndim = refs.iter().map(|r| r.ty.ndim).max().unwrap_or(1);
        let ty = ArrayTy { dtype: Scalar::I64, ndim, layout: crate::base::types::Layout::A, complex: false };
        let out = self.array_temp(ty, Default::default());
        let args = vec![NpArg::Arrays(refs), dims];
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::RavelMultiIndex, args, span });
        Some(Val::Array(out))
    }
}
