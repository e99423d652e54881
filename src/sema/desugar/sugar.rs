//! Statement forms rewritten, before typing, into ones the typer handles:
//! `return None`, a constant as a statement (a docstring anywhere), chained
//! assignment, unpacking into nested tuples or subscripts, and the `for`
//! forms `enumerate`, `zip`, `reversed(range(...))`, `prange` and tuple
//! targets. Temporaries are named `$...` (no Python name clashes); the
//! rewritten nodes keep the original ranges, so diagnostics point at the
//! user's code.

use crate::base::consts::ConstValue;
use crate::sema::optional::is_none;
use crate::syntax::parse::{literal_value, Globals};
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::{self, bigint::BigInt, Expr, Ranged, Stmt};
use rustpython_parser::text_size::TextRange;

/// `stmt` as statements the typer handles directly, or None when it is one.
pub fn expand(stmt: &Stmt, globals: &Globals, temps: &mut usize) -> Option<Vec<Stmt>> {
    let r = stmt.range();
    match stmt {
        Stmt::Return(ret) if ret.value.as_deref().is_some_and(is_none) => {
            Some(vec![Stmt::Return(ast::StmtReturn { range: r, value: None })])
        }
        // `return {k: v}` / `return {k: f(k) for k in ...}`: a dict is
        // built into a name first (as `d = {...}; return d`).
        Stmt::Return(ret) if matches!(ret.value.as_deref(), Some(Expr::Dict(_) | Expr::DictComp(_))) => {
            let value = ret.value.as_deref()?;
            let tmp = temp(temps, "dict");
            let bind = assign(name(&tmp, value.range()), value.clone(), r);
            Some(vec![
                bind,
                Stmt::Return(ast::StmtReturn { range: r, value: Some(Box::new(name(&tmp, value.range()))) }),
            ])
        }
        // A string (a docstring anywhere), a number or None: nothing to run.
        Stmt::Expr(e) if matches!(e.value.as_ref(), Expr::Constant(_)) => Some(Vec::new()),
        // `a = b = v`: v once, then each target from left to right.
        Stmt::Assign(a) if a.targets.len() > 1 => {
            let tmp = temp(temps, "chain");
            let mut out = vec![assign(name(&tmp, a.value.range()), (*a.value).clone(), r)];
            out.extend(a.targets.iter().map(|t| assign(t.clone(), name(&tmp, a.value.range()), r)));
            Some(out)
        }
        Stmt::Expr(e) => {
            let Expr::Call(c) = e.value.as_ref() else { return None };
            if let Some(out) = setdefault_list_method(c, temps) {
                return Some(out);
            }
            let (bind, call) = heap_item_arg(c, globals, temps)?;
            Some(vec![bind, expr_stmt(Expr::Call(call))])
        }
        Stmt::Assign(a) => {
            let [target] = a.targets.as_slice() else { return None };
            if let Expr::Call(c) = a.value.as_ref() {
                if let Some((bind, call)) = heap_item_arg(c, globals, temps) {
                    return Some(vec![bind, assign(target.clone(), Expr::Call(call), r)]);
                }
            }
            if let Some(out) = unpack_map(target, &a.value, globals, temps) {
                return Some(out);
            }
            if let Some(out) = unpack_none_display(target, &a.value, temps) {
                return Some(out);
            }
            if let Some(out) = unpack_range(target, &a.value, globals) {
                return Some(out);
            }
            if is_new_typed_list(&a.value, globals) {
                // numba's `List()` is a list like `[]`: its item type is
                // what the body appends.
                let empty =
                    Expr::List(ast::ExprList { range: a.value.range(), elts: Vec::new(), ctx: ast::ExprContext::Load });
                return Some(vec![assign(target.clone(), empty, r)]);
            }
            let (flat, rest) = flatten_target(target, temps)?;
            let mut out = vec![assign(flat, (*a.value).clone(), r)];
            out.extend(rest);
            Some(out)
        }
        // `x: T = v` in a body: the annotation is not evaluated (as CPython
        // in a function), and a bare `x: T` does nothing.
        Stmt::AnnAssign(a) => Some(a.value.iter().map(|v| assign((*a.target).clone(), (**v).clone(), r)).collect()),
        Stmt::For(f) => expand_for(f, globals, temps),
        _ => None,
    }
}

/// A `for` iterable that computes an array (`np.ravel(a)`, `-a + b`) or a
/// tuple display (`((0, 1), (1, 0))`): bound to a temporary first, which is
/// when CPython evaluates it too.
fn computed_iterable(e: &Expr, globals: &Globals) -> bool {
    match e {
        Expr::BinOp(_) | Expr::UnaryOp(_) | Expr::Tuple(_) => true,
        Expr::Call(c) => match c.func.as_ref() {
            Expr::Attribute(a) => {
                matches!(a.value.as_ref(), Expr::Name(m) if globals.modules.get(m.id.as_str()).is_some_and(|m| m == "numpy"))
            }
            _ => false,
        },
        _ => false,
    }
}

/// A method's or a module function's call (`a.ravel()`, `np.sort(a)`):
/// what it makes may be a sequence a loop walks, once bound to a name.
fn attribute_call(e: &Expr) -> bool {
    matches!(e, Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(_)))
}

/// Whether `e` makes a new empty numba typed list: `List()`, `typed.List()`,
/// `numba.typed.List()` or `List.empty_list(item_type)`, with `List` not a
/// function of the file.
fn is_new_typed_list(e: &Expr, globals: &Globals) -> bool {
    let is_class = |f: &Expr| match f {
        Expr::Name(n) => n.id.as_str() == "List" && !globals.functions.contains_key("List"),
        Expr::Attribute(a) => {
            a.attr.as_str() == "List"
                && match a.value.as_ref() {
                    Expr::Name(n) => n.id.as_str() == "typed",
                    Expr::Attribute(b) => b.attr.as_str() == "typed",
                    _ => false,
                }
        }
        _ => false,
    };
    let Expr::Call(c) = e else { return false };
    if !c.keywords.is_empty() {
        return false;
    }
    match c.func.as_ref() {
        Expr::Attribute(a) if a.attr.as_str() == "empty_list" => is_class(&a.value) && c.args.len() == 1,
        f => is_class(f) && c.args.is_empty(),
    }
}

/// `heappush(L[i], x)` (any heapq function of a list item, `L` a list of
/// lists): the item bound to a temporary first, `$heap = L[i]`, then the
/// call on it. The temporary is the same list (lists are shared by
/// reference), and CPython evaluates the heap argument first too.
fn heap_item_arg(c: &ast::ExprCall, globals: &Globals, temps: &mut usize) -> Option<(Stmt, ast::ExprCall)> {
    let heapq = match c.func.as_ref() {
        Expr::Name(n) => globals.from_imports.get(n.id.as_str()).is_some_and(|(m, _)| m == "heapq"),
        Expr::Attribute(a) => {
            matches!(a.value.as_ref(), Expr::Name(m) if globals.modules.get(m.id.as_str()).is_some_and(|m| m == "heapq"))
        }
        _ => false,
    };
    let first = c.args.first()?;
    if !heapq || !matches!(first, Expr::Subscript(s) if !matches!(s.slice.as_ref(), Expr::Slice(_))) {
        return None;
    }
    let tmp = temp(temps, "heap");
    let at = first.range();
    let mut call = c.clone();
    call.args[0] = name(&tmp, at);
    Some((assign(store(&tmp, at), first.clone(), at), call))
}

/// `d.setdefault(k, []).append(x)` (any list method): the key once, an
/// empty list stored under it when missing, then the method of `d[k]`, the
/// order CPython evaluates them in (`[]` has no effect to reorder).
fn setdefault_list_method(c: &ast::ExprCall, temps: &mut usize) -> Option<Vec<Stmt>> {
    let Expr::Attribute(m) = c.func.as_ref() else { return None };
    let Expr::Call(sd) = m.value.as_ref() else { return None };
    let Expr::Attribute(a) = sd.func.as_ref() else { return None };
    let Expr::Name(d) = a.value.as_ref() else { return None };
    let [k, Expr::List(empty)] = sd.args.as_slice() else { return None };
    if a.attr.as_str() != "setdefault" || !sd.keywords.is_empty() || !empty.elts.is_empty() {
        return None;
    }
    let r = c.range;
    let mut out = Vec::new();
    let key = match k {
        Expr::Name(_) | Expr::Constant(_) => k.clone(),
        _ => {
            let tmp = temp(temps, "key");
            out.push(assign(store(&tmp, k.range()), k.clone(), k.range()));
            name(&tmp, k.range())
        }
    };
    let item = |ctx| {
        Expr::Subscript(ast::ExprSubscript {
            range: sd.range,
            value: Box::new(name(d.id.as_str(), d.range)),
            slice: Box::new(key.clone()),
            ctx,
        })
    };
    let missing = compare(key.clone(), ast::CmpOp::NotIn, name(d.id.as_str(), d.range), sd.range);
    out.push(if_stmt(missing, vec![assign(item(ast::ExprContext::Store), sd.args[1].clone(), sd.range)], sd.range));
    let func = Expr::Attribute(ast::ExprAttribute {
        range: m.range,
        value: Box::new(item(ast::ExprContext::Load)),
        attr: m.attr.clone(),
        ctx: ast::ExprContext::Load,
    });
    let call = Expr::Call(ast::ExprCall {
        range: r,
        func: Box::new(func),
        args: c.args.clone(),
        keywords: c.keywords.clone(),
    });
    out.push(expr_stmt(call));
    Some(out)
}

pub(in crate::sema) fn temp(temps: &mut usize, what: &str) -> String {
    *temps += 1;
    format!("${what}{}", *temps - 1)
}

pub(in crate::sema) fn name(id: &str, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx: ast::ExprContext::Load })
}

pub(in crate::sema) fn int(v: i64, range: TextRange) -> Expr {
    Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Int(BigInt::from(v)), kind: None })
}

pub(in crate::sema) fn assign(target: Expr, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign { range, targets: vec![target], value: Box::new(value), type_comment: None })
}

pub(in crate::sema) fn call(func: &str, args: Vec<Expr>, range: TextRange) -> Expr {
    Expr::Call(ast::ExprCall { range, func: Box::new(name(func, range)), args, keywords: Vec::new() })
}

pub(in crate::sema) fn store(id: &str, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName { range, id: ast::Identifier::new(id), ctx: ast::ExprContext::Store })
}

/// `[elt for var in iter]`: one generator with a name target and no
/// condition, the shape the desugarings that build a list write.
pub(in crate::sema) fn list_comp(elt: Expr, var: &str, iter: Expr, range: TextRange) -> ast::ExprListComp {
    let generator =
        ast::Comprehension { range: range.into(), target: store(var, range), iter, ifs: Vec::new(), is_async: false };
    ast::ExprListComp { range, elt: Box::new(elt), generators: vec![generator] }
}

pub(in crate::sema) fn bool_const(b: bool, range: TextRange) -> Expr {
    Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Bool(b), kind: None })
}

pub(in crate::sema) fn not(e: Expr) -> Expr {
    Expr::UnaryOp(ast::ExprUnaryOp { range: e.range(), op: ast::UnaryOp::Not, operand: Box::new(e) })
}

/// `left op right`, one comparison.
pub(in crate::sema) fn compare(left: Expr, op: ast::CmpOp, right: Expr, range: TextRange) -> Expr {
    Expr::Compare(ast::ExprCompare { range, left: Box::new(left), ops: vec![op], comparators: vec![right] })
}

pub(in crate::sema) fn if_stmt(test: Expr, body: Vec<Stmt>, range: TextRange) -> Stmt {
    Stmt::If(ast::StmtIf { range, test: Box::new(test), body, orelse: Vec::new() })
}

/// `obj.m(args, keywords)`.
pub(in crate::sema) fn method(obj: &str, m: &str, args: Vec<Expr>, keywords: Vec<ast::Keyword>, r: TextRange) -> Expr {
    let func = Expr::Attribute(ast::ExprAttribute {
        range: r,
        value: Box::new(name(obj, r)),
        attr: ast::Identifier::new(m),
        ctx: ast::ExprContext::Load,
    });
    Expr::Call(ast::ExprCall { range: r, func: Box::new(func), args, keywords })
}

pub(in crate::sema) fn expr_stmt(value: Expr) -> Stmt {
    Stmt::Expr(ast::StmtExpr { range: value.range(), value: Box::new(value) })
}

fn binop(l: Expr, op: ast::Operator, r: Expr) -> Expr {
    let range = l.range().cover(r.range());
    Expr::BinOp(ast::ExprBinOp { range, left: Box::new(l), op, right: Box::new(r) })
}

/// A tuple (or list) target with an element that is not a plain name: the
/// same target with temporaries there, and the assignments from them.
fn flatten_target(target: &Expr, temps: &mut usize) -> Option<(Expr, Vec<Stmt>)> {
    let (elts, range) = match target {
        Expr::Tuple(t) => (&t.elts, t.range),
        Expr::List(l) => (&l.elts, l.range),
        _ => return None,
    };
    let plain = matches!(target, Expr::Tuple(_)) && elts.iter().all(|e| matches!(e, Expr::Name(_)));
    if plain || elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
        return None;
    }
    let mut names = Vec::new();
    let mut rest = Vec::new();
    for e in elts {
        match e {
            Expr::Name(_) => names.push(e.clone()),
            _ => {
                let tmp = temp(temps, "unpack");
                names.push(name(&tmp, e.range()));
                rest.push(assign(e.clone(), name(&tmp, e.range()), e.range()));
            }
        }
    }
    Some((Expr::Tuple(ast::ExprTuple { range, elts: names, ctx: ast::ExprContext::Store }), rest))
}

/// `a, b, c = (-1, None, -inf)`: a display with a `None` item unpacked into
/// as many names, as one assignment per name (`b = None` is how a name
/// starts out optional). Every other item is evaluated first, left to
/// right, into a temporary, as CPython builds the tuple before binding.
fn unpack_none_display(target: &Expr, value: &Expr, temps: &mut usize) -> Option<Vec<Stmt>> {
    let Expr::Tuple(ast::ExprTuple { elts: targets, .. }) = target else { return None };
    let (Expr::Tuple(ast::ExprTuple { elts: values, .. }) | Expr::List(ast::ExprList { elts: values, .. })) = value
    else {
        return None;
    };
    let names = targets.iter().all(|t| matches!(t, Expr::Name(_)));
    if !names || targets.len() != values.len() || !values.iter().any(is_none) {
        return None;
    }
    let mut out = Vec::new();
    let mut items = Vec::new();
    for v in values {
        if is_none(v) {
            items.push(v.clone());
            continue;
        }
        let tmp = temp(temps, "unpack");
        out.push(assign(name(&tmp, v.range()), v.clone(), v.range()));
        items.push(name(&tmp, v.range()));
    }
    out.extend(targets.iter().zip(items).map(|(t, v)| assign(t.clone(), v, t.range())));
    Some(out)
}

/// `L, R, U, D = range(4)` (numbered names): a range of constant bounds
/// whose length is the number of targets is the tuple of its ints. Another
/// length is CPython's ValueError; that stays the range diagnostic.
fn unpack_range(target: &Expr, value: &Expr, globals: &Globals) -> Option<Vec<Stmt>> {
    let (Expr::Tuple(ast::ExprTuple { elts: targets, .. }) | Expr::List(ast::ExprList { elts: targets, .. })) = target
    else {
        return None;
    };
    let (_, c) = callee(value, globals).filter(|(f, _)| *f == "range" && !globals.functions.contains_key("range"))?;
    let int = |e: &Expr| match crate::syntax::parse::fold_constant(e, &globals.constants)? {
        ConstValue::Int(i) => Some(i),
        _ => None,
    };
    let bounds: Vec<i128> = c.args.iter().map(int).collect::<Option<_>>()?;
    let (start, stop, step) = match bounds.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] if *step != 0 => (*start, *stop, *step),
        _ => return None,
    };
    let items: Vec<i128> = match step > 0 {
        true => (start..stop).step_by(step as usize).take(targets.len() + 1).collect(),
        false => (stop + 1..=start).rev().step_by(step.unsigned_abs() as usize).take(targets.len() + 1).collect(),
    };
    if items.len() != targets.len() || targets.iter().any(|t| matches!(t, Expr::Starred(_))) {
        return None;
    }
    let r = value.range();
    let elts = items.into_iter().map(|i| int_const(i, r)).collect();
    Some(vec![assign(target.clone(), Expr::Tuple(ast::ExprTuple { range: r, elts, ctx: ast::ExprContext::Load }), r)])
}

fn int_const(v: i128, range: TextRange) -> Expr {
    Expr::Constant(ast::ExprConstant { range, value: ast::Constant::Int(BigInt::from(v)), kind: None })
}

/// `x, y = map(f, seq)`: the length is the target's, so `seq` is unpacked
/// into temporaries (checking its length as any unpacking does), then the
/// targets take `(f($m0), f($m1), ...)`: every call runs, in order, before
/// any target is bound, as CPython's map consumed by unpacking. A list
/// literal is read as a tuple (the same elements, unpacked at once).
fn unpack_map(target: &Expr, value: &Expr, globals: &Globals, temps: &mut usize) -> Option<Vec<Stmt>> {
    let (Expr::Tuple(ast::ExprTuple { elts: targets, .. }) | Expr::List(ast::ExprList { elts: targets, .. })) = target
    else {
        return None;
    };
    let (_, c) = callee(value, globals).filter(|(f, _)| *f == "map" && !globals.functions.contains_key("map"))?;
    let [func, seq] = c.args.as_slice() else { return None };
    if targets.iter().any(|t| matches!(t, Expr::Starred(_))) {
        return None;
    }
    let seq = match seq {
        Expr::List(l) => {
            Expr::Tuple(ast::ExprTuple { range: l.range, elts: l.elts.clone(), ctx: ast::ExprContext::Load })
        }
        _ => seq.clone(),
    };
    let call = |arg: Expr| {
        Expr::Call(ast::ExprCall {
            range: c.range,
            func: Box::new(func.clone()),
            args: vec![arg],
            keywords: Vec::new(),
        })
    };
    // A literal of the wrong length: the unpacking's own error, once.
    if let Expr::Tuple(t) = &seq {
        if t.elts.len() != targets.len() {
            let calls = t.elts.iter().cloned().map(call).collect();
            let mapped = Expr::Tuple(ast::ExprTuple { range: t.range, elts: calls, ctx: ast::ExprContext::Load });
            return Some(vec![assign(target.clone(), mapped, value.range())]);
        }
    }
    let items: Vec<String> = targets.iter().map(|_| temp(temps, "map")).collect();
    let r = seq.range();
    let store = items.iter().map(|t| name(t, r)).collect();
    let mut out =
        vec![assign(Expr::Tuple(ast::ExprTuple { range: r, elts: store, ctx: ast::ExprContext::Store }), seq, r)];
    let calls = items.iter().map(|t| call(name(t, r))).collect();
    let mapped = Expr::Tuple(ast::ExprTuple { range: c.range, elts: calls, ctx: ast::ExprContext::Load });
    out.push(assign(target.clone(), mapped, value.range()));
    Some(out)
}

/// The called function's name when `e` is `f(...)` with `f` a plain name,
/// or `module.f(...)` / an imported `f` for numba's `prange`.
fn callee<'e>(e: &'e Expr, globals: &Globals) -> Option<(&'e str, &'e ast::ExprCall)> {
    let Expr::Call(c) = e else { return None };
    if !c.keywords.is_empty() {
        return None;
    }
    let f = match c.func.as_ref() {
        Expr::Name(n) => match globals.from_imports.get(n.id.as_str()) {
            Some((m, f)) if m == "numba" && f == "prange" => "prange",
            _ => n.id.as_str(),
        },
        Expr::Attribute(a) if a.attr.as_str() == "prange" => match a.value.as_ref() {
            Expr::Name(m) if globals.modules.get(m.id.as_str()).is_some_and(|m| m == "numba") => "prange",
            _ => return None,
        },
        _ => return None,
    };
    Some((f, c))
}

fn expand_for(f: &ast::StmtFor, globals: &Globals, temps: &mut usize) -> Option<Vec<Stmt>> {
    let with = |target: Expr, iter: Expr, body: Vec<Stmt>| loop_like(f, target, iter, body);
    // `enumerate(xs, start=k)`: as `enumerate(xs, k)`.
    if let Expr::Call(c) = f.iter.as_ref() {
        if let ([_], [k]) = (c.args.as_slice(), c.keywords.as_slice()) {
            if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "enumerate")
                && k.arg.as_ref().is_some_and(|a| a.as_str() == "start")
            {
                let mut call = c.clone();
                call.args.push(k.value.clone());
                call.keywords.clear();
                let f = ast::StmtFor { iter: Box::new(Expr::Call(call)), ..f.clone() };
                return expand_for(&f, globals, temps);
            }
        }
    }
    match callee(&f.iter, globals) {
        // numba.prange is range (run serially, which is a correct schedule).
        Some(("prange", c)) => {
            let iter = call("range", c.args.clone(), c.range);
            return Some(vec![with((*f.target).clone(), iter, f.body.clone())]);
        }
        Some(("reversed", c)) if c.args.len() == 1 => {
            if let Some((pre, iter)) = reversed_range(&c.args[0], globals, temps) {
                let mut out = pre;
                out.push(with((*f.target).clone(), iter, f.body.clone()));
                return Some(out);
            }
            if attribute_call(&c.args[0]) {
                // `reversed(np.sort(a))`: the sequence computed once, then walked back.
                let here = c.args[0].range();
                let tmp = temp(temps, "revseq");
                let mut out = vec![assign(name(&tmp, here), c.args[0].clone(), here)];
                out.extend(reversed_sequence(f, &name(&tmp, here), temps)?);
                return Some(out);
            }
            return reversed_sequence(f, &c.args[0], temps);
        }
        // for i, x in enumerate(xs, start): a counter beside the loop over xs.
        Some(("enumerate", c)) if (1..=2).contains(&c.args.len()) => return expand_enumerate(f, c, temps),
        // for x, y in zip(a, b): an index over the shortest, each one indexed.
        // Arrays and views, also computed (`a.ravel()`, `np.sort(a)`, bound
        // to a temporary first); not a call of a name (a range has no
        // len/index here).
        Some(("zip", c))
            if !c.args.is_empty() && c.args.iter().all(|a| !matches!(a, Expr::Call(_)) || attribute_call(a)) =>
        {
            return expand_zip(f, c, temps);
        }
        _ => {}
    }
    if computed_iterable(&f.iter, globals) {
        let tmp = temp(temps, "forin");
        let here = f.iter.range();
        return Some(vec![
            assign(name(&tmp, here), (*f.iter).clone(), here),
            with((*f.target).clone(), name(&tmp, here), f.body.clone()),
        ]);
    }
    // A tuple target: a temporary loop variable, unpacked first in the body.
    if matches!(f.target.as_ref(), Expr::Tuple(_) | Expr::List(_)) {
        let tmp = temp(temps, "for");
        let here = f.target.range();
        let mut body = vec![assign((*f.target).clone(), name(&tmp, here), here)];
        body.extend(f.body.iter().cloned());
        return Some(vec![with(name(&tmp, here), (*f.iter).clone(), body)]);
    }
    None
}

/// A loop with `f`'s place and `else` over another target, iterable and body.
fn loop_like(f: &ast::StmtFor, target: Expr, iter: Expr, body: Vec<Stmt>) -> Stmt {
    Stmt::For(ast::StmtFor {
        range: f.range,
        target: Box::new(target),
        iter: Box::new(iter),
        body,
        orelse: f.orelse.clone(),
        type_comment: None,
    })
}

/// `for i, x in enumerate(xs, start)`: a counter beside the loop over xs.
fn expand_enumerate(f: &ast::StmtFor, c: &ast::ExprCall, temps: &mut usize) -> Option<Vec<Stmt>> {
    let Expr::Tuple(t) = f.target.as_ref() else { return None };
    let [index, item] = t.elts.as_slice() else { return None };
    let count = temp(temps, "enum");
    let start = c.args.get(1).cloned().unwrap_or_else(|| int(0, c.range));
    let here = index.range();
    let mut body = vec![
        assign(index.clone(), name(&count, here), here),
        assign(name(&count, here), binop(name(&count, here), ast::Operator::Add, int(1, here)), here),
    ];
    body.extend(f.body.iter().cloned());
    Some(vec![assign(name(&count, c.range), start, c.range), loop_like(f, item.clone(), c.args[0].clone(), body)])
}

/// `for x, y in zip(a, b)`: an index over the shortest sequence, each one
/// indexed; a computed sequence is bound to a temporary first.
fn expand_zip(f: &ast::StmtFor, c: &ast::ExprCall, temps: &mut usize) -> Option<Vec<Stmt>> {
    // `for p in zip(a, b)`: p is the tuple of the items, as CPython's zip.
    let whole = match f.target.as_ref() {
        Expr::Tuple(t) if t.elts.len() == c.args.len() => None,
        Expr::Name(_) => Some((*f.target).clone()),
        _ => return None,
    };
    let targets: Vec<Expr> = match (f.target.as_ref(), &whole) {
        (Expr::Tuple(t), None) => t.elts.clone(),
        _ => c.args.iter().map(|a| name(&temp(temps, "zipitem"), a.range())).collect(),
    };
    let mut out = Vec::new();
    let mut seqs = Vec::new();
    for a in &c.args {
        if let Expr::Name(_) = a {
            seqs.push(a.clone());
        } else {
            let tmp = temp(temps, "zip");
            out.push(assign(name(&tmp, a.range()), a.clone(), a.range()));
            seqs.push(name(&tmp, a.range()));
        }
    }
    let k = temp(temps, "zipk");
    let lens: Vec<Expr> = seqs.iter().map(|s| call("len", vec![s.clone()], s.range())).collect();
    let stop = if lens.len() == 1 { lens[0].clone() } else { call("min", lens, c.range) };
    let mut body: Vec<Stmt> = targets
        .iter()
        .zip(&seqs)
        .map(|(x, s)| {
            let item = Expr::Subscript(ast::ExprSubscript {
                range: s.range(),
                value: Box::new(s.clone()),
                slice: Box::new(name(&k, s.range())),
                ctx: ast::ExprContext::Load,
            });
            assign(x.clone(), item, x.range())
        })
        .collect();
    if let Some(p) = whole {
        let here = p.range();
        let items = Expr::Tuple(ast::ExprTuple { range: here, elts: targets, ctx: ast::ExprContext::Load });
        body.push(assign(p, items, here));
    }
    body.extend(f.body.iter().cloned());
    out.push(loop_like(f, name(&k, f.target.range()), call("range", vec![stop], c.range), body));
    Some(out)
}

/// `for x in reversed(seq)` over a list, array or tuple variable `seq`:
/// its indices counting down, `x = seq[i]` in each turn (CPython's
/// reversed iterator, which indexes the same way). A body that shrinks
/// `seq` (`pop`, `remove`, `clear`, `del`) or rebinds it is left alone:
/// the iterator would stop early where an index would raise.
fn reversed_sequence(f: &ast::StmtFor, seq: &Expr, temps: &mut usize) -> Option<Vec<Stmt>> {
    let Expr::Name(n) = seq else { return None };
    if touches(&f.body, n.id.as_str()) || touches(&f.orelse, n.id.as_str()) {
        return None;
    }
    let r = seq.range();
    let i = temp(temps, "rev");
    let len = call("len", vec![seq.clone()], r);
    let last = binop(len, ast::Operator::Sub, int(1, r));
    let iter = call("range", vec![last, int(-1, r), int(-1, r)], r);
    let item = Expr::Subscript(ast::ExprSubscript {
        range: r,
        value: Box::new(seq.clone()),
        slice: Box::new(name(&i, r)),
        ctx: ast::ExprContext::Load,
    });
    let mut body = vec![assign((*f.target).clone(), item, f.target.range())];
    body.extend(f.body.iter().cloned());
    Some(vec![Stmt::For(ast::StmtFor {
        range: f.range,
        target: Box::new(store(&i, r)),
        iter: Box::new(iter),
        body,
        orelse: f.orelse.clone(),
        type_comment: None,
    })])
}

/// Whether `body` may shrink or rebind the list `seq`: a call of one of
/// its shrinking methods, a `del`, or a store to the name.
fn touches(body: &[Stmt], seq: &str) -> bool {
    struct Finder<'a>(&'a str, bool);
    impl Fold<TextRange> for Finder<'_> {
        crate::syntax::identity_fold!();
        fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
            match &e {
                Expr::Attribute(a)
                    if matches!(a.value.as_ref(), Expr::Name(n) if n.id.as_str() == self.0)
                        && matches!(a.attr.as_str(), "pop" | "remove" | "clear") =>
                {
                    self.1 = true
                }
                Expr::Name(n) if n.id.as_str() == self.0 && n.ctx != ast::ExprContext::Load => self.1 = true,
                _ => {}
            }
            fold::fold_expr(self, e)
        }
        fn fold_stmt(&mut self, s: Stmt) -> Result<Stmt, Self::Error> {
            if matches!(s, Stmt::Delete(_)) {
                self.1 = true;
            }
            fold::fold_stmt(self, s)
        }
    }
    let mut f = Finder(seq, false);
    for s in body {
        let Ok(_) = f.fold_stmt(s.clone());
    }
    f.1
}

/// `reversed(range(...))` as a range counting down: the values bound first
/// (each is used twice), then `range(last, start - step, -step)`. A step
/// must be a constant (its sign decides how the length is computed).
fn reversed_range(arg: &Expr, globals: &Globals, temps: &mut usize) -> Option<(Vec<Stmt>, Expr)> {
    let (f, c) = callee(arg, globals)?;
    if f != "range" || !(1..=3).contains(&c.args.len()) {
        return None;
    }
    let step = match c.args.get(2) {
        None => 1,
        Some(s) => match literal_value(s) {
            Some(ConstValue::Int(v)) if v != 0 && i64::try_from(v).is_ok() => v as i64,
            _ => return None,
        },
    };
    let mut pre = Vec::new();
    let mut bound = |e: &Expr, temps: &mut usize| match e {
        Expr::Name(_) | Expr::Constant(_) => e.clone(),
        _ => {
            let tmp = temp(temps, "rev");
            pre.push(assign(name(&tmp, e.range()), e.clone(), e.range()));
            name(&tmp, e.range())
        }
    };
    let (start, stop) = match c.args.as_slice() {
        [stop] => (int(0, stop.range()), bound(stop, temps)),
        [start, stop, ..] => {
            let start = bound(start, temps);
            (start, bound(stop, temps))
        }
        _ => return None,
    };
    let rr = c.range;
    use ast::Operator::{Add, FloorDiv, Mult, Sub};
    // n = len(range) = max((stop - start + step - 1) // step, 0) for step > 0,
    // max((start - stop - step - 1) // -step, 0) for step < 0.
    let (a, b) = if step > 0 { (stop.clone(), start.clone()) } else { (start.clone(), stop.clone()) };
    let span = binop(binop(a, Sub, b), Add, int(step.abs() - 1, rr));
    let n = call("max", vec![binop(span, FloorDiv, int(step.abs(), rr)), int(0, rr)], rr);
    let last = binop(start.clone(), Add, binop(binop(n, Sub, int(1, rr)), Mult, int(step, rr)));
    let end = binop(start, Sub, int(step, rr));
    Some((pre, call("range", vec![last, end, int(-step, rr)], rr)))
}

/// `x = a if c else b`, `t op= a if c else b` and `return a if c else b`
/// as an `if` statement
/// whose branches assign or return one arm each: an arm whose value needs
/// statements before it (`max(lst)`, a list's `pop()`) then runs only
/// when taken, as in Python. The whole right-hand side is the
/// conditional, so nothing else in the statement changes its order.
pub(in crate::sema) fn arms_as_branches(stmt: &Stmt) -> Option<Vec<Stmt>> {
    let (value, rebuild): (&Expr, Box<dyn Fn(Expr) -> Stmt>) = match stmt {
        Stmt::Assign(a) if a.targets.len() == 1 => {
            let target = a.targets[0].clone();
            let range = a.range;
            (&a.value, Box::new(move |v| assign(target.clone(), v, range)))
        }
        Stmt::Return(r) => {
            let range = r.range;
            (r.value.as_deref()?, Box::new(move |v| Stmt::Return(ast::StmtReturn { range, value: Some(Box::new(v)) })))
        }
        // `t += a if c else b`: a name's load has no effect, so testing `c`
        // first keeps CPython's order (an element target's index would not).
        Stmt::AugAssign(a) if matches!(*a.target, Expr::Name(_)) => {
            let (target, op, range) = (a.target.clone(), a.op, a.range);
            let rebuild =
                move |v| Stmt::AugAssign(ast::StmtAugAssign { range, target: target.clone(), op, value: Box::new(v) });
            (&a.value, Box::new(rebuild))
        }
        _ => return None,
    };
    let Expr::IfExp(e) = value else { return None };
    Some(vec![Stmt::If(ast::StmtIf {
        range: stmt.range(),
        test: e.test.clone(),
        body: vec![rebuild(*e.body.clone())],
        orelse: vec![rebuild(*e.orelse.clone())],
    })])
}

/// A lambda's body with its parameters replaced by the given expressions
/// (each read as often as the body reads it). A nested lambda is left as
/// it is: it may rebind the names.
pub(in crate::sema) fn substitute(body: Expr, map: &[(String, Expr)]) -> Expr {
    let Ok(e) = Substitute(map).fold_expr(body);
    e
}

struct Substitute<'a>(&'a [(String, Expr)]);

impl Fold<TextRange> for Substitute<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match e {
            Expr::Name(n) => match self.0.iter().find(|(p, _)| p == n.id.as_str()) {
                Some((_, x)) => Ok(x.clone()),
                None => Ok(Expr::Name(n)),
            },
            e @ Expr::Lambda(_) => Ok(e),
            e => fold::fold_expr(self, e),
        }
    }
}
