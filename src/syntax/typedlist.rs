//! numba's typed-list constructors anywhere in a function body, as the
//! Python lists pycc compiles them to: `List()` and `List.empty_list(T)`
//! are `[]` (the item type is what the body puts in, as numba's for
//! `List()`; `T` names the same type the appends give), and `List(xs)` is
//! `list(xs)` (numba copies the iterable's items into a new list). Inside
//! an expression too: `outer.append(List.empty_list(types.int64))`,
//! `List([List.empty_list(types.int64) for _ in range(k)])`,
//! `List(np.arange(n))`. `List` is the class imported from `numba.typed`
//! (an alias reads as `List` already: syntax/typenames.rs), or
//! `typed.List` / `numba.typed.List` / `nb.typed.List`, never a local or a
//! function of the file.

use crate::syntax::parse::Globals;
use rustpython_parser::ast::fold::{self, Fold, Foldable};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, Expr, ExprContext, Identifier, Stmt};
use std::collections::HashSet;

/// Rewrites every function of the file and every export's copy.
pub fn rewrite(body: &[Stmt], g: &Globals, functions: &mut [&mut ast::StmtFunctionDef]) {
    let imported = body.iter().any(|s| match s {
        Stmt::ImportFrom(i) => {
            i.module.as_deref() == Some("numba.typed") && i.names.iter().any(|a| a.name.as_str() == "List")
        }
        _ => false,
    });
    let bare = imported && !g.functions.contains_key("List");
    for f in functions.iter_mut() {
        let locals = super::npnames::locals(f);
        let mut sub = Constructors { bare: bare && !locals.contains("List"), locals: &locals };
        let Ok(new_body) = std::mem::take(&mut f.body).fold(&mut sub);
        f.body = new_body;
    }
}

struct Constructors<'a> {
    /// Whether a bare `List` is numba's class in this function.
    bare: bool,
    locals: &'a HashSet<String>,
}

impl Constructors<'_> {
    fn is_class(&self, f: &Expr) -> bool {
        match f {
            Expr::Name(n) => self.bare && n.id.as_str() == "List",
            Expr::Attribute(a) if a.attr.as_str() == "List" => match a.value.as_ref() {
                Expr::Name(n) => n.id.as_str() == "typed" && !self.locals.contains("typed"),
                Expr::Attribute(b) => {
                    b.attr.as_str() == "typed"
                        && matches!(b.value.as_ref(), Expr::Name(m) if !self.locals.contains(m.id.as_str()))
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// The list `c` makes, when `c` is one of the class's constructors.
    fn constructed(&self, c: &ast::ExprCall) -> Option<Expr> {
        let range = c.range;
        let empty = || Expr::List(ast::ExprList { range, elts: Vec::new(), ctx: ExprContext::Load });
        match c.func.as_ref() {
            // `empty_list(item_type, allocated=n)`: the size is a hint only.
            Expr::Attribute(a) if a.attr.as_str() == "empty_list" && self.is_class(&a.value) => {
                let known = c.keywords.iter().all(|k| matches!(k.arg.as_deref(), Some("item_type" | "allocated")));
                (c.args.len() + c.keywords.len() <= 2 && known).then(empty)
            }
            f if self.is_class(f) && c.keywords.is_empty() => match c.args.as_slice() {
                [] => Some(empty()),
                [xs] => {
                    let func = Expr::Name(ast::ExprName { range, id: Identifier::new("list"), ctx: ExprContext::Load });
                    Some(Expr::Call(ast::ExprCall {
                        range,
                        func: Box::new(func),
                        args: vec![xs.clone()],
                        keywords: Vec::new(),
                    }))
                }
                _ => None,
            },
            _ => None,
        }
    }
}

impl Fold<TextRange> for Constructors<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        let e = fold::fold_expr(self, e)?;
        if let Expr::Call(c) = &e {
            if let Some(list) = self.constructed(c) {
                return Ok(list);
            }
        }
        Ok(e)
    }
}
