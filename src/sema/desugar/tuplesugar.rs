//! Forms over tuple variables rewritten, with the tuples' lengths the typer
//! knows, into ones it handles: `for pos in np.ndindex(shape)` as nested
//! counted loops binding `pos` to the tuple of counters (C order, as numpy
//! iterates), `a[pos]` with a tuple variable `pos` as `a[pos[0], pos[1],
//! ...]`, and `tuple(f(x, y) for x, y in zip(t, u))` over tuple variables
//! as the tuple literal of its elements. Rewritten nodes keep the user's
//! ranges, so diagnostics point at the user's code.

use crate::sema::sugar::{assign, bool_const, call, compare, int, name, not, store, temp};
use crate::sema::*;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::Ranged;
use rustpython_parser::text_size::TextRange;

/// Rewrites `a[pos]` and `tuple(<generator over tuples>)` (see above).
pub(in crate::sema) struct TupleForms<'a, 'g> {
    cx: &'a Typer<'g>,
    arity: &'a HashMap<String, usize>,
    arrays: &'a HashMap<String, ArrayTy>,
    changed: bool,
    errors: Vec<Diagnostic>,
    /// The ranges of the tuples `np.where(c)` of a 1-d `c` became.
    nonzero_tuples: Vec<TextRange>,
    /// Where `t.index(x)` became a list display's `index`.
    tuple_index_calls: Vec<usize>,
}

/// Replaces loads of names by expressions (a generator's target by the
/// element it stands for).
struct Subst<'a>(&'a HashMap<String, Expr>);

impl Fold<TextRange> for Subst<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        match e {
            Expr::Name(n) if n.ctx == ast::ExprContext::Load && self.0.contains_key(n.id.as_str()) => {
                Ok(self.0[n.id.as_str()].clone())
            }
            e => fold::fold_expr(self, e),
        }
    }
}

fn item(tuple: &str, k: usize, at: TextRange) -> Expr {
    item_of(name(tuple, at), k, at)
}

fn item_of(tuple: Expr, k: usize, at: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        range: at,
        value: Box::new(tuple),
        slice: Box::new(int(k as i64, at)),
        ctx: ast::ExprContext::Load,
    })
}

impl TupleForms<'_, '_> {
    /// The tuple variable `e` names and its length.
    fn tuple_name(&self, e: &Expr) -> Option<(String, usize)> {
        let Expr::Name(n) = e else { return None };
        self.arity.get(n.id.as_str()).map(|&k| (n.id.to_string(), k))
    }

    /// The array variable holding item `t[k]` (a constant k) of tuple
    /// variable `t`, if that item is an array.
    fn array_item(&self, s: &ast::ExprSubscript) -> Option<String> {
        let (t, n) = self.tuple_name(&s.value)?;
        let k = constant_axis(&s.slice)?;
        let k = usize::try_from(if k < 0 { k + n as i64 } else { k }).ok()?;
        let elem = format!("{t}.{k}");
        (k < n && self.arrays.contains_key(&elem)).then_some(elem)
    }

    /// A tuple without side effects to read: a tuple variable or the
    /// shape of an array variable; its length.
    pub(in crate::sema) fn tuple_source(&self, e: &Expr) -> Option<(Expr, usize)> {
        match e {
            Expr::Attribute(a) if a.attr.as_str() == "shape" => match a.value.as_ref() {
                Expr::Name(n) => self.arrays.get(n.id.as_str()).map(|t| (e.clone(), t.ndim as usize)),
                _ => None,
            },
            // `zip(*np.nonzero(m))`: numpy's call once per item (its
            // argument reads no state a call changes).
            Expr::Call(c) if self.cx.nonzero_call(c) && pure(&c.args[0]) => {
                self.cx.index_tuple_len(c).map(|n| (e.clone(), n))
            }
            e => self.tuple_name(e).map(|(_, k)| (e.clone(), k)),
        }
    }

    /// `tuple(elt for target in t)` / `... in zip(t, u, ...)` over tuple
    /// variables: the tuple of `elt` with the target bound to each element.
    fn tuple_of_generator(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Name(f) = c.func.as_ref() else { return None };
        let ([Expr::GeneratorExp(g)], []) = (c.args.as_slice(), c.keywords.as_slice()) else { return None };
        let [gen] = g.generators.as_slice() else { return None };
        if f.id.as_str() != "tuple"
            || !gen.ifs.is_empty()
            || gen.is_async
            || self.arity.contains_key("tuple")
            || self.cx.types.contains_key("tuple")
        {
            return None;
        }
        let (tuples, targets): (Vec<(Expr, usize)>, Vec<&Expr>) = match &gen.iter {
            Expr::Call(z)
                if matches!(z.func.as_ref(), Expr::Name(n) if n.id.as_str() == "zip") && z.keywords.is_empty() =>
            {
                let ts = z.args.iter().map(|a| self.tuple_source(a)).collect::<Option<Vec<_>>>()?;
                let Expr::Tuple(t) = &gen.target else { return None };
                (ts, t.elts.iter().collect())
            }
            e => (vec![self.tuple_source(e)?], vec![&gen.target]),
        };
        let names: Vec<String> = targets
            .iter()
            .map(|t| match t {
                Expr::Name(n) => Some(n.id.to_string()),
                _ => None,
            })
            .collect::<Option<_>>()?;
        if names.len() != tuples.len() || tuples.is_empty() {
            return None;
        }
        let len = tuples.iter().map(|t| t.1).min()?;
        let at = c.range;
        let elts = (0..len)
            .map(|k| {
                let map: HashMap<String, Expr> =
                    names.iter().zip(&tuples).map(|(n, (t, _))| (n.clone(), item_of(t.clone(), k, at))).collect();
                let Ok(e) = Subst(&map).fold_expr((*g.elt).clone());
                e
            })
            .collect();
        Some(Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Load }))
    }
}

impl Fold<TextRange> for TupleForms<'_, '_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> std::result::Result<Expr, Self::Error> {
        let e = fold::fold_expr(self, e)?;
        // `t + u`, `t[1:]`, `g(*t)` (tupleops.rs): the display's items
        // folded again (`t[1]` holding an array becomes that array).
        if let Some(d) = self.tuple_ops(&e) {
            self.changed = true;
            return self.fold_expr(d);
        }
        let e = match e {
            Expr::Subscript(s) => match self.ellipsis(&s) {
                Some(slice) => {
                    self.changed = true;
                    Expr::Subscript(ast::ExprSubscript { slice: Box::new(slice), ..s })
                }
                None => Expr::Subscript(s),
            },
            e => e,
        };
        match e {
            Expr::Subscript(mut s) if matches!(s.value.as_ref(), Expr::Name(a) if self.arrays.contains_key(a.id.as_str())) =>
            {
                if let Some((t, n)) = self.tuple_name(&s.slice) {
                    let at = s.slice.range();
                    let elts = (0..n).map(|k| item(&t, k, at)).collect();
                    s.slice = Box::new(Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Load }));
                    self.changed = true;
                }
                // `m[np.triu_indices(n)]`: indexed by the tuple's items, the
                // call made once per item (its arguments read no state a
                // call changes).
                let index_call = match s.slice.as_ref() {
                    Expr::Call(c) if c.args.iter().chain(c.keywords.iter().map(|k| &k.value)).all(pure) => {
                        self.cx.index_tuple_len(c)
                    }
                    _ => None,
                };
                if let Some(n) = index_call {
                    let at = s.slice.range();
                    let elts = (0..n).map(|k| item_of((*s.slice).clone(), k, at)).collect();
                    s.slice = Box::new(Expr::Tuple(ast::ExprTuple { range: at, elts, ctx: ast::ExprContext::Load }));
                    self.changed = true;
                }
                Ok(Expr::Subscript(s))
            }
            // `t[1]` of a tuple variable holding an array there: that array
            // variable, so its methods and attributes type (`t[1].max()`).
            Expr::Subscript(s) if s.ctx == ast::ExprContext::Load && self.array_item(&s).is_some() => {
                self.changed = true;
                Ok(name(&self.array_item(&s).expect("checked"), s.range))
            }
            Expr::Subscript(s) => {
                // `np.where(c)[0]` (rewritten below first).
                if let (Expr::Tuple(t), Some(j)) = (s.value.as_ref(), constant_axis(&s.slice)) {
                    let n = t.elts.len() as i64;
                    let j = if j < 0 { j + n } else { j };
                    if (0..n).contains(&j) && self.nonzero_tuples.contains(&t.range) {
                        return Ok(t.elts[j as usize].clone());
                    }
                }
                Ok(Expr::Subscript(s))
            }
            Expr::Attribute(a) if a.ctx == ast::ExprContext::Load && self.array_layout_attr(&a).is_some() => {
                self.changed = true;
                Ok(self.array_layout_attr(&a).expect("checked"))
            }
            Expr::Compare(c) => match self.tuple_contains(&c).or_else(|| array_contains(&c, self.arrays)) {
                Some(t) => {
                    self.changed = true;
                    Ok(t)
                }
                None => Ok(Expr::Compare(c)),
            },
            Expr::Call(c) if self.real_conj_method(&c).is_some() => {
                self.changed = true;
                Ok(self.real_conj_method(&c).expect("checked"))
            }
            Expr::Call(c) => {
                // A method numpy also has as a function, as that function,
                // then the forms below (`a.nonzero()` as `np.nonzero(a)`).
                let c = match self.method_as_function(&c) {
                    Some(Expr::Call(f)) => {
                        self.changed = true;
                        f
                    }
                    _ => c,
                };
                Ok(self.call_forms(c))
            }
            e => Ok(e),
        }
    }
}

impl TupleForms<'_, '_> {
    fn call_forms(&mut self, c: ast::ExprCall) -> Expr {
        match self
            .tuple_of_generator(&c)
            .or_else(|| self.tuple_reduce(&c))
            .or_else(|| self.tuple_array(&c))
            .or_else(|| self.array_query(&c))
            .or_else(|| self.flip(&c))
            .or_else(|| self.concat_lists(&c))
            .or_else(|| self.nonzero(&c))
            .or_else(|| self.matmul(&c))
            .or_else(|| self.real_imag(&c))
            .or_else(|| self.tolist(&c))
            .or_else(|| self.np_shape(&c))
            .or_else(|| self.tuple_search(&c))
            .or_else(|| self.complex_arange(&c))
            .or_else(|| self.contiguous_dtype(&c))
        {
            Some(t) => {
                self.changed = true;
                t
            }
            None => Expr::Call(c),
        }
    }
}

impl Typer<'_> {
    /// A `for` over np.ndindex as the loops it stands for.
    pub(in crate::sema) fn ndindex_sugar(&mut self, stmt: &Stmt) -> Option<Vec<Stmt>> {
        match stmt {
            Stmt::For(f) => self.ndenumerate_loop(f).or_else(|| self.ndindex_loops(f)).or_else(|| self.split_loop(f)),
            Stmt::Assign(a) => self.split_list(a),
            Stmt::Return(r) => self.split_return(r),
            _ => None,
        }
    }

    /// `for idx, v in np.ndenumerate(a)` and `for v in a.flat` as a `for`
    /// over `np.ndindex(a.shape)` reading `a[idx]` (numpy's C order), with
    /// `a` bound once to a temporary (the loop iterates the array it
    /// started with, whatever the body rebinds).
    fn ndenumerate_loop(&mut self, f: &ast::StmtFor) -> Option<Vec<Stmt>> {
        let (array, enumerate) = match f.iter.as_ref() {
            Expr::Call(c) => {
                let Expr::Attribute(a) = c.func.as_ref() else { return None };
                if a.attr.as_str() != "ndenumerate" || !self.numpy_module_of(&a.value) {
                    return None;
                }
                match (c.args.as_slice(), c.keywords.is_empty()) {
                    ([x], true) => (x, true),
                    _ => return Some(self.ndenumerate_fail(f, "np.ndenumerate takes one array")),
                }
            }
            Expr::Attribute(a) if a.attr.as_str() == "flat" && self.expr_ndim(&a.value).is_some() => (&*a.value, false),
            _ => return None,
        };
        let (idx_target, value_target) = match f.target.as_ref() {
            Expr::Tuple(t) if enumerate && t.elts.len() == 2 => (Some(t.elts[0].clone()), t.elts[1].clone()),
            _ if enumerate => {
                return Some(
                    self.ndenumerate_fail(f, "unpack np.ndenumerate's items: `for idx, v in np.ndenumerate(a)`"),
                )
            }
            t => (None, t.clone()),
        };
        if self.expr_ndim(array).is_none() {
            return Some(self.ndenumerate_fail(f, "this array's number of dimensions is not known here"));
        }
        let at = f.iter.range();
        let arr = temp(&mut self.temps, "ndarr");
        let idx = temp(&mut self.temps, "ndidx");
        let shape = Expr::Attribute(ast::ExprAttribute {
            range: at,
            value: Box::new(name(&arr, at)),
            attr: ast::Identifier::new("shape"),
            ctx: ast::ExprContext::Load,
        });
        let read = Expr::Subscript(ast::ExprSubscript {
            range: at,
            value: Box::new(name(&arr, at)),
            slice: Box::new(name(&idx, at)),
            ctx: ast::ExprContext::Load,
        });
        let here = f.target.range();
        let mut body = Vec::new();
        if let Some(t) = idx_target {
            body.push(assign(t, name(&idx, here), here));
        }
        body.push(assign(value_target, read, here));
        body.extend(f.body.iter().cloned());
        let over = ast::StmtFor {
            range: f.range,
            target: Box::new(store(&idx, here)),
            iter: f.iter.clone(),
            body,
            orelse: f.orelse.clone(),
            type_comment: None,
        };
        let mut out = vec![assign(store(&arr, at), array.clone(), at)];
        out.extend(self.counted_loops(&over, vec![shape], at));
        Some(out)
    }

    fn ndenumerate_fail(&mut self, f: &ast::StmtFor, msg: &str) -> Vec<Stmt> {
        self.errors.push(Diagnostic::error(msg.to_string()).at(range(f.iter.as_ref()), "not supported"));
        Vec::new()
    }

    /// `stmt` with its tuple forms rewritten, when it has any.
    pub(in crate::sema) fn tuple_forms(&mut self, stmt: &Stmt) -> Option<Stmt> {
        let mut forms = TupleForms {
            cx: self,
            arity: &self.arity,
            arrays: &self.arrays,
            changed: false,
            errors: Vec::new(),
            nonzero_tuples: Vec::new(),
            tuple_index_calls: Vec::new(),
        };
        let Ok(out) = forms.fold_stmt(stmt.clone());
        let (changed, errors) = (forms.changed, forms.errors);
        self.tuple_index_calls.extend(forms.tuple_index_calls);
        self.errors.extend(errors);
        changed.then_some(out)
    }

    /// `for target in np.ndindex(shape)` (`np.ndindex(*a.shape)`,
    /// `np.ndindex(n, m)`) as nested counted loops over the extents, the
    /// innermost binding `target` to the tuple of counters. A `break` or
    /// an `else` clause would leave only the innermost loop: a diagnostic.
    pub(in crate::sema) fn ndindex_loops(&mut self, f: &ast::StmtFor) -> Option<Vec<Stmt>> {
        let Expr::Call(c) = f.iter.as_ref() else { return None };
        let Expr::Attribute(a) = c.func.as_ref() else { return None };
        if a.attr.as_str() != "ndindex" || !self.numpy_module_of(&a.value) {
            return None;
        }
        let args: Vec<Expr> = match c.args.as_slice() {
            [Expr::Starred(s)] => vec![(*s.value).clone()],
            xs => xs.to_vec(),
        };
        if !c.keywords.is_empty() {
            self.errors.push(
                Diagnostic::error("np.ndindex takes a shape: a tuple, `a.shape`, or extents")
                    .at(range(f.iter.as_ref()), "not a shape pycc knows the length of"),
            );
            return Some(Vec::new());
        }
        Some(self.counted_loops(f, args, c.range))
    }

    /// The nested counted loops of `for f.target in np.ndindex(*args)`.
    fn counted_loops(&mut self, f: &ast::StmtFor, args: Vec<Expr>, at: TextRange) -> Vec<Stmt> {
        let span = range(f.iter.as_ref());
        let Some(n) = self.shape_len(&args).map(|n| n as usize) else {
            self.errors.push(
                Diagnostic::error("np.ndindex takes a shape: a tuple, `a.shape`, or extents")
                    .at(span, "not a shape pycc knows the length of"),
            );
            return Vec::new();
        };
        if !f.orelse.is_empty() || f.body.iter().any(breaks_here) {
            let what = match f.iter.as_ref() {
                Expr::Call(c) => match c.func.as_ref() {
                    Expr::Attribute(a) => format!("np.{}", a.attr),
                    _ => "np.ndindex".to_string(),
                },
                _ => "`.flat`".to_string(),
            };
            self.errors.push(
                Diagnostic::error(format!("`break` and `else` in a `for` over {what} are not supported yet"))
                    .at(span, what),
            );
            return Vec::new();
        }
        let shape = temp(&mut self.temps, "ndshape");
        let value = match args.as_slice() {
            [one] if self.is_tuple_expr(one) => one.clone(),
            xs => Expr::Tuple(ast::ExprTuple { range: at, elts: xs.to_vec(), ctx: ast::ExprContext::Load }),
        };
        let counters: Vec<String> = (0..n).map(|_| temp(&mut self.temps, "ndi")).collect();
        let here = f.target.range();
        let index = Expr::Tuple(ast::ExprTuple {
            range: here,
            elts: counters.iter().map(|v| name(v, here)).collect(),
            ctx: ast::ExprContext::Load,
        });
        let mut body = vec![assign((*f.target).clone(), index, here)];
        body.extend(f.body.iter().cloned());
        for (k, v) in counters.iter().enumerate().rev() {
            let target =
                Expr::Name(ast::ExprName { range: here, id: ast::Identifier::new(v), ctx: ast::ExprContext::Store });
            body = vec![Stmt::For(ast::StmtFor {
                range: f.range,
                target: Box::new(target),
                iter: Box::new(call("range", vec![item(&shape, k, at)], at)),
                body,
                orelse: Vec::new(),
                type_comment: None,
            })];
        }
        let mut out = vec![assign(name(&shape, at), value, at)];
        out.extend(body);
        out
    }

    /// Whether `e` is a tuple (a display, a tuple variable or `a.shape`).
    fn is_tuple_expr(&self, e: &Expr) -> bool {
        match e {
            Expr::Tuple(_) => true,
            Expr::Name(n) => self.arity.contains_key(n.id.as_str()),
            Expr::Attribute(a) => a.attr.as_str() == "shape",
            _ => false,
        }
    }
}

impl TupleForms<'_, '_> {
    /// `np.real(z)` / `np.imag(z)` of a complex array as `z.real` /
    /// `z.imag`: numpy's views of each item's part.
    fn real_imag(&mut self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !matches!(f.attr.as_str(), "real" | "imag") || !self.cx.numpy_module_of(&f.value) {
            return None;
        }
        let ([z], []) = (c.args.as_slice(), c.keywords.as_slice()) else { return None };
        // `np.real(a)` of a real array variable: `a.real`, which is `a`.
        let real_name = matches!(z, Expr::Name(n) if self.arrays.get(n.id.as_str()).is_some_and(|t| !t.complex));
        if f.attr.as_str() == "real" && real_name {
            return Some(z.clone());
        }
        // `np.imag(a)` of one: `a.imag`, numpy's read-only zeros.
        let part_of_real = f.attr.as_str() == "imag" && real_name;
        // Of a number numpy returns `z.real` / `z.imag` (Python's attribute:
        // a float of a complex, the number itself or 0 of a real one).
        let display = matches!(z, Expr::List(_) | Expr::Tuple(_) | Expr::ListComp(_));
        let number = !self.cx.is_array_like(z) && !display && !self.cx.is_list_expr(z);
        if !part_of_real && !number && (!self.cx.complex_array_expr(z) || self.cx.expr_ndim(z).is_none()) {
            return None;
        }
        Some(Expr::Attribute(ast::ExprAttribute {
            range: c.range,
            value: Box::new(z.clone()),
            attr: f.attr.clone(),
            ctx: ast::ExprContext::Load,
        }))
    }

    /// `np.fliplr(a)`, `np.flipud(a)`, `np.flip(a, axis)` as the views
    /// numpy returns: `a[:, ::-1]`, `a[::-1]`, a `::-1` on each flipped
    /// axis (all when `axis` is None or left out). The array's ndim must
    /// be known (an array variable, a view, an elementwise expression).
    fn flip(&mut self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let which = f.attr.as_str();
        if !matches!(which, "fliplr" | "flipud" | "flip") || !self.cx.numpy_module_of(&f.value) {
            return None;
        }
        let at = c.range;
        let fail = |me: &mut Self, msg: String, label: &str| {
            me.errors.push(Diagnostic::error(msg).at(range(c), label));
            Some(Expr::Constant(ast::ExprConstant { range: at, value: ast::Constant::None, kind: None }))
        };
        let (array, axis) = match (c.args.as_slice(), c.keywords.as_slice()) {
            ([a], []) => (a, None),
            ([a], [k]) if which == "flip" && k.arg.as_ref().is_some_and(|n| n.as_str() == "axis") => {
                (a, Some(&k.value))
            }
            ([a, k], []) if which == "flip" => (a, Some(k)),
            _ => {
                return fail(
                    self,
                    format!("numpy.{which}() takes an array{}", if which == "flip" { " and an axis" } else { "" }),
                    "here",
                )
            }
        };
        let Some(ndim) = self.cx.expr_ndim(array) else {
            return fail(
                self,
                format!("numpy.{which}() is compiled for an array whose dimensions pycc knows"),
                "this call",
            );
        };
        let ndim = ndim as i64;
        let axes: Vec<i64> = match (which, axis) {
            ("fliplr", _) if ndim < 2 => {
                return fail(
                    self,
                    "numpy.fliplr() needs an array of 2 or more dimensions (numpy's ValueError: Input must be >= 2-d.)"
                        .into(),
                    "a 1-d array",
                )
            }
            ("fliplr", _) => vec![1],
            ("flipud", _) => vec![0],
            (_, None) => (0..ndim).collect(),
            (_, Some(Expr::Constant(k))) if k.value.is_none() => (0..ndim).collect(),
            (_, Some(e)) => {
                let items: Vec<&Expr> = match e {
                    Expr::Tuple(t) => t.elts.iter().collect(),
                    e => vec![e],
                };
                let mut axes = Vec::new();
                for item in items {
                    let Some(k) = constant_axis(item) else {
                        return fail(
                            self,
                            "numpy.flip()'s axis must be None, an integer constant or a tuple of them here".into(),
                            "a variable axis",
                        );
                    };
                    let k = if k < 0 { k + ndim } else { k };
                    if !(0..ndim).contains(&k) || axes.contains(&k) {
                        return fail(self, format!("numpy.flip(): axis is out of bounds or repeated for a {ndim}-d array (numpy's AxisError or ValueError)"), "this axis");
                    }
                    axes.push(k);
                }
                axes
            }
        };
        let full = |step: Option<Expr>| {
            Expr::Slice(ast::ExprSlice { range: at, lower: None, upper: None, step: step.map(Box::new) })
        };
        let minus_one =
            Expr::UnaryOp(ast::ExprUnaryOp { range: at, op: ast::UnaryOp::USub, operand: Box::new(int(1, at)) });
        let last = axes.iter().copied().max()?;
        let parts: Vec<Expr> = (0..=last).map(|k| full(axes.contains(&k).then(|| minus_one.clone()))).collect();
        Some(Expr::Subscript(ast::ExprSubscript {
            range: at,
            value: Box::new(array.clone()),
            slice: Box::new(Expr::Tuple(ast::ExprTuple { range: at, elts: parts, ctx: ast::ExprContext::Load })),
            ctx: ast::ExprContext::Load,
        }))
    }
}

impl TupleForms<'_, '_> {
    /// `np.concatenate((a, [1], ...))` (and np.vstack, np.hstack, np.stack,
    /// np.column_stack): a list display among the arrays is
    /// `np.array([...])`, as numpy converts it.
    fn concat_lists(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let stacking = ["concatenate", "vstack", "hstack", "stack", "column_stack"];
        if !stacking.contains(&f.attr.as_str()) || !self.cx.numpy_module_of(&f.value) {
            return None;
        }
        let mut args = c.args.clone();
        let elts = match args.first_mut()? {
            Expr::Tuple(t) => &mut t.elts,
            Expr::List(l) => &mut l.elts,
            _ => return None,
        };
        if !elts.iter().any(|e| matches!(e, Expr::List(_))) || elts.iter().all(|e| matches!(e, Expr::List(_))) {
            return None;
        }
        for e in elts.iter_mut() {
            if let Expr::List(l) = e {
                let at = l.range;
                let func = Expr::Attribute(ast::ExprAttribute {
                    range: f.range,
                    value: f.value.clone(),
                    attr: ast::Identifier::new("array"),
                    ctx: ast::ExprContext::Load,
                });
                *e = Expr::Call(ast::ExprCall {
                    range: at,
                    func: Box::new(func),
                    args: vec![e.clone()],
                    keywords: Vec::new(),
                });
            }
        }
        Some(Expr::Call(ast::ExprCall { args, ..c.clone() }))
    }

    /// `a[...]`, `a[..., 0]`, `a[1, ...]`: the Ellipsis as the full slices
    /// it stands for, when `a`'s ndim is known and every other index takes
    /// one axis (an int, a slice, a 1-d index array or mask).
    fn ellipsis(&self, s: &ast::ExprSubscript) -> Option<Expr> {
        let is_ellipsis = |e: &Expr| matches!(e, Expr::Constant(k) if matches!(k.value, ast::Constant::Ellipsis));
        let parts: Vec<Expr> = match s.slice.as_ref() {
            Expr::Tuple(t) => t.elts.clone(),
            e => vec![e.clone()],
        };
        if parts.iter().filter(|e| is_ellipsis(e)).count() != 1 {
            return None;
        }
        let n = self.cx.expr_ndim(&s.value)?;
        let mut taken = 0;
        for e in parts.iter().filter(|e| !is_ellipsis(e)) {
            let newaxis = matches!(e, Expr::Constant(k) if k.value.is_none())
                || matches!(e, Expr::Attribute(a) if a.attr.as_str() == "newaxis");
            if newaxis {
                continue;
            }
            if self.cx.is_array_like(e) && self.cx.expr_ndim(e) != Some(1) {
                return None;
            }
            taken += 1;
        }
        let fill = n.checked_sub(taken)?;
        let at = s.slice.range();
        let full = Expr::Slice(ast::ExprSlice { range: at, lower: None, upper: None, step: None });
        let mut out = Vec::new();
        for e in parts {
            if is_ellipsis(&e) {
                out.extend((0..fill).map(|_| full.clone()));
            } else {
                out.push(e);
            }
        }
        if out.is_empty() {
            return None;
        }
        Some(match <[Expr; 1]>::try_from(out) {
            Ok([one]) => one,
            Err(out) => Expr::Tuple(ast::ExprTuple { range: at, elts: out, ctx: ast::ExprContext::Load }),
        })
    }

    /// `np.matmul(a, b)` is `a @ b` (which compiles 1-d and 2-d operands;
    /// numpy's matmul and dot agree there).
    fn matmul(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if f.attr.as_str() != "matmul" || !self.cx.numpy_module_of(&f.value) {
            return None;
        }
        let ([a, b], []) = (c.args.as_slice(), c.keywords.as_slice()) else { return None };
        if [a, b].iter().any(|e| self.cx.expr_ndim(e).is_none_or(|n| n > 2)) {
            return None;
        }
        Some(Expr::BinOp(ast::ExprBinOp {
            range: c.range,
            left: Box::new(a.clone()),
            op: ast::Operator::MatMult,
            right: Box::new(b.clone()),
        }))
    }

    /// `np.ascontiguousarray(a, dtype=t)` / `np.asfortranarray` as numpy
    /// computes it: `np.ascontiguousarray(np.asarray(a, dtype=t))` (no copy
    /// where `a` already has that dtype and order: the result is `a`).
    fn contiguous_dtype(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let plain = matches!(f.attr.as_str(), "ascontiguousarray" | "asfortranarray");
        if !plain || !self.cx.numpy_module_of(&f.value) {
            return None;
        }
        let dtype = match (c.args.as_slice(), c.keywords.as_slice()) {
            ([a, t], []) => (a, t.clone()),
            ([a], [k]) if k.arg.as_deref() == Some("dtype") => (a, k.value.clone()),
            _ => return None,
        };
        let (a, t) = dtype;
        let asarray = ast::ExprAttribute {
            range: f.range,
            value: f.value.clone(),
            attr: ast::Identifier::new("asarray"),
            ctx: ast::ExprContext::Load,
        };
        let keyword = ast::Keyword { range: c.range, arg: Some(ast::Identifier::new("dtype")), value: t };
        let inner = Expr::Call(ast::ExprCall {
            range: c.range,
            func: Box::new(Expr::Attribute(asarray)),
            args: vec![a.clone()],
            keywords: vec![keyword],
        });
        Some(Expr::Call(ast::ExprCall {
            range: c.range,
            func: c.func.clone(),
            args: vec![inner],
            keywords: Vec::new(),
        }))
    }

    /// `np.arange(..., dtype=<complex>)` as the real arange of the same
    /// precision `.astype(<complex>)`: numpy fills both as `start +
    /// i*delta` in that precision (arraytypes.c.src `@NAME@_fill`), the
    /// imaginary parts 0 for real bounds.
    fn complex_arange(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if f.attr.as_str() != "arange" || !self.cx.numpy_module_of(&f.value) {
            return None;
        }
        let k = c.keywords.iter().position(|k| k.arg.as_deref() == Some("dtype"))?;
        let dtype = &c.keywords[k].value;
        let part = match dtype {
            Expr::Attribute(a) if self.cx.numpy_module_of(&a.value) => match a.attr.as_str() {
                "csingle" => Some(32),
                "complex128" | "complex_" | "cdouble" | "cfloat" | "clongdouble" => Some(64),
                name => crate::syntax::signature::complex_by_name(name).map(|p| {
                    if matches!(p, Scalar::Float { bits: 32 }) {
                        32
                    } else {
                        64
                    }
                }),
            },
            Expr::Name(n) if n.id.as_str() == "complex" && !self.cx.complex.contains("complex") => Some(64),
            Expr::Constant(k) => match &k.value {
                ast::Constant::Str(s) => match s.as_str() {
                    "complex" | "complex128" | "c16" | "D" | "cdouble" => Some(64),
                    "complex64" | "c8" | "F" | "csingle" => Some(32),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }?;
        let mut inner = c.clone();
        let real = if part == 32 { "float32" } else { "float64" };
        inner.keywords[k].value = Expr::Constant(ast::ExprConstant {
            range: dtype.range(),
            value: ast::Constant::Str(real.into()),
            kind: None,
        });
        let astype = ast::ExprAttribute {
            range: c.range,
            value: Box::new(Expr::Call(inner)),
            attr: ast::Identifier::new("astype"),
            ctx: ast::ExprContext::Load,
        };
        Some(Expr::Call(ast::ExprCall {
            range: c.range,
            func: Box::new(Expr::Attribute(astype)),
            args: vec![dtype.clone()],
            keywords: Vec::new(),
        }))
    }

    /// `np.where(c)` / `np.nonzero(c)` of a 1-d `c`: the tuple of its one
    /// index array, `(np.flatnonzero(c),)` (n-d ones are numpy's own tuple:
    /// nonzero.rs).
    fn nonzero(&mut self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !matches!(f.attr.as_str(), "where" | "nonzero") || !self.cx.numpy_module_of(&f.value) {
            return None;
        }
        let ([a], []) = (c.args.as_slice(), c.keywords.as_slice()) else { return None };
        self.cx.expr_ndim(a).filter(|n| *n == 1)?;
        let func = Expr::Attribute(ast::ExprAttribute {
            range: f.range,
            value: f.value.clone(),
            attr: ast::Identifier::new("flatnonzero"),
            ctx: ast::ExprContext::Load,
        });
        let call = Expr::Call(ast::ExprCall {
            range: c.range,
            func: Box::new(func),
            args: vec![a.clone()],
            keywords: Vec::new(),
        });
        self.nonzero_tuples.push(c.range);
        Some(Expr::Tuple(ast::ExprTuple { range: c.range, elts: vec![call], ctx: ast::ExprContext::Load }))
    }
}

/// `x in a` / `x not in a` of an array variable `a`: numpy's
/// `ndarray.__contains__`, `(a == x).any()` (numba's too). `a` is a name,
/// so reading it before `x` changes nothing.
fn array_contains(c: &ast::ExprCompare, arrays: &HashMap<String, ArrayTy>) -> Option<Expr> {
    let ([op], [Expr::Name(a)]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
    if !matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) || !arrays.contains_key(a.id.as_str()) {
        return None;
    }
    let at = c.range;
    let eq = compare(c.comparators[0].clone(), ast::CmpOp::Eq, c.left.as_ref().clone(), at);
    let attr = ast::ExprAttribute {
        range: at,
        value: Box::new(eq),
        attr: ast::Identifier::new("any"),
        ctx: ast::ExprContext::Load,
    };
    let any =
        Expr::Call(ast::ExprCall { range: at, func: Box::new(Expr::Attribute(attr)), args: vec![], keywords: vec![] });
    Some(if *op == ast::CmpOp::In { any } else { not(any) })
}

/// Whether evaluating `e` twice gives the same and changes nothing: names,
/// constants, attributes (`a.shape`), subscripts and arithmetic of them
/// (one that raises raises the same error each time: `in`'s left operand
/// is compared once per item).
fn pure(e: &Expr) -> bool {
    match e {
        Expr::Name(_) | Expr::Constant(_) => true,
        Expr::Attribute(a) => pure(&a.value),
        Expr::Subscript(s) => pure(&s.value) && pure(&s.slice),
        Expr::UnaryOp(u) => pure(&u.operand),
        Expr::BinOp(b) => pure(&b.left) && pure(&b.right),
        // `m[np.where(m > 0)]`: a comparison reads, as arithmetic does.
        Expr::Compare(c) => pure(&c.left) && c.comparators.iter().all(pure),
        Expr::BoolOp(b) => b.values.iter().all(pure),
        Expr::Tuple(t) => t.elts.iter().all(pure),
        Expr::List(l) => l.elts.iter().all(pure),
        Expr::Slice(s) => [&s.lower, &s.upper, &s.step].into_iter().flatten().all(|x| pure(x)),
        _ => false,
    }
}

/// An integer constant (`1`, `-1`).
pub(in crate::sema) fn constant_axis(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(v), .. }) => i64::try_from(v).ok(),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => constant_axis(&u.operand).map(|v| -v),
        _ => None,
    }
}

/// Whether `s` is or holds a `break` of the loop around it (not of a loop
/// inside it).
fn breaks_here(s: &Stmt) -> bool {
    match s {
        Stmt::Break(_) => true,
        Stmt::If(i) => i.body.iter().chain(&i.orelse).any(breaks_here),
        Stmt::With(w) => w.body.iter().any(breaks_here),
        Stmt::Try(t) => t.body.iter().chain(&t.orelse).chain(&t.finalbody).any(breaks_here),
        _ => false,
    }
}

/// Whether evaluating `e` again, or not at all, changes nothing: it reads
/// names and constants only (a tuple display's items for `in`, where
/// CPython evaluates every item before the first comparison).
fn plain(e: &Expr) -> bool {
    match e {
        Expr::Name(_) | Expr::Constant(_) => true,
        Expr::Attribute(a) => matches!(a.value.as_ref(), Expr::Name(_)),
        Expr::UnaryOp(u) => matches!(u.operand.as_ref(), Expr::Constant(_)),
        _ => false,
    }
}

fn bin(left: Expr, op: ast::Operator, right: Expr, at: TextRange) -> Expr {
    Expr::BinOp(ast::ExprBinOp { range: at, left: Box::new(left), op, right: Box::new(right) })
}

impl TupleForms<'_, '_> {
    /// The items of a tuple read without side effects: a tuple variable's
    /// or an array's shape (`t[k]`), or a display of plain items.
    fn tuple_items(&self, e: &Expr) -> Option<Vec<Expr>> {
        if let Expr::Tuple(t) = e {
            return t.elts.iter().all(plain).then(|| t.elts.clone());
        }
        let (t, n) = self.tuple_source(e)?;
        Some((0..n).map(|k| item_of(t.clone(), k, e.range())).collect())
    }

    /// `x in t` / `x not in t` over a tuple: `x == t[0] or x == t[1] ...`
    /// (CPython's `is`-or-`==` per item; an item that is the same name as
    /// `x` is the same object, so it is found even when it is a nan).
    fn tuple_contains(&self, c: &ast::ExprCompare) -> Option<Expr> {
        let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
        let array = matches!(c.left.as_ref(), Expr::Name(n) if self.arrays.contains_key(n.id.as_str()));
        if !matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) || !pure(&c.left) || array {
            return None;
        }
        let items = self.tuple_items(right)?;
        if items.is_empty() {
            return None;
        }
        let at = c.range;
        let same = |x: &Expr| matches!((c.left.as_ref(), x), (Expr::Name(a), Expr::Name(b)) if a.id == b.id);
        let tests: Vec<Expr> = items
            .into_iter()
            .map(|x| {
                if same(&x) {
                    return bool_const(true, at);
                }
                compare(c.left.as_ref().clone(), ast::CmpOp::Eq, x, at)
            })
            .collect();
        let any = match <[Expr; 1]>::try_from(tests) {
            Ok([one]) => one,
            Err(tests) => Expr::BoolOp(ast::ExprBoolOp { range: at, op: ast::BoolOp::Or, values: tests }),
        };
        Some(match op {
            ast::CmpOp::In => any,
            _ => not(any),
        })
    }

    /// `min(t)`, `max(t)`, `sum(t)`, `sum(t, start)`, `np.prod(t)` and
    /// `np.sum(t)` of a tuple variable or an array's shape, as the builtin
    /// of its items (`sum` starts from int 0 as CPython's does, so
    /// `sum((-0.0,))` is 0.0; numpy's int64 product of a shape is exact).
    fn tuple_reduce(&self, c: &ast::ExprCall) -> Option<Expr> {
        if !c.keywords.is_empty() {
            return None;
        }
        let (f, numpy) = match c.func.as_ref() {
            Expr::Name(f) if self.cx.is_builtin(f.id.as_str()) => (f.id.as_str(), false),
            Expr::Attribute(a) if self.cx.numpy_module_of(&a.value) => (a.attr.as_str(), true),
            _ => return None,
        };
        let (first, start) = match c.args.as_slice() {
            [t] => (t, None),
            [t, s] if f == "sum" && !numpy => (t, Some(s.clone())),
            _ => return None,
        };
        if matches!(first, Expr::Tuple(_)) {
            return None; // displays: minmax_of_tuple, or numpy's array of them
        }
        let (t, n) = self.tuple_source(first)?;
        let at = c.range;
        let items: Vec<Expr> = (0..n).map(|k| item_of(t.clone(), k, first.range())).collect();
        match (f, numpy) {
            ("min" | "max", false) if n == 1 => items.into_iter().next(),
            ("min" | "max", false) if n > 1 => Some(Expr::Call(ast::ExprCall { args: items, ..c.clone() })),
            ("sum", false) => Some(
                items
                    .into_iter()
                    .fold(start.unwrap_or_else(|| int(0, at)), |acc, x| bin(acc, ast::Operator::Add, x, at)),
            ),
            // A shape's items are ints: numpy's product or sum is int64.
            ("prod" | "sum", true) if n > 0 && self.is_shape(first) => {
                let op = if f == "prod" { ast::Operator::Mult } else { ast::Operator::Add };
                let mut items = items.into_iter();
                let head = items.next()?;
                Some(items.fold(head, |acc, x| bin(acc, op, x, at)))
            }
            _ => None,
        }
    }

    /// `np.array(t)` / `np.asarray(t)` of a tuple variable or an array's
    /// shape (`np.array(a.shape)`): numpy's array of the display of its
    /// items, `dtype=` kept.
    fn tuple_array(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        if !matches!(f.attr.as_str(), "array" | "asarray") || !self.cx.numpy_module_of(&f.value) {
            return None;
        }
        let [first, rest @ ..] = c.args.as_slice() else { return None };
        if matches!(first, Expr::Tuple(_)) {
            return None;
        }
        let (t, n) = self.tuple_source(first)?;
        let elts = (0..n).map(|k| item_of(t.clone(), k, first.range())).collect();
        let display = Expr::Tuple(ast::ExprTuple { range: first.range(), elts, ctx: ast::ExprContext::Load });
        let args = std::iter::once(display).chain(rest.iter().cloned()).collect();
        Some(Expr::Call(ast::ExprCall { args, ..c.clone() }))
    }

    /// `t.index(x)` and `t.count(x)` of a tuple variable whose items are
    /// ints (or bools) of one type: the list display of its items searched (`==` in order, as
    /// CPython's tuple search), the error of `index` the tuple's.
    fn tuple_search(&mut self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        let ([_], []) = (c.args.as_slice(), c.keywords.as_slice()) else { return None };
        let (t, n) = self.tuple_name(&m.value)?;
        if !matches!(m.attr.as_str(), "index" | "count") || n == 0 {
            return None;
        }
        let kinds: Vec<String> = (0..n).map(|k| self.cx.item_kind(&element_name(&t, k))).collect();
        // Ints and bools search this way (not arrays or tuples; nor floats:
        // CPython finds an item that is the needle's own object even when
        // it is a nan, which pycc cannot tell).
        let number = |k| {
            let e = element_name(&t, k);
            !self.arrays.contains_key(&e)
                && !self.arity.contains_key(&e)
                && !self.cx.complex.contains(&e)
                && self.cx.types.get(&e).is_some_and(|s| !s.is_float())
        };
        if kinds.windows(2).any(|w| w[0] != w[1]) || !(0..n).all(number) {
            return None;
        }
        let at = m.value.range();
        let items = Expr::List(ast::ExprList {
            range: at,
            elts: (0..n).map(|k| item(&t, k, at)).collect(),
            ctx: ast::ExprContext::Load,
        });
        if m.attr.as_str() == "index" {
            self.tuple_index_calls.push(usize::from(c.range.start()));
        }
        let func = Expr::Attribute(ast::ExprAttribute { value: Box::new(items), ..m.clone() });
        Some(Expr::Call(ast::ExprCall { func: Box::new(func), ..c.clone() }))
    }

    /// `np.size(a)`, `np.ndim(a)` of an array: `a.size`, `a.ndim`.
    fn array_query(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let ([a], []) = (c.args.as_slice(), c.keywords.as_slice()) else { return None };
        if !matches!(f.attr.as_str(), "size" | "ndim")
            || !self.cx.numpy_module_of(&f.value)
            || !self.cx.is_array_like(a)
        {
            return None;
        }
        Some(Expr::Attribute(ast::ExprAttribute {
            range: c.range,
            value: Box::new(a.clone()),
            attr: f.attr.clone(),
            ctx: ast::ExprContext::Load,
        }))
    }

    /// `a.real` of a real array variable as `a` (numpy's attribute returns
    /// the array itself), and
    /// `a.flags.c_contiguous` / `.f_contiguous` / `.contiguous` of an array
    /// variable as the attribute `flags#c` / `flags#f`, which the typer
    /// computes from the shape and strides as numpy does. (Not `a.strides`:
    /// numpy's buffer export normalizes a contiguous array's strides, so
    /// an argument's can differ from numpy's `a.strides` where an axis has
    /// extent 0 or 1; the flags ignore exactly those axes.)
    fn array_layout_attr(&self, a: &ast::ExprAttribute) -> Option<Expr> {
        let attr = |value: Expr, id: &str| {
            Expr::Attribute(ast::ExprAttribute {
                range: a.range,
                value: Box::new(value),
                attr: ast::Identifier::new(id),
                ctx: ast::ExprContext::Load,
            })
        };
        let array_name = |e: &Expr| matches!(e, Expr::Name(n) if self.arrays.contains_key(n.id.as_str()));
        // numpy's `real` of a real array is the array itself.
        if let Expr::Name(n) = a.value.as_ref() {
            let real = self.arrays.get(n.id.as_str()).is_some_and(|t| !t.complex);
            return (a.attr.as_str() == "real" && real).then(|| (*a.value).clone());
        }
        let Expr::Attribute(f) = a.value.as_ref() else { return None };
        if f.attr.as_str() != "flags" || !array_name(&f.value) {
            return None;
        }
        let which = match a.attr.as_str() {
            "c_contiguous" | "contiguous" => "flags#c",
            "f_contiguous" => "flags#f",
            _ => return None,
        };
        Some(attr((*f.value).clone(), which))
    }

    /// `np.shape(a)` of an array variable: `a.shape` (numpy's function
    /// returns the attribute), wherever the call stands.
    fn np_shape(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(f) = c.func.as_ref() else { return None };
        let ([Expr::Name(a)], []) = (c.args.as_slice(), c.keywords.as_slice()) else { return None };
        if f.attr.as_str() != "shape" || !self.cx.numpy_module_of(&f.value) || !self.arrays.contains_key(a.id.as_str())
        {
            return None;
        }
        Some(Expr::Attribute(ast::ExprAttribute {
            range: c.range,
            value: Box::new(c.args[0].clone()),
            attr: f.attr.clone(),
            ctx: ast::ExprContext::Load,
        }))
    }

    /// `a.tolist()` of a 1-d array: `list(a)`, a list of its numbers as
    /// Python's ints, floats or bools (numpy's `item()` of each); of a
    /// 2-d array `[list($r) for $r in a]`, numpy's nested lists (the
    /// name is per place, so each holds its own array's rows).
    fn tolist(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        if m.attr.as_str() != "tolist" || !c.args.is_empty() || !c.keywords.is_empty() {
            return None;
        }
        if !self.cx.is_array_like(&m.value) {
            return None;
        }
        match self.cx.expr_ndim(&m.value) {
            Some(1) => Some(call("list", vec![(*m.value).clone()], c.range)),
            Some(2) => {
                let r = format!("$tolist{}", u32::from(c.range.start()));
                let elt = call("list", vec![name(&r, c.range)], c.range);
                Some(Expr::ListComp(crate::sema::sugar::list_comp(elt, &r, (*m.value).clone(), c.range)))
            }
            _ => None,
        }
    }

    /// `a.conj()` / `a.conjugate()` of a real array variable: `a` itself,
    /// as numpy's PyArray_Conjugate returns a non-complex array unchanged
    /// (no copy; `np.conj(a)`, the ufunc, copies).
    fn real_conj_method(&self, c: &ast::ExprCall) -> Option<Expr> {
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        let Expr::Name(n) = m.value.as_ref() else { return None };
        let real = self.arrays.get(n.id.as_str()).is_some_and(|t| !t.complex);
        let plain = c.args.is_empty() && c.keywords.is_empty();
        (matches!(m.attr.as_str(), "conj" | "conjugate") && real && plain).then(|| (*m.value).clone())
    }

    /// `a.nonzero()`, `a.swapaxes(i, j)`, `a.conj()`, ... of an array: the
    /// numpy function of the same name with `a` first, which numpy's
    /// methods are (the receiver evaluated once, where it stood).
    fn method_as_function(&self, c: &ast::ExprCall) -> Option<Expr> {
        // Not `ptp`: numpy 2 removed the method (numpy.rs's REMOVED_METHODS).
        const METHODS: [&str; 10] =
            ["nonzero", "swapaxes", "conj", "conjugate", "squeeze", "trace", "searchsorted", "take", "diagonal", "put"];
        let Expr::Attribute(m) = c.func.as_ref() else { return None };
        // An array method's array (`np.abs(a).copy().swapaxes(0, 1)`) too.
        let array = self.cx.is_array_like(&m.value) || self.cx.expr_ndim(&m.value).is_some();
        // `a.compress(condition, axis)` is `np.compress(condition, a, axis)`:
        // only of a name, whose read after the condition is the same read.
        let compress = m.attr.as_str() == "compress" && matches!(m.value.as_ref(), Expr::Name(_)) && !c.args.is_empty();
        if !(METHODS.contains(&m.attr.as_str()) || compress) || !array {
            return None;
        }
        let np = self
            .cx
            .globals
            .modules
            .iter()
            .find(|(alias, module)| module.as_str() == "numpy" && self.cx.numpy_module_of(&name(alias, m.range)))?;
        let func = Expr::Attribute(ast::ExprAttribute {
            range: m.range,
            value: Box::new(name(np.0, m.value.range())),
            attr: m.attr.clone(),
            ctx: ast::ExprContext::Load,
        });
        let mut args: Vec<Expr> = std::iter::once((*m.value).clone()).chain(c.args.iter().cloned()).collect();
        if compress {
            args.swap(0, 1);
        }
        Some(Expr::Call(ast::ExprCall { range: c.range, func: Box::new(func), args, keywords: c.keywords.clone() }))
    }

    fn is_shape(&self, e: &Expr) -> bool {
        matches!(e, Expr::Attribute(a) if a.attr.as_str() == "shape")
    }
}
