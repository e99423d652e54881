//! Expressions: values, subscripts, conditions, unary, comparison, boolean
//! and conditional expressions.

use crate::sema::*;

/// `10 ** -8` of int literals: CPython's compiler folds it to the float
/// 1e-08 before anything runs (numba sees that constant too), where int
/// ** int typed as numba types it would give the int 0.
pub(in crate::sema) fn literal_int_pow(b: &ast::ExprBinOp) -> Option<f64> {
    let env = HashMap::new();
    let int = |e: &Expr| matches!(crate::syntax::parse::fold_constant(e, &env), Some(ConstValue::Int(_)));
    if b.op != ast::Operator::Pow || !int(&b.left) || !int(&b.right) {
        return None;
    }
    match crate::syntax::parse::fold_constant(&Expr::BinOp(b.clone()), &env) {
        Some(ConstValue::Float(v)) => Some(v),
        _ => None,
    }
}

/// Python truthiness as a bool expression.
pub(in crate::sema) fn truth(e: TExpr) -> TExpr {
    if e.ty == Scalar::Bool {
        return e;
    }
    let span = e.span.clone();
    TExpr { ty: Scalar::Bool, kind: TExprKind::Truth(Box::new(e)), span }
}

/// Whether `e` can have no effect (names, constants and operators over
/// them); anything else, a call in particular, may.
pub(in crate::sema) fn is_pure(e: &Expr) -> bool {
    let opt = |e: &Option<Box<Expr>>| e.as_deref().is_none_or(is_pure);
    match e {
        Expr::Name(_) | Expr::Constant(_) => true,
        Expr::Attribute(a) => is_pure(&a.value),
        Expr::Subscript(s) => is_pure(&s.value) && is_pure(&s.slice),
        Expr::Slice(s) => opt(&s.lower) && opt(&s.upper) && opt(&s.step),
        Expr::UnaryOp(u) => is_pure(&u.operand),
        Expr::BinOp(b) => is_pure(&b.left) && is_pure(&b.right),
        Expr::BoolOp(b) => b.values.iter().all(is_pure),
        Expr::Compare(c) => is_pure(&c.left) && c.comparators.iter().all(is_pure),
        Expr::Tuple(t) => t.elts.iter().all(is_pure),
        _ => false,
    }
}

impl Typer<'_> {
    /// A value where a tuple may stand: an assignment's or a `return`'s whole
    /// right-hand side. A call returning a tuple runs first (in `pre`), its
    /// elements bound to fresh variables.
    pub(in crate::sema) fn value_top(&mut self, e: &Expr) -> Option<Val> {
        self.check_value_top(e).ok()
    }

    /// `value_top`, checked.
    pub(in crate::sema) fn check_value_top(&mut self, e: &Expr) -> Checked<Val> {
        let span = range(e);
        if let Expr::Call(c) = e {
            if let Expr::Name(n) = c.func.as_ref() {
                let name = n.id.as_str();
                if self.globals.functions.contains_key(name)
                    && !self.types.contains_key(name)
                    && !self.arity.contains_key(name)
                    && !BUILTINS.contains(&name)
                {
                    let called = self.file_call(name, c, range(e));
                    let (symbol, ret, args) = self.checked(called, &span)?;
                    // An array result may alias any array argument.
                    let mut sources = std::collections::BTreeSet::new();
                    for arg in c.args.iter().chain(c.keywords.iter().map(|k| &k.value)) {
                        for n in self.arrays_in(arg) {
                            sources.extend(self.array_sources.get(&n).cloned().unwrap_or_default());
                        }
                    }
                    if let Some(Ty::Tuple(xs)) = ret {
                        let temp = format!("$call{}", self.temps);
                        self.temps += 1;
                        // One variable per flattened scalar; a complex
                        // element is two of them.
                        let mut vars = Vec::new();
                        let mut elems = Vec::new();
                        for x in &xs {
                            if let Ty::Array(a) = x {
                                let r = self.array_temp(*a, sources.clone());
                                vars.extend(r.vars());
                                elems.push(Val::Array(r));
                                continue;
                            }
                            let mut read = Vec::new();
                            for s in x.flat() {
                                let name = element_name(&temp, vars.len());
                                let var = self.var(&name);
                                self.vars[var].ty = s;
                                self.types.insert(name, s);
                                vars.push(var);
                                read.push(TExpr { ty: s, kind: TExprKind::Var(var), span: range(e) });
                            }
                            let elem = tuples::rebuild(x, &mut read.into_iter());
                            elems.push(self.checked(elem, &span)?);
                        }
                        self.pre.push(TStmt::CallAssign { symbol, args, vars });
                        return Ok(Val::Tuple(elems));
                    }
                    if let Some(Ty::Array(a)) = ret {
                        let r = self.array_temp(a, sources);
                        self.pre.push(TStmt::CallAssign { symbol, args, vars: r.vars() });
                        return Ok(Val::Array(r));
                    }
                    if let Some(Ty::Dict(keys, values)) = ret {
                        // The callee's dict (its header's address).
                        let header = self.fresh("call", Scalar::I64);
                        let dict = crate::tir::dict::DictRef {
                            name: format!("${name}()"),
                            header,
                            keys,
                            values,
                            str_keys: false,
                        };
                        self.pre.push(TStmt::CallAssign { symbol, args, vars: vec![header] });
                        return Ok(Val::Dict(dict));
                    }
                    if let Some(Ty::ListOf(item)) = ret {
                        let list = self.array_list_call(name, symbol, args, &item, sources, &c.args);
                        return self.checked(list, &span);
                    }
                    if let Some(Ty::List(items)) = ret {
                        // The callee's list (its header's address).
                        let header = self.fresh("call", Scalar::I64);
                        let list = crate::tir::list::ListRef { name: format!("${name}()"), header, items };
                        self.pre.push(TStmt::CallAssign { symbol, args, vars: vec![header] });
                        return Ok(Val::List(list));
                    }
                    if let Some(Ty::Complex(p)) = ret {
                        let temp = format!("$call{}", self.temps);
                        self.temps += 1;
                        let vars: Vec<Var> = (0..2)
                            .map(|j| {
                                let var = self.var(&element_name(&temp, j));
                                self.vars[var].ty = p;
                                self.types.insert(element_name(&temp, j), p);
                                var
                            })
                            .collect();
                        let part = |v: Var| TExpr { ty: p, kind: TExprKind::Var(v), span: range(e) };
                        let (re, im) = (part(vars[0]), part(vars[1]));
                        self.pre.push(TStmt::CallAssign { symbol, args, vars });
                        return Ok(Val::Complex(re, im));
                    }
                    if let Some(Ty::Str) = ret {
                        // Learned now: the next round types the call as a
                        // str (strings.rs), the name it is bound to a str.
                        self.strs.insert(strings::str_call_mark(name));
                        return Err(self.learned(span));
                    }
                    if let Some(Ty::Optional(t)) = ret {
                        let x = self.optional_number(symbol, args, t, range(e));
                        return Ok(Val::Scalar(x));
                    }
                    if let Some(Ty::Set(_)) = ret {
                        let set = self.helper_set_result(name, range(e));
                        return self.checked(set, &span);
                    }
                    let Some(Ty::Scalar(ty)) = ret else {
                        return Err(self.report(
                            Diagnostic::error(format!("`{name}` returns None here; its value cannot be used"))
                                .at(range(e), "no value"),
                        ));
                    };
                    return Ok(Val::Scalar(TExpr { ty, kind: TExprKind::Call(symbol, args), span: range(e) }));
                }
            }
        }
        self.check_value(e)
    }

    /// A value that may be a tuple: a tuple literal, a tuple variable,
    /// `divmod(a, b)`, or any scalar expression.
    pub(in crate::sema) fn value(&mut self, e: &Expr) -> Option<Val> {
        self.check_value(e).ok()
    }

    /// `value`, checked.
    pub(in crate::sema) fn check_value(&mut self, e: &Expr) -> Checked<Val> {
        let span = range(e);
        if self.is_complex(e) {
            return self.check_cexpr(e).map(|(re, im)| Val::Complex(re, im));
        }
        decide!(self, &span, self.cmath_polar(e).map(|xs| Val::Tuple(xs.into_iter().map(Val::Scalar).collect())));
        decide!(self, &span, self.dict_value(e));
        decide!(self, &span, self.list_value(e));
        decide!(self, &span, self.heapq_value(e));
        if let Expr::Subscript(s) = e {
            self.check_mixed_index(s)?;
        }
        // The forms below not yet converted to `Checked` give an `Option`.
        let v = match e {
            Expr::Call(c) if self.numpy_function(&c.func) == Some(NpFunc::HistogramCounts) => {
                self.histogram(c, span.clone())
            }
            Expr::Call(c) if self.numpy_function(&c.func) == Some(NpFunc::MeshgridX) => self.meshgrid(c, span.clone()),
            Expr::Call(c) if self.extra_tuple_call(c) => {
                let name = self.npfunc_call(c);
                let (name, _) = self.checked(name, &span)?;
                self.extra_call(c, name, span.clone())
            }
            Expr::Call(c) if self.two_result_call(c).is_some() => self.two_result_ufunc(c, span.clone()),
            Expr::Call(c) if self.unique_tuple_call(c) => self.unique_tuple(c, span.clone()),
            Expr::Call(c) if self.average_tuple_call(c) => self.average_tuple(c, span.clone()),
            Expr::Call(c) if self.histogram2d_call(c) => self.histogram2d(c, span.clone()),
            Expr::Call(c) if self.split_tuple_call(c) => self.split_tuple(c, span.clone()),
            Expr::Call(c) if self.nonzero_call(c) => self.nonzero_tuple(c, span.clone()),
            Expr::Tuple(t) if t.elts.is_empty() => return Err(self.not_supported(span, "empty tuples are")),
            Expr::Tuple(t) => self.in_order(&t.elts, |t, x| t.check_tuple_element(x).ok()).map(Val::Tuple),
            Expr::Name(n) if self.arity.contains_key(n.id.as_str()) => {
                return Ok(Val::Tuple(self.tuple_var(n.id.as_str(), span)))
            }
            Expr::Name(n) if self.arrays.contains_key(n.id.as_str()) => {
                return Ok(Val::Array(self.array_ref(n.id.as_str())))
            }
            Expr::Subscript(s) if self.tuple_base(&s.value).is_some() || self.is_tuple_operand(&s.value) => {
                self.tuple_subscript_val(s, span.clone())
            }
            Expr::Subscript(s) if self.fancy_ndim(s).is_some() => self.fancy_read(s, span.clone()).map(Val::Array),
            Expr::Subscript(_) if self.view_ndim(e).is_some() => self.array_operand(e).done().map(Val::Array),
            _ if self.is_array_expr(e) => self.array_expr(e).map(Val::Array),
            Expr::Call(c) if self.array_call_ndim(c).is_some() => self.array_call(c, span.clone()),
            Expr::Attribute(a) if self.expr_ndim(e).is_some() => self.attribute_view(a, span.clone()).map(Val::Array),
            Expr::Call(c) if self.numpy_call_makes_array(c) => self.numpy_call(c, span.clone()).map(Val::Array),
            Expr::Call(c) if self.array_method(e).is_some() => self.method_call(c, true, span.clone()),
            Expr::Attribute(a) if self.array_name(&a.value).is_some() && a.attr.as_str() == "shape" => {
                return Ok(Val::Tuple(self.shape_tuple(&a.value, span).into_iter().map(Val::Scalar).collect()))
            }
            Expr::Call(c) if self.math_tuple_call(c).is_some() => {
                let name = self.math_tuple_call(c);
                let name = self.checked(name, &span)?;
                return self.math_tuple(name, c, span.clone());
            }
            Expr::Call(c) if self.is_builtin_divmod(c) => return self.check_divmod(c, span.clone()),
            _ => return self.check_expr(e).map(Val::Scalar),
        };
        self.checked(v, &span)
    }

    /// `divmod(..)` naming the builtin (not a local, a tuple or a function
    /// of the file called `divmod`).
    fn is_builtin_divmod(&self, c: &ast::ExprCall) -> bool {
        let shadowed = |t: &Self, n: &str| {
            t.types.contains_key(n) || t.arity.contains_key(n) || t.globals.functions.contains_key(n)
        };
        matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "divmod" && !shadowed(self, "divmod"))
    }

    /// `x.m(...)` that nothing above compiles: names the method and what
    /// it is called on; nothing new for a name whose assignment failed (the
    /// first error says why).
    pub(in crate::sema) fn method_error(&mut self, m: &ast::ExprAttribute, span: Range<usize>) -> Checked<TExpr> {
        let attr = m.attr.as_str();
        let what = match m.value.as_ref() {
            Expr::Name(n) if self.poisoned.contains(n.id.as_str()) => return Err(self.reported_before(&span)),
            Expr::Name(n) => {
                let id = n.id.as_str();
                match self.types.get(id) {
                    Some(t) => format!("a {t} (`{id}`)"),
                    None if self.arity.contains_key(id) => format!("the tuple `{id}`"),
                    None if self.lists.contains_key(id) => format!("the list `{id}`"),
                    None if self.arrays.contains_key(id) => format!("the array `{id}`"),
                    None => format!("`{id}`"),
                }
            }
            Expr::Call(c) if self.squeeze_without_axis_call(c) => {
                let r = self.squeeze_without_axis(range(m.value.as_ref()));
                return self.checked(r, &span);
            }
            // The round learned the callee returns a str; it runs again.
            Expr::Call(_) if self.learns_str_call(&m.value) => return Err(self.learned(span)),
            Expr::Call(_) => "the result of a call".to_string(),
            _ => "the value of an expression".to_string(),
        };
        Err(self.report(
            Diagnostic::error(format!("the method `.{attr}()` of {what} is not supported yet"))
                .at(span, "this call")
                .note("see the README's table of what works"),
        ))
    }

    /// `divmod(a, b)`: `(a // b, a % b)` in the operands' unified type, with
    /// divmod's own ZeroDivisionError message (CPython's `_float_div_mod`
    /// gives the same quotient and remainder as `//` and `%`).
    pub(in crate::sema) fn check_divmod(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Checked<Val> {
        if !c.keywords.is_empty() || c.args.len() != 2 {
            return Err(self.report(
                Diagnostic::error(format!(
                    "divmod() takes exactly two positional arguments ({} given)",
                    c.args.len() + c.keywords.len()
                ))
                .at(span, "here"),
            ));
        }
        let a = self.check_expr(&c.args[0]);
        let b = self.check_expr(&c.args[1]);
        let (a, b) = (a?, b?);
        if crate::sema::numbers::mixeddiv::mixed_sign_u64(a.ty, b.ty) {
            return Ok(self.mixed_sign_divmod(a, b, span));
        }
        let ty = Scalar::arith(a.ty, b.ty);
        // Each half reads both operands: computed once, shared.
        let (a, b) = (self.share(cast(a, ty)), self.share(cast(b, ty)));
        let half = |op| match self.numpy_errors {
            true => self.division_op(op, a.clone(), b.clone(), ty, span.clone()),
            false => {
                TExpr { ty, kind: TExprKind::DivMod(op, Box::new(a.clone()), Box::new(b.clone())), span: span.clone() }
            }
        };
        Ok(Val::Tuple(vec![Val::Scalar(half(BinOp::FloorDiv)), Val::Scalar(half(BinOp::Mod))]))
    }

    /// `t[i]` for a tuple `t` (sema/containers/tuples.rs): a constant `i` (negative
    /// counts from the end; out of range is a compile-time error), or a
    /// variable one into a tuple of one element type.
    pub(in crate::sema) fn subscript(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Checked<TExpr> {
        self.check_mixed_index(s)?;
        decide!(self, &span, self.array_subscript(s, span.clone()));
        let x = self.tuple_subscript(s, span.clone());
        self.checked(x, &span)
    }

    /// `a[m, 1]`, `a[idx, :]`: an index array (or list) beside other
    /// indices that fancy_ndim does not take (too many indices, an array
    /// of floats, a result of more than 8 axes) is reported here (once
    /// per subscript); the other indices would otherwise be typed as
    /// numbers and the error would blame the index array as "used here as
    /// a number". Ok for any other subscript.
    pub(in crate::sema) fn check_mixed_index(&mut self, s: &ast::ExprSubscript) -> Checked<()> {
        let Some(k) = self.mixed_advanced_at(s) else { return Ok(()) };
        let Expr::Tuple(t) = s.slice.as_ref() else { return Ok(()) };
        let n = self.expr_ndim(&s.value).unwrap_or(0);
        if let Some((_, taken)) = self.mixed_ndim(t).filter(|(_, taken)| *taken > n) {
            return Err(self.report(
                Diagnostic::error(format!(
                    "too many indices for array: array is {n}-dimensional, but {taken} were indexed"
                ))
                .at(range(s), "here"),
            ));
        }
        Err(self.report(
            Diagnostic::error("this index array beside other indices is not supported")
                .at(range(&t.elts[k]), "an index array")
                .note(format!("numpy: arrays used as indices must be of integer (or boolean) type; pycc's mixed indexing (`a[m, 1]`, `a[:, idx] = v`) also takes one Ellipsis at most and gives at most {} axes", numpy::MAX_NDIM)),
        ))
    }

    /// Which index of `s` is the index array of a mixed index, if any.
    pub(in crate::sema) fn mixed_advanced_at(&self, s: &ast::ExprSubscript) -> Option<usize> {
        let Expr::Tuple(t) = s.slice.as_ref() else { return None };
        if t.elts.len() < 2 || self.expr_ndim(&s.value).is_none() || self.fancy_ndim(s).is_some() {
            return None;
        }
        t.elts.iter().position(|x| self.is_array_like(x) || self.list_name(x).is_some() || matches!(x, Expr::List(_)))
    }

    /// An `if`/`while` test as a bool (Python truthiness).
    pub(in crate::sema) fn condition(&mut self, e: &Expr) -> Option<TExpr> {
        self.check_condition(e).ok()
    }

    /// `condition`, checked.
    pub(in crate::sema) fn check_condition(&mut self, e: &Expr) -> Checked<TExpr> {
        let span = range(e);
        decide!(self, &span, self.set_truth(e));
        decide!(self, &span, self.str_truth(e));
        if let Some(t) = self.list_truth(e) {
            return Ok(t);
        }
        if let Some(c) = self.list_item_truth(e) {
            return self.check_condition(&c);
        }
        if let Some(t) = self.dict_truth(e) {
            return Ok(t);
        }
        if let Some(t) = self.optional_truth(e) {
            return Ok(t);
        }
        decide!(self, &span, self.list_logic_truth(e));
        if self.is_complex(e) {
            let mark = self.lets.len();
            let z = self.check_cexpr(e)?;
            let t = cplx::truth_of(z, &span);
            return Ok(self.wrap_lets(mark, t));
        }
        Ok(truth(self.check_expr(e)?))
    }

    /// A scalar expression, for the forms not yet converted to `Checked`.
    pub(in crate::sema) fn expr(&mut self, e: &Expr) -> Option<TExpr> {
        self.check_expr(e).ok()
    }

    /// A scalar expression; values it shares are bound inside it, so a
    /// conditional part of a larger expression computes them only when it
    /// runs.
    pub(in crate::sema) fn check_expr(&mut self, e: &Expr) -> Checked<TExpr> {
        let mark = self.lets.len();
        match self.expr_unshared(e) {
            Ok(x) => Ok(self.wrap_lets(mark, x)),
            Err(r) => {
                self.lets.truncate(mark);
                Err(r)
            }
        }
    }

    pub(in crate::sema) fn expr_unshared(&mut self, e: &Expr) -> Checked<TExpr> {
        let span = range(e);
        decide!(self, &span, self.set_expr(e));
        decide!(self, &span, self.str_expr(e));
        decide!(self, &span, self.dict_expr(e));
        // Before a list's `in`: `x in [0, 1]` of an optional `x`.
        if let Expr::Compare(c) = e {
            if let Some(name) = self.optional_equality(c) {
                return self.optional_equality_expr(c, name, span);
            }
        }
        decide!(self, &span, self.list_expr(e));
        match self.heapq_value(e) {
            Claim::NotMine => {}
            Claim::Failed => return Err(self.reported_before(&span)),
            Claim::Done(Val::Scalar(x)) => return Ok(x),
            Claim::Done(_) => {
                let x = self.list_tuple_error(span.clone());
                return self.checked(x, &span);
            }
        }
        decide!(self, &span, self.complex_scalar(e));
        match e {
            Expr::Name(n) => self.check_name(n.id.as_str(), span),
            Expr::Constant(_) => self.literal(e),
            Expr::BinOp(b) => self.binop_expr(b, span),
            Expr::UnaryOp(u) => self.unary_expr(u, span),
            Expr::Compare(c) => self.compare_expr(c, span),
            Expr::BoolOp(b) => self.bool_operands(b, span, Self::check_expr),
            Expr::IfExp(i) => self.ifexp_expr(i, span),
            Expr::Call(c) => self.check_call(c, span),
            Expr::Attribute(a) => self.attribute_expr(a, span),
            Expr::Subscript(s) => self.subscript(s, span),
            _ => Err(self.not_a_number(e)),
        }
    }

    /// A literal: a number, or a diagnostic for an int past uint64 and
    /// for the literals that are not numbers.
    fn literal(&mut self, e: &Expr) -> Checked<TExpr> {
        let span = range(e);
        match literal_value(e) {
            Some(c) => self.check_constant(c, span),
            // An int literal past i128 (`0xfff...`, 40 digits): too large, not a str.
            None if matches!(&e, Expr::Constant(c) if matches!(c.value, ast::Constant::Int(_))) => Err(self
                .report(Diagnostic::error("integer constant does not fit in int64 or uint64").at(span, "too large"))),
            None => Err(self.not_supported(span, "string, bytes and None literals are")),
        }
    }

    /// `a op b`, with CPython's constant folding of literal ints.
    fn binop_expr(&mut self, b: &ast::ExprBinOp, span: Range<usize>) -> Checked<TExpr> {
        if self.tuple_repeat_error(b) {
            return Err(self.reported_before(&span));
        }
        if let Some(v) = literal_int_pow(b) {
            return self.check_constant(ConstValue::Float(v), span);
        }
        let whole = Expr::BinOp(b.clone());
        if let Some(i) = numbers::literalfold::wide_literal_int(&whole) {
            return self.check_constant(ConstValue::Int(i), span);
        }
        // In Python's order: a right operand computed before the
        // statement (`xs.pop()`) must not run before the left one
        // reads what it changes (`xs[-1] * 2 - xs.pop()`).
        let l = self.check_expr(&b.left);
        let queued = self.pre.len();
        let r = self.check_expr(&b.right);
        let l = if self.pre.len() > queued { l.map(|l| self.before_queued(queued, l)) } else { l };
        let (l, r, first) = self.python_int_past_scalar(b, l?, r?);
        let x = self.check_binary(b.op, l, r, span)?;
        Ok(cplx::let_in(first, x))
    }

    /// numpy 2 (NEP 50) for a numpy int scalar (`np.int8(x)`, or a name
    /// bound only to such calls) with an int literal its dtype cannot hold:
    /// the literal stays a weak Python int, which numpy converts to int8
    /// first, raising `OverflowError: Python integer 1000 out of bounds for
    /// int8` (not `/`, which computes in float64). The literal becomes that
    /// conversion (NpScalar raises numpy's message), computed after the
    /// scalar: a scalar on the right is bound first (the returned Let).
    fn python_int_past_scalar(&mut self, b: &ast::ExprBinOp, l: TExpr, r: TExpr) -> (TExpr, TExpr, Vec<(Var, TExpr)>) {
        if matches!(b.op, ast::Operator::Div | ast::Operator::MatMult) {
            return (l, r, Vec::new());
        }
        let left = self.numpy_int_scalar(&b.left);
        let (lit, scalar) = match (left, self.numpy_int_scalar(&b.right)) {
            (true, _) => (&b.right, l.ty),
            (false, true) => (&b.left, r.ty),
            _ => return (l, r, Vec::new()),
        };
        let Scalar::Int { bits, signed } = scalar else { return (l, r, Vec::new()) };
        let (lo, hi) =
            if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
        let past = |i: i128| !(lo..=hi).contains(&i) && i64::try_from(i).is_ok();
        // A literal, or an expression of them (`2**40`: CPython folds it).
        match crate::syntax::parse::fold_constant(lit, &HashMap::new()) {
            Some(ConstValue::Int(i)) if past(i) && bits < 64 || past(i) && !signed => {}
            _ => return (l, r, Vec::new()),
        }
        let convert = |x: TExpr| {
            let ty = x.ty;
            cast(TExpr { ty: scalar, span: x.span.clone(), kind: TExprKind::NpScalar(Box::new(x)) }, ty)
        };
        if left {
            let r = convert(r);
            return (l, r, Vec::new());
        }
        let var = self.fresh("scalar", r.ty);
        let read = TExpr { ty: r.ty, kind: TExprKind::Var(var), span: r.span.clone() };
        (convert(l), read, vec![(var, r)])
    }

    /// Whether `e` is a numpy int scalar as numpy 2 promotes it: a numpy
    /// scalar constructor call of a number, or a name bound only to those.
    fn numpy_int_scalar(&self, e: &Expr) -> bool {
        match e {
            Expr::Call(c) => {
                matches!(self.numpy_scalar_type(c), Some(Scalar::Int { .. }))
                    && c.keywords.is_empty()
                    && matches!(c.args.as_slice(), [a] if !self.is_array_like(a))
            }
            Expr::Name(n) => {
                self.numpy_scalar_name(n.id.as_str())
                    && self
                        .element_binds
                        .get(n.id.as_str())
                        .is_some_and(|(vs, _)| vs.iter().all(|v| matches!(v, Expr::Call(_))))
            }
            _ => false,
        }
    }

    /// `m.x` as a number: a math or numpy constant, an array's attribute,
    /// `.real`/`.imag`, a dtype's information.
    fn attribute_expr(&mut self, a: &ast::ExprAttribute, span: Range<usize>) -> Checked<TExpr> {
        let x = match self.math_module_of(&a.value) {
            Some(()) => return self.math_constant(a.attr.as_str(), span),
            None if self.array_name(&a.value).is_some() => self.array_attribute(a, span.clone()),
            None if self.numpy_module_of(&a.value) => self.numpy_constant(a.attr.as_str(), span.clone()),
            None if matches!(a.attr.as_str(), "real" | "imag") && !self.is_array_like(&a.value) => {
                return self.real_part(&a.value, a.attr.as_str(), span);
            }
            None => match self.type_info(a, span.clone()) {
                Claim::Done(x) => return Ok(x),
                Claim::Failed => None,
                Claim::NotMine if self.is_array_like(&a.value) => self.computed_array_attribute(a, span.clone()),
                Claim::NotMine => return Err(self.not_supported(span, "attribute access is")),
            },
        };
        self.checked(x, &span)
    }

    /// An expression of a kind that is never a number.
    fn not_a_number(&mut self, e: &Expr) -> Reported {
        let span = range(e);
        match e {
            Expr::Tuple(_) => self.report(
                Diagnostic::error("a tuple is used here as a number")
                    .at(span, "a tuple")
                    .note("a tuple can be unpacked, indexed with a constant, passed to len(), assigned, passed to this file's functions and returned"),
            ),
            Expr::List(_) | Expr::ListComp(_) => self.not_supported(span, "lists are"),
            Expr::Dict(_) | Expr::DictComp(_) => {
                self.not_supported(span, "a dict display used as a value (not assigned to a name) is")
            }
            Expr::Set(_) | Expr::SetComp(_) => self.not_supported(span, "sets are"),
            Expr::Lambda(_) => self.not_supported(span, "lambdas are"),
            Expr::Yield(_) | Expr::YieldFrom(_) => self.report(
                Diagnostic::error("this use of a generator function is not supported yet")
                    .at(span, "a yield")
                    .note("pycc inlines a generator function of the file (yields as statements, parameters by position or keyword, literal defaults) where it is the iterable of a `for` loop: `for x in gen(n):`; not called otherwise, nor with `yield from` or `x = yield v`"),
            ),
            Expr::GeneratorExp(_) => {
                self.not_supported(span, "generator expressions other than the argument of any/all/sum/min/max are")
            }
            Expr::JoinedStr(_) | Expr::FormattedValue(_) => self.not_supported(span, "strings are"),
            Expr::Await(_) => self.not_supported(span, "`await` is"),
            Expr::NamedExpr(_) => self.report(
                Diagnostic::error("`:=` here is not supported yet")
                    .at(span, "evaluated only on a condition")
                    .note("pycc compiles `:=` where the statement always evaluates it (not after `and`/`or`, in an arm of `x if c else y`, a later link of a chained comparison, a `while` with `else`, or a comprehension other than `name = [...]`): assign it on a line of its own"),
            ),
            Expr::Starred(_) => self.report(
                Diagnostic::error("this starred argument is not supported here yet")
                    .at(span, "`*` of a list or other sequence of run-time length")
                    .note("pycc spreads a tuple anywhere, and a list only in a call that is the whole statement (`g(*xs)`, `y = g(*xs)`, `return g(*xs)`) of a function of this file with positional parameters and no defaults, the other arguments names or constants"),
            ),
            _ => self.not_supported(span, "this expression is"),
        }
    }

    /// `-x`, `+x`, `not x`, `~x`.
    pub(in crate::sema) fn unary_expr(&mut self, u: &ast::ExprUnaryOp, span: Range<usize>) -> Checked<TExpr> {
        // `-9223372036854775808` is int64's MIN, though its operand alone does not fit.
        let whole = Expr::UnaryOp(u.clone());
        if let Some(i) = numbers::literalfold::wide_literal_int(&whole) {
            return self.check_constant(ConstValue::Int(i), span);
        }
        if u.op == ast::UnaryOp::USub
            && matches!(literal_value(&whole), Some(ConstValue::Int(i)) if i == i64::MIN as i128)
        {
            return self.check_constant(ConstValue::Int(i64::MIN as i128), span);
        }
        let v = self.check_expr(&u.operand)?;
        if u.op == ast::UnaryOp::Not {
            return Ok(TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(truth(v))), span });
        }
        // Python: -True == -1 and +True == 1; bool arithmetic is int64 arithmetic.
        // numba: an int's -x, +x, ~x are 64-bit (-int8(-128) is 128).
        let v = if v.ty == Scalar::Bool { cast(v, Scalar::I64) } else { v };
        let v = match v.ty.widened() {
            t if t != v.ty => cast(v, t),
            _ => v,
        };
        match u.op {
            ast::UnaryOp::UAdd => Ok(TExpr { span, ..v }),
            ast::UnaryOp::USub => match v.kind {
                // Folded only when exact: -MIN stays a negation, which wraps,
                // or raises under --overflow=raise, as at run time.
                TExprKind::Const(c) if !matches!(c, ConstValue::Int(i) if i == i64::MIN as i128) => {
                    Ok(TExpr { ty: v.ty, kind: TExprKind::Const(negate(c, v.ty)), span })
                }
                _ => Ok(TExpr { ty: v.ty, kind: TExprKind::Neg(Box::new(v)), span }),
            },
            _ if v.ty.is_float() => {
                Err(self.report(Diagnostic::error("`~` needs an int or bool operand, not float").at(span, "a float")))
            }
            _ => Ok(TExpr { ty: v.ty, kind: TExprKind::Invert(Box::new(v)), span }),
        }
    }

    /// A comparison: an optional's or None test, tuples, a chain.
    pub(in crate::sema) fn compare_expr(&mut self, c: &ast::ExprCompare, span: Range<usize>) -> Checked<TExpr> {
        let single = c.ops.len() == 1 && !matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn);
        let x = if let Some((name, is_not)) = self.optional_test(c) {
            return self.optional_test_expr(name, is_not, span);
        } else if let Some((call, is_not)) = self.call_none_test(c) {
            self.call_is_none(call, is_not, span.clone())
        } else if let Some(value) = self.is_none_test(c).or_else(|| self.dtype_test(c)) {
            return self.check_constant(ConstValue::Bool(value), span);
        } else if single && (self.is_tuple_operand(&c.left) || self.is_tuple_operand(&c.comparators[0])) {
            self.tuple_compare(c.ops[0], &c.left, &c.comparators[0], span.clone())
        } else {
            return self.chain(c, span);
        };
        self.checked(x, &span)
    }

    /// `a < b`, and a chain: a < b < c is (a < b) and (b < c), nested to
    /// the right. In a chain every operand is computed once (shared),
    /// operand k+2 inside the `and` after comparison k, as Python evaluates
    /// it only when that comparison held.
    fn chain(&mut self, c: &ast::ExprCompare, span: Range<usize>) -> Checked<TExpr> {
        let chain = c.ops.len() > 1;
        let mut operands = Vec::new();
        let mut shared = Vec::new();
        for x in std::iter::once(c.left.as_ref()).chain(&c.comparators) {
            let mark = self.lets.len();
            let queued = self.pre.len();
            let errors = self.errors.len();
            let mut e = self.check_expr(x);
            // Queued before the statement, it would run before the
            // operands on its left (a change of a list they read)
            // and, after the second, whatever the comparisons decide.
            if chain
                && !operands.is_empty()
                && self.errors.len() == errors
                && self.list_queued(queued, operands.len() == 1)
            {
                e = Err(self.report(
                    Diagnostic::error("a list method or a builtin over a list (`xs.pop()`, `min(xs)`) in a later operand of a comparison chain is not supported yet")
                        .at(range(x), "computed before the chain")
                        .note("Python computes it after the operands on its left, and only while the comparisons before it hold; bind it to a name first, or compare in two steps"),
                ));
            }
            if !chain && operands.len() == 1 && self.pre.len() > queued {
                // `xs[-1] == xs.pop()`: the left operand first.
                let left: Checked<TExpr> = operands.pop().expect("the left operand");
                operands.push(left.map(|l| self.before_queued(queued, l)));
            }
            operands.push(if chain { e.map(|e| self.share_chain_operand(e)) } else { e });
            shared.push(self.lets.split_off(mark));
        }
        let operands: Vec<TExpr> = operands.into_iter().collect::<Checked<_>>()?;
        let mut cmps = Vec::new();
        for (i, op) in c.ops.iter().enumerate() {
            cmps.push(self.check_compare(*op, operands[i].clone(), operands[i + 1].clone(), span.clone())?);
        }
        let mut acc = cmps.pop().expect("a comparison has an operator");
        while let Some(cmp) = cmps.pop() {
            let rest = cplx::let_in(std::mem::take(&mut shared[cmps.len() + 2]), acc);
            acc = TExpr { ty: Scalar::Bool, kind: TExprKind::And(Box::new(cmp), Box::new(rest)), span: span.clone() };
        }
        let first: Vec<_> = shared.drain(..2).flatten().collect();
        Ok(cplx::let_in(first, acc))
    }

    /// `a and b ...` / `a or b ...`, each operand typed by `operand`. Each
    /// is reached only when those before it were true (`and`) or false
    /// (`or`): it knows what they prove. The operands after the first run
    /// only sometimes. The values join to one type.
    pub(in crate::sema) fn bool_operands(
        &mut self,
        b: &ast::ExprBoolOp,
        span: Range<usize>,
        operand: impl Fn(&mut Self, &Expr) -> Checked<TExpr>,
    ) -> Checked<TExpr> {
        let when = b.op == ast::BoolOp::And;
        let mut facts = Vec::new();
        let mut values = Vec::new();
        for (k, v) in b.values.iter().enumerate() {
            let mark = (self.pre.len(), self.errors.len());
            self.conditional += usize::from(k > 0);
            values.push(self.with_facts(facts.clone(), |t| operand(t, v)));
            if k > 0 {
                self.queued_in_arm(mark, range(v));
            }
            self.conditional -= usize::from(k > 0);
            facts.extend(self.none_facts(v, when));
        }
        let values: Vec<TExpr> = values.into_iter().collect::<Checked<_>>()?;
        let ty = values.iter().skip(1).fold(values[0].ty, |a, v| join(a, v.ty));
        let mut it = values.into_iter().map(|v| cast(v, ty));
        let first = it.next().expect("a boolean operation has operands");
        Ok(it.fold(first, |acc, v| {
            let kind = match b.op {
                ast::BoolOp::And => TExprKind::And(Box::new(acc), Box::new(v)),
                ast::BoolOp::Or => TExprKind::Or(Box::new(acc), Box::new(v)),
            };
            TExpr { ty, kind, span: span.clone() }
        }))
    }

    /// `x if c else y`: each arm knows what the test proves.
    pub(in crate::sema) fn ifexp_expr(&mut self, i: &ast::ExprIfExp, span: Range<usize>) -> Checked<TExpr> {
        // A test's truth as `if` takes it (a list's, a set's, a str's too).
        let cond = self.check_condition(&i.test);
        let (yes, no) = (self.none_facts(&i.test, true), self.none_facts(&i.test, false));
        self.conditional += 1;
        let mark = (self.pre.len(), self.errors.len());
        let then = self.with_facts(yes, |t| t.check_expr(&i.body));
        self.queued_in_arm(mark, range(i.body.as_ref()));
        let mark = (self.pre.len(), self.errors.len());
        let orelse = self.with_facts(no, |t| t.check_expr(&i.orelse));
        self.queued_in_arm(mark, range(i.orelse.as_ref()));
        self.conditional -= 1;
        let (cond, then, orelse) = (cond?, then?, orelse?);
        let ty = join(then.ty, orelse.ty);
        Ok(TExpr {
            ty,
            kind: TExprKind::IfExp(Box::new(cond), Box::new(cast(then, ty)), Box::new(cast(orelse, ty))),
            span,
        })
    }

    /// `not_supported`, for the forms of the `Option` convention.
    pub(in crate::sema) fn unsupported(&mut self, span: Range<usize>, what: &str) -> Option<TExpr> {
        self.not_supported(span, what);
        None
    }
}
