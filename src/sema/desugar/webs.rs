//! A name rebound to a value of another kind (`x = 1.0` ... later
//! `x = a[i]`, an array): Python allows it, and numba too when the two
//! values' uses do not overlap. pycc keeps one kind per variable, so such
//! a name is split SSA-style into one variable per web (the assignments
//! and the uses they reach, joined where one use sees several of them):
//! the web that the function's entry reaches keeps the name, the others
//! become `name'2`, `name'3`, ... Typing splits a name only after it
//! reported that name's kinds clash (mod.rs); when the assignments form one
//! web, that diagnostic stands. Names a nested function, a lambda, a
//! `:=`, `global`, `try` or `with` may touch are left whole; a
//! comprehension's own variable of that name is renamed inside it first
//! (Python 3 gives a comprehension its own scope).

use rustpython_parser::ast::fold::{self, Fold};
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use rustpython_parser::text_size::{TextRange, TextSize};
use std::collections::{BTreeSet, HashMap};

/// The defining (Store) and reading (Load) occurrences of one name in an
/// expression; `abort` when it occurs where this analysis cannot follow.
struct Occurrences<'a> {
    name: &'a str,
    loads: Vec<TextSize>,
    stores: Vec<TextSize>,
    abort: bool,
}

impl Fold<TextRange> for Occurrences<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        match &e {
            Expr::Name(n) if n.id.as_str() == self.name => match n.ctx {
                ast::ExprContext::Load => self.loads.push(e.range().start()),
                _ => self.stores.push(e.range().start()),
            },
            Expr::Lambda(_) | Expr::NamedExpr(_) => {
                let mut inner = Occurrences { name: self.name, loads: Vec::new(), stores: Vec::new(), abort: false };
                let e2 = fold::fold_expr(&mut inner, e.clone())?;
                self.abort |= !inner.loads.is_empty() || !inner.stores.is_empty() || inner.abort;
                return Ok(e2);
            }
            _ => {}
        }
        fold::fold_expr(self, e)
    }
}

fn occurrences<'a>(name: &'a str, e: &Expr) -> Occurrences<'a> {
    let mut o = Occurrences { name, loads: Vec::new(), stores: Vec::new(), abort: false };
    let Ok(_) = o.fold_expr(e.clone());
    o
}

/// Reaching definitions of one name over the structured body.
struct Webs<'a> {
    name: &'a str,
    /// Definition ids by the position of their Name; id 0 is the entry.
    defs: HashMap<TextSize, usize>,
    parent: Vec<usize>,
    /// Each use (a Load position) and a definition it sees.
    uses: HashMap<TextSize, usize>,
    /// Per enclosing loop: the states at `continue` and at `break`.
    loops: Vec<(Vec<State>, Vec<State>)>,
}

type State = BTreeSet<usize>;

impl Webs<'_> {
    fn find(&mut self, x: usize) -> usize {
        let p = self.parent[x];
        if p == x {
            return x;
        }
        let r = self.find(p);
        self.parent[x] = r;
        r
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        // The smaller root wins: the entry's web stays at 0.
        let (lo, hi) = (a.min(b), a.max(b));
        self.parent[hi] = lo;
    }

    fn def(&mut self, at: TextSize) -> usize {
        let n = self.parent.len();
        let id = *self.defs.entry(at).or_insert(n);
        if id == n {
            self.parent.push(n);
        }
        id
    }

    /// The uses in `e` see `state`; None when `e` hides one.
    fn read(&mut self, e: &Expr, state: &State) -> Option<()> {
        let o = occurrences(self.name, e);
        if o.abort || !o.stores.is_empty() {
            return None;
        }
        for at in o.loads {
            let mut it = state.iter().copied();
            let first = it.next().unwrap_or(0);
            for d in it {
                self.union(first, d);
            }
            match self.uses.get(&at).copied() {
                Some(d) => self.union(d, first),
                None => {
                    self.uses.insert(at, first);
                }
            }
        }
        Some(())
    }

    /// An assignment target: the name itself is a definition, anything
    /// else (`x[i] = v`) reads.
    fn target(&mut self, t: &Expr, state: &mut State) -> Option<()> {
        match t {
            Expr::Name(n) if n.id.as_str() == self.name => {
                let d = self.def(t.range().start());
                *state = BTreeSet::from([d]);
                Some(())
            }
            Expr::Tuple(x) => x.elts.iter().try_for_each(|e| self.target(e, state)),
            Expr::List(x) => x.elts.iter().try_for_each(|e| self.target(e, state)),
            Expr::Starred(s) => self.target(&s.value, state),
            _ => self.read(t, state),
        }
    }

    fn block(&mut self, body: &[Stmt], mut state: State) -> Option<State> {
        for s in body {
            state = self.stmt(s, state)?;
        }
        Some(state)
    }

    fn stmt(&mut self, s: &Stmt, mut state: State) -> Option<State> {
        match s {
            Stmt::Assign(a) => {
                self.read(&a.value, &state)?;
                for t in &a.targets {
                    self.target(t, &mut state)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.read(v, &state)?;
                    self.target(&a.target, &mut state)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.read(&a.value, &state)?;
                if let Expr::Name(n) = a.target.as_ref() {
                    if n.id.as_str() == self.name {
                        // Reads and sets one variable: one web.
                        let d = self.def(a.target.range().start());
                        for &x in &state.clone() {
                            self.union(d, x);
                        }
                        return Some(BTreeSet::from([d]));
                    }
                }
                self.read(&a.target, &state)?;
            }
            Stmt::Expr(e) => self.read(&e.value, &state)?,
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.read(v, &state)?;
                }
                return Some(State::new());
            }
            Stmt::Raise(r) => {
                for e in r.exc.iter().chain(&r.cause) {
                    self.read(e, &state)?;
                }
                return Some(State::new());
            }
            Stmt::Assert(a) => {
                self.read(&a.test, &state)?;
                if let Some(m) = &a.msg {
                    self.read(m, &state)?;
                }
            }
            Stmt::If(i) => {
                self.read(&i.test, &state)?;
                let t = self.block(&i.body, state.clone())?;
                let e = self.block(&i.orelse, state)?;
                return Some(t.union(&e).copied().collect());
            }
            Stmt::While(w) => return self.looped(Some(&w.test), None, &w.body, &w.orelse, state),
            Stmt::For(f) => {
                self.read(&f.iter, &state)?;
                return self.looped(None, Some(&f.target), &f.body, &f.orelse, state);
            }
            Stmt::Break(_) => {
                self.loops.last_mut()?.1.push(state);
                return Some(State::new());
            }
            Stmt::Continue(_) => {
                self.loops.last_mut()?.0.push(state);
                return Some(State::new());
            }
            // `del x[k]` reads `x` (a list's item goes); `del x` ends it.
            Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        Expr::Subscript(x) => {
                            self.read(&x.value, &state)?;
                            self.read(&x.slice, &state)?;
                        }
                        Expr::Name(n) if n.id.as_str() != self.name => {}
                        _ => return None,
                    }
                }
            }
            Stmt::Pass(_) | Stmt::Import(_) | Stmt::ImportFrom(_) => {}
            _ => return None,
        }
        Some(state)
    }

    /// A loop to its fixed point: `test` (while) or `target` (for) at the
    /// head, which the body and `continue` return to.
    fn looped(
        &mut self,
        test: Option<&Expr>,
        target: Option<&Expr>,
        body: &[Stmt],
        orelse: &[Stmt],
        state: State,
    ) -> Option<State> {
        let mut entry = state;
        loop {
            if let Some(t) = test {
                self.read(t, &entry)?;
            }
            let mut inside = entry.clone();
            if let Some(t) = target {
                self.target(t, &mut inside)?;
            }
            self.loops.push((Vec::new(), Vec::new()));
            let out = self.block(body, inside);
            let (conts, breaks) = self.loops.pop()?;
            let out = out?;
            let mut next: State = entry.union(&out).copied().collect();
            conts.iter().for_each(|c| next.extend(c));
            if next == entry {
                let mut exit = self.block(orelse, entry)?;
                breaks.iter().for_each(|b| exit.extend(b));
                return Some(exit);
            }
            entry = next;
        }
    }
}

/// Renames the occurrences of one name by position (only that name's: a
/// lifted call's captured arguments share the position of its callee).
struct Rename<'a>(&'a str, HashMap<TextSize, String>);

impl Fold<TextRange> for Rename<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            if let Some(new) = self.1.get(&e.range().start()).filter(|_| n.id.as_str() == self.0) {
                return Ok(Expr::Name(ast::ExprName { id: ast::Identifier::new(new.as_str()), ..n.clone() }));
            }
        }
        fold::fold_expr(self, e)
    }
}

/// Every occurrence of one name renamed.
pub(in crate::sema) struct RenameAll<'a>(pub(in crate::sema) &'a str, pub(in crate::sema) String);

impl Fold<TextRange> for RenameAll<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            if n.id.as_str() == self.0 {
                return Ok(Expr::Name(ast::ExprName { id: ast::Identifier::new(self.1.as_str()), ..n.clone() }));
            }
        }
        fold::fold_expr(self, e)
    }
}

/// A comprehension's own variable `name` (Python 3 gives a comprehension
/// its scope; pycc has one) renamed `name'cK` inside it: all but the first
/// iterable, which the enclosing scope computes.
struct OwnScopes<'a> {
    name: &'a str,
    count: usize,
}

impl OwnScopes<'_> {
    fn generators(&mut self, gens: &mut [ast::Comprehension], rest: Vec<&mut Expr>) {
        let binds = gens.iter().any(|g| !occurrences(self.name, &g.target).stores.is_empty());
        if !binds {
            return;
        }
        self.count += 1;
        let mut r = RenameAll(self.name, format!("{}'c{}", self.name, self.count));
        for (k, g) in gens.iter_mut().enumerate() {
            let Ok(t) = r.fold_expr(g.target.clone());
            g.target = t;
            if k > 0 {
                let Ok(i) = r.fold_expr(g.iter.clone());
                g.iter = i;
            }
            for c in g.ifs.iter_mut() {
                let Ok(x) = r.fold_expr(c.clone());
                *c = x;
            }
        }
        for e in rest {
            let Ok(x) = r.fold_expr(e.clone());
            *e = x;
        }
    }
}

impl Fold<TextRange> for OwnScopes<'_> {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        let mut e = fold::fold_expr(self, e)?;
        match &mut e {
            Expr::ListComp(c) => self.generators(&mut c.generators, vec![&mut c.elt]),
            Expr::SetComp(c) => self.generators(&mut c.generators, vec![&mut c.elt]),
            Expr::GeneratorExp(c) => self.generators(&mut c.generators, vec![&mut c.elt]),
            Expr::DictComp(c) => self.generators(&mut c.generators, vec![&mut c.key, &mut c.value]),
            _ => {}
        }
        Ok(e)
    }
}

/// The names some comprehension in `body` binds as its own variables.
struct CompTargets(std::collections::HashSet<String>);

impl Fold<TextRange> for CompTargets {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        let gens = match &e {
            Expr::ListComp(c) => c.generators.as_slice(),
            Expr::SetComp(c) => c.generators.as_slice(),
            Expr::GeneratorExp(c) => c.generators.as_slice(),
            Expr::DictComp(c) => c.generators.as_slice(),
            _ => &[],
        };
        for g in gens {
            crate::sema::generators::target_names(&g.target, &mut self.0);
        }
        fold::fold_expr(self, e)
    }
}

/// `body` with every comprehension's variables renamed apart from the
/// function's names of the same spelling (`v = n * 2; [v for v in a]; v`):
/// Python 3 gives a comprehension its own scope, so the function's `v` is
/// neither rebound by it nor unified with its type (an int `v` beside a
/// comprehension's float `v` would otherwise become a float).
pub(in crate::sema) fn scope_comprehensions(body: &mut Vec<Stmt>) {
    let mut targets = CompTargets(Default::default());
    for s in body.iter() {
        let Ok(_) = targets.fold_stmt(s.clone());
    }
    for name in targets.0.into_iter().collect::<BTreeSet<_>>() {
        let mut scopes = OwnScopes { name: &name, count: 0 };
        if let Some(b) = body.iter().map(|s| scopes.fold_stmt(s.clone()).ok()).collect::<Option<Vec<_>>>() {
            *body = b;
        }
    }
}

/// The names an expression tree mentions, and how often each is stored to
/// (assignment targets, loop variables, `:=` and comprehension targets).
#[derive(Default)]
struct Mentions {
    seen: BTreeSet<String>,
    stores: std::collections::BTreeMap<String, usize>,
}

impl Fold<TextRange> for Mentions {
    crate::syntax::identity_fold!();
    fn fold_expr(&mut self, e: Expr) -> Result<Expr, Self::Error> {
        if let Expr::Name(n) = &e {
            self.seen.insert(n.id.to_string());
            if !matches!(n.ctx, ast::ExprContext::Load) {
                *self.stores.entry(n.id.to_string()).or_default() += 1;
            }
        }
        fold::fold_expr(self, e)
    }
}

/// `body` with every name that forms disjoint webs split into one variable
/// per web (`x = 1.5` in one loop, `x = 3` then `range(x)` after it: the
/// int stays an int, as in CPython and numba's SSA). Uses that see several
/// assignments keep them one variable. `params` count as a store each.
pub(in crate::sema) fn split_disjoint(body: &mut Vec<Stmt>, params: &[String]) {
    // Per name: its stores and the first and last top-level statements
    // that mention it. The statements outside that range do not touch it,
    // so its webs are those of the range alone (from the entry, for a
    // parameter): each analysis walks only its range, which keeps long
    // functions linear.
    let mut stores: std::collections::BTreeMap<String, usize> = params.iter().map(|p| (p.clone(), 1)).collect();
    let mut range: HashMap<String, (usize, usize)> = params.iter().map(|p| (p.clone(), (0, 0))).collect();
    for (k, s) in body.iter().enumerate() {
        let mut m = Mentions::default();
        let Ok(_) = m.fold_stmt(s.clone());
        for (name, n) in m.stores {
            *stores.entry(name).or_default() += n;
        }
        for name in m.seen {
            range.entry(name).and_modify(|r| r.1 = k).or_insert((k, k));
        }
    }
    // A name stored once is one web.
    for (name, n) in stores {
        if n < 2 || name.contains('\'') {
            continue;
        }
        let Some(&(first, last)) = range.get(&name) else { continue };
        if let Some(b) = split_webs(&body[first..=last], &name, true) {
            body.splice(first..=last, b);
        }
    }
}

/// `body` with `name` split into one variable per web, or None when it
/// is one web (or the analysis cannot follow it).
pub(in crate::sema) fn split(body: &[Stmt], name: &str) -> Option<Vec<Stmt>> {
    split_webs(body, name, false)
}

/// `split`, or with `used_only` None unless two webs have uses (a dead
/// store is no web worth a variable of its own).
fn split_webs(body: &[Stmt], name: &str, used_only: bool) -> Option<Vec<Stmt>> {
    // Comprehension variables first: each is a name of its own.
    let mut scopes = OwnScopes { name, count: 0 };
    let scoped: Vec<Stmt> = body.iter().map(|s| scopes.fold_stmt(s.clone()).ok()).collect::<Option<_>>()?;
    let body = scoped.as_slice();
    let mut w = Webs { name, defs: HashMap::new(), parent: vec![0], uses: HashMap::new(), loops: Vec::new() };
    if w.block(body, BTreeSet::from([0])).is_none() {
        return (scopes.count > 0).then_some(scoped);
    }
    let mut positions: Vec<(TextSize, usize)> = w.defs.iter().map(|(&p, &d)| (p, d)).collect();
    positions.extend(w.uses.iter().map(|(&p, &d)| (p, d)));
    positions.sort();
    let roots: Vec<usize> = positions.iter().map(|&(_, d)| w.find(d)).collect();
    let distinct: BTreeSet<usize> = roots.iter().copied().collect();
    if distinct.len() < 2 {
        return (scopes.count > 0).then_some(scoped);
    }
    if used_only {
        let uses: Vec<usize> = w.uses.values().copied().collect();
        let used: BTreeSet<usize> = uses.into_iter().map(|d| w.find(d)).collect();
        if used.len() < 2 {
            return None;
        }
    }
    // The entry's web keeps the name (a parameter's), else the first.
    let keep = if distinct.contains(&0) { 0 } else { roots[0] };
    let mut names: HashMap<usize, String> = HashMap::from([(keep, name.to_string())]);
    let mut renames = HashMap::new();
    for ((p, _), root) in positions.into_iter().zip(roots) {
        let k = names.len() + 1;
        let new = names.entry(root).or_insert_with(|| format!("{name}'{k}")).clone();
        if new != name {
            renames.insert(p, new);
        }
    }
    if renames.is_empty() {
        return (scopes.count > 0).then_some(scoped);
    }
    let mut r = Rename(name, renames);
    body.iter().map(|s| r.fold_stmt(s.clone()).ok()).collect()
}
