//! Name resolution: what a name denotes (a local scalar, a tuple, an array,
//! a constant, a module member) and binding values to names.

use crate::sema::*;

/// The variable holding element `j` of the tuple variable `name` (a dot
/// cannot clash with a Python name).
pub(in crate::sema) fn element_name(name: &str, j: usize) -> String {
    format!("{name}.{j}")
}

impl Typer<'_> {
    /// Binds a value to `name`: a scalar to the variable, a tuple to its
    /// element variables. A name holds numbers or tuples of one length.
    pub(in crate::sema) fn bind_val(&mut self, name: &str, v: Val, span: Range<usize>) -> Option<Vec<(Var, TExpr)>> {
        if !self.check_optional_bind(name, &v, &span) {
            return None;
        }
        if let Val::Array(src) = v {
            return self.bind_array(name, src, span);
        }
        if let Val::List(l) = v {
            return self.bind_list(name, l, span);
        }
        if let Val::Dict(d) = v {
            return self.bind_dict(name, d, span);
        }
        if self.lists.contains_key(name) || self.dicts.contains_key(name) {
            self.clashes.push(name.to_string());
            let what = if self.lists.contains_key(name) { "a list" } else { "a dict" };
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` holds {what}; it cannot also hold {}",
                    if matches!(v, Val::Tuple(_)) { "a tuple" } else { "a number" }
                ))
                .at(span, "assigns another kind of value")
                .note("one variable keeps one kind of value where their uses overlap"),
            );
            return None;
        }
        if self.arrays.contains_key(name) {
            self.clashes.push(name.to_string());
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` holds an array; it cannot also hold {}",
                    if matches!(v, Val::Tuple(_)) { "a tuple" } else { "a number" }
                ))
                .at(span, "assigns another kind of value")
                .note("one variable keeps one kind of value"),
            );
            return None;
        }
        match v {
            Val::Array(_) | Val::List(_) | Val::Dict(_) => unreachable!("bound above"),
            Val::Complex(re, im) => {
                // A local that also holds real numbers becomes complex (numba's
                // unification); the fixed point retypes it from the start.
                let param = self.index.get(name).is_some_and(|&v| v < self.nparams);
                if self.arity.contains_key(name) || (param && !self.complex.contains(name)) {
                    self.clashes.push(name.to_string());
                    self.errors.push(
                        Diagnostic::error(format!(
                            "`{name}` holds a {}; it cannot also hold a complex number",
                            if param { "real parameter" } else { "tuple" }
                        ))
                        .at(span, "assigns a complex number")
                        .note("one variable keeps one kind of value: use a new name for the complex value"),
                    );
                    return None;
                }
                self.complex.insert(name.to_string());
                Some(vec![self.bind(&element_name(name, 0), re), self.bind(&element_name(name, 1), im)])
            }
            Val::Scalar(e) if self.complex.contains(name) => {
                // A real number into a complex variable: imaginary part 0.0.
                let part =
                    self.types.get(&element_name(name, 0)).copied().filter(|t| t.is_float()).unwrap_or(Scalar::F64);
                let zero = TExpr { ty: part, kind: TExprKind::Const(ConstValue::Float(0.0)), span: e.span.clone() };
                let re = cast(e, part);
                Some(vec![self.bind(&element_name(name, 0), re), self.bind(&element_name(name, 1), zero)])
            }
            Val::Scalar(e) => {
                if self.arity.contains_key(name) {
                    self.clashes.push(name.to_string());
                    self.errors.push(
                        Diagnostic::error(format!("`{name}` holds a tuple; it cannot also hold a number"))
                            .at(span, "assigns a number"),
                    );
                    return None;
                }
                Some(vec![self.bind(name, e)])
            }
            Val::Tuple(xs) => {
                if self.types.contains_key(name) || self.assigned.contains_key(name) || self.complex.contains(name) {
                    self.clashes.push(name.to_string());
                    self.errors.push(
                        Diagnostic::error(format!("`{name}` holds a number; it cannot also hold a tuple"))
                            .at(span, "assigns a tuple"),
                    );
                    return None;
                }
                match self.arity.get(name) {
                    Some(&n) if n != xs.len() => {
                        // Split into webs when the two lengths' uses do not
                        // overlap (`info = (a, b)` after unpacking a 3-tuple).
                        self.clashes.push(name.to_string());
                        self.errors.push(
                            Diagnostic::error(format!(
                                "`{name}` holds tuples of length {n} and {}; one variable keeps one length",
                                xs.len()
                            ))
                            .at(span, "here"),
                        );
                        return None;
                    }
                    _ => {
                        self.arity.insert(name.to_string(), xs.len());
                    }
                }
                let mut out = Vec::new();
                for (j, x) in xs.into_iter().enumerate() {
                    out.extend(self.bind_val(&element_name(name, j), x, span.clone())?);
                }
                Some(out)
            }
        }
    }

    /// An element of a tuple literal: a complex number or a scalar. Values
    /// it shares are bound before the statement, in order (the elements
    /// before it are shared too, as for call arguments).
    pub(in crate::sema) fn tuple_element(&mut self, e: &Expr) -> Option<Val> {
        self.check_tuple_element(e).ok()
    }

    /// `tuple_element`, checked.
    pub(in crate::sema) fn check_tuple_element(&mut self, e: &Expr) -> Checked<Val> {
        if self.is_complex(e) {
            return self.check_cexpr(e).map(|(re, im)| Val::Complex(re, im));
        }
        match self.check_value_top(e)? {
            Val::List(_) => Err(self.report(
                Diagnostic::error("a list inside a tuple is not supported yet")
                    .at(range(e), "a list")
                    .note("tuple elements are numbers, complex numbers, arrays and tuples of them"),
            )),
            v => Ok(v),
        }
    }

    /// The array variables an argument expression passes: an array name,
    /// or the array elements of a tuple variable.
    pub(in crate::sema) fn arrays_in(&self, e: &Expr) -> Vec<String> {
        match e {
            Expr::Name(n) if self.arity.contains_key(n.id.as_str()) => (0..self.arity[n.id.as_str()])
                .map(|j| element_name(n.id.as_str(), j))
                .filter(|x| self.arrays.contains_key(x))
                .collect(),
            Expr::Tuple(t) => t.elts.iter().flat_map(|x| self.arrays_in(x)).collect(),
            _ => self.array_name(e).into_iter().collect(),
        }
    }

    /// `t[k]` for a tuple variable `t` and a constant `k` whose element is
    /// an array: that array variable.
    pub(in crate::sema) fn tuple_array_element(&self, s: &ast::ExprSubscript) -> Option<String> {
        let base = self.tuple_path(&s.value)?;
        let len = *self.arity.get(&base)? as i128;
        let Some(ConstValue::Int(i)) = literal_value(&s.slice) else { return None };
        let j = if i < 0 { i + len } else { i };
        let elem = element_name(&base, usize::try_from(j).ok()?);
        self.arrays.contains_key(&elem).then_some(elem)
    }

    /// The element values of the tuple variable `name`.
    pub(in crate::sema) fn tuple_var(&mut self, name: &str, span: Range<usize>) -> Vec<Val> {
        let read = |t: &mut Self, n: &str| {
            let var = t.var(n);
            let ty = t.types.get(n).copied().unwrap_or(t.vars[var].ty);
            TExpr { ty, kind: TExprKind::Var(var), span: span.clone() }
        };
        (0..self.arity[name])
            .map(|j| {
                let n = element_name(name, j);
                if self.arity.contains_key(&n) {
                    Val::Tuple(self.tuple_var(&n, span.clone()))
                } else if self.arrays.contains_key(&n) {
                    Val::Array(self.array_ref(&n))
                } else if self.complex.contains(&n) {
                    Val::Complex(read(self, &element_name(&n, 0)), read(self, &element_name(&n, 1)))
                } else {
                    Val::Scalar(read(self, &n))
                }
            })
            .collect()
    }

    /// A name read as a number, for the forms not yet converted to `Checked`.
    pub(in crate::sema) fn name(&mut self, id: &str, span: Range<usize>) -> Option<TExpr> {
        self.check_name(id, span).ok()
    }

    /// A name read as a number: a local, a module constant, a `from math
    /// import` constant, a module-level call's value.
    pub(in crate::sema) fn check_name(&mut self, id: &str, span: Range<usize>) -> Checked<TExpr> {
        if self.strs.contains(id) || self.is_strlist_name(id) {
            let x = self.str_misuse(id, span.clone());
            return self.checked(x, &span);
        }
        if self.arrays.contains_key(id) {
            let x = self.array_as_value(id, span.clone());
            return self.checked(x, &span);
        }
        self.local_or_constant(id, span)
    }

    /// A local or a module-level constant named `id`.
    fn local_or_constant(&mut self, id: &str, span: Range<usize>) -> Checked<TExpr> {
        if self.arity.contains_key(id) {
            return Err(self.report(
                Diagnostic::error(format!("`{id}` is a tuple, used here as a number"))
                    .at(span, "a tuple")
                    .note("a tuple can be unpacked, indexed with a constant, passed to len(), assigned, passed to this file's functions and returned"),
            ));
        }
        if let Some(&ty) = self.types.get(id) {
            let var = self.var(id);
            return Ok(self.optional_read(id, TExpr { ty, kind: TExprKind::Var(var), span }));
        }
        if let Some(&c) = self.globals.constants.get(id) {
            return self.check_constant(c, span);
        }
        if let Some((_, name)) = self.globals.from_imports.get(id).filter(|(m, _)| m == "math") {
            let name = name.clone();
            return self.math_constant(&name, span);
        }
        if let Some(call) = self.globals.call_constants.get(id).cloned() {
            // `MAXN = _maxn()`: the call, at the read (diagnostics point at it).
            return self.check_expr(&call);
        }
        if self.poisoned.contains(id) {
            // Its assignment failed, and that error says why.
            return Err(self.reported_before(&span));
        }
        Err(self.report(
            Diagnostic::error(format!("name `{id}` is not a local variable or a module-level constant"))
                .at(span, "unknown here")
                .note("module-level names are folded in only when bound once to a constant expression over numbers"),
        ))
    }

    /// A literal number, for the forms not yet converted to `Checked`.
    pub(in crate::sema) fn constant(&mut self, c: ConstValue, span: Range<usize>) -> Option<TExpr> {
        self.check_constant(c, span).ok()
    }

    /// A literal number, typed as numba types it.
    pub(in crate::sema) fn check_constant(&mut self, c: ConstValue, span: Range<usize>) -> Checked<TExpr> {
        let ty = match c {
            ConstValue::Bool(_) => Scalar::Bool,
            ConstValue::Float(_) => Scalar::F64,
            // numba types a literal past int64 but within uint64 as uint64
            // (hash constants such as FNV's offset basis).
            ConstValue::Int(i) if i > i64::MAX as i128 && i <= u64::MAX as i128 => {
                Scalar::Int { bits: 64, signed: false }
            }
            ConstValue::Int(i) if i < i64::MIN as i128 || i > i64::MAX as i128 => {
                return Err(self.report(
                    Diagnostic::error("integer constant does not fit in int64 or uint64").at(span, "too large"),
                ));
            }
            ConstValue::Int(_) => Scalar::I64,
        };
        Ok(TExpr { ty, kind: TExprKind::Const(c), span })
    }
}
