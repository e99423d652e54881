//! Calls: builtins, `math`, module members, and the file's own functions
//! (with their positional and keyword arguments).

use crate::sema::*;

/// What an unsupported `numpy.linalg` function's diagnostic lists.
pub(in crate::sema) const LINALG_NOTE: &str =
    "pycc compiles numpy.linalg.norm, inv, det, solve, pinv, eigvals, eigvalsh, eig, eigh, matrix_rank, cholesky, matrix_power, qr, svd, lstsq, cond and slogdet";

/// The builtin functions pycc compiles.
pub(in crate::sema) const BUILTINS: &[&str] =
    &["abs", "min", "max", "int", "float", "bool", "round", "pow", "divmod", "len"];

impl Typer<'_> {
    /// Whether `e` names the math module here (not shadowed by a local).
    pub(in crate::sema) fn math_module_of(&self, e: &Expr) -> Option<()> {
        match e {
            Expr::Name(n)
                if !self.types.contains_key(n.id.as_str())
                    && self.globals.modules.get(n.id.as_str()).map(String::as_str) == Some("math") =>
            {
                Some(())
            }
            _ => None,
        }
    }

    /// math.pi, math.e, math.tau, math.inf, math.nan.
    pub(in crate::sema) fn math_constant(&mut self, name: &str, span: Range<usize>) -> Checked<TExpr> {
        match math_table::constant(name) {
            Some(v) => self.check_constant(ConstValue::Float(v), span),
            None => Err(self.not_supported(span, &format!("`math.{name}` as a value is"))),
        }
    }

    /// `math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)`, tolerances
    /// constant (a negative one is CPython's ValueError, said at compile
    /// time); `a` and `b` become float64 once (CPython's conversion).
    pub(in crate::sema) fn math_isclose(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Checked<TExpr> {
        let mut tol = [1e-9, 0.0];
        for k in &c.keywords {
            let slot = match k.arg.as_ref().map(|a| a.as_str()) {
                Some("rel_tol") => 0,
                Some("abs_tol") => 1,
                _ => return Err(self.not_supported(range(&k.value), "this keyword of math.isclose() is")),
            };
            match literal_value(&k.value) {
                Some(ConstValue::Float(v)) => tol[slot] = v,
                Some(ConstValue::Int(v)) => tol[slot] = v as f64,
                _ => {
                    return Err(
                        self.not_supported(range(&k.value), "a tolerance of math.isclose() other than a number is")
                    )
                }
            }
        }
        if c.args.len() != 2 {
            return Err(self.not_supported(span, "math.isclose() with other than two positional arguments is"));
        }
        if tol.iter().any(|t| *t < 0.0) {
            return Err(self.report(
                Diagnostic::error("math.isclose(): tolerances must be non-negative")
                    .at(span, "CPython raises ValueError here"),
            ));
        }
        let mark = self.lets.len();
        let a = self.check_expr(&c.args[0])?;
        let a = self.share(cast(a, Scalar::F64));
        let b = self.check_expr(&c.args[1])?;
        let b = self.share(cast(b, Scalar::F64));
        let body = math::isclose(a, b, tol[0], tol[1], &span);
        Ok(self.wrap_lets(mark, body))
    }

    /// A call into the math module, with CPython's argument conversion (to
    /// float) and error checks (made at lowering).
    pub(in crate::sema) fn math_call(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Checked<TExpr> {
        if name == "isclose" {
            return self.math_isclose(c, span);
        }
        if math_table::TUPLE_FUNCTIONS.contains(&name) {
            self.math_tuple(name, c, span.clone())?;
            return Err(self.report(
                Diagnostic::error(format!("math.{name}() returns a tuple, used here as a number"))
                    .at(span, "a tuple")
                    .note(format!("unpack it (`m, e = math.{name}(x)`), index it, assign it or return it")),
            ));
        }
        if name == "gcd" || name == "lcm" {
            return self.math_gcd_lcm(name, c, span);
        }
        if name == "fsum" {
            return self.math_fsum(c, span);
        }
        if matches!(name, "isqrt" | "factorial" | "comb" | "perm") {
            return self.math_int(name, c, span);
        }
        if name == "dist" {
            return self.math_dist(c, span);
        }
        if name == "prod" {
            return self.math_prod(c, span);
        }
        if (name, c.args.len(), c.keywords.len()) == ("hypot", 0, 0) {
            // vector_norm of no coordinates.
            return Ok(TExpr { ty: Scalar::F64, kind: TExprKind::Const(ConstValue::Float(0.0)), span });
        }
        let Some(f) = math_table::function_for(name, c.args.len()) else {
            return Err(self.not_supported(span, &format!("`math.{name}` is")));
        };
        if !c.keywords.is_empty() {
            return Err(self.not_supported(span, "keyword arguments in calls are"));
        }
        let args: Vec<TExpr> =
            c.args.iter().map(|a| self.check_expr(a)).collect::<Vec<_>>().into_iter().collect::<Checked<_>>()?;
        if name == "log" && args.len() == 2 {
            // CPython: log(x) / log(base), each with log's errors, in that
            // order; a base of 1 divides by zero ("float division by zero").
            let [x, base] = <[TExpr; 2]>::try_from(args).expect("two arguments").map(|a| cast(a, Scalar::F64));
            let num = math::typed_call(f, vec![x], span.clone());
            let den = math::typed_call(f, vec![base], span.clone());
            return Ok(TExpr {
                ty: Scalar::F64,
                kind: TExprKind::Binary(BinOp::Div, Box::new(num), Box::new(den)),
                span,
            });
        }
        if let (true, Some(bad)) = (name == "ldexp", args.get(1).filter(|a| a.ty.is_float())) {
            return Err(self.report(
                Diagnostic::error("math.ldexp() needs an int exponent")
                    .at(bad.span.clone(), "not an int")
                    .note("CPython raises TypeError: Expected an int as second argument to ldexp."),
            ));
        }
        if args.len() != f.arity && name == "hypot" {
            return Err(self.report(
                Diagnostic::error(format!("math.hypot() with {} arguments is not supported yet", args.len()))
                    .at(span, "here")
                    .note("pycc compiles math.hypot with 0 to 8 arguments"),
            ));
        }
        if args.len() != f.arity {
            return Err(self.report(
                Diagnostic::error(format!(
                    "math.{name}() takes {} argument{} ({} given)",
                    f.arity,
                    if f.arity == 1 { "" } else { "s" },
                    args.len()
                ))
                .at(span, "here"),
            ));
        }
        if matches!(f.kind, crate::tir::math::Kind::ToInt { .. }) && !args[0].ty.is_float() {
            // CPython's floor/ceil/trunc of an int is the int itself
            // (`int.__floor__`), exact past 2**53 where a float is not.
            let x = args.into_iter().next().expect("the arity was checked");
            let u64 = Scalar::U64;
            return Ok(if x.ty == u64 { x } else { cast(x, Scalar::I64) });
        }
        Ok(math::typed_call(f, math::float_args(f, args), span))
    }

    /// A call used as a number: a module's function, a method, a function
    /// of the file, or a builtin (abs, min, max, int, float, bool, round,
    /// pow, len).
    pub(in crate::sema) fn check_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Checked<TExpr> {
        if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == rangevar::RANGE_OP) {
            return bridge!(self, &span, self.range_op(c, span.clone()));
        }
        if self.array_method_of(c).is_some() {
            return match bridge!(self, &span, self.method_call(c, false, span.clone()))? {
                Val::Scalar(e) => Ok(e),
                _ => unreachable!("method_call gives a number when no array is wanted"),
            };
        }
        decide!(self, &span, self.module_call(c, span.clone()));
        decide!(self, &span, self.scalar_item(c, span.clone()));
        decide!(self, &span, self.isinstance_call(c, span.clone()));
        if self.ufunc_reduce_name(&c.func).is_some() {
            return bridge!(self, &span, self.npfunc_number(c, span.clone()));
        }
        let name = match c.func.as_ref() {
            Expr::Name(n) if !self.types.contains_key(n.id.as_str()) => n.id.to_string(),
            Expr::Attribute(m) => return self.method_number(c, m, span),
            _ => return Err(self.not_supported(span, "calls other than builtins are")),
        };
        if let Some(e) = self.minmax_of_tuple(&name, c) {
            return self.check_expr(&e);
        }
        if let ("min" | "max" | "sum", [arg], true) = (name.as_str(), c.args.as_slice(), c.keywords.is_empty()) {
            if self.is_builtin(&name) {
                decide!(self, &span, self.array_builtin(&name, arg, span.clone()));
            }
        }
        if self.globals.functions.contains_key(&name) && !BUILTINS.contains(&name.as_str()) {
            return self.file_function_call(&name, c, span);
        }
        if self.is_npfunc_call(c) {
            return bridge!(self, &span, self.npfunc_number(c, span.clone()));
        }
        self.call_name_unsupported(&name, &span)?;
        self.builtin_number(&name, c, span)
    }

    /// `x.m()` used as a number: an int's `bit_length`/`bit_count`, a
    /// number's `conjugate`/`is_integer`; a ufunc's method and any other
    /// method are diagnostics.
    fn method_number(&mut self, c: &ast::ExprCall, m: &ast::ExprAttribute, span: Range<usize>) -> Checked<TExpr> {
        let bare = c.args.is_empty() && c.keywords.is_empty();
        let x = match m.attr.as_str() {
            _ if self.ufunc_method_name(m).is_some() => self.ufunc_method_error(m, span.clone()),
            "bit_length" | "bit_count" if bare => return self.int_bits(m.attr.as_str(), &m.value, span),
            "conjugate" if bare => return self.real_part(&m.value, "real", span),
            "is_integer" if bare => return self.float_is_integer(&m.value, span),
            _ => return self.method_error(m, span),
        };
        self.checked(x, &span)
    }

    /// A builtin's call used as a number, after the forms above.
    fn builtin_number(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Checked<TExpr> {
        if matches!(name, "min" | "max") && !c.keywords.is_empty() && self.is_builtin(name) {
            return Err(self.report(
                Diagnostic::error(format!("`{name}(..., key=...)` here is not supported yet"))
                    .at(span, "evaluated only on a condition")
                    .note("pycc computes it first, as its own statement, where the statement always computes it (not after `and`/`or` inside a larger expression, in a `while` test or a comprehension); bind it to a name first"),
            ));
        }
        if !c.keywords.is_empty() {
            return Err(self.not_supported(span, "keyword arguments in calls are"));
        }
        if let (true, [arg]) = (name == "float", c.args.as_slice()) {
            if let Some(text) = crate::syntax::parse::float_literal(arg) {
                return self.float_of_str(text, range(arg), span);
            }
        }
        if name == "divmod" {
            self.check_value(&Expr::Call(c.clone()))?;
            return Err(self.report(
                Diagnostic::error("divmod() returns a tuple, used here as a number")
                    .at(span, "a tuple")
                    .note("unpack it (`q, r = divmod(a, b)`), assign it or return it"),
            ));
        }
        if name == "len" {
            return self.len_call(c, span);
        }
        self.builtin_call(name, c, span)
    }

    /// A call of a function of a module (math, numpy, numpy.linalg,
    /// random, or a name imported from math) used as a number; NotMine when
    /// the callee is none of them.
    pub(in crate::sema) fn module_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Claim<TExpr> {
        if let Expr::Attribute(a) = c.func.as_ref() {
            if self.math_module_of(&a.value).is_some() {
                return Claim::checked(self.math_call(a.attr.as_str(), c, span).ok());
            }
            if matches!(self.numpy_function(&c.func), Some(NpFunc::Norm | NpFunc::Inv | NpFunc::Det | NpFunc::Solve))
                || self.npfunc_call(c).is_some_and(|(n, _)| n.starts_with("linalg."))
            {
                return Claim::checked(self.npfunc_number(c, span));
            }
            if matches!(a.value.as_ref(), Expr::Attribute(l) if l.attr.as_str() == "linalg" && self.numpy_module_of(&l.value))
            {
                self.errors.push(
                    Diagnostic::error(format!("`numpy.linalg.{}` is not supported yet", a.attr.as_str()))
                        .at(span, "not supported")
                        .note(LINALG_NOTE),
                );
                return Claim::Failed;
            }
            if self.numpy_module_of(&a.value) {
                if let Some(to) = scalars::dtype(a.attr.as_str()) {
                    return Claim::of(self.numpy_scalar_ctor(a.attr.as_str(), to, c, span));
                }
                return Claim::checked(self.numpy_scalar_call(a.attr.as_str(), c, span));
            }
            if let Some((module, name)) = self.random_function(&c.func) {
                if self.random_ndim(c).is_some() {
                    self.errors.push(
                        Diagnostic::error(format!("this call of `{name}` makes an array, used here as a number"))
                            .at(span, "an array"),
                    );
                    return Claim::Failed;
                }
                return Claim::checked(self.random_call(module, name, c, span));
            }
        }
        if let Expr::Name(n) = c.func.as_ref() {
            if let (false, Some((_, name))) = (
                self.types.contains_key(n.id.as_str()),
                self.globals.from_imports.get(n.id.as_str()).filter(|(m, _)| m == "math"),
            ) {
                let name = name.clone();
                return Claim::checked(self.math_call(&name, c, span).ok());
            }
        }
        Claim::NotMine
    }

    /// A call of a function of this file used as a number: only a scalar
    /// result is one.
    pub(in crate::sema) fn file_function_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        let (symbol, ret, args) = bridge!(self, &span, self.file_call(name, c, span.clone()))?;
        let (what, note) = match ret {
            Some(Ty::Scalar(ty)) => return Ok(TExpr { ty, kind: TExprKind::Call(symbol, args), span }),
            Some(Ty::Optional(t)) => return Ok(self.optional_number(symbol, args, t, span)),
            Some(Ty::Set(_)) => return bridge!(self, &span, self.helper_set_result(name, span.clone())),
            // Learned now: the next round types the call as a str
            // (strings.rs); where it still comes here, a str is misused.
            Some(Ty::Str) if self.strs.insert(strings::str_call_mark(name)) => return Err(self.learned(span)),
            None => {
                let d = Diagnostic::error(format!("`{name}` returns None here; its value cannot be used"));
                return Err(self.report(d.at(span, "no value")));
            }
            Some(Ty::OptionalArray(_)) => {
                let d =
                    Diagnostic::error(format!("`{name}` can return None or an array; calling it is not supported yet"));
                return Err(self.report(d.at(span, "can be None")));
            }
            Some(Ty::Complex(_)) => {
                let d = Diagnostic::error(format!("`{name}` returns a complex number here, used inside an expression"));
                let d = d.at(span, "complex").note("assign the call to a name first, then use the name");
                return Err(self.report(d));
            }
            Some(Ty::Str) => ("a str", strings::STR_NOTE),
            Some(Ty::Array(_)) => ("an array", "assign the call to a name first, then index the name"),
            Some(Ty::Tuple(_)) => {
                ("a tuple", "assign the call to a name (or unpack it), or return it, then use the elements")
            }
            Some(Ty::Dict(..)) => ("a dict", "assign the call to a name first, then use the dict"),
            Some(Ty::List(_) | Ty::ListOf(_)) => ("a list", "assign the call to a name first, then use the list"),
        };
        let used = if what == "a str" { ", used here as a number" } else { " here, used as a number" };
        Err(self.report(Diagnostic::error(format!("`{name}` returns {what}{used}")).at(span, what).note(note)))
    }

    /// Why a called name is not compiled (a numpy.linalg import, `map`, a
    /// shadowed or unknown builtin), reported; Ok for a builtin pycc compiles.
    pub(in crate::sema) fn call_name_unsupported(&mut self, name: &str, span: &Range<usize>) -> Checked<()> {
        if let Some((_, f)) = self.globals.from_imports.get(name).filter(|(m, _)| m == "numpy.linalg") {
            return Err(self.report(
                Diagnostic::error(format!("`numpy.linalg.{f}` is not supported yet"))
                    .at(span.clone(), "not supported")
                    .note(LINALG_NOTE),
            ));
        }
        if name == "map" {
            return Err(self.report(
                Diagnostic::error("a `map(...)` object as a value is not supported")
                    .at(span.clone(), "a map object")
                    .note("pycc compiles `map(f, seq)` unpacked into names, `x, y = map(f, (a, b))`, with one `seq`"),
            ));
        }
        if let Some(kind) = self.shadowed_builtin(name) {
            // CPython looks the name up in the module before the builtins.
            return Err(self.report(
                Diagnostic::error(format!("`{name}` is a module-level {kind} here, not the builtin"))
                    .at(span.clone(), format!("CPython raises TypeError: '{kind}' object is not callable"))
                    .note(format!("a module-level `{name} = ...` shadows the builtin `{name}` in every function")),
            ));
        }
        if matches!(name, "any" | "all") {
            // sema/desugar/anyall.rs rewrites the calls a statement always makes.
            return Err(self.report(
                Diagnostic::error(format!("`{name}(...)` here is not supported yet"))
                    .at(span.clone(), "evaluated only on a condition, or not of one iterable")
                    .note(format!(
                        "pycc compiles `{name}(iterable)` where the statement always evaluates it (not after `and`/`or`, in an arm of `x if c else y` or in a `while` test): bind it to a name first"
                    )),
            ));
        }
        if name == "range" {
            return Err(self.report(
                Diagnostic::error("a range object used here as a value is not supported yet")
                    .at(span.clone(), "a range object")
                    .note("pycc compiles `range(...)` in a `for`, and a range variable whose every use is `for i in r`, `len(r)`, `r[i]` or `x in r`"),
            ));
        }
        if name == "tuple" {
            return Err(self.report(
                Diagnostic::error("tuple() of this value is not supported: its length is not known when compiling")
                    .at(span.clone(), "a tuple of unknown length")
                    .note("numba's tuples have a fixed length; pycc compiles tuple() of a list or tuple display, a tuple variable, `a.shape` and a range of constants"),
            ));
        }
        if !BUILTINS.contains(&name) {
            return Err(self.report(
                Diagnostic::error(format!("`{name}` is neither a function of this file nor a supported builtin"))
                    .at(span.clone(), "unknown function")
                    .note("pycc compiles calls to top-level functions of the same file, the builtins of the README's table, `math` and numpy"),
            ));
        }
        Ok(())
    }

    /// `len(x)` of an array, an array expression or a tuple variable.
    pub(in crate::sema) fn len_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Checked<TExpr> {
        if let [arg] = c.args.as_slice() {
            if self.array_name(arg).is_some() {
                return bridge!(self, &span, self.array_len(arg, span.clone()));
            }
            // `len(mu[mask])`, `len(a + b)`: the array computed first.
            if self.is_array_like(arg) {
                let r = bridge!(self, &span, self.array_operand(arg).done())?;
                if r.ty.ndim == 0 {
                    return Err(self.not_supported(span, "len() of a 0-d array is"));
                }
                return Ok(self.i64_var(r.shape[0], span));
            }
        }
        let [Expr::Name(t)] = c.args.as_slice() else {
            // Any other tuple-valued operand (`len((a, b))`, `len(m.shape[1:])`,
            // `len(f(x))`): computed as CPython does, its length known.
            if let [arg] = c.args.as_slice() {
                if matches!(arg, Expr::Tuple(t) if t.elts.is_empty()) {
                    return Ok(TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span });
                }
                let at = self.checkpoint();
                if let Some(Val::Tuple(xs)) = self.value(arg) {
                    return Ok(TExpr {
                        ty: Scalar::I64,
                        kind: TExprKind::Const(ConstValue::Int(xs.len() as i128)),
                        span,
                    });
                }
                self.rollback(at);
            }
            return Err(self.report(Diagnostic::error("len() is supported on a tuple variable only").at(span, "here")));
        };
        let Some(&n) = self.arity.get(t.id.as_str()) else {
            return Err(self.report(
                Diagnostic::error("len() is supported on a tuple variable only")
                    .at(range(&c.args[0]), "not a tuple variable"),
            ));
        };
        Ok(TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(n as i128)), span })
    }

    /// Number arguments in Python's order: one that queues statements
    /// (`np.max(..)` computed before the statement) gets those before it
    /// computed first, so `min(np.abs(-13 / k), round(np.max(e)) / m)`
    /// raises the division's error first (exprtree seed 359). Each is typed (and its
    /// errors reported) even after one fails.
    fn args_in_order(&mut self, args: &[Expr]) -> Checked<Vec<TExpr>> {
        let (mut done, mut failed) = (Vec::new(), None);
        for a in args {
            let queued = self.pre.len();
            match self.check_expr(a) {
                Ok(x) => {
                    // In a conditional part, `pre` would run them always.
                    if self.conditional == 0 {
                        self.all_before_queued(queued, &mut done);
                    }
                    done.push(x);
                }
                Err(r) => failed = failed.or(Some(r)),
            }
        }
        failed.map_or(Ok(done), Err)
    }

    /// The builtins abs/min/max/float/bool/int/round/pow of numbers.
    pub(in crate::sema) fn builtin_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Checked<TExpr> {
        let args = self.args_in_order(&c.args)?;
        let n = args.len();
        let arity = |this: &mut Self, want: &str| {
            Err(this.report(Diagnostic::error(format!("{name}() takes {want} ({n} given)")).at(span.clone(), "here")))
        };
        // Each arm's guard checks the count of the arguments it takes.
        const COUNTED: &str = "the arm checked the count";
        let mut args = args.into_iter();
        match name {
            "abs" if n == 1 => {
                let x = args.next().expect(COUNTED);
                let x = if x.ty == Scalar::Bool { cast(x, Scalar::I64) } else { x };
                Ok(TExpr { ty: x.ty, kind: TExprKind::Abs(Box::new(x)), span })
            }
            "min" | "max" if n >= 2 => {
                let args: Vec<TExpr> = args.collect();
                let u64 = Scalar::U64;
                let signed = |t: Scalar| matches!(t, Scalar::Int { signed: true, .. });
                let ty = args.iter().skip(1).fold(args[0].ty, |a, v| join(a, v.ty));
                let (any_u64, any_signed) = (args.iter().any(|a| a.ty == u64), args.iter().any(|a| signed(a.ty)));
                if any_u64 && any_signed && args.iter().all(|a| a.ty == u64 || signed(a.ty)) {
                    let bits = self.mixed_sign_min_max(name == "min", args, span.clone());
                    // The unified type, as before: the value's bits, unchecked.
                    return Ok(TExpr { ty, kind: TExprKind::WrapCast(Box::new(bits)), span });
                }
                Ok(TExpr {
                    ty,
                    kind: TExprKind::MinMax(name == "min", args.into_iter().map(|a| cast(a, ty)).collect()),
                    span,
                })
            }
            // CPython's float() is float64, of a numpy float32 too (numba keeps f4).
            "float" if n == 1 => Ok(TExpr { span, ..cast(args.next().expect(COUNTED), Scalar::F64) }),
            "bool" if n == 1 => Ok(TExpr { span, ..truth(args.next().expect(COUNTED)) }),
            "int" if n == 1 => {
                let x = args.next().expect(COUNTED);
                if x.ty.is_float() {
                    Ok(TExpr { ty: Scalar::I64, kind: TExprKind::FloatToInt(Box::new(x)), span })
                } else {
                    Ok(TExpr { span, ..cast(x, Scalar::I64) })
                }
            }
            "round" if n == 1 => {
                let x = args.next().expect(COUNTED);
                if x.ty.is_float() {
                    Ok(TExpr { ty: Scalar::I64, kind: TExprKind::Round(Box::new(x)), span })
                } else {
                    Ok(TExpr { span, ..cast(x, Scalar::I64) })
                }
            }
            "round" if n == 2 => {
                let (x, ndigits) = (args.next().expect(COUNTED), args.next().expect(COUNTED));
                if ndigits.ty.is_float() {
                    return Err(self.report(
                        Diagnostic::error("round() needs an int ndigits, not float")
                            .at(ndigits.span.clone(), "a float")
                            .note("CPython raises TypeError: 'float' object cannot be interpreted as an integer"),
                    ));
                }
                if x.ty.is_float() {
                    let args = vec![cast(x, Scalar::F64), cast(ndigits, Scalar::F64)];
                    Ok(math::typed_call(&math_table::ROUND_NDIGITS, args, span))
                } else {
                    self.round_int(x, ndigits, span)
                }
            }
            "pow" if n == 2 => {
                let (b, e) = (args.next().expect(COUNTED), args.next().expect(COUNTED));
                self.check_binary(ast::Operator::Pow, b, e, span)
            }
            "pow" if n == 3 => {
                let args: Vec<TExpr> = args.collect();
                if let Some(f) = args.iter().find(|a| a.ty.is_float()) {
                    return Err(self.report(
                        Diagnostic::error("pow() with a modulus needs int arguments, not float")
                            .at(f.span.clone(), "a float")
                            .note("CPython raises TypeError: pow() 3rd argument not allowed unless all arguments are integers"),
                    ));
                }
                // CPython's modular power (a negative exponent: of the
                // inverse) in the runtime, with its ValueErrors; a uint64
                // argument keeps its bits, flagged unsigned, and a uint64
                // modulus makes the result (in [0, m)) a uint64.
                let u64 = Scalar::U64;
                let flags: i128 = args.iter().enumerate().map(|(i, a)| i128::from(a.ty == u64) << i).sum();
                let ty = if flags & 4 != 0 { u64 } else { Scalar::I64 };
                let mut args: Vec<TExpr> = args.into_iter().map(crate::sema::numbers::math::int64_bits).collect();
                args.push(TExpr {
                    ty: Scalar::I64,
                    kind: TExprKind::Const(ConstValue::Int(flags)),
                    span: span.clone(),
                });
                let kind = TExprKind::Runtime(crate::abi::runtime::POWMOD_FN, args);
                let call = TExpr { ty: Scalar::I64, kind, span: span.clone() };
                if ty == u64 {
                    return Ok(TExpr { ty, kind: TExprKind::WrapCast(Box::new(call)), span });
                }
                Ok(TExpr { span, ..call })
            }
            "abs" | "float" | "bool" | "int" => arity(self, "exactly one argument"),
            "min" | "max" => arity(self, "at least two arguments (one iterable is not supported)"),
            "round" => arity(self, "one or two arguments"),
            _ => arity(self, "two or three arguments"),
        }
    }

    /// `min`/`max` of a uint64 and signed ints: compared by value as
    /// CPython does (the unified int64 would put 2**63 below -1), the one
    /// chosen as int64 bits, as other mixed uint64 arithmetic. Each operand
    /// is its bits and whether it is a uint64 past int64 (above every
    /// other); computed once, the first of equal ones kept.
    fn mixed_sign_min_max(&mut self, min: bool, args: Vec<TExpr>, span: Range<usize>) -> TExpr {
        let u64 = Scalar::U64;
        let mark = self.lets.len();
        let node = |ty, kind| TExpr { ty, kind, span: span.clone() };
        let mut best: Option<(TExpr, TExpr)> = None;
        for x in args {
            let x = self.share(x);
            let high = if x.ty == u64 {
                let max = node(u64, TExprKind::Const(ConstValue::Int(i128::from(i64::MAX))));
                node(Scalar::Bool, TExprKind::Compare(CmpOp::Gt, Box::new(x.clone()), Box::new(max)))
            } else {
                node(Scalar::Bool, TExprKind::Const(ConstValue::Bool(false)))
            };
            let (bits, high) = (self.share(crate::sema::numbers::math::int64_bits(x)), self.share(high));
            let Some((b_bits, b_high)) = best.take() else {
                best = Some((bits, high));
                continue;
            };
            let op = if min { CmpOp::Lt } else { CmpOp::Gt };
            let same =
                node(Scalar::Bool, TExprKind::Compare(CmpOp::Eq, Box::new(high.clone()), Box::new(b_high.clone())));
            let by_bits = node(Scalar::Bool, TExprKind::Compare(op, Box::new(bits.clone()), Box::new(b_bits.clone())));
            // Of a high and a low operand, min takes the low, max the high.
            let by_high = if min { b_high.clone() } else { high.clone() };
            let better =
                self.share(node(Scalar::Bool, TExprKind::IfExp(Box::new(same), Box::new(by_bits), Box::new(by_high))));
            let pick =
                |a: TExpr, b: TExpr| node(a.ty, TExprKind::IfExp(Box::new(better.clone()), Box::new(a), Box::new(b)));
            let (bits, high) = (pick(bits, b_bits), pick(high, b_high));
            best = Some((self.share(bits), self.share(high)));
        }
        let (bits, _) = best.expect("min/max of two or more");
        self.wrap_lets(mark, TExpr { span, ..bits })
    }

    /// `float('inf')`, `float('nan')`, `float('1.5')`: the number CPython
    /// parses; a string it cannot parse raises ValueError there, an error here.
    pub(in crate::sema) fn float_of_str(&mut self, text: &str, at: Range<usize>, span: Range<usize>) -> Checked<TExpr> {
        match crate::syntax::parse::float_of_str(text) {
            Some(v) => self.check_constant(ConstValue::Float(v), span),
            None => {
                // Python's repr of the string (quotes as CPython picks them).
                let repr = if text.contains('\'') && !text.contains('"') {
                    format!("\"{text}\"")
                } else {
                    format!("'{text}'")
                };
                Err(self.report(
                    Diagnostic::error(format!("float() of {repr}, which is not a number"))
                        .at(at, "not a float literal")
                        .note(format!("CPython raises ValueError: could not convert string to float: {repr}")),
                ))
            }
        }
    }

    /// `round(x, ndigits)` of an int (int.__round__): x itself for
    /// ndigits >= 0, else x rounded half to even to a multiple of
    /// p = 10**-ndigits: q = x // p and r = x % p (0 <= r < p), one more p
    /// when 2r > p or 2r == p with q odd. For int64, p is one of 18
    /// constants (a select chain); from ndigits = -20 on every x rounds to
    /// 0, and at -19 only |x| > 5 * 10**18 rounds away, to +-10**19. Results
    /// past int64 wrap like other int arithmetic (ring arithmetic keeps the
    /// wrapped value exact). A constant ndigits folds away.
    pub(in crate::sema) fn round_int(&mut self, x: TExpr, ndigits: TExpr, span: Range<usize>) -> Checked<TExpr> {
        // x, ndigits and the intermediate values are read several times:
        // each computed once, shared.
        let x = self.share(cast(x, Scalar::I64));
        let n = self.share(cast(ndigits, Scalar::I64));
        let sp = span.clone();
        let int =
            move |v: i128| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: sp.clone() };
        let cmp = |op: CmpOp, a: &TExpr, b: TExpr| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(a.clone()), Box::new(b)),
            span: span.clone(),
        };
        let pick = |c: TExpr, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::I64,
            kind: TExprKind::IfExp(Box::new(c), Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        // 10**19 wraps to 10**19 - 2**64 in int64.
        let wrapped = 10i128.pow(19) - (1i128 << 64);
        let mut p = int(1);
        for k in (1..=18u32).rev() {
            p = pick(cmp(CmpOp::Eq, &n, int(-(k as i128))), int(10i128.pow(k)), p);
        }
        let p = self.share(p);
        let q = self.check_binary(ast::Operator::FloorDiv, x.clone(), p.clone(), span.clone())?;
        let q = self.share(q);
        let r = self.check_binary(ast::Operator::Mod, x.clone(), p.clone(), span.clone())?;
        let r = self.share(r);
        let twice = self.check_binary(ast::Operator::Add, r.clone(), r, span.clone())?;
        let twice = self.share(twice);
        let above = cmp(CmpOp::Gt, &twice, p.clone());
        let tie = cmp(CmpOp::Eq, &twice, p.clone());
        let low_bit = self.check_binary(ast::Operator::BitAnd, q.clone(), int(1), span.clone())?;
        let odd = cmp(CmpOp::Eq, &low_bit, int(1));
        let tie_odd =
            TExpr { ty: Scalar::Bool, kind: TExprKind::And(Box::new(tie), Box::new(odd)), span: span.clone() };
        let up =
            TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(above), Box::new(tie_odd)), span: span.clone() };
        let base = self.check_binary(ast::Operator::Mult, q, p.clone(), span.clone())?;
        let rounded = self.check_binary(ast::Operator::Add, base, pick(up, p, int(0)), span.clone())?;
        let half = 5 * 10i128.pow(18);
        let at_19 = pick(
            cmp(CmpOp::Gt, &x, int(half)),
            int(wrapped),
            pick(cmp(CmpOp::Lt, &x, int(-half)), int(-wrapped), int(0)),
        );
        let negative = pick(cmp(CmpOp::Lt, &n, int(-19)), int(0), pick(cmp(CmpOp::Eq, &n, int(-19)), at_19, rounded));
        Ok(pick(cmp(CmpOp::Ge, &n, int(0)), x, negative))
    }

    /// A call to a function of this file: its specialization for these
    /// argument types (bools and narrow ints keep their types, as numba).
    /// A tuple argument is passed as its elements.
    pub(in crate::sema) fn file_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<(String, Option<Ty>, Vec<TExpr>)> {
        let positional = self.positional_args(name, c, &span)?;
        let passing = std::mem::replace(&mut self.passing_args, true);
        let vals = self.in_order(&positional, Self::passed_value);
        self.passing_args = passing;
        let vals = vals?;
        // A str argument is its object's address; the callee's parameter
        // is a str (numba's unicode_type), alive for the caller's call.
        let strs: Vec<bool> = positional.iter().map(|e| self.is_passed_str(e)).collect();
        if let Some(k) = vals.iter().position(|v| matches!(v, Val::List(l) if self.nested(&l.name))) {
            self.unsupported(range(&positional[k]), "passing a list of lists to a function is")?;
            return None;
        }
        let sets: Vec<Option<Ty>> = positional.iter().map(|e| self.passed_set_ty(e)).collect();
        let types: Vec<Ty> = vals
            .iter()
            .zip(&strs)
            .zip(sets)
            .map(|((v, &s), set)| if s { Ty::Str } else { set.unwrap_or_else(|| self.arg_ty(v)) })
            .collect();
        let passed: Vec<(usize, String)> = vals
            .iter()
            .enumerate()
            .flat_map(|(j, a)| match a {
                Val::Array(r) => vec![(j, r.name.clone())],
                Val::Tuple(xs) => xs
                    .iter()
                    .filter_map(|x| match x {
                        Val::Array(r) => Some((j, r.name.clone())),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        let lists_passed = self.passed_array_lists(&vals);
        let unknown = self.unknown_lists(&vals);
        let args: Vec<TExpr> = vals.into_iter().flat_map(|a| a.flat(&span)).collect();
        let clashed = |e: &Expr| forward::names_in(e).iter().any(|n| self.clashes.contains(n));
        if positional.iter().any(clashed) {
            // A name whose kinds clashed is split and the function typed
            // again (webs.rs): a helper typed now would see the whole
            // name's kind and fail for a call the split body never makes.
            self.callee_failed = true;
            return None;
        }
        let requested = match self.specs.request(name, &types, span.clone()) {
            Ok((symbol, _)) if self.specs.returns_tolist(&symbol) => {
                self.specs.request_as(name, &format!("{name}.list"), &types, span.clone())
            }
            other => other,
        };
        match requested {
            Ok((symbol, _)) if self.specs.returns_tolist(&symbol) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns `a.tolist()` or a tuple holding None or a str; calling it from the file is not supported yet"))
                        .at(span, "this call")
                        .note("only the exported function's caller in Python gets its list; call a helper that returns the array instead"),
                );
                None
            }
            Ok((symbol, ret)) => {
                let filled = self.specs.filled(&symbol);
                self.learn_filled(&unknown, filled, &positional);
                // An array the callee stores into (or may: one still being
                // typed, in a recursion) needs a writable buffer here too.
                let written = self.specs.written(&symbol);
                for (j, array) in passed.into_iter().chain(lists_passed) {
                    if written.as_ref().is_none_or(|w| w.contains(&j)) {
                        self.mark_written(&array);
                        self.no_read_only(&array, "passing an array to a function that stores into it", &span)?;
                    }
                }
                Some((symbol, ret, args))
            }
            Err(Some(d)) => {
                self.errors.push(d);
                None
            }
            Err(None) => {
                self.callee_failed = true;
                None
            }
        }
    }

    /// A str passed to a file function (not a list or tuple of strs).
    pub(in crate::sema) fn is_passed_str(&self, e: &Expr) -> bool {
        self.is_str_expr(e) && !self.is_strlist_expr(e)
    }

    /// An argument of a call to a file function: a str as its address.
    pub(in crate::sema) fn passed_value(&mut self, e: &Expr) -> Option<Val> {
        if self.is_passed_str(e) {
            return self.str_value(e).map(Val::Scalar);
        }
        if self.is_set_expr(e) {
            return self.passed_set(e).map(Val::Scalar);
        }
        self.value(e)
    }

    /// The arguments of a call to the file function `name` in parameter
    /// order: a keyword argument in its parameter's place, and a parameter
    /// left out before one given by keyword filled with its default (a
    /// constant, so it means the same at the call site). CPython's
    /// TypeErrors for a bad call are diagnostics.
    pub(in crate::sema) fn positional_args(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: &Range<usize>,
    ) -> Option<Vec<Expr>> {
        if c.keywords.is_empty() {
            return Some(c.args.clone());
        }
        let def = self.globals.functions.get(name)?;
        if def.args.vararg.is_some() || def.args.kwarg.is_some() || !def.args.kwonlyargs.is_empty() {
            return self
                .unsupported(
                    span.clone(),
                    "keyword arguments to a function with `*args`, `**kwargs` or keyword-only parameters are",
                )
                .map(|_| Vec::new());
        }
        let params: Vec<&ast::ArgWithDefault> = def.args.posonlyargs.iter().chain(&def.args.args).collect();
        let named = def.args.posonlyargs.len();
        let mut slots: Vec<Option<Expr>> = vec![None; params.len().max(c.args.len())];
        c.args.iter().enumerate().for_each(|(i, a)| slots[i] = Some(a.clone()));
        let fail = |this: &mut Self, at: Range<usize>, msg: String| {
            this.errors.push(
                Diagnostic::error(format!("bad call to `{name}`: {msg}"))
                    .at(at, "here")
                    .note(format!("CPython raises TypeError: {name}() {msg}")),
            );
            None
        };
        let (mut last, mut ordered) = (0, true);
        for k in &c.keywords {
            let Some(id) = &k.arg else {
                return self.unsupported(range(&k.value), "`**` arguments in calls are").map(|_| Vec::new());
            };
            let Some(j) = params.iter().skip(named).position(|p| p.def.arg.as_str() == id.as_str()).map(|j| j + named)
            else {
                let msg = if params[..named].iter().any(|p| p.def.arg.as_str() == id.as_str()) {
                    format!("got some positional-only arguments passed as keyword arguments: '{id}'")
                } else {
                    format!("got an unexpected keyword argument '{id}'")
                };
                return fail(self, range(&k.value), msg);
            };
            if slots[j].is_some() {
                return fail(self, range(&k.value), format!("got multiple values for argument '{id}'"));
            }
            ordered &= j >= last;
            last = j;
            slots[j] = Some(k.value.clone());
        }
        // CPython evaluates keyword arguments in source order: reordering
        // them is only safe when none of them can have an effect.
        if !ordered && !c.keywords.iter().all(|k| is_pure(&k.value)) {
            return self
                .unsupported(span.clone(), "keyword arguments with calls, out of parameter order, are")
                .map(|_| Vec::new());
        }
        let end = slots.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
        for (j, slot) in slots.iter_mut().enumerate().take(end) {
            if slot.is_some() {
                continue;
            }
            let p = params[j];
            match p.default.as_deref() {
                Some(d) if crate::syntax::parse::fold_constant(d, &self.globals.constants).is_some() => {
                    *slot = Some(d.clone());
                }
                Some(d) => {
                    return self
                        .unsupported(
                            range(d),
                            "a default that is not a number constant, left out before a keyword argument, is",
                        )
                        .map(|_| Vec::new());
                }
                None => {
                    let msg = format!("missing 1 required positional argument: '{}'", p.def.arg);
                    return fail(self, span.clone(), msg);
                }
            }
        }
        Some(slots.into_iter().take(end).flatten().collect())
    }
}
