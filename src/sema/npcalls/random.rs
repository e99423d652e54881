//! `np.random.<fn>` and the `random` module's functions in compiled code.
//!
//! pycc's semantics are CPython's, so each call is one call of numpy's own
//! global RandomState (`np.random.normal`, ...) or of Python's own `random`
//! module through the runtime (`NpFunc::Random`, `RANDOMS`): a seed set in
//! Python or in compiled code gives exactly the values CPython gives, and
//! bad arguments raise numpy's (or CPython's) own errors. numba keeps a
//! generator of its own instead; see README. `np.random.random()` without a
//! size is drawn by the runtime straight from the global RandomState's bit
//! generator (no Python call). Scalar results are float64 or int64; a
//! `size=` (or `rand(d0, d1)`'s extents) gives an array of numpy's dtype.

use crate::base::types::Layout;
use crate::sema::optional::is_none;
use crate::sema::*;
use crate::tir::array::RANDOMS;

/// A parameter's default: required, a number, None or True.
#[derive(Clone, Copy)]
enum Def {
    Req,
    F(f64),
    I(i64),
    NoneV,
}

use Def::{NoneV, Req, F, I};

/// A drawing function: its name in its module, its parameters before
/// numpy's `size` (numpy's) or all of them (Python's), and whether it draws
/// ints.
struct Fun {
    name: &'static str,
    params: &'static [(&'static str, Def)],
    int: bool,
}

const fn f(name: &'static str, params: &'static [(&'static str, Def)]) -> Fun {
    Fun { name, params, int: false }
}

const fn i(name: &'static str, params: &'static [(&'static str, Def)]) -> Fun {
    Fun { name, params, int: true }
}

const LOC_SCALE: &[(&str, Def)] = &[("loc", F(0.0)), ("scale", F(1.0))];

/// numpy's legacy RandomState functions that take numbers and `size`
/// (numpy/random/mtrand.pyx), by their canonical name.
const NP_FUNS: &[Fun] = &[
    f("random_sample", &[]),
    f("standard_normal", &[]),
    i("randint", &[("low", Req), ("high", NoneV)]),
    f("uniform", &[("low", F(0.0)), ("high", F(1.0))]),
    f("normal", LOC_SCALE),
    f("exponential", &[("scale", F(1.0))]),
    f("standard_exponential", &[]),
    i("poisson", &[("lam", F(1.0))]),
    i("binomial", &[("n", Req), ("p", Req)]),
    f("beta", &[("a", Req), ("b", Req)]),
    f("gamma", &[("shape", Req), ("scale", F(1.0))]),
    f("standard_gamma", &[("shape", Req)]),
    i("geometric", &[("p", Req)]),
    f("laplace", LOC_SCALE),
    f("logistic", LOC_SCALE),
    f("gumbel", LOC_SCALE),
    f("lognormal", &[("mean", F(0.0)), ("sigma", F(1.0))]),
    f("chisquare", &[("df", Req)]),
    f("pareto", &[("a", Req)]),
    f("rayleigh", &[("scale", F(1.0))]),
    f("triangular", &[("left", Req), ("mode", Req), ("right", Req)]),
    f("weibull", &[("a", Req)]),
    f("power", &[("a", Req)]),
    f("vonmises", &[("mu", Req), ("kappa", Req)]),
    f("wald", &[("mean", Req), ("scale", Req)]),
    f("f", &[("dfnum", Req), ("dfden", Req)]),
    f("standard_cauchy", &[]),
    f("standard_t", &[("df", Req)]),
    i("negative_binomial", &[("n", Req), ("p", Req)]),
    i("hypergeometric", &[("ngood", Req), ("nbad", Req), ("nsample", Req)]),
    i("zipf", &[("a", Req)]),
    i("logseries", &[("p", Req)]),
    f("noncentral_chisquare", &[("df", Req), ("nonc", Req)]),
    f("noncentral_f", &[("dfnum", Req), ("dfden", Req), ("nonc", Req)]),
];

/// Python's `random` functions that take numbers (CPython 3.11's signatures).
const PY_FUNS: &[Fun] = &[
    f("random", &[]),
    i("randint", &[("a", Req), ("b", Req)]),
    i("randrange", &[("start", Req), ("stop", NoneV), ("step", I(1))]),
    i("getrandbits", &[("k", Req)]),
    f("uniform", &[("a", Req), ("b", Req)]),
    f("gauss", &[("mu", F(0.0)), ("sigma", F(1.0))]),
    f("normalvariate", &[("mu", F(0.0)), ("sigma", F(1.0))]),
    f("expovariate", &[("lambd", Req)]),
    f("triangular", &[("low", F(0.0)), ("high", F(1.0)), ("mode", NoneV)]),
    f("betavariate", &[("alpha", Req), ("beta", Req)]),
    f("gammavariate", &[("alpha", Req), ("beta", Req)]),
    f("lognormvariate", &[("mu", Req), ("sigma", Req)]),
    f("vonmisesvariate", &[("mu", Req), ("kappa", Req)]),
    f("paretovariate", &[("alpha", Req)]),
    f("weibullvariate", &[("alpha", Req), ("beta", Req)]),
];

/// numpy's aliases: `random`, `ranf`, `sample` and `rand()` are
/// `random_sample`; `randn()` is `standard_normal`.
fn np_canonical(name: &str) -> &str {
    match name {
        "random" | "ranf" | "sample" | "rand" => "random_sample",
        "randn" => "standard_normal",
        _ => name,
    }
}

/// The runtime function `module.name` (`"random"` for numpy's, `"pyrandom"`).
fn runtime(module: &str, name: &str) -> NpFunc {
    let full = format!("{module}.{name}");
    NpFunc::Random(RANDOMS.iter().position(|n| *n == full).expect("RANDOMS lists every drawing function"))
}

/// Which module a random call goes to.
#[derive(Clone, Copy, PartialEq)]
pub(in crate::sema) enum Module {
    Numpy,
    Python,
}

impl Typer<'_> {
    /// The random function `f` names: `np.random.<name>` or `random.<name>`
    /// (`import random`, the name not rebound).
    pub(in crate::sema) fn random_function<'e>(&self, f: &'e Expr) -> Option<(Module, &'e str)> {
        let Expr::Attribute(a) = f else { return None };
        match a.value.as_ref() {
            Expr::Attribute(m) if m.attr.as_str() == "random" && self.numpy_module_of(&m.value) => {
                Some((Module::Numpy, a.attr.as_str()))
            }
            Expr::Name(n)
                if self.globals.modules.get(n.id.as_str()).map(String::as_str) == Some("random")
                    && !self.types.contains_key(n.id.as_str())
                    && !self.arrays.contains_key(n.id.as_str())
                    && !self.arity.contains_key(n.id.as_str()) =>
            {
                Some((Module::Python, a.attr.as_str()))
            }
            _ => None,
        }
    }

    /// The arguments of a call for `params` (then `extra` names, numpy's
    /// `size`), by position or keyword; None after a diagnostic for an
    /// unknown keyword or too many arguments.
    fn random_slots<'e>(
        &mut self,
        what: &str,
        c: &'e ast::ExprCall,
        params: &[&str],
        span: &Range<usize>,
    ) -> Option<Vec<Option<&'e Expr>>> {
        let mut slots: Vec<Option<&Expr>> = vec![None; params.len()];
        if c.args.len() > params.len() {
            self.errors.push(
                Diagnostic::error(format!(
                    "{what}() takes at most {} arguments ({} given)",
                    params.len(),
                    c.args.len()
                ))
                .at(span.clone(), "here"),
            );
            return None;
        }
        for (s, a) in slots.iter_mut().zip(&c.args) {
            *s = Some(a);
        }
        for k in &c.keywords {
            let at = k.arg.as_ref().and_then(|a| params.iter().position(|p| *p == a.as_str()));
            match at {
                Some(j) if slots[j].is_none() => slots[j] = Some(&k.value),
                _ => {
                    let name = k.arg.as_ref().map_or("**", |a| a.as_str());
                    self.errors.push(
                        Diagnostic::error(format!("{what}(): the argument `{name}` is not supported here"))
                            .at(range(k), "not supported")
                            .note(format!("pycc compiles {what}({})", params.join(", "))),
                    );
                    return None;
                }
            }
        }
        Some(slots)
    }

    /// A number argument of a drawing function, bound to a temporary (so
    /// arguments are computed once, in order).
    fn random_number(&mut self, what: &str, e: &Expr) -> Option<NpArg> {
        if is_none(e) {
            return Some(NpArg::Word(None, 0));
        }
        if self.is_array_like(e) || self.is_complex(e) {
            self.errors.push(
                Diagnostic::error(format!("{what}() of an array or complex parameter is not supported yet"))
                    .at(range(e), "not a real number")
                    .note("pass numbers; numpy's broadcasting over parameter arrays is not compiled"),
            );
            return None;
        }
        let v = self.expr(e)?;
        Some(NpArg::Scalar(self.index_temps_value(v)))
    }

    /// The runtime arguments for `params` from `slots`: every parameter up
    /// to the last one given, defaults filled in (numpy and CPython take
    /// them positionally the same).
    fn random_args(
        &mut self,
        what: &str,
        params: &[(&str, Def)],
        slots: &[Option<&Expr>],
        span: &Range<usize>,
    ) -> Option<Vec<NpArg>> {
        let last = slots.iter().take(params.len()).rposition(Option::is_some);
        // Computed in the order of the source (positional, then keywords), as CPython does.
        let mut order: Vec<usize> = (0..params.len()).filter(|&k| slots[k].is_some()).collect();
        order.sort_by_key(|&k| slots[k].map(|e| range(e).start));
        let mut given: Vec<Option<NpArg>> = (0..params.len()).map(|_| None).collect();
        for k in order {
            given[k] = Some(self.random_number(what, slots[k].expect("given"))?);
        }
        let mut args = Vec::new();
        for (k, (name, def)) in params.iter().enumerate() {
            if last.is_none_or(|l| k > l) && !matches!(def, Req) {
                break;
            }
            let sp = span.clone();
            let arg = match (given[k].take(), def) {
                (Some(a), _) => a,
                (None, Req) => {
                    self.errors
                        .push(Diagnostic::error(format!("{what}() missing required argument '{name}'")).at(sp, "here"));
                    return None;
                }
                (None, F(x)) => {
                    NpArg::Scalar(TExpr { ty: Scalar::F64, kind: TExprKind::Const(ConstValue::Float(*x)), span: sp })
                }
                (None, I(x)) => NpArg::Scalar(TExpr {
                    ty: Scalar::I64,
                    kind: TExprKind::Const(ConstValue::Int(*x as i128)),
                    span: sp,
                }),
                (None, NoneV) => NpArg::Word(None, 0),
            };
            args.push(arg);
        }
        Some(args)
    }

    /// The ndim of the array random call `c` makes (a `size=` that is not
    /// None, `rand(d0, ...)`, `choice(a, size)`, `permutation(x)`), from its
    /// form alone; None for a number.
    pub(in crate::sema) fn random_ndim(&self, c: &ast::ExprCall) -> Option<u32> {
        let (Module::Numpy, name) = self.random_function(&c.func)? else { return None };
        let size_at = match np_canonical(name) {
            _ if matches!(name, "rand" | "randn") => return (!c.args.is_empty()).then_some(c.args.len() as u32),
            "permutation" => {
                let x = c.args.first()?;
                return self.expr_ndim(x).or_else(|| (!self.is_array_like(x)).then_some(1));
            }
            "choice" => 1,
            n => NP_FUNS.iter().find(|f| f.name == n)?.params.len(),
        };
        let size = c.args.get(size_at).or_else(|| {
            c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "size")).map(|k| &k.value)
        })?;
        if is_none(size) {
            return None;
        }
        self.shape_len(std::slice::from_ref(size)).filter(|n| (1..=crate::sema::numpy::MAX_NDIM as u32).contains(n))
    }

    /// A random call that makes an array (`random_ndim` gave its ndim).
    pub(in crate::sema) fn random_array(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        let (_, name) = self.random_function(&c.func).expect("callers check");
        let ndim = self.random_ndim(c).expect("callers check");
        let what = format!("numpy.random.{name}");
        let (func, dtype, args) = match np_canonical(name) {
            canon if matches!(name, "rand" | "randn") => {
                self.random_slots(
                    &what,
                    c,
                    &["d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7"][..c.args.len().min(8)],
                    &span,
                )?;
                let mut dims = Vec::new();
                for e in &c.args {
                    dims.push(self.int_arg(e, "an extent")?);
                }
                (runtime("random", canon), Scalar::F64, vec![NpArg::Shape(dims)])
            }
            "permutation" => {
                self.random_slots(&what, c, &["x"], &span)?;
                let x = &c.args[0];
                if self.expr_ndim(x).is_some() {
                    let a = self.npfunc_array_arg(x)?;
                    (runtime("random", "permutation"), a.ty.dtype, vec![NpArg::Array(a)])
                } else {
                    let n = self.int_arg(x, "numpy.random.permutation's `x`")?;
                    (runtime("random", "permutation"), Scalar::I64, vec![NpArg::Scalar(n)])
                }
            }
            "choice" => {
                let slots = self.random_slots(&what, c, &["a", "size", "replace", "p"], &span)?;
                let (dtype, mut args) = self.choice_population(&what, slots[0], &span)?;
                let size = self.numpy_shape(slots[1].expect("random_ndim saw it"))?;
                args.push(NpArg::Shape(size));
                args.extend(self.choice_rest(&what, &slots[2..])?);
                (runtime("random", "choice"), dtype, args)
            }
            canon => {
                let fun = NP_FUNS.iter().find(|f| f.name == canon).expect("random_ndim found it");
                let mut names: Vec<&str> = fun.params.iter().map(|p| p.0).collect();
                names.push("size");
                let slots = self.random_slots(&what, c, &names, &span)?;
                let size_expr = slots[fun.params.len()].expect("random_ndim saw it");
                // Parameters first, then size, in the order of the source.
                let before =
                    slots[..fun.params.len()].iter().flatten().any(|e| range(*e).start > range(size_expr).start);
                if before {
                    self.errors.push(
                        Diagnostic::error(format!("{what}(): pass `size` after the distribution's parameters"))
                            .at(range(size_expr), "here"),
                    );
                    return None;
                }
                let mut args = self.random_args(&what, fun.params, &slots, &span)?;
                // Parameters left out before size take their defaults.
                while args.len() < fun.params.len() {
                    let sp = span.clone();
                    args.push(match fun.params[args.len()].1 {
                        F(x) => NpArg::Scalar(TExpr {
                            ty: Scalar::F64,
                            kind: TExprKind::Const(ConstValue::Float(x)),
                            span: sp,
                        }),
                        I(x) => NpArg::Scalar(TExpr {
                            ty: Scalar::I64,
                            kind: TExprKind::Const(ConstValue::Int(x as i128)),
                            span: sp,
                        }),
                        NoneV => NpArg::Word(None, 0),
                        Req => unreachable!("random_args reports a missing required argument"),
                    });
                }
                let size = self.numpy_shape(size_expr)?;
                args.push(NpArg::Shape(size));
                (runtime("random", canon), if fun.int { Scalar::I64 } else { Scalar::F64 }, args)
            }
        };
        let ty = ArrayTy { dtype, ndim, layout: Layout::C, complex: false };
        let out = self.array_temp(ty, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args, span });
        Some(out)
    }

    /// `choice`'s population: an int (choose from `range(a)`, int64) or a
    /// 1-d array (its dtype).
    fn choice_population(&mut self, what: &str, a: Option<&Expr>, span: &Range<usize>) -> Option<(Scalar, Vec<NpArg>)> {
        let Some(a) = a else {
            self.errors
                .push(Diagnostic::error(format!("{what}() missing required argument 'a'")).at(span.clone(), "here"));
            return None;
        };
        if self.expr_ndim(a).is_some() || self.is_array_like(a) {
            let r = self.npfunc_array_arg(a)?;
            return Some((r.ty.dtype, vec![NpArg::Array(r)]));
        }
        let n = self.int_arg(a, "numpy.random.choice's `a`")?;
        Some((Scalar::I64, vec![NpArg::Scalar(n)]))
    }

    /// `choice`'s `replace` (a bool) and `p` (an array of probabilities).
    fn choice_rest(&mut self, what: &str, slots: &[Option<&Expr>]) -> Option<Vec<NpArg>> {
        let mut args = Vec::new();
        if slots[0].is_none() && slots[1].is_none() {
            return Some(args);
        }
        match slots[0] {
            Some(e) => {
                let v = self.expr(e)?;
                if v.ty != Scalar::Bool {
                    self.errors.push(
                        Diagnostic::error(format!("{what}(): `replace` must be a bool here"))
                            .at(range(e), "not a bool"),
                    );
                    return None;
                }
                args.push(NpArg::Scalar(self.index_temps_value(v)));
            }
            None => args.push(NpArg::Scalar(TExpr {
                ty: Scalar::Bool,
                kind: TExprKind::Const(ConstValue::Bool(true)),
                span: 0..0,
            })),
        }
        if let Some(p) = slots[1].filter(|p| !is_none(p)) {
            let r = self.npfunc_array_arg(p)?;
            args.push(NpArg::Array(r));
        }
        Some(args)
    }

    /// A random call that makes a number: `np.random.normal(0.0, 2.0)`,
    /// `np.random.random()`, `np.random.choice(a)`, `random.randint(1, 6)`...
    pub(in crate::sema) fn random_call(
        &mut self,
        module: Module,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<TExpr> {
        let what = match module {
            Module::Numpy => format!("numpy.random.{name}"),
            Module::Python => format!("random.{name}"),
        };
        if matches!(name, "seed" | "shuffle") {
            self.errors.push(
                Diagnostic::error(format!("{what}() returns None; call it as a statement")).at(span, "used as a value"),
            );
            return None;
        }
        let prefix = if module == Module::Numpy { "random" } else { "pyrandom" };
        if name == "choice" {
            let params: &[&str] = if module == Module::Numpy { &["a", "size", "replace", "p"] } else { &["seq"] };
            let slots = self.random_slots(&what, c, params, &span)?;
            let one_d = slots[0].is_some_and(|e| self.expr_ndim(e) == Some(1));
            if module == Module::Python && !one_d {
                self.errors.push(
                    Diagnostic::error("random.choice() is compiled for a 1-d array only")
                        .at(span, "not a 1-d array")
                        .note("lists, tuples and ranges are not passed to Python's random module yet"),
                );
                return None;
            }
            let (dtype, mut args) = self.choice_population(&what, slots[0], &span)?;
            if module == Module::Numpy {
                args.push(NpArg::Word(None, 0));
                let rest = self.choice_rest(&what, &slots[2..])?;
                if rest.is_empty() {
                    args.pop();
                }
                args.extend(rest);
            }
            return Some(self.np_value(runtime(prefix, "choice"), args, dtype, span));
        }
        let (table, canon) = match module {
            Module::Numpy => (NP_FUNS, np_canonical(name)),
            Module::Python => (PY_FUNS, name),
        };
        let Some(fun) = table.iter().find(|f| f.name == canon) else {
            let note = match module {
                Module::Numpy => "pycc compiles numpy's legacy RandomState functions: seed, random, rand, randn, randint, uniform, normal, choice, shuffle, permutation and the distributions (beta, gamma, poisson, ...)",
                Module::Python => "pycc compiles random.seed, random, randint, randrange, getrandbits, uniform, gauss, choice, shuffle and the *variate distributions",
            };
            self.errors
                .push(Diagnostic::error(format!("`{what}` is not supported yet")).at(span, "not supported").note(note));
            return None;
        };
        let mut names: Vec<&str> = fun.params.iter().map(|p| p.0).collect();
        if module == Module::Numpy && !matches!(name, "rand" | "randn") {
            names.push("size");
        }
        let slots = self.random_slots(&what, c, &names, &span)?;
        let args = self.random_args(&what, fun.params, &slots, &span)?;
        let ty = if fun.int { Scalar::I64 } else { Scalar::F64 };
        Some(self.np_value(runtime(prefix, canon), args, ty, span))
    }

    /// `np.random.seed(n)`, `np.random.shuffle(a)`, `random.seed(n)`,
    /// `random.shuffle(a)` as statements: numpy's (CPython's) own, on the
    /// caller's array in place.
    pub(in crate::sema) fn random_stmt(
        &mut self,
        module: Module,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<TStmt> {
        let (what, prefix) = match module {
            Module::Numpy => (format!("numpy.random.{name}"), "random"),
            Module::Python => (format!("random.{name}"), "pyrandom"),
        };
        let params: &[&str] = match (module, name) {
            (Module::Numpy, "seed") => &["seed"],
            (Module::Python, "seed") => &["a"],
            _ => &["x"],
        };
        let slots = self.random_slots(&what, c, params, &span)?;
        let args = match (name, slots[0]) {
            ("seed", None) => Vec::new(),
            ("seed", Some(e)) => {
                let v = self.expr(e)?;
                if !matches!(v.ty, Scalar::Int { .. } | Scalar::Bool) {
                    self.errors.push(
                        Diagnostic::error(format!("{what}() needs an int here, not {}", v.ty))
                            .at(v.span.clone(), "not an int")
                            .note("seeding from a float, a string or an array is not compiled"),
                    );
                    return None;
                }
                vec![NpArg::Scalar(self.index_temps_value(v))]
            }
            (_, Some(e)) => vec![NpArg::Array(self.npfunc_array_arg(e)?)],
            (_, None) => {
                self.errors.push(Diagnostic::error(format!("{what}() missing required argument 'x'")).at(span, "here"));
                return None;
            }
        };
        // The call's effect is all; its None goes to a dead variable.
        let var = self.fresh("random", Scalar::I64);
        Some(TStmt::NpValue { var, imag: None, func: runtime(prefix, name), args, span })
    }
}
