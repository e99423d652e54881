//! The functions to type and the signatures they get: an export's declared
//! one, a helper's from its callers (one specialization per argument types),
//! and the recursion guard.

use crate::sema::*;

/// A function that can reach itself through calls checks at entry that the
/// thread's stack has room (compiled frames are small: the limit is the
/// stack, not CPython's 1000 calls). Past it the check jumps straight back
/// to the exported call's wrapper, which raises RecursionError: the check
/// raises nothing the kernel sees, so it adds no error flag to the function
/// and its callers (analysis::effects gives them `stack_guarded`, and their
/// wrappers set the jump target).
pub(in crate::sema) fn guard_recursion(functions: &mut [TypedFunction]) {
    let index: HashMap<String, usize> = functions.iter().enumerate().map(|(i, f)| (f.symbol.clone(), i)).collect();
    let callees: Vec<Vec<usize>> = functions
        .iter()
        .map(|f| crate::analysis::effects::calls(f).iter().filter_map(|c| index.get(c).copied()).collect())
        .collect();
    for (i, f) in functions.iter_mut().enumerate() {
        // Depth-first from i's callees: does any path come back to i?
        let mut seen = vec![false; callees.len()];
        let mut stack: Vec<usize> = callees[i].clone();
        let mut recursive = false;
        while let Some(j) = stack.pop() {
            if j == i {
                recursive = true;
                break;
            }
            if !std::mem::replace(&mut seen[j], true) {
                stack.extend(&callees[j]);
            }
        }
        if !recursive {
            continue;
        }
        // The runtime call's effect is the check; its result (0) goes to a
        // dead variable.
        let span = f.span.clone();
        let sink = f.vars.len();
        f.vars.push(VarInfo { name: "$stack_guard".into(), ty: Scalar::I64 });
        let check =
            TExpr { ty: Scalar::I64, kind: TExprKind::Runtime(crate::abi::runtime::STACK_GUARD_FN, Vec::new()), span };
        f.body.insert(0, TStmt::Assign { var: sink, value: check });
    }
}

/// Whether `p` holds for `e` or any expression inside it.
pub(in crate::sema) fn any_node(e: &TExpr, p: &impl Fn(&TExpr) -> bool) -> bool {
    p(e) || e.children().into_iter().any(|x| any_node(x, p))
}

/// The specializations of one module, typed on demand.
pub(in crate::sema) struct Specs<'a> {
    pub(in crate::sema) source: &'a Source,
    pub(in crate::sema) globals: &'a Globals,
    /// The module's exports: `table`'s first entries, in order.
    pub(in crate::sema) exports: &'a [Export],
    pub(in crate::sema) table: RefCell<Vec<SpecEntry>>,
    pub(in crate::sema) done: RefCell<Vec<TypedFunction>>,
    pub(in crate::sema) errors: RefCell<Vec<Diagnostic>>,
    /// For a helper whose typing failed: what its return statements that
    /// did type return, joined (a recursive helper's guess).
    pub(in crate::sema) partial: RefCell<HashMap<String, Ty>>,
    /// The entries that a recursive call reached before their return type
    /// was known, in order: a helper that failed on one of its callers'
    /// calls (mutual recursion) is typed again once that caller guesses.
    pub(in crate::sema) blocked: RefCell<Vec<usize>>,
    /// The file's functions that may return None (read from source once).
    pub(in crate::sema) none_calls: HashSet<String>,
}

impl Specs<'_> {
    /// Types export `i` (its entry in `table`); its return type, or Err
    /// after its errors are recorded.
    pub(in crate::sema) fn type_export(&self, i: usize) -> std::result::Result<Option<Ty>, ()> {
        let symbol = {
            let mut table = self.table.borrow_mut();
            if matches!(table[i].state, SpecState::Pending) {
                table[i].state = SpecState::InProgress(KnownReturn::Unknown);
            }
            table[i].symbol.clone()
        };
        match self.type_entry(i, &self.exports[i], &symbol, true) {
            Ok(f) => {
                let ret = optional::callers_view(&f);
                self.table.borrow_mut()[i].state = SpecState::Done(ret.clone());
                self.done.borrow_mut().push(f);
                Ok(ret)
            }
            Err(d) => {
                self.table.borrow_mut()[i].state = SpecState::Failed;
                self.errors.borrow_mut().extend(d.items);
                Err(())
            }
        }
    }

    /// Whether the typed function `symbol` is an export whose result only
    /// its wrapper can make: `a.tolist()` (the array, listed there), or a
    /// tuple with None items (numba's Optional) or str items.
    pub(in crate::sema) fn returns_tolist(&self, symbol: &str) -> bool {
        let none_items = |t: &Option<Ty>| matches!(t, Some(Ty::Tuple(xs)) if xs.iter().any(|x| matches!(x, Ty::Optional(_) | Ty::Str)));
        self.done.borrow().iter().any(|f| f.symbol == symbol && (f.ret_tolist || none_items(&f.ret)))
    }

    /// Whether the typed function `symbol` returns a str or None (a null
    /// address for None: only an export's wrapper can box it).
    pub(in crate::sema) fn optional_str(&self, symbol: &str) -> bool {
        let done = self.done.borrow();
        done.iter().any(|f| f.symbol == symbol && f.ret_optional && f.ret == Some(Ty::Str))
    }

    /// Whether the typed function `symbol` returns a str (its call is a
    /// str's address, as a str variable's value).
    pub(in crate::sema) fn returns_str(&self, symbol: &str) -> bool {
        let done = self.done.borrow();
        done.iter().any(|f| f.symbol == symbol && !f.ret_optional && f.ret == Some(Ty::Str))
    }

    /// The positions of the array arguments that the typed function
    /// `symbol` stores into; None while it is still being typed.
    pub(in crate::sema) fn written(&self, symbol: &str) -> Option<Vec<usize>> {
        let done = self.done.borrow();
        let f = done.iter().find(|f| f.symbol == symbol)?;
        // A tuple parameter's array elements are written as `t.0`, `t.1`, ...
        let stored = |name: &str| f.written.iter().any(|w| w == name || w.starts_with(&format!("{name}.")));
        Some(f.py_params.iter().enumerate().filter(|(_, (name, _))| stored(name)).map(|(j, _)| j).collect())
    }

    /// The list parameters (by position) helper `symbol` gave an item type
    /// to, with that type (sema/containers/listpass.rs).
    pub(in crate::sema) fn filled(&self, symbol: &str) -> Vec<(usize, Ty)> {
        let done = self.done.borrow();
        let Some(f) = done.iter().find(|f| f.symbol == symbol) else { return Vec::new() };
        f.filled_lists
            .iter()
            .filter_map(|(name, t)| Some((f.py_params.iter().position(|(p, _)| p == name)?, t.clone())))
            .collect()
    }

    /// The symbol and return type of the helper at `i` of the table, asked
    /// for again: typed, being typed (a recursive call), failed or pending.
    pub(in crate::sema) fn requested(
        &self,
        i: usize,
        name: &str,
        span: Range<usize>,
    ) -> std::result::Result<(String, Option<Ty>), Option<Diagnostic>> {
        let table = self.table.borrow();
        match &table[i].state {
            SpecState::Done(ret) => Ok((table[i].symbol.clone(), ret.clone())),
            SpecState::InProgress(KnownReturn::Void) => Ok((table[i].symbol.clone(), None)),
            SpecState::InProgress(KnownReturn::Value(t)) => Ok((table[i].symbol.clone(), Some(t.clone()))),
            SpecState::InProgress(KnownReturn::Unknown) => {
                drop(table);
                self.table.borrow_mut()[i].recursive = true;
                self.blocked.borrow_mut().push(i);
                Err(Some(
                    Diagnostic::error(format!("recursive call to `{name}` needs its return type declared"))
                        .at(span, "recursive call")
                        .note("pycc infers it from the function's other returns when one of them does not recurse; otherwise export it with a signature that declares the return type, e.g. 'i8(i8)'"),
                ))
            }
            SpecState::Failed => Err(None),
            SpecState::Pending => {
                let symbol = table[i].symbol.clone();
                drop(table);
                self.type_export(i).map(|ret| (symbol, ret)).map_err(|()| None)
            }
        }
    }

    /// The symbol and return type of `name` called with `args`, typing the
    /// helper for that signature the first time it is seen.
    pub(in crate::sema) fn request(
        &self,
        name: &str,
        args: &[Ty],
        span: Range<usize>,
    ) -> std::result::Result<(String, Option<Ty>), Option<Diagnostic>> {
        self.request_as(name, name, args, span)
    }

    /// `request` of `name` typed as a helper listed under `key`: an export
    /// whose own result only its wrapper can make (`return a.tolist()`)
    /// is typed again as a helper (`key` `name.list`) for the file's calls,
    /// where `a.tolist()` is the list of the array's numbers.
    pub(in crate::sema) fn request_as(
        &self,
        name: &str,
        key: &str,
        args: &[Ty],
        span: Range<usize>,
    ) -> std::result::Result<(String, Option<Ty>), Option<Diagnostic>> {
        let found = self.table.borrow().iter().position(|e| e.name == key && e.args == args);
        if let Some(i) = found {
            return self.requested(i, name, span);
        }
        let def = self.globals.functions.get(name).expect("callers check the name");
        let symbol = format!("helper.{key}.{}", args.iter().map(short_ty).collect::<Vec<_>>().join("."));
        // A helper with no `return <value>` returns None whatever its
        // recursion does (an in-place quicksort): void from the start.
        let state =
            SpecState::InProgress(if returns_a_value(&def.body) { KnownReturn::Unknown } else { KnownReturn::Void });
        let index = {
            let mut table = self.table.borrow_mut();
            table.push(SpecEntry {
                name: key.to_string(),
                args: args.to_vec(),
                symbol: symbol.clone(),
                state,
                recursive: false,
            });
            table.len() - 1
        };
        let nparams = def.args.posonlyargs.len() + def.args.args.len();
        // Trailing parameters with defaults may be left out (numba's Omitted).
        let defaults =
            def.args.posonlyargs.iter().chain(&def.args.args).rev().take_while(|a| a.default.is_some()).count();
        if args.len() > nparams || args.len() + defaults < nparams {
            self.table.borrow_mut()[index].state = SpecState::Failed;
            return Err(Some(
                Diagnostic::error(format!(
                    "`{name}` takes {nparams} argument{} but is called with {}",
                    if nparams == 1 { "" } else { "s" },
                    args.len()
                ))
                .at(span, "here"),
            ));
        }
        let export = Export {
            name: name.to_string(),
            signature: Signature { ret: Return::Infer, args: args.to_vec() },
            function: def.clone(),
            span: span.clone(),
        };
        let blocked_mark = self.blocked.borrow().len();
        match self.type_entry(index, &export, &symbol, false) {
            Ok(f) => {
                let ret = optional::callers_view(&f);
                self.table.borrow_mut()[index].state = SpecState::Done(ret.clone());
                self.done.borrow_mut().push(f);
                Ok((symbol, ret))
            }
            Err(d) => {
                // Failed on a call into an outer function still without a
                // return type (`is_odd` calling `is_even`): forget this try,
                // so the outer one types it again after guessing its return.
                let outer = self.blocked.borrow()[blocked_mark..].iter().any(|&b| b < index);
                if outer && matches!(self.table.borrow()[index].state, SpecState::InProgress(_)) {
                    self.table.borrow_mut().remove(index);
                    let mut blocked = self.blocked.borrow_mut();
                    blocked.retain(|&b| b != index);
                    blocked.iter_mut().filter(|b| **b > index).for_each(|b| *b -= 1);
                    return Err(d.items.into_iter().next());
                }
                self.table.borrow_mut()[index].state = SpecState::Failed;
                self.errors.borrow_mut().extend(d.items);
                Err(None)
            }
        }
    }
}

impl Specs<'_> {
    /// Types entry `index` (an export, or a helper's specialization). A
    /// recursive one whose recursive calls could not be typed is typed
    /// again assuming the return type its other returns give; that must
    /// come out the same (else the first errors stand).
    fn type_entry(&self, index: usize, export: &Export, symbol: &str, exported: bool) -> Result<TypedFunction> {
        let typed = type_function(self, export, symbol.to_string(), exported);
        let guess = self.partial.borrow().get(symbol).cloned();
        let recursive = self.table.borrow()[index].recursive;
        if let (Err(_), true, Some(guess)) = (&typed, recursive, guess) {
            if let Some(f) = self.type_with_guess(index, export, symbol, guess, exported) {
                return Ok(f);
            }
        }
        typed
    }

    /// Types recursive function `index` again assuming it returns `guess`,
    /// widened until the typed return agrees (an int base case with a
    /// float recursive case); None if it never does, or if helpers were
    /// typed under a guess that changed (mutual recursion: they would be
    /// stale).
    pub(in crate::sema) fn type_with_guess(
        &self,
        index: usize,
        export: &Export,
        symbol: &str,
        mut guess: Ty,
        exported: bool,
    ) -> Option<TypedFunction> {
        for _ in 0..3 {
            let helpers = self.table.borrow().len();
            self.table.borrow_mut()[index].state = SpecState::InProgress(KnownReturn::Value(guess.clone()));
            let f = type_function(self, export, symbol.to_string(), exported).ok()?;
            // As its callers see it: a number or None is `optional(T)`.
            match optional::callers_view(&f).as_ref() {
                Some(r) if *r == guess => return Some(f),
                Some(r) if self.table.borrow().len() == helpers => guess = optional::join_maybe_none(&guess, r)?,
                _ => return None,
            }
        }
        None
    }
}

pub(in crate::sema) struct SpecEntry {
    pub(in crate::sema) name: String,
    pub(in crate::sema) args: Vec<Ty>,
    pub(in crate::sema) symbol: String,
    pub(in crate::sema) state: SpecState,
    /// A call reached it while its return type was unknown (recursion).
    pub(in crate::sema) recursive: bool,
}

pub(in crate::sema) enum SpecState {
    /// An export whose return type is inferred, not typed yet: typed when
    /// first called (by another export) or in its turn.
    Pending,
    /// Being typed; for an export, its declared return.
    InProgress(KnownReturn),
    Done(Option<Ty>),
    Failed,
}

/// The return of a function being typed, as far as a recursive call into
/// it can know: declared (or guessed), void, or not known yet.
pub(in crate::sema) enum KnownReturn {
    Unknown,
    Void,
    Value(Ty),
}

/// A type as a part of a helper's symbol: one symbol per signature.
pub(in crate::sema) fn short_ty(t: &Ty) -> String {
    match t {
        Ty::Scalar(s) => s.short_name(),
        Ty::Tuple(xs) => format!("t{}_", xs.iter().map(short_ty).collect::<String>()),
        // Never reached: an array cannot be passed to a helper yet.
        Ty::Array(a) => {
            format!("a{}{}{}{:?}", if a.complex { "c" } else { "" }, a.dtype.short_name(), a.ndim, a.layout)
        }
        Ty::Complex(p) => format!("c{}", p.short_name()),
        Ty::List(xs) => format!("l{}_", xs.iter().map(|x| x.short_name()).collect::<String>()),
        Ty::ListOf(t) => format!("L{}_", short_ty(t)),
        Ty::Dict(k, v) => format!(
            "d{}_{}_",
            k.iter().map(|x| x.short_name()).collect::<String>(),
            v.iter().map(|x| x.short_name()).collect::<String>()
        ),
        Ty::Optional(s) => format!("o{}", s.short_name()),
        Ty::OptionalArray(a) => format!("o{}", short_ty(&Ty::Array(*a))),
        Ty::Str => "s".into(),
        Ty::Set(xs) => format!("S{}_", xs.iter().map(|x| x.short_name()).collect::<String>()),
    }
}

/// Whether a `return` in `body` (not in a nested function) gives a value
/// other than None.
pub(in crate::sema) fn returns_a_value(body: &[Stmt]) -> bool {
    any_return(body, &|r| r.value.as_deref().is_some_and(|v| !optional::is_none(v)))
}

/// Whether some `return` in `body` (its nested blocks, not nested
/// functions) satisfies `pred`.
pub(in crate::sema) fn any_return(body: &[Stmt], pred: &dyn Fn(&ast::StmtReturn) -> bool) -> bool {
    body.iter().any(|s| match s {
        Stmt::Return(r) => pred(r),
        Stmt::For(ast::StmtFor { body, orelse, .. })
        | Stmt::While(ast::StmtWhile { body, orelse, .. })
        | Stmt::If(ast::StmtIf { body, orelse, .. }) => any_return(body, pred) || any_return(orelse, pred),
        Stmt::With(w) => any_return(&w.body, pred),
        Stmt::Try(t) => {
            [&t.body, &t.orelse, &t.finalbody].into_iter().any(|b| any_return(b, pred))
                || t.handlers.iter().any(|ast::ExceptHandler::ExceptHandler(h)| any_return(&h.body, pred))
        }
        _ => false,
    })
}

/// The defaults a caller of the export may rely on (see
/// `TypedFunction::py_defaults`): a number constant that the parameter's
/// type takes from Python as it is (an int or bool for an int, any number
/// for a float, a bool for a bool), in a trailing run.
pub(in crate::sema) fn py_defaults(
    export: &Export,
    py_params: &[(String, Ty)],
    globals: &Globals,
) -> Vec<Option<ConstValue>> {
    let f = &export.function;
    let args = f.args.posonlyargs.iter().chain(&f.args.args);
    let mut out: Vec<Option<ConstValue>> = args
        .zip(py_params)
        .map(|(a, (_, ty))| {
            if let Ty::Optional(_) | Ty::OptionalArray(_) = ty {
                // Only a None default: the wrapper takes a left-out
                // optional(T) argument as None (the value is a marker).
                return optional::is_none(a.default.as_deref()?).then_some(ConstValue::Bool(false));
            }
            let v = crate::syntax::parse::fold_constant(a.default.as_deref()?, &globals.constants)?;
            let Ty::Scalar(s) = ty else { return None };
            let fits = match (s, v) {
                (Scalar::Float { .. }, _) | (Scalar::Bool, ConstValue::Bool(_)) => true,
                (Scalar::Int { .. }, ConstValue::Bool(_)) => true,
                (Scalar::Int { bits, signed }, ConstValue::Int(i)) => {
                    let (lo, hi) = if *signed {
                        (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                    } else {
                        (0, (1i128 << bits) - 1)
                    };
                    (lo..=hi).contains(&i)
                }
                _ => false,
            };
            fits.then_some(v)
        })
        .collect();
    // Only a trailing run: a parameter after a required one is required too.
    if let Some(last) = out.iter().rposition(Option::is_none) {
        out[..last].iter_mut().for_each(|d| *d = None);
    }
    out
}

/// The names of `f`'s parameters.
pub(in crate::sema) fn param_names(f: &ast::StmtFunctionDef) -> HashSet<String> {
    let a = &f.args;
    let plain = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string());
    plain.chain(a.vararg.iter().chain(&a.kwarg).map(|p| p.arg.to_string())).collect()
}

pub(in crate::sema) fn type_function(
    specs: &Specs,
    export: &Export,
    symbol: String,
    exported: bool,
) -> Result<TypedFunction> {
    let (source, globals) = (specs.source, specs.globals);
    let f = &export.function;
    let py_params = py_params(export);
    let mut body_stmts = prepared_body(export, globals);
    let (params, mut facts, plain) =
        Facts::start(param_vars(source, export, exported)?, &body_stmts, &specs.none_calls);
    let mut round = 0;
    // Names split into webs (webs.rs) after their kinds clashed: the
    // typing starts over from these.
    let start = facts.clone();
    let mut split_names: HashSet<String> = Default::default();
    // Every round that is not the last widens a type or learns a name, a
    // tuple, an array or a complex variable; each name can do so at most
    // LATTICE_HEIGHT times (plus once per kind).
    let mut limit = LATTICE_HEIGHT + 4;
    let mut forwarded = false;
    let mut unforwarded: Option<Vec<Stmt>> = None;
    loop {
        let mut cx = Typer::new(source, globals, specs, &params, facts.types.clone());
        facts.install(&mut cx);
        cx.element_binds = npscalarvars::element_bindings(&body_stmts);
        cx.zero_d = zerod::zero_d_names(&body_stmts);
        cx.small_vectors = crate::sema::ndarray::smallvec::small_vector_names(&body_stmts);
        cx.exported = exported;
        cx.list_splits = nptuples::list_split_names(&body_stmts);
        // A helper (inferred), or an export whose return is inferred or
        // declared optional(T), may return None beside numbers.
        cx.optional_return_ok = matches!(export.signature.ret, Return::Infer | Return::Declared(Ty::Optional(_)));
        cx.tolist_ok = exported && (matches!(export.signature.ret, Return::Infer) || declares_container_tuple(export));
        if cx.tolist_ok {
            cx.list_splits.extend(nptuples::returned_names(&body_stmts));
        }
        cx.optional_array_ok =
            exported && matches!(export.signature.ret, Return::Infer | Return::Declared(Ty::Array(_)));
        optional::tuple_none_slots(&body_stmts, &mut cx.none_slots);
        cx.not_none.extend(plain.iter().cloned());
        cx.numpy_errors = errmodel::numpy_error_model(f);
        if let Return::Declared(d) = &export.signature.ret {
            cx.declared_ret = Some(d.clone());
        }
        let mut body = cx.block(&body_stmts);
        if split_clashes(&mut body_stmts, &mut split_names, std::mem::take(&mut cx.clashes)) {
            facts = Facts { strs: std::mem::take(&mut facts.strs), ..start.clone() };
            optional::optional_names(&body_stmts, &specs.none_calls, &mut facts.optional);
            round = 0;
            continue;
        }
        for name in &plain {
            let var = cx.var(&optional::flag_name(name));
            let value = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(false)), span: range(f) };
            body.insert(0, TStmt::Assign { var, value });
        }
        let widened = facts.widened(&cx);
        round += 1;
        let same = facts.settled(&cx);
        limit = limit.max((widened.len() + cx.arity.len() + cx.arrays.len() + 4) * (LATTICE_HEIGHT + 4));
        if !same && round >= limit {
            // Not reached while each round widens (the limit grows with
            // the names); if it is, no type-based diagnostic can be trusted.
            return Err(unsettled(source, f));
        }
        if same && !forwarded && cx.errors.is_empty() {
            // Once the types settled: fold single-use array temporaries
            // into their use (forward.rs), then type that body.
            forwarded = true;
            if let Some(b) = cx.forward_temporaries(&body_stmts, &param_names(f)) {
                unforwarded = Some(std::mem::replace(&mut body_stmts, b));
                continue;
            }
        }
        if same && !cx.errors.is_empty() {
            // A folded form pycc cannot compile is never the user's error:
            // the statements as written typed cleanly.
            if let Some(b) = unforwarded.take() {
                body_stmts = b;
                continue;
            }
        }
        if same {
            record_partial(specs, &symbol, &cx.returns);
            if exported {
                export_returns(source, &cx.returns, &cx.shaped_list_returns)?;
            }
            let mut f = cx.finish(export, params, body)?;
            f.py_defaults = py_defaults(export, &py_params, globals);
            f.py_params = py_params;
            f.symbol = symbol;
            f.exported = exported;
            return Ok(f);
        }
        if lists_learned_tuples(&facts.lists, &cx.lists) {
            // An item read while the list's items were unknown was guessed
            // a number (`x = st.pop()` before `st.append((h, l))`): the
            // names it reached start over, the lists' item types kept, and
            // the dicts' key and value types (a str-keyed dict's mark too),
            // as the dicts themselves are.
            let items = widened.into_iter().filter(|(n, _)| n.contains("[].") || n.contains("{}."));
            let optional = std::mem::take(&mut facts.optional);
            facts = Facts { optional, ..start.clone() };
            facts.types.extend(items);
            facts.learn_containers(&mut cx);
            continue;
        }
        facts.types = widened;
        facts.learn(&mut cx);
    }
}

/// The body as typed: a parameter the signature leaves out is its default
/// (numba's Omitted), assigned first; then generator and range bindings.
pub(in crate::sema) fn prepared_body(export: &Export, globals: &Globals) -> Vec<Stmt> {
    let mut body_stmts = default_assigns(export);
    body_stmts.extend(export.function.body.iter().cloned());
    if let Some(b) = genbind::bind_names(&body_stmts, globals) {
        body_stmts = b;
    }
    if let Some(b) = rangevar::bind_ranges(&body_stmts, globals) {
        body_stmts = b;
    }
    dicts::drop_unused_empty_dicts(&mut body_stmts);
    dicts::get_returns(&mut body_stmts);
    webs::scope_comprehensions(&mut body_stmts);
    let args = &export.function.args;
    let params: Vec<String> = args.posonlyargs.iter().chain(&args.args).map(|a| a.def.arg.to_string()).collect();
    webs::split_disjoint(&mut body_stmts, &params);
    body_stmts
}
