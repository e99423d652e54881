//! Temporaries for values that only a name can hold: a call of this file's
//! functions returning an array or a tuple (`dt * laplacian(g)`,
//! `clip(x - u).sum()`, `f(n)[0]`) and `np.histogram(...)` inside a larger
//! expression. Before the statement is typed, each such call is computed
//! (queued in `pre`, in Python's left-to-right order) and bound to a fresh
//! variable named by the call's own text, and the statement is typed with
//! that name in the call's place; the name keeps the call's range, so
//! diagnostics point at the call. The arrays it binds are the body's
//! allocations like any other (the lifetimes analysis frees them).

use crate::base::diagnostics::Diagnostic;
use crate::sema::{Checkpoint, Typer, Val, BUILTINS};
use crate::syntax::parse::range;
use crate::tir::array::{NpFunc, UFUNCS};
use crate::tir::TStmt;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

/// The array methods whose result is a new array (or a view of one).
const ARRAY_METHODS: [&str; 10] =
    ["copy", "argsort", "astype", "reshape", "ravel", "flatten", "transpose", "cumsum", "cumprod", "repeat"];

/// The diagnostic of an array computed where no temporary is made for it
/// (a conditional expression that is a statement's whole value was made
/// an `if` statement before: `Typer::arms_as_branches`).
const COMPUTED_IN_ARM: &str = "indexing a computed array here is not supported yet";

impl Typer<'_> {
    /// `stmt` with the calls that need a temporary replaced by names bound
    /// in `pre`; None when it has none.
    pub(in crate::sema) fn hoist_temps(&mut self, stmt: &Stmt) -> Option<Stmt> {
        let mut s = stmt.clone();
        let before = (self.hoisted_texts.len(), self.rewrites);
        match &mut s {
            // The whole right-hand side of an assignment, a `return` or a
            // call statement is typed where it stands (value_top); the
            // calls inside it are hoisted.
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(_) | Expr::Tuple(_)]) => {
                self.hoist_inside(&mut a.value)
            }
            // A store (`U[i, :] = f(h)`) takes an array operand.
            Stmt::Assign(a) => {
                // `a[i, :] = list(b)` of an array `b` stores b's values.
                let into_array =
                    matches!(a.targets.as_slice(), [Expr::Subscript(t)] if self.expr_ndim(&t.value).is_some());
                if let Expr::Call(c) = a.value.as_mut() {
                    // `list()` has no argument to look at (its store is typed as any list's).
                    if let Some(crate::sema::lists::ListOf::Iterable(x)) =
                        crate::sema::lists::list_call(c).filter(|it| {
                            into_array
                                && matches!(it, crate::sema::lists::ListOf::Iterable(x) if self.expr_ndim(x).is_some())
                        })
                    {
                        if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "list") {
                            *a.value = x.clone();
                            self.rewrites += 1;
                        }
                    }
                }
                self.hoist(&mut a.value);
                if let [Expr::Subscript(t)] = a.targets.as_mut_slice() {
                    if self.is_array_list_item(&t.value) {
                        self.hoist_array_item(&mut t.value);
                    }
                    if self.expr_ndim(&t.value).is_some() {
                        self.hoist_index(&mut t.slice);
                    }
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = a.value.as_mut() {
                    self.hoist_inside(v)
                }
            }
            Stmt::AugAssign(a) => {
                if let Expr::Subscript(t) = a.target.as_mut() {
                    if self.is_array_list_item(&t.value) {
                        self.hoist_array_item(&mut t.value);
                    }
                    if self.expr_ndim(&t.value).is_some() {
                        self.hoist_index(&mut t.slice);
                    }
                }
                self.hoist(&mut a.value)
            }
            Stmt::Return(r) => {
                if let Some(v) = r.value.as_mut() {
                    self.hoist_inside(v)
                }
            }
            Stmt::Expr(e) => self.hoist_inside(&mut e.value),
            Stmt::If(i) => self.hoist(&mut i.test),
            Stmt::For(f) => {
                self.hoist(&mut f.iter);
                self.hoist_iterable(&mut f.iter);
            }
            // A `while` test runs before every iteration: not hoisted.
            _ => {}
        }
        ((self.hoisted_texts.len(), self.rewrites) != before).then_some(s)
    }

    /// The array a `for` walks when it is computed (`for v in a.ravel()`,
    /// `for row in a.T`): CPython evaluates the iterable once, before the
    /// loop, so it is bound to a name the loop then walks as any array.
    fn hoist_iterable(&mut self, e: &mut Expr) {
        let walked = matches!(e, Expr::Name(_)) || self.array_name(e).is_some() || self.view_ndim(e).is_some();
        if !walked && self.expr_ndim(e).is_some() {
            self.hoist_array_value(e, false);
        }
    }

    /// Hoists the calls inside `e`, not `e` itself.
    fn hoist_inside(&mut self, e: &mut Expr) {
        match e {
            Expr::Call(c) => self.hoist_call_parts(c),
            Expr::Tuple(t) => t.elts.iter_mut().for_each(|x| self.hoist_inside(x)),
            _ => self.hoist_children(e),
        }
    }

    /// Hoists the calls in `e` (children first: evaluation order) and `e`.
    fn hoist(&mut self, e: &mut Expr) {
        self.numpy_shape_call(e);
        self.shape_slice(e);
        self.hoist_children(e);
        if self.is_array_list_item(e) {
            self.hoist_array_item(e);
            return;
        }
        if let Expr::Call(c) = e {
            if let Some(name) = self.hoist_one(c) {
                *e = Expr::Name(ast::ExprName {
                    range: c.range,
                    id: ast::Identifier::new(name),
                    ctx: ast::ExprContext::Load,
                });
                return;
            }
        }
        // An array method's result (`a.copy()`, `a.argsort()`) is an array
        // only a name can stand for as an operand or an argument.
        if matches!(e, Expr::Call(_)) && !self.is_array_like(e) && self.expr_ndim(e).is_some() {
            self.hoist_array_value(e, false);
            return;
        }
        // `np.array([f(k) for k in ...])` as an argument (`np.dot(c, np.array([...]))`):
        // the list is built by statements, so the array needs a name.
        if matches!(e, Expr::Call(c) if self.is_np_array_of_list(c) && matches!(c.args[0], Expr::ListComp(_))) {
            self.hoist_array_value(e, false);
        }
    }

    /// Hoists what `e` calls, then `e` itself when it is an array-making
    /// call that is indexed, sliced or has an attribute or method taken
    /// (`np.argsort(a)[::-1]`, `np.arange(n)[::2].sum()`, `a.copy().T`):
    /// those forms need an array variable or a view of one.
    fn hoist_receiver(&mut self, e: &mut Expr, indexed: bool) {
        self.hoist(e);
        // An item of a hoisted tuple (`np.linalg.eig(m)[0].sum()`): the
        // array itself, bound to a name a method or attribute can take.
        if let Expr::Subscript(s) = &*e {
            if self.is_hoisted_temp(&s.value) && self.expr_ndim(e).is_none() {
                self.hoist_array_value(e, indexed);
            }
            return;
        }
        let Expr::Call(c) = &*e else { return };
        let makes_array = self.numpy_call_makes_array(c)
            || self.array_call_ndim(c).is_some()
            || self.array_method_of(c).is_some_and(|(_, m)| ARRAY_METHODS.contains(&m))
            // Any other numpy function: an array, or its own diagnostic.
            || matches!(c.func.as_ref(), Expr::Attribute(f) if self.numpy_module_of(&f.value))
            // A tuple of numpy.linalg's indexed (`np.linalg.svd(m)[1]`).
            // (`divmod(a, b)[0]`, `math.frexp(x)[0]` are typed in place, in
            // CPython's order: `Typer::pair_call_item`.)
            || self.extra_tuple_call(c);
        // Elementwise ufuncs keep their fused forms (`np.exp(a).sum()`).
        if makes_array && !self.is_array_expr(e) {
            self.hoist_array_value(e, indexed);
        }
    }

    /// An operand of an operator: as a receiver, but only an array is bound
    /// (a tuple operand, `np.meshgrid(a, a) * 2.0`, keeps its own diagnostic).
    fn hoist_operand(&mut self, e: &mut Expr) {
        // `np.roll(g, 1, 0)` is read in place by the elementwise loop (rolled.rs).
        if self.is_rolled_form(e) {
            return;
        }
        self.hoist(e);
        let Expr::Call(c) = &*e else { return };
        let makes_array = self.numpy_call_makes_array(c)
            || self.array_call_ndim(c).is_some()
            || self.array_method_of(c).is_some_and(|(_, m)| ARRAY_METHODS.contains(&m))
            || self.is_np_array_of_list(c);
        // A node rewritten from a name (`a` as `a.astype(t)` for `dtype=`)
        // would bind a temporary that shadows the name.
        if !makes_array || self.is_array_expr(e) || self.rewritten_name(e) {
            return;
        }
        self.bind_array_in_place(e);
    }

    /// Computes array expression `e` into a fresh variable, in place of
    /// `e`; `e` is left as it is when it does not type as an array or a
    /// tuple (its errors are reported where the statement types it).
    fn hoist_array_value(&mut self, e: &mut Expr, indexed: bool) {
        let at = self.checkpoint();
        let v = match self.value(e) {
            Some(v @ (Val::Array(_) | Val::Tuple(_))) => v,
            None if indexed && self.errors.len() > at.errors => {
                // Its own errors name the cause (`numpy.partition` is not
                // supported); the statement then indexes a poisoned name,
                // which adds no follow-on error.
                self.rollback(Checkpoint { errors: self.errors.len(), ..at });
                let text = self.source.text[range(e)].to_string();
                self.poisoned.insert(text.clone());
                self.rewrites += 1;
                *e = Expr::Name(ast::ExprName {
                    range: e.range(),
                    id: ast::Identifier::new(text),
                    ctx: ast::ExprContext::Load,
                });
                return;
            }
            _ => {
                self.rollback(at);
                return;
            }
        };
        if let Some(name) = self.bind_temp(e, v, at) {
            *e = Expr::Name(ast::ExprName {
                range: e.range(),
                id: ast::Identifier::new(name),
                ctx: ast::ExprContext::Load,
            });
        }
    }

    fn hoist_call_parts(&mut self, c: &mut ast::ExprCall) {
        self.ufunc_method(c);
        // `(a - b.dot(c)).dot(d)`: the receiver's own calls first, so its
        // ndim is known when the method becomes numpy.dot.
        if let Expr::Attribute(a) = c.func.as_mut() {
            if a.attr.as_str() == "dot"
                && !matches!(a.value.as_ref(), Expr::Call(_))
                && self.expr_ndim(&a.value).is_none()
            {
                self.hoist(&mut a.value);
            }
        }
        self.dot_method(c);
        self.copy_function(c);
        self.flat_sort(c);
        // A method's receiver (`clip(x).sum()`) runs before the arguments.
        if let Expr::Attribute(a) = c.func.as_mut() {
            self.hoist_receiver(&mut a.value, false);
        }
        // A numpy function's array argument made by a call (`np.sum(np.argsort(a))`).
        let numpy_callee = matches!(c.func.as_ref(), Expr::Attribute(f) if self.numpy_module_of(&f.value))
            || self.numpy_submodule_function(&c.func);
        // A submodule's function too (`np.abs(np.fft.rfft(x))`, whose
        // complex result only its typing tells).
        let made: Vec<bool> = c
            .args
            .iter()
            .map(|x| {
                matches!(x, Expr::Call(inner) if numpy_callee
                    && (self.numpy_function(&inner.func).is_some() || self.numpy_submodule_function(&inner.func)))
            })
            .collect();
        for (x, made) in c.args.iter_mut().zip(made) {
            match x {
                Expr::Call(_) if made => self.hoist_operand(x),
                _ => self.hoist(x),
            }
            if numpy_callee {
                match x {
                    // `np.vstack((a, np.histogram(b)[0]))`: the display's items.
                    Expr::Tuple(t) => t.elts.iter_mut().for_each(|y| self.hoist_tuple_item(y)),
                    Expr::List(l) => l.elts.iter_mut().for_each(|y| self.hoist_tuple_item(y)),
                    _ => self.hoist_tuple_item(x),
                }
            }
        }
        // A keyword's array made by a numpy call (`bins=np.arange(257)`), as
        // a positional one.
        for k in c.keywords.iter_mut() {
            let made = numpy_callee
                && matches!(&k.value, Expr::Call(inner)
                    if self.numpy_function(&inner.func).is_some() || self.numpy_submodule_function(&inner.func));
            if made {
                self.hoist_operand(&mut k.value);
            } else {
                self.hoist(&mut k.value);
            }
        }
    }

    /// `e` computed into a fresh variable that takes its place, when it
    /// types as an array (else nothing is kept: its errors are reported
    /// where the statement types it).
    fn bind_array_in_place(&mut self, e: &mut Expr) {
        let at = self.checkpoint();
        match self.value(e) {
            Some(v @ Val::Array(_)) => {
                if let Some(name) = self.bind_temp(e, v, at) {
                    *e = Expr::Name(ast::ExprName {
                        range: e.range(),
                        id: ast::Identifier::new(name),
                        ctx: ast::ExprContext::Load,
                    });
                }
            }
            _ => self.rollback(at),
        }
    }

    /// Whether `e` holds a call that hoisting computes before the
    /// statement: an array a numpy function or an array method makes.
    fn makes_array_inside(&self, e: &Expr) -> bool {
        struct Calls<'a, 'b>(&'a Typer<'b>, bool);
        impl Fold<TextRange> for Calls<'_, '_> {
            crate::syntax::identity_fold!();
            fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
                if let Expr::Call(c) = &e {
                    let t = self.0;
                    self.1 |= (t.numpy_call_makes_array(c)
                        || t.array_call_ndim(c).is_some()
                        || t.array_method_of(c).is_some_and(|(_, m)| ARRAY_METHODS.contains(&m)))
                        && !t.is_array_expr(&e);
                }
                fold::fold_expr(self, e)
            }
        }
        let mut calls = Calls(self, false);
        let Ok(_) = calls.fold_expr(e.clone());
        calls.1
    }

    /// Whether `e` names a temporary this statement's hoisting bound (its
    /// name is its call's text, then " #k" past the first).
    fn is_hoisted_temp(&self, e: &Expr) -> bool {
        let Expr::Name(n) = e else { return false };
        let id = n.id.as_str();
        self.hoisted_texts
            .iter()
            .any(|t| id.strip_prefix(t.as_str()).is_some_and(|r| r.is_empty() || r.starts_with(" #")))
    }

    /// An item of a tuple a call makes (`np.histogram(a)[0]`,
    /// `np.unique(v, return_counts=True)[1]`, `np.linalg.eigh(m)[0]`) as a
    /// numpy function's argument: bound to a name, as an array argument
    /// must be. Anything that does not type as an array is left alone.
    fn hoist_tuple_item(&mut self, e: &mut Expr) {
        let Expr::Subscript(s) = &*e else { return };
        let of_call = matches!(s.value.as_ref(), Expr::Call(_)) || self.is_hoisted_temp(&s.value);
        let known = self.expr_ndim(e).is_some() && self.tuple_item_ndim(s).is_none();
        if !of_call || known || !matches!(s.slice.as_ref(), Expr::Constant(_)) {
            return;
        }
        self.bind_array_in_place(e);
    }

    /// numpy.fft's transforms whose result is complex whatever the input.
    pub(in crate::sema) fn complex_fft(&self, f: &Expr) -> bool {
        const COMPLEX: [&str; 9] = [
            "fft.fft",
            "fft.ifft",
            "fft.fft2",
            "fft.ifft2",
            "fft.fftn",
            "fft.ifftn",
            "fft.rfft",
            "fft.rfft2",
            "fft.rfftn",
        ];
        self.fft_1d_name(f).or_else(|| self.fft_more_name(f)).is_some_and(|n| COMPLEX.contains(&n))
    }

    /// `np.fft.f` or `np.linalg.f`.
    fn numpy_submodule_function(&self, f: &Expr) -> bool {
        let Expr::Attribute(f) = f else { return false };
        let Expr::Attribute(m) = f.value.as_ref() else { return false };
        matches!(m.attr.as_str(), "fft" | "linalg") && self.numpy_module_of(&m.value)
    }

    /// `a.dot(b)` of 1-d and 2-d arrays as `numpy.dot(a, b)` (what the
    /// method computes), when the file imports numpy.
    fn dot_method(&mut self, c: &mut ast::ExprCall) {
        // `a.dot(b).dot(c)`: the inner call first, for its dimensions.
        if let Expr::Attribute(a) = c.func.as_mut() {
            if let Expr::Call(inner) = a.value.as_mut() {
                self.dot_method(inner);
            }
        }
        let Expr::Attribute(a) = c.func.as_ref() else { return };
        if a.attr.as_str() != "dot" || c.args.len() != 1 || !c.keywords.is_empty() {
            return;
        }
        let numpy = self.globals.modules.iter().find(|(_, m)| m.as_str() == "numpy").map(|(a, _)| a.clone());
        let (Some(numpy), Some(1..=2), Some(1..=2)) = (numpy, self.expr_ndim(&a.value), self.expr_ndim(&c.args[0]))
        else {
            return;
        };
        let r = c.range;
        let receiver = (*a.value).clone();
        let module =
            Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(numpy), ctx: ast::ExprContext::Load });
        *c.func = Expr::Attribute(ast::ExprAttribute {
            range: r,
            value: Box::new(module),
            attr: ast::Identifier::new("dot"),
            ctx: ast::ExprContext::Load,
        });
        c.args.insert(0, receiver);
        self.rewrites += 1;
    }

    /// The ufunc methods numpy's own reductions are: `np.add.reduce(a,
    /// axis)` as `np.sum(a, axis)` (numpy's sum calls add.reduce, so the
    /// values and dtypes are the same), multiply/maximum/minimum/
    /// logical_and/logical_or.reduce as prod/max/min/all/any and
    /// add/multiply.accumulate as cumsum/cumprod; the method's default
    /// axis 0 is made explicit (the functions' default is all axes).
    fn ufunc_method(&mut self, c: &mut ast::ExprCall) {
        let Expr::Attribute(m) = c.func.as_ref() else { return };
        let Expr::Attribute(u) = m.value.as_ref() else { return };
        if m.attr.as_str() == "outer" {
            return self.ufunc_outer(c);
        }
        let target = match (u.attr.as_str(), m.attr.as_str()) {
            ("add", "reduce") => "sum",
            ("multiply", "reduce") => "prod",
            ("maximum", "reduce") => "max",
            ("minimum", "reduce") => "min",
            ("logical_and", "reduce") => "all",
            ("logical_or", "reduce") => "any",
            ("add", "accumulate") => "cumsum",
            ("multiply", "accumulate") => "cumprod",
            _ => return,
        };
        if !self.numpy_module_of(&u.value) || c.args.is_empty() {
            return;
        }
        let axis_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "axis"));
        if c.args.len() < 2 && !axis_kw {
            let value = crate::sema::sugar::int(0, c.range);
            c.keywords.push(ast::Keyword { range: c.range, arg: Some(ast::Identifier::new("axis")), value });
        }
        let func = Expr::Attribute(ast::ExprAttribute {
            range: m.range,
            value: u.value.clone(),
            attr: ast::Identifier::new(target),
            ctx: ast::ExprContext::Load,
        });
        *c.func = func;
        self.rewrites += 1;
    }

    /// `np.multiply.outer(a, b)` (any two-operand ufunc) of 1-d arrays as
    /// `np.multiply(a[:, None], b)`: numpy's outer is that broadcast.
    fn ufunc_outer(&mut self, c: &mut ast::ExprCall) {
        let Expr::Attribute(m) = c.func.as_ref() else { return };
        let Expr::Attribute(u) = m.value.as_ref() else { return };
        let name = u.attr.as_str();
        let binary = UFUNCS.iter().any(|(n, k)| *n == name && *k == 2)
            || crate::sema::numpy::inline_ufunc(name).is_some_and(|f| f.arity == 2)
            || crate::sema::arrayops::operator_of(name).is_some()
            || matches!(name, "maximum" | "minimum");
        let one_d = |e: &Expr| self.expr_ndim(e) == Some(1);
        if !binary
            || !self.numpy_module_of(&u.value)
            || c.args.len() != 2
            || !c.keywords.is_empty()
            || !one_d(&c.args[0])
            || !one_d(&c.args[1])
        {
            return;
        }
        let r = c.args[0].range();
        let all = Expr::Slice(ast::ExprSlice { range: r, lower: None, upper: None, step: None });
        let none = Expr::Constant(ast::ExprConstant { range: r, value: ast::Constant::None, kind: None });
        let index = Expr::Tuple(ast::ExprTuple { range: r, elts: vec![all, none], ctx: ast::ExprContext::Load });
        let column = Expr::Subscript(ast::ExprSubscript {
            range: r,
            value: Box::new(c.args[0].clone()),
            slice: Box::new(index),
            ctx: ast::ExprContext::Load,
        });
        c.args[0] = column;
        c.func = m.value.clone();
        self.rewrites += 1;
    }

    /// `numpy.shape(a)` of an array as `a.shape` (numba compiles both).
    fn numpy_shape_call(&mut self, e: &mut Expr) {
        let Expr::Call(c) = e else { return };
        let Expr::Attribute(f) = c.func.as_ref() else { return };
        if f.attr.as_str() != "shape" || c.args.len() != 1 || !c.keywords.is_empty() || !self.numpy_module_of(&f.value)
        {
            return;
        }
        if self.expr_ndim(&c.args[0]).is_none_or(|n| n < 1) {
            return;
        }
        let range = c.range;
        let receiver = c.args.remove(0);
        *e = Expr::Attribute(ast::ExprAttribute {
            range,
            value: Box::new(receiver),
            attr: ast::Identifier::new("shape"),
            ctx: ast::ExprContext::Load,
        });
        self.rewrites += 1;
    }

    /// A numpy call making a tuple of arrays as an operator's operand
    /// (`np.unique(v, return_index=True) + 1.0`): a diagnostic naming it,
    /// and a poisoned name in its place (no follow-on errors).
    fn tuple_call_operand(&mut self, e: &mut Expr) {
        let Expr::Call(c) = &*e else { return };
        if !(self.unique_tuple_call(c)
            || self.average_tuple_call(c)
            || self.histogram2d_call(c)
            || self.extra_tuple_call(c)
            || self.split_tuple_call(c))
        {
            return;
        }
        self.errors.push(
            Diagnostic::error("a tuple of arrays is used here as an array operand")
                .at(range(e), "a tuple, not an array")
                .note(
                    "unpack it (`u, idx = np.unique(v, return_index=True)`) or take one item (`np.linalg.svd(m)[1]`)",
                ),
        );
        let text = self.source.text[range(e)].to_string();
        self.poisoned.insert(text.clone());
        self.rewrites += 1;
        *e =
            Expr::Name(ast::ExprName { range: e.range(), id: ast::Identifier::new(text), ctx: ast::ExprContext::Load });
    }

    /// `a.shape[i:j:k]` of an array variable with constant bounds as the
    /// tuple display `(a.shape[i], ...)` (Python's slice of the shape).
    fn shape_slice(&mut self, e: &mut Expr) {
        let Expr::Subscript(s) = e else { return };
        self.numpy_shape_call(&mut s.value);
        let (Expr::Attribute(f), Expr::Slice(sl)) = (s.value.as_ref(), s.slice.as_ref()) else { return };
        if f.attr.as_str() != "shape" || !matches!(f.value.as_ref(), Expr::Name(_)) {
            return;
        }
        let Some(n) = self.expr_ndim(&f.value).map(i64::from) else { return };
        // Ok(None): absent; Err: not a constant (the slice is left as it is).
        let bound = |b: &Option<Box<Expr>>| -> Result<Option<i64>, ()> {
            match b.as_deref() {
                None => Ok(None),
                Some(x) => crate::sema::tuplesugar::constant_axis(x).map(Some).ok_or(()),
            }
        };
        let (Ok(lo), Ok(hi), Ok(step)) = (bound(&sl.lower), bound(&sl.upper), bound(&sl.step)) else { return };
        let step = step.unwrap_or(1);
        if step == 0 {
            return;
        }
        // CPython's PySlice_AdjustIndices.
        let adjust = |v: Option<i64>, dflt: i64| {
            let Some(v) = v else { return dflt };
            let v = if v < 0 { v + n } else { v };
            if step > 0 {
                v.clamp(0, n)
            } else {
                v.clamp(-1, n - 1)
            }
        };
        let (lo, hi) = if step > 0 { (adjust(lo, 0), adjust(hi, n)) } else { (adjust(lo, n - 1), adjust(hi, -1)) };
        let mut items = Vec::new();
        let mut k = lo;
        while (step > 0 && k < hi) || (step < 0 && k > hi) {
            items.push(k);
            k += step;
        }
        let r = s.range;
        let elts = items
            .into_iter()
            .map(|k| {
                let index =
                    Expr::Constant(ast::ExprConstant { range: r, value: ast::Constant::Int(k.into()), kind: None });
                Expr::Subscript(ast::ExprSubscript {
                    range: r,
                    value: s.value.clone(),
                    slice: Box::new(index),
                    ctx: ast::ExprContext::Load,
                })
            })
            .collect();
        *e = Expr::Tuple(ast::ExprTuple { range: r, elts, ctx: ast::ExprContext::Load });
        self.rewrites += 1;
    }

    /// `numpy.copy(a)` of an array as `numpy.array(a)`: numpy's copy is
    /// `array(a, order='K', copy=True)` (an F-ordered operand's copy stays
    /// F-ordered, where `a.copy()` is C-ordered).
    fn copy_function(&mut self, c: &mut ast::ExprCall) {
        let Expr::Attribute(f) = c.func.as_ref() else { return };
        if f.attr.as_str() != "copy" || c.args.len() != 1 || !c.keywords.is_empty() || !self.numpy_module_of(&f.value) {
            return;
        }
        // A numpy call's array (`np.copy(np.argsort(a, kind="stable"))`) is
        // hoisted as the argument afterwards.
        let made = matches!(&c.args[0], Expr::Call(inner) if self.numpy_call_makes_array(inner));
        if !made && self.expr_ndim(&c.args[0]).is_none_or(|n| n < 1) {
            return;
        }
        let Expr::Attribute(f) = c.func.as_mut() else { return };
        f.attr = ast::Identifier::new("array");
        self.rewrites += 1;
    }

    /// `np.sort(a, axis=None)` / `np.argsort(a, axis=None)`: numpy sorts the
    /// flattened array, so it is `np.sort(np.ravel(a))` (a copy either way).
    fn flat_sort(&mut self, c: &mut ast::ExprCall) {
        let Expr::Attribute(f) = c.func.as_ref() else { return };
        if !matches!(f.attr.as_str(), "sort" | "argsort") || !self.numpy_module_of(&f.value) || c.args.len() != 1 {
            return;
        }
        let none = |k: &ast::Keyword| {
            k.arg.as_ref().is_some_and(|a| a.as_str() == "axis")
                && matches!(&k.value, Expr::Constant(v) if matches!(v.value, ast::Constant::None))
        };
        let Some(at) = c.keywords.iter().position(none) else { return };
        c.keywords.remove(at);
        let r = c.args[0].range();
        let ravel = Expr::Attribute(ast::ExprAttribute {
            range: r,
            value: f.value.clone(),
            attr: ast::Identifier::new("ravel"),
            ctx: ast::ExprContext::Load,
        });
        let arg = c.args.remove(0);
        c.args.push(Expr::Call(ast::ExprCall {
            range: r,
            func: Box::new(ravel),
            args: vec![arg],
            keywords: Vec::new(),
        }));
        self.rewrites += 1;
    }

    /// The subexpressions that always run, in order: not the arms of `x if
    /// c else y`, the operands of `and`/`or` after the first, the later links
    /// of a comparison chain, nor the bodies of comprehensions and lambdas.
    fn hoist_children(&mut self, e: &mut Expr) {
        match e {
            Expr::BinOp(b) if b.op == ast::Operator::MatMult => {
                self.hoist(&mut b.left);
                self.hoist_array(&mut b.left);
                self.hoist(&mut b.right);
                self.hoist_array(&mut b.right);
                // `a @ b` of 1-d and 2-d arrays is numpy.dot's product
                // (numpy's matmul and dot agree there).
                let numpy = self.globals.modules.iter().find(|(_, m)| m.as_str() == "numpy").map(|(a, _)| a.clone());
                let (Some(numpy), Some(na), Some(nb)) = (numpy, self.expr_ndim(&b.left), self.expr_ndim(&b.right))
                else {
                    return;
                };
                // Stacks of matrices (an operand past 2-d) are numpy.matmul's
                // own call (sema/npcalls/outwhere.rs).
                let batched = na.max(nb) > 2 && na.min(nb) >= 1;
                let flat = (1..=2).contains(&na) && (1..=2).contains(&nb);
                if !(batched || flat) {
                    return;
                }
                let r = b.range;
                let module = Expr::Name(ast::ExprName {
                    range: r,
                    id: ast::Identifier::new(numpy),
                    ctx: ast::ExprContext::Load,
                });
                let func = Expr::Attribute(ast::ExprAttribute {
                    range: r,
                    value: Box::new(module),
                    attr: ast::Identifier::new(if batched { "matmul" } else { "dot" }),
                    ctx: ast::ExprContext::Load,
                });
                let args = vec![(*b.left).clone(), (*b.right).clone()];
                *e = Expr::Call(ast::ExprCall { range: r, func: Box::new(func), args, keywords: Vec::new() });
                let span = range(e);
                if !batched {
                    self.matmul_spans.insert((span.start, span.end));
                }
                self.rewrites += 1;
            }
            // An array-making call as an operand (`fa + np.argsort(a)`)
            // is computed first: the elementwise forms take names and views.
            Expr::BinOp(b) => {
                self.tuple_call_operand(&mut b.left);
                self.tuple_call_operand(&mut b.right);
                self.hoist_operand(&mut b.left);
                // CPython takes the left operand before it computes the
                // right one: a view that can raise IndexError there
                // (`T[::-1, 1] + np.argmin(X, axis=1)`) is bound before the
                // right operand's calls run.
                if int_indexed(&b.left) && self.makes_array_inside(&b.right) {
                    self.bind_array_in_place(&mut b.left);
                }
                self.hoist_operand(&mut b.right);
            }
            // `~np.argsort(a)`, `-np.sort(a)`: as a BinOp's operand.
            Expr::UnaryOp(u) => self.hoist_operand(&mut u.operand),
            // `np.argsort(a) == b` (also a mask, `c[np.argsort(a) == b] = x`,
            // whose fused form takes names and views): as a BinOp's operands.
            Expr::Compare(c) => {
                self.hoist_operand(&mut c.left);
                if let Some(first) = c.comparators.first_mut() {
                    self.hoist_operand(first);
                }
            }
            Expr::BoolOp(b) => {
                if let Some(first) = b.values.first_mut() {
                    self.hoist(first);
                }
            }
            Expr::IfExp(i) => self.hoist(&mut i.test),
            Expr::Call(c) => self.hoist_call_parts(c),
            Expr::Attribute(a) => self.hoist_receiver(&mut a.value, false),
            Expr::Subscript(s) => {
                self.hoist_receiver(&mut s.value, true);
                // `m[::-1][0]`: an element of a sliced view is read from
                // the view bound to a name.
                let inner_view = match s.value.as_ref() {
                    Expr::Subscript(v) => self
                        .view_ndim(&s.value)
                        .filter(|_| Self::index_parts(&v.slice).iter().any(|p| matches!(p, Expr::Slice(_)))),
                    _ => None,
                };
                if let Some(n) = inner_view {
                    if !Self::is_view_index(&s.slice, n) && self.fancy_ndim(s).is_none() {
                        self.hoist_array_value(&mut s.value, true);
                    }
                }
                // `a[idx][0]`, `a[a > t][1:]`: a fancy index's new array,
                // indexed through a name.
                if matches!(s.value.as_ref(), Expr::Subscript(inner) if self.fancy_ndim(inner).is_some()) {
                    self.hoist_array_value(&mut s.value, true);
                }
                self.hoist_index(&mut s.slice);
            }
            // `np.concatenate((np.argsort(a), b))`: an item a numpy call
            // makes is computed first, as a BinOp's operand.
            Expr::Tuple(t) => t.elts.iter_mut().for_each(|x| self.hoist_operand(x)),
            Expr::List(l) => l.elts.iter_mut().for_each(|x| self.hoist(x)),
            _ => {}
        }
    }

    /// Whether `e`'s source text is a plain name: `e` was rewritten from it.
    fn rewritten_name(&self, e: &Expr) -> bool {
        let text = &self.source.text[range(e)];
        text.chars().all(|ch| ch.is_alphanumeric() || ch == '_')
    }

    /// An index array made by a call or by int arithmetic (`a[np.argsort(a)]`,
    /// `c[np.abs(i) % n]`): computed into a name, which fancy indexing takes.
    fn hoist_index(&mut self, slice: &mut Expr) {
        let parts: Vec<&mut Expr> = match slice {
            Expr::Tuple(t) => t.elts.iter_mut().collect(),
            x => vec![x],
        };
        for x in parts {
            self.hoist_receiver(x, false);
            if matches!(x, Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Call(_))
                && self.expr_ndim(x).is_some()
                && !self.rewritten_name(x)
            {
                let at = self.checkpoint();
                // A bool mask keeps its own (fused) form.
                match self.value(x) {
                    Some(Val::Array(r)) if r.ty.dtype != crate::base::types::Scalar::Bool => {
                        if let Some(name) = self.bind_temp(x, Val::Array(r), at) {
                            *x = Expr::Name(ast::ExprName {
                                range: x.range(),
                                id: ast::Identifier::new(name),
                                ctx: ast::ExprContext::Load,
                            });
                        }
                    }
                    _ => self.rollback(at),
                }
            }
        }
    }

    /// `L[i]` of a list of arrays (sema/containers/arraylists.rs) inside a larger
    /// expression or as a store's target (`L[i][j] = x`): bound to a name.
    fn hoist_array_item(&mut self, e: &mut Expr) {
        let at = self.checkpoint();
        let name = match self.value(e) {
            Some(val @ Val::Array(_)) => self.bind_temp(e, val, at),
            _ => None,
        };
        let Some(name) = name else {
            // Its errors are reported where the statement types it.
            self.rollback(at);
            return;
        };
        let r = e.range();
        *e = Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(name), ctx: ast::ExprContext::Load });
        self.rewrites += 1;
    }

    /// An operand of `@` whose number of dimensions is known only once it
    /// is computed (`np.ones((n, n))`), computed into a fresh variable.
    fn hoist_array(&mut self, e: &mut Expr) {
        if !self.is_array_like(e) || self.expr_ndim(e).is_some() {
            return;
        }
        let at = self.checkpoint();
        let Some(v @ Val::Array(_)) = self.value(e) else {
            // Its errors are reported where the statement types it.
            self.rollback(at);
            return;
        };
        if let Some(name) = self.bind_temp(e, v, at) {
            *e = Expr::Name(ast::ExprName {
                range: e.range(),
                id: ast::Identifier::new(name),
                ctx: ast::ExprContext::Load,
            });
        }
    }

    /// Computes call `c` into a fresh variable when its value is an array
    /// or a tuple of this file's function or `np.histogram`; its name.
    fn hoist_one(&mut self, c: &ast::ExprCall) -> Option<String> {
        let call = Expr::Call(c.clone());
        let span = range(&call);
        let at = self.checkpoint();
        let val = match c.func.as_ref() {
            Expr::Name(n)
                if self.globals.functions.contains_key(n.id.as_str())
                    && !self.types.contains_key(n.id.as_str())
                    && !self.arity.contains_key(n.id.as_str())
                    && !BUILTINS.contains(&n.id.as_str()) =>
            {
                // Typed once to learn what it returns; kept only for an
                // array or a tuple (a number stays in its expression).
                let ret = self.file_call(n.id.as_str(), c, span.clone()).map(|(_, ret, _)| ret);
                self.rollback(at);
                if !matches!(ret, Some(Some(crate::base::types::Ty::Array(_) | crate::base::types::Ty::Tuple(_)))) {
                    return None;
                }
                self.value_top(&call)
            }
            _ if self.numpy_function(&c.func) == Some(NpFunc::HistogramCounts) => self.value(&call),
            _ => return None,
        };
        let val = match val {
            Some(v @ (Val::Array(_) | Val::Tuple(_))) => v,
            _ => {
                // Its errors are reported where the statement types it.
                self.rollback(at);
                return None;
            }
        };
        self.bind_temp(&call, val, at)
    }

    /// Binds `val`, the value of `e` (typed since checkpoint `at`), to a
    /// fresh variable named by `e`'s text; the name.
    fn bind_temp(&mut self, e: &Expr, val: Val, at: Checkpoint) -> Option<String> {
        // The values it shares run before it, after what is queued.
        let shared: Vec<TStmt> = self.lets.drain(at.lets..).map(|(var, value)| TStmt::Assign { var, value }).collect();
        self.pre.splice(at.pre..at.pre, shared);
        let span = range(e);
        let text = &self.source.text[span.clone()];
        // The k-th temporary of this text in the body: the same name in
        // every round of typing (the rounds must settle on the same variables).
        let k = self.hoisted_texts.iter().filter(|t| *t == text).count();
        self.hoisted_texts.push(text.to_string());
        let name = if k == 0 { text.to_string() } else { format!("{text} #{}", k + 1) };
        let binds = self.bind_val(&name, val, span)?;
        self.pre.extend(binds.into_iter().map(|(var, value)| TStmt::Assign { var, value }));
        Some(name)
    }
}

impl Typer<'_> {
    /// Reports `base` when it makes an array that is indexed where no
    /// temporary is made for it (hoist_temps leaves what runs only on a
    /// condition in place); true when reported.
    pub(in crate::sema) fn conditional_temp(&mut self, base: &Expr, span: &std::ops::Range<usize>) -> bool {
        let mut base = base;
        while let Expr::Subscript(s) = base {
            base = &s.value;
        }
        let makes_array = match base {
            Expr::Name(_) => return false,
            Expr::Call(c) => {
                self.numpy_call_makes_array(c)
                    || self.array_call_ndim(c).is_some()
                    || self.array_method_of(c).is_some_and(|(_, m)| ARRAY_METHODS.contains(&m))
            }
            _ => false,
        };
        if !makes_array && self.expr_ndim(base).is_none() {
            return false;
        }
        self.errors.push(
            Diagnostic::error(COMPUTED_IN_ARM)
                .at(span.clone(), "indexed here")
                .note("pycc computes such an array into a temporary only where it always runs: not in the operands of `and`/`or` after the first, the arms of `x if c else y`, a `while` condition or a comprehension; assign it to a name first"),
        );
        true
    }

    /// `np.histogram(a, bins)` (bins an int, 10 by default, or a 1-d
    /// array): numpy's `(counts, edges)`, each taken from a call of numpy's
    /// own (a pure function of its arguments). The edges are `bins` itself
    /// when it is an array, as numpy returns it.
    pub(in crate::sema) fn histogram(&mut self, c: &ast::ExprCall, span: std::ops::Range<usize>) -> Option<Val> {
        use crate::base::types::{ArrayTy, Layout, Scalar};
        use crate::tir::array::NpArg;
        const PARAMS: [&str; 5] = ["a", "bins", "range", "density", "weights"];
        let kw = |p: &str| c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == p));
        let given: Vec<Option<&Expr>> =
            PARAMS.iter().enumerate().map(|(j, p)| c.args.get(j).or(kw(p).map(|k| &k.value))).collect();
        let other_kw = c.keywords.iter().any(|k| k.arg.as_ref().is_none_or(|a| !PARAMS[1..].contains(&a.as_str())));
        let twice = c
            .keywords
            .iter()
            .any(|k| PARAMS[..c.args.len().min(5)].iter().any(|p| k.arg.as_ref().is_some_and(|a| a.as_str() == *p)));
        let Some(a) = given[0].filter(|_| c.args.len() <= 5 && !other_kw && !twice) else {
            self.errors.push(
                Diagnostic::error("this form of numpy.histogram() is not supported yet")
                    .at(span, "not supported")
                    .note(
                    "pycc compiles numpy.histogram(a, bins, range, density, weights) with bins an int or a 1-d array",
                ),
            );
            return None;
        };
        let bins = given[1];
        if !self.is_array_like(a) {
            self.errors.push(
                Diagnostic::error("numpy.histogram() of a number is not supported")
                    .at(range(a), "not an array")
                    .note("pass an array variable, a view or an elementwise expression"),
            );
            return None;
        }
        let a = self.array_operand(a).done()?;
        if a.ty.complex {
            self.errors
                .push(Diagnostic::error("numpy.histogram() of a complex array is not supported").at(span, "complex"));
            return None;
        }
        let (bins, edges_ty, sources) = match bins {
            Some(b) if self.is_array_like(b) => {
                let b = self.array_operand(b).done()?;
                if b.ty.ndim != 1 || b.ty.complex {
                    self.errors.push(
                        Diagnostic::error("numpy.histogram(): `bins` must be an int or a 1-d real array")
                            .at(span, "here"),
                    );
                    return None;
                }
                let sources = self.array_sources.get(&b.name).cloned().unwrap_or_default();
                let ty = ArrayTy { layout: Layout::A, ..b.ty };
                (NpArg::Array(b), ty, sources)
            }
            // numpy's edges for a count: result_type(first, last, a), float64 for ints.
            Some(b) => {
                let n = self.int_arg(b, "`bins`")?;
                let dtype = if a.ty.dtype.is_float() { a.ty.dtype } else { Scalar::F64 };
                let ty = ArrayTy { dtype, ndim: 1, layout: Layout::C, complex: false };
                (NpArg::Scalar(n), ty, Default::default())
            }
            None => {
                let ten = crate::sema::arrays::int64(10, &span);
                let dtype = if a.ty.dtype.is_float() { a.ty.dtype } else { Scalar::F64 };
                let ty = ArrayTy { dtype, ndim: 1, layout: Layout::C, complex: false };
                (NpArg::Scalar(ten), ty, Default::default())
            }
        };
        let mut args = vec![NpArg::Array(a), bins];
        let (rest, counts_dtype) = self.histogram_rest(&given[2..])?;
        args.extend(rest);
        let counts_ty = ArrayTy { dtype: counts_dtype, ndim: 1, layout: Layout::C, complex: false };
        let counts = self.array_temp(counts_ty, Default::default());
        let edges = self.array_temp(edges_ty, sources);
        let (func, span2) = (NpFunc::HistogramCounts, span.clone());
        self.pre.push(TStmt::Alloc { array: counts.clone(), func, args: args.clone(), span: span2 });
        self.pre.push(TStmt::Alloc { array: edges.clone(), func: NpFunc::HistogramEdges, args, span });
        Some(Val::Tuple(vec![Val::Array(counts), Val::Array(edges)]))
    }

    /// `np.histogram`'s `range` (a tuple display of two numbers), `density`
    /// (a constant) and `weights` (a 1-d real array), passed by position
    /// (None where omitted): the arguments and the counts' dtype (numpy's:
    /// the weights' dtype, float64 with density, else int64).
    fn histogram_rest(
        &mut self,
        given: &[Option<&Expr>],
    ) -> Option<(Vec<crate::tir::array::NpArg>, crate::base::types::Scalar)> {
        use crate::base::types::Scalar;
        use crate::tir::array::NpArg;
        let none = |e: &Option<&Expr>| e.is_none_or(|e| matches!(e, Expr::Constant(k) if k.value.is_none()));
        let last = given.iter().rposition(|e| !none(e));
        let Some(last) = last else { return Some((Vec::new(), Scalar::I64)) };
        let mut args = Vec::new();
        let mut dtype = Scalar::I64;
        let mut density = false;
        for (j, e) in given[..=last].iter().enumerate() {
            let Some(e) = e.filter(|_| !none(e)) else {
                args.push(NpArg::Word(None, 0));
                continue;
            };
            match j {
                0 => {
                    let Expr::Tuple(t) = e else {
                        self.errors.push(
                            Diagnostic::error("numpy.histogram(): `range` must be a tuple of two numbers here")
                                .at(range(e), "not a (lo, hi) tuple"),
                        );
                        return None;
                    };
                    if t.elts.len() != 2 {
                        self.errors.push(
                            Diagnostic::error("numpy.histogram(): `range` must be a tuple of two numbers")
                                .at(range(e), "not two numbers")
                                .note("numpy raises ValueError: it unpacks `range` into two values"),
                        );
                        return None;
                    }
                    let lo = self.expr(&t.elts[0])?;
                    let hi = self.expr(&t.elts[1])?;
                    args.push(NpArg::Values(vec![lo, hi]));
                }
                1 => {
                    let Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(b), .. }) = e else {
                        self.errors.push(
                            Diagnostic::error("numpy.histogram(): `density` must be True, False or None here")
                                .at(range(e), "not a constant")
                                .note("the counts' dtype (float64 with density) is fixed when compiling"),
                        );
                        return None;
                    };
                    density = *b;
                    let v = crate::tir::TExpr {
                        ty: Scalar::Bool,
                        kind: crate::tir::TExprKind::Const(crate::base::consts::ConstValue::Bool(*b)),
                        span: range(e),
                    };
                    args.push(NpArg::Scalar(v));
                }
                _ => {
                    let w = if self.is_array_like(e) { self.array_operand(e).done() } else { None };
                    let Some(w) = w.filter(|w| !w.ty.complex && w.ty.dtype != Scalar::Bool) else {
                        self.errors.push(
                            Diagnostic::error("numpy.histogram(): `weights` must be an int or float array here")
                                .at(range(e), "not a real array"),
                        );
                        return None;
                    };
                    dtype = w.ty.dtype;
                    args.push(NpArg::Array(w));
                }
            }
        }
        Some((args, if density { Scalar::F64 } else { dtype }))
    }
}

/// Whether `e` is a subscript (chain) with an int index, which raises
/// IndexError when out of range (`T[::-1, 1]`, `a[0][::2]`).
fn int_indexed(e: &Expr) -> bool {
    let Expr::Subscript(s) = e else { return false };
    let parts: Vec<&Expr> = match s.slice.as_ref() {
        Expr::Tuple(t) => t.elts.iter().collect(),
        p => vec![p],
    };
    let int = |p: &Expr| match p {
        Expr::Constant(k) => matches!(k.value, ast::Constant::Int(_)),
        Expr::Name(_) | Expr::UnaryOp(_) | Expr::BinOp(_) => !crate::sema::arrays::is_newaxis(p),
        _ => false,
    };
    parts.into_iter().any(int) || int_indexed(&s.value)
}
