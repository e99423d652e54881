//! Lists of tuples holding arrays (numba's lists of tuples of arrays):
//! `st.append((a, is_s, lms, b))`, then `a, is_s, lms, b = st.pop()`,
//! `x, y = st[i]`, `for a, n in st`. An item is the tuple's parts in order,
//! an array's part its descriptor words (as in a list of arrays,
//! sema/containers/arraylists.rs); the list keeps the item's type in `list_shapes`
//! (each array position one dtype and ndim, layouts joined to any-strides),
//! and its arrays' aliased parameters under `name[]`, as a list of arrays
//! does. Items read back are views of the arrays put in, as in Python.
//! Operations that would compare or convert the arrays (sort, `in`, heapq,
//! `np.array`, passing the list to a helper) stay diagnostics.

use crate::sema::*;

/// Whether a tuple type holds an array (at any depth).
pub(in crate::sema) fn holds_array(t: &Ty) -> bool {
    match t {
        Ty::Array(_) => true,
        Ty::Tuple(xs) => xs.iter().any(holds_array),
        _ => false,
    }
}

/// Item types `a` and `b` (of one nesting) made one: arrays joined, the
/// rest kept from `b` (numbers are typed by their parts' beliefs). None
/// when an array position differs in dtype or ndim, or the nesting differs.
pub(in crate::sema) fn join_item(a: &Ty, b: &Ty) -> Option<Ty> {
    match (a, b) {
        (Ty::Array(x), Ty::Array(y)) => x.join(y).map(Ty::Array),
        (Ty::Tuple(xs), Ty::Tuple(ys)) if xs.len() == ys.len() => {
            xs.iter().zip(ys).map(|(x, y)| join_item(x, y)).collect::<Option<Vec<_>>>().map(Ty::Tuple)
        }
        (Ty::Scalar(_), Ty::Scalar(_)) => Some(b.clone()),
        _ => None,
    }
}

/// A tuple type as the diagnostics show it: numbers `_`, arrays by numba's name.
pub(in crate::sema) fn describe(t: &Ty) -> String {
    match t {
        Ty::Tuple(xs) => format!("({})", xs.iter().map(describe).collect::<Vec<_>>().join(", ")),
        Ty::Array(a) => a.numba_name(),
        _ => "_".into(),
    }
}

impl Typer<'_> {
    /// Whether list `name`'s items are tuples holding arrays.
    pub(in crate::sema) fn tuple_array_items(&self, name: &str) -> bool {
        self.list_shapes.get(&self.lkey(name)).is_some_and(|t| matches!(t, Ty::Tuple(_)) && holds_array(t))
    }

    /// The arrays of a tuple put into list `name`: their aliased parameters
    /// go to `name[]`, for the arrays read back.
    pub(in crate::sema) fn note_tuple_arrays(&mut self, name: &str, v: &Val) {
        let key = format!("{}[]", self.lkey(name));
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                Val::Array(r) => {
                    let from = self.array_sources.get(&r.name).cloned().unwrap_or_default();
                    self.array_sources.entry(key.clone()).or_default().extend(from);
                }
                Val::Tuple(xs) => stack.extend(xs),
                _ => {}
            }
        }
    }

    /// An item of list `name` of type `ty` rebuilt from its parts, each
    /// array a fresh array variable set before the statement.
    pub(in crate::sema) fn rebuild_with_arrays(
        &mut self,
        name: &str,
        ty: &Ty,
        parts: &mut impl Iterator<Item = TExpr>,
    ) -> Option<Val> {
        Some(match ty {
            Ty::Scalar(_) => Val::Scalar(parts.next()?),
            Ty::Array(t) => {
                let words: Vec<TExpr> = parts.by_ref().take(t.flat_len()).collect();
                return self.array_item_val(name, *t, words);
            }
            Ty::Tuple(xs) => {
                let mut out = Vec::with_capacity(xs.len());
                for x in xs {
                    out.push(self.rebuild_with_arrays(name, x, parts)?);
                }
                Val::Tuple(out)
            }
            _ => return None,
        })
    }
}
