//! Typing (pipeline step 2): give every expression of an exported function
//! a type, starting from the declared signature, with numba's rules: each
//! local variable has one type, the unification of everything assigned to
//! it (int with float is float, mixed widths promote), found by iterating to
//! a fixed point. The result is the typed IR (`tir`) that lowering walks
//! without looking back at the Python AST.
//!
//! This file is the typer's core: the fixed point, names, statements and the
//! scalar expressions. The forms it hands off are grouped by the values they
//! type, each tried as a `Claim` (`claim.rs`):
//! - `desugar/`: source rewrites before typing (loop forms, walrus, `elif`
//!   chains, temporaries, `try`/`finally` exits, generators);
//! - `numbers/`: numpy scalars, complex numbers, `math`, Optional values;
//! - `containers/`: lists, dicts, sets, strs and tuples;
//! - `control/`: exceptions;
//! - `ndarray/`: arrays, views, elementwise loops and fused reductions;
//! - `npcalls/`: numpy calls, inline or through the runtime.
//!
//! Whatever no helper claims gets a diagnostic that names the construct.

use crate::base::consts::ConstValue;
use crate::base::diagnostics::{Diagnostic, Diagnostics, Result, Source};
use crate::base::int::wrap;
use crate::base::types::{ArrayTy, Return, Scalar, Signature, Ty};
use crate::syntax::parse::{literal_value, range, Export, Globals};
use claim::{decide, given, mine, or_not_mine, or_reported, Claim, OptArg};

mod builtins;
pub(crate) mod claim;
mod desugar;
mod numbers;
mod containers;
mod control;
mod ndarray;
mod npcalls;
mod loopinvariant;
use crate::tir::array::{ArrayRef, NpArg, NpFunc, UFUNCS};
use crate::tir::math::{self as math_table, MathFn};
use crate::tir::{BinOp, CmpOp, Param, TExpr, TExprKind, TStmt, TypedFunction, Var, VarInfo};
use containers::{dictarrays, dicts, listdtype, lists, strings, tuplearrays, tuples};
use control::{reraise, userexc};
use desugar::{
    anyall, armtemps, elifchain, finally, genbind, generators, listslice, mapfilter, minmaxkey, minmaxnest,
    minmaxtuple, rangevar, reduce, starcall, sugar, tupleops, tuplesugar, walrus, webs,
};
use ndarray::{arrayops, arrays, cxarrays, forward, zerod};
use npcalls::{
    displays, einsum, fft, nonzero, npfuncs, nplinalg, npstats, nptuples, numpy, outwhere, seqargs, setops, shapes,
    ufuncloops, ufuncreduce,
};
use numbers::{cplx, errmodel, math, npscalarvars, optional, scalars};
use rustpython_parser::ast::{self, Expr, Stmt};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The typed tree's operator for a Python binary operator (`@` has none).
pub(crate) fn bin_op(op: ast::Operator) -> Option<BinOp> {
    Some(match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::Div => BinOp::Div,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::BitAnd => BinOp::BitAnd,
        ast::Operator::BitOr => BinOp::BitOr,
        ast::Operator::BitXor => BinOp::BitXor,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::MatMult => return None,
    })
}

/// The typed tree's comparison for a Python one (`is`, `in` have none).
pub(crate) fn cmp_op(op: ast::CmpOp) -> Option<CmpOp> {
    Some(match op {
        ast::CmpOp::Eq => CmpOp::Eq,
        ast::CmpOp::NotEq => CmpOp::Ne,
        ast::CmpOp::Lt => CmpOp::Lt,
        ast::CmpOp::LtE => CmpOp::Le,
        ast::CmpOp::Gt => CmpOp::Gt,
        ast::CmpOp::GtE => CmpOp::Ge,
        _ => return None,
    })
}

/// The type a variable gets from two assignments: equal types stay, bools
/// stay bools, anything else is numba's numeric unification.
fn join(a: Scalar, b: Scalar) -> Scalar {
    if a == b {
        a
    } else {
        Scalar::unify(a, b)
    }
}

/// How many times one variable's type can widen: bool, then the ints
/// (each join picks a strictly wider one: at most 8 widths and
/// signednesses), then f32, f64.
const LATTICE_HEIGHT: usize = 12;

/// The fixed point's current types, and the names the round has looked up
/// or bound so far: a type that changes after that makes the round stale
/// (what was typed before used the old type), so it runs again. Straight-line
/// code never is: each name gets its type at its first assignment, before
/// any later statement reads it.
#[derive(Clone, Default)]
struct Beliefs {
    types: HashMap<String, Scalar>,
    seen: RefCell<HashSet<String>>,
}

impl Beliefs {
    fn get(&self, name: &str) -> Option<&Scalar> {
        self.see(name);
        self.types.get(name)
    }

    fn contains_key(&self, name: &str) -> bool {
        self.see(name);
        self.types.contains_key(name)
    }

    /// A compiler temporary's type, fixed when it is made.
    fn insert(&mut self, name: String, ty: Scalar) {
        self.types.insert(name, ty);
    }

    fn see(&self, name: &str) {
        let mut seen = self.seen.borrow_mut();
        if !seen.contains(name) {
            seen.insert(name.to_string());
        }
    }

    /// Joins `ty` into `name`'s type; true if that changed a type this
    /// round already used.
    fn widen(&mut self, name: &str, ty: Scalar) -> bool {
        let old = self.types.get(name).copied();
        let new = old.map_or(ty, |old| join(old, ty));
        let stale = old != Some(new) && self.seen.borrow().contains(name);
        self.types.insert(name.to_string(), new);
        self.see(name);
        stale
    }
}

/// Every function a module needs, typed: its exports, and each helper once
/// per distinct argument-type signature it is called with.
pub fn type_module(source: &Source, globals: &Globals, exports: &[Export]) -> Result<Vec<TypedFunction>> {
    let specs = Specs {
        source,
        globals,
        exports,
        table: RefCell::new(Vec::new()),
        done: RefCell::new(Vec::new()),
        errors: RefCell::new(Vec::new()),
        partial: RefCell::new(HashMap::new()),
        blocked: RefCell::new(Vec::new()),
        none_calls: optional::none_calls(globals),
    };
    // Exports first, so that a recursive call finds its declared return type.
    for e in exports {
        let state = match &e.signature.ret {
            Return::Declared(d) => SpecState::InProgress(KnownReturn::Value(d.clone())),
            Return::Void => SpecState::InProgress(KnownReturn::Void),
            Return::Infer if !returns_a_value(&e.function.body) => SpecState::InProgress(KnownReturn::Void),
            Return::Infer => SpecState::Pending,
        };
        specs.table.borrow_mut().push(SpecEntry {
            name: e.function.name.to_string(),
            args: e.signature.args.clone(),
            symbol: crate::abi::kernel_symbol(&e.name),
            state,
            recursive: false,
        });
    }
    let mut failed = false;
    for i in 0..exports.len() {
        // An export another one called is typed already.
        match specs.table.borrow()[i].state {
            SpecState::Done(_) => continue,
            SpecState::Failed => {
                failed = true;
                continue;
            }
            _ => {}
        }
        failed |= specs.type_export(i).is_err();
    }
    let mut errors = specs.errors.into_inner();
    // A function typed again (a later round, another caller's types) may
    // report the same error twice: each is shown once.
    let mut shown: Vec<Diagnostic> = Vec::new();
    errors.retain(|d| {
        let new = !shown.contains(d);
        if new {
            shown.push(d.clone());
        }
        new
    });
    if failed || !errors.is_empty() {
        return Err(Diagnostics::new(source, errors));
    }
    let mut functions = specs.done.into_inner();
    guard_recursion(&mut functions);
    loopinvariant::run(&mut functions);
    Ok(functions)
}

/// A function that can reach itself through calls checks at entry that the
/// thread's stack has room (compiled frames are small: the limit is the
/// stack, not CPython's 1000 calls). Past it the check jumps straight back
/// to the exported call's wrapper, which raises RecursionError: the check
/// raises nothing the kernel sees, so it adds no error flag to the function
/// and its callers (analysis::effects gives them `stack_guarded`, and their
/// wrappers set the jump target).
fn guard_recursion(functions: &mut [TypedFunction]) {
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
fn any_node(e: &TExpr, p: &impl Fn(&TExpr) -> bool) -> bool {
    p(e) || e.children().into_iter().any(|x| any_node(x, p))
}

/// The variables statement `s` (or anything nested in it) sets.
fn stmt_sets(s: &TStmt, out: &mut Vec<Var>) {
    match s {
        TStmt::Assign { var, .. } => out.push(*var),
        TStmt::ParallelAssign { vars, .. } | TStmt::CallAssign { vars, .. } | TStmt::ListPop { vars, .. } => {
            out.extend(vars)
        }
        TStmt::ListNew { list, .. } => out.push(list.header),
        TStmt::Dict { .. } => out.extend(s.dict_defs()),
        TStmt::Alloc { array, .. } => out.extend(array.vars()),
        TStmt::NpValue { var, imag, .. } => out.extend(std::iter::once(*var).chain(*imag)),
        TStmt::If { then: a, orelse: b, .. }
        | TStmt::While { body: a, orelse: b, .. }
        | TStmt::Try { body: a, handler: b } => a.iter().chain(b).for_each(|s| stmt_sets(s, out)),
        TStmt::Seq(body) => body.iter().for_each(|s| stmt_sets(s, out)),
        TStmt::For { var, body, orelse, .. } => {
            out.push(*var);
            body.iter().chain(orelse).for_each(|s| stmt_sets(s, out));
        }
        TStmt::Break
        | TStmt::Continue
        | TStmt::Return { .. }
        | TStmt::Raise { .. }
        | TStmt::Call { .. }
        | TStmt::Store { .. }
        | TStmt::Print { .. }
        | TStmt::Fail { .. }
        | TStmt::ListStore { .. }
        | TStmt::ListAppend { .. } => {}
    }
}

/// The specializations of one module, typed on demand.
struct Specs<'a> {
    source: &'a Source,
    globals: &'a Globals,
    /// The module's exports: `table`'s first entries, in order.
    exports: &'a [Export],
    table: RefCell<Vec<SpecEntry>>,
    done: RefCell<Vec<TypedFunction>>,
    errors: RefCell<Vec<Diagnostic>>,
    /// For a helper whose typing failed: what its return statements that
    /// did type return, joined (a recursive helper's guess).
    partial: RefCell<HashMap<String, Ty>>,
    /// The entries that a recursive call reached before their return type
    /// was known, in order: a helper that failed on one of its callers'
    /// calls (mutual recursion) is typed again once that caller guesses.
    blocked: RefCell<Vec<usize>>,
    /// The file's functions that may return None (read from source once).
    none_calls: HashSet<String>,
}

struct SpecEntry {
    name: String,
    args: Vec<Ty>,
    symbol: String,
    state: SpecState,
    /// A call reached it while its return type was unknown (recursion).
    recursive: bool,
}

enum SpecState {
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
enum KnownReturn {
    Unknown,
    Void,
    Value(Ty),
}

impl Specs<'_> {
    /// Types export `i` (its entry in `table`); its return type, or Err
    /// after its errors are recorded.
    fn type_export(&self, i: usize) -> std::result::Result<Option<Ty>, ()> {
        let symbol = {
            let mut table = self.table.borrow_mut();
            if matches!(table[i].state, SpecState::Pending) {
                table[i].state = SpecState::InProgress(KnownReturn::Unknown);
            }
            table[i].symbol.clone()
        };
        match type_function(self, &self.exports[i], symbol, true) {
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
    fn returns_tolist(&self, symbol: &str) -> bool {
        let none_items = |t: &Option<Ty>| matches!(t, Some(Ty::Tuple(xs)) if xs.iter().any(|x| matches!(x, Ty::Optional(_) | Ty::Str)));
        self.done.borrow().iter().any(|f| f.symbol == symbol && (f.ret_tolist || none_items(&f.ret)))
    }

    /// Whether the typed function `symbol` returns a str or None (a null
    /// address for None: only an export's wrapper can box it).
    fn optional_str(&self, symbol: &str) -> bool {
        let done = self.done.borrow();
        done.iter().any(|f| f.symbol == symbol && f.ret_optional && f.ret == Some(Ty::Str))
    }

    /// Whether the typed function `symbol` returns a str (its call is a
    /// str's address, as a str variable's value).
    fn returns_str(&self, symbol: &str) -> bool {
        let done = self.done.borrow();
        done.iter().any(|f| f.symbol == symbol && !f.ret_optional && f.ret == Some(Ty::Str))
    }

    /// The positions of the array arguments that the typed function
    /// `symbol` stores into; None while it is still being typed.
    fn written(&self, symbol: &str) -> Option<Vec<usize>> {
        let done = self.done.borrow();
        let f = done.iter().find(|f| f.symbol == symbol)?;
        // A tuple parameter's array elements are written as `t.0`, `t.1`, ...
        let stored = |name: &str| f.written.iter().any(|w| w == name || w.starts_with(&format!("{name}.")));
        Some(f.py_params.iter().enumerate().filter(|(_, (name, _))| stored(name)).map(|(j, _)| j).collect())
    }

    /// The list parameters (by position) helper `symbol` gave an item type
    /// to, with that type (sema/containers/listpass.rs).
    fn filled(&self, symbol: &str) -> Vec<(usize, Ty)> {
        let done = self.done.borrow();
        let Some(f) = done.iter().find(|f| f.symbol == symbol) else { return Vec::new() };
        f.filled_lists
            .iter()
            .filter_map(|(name, t)| Some((f.py_params.iter().position(|(p, _)| p == name)?, t.clone())))
            .collect()
    }

    /// The symbol and return type of the helper at `i` of the table, asked
    /// for again: typed, being typed (a recursive call), failed or pending.
    fn requested(
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
    fn request(
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
    fn request_as(
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
        let mut typed = type_function(self, &export, symbol.clone(), false);
        // A recursive helper: its recursive calls could not be typed, but
        // its other returns give the return type to assume; typing again
        // with it must come out the same (else the first errors stand).
        let guess = self.partial.borrow().get(&symbol).cloned();
        let recursive = self.table.borrow()[index].recursive;
        if let (Err(_), true, Some(guess)) = (&typed, recursive, guess) {
            if let Some(f) = self.type_with_guess(index, &export, &symbol, guess) {
                typed = Ok(f);
            }
        }
        match typed {
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

/// A type as a part of a helper's symbol: one symbol per signature.
fn short_ty(t: &Ty) -> String {
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

impl Specs<'_> {
    /// Types recursive helper `index` again assuming it returns `guess`,
    /// widened until the typed return agrees (an int base case with a
    /// float recursive case); None if it never does, or if helpers were
    /// typed under a guess that changed (mutual recursion: they would be
    /// stale).
    fn type_with_guess(&self, index: usize, export: &Export, symbol: &str, mut guess: Ty) -> Option<TypedFunction> {
        for _ in 0..3 {
            let helpers = self.table.borrow().len();
            self.table.borrow_mut()[index].state = SpecState::InProgress(KnownReturn::Value(guess.clone()));
            let f = type_function(self, export, symbol.to_string(), false).ok()?;
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

/// Whether a `return` in `body` (not in a nested function) gives a value
/// other than None.
fn returns_a_value(body: &[Stmt]) -> bool {
    any_return(body, &|r| r.value.as_deref().is_some_and(|v| !optional::is_none(v)))
}

/// Whether some `return` in `body` (its nested blocks, not nested
/// functions) satisfies `pred`.
fn any_return(body: &[Stmt], pred: &dyn Fn(&ast::StmtReturn) -> bool) -> bool {
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
fn py_defaults(export: &Export, py_params: &[(String, Ty)], globals: &Globals) -> Vec<Option<ConstValue>> {
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
fn param_names(f: &ast::StmtFunctionDef) -> HashSet<String> {
    let a = &f.args;
    let plain = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string());
    plain.chain(a.vararg.iter().chain(&a.kwarg).map(|p| p.arg.to_string())).collect()
}

fn type_function(specs: &Specs, export: &Export, symbol: String, exported: bool) -> Result<TypedFunction> {
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
            if !exported {
                record_partial(specs, &symbol, &cx.returns);
            }
            if exported {
                export_returns(source, &cx.returns)?;
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
fn prepared_body(export: &Export, globals: &Globals) -> Vec<Stmt> {
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

/// What the rounds of typing know about a function's names: each round
/// starts from them, and the typing ends when a round learns nothing new.
#[derive(Clone)]
struct Facts {
    types: HashMap<String, Scalar>,
    arity: HashMap<String, usize>,
    arrays: HashMap<String, ArrayTy>,
    sources: HashMap<String, std::collections::BTreeSet<String>>,
    complex: HashSet<String>,
    lists: HashMap<String, usize>,
    dicts: HashMap<String, (usize, usize)>,
    strs: HashSet<String>,
    shapes: HashMap<String, Ty>,
    optional: HashSet<String>,
}

impl Facts {
    /// The parameters, what they tell before the first round, and the
    /// plain parameters the body sets to None.
    fn start(pv: ParamVars, body: &[Stmt], none_calls: &HashSet<String>) -> (Vec<Param>, Facts, Vec<String>) {
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
    fn install(&self, cx: &mut Typer) {
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
    fn widened(&self, cx: &Typer) -> HashMap<String, Scalar> {
        let mut widened = self.types.clone();
        for (name, ty) in &cx.assigned {
            let t = widened.get(name).map_or(*ty, |&old| join(old, *ty));
            widened.insert(name.clone(), t);
        }
        widened.retain(|n, _| !cx.complex.contains(n));
        widened
    }

    /// Whether the round learned nothing (its widened types flag `stale`).
    fn settled(&self, cx: &Typer) -> bool {
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
    fn learn(&mut self, cx: &mut Typer) {
        self.arity = std::mem::take(&mut cx.arity);
        self.complex = std::mem::take(&mut cx.complex);
        self.arrays = std::mem::take(&mut cx.arrays);
        self.sources = std::mem::take(&mut cx.array_sources);
        self.learn_containers(cx);
    }

    /// Takes what the round learned about lists, dicts and strs.
    fn learn_containers(&mut self, cx: &mut Typer) {
        self.lists = std::mem::take(&mut cx.lists);
        self.dicts = std::mem::take(&mut cx.dicts);
        self.strs = std::mem::take(&mut cx.strs);
        self.shapes = std::mem::take(&mut cx.list_shapes);
    }
}

/// Whether a list whose items were unknown (or a number) when the round
/// began holds tuples now.
fn lists_learned_tuples(before: &HashMap<String, usize>, after: &HashMap<String, usize>) -> bool {
    after.iter().any(|(name, &k)| k > 1 && before.get(name).copied().unwrap_or(0) == 0)
}

/// The Python-level parameters of `export` with their signature types.
fn py_params(export: &Export) -> Vec<(String, Ty)> {
    let f = &export.function;
    f.args
        .posonlyargs
        .iter()
        .chain(&f.args.args)
        .zip(&export.signature.args)
        .map(|(arg, ty)| (arg.def.arg.to_string(), ty.clone()))
        .collect()
}

/// A plain parameter the body sets to None starts as a number.
fn plain_optionals(params: &[Param], optional: &HashSet<String>, optional_params: &[String]) -> Vec<String> {
    params
        .iter()
        .filter(|p| optional.contains(&p.name) && !optional_params.contains(&p.name))
        .map(|p| p.name.clone())
        .collect()
}

/// Splits the names whose kinds clashed into webs (webs.rs); true when the
/// body changed, so the typing starts over.
fn split_clashes(body_stmts: &mut Vec<Stmt>, split_names: &mut HashSet<String>, clashes: Vec<String>) -> bool {
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
fn record_partial(specs: &Specs, symbol: &str, returns: &[(Option<Ty>, Range<usize>)]) {
    let mut valued = returns.iter().filter_map(|(t, _)| t.clone());
    if let Some(first) = valued.next() {
        if let Some(joined) = valued.try_fold(first, |acc, t| join_ty(&acc, &t)) {
            specs.partial.borrow_mut().insert(symbol.to_string(), joined);
        }
    }
}

/// The fixed point was not reached: no type-based diagnostic can be trusted.
fn unsettled(source: &Source, f: &ast::StmtFunctionDef) -> Diagnostics {
    Diagnostics::new(
        source,
        vec![Diagnostic::error(format!("internal compiler error: types of `{}` did not settle", f.name))
            .at(range(f), "in this function")],
    )
}

/// A function's parameters as the variables of its body.
#[derive(Default)]
struct ParamVars {
    params: Vec<Param>,
    arity: HashMap<String, usize>,
    arrays: HashMap<String, ArrayTy>,
    sources: HashMap<String, std::collections::BTreeSet<String>>,
    complex: HashSet<String>,
    list_params: Vec<(String, Vec<Scalar>)>,
    dict_params: Vec<(String, Vec<Scalar>, Vec<Scalar>)>,
    optional_params: Vec<String>,
    strs: HashSet<String>,
    /// List parameters whose items are arrays or tuples holding them, with
    /// the item's shape (sema/containers/listpass.rs).
    shaped_params: Vec<(String, Ty)>,
    /// Set parameters with their items' parts (sema/containers/strings/sets.rs).
    set_params: Vec<(String, Vec<Scalar>)>,
}

/// Whether `export` declares a tuple result holding a list or a str
/// (`'Tuple((i8, List(i8)))(...)'`): its return display is boxed item by
/// item as an inferred one's (sema/containers/tupleresults.rs), then checked against
/// the declaration.
fn declares_container_tuple(export: &Export) -> bool {
    matches!(&export.signature.ret, Return::Declared(Ty::Tuple(xs))
        if xs.iter().any(|x| matches!(x, Ty::List(_) | Ty::ListOf(_) | Ty::Str)))
}

/// The parameters of `export` as variables: a tuple parameter is its
/// elements, each a variable of its own; an array, complex or optional
/// one several; a list, str or dict one the caller's handle.
fn param_vars(source: &Source, export: &Export, exported: bool) -> Result<ParamVars> {
    let f = &export.function;
    let mut pv = ParamVars::default();
    for (arg, ty) in f.args.posonlyargs.iter().chain(&f.args.args).zip(&export.signature.args) {
        let name = arg.def.arg.to_string();
        match ty {
            Ty::Scalar(s) => pv.params.push(Param { name, ty: *s, span: range(&arg.def) }),
            Ty::Tuple(xs) => {
                if exported && xs.iter().any(|x| matches!(x, Ty::Tuple(_))) {
                    return Err(Diagnostics::new(
                        source,
                        vec![Diagnostic::error(
                            "a nested tuple parameter of an exported function is not supported yet",
                        )
                        .at(range(&arg.def), "a nested tuple")
                        .note("nested tuples work in the body, in results and as helpers' parameters")],
                    ));
                }
                if xs.iter().any(|x| matches!(x, Ty::List(_) | Ty::ListOf(_) | Ty::Str)) {
                    return Err(Diagnostics::new(
                        source,
                        vec![Diagnostic::error("a tuple parameter holding a list or a str is not supported yet")
                            .at(range(&arg.def), "a tuple holding a list or a str")
                            .note("pass the list or the str as a parameter of its own")],
                    ));
                }
                pv.tuple_param(name, xs, &range(&arg.def));
            }
            Ty::Array(a) => {
                for (pname, _) in arrays::param_names(&name, a) {
                    pv.params.push(Param { name: pname, ty: Scalar::I64, span: range(&arg.def) });
                }
                pv.sources.insert(name.clone(), [name.clone()].into());
                pv.arrays.insert(name, *a);
            }
            Ty::Complex(p) => {
                for j in 0..2 {
                    pv.params.push(Param { name: element_name(&name, j), ty: *p, span: range(&arg.def) });
                }
                pv.complex.insert(name);
            }
            // `optional(T)`: its is-None flag, then its value (sema/numbers/optional.rs).
            Ty::Optional(s) => {
                pv.params.push(Param { name: optional::flag_name(&name), ty: Scalar::Bool, span: range(&arg.def) });
                pv.params.push(Param { name: name.clone(), ty: *s, span: range(&arg.def) });
                pv.optional_params.push(name);
            }
            // `optional(T[:])`: its is-None flag, then the array's
            // descriptor (zero when None; sema/numbers/optional.rs).
            Ty::OptionalArray(a) => {
                pv.params.push(Param { name: optional::flag_name(&name), ty: Scalar::Bool, span: range(&arg.def) });
                for (pname, _) in arrays::param_names(&name, a) {
                    pv.params.push(Param { name: pname, ty: Scalar::I64, span: range(&arg.def) });
                }
                pv.sources.insert(name.clone(), [name.clone()].into());
                pv.arrays.insert(name.clone(), *a);
                pv.optional_params.push(name);
            }
            // A helper's list parameter: the caller's list (sema/containers/lists.rs).
            Ty::List(items) => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.list_params.push((name, items.clone()));
            }
            // A helper's list of arrays or of tuples holding arrays: the
            // caller's list, its item shape known (sema/containers/listpass.rs).
            Ty::ListOf(item) => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.list_params.push((name.clone(), item.flat()));
                pv.sources.insert(format!("{name}[]"), [name.clone()].into());
                pv.shaped_params.push((name, (**item).clone()));
            }
            // A str: its object's address (sema/containers/strings.rs).
            Ty::Str => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.strs.insert(name);
            }
            // A set: the caller's set object's address (sema/containers/strings/sets.rs).
            Ty::Set(parts) => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.set_params.push((name, parts.clone()));
            }
            // A helper's dict parameter: the caller's dict (sema/containers/dicts.rs).
            Ty::Dict(k, v) => {
                pv.params.push(Param { name: name.clone(), ty: Scalar::I64, span: range(&arg.def) });
                pv.dict_params.push((name, k.clone(), v.clone()));
            }
        }
    }
    Ok(pv)
}

impl ParamVars {
    /// A tuple parameter's elements, depth first, in order (the caller
    /// passes the tuple flattened).
    fn tuple_param(&mut self, name: String, xs: &[Ty], span: &Range<usize>) {
        let mut stack: Vec<(String, Ty)> =
            xs.iter().enumerate().rev().map(|(j, x)| (element_name(&name, j), x.clone())).collect();
        self.arity.insert(name, xs.len());
        while let Some((elem, x)) = stack.pop() {
            match x {
                Ty::Complex(p) => {
                    for k in 0..2 {
                        self.params.push(Param { name: element_name(&elem, k), ty: p, span: span.clone() });
                    }
                    self.complex.insert(elem);
                }
                // An array element is the array variable `t.j`, a
                // parameter of its own (the wrapper checks it as one).
                Ty::Array(a) => {
                    for (pname, _) in arrays::param_names(&elem, &a) {
                        self.params.push(Param { name: pname, ty: Scalar::I64, span: span.clone() });
                    }
                    self.sources.insert(elem.clone(), [elem.clone()].into());
                    self.arrays.insert(elem, a);
                }
                Ty::Tuple(ys) => {
                    stack.extend(ys.iter().enumerate().rev().map(|(k, y)| (element_name(&elem, k), y.clone())));
                    self.arity.insert(elem, ys.len());
                }
                _ => self.params.push(Param { name: elem, ty: x.flat()[0], span: span.clone() }),
            }
        }
    }
}

/// The defaults of the parameters the signature leaves out, as
/// assignments at the start of the body.
fn default_assigns(export: &Export) -> Vec<Stmt> {
    let f = &export.function;
    f.args
        .posonlyargs
        .iter()
        .chain(&f.args.args)
        .skip(export.signature.args.len())
        .filter_map(|a| {
            let value = a.default.as_ref()?;
            let target =
                Expr::Name(ast::ExprName { range: a.def.range, id: a.def.arg.clone(), ctx: ast::ExprContext::Store });
            Some(Stmt::Assign(ast::StmtAssign {
                range: a.def.range.cover(ast::Ranged::range(value.as_ref())),
                targets: vec![target],
                value: value.clone(),
                type_comment: None,
            }))
        })
        .collect()
}

/// What an exported function cannot return: a dict in a tuple, a list
/// other than of int64, float64 or bool, a list in a tuple. (A dict of
/// numbers or tuples of numbers is a new Python dict; one of str keys is
/// refused where it is returned.)
fn export_returns(source: &Source, returns: &[(Option<Ty>, Range<usize>)]) -> Result<()> {
    let in_tuple = |t: &Option<Ty>| matches!(t, Some(Ty::Tuple(xs)) if xs.iter().any(|x| matches!(x, Ty::Dict(..))));
    if let Some((_, span)) = returns.iter().find(|(t, _)| in_tuple(t)) {
        return Err(Diagnostics::new(
            source,
            vec![Diagnostic::error("returning a dict inside a tuple from an exported function is not supported yet")
                .at(span.clone(), "returns a dict in a tuple")
                .note("return the dict alone, or numbers, tuples or arrays built from it")],
        ));
    }
    // A list result is a new Python list of int64, float64 or bool.
    let boxable = |t: &Option<Ty>| match t {
        Some(Ty::List(xs)) => matches!(
            xs.as_slice(),
            [Scalar::Bool | Scalar::Int { bits: 64, signed: true } | Scalar::Float { bits: 64 }]
        ),
        // Lists in a tuple result (sema/containers/tupleresults.rs checked their items).
        Some(Ty::Tuple(_)) => true,
        // A list of real arrays (sema/containers/arraylists.rs's array_list_return).
        Some(Ty::ListOf(item)) => match &**item {
            Ty::Array(a) => !a.complex,
            // A list of lists of numbers (sema/containers/nestedresults.rs).
            Ty::List(xs) => matches!(
                xs.as_slice(),
                [Scalar::Bool | Scalar::Int { bits: 64, signed: true } | Scalar::Float { bits: 64 }]
            ),
            _ => false,
        },
        _ => true,
    };
    if let Some((_, span)) = returns.iter().find(|(t, _)| !boxable(t)) {
        return Err(Diagnostics::new(
            source,
            vec![Diagnostic::error("returning this list from an exported function is not supported yet")
                .at(span.clone(), "returns a list")
                .note("an exported function can return a list of int64, float64 or bool (a new Python list), not a list of other numbers or of tuples, nor a list in a tuple")],
        ));
    }
    Ok(())
}

/// The variable holding element `j` of the tuple variable `name` (a dot
/// cannot clash with a Python name).
fn element_name(name: &str, j: usize) -> String {
    format!("{name}.{j}")
}

/// A typed value: a scalar expression, or a tuple as its element values
/// (scalars, complex numbers, arrays and tuples).
enum Val {
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
    fn ty(&self) -> Ty {
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
    fn scalar_parts(&mut self) -> Vec<&mut TExpr> {
        match self {
            Val::Scalar(x) => vec![x],
            Val::Complex(re, im) => vec![re, im],
            Val::Tuple(xs) => xs.iter_mut().flat_map(Val::scalar_parts).collect(),
            Val::Array(_) | Val::List(_) | Val::Dict(_) => Vec::new(),
        }
    }

    fn flat(self, span: &Range<usize>) -> Vec<TExpr> {
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
struct Checkpoint {
    pre: usize,
    lets: usize,
    errors: usize,
}

struct Typer<'a> {
    source: &'a Source,
    globals: &'a Globals,
    specs: &'a Specs<'a>,
    /// Current belief about each variable's type.
    types: Beliefs,
    /// A type changed after this round used it: the round must run again.
    stale: bool,
    /// Variables in order of first appearance (parameters first).
    vars: Vec<VarInfo>,
    index: HashMap<String, Var>,
    /// What this round assigned, joined per name.
    assigned: HashMap<String, Scalar>,
    returns: Vec<(Option<Ty>, Range<usize>)>,
    /// Tuple variables and their lengths (elements are `element_name` vars).
    arity: HashMap<String, usize>,
    /// Array variables (their descriptor is `arrays::param_names` vars).
    arrays: HashMap<String, ArrayTy>,
    /// For each array variable, the array parameters it may alias: a store
    /// through it needs their buffers writable.
    array_sources: HashMap<String, std::collections::BTreeSet<String>>,
    /// Complex variables (their parts are `element_name` vars 0 and 1).
    complex: HashSet<String>,
    /// Array parameters stored into.
    written: std::collections::BTreeSet<String>,
    /// Statements to run before the one being typed: calls returning a
    /// tuple, bound to fresh variables.
    pre: Vec<TStmt>,
    /// Shared values (see `TExprKind::Let`) not yet bound: an expression
    /// that uses them wraps itself in a Let (`wrap_lets`); what remains when
    /// a statement is typed becomes assignments before it.
    lets: Vec<(Var, TExpr)>,
    temps: usize,
    loop_depth: usize,
    errors: Vec<Diagnostic>,
    /// Names whose assignment failed to type: already reported, so their
    /// uses stay quiet instead of cascading.
    poisoned: HashSet<String>,
    /// Where `t.index(x)` of a tuple became a list display's `index`
    /// (tuplesugar.rs): its error is the tuple's.
    tuple_index_calls: HashSet<usize>,
    /// The spans of the `np.dot` calls that stand for `a @ b` (numpy's
    /// matmul, which sums in order where a stride is not BLAS's).
    matmul_spans: HashSet<(usize, usize)>,
    /// The span of a comparison that stands for a numpy comparison ufunc
    /// (`np.less(a, x)`): numpy converts an int compared with a float to
    /// float64 first, where Python compares by value.
    numpy_compare: Option<Range<usize>>,
    /// The text of each call `hoist_temps` has bound to a temporary, in order.
    hoisted_texts: Vec<String>,
    /// How many `a @ b` hoist_temps has rewritten.
    rewrites: usize,
    /// A callee failed to type (and reported why): this function fails too.
    callee_failed: bool,
    /// This function passed a list holding arrays to a helper (sema/containers/listpass.rs).
    shares_arrays: bool,
    /// Typing a helper call's arguments: a list holding arrays may be
    /// passed (sema/containers/listpass.rs), where it may not be returned.
    passing_args: bool,
    /// The first `nparams` variables are the kernel's parameters.
    nparams: usize,
    /// List variables and the parts of their items (0: not known yet;
    /// sema/containers/lists.rs).
    lists: HashMap<String, usize>,
    /// Where each list variable is first made, for diagnostics.
    list_spans: HashMap<String, Range<usize>>,
    /// Dict variables and the parts of their keys and values (0: not
    /// known yet; sema/containers/dicts.rs), and where each is first made.
    dicts: HashMap<String, (usize, usize)>,
    dict_spans: HashMap<String, Range<usize>>,
    /// Names that may hold None (sema/numbers/optional.rs), and those of them
    /// known to hold a number at the statement being typed.
    optional: HashSet<String>,
    not_none: HashSet<String>,
    /// `not_none` on entry to each loop being typed, innermost last: its
    /// else clause may run after no iteration at all.
    loop_entry: Vec<HashSet<String>>,
    /// Whether this function may return None beside numbers (numba's
    /// Optional: a helper, or an export whose return is inferred or
    /// declared optional(T)), and where it returns an optional variable.
    optional_return_ok: bool,
    /// An export declaring an array result, which may return None beside
    /// it (CPython's None; numba's Optional cast): optional.rs.
    optional_array_ok: bool,
    /// The file's functions that may return None beside a value: a name
    /// assigned one's call may hold None.
    none_calls: &'a HashSet<String>,
    returns_optional: Option<Range<usize>>,
    /// Whether this function is an export whose return is inferred (its
    /// `return a.tolist()` may be numpy's own, in the wrapper), and the
    /// returns that are (npmethods.rs).
    tolist_ok: bool,
    tolist_returns: HashSet<Range<usize>>,
    /// The positions of this export's tuple result that some return sets
    /// to None (optional.rs).
    none_slots: std::collections::BTreeSet<usize>,
    /// Typing an export's `return f(x)` of a str helper (strings.rs), and
    /// whether one returned a helper's str or None.
    str_return_direct: bool,
    null_str_return: bool,
    /// The item type of each list whose items are nested tuples (their
    /// parts are stored flat; sema/containers/tuples.rs).
    list_shapes: HashMap<String, Ty>,
    /// Inside an operand that runs only sometimes (after `and`/`or`, an
    /// arm of `x if c else y`): statements queued before the statement
    /// (`pre`) would run always, so what needs them is a diagnostic there.
    conditional: usize,
    /// Temporaries standing for an item of a list of lists (`dp[i]`): the
    /// name whose `lists` entry and item beliefs they share (`dp[]`).
    list_alias: HashMap<String, String>,
    /// Dicts standing for (or bound to) an item of a list of dicts: the
    /// dict name holding the list's dicts' types (sema/containers/dictlists.rs).
    dict_links: HashMap<String, String>,
    /// The str parameters (sema/containers/strings.rs).
    strs: HashSet<String>,
    /// Locals bound only to array elements (sema/numbers/npscalarvars.rs).
    element_binds: HashMap<String, (Vec<Expr>, bool)>,
    /// Locals bound only to `np.array(...)` / `np.asarray(...)` of one
    /// value (sema/ndarray/zerod.rs), and whether the function is an export.
    zero_d: HashSet<String>,
    exported: bool,
    /// Names used as a list (`del p[k]`, `p[i]`): an `np.split` into one
    /// of them is numpy's list, not a tuple (nptuples.rs).
    list_splits: HashSet<String>,
    /// Names assigned values of two kinds (a number and an array, ...):
    /// split into webs if their uses do not overlap (webs.rs).
    clashes: Vec<String>,
    /// The except clauses being typed that re-raise, innermost last
    /// (reraise.rs).
    kept: Vec<reraise::Kept>,
    /// The function has numba's `error_model='numpy'` (errmodel.rs).
    numpy_errors: bool,
    /// The signature's declared return type, if any (retlayout.rs).
    declared_ret: Option<Ty>,
}

impl<'a> Typer<'a> {
    fn new(
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
    fn checkpoint(&self) -> Checkpoint {
        Checkpoint { pre: self.pre.len(), lets: self.lets.len(), errors: self.errors.len() }
    }

    fn rollback(&mut self, at: Checkpoint) {
        self.pre.truncate(at.pre);
        self.lets.truncate(at.lets);
        self.errors.truncate(at.errors);
    }

    /// A fresh compiler temporary of type `ty` (`$<prefix><n>`: a `$`
    /// cannot clash with a Python name).
    fn fresh(&mut self, prefix: &str, ty: Scalar) -> Var {
        let name = format!("${prefix}{}", self.temps);
        self.temps += 1;
        let var = self.var(&name);
        self.vars[var].ty = ty;
        self.types.insert(name, ty);
        var
    }

    /// The variable `name`, created on first sight with its current type.
    fn var(&mut self, name: &str) -> Var {
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
    fn share(&mut self, e: TExpr) -> TExpr {
        self.share_at(self.lets.len(), e)
    }

    /// `share`, with the binding inserted at position `at` of `lets`.
    fn share_at(&mut self, at: usize, e: TExpr) -> TExpr {
        let cheap = |k: &TExprKind| matches!(k, TExprKind::Var(_) | TExprKind::Const(_));
        if cheap(&e.kind) || matches!(&e.kind, TExprKind::Cast(x) if cheap(&x.kind)) {
            return e;
        }
        // Shared values run before the statement's queued statements
        // (`pre`), so one that reads what those set (`np.sum(a)`'s result,
        // a view) is copied instead: it has no effects to repeat.
        if !self.pre.is_empty() && !any_node(&e, &|x| matches!(x.kind, TExprKind::Call(..) | TExprKind::Runtime(..))) {
            let mut queued = Vec::new();
            self.pre.iter().for_each(|s| stmt_sets(s, &mut queued));
            let reads = |x: &TExpr| match &x.kind {
                TExprKind::Var(v) => queued.contains(v),
                TExprKind::Load(r, _) => r.vars().iter().any(|v| queued.contains(v)),
                TExprKind::ListLoad(l, ..) | TExprKind::ListLen(l) => queued.contains(&l.header),
                _ => false,
            };
            if any_node(&e, &reads) {
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
    fn in_order(&mut self, xs: &[Expr], each: fn(&mut Self, &Expr) -> Option<Val>) -> Option<Vec<Val>> {
        let mut ends = vec![self.lets.len()];
        let mut queued = Vec::new();
        let mut vals = Vec::new();
        for x in xs {
            let before = self.pre.len();
            vals.push(each(self, x));
            ends.push(self.lets.len());
            queued.push(self.pre.len() > before);
        }
        let mut vals: Vec<Val> = vals.into_iter().collect::<Option<_>>()?;
        self.keep_order(&mut vals, &ends, &queued);
        Some(vals)
    }

    /// `items` were typed in order, item k sharing `lets[ends[k]..ends[k +
    /// 1]]`, which are computed before the statement, so before the items'
    /// own expressions, and queuing statements (`pre`: an array it makes, a
    /// call returning several values) if `queued[k]`, which run after the
    /// shared values: the items before the last one that does either are
    /// shared too, each at its place, so that everything runs in Python's
    /// order (an earlier item's exception comes first).
    fn keep_order(&mut self, items: &mut [Val], ends: &[usize], queued: &[bool]) {
        let Some(last) = (0..items.len()).rev().find(|&k| ends[k + 1] > ends[k] || queued[k]) else { return };
        for k in (0..last).rev() {
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
    fn before_queued(&mut self, queued: usize, l: TExpr) -> TExpr {
        if matches!(l.kind, TExprKind::Const(_)) {
            return l;
        }
        let (ty, at) = (l.ty, l.span.clone());
        let var = self.fresh("left", ty);
        self.pre.insert(queued, TStmt::Assign { var, value: l });
        TExpr { ty, kind: TExprKind::Var(var), span: at }
    }

    /// `e` inside a Let of the values shared since `mark`.
    fn wrap_lets(&mut self, mark: usize, e: TExpr) -> TExpr {
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
    fn lets_to_pre(&mut self, mark: usize) {
        if self.lets.len() > mark {
            let binds = self.lets.split_off(mark);
            self.pre.extend(binds.into_iter().map(|(var, value)| TStmt::Assign { var, value }));
        }
    }

    fn assign(&mut self, name: &str, value: TExpr) -> TStmt {
        let (var, value) = self.bind(name, value);
        TStmt::Assign { var, value }
    }

    /// Records an assignment for the fixed point; the value cast to the
    /// variable's current type.
    fn bind(&mut self, name: &str, value: TExpr) -> (Var, TExpr) {
        self.note_assigned(name, value.ty);
        let var = self.var(name);
        let ty = self.types.types[name];
        (var, cast(value, ty))
    }

    /// Records that `name` is assigned a `ty`: for the next round, and in
    /// this one's types, so that later statements read it at once.
    fn note_assigned(&mut self, name: &str, ty: Scalar) {
        let t = self.assigned.get(name).map_or(ty, |&old| join(old, ty));
        self.assigned.insert(name.to_string(), t);
        self.stale |= self.types.widen(name, ty);
    }

    /// Binds a value to `name`: a scalar to the variable, a tuple to its
    /// element variables. A name holds numbers or tuples of one length.
    fn bind_val(&mut self, name: &str, v: Val, span: Range<usize>) -> Option<Vec<(Var, TExpr)>> {
        if !self.check_optional_bind(name, &v, &span) {
            return None;
        }
        if let Val::Array(src) = v {
            return self.bind_array(name, src, span);
        }
        if let Val::List(l) = v {
            return self.bind_list(name, l, span);
        }
        if let Val::Dict(d) = v {
            return self.bind_dict(name, d, span);
        }
        if self.lists.contains_key(name) || self.dicts.contains_key(name) {
            self.clashes.push(name.to_string());
            let what = if self.lists.contains_key(name) { "a list" } else { "a dict" };
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` holds {what}; it cannot also hold {}",
                    if matches!(v, Val::Tuple(_)) { "a tuple" } else { "a number" }
                ))
                .at(span, "assigns another kind of value")
                .note("one variable keeps one kind of value where their uses overlap"),
            );
            return None;
        }
        if self.arrays.contains_key(name) {
            self.clashes.push(name.to_string());
            self.errors.push(
                Diagnostic::error(format!(
                    "`{name}` holds an array; it cannot also hold {}",
                    if matches!(v, Val::Tuple(_)) { "a tuple" } else { "a number" }
                ))
                .at(span, "assigns another kind of value")
                .note("one variable keeps one kind of value"),
            );
            return None;
        }
        match v {
            Val::Array(_) | Val::List(_) | Val::Dict(_) => unreachable!("bound above"),
            Val::Complex(re, im) => {
                // A local that also holds real numbers becomes complex (numba's
                // unification); the fixed point retypes it from the start.
                let param = self.index.get(name).is_some_and(|&v| v < self.nparams);
                if self.arity.contains_key(name) || (param && !self.complex.contains(name)) {
                    self.clashes.push(name.to_string());
                    self.errors.push(
                        Diagnostic::error(format!(
                            "`{name}` holds a {}; it cannot also hold a complex number",
                            if param { "real parameter" } else { "tuple" }
                        ))
                        .at(span, "assigns a complex number")
                        .note("one variable keeps one kind of value: use a new name for the complex value"),
                    );
                    return None;
                }
                self.complex.insert(name.to_string());
                Some(vec![self.bind(&element_name(name, 0), re), self.bind(&element_name(name, 1), im)])
            }
            Val::Scalar(e) if self.complex.contains(name) => {
                // A real number into a complex variable: imaginary part 0.0.
                let part =
                    self.types.get(&element_name(name, 0)).copied().filter(|t| t.is_float()).unwrap_or(Scalar::F64);
                let zero = TExpr { ty: part, kind: TExprKind::Const(ConstValue::Float(0.0)), span: e.span.clone() };
                let re = cast(e, part);
                Some(vec![self.bind(&element_name(name, 0), re), self.bind(&element_name(name, 1), zero)])
            }
            Val::Scalar(e) => {
                if self.arity.contains_key(name) {
                    self.clashes.push(name.to_string());
                    self.errors.push(
                        Diagnostic::error(format!("`{name}` holds a tuple; it cannot also hold a number"))
                            .at(span, "assigns a number"),
                    );
                    return None;
                }
                Some(vec![self.bind(name, e)])
            }
            Val::Tuple(xs) => {
                if self.types.contains_key(name) || self.assigned.contains_key(name) || self.complex.contains(name) {
                    self.clashes.push(name.to_string());
                    self.errors.push(
                        Diagnostic::error(format!("`{name}` holds a number; it cannot also hold a tuple"))
                            .at(span, "assigns a tuple"),
                    );
                    return None;
                }
                match self.arity.get(name) {
                    Some(&n) if n != xs.len() => {
                        // Split into webs when the two lengths' uses do not
                        // overlap (`info = (a, b)` after unpacking a 3-tuple).
                        self.clashes.push(name.to_string());
                        self.errors.push(
                            Diagnostic::error(format!(
                                "`{name}` holds tuples of length {n} and {}; one variable keeps one length",
                                xs.len()
                            ))
                            .at(span, "here"),
                        );
                        return None;
                    }
                    _ => {
                        self.arity.insert(name.to_string(), xs.len());
                    }
                }
                let mut out = Vec::new();
                for (j, x) in xs.into_iter().enumerate() {
                    out.extend(self.bind_val(&element_name(name, j), x, span.clone())?);
                }
                Some(out)
            }
        }
    }

    /// A value where a tuple may stand: an assignment's or a `return`'s whole
    /// right-hand side. A call returning a tuple runs first (in `pre`), its
    /// elements bound to fresh variables.
    fn value_top(&mut self, e: &Expr) -> Option<Val> {
        if let Expr::Call(c) = e {
            if let Expr::Name(n) = c.func.as_ref() {
                let name = n.id.as_str();
                if self.globals.functions.contains_key(name)
                    && !self.types.contains_key(name)
                    && !self.arity.contains_key(name)
                    && !BUILTINS.contains(&name)
                {
                    let (symbol, ret, args) = self.file_call(name, c, range(e))?;
                    // An array result may alias any array argument.
                    let mut sources = std::collections::BTreeSet::new();
                    for arg in c.args.iter().chain(c.keywords.iter().map(|k| &k.value)) {
                        for n in self.arrays_in(arg) {
                            sources.extend(self.array_sources.get(&n).cloned().unwrap_or_default());
                        }
                    }
                    if let Some(Ty::Tuple(xs)) = ret {
                        let temp = format!("$call{}", self.temps);
                        self.temps += 1;
                        // One variable per flattened scalar; a complex
                        // element is two of them.
                        let mut vars = Vec::new();
                        let mut elems = Vec::new();
                        for x in &xs {
                            if let Ty::Array(a) = x {
                                let r = self.array_temp(*a, sources.clone());
                                vars.extend(r.vars());
                                elems.push(Val::Array(r));
                                continue;
                            }
                            let mut read = Vec::new();
                            for s in x.flat() {
                                let name = element_name(&temp, vars.len());
                                let var = self.var(&name);
                                self.vars[var].ty = s;
                                self.types.insert(name, s);
                                vars.push(var);
                                read.push(TExpr { ty: s, kind: TExprKind::Var(var), span: range(e) });
                            }
                            elems.push(tuples::rebuild(x, &mut read.into_iter())?);
                        }
                        self.pre.push(TStmt::CallAssign { symbol, args, vars });
                        return Some(Val::Tuple(elems));
                    }
                    if let Some(Ty::Array(a)) = ret {
                        let r = self.array_temp(a, sources);
                        self.pre.push(TStmt::CallAssign { symbol, args, vars: r.vars() });
                        return Some(Val::Array(r));
                    }
                    if let Some(Ty::Dict(keys, values)) = ret {
                        // The callee's dict (its header's address).
                        let header = self.fresh("call", Scalar::I64);
                        let dict = crate::tir::dict::DictRef {
                            name: format!("${name}()"),
                            header,
                            keys,
                            values,
                            str_keys: false,
                        };
                        self.pre.push(TStmt::CallAssign { symbol, args, vars: vec![header] });
                        return Some(Val::Dict(dict));
                    }
                    if let Some(Ty::ListOf(item)) = ret {
                        return self.array_list_call(name, symbol, args, &item, sources, &c.args);
                    }
                    if let Some(Ty::List(items)) = ret {
                        // The callee's list (its header's address).
                        let header = self.fresh("call", Scalar::I64);
                        let list = crate::tir::list::ListRef { name: format!("${name}()"), header, items };
                        self.pre.push(TStmt::CallAssign { symbol, args, vars: vec![header] });
                        return Some(Val::List(list));
                    }
                    if let Some(Ty::Complex(p)) = ret {
                        let temp = format!("$call{}", self.temps);
                        self.temps += 1;
                        let vars: Vec<Var> = (0..2)
                            .map(|j| {
                                let var = self.var(&element_name(&temp, j));
                                self.vars[var].ty = p;
                                self.types.insert(element_name(&temp, j), p);
                                var
                            })
                            .collect();
                        let part = |v: Var| TExpr { ty: p, kind: TExprKind::Var(v), span: range(e) };
                        let (re, im) = (part(vars[0]), part(vars[1]));
                        self.pre.push(TStmt::CallAssign { symbol, args, vars });
                        return Some(Val::Complex(re, im));
                    }
                    if let Some(Ty::Str) = ret {
                        // Learned now: the next round types the call as a
                        // str (strings.rs), the name it is bound to a str.
                        self.strs.insert(strings::str_call_mark(name));
                        return None;
                    }
                    if let Some(Ty::Optional(t)) = ret {
                        let x = self.optional_number(symbol, args, t, range(e));
                        return Some(Val::Scalar(x));
                    }
                    if let Some(Ty::Set(_)) = ret {
                        return self.helper_set_result(name, range(e));
                    }
                    let Some(Ty::Scalar(ty)) = ret else {
                        self.errors.push(
                            Diagnostic::error(format!("`{name}` returns None here; its value cannot be used"))
                                .at(range(e), "no value"),
                        );
                        return None;
                    };
                    return Some(Val::Scalar(TExpr { ty, kind: TExprKind::Call(symbol, args), span: range(e) }));
                }
            }
        }
        self.value(e)
    }

    /// A value that may be a tuple: a tuple literal, a tuple variable,
    /// `divmod(a, b)`, or any scalar expression.
    fn value(&mut self, e: &Expr) -> Option<Val> {
        let span = range(e);
        if self.is_complex(e) {
            return self.cexpr(e).map(|(re, im)| Val::Complex(re, im));
        }
        decide!(self.cmath_polar(e).map(|xs| Val::Tuple(xs.into_iter().map(Val::Scalar).collect())));
        decide!(self.dict_value(e));
        decide!(self.list_value(e));
        decide!(self.heapq_value(e));
        match e {
            Expr::Call(c) if self.numpy_function(&c.func) == Some(NpFunc::HistogramCounts) => self.histogram(c, span),
            Expr::Call(c) if self.numpy_function(&c.func) == Some(NpFunc::MeshgridX) => self.meshgrid(c, span),
            Expr::Call(c) if self.extra_tuple_call(c) => self.extra_call(c, self.npfunc_call(c)?.0, span),
            Expr::Call(c) if self.two_result_call(c).is_some() => self.two_result_ufunc(c, span),
            Expr::Call(c) if self.unique_tuple_call(c) => self.unique_tuple(c, span),
            Expr::Call(c) if self.average_tuple_call(c) => self.average_tuple(c, span),
            Expr::Call(c) if self.histogram2d_call(c) => self.histogram2d(c, span),
            Expr::Call(c) if self.split_tuple_call(c) => self.split_tuple(c, span),
            Expr::Call(c) if self.nonzero_call(c) => self.nonzero_tuple(c, span),
            Expr::Tuple(t) if t.elts.is_empty() => self.unsupported(span, "empty tuples are").map(Val::Scalar),
            Expr::Tuple(t) => self.in_order(&t.elts, Self::tuple_element).map(Val::Tuple),
            Expr::Name(n) if self.arity.contains_key(n.id.as_str()) => {
                Some(Val::Tuple(self.tuple_var(n.id.as_str(), span)))
            }
            Expr::Name(n) if self.arrays.contains_key(n.id.as_str()) => Some(Val::Array(self.array_ref(n.id.as_str()))),
            Expr::Subscript(s) if self.tuple_base(&s.value).is_some() || self.is_tuple_operand(&s.value) => {
                self.tuple_subscript_val(s, span)
            }
            Expr::Subscript(s) if self.fancy_ndim(s).is_some() => self.fancy_read(s, span).map(Val::Array),
            Expr::Subscript(s) if self.mixed_advanced_index(s) => None,
            Expr::Subscript(_) if self.view_ndim(e).is_some() => self.array_operand(e).done().map(Val::Array),
            _ if self.is_array_expr(e) => self.array_expr(e).map(Val::Array),
            Expr::Call(c) if self.array_call_ndim(c).is_some() => self.array_call(c, span),
            Expr::Attribute(a) if self.expr_ndim(e).is_some() => self.attribute_view(a, span).map(Val::Array),
            Expr::Call(c) if self.numpy_call_makes_array(c) => self.numpy_call(c, span).map(Val::Array),
            Expr::Call(c) if self.array_method(e).is_some() => self.method_call(c, true, span),
            Expr::Attribute(a) if self.array_name(&a.value).is_some() && a.attr.as_str() == "shape" => {
                Some(Val::Tuple(self.shape_tuple(&a.value, span).into_iter().map(Val::Scalar).collect()))
            }
            Expr::Call(c) if self.math_tuple_call(c).is_some() => {
                let name = self.math_tuple_call(c)?;
                self.math_tuple(name, c, span)
            }
            Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "divmod" && !self.types.contains_key("divmod") && !self.arity.contains_key("divmod") && !self.globals.functions.contains_key("divmod")) => {
                self.divmod(c, span)
            }
            _ => self.expr(e).map(Val::Scalar),
        }
    }

    /// An element of a tuple literal: a complex number or a scalar. Values
    /// it shares are bound before the statement, in order (the elements
    /// before it are shared too, as for call arguments).
    fn tuple_element(&mut self, e: &Expr) -> Option<Val> {
        if self.is_complex(e) {
            return self.cexpr(e).map(|(re, im)| Val::Complex(re, im));
        }
        match self.value_top(e)? {
            Val::List(_) => {
                self.errors.push(
                    Diagnostic::error("a list inside a tuple is not supported yet")
                        .at(range(e), "a list")
                        .note("tuple elements are numbers, complex numbers, arrays and tuples of them"),
                );
                None
            }
            v => Some(v),
        }
    }

    /// The array variables an argument expression passes: an array name,
    /// or the array elements of a tuple variable.
    fn arrays_in(&self, e: &Expr) -> Vec<String> {
        match e {
            Expr::Name(n) if self.arity.contains_key(n.id.as_str()) => (0..self.arity[n.id.as_str()])
                .map(|j| element_name(n.id.as_str(), j))
                .filter(|x| self.arrays.contains_key(x))
                .collect(),
            Expr::Tuple(t) => t.elts.iter().flat_map(|x| self.arrays_in(x)).collect(),
            _ => self.array_name(e).into_iter().collect(),
        }
    }

    /// `t[k]` for a tuple variable `t` and a constant `k` whose element is
    /// an array: that array variable.
    fn tuple_array_element(&self, s: &ast::ExprSubscript) -> Option<String> {
        let base = self.tuple_path(&s.value)?;
        let len = *self.arity.get(&base)? as i128;
        let Some(ConstValue::Int(i)) = literal_value(&s.slice) else { return None };
        let j = if i < 0 { i + len } else { i };
        let elem = element_name(&base, usize::try_from(j).ok()?);
        self.arrays.contains_key(&elem).then_some(elem)
    }

    /// The element values of the tuple variable `name`.
    fn tuple_var(&mut self, name: &str, span: Range<usize>) -> Vec<Val> {
        let read = |t: &mut Self, n: &str| {
            let var = t.var(n);
            let ty = t.types.get(n).copied().unwrap_or(t.vars[var].ty);
            TExpr { ty, kind: TExprKind::Var(var), span: span.clone() }
        };
        (0..self.arity[name])
            .map(|j| {
                let n = element_name(name, j);
                if self.arity.contains_key(&n) {
                    Val::Tuple(self.tuple_var(&n, span.clone()))
                } else if self.arrays.contains_key(&n) {
                    Val::Array(self.array_ref(&n))
                } else if self.complex.contains(&n) {
                    Val::Complex(read(self, &element_name(&n, 0)), read(self, &element_name(&n, 1)))
                } else {
                    Val::Scalar(read(self, &n))
                }
            })
            .collect()
    }

    /// `x.m(...)` that nothing above compiles: names the method and what
    /// it is called on; nothing for a name whose assignment failed (the
    /// first error says why).
    fn method_error(&mut self, m: &ast::ExprAttribute, span: Range<usize>) -> Option<TExpr> {
        let attr = m.attr.as_str();
        let what = match m.value.as_ref() {
            Expr::Name(n) if self.poisoned.contains(n.id.as_str()) => return None,
            Expr::Name(n) => {
                let id = n.id.as_str();
                match self.types.get(id) {
                    Some(t) => format!("a {t} (`{id}`)"),
                    None if self.arity.contains_key(id) => format!("the tuple `{id}`"),
                    None if self.lists.contains_key(id) => format!("the list `{id}`"),
                    None if self.arrays.contains_key(id) => format!("the array `{id}`"),
                    None => format!("`{id}`"),
                }
            }
            Expr::Call(c) if self.squeeze_without_axis_call(c) => {
                return self.squeeze_without_axis(range(m.value.as_ref()))
            }
            Expr::Call(_) if self.learns_str_call(&m.value) => return None,
            Expr::Call(_) => "the result of a call".to_string(),
            _ => "the value of an expression".to_string(),
        };
        self.errors.push(
            Diagnostic::error(format!("the method `.{attr}()` of {what} is not supported yet"))
                .at(span, "this call")
                .note("see the README's table of what works"),
        );
        None
    }

    /// `divmod(a, b)`: `(a // b, a % b)` in the operands' unified type, with
    /// divmod's own ZeroDivisionError message (CPython's `_float_div_mod`
    /// gives the same quotient and remainder as `//` and `%`).
    fn divmod(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<Val> {
        if !c.keywords.is_empty() || c.args.len() != 2 {
            self.errors.push(
                Diagnostic::error(format!(
                    "divmod() takes exactly two positional arguments ({} given)",
                    c.args.len() + c.keywords.len()
                ))
                .at(span, "here"),
            );
            return None;
        }
        let a = self.expr(&c.args[0]);
        let b = self.expr(&c.args[1]);
        let (a, b) = (a?, b?);
        let ty = Scalar::arith(a.ty, b.ty);
        // Each half reads both operands: computed once, shared.
        let (a, b) = (self.share(cast(a, ty)), self.share(cast(b, ty)));
        let half = |op| match self.numpy_errors {
            true => self.division_op(op, a.clone(), b.clone(), ty, span.clone()),
            false => {
                TExpr { ty, kind: TExprKind::DivMod(op, Box::new(a.clone()), Box::new(b.clone())), span: span.clone() }
            }
        };
        Some(Val::Tuple(vec![Val::Scalar(half(BinOp::FloorDiv)), Val::Scalar(half(BinOp::Mod))]))
    }

    /// `t[i]` for a tuple `t` (sema/containers/tuples.rs): a constant `i` (negative
    /// counts from the end; out of range is a compile-time error), or a
    /// variable one into a tuple of one element type.
    fn subscript(&mut self, s: &ast::ExprSubscript, span: Range<usize>) -> Option<TExpr> {
        if self.mixed_advanced_index(s) {
            return None;
        }
        decide!(self.array_subscript(s, span.clone()));
        self.tuple_subscript(s, span)
    }

    /// `a[m, 1]`, `a[idx, :]`: an index array (or list) beside other
    /// indices that fancy_ndim does not take (too many indices, an array
    /// of floats, a result of more than 8 axes). Reports it (once per
    /// subscript) and gives true; the
    /// other indices would otherwise be typed as numbers and the error
    /// would blame the index array as "used here as a number".
    fn mixed_advanced_index(&mut self, s: &ast::ExprSubscript) -> bool {
        let Some(k) = self.mixed_advanced_at(s) else { return false };
        let Expr::Tuple(t) = s.slice.as_ref() else { return false };
        let n = self.expr_ndim(&s.value).unwrap_or(0);
        if let Some((_, taken)) = self.mixed_ndim(t).filter(|(_, taken)| *taken > n) {
            self.errors.push(
                Diagnostic::error(format!(
                    "too many indices for array: array is {n}-dimensional, but {taken} were indexed"
                ))
                .at(range(s), "here"),
            );
            return true;
        }
        self.errors.push(
            Diagnostic::error("this index array beside other indices is not supported")
                .at(range(&t.elts[k]), "an index array")
                .note(format!("numpy: arrays used as indices must be of integer (or boolean) type; pycc's mixed indexing (`a[m, 1]`, `a[:, idx] = v`) also takes one Ellipsis at most and gives at most {} axes", numpy::MAX_NDIM)),
        );
        true
    }

    /// Which index of `s` is the index array of a mixed index, if any.
    fn mixed_advanced_at(&self, s: &ast::ExprSubscript) -> Option<usize> {
        let Expr::Tuple(t) = s.slice.as_ref() else { return None };
        if t.elts.len() < 2 || self.expr_ndim(&s.value).is_none() || self.fancy_ndim(s).is_some() {
            return None;
        }
        t.elts.iter().position(|x| self.is_array_like(x) || self.list_name(x).is_some() || matches!(x, Expr::List(_)))
    }

    fn finish(mut self, export: &Export, params: Vec<Param>, mut body: Vec<TStmt>) -> Result<TypedFunction> {
        let f = &export.function;
        let head = range(f).start..range(f).start + 3 + f.name.len() + 1;
        let args = &f.args;
        if args.vararg.is_some() || args.kwarg.is_some() || !args.kwonlyargs.is_empty() {
            self.errors.push(
                Diagnostic::error("`*args`, `**kwargs` and keyword-only parameters are not supported")
                    .at(head.clone(), "in this function"),
            );
        }
        // A default of a parameter the signature declares is not used: the
        // compiled function takes every declared argument, as numba's does.
        if self.callee_failed {
            // The callee's diagnostics explain it; more here would only cascade.
            return Err(Diagnostics::new(self.source, self.errors));
        }
        let falls_off = !always_returns(&body);
        let valued: Vec<_> = self.returns.iter().filter_map(|(t, s)| t.clone().map(|t| (t, s.clone()))).collect();
        let bare: Vec<_> = self.returns.iter().filter(|(t, _)| t.is_none()).map(|(_, s)| s.clone()).collect();
        let optional_ret =
            self.optional_ret(&export.signature.ret, &valued, !bare.is_empty(), falls_off, &mut body).or_else(|| {
                self.optional_array_ret(&export.signature.ret, &valued, !bare.is_empty(), falls_off, &mut body)
            });
        self.tolist_everywhere(&valued);
        if let (None, Some(span)) = (&optional_ret, &self.returns_optional) {
            self.errors.push(
                Diagnostic::error(format!("`{}` returns a variable that can be None here", f.name))
                    .at(span.clone(), "can be None")
                    .note("an export may return None or one number (numba's Optional); not a tuple or an array"),
            );
        }
        let ret = match &export.signature.ret {
            _ if optional_ret.is_some() => optional_ret.clone(),
            Return::Void => {
                if let Some((_, span)) = valued.first() {
                    self.errors.push(
                        Diagnostic::error("the signature declares a void return, but this returns a value")
                            .at(span.clone(), "returns a value"),
                    );
                }
                None
            }
            Return::Infer if valued.is_empty() => None,
            Return::Infer => self.inferred_return(f, &head, &valued, &bare, falls_off),
            Return::Declared(d) => self.declared_return(f, d, &head, &valued, &bare, falls_off),
        };
        if let Some(rt) = &ret {
            convert_returns(&mut body, &rt.flat());
        }
        self.untyped_lists();
        self.untyped_dicts();
        if !self.errors.is_empty() {
            return Err(Diagnostics::new(self.source, self.errors));
        }
        let vars = self
            .vars
            .iter()
            .map(|v| VarInfo { name: v.name.clone(), ty: self.types.get(&v.name).copied().unwrap_or(v.ty) })
            .collect();
        let written = self.written.iter().cloned().collect();
        let filled_lists = self.filled_lists(export);
        Ok(TypedFunction {
            export: export.name.clone(),
            symbol: String::new(),
            exported: false,
            params,
            py_params: Vec::new(),
            py_defaults: Vec::new(),
            vars,
            ret,
            ret_optional: optional_ret.is_some(),
            ret_tolist: !self.tolist_returns.is_empty(),
            body,
            written,
            // Set by analysis::effects, from the body and the options.
            boundscheck: true,
            may_raise: false,
            allocates: false,
            stack_guarded: false,
            shares_arrays: self.shares_arrays,
            filled_lists,
            span: range(f),
        })
    }

    /// The joined type of the valued returns; a diagnostic when a path
    /// returns None (or reaches the end) or two returns do not join.
    fn inferred_return(
        &mut self,
        f: &ast::StmtFunctionDef,
        head: &Range<usize>,
        valued: &[(Ty, Range<usize>)],
        bare: &[Range<usize>],
        falls_off: bool,
    ) -> Option<Ty> {
        if let Some(span) = bare.first() {
            let kind = match &valued[0].0 {
                Ty::Array(_) => "an array",
                Ty::Tuple(_) => "a tuple",
                Ty::List(_) => "a list",
                Ty::Dict(..) => "a dict",
                Ty::Str => "a str",
                _ => "a value",
            };
            self.errors.push(
                Diagnostic::error(format!("`{}` returns {kind} on some paths and None on others", f.name))
                    .at(span.clone(), "returns None")
                    .also(valued[0].1.clone(), format!("returns {kind}"))
                    .note("None beside a number works (numba's Optional); beside other values not yet"),
            );
        } else if falls_off && self.errors.is_empty() {
            self.errors.push(
                Diagnostic::error(format!(
                    "`{}` returns a value on some paths but can also reach its end (returning None)",
                    f.name
                ))
                .at(head.clone(), "this function"),
            );
        }
        let mut acc = valued[0].0.clone();
        for (t, span) in &valued[1..] {
            match join_ty(&acc, t) {
                Some(j) => acc = j,
                None => {
                    self.errors.push(
                        Diagnostic::error(format!("`{}` returns {acc} here and {t} there", f.name))
                            .at(span.clone(), format!("this is {t}"))
                            .also(valued[0].1.clone(), format!("this is {}", valued[0].0)),
                    );
                    break;
                }
            }
        }
        Some(acc)
    }

    /// The declared return type, after checking every return converts to
    /// it and none returns None.
    fn declared_return(
        &mut self,
        f: &ast::StmtFunctionDef,
        d: &Ty,
        head: &Range<usize>,
        valued: &[(Ty, Range<usize>)],
        bare: &[Range<usize>],
        falls_off: bool,
    ) -> Option<Ty> {
        for (t, span) in valued {
            if !can_convert_ty(t, d) {
                let note = if matches!(t, Ty::Dict(..)) {
                    "a dict keeps the key and value types of what is stored into it (numba's typed dict); declare those"
                } else if matches!(t, Ty::Set(_)) || matches!(d, Ty::Set(_)) {
                    "a set result is declared `Set(T)` with T its items' type (int64, float64 or bool)"
                } else {
                    "pycc does not truncate floats or guess truthiness implicitly; convert explicitly"
                };
                self.errors.push(
                    Diagnostic::error(format!("`{}` returns {t}, but its signature declares {d}", f.name))
                        .at(span.clone(), format!("this is {t}"))
                        .note(note),
                );
            }
        }
        if self.errors.is_empty() {
            if let Some(span) = bare.first() {
                self.errors.push(
                    Diagnostic::error(format!("`{}` can return None, but its signature declares {d}", f.name))
                        .at(span.clone(), "returns None"),
                );
            } else if falls_off {
                self.errors.push(
                    Diagnostic::error(format!(
                        "`{}` can reach its end and return None, but its signature declares {d}",
                        f.name
                    ))
                    .at(head.clone(), "this function"),
                );
            }
        }
        Some(d.clone())
    }

    fn block(&mut self, stmts: &[Stmt]) -> Vec<TStmt> {
        // What the enclosing statement's header (an `if` condition, a `for`
        // iterable) queued runs before that statement, not in this block.
        let outer = std::mem::take(&mut self.pre);
        let mut out = Vec::new();
        for (i, stmt) in stmts.iter().enumerate() {
            self.block_stmt(stmt, i == 0, &mut out);
        }
        self.pre = outer;
        out
    }

    /// One statement of a block, after rewriting its sugar (typing_sugar.rs).
    fn block_stmt(&mut self, stmt: &Stmt, first: bool, out: &mut Vec<TStmt>) {
        match elifchain::head(stmt) {
            Some(head) => self.rewrite_and_type(&head, Some(stmt), first, out),
            None => self.rewrite_and_type(stmt, None, first, out),
        }
    }

    /// `stmt` rewritten and typed. `chain`: the whole `if` statement when
    /// `stmt` is its first link of an `elif` chain, the rest elided
    /// (`elifchain`); every rewritten statement gets the rest back before
    /// it is typed.
    fn rewrite_and_type(&mut self, stmt: &Stmt, chain: Option<&Stmt>, first: bool, out: &mut Vec<TStmt>) {
        let unrewritten = stmt as *const Stmt;
        if let Some(stmts) = self
            .ndindex_sugar(stmt)
            .or_else(|| self.hoist_comprehension(stmt))
            .or_else(|| self.hoist_join(stmt))
            .or_else(|| self.hoist_nsmallest(stmt))
        {
            for s in &stmts {
                self.block_stmt(&elifchain::relink(s, chain), false, out);
            }
            return;
        }
        if let Some(s) = self.ufunc_dtype(stmt) {
            return self.block_stmt(&elifchain::relink(&s, chain), false, out);
        }
        if let Some(stmts) = self.ufunc_out(stmt).or_else(|| self.dot_out(stmt)) {
            for s in &stmts {
                self.block_stmt(&elifchain::relink(s, chain), false, out);
            }
            return;
        }
        if let Some(stmts) = self.unroll_sugar(stmt).or_else(|| self.star_unpack(stmt)) {
            for s in &stmts {
                self.block_stmt(&elifchain::relink(s, chain), false, out);
            }
            return;
        }
        if let Some(s) = self.tolist_return(stmt).or_else(|| self.dict_views(stmt)) {
            return self.block_stmt(&elifchain::relink(&s, chain), first, out);
        }
        let Some(zero_d) = self.zero_d_forms(stmt) else { return };
        let stmt = zero_d.as_ref().unwrap_or(stmt);
        let blocks = self.block_forms(stmt);
        let stmt = blocks.as_ref().unwrap_or(stmt);
        let rewritten = self.tuple_forms(stmt);
        let stmt = rewritten.as_ref().unwrap_or(stmt);
        let mut temps = self.temps;
        let numpy = |m: &str| self.globals.modules.get(m).is_some_and(|x| x == "numpy");
        let expanded = mapfilter::expand(stmt, &|n| self.is_builtin(n), &|n| self.arity.contains_key(n), &mut temps)
            .or_else(|| displays::expand(stmt, &numpy, &|e| self.is_array_like(e), &|e| self.list_name(e).is_some()))
            .or_else(|| reduce::expand(stmt, self.globals, &mut temps))
            .or_else(|| walrus::expand(stmt, &mut temps))
            .or_else(|| {
                starcall::expand(
                    stmt,
                    self.globals,
                    &|n| !self.dicts.contains_key(n) && !self.is_set_name(n),
                    &mut temps,
                )
            })
            .or_else(|| sugar::expand(stmt, self.globals, &mut temps))
            .or_else(|| anyall::expand(stmt, self.globals, &|n| self.is_builtin(n), &mut temps))
            .or_else(|| minmaxtuple::expand(stmt, &|n| self.is_builtin(n), &|n| self.arity.contains_key(n), &mut temps))
            .or_else(|| self.list_del(stmt))
            .or_else(|| self.list_slice_store(stmt, &mut temps))
            .or_else(|| self.list_pair_assign(stmt))
            .or_else(|| self.iter_next(stmt))
            .or_else(|| self.str_partition(stmt, &mut temps))
            .or_else(|| self.list_augassign(stmt))
            .or_else(|| self.list_extend_iterable(stmt))
            .or_else(|| minmaxkey::expand(stmt, &|n| self.is_builtin(n), &mut temps))
            .or_else(|| minmaxnest::hoist(stmt, &|n| self.is_builtin(n), &mut temps))
            .or_else(|| generators::expand(stmt, self.globals, &mut temps));
        self.temps = temps;
        let expanded = expanded.or_else(|| self.arms_as_branches(stmt)).or_else(|| {
            let mut temps = self.temps;
            let out = armtemps::nested_arms(stmt, &|i| self.arm_needs_statements(i), &mut temps);
            self.temps = temps;
            out
        });
        if let Some(stmts) = expanded {
            for s in &stmts {
                self.block_stmt(&elifchain::relink(s, chain), false, out);
            }
            return;
        }
        if let Some(stmts) = self.hoist_dict_items(stmt) {
            for s in &stmts {
                self.block_stmt(&elifchain::relink(s, chain), false, out);
            }
            return;
        }
        let hoisted = self.hoist_temps(stmt);
        let stmt = hoisted.as_ref().unwrap_or(stmt);
        let guarded = self.optional_str_compares(stmt);
        let stmt = guarded.as_ref().unwrap_or(stmt);
        // An optional array's None check runs before the statement's values.
        let Some(checks) = self.optional_array_checks(stmt) else { return };
        out.extend(checks);
        let reported = self.errors.len();
        // Names whose assignment failed before this statement.
        let failed = if reported == 0 { HashSet::new() } else { self.poisoned.clone() };
        let whole = match chain {
            // No rewrite applied: the statement as written, chain and all.
            Some(whole) if std::ptr::eq(stmt, unrewritten) => std::borrow::Cow::Borrowed(whole),
            _ => elifchain::relink(stmt, chain),
        };
        let t = self.stmt(&whole, first);
        self.drop_follow_ons(&whole, reported, &failed);
        self.relink_dicts();
        // The statement's values are computed unconditionally, so its
        // shared values can be computed just before it, in order.
        out.extend(self.lets.drain(..).map(|(var, value)| TStmt::Assign { var, value }));
        out.append(&mut self.pre);
        if let Some(t) = t {
            out.push(t);
        }
    }

    /// A simple statement that names a variable whose assignment failed
    /// and then fails itself: its errors follow from the first one, so
    /// only that one is shown (a follow-on hides nothing the user must fix
    /// first); what it binds fails too.
    fn drop_follow_ons(&mut self, stmt: &Stmt, reported: usize, failed: &HashSet<String>) {
        let simple =
            matches!(stmt, Stmt::Assign(_) | Stmt::AugAssign(_) | Stmt::AnnAssign(_) | Stmt::Expr(_) | Stmt::Return(_));
        if reported == 0 || self.errors.len() == reported || !simple || failed.is_empty() {
            return;
        }
        let names = forward::Counts::of(std::slice::from_ref(stmt)).0;
        if !failed.iter().any(|p| names.contains_key(p)) {
            return;
        }
        self.errors.truncate(reported);
        let targets = match stmt {
            Stmt::Assign(a) => a.targets.iter().collect(),
            Stmt::AugAssign(a) => vec![a.target.as_ref()],
            Stmt::AnnAssign(a) => vec![a.target.as_ref()],
            _ => Vec::new(),
        };
        for t in targets {
            match t {
                Expr::Name(n) => _ = self.poisoned.insert(n.id.to_string()),
                Expr::Tuple(t) => {
                    self.poisoned.extend(t.elts.iter().filter_map(|e| e.as_name_expr()).map(|n| n.id.to_string()))
                }
                _ => {}
            }
        }
    }

    fn stmt_kind(&mut self, stmt: &Stmt, first: bool) -> Option<TStmt> {
        decide!(self.set_rewrite(stmt));
        decide!(self.set_stmt(stmt));
        decide!(self.strlist_stmt(stmt));
        match stmt {
            Stmt::Expr(_) => self.expr_stmt_kind(stmt, first),
            Stmt::Pass(_) => None,
            Stmt::Assign(_) => self.assign_stmt(stmt),
            Stmt::AugAssign(_) => self.augassign_stmt(stmt),
            Stmt::Return(_) => self.return_stmt(stmt),
            Stmt::For(_) => self.for_stmt(stmt),
            Stmt::Delete(d) if matches!(d.targets.as_slice(), [Expr::Subscript(s)] if self.dict_name(&s.value).is_some()) =>
            {
                let [Expr::Subscript(s)] = d.targets.as_slice() else { unreachable!() };
                self.dict_del(s, range(stmt))
            }
            Stmt::If(i) => self.if_stmt(i),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::Raise(r) => self.raise(stmt, r),
            Stmt::Try(t) => self.try_stmt(t, range(stmt)),
            // `import numpy as np`, `from heapq import heappop` in the body:
            // the file's globals have it
            // (syntax/parse.rs `imports`), so there is nothing to run.
            Stmt::Import(i)
                if i.names.iter().all(|a| {
                    let alias = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    self.globals.modules.get(alias).map(String::as_str) == Some(a.name.as_str())
                        && !self.types.contains_key(alias)
                }) =>
            {
                None
            }
            Stmt::ImportFrom(i)
                if i.names.iter().all(|a| {
                    let alias = a.asname.as_ref().unwrap_or(&a.name).as_str();
                    let module = i.module.as_deref().unwrap_or_default();
                    self.globals.from_imports.get(alias).is_some_and(|(m, f)| m == module && f == a.name.as_str())
                        && !self.types.contains_key(alias)
                }) =>
            {
                None
            }
            Stmt::Assert(a) => {
                let cond = self.condition(&a.test)?;
                let facts = self.none_facts(&a.test, true);
                self.not_none.extend(facts);
                let span = range(stmt);
                let raise = match &a.msg {
                    None => {
                        TStmt::Raise { exception: "AssertionError".into(), message: String::new(), span: span.clone() }
                    }
                    Some(m) => match self.constant_message(m) {
                        Some(message) => {
                            TStmt::Raise { exception: "AssertionError".into(), message, span: span.clone() }
                        }
                        // Evaluated only when the assertion fails, as CPython.
                        None => {
                            let exc = self.exception_object(std::slice::from_ref(m), "AssertionError", &span)?;
                            TStmt::Fail {
                                symbol: crate::abi::runtime::RAISE_OBJ_FN,
                                args: vec![exc],
                                span: span.clone(),
                            }
                        }
                    },
                };
                let failed = TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(cond)), span };
                Some(TStmt::If { cond: failed, then: vec![raise], orelse: vec![] })
            }
            Stmt::Break(_) | Stmt::Continue(_) => {
                if self.loop_depth == 0 {
                    self.errors.push(Diagnostic::error("`break`/`continue` outside a loop").at(range(stmt), "here"));
                    return None;
                }
                Some(if matches!(stmt, Stmt::Break(_)) { TStmt::Break } else { TStmt::Continue })
            }
            other => {
                self.errors.push(unsupported_stmt(other, &self.source.text));
                None
            }
        }
    }

    /// An expression statement: a call run for its effect; a leading
    /// docstring is skipped.
    fn expr_stmt_kind(&mut self, stmt: &Stmt, first: bool) -> Option<TStmt> {
        match stmt {
            Stmt::Expr(e) if first && matches!(e.value.as_ref(), Expr::Constant(c) if c.value.is_str()) => None,
            Stmt::Expr(e) if matches!(e.value.as_ref(), Expr::Call(c) if self.heapq_function(&c.func).is_some()) => {
                let Expr::Call(c) = e.value.as_ref() else { unreachable!("matched above") };
                self.heapq_stmt(c, range(stmt)).done()
            }
            Stmt::Expr(e) => match e.value.as_ref() {
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if self.dict_name(&a.value).is_some()) => {
                    self.dict_method_stmt(c, range(stmt)).done()
                }
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if self.is_list_expr(&a.value)) => {
                    self.list_method_stmt(c, range(stmt)).done()
                }
                Expr::Call(c)
                    if self.random_function(&c.func).is_some_and(|(_, n)| matches!(n, "seed" | "shuffle")) =>
                {
                    let (module, name) = self.random_function(&c.func).expect("matched");
                    self.random_stmt(module, name, c, range(stmt))
                }
                Expr::Call(c) if self.array_method_of(c).is_some_and(|(_, m)| m == "fill") => {
                    self.fill_call(c, range(stmt))
                }
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "fill_diagonal" && self.numpy_module_of(&a.value)) => {
                    self.fill_diagonal(c, range(stmt))
                }
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "put" && self.numpy_module_of(&a.value)) => {
                    self.np_put(c, range(stmt))
                }
                Expr::Call(c) if matches!(c.func.as_ref(), Expr::Attribute(a) if a.attr.as_str() == "copyto" && self.numpy_module_of(&a.value)) => {
                    self.np_copyto(c, range(stmt))
                }
                Expr::Call(c) if self.ufunc_at_name(c).is_some() => {
                    let func = self.ufunc_at_name(c).expect("matched");
                    self.ufunc_at(c, func, range(stmt))
                }
                Expr::Call(c) if self.array_method_of(c).is_some_and(|(_, m)| m == "sort") => {
                    self.sort_call(c, range(stmt))
                }
                Expr::Call(c) => match c.func.as_ref() {
                    Expr::Name(n) if n.id.as_str() == "print" && self.is_builtin("print") => {
                        self.print_call(c, range(stmt))
                    }
                    Expr::Name(n)
                        if self.globals.functions.contains_key(n.id.as_str())
                            && !self.types.contains_key(n.id.as_str()) =>
                    {
                        let (symbol, _, args) = self.file_call(n.id.as_str(), c, range(stmt))?;
                        Some(TStmt::Call { symbol, args })
                    }
                    _ => self.expr_stmt(e),
                },
                _ => self.expr_stmt(e),
            },
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `x = ...` by the kind of its target and value: str, dict, list,
    /// array, tuple unpacking, names.
    fn assign_stmt(&mut self, stmt: &Stmt) -> Option<TStmt> {
        match stmt {
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(_)]) && self.is_str_expr(&a.value) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.str_assign(n.id.as_str(), &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(n)] if self.strs.contains(n.id.as_str())) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.str_name_reassigned(n.id.as_str(), range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(_)]) && self.is_dict_value(&a.value) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.dict_assign(n.id.as_str(), &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.mixed_advanced_at(s).is_some()) =>
            {
                let [Expr::Subscript(s)] = a.targets.as_slice() else { unreachable!() };
                self.mixed_advanced_index(s);
                None
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.dict_name(&s.value).is_some()) =>
            {
                let [Expr::Subscript(s)] = a.targets.as_slice() else { unreachable!() };
                self.dict_store(s, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Name(_)]) && self.is_list_value(&a.value) => {
                let [Expr::Name(n)] = a.targets.as_slice() else { unreachable!() };
                self.list_assign(n.id.as_str(), &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.is_list_expr(&s.value)) => {
                let [Expr::Subscript(s)] = a.targets.as_slice() else { unreachable!() };
                self.list_store(s, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Tuple(_)]) => self.unpack_assign(stmt, a),
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(t)] if self.fancy_ndim(t).is_some()) => {
                let [Expr::Subscript(t)] = a.targets.as_slice() else { unreachable!() };
                self.fancy_assign(t, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [t @ Expr::Subscript(_)] if self.view_ndim(t).is_some()) => {
                self.slice_assign(&a.targets[0], &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.element_parts(s).is_some()) =>
            {
                let [Expr::Subscript(target)] = a.targets.as_slice() else { unreachable!() };
                self.array_store(target, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) if matches!(a.targets.as_slice(), [Expr::Subscript(s)] if self.is_flat_item(s)) => {
                let [Expr::Subscript(target)] = a.targets.as_slice() else { unreachable!() };
                self.flat_store(target, None, &a.value, range(stmt))
            }
            Stmt::Assign(a) => {
                let [Expr::Name(target)] = a.targets.as_slice() else {
                    let what = match a.targets.as_slice() {
                        [Expr::Attribute(_)] => "assignment to an attribute is not supported",
                        [Expr::Starred(_)] | [Expr::Tuple(_) | Expr::List(_)] => {
                            "starred unpacking is not supported yet"
                        }
                        _ => "this assignment target is not supported yet",
                    };
                    self.errors.push(Diagnostic::error(what).at(range(&a.targets[0]), "here"));
                    return None;
                };
                let Some(value) = self.value_top(&a.value) else {
                    self.poisoned.insert(target.id.to_string());
                    return None;
                };
                let mut pairs = self.bind_val(target.id.as_str(), value, range(stmt))?;
                if pairs.len() == 1 && !self.arity.contains_key(target.id.as_str()) {
                    let (var, value) = pairs.pop()?;
                    return Some(TStmt::Assign { var, value });
                }
                let (vars, values) = pairs.into_iter().unzip();
                Some(TStmt::ParallelAssign { vars, values })
            }
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `a, b = ...`: a tuple, arrays, an array or a list unpacked into names.
    fn unpack_assign(&mut self, stmt: &Stmt, a: &ast::StmtAssign) -> Option<TStmt> {
        let [Expr::Tuple(targets)] = a.targets.as_slice() else { unreachable!() };
        let mut names = Vec::new();
        for t in &targets.elts {
            match t {
                Expr::Name(n) => names.push(n.id.to_string()),
                other => {
                    self.errors
                        .push(Diagnostic::error("only names can be unpacked into").at(range(other), "not a name"));
                    return None;
                }
            }
        }
        if let Some(stmts) = self.str_display_unpack(a, &names) {
            return Some(TStmt::Seq(self.block(&stmts)));
        }
        let all_arrays = matches!(a.value.as_ref(), Expr::Tuple(t) if !t.elts.is_empty() && t.elts.iter().all(|x| self.array_name(x).is_some() || self.view_ndim(x).is_some()));
        // Unpacking an array checks its length first (`checks`).
        let mut checks = Vec::new();
        // A list variable of arrays or nested tuples is read item by item
        // (as a value it would be the list passed on).
        let list = self.list_name(&a.value).filter(|n| !self.nested(n)).map(|n| Val::List(self.list_ref(&n)));
        let values = match if all_arrays { None } else { list.or_else(|| self.value_top(&a.value)) } {
            // `a, b = b, a`: arrays (and views), every value taken before any name is bound.
            _ if all_arrays => {
                let Expr::Tuple(t) = a.value.as_ref() else { unreachable!("checked") };
                t.elts.iter().map(|x| self.array_operand(x).done().map(Val::Array)).collect::<Option<Vec<_>>>()?
            }
            Some(Val::Tuple(xs)) => xs,
            Some(Val::Array(r)) => {
                let (check, xs) = self.unpack_array(r, names.len(), range(a.value.as_ref()));
                checks.push(check);
                xs
            }
            Some(Val::List(l)) if self.nested(&l.name) => {
                self.unsupported(range(a.value.as_ref()), "unpacking a list of lists is")?;
                return None;
            }
            Some(Val::List(l)) => {
                let (check, xs) = self.unpack_list(l, names.len(), range(a.value.as_ref()))?;
                checks.push(check);
                xs
            }
            Some(v @ (Val::Scalar(_) | Val::Complex(..) | Val::Dict(_))) => {
                let what = if matches!(v, Val::Dict(_)) { "a dict" } else { "a number" };
                self.errors.push(
                    Diagnostic::error(format!("cannot unpack {what}")).at(range(a.value.as_ref()), "not a tuple"),
                );
                self.poisoned.extend(names);
                return None;
            }
            None => {
                self.poisoned.extend(names);
                return None;
            }
        };
        if names.len() != values.len() {
            self.errors.push(
                Diagnostic::error(format!("cannot unpack {} values into {} names", values.len(), names.len()))
                    .at(self.line(stmt), "here"),
            );
            return None;
        }
        let mut vars = Vec::new();
        let mut vals = Vec::new();
        for (n, v) in names.iter().zip(values) {
            for (var, x) in self.bind_val(n, v, range(stmt))? {
                vars.push(var);
                vals.push(x);
            }
        }
        checks.push(TStmt::ParallelAssign { vars, values: vals });
        Some(if checks.len() == 1 { checks.pop()? } else { TStmt::Seq(checks) })
    }

    /// `best, bv = k, v` with a str among the display's items: a tuple
    /// holds no str, so each item goes into a temporary first, left to
    /// right, then each name is bound (CPython builds the tuple before
    /// binding any name, so `a, b = b, a` swaps).
    fn str_display_unpack(&self, a: &ast::StmtAssign, names: &[String]) -> Option<Vec<Stmt>> {
        let (Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. })) = a.value.as_ref()
        else {
            return None;
        };
        if elts.len() != names.len() || !elts.iter().any(|x| self.is_str_expr(x)) {
            return None;
        }
        let at = u32::from(a.range.start());
        let (name, assign) = (sugar::name, sugar::assign);
        let temps: Vec<String> = (0..elts.len()).map(|k| format!("$strunpack{at}_{k}")).collect();
        let mut out: Vec<Stmt> = elts
            .iter()
            .zip(&temps)
            .map(|(x, t)| assign(name(t, ast::Ranged::range(x)), x.clone(), ast::Ranged::range(x)))
            .collect();
        out.extend(names.iter().zip(&temps).map(|(n, t)| assign(name(n, a.range), name(t, a.range), a.range)));
        Some(out)
    }

    /// `x op= ...` by the kind of its target.
    fn augassign_stmt(&mut self, stmt: &Stmt) -> Option<TStmt> {
        match stmt {
            // `s += t`, `s *= n` on a str name.
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Name(n) if self.strs.contains(n.id.as_str())) => {
                let Expr::Name(n) = a.target.as_ref() else { unreachable!() };
                let value = Expr::BinOp(ast::ExprBinOp {
                    range: a.range,
                    left: a.target.clone(),
                    op: a.op,
                    right: a.value.clone(),
                });
                self.str_assign(n.id.as_str(), &value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.mixed_advanced_at(s).is_some()) =>
            {
                let Expr::Subscript(s) = a.target.as_ref() else { unreachable!() };
                self.mixed_advanced_index(s);
                None
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.dict_name(&s.value).is_some()) =>
            {
                let Expr::Subscript(s) = a.target.as_ref() else { unreachable!() };
                self.dict_store(s, Some(a.op), &a.value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.is_list_expr(&s.value)) => {
                let Expr::Subscript(s) = a.target.as_ref() else { unreachable!() };
                self.list_store(s, Some(a.op), &a.value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(t) if self.fancy_ndim(t).is_some()) => {
                let Expr::Subscript(t) = a.target.as_ref() else { unreachable!() };
                self.fancy_assign(t, Some(a.op), &a.value, range(stmt))
            }
            // `a[1:3] += x`, `a -= b`: numpy's in-place ufunc on the view or array.
            Stmt::AugAssign(a)
                if self.view_ndim(&a.target).is_some()
                    || matches!(a.target.as_ref(), Expr::Name(n) if self.arrays.contains_key(n.id.as_str())) =>
            {
                self.slice_augassign(&a.target, a.op, &a.value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.element_parts(s).is_some()) => {
                let Expr::Subscript(target) = a.target.as_ref() else { unreachable!() };
                self.array_store(target, Some(a.op), &a.value, range(stmt))
            }
            Stmt::AugAssign(a) if matches!(a.target.as_ref(), Expr::Subscript(s) if self.is_flat_item(s)) => {
                let Expr::Subscript(target) = a.target.as_ref() else { unreachable!() };
                self.flat_store(target, Some(a.op), &a.value, range(stmt))
            }
            Stmt::AugAssign(a) => {
                let Expr::Name(target) = a.target.as_ref() else {
                    self.errors.push(
                        Diagnostic::error("only augmented assignment to a name is supported yet")
                            .at(self.line(stmt), "here"),
                    );
                    return None;
                };
                if self.list_name(&a.target).is_some() {
                    // `+=` and `*=` are list_augassign's; CPython has no other.
                    self.errors.push(
                        Diagnostic::error(format!("`{}` is a list: only `+=` and `*=` change a list", target.id))
                            .at(self.line(stmt), "here"),
                    );
                    return None;
                }
                if self.complex.contains(target.id.as_str()) || self.is_complex(&a.value) {
                    let lhs = self.cexpr(a.target.as_ref());
                    let rhs = self.cexpr(&a.value);
                    let (re, im) = self.cbinary(a.op, lhs?, rhs?, range(stmt))?;
                    let pairs = self.bind_val(target.id.as_str(), Val::Complex(re, im), range(stmt))?;
                    let (vars, values) = pairs.into_iter().unzip();
                    return Some(TStmt::ParallelAssign { vars, values });
                }
                let lhs = self.name(target.id.as_str(), range(a.target.as_ref()));
                let rhs = self.expr(&a.value);
                let value = self.binary(a.op, lhs?, rhs?, range(stmt))?;
                Some(self.assign(target.id.as_str(), value))
            }
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `return ...` (a str, an optional, a value).
    fn return_stmt(&mut self, stmt: &Stmt) -> Option<TStmt> {
        decide!(self.none_tuple_return(stmt));
        decide!(self.container_tuple_return(stmt));
        match stmt {
            // A list of strs (`s.split()`), a CPython list object, is the
            // export's result as it is; as with `a.tolist()`, only the
            // wrapper's caller can take it (the file's calls are refused).
            Stmt::Return(ast::StmtReturn { value: Some(v), .. })
                if self.tolist_ok && !matches!(v.as_ref(), Expr::Tuple(_)) && self.is_strlist_expr(v) =>
            {
                let value = self.strlist_value(v)?;
                self.tolist_returns.insert(range(stmt));
                self.returns.push((Some(Ty::Str), range(stmt)));
                Some(TStmt::Return { values: vec![value], span: range(stmt) })
            }
            Stmt::Return(ast::StmtReturn { value: Some(v), .. }) if self.is_str_expr(v) => {
                self.str_return_direct = self.tolist_ok && matches!(v.as_ref(), Expr::Call(_));
                let value = self.str_value(v);
                self.str_return_direct = false;
                let value = value?;
                self.returns.push((Some(Ty::Str), range(stmt)));
                Some(TStmt::Return { values: vec![value], span: range(stmt) })
            }
            Stmt::Return(ast::StmtReturn { value: Some(v), .. }) if self.is_set_expr(v) => {
                self.set_return(v, range(stmt))
            }
            Stmt::Return(r) if self.is_optional_return(r) => self.optional_return(r, range(stmt)),
            Stmt::Return(ast::StmtReturn { value: Some(v), .. }) if self.is_array_list_name(v) => {
                self.array_list_return(v, range(stmt))
            }
            Stmt::Return(r) => {
                let value = match &r.value {
                    Some(v) => match self.value_top(v) {
                        Some(x) => Some(x),
                        None => {
                            // Never a silently dropped return: a value that
                            // failed without a reason gets one.
                            if self.errors.is_empty() && !self.callee_failed {
                                self.unsupported(range(v.as_ref()), "this value is");
                            }
                            return None;
                        }
                    },
                    None => None,
                };
                let nested = match &value {
                    Some(Val::List(l)) if self.nested(&l.name) => Some(self.nested_list_result(&l.name, &range(stmt))?),
                    _ => None,
                };
                let value = match (value, self.declared_ret.clone()) {
                    (Some(v), Some(d)) => Some(self.contiguous_return(v, &d, &range(stmt))),
                    (v, _) => v,
                };
                let ty = nested.or_else(|| value.as_ref().map(|v| self.array_list_ty(v).unwrap_or_else(|| v.ty())));
                self.returns.push((ty, range(stmt)));
                Some(TStmt::Return { values: value.map_or(Vec::new(), |v| v.flat(&range(stmt))), span: range(stmt) })
            }
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `for` by the kind of its iterable.
    fn for_stmt(&mut self, stmt: &Stmt) -> Option<TStmt> {
        match stmt {
            Stmt::For(f) if self.is_str_expr(&f.iter) => self.for_str(f),
            Stmt::For(f) if self.dict_iterable(&f.iter).is_some() => {
                let (name, what) = self.dict_iterable(&f.iter)?;
                self.for_dict(f, &name, what)
            }
            Stmt::For(f) => match f.iter.as_ref() {
                Expr::Name(n) if self.arity.contains_key(n.id.as_str()) => self.for_tuple(f, n.id.as_str()),
                Expr::Name(n) if self.lists.contains_key(n.id.as_str()) => self.for_list(f, n.id.as_str()),
                e if self.is_list_expr(e) => self.for_display(f),
                _ => self.for_range(f),
            },
            _ => unreachable!("stmt_kind dispatches"),
        }
    }

    /// `x is None` / `x is not None` (either side None), folded as numba
    /// folds `is` between different types: no value pycc compiles is None
    /// (there are no optional parameters), so only `None is None` holds.
    /// `x` must be a name or a constant: it is not computed.
    fn is_none_test(&self, c: &ast::ExprCompare) -> Option<bool> {
        let ([op], [right]) = (c.ops.as_slice(), c.comparators.as_slice()) else { return None };
        let none = |e: &Expr| matches!(e, Expr::Constant(k) if matches!(k.value, ast::Constant::None));
        let simple = |e: &Expr| matches!(e, Expr::Name(_) | Expr::Constant(_));
        let (l, r) = (c.left.as_ref(), right);
        if !(none(l) || none(r)) || !simple(l) || !simple(r) {
            return None;
        }
        let both = none(l) && none(r);
        match op {
            ast::CmpOp::Is => Some(both),
            ast::CmpOp::IsNot => Some(!both),
            _ => None,
        }
    }

    /// An expression computed for its effects (its exceptions): bound to a
    /// temporary that nothing reads.
    fn expr_stmt(&mut self, e: &ast::StmtExpr) -> Option<TStmt> {
        let tmp = format!("$expr{}", self.temps);
        self.temps += 1;
        let target =
            Expr::Name(ast::ExprName { range: e.range, id: ast::Identifier::new(tmp), ctx: ast::ExprContext::Store });
        let a = ast::StmtAssign { range: e.range, targets: vec![target], value: e.value.clone(), type_comment: None };
        self.stmt(&Stmt::Assign(a), false)
    }

    /// `while c: body else: orelse`. A condition that needs statements
    /// before it (`x in L` searches the list, a call returning several
    /// values) is tested at the top of each pass instead:
    /// `while True: <statements>; if not c: $ended = True; break; body`,
    /// then `if $ended: orelse` (a `break` in `orelse` still leaves the
    /// enclosing loop).
    fn while_stmt(&mut self, w: &ast::StmtWhile) -> Option<TStmt> {
        let (queued, lets) = (self.pre.len(), self.lets.len());
        let cond = self.condition(&w.test);
        let mut head: Vec<TStmt> = self.lets.drain(lets..).map(|(var, value)| TStmt::Assign { var, value }).collect();
        head.extend(self.pre.drain(queued..));
        self.loop_depth += 1;
        let facts = self.none_facts(&w.test, true);
        let body = self.with_facts(facts, |t| t.block(&w.body));
        self.loop_depth -= 1;
        // A `break` in the else clause leaves an enclosing loop.
        let orelse = self.loop_else(&w.orelse);
        let mut cond = cond?;
        if let Expr::Constant(ast::ExprConstant { value: ast::Constant::Int(n), .. }) = w.test.as_ref() {
            if n.to_string() != "0" {
                // `while 1:` is `while True:` (always_returns knows it never ends).
                cond = TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(true)), span: cond.span };
            }
        }
        if head.is_empty() {
            return Some(TStmt::While { cond, body, orelse });
        }
        let span = cond.span.clone();
        let flag = |b| TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(b)), span: span.clone() };
        let ended = self.fresh("ended", Scalar::Bool);
        let not = TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(cond)), span: span.clone() };
        head.push(TStmt::If {
            cond: not,
            then: vec![TStmt::Assign { var: ended, value: flag(true) }, TStmt::Break],
            orelse: Vec::new(),
        });
        head.extend(body);
        let mut out = vec![
            TStmt::Assign { var: ended, value: flag(false) },
            TStmt::While { cond: flag(true), body: head, orelse: Vec::new() },
        ];
        if !orelse.is_empty() {
            let ran_out = TExpr { ty: Scalar::Bool, kind: TExprKind::Var(ended), span };
            out.push(TStmt::If { cond: ran_out, then: orelse, orelse: Vec::new() });
        }
        Some(TStmt::Seq(out))
    }

    /// `raise E`, `raise E()`, `raise E("constant message")` for a builtin E.
    fn raise(&mut self, stmt: &Stmt, r: &ast::StmtRaise) -> Option<TStmt> {
        let span = range(stmt);
        if r.cause.is_none() {
            decide!(self.reraise(r, &span));
        }
        let exc = r.exc.as_ref()?;
        // `from None` only hides the context in a traceback: the exception
        // the caller catches is the same.
        let from_none = matches!(r.cause.as_deref(), Some(Expr::Constant(k)) if k.value.is_none());
        if let Some(cause) = r.cause.as_ref().filter(|_| !from_none) {
            self.errors
                .push(Diagnostic::error("`raise ... from ...` is not supported yet").at(range(cause.as_ref()), "here"));
            return None;
        }
        let (name_expr, args, call): (&Expr, &[Expr], _) = match exc.as_ref() {
            Expr::Call(c) if c.keywords.is_empty() => (c.func.as_ref(), &c.args, Some(c)),
            other => (other, &[], None),
        };
        let name = match (self.exception_class(name_expr), name_expr) {
            (userexc::ExcClass::Known(name), _) => name,
            (userexc::ExcClass::Reported, _) => return None,
            (userexc::ExcClass::Unknown, other) => {
                self.errors.push(
                    Diagnostic::error("only builtin exceptions can be raised, such as `ValueError(\"...\")`")
                        .at(range(other), "not a builtin exception"),
                );
                return None;
            }
        };
        let message = match (args, call) {
            // `raise E` and `raise E()`: CPython's instance has no args.
            ([], _) => {
                let exc = self.exception_object(args, &name, &span)?;
                return Some(TStmt::Fail { symbol: crate::abi::runtime::RAISE_OBJ_FN, args: vec![exc], span });
            }
            ([m], _) if self.constant_message(m).is_some() => self.constant_message(m)?,
            // Values known only at run time (numba's dynamic exceptions):
            // CPython builds the instance, so its args and text are its own.
            (_, Some(_)) => {
                let exc = self.exception_object(args, &name, &span)?;
                return Some(TStmt::Fail { symbol: crate::abi::runtime::RAISE_OBJ_FN, args: vec![exc], span });
            }
            (_, None) => unreachable!("arguments come from a call"),
        };
        Some(TStmt::Raise { exception: name, message, span })
    }

    /// A string literal (or module-level string constant) used as an
    /// exception message.
    fn constant_message(&self, e: &Expr) -> Option<String> {
        match e {
            Expr::Constant(ast::ExprConstant { value: ast::Constant::Str(s), .. }) => Some(s.clone()),
            // A module-level name bound once to a string, unless a local
            // of the same name shadows it.
            Expr::Name(n)
                if !self.index.contains_key(n.id.as_str())
                    && !self.arity.contains_key(n.id.as_str())
                    && self.globals.strings.contains_key(n.id.as_str()) =>
            {
                Some(self.globals.strings[n.id.as_str()].clone())
            }
            _ => None,
        }
    }

    /// The first line of a statement, for carets.
    fn line(&self, stmt: &Stmt) -> Range<usize> {
        first_line(range(stmt), &self.source.text)
    }

    /// `for x in t` over a tuple variable: the elements are copied into
    /// fresh variables first (the loop iterates the tuple as it was, even if
    /// the body rebinds `t`), then a counted loop over 0..len sets `x` to
    /// element j with a chain of selects, so `break`, `continue` and `else`
    /// work as in any `for`. Only tuples of one element type, as numba's
    /// homogeneous-tuple iteration.
    fn for_tuple(&mut self, f: &ast::StmtFor, name: &str) -> Option<TStmt> {
        let Expr::Name(target) = f.target.as_ref() else {
            self.errors.push(
                Diagnostic::error("only a single name is supported as a `for` target yet")
                    .at(range(f.target.as_ref()), "here"),
            );
            return None;
        };
        let span = range(f.iter.as_ref());
        let elems = self.tuple_var(name, span.clone());
        if elems.is_empty() {
            return self.unsupported(span, "iterating over an empty tuple is").and(None);
        }
        if let Some(e) = elems.iter().find(|e| e.ty() != elems[0].ty()) {
            self.errors.push(
                Diagnostic::error(format!(
                    "iterating over a tuple of {} and {} elements is not supported",
                    elems[0].ty(),
                    e.ty()
                ))
                .at(span, "elements of different types")
                .note("pycc iterates over tuples whose elements have one type (numba's UniTuple)"),
            );
            return None;
        }
        let k = self.temps;
        self.temps += 1;
        let mut copies = Vec::new();
        for (j, e) in elems.into_iter().enumerate() {
            let pairs = self.bind_val(&format!("$iter{k}.{j}"), e, span.clone())?;
            copies.extend(pairs.into_iter().map(|(var, value)| TStmt::Assign { var, value }));
        }
        let n = self.arity[name];
        let copy = format!("$iter{k}");
        self.arity.insert(copy.clone(), n);
        let index_name = format!("$iter{k}i");
        self.note_assigned(&index_name, Scalar::I64);
        let index = self.var(&index_name);
        let int = |v: i128| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: span.clone() };
        let outer = std::mem::take(&mut self.pre);
        let copied = self.tuple_var(&copy, span.clone());
        let at = TExpr { ty: Scalar::I64, kind: TExprKind::Var(index), span: span.clone() };
        let item = self.tuple_pick(copied, at, span.clone());
        let mut head: Vec<TStmt> = self.lets.drain(..).map(|(var, value)| TStmt::Assign { var, value }).collect();
        head.append(&mut self.pre);
        self.pre = outer;
        let pairs = self.bind_val(target.id.as_str(), item?, range(f.target.as_ref()))?;
        let (vars, values): (Vec<Var>, Vec<TExpr>) = pairs.into_iter().unzip();
        head.push(TStmt::ParallelAssign { vars, values });
        self.loop_depth += 1;
        let mut body = self.block(&f.body);
        self.loop_depth -= 1;
        let orelse = self.loop_else(&f.orelse);
        body.splice(0..0, head);
        // After typing the body: its own statements took their `pre`s.
        self.pre.extend(copies);
        Some(TStmt::For { var: index, start: int(0), stop: int(n as i128), step: int(1), body, orelse })
    }

    fn for_range(&mut self, f: &ast::StmtFor) -> Option<TStmt> {
        let Expr::Name(target) = f.target.as_ref() else {
            self.errors.push(
                Diagnostic::error("only a single name is supported as a `for` target yet")
                    .at(range(f.target.as_ref()), "here"),
            );
            return None;
        };
        if self.array_name(&f.iter).is_some() || self.view_ndim(&f.iter).is_some() {
            return self.for_array(target.id.as_str(), f);
        }
        if self.arrays.contains_key(target.id.as_str()) {
            self.errors.push(
                Diagnostic::error(format!("`{}` holds an array; a `range` loop cannot count with it", target.id))
                    .at(range(f.target.as_ref()), "a `for` target"),
            );
            return None;
        }
        if self.lists.contains_key(target.id.as_str()) {
            // Perhaps a name rebound to a number (webs.rs).
            self.clashes.push(target.id.to_string());
            self.errors.push(
                Diagnostic::error(format!("`{}` holds a list; a `range` loop cannot count with it", target.id))
                    .at(range(f.target.as_ref()), "a `for` target")
                    .note("one variable keeps one kind of value where their uses overlap"),
            );
            return None;
        }
        let call = match f.iter.as_ref() {
            Expr::Call(c)
                if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == "range")
                    && c.keywords.is_empty()
                    && (1..=3).contains(&c.args.len()) =>
            {
                c
            }
            Expr::Call(c) if matches!(c.func.as_ref(), Expr::Name(n) if matches!(n.id.as_str(), "reversed" | "zip" | "enumerate")) =>
            {
                let Expr::Name(n) = c.func.as_ref() else { unreachable!("matched") };
                let why = match n.id.as_str() {
                    "reversed" => "`for` over reversed() is supported for `range(...)` with a constant step, and a list, array or tuple variable the loop does not shrink or rebind, only",
                    "zip" => "`for` over zip() is supported for arrays and views, unpacked into one name each, only",
                    _ => "`for` over enumerate() needs two targets, `for i, x in enumerate(xs)`",
                };
                self.errors.push(Diagnostic::error(why).at(range(f.iter.as_ref()), "here"));
                return None;
            }
            // Its assignment was reported already (a follow-on).
            Expr::Name(n) if self.poisoned.contains(n.id.as_str()) => return None,
            other => {
                self.errors.push(Diagnostic::error("only `for` loops over range(...), an array, a list or a tuple variable are supported yet").at(range(other), "not a range(...) call").note("range takes 1 to 3 integer arguments: range(stop), range(start, stop), range(start, stop, step)"));
                return None;
            }
        };
        // The loop variable is int64, as numba's range yields; known before
        // the bounds are typed, which may read it (`for j in range(n - j)`:
        // UnboundLocalError on the first pass, the last value after).
        self.note_assigned(target.id.as_str(), Scalar::I64);
        let mut args = Vec::new();
        for a in &call.args {
            args.push(self.expr(a)?);
        }
        if args.iter().any(|e| e.ty.is_float()) {
            return Some(self.range_of_float(args, f));
        }
        let mut args: Vec<TExpr> = args.into_iter().map(|e| cast(e, Scalar::I64)).collect();
        let step = match args.len() {
            3 => args.pop()?,
            _ => TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(1)), span: range(f.iter.as_ref()) },
        };
        if let TExprKind::Const(ConstValue::Int(0)) = step.kind {
            self.errors.push(Diagnostic::error("range() step must not be zero").at(step.span.clone(), "zero"));
            return None;
        }
        let (start, stop) = match args.len() {
            1 => (
                TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span: args[0].span.clone() },
                args.swap_remove(0),
            ),
            _ => {
                let stop = args.remove(1);
                (args.remove(0), stop)
            }
        };
        let var = self.var(target.id.as_str());
        let var_ty = self.types.types[target.id.as_str()];
        if var_ty != Scalar::I64 {
            // The variable is also assigned something wider (a float): the
            // loop stores cast values, handled at lowering by the var's type.
        }
        self.loop_depth += 1;
        let body = self.block(&f.body);
        self.loop_depth -= 1;
        let orelse = self.loop_else(&f.orelse);
        Some(TStmt::For { var, start, stop, step, body, orelse })
    }

    /// `for x in range(...)` with a float bound: CPython computes the
    /// bounds, then range() raises TypeError (numba would cast, where its
    /// signature makes the argument a float; the Python the user runs
    /// raises). The body is typed for the names it binds, then dropped.
    fn range_of_float(&mut self, args: Vec<TExpr>, f: &ast::StmtFor) -> TStmt {
        let mut out: Vec<TStmt> = args
            .into_iter()
            .map(|e| {
                let var = self.fresh("range_arg", e.ty);
                TStmt::Assign { var, value: e }
            })
            .collect();
        self.loop_depth += 1;
        let _ = self.block(&f.body);
        self.loop_depth -= 1;
        let _ = self.loop_else(&f.orelse);
        out.push(TStmt::Raise {
            exception: "TypeError".into(),
            message: "'float' object cannot be interpreted as an integer".into(),
            span: range(f.iter.as_ref()),
        });
        TStmt::Seq(out)
    }

    /// An `if`/`while` test as a bool (Python truthiness).
    fn condition(&mut self, e: &Expr) -> Option<TExpr> {
        decide!(self.set_truth(e));
        decide!(self.str_truth(e));
        if let Some(t) = self.list_truth(e) {
            return Some(t);
        }
        if let Some(c) = self.list_item_truth(e) {
            return self.condition(&c);
        }
        if let Some(t) = self.dict_truth(e) {
            return Some(t);
        }
        if let Some(t) = self.optional_truth(e) {
            return Some(t);
        }
        decide!(self.list_logic_truth(e));
        if self.is_complex(e) {
            let mark = self.lets.len();
            let z = self.cexpr(e)?;
            let t = cplx::truth_of(z, &range(e));
            return Some(self.wrap_lets(mark, t));
        }
        let t = self.expr(e)?;
        Some(truth(t))
    }

    fn name(&mut self, id: &str, span: Range<usize>) -> Option<TExpr> {
        if self.strs.contains(id) || self.is_strlist_name(id) {
            return self.str_misuse(id, span);
        }
        if self.arrays.contains_key(id) {
            return self.array_as_value(id, span);
        }
        if self.arity.contains_key(id) {
            self.errors.push(
                Diagnostic::error(format!("`{id}` is a tuple, used here as a number"))
                    .at(span, "a tuple")
                    .note("a tuple can be unpacked, indexed with a constant, passed to len(), assigned, passed to this file's functions and returned"),
            );
            return None;
        }
        if let Some(&ty) = self.types.get(id) {
            let var = self.var(id);
            return Some(self.optional_read(id, TExpr { ty, kind: TExprKind::Var(var), span }));
        }
        if let Some(&c) = self.globals.constants.get(id) {
            return self.constant(c, span);
        }
        if let Some((_, name)) = self.globals.from_imports.get(id).filter(|(m, _)| m == "math") {
            return self.math_constant(name, span);
        }
        if let Some(call) = self.globals.call_constants.get(id).cloned() {
            // `MAXN = _maxn()`: the call, at the read (diagnostics point at it).
            return self.expr(&call);
        }
        if self.poisoned.contains(id) {
            return None;
        }
        self.errors.push(
            Diagnostic::error(format!("name `{id}` is not a local variable or a module-level constant"))
                .at(span, "unknown here")
                .note("module-level names are folded in only when bound once to a constant expression over numbers"),
        );
        None
    }

    fn constant(&mut self, c: ConstValue, span: Range<usize>) -> Option<TExpr> {
        let ty = match c {
            ConstValue::Bool(_) => Scalar::Bool,
            ConstValue::Float(_) => Scalar::F64,
            // numba types a literal past int64 but within uint64 as uint64
            // (hash constants such as FNV's offset basis).
            ConstValue::Int(i) if i > i64::MAX as i128 && i <= u64::MAX as i128 => {
                Scalar::Int { bits: 64, signed: false }
            }
            ConstValue::Int(i) => {
                if i < i64::MIN as i128 || i > i64::MAX as i128 {
                    self.errors.push(
                        Diagnostic::error("integer constant does not fit in int64 or uint64").at(span, "too large"),
                    );
                    return None;
                }
                Scalar::I64
            }
        };
        Some(TExpr { ty, kind: TExprKind::Const(c), span })
    }

    /// A scalar expression; values it shares are bound inside it, so a
    /// conditional part of a larger expression computes them only when it
    /// runs.
    fn expr(&mut self, e: &Expr) -> Option<TExpr> {
        let mark = self.lets.len();
        let r = self.expr_unshared(e);
        match r {
            Some(x) => Some(self.wrap_lets(mark, x)),
            None => {
                self.lets.truncate(mark);
                None
            }
        }
    }

    fn expr_unshared(&mut self, e: &Expr) -> Option<TExpr> {
        let span = range(e);
        decide!(self.set_expr(e));
        decide!(self.str_expr(e));
        decide!(self.dict_expr(e));
        // Before a list's `in`: `x in [0, 1]` of an optional `x`.
        if let Expr::Compare(c) = e {
            if self.optional_equality(c).is_some() {
                return self.optional_equality_expr(c, span);
            }
        }
        decide!(self.list_expr(e));
        match self.heapq_value(e) {
            Claim::NotMine => {}
            Claim::Failed => return None,
            Claim::Done(Val::Scalar(x)) => return Some(x),
            Claim::Done(_) => return self.list_tuple_error(span),
        }
        decide!(self.complex_scalar(e));
        match e {
            Expr::Name(n) => self.name(n.id.as_str(), span),
            Expr::Constant(_) => match literal_value(e) {
                Some(c) => self.constant(c, span),
                // An int literal past i128 (`0xfff...`, 40 digits): too large, not a str.
                None if matches!(&e, Expr::Constant(c) if matches!(c.value, ast::Constant::Int(_))) => {
                    self.errors.push(
                        Diagnostic::error("integer constant does not fit in int64 or uint64").at(span, "too large"),
                    );
                    None
                }
                None => self.unsupported(span, "string, bytes and None literals are"),
            },
            Expr::BinOp(b) if self.tuple_repeat_error(b) => None,
            Expr::BinOp(b) if literal_int_pow(b).is_some() => {
                self.constant(ConstValue::Float(literal_int_pow(b)?), span)
            }
            Expr::BinOp(_) | Expr::UnaryOp(_) if numbers::literalfold::wide_literal_int(e).is_some() => {
                self.constant(ConstValue::Int(numbers::literalfold::wide_literal_int(e)?), span)
            }
            Expr::BinOp(b) => {
                // In Python's order: a right operand computed before the
                // statement (`xs.pop()`) must not run before the left one
                // reads what it changes (`xs[-1] * 2 - xs.pop()`).
                let l = self.expr(&b.left);
                let queued = self.pre.len();
                let r = self.expr(&b.right);
                let l = if self.pre.len() > queued { l.map(|l| self.before_queued(queued, l)) } else { l };
                self.binary(b.op, l?, r?, span)
            }
            Expr::UnaryOp(_) => self.unary_expr(e, span),
            Expr::Compare(_) => self.compare_expr(e, span),
            Expr::BoolOp(_) => self.boolop_expr(e, span),
            Expr::IfExp(_) => self.ifexp_expr(e, span),
            Expr::Call(c) => self.call(c, span),
            Expr::Attribute(a) => match self.math_module_of(&a.value) {
                Some(()) => self.math_constant(a.attr.as_str(), span),
                None if self.array_name(&a.value).is_some() => self.array_attribute(a, span),
                None if self.numpy_module_of(&a.value) => self.numpy_constant(a.attr.as_str(), span),
                None if matches!(a.attr.as_str(), "real" | "imag") && !self.is_array_like(&a.value) => {
                    self.real_part(&a.value, a.attr.as_str(), span)
                }
                None => match self.type_info(a, span.clone()) {
                    Claim::Done(x) => Some(x),
                    Claim::Failed => None,
                    Claim::NotMine if self.is_array_like(&a.value) => self.computed_array_attribute(a, span),
                    Claim::NotMine => self.unsupported(span, "attribute access is"),
                },
            },
            Expr::Subscript(s) => self.subscript(s, span),
            Expr::Tuple(_) => {
                self.errors.push(
                    Diagnostic::error("a tuple is used here as a number")
                        .at(span, "a tuple")
                        .note("a tuple can be unpacked, indexed with a constant, passed to len(), assigned, passed to this file's functions and returned"),
                );
                None
            }
            Expr::List(_) | Expr::ListComp(_) => self.unsupported(span, "lists are"),
            Expr::Dict(_) | Expr::DictComp(_) => {
                self.unsupported(span, "a dict display used as a value (not assigned to a name) is")
            }
            Expr::Set(_) | Expr::SetComp(_) => self.unsupported(span, "sets are"),
            Expr::Lambda(_) => self.unsupported(span, "lambdas are"),
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.errors.push(
                    Diagnostic::error("this use of a generator function is not supported yet")
                        .at(span, "a yield")
                        .note("pycc inlines a generator function of the file (yields as statements, parameters by position or keyword, literal defaults) where it is the iterable of a `for` loop: `for x in gen(n):`; not called otherwise, nor with `yield from` or `x = yield v`"),
                );
                None
            }
            Expr::GeneratorExp(_) => {
                self.unsupported(span, "generator expressions other than the argument of any/all/sum/min/max are")
            }
            Expr::JoinedStr(_) | Expr::FormattedValue(_) => self.unsupported(span, "strings are"),
            Expr::Await(_) => self.unsupported(span, "`await` is"),
            Expr::NamedExpr(_) => {
                self.errors.push(
                    Diagnostic::error("`:=` here is not supported yet")
                        .at(span, "evaluated only on a condition")
                        .note("pycc compiles `:=` where the statement always evaluates it (not after `and`/`or`, in an arm of `x if c else y`, a later link of a chained comparison, a `while` with `else`, or a comprehension other than `name = [...]`): assign it on a line of its own"),
                );
                None
            }
            Expr::Starred(_) => {
                self.errors.push(
                    Diagnostic::error("this starred argument is not supported here yet")
                        .at(span, "`*` of a list or other sequence of run-time length")
                        .note("pycc spreads a tuple anywhere, and a list only in a call that is the whole statement (`g(*xs)`, `y = g(*xs)`, `return g(*xs)`) of a function of this file with positional parameters and no defaults, the other arguments names or constants"),
                );
                None
            }
            Expr::Slice(_) => self.unsupported(span, "this expression is"),
        }
    }

    /// `-x`, `+x`, `not x`, `~x`.
    fn unary_expr(&mut self, e: &Expr, span: Range<usize>) -> Option<TExpr> {
        match e {
            // `-9223372036854775808` is int64's MIN, though its operand alone does not fit.
            Expr::UnaryOp(u)
                if u.op == ast::UnaryOp::USub
                    && matches!(literal_value(e), Some(ConstValue::Int(i)) if i == i64::MIN as i128) =>
            {
                self.constant(ConstValue::Int(i64::MIN as i128), span)
            }
            Expr::UnaryOp(u) => {
                let v = self.expr(&u.operand)?;
                if u.op == ast::UnaryOp::Not {
                    return Some(TExpr { ty: Scalar::Bool, kind: TExprKind::Not(Box::new(truth(v))), span });
                }
                // Python: -True == -1 and +True == 1; bool arithmetic is int64 arithmetic.
                // numba: an int's -x, +x, ~x are 64-bit (-int8(-128) is 128).
                let v = if v.ty == Scalar::Bool { cast(v, Scalar::I64) } else { v };
                let v = match v.ty.widened() {
                    t if t != v.ty => cast(v, t),
                    _ => v,
                };
                match u.op {
                    ast::UnaryOp::UAdd => Some(TExpr { span, ..v }),
                    ast::UnaryOp::USub => match v.kind {
                        // Folded only when exact: -MIN stays a negation, which wraps,
                        // or raises under --overflow=raise, as at run time.
                        TExprKind::Const(c) if !matches!(c, ConstValue::Int(i) if i == i64::MIN as i128) => {
                            Some(TExpr { ty: v.ty, kind: TExprKind::Const(negate(c, v.ty)), span })
                        }
                        _ => Some(TExpr { ty: v.ty, kind: TExprKind::Neg(Box::new(v)), span }),
                    },
                    _ if v.ty.is_float() => {
                        self.errors
                            .push(Diagnostic::error("`~` needs an int or bool operand, not float").at(span, "a float"));
                        None
                    }
                    _ => Some(TExpr { ty: v.ty, kind: TExprKind::Invert(Box::new(v)), span }),
                }
            }
            _ => unreachable!("expr_unshared dispatches"),
        }
    }

    /// A comparison: an optional's or None test, tuples, a chain.
    fn compare_expr(&mut self, e: &Expr, span: Range<usize>) -> Option<TExpr> {
        match e {
            Expr::Compare(c) if self.optional_test(c).is_some() => {
                let (name, is_not) = self.optional_test(c)?;
                self.optional_test_expr(name, is_not, span)
            }
            Expr::Compare(c) if self.call_none_test(c).is_some() => {
                let (call, is_not) = self.call_none_test(c)?;
                self.call_is_none(call, is_not, span)
            }
            Expr::Compare(c) if self.is_none_test(c).is_some() => {
                let value = self.is_none_test(c)?;
                self.constant(ConstValue::Bool(value), span)
            }
            Expr::Compare(c) if self.dtype_test(c).is_some() => {
                let value = self.dtype_test(c)?;
                self.constant(ConstValue::Bool(value), span)
            }
            Expr::Compare(c)
                if c.ops.len() == 1
                    && !matches!(c.ops[0], ast::CmpOp::In | ast::CmpOp::NotIn)
                    && (self.is_tuple_operand(&c.left) || self.is_tuple_operand(&c.comparators[0])) =>
            {
                self.tuple_compare(c.ops[0], &c.left, &c.comparators[0], span)
            }
            Expr::Compare(c) => {
                // a < b < c is (a < b) and (b < c), nested to the right. In
                // a chain every operand is computed once (shared), operand
                // k+2 inside the `and` after comparison k, as Python
                // evaluates it only when that comparison held.
                let chain = c.ops.len() > 1;
                let mut operands = Vec::new();
                let mut shared = Vec::new();
                for x in std::iter::once(c.left.as_ref()).chain(&c.comparators) {
                    let mark = self.lets.len();
                    let queued = self.pre.len();
                    let errors = self.errors.len();
                    let mut e = self.expr(x);
                    // Queued before the statement, it would run before the
                    // operands on its left (a change of a list they read)
                    // and, after the second, whatever the comparisons decide.
                    if chain
                        && !operands.is_empty()
                        && self.errors.len() == errors
                        && self.list_queued(queued, operands.len() == 1)
                    {
                        self.errors.push(
                            Diagnostic::error("a list method or a builtin over a list (`xs.pop()`, `min(xs)`) in a later operand of a comparison chain is not supported yet")
                                .at(range(x), "computed before the chain")
                                .note("Python computes it after the operands on its left, and only while the comparisons before it hold; bind it to a name first, or compare in two steps"),
                        );
                        e = None;
                    }
                    if !chain && operands.len() == 1 && self.pre.len() > queued {
                        // `xs[-1] == xs.pop()`: the left operand first.
                        let left = operands.pop().flatten();
                        operands.push(left.map(|l| self.before_queued(queued, l)));
                    }
                    operands.push(if chain { e.map(|e| self.share(e)) } else { e });
                    shared.push(self.lets.split_off(mark));
                }
                let operands: Vec<TExpr> = operands.into_iter().collect::<Option<_>>()?;
                let mut cmps = Vec::new();
                for (i, op) in c.ops.iter().enumerate() {
                    cmps.push(self.compare(*op, operands[i].clone(), operands[i + 1].clone(), span.clone())?);
                }
                let mut acc = cmps.pop()?;
                while let Some(cmp) = cmps.pop() {
                    let rest = cplx::let_in(std::mem::take(&mut shared[cmps.len() + 2]), acc);
                    acc = TExpr {
                        ty: Scalar::Bool,
                        kind: TExprKind::And(Box::new(cmp), Box::new(rest)),
                        span: span.clone(),
                    };
                }
                let first: Vec<_> = shared.drain(..2).flatten().collect();
                Some(cplx::let_in(first, acc))
            }
            _ => unreachable!("expr_unshared dispatches"),
        }
    }

    /// `a and b`, `a or b`: the operands after the first run only sometimes.
    fn boolop_expr(&mut self, e: &Expr, span: Range<usize>) -> Option<TExpr> {
        match e {
            Expr::BoolOp(b) => self.bool_operands(b, span, |t, v| t.expr(v)),
            _ => unreachable!("expr_unshared dispatches"),
        }
    }

    /// `a and b ...` / `a or b ...`, each operand typed by `operand`. Each
    /// is reached only when those before it were true (`and`) or false
    /// (`or`): it knows what they prove. The operands after the first run
    /// only sometimes. The values join to one type.
    fn bool_operands(
        &mut self,
        b: &ast::ExprBoolOp,
        span: Range<usize>,
        operand: impl Fn(&mut Self, &Expr) -> Option<TExpr>,
    ) -> Option<TExpr> {
        let when = b.op == ast::BoolOp::And;
        let mut facts = Vec::new();
        let mut values = Vec::new();
        for (k, v) in b.values.iter().enumerate() {
            let mark = (self.pre.len(), self.errors.len());
            self.conditional += usize::from(k > 0);
            values.push(self.with_facts(facts.clone(), |t| operand(t, v)));
            if k > 0 {
                self.queued_in_arm(mark, range(v));
            }
            self.conditional -= usize::from(k > 0);
            facts.extend(self.none_facts(v, when));
        }
        let values: Vec<TExpr> = values.into_iter().collect::<Option<_>>()?;
        let ty = values.iter().skip(1).fold(values[0].ty, |a, v| join(a, v.ty));
        let mut it = values.into_iter().map(|v| cast(v, ty));
        let first = it.next()?;
        Some(it.fold(first, |acc, v| {
            let kind = match b.op {
                ast::BoolOp::And => TExprKind::And(Box::new(acc), Box::new(v)),
                ast::BoolOp::Or => TExprKind::Or(Box::new(acc), Box::new(v)),
            };
            TExpr { ty, kind, span: span.clone() }
        }))
    }

    /// `x if c else y`: each arm knows what the test proves.
    fn ifexp_expr(&mut self, e: &Expr, span: Range<usize>) -> Option<TExpr> {
        match e {
            Expr::IfExp(i) => {
                // A test's truth as `if` takes it (a list's, a set's, a str's too).
                let cond = self.condition(&i.test);
                let (yes, no) = (self.none_facts(&i.test, true), self.none_facts(&i.test, false));
                self.conditional += 1;
                let mark = (self.pre.len(), self.errors.len());
                let then = self.with_facts(yes, |t| t.expr(&i.body));
                self.queued_in_arm(mark, range(i.body.as_ref()));
                let mark = (self.pre.len(), self.errors.len());
                let orelse = self.with_facts(no, |t| t.expr(&i.orelse));
                self.queued_in_arm(mark, range(i.orelse.as_ref()));
                self.conditional -= 1;
                let (cond, then, orelse) = (cond?, then?, orelse?);
                let ty = join(then.ty, orelse.ty);
                Some(TExpr {
                    ty,
                    kind: TExprKind::IfExp(Box::new(cond), Box::new(cast(then, ty)), Box::new(cast(orelse, ty))),
                    span,
                })
            }
            _ => unreachable!("expr_unshared dispatches"),
        }
    }

    /// Whether `e` names the math module here (not shadowed by a local).
    fn math_module_of(&self, e: &Expr) -> Option<()> {
        match e {
            Expr::Name(n)
                if !self.types.contains_key(n.id.as_str())
                    && self.globals.modules.get(n.id.as_str()).map(String::as_str) == Some("math") =>
            {
                Some(())
            }
            _ => None,
        }
    }

    /// math.pi, math.e, math.tau, math.inf, math.nan.
    fn math_constant(&mut self, name: &str, span: Range<usize>) -> Option<TExpr> {
        match math_table::constant(name) {
            Some(v) => self.constant(ConstValue::Float(v), span),
            None => self.unsupported(span, &format!("`math.{name}` as a value is")),
        }
    }

    /// `math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)`, tolerances
    /// constant (a negative one is CPython's ValueError, said at compile
    /// time); `a` and `b` become float64 once (CPython's conversion).
    fn math_isclose(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let mut tol = [1e-9, 0.0];
        for k in &c.keywords {
            let slot = match k.arg.as_ref().map(|a| a.as_str()) {
                Some("rel_tol") => 0,
                Some("abs_tol") => 1,
                _ => return self.unsupported(range(&k.value), "this keyword of math.isclose() is"),
            };
            match literal_value(&k.value) {
                Some(ConstValue::Float(v)) => tol[slot] = v,
                Some(ConstValue::Int(v)) => tol[slot] = v as f64,
                _ => return self.unsupported(range(&k.value), "a tolerance of math.isclose() other than a number is"),
            }
        }
        if c.args.len() != 2 {
            return self.unsupported(span, "math.isclose() with other than two positional arguments is");
        }
        if tol.iter().any(|t| *t < 0.0) {
            self.errors.push(
                Diagnostic::error("math.isclose(): tolerances must be non-negative")
                    .at(span, "CPython raises ValueError here"),
            );
            return None;
        }
        let mark = self.lets.len();
        let a = self.expr(&c.args[0])?;
        let a = self.share(cast(a, Scalar::F64));
        let b = self.expr(&c.args[1])?;
        let b = self.share(cast(b, Scalar::F64));
        let body = math::isclose(a, b, tol[0], tol[1], &span);
        Some(self.wrap_lets(mark, body))
    }

    /// A call into the math module, with CPython's argument conversion (to
    /// float) and error checks (made at lowering).
    fn math_call(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        if name == "isclose" {
            return self.math_isclose(c, span);
        }
        if math_table::TUPLE_FUNCTIONS.contains(&name) {
            self.math_tuple(name, c, span.clone())?;
            self.errors.push(
                Diagnostic::error(format!("math.{name}() returns a tuple, used here as a number"))
                    .at(span, "a tuple")
                    .note(format!("unpack it (`m, e = math.{name}(x)`), index it, assign it or return it")),
            );
            return None;
        }
        if name == "gcd" || name == "lcm" {
            return self.math_gcd_lcm(name, c, span);
        }
        if name == "fsum" {
            return self.math_fsum(c, span);
        }
        if matches!(name, "isqrt" | "factorial" | "comb" | "perm") {
            return self.math_int(name, c, span);
        }
        if name == "dist" {
            return self.math_dist(c, span);
        }
        if name == "prod" {
            return self.math_prod(c, span);
        }
        if (name, c.args.len(), c.keywords.len()) == ("hypot", 0, 0) {
            // vector_norm of no coordinates.
            return Some(TExpr { ty: Scalar::F64, kind: TExprKind::Const(ConstValue::Float(0.0)), span });
        }
        let Some(f) = math_table::function_for(name, c.args.len()) else {
            return self.unsupported(span, &format!("`math.{name}` is"));
        };
        if !c.keywords.is_empty() {
            return self.unsupported(span, "keyword arguments in calls are");
        }
        let args: Vec<TExpr> =
            c.args.iter().map(|a| self.expr(a)).collect::<Vec<_>>().into_iter().collect::<Option<_>>()?;
        if name == "log" && args.len() == 2 {
            // CPython: log(x) / log(base), each with log's errors, in that
            // order; a base of 1 divides by zero ("float division by zero").
            let mut args = args.into_iter().map(|a| cast(a, Scalar::F64));
            let (x, base) = (args.next()?, args.next()?);
            let num = math::typed_call(f, vec![x], span.clone());
            let den = math::typed_call(f, vec![base], span.clone());
            return Some(TExpr {
                ty: Scalar::F64,
                kind: TExprKind::Binary(BinOp::Div, Box::new(num), Box::new(den)),
                span,
            });
        }
        if let (true, Some(bad)) = (name == "ldexp", args.get(1).filter(|a| a.ty.is_float())) {
            self.errors.push(
                Diagnostic::error("math.ldexp() needs an int exponent")
                    .at(bad.span.clone(), "not an int")
                    .note("CPython raises TypeError: Expected an int as second argument to ldexp."),
            );
            return None;
        }
        if args.len() != f.arity && name == "hypot" {
            self.errors.push(
                Diagnostic::error(format!("math.hypot() with {} arguments is not supported yet", args.len()))
                    .at(span, "here")
                    .note("pycc compiles math.hypot with 0 to 8 arguments"),
            );
            return None;
        }
        if args.len() != f.arity {
            self.errors.push(
                Diagnostic::error(format!(
                    "math.{name}() takes {} argument{} ({} given)",
                    f.arity,
                    if f.arity == 1 { "" } else { "s" },
                    args.len()
                ))
                .at(span, "here"),
            );
            return None;
        }
        if matches!(f.kind, crate::tir::math::Kind::ToInt { .. }) && !args[0].ty.is_float() {
            // CPython's floor/ceil/trunc of an int is the int itself
            // (`int.__floor__`), exact past 2**53 where a float is not.
            let x = args.into_iter().next()?;
            let u64 = Scalar::Int { bits: 64, signed: false };
            return Some(if x.ty == u64 { x } else { cast(x, Scalar::I64) });
        }
        Some(math::typed_call(f, math::float_args(f, args), span))
    }

    /// Builtins: abs, min, max, int, float, bool, round, pow.
    fn call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        if matches!(c.func.as_ref(), Expr::Name(n) if n.id.as_str() == rangevar::RANGE_OP) {
            return self.range_op(c, span);
        }
        if self.array_method_of(c).is_some() {
            return match self.method_call(c, false, span)? {
                Val::Scalar(e) => Some(e),
                _ => unreachable!("method_call gives a number when no array is wanted"),
            };
        }
        decide!(self.module_call(c, span.clone()));
        decide!(self.scalar_item(c, span.clone()));
        decide!(self.isinstance_call(c, span.clone()));
        if self.ufunc_reduce_name(&c.func).is_some() {
            return self.npfunc_number(c, span);
        }
        let name = match c.func.as_ref() {
            Expr::Name(n) if !self.types.contains_key(n.id.as_str()) => n.id.to_string(),
            Expr::Attribute(m) if self.ufunc_method_name(m).is_some() => return self.ufunc_method_error(m, span),
            Expr::Attribute(m)
                if c.args.is_empty()
                    && c.keywords.is_empty()
                    && matches!(m.attr.as_str(), "bit_length" | "bit_count") =>
            {
                return self.int_bits(m.attr.as_str(), &m.value, span)
            }
            Expr::Attribute(m) if c.args.is_empty() && c.keywords.is_empty() && m.attr.as_str() == "conjugate" => {
                return self.real_part(&m.value, "real", span)
            }
            Expr::Attribute(m) if c.args.is_empty() && c.keywords.is_empty() && m.attr.as_str() == "is_integer" => {
                return self.float_is_integer(&m.value, span)
            }
            Expr::Attribute(m) => return self.method_error(m, span),
            _ => return self.unsupported(span, "calls other than builtins are"),
        };
        if let Some(e) = self.minmax_of_tuple(&name, c) {
            return self.expr(&e);
        }
        if let ("min" | "max" | "sum", [arg], true) = (name.as_str(), c.args.as_slice(), c.keywords.is_empty()) {
            if self.is_builtin(&name) {
                decide!(self.array_builtin(&name, arg, span.clone()));
            }
        }
        if self.globals.functions.contains_key(&name) && !BUILTINS.contains(&name.as_str()) {
            return self.file_function_call(&name, c, span);
        }
        if self.is_npfunc_call(c) {
            return self.npfunc_number(c, span);
        }
        if self.call_name_unsupported(&name, &span) {
            return None;
        }
        if matches!(name.as_str(), "min" | "max") && !c.keywords.is_empty() && self.is_builtin(&name) {
            self.errors.push(
                Diagnostic::error(format!("`{name}(..., key=...)` here is not supported yet"))
                    .at(span, "evaluated after other calls or operators, or only on a condition")
                    .note("pycc computes it first, as its own statement: where the statement always computes it and computes only names and constants before it; bind it to a name first"),
            );
            return None;
        }
        if !c.keywords.is_empty() {
            return self.unsupported(span, "keyword arguments in calls are");
        }
        if let (true, [arg]) = (name == "float", c.args.as_slice()) {
            if let Some(text) = crate::syntax::parse::float_literal(arg) {
                return self.float_of_str(text, range(arg), span);
            }
        }
        if name == "divmod" {
            self.value(&Expr::Call(c.clone()))?;
            self.errors.push(
                Diagnostic::error("divmod() returns a tuple, used here as a number")
                    .at(span, "a tuple")
                    .note("unpack it (`q, r = divmod(a, b)`), assign it or return it"),
            );
            return None;
        }
        if name == "len" {
            return self.len_call(c, span);
        }
        self.builtin_call(&name, c, span)
    }

    /// A call of a function of a module (math, numpy, numpy.linalg,
    /// random, or a name imported from math) used as a number; NotMine when
    /// the callee is none of them.
    fn module_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Claim<TExpr> {
        if let Expr::Attribute(a) = c.func.as_ref() {
            if self.math_module_of(&a.value).is_some() {
                return Claim::checked(self.math_call(a.attr.as_str(), c, span));
            }
            if matches!(self.numpy_function(&c.func), Some(NpFunc::Norm | NpFunc::Inv | NpFunc::Det | NpFunc::Solve))
                || self.npfunc_call(c).is_some_and(|(n, _)| n.starts_with("linalg."))
            {
                return Claim::checked(self.npfunc_number(c, span));
            }
            if matches!(a.value.as_ref(), Expr::Attribute(l) if l.attr.as_str() == "linalg" && self.numpy_module_of(&l.value))
            {
                self.errors.push(
                    Diagnostic::error(format!("`numpy.linalg.{}` is not supported yet", a.attr.as_str()))
                        .at(span, "not supported")
                        .note(LINALG_NOTE),
                );
                return Claim::Failed;
            }
            if self.numpy_module_of(&a.value) {
                if let Some(to) = scalars::dtype(a.attr.as_str()) {
                    return Claim::checked(self.numpy_scalar_ctor(a.attr.as_str(), to, c, span));
                }
                return Claim::checked(self.numpy_scalar_call(a.attr.as_str(), c, span));
            }
            if let Some((module, name)) = self.random_function(&c.func) {
                if self.random_ndim(c).is_some() {
                    self.errors.push(
                        Diagnostic::error(format!("this call of `{name}` makes an array, used here as a number"))
                            .at(span, "an array"),
                    );
                    return Claim::Failed;
                }
                return Claim::checked(self.random_call(module, name, c, span));
            }
        }
        if let Expr::Name(n) = c.func.as_ref() {
            if let (false, Some((_, name))) = (
                self.types.contains_key(n.id.as_str()),
                self.globals.from_imports.get(n.id.as_str()).filter(|(m, _)| m == "math"),
            ) {
                let name = name.clone();
                return Claim::checked(self.math_call(&name, c, span));
            }
        }
        Claim::NotMine
    }

    /// A call of a function of this file used as a number: only a scalar
    /// result is one.
    fn file_function_call(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let (symbol, ret, args) = self.file_call(name, c, span.clone())?;
        match ret {
            None => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns None here; its value cannot be used"))
                        .at(span, "no value"),
                );
                None
            }
            Some(Ty::Array(_)) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns an array here, used as a number"))
                        .at(span, "an array")
                        .note("assign the call to a name first, then index the name"),
                );
                None
            }
            Some(Ty::Tuple(_)) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns a tuple here, used as a number"))
                        .at(span, "a tuple")
                        .note("assign the call to a name (or unpack it), or return it, then use the elements"),
                );
                None
            }
            Some(Ty::Dict(..)) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns a dict here, used as a number"))
                        .at(span, "a dict")
                        .note("assign the call to a name first, then use the dict"),
                );
                None
            }
            Some(Ty::List(_) | Ty::ListOf(_)) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns a list here, used as a number"))
                        .at(span, "a list")
                        .note("assign the call to a name first, then use the list"),
                );
                None
            }
            Some(Ty::Scalar(ty)) => Some(TExpr { ty, kind: TExprKind::Call(symbol, args), span }),
            Some(Ty::Str) => {
                // Learned now: the next round types the call as a str
                // (strings.rs); where it still comes here, a str is misused.
                if self.strs.insert(strings::str_call_mark(name)) {
                    return None;
                }
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns a str, used here as a number"))
                        .at(span, "a str")
                        .note(strings::STR_NOTE),
                );
                None
            }
            Some(Ty::Optional(t)) => Some(self.optional_number(symbol, args, t, span)),
            Some(Ty::OptionalArray(_)) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` can return None or an array; calling it is not supported yet"))
                        .at(span, "can be None"),
                );
                None
            }
            Some(Ty::Set(_)) => self.helper_set_result(name, span),
            Some(Ty::Complex(_)) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns a complex number here, used inside an expression"))
                        .at(span, "complex")
                        .note("assign the call to a name first, then use the name"),
                );
                None
            }
        }
    }

    /// Why a called name is not compiled (a numpy.linalg import, `map`, a
    /// shadowed or unknown builtin): true after its diagnostic.
    fn call_name_unsupported(&mut self, name: &str, span: &Range<usize>) -> bool {
        if let Some((_, f)) = self.globals.from_imports.get(name).filter(|(m, _)| m == "numpy.linalg") {
            self.errors.push(
                Diagnostic::error(format!("`numpy.linalg.{f}` is not supported yet"))
                    .at(span.clone(), "not supported")
                    .note(LINALG_NOTE),
            );
            return true;
        }
        if name == "map" {
            self.errors.push(
                Diagnostic::error("a `map(...)` object as a value is not supported")
                    .at(span.clone(), "a map object")
                    .note("pycc compiles `map(f, seq)` unpacked into names, `x, y = map(f, (a, b))`, with one `seq`"),
            );
            return true;
        }
        if let Some(kind) = self.shadowed_builtin(name) {
            // CPython looks the name up in the module before the builtins.
            self.errors.push(
                Diagnostic::error(format!("`{name}` is a module-level {kind} here, not the builtin"))
                    .at(span.clone(), format!("CPython raises TypeError: '{kind}' object is not callable"))
                    .note(format!("a module-level `{name} = ...` shadows the builtin `{name}` in every function")),
            );
            return true;
        }
        if matches!(name, "any" | "all") {
            // sema/desugar/anyall.rs rewrites the calls a statement always makes.
            self.errors.push(
                Diagnostic::error(format!("`{name}(...)` here is not supported yet"))
                    .at(span.clone(), "evaluated only on a condition, or not of one iterable")
                    .note(format!(
                        "pycc compiles `{name}(iterable)` where the statement always evaluates it (not after `and`/`or`, in an arm of `x if c else y` or in a `while` test): bind it to a name first"
                    )),
            );
            return true;
        }
        if name == "range" {
            self.errors.push(
                Diagnostic::error("a range object used here as a value is not supported yet")
                    .at(span.clone(), "a range object")
                    .note("pycc compiles `range(...)` in a `for`, and a range variable whose every use is `for i in r`, `len(r)`, `r[i]` or `x in r`"),
            );
            return true;
        }
        if name == "tuple" {
            self.errors.push(
                Diagnostic::error("tuple() of this value is not supported: its length is not known when compiling")
                    .at(span.clone(), "a tuple of unknown length")
                    .note("numba's tuples have a fixed length; pycc compiles tuple() of a list or tuple display, a tuple variable, `a.shape` and a range of constants"),
            );
            return true;
        }
        if !BUILTINS.contains(&name) {
            self.errors.push(
                Diagnostic::error(format!("`{name}` is neither a function of this file nor a supported builtin"))
                    .at(span.clone(), "unknown function")
                    .note("pycc compiles calls to top-level functions of the same file, the builtins of the README's table, `math` and numpy"),
            );
            return true;
        }
        false
    }

    /// `len(x)` of an array, an array expression or a tuple variable.
    fn len_call(&mut self, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        if let [arg] = c.args.as_slice() {
            if self.array_name(arg).is_some() {
                return self.array_len(arg, span);
            }
            // `len(mu[mask])`, `len(a + b)`: the array computed first.
            if self.is_array_like(arg) {
                let r = self.array_operand(arg).done()?;
                if r.ty.ndim == 0 {
                    return self.unsupported(span, "len() of a 0-d array is");
                }
                return Some(self.i64_var(r.shape[0], span));
            }
        }
        let [Expr::Name(t)] = c.args.as_slice() else {
            // Any other tuple-valued operand (`len((a, b))`, `len(m.shape[1:])`,
            // `len(f(x))`): computed as CPython does, its length known.
            if let [arg] = c.args.as_slice() {
                if matches!(arg, Expr::Tuple(t) if t.elts.is_empty()) {
                    return Some(TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(0)), span });
                }
                let at = self.checkpoint();
                if let Some(Val::Tuple(xs)) = self.value(arg) {
                    return Some(TExpr {
                        ty: Scalar::I64,
                        kind: TExprKind::Const(ConstValue::Int(xs.len() as i128)),
                        span,
                    });
                }
                self.rollback(at);
            }
            self.errors.push(Diagnostic::error("len() is supported on a tuple variable only").at(span, "here"));
            return None;
        };
        let Some(&n) = self.arity.get(t.id.as_str()) else {
            self.errors.push(
                Diagnostic::error("len() is supported on a tuple variable only")
                    .at(range(&c.args[0]), "not a tuple variable"),
            );
            return None;
        };
        Some(TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(n as i128)), span })
    }

    /// The builtins abs/min/max/float/bool/int/round/pow of numbers.
    fn builtin_call(&mut self, name: &str, c: &ast::ExprCall, span: Range<usize>) -> Option<TExpr> {
        let args: Vec<TExpr> =
            c.args.iter().map(|a| self.expr(a)).collect::<Vec<_>>().into_iter().collect::<Option<_>>()?;
        let n = args.len();
        let arity = |this: &mut Self, want: &str| {
            this.errors.push(Diagnostic::error(format!("{name}() takes {want} ({n} given)")).at(span.clone(), "here"));
            None
        };
        let mut args = args.into_iter();
        match name {
            "abs" if n == 1 => {
                let x = args.next()?;
                let x = if x.ty == Scalar::Bool { cast(x, Scalar::I64) } else { x };
                Some(TExpr { ty: x.ty, kind: TExprKind::Abs(Box::new(x)), span })
            }
            "min" | "max" if n >= 2 => {
                let args: Vec<TExpr> = args.collect();
                let ty = args.iter().skip(1).fold(args[0].ty, |a, v| join(a, v.ty));
                Some(TExpr {
                    ty,
                    kind: TExprKind::MinMax(name == "min", args.into_iter().map(|a| cast(a, ty)).collect()),
                    span,
                })
            }
            // CPython's float() is float64, of a numpy float32 too (numba keeps f4).
            "float" if n == 1 => Some(TExpr { span, ..cast(args.next()?, Scalar::F64) }),
            "bool" if n == 1 => Some(TExpr { span, ..truth(args.next()?) }),
            "int" if n == 1 => {
                let x = args.next()?;
                if x.ty.is_float() {
                    Some(TExpr { ty: Scalar::I64, kind: TExprKind::FloatToInt(Box::new(x)), span })
                } else {
                    Some(TExpr { span, ..cast(x, Scalar::I64) })
                }
            }
            "round" if n == 1 => {
                let x = args.next()?;
                if x.ty.is_float() {
                    Some(TExpr { ty: Scalar::I64, kind: TExprKind::Round(Box::new(x)), span })
                } else {
                    Some(TExpr { span, ..cast(x, Scalar::I64) })
                }
            }
            "round" if n == 2 => {
                let (x, ndigits) = (args.next()?, args.next()?);
                if ndigits.ty.is_float() {
                    self.errors.push(
                        Diagnostic::error("round() needs an int ndigits, not float")
                            .at(ndigits.span.clone(), "a float")
                            .note("CPython raises TypeError: 'float' object cannot be interpreted as an integer"),
                    );
                    return None;
                }
                if x.ty.is_float() {
                    let args = vec![cast(x, Scalar::F64), cast(ndigits, Scalar::F64)];
                    Some(math::typed_call(&math_table::ROUND_NDIGITS, args, span))
                } else {
                    self.round_int(x, ndigits, span)
                }
            }
            "pow" if n == 2 => {
                let (b, e) = (args.next()?, args.next()?);
                self.binary(ast::Operator::Pow, b, e, span)
            }
            "pow" if n == 3 => {
                let args: Vec<TExpr> = args.collect();
                if let Some(f) = args.iter().find(|a| a.ty.is_float()) {
                    self.errors.push(
                        Diagnostic::error("pow() with a modulus needs int arguments, not float")
                            .at(f.span.clone(), "a float")
                            .note("CPython raises TypeError: pow() 3rd argument not allowed unless all arguments are integers"),
                    );
                    return None;
                }
                // CPython's modular power (a negative exponent: of the
                // inverse) in the runtime, with its ValueErrors.
                let args = args.into_iter().map(|a| cast(a, Scalar::I64)).collect();
                let kind = TExprKind::Runtime(crate::abi::runtime::POWMOD_FN, args);
                Some(TExpr { ty: Scalar::I64, kind, span })
            }
            "abs" | "float" | "bool" | "int" => arity(self, "exactly one argument"),
            "min" | "max" => arity(self, "at least two arguments (one iterable is not supported)"),
            "round" => arity(self, "one or two arguments"),
            _ => arity(self, "two or three arguments"),
        }
    }

    /// `float('inf')`, `float('nan')`, `float('1.5')`: the number CPython
    /// parses; a string it cannot parse raises ValueError there, an error here.
    fn float_of_str(&mut self, text: &str, at: Range<usize>, span: Range<usize>) -> Option<TExpr> {
        match crate::syntax::parse::float_of_str(text) {
            Some(v) => self.constant(ConstValue::Float(v), span),
            None => {
                // Python's repr of the string (quotes as CPython picks them).
                let repr = if text.contains('\'') && !text.contains('"') {
                    format!("\"{text}\"")
                } else {
                    format!("'{text}'")
                };
                self.errors.push(
                    Diagnostic::error(format!("float() of {repr}, which is not a number"))
                        .at(at, "not a float literal")
                        .note(format!("CPython raises ValueError: could not convert string to float: {repr}")),
                );
                None
            }
        }
    }

    /// `round(x, ndigits)` of an int (int.__round__): x itself for
    /// ndigits >= 0, else x rounded half to even to a multiple of
    /// p = 10**-ndigits: q = x // p and r = x % p (0 <= r < p), one more p
    /// when 2r > p or 2r == p with q odd. For int64, p is one of 18
    /// constants (a select chain); from ndigits = -20 on every x rounds to
    /// 0, and at -19 only |x| > 5 * 10**18 rounds away, to +-10**19. Results
    /// past int64 wrap like other int arithmetic (ring arithmetic keeps the
    /// wrapped value exact). A constant ndigits folds away.
    fn round_int(&mut self, x: TExpr, ndigits: TExpr, span: Range<usize>) -> Option<TExpr> {
        // x, ndigits and the intermediate values are read several times:
        // each computed once, shared.
        let x = self.share(cast(x, Scalar::I64));
        let n = self.share(cast(ndigits, Scalar::I64));
        let sp = span.clone();
        let int =
            move |v: i128| TExpr { ty: Scalar::I64, kind: TExprKind::Const(ConstValue::Int(v)), span: sp.clone() };
        let cmp = |op: CmpOp, a: &TExpr, b: TExpr| TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(a.clone()), Box::new(b)),
            span: span.clone(),
        };
        let pick = |c: TExpr, a: TExpr, b: TExpr| TExpr {
            ty: Scalar::I64,
            kind: TExprKind::IfExp(Box::new(c), Box::new(a), Box::new(b)),
            span: span.clone(),
        };
        // 10**19 wraps to 10**19 - 2**64 in int64.
        let wrapped = 10i128.pow(19) - (1i128 << 64);
        let mut p = int(1);
        for k in (1..=18u32).rev() {
            p = pick(cmp(CmpOp::Eq, &n, int(-(k as i128))), int(10i128.pow(k)), p);
        }
        let p = self.share(p);
        let q = self.binary(ast::Operator::FloorDiv, x.clone(), p.clone(), span.clone())?;
        let q = self.share(q);
        let r = self.binary(ast::Operator::Mod, x.clone(), p.clone(), span.clone())?;
        let r = self.share(r);
        let twice = self.binary(ast::Operator::Add, r.clone(), r, span.clone())?;
        let twice = self.share(twice);
        let above = cmp(CmpOp::Gt, &twice, p.clone());
        let tie = cmp(CmpOp::Eq, &twice, p.clone());
        let low_bit = self.binary(ast::Operator::BitAnd, q.clone(), int(1), span.clone())?;
        let odd = cmp(CmpOp::Eq, &low_bit, int(1));
        let tie_odd =
            TExpr { ty: Scalar::Bool, kind: TExprKind::And(Box::new(tie), Box::new(odd)), span: span.clone() };
        let up =
            TExpr { ty: Scalar::Bool, kind: TExprKind::Or(Box::new(above), Box::new(tie_odd)), span: span.clone() };
        let base = self.binary(ast::Operator::Mult, q, p.clone(), span.clone())?;
        let rounded = self.binary(ast::Operator::Add, base, pick(up, p, int(0)), span.clone())?;
        let half = 5 * 10i128.pow(18);
        let at_19 = pick(
            cmp(CmpOp::Gt, &x, int(half)),
            int(wrapped),
            pick(cmp(CmpOp::Lt, &x, int(-half)), int(-wrapped), int(0)),
        );
        let negative = pick(cmp(CmpOp::Lt, &n, int(-19)), int(0), pick(cmp(CmpOp::Eq, &n, int(-19)), at_19, rounded));
        Some(pick(cmp(CmpOp::Ge, &n, int(0)), x, negative))
    }

    /// A call to a function of this file: its specialization for these
    /// argument types (bools and narrow ints keep their types, as numba).
    /// A tuple argument is passed as its elements.
    fn file_call(
        &mut self,
        name: &str,
        c: &ast::ExprCall,
        span: Range<usize>,
    ) -> Option<(String, Option<Ty>, Vec<TExpr>)> {
        let positional = self.positional_args(name, c, &span)?;
        let passing = std::mem::replace(&mut self.passing_args, true);
        let vals = self.in_order(&positional, Self::passed_value);
        self.passing_args = passing;
        let vals = vals?;
        // A str argument is its object's address; the callee's parameter
        // is a str (numba's unicode_type), alive for the caller's call.
        let strs: Vec<bool> = positional.iter().map(|e| self.is_passed_str(e)).collect();
        if let Some(k) = vals.iter().position(|v| matches!(v, Val::List(l) if self.nested(&l.name))) {
            self.unsupported(range(&positional[k]), "passing a list of lists to a function is")?;
            return None;
        }
        let sets: Vec<Option<Ty>> = positional.iter().map(|e| self.passed_set_ty(e)).collect();
        let types: Vec<Ty> = vals
            .iter()
            .zip(&strs)
            .zip(sets)
            .map(|((v, &s), set)| if s { Ty::Str } else { set.unwrap_or_else(|| self.arg_ty(v)) })
            .collect();
        let passed: Vec<(usize, String)> = vals
            .iter()
            .enumerate()
            .flat_map(|(j, a)| match a {
                Val::Array(r) => vec![(j, r.name.clone())],
                Val::Tuple(xs) => xs
                    .iter()
                    .filter_map(|x| match x {
                        Val::Array(r) => Some((j, r.name.clone())),
                        _ => None,
                    })
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        let lists_passed = self.passed_array_lists(&vals);
        let unknown = self.unknown_lists(&vals);
        let args: Vec<TExpr> = vals.into_iter().flat_map(|a| a.flat(&span)).collect();
        let clashed = |e: &Expr| forward::names_in(e).iter().any(|n| self.clashes.contains(n));
        if positional.iter().any(clashed) {
            // A name whose kinds clashed is split and the function typed
            // again (webs.rs): a helper typed now would see the whole
            // name's kind and fail for a call the split body never makes.
            self.callee_failed = true;
            return None;
        }
        let requested = match self.specs.request(name, &types, span.clone()) {
            Ok((symbol, _)) if self.specs.returns_tolist(&symbol) => {
                self.specs.request_as(name, &format!("{name}.list"), &types, span.clone())
            }
            other => other,
        };
        match requested {
            Ok((symbol, _)) if self.specs.returns_tolist(&symbol) => {
                self.errors.push(
                    Diagnostic::error(format!("`{name}` returns `a.tolist()` or a tuple holding None or a str; calling it from the file is not supported yet"))
                        .at(span, "this call")
                        .note("only the exported function's caller in Python gets its list; call a helper that returns the array instead"),
                );
                None
            }
            Ok((symbol, ret)) => {
                let filled = self.specs.filled(&symbol);
                self.learn_filled(&unknown, filled, &positional);
                // An array the callee stores into (or may: one still being
                // typed, in a recursion) needs a writable buffer here too.
                let written = self.specs.written(&symbol);
                for (j, array) in passed.into_iter().chain(lists_passed) {
                    if written.as_ref().is_none_or(|w| w.contains(&j)) {
                        self.mark_written(&array);
                        self.no_read_only(&array, "passing an array to a function that stores into it", &span)?;
                    }
                }
                Some((symbol, ret, args))
            }
            Err(Some(d)) => {
                self.errors.push(d);
                None
            }
            Err(None) => {
                self.callee_failed = true;
                None
            }
        }
    }

    /// A str passed to a file function (not a list or tuple of strs).
    fn is_passed_str(&self, e: &Expr) -> bool {
        self.is_str_expr(e) && !self.is_strlist_expr(e)
    }

    /// An argument of a call to a file function: a str as its address.
    fn passed_value(&mut self, e: &Expr) -> Option<Val> {
        if self.is_passed_str(e) {
            return self.str_value(e).map(Val::Scalar);
        }
        if self.is_set_expr(e) {
            return self.passed_set(e).map(Val::Scalar);
        }
        self.value(e)
    }

    /// The arguments of a call to the file function `name` in parameter
    /// order: a keyword argument in its parameter's place, and a parameter
    /// left out before one given by keyword filled with its default (a
    /// constant, so it means the same at the call site). CPython's
    /// TypeErrors for a bad call are diagnostics.
    fn positional_args(&mut self, name: &str, c: &ast::ExprCall, span: &Range<usize>) -> Option<Vec<Expr>> {
        if c.keywords.is_empty() {
            return Some(c.args.clone());
        }
        let def = self.globals.functions.get(name)?;
        if def.args.vararg.is_some() || def.args.kwarg.is_some() || !def.args.kwonlyargs.is_empty() {
            return self
                .unsupported(
                    span.clone(),
                    "keyword arguments to a function with `*args`, `**kwargs` or keyword-only parameters are",
                )
                .map(|_| Vec::new());
        }
        let params: Vec<&ast::ArgWithDefault> = def.args.posonlyargs.iter().chain(&def.args.args).collect();
        let named = def.args.posonlyargs.len();
        let mut slots: Vec<Option<Expr>> = vec![None; params.len().max(c.args.len())];
        c.args.iter().enumerate().for_each(|(i, a)| slots[i] = Some(a.clone()));
        let fail = |this: &mut Self, at: Range<usize>, msg: String| {
            this.errors.push(
                Diagnostic::error(format!("bad call to `{name}`: {msg}"))
                    .at(at, "here")
                    .note(format!("CPython raises TypeError: {name}() {msg}")),
            );
            None
        };
        let (mut last, mut ordered) = (0, true);
        for k in &c.keywords {
            let Some(id) = &k.arg else {
                return self.unsupported(range(&k.value), "`**` arguments in calls are").map(|_| Vec::new());
            };
            let Some(j) = params.iter().skip(named).position(|p| p.def.arg.as_str() == id.as_str()).map(|j| j + named)
            else {
                let msg = if params[..named].iter().any(|p| p.def.arg.as_str() == id.as_str()) {
                    format!("got some positional-only arguments passed as keyword arguments: '{id}'")
                } else {
                    format!("got an unexpected keyword argument '{id}'")
                };
                return fail(self, range(&k.value), msg);
            };
            if slots[j].is_some() {
                return fail(self, range(&k.value), format!("got multiple values for argument '{id}'"));
            }
            ordered &= j >= last;
            last = j;
            slots[j] = Some(k.value.clone());
        }
        // CPython evaluates keyword arguments in source order: reordering
        // them is only safe when none of them can have an effect.
        if !ordered && !c.keywords.iter().all(|k| is_pure(&k.value)) {
            return self
                .unsupported(span.clone(), "keyword arguments with calls, out of parameter order, are")
                .map(|_| Vec::new());
        }
        let end = slots.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
        for (j, slot) in slots.iter_mut().enumerate().take(end) {
            if slot.is_some() {
                continue;
            }
            let p = params[j];
            match p.default.as_deref() {
                Some(d) if crate::syntax::parse::fold_constant(d, &self.globals.constants).is_some() => {
                    *slot = Some(d.clone());
                }
                Some(d) => {
                    return self
                        .unsupported(
                            range(d),
                            "a default that is not a number constant, left out before a keyword argument, is",
                        )
                        .map(|_| Vec::new());
                }
                None => {
                    let msg = format!("missing 1 required positional argument: '{}'", p.def.arg);
                    return fail(self, span.clone(), msg);
                }
            }
        }
        Some(slots.into_iter().take(end).flatten().collect())
    }

    /// `& | ^` keep bools bool (True & False is False); shifts and mixed
    /// operands are ints. Floats are a TypeError in Python: a diagnostic here.
    fn bitwise(&mut self, op: BinOp, l: TExpr, r: TExpr, span: Range<usize>) -> Option<TExpr> {
        if let Some(f) = [&l, &r].into_iter().find(|e| e.ty.is_float()) {
            self.errors.push(
                Diagnostic::error("bitwise operators need int or bool operands, not float")
                    .at(f.span.clone(), "a float"),
            );
            return None;
        }
        let both_bool = l.ty == Scalar::Bool && r.ty == Scalar::Bool;
        let ty = if both_bool && !matches!(op, BinOp::LShift | BinOp::RShift) {
            Scalar::Bool
        } else if matches!(op, BinOp::LShift | BinOp::RShift) {
            // numba: a shift is 64 bits of the left operand's signedness.
            if l.ty == Scalar::Bool {
                Scalar::I64
            } else {
                l.ty.widened()
            }
        } else {
            Scalar::arith(l.ty, r.ty)
        };
        Some(TExpr { ty, kind: TExprKind::Binary(op, Box::new(cast(l, ty)), Box::new(cast(r, ty))), span })
    }

    fn compare(&mut self, op: ast::CmpOp, l: TExpr, r: TExpr, span: Range<usize>) -> Option<TExpr> {
        if matches!(op, ast::CmpOp::Is | ast::CmpOp::IsNot) {
            return self.identity(op == ast::CmpOp::IsNot, l, r, span);
        }
        let Some(op) = cmp_op(op) else { return self.unsupported(span, "`is`, `is not`, `in` and `not in` are") };
        let u64 = Scalar::Int { bits: 64, signed: false };
        let signed = |t: Scalar| matches!(t, Scalar::Int { signed: true, .. });
        if (l.ty == u64 && signed(r.ty)) || (r.ty == u64 && signed(l.ty)) {
            return Some(self.mixed_sign_compare(op, l, r, span));
        }
        // An int that float64 holds exactly (a small constant, a narrower
        // int widened) compares the same either way.
        let exact = |e: &TExpr| match &e.kind {
            TExprKind::Const(ConstValue::Int(v)) => v.unsigned_abs() <= 1 << 53,
            TExprKind::Cast(x) => matches!(x.ty, Scalar::Bool | Scalar::Int { bits: ..=32, .. }),
            _ => false,
        };
        let wide_int = |e: &TExpr| matches!(e.ty, Scalar::Int { bits: 64, .. }) && !exact(e);
        let numpy = self.numpy_compare.as_ref() == Some(&span);
        if !numpy && ((wide_int(&l) && r.ty.is_float()) || (wide_int(&r) && l.ty.is_float())) {
            return Some(self.int_float_compare(op, l, r, span));
        }
        // bool == bool compares as bools; anything else in the unified type.
        let ty = join(l.ty, r.ty);
        Some(TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(cast(l, ty)), Box::new(cast(r, ty))),
            span,
        })
    }

    /// A uint64 compared with a signed int, by value as CPython compares
    /// ints: the unified type (int64) would wrap a uint64 above 2**63. A
    /// negative signed operand is below every uint64; otherwise both
    /// operands compare exactly as uint64. Each operand is computed once.
    fn mixed_sign_compare(&mut self, op: CmpOp, l: TExpr, r: TExpr, span: Range<usize>) -> TExpr {
        let u64 = Scalar::Int { bits: 64, signed: false };
        let mark = self.lets.len();
        let (l, r) = (self.share(l), self.share(r));
        let signed_left = l.ty != u64;
        let s = if signed_left { l.clone() } else { r.clone() };
        let zero = TExpr { ty: s.ty, kind: TExprKind::Const(ConstValue::Int(0)), span: span.clone() };
        let negative = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(CmpOp::Lt, Box::new(s), Box::new(zero)),
            span: span.clone(),
        };
        // With the signed operand negative: `s < u`, `s <= u`, `s != u` hold.
        let below = matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Ne);
        let above = matches!(op, CmpOp::Gt | CmpOp::Ge | CmpOp::Ne);
        let when_negative = if signed_left { below } else { above };
        let known =
            TExpr { ty: Scalar::Bool, kind: TExprKind::Const(ConstValue::Bool(when_negative)), span: span.clone() };
        let exact = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::Compare(op, Box::new(cast(l, u64)), Box::new(cast(r, u64))),
            span: span.clone(),
        };
        let e = TExpr {
            ty: Scalar::Bool,
            kind: TExprKind::IfExp(Box::new(negative), Box::new(known), Box::new(exact)),
            span,
        };
        self.wrap_lets(mark, e)
    }

    /// A 64-bit int compared with a float by value, as CPython's
    /// float_richcompare: the int rounded to float64 decides where it
    /// differs from the float (rounding keeps the order; a nan differs);
    /// where they are equal the float is integral, and the ints compare,
    /// except for the float 2**63 (2**64 for uint64), the rounding of ints
    /// just below it, which is above every int. Operands computed once.
    fn int_float_compare(&mut self, op: CmpOp, l: TExpr, r: TExpr, span: Range<usize>) -> TExpr {
        let mark = self.lets.len();
        let (l, r) = (self.share(l), self.share(r));
        let int_left = !l.ty.is_float();
        let (i, f) = if int_left { (l.clone(), r.clone()) } else { (r.clone(), l.clone()) };
        let f = cast(f, Scalar::F64);
        let node = |ty, kind| TExpr { ty, kind, span: span.clone() };
        let cmp = |op, a: TExpr, b: TExpr| node(Scalar::Bool, TExprKind::Compare(op, Box::new(a), Box::new(b)));
        let float = |v: f64| node(Scalar::F64, TExprKind::Const(ConstValue::Float(v)));
        let limit = if i.ty == (Scalar::Int { bits: 64, signed: false }) {
            18446744073709551616.0
        } else {
            9223372036854775808.0
        };
        let rounded = cmp(CmpOp::Ne, cast(i.clone(), Scalar::F64), f.clone());
        let as_floats = cmp(op, cast(l, Scalar::F64), cast(r, Scalar::F64));
        let big = cmp(CmpOp::Ge, f.clone(), float(limit));
        // The float's int value (0 where it is the limit, which no int holds).
        let clamped = node(Scalar::F64, TExprKind::IfExp(Box::new(big.clone()), Box::new(float(0.0)), Box::new(f)));
        let fi = if i.ty == Scalar::I64 {
            cast(clamped, Scalar::I64)
        } else {
            // uint64: the upper half through int64, 2**63 added back.
            let half = 9223372036854775808.0;
            let upper = self.share(cmp(CmpOp::Ge, clamped.clone(), float(half)));
            let low =
                node(Scalar::F64, TExprKind::Binary(BinOp::Sub, Box::new(clamped.clone()), Box::new(float(half))));
            let low = node(Scalar::F64, TExprKind::IfExp(Box::new(upper.clone()), Box::new(low), Box::new(clamped)));
            let int = |v: i128| node(i.ty, TExprKind::Const(ConstValue::Int(v)));
            let offset = node(i.ty, TExprKind::IfExp(Box::new(upper), Box::new(int(1 << 63)), Box::new(int(0))));
            let low = cast(cast(low, Scalar::I64), i.ty);
            node(i.ty, TExprKind::Binary(BinOp::Add, Box::new(low), Box::new(offset)))
        };
        let as_ints = if int_left { cmp(op, i, fi) } else { cmp(op, fi, i) };
        let above = if int_left {
            matches!(op, CmpOp::Lt | CmpOp::Le | CmpOp::Ne)
        } else {
            matches!(op, CmpOp::Gt | CmpOp::Ge | CmpOp::Ne)
        };
        let at_limit = node(Scalar::Bool, TExprKind::Const(ConstValue::Bool(above)));
        let equal = node(Scalar::Bool, TExprKind::IfExp(Box::new(big), Box::new(at_limit), Box::new(as_ints)));
        let e = node(Scalar::Bool, TExprKind::IfExp(Box::new(rounded), Box::new(as_floats), Box::new(equal)));
        self.wrap_lets(mark, e)
    }

    fn unsupported(&mut self, span: Range<usize>, what: &str) -> Option<TExpr> {
        self.errors.push(
            Diagnostic::error(format!("{what} not supported yet"))
                .at(span, "unsupported")
                .note("see the README's table of what works"),
        );
        None
    }

    fn binary(&mut self, op: ast::Operator, l: TExpr, r: TExpr, span: Range<usize>) -> Option<TExpr> {
        let Some(op) = bin_op(op) else { return self.unsupported(span, "the `@` operator is") };
        if matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::LShift | BinOp::RShift) {
            return self.bitwise(op, l, r, span);
        }
        let wide = |t: Scalar| matches!(t, Scalar::Int { bits: 64, .. });
        if op == BinOp::Div && !l.ty.is_float() && !r.ty.is_float() && (wide(l.ty) || wide(r.ty)) {
            return Some(self.int_truediv(l, r, span));
        }
        let mut ty = Scalar::arith(l.ty, r.ty);
        if op == BinOp::Div && !ty.is_float() {
            // int / int is a float in Python 3 (numba converts both first).
            ty = Scalar::F64;
        }
        // int ** int is an int, as numba types it (a negative exponent gives
        // numba's int result, see lower.rs `var_int_pow`).
        let (l, r) = (cast(l, ty), cast(r, ty));
        Some(self.division_op(op, l, r, ty, span))
    }
}

/// `10 ** -8` of int literals: CPython's compiler folds it to the float
/// 1e-08 before anything runs (numba sees that constant too), where int
/// ** int typed as numba types it would give the int 0.
fn literal_int_pow(b: &ast::ExprBinOp) -> Option<f64> {
    let env = HashMap::new();
    let int = |e: &Expr| matches!(crate::syntax::parse::fold_constant(e, &env), Some(ConstValue::Int(_)));
    if b.op != ast::Operator::Pow || !int(&b.left) || !int(&b.right) {
        return None;
    }
    match crate::syntax::parse::fold_constant(&Expr::BinOp(b.clone()), &env) {
        Some(ConstValue::Float(v)) => Some(v),
        _ => None,
    }
}

/// Two returned types joined: scalars as variables join, tuples of one
/// length element by element; None when a tuple meets a number or another length.
fn join_ty(a: &Ty, b: &Ty) -> Option<Ty> {
    match (a, b) {
        (Ty::Scalar(x), Ty::Scalar(y)) => Some(Ty::Scalar(join(*x, *y))),
        (Ty::Tuple(xs), Ty::Tuple(ys)) if xs.len() == ys.len() => {
            Some(Ty::Tuple(xs.iter().zip(ys).map(|(x, y)| join_ty(x, y)).collect::<Option<_>>()?))
        }
        (Ty::Complex(x), Ty::Complex(y)) => Some(Ty::Complex(join(*x, *y))),
        (Ty::Array(x), Ty::Array(y)) => x.join(y).map(Ty::Array),
        (Ty::Str, Ty::Str) => Some(Ty::Str),
        (Ty::Set(x), Ty::Set(y)) if x == y => Some(a.clone()),
        // Items of a tuple result that are None on some path.
        (Ty::Optional(x), Ty::Optional(y)) => Some(Ty::Optional(join(*x, *y))),
        // Containers of one item type (`return res` early and at the end).
        (Ty::List(x), Ty::List(y)) if x == y => Some(a.clone()),
        (Ty::ListOf(x), Ty::ListOf(y)) if x == y => Some(a.clone()),
        (Ty::Dict(xk, xv), Ty::Dict(yk, yv)) if xk == yk && xv == yv => Some(a.clone()),
        _ => None,
    }
}

/// `can_convert` element by element for tuples of the same length.
fn can_convert_ty(from: &Ty, to: &Ty) -> bool {
    match (from, to) {
        (Ty::Scalar(x), Ty::Scalar(y)) => can_convert(*x, *y),
        (Ty::Tuple(xs), Ty::Tuple(ys)) => xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| can_convert_ty(x, y)),
        (Ty::Complex(_), Ty::Complex(_)) => true,
        (Ty::Array(x), Ty::Array(y)) => x.fits(y),
        (Ty::List(x), Ty::List(y)) => x == y,
        (Ty::ListOf(x), Ty::ListOf(y)) => can_convert_ty(x, y),
        (Ty::Dict(xk, xv), Ty::Dict(yk, yv)) => xk == yk && xv == yv,
        (Ty::Str, Ty::Str) => true,
        (Ty::Set(x), Ty::Set(y)) => x == y,
        _ => false,
    }
}

/// Implicit conversions pycc allows at a return: widening to float, ints
/// between widths (wrapping, as numba), bool to int. Not float to int.
fn can_convert(from: Scalar, to: Scalar) -> bool {
    match (from, to) {
        (a, b) if a == b => true,
        (_, Scalar::Float { .. }) => true,
        (Scalar::Int { .. } | Scalar::Bool, Scalar::Int { .. }) => true,
        _ => false,
    }
}

/// The first line of a statement: a caret under a whole loop body helps no one.
fn first_line(r: Range<usize>, text: &str) -> Range<usize> {
    let first = text[r.clone()].lines().next().unwrap_or("");
    r.start..r.start + first.trim_end().len()
}

fn unsupported_stmt(stmt: &Stmt, text: &str) -> Diagnostic {
    let what = match stmt {
        Stmt::TryStar(_) => "`try` with `except*` is",
        Stmt::With(_) | Stmt::AsyncWith(_) => "`with` is",
        Stmt::Global(_) | Stmt::Nonlocal(_) => "`global` and `nonlocal` are",
        Stmt::Delete(_) => "`del` is",
        Stmt::ClassDef(_) => "classes are",
        Stmt::FunctionDef(_) => "nested functions are",
        Stmt::Import(_) | Stmt::ImportFrom(_) => "imports inside functions are",
        _ => "this statement is",
    };
    Diagnostic::error(format!("{what} not supported yet"))
        .at(first_line(range(stmt), text), "unsupported")
        .note("see the README's table of what works")
}

/// Python truthiness as a bool expression.
pub fn truth(e: TExpr) -> TExpr {
    if e.ty == Scalar::Bool {
        return e;
    }
    let span = e.span.clone();
    TExpr { ty: Scalar::Bool, kind: TExprKind::Truth(Box::new(e)), span }
}

/// What an unsupported `numpy.linalg` function's diagnostic lists.
const LINALG_NOTE: &str =
    "pycc compiles numpy.linalg.norm, inv, det, solve, pinv, eigvals, eigvalsh, eig, eigh, matrix_rank, cholesky, matrix_power, qr, svd, lstsq, cond and slogdet";

/// The builtin functions pycc compiles.
const BUILTINS: &[&str] = &["abs", "min", "max", "int", "float", "bool", "round", "pow", "divmod", "len"];

/// Whether a statement list cannot complete normally (every path returns,
/// or loops forever without `break`).
fn always_returns(stmts: &[TStmt]) -> bool {
    stmts.iter().any(|s| match s {
        TStmt::Return { .. } | TStmt::Raise { .. } | TStmt::Fail { .. } => true,
        TStmt::If { then, orelse, .. } => always_returns(then) && always_returns(orelse),
        TStmt::Try { body, handler } => always_returns(body) && always_returns(handler),
        TStmt::Seq(body) => always_returns(body),
        // Without a `break`, a loop ends only through its else clause (or
        // never, for `while True`).
        TStmt::While { cond, body, orelse } => {
            !breaks(body) && (matches!(cond.kind, TExprKind::Const(ConstValue::Bool(true))) || always_returns(orelse))
        }
        TStmt::For { body, orelse, .. } => !breaks(body) && always_returns(orelse),
        _ => false,
    })
}

/// Whether a loop body contains a `break` for that loop (the else clause of
/// a nested loop belongs to this one; the nested body does not).
pub fn breaks(stmts: &[TStmt]) -> bool {
    stmts.iter().any(|s| match s {
        TStmt::Break => true,
        TStmt::If { then, orelse, .. } | TStmt::Try { body: then, handler: orelse } => breaks(then) || breaks(orelse),
        TStmt::Seq(body) => breaks(body),
        TStmt::While { orelse, .. } | TStmt::For { orelse, .. } => breaks(orelse),
        _ => false,
    })
}

/// Converts every returned value to the function's return type.
fn convert_returns(stmts: &mut [TStmt], rt: &[Scalar]) {
    for s in stmts {
        match s {
            TStmt::Return { values, .. } => {
                for (v, &t) in values.iter_mut().zip(rt) {
                    let e =
                        std::mem::replace(v, TExpr { ty: t, kind: TExprKind::Const(ConstValue::Int(0)), span: 0..0 });
                    *v = cast(e, t);
                }
            }
            TStmt::If { then, orelse, .. } | TStmt::Try { body: then, handler: orelse } => {
                convert_returns(then, rt);
                convert_returns(orelse, rt);
            }
            TStmt::Seq(body) => convert_returns(body, rt),
            TStmt::While { body, orelse, .. } | TStmt::For { body, orelse, .. } => {
                convert_returns(body, rt);
                convert_returns(orelse, rt);
            }
            _ => {}
        }
    }
}

pub fn cast(e: TExpr, to: Scalar) -> TExpr {
    if e.ty == to {
        return e;
    }
    let span = e.span.clone();
    match e.kind {
        // An int constant that does not fit stays a run-time cast, so that
        // `--overflow=raise` checks it (in wrap mode py-egg folds it the same).
        TExprKind::Const(ConstValue::Int(i)) if matches!(to, Scalar::Int { bits, signed } if wrap(i, bits, signed) != i) => {
            TExpr {
                ty: to,
                kind: TExprKind::Cast(Box::new(TExpr { kind: TExprKind::Const(ConstValue::Int(i)), ..e })),
                span,
            }
        }
        TExprKind::Const(c) => TExpr { ty: to, kind: TExprKind::Const(convert_const(c, to)), span },
        _ => TExpr { ty: to, kind: TExprKind::Cast(Box::new(e)), span },
    }
}

/// Constant conversion with the same rules py.cast has at run time.
fn convert_const(c: ConstValue, to: Scalar) -> ConstValue {
    let as_int = |c: ConstValue| match c {
        ConstValue::Int(i) => i,
        ConstValue::Bool(b) => b as i128,
        ConstValue::Float(f) => f as i128,
    };
    match to {
        Scalar::Float { bits: 32 } => ConstValue::Float(match c {
            ConstValue::Float(f) => f as f32 as f64,
            other => as_int(other) as f32 as f64,
        }),
        Scalar::Float { .. } => ConstValue::Float(match c {
            ConstValue::Float(f) => f,
            other => as_int(other) as f64,
        }),
        Scalar::Bool => ConstValue::Bool(as_int(c) != 0),
        Scalar::Int { bits, signed } => ConstValue::Int(wrap(as_int(c), bits, signed)),
    }
}

fn negate(c: ConstValue, ty: Scalar) -> ConstValue {
    match (c, ty) {
        (ConstValue::Float(f), _) => ConstValue::Float(-f),
        (ConstValue::Int(i), Scalar::Int { bits, signed }) => ConstValue::Int(wrap(-i, bits, signed)),
        (ConstValue::Int(i), _) => ConstValue::Int(-i),
        (ConstValue::Bool(b), _) => ConstValue::Int(-(b as i128)),
    }
}

/// Whether `e` can have no effect (names, constants and operators over
/// them); anything else, a call in particular, may.
pub(super) fn is_pure(e: &Expr) -> bool {
    let opt = |e: &Option<Box<Expr>>| e.as_deref().is_none_or(is_pure);
    match e {
        Expr::Name(_) | Expr::Constant(_) => true,
        Expr::Attribute(a) => is_pure(&a.value),
        Expr::Subscript(s) => is_pure(&s.value) && is_pure(&s.slice),
        Expr::Slice(s) => opt(&s.lower) && opt(&s.upper) && opt(&s.step),
        Expr::UnaryOp(u) => is_pure(&u.operand),
        Expr::BinOp(b) => is_pure(&b.left) && is_pure(&b.right),
        Expr::BoolOp(b) => b.values.iter().all(is_pure),
        Expr::Compare(c) => is_pure(&c.left) && c.comparators.iter().all(is_pure),
        Expr::Tuple(t) => t.elts.iter().all(is_pure),
        _ => false,
    }
}
