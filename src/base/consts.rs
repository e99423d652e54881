//! Compile-time constants: module-level literals folded into functions, and
//! the values constant folding produces.

/// A module-level name bound once to a literal: folded into the functions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConstValue {
    Int(i128),
    Float(f64),
    Bool(bool),
}
