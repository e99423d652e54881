//! Where the arrays a function allocates die, so that lowering can give
//! them back before the exported call returns (README "How it works",
//! array lifetimes).
//!
//! Every array the body allocates (`TStmt::Alloc`) is owned by the call's
//! arena (runtime_buffer.c) until the call returns. This analysis finds
//! points where an allocation can no longer be reached from any variable
//! the rest of the function reads; there lowering calls `pycc_np_release`,
//! which drops the arena's reference (numpy frees the memory unless a
//! Python object, such as a view's base, still holds it).
//!
//! Which concrete array to release is known at run time by its allocation
//! site: each site keeps `GENS` slots, its most recent array and the ones
//! before it (generations 0, 1, 2), zeroed at entry and when released
//! (three cover `c = a + b; b = a; a = c`, where an array dies two
//! iterations after it is made). Statically, a forward points-to analysis with that same
//! recency abstraction (Balakrishnan and Reps) gives every pointer-carrying
//! variable (a descriptor's data and owner words, and whatever is computed
//! from them: views) the abstract arrays it may hold: `External` (arguments,
//! helper results), or a site's array of some generation, or an older one. A backward
//! liveness gives the variables read later. A slot is released where its
//! abstract array is in no live variable: after a statement on its
//! fall-through path, or just before the site allocates again (so the
//! loop's next array can reuse the memory). Arrays older than the last
//! generation, helper results, and everything on exception or early-return paths
//! stay in the arena until the call returns, as before. A function whose
//! pointers reach a runtime call (`TExprKind::Runtime`) releases nothing
//! (but a masked store's step, which only reads its mask).

use crate::tir::array::{ArrayRef, NpArg, NpFunc};
use crate::tir::{TExpr, TExprKind, TStmt, TypedFunction, Var};
use std::collections::HashMap;

/// How many of a site's latest arrays keep a slot.
pub const GENS: usize = 3;

/// Slot `gen` of site `site`: its array allocated `gen` executions ago.
pub type Slot = (usize, usize);

/// Abstract array: site `k`'s array of generation `g` (`GENS`: older).
fn obj(k: usize, g: usize) -> usize {
    1 + (GENS + 1) * k + g
}

/// What lowering does with a function's arrays: keys are statement
/// addresses in `TypedFunction::body`.
#[derive(Debug, Default)]
pub struct Plan {
    /// The allocation sites that keep slots, numbered.
    pub sites: HashMap<*const TStmt, usize>,
    /// Slots released just before a statement runs (a site, before it
    /// allocates again).
    pub before: HashMap<*const TStmt, Vec<Slot>>,
    /// `np.empty` sites whose latest array is dead when they run again:
    /// the runtime may return that array again (`pycc_np_renew`) rather
    /// than release it and allocate.
    pub reuse: std::collections::HashSet<*const TStmt>,
    /// Slots released after a statement, on its fall-through path.
    pub after: HashMap<*const TStmt, Vec<Slot>>,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.before.is_empty() && self.after.is_empty() && self.reuse.is_empty()
    }
}

/// A set of abstract arrays: bit 0 External, then `obj(site, gen)`.
type Objs = Vec<u64>;

fn bit(o: usize) -> (usize, u64) {
    (o / 64, 1u64 << (o % 64))
}

fn has(s: &Objs, o: usize) -> bool {
    let (w, b) = bit(o);
    s[w] & b != 0
}

fn set(s: &mut Objs, o: usize, on: bool) {
    let (w, b) = bit(o);
    if on {
        s[w] |= b
    } else {
        s[w] &= !b
    }
}

fn union(a: &mut Objs, b: &Objs) -> bool {
    let mut changed = false;
    for (x, y) in a.iter_mut().zip(b) {
        let n = *x | y;
        changed |= n != *x;
        *x = n;
    }
    changed
}

enum Node<'a> {
    Exit,
    /// A simple statement.
    Stmt(&'a TStmt),
    /// Reads these expressions (a condition, a range's bounds).
    Eval(Vec<&'a TExpr>),
    /// A `for` loop's header: sets the loop variable.
    ForHead(Var),
    /// The point after a statement, on its fall-through path.
    After,
}

struct Cfg<'a> {
    nodes: Vec<Node<'a>>,
    succ: Vec<Vec<usize>>,
    /// Per statement: its entry node and its `After` node.
    points: Vec<(&'a TStmt, usize, usize)>,
}

impl<'a> Cfg<'a> {
    fn add(&mut self, n: Node<'a>, succ: Vec<usize>) -> usize {
        self.nodes.push(n);
        self.succ.push(succ);
        self.nodes.len() - 1
    }

    /// Builds `stmts` backwards from `follow`; returns the entry node.
    /// `lp`: the enclosing loop's (continue, break) targets.
    fn block(&mut self, stmts: &'a [TStmt], follow: usize, lp: Option<(usize, usize)>) -> usize {
        let mut next = follow;
        for s in stmts.iter().rev() {
            let after = self.add(Node::After, vec![next]);
            let entry = self.stmt(s, after, lp);
            if !matches!(s, TStmt::Break | TStmt::Continue) {
                self.points.push((s, entry, after));
            }
            next = entry;
        }
        next
    }

    fn stmt(&mut self, s: &'a TStmt, follow: usize, lp: Option<(usize, usize)>) -> usize {
        match s {
            TStmt::Break => lp.expect("typing checks loop nesting").1,
            TStmt::Continue => lp.expect("typing checks loop nesting").0,
            TStmt::Return { .. } | TStmt::Raise { .. } | TStmt::Fail { .. } => self.add(Node::Stmt(s), vec![0]),
            TStmt::Seq(body) => self.block(body, follow, lp),
            // The handler may start after any statement of the body: an
            // edge from the start over-approximates (plan releases nothing
            // in a function with a `try`).
            TStmt::Try { body, handler } => {
                let b = self.block(body, follow, lp);
                let h = self.block(handler, follow, lp);
                self.add(Node::Eval(Vec::new()), vec![b, h])
            }
            TStmt::If { cond, then, orelse } => {
                let t = self.block(then, follow, lp);
                let e = self.block(orelse, follow, lp);
                self.add(Node::Eval(vec![cond]), vec![t, e])
            }
            TStmt::While { cond, body, orelse } => {
                let head = self.add(Node::Eval(vec![cond]), Vec::new());
                let done = self.block(orelse, follow, lp);
                let b = self.block(body, head, Some((head, follow)));
                self.succ[head] = vec![b, done];
                head
            }
            TStmt::For { var, start, stop, step, body, orelse } => {
                let head = self.add(Node::ForHead(*var), Vec::new());
                let done = self.block(orelse, follow, lp);
                let b = self.block(body, head, Some((head, follow)));
                self.succ[head] = vec![b, done];
                self.add(Node::Eval(vec![start, stop, step]), vec![head])
            }
            _ => self.add(Node::Stmt(s), vec![follow]),
        }
    }
}

/// The variables an expression reads: its `Var`s and the descriptors of
/// the arrays it loads from.
fn expr_reads(e: &TExpr, out: &mut Vec<Var>) {
    e.visit(&mut |x| match &x.kind {
        TExprKind::Var(v) => out.push(*v),
        TExprKind::Load(r, _) => out.extend(r.vars()),
        _ => {}
    });
}

fn np_arrays(args: &[NpArg]) -> Vec<&ArrayRef> {
    args.iter()
        .flat_map(|a| match a {
            NpArg::Array(r) | NpArg::KeywordArray(_, r) => vec![r],
            NpArg::Arrays(xs) => xs.iter().collect(),
            NpArg::Index(items) => items
                .iter()
                .filter_map(|i| match i {
                    crate::tir::array::IndexItem::Array(r) => Some(r),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        })
        .collect()
}

fn node_reads(n: &Node) -> Vec<Var> {
    let mut out = Vec::new();
    match n {
        Node::Stmt(s) => {
            s.exprs().into_iter().for_each(|e| expr_reads(e, &mut out));
            match s {
                TStmt::Store { array, .. } => out.extend(array.vars()),
                TStmt::Alloc { args, .. } | TStmt::NpValue { args, .. } => {
                    np_arrays(args).into_iter().for_each(|r| out.extend(r.vars()))
                }
                TStmt::ListStore { list, .. } | TStmt::ListAppend { list, .. } | TStmt::ListPop { list, .. } => {
                    out.push(list.header)
                }
                TStmt::Dict { dict, op, .. } if *op != crate::tir::dict::DictOp::New => out.push(dict.header),
                _ => {}
            }
        }
        Node::Eval(es) => es.iter().for_each(|e| expr_reads(e, &mut out)),
        _ => {}
    }
    out
}

fn node_defs(n: &Node) -> Vec<Var> {
    match n {
        Node::Stmt(TStmt::Assign { var, .. }) => vec![*var],
        Node::Stmt(TStmt::ParallelAssign { vars, .. }) | Node::Stmt(TStmt::CallAssign { vars, .. }) => vars.clone(),
        Node::Stmt(TStmt::Alloc { array, .. }) => array.vars(),
        Node::Stmt(TStmt::NpValue { var, imag, .. }) => std::iter::once(*var).chain(*imag).collect(),
        Node::Stmt(TStmt::ListNew { list, .. }) => vec![list.header],
        Node::Stmt(TStmt::ListPop { vars, .. }) => vars.clone(),
        Node::Stmt(s @ TStmt::Dict { .. }) => s.dict_defs(),
        Node::ForHead(v) => vec![*v],
        _ => Vec::new(),
    }
}

/// Which arrays an expression's value may point into.
fn expr_objs(e: &TExpr, state: &[Objs], ix: &[Option<usize>], width: usize) -> Objs {
    let mut out = vec![0; width];
    e.visit(&mut |x| {
        if let TExprKind::Var(v) = x.kind {
            if let Some(i) = ix[v] {
                union(&mut out, &state[i]);
            }
        }
    });
    out
}

/// The variables that may hold an address or an owner (flow-insensitive):
/// descriptors' data and owner words, helper results, and what is computed
/// from them. As an index into the dense per-node states, or None.
fn pointer_vars(cfg: &Cfg, nvars: usize) -> (Vec<Option<usize>>, usize) {
    let mut is = vec![false; nvars];
    let mut seeds: Vec<&ArrayRef> = Vec::new();
    for n in &cfg.nodes {
        if let Node::Stmt(s) = n {
            for e in s.exprs() {
                e.visit(&mut |x| {
                    if let TExprKind::Load(r, _) = &x.kind {
                        seeds.push(r)
                    }
                });
            }
            match s {
                TStmt::Store { array, .. } => seeds.push(array),
                TStmt::Alloc { array, args, .. } => {
                    seeds.push(array);
                    seeds.extend(np_arrays(args));
                }
                TStmt::NpValue { args, .. } => seeds.extend(np_arrays(args)),
                TStmt::CallAssign { vars, .. } => vars.iter().for_each(|&v| is[v] = true),
                _ => {}
            }
        }
    }
    for r in seeds {
        is[r.data] = true;
        is[r.owner] = true;
    }
    let reads_pointer = |e: &TExpr, is: &[bool]| {
        let mut found = false;
        e.visit(&mut |x| found |= matches!(x.kind, TExprKind::Var(v) if is[v]));
        found
    };
    let mut changed = true;
    while changed {
        changed = false;
        for n in &cfg.nodes {
            let pairs: Vec<(Var, &TExpr)> = match n {
                Node::Stmt(TStmt::Assign { var, value }) => vec![(*var, value)],
                Node::Stmt(TStmt::ParallelAssign { vars, values }) => vars.iter().copied().zip(values).collect(),
                _ => Vec::new(),
            };
            for (v, e) in pairs {
                // A mask step's result is an index (it reads the mask's row).
                if !is[v] && !mask_step(e) && reads_pointer(e, &is) {
                    is[v] = true;
                    changed = true;
                }
            }
        }
    }
    let mut count = 0;
    let ix = is
        .iter()
        .map(|&p| {
            p.then(|| {
                count += 1;
                count - 1
            })
        })
        .collect();
    (ix, count)
}

/// The plan for one function.
pub fn plan(f: &TypedFunction) -> Plan {
    let mut cfg = Cfg { nodes: Vec::new(), succ: Vec::new(), points: Vec::new() };
    cfg.add(Node::Exit, Vec::new());
    let entry = cfg.block(&f.body, 0, None);
    let mut sites: HashMap<*const TStmt, usize> = HashMap::new();
    for n in &cfg.nodes {
        if let Node::Stmt(s @ TStmt::Alloc { .. }) = n {
            let k = sites.len();
            sites.insert(*s as *const TStmt, k);
        }
    }
    let (ix, np) = pointer_vars(&cfg, f.vars.len());
    // An exception caught by `try` reaches the handler from any point of
    // the body, which the graph does not model: nothing is released early.
    let has_try = f.body.iter().any(|s| s.nested().iter().any(|x| matches!(x, TStmt::Try { .. })));
    if sites.is_empty() || has_try || pointers_escape(f, &ix) {
        return Plan::default();
    }
    let width = (1 + (GENS + 1) * sites.len()).div_ceil(64);
    let live = liveness(&cfg, &ix, np);
    let params: Vec<usize> = (0..f.params.len()).filter_map(|v| ix[v]).collect();
    let pts = points_to(&cfg, entry, &params, &ix, np, width, &sites);
    let live_objs = |n: usize| -> Objs {
        let mut o = vec![0; width];
        if let Some(state) = &pts[n] {
            for (i, s) in state.iter().enumerate() {
                if live[n][i / 64] & (1 << (i % 64)) != 0 {
                    union(&mut o, s);
                }
            }
        }
        o
    };
    let mut out = Plan { sites: sites.clone(), ..Plan::default() };
    for (n, node) in cfg.nodes.iter().enumerate() {
        if let (Node::Stmt(s @ TStmt::Alloc { .. }), Some(_)) = (node, &pts[n]) {
            let k = sites[&(*s as *const TStmt)];
            let alive = live_objs(n);
            let mut dead: Vec<Slot> = (0..GENS).filter(|&g| !has(&alive, obj(k, g))).map(|g| (k, g)).collect();
            if matches!(s, TStmt::Alloc { func: NpFunc::Empty, .. }) && dead.first() == Some(&(k, 0)) {
                dead.remove(0);
                out.reuse.insert(*s as *const TStmt);
            }
            if !dead.is_empty() {
                out.before.insert(*s as *const TStmt, dead);
            }
        }
    }
    // A reused site's latest array, dead inside its loop, waits for the
    // site's next run (which takes it again) instead of being released.
    let loops = enclosing_loops(&f.body);
    let waits = |t: &TStmt, k: usize, inside: &[usize]| {
        out.reuse.iter().any(|&site| {
            sites[&site] == k
                && !inside.contains(&k)
                && loops[&site].last().is_some_and(|l| loops[&(t as *const TStmt)].contains(l))
        })
    };
    let mut after_lists = HashMap::new();
    for &(s, entry, after) in &cfg.points {
        if pts[after].is_none() {
            continue; // no fall-through
        }
        let (before, alive) = (live_objs(entry), live_objs(after));
        let inside: Vec<usize> =
            s.nested().into_iter().filter_map(|t| sites.get(&(t as *const TStmt)).copied()).collect();
        let mut dead = Vec::new();
        for k in 0..sites.len() {
            for g in 0..GENS {
                let o = obj(k, g);
                if !has(&alive, o) && (has(&before, o) || inside.contains(&k)) && !(g == 0 && waits(s, k, &inside)) {
                    dead.push((k, g));
                }
            }
        }
        if !dead.is_empty() {
            after_lists.insert(s as *const TStmt, dead);
        }
    }
    out.after = after_lists;
    out
}

/// Per statement, the loops whose body (not `else`) holds it, outermost first.
fn enclosing_loops(body: &[TStmt]) -> HashMap<*const TStmt, Vec<*const TStmt>> {
    fn walk(body: &[TStmt], stack: &mut Vec<*const TStmt>, out: &mut HashMap<*const TStmt, Vec<*const TStmt>>) {
        for s in body {
            out.insert(s as *const TStmt, stack.clone());
            let [a, b] = s.bodies();
            if matches!(s, TStmt::While { .. } | TStmt::For { .. }) {
                stack.push(s as *const TStmt);
                walk(a, stack, out);
                stack.pop();
            } else {
                walk(a, stack, out);
            }
            walk(b, stack, out);
        }
    }
    let mut out = HashMap::new();
    walk(body, &mut Vec::new(), &mut out);
    out
}

/// Whether `e` is a masked store's step (`abi::runtime::MASK_NEXT_FN`):
/// it reads a mask row through its address and gives an index.
fn mask_step(e: &TExpr) -> bool {
    matches!(e.kind, TExprKind::Runtime(name, _) if name == crate::abi::runtime::MASK_NEXT_FN)
}

/// Whether a pointer-carrying value may reach a runtime call, which could
/// keep it, or a list: then nothing is released.
fn pointers_escape(f: &TypedFunction, ix: &[Option<usize>]) -> bool {
    // A list holding arrays shared with the caller or a helper (sema/containers/listpass.rs).
    let mut found = f.shares_arrays || f.py_params.iter().any(|(_, t)| matches!(t, crate::base::types::Ty::ListOf(_)));
    for s in f.body.iter().flat_map(TStmt::nested) {
        // An array put into a list (sema/containers/arraylists.rs) lives as long as
        // the list may: until the call returns.
        // So does one put into a dict (sema/containers/dictarrays.rs).
        if let TStmt::ListAppend { values, .. } | TStmt::ListStore { values, .. } | TStmt::Dict { value: values, .. } =
            s
        {
            let mut reads = Vec::new();
            values.iter().for_each(|v| expr_reads(v, &mut reads));
            found |= reads.iter().any(|&v| ix[v].is_some());
        }
        for e in s.exprs() {
            e.visit(&mut |x| {
                // (The mask step reads a row and keeps nothing.)
                if let (TExprKind::Runtime(_, args), false) = (&x.kind, mask_step(x)) {
                    let mut reads = Vec::new();
                    args.iter().for_each(|a| expr_reads(a, &mut reads));
                    found |= reads.iter().any(|&v| ix[v].is_some());
                }
            });
        }
    }
    found
}

/// Backward liveness of the pointer variables: per node, a bit set of
/// those read on some path from its entry before being set.
fn liveness(cfg: &Cfg, ix: &[Option<usize>], np: usize) -> Vec<Vec<u64>> {
    let dense = |vs: Vec<Var>| -> Vec<usize> { vs.into_iter().filter_map(|v| ix[v]).collect() };
    let reads: Vec<Vec<usize>> = cfg.nodes.iter().map(|n| dense(node_reads(n))).collect();
    let defs: Vec<Vec<usize>> = cfg.nodes.iter().map(|n| dense(node_defs(n))).collect();
    let words = np.div_ceil(64).max(1);
    let mut live = vec![vec![0u64; words]; cfg.nodes.len()];
    let mut changed = true;
    while changed {
        changed = false;
        for n in (0..cfg.nodes.len()).rev() {
            let mut out = vec![0u64; words];
            for &m in &cfg.succ[n] {
                union(&mut out, &live[m]);
            }
            for &d in &defs[n] {
                set(&mut out, d, false);
            }
            for &r in &reads[n] {
                set(&mut out, r, true);
            }
            if out != live[n] {
                live[n] = out;
                changed = true;
            }
        }
    }
    live
}

/// Forward points-to with the recency abstraction: per reachable node, the
/// arrays each pointer variable may point into at its entry (None:
/// unreachable).
fn points_to(
    cfg: &Cfg,
    entry: usize,
    params: &[usize],
    ix: &[Option<usize>],
    np: usize,
    width: usize,
    sites: &HashMap<*const TStmt, usize>,
) -> Vec<Option<Vec<Objs>>> {
    let mut state: Vec<Option<Vec<Objs>>> = vec![None; cfg.nodes.len()];
    let mut init = vec![vec![0; width]; np];
    for &p in params {
        set(&mut init[p], 0, true);
    }
    state[entry] = Some(init);
    let mut work = vec![entry];
    let mut queued = vec![false; cfg.nodes.len()];
    queued[entry] = true;
    while let Some(n) = work.pop() {
        queued[n] = false;
        let st = state[n].clone().expect("queued nodes have a state");
        let out = transfer(&cfg.nodes[n], st, ix, width, sites);
        for &m in &cfg.succ[n] {
            let changed = match &mut state[m] {
                None => {
                    state[m] = Some(out.clone());
                    true
                }
                Some(s) => s.iter_mut().zip(&out).fold(false, |c, (a, b)| union(a, b) | c),
            };
            if changed && !queued[m] {
                queued[m] = true;
                work.push(m);
            }
        }
    }
    state
}

fn transfer(
    node: &Node,
    mut st: Vec<Objs>,
    ix: &[Option<usize>],
    width: usize,
    sites: &HashMap<*const TStmt, usize>,
) -> Vec<Objs> {
    let put = |st: &mut Vec<Objs>, v: Var, o: Objs| {
        if let Some(i) = ix[v] {
            st[i] = o;
        }
    };
    let Node::Stmt(s) = node else {
        if let Node::ForHead(v) = node {
            put(&mut st, *v, vec![0; width]);
        }
        return st;
    };
    match s {
        TStmt::Assign { var, value } => {
            let o = expr_objs(value, &st, ix, width);
            put(&mut st, *var, o)
        }
        TStmt::ParallelAssign { vars, values } => {
            let objs: Vec<Objs> = values.iter().map(|v| expr_objs(v, &st, ix, width)).collect();
            for (v, o) in vars.iter().zip(objs) {
                put(&mut st, *v, o);
            }
        }
        TStmt::CallAssign { args, vars, .. } => {
            // A helper's result may be one of its arguments, or its own.
            let mut o = vec![0; width];
            set(&mut o, 0, true);
            args.iter().for_each(|a| {
                union(&mut o, &expr_objs(a, &st, ix, width));
            });
            for v in vars {
                put(&mut st, *v, o.clone());
            }
        }
        TStmt::Alloc { array, .. } => {
            let k = sites[&(*s as *const TStmt)];
            // Each of the site's arrays is now one generation older.
            for x in st.iter_mut() {
                for g in (0..GENS).rev() {
                    if has(x, obj(k, g)) {
                        set(x, obj(k, g), false);
                        set(x, obj(k, g + 1), true);
                    }
                }
            }
            for v in array.vars() {
                put(&mut st, v, vec![0; width]);
            }
            let mut mine = vec![0; width];
            set(&mut mine, obj(k, 0), true);
            put(&mut st, array.data, mine.clone());
            put(&mut st, array.owner, mine);
        }
        TStmt::NpValue { var, imag, .. } => {
            for v in std::iter::once(*var).chain(*imag) {
                put(&mut st, v, vec![0; width]);
            }
        }
        // Lists hold numbers: their header and popped items point into no array.
        TStmt::ListNew { list, .. } => put(&mut st, list.header, vec![0; width]),
        TStmt::ListPop { vars, .. } => {
            for v in vars {
                put(&mut st, *v, vec![0; width]);
            }
        }
        // Dicts hold numbers too.
        TStmt::Dict { .. } => {
            for v in s.dict_defs() {
                put(&mut st, v, vec![0; width]);
            }
        }
        // Listed, not `_`: a new statement that sets a descriptor must say
        // what its variables may point into.
        TStmt::If { .. }
        | TStmt::Try { .. }
        | TStmt::While { .. }
        | TStmt::For { .. }
        | TStmt::Break
        | TStmt::Continue
        | TStmt::Seq(_)
        | TStmt::Return { .. }
        | TStmt::Raise { .. }
        | TStmt::Call { .. }
        | TStmt::Store { .. }
        | TStmt::Print { .. }
        | TStmt::ListStore { .. }
        | TStmt::ListAppend { .. }
        | TStmt::Fail { .. } => {}
    }
    st
}
