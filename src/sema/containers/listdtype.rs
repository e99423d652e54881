//! `np.array(lst, dtype=D)` / `np.asarray(lst, D)` of a list that is not a
//! display (`np.array([f(i) for i in range(n)], dtype=np.int32)`,
//! `np.array(out, dtype=np.uint8)` of a list built by appends): the list's
//! array (lists.rs), then numpy's conversion of its items to `D`. numpy
//! converts each item as a Python number: a float into an int dtype
//! truncates, and a nan is ValueError, an inf or a value past the dtype
//! OverflowError (`Python integer 300 out of bounds for uint8`), where
//! `astype` would wrap. Conversions that cannot fail or round differently
//! (into a float or bool dtype, from bools, into a wider int) are numpy's
//! `astype`; the others go through the runtime's `array(a.tolist(),
//! dtype=D)` (`NpFunc::ArrayItems`), numpy's own conversion of the items.
//! Displays keep npfuncs.rs's literal path, which converts the same way.

use crate::sema::optional::is_none;
use crate::sema::*;

/// The `dtype` of `np.array(x, dtype)`: the keyword or the second argument.
pub(in crate::sema) fn dtype_arg(c: &ast::ExprCall) -> Option<&Expr> {
    c.keywords.iter().find(|k| k.arg.as_deref() == Some("dtype")).map(|k| &k.value).or_else(|| c.args.get(1))
}

/// Whether the call's arguments are `(x)`, `(x, dtype)` or `(x, dtype=d)`.
pub(in crate::sema) fn list_array_args(c: &ast::ExprCall) -> bool {
    match (c.args.as_slice(), c.keywords.as_slice()) {
        ([_], []) => true,
        ([x, _], []) | ([x], [_]) => {
            !matches!(x, Expr::List(_) | Expr::Tuple(_)) && dtype_arg(c).is_some_and(|d| !is_none(d))
        }
        _ => false,
    }
}

/// Whether numpy's conversion of every value of `from` into `to` is its
/// cast (no check can fail): into floats and bools, from bools, and into
/// an int type holding every value of an int `from`.
fn plain_cast(from: Scalar, to: Scalar) -> bool {
    match (from, to) {
        (_, Scalar::Float { .. } | Scalar::Bool) | (Scalar::Bool, _) => true,
        (Scalar::Int { bits: fb, signed: fs }, Scalar::Int { bits: tb, signed: ts }) => {
            (fs == ts && tb >= fb) || (!fs && ts && tb > fb)
        }
        _ => false,
    }
}

impl Typer<'_> {
    /// `np.array(lst)` of a list (lists.rs's array), converted to the
    /// call's `dtype` where it names one.
    pub(in crate::sema) fn np_array_of_list_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<ArrayRef> {
        let dtype = dtype_arg(c).filter(|d| !is_none(d));
        let a = self.np_array_of_list(&c.args[0], span.clone())?;
        let Some(d) = dtype else { return Some(a) };
        let (to, complex) = self.numpy_dtype(d)?;
        if complex || a.ty.complex {
            self.errors.push(
                Diagnostic::error("`numpy.array` of a list with a complex `dtype=` is not supported yet")
                    .at(range(d), "complex"),
            );
            return None;
        }
        if to == a.ty.dtype {
            return Some(a);
        }
        let func = if plain_cast(a.ty.dtype, to) { NpFunc::ArrayKeep } else { NpFunc::ArrayItems };
        let out = self.array_temp(ArrayTy { dtype: to, ..a.ty }, Default::default());
        self.pre.push(TStmt::Alloc { array: out.clone(), func, args: vec![NpArg::Array(a)], span });
        Some(out)
    }
}
