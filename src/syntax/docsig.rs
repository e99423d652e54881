//! A signature kept in the exported function's docstring, as a common
//! competitive-programming template writes it:
//! `cc.export('solve', solve.__doc__.strip().split()[0])(solve)` under a
//! `def solve(...): "i8(i8,i8[:])"`. pycc reads the file without running it,
//! so it folds the docstring and the `str` methods CPython calls on it.

use rustpython_parser::ast::{self, Constant, Expr, Stmt};

/// `f.__doc__`: the body's first statement when it is a string (the text as
/// written: CPython 3.11 keeps a docstring's indentation), None when `f` has
/// none (then `f.__doc__.strip()` raises AttributeError).
pub fn docstring(f: &ast::StmtFunctionDef) -> Option<&str> {
    let Some(Stmt::Expr(e)) = f.body.first() else { return None };
    match e.value.as_ref() {
        Expr::Constant(ast::ExprConstant { value: Constant::Str(s), .. }) => Some(s),
        _ => None,
    }
}

/// CPython's `str.isspace` of one character: Unicode's White_Space plus the
/// four separators U+001C..U+001F, which `str.split()` and `strip()` also use.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `s.strip()`, `s.lstrip()` or `s.rstrip()` without arguments.
pub fn strip(s: &str, method: &str) -> Option<String> {
    let out = match method {
        "strip" => s.trim_matches(is_space),
        "lstrip" => s.trim_start_matches(is_space),
        "rstrip" => s.trim_end_matches(is_space),
        _ => return None,
    };
    Some(out.to_string())
}

/// `s.split()[k]`: the `k`th word (from the end when negative); None where
/// CPython raises IndexError.
pub fn split_item(s: &str, k: i64) -> Option<String> {
    let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
    let at = if k < 0 { i64::try_from(words.len()).ok()? + k } else { k };
    words.get(usize::try_from(at).ok()?).map(|w| w.to_string())
}

/// A literal int index, `0` or `-1`.
pub fn int_index(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(ast::ExprConstant { value: Constant::Int(i), .. }) => i.to_string().parse().ok(),
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => int_index(&u.operand).map(|i| -i),
        _ => None,
    }
}

/// The `f.__doc__` a folded string expression starts from, when it is read
/// through `str` methods and subscripts: `solve.__doc__.strip().split()[0]`.
pub fn doc_root(e: &Expr) -> Option<&ast::ExprAttribute> {
    match e {
        Expr::Attribute(a) if a.attr.as_str() == "__doc__" => Some(a),
        Expr::Attribute(a) => doc_root(&a.value),
        Expr::Call(c) => doc_root(&c.func),
        Expr::Subscript(s) => doc_root(&s.value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{split_item, strip};

    #[test]
    fn folds_as_cpython() {
        assert_eq!(strip("\n  i8(i8)\t\n", "strip").as_deref(), Some("i8(i8)"));
        assert_eq!(strip("\u{1c} a ", "lstrip").as_deref(), Some("a "));
        assert_eq!(split_item("i8[:](i8, i8)  rest", 0).as_deref(), Some("i8[:](i8,"));
        assert_eq!(split_item("a b c", -1).as_deref(), Some("c"));
        assert_eq!(split_item("a b", 2), None);
        assert_eq!(split_item("", 0), None);
    }
}
