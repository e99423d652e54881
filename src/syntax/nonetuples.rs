//! Helpers returning a tuple with None at a position on some paths
//! (`return x, None` / `return x, y`: numba's Tuple of Optional items),
//! whose callers use the result as `r = helper(..)` then `r[1] is None`,
//! `a, b = helper(..)` then `if b is None`, or `return helper(..)`. Each
//! None position becomes an (is-None flag, value) pair of the helper's
//! plain tuple result, and each call site unpacks it into names that may
//! be None (sema/numbers/optional.rs types those): `r[1]` reads the name `r$1`.
//! A `return helper(..)` returns the tuple display with None or the value
//! (one arm per combination), as the function's own `return x, None`
//! would. A helper with any other use of its name, or a result name used
//! other than by a constant index, is left as it is, so sema's diagnostic
//! for a None in a helper's tuple result names it.

use super::parse::Globals;
use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::text_size::TextRange;
use rustpython_parser::ast::{self, bigint::BigInt, Constant, Expr, ExprContext, Identifier, Ranged, Stmt};

use std::collections::{BTreeSet, HashMap, HashSet};

/// The result of a candidate helper: its tuple's length and the
/// positions that are None on some path.
#[derive(Clone)]
struct Shape {
    arity: usize,
    slots: BTreeSet<usize>,
}

impl Shape {
    /// Where item `j` starts in the flat result (a slot's flag, then its value).
    fn pos(&self, j: usize) -> usize {
        j + self.slots.range(..j).count()
    }
}

/// At most this many None positions for `return helper(..)`: one arm per
/// combination of them.
const RETURN_SLOTS: usize = 3;

/// Every return of `body` is a tuple display: their displays, or None.
fn return_displays<'a>(body: &'a [Stmt], out: &mut Vec<&'a ast::ExprTuple>) -> Option<()> {
    for s in body {
        if let Stmt::Return(r) = s {
            match r.value.as_deref() {
                Some(Expr::Tuple(t)) if !t.elts.iter().any(|e| matches!(e, Expr::Starred(_))) => out.push(t),
                _ => return None,
            }
        }
        for b in super::child_blocks(s)? {
            return_displays(b, out)?;
        }
    }
    Some(())
}

/// Counts the names of a function body: every occurrence, and the loads
/// of `name[k]` with an int constant `k`.
#[derive(Default)]
struct Names {
    all: HashMap<String, usize>,
    indexed: HashMap<String, Vec<i64>>,
    yields: bool,
}

fn const_index(e: &Expr) -> Option<i64> {
    match e {
        Expr::Constant(ast::ExprConstant { value: Constant::Int(k), .. }) => i64::try_from(k).ok(),
        Expr::UnaryOp(ast::ExprUnaryOp { op: ast::UnaryOp::USub, operand, .. }) => const_index(operand).map(|k| -k),
        _ => None,
    }
}

impl Fold<TextRange> for Names {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match &e {
            Expr::Name(n) => *self.all.entry(n.id.to_string()).or_default() += 1,
            Expr::Subscript(s) if matches!(s.ctx, ExprContext::Load) => {
                if let (Expr::Name(n), Some(k)) = (s.value.as_ref(), const_index(&s.slice)) {
                    self.indexed.entry(n.id.to_string()).or_default().push(k);
                }
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => self.yields = true,
            _ => {}
        }
        fold::fold_expr(self, e)
    }
}

fn names_of(body: &[Stmt]) -> Names {
    let mut names = Names::default();
    let Ok(_) = fold::Foldable::fold(body.to_vec(), &mut names);
    names
}

/// The helpers whose returns are all tuple displays of one length with a
/// None item in some of them.
fn candidates(globals: &Globals, exported: &HashSet<String>) -> HashMap<String, Shape> {
    let mut out = HashMap::new();
    for (name, f) in &globals.functions {
        if exported.contains(name) || names_of(&f.body).yields {
            continue;
        }
        let mut displays = Vec::new();
        if return_displays(&f.body, &mut displays).is_none() || displays.is_empty() {
            continue;
        }
        let arity = displays[0].elts.len();
        if displays.iter().any(|t| t.elts.len() != arity) {
            continue;
        }
        let slots: BTreeSet<usize> = displays
            .iter()
            .flat_map(|t| t.elts.iter().enumerate().filter(|(_, e)| super::is_none(e)).map(|(j, _)| j))
            .collect();
        if !slots.is_empty() {
            out.insert(name.clone(), Shape { arity, slots });
        }
    }
    out
}

/// A call site this pass rewrites: the helper called by the statement's value.
enum Site<'a> {
    /// `r = helper(..)`.
    Bind(&'a str, &'a str),
    /// `a, b = helper(..)`, each target a name.
    Unpack(&'a str),
    /// `return helper(..)`.
    Return(&'a str),
}

fn callee<'a>(e: &'a Expr, shapes: &HashMap<String, Shape>) -> Option<&'a str> {
    let Expr::Call(c) = e else { return None };
    let Expr::Name(n) = c.func.as_ref() else { return None };
    shapes.contains_key(n.id.as_str()).then_some(n.id.as_str())
}

fn site<'a>(s: &'a Stmt, shapes: &HashMap<String, Shape>) -> Option<Site<'a>> {
    match s {
        Stmt::Assign(a) => {
            let h = callee(&a.value, shapes)?;
            match a.targets.as_slice() {
                [Expr::Name(r)] => Some(Site::Bind(r.id.as_str(), h)),
                [Expr::Tuple(t)]
                    if t.elts.len() == shapes[h].arity && t.elts.iter().all(|e| matches!(e, Expr::Name(_))) =>
                {
                    Some(Site::Unpack(h))
                }
                _ => None,
            }
        }
        Stmt::Return(r) => {
            let h = callee(r.value.as_deref()?, shapes)?;
            (shapes[h].slots.len() <= RETURN_SLOTS).then_some(Site::Return(h))
        }
        _ => None,
    }
}

/// The call sites of one function: how many calls of each helper are
/// rewritable, and the helper each result name is bound to (None when
/// two helpers bind it).
#[derive(Default)]
struct Sites {
    calls: HashMap<String, usize>,
    binds: HashMap<String, (Option<String>, usize)>,
}

fn collect_sites(body: &[Stmt], shapes: &HashMap<String, Shape>, out: &mut Sites) {
    for s in body {
        match site(s, shapes) {
            Some(Site::Bind(r, h)) => {
                *out.calls.entry(h.to_string()).or_default() += 1;
                let e = out.binds.entry(r.to_string()).or_insert((Some(h.to_string()), 0));
                if e.0.as_deref() != Some(h) {
                    e.0 = None;
                }
                e.1 += 1;
            }
            Some(Site::Unpack(h) | Site::Return(h)) => *out.calls.entry(h.to_string()).or_default() += 1,
            None => {}
        }
        for b in super::child_blocks(s).unwrap_or_default() {
            collect_sites(b, shapes, out);
        }
    }
}

fn params(f: &ast::StmtFunctionDef) -> HashSet<String> {
    let a = &f.args;
    let plain = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string());
    let star = a.vararg.iter().chain(&a.kwarg).map(|p| p.arg.to_string());
    plain.chain(star).collect()
}

/// The helpers of `shapes` with a use this pass cannot rewrite.
fn unsupported(
    functions: &[&ast::StmtFunctionDef],
    globals: &Globals,
    shapes: &HashMap<String, Shape>,
) -> HashSet<String> {
    let mut bad = HashSet::new();
    let mut loads: HashMap<String, usize> = HashMap::new();
    let mut rewritable: HashMap<String, usize> = HashMap::new();
    for f in functions {
        let names = names_of(&f.body);
        let mut sites = Sites::default();
        collect_sites(&f.body, shapes, &mut sites);
        for (h, n) in sites.calls {
            *rewritable.entry(h).or_default() += n;
        }
        for h in shapes.keys() {
            *loads.entry(h.clone()).or_default() += names.all.get(h).copied().unwrap_or(0);
        }
        let ps = params(f);
        for (r, (h, binds)) in &sites.binds {
            let Some(h) = h else {
                bad.extend(shapes.keys().cloned());
                continue;
            };
            let n = shapes[h].arity as i64;
            let indexed = names.indexed.get(r).map_or(&[][..], |v| v.as_slice());
            let in_range = indexed.iter().all(|&k| -n <= k && k < n);
            if ps.contains(r) || !in_range || names.all.get(r).copied().unwrap_or(0) != binds + indexed.len() {
                bad.insert(h.clone());
            }
        }
    }
    for (h, n) in loads {
        if rewritable.get(&h).copied().unwrap_or(0) != n {
            bad.insert(h);
        }
    }
    // A module-level constant computed by a call of it reads the tuple as CPython makes it.
    for e in globals.call_constants.values() {
        bad.extend(
            names_of(&[Stmt::Expr(ast::StmtExpr { range: e.range(), value: Box::new(e.clone()) })]).all.into_keys(),
        );
    }
    bad
}

fn name(id: &str, ctx: ExprContext, range: TextRange) -> Expr {
    Expr::Name(ast::ExprName { range, id: Identifier::new(id), ctx })
}

fn constant(value: Constant, range: TextRange) -> Expr {
    Expr::Constant(ast::ExprConstant { range, value, kind: None })
}

/// `tmp[k]`.
fn item(tmp: &str, k: usize, range: TextRange) -> Expr {
    Expr::Subscript(ast::ExprSubscript {
        range,
        value: Box::new(name(tmp, ExprContext::Load, range)),
        slice: Box::new(constant(Constant::Int(BigInt::from(k)), range)),
        ctx: ExprContext::Load,
    })
}

fn assign(target: &str, value: Expr, range: TextRange) -> Stmt {
    Stmt::Assign(ast::StmtAssign {
        range,
        targets: vec![name(target, ExprContext::Store, range)],
        value: Box::new(value),
        type_comment: None,
    })
}

fn if_else(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>, range: TextRange) -> Stmt {
    Stmt::If(ast::StmtIf { range, test: Box::new(test), body, orelse })
}

/// A helper's `return (x, None)` as `return (x, True, False)`, `return
/// (x, y)` as `return (x, False, y)`: False joins any number's type.
fn flatten_returns(body: &mut [Stmt], shape: &Shape) {
    for s in body.iter_mut() {
        if let Stmt::Return(ast::StmtReturn { value: Some(v), .. }) = s {
            if let Expr::Tuple(t) = v.as_mut() {
                let mut elts = Vec::new();
                for (j, e) in std::mem::take(&mut t.elts).into_iter().enumerate() {
                    let r = e.range();
                    if !shape.slots.contains(&j) {
                        elts.push(e);
                    } else if super::is_none(&e) {
                        elts.extend([constant(Constant::Bool(true), r), constant(Constant::Bool(false), r)]);
                    } else {
                        elts.extend([constant(Constant::Bool(false), r), e]);
                    }
                }
                t.elts = elts;
            }
        }
        for b in super::child_blocks_mut(s) {
            flatten_returns(b, shape);
        }
    }
}

/// `targets[j] = item j of tmp` for each item: None or the value at a slot.
fn unpack(tmp: &str, targets: &[String], shape: &Shape, range: TextRange) -> Vec<Stmt> {
    let mut out = Vec::new();
    for (j, t) in targets.iter().enumerate() {
        let p = shape.pos(j);
        if shape.slots.contains(&j) {
            let none = assign(t, constant(Constant::None, range), range);
            out.push(if_else(item(tmp, p, range), vec![none], vec![assign(t, item(tmp, p + 1, range), range)], range));
        } else {
            out.push(assign(t, item(tmp, p, range), range));
        }
    }
    out
}

/// `return` of the display of `tmp`'s items from `j` on, after `items`:
/// one arm for None and one for the value at each slot.
fn return_arms(tmp: &str, shape: &Shape, j: usize, items: Vec<Expr>, range: TextRange) -> Vec<Stmt> {
    if j == shape.arity {
        let t = Expr::Tuple(ast::ExprTuple { range, elts: items, ctx: ExprContext::Load });
        return vec![Stmt::Return(ast::StmtReturn { range, value: Some(Box::new(t)) })];
    }
    let p = shape.pos(j);
    let with = |e: Expr| items.iter().cloned().chain([e]).collect::<Vec<_>>();
    if !shape.slots.contains(&j) {
        return return_arms(tmp, shape, j + 1, with(item(tmp, p, range)), range);
    }
    let none = return_arms(tmp, shape, j + 1, with(constant(Constant::None, range)), range);
    let value = return_arms(tmp, shape, j + 1, with(item(tmp, p + 1, range)), range);
    vec![if_else(item(tmp, p, range), none, value, range)]
}

/// The name standing for `r[j]`.
fn element(r: &str, j: usize) -> String {
    format!("{r}${j}")
}

/// Rewrites the call sites of `body` (see the module comment).
fn rewrite_sites(body: Vec<Stmt>, shapes: &HashMap<String, Shape>, temps: &mut usize) -> Vec<Stmt> {
    let mut out = Vec::new();
    for mut s in body {
        for b in super::child_blocks_mut(&mut s) {
            *b = rewrite_sites(std::mem::take(b), shapes, temps);
        }
        let range = s.range();
        let (h, targets) = match site(&s, shapes) {
            Some(Site::Bind(r, h)) => (h.to_string(), Some((0..shapes[h].arity).map(|j| element(r, j)).collect())),
            Some(Site::Unpack(h)) => {
                let Stmt::Assign(a) = &s else { unreachable!("an unpacking site is an assignment") };
                let Expr::Tuple(t) = &a.targets[0] else { unreachable!("an unpacking site has a tuple target") };
                let names =
                    t.elts.iter().filter_map(|e| if let Expr::Name(n) = e { Some(n.id.to_string()) } else { None });
                (h.to_string(), Some(names.collect::<Vec<_>>()))
            }
            Some(Site::Return(h)) => (h.to_string(), None),
            None => {
                out.push(s);
                continue;
            }
        };
        let call = match s {
            Stmt::Assign(a) => *a.value,
            Stmt::Return(r) => *r.value.expect("a return site has a value"),
            _ => unreachable!("a site is an assignment or a return"),
        };
        let tmp = format!("$none_tuple{temps}");
        *temps += 1;
        out.push(assign(&tmp, call, range));
        match targets {
            Some(targets) => out.extend(unpack(&tmp, &targets, &shapes[&h], range)),
            None => out.extend(return_arms(&tmp, &shapes[&h], 0, Vec::new(), range)),
        }
    }
    out
}

/// `r[k]` of a result name `r` as the name of its item.
struct Items<'a> {
    arity: &'a HashMap<String, usize>,
}

impl Fold<TextRange> for Items<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Subscript(s) = &e {
            if let (Expr::Name(n), Some(k)) = (s.value.as_ref(), const_index(&s.slice)) {
                if let Some(&arity) = self.arity.get(n.id.as_str()) {
                    let j = if k < 0 { k + arity as i64 } else { k } as usize;
                    return Ok(name(&element(&n.id, j), ExprContext::Load, s.range));
                }
            }
        }
        fold::fold_expr(self, e)
    }
}

fn rewrite_function(f: &mut ast::StmtFunctionDef, shapes: &HashMap<String, Shape>, temps: &mut usize) {
    let mut sites = Sites::default();
    collect_sites(&f.body, shapes, &mut sites);
    if sites.calls.is_empty() {
        return;
    }
    let arity: HashMap<String, usize> =
        sites.binds.iter().filter_map(|(r, (h, _))| Some((r.clone(), shapes[h.as_ref()?].arity))).collect();
    let body = rewrite_sites(std::mem::take(&mut f.body), shapes, temps);
    let Ok(body) = fold::Foldable::fold(body, &mut Items { arity: &arity });
    f.body = body;
}

/// Rewrites the helpers with None items in their tuple results, and their
/// call sites in every function and export, until none is left that can be
/// (a `return helper(..)` makes its function such a helper in turn).
pub fn rewrite<'a>(globals: &mut Globals, exports: impl Iterator<Item = &'a mut ast::StmtFunctionDef>) {
    let mut exports: Vec<&mut ast::StmtFunctionDef> = exports.collect();
    let exported: HashSet<String> = exports.iter().map(|f| f.name.to_string()).collect();
    // One count for the whole file: a later round's temporaries are new names.
    let mut temps = 0;
    for _ in 0..8 {
        let mut shapes = candidates(globals, &exported);
        let all: Vec<&ast::StmtFunctionDef> = globals.functions.values().chain(exports.iter().map(|f| &**f)).collect();
        for h in unsupported(&all, globals, &shapes) {
            shapes.remove(&h);
        }
        if shapes.is_empty() {
            return;
        }
        for (h, shape) in &shapes {
            if let Some(f) = globals.functions.get_mut(h) {
                flatten_returns(&mut f.body, shape);
            }
        }
        for f in globals.functions.values_mut().chain(exports.iter_mut().map(|f| &mut **f)) {
            rewrite_function(f, &shapes, &mut temps);
        }
    }
}
