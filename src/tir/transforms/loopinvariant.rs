//! Loop-invariant calls out of `for` loops. A `for ... in range` body
//! whose leading statements compute the same value on every iteration (a
//! call of a pure helper such as `fprime(preDz[k])` inside the `i` loop, a
//! numpy ufunc of loop-invariant operands, with their views and bounds
//! checks) runs them once, before the loop, under the loop's own test that
//! it runs at all:
//!
//! ```text
//! for i in range(a, b):          if a < b:
//!     t = f(x[k])          ->        t = f(x[k])
//!     rest(i, t)                 for i in range(a, b):
//!                                    rest(i, t)
//! ```
//!
//! Only a prefix of the body moves: in the first iteration it ran first
//! anyway, so an exception it raises comes at the same point, and nothing
//! else can have run in between. It moves when
//! - it reads no variable the body sets (the loop variable included),
//!   except ones an earlier statement of the prefix set, and each variable
//!   it sets is set nowhere else in the body;
//! - it has no effect but its values and its exceptions: pure helpers
//!   (they store only into arrays they allocate, call only pure helpers),
//!   numpy's creation functions and ufuncs without `out=`;
//! - the rest of the body writes no memory the prefix reads or makes: its
//!   stores go to arrays this function allocated (traced through the
//!   descriptors' owner variables), none of them one the prefix reads, and
//!   it calls only pure helpers and the same numpy functions (no in-place
//!   numpy call, no list or dict, no print, no runtime call).
//!
//! A prefix of scalar work alone stays (LLVM's LICM hoists it); one with a
//! call or an allocation moves, which is what LICM cannot do.

use crate::tir::array::{ArrayRef, NpArg, NpFunc};
use crate::tir::{CmpOp, TExpr, TExprKind, TStmt, TypedFunction, Var};
use std::collections::{HashMap, HashSet};

/// Where an array's memory comes from: an allocation of this function
/// (named by the owner variable it set), a parameter, or anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Root {
    Fresh(Var),
    Param,
    Unknown,
}

/// Hoists the loop-invariant prefixes of every function's `for` loops.
pub fn run(functions: &mut [TypedFunction]) {
    let pure = pure_helpers(functions);
    for f in functions.iter_mut() {
        if f.shares_arrays {
            continue;
        }
        let roots = Roots::of(f);
        let body = std::mem::take(&mut f.body);
        f.body = hoist_list(body, &roots, &pure);
    }
}

/// The helpers with no effect but their result and their exceptions: the
/// greatest fixed point of "locally pure, calls only pure helpers".
fn pure_helpers(functions: &[TypedFunction]) -> HashSet<String> {
    let mut pure: HashSet<String> = functions
        .iter()
        .filter(|f| !f.exported && !f.shares_arrays && f.filled_lists.is_empty())
        .map(|f| f.symbol.clone())
        .collect();
    loop {
        let before = pure.len();
        for f in functions {
            if pure.contains(&f.symbol) {
                let roots = Roots::of(f);
                let writes = f
                    .body
                    .iter()
                    .try_fold(HashSet::new(), |mut w, s| rest_effects(s, &roots, &pure, &mut w).then_some(w));
                if !writes.is_some_and(|w| w.iter().all(|r| matches!(r, Root::Fresh(_)))) {
                    pure.remove(&f.symbol);
                }
            }
        }
        if pure.len() == before {
            return pure;
        }
    }
}

/// The owner variables' sources in one function, flow-insensitively.
struct Roots {
    /// The descriptors' owner variables (`a.obj`): what a call is passed.
    owners: HashSet<Var>,
    sources: HashMap<Var, Vec<Root>>,
    copies: HashMap<Var, Vec<Var>>,
}

impl Roots {
    fn of(f: &TypedFunction) -> Roots {
        let owners = f.vars.iter().enumerate().filter(|(_, v)| v.name.ends_with(".obj")).map(|(i, _)| i).collect();
        let mut r = Roots { owners, sources: HashMap::new(), copies: HashMap::new() };
        for (i, _) in f.params.iter().enumerate() {
            r.sources.entry(i).or_default().push(Root::Param);
        }
        for s in f.body.iter().flat_map(TStmt::nested) {
            r.record(s);
        }
        r
    }

    fn record(&mut self, s: &TStmt) {
        let copy = |r: &mut Roots, var: Var, value: &TExpr| match value.kind {
            TExprKind::Var(w) => r.copies.entry(var).or_default().push(w),
            _ => r.sources.entry(var).or_default().push(Root::Unknown),
        };
        match s {
            TStmt::Assign { var, value } => copy(self, *var, value),
            TStmt::ParallelAssign { vars, values } => vars.iter().zip(values).for_each(|(v, x)| copy(self, *v, x)),
            TStmt::Alloc { array, .. } => self.sources.entry(array.owner).or_default().push(Root::Fresh(array.owner)),
            _ => {
                let mut set = Vec::new();
                if !matches!(
                    s,
                    TStmt::For { .. } | TStmt::If { .. } | TStmt::While { .. } | TStmt::Seq(_) | TStmt::Try { .. }
                ) {
                    s.sets(&mut set);
                }
                set.into_iter().for_each(|v| self.sources.entry(v).or_default().push(Root::Unknown));
            }
        }
    }

    /// Every source `v` may hold.
    fn of_var(&self, v: Var) -> HashSet<Root> {
        let (mut out, mut seen, mut stack) = (HashSet::new(), HashSet::new(), vec![v]);
        while let Some(v) = stack.pop() {
            if seen.insert(v) {
                let (sources, copies) = (self.sources.get(&v), self.copies.get(&v));
                // A variable nothing here sets (nor a parameter) may hold anything.
                if sources.is_none() && copies.is_none() {
                    out.insert(Root::Unknown);
                }
                out.extend(sources.into_iter().flatten().copied());
                stack.extend(copies.into_iter().flatten().copied());
            }
        }
        out
    }
}

/// Whether numpy's `func` with `args` only reads its array arguments and
/// has no other effect (no random state, no `out=`).
fn pure_np(func: NpFunc, args: &[NpArg]) -> bool {
    let creation = func.fills_a_shape() || matches!(func, NpFunc::Arange | NpFunc::Ufunc(_));
    creation && args.iter().all(|a| matches!(a, NpArg::Scalar(_) | NpArg::Shape(_) | NpArg::Array(_)))
}

/// Whether `e` has no effect but its value and exceptions (reads of lists,
/// dicts and the runtime excluded: they can change under the loop); calls
/// of the helpers in `pure` allowed.
fn plain_with(e: &TExpr, pure: &HashSet<String>) -> bool {
    let own = match &e.kind {
        TExprKind::Call(symbol, _) => pure.contains(symbol),
        TExprKind::Runtime(..)
        | TExprKind::Let(..)
        | TExprKind::ListLen(_)
        | TExprKind::DictGet(..)
        | TExprKind::DictHas(..)
        | TExprKind::DictOp(..)
        | TExprKind::DictLoad(..)
        | TExprKind::ListLoad(..) => false,
        _ => true,
    };
    own && e.children().into_iter().all(|c| plain_with(c, pure))
}

/// `plain_with` and no calls at all.
fn plain_expr(e: &TExpr) -> bool {
    plain_with(e, &HashSet::new())
}

/// The arrays `e` loads from, by owner variable.
fn loaded(e: &TExpr, out: &mut Vec<Var>) {
    e.visit(&mut |x| {
        if let TExprKind::Load(a, _) = &x.kind {
            out.push(a.owner);
        }
    });
}

/// Whether statement `s` (with everything nested in it) of a loop's rest
/// or a helper body keeps to the pure forms; the roots it stores into go to
/// `writes`.
fn rest_effects(s: &TStmt, roots: &Roots, pure: &HashSet<String>, writes: &mut HashSet<Root>) -> bool {
    s.nested().into_iter().all(|s| {
        let own = match s {
            TStmt::Store { array, .. } => {
                writes.extend(roots.of_var(array.owner));
                true
            }
            TStmt::Alloc { func, args, .. } | TStmt::NpValue { func, args, .. } => pure_np(*func, args),
            TStmt::Call { symbol, .. } | TStmt::CallAssign { symbol, .. } => pure.contains(symbol),
            TStmt::Print { .. }
            | TStmt::ListNew { .. }
            | TStmt::ListStore { .. }
            | TStmt::ListAppend { .. }
            | TStmt::ListPop { .. }
            | TStmt::Dict { .. } => false,
            _ => true,
        };
        own && s.exprs().into_iter().all(|e| plain_with(e, pure))
    })
}

/// Each statement list with its loops' invariant prefixes hoisted, inner
/// loops first.
fn hoist_list(stmts: Vec<TStmt>, roots: &Roots, pure: &HashSet<String>) -> Vec<TStmt> {
    let mut out = Vec::with_capacity(stmts.len());
    for s in stmts {
        let s = hoist_nested(s, roots, pure);
        match s {
            TStmt::For { var, start, stop, step, body, orelse } => {
                let (guard, prefix, body) = split_loop(var, &start, &stop, &step, body, roots, pure);
                if !prefix.is_empty() {
                    out.push(TStmt::If {
                        cond: guard.expect("a prefix has a guard"),
                        then: prefix,
                        orelse: Vec::new(),
                    });
                }
                out.push(TStmt::For { var, start, stop, step, body, orelse });
            }
            s => out.push(s),
        }
    }
    out
}

/// `s` with the statement lists nested in it hoisted.
fn hoist_nested(s: TStmt, roots: &Roots, pure: &HashSet<String>) -> TStmt {
    let h = |b: Vec<TStmt>| hoist_list(b, roots, pure);
    match s {
        TStmt::If { cond, then, orelse } => TStmt::If { cond, then: h(then), orelse: h(orelse) },
        TStmt::While { cond, body, orelse } => TStmt::While { cond, body: h(body), orelse: h(orelse) },
        TStmt::For { var, start, stop, step, body, orelse } => {
            TStmt::For { var, start, stop, step, body: h(body), orelse: h(orelse) }
        }
        TStmt::Try { body, handler } => TStmt::Try { body: h(body), handler: h(handler) },
        TStmt::Seq(body) => TStmt::Seq(h(body)),
        s => s,
    }
}

/// The test that `range(start, stop, step)` is not empty, for a constant
/// step and bounds with no effect (evaluating them again changes nothing).
fn nonempty(start: &TExpr, stop: &TExpr, step: &TExpr) -> Option<TExpr> {
    let TExprKind::Const(crate::base::consts::ConstValue::Int(k)) = step.kind else { return None };
    let simple = |e: &TExpr| {
        plain_expr(e) && {
            let mut loads = Vec::new();
            loaded(e, &mut loads);
            loads.is_empty()
        }
    };
    if k == 0 || !simple(start) || !simple(stop) {
        return None;
    }
    let op = if k > 0 { CmpOp::Lt } else { CmpOp::Gt };
    let span = start.span.clone();
    let kind = TExprKind::Compare(op, Box::new(start.clone()), Box::new(stop.clone()));
    Some(TExpr { ty: crate::base::types::Scalar::Bool, kind, span })
}

/// The loop's guard, its invariant prefix and the rest of its body (the
/// whole body and no prefix when nothing moves).
fn split_loop(
    var: Var,
    start: &TExpr,
    stop: &TExpr,
    step: &TExpr,
    body: Vec<TStmt>,
    roots: &Roots,
    pure: &HashSet<String>,
) -> (Option<TExpr>, Vec<TStmt>, Vec<TStmt>) {
    let Some(guard) = nonempty(start, stop, step) else { return (None, Vec::new(), body) };
    let n = invariant_prefix(var, &body, roots, pure);
    let worth = body[..n].iter().any(|s| matches!(s, TStmt::CallAssign { .. } | TStmt::Alloc { .. }));
    if !worth {
        return (None, Vec::new(), body);
    }
    let mut body = body;
    let rest = body.split_off(n);
    (Some(guard), body, rest)
}

/// How many leading statements of `body` move (see the module comment).
fn invariant_prefix(var: Var, body: &[TStmt], roots: &Roots, pure: &HashSet<String>) -> usize {
    let mut set_count: HashMap<Var, usize> = HashMap::from([(var, 1)]);
    for s in body {
        let mut set = Vec::new();
        s.sets(&mut set);
        set.into_iter().for_each(|v| *set_count.entry(v).or_default() += 1);
    }
    let (mut defined, mut reads, mut n) = (HashSet::new(), HashSet::new(), 0);
    for s in body {
        let Some((uses, defs, loads)) = prefix_stmt(s, roots, pure) else { break };
        let invariant = uses.iter().all(|u| defined.contains(u) || !set_count.contains_key(u));
        if !invariant || defs.iter().any(|d| set_count.get(d) != Some(&1)) {
            break;
        }
        defined.extend(defs);
        reads.extend(loads);
        n += 1;
    }
    // The prefix's arrays (read or made) must be safe from the rest's stores.
    while n > 0 && !rest_keeps(&body[n..], roots, pure, &reads) {
        n -= 1;
        reads = prefix_roots(&body[..n], roots, pure);
    }
    n
}

/// The roots of the arrays a prefix reads or makes.
fn prefix_roots(prefix: &[TStmt], roots: &Roots, pure: &HashSet<String>) -> HashSet<Root> {
    prefix.iter().filter_map(|s| prefix_stmt(s, roots, pure)).flat_map(|(_, _, r)| r).collect()
}

/// Whether the rest of the body keeps to the pure forms and stores into no
/// array the prefix reads or makes.
fn rest_keeps(rest: &[TStmt], roots: &Roots, pure: &HashSet<String>, reads: &HashSet<Root>) -> bool {
    let mut writes = HashSet::new();
    if !rest.iter().all(|s| rest_effects(s, roots, pure, &mut writes)) {
        return false;
    }
    writes.iter().all(|w| matches!(w, Root::Fresh(_)) && !reads.contains(w))
        && (writes.is_empty() || !reads.contains(&Root::Unknown))
}

/// For a statement that may be part of a prefix: the variables it reads,
/// those it sets, and the roots of the arrays it reads or makes.
fn prefix_stmt(s: &TStmt, roots: &Roots, pure: &HashSet<String>) -> Option<(Vec<Var>, Vec<Var>, Vec<Root>)> {
    let mut uses = Vec::new();
    let mut loads = Vec::new();
    let exprs_ok = |xs: Vec<&TExpr>, uses: &mut Vec<Var>, loads: &mut Vec<Var>| {
        xs.into_iter().all(|e| {
            e.visit(&mut |x| {
                if let TExprKind::Var(v) = x.kind {
                    uses.push(v);
                }
            });
            loaded(e, loads);
            plain_expr(e)
        })
    };
    let mut made = Vec::new();
    let defs = match s {
        TStmt::Assign { var, .. } => vec![*var],
        TStmt::ParallelAssign { vars, .. } => vars.clone(),
        TStmt::CallAssign { symbol, vars, args } if pure.contains(symbol) => {
            // The callee reads the arrays whose owners it is passed.
            for a in args {
                match a.kind {
                    TExprKind::Var(v) if roots.owners.contains(&v) => loads.push(v),
                    _ => {}
                }
            }
            vars.clone()
        }
        TStmt::Alloc { array, func, args, .. } if pure_np(*func, args) => {
            loads.extend(args.iter().filter_map(|a| match a {
                NpArg::Array(ArrayRef { owner, .. }) => Some(*owner),
                _ => None,
            }));
            made.push(Root::Fresh(array.owner));
            array.vars()
        }
        // A bounds or broadcast check: `if cond: fail(...)`.
        TStmt::If { then, orelse, .. }
            if orelse.is_empty() && then.iter().all(|t| matches!(t, TStmt::Fail { .. } | TStmt::Raise { .. })) =>
        {
            let inner: Vec<&TExpr> = then.iter().flat_map(TStmt::exprs).collect();
            if !exprs_ok(inner, &mut uses, &mut loads) {
                return None;
            }
            Vec::new()
        }
        _ => return None,
    };
    if !exprs_ok(s.exprs(), &mut uses, &mut loads) {
        return None;
    }
    let mut read_roots: Vec<Root> = loads.into_iter().flat_map(|v| roots.of_var(v)).collect();
    read_roots.extend(made);
    Some((uses, defs, read_roots))
}
