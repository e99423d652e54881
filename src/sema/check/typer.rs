//! The checker's state, and evaluation-order bookkeeping: values shared by
//! `Let`s, statements queued before the current one (`pre`), checkpoints for
//! speculative typing.

use crate::sema::*;

/// A typed value: a scalar expression, or a tuple as its element values
/// (scalars, complex numbers, arrays and tuples).
pub(in crate::sema) enum Val {
    Scalar(TExpr),
    Tuple(Vec<Val>),
    /// A complex number: its real and imaginary parts (one float type).
    Complex(TExpr, TExpr),
    /// An array: the array variable holding it.
    Array(ArrayRef),
    /// A list: the variable holding its header (sema/containers/lists.rs).
    List(crate::tir::list::ListRef),
    /// A dict: the variable holding its header (sema/containers/dicts.rs).
    Dict(crate::tir::dict::DictRef),
}

impl Val {
    pub(in crate::sema) fn ty(&self) -> Ty {
        match self {
            Val::Scalar(e) => Ty::Scalar(e.ty),
            Val::Tuple(xs) => Ty::Tuple(xs.iter().map(Val::ty).collect()),
            Val::Complex(re, _) => Ty::Complex(re.ty),
            Val::Array(r) => Ty::Array(r.ty),
            Val::List(l) => Ty::List(l.items.clone()),
            Val::Dict(d) => Ty::Dict(d.keys.clone(), d.values.clone()),
        }
    }

    /// The scalar expressions inside, in order (an array or a list is its
    /// variables, set before the statement already).
    pub(in crate::sema) fn scalar_parts(&mut self) -> Vec<&mut TExpr> {
        match self {
            Val::Scalar(x) => vec![x],
            Val::Complex(re, im) => vec![re, im],
            Val::Tuple(xs) => xs.iter_mut().flat_map(Val::scalar_parts).collect(),
            Val::Array(_) | Val::List(_) | Val::Dict(_) => Vec::new(),
        }
    }

    pub(in crate::sema) fn flat(self, span: &Range<usize>) -> Vec<TExpr> {
        match self {
            Val::Scalar(e) => vec![e],
            Val::Tuple(xs) => xs.into_iter().flat_map(|x| x.flat(span)).collect(),
            Val::Complex(re, im) => vec![re, im],
            Val::Array(r) => r
                .vars()
                .into_iter()
                .map(|v| TExpr { ty: Scalar::I64, kind: TExprKind::Var(v), span: span.clone() })
                .collect(),
            Val::List(l) => vec![TExpr { ty: Scalar::I64, kind: TExprKind::Var(l.header), span: span.clone() }],
            Val::Dict(d) => vec![TExpr { ty: Scalar::I64, kind: TExprKind::Var(d.header), span: span.clone() }],
        }
    }
}

/// The lengths of `Typer`'s queues at one point (`Typer::checkpoint`).
#[derive(Clone, Copy)]
pub(in crate::sema) struct Checkpoint {
    pub(in crate::sema) pre: usize,
    pub(in crate::sema) lets: usize,
    pub(in crate::sema) errors: usize,
}

pub(in crate::sema) struct Typer<'a> {
    pub(in crate::sema) source: &'a Source,
    pub(in crate::sema) globals: &'a Globals,
    pub(in crate::sema) specs: &'a Specs<'a>,
    /// Current belief about each variable's type.
    pub(in crate::sema) types: Beliefs,
    /// A type changed after this round used it: the round must run again.
    pub(in crate::sema) stale: bool,
    /// Variables in order of first appearance (parameters first).
    pub(in crate::sema) vars: Vec<VarInfo>,
    pub(in crate::sema) index: HashMap<String, Var>,
    /// What this round assigned, joined per name.
    pub(in crate::sema) assigned: HashMap<String, Scalar>,
    pub(in crate::sema) returns: Vec<(Option<Ty>, Range<usize>)>,
    /// Returns of lists whose items are shaped (nested tuples, tuples
    /// holding arrays): their `Ty::List` is flat, so no export boxes them.
    pub(in crate::sema) shaped_list_returns: Vec<Range<usize>>,
    /// Tuple variables and their lengths (elements are `element_name` vars).
    pub(in crate::sema) arity: HashMap<String, usize>,
    /// Array variables (their descriptor is `arrays::param_names` vars).
    pub(in crate::sema) arrays: HashMap<String, ArrayTy>,
    /// For each array variable, the array parameters it may alias: a store
    /// through it needs their buffers writable.
    pub(in crate::sema) array_sources: HashMap<String, std::collections::BTreeSet<String>>,
    /// Complex variables (their parts are `element_name` vars 0 and 1).
    pub(in crate::sema) complex: HashSet<String>,
    /// Array parameters stored into.
    pub(in crate::sema) written: std::collections::BTreeSet<String>,
    /// Statements to run before the one being typed: calls returning a
    /// tuple, bound to fresh variables.
    pub(in crate::sema) pre: Vec<TStmt>,
    /// Shared values (see `TExprKind::Let`) not yet bound: an expression
    /// that uses them wraps itself in a Let (`wrap_lets`); what remains when
    /// a statement is typed becomes assignments before it.
    pub(in crate::sema) lets: Vec<(Var, TExpr)>,
    pub(in crate::sema) temps: usize,
    pub(in crate::sema) loop_depth: usize,
    pub(in crate::sema) errors: Vec<Diagnostic>,
    /// Names whose assignment failed to type: already reported, so their
    /// uses stay quiet instead of cascading.
    pub(in crate::sema) poisoned: HashSet<String>,
    /// Where `t.index(x)` of a tuple became a list display's `index`
    /// (tuplesugar.rs): its error is the tuple's.
    pub(in crate::sema) tuple_index_calls: HashSet<usize>,
    /// The spans of the `np.dot` calls that stand for `a @ b` (numpy's
    /// matmul, which sums in order where a stride is not BLAS's).
    pub(in crate::sema) matmul_spans: HashSet<(usize, usize)>,
    /// The span of a comparison that stands for a numpy comparison ufunc
    /// (`np.less(a, x)`): numpy converts an int compared with a float to
    /// float64 first, where Python compares by value.
    pub(in crate::sema) numpy_compare: Option<Range<usize>>,
    /// The text of each call `hoist_temps` has bound to a temporary, in order.
    pub(in crate::sema) hoisted_texts: Vec<String>,
    /// How many `a @ b` hoist_temps has rewritten.
    pub(in crate::sema) rewrites: usize,
    /// A callee failed to type (and reported why): this function fails too.
    pub(in crate::sema) callee_failed: bool,
    /// This function passed a list holding arrays to a helper (sema/containers/listpass.rs).
    pub(in crate::sema) shares_arrays: bool,
    /// Typing a helper call's arguments: a list holding arrays may be
    /// passed (sema/containers/listpass.rs), where it may not be returned.
    pub(in crate::sema) passing_args: bool,
    /// The first `nparams` variables are the kernel's parameters.
    pub(in crate::sema) nparams: usize,
    /// List variables and the parts of their items (0: not known yet;
    /// sema/containers/lists.rs).
    pub(in crate::sema) lists: HashMap<String, usize>,
    /// Where each list variable is first made, for diagnostics.
    pub(in crate::sema) list_spans: HashMap<String, Range<usize>>,
    /// Dict variables and the parts of their keys and values (0: not
    /// known yet; sema/containers/dicts.rs), and where each is first made.
    pub(in crate::sema) dicts: HashMap<String, (usize, usize)>,
    pub(in crate::sema) dict_spans: HashMap<String, Range<usize>>,
    /// Names that may hold None (sema/numbers/optional.rs), and those of them
    /// known to hold a number at the statement being typed.
    pub(in crate::sema) optional: HashSet<String>,
    pub(in crate::sema) not_none: HashSet<String>,
    /// `not_none` on entry to each loop being typed, innermost last: its
    /// else clause may run after no iteration at all.
    pub(in crate::sema) loop_entry: Vec<HashSet<String>>,
    /// Whether this function may return None beside numbers (numba's
    /// Optional: a helper, or an export whose return is inferred or
    /// declared optional(T)), and where it returns an optional variable.
    pub(in crate::sema) optional_return_ok: bool,
    /// An export declaring an array result, which may return None beside
    /// it (CPython's None; numba's Optional cast): optional.rs.
    pub(in crate::sema) optional_array_ok: bool,
    /// The file's functions that may return None beside a value: a name
    /// assigned one's call may hold None.
    pub(in crate::sema) none_calls: &'a HashSet<String>,
    pub(in crate::sema) returns_optional: Option<Range<usize>>,
    /// Whether this function is an export whose return is inferred (its
    /// `return a.tolist()` may be numpy's own, in the wrapper), and the
    /// returns that are (npmethods.rs).
    pub(in crate::sema) tolist_ok: bool,
    pub(in crate::sema) tolist_returns: HashSet<Range<usize>>,
    /// The positions of this export's tuple result that some return sets
    /// to None (optional.rs).
    pub(in crate::sema) none_slots: std::collections::BTreeSet<usize>,
    /// Typing an export's `return f(x)` of a str helper (strings.rs), and
    /// whether one returned a helper's str or None.
    pub(in crate::sema) str_return_direct: bool,
    pub(in crate::sema) null_str_return: bool,
    /// The item type of each list whose items are nested tuples (their
    /// parts are stored flat; sema/containers/tuples.rs).
    pub(in crate::sema) list_shapes: HashMap<String, Ty>,
    /// Inside an operand that runs only sometimes (after `and`/`or`, an
    /// arm of `x if c else y`): statements queued before the statement
    /// (`pre`) would run always, so what needs them is a diagnostic there.
    pub(in crate::sema) conditional: usize,
    /// Temporaries standing for an item of a list of lists (`dp[i]`): the
    /// name whose `lists` entry and item beliefs they share (`dp[]`).
    pub(in crate::sema) list_alias: HashMap<String, String>,
    /// Dicts standing for (or bound to) an item of a list of dicts: the
    /// dict name holding the list's dicts' types (sema/containers/dictlists.rs).
    pub(in crate::sema) dict_links: HashMap<String, String>,
    /// The str parameters (sema/containers/strings.rs).
    pub(in crate::sema) strs: HashSet<String>,
    /// Locals bound only to array elements (sema/numbers/npscalarvars.rs).
    pub(in crate::sema) element_binds: HashMap<String, (Vec<Expr>, bool)>,
    /// Locals bound only to `np.array(...)` / `np.asarray(...)` of one
    /// value (sema/ndarray/zerod.rs), and whether the function is an export.
    pub(in crate::sema) zero_d: HashSet<String>,
    /// Locals bound once to `np.array([x, y])` and read only as array
    /// operands, with those operands' partners (sema/ndarray/smallvec.rs).
    pub(in crate::sema) small_vectors: crate::sema::ndarray::smallvec::Partners,
    pub(in crate::sema) exported: bool,
    /// Names used as a list (`del p[k]`, `p[i]`): an `np.split` into one
    /// of them is numpy's list, not a tuple (nptuples.rs).
    pub(in crate::sema) list_splits: HashSet<String>,
    /// Names assigned values of two kinds (a number and an array, ...):
    /// split into webs if their uses do not overlap (webs.rs).
    pub(in crate::sema) clashes: Vec<String>,
    /// The except clauses being typed that re-raise, innermost last
    /// (reraise.rs).
    pub(in crate::sema) kept: Vec<reraise::Kept>,
    /// The function has numba's `error_model='numpy'` (errmodel.rs).
    pub(in crate::sema) numpy_errors: bool,
    /// The signature's declared return type, if any (retlayout.rs).
    pub(in crate::sema) declared_ret: Option<Ty>,
}

impl<'a> Typer<'a> {
    pub(in crate::sema) fn new(
        source: &'a Source,
        globals: &'a Globals,
        specs: &'a Specs<'a>,
        params: &[Param],
        types: HashMap<String, Scalar>,
    ) -> Self {
        let mut t = Typer {
            source,
            globals,
            specs,
            types: Beliefs { types, seen: Default::default() },
            stale: false,
            vars: Vec::new(),
            index: HashMap::new(),
            assigned: HashMap::new(),
            returns: Vec::new(),
            shaped_list_returns: Vec::new(),
            arity: HashMap::new(),
            arrays: HashMap::new(),
            array_sources: HashMap::new(),
            complex: Default::default(),
            written: Default::default(),
            pre: Vec::new(),
            lets: Vec::new(),
            temps: 0,
            loop_depth: 0,
            errors: Vec::new(),
            poisoned: Default::default(),
            tuple_index_calls: Default::default(),
            matmul_spans: Default::default(),
            numpy_compare: None,
            hoisted_texts: Vec::new(),
            rewrites: 0,
            callee_failed: false,
            shares_arrays: false,
            passing_args: false,
            nparams: params.len(),
            lists: HashMap::new(),
            list_spans: HashMap::new(),
            dicts: HashMap::new(),
            dict_spans: HashMap::new(),
            optional: Default::default(),
            not_none: Default::default(),
            loop_entry: Vec::new(),
            optional_return_ok: false,
            optional_array_ok: false,
            none_calls: &specs.none_calls,
            returns_optional: None,
            tolist_ok: false,
            tolist_returns: Default::default(),
            none_slots: Default::default(),
            str_return_direct: false,
            null_str_return: false,
            list_shapes: HashMap::new(),
            conditional: 0,
            list_alias: HashMap::new(),
            dict_links: HashMap::new(),
            strs: Default::default(),
            element_binds: HashMap::new(),
            zero_d: HashSet::new(),
            small_vectors: HashMap::new(),
            exported: false,
            list_splits: HashSet::new(),
            clashes: Vec::new(),
            kept: Vec::new(),
            numpy_errors: false,
            declared_ret: None,
        };
        for p in params {
            t.var(&p.name);
        }
        t
    }

    /// What typing has queued so far: `rollback` drops whatever typing
    /// queues after it (statements, shared values, diagnostics).
    pub(in crate::sema) fn checkpoint(&self) -> Checkpoint {
        Checkpoint { pre: self.pre.len(), lets: self.lets.len(), errors: self.errors.len() }
    }

    pub(in crate::sema) fn rollback(&mut self, at: Checkpoint) {
        self.pre.truncate(at.pre);
        self.lets.truncate(at.lets);
        self.errors.truncate(at.errors);
    }

    /// A fresh compiler temporary of type `ty` (`$<prefix><n>`: a `$`
    /// cannot clash with a Python name).
    pub(in crate::sema) fn fresh(&mut self, prefix: &str, ty: Scalar) -> Var {
        let name = format!("${prefix}{}", self.temps);
        self.temps += 1;
        let var = self.var(&name);
        self.vars[var].ty = ty;
        self.types.insert(name, ty);
        var
    }

    /// The variable `name`, created on first sight with its current type.
    pub(in crate::sema) fn var(&mut self, name: &str) -> Var {
        if let Some(&v) = self.index.get(name) {
            return v;
        }
        let ty = self.types.types.get(name).copied().unwrap_or(Scalar::I64);
        self.vars.push(VarInfo { name: name.to_string(), ty });
        self.index.insert(name.to_string(), self.vars.len() - 1);
        self.vars.len() - 1
    }

    /// `e` itself if it is cheap to repeat (a variable, a constant, or a
    /// cast of one), else a fresh temporary bound to it in `lets`.
    pub(in crate::sema) fn share(&mut self, e: TExpr) -> TExpr {
        self.share_at(self.lets.len(), e)
    }

    /// `share`, with the binding inserted at position `at` of `lets`.
    pub(in crate::sema) fn share_at(&mut self, at: usize, e: TExpr) -> TExpr {
        let cheap = |k: &TExprKind| matches!(k, TExprKind::Var(_) | TExprKind::Const(_));
        if cheap(&e.kind) || matches!(&e.kind, TExprKind::Cast(x) if cheap(&x.kind)) {
            return e;
        }
        // Shared values run before the statement's queued statements
        // (`pre`), so one that reads what those set (`np.sum(a)`'s result,
        // a view) is copied instead: it has no effects to repeat.
        if !self.pre.is_empty() && !any_node(&e, &|x| matches!(x.kind, TExprKind::Call(..) | TExprKind::Runtime(..))) {
            let mut queued = Vec::new();
            self.pre.iter().for_each(|s| s.sets(&mut queued));
            if reads_any(&e, &queued) {
                return e;
            }
        }
        let var = self.fresh("let", e.ty);
        let read = TExpr { ty: e.ty, kind: TExprKind::Var(var), span: e.span.clone() };
        self.lets.insert(at, (var, e));
        read
    }

    /// Types each of `xs` with `each`, every one typed (and its errors
    /// reported) even after one fails, then keeps Python's left-to-right
    /// order of evaluation between them (`keep_order`).
    pub(in crate::sema) fn in_order(
        &mut self,
        xs: &[Expr],
        each: fn(&mut Self, &Expr) -> Option<Val>,
    ) -> Option<Vec<Val>> {
        let mut ends = vec![self.lets.len()];
        let mut pre_ends = vec![self.pre.len()];
        let mut vals = Vec::new();
        for x in xs {
            vals.push(each(self, x));
            ends.push(self.lets.len());
            pre_ends.push(self.pre.len());
        }
        let mut vals: Vec<Val> = vals.into_iter().collect::<Option<_>>()?;
        self.keep_order(&mut vals, &ends, &pre_ends);
        Some(vals)
    }

    /// `items` were typed in order, item k sharing `lets[ends[k]..ends[k +
    /// 1]]`, which are computed before the statement, so before the items'
    /// own expressions, and queuing statements `pre[pre_ends[k]..pre_ends[k
    /// + 1]]` (an array it makes, a call returning several values), which
    /// run after the shared values: the items before the last one that does
    /// either are shared too, each at its place, so that everything runs in
    /// Python's order (an earlier item's exception comes first). An item
    /// reading what a queued statement sets cannot be shared (shared values
    /// run first): from it on, those items are computed in `pre`, each
    /// right after its own queued statements (exprtree seed 300:
    /// `(round(max(c, np.prod(d))), math.sqrt(d[3]) % d[1::2].sum())`).
    pub(in crate::sema) fn keep_order(&mut self, items: &mut [Val], ends: &[usize], pre_ends: &[usize]) {
        let queued = |k: usize| pre_ends[k + 1] > pre_ends[k];
        let Some(last) = (0..items.len()).rev().find(|&k| ends[k + 1] > ends[k] || queued(k)) else { return };
        let mut sets = Vec::new();
        self.pre.iter().for_each(|s| s.sets(&mut sets));
        let reads_queued = |v: &mut Val| v.scalar_parts().iter().any(|x| reads_any(x, &sets));
        // In a conditional part, `pre` would run it always.
        let late = match self.conditional {
            0 => (0..last).find(|&k| reads_queued(&mut items[k])).unwrap_or(last),
            _ => last,
        };
        let mut moved = 0;
        for (k, item) in items.iter_mut().enumerate().take(last).skip(late) {
            for x in item.scalar_parts() {
                let len = self.pre.len();
                *x = self.before_queued(pre_ends[k + 1] + moved, x.clone());
                moved += self.pre.len() - len;
            }
        }
        for k in (0..late).rev() {
            let mut at = ends[k + 1];
            let parts = items[k].scalar_parts();
            for x in parts {
                let e = std::mem::replace(
                    x,
                    TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: 0..0 },
                );
                let before = self.lets.len();
                *x = self.share_at(at, e);
                at += self.lets.len() - before;
            }
        }
    }

    /// The left operand `l` of an operator whose right operand queued
    /// statements from `pre[queued]` on (`xs.pop()`): computed into a
    /// temporary before them, in Python's left-to-right order, so it does
    /// not read what they change (`xs[-1] * 2 - xs.pop()`).
    pub(in crate::sema) fn before_queued(&mut self, queued: usize, l: TExpr) -> TExpr {
        if matches!(l.kind, TExprKind::Const(_)) {
            return l;
        }
        let (ty, at) = (l.ty, l.span.clone());
        let var = self.fresh("left", ty);
        self.pre.insert(queued, TStmt::Assign { var, value: l });
        TExpr { ty, kind: TExprKind::Var(var), span: at }
    }

    /// `before_queued` for each of the earlier arguments `done` of a call
    /// whose latest argument queued statements from `pre[queued]` on.
    pub(in crate::sema) fn all_before_queued(&mut self, queued: usize, done: &mut [TExpr]) {
        if self.pre.len() <= queued {
            return;
        }
        let mut at = queued;
        for prev in done.iter_mut() {
            let len = self.pre.len();
            *prev = self.before_queued(at, prev.clone());
            at += self.pre.len() - len;
        }
    }

    /// The next argument of a call, typed by `each` and pushed to `done`
    /// in Python's order: if it queued statements, the arguments before it
    /// are computed first (`all_before_queued`). False when it failed
    /// (reported).
    pub(in crate::sema) fn push_in_order(
        &mut self,
        done: &mut Vec<TExpr>,
        each: impl FnOnce(&mut Self) -> Option<TExpr>,
    ) -> bool {
        let queued = self.pre.len();
        let x = each(self);
        self.all_before_queued(queued, done);
        x.map(|x| done.push(x)).is_some()
    }

    /// `e` inside a Let of the values shared since `mark`.
    pub(in crate::sema) fn wrap_lets(&mut self, mark: usize, e: TExpr) -> TExpr {
        if self.lets.len() <= mark {
            return e;
        }
        let binds = self.lets.split_off(mark);
        TExpr { ty: e.ty, span: e.span.clone(), kind: TExprKind::Let(binds, Box::new(e)) }
    }

    /// The values shared since `mark`, bound in `pre` instead: for an
    /// operand whose use is a loop queued in `pre` (`sum(g[k])` of a list
    /// of lists reads the item's header there, and a Let is bound only
    /// where the expression is).
    /// The shared values from `lets` (from position `lets` on) and the
    /// statements queued in `pre` (from position `queued` on), taken out in
    /// the order they run: a shared value reading what a queued statement
    /// sets (`int(e.max()) / k` shared by a complex product, after the loop
    /// computing `e.max()`) runs right after the last such statement, the
    /// others before all of them. A shared value reading one placed late
    /// goes late too, after it (`a * ((1 / round(c.min())) * z)`: the
    /// product's parts read the shared quotient, exprtree seed 727).
    pub(in crate::sema) fn take_lets_and_pre(&mut self, lets: usize, queued: usize) -> Vec<TStmt> {
        let pre: Vec<TStmt> = self.pre.drain(queued..).collect();
        let mut late: Vec<Vec<TStmt>> = vec![Vec::new(); pre.len()];
        let mut out = Vec::new();
        // What each queued statement sets, looked at only when there are
        // shared values to place; a late shared value counts as set by the
        // statement it follows.
        let mut sets: Vec<Vec<Var>> = if lets < self.lets.len() {
            pre.iter()
                .map(|s| {
                    let mut set = Vec::new();
                    s.sets(&mut set);
                    set
                })
                .collect()
        } else {
            Vec::new()
        };
        for (var, value) in self.lets.drain(lets..) {
            match sets.iter().rposition(|set| reads_any(&value, set)) {
                Some(k) => {
                    sets[k].push(var);
                    late[k].push(TStmt::Assign { var, value })
                }
                None => out.push(TStmt::Assign { var, value }),
            }
        }
        for (s, after) in pre.into_iter().zip(late) {
            out.push(s);
            out.extend(after);
        }
        out
    }

    pub(in crate::sema) fn lets_to_pre(&mut self, mark: usize) {
        if self.lets.len() > mark {
            let binds = self.lets.split_off(mark);
            self.pre.extend(binds.into_iter().map(|(var, value)| TStmt::Assign { var, value }));
        }
    }

    pub(in crate::sema) fn assign(&mut self, name: &str, value: TExpr) -> TStmt {
        let (var, value) = self.bind(name, value);
        TStmt::Assign { var, value }
    }

    /// Records an assignment for the fixed point; the value cast to the
    /// variable's current type.
    pub(in crate::sema) fn bind(&mut self, name: &str, value: TExpr) -> (Var, TExpr) {
        self.note_assigned(name, value.ty);
        let var = self.var(name);
        let ty = self.types.types[name];
        (var, cast(value, ty))
    }

    /// Records that `name` is assigned a `ty`: for the next round, and in
    /// this one's types, so that later statements read it at once.
    pub(in crate::sema) fn note_assigned(&mut self, name: &str, ty: Scalar) {
        let t = self.assigned.get(name).map_or(ty, |&old| join(old, ty));
        self.assigned.insert(name.to_string(), t);
        self.stale |= self.types.widen(name, ty);
    }
}

/// Whether `e` reads any of `vars` (as a variable, an array's descriptor or
/// a list's header).
pub(in crate::sema) fn reads_any(e: &TExpr, vars: &[Var]) -> bool {
    any_node(e, &|x| match &x.kind {
        TExprKind::Var(v) => vars.contains(v),
        TExprKind::Load(r, _) => r.vars().iter().any(|v| vars.contains(v)),
        TExprKind::ListLoad(l, ..) | TExprKind::ListLen(l) => vars.contains(&l.header),
        _ => false,
    })
}
