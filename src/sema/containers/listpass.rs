//! Lists of arrays, of tuples holding arrays and of nested tuples passed
//! to a helper (numba passes its typed list by reference): `init(T, m)`
//! whose body does `T.append(np.zeros(m))`, a nested function filling the
//! enclosing function's list. The helper is specialized to the item's
//! shape (`Ty::ListOf`), so its parameter is typed as the caller's list;
//! it may read, store through, append to and pop the caller's list, but
//! not put arrays of another type into it (the caller reads the items as
//! its own type). Returning such a list stays a diagnostic.

use crate::sema::*;

/// `shape` with its numbers typed as the list's item parts `parts`.
fn with_parts(shape: &Ty, parts: &mut impl Iterator<Item = Scalar>) -> Ty {
    match shape {
        Ty::Array(a) => {
            parts.take(a.flat_len()).for_each(drop);
            Ty::Array(*a)
        }
        Ty::Tuple(xs) => Ty::Tuple(xs.iter().map(|x| with_parts(x, parts)).collect()),
        Ty::Complex(_) => {
            let re = parts.next().unwrap_or(Scalar::F64);
            parts.next();
            Ty::Complex(re)
        }
        _ => parts.next().map_or_else(|| shape.clone(), Ty::Scalar),
    }
}

impl Typer<'_> {
    /// The type a helper's parameter gets for argument `v`: a list with an
    /// item shape is passed with it.
    pub(in crate::sema) fn arg_ty(&self, v: &Val) -> Ty {
        match v {
            // No item type yet: the helper may give it one (`filled_lists`).
            Val::List(l) if self.arity_of(&l.name) == 0 && !self.nested(&l.name) => Ty::List(Vec::new()),
            Val::List(l) => match self.list_shapes.get(&self.lkey(&l.name)) {
                Some(shape) => Ty::ListOf(Box::new(with_parts(shape, &mut l.items.iter().copied()))),
                None => v.ty(),
            },
            _ => v.ty(),
        }
    }

    /// The lists holding arrays among the arguments `vals`, by position,
    /// as the name their arrays' sources are kept under (`key[]`): a helper
    /// storing into their arrays needs writable buffers here too.
    pub(in crate::sema) fn passed_array_lists(&mut self, vals: &[Val]) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (j, v) in vals.iter().enumerate() {
            if let Val::List(l) = v {
                let key = self.lkey(&l.name);
                if self.list_shapes.get(&key).is_some_and(tuplearrays::holds_array) {
                    self.shares_arrays = true;
                    out.push((j, format!("{key}[]")));
                }
            }
        }
        out
    }

    /// Whether `name` is a parameter whose list came with an item shape
    /// the caller reads its items as.
    pub(in crate::sema) fn shaped_param(&self, name: &str) -> bool {
        self.index.get(name).is_some_and(|&v| v < self.nparams) && self.list_shapes.contains_key(&self.lkey(name))
    }

    /// An array of type `new` put into parameter list `name` of arrays of
    /// type `old`: a diagnostic unless the types are one.
    pub(in crate::sema) fn keeps_param_items(
        &mut self,
        name: &str,
        old: &ArrayTy,
        new: &ArrayTy,
        span: &Range<usize>,
    ) -> bool {
        if old == new || !self.shaped_param(name) {
            return true;
        }
        self.errors.push(
            Diagnostic::error(format!(
                "`{name}` is the caller's list of {}; this puts {} into it",
                old.numba_name(),
                new.numba_name()
            ))
            .at(span.clone(), "a different array type")
            .note("the caller reads the list's items as its own type: put arrays of that type (copy a view with `.copy()`)"),
        );
        false
    }

    /// The lists among the arguments `vals` with no item type yet, by
    /// position, as their types' names.
    pub(in crate::sema) fn unknown_lists(&self, vals: &[Val]) -> Vec<(usize, String)> {
        let unknown = |l: &crate::tir::list::ListRef| self.arity_of(&l.name) == 0 && !self.nested(&l.name);
        vals.iter()
            .enumerate()
            .filter_map(|(j, v)| match v {
                Val::List(l) if unknown(l) => Some((j, self.lkey(&l.name))),
                _ => None,
            })
            .collect()
    }

    /// The item types a helper gave the lists `unknown` the caller passed
    /// with none: this function's lists take them (another round then
    /// passes them typed). Arrays put in may be views of the call's array
    /// arguments `args`.
    pub(in crate::sema) fn learn_filled(
        &mut self,
        unknown: &[(usize, String)],
        filled: Vec<(usize, Ty)>,
        args: &[Expr],
    ) {
        for (j, ty) in filled {
            let Some((_, key)) = unknown.iter().find(|(k, _)| *k == j) else { continue };
            if self.lists.get(key).copied().unwrap_or(0) != 0 {
                continue;
            }
            let parts = ty.flat();
            let parts = match &ty {
                Ty::List(items) => items.clone(),
                Ty::ListOf(shape) => {
                    self.list_shapes.insert(key.clone(), (**shape).clone());
                    let mut from = std::collections::BTreeSet::new();
                    for arg in args {
                        for n in self.arrays_in(arg) {
                            from.extend(self.array_sources.get(&n).cloned().unwrap_or_default());
                        }
                    }
                    self.array_sources.entry(format!("{key}[]")).or_default().extend(from);
                    shape.flat()
                }
                _ => parts,
            };
            self.lists.insert(key.clone(), parts.len());
            for (k, t) in parts.into_iter().enumerate() {
                self.note_assigned(&lists::item_name(key, k), t);
            }
        }
    }

    /// The list parameters passed with no item type (`Ty::List` of no
    /// parts) that the body gave one, with their types.
    pub(in crate::sema) fn filled_lists(&self, export: &Export) -> Vec<(String, Ty)> {
        let f = &export.function;
        let mut out = Vec::new();
        for (arg, ty) in f.args.posonlyargs.iter().chain(&f.args.args).zip(&export.signature.args) {
            let name = arg.def.arg.as_str();
            if !matches!(ty, Ty::List(items) if items.is_empty()) || self.arity_of(name) == 0 || self.nested(name) {
                continue;
            }
            let key = self.lkey(name);
            let items: Vec<Scalar> = (0..self.arity_of(name))
                .map(|j| self.types.get(&lists::item_name(&key, j)).copied().unwrap_or(Scalar::I64))
                .collect();
            out.push((
                name.to_string(),
                match self.list_shapes.get(&key) {
                    Some(shape) => Ty::ListOf(Box::new(with_parts(shape, &mut items.into_iter()))),
                    None => Ty::List(items),
                },
            ));
        }
        out
    }
}
