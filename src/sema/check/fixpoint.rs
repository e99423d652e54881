//! Inference: each local's type is the join of what is assigned to it, found
//! by re-typing the body until nothing widens.

use crate::sema::*;

/// The type a variable gets from two assignments: equal types stay, bools
/// stay bools, anything else is numba's numeric unification.
pub(in crate::sema) fn join(a: Scalar, b: Scalar) -> Scalar {
    if a == b {
        a
    } else {
        Scalar::unify(a, b)
    }
}

/// How many times one variable's type can widen: bool, then the ints
/// (each join picks a strictly wider one: at most 8 widths and
/// signednesses), then f32, f64.
pub(in crate::sema) const LATTICE_HEIGHT: usize = 12;

/// The fixed point's current types, and the names the round has looked up
/// or bound so far: a type that changes after that makes the round stale
/// (what was typed before used the old type), so it runs again. Straight-line
/// code never is: each name gets its type at its first assignment, before
/// any later statement reads it.
#[derive(Clone, Default)]
pub(in crate::sema) struct Beliefs {
    pub(in crate::sema) types: HashMap<String, Scalar>,
    pub(in crate::sema) seen: RefCell<HashSet<String>>,
}

impl Beliefs {
    pub(in crate::sema) fn get(&self, name: &str) -> Option<&Scalar> {
        self.see(name);
        self.types.get(name)
    }

    pub(in crate::sema) fn contains_key(&self, name: &str) -> bool {
        self.see(name);
        self.types.contains_key(name)
    }

    /// A compiler temporary's type, fixed when it is made.
    pub(in crate::sema) fn insert(&mut self, name: String, ty: Scalar) {
        self.types.insert(name, ty);
    }

    pub(in crate::sema) fn see(&self, name: &str) {
        let mut seen = self.seen.borrow_mut();
        if !seen.contains(name) {
            seen.insert(name.to_string());
        }
    }

    /// Joins `ty` into `name`'s type; true if that changed a type this
    /// round already used.
    pub(in crate::sema) fn widen(&mut self, name: &str, ty: Scalar) -> bool {
        let old = self.types.get(name).copied();
        let new = old.map_or(ty, |old| join(old, ty));
        let stale = old != Some(new) && self.seen.borrow().contains(name);
        self.types.insert(name.to_string(), new);
        self.see(name);
        stale
    }
}

/// What the rounds of typing know about a function's names: each round
/// starts from them, and the typing ends when a round learns nothing new.
#[derive(Clone)]
pub(in crate::sema) struct Facts {
    pub(in crate::sema) types: HashMap<String, Scalar>,
    pub(in crate::sema) arity: HashMap<String, usize>,
    pub(in crate::sema) arrays: HashMap<String, ArrayTy>,
    pub(in crate::sema) sources: HashMap<String, std::collections::BTreeSet<String>>,
    pub(in crate::sema) complex: HashSet<String>,
    pub(in crate::sema) lists: HashMap<String, usize>,
    pub(in crate::sema) dicts: HashMap<String, (usize, usize)>,
    pub(in crate::sema) strs: HashSet<String>,
    pub(in crate::sema) shapes: HashMap<String, Ty>,
    pub(in crate::sema) optional: HashSet<String>,
}

impl Facts {
    /// The parameters, what they tell before the first round, and the
    /// plain parameters the body sets to None.
    pub(in crate::sema) fn start(
        pv: ParamVars,
        body: &[Stmt],
        none_calls: &HashSet<String>,
    ) -> (Vec<Param>, Facts, Vec<String>) {
        let mut types: HashMap<String, Scalar> = pv.params.iter().map(|p| (p.name.clone(), p.ty)).collect();
        let lists = lists::param_lists(&pv.list_params, &mut types);
        let dicts = dicts::param_dicts(&pv.dict_params, &mut types);
        let mut strs = pv.strs;
        strings::sets::param_sets(&pv.set_params, &mut types, &mut strs);
        let mut optional: HashSet<String> = pv.optional_params.iter().cloned().collect();
        optional::optional_names(body, none_calls, &mut optional);
        // A plain parameter the body sets to None starts as a number.
        let plain = plain_optionals(&pv.params, &optional, &pv.optional_params);
        for name in &optional {
            types.insert(optional::flag_name(name), Scalar::Bool);
        }
        let facts = Facts {
            types,
            arity: pv.arity,
            arrays: pv.arrays,
            sources: pv.sources,
            complex: pv.complex,
            lists,
            dicts,
            strs,
            shapes: pv.shaped_params.into_iter().collect(),
            optional,
        };
        (pv.params, facts, plain)
    }

    /// A round's typer starts from what the rounds before learned.
    pub(in crate::sema) fn install(&self, cx: &mut Typer) {
        cx.arity = self.arity.clone();
        cx.arrays = self.arrays.clone();
        cx.array_sources = self.sources.clone();
        cx.complex = self.complex.clone();
        cx.lists = self.lists.clone();
        cx.dicts = self.dicts.clone();
        cx.optional = self.optional.clone();
        cx.strs = self.strs.clone();
        cx.list_shapes = self.shapes.clone();
    }

    /// Each variable's type joined with what the round assigned it; a
    /// name that became complex is no longer a real variable.
    pub(in crate::sema) fn widened(&self, cx: &Typer) -> HashMap<String, Scalar> {
        let mut widened = self.types.clone();
        for (name, ty) in &cx.assigned {
            let t = widened.get(name).map_or(*ty, |&old| join(old, *ty));
            widened.insert(name.clone(), t);
        }
        widened.retain(|n, _| !cx.complex.contains(n));
        widened
    }

    /// Whether the round learned nothing (its widened types flag `stale`).
    pub(in crate::sema) fn settled(&self, cx: &Typer) -> bool {
        !cx.stale
            && cx.arity == self.arity
            && cx.complex == self.complex
            && cx.arrays == self.arrays
            && cx.array_sources == self.sources
            && cx.lists == self.lists
            && cx.dicts == self.dicts
            && cx.strs == self.strs
            && cx.list_shapes == self.shapes
    }

    /// Takes what the round learned about names of every kind.
    pub(in crate::sema) fn learn(&mut self, cx: &mut Typer) {
        self.arity = std::mem::take(&mut cx.arity);
        self.complex = std::mem::take(&mut cx.complex);
        self.arrays = std::mem::take(&mut cx.arrays);
        self.sources = std::mem::take(&mut cx.array_sources);
        self.learn_containers(cx);
    }

    /// Takes what the round learned about lists, dicts and strs.
    pub(in crate::sema) fn learn_containers(&mut self, cx: &mut Typer) {
        self.lists = std::mem::take(&mut cx.lists);
        self.dicts = std::mem::take(&mut cx.dicts);
        self.strs = std::mem::take(&mut cx.strs);
        self.shapes = std::mem::take(&mut cx.list_shapes);
    }
}

/// Whether a list whose items were unknown (or a number) when the round
/// began holds tuples now.
pub(in crate::sema) fn lists_learned_tuples(before: &HashMap<String, usize>, after: &HashMap<String, usize>) -> bool {
    after.iter().any(|(name, &k)| k > 1 && before.get(name).copied().unwrap_or(0) == 0)
}

/// Splits the names whose kinds clashed into webs (webs.rs); true when the
/// body changed, so the typing starts over.
pub(in crate::sema) fn split_clashes(
    body_stmts: &mut Vec<Stmt>,
    split_names: &mut HashSet<String>,
    clashes: Vec<String>,
) -> bool {
    let mut split = false;
    for name in clashes {
        // A split name's parts are new names: at most a few rounds.
        if split_names.len() < 32 && split_names.insert(name.clone()) {
            if let Some(b) = webs::split(body_stmts, &name) {
                *body_stmts = b;
                split = true;
            }
        }
    }
    split
}

/// The joined return type of a helper, for its callers typed meanwhile.
pub(in crate::sema) fn record_partial(specs: &Specs, symbol: &str, returns: &[(Option<Ty>, Range<usize>)]) {
    let mut valued = returns.iter().filter_map(|(t, _)| t.clone());
    if let Some(first) = valued.next() {
        if let Some(joined) = valued.try_fold(first, |acc, t| join_ty(&acc, &t)) {
            specs.partial.borrow_mut().insert(symbol.to_string(), joined);
        }
    }
}

/// The fixed point was not reached: no type-based diagnostic can be trusted.
pub(in crate::sema) fn unsettled(source: &Source, f: &ast::StmtFunctionDef) -> Diagnostics {
    Diagnostics::new(
        source,
        vec![Diagnostic::error(format!("internal compiler error: types of `{}` did not settle", f.name))
            .at(range(f), "in this function")],
    )
}
