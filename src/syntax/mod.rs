//! Step 1: source text to what the later stages read. `parse` finds the
//! `CC` objects, their exports and the module-level names functions may use;
//! `signature` reads numba's signature strings into `base::types`; `lift`
//! turns nested functions into file-level helpers; `nesting` refuses what
//! CPython refuses as too deep; `npnames` reads names imported from numpy
//! as `numpy.NAME`; `npext` writes numba's `numba.np.extensions` functions
//! as file-level helpers; `frozen` binds module-level constant tuples in the
//! functions that read them.

/// The items every source-to-source `Fold<TextRange>` of rustpython's AST
/// repeats (ranges kept as they are, no errors): one copy for the passes'
/// `impl Fold<TextRange> for X { crate::syntax::identity_fold!(); ... }`.
macro_rules! identity_fold {
    () => {
        type TargetU = rustpython_parser::ast::text_size::TextRange;
        type Error = std::convert::Infallible;
        type UserContext = ();
        fn will_map_user(&mut self, _: &rustpython_parser::ast::text_size::TextRange) {}
        fn map_user(
            &mut self,
            user: rustpython_parser::ast::text_size::TextRange,
            _: (),
        ) -> std::result::Result<rustpython_parser::ast::text_size::TextRange, Self::Error> {
            Ok(user)
        }
    };
}
pub(crate) use identity_fold;

pub mod classes;
pub mod dictoflists;
pub mod dtypeargs;
pub mod frozen;
pub mod inline;
pub mod lift;
pub mod modarrays;
pub mod modeval;
pub mod npext;
pub mod npnames;
pub mod nesting;
pub mod noneuse;
pub mod nonetuples;
pub mod parse;
pub mod shadow;
pub mod signature;
pub mod localmods;
pub mod badliteral;
pub mod redefined;
