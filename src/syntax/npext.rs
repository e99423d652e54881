//! numba's own numpy extensions (`from numba.np.extensions import
//! cross2d`): each becomes a file-level helper written in the Python pycc
//! compiles, with numba's semantics (numba/np/arraymath.py), so the body's
//! calls are ordinary calls of a file function.

use std::collections::HashMap;

use rustpython_parser::ast::{self, fold::Fold, text_size::TextRange, Stmt};
use rustpython_parser::Mode;

use super::parse::Globals;

/// numba's `cross2d(a, b)`: the z component of the cross product of the
/// 2-vectors along the last axis (a number for 1-d operands), and numba's
/// ValueError when either last axis is not 2 long.
const CROSS2D: &str = "def cross2d(a, b):
    if a.shape[-1] != 2 or b.shape[-1] != 2:
        raise ValueError('Incompatible dimensions for 2D cross product\\n(dimension must be 2 for both inputs)')
    return a[..., 0] * b[..., 1] - a[..., 1] * b[..., 0]
";

/// Every range of the parsed helper becomes `at` (the import that names
/// it), so a diagnostic inside it points at that import.
struct Relocate {
    at: TextRange,
}

impl Fold<TextRange> for Relocate {
    type TargetU = TextRange;
    type Error = std::convert::Infallible;
    type UserContext = ();
    fn will_map_user(&mut self, _: &TextRange) {}
    fn map_user(&mut self, _: TextRange, _: ()) -> Result<TextRange, Self::Error> {
        Ok(self.at)
    }
}

/// The `from numba.np.extensions import cross2d [as name]` statements of
/// the module's top level: (bound name, range of the import).
fn extension_imports(body: &[Stmt]) -> Vec<(String, TextRange)> {
    let mut out = Vec::new();
    for stmt in body {
        let Stmt::ImportFrom(i) = stmt else { continue };
        if i.module.as_ref().is_none_or(|m| m.as_str() != "numba.np.extensions") {
            continue;
        }
        for alias in i.names.iter().filter(|a| a.name.as_str() == "cross2d") {
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            out.push((bound.to_string(), i.range));
        }
    }
    out
}

/// Adds the helper of each imported extension to `globals.functions`
/// under the name the import binds (a `def` of the same name in the file
/// wins, as CPython's later binding does).
pub fn bind(body: &[Stmt], globals: &mut Globals) {
    let defined: HashMap<String, ()> = globals.functions.keys().map(|k| (k.clone(), ())).collect();
    for (name, at) in extension_imports(body) {
        if defined.contains_key(&name) {
            continue;
        }
        let Ok(ast::Mod::Module(m)) = rustpython_parser::parse(CROSS2D, Mode::Module, "<numba.np.extensions>") else {
            unreachable!("the helper's source parses")
        };
        let Some(Stmt::FunctionDef(mut f)) = m.body.into_iter().next() else { unreachable!("one def") };
        f = match (Relocate { at }).fold_stmt_function_def(f) {
            Ok(f) => f,
            Err(e) => match e {},
        };
        f.name = ast::Identifier::new(name.clone());
        globals.from_imports.remove(&name);
        globals.functions.insert(name, f);
    }
}
