//! Options that change what compiled code means, shared by the front end
//! (literal `cc.overflow` / `cc.boundscheck`), the command lines and the
//! stages that implement them. No command-line parsing here: `cli` maps
//! its arguments onto these.

/// `--overflow=raise|wrap`: what a fixed-width int does when the exact
/// (Python, unbounded) result of an operation does not fit its declared
/// width (see `analysis::overflow`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Overflow {
    /// Ints wrap at their declared width (numba's semantics).
    #[default]
    Wrap,
    /// OverflowError where the exact result does not fit the declared width.
    Raise,
}

impl Overflow {
    pub const NAMES: [&'static str; 2] = ["wrap", "raise"];

    /// `cc.overflow = '...'`'s value, and `--overflow`'s.
    pub fn from_name(s: &str) -> Option<Self> {
        match s {
            "wrap" => Some(Overflow::Wrap),
            "raise" => Some(Overflow::Raise),
            _ => None,
        }
    }
}
