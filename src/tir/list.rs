//! Lists in the typed IR (numba's typed lists of numbers and of tuples of
//! numbers). A list value is one int64 variable: the address of a header
//! that the runtime allocates (runtime_buffer.c, `pycc_list_new`) and the
//! exported call's arena frees when the call returns. Header words: data
//! address, length, capacity (items), words per item, a dirty flag (set
//! by every change: a caller's list is written back if set), then one item's
//! words of scratch space (where `pop` leaves the removed item). Each item
//! is `items.len()` 8-byte words, one per scalar part (a tuple's elements),
//! each holding its scalar in the word's low bytes. Because the variable is
//! an address, copies of it (and helpers given it) see one list, as Python.

use super::Var;
use crate::base::types::Scalar;

/// A list variable as the typed tree refers to it.
#[derive(Debug, Clone)]
pub struct ListRef {
    pub name: String,
    /// The variable holding the header's address.
    pub header: Var,
    /// The scalar type of each part of an item (one for a list of numbers).
    pub items: Vec<Scalar>,
}

/// Header word offsets (`struct pycc_list` in runtime_buffer.c).
pub const DATA: usize = 0;
pub const LEN: usize = 1;
pub const DIRTY: usize = 4;
