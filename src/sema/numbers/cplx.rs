//! Typing of complex numbers (`c16`, `c8`, `1j`, `complex(a, b)`).
//!
//! A complex value is carried as two float expressions, its real and
//! imaginary parts, as a tuple is carried as its elements: a complex
//! variable `z` is the variables `z.0` and `z.1`, and kernel parameters and
//! results are flattened. Arithmetic follows CPython 3.11's complexobject.c:
//! a real operand first becomes `complex(x, 0.0)` (which matters for signed
//! zeros), `+ - *` are `_Py_c_sum/_Py_c_diff/_Py_c_prod` written out in
//! float64 operations, `/`, `**` and `abs` call the runtime's copies of
//! `_Py_c_quot`, `complex_pow` and `_Py_c_abs` (src/wrap/pymath.c). complex64
//! computes in float64 and rounds each part to float32 after every
//! operation, as `f4` does. The cmath functions call the runtime's copies of
//! cmathmodule.c, once per part, each followed by CPython's errno check.
//!
//! A part expression that would be read twice (operands of `* / **` and of
//! cmath calls) is shared through `Typer::share`, so nesting stays linear.

use crate::sema::*;

/// A complex value's parts, both of one float type.
pub(in crate::sema) type Parts = (TExpr, TExpr);

const F32: Scalar = Scalar::Float { bits: 32 };

fn fconst(v: f64, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::F64, kind: TExprKind::Const(ConstValue::Float(v)), span: span.clone() }
}

fn f64op(op: BinOp, a: TExpr, b: TExpr, span: &Range<usize>) -> TExpr {
    TExpr {
        ty: Scalar::F64,
        kind: TExprKind::Binary(op, Box::new(cast(a, Scalar::F64)), Box::new(cast(b, Scalar::F64))),
        span: span.clone(),
    }
}

fn neg(a: TExpr) -> TExpr {
    let span = a.span.clone();
    TExpr { ty: a.ty, kind: TExprKind::Neg(Box::new(a)), span }
}

fn helper(f: &'static MathFn, args: Vec<TExpr>, span: &Range<usize>) -> TExpr {
    TExpr {
        ty: Scalar::F64,
        kind: TExprKind::Math(f, args.into_iter().map(|a| cast(a, Scalar::F64)).collect()),
        span: span.clone(),
    }
}

/// The float type of a complex's parts when `a` and `b` meet: complex128
/// unless both are complex64 (numba: float32 with complex64 stays complex64).
fn part_ty(a: Scalar, b: Scalar) -> Scalar {
    if a == F32 && b == F32 {
        F32
    } else {
        Scalar::F64
    }
}

/// `z == w` on parts: CPython's complex_richcompare (a real operand is
/// compared as complex(x, 0.0); ints as float64, pycc's documented rule).
/// Both parts' comparisons run (`&`, not `and`): CPython computes both
/// operands whole first, so an imaginary part that raises
/// (`complex(0.0, math.sin(inf))`) raises though the real parts differ
/// (exprtree seed 266).
fn equal(a: Parts, b: Parts, span: &Range<usize>) -> TExpr {
    let cmp = |x: TExpr, y: TExpr| TExpr {
        ty: Scalar::Bool,
        kind: TExprKind::Compare(CmpOp::Eq, Box::new(cast(x, Scalar::F64)), Box::new(cast(y, Scalar::F64))),
        span: span.clone(),
    };
    TExpr {
        ty: Scalar::Bool,
        kind: TExprKind::Binary(BinOp::BitAnd, Box::new(cmp(a.0, b.0)), Box::new(cmp(a.1, b.1))),
        span: span.clone(),
    }
}

/// `e` inside a Let of `binds` (itself when there are none).
pub(in crate::sema) fn let_in(binds: Vec<(Var, TExpr)>, e: TExpr) -> TExpr {
    if binds.is_empty() {
        return e;
    }
    TExpr { ty: e.ty, span: e.span.clone(), kind: TExprKind::Let(binds, Box::new(e)) }
}

/// complex_bool: either part nonzero.
pub(in crate::sema) fn truth_of(z: Parts, span: &Range<usize>) -> TExpr {
    TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(truth(z.0)), Box::new(truth(z.1))), span: span.clone() }
}

const CMATH_NOTE: &str = "pycc compiles cmath.sqrt, exp, log (one or two arguments), log10, the trigonometric and hyperbolic functions and their inverses, rect, phase, polar, isnan, isinf, isfinite, isclose and the constants pi, e, tau, inf, nan, infj, nanj";

const COMPLEX_NOTE: &str = "complex numbers support + - * / **, unary - and +, == and !=, abs(), bool(), .real, .imag, .conjugate(), complex(re, im)";

impl<'a> Typer<'a> {
    /// Whether `e` is complex-valued, from its shape and the complex
    /// variables known so far (a file function returning complex counts
    /// only when assigned first).
    pub(in crate::sema) fn is_complex(&self, e: &Expr) -> bool {
        // An array expression with complex elements is an array, not a
        // number. Asked once at the top of an operator chain: when `l op r`
        // is not an array expression, neither operand is array-like, so no
        // operator below it is one either (asking at every level made long
        // chains cubic to type).
        if matches!(e, Expr::BinOp(_) | Expr::UnaryOp(_)) && self.is_array_expr(e) {
            return false;
        }
        self.is_complex_number(e)
    }

    fn is_complex_number(&self, e: &Expr) -> bool {
        match e {
            Expr::Constant(c) => matches!(c.value, ast::Constant::Complex { .. }),
            Expr::Name(n) => {
                self.complex.contains(n.id.as_str())
                    || self.complex_constant(n.id.as_str()).is_some()
                    || matches!(self.cmath_name(e).as_deref(), Some("infj" | "nanj"))
            }
            Expr::Attribute(_) => matches!(self.cmath_name(e).as_deref(), Some("infj" | "nanj")),
            Expr::BinOp(b) => self.is_complex_number(&b.left) || self.is_complex_number(&b.right),
            Expr::UnaryOp(u) => {
                matches!(u.op, ast::UnaryOp::USub | ast::UnaryOp::UAdd) && self.is_complex_number(&u.operand)
            }
            Expr::Call(_) if self.is_complex_reduction(e) => true,
            Expr::Call(c) if self.cmath_name(&c.func).is_some() => {
                self.cmath_name(&c.func).is_some_and(|f| math_table::CMATH_FUNCTIONS.iter().any(|g| g.name == f))
            }
            Expr::Call(c) => match c.func.as_ref() {
                Expr::Name(n) => {
                    n.id.as_str() == "complex"
                        && !self.types.contains_key("complex")
                        && !self.complex.contains("complex")
                        && !self.globals.functions.contains_key("complex")
                }
                // np.conj(z), np.exp(z), ... of a complex number.
                Expr::Attribute(a) if self.numpy_module_of(&a.value) && cx_binary_ufunc(a.attr.as_str()).is_some() => {
                    self.cx_binary_operands(c)
                }
                Expr::Attribute(a) if self.numpy_module_of(&a.value) => {
                    (matches!(a.attr.as_str(), "conj" | "conjugate")
                        || crate::sema::cxarrays::cx_ufunc(a.attr.as_str()).is_some())
                        && c.args.len() == 1
                        && c.keywords.is_empty()
                        && !self.is_array_like(&c.args[0])
                        && self.is_complex(&c.args[0])
                }
                Expr::Attribute(a) => a.attr.as_str() == "conjugate" && self.is_complex(&a.value),
                _ => false,
            },
            Expr::IfExp(i) => self.is_complex(&i.body) || self.is_complex(&i.orelse),
            Expr::Subscript(_) => self.complex_element(e).is_some() || self.complex_array_element(e),
            _ => false,
        }
    }

    /// `t[i]` with a constant `i` (negative from the end) naming a complex
    /// element of the tuple variable `t`: that element's name.
    fn complex_element(&self, e: &Expr) -> Option<String> {
        let Expr::Subscript(s) = e else { return None };
        let Expr::Name(n) = s.value.as_ref() else { return None };
        let len = *self.arity.get(n.id.as_str())? as i128;
        let i = match literal_value(&s.slice)? {
            ConstValue::Int(i) => i,
            ConstValue::Bool(b) => b as i128,
            ConstValue::Float(_) => return None,
        };
        let j = if i < 0 { i + len } else { i };
        let name = element_name(n.id.as_str(), usize::try_from(j).ok()?);
        self.complex.contains(&name).then_some(name)
    }

    /// The cmath name `e` denotes: `cmath.f` (any alias of the module) or a
    /// name imported `from cmath`, unless a local shadows it.
    pub(in crate::sema) fn cmath_name(&self, e: &Expr) -> Option<String> {
        let local = |t: &Self, n: &str| {
            t.types.contains_key(n) || t.complex.contains(n) || t.arity.contains_key(n) || t.arrays.contains_key(n)
        };
        match e {
            Expr::Attribute(a) => match a.value.as_ref() {
                Expr::Name(m)
                    if !local(self, m.id.as_str())
                        && self.globals.modules.get(m.id.as_str()).map(String::as_str) == Some("cmath") =>
                {
                    Some(a.attr.to_string())
                }
                _ => None,
            },
            Expr::Name(n) if !local(self, n.id.as_str()) => match self.globals.from_imports.get(n.id.as_str()) {
                Some((module, name)) if module == "cmath" => Some(name.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The module-level complex constant `name`, unless a local shadows it.
    fn complex_constant(&self, name: &str) -> Option<&'a Expr> {
        let globals: &'a Globals = self.globals;
        if self.types.contains_key(name)
            || self.complex.contains(name)
            || self.arity.contains_key(name)
            || self.arrays.contains_key(name)
        {
            return None;
        }
        globals.complex_constants.get(name)
    }

    /// A real expression as complex(x, 0.0).
    pub(in crate::sema) fn real_to_complex(&self, x: TExpr) -> Parts {
        let pt = if x.ty == F32 { F32 } else { Scalar::F64 };
        let zero = cast(fconst(0.0, &x.span), pt);
        (cast(x, pt), zero)
    }

    /// `check_cexpr` for the helpers of the `Option` convention.
    pub(in crate::sema) fn cexpr(&mut self, e: &Expr) -> Option<Parts> {
        self.check_cexpr(e).ok()
    }

    /// The parts of any numeric expression (a real one becomes complex).
    pub(in crate::sema) fn check_cexpr(&mut self, e: &Expr) -> Checked<Parts> {
        let span = range(e);
        if !self.is_complex(e) {
            let x = self.check_expr(e)?;
            return Ok(self.real_to_complex(x));
        }
        if let Some(name) = self.cmath_name(e) {
            // cmathmodule.c: infj = complex(0.0, inf), nanj = complex(0.0, nan).
            let imag = if name == "infj" { f64::INFINITY } else { f64::NAN };
            return Ok((fconst(0.0, &span), fconst(imag, &span)));
        }
        match e {
            Expr::Constant(c) => {
                let ast::Constant::Complex { real, imag } = c.value else { unreachable!("is_complex") };
                Ok((fconst(real, &span), fconst(imag, &span)))
            }
            // A module constant: its expression, typed here (all literals).
            Expr::Name(n) if !self.complex.contains(n.id.as_str()) => {
                self.check_cexpr(self.complex_constant(n.id.as_str()).expect("is_complex"))
            }
            Expr::Name(n) => Ok(self.stored_parts(n.id.as_str(), &span)),
            Expr::BinOp(b) => {
                let l = self.check_cexpr(&b.left);
                let mark = self.lets.len();
                let r = self.check_cexpr(&b.right);
                // The right operand's shared values run before the statement:
                // the left one's parts are shared before them, so that its
                // exception comes first (`math.cos(a) * (0.0 ** -1e-05 * z)`,
                // exprtree seed 116).
                let l = match l {
                    Ok((re, im)) if self.lets.len() > mark => {
                        let before = self.lets.len();
                        let re = self.share_at(mark, re);
                        let im = self.share_at(mark + self.lets.len() - before, im);
                        Ok((re, im))
                    }
                    l => l,
                };
                self.cbinary(b.op, l?, r?, span)
            }
            Expr::UnaryOp(u) => {
                let (re, im) = self.check_cexpr(&u.operand)?;
                match u.op {
                    ast::UnaryOp::USub => Ok((neg(re), neg(im))),
                    _ => Ok((re, im)),
                }
            }
            Expr::Subscript(_) if self.complex_element(e).is_none() => {
                let z = self.complex_array_load(e);
                self.checked(z, &span)
            }
            Expr::Subscript(_) => {
                let name = self.complex_element(e).expect("is_complex");
                Ok(self.stored_parts(&name, &span))
            }
            Expr::IfExp(i) => self.cx_ifexp(i, span),
            Expr::Call(c) if self.is_complex_reduction(e) => {
                bridge!(self, &span, self.complex_reduction(c, span.clone()))
            }
            Expr::Call(c) => self.cx_call(c, span),
            _ => unreachable!("is_complex"),
        }
    }

    /// The parts of a complex stored as two variables (a name's, or an
    /// unrolled tuple element's).
    fn stored_parts(&mut self, name: &str, span: &Range<usize>) -> Parts {
        let mut part = |j| {
            let name = element_name(name, j);
            let var = self.var(&name);
            let ty = self.types.get(&name).copied().unwrap_or(self.vars[var].ty);
            TExpr { ty, kind: TExprKind::Var(var), span: span.clone() }
        };
        (part(0), part(1))
    }

    /// `a if c else b` of complex arms.
    fn cx_ifexp(&mut self, i: &ast::ExprIfExp, span: Range<usize>) -> Checked<Parts> {
        let cond = self.check_condition(&i.test).map(|c| self.share(c));
        // Each arm's shared values stay inside the arm, which then
        // computes them once per part it gives.
        let mark = self.lets.len();
        let then = self.check_cexpr(&i.body);
        let then_lets = self.lets.split_off(mark);
        let orelse = self.check_cexpr(&i.orelse);
        let else_lets = self.lets.split_off(mark);
        let (cond, (tr, ti), (er, ei)) = (cond?, then?, orelse?);
        let pt = part_ty(tr.ty, er.ty);
        let pick = |a: TExpr, b: TExpr| {
            let (a, b) = (let_in(then_lets.clone(), cast(a, pt)), let_in(else_lets.clone(), cast(b, pt)));
            TExpr {
                ty: pt,
                kind: TExprKind::IfExp(Box::new(cond.clone()), Box::new(a), Box::new(b)),
                span: span.clone(),
            }
        };
        let (re, im) = (pick(tr, er), pick(ti, ei));
        Ok((self.share(re), self.share(im)))
    }

    /// A call that gives a complex: cmath's functions, numpy's complex
    /// ufuncs, conjugates and `complex(re, im)`.
    fn cx_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Checked<Parts> {
        if !c.keywords.is_empty() {
            return Err(self.not_supported(span, "keyword arguments in calls are"));
        }
        if let Some(name) = self.cmath_name(&c.func) {
            return self.cmath_call(&name, &c.args, span);
        }
        if let Expr::Attribute(a) = c.func.as_ref() {
            if let Some(k) = cx_binary_ufunc(a.attr.as_str()).filter(|_| self.numpy_module_of(&a.value)) {
                return self.cx_scalar_binary_call(k, &c.args, span);
            }
            if let Some(k) = crate::sema::cxarrays::cx_ufunc(a.attr.as_str()).filter(|_| self.numpy_module_of(&a.value))
            {
                return self.cx_scalar_ufunc_call(k, &c.args[0], span);
            }
            if self.numpy_module_of(&a.value) {
                // np.conj(z): the imaginary part negated.
                let (re, im) = self.check_cexpr(&c.args[0])?;
                return Ok((re, neg(im)));
            }
            // complex.conjugate: the imaginary part negated.
            if !c.args.is_empty() {
                return Err(self.report(Diagnostic::error("conjugate() takes no arguments").at(span, "here")));
            }
            let (re, im) = self.check_cexpr(&a.value)?;
            return Ok((re, neg(im)));
        }
        self.complex_call(&c.args, span)
    }

    /// `np.exp(z)` of a complex number: numpy's own ufunc called through
    /// the runtime on the Python complex (its complex loops, not cmath's,
    /// decide the bits), the complex128 it returns split into parts.
    fn cx_scalar_ufunc_call(&mut self, k: usize, arg: &Expr, span: Range<usize>) -> Checked<Parts> {
        let (re, im) = self.check_cexpr(arg)?;
        if re.ty == (Scalar::Float { bits: 32 }) {
            // numpy keeps complex64 there; the runtime passes a Python complex.
            return Err(self.not_supported(span, "numpy's ufuncs of a complex64 number are"));
        }
        let p = Scalar::F64;
        let arg = NpArg::Complex(cast(re, p), cast(im, p));
        Ok(self.complex_np_value(NpFunc::Op(k), vec![arg], p, span))
    }

    /// Two numbers, one of them complex, as a two-operand ufunc's positional
    /// arguments (`np.power(z, x)`; of an array it is an array operation).
    fn cx_binary_operands(&self, c: &ast::ExprCall) -> bool {
        c.args.len() == 2
            && c.keywords.is_empty()
            && !c.args.iter().any(|a| self.is_array_like(a))
            && c.args.iter().any(|a| self.is_complex(a))
    }

    /// `np.power(z, x)`, `np.add(z, w)`, ... of complex numbers: numpy's
    /// ufunc called through the runtime on the Python complex numbers (a
    /// real operand as complex, the same complex128 loop numpy picks).
    fn cx_scalar_binary_call(&mut self, k: usize, args: &[Expr], span: Range<usize>) -> Checked<Parts> {
        let mut passed = Vec::new();
        for a in args {
            let (re, im) = self.check_cexpr(a)?;
            if re.ty == F32 && self.is_complex(a) {
                return Err(self.not_supported(span, "numpy's ufuncs of a complex64 number are"));
            }
            passed.push(NpArg::Complex(cast(re, Scalar::F64), cast(im, Scalar::F64)));
        }
        Ok(self.complex_np_value(NpFunc::Op(k), passed, Scalar::F64, span))
    }

    /// A complex-valued cmath function (math_table::CMATH_FUNCTIONS): a
    /// real argument is first converted to complex (`rect` takes reals);
    /// one runtime call per part, each followed by CPython's errno check.
    fn cmath_call(&mut self, name: &str, args: &[Expr], span: Range<usize>) -> Checked<Parts> {
        let f = math_table::cmath_function(name, args.len()).expect("is_complex checked the name");
        if f.arity != args.len() {
            let want = if name == "log" {
                "1 to 2 arguments".to_string()
            } else if f.arity == 1 {
                "exactly one argument".to_string()
            } else {
                format!("exactly {} arguments", f.arity)
            };
            return Err(self.report(
                Diagnostic::error(format!("cmath.{name}() takes {want} ({} given)", args.len())).at(span, "here"),
            ));
        }
        let mut parts = Vec::new();
        if name == "rect" {
            let r = self.check_expr(&args[0]);
            let phi = self.check_expr(&args[1]);
            parts.extend([r?, phi?]);
        } else {
            for a in args {
                let (re, im) = self.check_cexpr(a)?;
                parts.extend([re, im]);
            }
        }
        let parts: Vec<TExpr> = parts.into_iter().map(|x| self.share(cast(x, Scalar::F64))).collect();
        let call = |part: f64| {
            let mut xs = parts.clone();
            xs.push(fconst(part, &span));
            helper(f, xs, &span)
        };
        Ok((call(0.0), call(1.0)))
    }

    /// cmath's real-valued functions and constants, and a diagnostic for the
    /// rest of cmath. NotMine: `e` is no such use of cmath.
    fn cmath_scalar(&mut self, e: &Expr) -> Claim<TExpr> {
        let span = range(e);
        let (name, args) = match e {
            Expr::Call(c) => (or_not_mine!(self.cmath_name(&c.func)), Some(c)),
            Expr::Attribute(_) | Expr::Name(_) => (or_not_mine!(self.cmath_name(e)), None),
            _ => return Claim::NotMine,
        };
        let Some(c) = args else {
            return match math_table::constant(&name) {
                Some(v) => Claim::Done(fconst(v, &span)),
                None => {
                    self.errors.push(
                        Diagnostic::error(format!(
                            "`cmath.{name}` is not a constant: only calls of cmath's functions compile"
                        ))
                        .at(span, "not a constant")
                        .note(CMATH_NOTE),
                    );
                    Claim::Failed
                }
            };
        };
        if name == "polar" {
            self.errors.push(
                Diagnostic::error("cmath.polar() returns a tuple, used here as a number")
                    .at(span, "a tuple")
                    .note("unpack it (`r, phi = cmath.polar(z)`), assign it or return it"),
            );
            return Claim::Failed;
        }
        if !math_table::CMATH_REAL.contains(&name.as_str()) {
            // pycc compiles every function of CPython 3.11's cmath.
            self.errors.push(
                Diagnostic::error(format!("cmath has no function `{name}` (AttributeError in Python)"))
                    .at(span, "not in cmath")
                    .note(CMATH_NOTE),
            );
            return Claim::Failed;
        }
        if name == "isclose" {
            return Claim::of(self.cmath_isclose(c, span));
        }
        if !c.keywords.is_empty() {
            self.not_supported(span, "keyword arguments in calls are");
            return Claim::Failed;
        }
        let [arg] = c.args.as_slice() else {
            self.errors.push(
                Diagnostic::error(format!("cmath.{name}() takes exactly one argument ({} given)", c.args.len()))
                    .at(span, "here"),
            );
            return Claim::Failed;
        };
        if name != "phase" {
            return Claim::of(self.complex_predicate(&name, arg, span));
        }
        let Ok((re, im)) = self.check_cexpr(arg) else { return Claim::Failed };
        let (re, im) = (self.share(cast(re, Scalar::F64)), self.share(cast(im, Scalar::F64)));
        Claim::Done(helper(&math_table::CMATH_PHASE, vec![re, im, fconst(0.0, &span)], &span))
    }

    /// `isnan`, `isinf` or `isfinite` of a complex number (cmath's and
    /// numpy's agree): of either part, or for `isfinite` of both.
    pub(in crate::sema) fn complex_predicate(&mut self, name: &str, arg: &Expr, span: Range<usize>) -> Checked<TExpr> {
        let (re, im) = self.check_cexpr(arg)?;
        let (re, im) = (self.share(cast(re, Scalar::F64)), self.share(cast(im, Scalar::F64)));
        let pred = |name: &str, x: TExpr| {
            math::typed_call(math_table::function(name).expect("math predicate"), vec![x], span.clone())
        };
        let (a, b) = (pred(name, re), pred(name, im));
        let kind = if name == "isfinite" {
            TExprKind::And(Box::new(a), Box::new(b))
        } else {
            TExprKind::Or(Box::new(a), Box::new(b))
        };
        Ok(TExpr { ty: Scalar::Bool, kind, span })
    }

    /// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`: the arguments
    /// in the order written, then the runtime's copy of cmath_isclose_impl.
    fn cmath_isclose(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Checked<TExpr> {
        let [a, b] = c.args.as_slice() else {
            return Err(self.report(
                Diagnostic::error(format!(
                    "cmath.isclose() takes exactly 2 positional arguments ({} given)",
                    c.args.len()
                ))
                .at(span, "here"),
            ));
        };
        let pa = self.check_cexpr(a);
        let pb = self.check_cexpr(b);
        let (mut rel, mut abs) = (fconst(1e-09, &span), fconst(0.0, &span));
        for k in &c.keywords {
            let value = self.check_expr(&k.value);
            match k.arg.as_deref() {
                Some("rel_tol") => rel = value?,
                Some("abs_tol") => abs = value?,
                _ => {
                    return Err(self.report(
                        Diagnostic::error("cmath.isclose() takes the keyword arguments rel_tol and abs_tol only")
                            .at(range(k), "here"),
                    ));
                }
            }
        }
        let ((ar, ai), (br, bi)) = (pa?, pb?);
        let mut args: Vec<TExpr> = [ar, ai, br, bi, rel, abs].into_iter().map(|x| cast(x, Scalar::F64)).collect();
        args.push(fconst(0.0, &span));
        let r = helper(&math_table::CMATH_ISCLOSE, args, &span);
        Ok(TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Ne, Box::new(r), Box::new(fconst(0.0, &span))),
            span,
        })
    }

    /// `cmath.polar(z)`: (abs(z), phase(z)), the modulus with cmath's
    /// OverflowError "math range error". Plain atan2 for the angle: _Py_c_abs
    /// runs after it and sets errno itself, so an underflowing angle is no
    /// error here, unlike in cmath.phase.
    pub(in crate::sema) fn cmath_polar(&mut self, e: &Expr) -> Claim<Vec<TExpr>> {
        let Expr::Call(c) = e else { return Claim::NotMine };
        if self.cmath_name(&c.func).as_deref() != Some("polar") {
            return Claim::NotMine;
        }
        let span = range(e);
        if !c.keywords.is_empty() || c.args.len() != 1 {
            self.errors.push(
                Diagnostic::error(format!("cmath.polar() takes exactly one argument ({} given)", c.args.len()))
                    .at(span, "here"),
            );
            return Claim::Failed;
        }
        let Ok((re, im)) = self.check_cexpr(&c.args[0]) else { return Claim::Failed };
        let (re, im) = (self.share(cast(re, Scalar::F64)), self.share(cast(im, Scalar::F64)));
        let r = helper(&math_table::POLAR_ABS, vec![re.clone(), im.clone()], &span);
        let phi = helper(math_table::function("atan2").expect("atan2"), vec![im, re], &span);
        Claim::Done(vec![r, phi])
    }

    /// `complex()`, `complex(x)`, `complex(a, b)`: complex_new's arithmetic,
    /// real = a.real - b.imag, imag = b.real + a.imag, where each correction
    /// applies only to a complex argument (so complex(x, y) of reals is
    /// exactly (x, y), signed zeros kept).
    fn complex_call(&mut self, args: &[Expr], span: Range<usize>) -> Checked<Parts> {
        match args {
            [] => Ok((fconst(0.0, &span), fconst(0.0, &span))),
            [x] => self.check_cexpr(x),
            [a, b] => {
                let (ac, bc) = (self.is_complex(a), self.is_complex(b));
                let pa = self.check_cexpr(a);
                let queued = self.pre.len();
                let pb = self.check_cexpr(b);
                let ((ar, ai), (br, bi)) = (pa?, pb?);
                // A second argument that queues statements (`np.tanh(..)`
                // computed before the statement) gets the first computed
                // before them, in Python's order (exprtree seed 39). Not in
                // a conditional part, where `pre` would run it always.
                let mut first = [ar, ai];
                if self.conditional == 0 {
                    self.all_before_queued(queued, &mut first);
                }
                let [ar, ai] = first;
                let pt = part_ty(ar.ty, br.ty);
                let re = if bc { f64op(BinOp::Sub, ar, bi, &span) } else { ar };
                let im = if ac { f64op(BinOp::Add, br, ai, &span) } else { br };
                Ok((cast(re, pt), cast(im, pt)))
            }
            _ => Err(self.report(
                Diagnostic::error(format!("complex() takes at most 2 arguments ({} given)", args.len()))
                    .at(span, "here"),
            )),
        }
    }

    /// `a op b` with at least one complex operand (both already complex).
    pub(in crate::sema) fn cbinary(
        &mut self,
        op: ast::Operator,
        (ar, ai): Parts,
        (br, bi): Parts,
        span: Range<usize>,
    ) -> Checked<Parts> {
        let pt = part_ty(ar.ty, br.ty);
        // `* / **` read every operand part twice, once per result part.
        let [ar, ai, br, bi] = if matches!(op, ast::Operator::Mult | ast::Operator::Div | ast::Operator::Pow) {
            [ar, ai, br, bi].map(|x| self.share(x))
        } else {
            [ar, ai, br, bi]
        };
        let (re, im) = match op {
            ast::Operator::Add => (f64op(BinOp::Add, ar, br, &span), f64op(BinOp::Add, ai, bi, &span)),
            ast::Operator::Sub => (f64op(BinOp::Sub, ar, br, &span), f64op(BinOp::Sub, ai, bi, &span)),
            ast::Operator::Mult => {
                let re = f64op(
                    BinOp::Sub,
                    f64op(BinOp::Mul, ar.clone(), br.clone(), &span),
                    f64op(BinOp::Mul, ai.clone(), bi.clone(), &span),
                    &span,
                );
                let im = f64op(BinOp::Add, f64op(BinOp::Mul, ar, bi, &span), f64op(BinOp::Mul, ai, br, &span), &span);
                (re, im)
            }
            ast::Operator::Div | ast::Operator::Pow => {
                let f = if op == ast::Operator::Div { &math_table::COMPLEX_QUOT } else { &math_table::COMPLEX_POW };
                let args = |part: f64| vec![ar.clone(), ai.clone(), br.clone(), bi.clone(), fconst(part, &span)];
                (helper(f, args(0.0), &span), helper(f, args(1.0), &span))
            }
            ast::Operator::FloorDiv | ast::Operator::Mod => {
                // CPython: TypeError "can't take floor or mod of complex number."
                return Err(self.report(
                    Diagnostic::error("`//` and `%` are not defined for complex numbers (TypeError in Python)")
                        .at(span, "complex operand")
                        .note(COMPLEX_NOTE),
                ));
            }
            _ => {
                return Err(self.report(
                    Diagnostic::error(
                        "bitwise operators and `@` are not defined for complex numbers (TypeError in Python)",
                    )
                    .at(span, "complex operand")
                    .note(COMPLEX_NOTE),
                ));
            }
        };
        Ok((cast(re, pt), cast(im, pt)))
    }

    /// Scalar-valued uses of complex operands that `expr` hands over:
    /// comparisons, abs(), bool(), `not`, .real, .imag. NotMine: not one
    /// of these (the caller goes on).
    pub(in crate::sema) fn complex_scalar(&mut self, e: &Expr) -> Claim<TExpr> {
        let span = range(e);
        if !self.is_complex(e) {
            let cmath = self.cmath_scalar(e);
            if cmath.is_mine() {
                return cmath;
            }
        }
        match e {
            Expr::Compare(c) if self.is_complex(&c.left) || c.comparators.iter().any(|x| self.is_complex(x)) => {
                // Each operand's parts shared once (a middle operand is read
                // by two comparisons), the values it shares kept apart.
                let mut operands = Vec::new();
                let mut shared = Vec::new();
                for x in std::iter::once(c.left.as_ref()).chain(&c.comparators) {
                    let mark = self.lets.len();
                    operands.push(self.check_cexpr(x).map(|(re, im)| (self.share(re), self.share(im))));
                    shared.push(self.lets.split_off(mark));
                }
                let Ok(operands) = operands.into_iter().collect::<Checked<Vec<Parts>>>() else { return Claim::Failed };
                let mut cmps = Vec::new();
                for (i, op) in c.ops.iter().enumerate() {
                    let eq = equal(operands[i].clone(), operands[i + 1].clone(), &span);
                    cmps.push(match op {
                        ast::CmpOp::Eq => eq,
                        ast::CmpOp::NotEq => TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(eq)), span: span.clone() },
                        _ => {
                            self.errors.push(
                                Diagnostic::error("complex numbers have no order: only `==` and `!=` compare them (TypeError in Python)")
                                    .at(span, "ordering comparison")
                                    .note("compare abs(z), z.real or z.imag instead"),
                            );
                            return Claim::Failed;
                        }
                    });
                }
                // `a == b == c` is `a == b and (b == c)`, nested to the
                // right: operand k+2 is computed only when comparison k held,
                // as in Python, inside the `and` that needs it.
                let mut acc = or_not_mine!(cmps.pop());
                while let Some(cmp) = cmps.pop() {
                    let rest = let_in(std::mem::take(&mut shared[cmps.len() + 2]), acc);
                    acc = TExpr {
                        ty: Scalar::Bool,
                        kind: TExprKind::And(Box::new(cmp), Box::new(rest)),
                        span: span.clone(),
                    };
                }
                let first: Vec<_> = shared.drain(..2).flatten().collect();
                Claim::Done(let_in(first, acc))
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not && self.is_complex(&u.operand) => {
                let z = self.check_cexpr(&u.operand);
                Claim::of(z.map(|z| TExpr {
                    ty: Scalar::Bool,
                    kind: TExprKind::Not(Box::new(truth_of(z, &span))),
                    span: span.clone(),
                }))
            }
            Expr::Attribute(a) if self.is_complex(&a.value) && matches!(a.attr.as_str(), "real" | "imag") => {
                let z = self.check_cexpr(&a.value);
                Claim::of(z.map(|(re, im)| self.complex_part(re, im, a.attr.as_str() == "real", span)))
            }
            Expr::Call(c) if self.numpy_abs_of_complex(c) => Claim::of(self.numpy_complex_abs(&c.args[0], span)),
            Expr::Call(c) if c.args.len() == 1 && c.keywords.is_empty() && self.is_complex(&c.args[0]) => {
                let Expr::Name(n) = c.func.as_ref() else { return Claim::NotMine };
                let name = n.id.as_str();
                if self.types.contains_key(name) || self.globals.functions.contains_key(name) {
                    return Claim::NotMine;
                }
                match name {
                    "abs" => {
                        let z = self.check_cexpr(&c.args[0]);
                        Claim::of(z.map(|(re, im)| {
                            let pt = re.ty;
                            cast(helper(&math_table::COMPLEX_ABS, vec![re, im], &span), pt)
                        }))
                    }
                    "bool" => Claim::of(self.check_cexpr(&c.args[0]).map(|z| truth_of(z, &span))),
                    "int" | "float" | "round" => {
                        self.errors.push(
                            Diagnostic::error(format!("{name}() of a complex number is a TypeError in Python"))
                                .at(span, "complex argument")
                                .note("use z.real, z.imag or abs(z)"),
                        );
                        Claim::Failed
                    }
                    _ => Claim::NotMine,
                }
            }
            _ if self.is_complex(e) => {
                self.errors.push(
                    Diagnostic::error("a complex number is used here where a real number is needed")
                        .at(span, "complex")
                        .note(COMPLEX_NOTE),
                );
                Claim::Failed
            }
            _ => Claim::NotMine,
        }
    }
}

impl Typer<'_> {
    /// `.real` / `.imag` of a complex value's parts: both parts run, in
    /// order, where the expression is (the one not read may raise:
    /// `complex(a / b, 1.0).imag` with b == 0, found by fuzz/programs/exprtree.py).
    fn complex_part(&mut self, re: TExpr, im: TExpr, real: bool, span: Range<usize>) -> TExpr {
        let cheap = |x: &TExpr| matches!(x.kind, TExprKind::Var(_) | TExprKind::Const(_));
        let (part, other) = if real { (re, im) } else { (im, re) };
        if cheap(&other) {
            return TExpr { span, ..part };
        }
        let (pv, ov) = (self.fresh("let", part.ty), self.fresh("let", other.ty));
        let ty = part.ty;
        let binds = if real { vec![(pv, part), (ov, other)] } else { vec![(ov, other), (pv, part)] };
        let body = TExpr { ty, kind: TExprKind::Var(pv), span: span.clone() };
        TExpr { ty, kind: TExprKind::Let(binds, Box::new(body)), span }
    }

    /// Whether `c` is `np.abs(z)` / `np.absolute(z)` of a complex number.
    fn numpy_abs_of_complex(&self, c: &ast::ExprCall) -> bool {
        let Expr::Attribute(f) = c.func.as_ref() else { return false };
        matches!(f.attr.as_str(), "abs" | "absolute")
            && self.numpy_module_of(&f.value)
            && matches!(c.args.as_slice(), [z] if c.keywords.is_empty() && !self.is_array_like(z) && self.is_complex(z))
    }

    /// `np.abs(z)` of a complex number: numpy's absolute loop (its SIMD
    /// formula, not CPython's hypot: they differ in the last bit for about a
    /// third of values), the runtime's `pycc_cx_abs`, float64. numpy's
    /// complex64 loop computes in float32, which the runtime does not repeat.
    fn numpy_complex_abs(&mut self, z: &Expr, span: Range<usize>) -> Checked<TExpr> {
        let (re, im) = self.check_cexpr(z)?;
        if re.ty != Scalar::F64 {
            return Err(self.report(
                Diagnostic::error("numpy.abs() of a complex64 number is not supported yet")
                    .at(span, "complex64")
                    .note("abs(z) computes CPython's value; np.abs(z) of a complex128 number numpy's"),
            ));
        }
        Ok(TExpr { ty: Scalar::F64, kind: TExprKind::Runtime("pycc_cx_abs", vec![re, im]), span })
    }
}

/// The `OPS` index of numpy's two-operand ufunc `name` of complex numbers.
fn cx_binary_ufunc(name: &str) -> Option<usize> {
    let name = if name == "divide" { "true_divide" } else { name };
    let ops = &crate::tir::array::OPS;
    match name {
        "add" | "subtract" | "multiply" | "true_divide" | "power" => {
            ops.iter().position(|op| op.strip_prefix("ufunc.") == Some(name))
        }
        _ => None,
    }
}
