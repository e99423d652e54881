//! Dicts in the typed IR (numba's typed dicts: one key type and one value
//! type, each a number or a tuple of numbers). A dict value is one int64
//! variable: the address of a header the runtime allocates
//! (runtime_buffer.c, `pycc_dict_new`) and the exported call's arena frees
//! when the call returns. Header word 0 is the address of scratch words
//! where the kernel writes a key (one word per scalar part) and then a
//! value before calling `pycc_dict_op`, which returns an address in the
//! table the kernel reads results from.

use super::Var;
use crate::base::types::Scalar;

/// A dict variable as the typed tree refers to it.
#[derive(Debug, Clone)]
pub struct DictRef {
    pub name: String,
    /// The variable holding the header's address.
    pub header: Var,
    /// The scalar type of each part of a key, and of a value.
    pub keys: Vec<Scalar>,
    pub values: Vec<Scalar>,
    /// The key is a str (one part: the object's address; sema/containers/strings.rs).
    pub str_keys: bool,
}

impl DictRef {
    /// `pycc_dict_new`'s key description: each key part's kind in 4 bits,
    /// bit 63 set for a tuple key (the runtime boxes KeyError's key); 12
    /// for a str key.
    pub fn desc(&self) -> i64 {
        if self.str_keys {
            return 12;
        }
        Self::parts_desc(&self.keys)
    }

    /// The kinds of `parts` in 4 bits each, bit 63 set for more than one
    /// part (a tuple): a key's description, or a value's for boxing.
    pub fn parts_desc(parts: &[Scalar]) -> i64 {
        let mut d: i64 = 0;
        for (j, t) in parts.iter().enumerate() {
            let k = match t {
                Scalar::Bool => 1,
                Scalar::Int { bits, signed: true } => 2 + bits.trailing_zeros() as i64 - 3,
                Scalar::Int { bits, signed: false } => 6 + bits.trailing_zeros() as i64 - 3,
                Scalar::Float { bits: 32 } => 10,
                Scalar::Float { .. } => 11,
            };
            d |= k << (4 * j);
        }
        if parts.len() > 1 {
            d |= i64::MIN;
        }
        d
    }
}

/// What a `TStmt::Dict` does (`pycc_dict_op`'s `op`, same numbers as the
/// runtime's DOP_*). The key (and value) parts are written to the scratch
/// words first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictOp {
    /// A new empty dict into the header variable.
    New = -1,
    /// `d[k] = v`.
    Set = 0,
    /// `d[k]`: the value (KeyError for a missing key).
    Get = 1,
    /// `k in d` / `d.get(k)`: out is (found, value parts).
    Find = 2,
    /// `d.pop(k)`: the removed value (KeyError).
    Pop = 3,
    /// `d.pop(k, default)`: out is (found, value parts).
    PopOr = 4,
    /// `del d[k]` (KeyError).
    Del = 5,
    /// Entry number `index` (from `pycc_dict_next`): out is key parts then
    /// value parts.
    Entry = 6,
    Clear = 7,
    /// `d.copy()`: out is the new header.
    Copy = 8,
    /// `d.setdefault(k, v)`: the value now under `k`.
    SetDefault = 9,
}

impl DictOp {
    /// Whether a 0 result means an exception is set.
    pub fn raises(self) -> bool {
        !matches!(self, DictOp::Find | DictOp::PopOr | DictOp::Entry)
    }

    /// Whether out starts with a found flag.
    pub fn has_found(self) -> bool {
        matches!(self, DictOp::Find | DictOp::PopOr)
    }
}
