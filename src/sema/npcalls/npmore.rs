//! More numpy functions numpy computes through the runtime: the
//! comparisons `np.allclose`, `np.isclose`, `np.array_equal`; the stacking
//! functions `np.vstack`, `np.hstack`, `np.stack`, `np.column_stack`; and
//! `np.linalg.inv`, `np.linalg.det`, `np.linalg.solve` (numpy's LAPACK,
//! so numpy's values and numpy's `LinAlgError` for a singular matrix).
//!
//! As in npfuncs.rs, each is one call of numpy's own function; the
//! compiler predicts the result's dtype and ndim from the call's form and
//! the runtime checks the prediction.

use crate::base::types::Layout;
use crate::sema::optional::is_none;
use crate::sema::*;
use crate::tir::array::KEYWORDS;
use rustpython_parser::ast::Ranged;

fn kw(name: &str) -> usize {
    KEYWORDS.iter().position(|k| *k == name).expect("listed")
}

/// The items of a tuple or list display (the arrays a stacking function takes).
fn display_items(e: &Expr) -> Option<&[Expr]> {
    match e {
        Expr::Tuple(t) => Some(&t.elts),
        Expr::List(l) => Some(&l.elts),
        _ => None,
    }
}

/// numpy.linalg's result dtype for operands of `dtypes` (its
/// `_commonType`): float32 only when every operand is float32, else
/// float64 (ints and bools too).
fn linalg_dtype(dtypes: &[Scalar]) -> Scalar {
    if dtypes.iter().all(|d| *d == (Scalar::Float { bits: 32 })) {
        Scalar::Float { bits: 32 }
    } else {
        Scalar::F64
    }
}

impl Typer<'_> {
    /// Whether numpy call `c` makes an array (`np.isclose` of two numbers
    /// makes a bool).
    pub(in crate::sema) fn numpy_call_makes_array(&self, c: &ast::ExprCall) -> bool {
        match self.numpy_function(&c.func) {
            Some(NpFunc::Isclose) => self.npfunc_ndim(c).is_some(),
            Some(NpFunc::Clip) if self.is_clip_number(c) => false,
            Some(f) => f.makes_array(),
            None => false,
        }
    }

    /// The ndim of a stacking call's result from its form: every item of the
    /// tuple/list display has a known ndim (1-d to 2-d for column_stack).
    pub(in crate::sema) fn stack_ndim(&self, name: &str, c: &ast::ExprCall) -> Option<u32> {
        let n = match display_items(c.args.first()?) {
            Some(items) => {
                let ns = items.iter().map(|e| self.expr_ndim(e)).collect::<Option<Vec<_>>>()?;
                *ns.iter().max()?
            }
            None => self.list_of_arrays(c.args.first()?)?.ndim,
        };
        Some(match name {
            // atleast_2d of each, joined along axis 0.
            "vstack" => n.max(2),
            // 1-d columns become (N, 1); joined along axis 1.
            "column_stack" => n.max(2),
            // one new axis.
            "stack" => n + 1,
            _ => n,
        })
    }

    /// `np.vstack(tup)`, `np.hstack(tup)`, `np.column_stack(tup)`,
    /// `np.stack(arrays, axis=0)` of a tuple or list display of arrays:
    /// numpy's, the dtype numpy's result_type of them (numpy's errors for
    /// shapes that do not fit or a bad axis).
    pub(in crate::sema) fn stack(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        ndim: u32,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        let stack = name == "stack";
        let kws: &[&str] = if stack { &["axis"] } else { &[] };
        let bad_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !kws.contains(&a.as_str())));
        if c.args.len() > if stack { 2 } else { 1 } || bad_kw {
            self.errors.push(
                Diagnostic::error(format!("this form of numpy.{name}() is not supported yet"))
                    .at(span, "not supported")
                    .note("pycc compiles np.vstack(tup), np.hstack(tup), np.column_stack(tup) and np.stack(arrays, axis=...) of a tuple or list display of arrays"),
            );
            return None;
        }
        if let Some(t) = self.list_of_arrays(&c.args[0]) {
            let arg = self.array_list_arg(&c.args[0], t);
            return self.stack_args(name, c, vec![arg], ArrayTy { ndim, layout: Layout::A, ..t }, span);
        }
        let items = display_items(&c.args[0]).expect("stack_ndim checked");
        let mut arrays = Vec::new();
        for e in items {
            arrays.push(self.array_operand(e).done()?);
        }
        let complex = arrays[0].ty.complex;
        if arrays.iter().any(|r| r.ty.complex != complex || complex && r.ty.dtype != arrays[0].ty.dtype) {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() of complex arrays is compiled for arrays of one dtype only"))
                    .at(range(&c.args[0]), "dtypes differ"),
            );
            return None;
        }
        let dtype = arrays.iter().fold(arrays[0].ty.dtype, |d, r| crate::sema::arrayops::promote(d, r.ty.dtype));
        let ty = ArrayTy { ndim, layout: Layout::A, dtype, complex };
        self.stack_args(name, c, vec![NpArg::Arrays(arrays)], ty, span)
    }

    /// The stacking call of `arrays` (a tuple or a list of them), with
    /// the axis given; `ty` the result's type.
    fn stack_args(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        mut args: Vec<NpArg>,
        ty: ArrayTy,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        let func = match name {
            "vstack" => NpFunc::Vstack,
            "hstack" => NpFunc::Hstack,
            "stack" => NpFunc::Stack,
            _ => NpFunc::ColumnStack,
        };
        let axis = c.args.get(1).or(c.keywords.first().map(|k| &k.value));
        if let Some(x) = axis.filter(|x| !is_none(x)) {
            let x = self.int_arg(x, "`axis`")?;
            args.push(NpArg::Keyword(kw("axis"), x));
        }
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(out)
    }

    /// The two operands and the keywords of `np.allclose` / `np.isclose`
    /// (`a, b, rtol=, atol=, equal_nan=`) or `np.array_equal` (`a1, a2,
    /// equal_nan=`), as runtime arguments; None after a diagnostic.
    fn closeness_args(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<(Vec<NpArg>, u32)> {
        let params: &[&str] =
            if name == "array_equal" { &["a1", "a2", "equal_nan"] } else { &["a", "b", "rtol", "atol", "equal_nan"] };
        let bad_kw = c.keywords.iter().find(|k| k.arg.as_ref().is_none_or(|a| !params.contains(&a.as_str())));
        if c.args.len() > params.len() || bad_kw.is_some() {
            self.errors.push(
                Diagnostic::error(format!("this form of numpy.{name}() is not supported yet"))
                    .at(span, "not supported")
                    .note(format!("numpy.{name} takes ({})", params.join(", "))),
            );
            return None;
        }
        let arg = |k: usize| {
            c.args.get(k).or_else(|| {
                c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == params[k])).map(|x| &x.value)
            })
        };
        let (Some(a), Some(b)) = (arg(0), arg(1)) else {
            self.errors.push(Diagnostic::error(format!("numpy.{name}() takes two arrays")).at(span, "here"));
            return None;
        };
        let mut args = Vec::new();
        let mut ndim = 0;
        for e in [a, b] {
            match self.npfunc_operand(e, false)? {
                crate::sema::npfuncs::Opd::Array(r) => {
                    ndim = ndim.max(r.ty.ndim);
                    args.push(NpArg::Array(r));
                }
                opd => args.push(opd.arg()),
            }
        }
        for (k, p) in params.iter().enumerate().skip(2) {
            let Some(e) = arg(k) else { continue };
            let v = self.expr(e)?;
            let ok = if *p == "equal_nan" {
                v.ty == Scalar::Bool
            } else {
                v.ty.is_float() || matches!(v.ty, Scalar::Int { .. })
            };
            if !ok {
                let want = if *p == "equal_nan" { "a bool" } else { "a number" };
                self.errors.push(Diagnostic::error(format!("`{p}` must be {want} here")).at(range(e), "not supported"));
                return None;
            }
            let v = self.index_temps_value(v);
            args.push(NpArg::Keyword(kw(p), v));
        }
        Some((args, ndim))
    }

    /// `np.allclose(...)`, `np.array_equal(...)`: numpy's, a bool.
    pub(in crate::sema) fn closeness_number(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<TExpr> {
        let (args, ndim) = self.closeness_args(name, c, span.clone())?;
        if name == "isclose" && ndim > 0 {
            self.errors.push(
                Diagnostic::error("numpy.isclose() of an array makes an array, used here as a number")
                    .at(span, "an array")
                    .note("np.allclose(a, b) is whether all are close"),
            );
            return None;
        }
        let func = match name {
            "allclose" => NpFunc::Allclose,
            "array_equal" => NpFunc::ArrayEqual,
            _ => NpFunc::Isclose,
        };
        Some(self.np_value(func, args, Scalar::Bool, span))
    }

    /// `np.isclose(a, b, ...)` with an array operand: numpy's bool array.
    pub(in crate::sema) fn isclose_array(
        &mut self,
        c: &ast::ExprCall,
        ndim: u32,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        let (args, _) = self.closeness_args("isclose", c, span.clone())?;
        let ty = ArrayTy { dtype: Scalar::Bool, ndim, layout: Layout::A, complex: false };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func: NpFunc::Isclose, args, span });
        Some(out)
    }

    /// The ndim of `np.linalg.inv/det/solve`'s result from its form (None
    /// for det of a 2-d array: a number).
    pub(in crate::sema) fn linalg_ndim(&self, name: &str, c: &ast::ExprCall) -> Option<u32> {
        let a = self.expr_ndim(c.args.first()?)?;
        match name {
            "linalg.inv" => Some(a),
            "linalg.det" => a.checked_sub(2).filter(|n| *n > 0),
            _ => {
                let b = self.expr_ndim(c.args.get(1)?)?;
                // numpy 2: `b` is a vector only when it is 1-d.
                Some(if b == 1 { a.saturating_sub(1).max(1) } else { a.max(b) })
            }
        }
    }

    /// The arrays of a linalg call, checked: real, at least 2-d (`a`).
    fn linalg_operands(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<Vec<ArrayRef>> {
        let n = if name == "linalg.solve" { 2 } else { 1 };
        if c.args.len() != n || !c.keywords.is_empty() {
            let what = if n == 2 { "two arrays, positionally" } else { "one array, positionally" };
            self.errors.push(
                Diagnostic::error(format!("this form of numpy.{name}() is not supported yet"))
                    .at(span, "not supported")
                    .note(format!("pycc compiles numpy.{name} of {what}")),
            );
            return None;
        }
        let mut out = Vec::new();
        for e in &c.args {
            // inv and solve of complex matrices make complex arrays; det's
            // complex number is not compiled.
            let r = match self.array_operand(e).done() {
                Some(r) if r.ty.complex && name != "linalg.det" => Some(r),
                _ => self.npfunc_array_arg(e),
            };
            out.push(r?);
        }
        if out[0].ty.ndim < 2 {
            self.errors.push(
                Diagnostic::error(format!("numpy.{name}() needs an array of at least 2 dimensions"))
                    .at(range(&c.args[0]), format!("{}-d", out[0].ty.ndim))
                    .note("numpy raises LinAlgError for it: a square matrix (or a stack of them) is needed"),
            );
            return None;
        }
        Some(out)
    }

    /// `np.linalg.inv(a)`, `np.linalg.solve(a, b)`, and `np.linalg.det(a)`
    /// of a stack of matrices: numpy's arrays.
    pub(in crate::sema) fn linalg_array(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        ndim: u32,
        span: Range<usize>,
    ) -> Option<ArrayRef> {
        let ops = self.linalg_operands(name, c, span.clone())?;
        let dtype = linalg_dtype(&ops.iter().map(|r| r.ty.dtype).collect::<Vec<_>>());
        let func = match name {
            "linalg.inv" => NpFunc::Inv,
            "linalg.det" => NpFunc::Det,
            _ => NpFunc::Solve,
        };
        let complex = ops.iter().any(|r| r.ty.complex);
        let ty = ArrayTy { dtype, ndim, layout: Layout::A, complex };
        let out = self.array_temp(ty, Default::default());
        let args = ops.into_iter().map(NpArg::Array).collect();
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(out)
    }

    /// `np.linalg.det(a)` of a 2-d array: numpy's number (float64, or
    /// float32 for a float32 array).
    pub(in crate::sema) fn det_number(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let ops = self.linalg_operands("linalg.det", c, span.clone())?;
        if ops[0].ty.ndim != 2 {
            self.errors.push(
                Diagnostic::error("numpy.linalg.det() of a stack of matrices makes an array, used here as a number")
                    .at(span, "an array"),
            );
            return None;
        }
        let dtype = linalg_dtype(&[ops[0].ty.dtype]);
        Some(self.np_value(NpFunc::Det, vec![NpArg::Array(ops[0].clone())], dtype, span))
    }
}

/// numpy's `same_kind` casting of a ufunc's result into `out=` (an int
/// may go to a wider or narrower int, but not signed to unsigned; a float
/// not to an int; a complex number only to a complex array).
fn same_kind(from: (Scalar, bool), to: (Scalar, bool)) -> bool {
    match (from, to) {
        ((_, true), (_, false)) => false,
        (_, (_, true)) => true,
        ((Scalar::Bool, _), _) => true,
        ((Scalar::Int { signed: s, .. }, _), (Scalar::Int { signed: t, .. }, _)) => !s || t,
        ((Scalar::Int { .. } | Scalar::Float { .. }, _), (Scalar::Float { .. }, _)) => true,
        _ => false,
    }
}

/// The number of inputs of numpy ufunc `name` (None for other names).
pub(in crate::sema) fn ufunc_nin(name: &str) -> Option<usize> {
    if let Some(u) = crate::sema::arrayops::elementwise::Ufn::by_name(name) {
        return Some(u.arity());
    }
    if crate::sema::arrayops::operator_of(name).is_some() {
        return Some(2);
    }
    if let Some(f) = crate::sema::numpy::inline_ufunc(name) {
        return Some(f.arity);
    }
    crate::tir::array::UFUNCS.iter().find(|(n, _)| *n == name).map(|(_, k)| *k)
}

impl Typer<'_> {
    /// `np.sqrt(x, o)`, `np.add(a, b, o)`: numpy's positional `out`, one
    /// argument past the ufunc's inputs, as the call with `out=o` (numba
    /// accepts both). None for any other call.
    fn positional_out(&self, c: &ast::ExprCall, name: &str) -> Option<ast::ExprCall> {
        if !self.numpy_module_of(match c.func.as_ref() {
            Expr::Attribute(f) => &f.value,
            _ => return None,
        }) {
            return None;
        }
        let nin = ufunc_nin(name)?;
        if c.args.len() != nin + 1 || c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "out")) {
            return None;
        }
        let mut call = c.clone();
        let out = call.args.pop()?;
        call.keywords.push(ast::Keyword { range: out.range(), arg: Some(ast::Identifier::new("out")), value: out });
        Some(call)
    }

    /// `return np.<ufunc>(x, ..., out=o)` (or `o` by position) with `o` a
    /// name: the call as a statement, then `return o` (numpy returns `o`).
    fn ufunc_out_return(&mut self, r: &ast::StmtReturn) -> Option<Vec<Stmt>> {
        let Expr::Call(c) = r.value.as_deref()? else { return None };
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let positional = self.positional_out(c, f.attr.as_str());
        let with_kw = positional.as_ref().unwrap_or(c);
        let out = with_kw.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "out"))?;
        let Expr::Name(_) = &out.value else { return None };
        let out = out.value.clone();
        let call = Stmt::Expr(ast::StmtExpr { range: r.range, value: Box::new(Expr::Call(c.clone())) });
        let mut stmts = self.ufunc_out(&call)?;
        stmts.push(Stmt::Return(ast::StmtReturn { range: r.range, value: Some(Box::new(out)) }));
        Some(stmts)
    }

    /// The type of `e` (an array's dtype, or a number's type), by typing it
    /// and then dropping what that queued.
    pub(in crate::sema) fn peek_dtype(&mut self, e: &Expr) -> Option<(Scalar, bool)> {
        let at = self.checkpoint();
        let v = self.value(e);
        self.rollback(at);
        match v? {
            Val::Array(r) => Some((r.ty.dtype, r.ty.complex)),
            Val::Scalar(x) => Some((x.ty, false)),
            Val::Complex(..) => Some((Scalar::F64, true)),
            _ => None,
        }
    }

    /// `np.<ufunc>(x, ..., out=o)` as a statement (or `h = np.<ufunc>(...,
    /// out=o)`): `o[...] = np.<ufunc>(x, ...)` (then `h = o`), after numpy's
    /// same_kind check of the result dtype against `o`'s. None when `stmt`
    /// is no such call; `pass` after a diagnostic.
    pub(in crate::sema) fn ufunc_out(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        let (value, target) = match stmt {
            Stmt::Return(r) => return self.ufunc_out_return(r),
            Stmt::Expr(e) => (e.value.as_ref(), None),
            Stmt::Assign(a) if a.targets.len() == 1 => (a.value.as_ref(), Some(&a.targets[0])),
            _ => return None,
        };
        let Expr::Call(c) = value else { return None };
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let name = f.attr.as_str();
        let positional = self.positional_out(c, name);
        let c = positional.as_ref().unwrap_or(c);
        let k = c.keywords.iter().position(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "out"))?;
        // `np.sum(a, axis=0, out=o)`, `a.max(axis=1, out=o)`.
        let method = !self.numpy_module_of(&f.value);
        let axis = c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis"))
            || c.args.len() > usize::from(!method);
        let reduction = name != "average"
            && NpFunc::from_name(name)
                .is_some_and(|f| f.is_axis_reduction() && axis || matches!(f, NpFunc::Cumsum | NpFunc::Cumprod));
        if method && !(reduction && self.expr_ndim(&f.value).is_some()) {
            return None;
        }
        let mut call = c.clone();
        let out = call.keywords.remove(k).value;
        let mask = call.keywords.iter().position(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "where"));
        let mask = mask.map(|j| call.keywords.remove(j).value);
        let bare = ast::ExprCall { keywords: Vec::new(), ..call.clone() };
        let ufunc = crate::sema::numpy::is_ufunc(name) || self.operator_ufunc(&bare).is_some() || reduction;
        let pass = Stmt::Pass(ast::StmtPass { range: c.range });
        let fail = |t: &mut Self, msg: String, at: Range<usize>, label: &str| {
            t.errors.push(
                Diagnostic::error(msg)
                    .at(at, label.to_string())
                    .note("pycc compiles `np.<ufunc>(x, ..., out=a, where=m)` of an elementwise ufunc and `np.<reduction>(x, axis, out=a)` as a statement (or `a = np.<ufunc>(x, ..., out=a)`), `a` an array"),
            );
            Some(vec![pass.clone()])
        };
        if !ufunc {
            // (the other functions' own diagnostics name their forms)
            return None;
        }
        if !call.keywords.is_empty() && !reduction {
            return fail(self, format!("`out=` of numpy.{name}() is not supported yet"), range(value), "not supported");
        }
        // `h = np.f(x, out=o)`: numpy returns `o` itself, so `h` is bound
        // to it after the store (nothing to bind when `h` is `o`).
        let same_name = matches!((target, &out), (Some(Expr::Name(t)), Expr::Name(o)) if t.id == o.id);
        let rebind = target.filter(|_| !same_name).map(|t| {
            Stmt::Assign(ast::StmtAssign {
                range: stmt.range(),
                targets: vec![t.clone()],
                value: Box::new(out.clone()),
                type_comment: None,
            })
        });
        if self.expr_ndim(&out).is_none() {
            return fail(self, "`out=` must be an array here".into(), range(&out), "not an array");
        }
        if reduction && mask.is_some() {
            return fail(
                self,
                format!("`where=` of numpy.{name}() is not supported yet"),
                range(value),
                "not supported",
            );
        }
        let call = Expr::Call(call);
        let (from, to) = (self.peek_dtype(&call), self.peek_dtype(&out));
        if reduction {
            // numpy reduces in `out`'s dtype: only the one the result has
            // anyway gives its values; the result's axes must be out's.
            let same = from.is_some() && from == to && self.expr_ndim(&call) == self.expr_ndim(&out);
            if !same {
                return fail(
                    self,
                    format!("`out=` of numpy.{name}() of another dtype or ndim than the result's is not supported yet"),
                    range(&out),
                    "not supported",
                );
            }
        }
        if let (Some(from), Some(to)) = (from, to) {
            if !same_kind(from, to) {
                return fail(self, ufunc_cast_message(name, from, to), range(&out), "numpy raises UFuncTypeError here");
            }
        }
        let at = out.range();
        // `where=m`: `out` keeps its items where `m` is False; the result
        // is cast to `out`'s dtype first, as numpy casts it (np.where
        // would promote both).
        let call = match (mask, from, to) {
            (None, ..) => call,
            (Some(m), Some(from), Some((to, false))) if from != (to, false) => {
                let dtype = Expr::Attribute(ast::ExprAttribute {
                    range: at,
                    value: f.value.clone(),
                    attr: ast::Identifier::new(if to == Scalar::Bool { "bool".to_string() } else { to.long_name() }),
                    ctx: ast::ExprContext::Load,
                });
                let astype = Expr::Attribute(ast::ExprAttribute {
                    range: at,
                    value: Box::new(call),
                    attr: ast::Identifier::new("astype"),
                    ctx: ast::ExprContext::Load,
                });
                let cast = Expr::Call(ast::ExprCall {
                    range: c.range,
                    func: Box::new(astype),
                    args: vec![dtype],
                    keywords: Vec::new(),
                });
                self.masked(&f.value, m, cast, &out)
            }
            (Some(m), ..) => self.masked(&f.value, m, call, &out),
        };
        Some(std::iter::once(store_all(stmt.range(), out, call)).chain(rebind).collect())
    }

    /// `np.where(m, call, out)` (`np` as the user's call spells it).
    fn masked(&self, np: &Expr, m: Expr, call: Expr, out: &Expr) -> Expr {
        let at = out.range();
        let func = Box::new(Expr::Attribute(ast::ExprAttribute {
            range: at,
            value: Box::new(np.clone()),
            attr: ast::Identifier::new("where"),
            ctx: ast::ExprContext::Load,
        }));
        Expr::Call(ast::ExprCall { range: call.range(), func, args: vec![m, call, out.clone()], keywords: Vec::new() })
    }
}

/// numpy's UFuncTypeError message for a result that `same_kind` does not
/// let into `out`.
fn ufunc_cast_message(name: &str, from: (Scalar, bool), to: (Scalar, bool)) -> String {
    let d = |(s, cx): (Scalar, bool)| match (s, cx) {
        (Scalar::Float { bits }, true) => format!("dtype('complex{}')", 2 * bits),
        (_, true) => "dtype('complex128')".to_string(),
        (Scalar::Bool, _) => "dtype('bool')".to_string(),
        (Scalar::Float { bits }, _) => format!("dtype('float{bits}')"),
        (Scalar::Int { bits, signed }, _) => format!("dtype('{}int{bits}')", if signed { "" } else { "u" }),
    };
    format!("numpy cannot cast ufunc '{name}' output from {} to {} with casting rule 'same_kind'", d(from), d(to))
}

/// `out[...] = call`, spanning `range`.
fn store_all(range: rustpython_parser::text_size::TextRange, out: Expr, call: Expr) -> Stmt {
    let at = out.range();
    let ellipsis = Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::Ellipsis, kind: None });
    let store = Expr::Subscript(ast::ExprSubscript {
        range: at,
        value: Box::new(out),
        slice: Box::new(ellipsis),
        ctx: ast::ExprContext::Store,
    });
    Stmt::Assign(ast::StmtAssign { range, targets: vec![store], value: Box::new(call), type_comment: None })
}
