//! Lists of arrays, of tuples holding arrays and of nested tuples passed
//! to a helper (numba passes its typed list by reference): `init(T, m)`
//! whose body does `T.append(np.zeros(m))`, a nested function filling the
//! enclosing function's list. The helper is specialized to the item's
//! shape (`Ty::ListOf`), so its parameter is typed as the caller's list;
//! it may read, store through, append to and pop the caller's list, but
//! not put arrays of another type into it (the caller reads the items as
//! its own type). Returning such a list stays a diagnostic.

use super::*;

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
    pub(super) fn arg_ty(&self, v: &Val) -> Ty {
        match v {
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
    pub(super) fn passed_array_lists(&mut self, vals: &[Val]) -> Vec<(usize, String)> {
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
    pub(super) fn shaped_param(&self, name: &str) -> bool {
        self.index.get(name).is_some_and(|&v| v < self.nparams) && self.list_shapes.contains_key(&self.lkey(name))
    }

    /// An array of type `new` put into parameter list `name` of arrays of
    /// type `old`: a diagnostic unless the types are one.
    pub(super) fn keeps_param_items(&mut self, name: &str, old: &ArrayTy, new: &ArrayTy, span: &Range<usize>) -> bool {
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
}
