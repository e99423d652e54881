//! Statements numba code runs for
//! their effect on an array, each numpy's own call on the array's memory
//! (so numpy's casting rules, its repeated-index accumulation and its
//! errors are the program's):
//! `np.add.at(a, indices, b)` and the other unbuffered `ufunc.at`s,
//! `np.copyto(dst, src)`.

use crate::sema::optional::is_none;
use crate::sema::*;
use crate::tir::array::{IndexItem, WORDS};

/// The ufuncs whose `.at` this file compiles, with the runtime function.
const AT: [(&str, NpFunc); 5] = [
    ("add", NpFunc::AddAt),
    ("subtract", NpFunc::SubtractAt),
    ("multiply", NpFunc::MultiplyAt),
    ("maximum", NpFunc::MaximumAt),
    ("minimum", NpFunc::MinimumAt),
];

impl Typer<'_> {
    /// `np.<ufunc>.at(...)` of call `c`, as `AT` lists it.
    pub(in crate::sema) fn ufunc_at_name(&self, c: &ast::ExprCall) -> Option<NpFunc> {
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        let Expr::Attribute(u) = m.value.as_ref() else { return None };
        if m.attr.as_str() != "at" || !self.numpy_module_of(&u.value) {
            return None;
        }
        AT.iter().find(|(n, _)| *n == u.attr.as_str()).map(|(_, f)| *f)
    }

    /// The destination of an in-place numpy statement: an array variable
    /// or a view of one (numpy writes into its memory).
    fn inplace_dest(&mut self, e: &Expr, what: &str) -> Option<ArrayRef> {
        if self.array_name(e).is_none() && self.view_ndim(e).is_none() {
            self.unsupported(range(e), &format!("{what} into anything but an array variable or a view is"));
            return None;
        }
        let a = self.array_operand(e).done()?;
        if a.ty.complex {
            self.errors.push(
                Diagnostic::error(format!("{what} of a complex array is not supported yet"))
                    .at(range(e), "a complex array"),
            );
            return None;
        }
        Some(a)
    }

    /// A real number or a real array operand of an in-place statement.
    fn inplace_value(&mut self, e: &Expr, what: &str) -> Option<NpArg> {
        if self.is_array_like(e) {
            let r = self.array_operand(e).done()?;
            if !r.ty.complex {
                return Some(NpArg::Array(r));
            }
        } else if !self.is_complex(e) {
            return Some(NpArg::Scalar(self.expr(e)?));
        }
        self.errors
            .push(Diagnostic::error(format!("{what} of a complex value is not supported yet")).at(range(e), "complex"));
        None
    }

    /// `np.add.at(a, indices, b)` as a statement: numpy's unbuffered
    /// in-place operation (a repeated index applies once per occurrence).
    /// `indices` is an int or an int array (a bool mask too, as numpy takes
    /// it), or a tuple of them for an n-d `a`; `b` a number or an array.
    pub(in crate::sema) fn ufunc_at(&mut self, c: &ast::ExprCall, func: NpFunc, span: Range<usize>) -> Option<TStmt> {
        let name = format!("numpy.{}", func.name());
        let ps = ["a", "indices", "b"];
        let keyword =
            |p: &str| c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == p)).map(|k| &k.value);
        let arg = |k: usize| c.args.get(k).or_else(|| keyword(ps[k]));
        let bad_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !ps.contains(&a.as_str())));
        let (Some(a_e), Some(i_e), Some(b_e), false) = (arg(0), arg(1), arg(2), c.args.len() > 3 || bad_kw) else {
            self.errors.push(
                Diagnostic::error(format!("this form of {name}() is not supported yet"))
                    .at(span, "not supported")
                    .note(format!("pycc compiles {name}(a, indices, b) with b a number or an array")),
            );
            return None;
        };
        let a = self.inplace_dest(a_e, &name)?;
        let ind = match i_e {
            Expr::Tuple(t) => {
                let mut items = Vec::new();
                for e in &t.elts {
                    items.push(self.at_index(e, &name)?);
                }
                NpArg::Index(items)
            }
            e => match self.at_index(e, &name)? {
                IndexItem::Array(r) => NpArg::Array(r),
                IndexItem::Number(x) => NpArg::Scalar(x),
                _ => unreachable!("at_index makes arrays and numbers"),
            },
        };
        let b = self.inplace_value(b_e, &name)?;
        // numpy's own error for a read-only `a` (it gets numpy's view).
        self.mark_written(&a.name);
        // The call's effect is all; its None goes to a dead variable.
        let var = self.fresh("at", Scalar::I64);
        Some(TStmt::NpValue { var, imag: None, func, args: vec![NpArg::Array(a), ind, b], span })
    }

    /// One index of a `ufunc.at`: an int array or mask, or an int.
    fn at_index(&mut self, e: &Expr, name: &str) -> Option<IndexItem> {
        if self.is_array_like(e) {
            let r = self.array_operand(e).done()?;
            if matches!(r.ty.dtype, Scalar::Int { .. } | Scalar::Bool) && !r.ty.complex {
                return Some(IndexItem::Array(r));
            }
            self.errors.push(
                Diagnostic::error(format!("{name}(): the indices must be an int or bool array"))
                    .at(range(e), "not int or bool")
                    .note("numpy raises IndexError for float indices"),
            );
            return None;
        }
        if matches!(e, Expr::List(_) | Expr::Tuple(_)) || is_none(e) {
            self.errors.push(
                Diagnostic::error(format!("{name}(): this index is not supported yet"))
                    .at(range(e), "not supported")
                    .note("pass an int, an int array, or a tuple of them (one per axis)"),
            );
            return None;
        }
        Some(IndexItem::Number(self.int_arg(e, "an index of ufunc.at")?))
    }

    /// `np.copyto(dst, src)` as a statement: numpy's own copy into `dst`'s
    /// memory (broadcasting `src`, its same_kind casting TypeError).
    pub(in crate::sema) fn np_copyto(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let ps = ["dst", "src"];
        let keyword =
            |p: &str| c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == p)).map(|k| &k.value);
        let arg = |k: usize| c.args.get(k).or_else(|| keyword(ps[k]));
        let bad_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !ps.contains(&a.as_str())));
        let (Some(d_e), Some(s_e), false) = (arg(0), arg(1), c.args.len() > 2 || bad_kw) else {
            self.errors.push(
                Diagnostic::error("this form of numpy.copyto() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.copyto(dst, src) (no casting= or where=)"),
            );
            return None;
        };
        let dst = self.inplace_dest(d_e, "numpy.copyto()")?;
        let src = self.inplace_value(s_e, "numpy.copyto()")?;
        self.mark_written(&dst.name);
        let var = self.fresh("copyto", Scalar::I64);
        Some(TStmt::NpValue { var, imag: None, func: NpFunc::Copyto, args: vec![NpArg::Array(dst), src], span })
    }
}

impl Typer<'_> {
    /// `np.matmul(a, b, out=o)` as a statement (`o` an array variable or a
    /// view): numpy's matmul computing into `o` (its same_kind cast, its
    /// ValueError for an `o` whose shape is not the result's).
    pub(in crate::sema) fn matmul_out(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let out = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "out"));
        let (Some(out), [a_e, b_e], 1) = (out, c.args.as_slice(), c.keywords.len()) else {
            self.errors.push(
                Diagnostic::error("this form of numpy.matmul() is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.matmul(a, b) and the statement numpy.matmul(a, b, out=o)"),
            );
            return None;
        };
        let dst = self.inplace_dest(&out.value, "numpy.matmul(out=)")?;
        let operands = [a_e, b_e].map(|e| self.inplace_value(e, "numpy.matmul()"));
        let [Some(NpArg::Array(a)), Some(NpArg::Array(b))] = operands else {
            if operands.iter().all(Option::is_some) {
                self.errors.push(
                    Diagnostic::error("numpy.matmul() of a number is an error in numpy")
                        .at(span, "a number operand")
                        .note("numpy: ValueError: matmul: Input operand does not have enough dimensions"),
                );
            }
            return None;
        };
        // numpy casts the product to `o`'s dtype only where same_kind allows.
        let dtype = crate::sema::arrayops::promote(a.ty.dtype, b.ty.dtype);
        let to = dst.ty.dtype;
        let allowed = to == dtype
            || match (dtype, to) {
                (Scalar::Bool, _) => true,
                (Scalar::Int { signed: true, .. }, t) => t.is_float() || matches!(t, Scalar::Int { signed: true, .. }),
                (Scalar::Int { signed: false, .. }, t) => t != Scalar::Bool,
                (Scalar::Float { .. }, t) => t.is_float(),
            };
        if !allowed {
            self.errors.push(
                Diagnostic::error("numpy.matmul() cannot cast its product to the dtype of `out=` here")
                    .at(range(&out.value), "another kind of dtype")
                    .note("numpy: UFuncTypeError (casting rule 'same_kind')"),
            );
            return None;
        }
        self.mark_written(&dst.name);
        self.check_store(&dst, &span);
        let var = self.fresh("matmul", Scalar::I64);
        let args = vec![NpArg::Array(a), NpArg::Array(b), NpArg::KeywordArray(crate::sema::numpy::keyword("out"), dst)];
        Some(TStmt::NpValue { var, imag: None, func: NpFunc::Matmul, args, span })
    }
}

impl Typer<'_> {
    /// The dtype of `np.polyder(p, m)` / `np.polyint(p, m)` of a `d0` array:
    /// numpy returns `asarray(p)` itself for m == 0; else polyder multiplies
    /// by an int64 arange (`promote(d0, int64)`) and polyint divides
    /// (float64). An `m` that is not a constant must not change it.
    pub(in crate::sema) fn poly_dtype(
        &mut self,
        c: &ast::ExprCall,
        name: &str,
        d0: Scalar,
        span: Range<usize>,
    ) -> Option<Scalar> {
        let m = c.args.get(1).or_else(|| {
            c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "m")).map(|k| &k.value)
        });
        let moved = if name == "polyder" { crate::sema::arrayops::promote(d0, Scalar::I64) } else { Scalar::F64 };
        let zero = match m {
            None => Some(false),
            Some(Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(v), .. })) => Some(v.to_string() == "0"),
            Some(_) => None,
        };
        match zero {
            Some(true) => Some(d0),
            Some(false) => Some(moved),
            None if moved == d0 => Some(d0),
            None => {
                self.errors.push(
                    Diagnostic::error(format!("numpy.{name}() of {d0} coefficients with an order that is not a constant"))
                        .at(span, "the dtype depends on the order")
                        .note(format!("numpy returns the {d0} array itself for m == 0, else {moved}: convert with .astype(np.{moved}) first")),
                );
                None
            }
        }
    }
}

impl Typer<'_> {
    /// The items' type when `e` is a list variable of arrays
    /// (`parts = []; parts.append(x)`), for numpy's joining functions.
    pub(in crate::sema) fn list_of_arrays(&self, e: &Expr) -> Option<ArrayTy> {
        self.array_items(&self.list_name(e)?)
    }

    /// List variable `e` of arrays of type `t` as a runtime argument:
    /// numpy gets a Python list of its items (views of the arrays put in).
    pub(in crate::sema) fn array_list_arg(&mut self, e: &Expr, t: ArrayTy) -> NpArg {
        let name = self.list_name(e).expect("list_of_arrays checked");
        let l = self.list_ref(&name);
        NpArg::ArrayList(TExpr { ty: Scalar::I64, kind: TExprKind::Var(l.header), span: range(e) }, t)
    }
}

impl Typer<'_> {
    /// The count, shift or axis of `np.repeat` / `np.roll`: an int, a
    /// tuple or list display of ints (`np.roll(m, (1, 2), axis=(0, 1))`),
    /// or an int array (`np.repeat(a, counts)`); numpy checks the lengths.
    pub(in crate::sema) fn count_or_counts(&mut self, e: &Expr, what: &str) -> Option<NpArg> {
        if self.is_array_like(e) {
            let r = self.array_operand(e).done()?;
            if !matches!(r.ty.dtype, Scalar::Int { .. } | Scalar::Bool) || r.ty.complex {
                self.errors.push(
                    Diagnostic::error(format!("{what} must be an int array here"))
                        .at(range(e), "not an int array")
                        .note("numpy raises TypeError: it casts the counts to int64 safely"),
                );
                return None;
            }
            return Some(NpArg::Array(r));
        }
        if matches!(e, Expr::Tuple(_) | Expr::List(_)) {
            return Some(NpArg::Shape(self.numpy_shape(e)?));
        }
        Some(NpArg::Scalar(self.python_int_arg(e, what)?))
    }
}

impl Typer<'_> {
    /// `np.meshgrid(x1, ..., xn, indexing='xy' | 'ij')` of 1 to 4 arrays:
    /// a tuple of n new n-d arrays, item k numpy's k-th (x_k's dtype).
    pub(in crate::sema) fn meshgrid_items(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        let n = c.args.len();
        let bad_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| a.as_str() != "indexing"));
        if !(1..=4).contains(&n) || c.args.iter().any(|a| matches!(a, Expr::Starred(_))) || bad_kw {
            self.errors.push(
                Diagnostic::error("this form of `numpy.meshgrid` is not supported yet")
                    .at(span, "not supported")
                    .note("pycc compiles numpy.meshgrid(x1, ..., xn, indexing='xy' or 'ij') of 1 to 4 arrays (no sparse=, copy=)"),
            );
            return None;
        }
        let mut indexing = None;
        if let Some(k) = c.keywords.first() {
            match crate::sema::npfuncs::string_constant(&k.value) {
                Some(s) if s == "xy" || s == "ij" => indexing = WORDS.iter().position(|w| *w == s),
                _ => {
                    self.errors.push(
                        Diagnostic::error("numpy.meshgrid()'s `indexing` must be a constant 'xy' or 'ij' here")
                            .at(range(&k.value), "not 'xy' or 'ij'"),
                    );
                    return None;
                }
            }
        }
        let mut args = Vec::new();
        for e in &c.args {
            let r = self.array_operand(e).done();
            match r {
                Some(r) if !r.ty.complex => args.push(NpArg::Array(r)),
                _ => {
                    self.errors.push(
                        Diagnostic::error("numpy.meshgrid() is compiled for real arrays here")
                            .at(range(e), "not a real array"),
                    );
                    return None;
                }
            }
        }
        if let Some(w) = indexing {
            let k = crate::tir::array::KEYWORDS.iter().position(|k| *k == "indexing").expect("listed");
            args.push(NpArg::Word(Some(k), w));
        }
        let mut items = Vec::new();
        for k in 0..n {
            let NpArg::Array(x) = &args[k] else { unreachable!("arrays first") };
            let ty =
                ArrayTy { dtype: x.ty.dtype, ndim: n as u32, layout: crate::base::types::Layout::A, complex: false };
            let mut a = args.clone();
            a.push(NpArg::Scalar(self.constant(ConstValue::Int(k as i128), span.clone())?));
            let out = self.array_temp(ty, Default::default());
            self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::MeshgridItem, args: a, span: span.clone() });
            items.push(Val::Array(out));
        }
        Some(Val::Tuple(items))
    }
}
