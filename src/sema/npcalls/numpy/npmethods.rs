//! Small array methods and numpy functions: `.item()`, `a.sort()` in
//! place, `np.trace`, `np.median` (numpy computes the last three, so the
//! order, nan placement and summation are numpy's). A child module of
//! numpy.rs, whose helpers it uses.

use super::*;

const ITEM_ERROR: &str = "can only convert an array of size 1 to a Python scalar";

impl Typer<'_> {
    /// The result dtype of `np.trace(m)` / `np.median(a)`, after the
    /// checks pycc makes at compile time.
    pub(super) fn trace_or_median(&mut self, func: NpFunc, a: &ArrayRef, span: &Range<usize>) -> Option<Scalar> {
        if func == NpFunc::Trace && a.ty.ndim != 2 {
            self.errors.push(
                Diagnostic::error(format!("numpy.trace() of a {}-d array is not supported yet", a.ty.ndim))
                    .at(span.clone(), "here")
                    .note("pycc compiles np.trace(m) of a 2-d array (a number)"),
            );
            return None;
        }
        Some(func.reduced_dtype(a.ty.dtype))
    }

    /// `np.trace(m)`, `np.trace(m, k)`, `np.trace(m, offset=k)`: numpy sums
    /// the k-th diagonal (0 when it lies outside the matrix).
    pub(super) fn trace_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let offset = match (c.args.as_slice(), c.keywords.as_slice()) {
            ([_], []) => None,
            ([_, k], []) => Some(k),
            ([_], [kw]) if kw.arg.as_ref().is_some_and(|a| a.as_str() == "offset") => Some(&kw.value),
            _ => {
                self.errors.push(
                    Diagnostic::error("numpy.trace() is compiled with a matrix and an offset only")
                        .at(span, "here")
                        .note("axis1=, axis2=, dtype= and out= are not supported yet"),
                );
                return None;
            }
        };
        let a = self.numpy_array_arg(NpFunc::Trace, &c.args[0]);
        let k = offset.map(|e| self.expr(e));
        let a = a?;
        let k = match k {
            Some(k) => Some(k?),
            None => None,
        };
        if let Some(k) = k.as_ref().filter(|k| !matches!(k.ty, Scalar::Int { .. } | Scalar::Bool)) {
            self.errors.push(
                Diagnostic::error(format!("numpy.trace() needs an int offset, not {}", k.ty.python_name()))
                    .at(k.span.clone(), "not an int")
                    .note("numpy raises TypeError here"),
            );
            return None;
        }
        if a.ty.complex {
            self.errors.push(
                Diagnostic::error("a complex number is used here where a real number is needed").at(span, "complex"),
            );
            return None;
        }
        let ty = self.trace_or_median(NpFunc::Trace, &a, &span)?;
        let mut args = vec![NpArg::Array(a)];
        args.extend(k.map(|k| NpArg::Scalar(cast(k, Scalar::I64))));
        Some(self.np_value(NpFunc::Trace, args, ty, span))
    }

    /// `a.item()` of an array: its one element, or numpy's ValueError when
    /// its size is not 1.
    pub(super) fn item_method(&mut self, c: &ast::ExprCall, receiver: &Expr, span: Range<usize>) -> Option<TExpr> {
        if !c.args.is_empty() || !c.keywords.is_empty() {
            self.errors.push(
                Diagnostic::error("`.item()` is compiled without arguments only")
                    .at(span, "here")
                    .note("index the array instead: a[i, j]"),
            );
            return None;
        }
        let a = self.array_operand(receiver).done()?;
        if a.ty.complex {
            self.errors.push(Diagnostic::error("`.item()` of a complex array is not supported yet").at(span, "here"));
            return None;
        }
        let one = |t: &Self, v: Var| {
            let x = t.i64_var(v, span.clone());
            let k = TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(1)), span: span.clone() };
            TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Compare(CmpOp::Ne, Box::new(x), Box::new(k)),
                span: span.clone(),
            }
        };
        let cond = a.shape.iter().map(|&v| one(self, v)).reduce(|p, q| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Or(Box::new(p), Box::new(q)),
            span: span.clone(),
        });
        if let Some(cond) = cond {
            let raise = TStmt::Raise { exception: "ValueError".into(), message: ITEM_ERROR.into(), span: span.clone() };
            self.pre.push(TStmt::If { cond, then: vec![raise], orelse: Vec::new() });
        }
        let zero = || TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
        let idx = (0..a.ty.ndim).map(|_| zero()).collect();
        Some(TExpr { ty: a.ty.dtype, kind: TExprKind::Load(a, idx), span })
    }

    /// `x.item()` of a number numpy made (an array element `a[i]`, a
    /// reduction `np.sum(a)`): the number itself. NotMine when `c` is not that.
    pub(in crate::sema) fn scalar_item(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Claim<TExpr> {
        let Expr::Attribute(m) = c.func.as_ref() else { return Claim::NotMine };
        if m.attr.as_str() != "item" {
            return Claim::NotMine;
        }
        if !self.numpy_made_number(&m.value) {
            return Claim::NotMine;
        }
        if !c.args.is_empty() || !c.keywords.is_empty() {
            self.errors.push(Diagnostic::error("`.item()` is compiled without arguments only").at(span, "here"));
            return Claim::Failed;
        }
        Claim::checked(self.expr(&m.value))
    }

    /// Whether `e` is a number numpy made (a numpy scalar to CPython, which
    /// has `.item()`): an array element, a numpy call, a 0-d array, or
    /// arithmetic with one of those as an operand (`(np.array(x) * 2.0 + k)`,
    /// `-np.sum(a)`: numpy scalars too), never an array.
    fn numpy_made_number(&self, e: &Expr) -> bool {
        match e {
            Expr::Subscript(s) => self.expr_ndim(&s.value).is_some(),
            Expr::Call(f) => {
                matches!(f.func.as_ref(), Expr::Attribute(g) if self.numpy_module_of(&g.value))
                    || self.array_method_of(f).is_some()
            }
            Expr::Name(n) => self.zero_d_name(n.id.as_str()),
            Expr::BinOp(b) => {
                !self.is_array_like(e) && (self.numpy_made_number(&b.left) || self.numpy_made_number(&b.right))
            }
            Expr::UnaryOp(u) => !self.is_array_like(e) && self.numpy_made_number(&u.operand),
            _ => false,
        }
    }

    /// `a.sort(axis=, kind=)` as a statement: numpy's sorted copy (its
    /// order, nan last, along the axis) stored back into `a`.
    pub(in crate::sema) fn sort_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TStmt> {
        let (receiver, _) = self.array_method_of(c)?;
        let mut args = Vec::new();
        self.sort_method_args(c, "sort", &mut args, span.clone())?;
        let a = self.array_operand(receiver).done()?;
        self.mark_written(&a.name);
        let sorted = self.array_temp(ArrayTy { layout: Layout::A, ..a.ty }, Default::default());
        self.pre.push(TStmt::Alloc {
            array: sorted.clone(),
            func: NpFunc::Sort,
            args: std::iter::once(NpArg::Array(a.clone())).chain(args).collect(),
            span: span.clone(),
        });
        let read = ArrayRef { shape: a.shape.clone(), ..sorted };
        let shape = a.shape.clone();
        // A complex array's two parts each copied back (numpy's lexicographic order).
        Some(self.loop_nest(&shape, &span, |idx| {
            let load = |r: ArrayRef| TExpr { ty: r.ty.dtype, kind: TExprKind::Load(r, idx.clone()), span: 0..0 };
            let re = TStmt::Store { array: a.clone(), indices: idx.clone(), value: load(read.clone()) };
            if !a.ty.complex {
                return re;
            }
            let im = TStmt::Store { array: a.imag_part(), indices: idx.clone(), value: load(read.imag_part()) };
            TStmt::Seq(vec![re, im])
        }))
    }
}

impl Typer<'_> {
    /// `return a.tolist()` of an array in an export whose return is
    /// inferred, anywhere in `stmt` (the sugar of an enclosing statement
    /// would otherwise rewrite it): `return a`, the return marked so the
    /// wrapper calls numpy's own `tolist()` on the result (any dtype and
    /// ndim: numpy's nested lists of Python numbers). None: no such return.
    pub(in crate::sema) fn tolist_return(&mut self, stmt: &Stmt) -> Option<Stmt> {
        if !self.tolist_ok {
            return None;
        }
        let mut f = TolistReturns { cx: self, found: Vec::new() };
        let Ok(out) = rustpython_parser::ast::fold::Fold::fold_stmt(&mut f, stmt.clone());
        let found = f.found;
        if found.is_empty() {
            return None;
        }
        self.tolist_returns.extend(found);
        Some(out)
    }

    /// `return a` for `return a.tolist()` of an array `a`.
    fn tolist_of(&self, stmt: &Stmt) -> Option<Stmt> {
        let Stmt::Return(r) = stmt else { return None };
        let Some(Expr::Call(c)) = r.value.as_deref() else { return None };
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        if m.attr.as_str() != "tolist" || !c.args.is_empty() || !c.keywords.is_empty() {
            return None;
        }
        if !self.is_array_like(&m.value) || self.expr_ndim(&m.value).is_none() {
            return None;
        }
        Some(Stmt::Return(ast::StmtReturn { value: Some(m.value.clone()), range: r.range }))
    }

    /// An export returning `a.tolist()` on one path returns it on all (the
    /// wrapper makes the list of whatever array the kernel returns).
    pub(in crate::sema) fn tolist_everywhere(&mut self, valued: &[(Ty, Range<usize>)]) {
        let Some(first) = self.tolist_returns.iter().next().cloned() else { return };
        if let Some((_, span)) = valued.iter().find(|(_, s)| !self.tolist_returns.contains(s)) {
            self.errors.push(
                Diagnostic::error(
                    "this export returns a list only its caller gets (`a.tolist()`, a list of strs) elsewhere; here it returns another value",
                )
                .at(span.clone(), "not such a list")
                .also(first, "returns such a list")
                .note("an export returning tolist() or a list of strs must return one (of one type) on every path"),
            );
        }
    }
}

/// The `return a.tolist()` statements of a statement, rewritten.
struct TolistReturns<'a, 'b> {
    cx: &'a Typer<'b>,
    found: Vec<Range<usize>>,
}

impl rustpython_parser::ast::fold::Fold<rustpython_parser::text_size::TextRange> for TolistReturns<'_, '_> {
    crate::syntax::identity_fold!();
    fn fold_stmt(&mut self, s: Stmt) -> std::result::Result<Stmt, Self::Error> {
        if let Some(r) = self.cx.tolist_of(&s) {
            self.found.push(range(&s));
            return Ok(r);
        }
        rustpython_parser::ast::fold::fold_stmt(self, s)
    }
}
