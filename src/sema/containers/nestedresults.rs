//! A list of lists of numbers returned by an export whose return type is
//! inferred (numba's reflected list of lists): the wrapper boxes it as a
//! new Python list of new lists of ints, floats or bools (the runtime's
//! list kind 'L', the rows' kind in the next byte). A helper's list of
//! lists, or lists nested deeper, stay a diagnostic.

use crate::sema::lists::item_name;
use crate::sema::*;

impl Typer<'_> {
    /// The result type of `return name` for the list of lists `name`, or
    /// None after the diagnostic.
    pub(in crate::sema) fn nested_list_result(&mut self, name: &str, span: &Range<usize>) -> Option<Ty> {
        let inner = format!("{}[]", self.lkey(name));
        let rows_of_numbers = !self.lists.contains_key(&format!("{inner}[]"))
            && self.lists.get(&inner).copied().unwrap_or(0) <= 1
            && !self.list_shapes.contains_key(&inner);
        if !self.tolist_ok || !rows_of_numbers {
            self.unsupported(
                span.clone(),
                "returning a list of lists (other than an export's list of lists of numbers) is",
            );
            return None;
        }
        let item = self.types.get(&item_name(&inner, 0)).copied().unwrap_or(Scalar::I64);
        Some(Ty::ListOf(Box::new(Ty::List(vec![item]))))
    }
}
