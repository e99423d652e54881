//! Step 3: typed functions become `func.func @kernel.<export>` bodies of
//! `py` ops. Control flow becomes a CFG of `cf` branches in SSA form: each
//! variable's current value is tracked per block, and blocks where paths
//! meet (after `if`, loop headers and exits) take the differing values as
//! block arguments. Loop control (`range` trip counts) is plain arith; the
//! user's arithmetic is `py`. Source positions become MLIR locations.

use crate::analysis::effects::{division_may_raise, shift_may_raise};
use crate::analysis::overflow;
use crate::base::consts::ConstValue;
use crate::base::diagnostics::Diagnostic;
use crate::base::lines::LineIndex;
use crate::base::options::Overflow;
use crate::base::types::Scalar;
use crate::dialects::{
    self, ConstBits, ABS, ADD, AND, CAST, CMP, DIV, FLOORDIV, INVERT, LIBM, LSHIFT, MOD, MUL, NEG, NOT, OR, OVERFLOWS,
    POW, RAISE, ROUND_EVEN, RSHIFT, SELECT, SUB, TRUTH, XOR,
};
use crate::tir::math::{Errors as MathErrors, Kind as MathKind, MathFn};
use crate::tir::{BinOp, TExpr, TExprKind, TStmt, TypedFunction, Var};
use env::Env;
use melior::dialect::{arith, func};
use melior::ir::attribute::{DenseI32ArrayAttribute, IntegerAttribute, StringAttribute, TypeAttribute};
use melior::ir::operation::OperationBuilder;
use melior::ir::r#type::{FunctionType, IntegerType};
use melior::ir::{
    Block, BlockLike, BlockRef, Identifier, Location, Module, Operation, Region, RegionLike, Type, Value,
};
use melior::Context;
use std::ops::Range;

mod arrays;
mod deferral;
mod dicts;
mod env;
mod lists;
mod print;

/// Lowers every function; errors (a variable read where it may be unset)
/// are collected across all of them. A function that reads a number or an
/// array some path leaves unset gets an error flag (and so do its callers),
/// then the module is lowered again, to raise UnboundLocalError there.
pub fn lower_module<'c>(
    context: &'c Context,
    file: &str,
    text: &str,
    functions: &mut [TypedFunction],
    overflow: Overflow,
) -> Result<Module<'c>, Vec<Diagnostic>> {
    loop {
        match lower_once(context, file, text, functions, overflow) {
            // Each retry adds functions that had no flag: it ends.
            Err(Lowered::NeedsRaise(symbols)) => crate::analysis::effects::mark_may_raise(functions, &symbols),
            Err(Lowered::Errors(errors)) => return Err(errors),
            Ok(module) => return Ok(module),
        }
    }
}

/// Why a lowering gave no module.
enum Lowered {
    Errors(Vec<Diagnostic>),
    /// Functions without an error flag that read a possibly unset variable.
    NeedsRaise(Vec<String>),
}

fn lower_once<'c>(
    context: &'c Context,
    file: &str,
    text: &str,
    functions: &[TypedFunction],
    overflow: Overflow,
) -> Result<Module<'c>, Lowered> {
    let mut needs_raise = Vec::new();
    let callees: std::collections::HashMap<&str, &TypedFunction> =
        functions.iter().map(|f| (f.symbol.as_str(), f)).collect();
    let index = LineIndex::new(text);
    let loc = |offset: usize| {
        let (line, col) = index.line_col(offset);
        Location::new(context, file, line, col)
    };
    let module = Module::new(loc(0));
    let mut errors = Vec::new();
    let mut runtime: Vec<(&str, Vec<Type>, Type)> = Vec::new();
    let mut array_runtime = false;
    for f in functions {
        let mut inputs: Vec<_> = f.params.iter().map(|p| dialects::scalar_type(context, p.ty)).collect();
        // A stack-guarded kernel's hidden last parameter: the wrapper's
        // recursion frame (see STACK_GUARD_FN).
        let mut spans: Vec<usize> = f.params.iter().map(|p| p.span.start).collect();
        if f.stack_guarded {
            inputs.push(IntegerType::new(context, 64).into());
            spans.push(f.span.start);
        }
        let results = crate::abi::kernel_results(context, f);
        let body = lower_body(context, f, &callees, &loc, overflow, &inputs, &spans);
        if body.needs_raise {
            needs_raise.push(f.symbol.clone());
        }
        errors.extend(body.errors);
        array_runtime |= body.array_runtime;
        for r in body.runtime {
            if !runtime.iter().any(|(s, ..)| *s == r.0) {
                runtime.push(r);
            }
        }
        let region = body.region;
        module.body().append_operation(func::func(
            context,
            StringAttribute::new(context, &f.symbol),
            TypeAttribute::new(FunctionType::new(context, &inputs, &results).into()),
            region,
            &[],
            loc(f.span.start),
        ));
    }
    for (symbol, inputs, result) in runtime {
        module.body().append_operation(func::func(
            context,
            StringAttribute::new(context, symbol),
            TypeAttribute::new(FunctionType::new(context, &inputs, &[result]).into()),
            Region::new(),
            &[(Identifier::new(context, "sym_visibility"), StringAttribute::new(context, "private").into())],
            Location::unknown(context),
        ));
    }
    use crate::base::types::Ty;
    fn is_array(t: &Ty) -> bool {
        match t {
            Ty::Array(_) => true,
            Ty::Tuple(xs) => xs.iter().any(is_array),
            _ => false,
        }
    }
    if array_runtime
        || functions.iter().any(|f| {
            f.allocates || f.py_params.iter().any(|(_, t)| is_array(t)) || f.ret.as_ref().is_some_and(is_array)
        })
    {
        arrays::declare_runtime(context, &module);
    }
    if !needs_raise.is_empty() {
        Err(Lowered::NeedsRaise(needs_raise))
    } else if errors.is_empty() {
        Ok(module)
    } else {
        Err(Lowered::Errors(errors))
    }
}

/// One function's body lowered into its region, with what the module needs.
struct LoweredBody<'c> {
    region: Region<'c>,
    errors: Vec<Diagnostic>,
    runtime: Vec<(&'static str, Vec<Type<'c>>, Type<'c>)>,
    array_runtime: bool,
    /// It reads a possibly unset variable but has no error flag to raise with.
    needs_raise: bool,
}

fn lower_body<'c>(
    context: &'c Context,
    f: &TypedFunction,
    callees: &std::collections::HashMap<&str, &TypedFunction>,
    loc: &dyn Fn(usize) -> Location<'c>,
    overflow: Overflow,
    inputs: &[Type<'c>],
    spans: &[usize],
) -> LoweredBody<'c> {
    // Variables some path reaches unset: lowered once more with a
    // runtime flag each (see `maybe_unset`), each retry adding any new.
    let mut maybe: Vec<Var> = Vec::new();
    loop {
        let region = Region::new();
        let entry = region
            .append_block(Block::new(&inputs.iter().zip(spans).map(|(&t, &at)| (t, loc(at))).collect::<Vec<_>>()));
        let mut fl = FnLower {
            context,
            region: &region,
            f,
            callees,
            loc,
            overflow,
            env: Env::new(2 * f.vars.len()),
            block: Some(entry),
            loops: Vec::new(),
            bounds: Vec::new(),
            invariant: Vec::new(),
            speculatable: std::collections::HashMap::new(),
            errors: Vec::new(),
            runtime: Vec::new(),
            array_runtime: false,
            lifetimes: crate::analysis::lifetimes::plan(f),
            slots: None,
            last_span: f.span.clone(),
            unset_vars: Vec::new(),
            catching: Vec::new(),
            frame: f.stack_guarded.then(|| entry.argument(f.params.len()).unwrap().into()),
            deferral: deferral::Deferral::Off,
            sticky: Default::default(),
            quiet: false,
            pending: Vec::new(),
        };
        for (i, p) in f.params.iter().enumerate() {
            let arg: Value = entry.argument(i).unwrap().into();
            fl.env[i] = Some(fl.convert(arg, p.ty, f.vars[i].ty, p.span.start));
        }
        fl.zero_slots(loc(f.span.start));
        fl.maybe_unset(&maybe, loc(f.span.start));
        fl.stmts(&f.body);
        if fl.block.is_some() {
            // Typing proved this end unreachable (after `while True:`,
            // whose exit block stays) or the function void: zeros.
            let at = loc(f.span.end.saturating_sub(1));
            let zeros: Vec<_> = f.ret.iter().flat_map(|t| t.flat()).map(|t| fl.zero(t, at)).collect();
            fl.ret(&zeros, at);
        }
        let fresh: Vec<Var> = fl.unset_vars.iter().copied().filter(|v| !maybe.contains(v)).collect();
        // Only a function that returns an error flag can raise; in one
        // that cannot (no other check in it) the read stays an error.
        if f.may_raise && !fresh.is_empty() && maybe.len() < 4 * f.vars.len() {
            drop(fl);
            maybe.extend(fresh);
            continue;
        }
        let needs_raise = !f.may_raise && !fl.unset_vars.is_empty();
        let (errors, runtime, array_runtime) = (fl.errors, fl.runtime, fl.array_runtime);
        return LoweredBody { region, errors, runtime, array_runtime, needs_raise };
    }
}

struct LoopCtx<'c, 'r> {
    /// Where `continue` goes: the header (while) or the latch (for).
    continue_to: BlockRef<'c, 'r>,
    exit: BlockRef<'c, 'r>,
    /// The variables live around the loop, in block-argument order.
    carried: Vec<Var>,
    /// Whether a reachable `break` branched to `exit`.
    broke: bool,
}

/// Where a path ended: its open block (None: it returned or jumped) and
/// its variables' values.
type PathEnd<'c, 'r> = (Option<BlockRef<'c, 'r>>, Env<Value<'c, 'r>>);

struct FnLower<'c, 'r, 'l> {
    context: &'c Context,
    region: &'r Region<'c>,
    f: &'l TypedFunction,
    /// Every kernel of the module, by symbol: calls need their result types.
    callees: &'l std::collections::HashMap<&'l str, &'l TypedFunction>,
    loc: &'l dyn Fn(usize) -> Location<'c>,
    /// Raise mode adds `py.overflows` checks (see analysis/overflow.rs).
    overflow: Overflow,
    /// Each variable's value in the current block; None where it may be unset.
    env: Env<Value<'c, 'r>>,
    /// The block being filled; None after a return, break or continue.
    block: Option<BlockRef<'c, 'r>>,
    loops: Vec<LoopCtx<'c, 'r>>,
    /// What the enclosing `for` loops prove about their variables, for
    /// bounds checks that cannot fail (see analysis/bounds.rs).
    bounds: Vec<crate::analysis::bounds::LoopBound>,
    /// Per loop being lowered, outermost first: the values of the variables
    /// the loop does not change.
    invariant: Vec<Env<Value<'c, 'r>>>,
    /// `speculatable`'s answers by node: a chain asks about each suffix,
    /// which would be quadratic without them.
    speculatable: std::collections::HashMap<*const TExpr, bool>,
    /// Variables of enclosing `for` loops that stay `>= 0` in the body.
    errors: Vec<Diagnostic>,
    /// The runtime functions `TExprKind::Runtime` called, to declare.
    runtime: Vec<(&'static str, Vec<Type<'c>>, Type<'c>)>,
    /// Whether the body called the array runtime (a numpy value of numbers).
    array_runtime: bool,
    /// Where the arrays the body allocates die (analysis/lifetimes.rs).
    lifetimes: crate::analysis::lifetimes::Plan,
    /// Entry-block words: per allocation site, the owners of its last
    /// `lifetimes::GENS` arrays, most recent first (0 once released).
    slots: Option<Value<'c, 'r>>,
    /// The span of the expression lowered last: where an array read that
    /// carries no span of its own (a numpy call's operand) is reported.
    last_span: Range<usize>,
    /// Variables read where some path left them unset (retried with flags).
    unset_vars: Vec<Var>,
    /// Per enclosing `try` body, innermost last: the ends of the paths
    /// that raised in it (their blocks and variables), which its handler
    /// joins instead of returning the error.
    catching: Vec<Vec<PathEnd<'c, 'r>>>,
    /// A stack-guarded kernel's recursion frame (its hidden last
    /// parameter), passed on to the guard and to guarded callees.
    frame: Option<Value<'c, 'r>>,
    /// Whether float error checks branch or are deferred (lower/deferral.rs).
    deferral: deferral::Deferral<'c, 'r>,
    /// In a deferred run: its accumulators and the checks they stand for.
    sticky: crate::analysis::deferral::Sticky,
    /// Whether the checks of the node being lowered are such checks.
    quiet: bool,
    /// The results of such checked nodes in the statement being lowered,
    /// not yet in their accumulator: a raise before it looks at them.
    pending: Vec<(Value<'c, 'r>, Scalar)>,
}

impl<'c, 'r> FnLower<'c, 'r, '_> {
    fn ty(&self, s: Scalar) -> Type<'c> {
        dialects::scalar_type(self.context, s)
    }

    fn i64(&self) -> Type<'c> {
        IntegerType::new(self.context, 64).into()
    }

    fn new_block(&self, args: &[Type<'c>]) -> BlockRef<'c, 'r> {
        let loc = Location::unknown(self.context);
        self.region.append_block(Block::new(&args.iter().map(|&t| (t, loc)).collect::<Vec<_>>()))
    }

    fn append(&self, op: Operation<'c>) -> Value<'c, 'r> {
        self.block.expect("appending in reachable code").append_operation(op).result(0).unwrap().into()
    }

    fn br(&self, from: BlockRef<'c, 'r>, to: BlockRef<'c, 'r>, args: &[Value<'c, 'r>]) {
        let op = OperationBuilder::new("cf.br", Location::unknown(self.context))
            .add_operands(args)
            .add_successors(&[&to])
            .build()
            .expect("valid cf.br");
        from.append_operation(op);
    }

    fn cond_br(
        &self,
        cond: Value<'c, 'r>,
        t: BlockRef<'c, 'r>,
        t_args: &[Value<'c, 'r>],
        f: BlockRef<'c, 'r>,
        f_args: &[Value<'c, 'r>],
    ) {
        let segments = DenseI32ArrayAttribute::new(self.context, &[1, t_args.len() as i32, f_args.len() as i32]);
        let op = OperationBuilder::new("cf.cond_br", Location::unknown(self.context))
            .add_attributes(&[(Identifier::new(self.context, "operandSegmentSizes"), segments.into())])
            .add_operands(&[cond])
            .add_operands(t_args)
            .add_operands(f_args)
            .add_successors(&[&t, &f])
            .build()
            .expect("valid cf.cond_br");
        self.block.expect("branching from reachable code").append_operation(op);
    }

    fn carried_values(&self, carried: &[Var]) -> Vec<Value<'c, 'r>> {
        carried.iter().map(|&v| self.env[v].unwrap_or_else(|| self.set_flag(v))).collect()
    }

    fn carried_types(&self, carried: &[Var]) -> Vec<Type<'c>> {
        carried.iter().map(|&v| self.ty(self.slot_ty(v))).collect()
    }

    /// The type of env slot `v`: a variable's, or (past the variables) the
    /// i1 "is set" flag of the variable `v - vars` (see `maybe_unset`).
    fn slot_ty(&self, v: usize) -> Scalar {
        self.f.vars.get(v).map_or(Scalar::Bool, |x| x.ty)
    }

    /// The flag of a variable assigned on this path: true. Only flag slots
    /// are ever unset where carried.
    fn set_flag(&self, v: usize) -> Value<'c, 'r> {
        assert!(v >= self.f.vars.len(), "carried variables stay set");
        self.bool_const(true)
    }

    fn bool_const(&self, b: bool) -> Value<'c, 'r> {
        let at = Location::unknown(self.context);
        self.append(arith::constant(self.context, IntegerAttribute::new(self.ty(Scalar::Bool), b as i64).into(), at))
    }

    /// Binds `v` to `val` on this path: set for sure, so no flag.
    fn set(&mut self, v: Var, val: Value<'c, 'r>) {
        self.env[v] = Some(val);
        let n = self.f.vars.len();
        self.env[n + v] = None;
    }

    /// CPython raises UnboundLocalError where a variable is read on a path
    /// that never assigned it. The variables `maybe` that some path reaches
    /// unset start as zeros with a false flag, which assignments clear
    /// (`set`) and merges and loops carry like variables; reads test it.
    fn maybe_unset(&mut self, maybe: &[Var], at: Location<'c>) {
        let n = self.f.vars.len();
        for &v in maybe {
            if self.env[v].is_none() {
                self.env[v] = Some(self.zero(self.f.vars[v].ty, at));
                self.env[n + v] = Some(self.bool_const(false));
            }
        }
    }

    /// The UnboundLocalError test of a read of `v` (named `name`), when a
    /// path may leave it unset.
    fn check_set(&mut self, v: Var, name: &str) {
        let n = self.f.vars.len();
        let Some(flag) = self.env[n + v] else { return };
        let at = (self.loc)(self.last_span.start);
        let yes = self.bool_const(true);
        let unset = self.append(arith::xori(flag, yes, at));
        let message = format!("cannot access local variable '{name}' where it is not associated with a value");
        self.raise_if(unset, "UnboundLocalError", &message, at);
    }

    /// Makes `block` current with the carried variables bound to its arguments
    /// (starting at argument `first`), the loop's invariant variables at
    /// their one value, and every other variable unset.
    fn enter(&mut self, block: BlockRef<'c, 'r>, carried: &[Var], first: usize) {
        let mut env = self.invariant.last().expect("entered inside a loop's lowering").clone();
        for (i, &v) in carried.iter().enumerate() {
            env[v] = Some(block.argument(first + i).unwrap().into());
        }
        self.env = env;
        self.block = Some(block);
    }

    fn stmts(&mut self, stmts: &[TStmt]) {
        for s in stmts {
            if self.block.is_none() {
                return; // unreachable, as after a return in Python
            }
            let key = s as *const TStmt;
            if let Some(dead) = self.lifetimes.before.get(&key).cloned() {
                self.release(&dead);
            }
            self.stmt(s);
            if let (Some(dead), Some(_)) = (self.lifetimes.after.get(&key).cloned(), self.block) {
                self.release(&dead);
            }
        }
    }

    fn stmt(&mut self, s: &TStmt) {
        // A statement's pending results are in their accumulator after it.
        self.pending.clear();
        self.stmt_kind(s);
        self.pending.clear();
    }

    fn stmt_kind(&mut self, s: &TStmt) {
        match s {
            TStmt::Assign { var, value } => {
                let v = self.expr(value);
                self.set(*var, v);
            }
            TStmt::ParallelAssign { vars, values } => {
                let vals: Vec<Value> = values.iter().map(|v| self.expr(v)).collect();
                for (var, v) in vars.iter().zip(vals) {
                    self.set(*var, v);
                }
            }
            TStmt::Return { values, span } => {
                let vals: Vec<Value> = values.iter().map(|v| self.expr(v)).collect();
                self.ret(&vals, (self.loc)(span.start));
            }
            TStmt::Break | TStmt::Continue => {
                let ctx = self.loops.last_mut().expect("typing checks loop nesting");
                ctx.broke |= matches!(s, TStmt::Break);
                let target = if matches!(s, TStmt::Break) { ctx.exit } else { ctx.continue_to };
                let carried = ctx.carried.clone();
                let args = self.carried_values(&carried);
                let from = self.block.take().unwrap();
                self.br(from, target, &args);
            }
            TStmt::If { cond, then, orelse } => self.if_stmt(cond, then, orelse),
            TStmt::Seq(body) => self.stmts(body),
            TStmt::Try { body, handler } => self.try_stmt(body, handler),
            TStmt::Raise { exception, message, span } => self.raise(exception, message, (self.loc)(span.start)),
            TStmt::Call { symbol, args } => {
                let at = (self.loc)(args.first().map_or(0, |a| a.span.start));
                self.call(symbol, args, at);
            }
            TStmt::CallAssign { symbol, args, vars } => {
                let at = (self.loc)(args.first().map_or(0, |a| a.span.start));
                let vals = self.call(symbol, args, at);
                for (var, v) in vars.iter().zip(vals) {
                    self.set(*var, v);
                }
            }
            TStmt::While { cond, body, orelse } => self.while_loop(cond, body, orelse),
            TStmt::For { var, start, stop, step, body, orelse } => {
                self.for_range(*var, start, stop, step, body, orelse)
            }
            TStmt::Store { array, indices, value } => {
                self.array_store(array, indices, value, (self.loc)(value.span.start))
            }
            TStmt::Alloc { array, func, args, span } => {
                self.last_span = span.clone();
                self.array_alloc(s, array, *func, args, (self.loc)(span.start))
            }
            TStmt::Fail { symbol, args, span } => self.fail(symbol, args, (self.loc)(span.start)),
            TStmt::NpValue { var, imag, func, args, span } => {
                self.last_span = span.clone();
                self.np_value(*var, *imag, *func, args, (self.loc)(span.start))
            }
            TStmt::Print { items, sep, end, flush, span } => {
                self.print(items, sep.as_deref(), end.as_deref(), *flush, (self.loc)(span.start))
            }
            TStmt::Dict { .. } => self.dict_stmt(s),
            TStmt::ListNew { .. } | TStmt::ListStore { .. } | TStmt::ListAppend { .. } | TStmt::ListPop { .. } => {
                self.list_stmt(s)
            }
        }
    }

    /// Returns normally: the values, and a clear error flag if the kernel has one.
    fn ret(&mut self, vals: &[Value<'c, 'r>], loc: Location<'c>) {
        let mut vals = vals.to_vec();
        if self.f.may_raise {
            vals.push(self.flag(false));
        }
        let b = self.block.take().unwrap();
        b.append_operation(func::r#return(&vals, loc));
    }

    fn flag(&self, v: bool) -> Value<'c, 'r> {
        let i1: Type = IntegerType::new(self.context, 1).into();
        self.append(arith::constant(
            self.context,
            IntegerAttribute::new(i1, v as i64).into(),
            Location::unknown(self.context),
        ))
    }

    /// Branches to a new block that raises `exception(message)` when `cond`
    /// holds, and continues in the other.
    fn raise_if(&mut self, cond: Value<'c, 'r>, exception: &str, message: &str, at: Location<'c>) {
        let (raise, ok) = (self.new_block(&[]), self.new_block(&[]));
        self.cond_br(cond, raise, &[], ok, &[]);
        self.block = Some(raise);
        self.raise(exception, message, at);
        self.block = Some(ok);
    }

    /// Sets the exception and returns with the error flag: ends the block.
    fn raise(&mut self, exception: &str, message: &str, at: Location<'c>) {
        self.restart_if_deferred(at);
        let raise = self.block.expect("raising from reachable code");
        let op = OperationBuilder::new(RAISE, at)
            .add_attributes(&[
                (Identifier::new(self.context, "exception"), StringAttribute::new(self.context, exception).into()),
                (Identifier::new(self.context, "message"), StringAttribute::new(self.context, message).into()),
            ])
            .build()
            .expect("valid py.raise");
        raise.append_operation(op);
        // The value returned beside a set flag is never read: any constant does.
        self.propagate(at);
    }

    /// `l / r`, `l // r`, `l % r` with CPython's checks before the py op:
    /// ZeroDivisionError for a zero divisor, OverflowError for MIN // -1.
    /// `divmod` is true for a half of `divmod(l, r)`, which words its float
    /// ZeroDivisionError differently.
    fn division(
        &mut self,
        op: BinOp,
        l: &TExpr,
        r: &TExpr,
        ty: Scalar,
        divmod: bool,
        at: Location<'c>,
    ) -> Operation<'c> {
        let (vl, vr) = (self.expr(l), self.expr(r));
        if division_may_raise(op, r) {
            let t = self.ty(ty);
            let zero = self.zero(ty, at);
            let is_zero = self.cmp("eq", vr, zero, at);
            // CPython 3.11's messages.
            let message = match (op, ty.is_float()) {
                (_, true) if divmod => "float divmod()",
                // int / int (both cast to float by typing) vs a float operand.
                (BinOp::Div, _) if matches!(&l.kind, TExprKind::Cast(x) if !x.ty.is_float()) => "division by zero",
                (BinOp::Div, _) => "float division by zero",
                (BinOp::FloorDiv, true) => "float floor division by zero",
                (BinOp::Mod, true) => "float modulo",
                _ => "integer division or modulo by zero",
            };
            if ty.is_float() {
                self.check_float(is_zero, "ZeroDivisionError", message, at);
            } else {
                self.raise_if(is_zero, "ZeroDivisionError", message, at);
            }
            if let (BinOp::FloorDiv, Scalar::Int { bits, signed: true }) = (op, ty) {
                let minus_one = self.append(dialects::constant(self.context, t, ConstBits::Int(-1), at));
                let min = self.append(dialects::constant(self.context, t, ConstBits::Int(i64::MIN >> (64 - bits)), at));
                let (a, b) = (self.cmp("eq", vr, minus_one, at), self.cmp("eq", vl, min, at));
                let both = self.append(arith::andi(a, b, at));
                self.raise_if(both, "OverflowError", &format!("integer division result does not fit in {ty}"), at);
            }
        }
        // `i % c` for a loop variable known non-negative and a positive
        // constant c: Python's floored remainder equals the unsigned one
        // (both operands are below 2^63), so it is computed on the unsigned
        // twin type, which lowers to remui with no floor fix-up (the
        // same-width casts are no-ops). MLIR's int-range-optimizations does
        // not see that i >= 0 through the loop's back edge.
        if let (BinOp::Mod, false, Scalar::Int { bits, signed: true }, TExprKind::Var(v)) = (op, divmod, ty, &l.kind) {
            let c = match r.kind {
                TExprKind::Const(crate::base::consts::ConstValue::Int(c)) if c > 0 && c <= i64::MAX as i128 => Some(c),
                _ => None,
            };
            if let (Some(c), true) =
                (c, l.ty == ty && r.ty == ty && crate::analysis::bounds::non_negative_var(&self.bounds, *v))
            {
                let unsigned = Scalar::Int { bits, signed: false };
                let ut = self.ty(unsigned);
                let x = self.append(dialects::op(CAST, &[vl], ut, at));
                let c = self.append(dialects::constant(self.context, ut, ConstBits::Int(c as i64), at));
                let m = self.append(dialects::op(MOD, &[x, c], ut, at));
                return dialects::op(CAST, &[m], self.ty(ty), at);
            }
        }
        let name = match op {
            BinOp::Div => DIV,
            BinOp::FloorDiv => FLOORDIV,
            _ => MOD,
        };
        dialects::op(name, &[vl, vr], self.ty(ty), at)
    }

    /// numpy's elementwise `l op r` on values of `ty` (see
    /// `TExprKind::NpBinary`): the py op where numpy and Python agree,
    /// with selects for the divisors and shift counts where they do not.
    fn np_binary(
        &mut self,
        op: BinOp,
        l: Value<'c, 'r>,
        r: Value<'c, 'r>,
        ty: Scalar,
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let t = self.ty(ty);
        let sel = |s: &Self, c, a, b| s.append(dialects::op(SELECT, &[c, a, b], t, at));
        let int = |s: &Self, v: i64| s.append(dialects::constant(s.context, t, ConstBits::Int(v), at));
        let simple = |name| dialects::op(name, &[l, r], t, at);
        match (op, ty.is_float()) {
            (BinOp::Add, _) => self.append(simple(ADD)),
            (BinOp::Sub, _) => self.append(simple(SUB)),
            (BinOp::Mul, _) => self.append(simple(MUL)),
            (BinOp::BitAnd, _) => self.append(simple(AND)),
            (BinOp::BitOr, _) => self.append(simple(OR)),
            (BinOp::BitXor, _) => self.append(simple(XOR)),
            // Constant exponents only (typing): multiplications, which wrap.
            (BinOp::Pow, false) => self.append(simple(POW)),
            (BinOp::Div, _) => self.append(simple(DIV)),
            (BinOp::Pow, true) => unreachable!("typing turns numpy's float powers into multiplies, divides and sqrt"),
            // npy_floor_divide: a / b for b == 0; npy_divmod (the same
            // steps as CPython's float floor division) otherwise.
            (BinOp::FloorDiv, true) => {
                let zero = self.zero(ty, at);
                let by_zero = self.cmp("eq", r, zero, at);
                let q = self.append(simple(DIV));
                let f = self.append(simple(FLOORDIV));
                sel(self, by_zero, q, f)
            }
            // npy_remainder: fmod(a, 0) (a nan) for b == 0.
            (BinOp::Mod, true) => {
                let zero = self.zero(ty, at);
                let by_zero = self.cmp("eq", r, zero, at);
                let (l64, r64) = (self.cast(l, ty, Scalar::F64, at), self.cast(r, ty, Scalar::F64, at));
                let fm = self.libm("fmod", &[l64, r64], at);
                let fm = self.cast(fm, Scalar::F64, ty, at);
                let m = self.append(simple(MOD));
                sel(self, by_zero, fm, m)
            }
            // Ints: 0 for a zero divisor, -a (wrapping: MIN stays MIN) and
            // remainder 0 for -1; the py op only ever sees a safe divisor.
            (BinOp::FloorDiv | BinOp::Mod, false) => {
                let (zero, one) = (int(self, 0), int(self, 1));
                let by_zero = self.cmp("eq", r, zero, at);
                let by_minus_one = match ty {
                    Scalar::Int { signed: true, .. } => {
                        let m1 = int(self, -1);
                        Some(self.cmp("eq", r, m1, at))
                    }
                    _ => None,
                };
                let special = match by_minus_one {
                    Some(m) => self.append(arith::ori(by_zero, m, at)),
                    None => by_zero,
                };
                let safe = sel(self, special, one, r);
                if op == BinOp::Mod {
                    let m = self.append(dialects::op(MOD, &[l, safe], t, at));
                    return sel(self, special, zero, m);
                }
                let q = self.append(dialects::op(FLOORDIV, &[l, safe], t, at));
                let q = match by_minus_one {
                    Some(m) => {
                        let neg = self.append(dialects::op(NEG, &[l], t, at));
                        sel(self, m, neg, q)
                    }
                    None => q,
                };
                sel(self, by_zero, zero, q)
            }
            // npy_lshift/npy_rshift: a count outside 0..bits shifts everything out.
            (BinOp::LShift | BinOp::RShift, _) => {
                let Scalar::Int { bits, signed } = ty else { unreachable!("typing allows int shifts only") };
                let (zero, width) = (int(self, 0), int(self, bits as i64));
                let below = self.cmp("lt", r, width, at);
                let in_range = if signed {
                    let non_negative = self.cmp("ge", r, zero, at);
                    self.append(arith::andi(non_negative, below, at))
                } else {
                    below
                };
                let count = sel(self, in_range, r, zero);
                let shifted =
                    self.append(dialects::op(if op == BinOp::LShift { LSHIFT } else { RSHIFT }, &[l, count], t, at));
                let out = if op == BinOp::RShift && signed {
                    let negative = self.cmp("lt", l, zero, at);
                    let m1 = int(self, -1);
                    sel(self, negative, m1, zero)
                } else {
                    zero
                };
                sel(self, in_range, shifted, out)
            }
        }
    }

    /// Calls another kernel; if it can raise, a set flag returns at once
    /// with this kernel's flag set (the exception is already set).
    /// Returns the callee's values (a tuple's elements; none for None).
    fn call(&mut self, symbol: &str, args: &[TExpr], at: Location<'c>) -> Vec<Value<'c, 'r>> {
        let callee = self.callees[symbol];
        let mut vals: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
        if callee.stack_guarded {
            // A guarded callee's caller is guarded too (analysis::effects).
            vals.push(self.frame.expect("a caller of a guarded kernel is guarded"));
        }
        let results = crate::abi::kernel_results(self.context, callee);
        let op = func::call(
            self.context,
            melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, symbol),
            &vals,
            &results,
            at,
        );
        let op = self.block.expect("calling from reachable code").append_operation(op);
        let n = callee.ret.as_ref().map_or(0, |t| t.flat().len());
        let value: Vec<Value> = (0..n).map(|i| op.result(i).unwrap().into()).collect();
        if callee.may_raise {
            let flag: Value = op.result(results.len() - 1).unwrap().into();
            let (fail, ok) = (self.new_block(&[]), self.new_block(&[]));
            self.cond_br(flag, fail, &[], ok, &[]);
            self.block = Some(fail);
            self.propagate(at);
            self.block = Some(ok);
        }
        value
    }

    /// Returns with the error flag set, the exception already pending.
    fn propagate(&mut self, at: Location<'c>) {
        if let Some(raised) = self.catching.last_mut() {
            // Inside a `try` body: on to its handler, the exception still set.
            raised.push((self.block.take(), self.env.clone()));
            return;
        }
        let mut vals = Vec::new();
        for rt in self.f.ret.iter().flat_map(|t| t.flat()) {
            vals.push(self.zero(rt, at));
        }
        vals.push(self.flag(true));
        let b = self.block.take().unwrap();
        b.append_operation(func::r#return(&vals, at));
    }

    /// `py.constant` zero of `ty`.
    fn zero(&self, ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        self.append(dialects::constant(self.context, self.ty(ty), ConstBits::zero(ty), at))
    }

    /// A float constant of type `ty`.
    fn fconst(&self, ty: Scalar, v: f64, at: Location<'c>) -> Value<'c, 'r> {
        self.append(dialects::constant(self.context, self.ty(ty), ConstBits::Float(v), at))
    }

    fn is_nan(&self, v: Value<'c, 'r>, at: Location<'c>) -> Value<'c, 'r> {
        self.cmp("ne", v, v, at)
    }

    fn is_inf(&self, v: Value<'c, 'r>, ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let (inf, ninf) = (self.fconst(ty, f64::INFINITY, at), self.fconst(ty, f64::NEG_INFINITY, at));
        let (a, b) = (self.cmp("eq", v, inf, at), self.cmp("eq", v, ninf, at));
        self.append(arith::ori(a, b, at))
    }

    /// v - v == 0 fails exactly for nan and the infinities.
    fn is_finite(&self, v: Value<'c, 'r>, ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let d = self.append(dialects::op(SUB, &[v, v], self.ty(ty), at));
        let zero = self.fconst(ty, 0.0, at);
        self.cmp("eq", d, zero, at)
    }

    fn all(&self, conds: &[Value<'c, 'r>], at: Location<'c>) -> Value<'c, 'r> {
        conds[1..].iter().fold(conds[0], |acc, &c| self.append(arith::andi(acc, c, at)))
    }

    /// `py.libm {function = symbol}` on float64 arguments.
    fn libm(&self, symbol: &str, args: &[Value<'c, 'r>], at: Location<'c>) -> Value<'c, 'r> {
        self.libm_of(symbol, args, Scalar::F64, at)
    }

    /// A libm call whose operands and result are of the float type `ty`.
    fn libm_of(&self, symbol: &str, args: &[Value<'c, 'r>], ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        self.append(
            OperationBuilder::new(LIBM, at)
                .add_attributes(&[(
                    Identifier::new(self.context, "function"),
                    StringAttribute::new(self.context, symbol).into(),
                )])
                .add_operands(args)
                .add_results(&[self.ty(ty)])
                .build()
                .expect("valid py.libm"),
        )
    }

    /// CPython's int(float): ValueError for nan, OverflowError for inf, and
    /// (pycc's int64) OverflowError past int64's range; then truncation.
    fn float_to_int(&mut self, x: Value<'c, 'r>, from: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let is_nan = self.is_nan(x, at);
        self.raise_if(is_nan, "ValueError", "cannot convert float NaN to integer", at);
        let is_inf = self.is_inf(x, from, at);
        self.raise_if(is_inf, "OverflowError", "cannot convert float infinity to integer", at);
        // Every double in (-2**63 - 1, 2**63) truncates into int64.
        let (hi, lo) = (self.fconst(from, 9223372036854775808.0, at), self.fconst(from, -9223372036854775808.0, at));
        let (a, b) = (self.cmp("ge", x, hi, at), self.cmp("lt", x, lo, at));
        let out = self.append(arith::ori(a, b, at));
        self.raise_if(out, "OverflowError", "int too large to convert to int64", at);
        self.append(dialects::op(CAST, &[x], self.ty(Scalar::I64), at))
    }

    /// `x ** y` on floats: the value is C's pow (glibc follows C99 Annex F,
    /// which agrees with CPython's float_pow on every non-error case); the
    /// errors are float_pow's: 0.0 to a negative finite power is
    /// ZeroDivisionError, a finite negative base to a finite non-integer
    /// power ValueError (CPython returns a complex there), and an infinite
    /// result from finite operands OverflowError.
    fn float_pow(&mut self, x: Value<'c, 'r>, y: Value<'c, 'r>, ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let t = self.ty(ty);
        // Computed first: a deferred check reads it (lower/deferral.rs).
        let r = self.append(dialects::op(POW, &[x, y], t, at));
        let zero = self.fconst(ty, 0.0, at);
        let (x_zero, y_neg, y_fin) =
            (self.cmp("eq", x, zero, at), self.cmp("lt", y, zero, at), self.is_finite(y, ty, at));
        let zero_div = self.all(&[x_zero, y_neg, y_fin], at);
        self.check_result((r, ty), zero_div, "ZeroDivisionError", "0.0 cannot be raised to a negative power", at);
        let floor = if ty == Scalar::F64 {
            self.libm("floor", &[y], at)
        } else {
            // f32: y - y % 1 is exact for the integer test.
            let one = self.fconst(ty, 1.0, at);
            let frac = self.append(dialects::op(MOD, &[y, one], t, at));
            self.append(dialects::op(SUB, &[y, frac], t, at))
        };
        let (x_neg, x_fin, y_fin) = (self.cmp("lt", x, zero, at), self.is_finite(x, ty, at), self.is_finite(y, ty, at));
        let fractional = self.cmp("ne", y, floor, at);
        let complex = self.all(&[x_neg, x_fin, y_fin, fractional], at);
        self.check_result((r, ty), complex, "ValueError", "negative number cannot be raised to a fractional power", at);
        let (r_inf, x_fin, y_fin) = (self.is_inf(r, ty, at), self.is_finite(x, ty, at), self.is_finite(y, ty, at));
        let overflow = self.all(&[r_inf, x_fin, y_fin], at);
        self.check_result((r, ty), overflow, "OverflowError", "(34, 'Numerical result out of range')", at);
        if ty != Scalar::F64 {
            return r;
        }
        // float_pow returns a nan operand itself, its sign kept, where
        // glibc's pow may not: `(-nan) ** -1.0` is -nan (exprtree seed 121).
        let (x_nan, y_nan, one) = (self.is_nan(x, at), self.is_nan(y, at), self.fconst(ty, 1.0, at));
        let y_nonzero = self.cmp("ne", y, zero, at);
        let keep_x = self.all(&[x_nan, y_nonzero], at);
        let r = self.append(dialects::op(SELECT, &[keep_x, x, r], t, at));
        let (x_num, x_not_one) = (self.cmp("eq", x, x, at), self.cmp("ne", x, one, at));
        let keep_y = self.all(&[y_nan, x_num, x_not_one], at);
        self.append(dialects::op(SELECT, &[keep_y, y, r], t, at))
    }

    /// The runtime functions whose last argument picks a part of the
    /// result (0 the real part, 1 the imaginary part, 2 the error outcome:
    /// 1.0 for EDOM or isclose's negative tolerance, 2.0 for ERANGE): the
    /// call `vals` made, again with part 2. Returns the outcome and the
    /// constants 1.0 and 2.0.
    fn error_part(
        &mut self,
        symbol: &str,
        vals: &[Value<'c, 'r>],
        at: Location<'c>,
    ) -> (Value<'c, 'r>, Value<'c, 'r>, Value<'c, 'r>) {
        let two = self.fconst(Scalar::F64, 2.0, at);
        let one = self.fconst(Scalar::F64, 1.0, at);
        let mut args = vals[..vals.len() - 1].to_vec();
        args.push(two);
        (self.libm(symbol, &args, at), one, two)
    }

    /// `f` on float32 operands, computed as numba does: libm's float
    /// function (`tir::math::f32_symbol`). CPython's domain errors stay
    /// (a nan from a non-nan argument, a pole such as log(0) or gamma(0),
    /// ValueError); a result beyond float32's range is inf, as in numba,
    /// where CPython (in float64) has a finite value or OverflowError.
    fn math_f32(&mut self, f: &MathFn, vals: &[Value<'c, 'r>], at: Location<'c>) -> Value<'c, 'r> {
        const F32: Scalar = Scalar::Float { bits: 32 };
        let not = |fl: &Self, v| fl.append(dialects::op(NOT, &[v], fl.ty(Scalar::Bool), at));
        let (MathKind::Libm { errors, .. }, Some(symbol)) = (f.kind, crate::tir::math::f32_symbol(f)) else {
            unreachable!("typing makes float32 math calls of f32_symbol's functions only")
        };
        let r = self.libm_of(symbol, vals, F32, at);
        let x = vals[0];
        let (r_nan, x_nan, r_inf) = (self.is_nan(r, at), self.is_nan(x, at), self.is_inf(r, F32, at));
        let x_ok = not(self, x_nan);
        let zero = self.fconst(F32, 0.0, at);
        let domain = match errors {
            MathErrors::None => return r,
            MathErrors::Math1 { can_overflow, finite } => {
                let nan = self.all(&[r_nan, x_ok], at);
                if finite || can_overflow {
                    nan
                } else {
                    let x_fin = self.is_finite(x, F32, at);
                    let pole = self.all(&[r_inf, x_fin], at);
                    self.append(arith::ori(nan, pole, at))
                }
            }
            MathErrors::Pow => {
                let (x_fin, y_fin) = (self.is_finite(x, F32, at), self.is_finite(vals[1], F32, at));
                let bad = self.append(arith::ori(r_nan, r_inf, at));
                let x_zero = self.cmp("eq", x, zero, at);
                // A nan from finite operands, or 0.0 to a negative power.
                let pole = self.all(&[r_inf, x_zero], at);
                let why = self.append(arith::ori(r_nan, pole, at));
                self.all(&[x_fin, y_fin, bad, why], at)
            }
            MathErrors::Gamma | MathErrors::Lgamma => {
                let x_fin = self.is_finite(x, F32, at);
                let at_pole =
                    if errors == MathErrors::Gamma { self.cmp("eq", x, zero, at) } else { self.cmp("le", x, zero, at) };
                let pole = self.all(&[r_inf, x_fin, at_pole], at);
                let nan = self.all(&[r_nan, x_ok], at);
                self.append(arith::ori(nan, pole, at))
            }
            MathErrors::Fmod => {
                let y_nan = self.is_nan(vals[1], at);
                let y_ok = not(self, y_nan);
                self.all(&[r_nan, x_ok, y_ok], at)
            }
            _ => unreachable!("f32_symbol has no complex or rounding helpers"),
        };
        self.check_result((r, F32), domain, "ValueError", "math domain error", at);
        r
    }

    /// A libm call with CPython's error checks after it (mathmodule.c).
    fn math(&mut self, f: &MathFn, vals: &[Value<'c, 'r>], at: Location<'c>) -> Value<'c, 'r> {
        match f.kind {
            MathKind::ToInt { symbol } => {
                let r = self.libm(symbol, vals, at);
                self.float_to_int(r, Scalar::F64, at)
            }
            MathKind::Libm { symbol, errors } => {
                let r = self.libm(symbol, vals, at);
                self.math_errors(symbol, errors, r, vals, at);
                r
            }
            // Typing expands predicates and scaling into ordinary expressions.
            MathKind::IsNan | MathKind::IsInf | MathKind::IsFinite | MathKind::Scale(_) => {
                unreachable!("expanded by typing")
            }
        }
    }

    /// CPython's error checks after libm's `symbol` returned `r`
    /// (mathmodule.c, cmathmodule.c).
    fn math_errors(
        &mut self,
        symbol: &'static str,
        errors: MathErrors,
        r: Value<'c, 'r>,
        vals: &[Value<'c, 'r>],
        at: Location<'c>,
    ) {
        let not = |fl: &Self, v| fl.append(dialects::op(NOT, &[v], fl.ty(Scalar::Bool), at));
        match errors {
            MathErrors::None => {}
            MathErrors::Math1 { can_overflow, finite } => {
                let x = vals[0];
                let (r_nan, x_nan) = (self.is_nan(r, at), self.is_nan(x, at));
                let x_ok = not(self, x_nan);
                let domain = self.all(&[r_nan, x_ok], at);
                self.check_result((r, Scalar::F64), domain, "ValueError", "math domain error", at);
                if finite {
                    return;
                }
                let (r_inf, x_fin) = (self.is_inf(r, Scalar::F64, at), self.is_finite(x, Scalar::F64, at));
                let range = self.all(&[r_inf, x_fin], at);
                let exc = if can_overflow {
                    ("OverflowError", "math range error")
                } else {
                    ("ValueError", "math domain error")
                };
                self.check_result((r, Scalar::F64), range, exc.0, exc.1, at);
            }
            MathErrors::Pow => {
                let (x, y) = (vals[0], vals[1]);
                let (x_fin, y_fin) = (self.is_finite(x, Scalar::F64, at), self.is_finite(y, Scalar::F64, at));
                let r_nan = self.is_nan(r, at);
                let domain = self.all(&[x_fin, y_fin, r_nan], at);
                self.check_result((r, Scalar::F64), domain, "ValueError", "math domain error", at);
                let zero = self.fconst(Scalar::F64, 0.0, at);
                let (r_inf, x_zero) = (self.is_inf(r, Scalar::F64, at), self.cmp("eq", x, zero, at));
                let pole = self.all(&[x_fin, y_fin, r_inf, x_zero], at);
                self.check_result((r, Scalar::F64), pole, "ValueError", "math domain error", at);
                let overflow = self.all(&[x_fin, y_fin, r_inf], at);
                self.check_result((r, Scalar::F64), overflow, "OverflowError", "math range error", at);
            }
            MathErrors::Gamma | MathErrors::Lgamma | MathErrors::Round => self.gamma_errors(errors, r, vals[0], at),
            MathErrors::ComplexDiv => {
                let zero = self.fconst(Scalar::F64, 0.0, at);
                let (re0, im0) = (self.cmp("eq", vals[2], zero, at), self.cmp("eq", vals[3], zero, at));
                let both = self.all(&[re0, im0], at);
                self.check_float(both, "ZeroDivisionError", "complex division by zero", at);
            }
            MathErrors::ComplexPow => {
                // Part 2 is CPython's errno outcome: 1 EDOM, 2 ERANGE.
                let two = self.fconst(Scalar::F64, 2.0, at);
                let one = self.fconst(Scalar::F64, 1.0, at);
                let err = self.libm(symbol, &[vals[0], vals[1], vals[2], vals[3], two], at);
                let edom = self.cmp("eq", err, one, at);
                self.check_float(edom, "ZeroDivisionError", "0.0 to a negative or complex power", at);
                let erange = self.cmp("eq", err, two, at);
                self.check_float(erange, "OverflowError", "complex exponentiation", at);
            }
            MathErrors::ComplexAbs(message) => {
                let (r_inf, re_fin, im_fin) = (
                    self.is_inf(r, Scalar::F64, at),
                    self.is_finite(vals[0], Scalar::F64, at),
                    self.is_finite(vals[1], Scalar::F64, at),
                );
                let overflow = self.all(&[r_inf, re_fin, im_fin], at);
                self.check_result((r, Scalar::F64), overflow, "OverflowError", message, at);
            }
            MathErrors::IsClose => {
                let (err, one, _) = self.error_part(symbol, vals, at);
                let negative = self.cmp("eq", err, one, at);
                self.check_float(negative, "ValueError", "tolerances must be non-negative", at);
            }
            MathErrors::Cmath => {
                let (err, one, two) = self.error_part(symbol, vals, at);
                let edom = self.cmp("eq", err, one, at);
                self.check_float(edom, "ValueError", "math domain error", at);
                let erange = self.cmp("eq", err, two, at);
                self.check_float(erange, "OverflowError", "math range error", at);
            }
            MathErrors::Fmod => {
                let (r_nan, x_nan, y_nan) = (self.is_nan(r, at), self.is_nan(vals[0], at), self.is_nan(vals[1], at));
                let any = self.append(arith::ori(x_nan, y_nan, at));
                let args_ok = not(self, any);
                let bad = self.all(&[r_nan, args_ok], at);
                self.check_result((r, Scalar::F64), bad, "ValueError", "math domain error", at);
            }
        }
    }

    /// gamma, lgamma and round: a pole or an infinity from a finite `x`.
    fn gamma_errors(&mut self, errors: MathErrors, r: Value<'c, 'r>, x: Value<'c, 'r>, at: Location<'c>) {
        let not = |fl: &Self, v| fl.append(dialects::op(NOT, &[v], fl.ty(Scalar::Bool), at));
        let (r_inf, x_fin) = (self.is_inf(r, Scalar::F64, at), self.is_finite(x, Scalar::F64, at));
        let inf_from_finite = self.all(&[r_inf, x_fin], at);
        let zero = self.fconst(Scalar::F64, 0.0, at);
        match errors {
            MathErrors::Gamma => {
                let (r_nan, x_nan) = (self.is_nan(r, at), self.is_nan(x, at));
                let x_ok = not(self, x_nan);
                let invalid = self.all(&[r_nan, x_ok], at);
                self.check_result((r, Scalar::F64), invalid, "ValueError", "math domain error", at);
                let x_zero = self.cmp("eq", x, zero, at);
                let pole = self.all(&[inf_from_finite, x_zero], at);
                self.check_result((r, Scalar::F64), pole, "ValueError", "math domain error", at);
                self.check_result((r, Scalar::F64), inf_from_finite, "OverflowError", "math range error", at);
            }
            MathErrors::Lgamma => {
                let x_nonpos = self.cmp("le", x, zero, at);
                let pole = self.all(&[inf_from_finite, x_nonpos], at);
                self.check_result((r, Scalar::F64), pole, "ValueError", "math domain error", at);
                self.check_result((r, Scalar::F64), inf_from_finite, "OverflowError", "math range error", at);
            }
            _ => self.check_result(
                (r, Scalar::F64),
                inf_from_finite,
                "OverflowError",
                "rounded value too large to represent",
                at,
            ),
        }
    }

    fn cmp(&self, pred: &str, a: Value<'c, 'r>, b: Value<'c, 'r>, at: Location<'c>) -> Value<'c, 'r> {
        self.append(
            OperationBuilder::new(CMP, at)
                .add_attributes(&[(
                    Identifier::new(self.context, "predicate"),
                    StringAttribute::new(self.context, pred).into(),
                )])
                .add_operands(&[a, b])
                .add_results(&[self.ty(Scalar::Bool)])
                .build()
                .expect("valid py.cmp"),
        )
    }

    fn if_stmt(&mut self, cond: &TExpr, then: &[TStmt], orelse: &[TStmt]) {
        let c = self.expr(cond);
        let (t, e) = (self.new_block(&[]), self.new_block(&[]));
        self.cond_br(c, t, &[], e, &[]);
        let before = self.env.clone();
        self.block = Some(t);
        self.stmts(then);
        let after_then = (self.block, std::mem::replace(&mut self.env, before));
        self.block = Some(e);
        self.stmts(orelse);
        let after_else = (self.block, self.env.clone());
        self.merge(&[after_then, after_else]);
    }

    /// `try: body` then, where the body raised, `handler` from the join of
    /// every raising path (a variable set on some of them only is unset
    /// there, as in CPython); the two ends join after.
    fn try_stmt(&mut self, body: &[TStmt], handler: &[TStmt]) {
        // The handler passes unmatched exceptions on through the runtime.
        self.array_runtime = true;
        self.catching.push(Vec::new());
        self.stmts(body);
        let raised = self.catching.pop().expect("pushed above");
        if raised.is_empty() {
            return; // nothing in the body can raise: no handler to build
        }
        let normal = (self.block, self.env.clone());
        self.merge(&raised);
        self.stmts(handler);
        let after = (self.block, self.env.clone());
        self.merge(&[normal, after]);
    }

    /// Joins the live ends of several paths: variables set to one value on
    /// every path keep it, differing ones become block arguments, and ones
    /// unset on some path become unset.
    fn merge(&mut self, ends: &[(Option<BlockRef<'c, 'r>>, Env<Value<'c, 'r>>)]) {
        let mut live: Vec<(BlockRef<'c, 'r>, Env<Value<'c, 'r>>)> =
            ends.iter().filter_map(|(b, env)| b.map(|b| (b, env.clone()))).collect();
        if live.is_empty() {
            self.block = None;
            return;
        }
        // Only slots of chunks the paths no longer share can differ: an `if`
        // costs what its branches changed, not the function's variables.
        let differing: Vec<usize> = {
            let others: Vec<&Env<Value>> = live[1..].iter().map(|(_, e)| e).collect();
            live[0].1.unshared(&others).collect()
        };
        let nv = self.f.vars.len();
        // A flag slot (past the variables) that a path lacks is true there.
        for &v in differing.iter().filter(|&&v| v >= nv) {
            if live.iter().any(|(_, e)| e[v].is_some()) {
                for (b, e) in live.iter_mut() {
                    if e[v].is_none() {
                        let at = Location::unknown(self.context);
                        let one = IntegerAttribute::new(self.ty(Scalar::Bool), 1).into();
                        e[v] =
                            Some(b.append_operation(arith::constant(self.context, one, at)).result(0).unwrap().into());
                    }
                }
            }
        }
        let mut env = live[0].1.clone();
        let mut args: Vec<Var> = Vec::new();
        for &v in &differing {
            let Some(first) = env[v] else { continue };
            if live[1..].iter().any(|(_, e)| e[v].is_none()) {
                env[v] = None;
            } else if live[1..].iter().any(|(_, e)| e[v] != Some(first)) {
                args.push(v);
            }
        }
        let merge = self.new_block(&self.carried_types(&args));
        for (b, e) in &live {
            let vals: Vec<Value> = args.iter().map(|&v| e[v].unwrap()).collect();
            self.br(*b, merge, &vals);
        }
        for (i, &v) in args.iter().enumerate() {
            env[v] = Some(merge.argument(i).unwrap().into());
        }
        self.env = env;
        self.block = Some(merge);
    }

    /// The variables set on entry to a loop that its body may change
    /// (`also`: the loop's own variable) travel around it as block
    /// arguments; the others keep their one value, which dominates the
    /// loop. Carrying only those keeps the IR small (arrays have 2 + 2n
    /// descriptor words), which O3 and codegen pay for by the block.
    /// Pushes the loop's invariant values (see `enter`); the loop's
    /// lowering pops them when it is done.
    fn carried_vars(&mut self, body: &[TStmt], also: Option<Var>) -> Vec<Var> {
        let carried: Vec<Var> = (0..self.env.len())
            .filter(|&v| {
                let var = v % self.f.vars.len().max(1);
                self.env[v].is_some()
                    && (also == Some(var) || body.iter().any(|s| crate::analysis::bounds::assigns(s, var)))
            })
            .collect();
        let mut invariant = self.env.clone();
        for &v in &carried {
            invariant[v] = None;
        }
        self.invariant.push(invariant);
        carried
    }

    fn while_loop(&mut self, cond: &TExpr, body: &[TStmt], orelse: &[TStmt]) {
        let carried = self.carried_vars(body, None);
        let types = self.carried_types(&carried);
        let header = self.new_block(&types);
        let exit = self.new_block(&types);
        let normal_exit = if orelse.is_empty() { exit } else { self.new_block(&types) };
        let entry_args = self.carried_values(&carried);
        self.br(self.block.unwrap(), header, &entry_args);
        self.enter(header, &carried, 0);
        let c = self.expr(cond);
        let body_block = self.new_block(&[]);
        let exit_args = self.carried_values(&carried);
        self.cond_br(c, body_block, &[], normal_exit, &exit_args);
        self.block = Some(body_block);
        let broke = self.loop_body(body, header, exit, &carried);
        self.after_loop(exit, normal_exit, orelse, broke, &carried);
        self.invariant.pop();
    }

    /// A loop body: `break` goes to `exit`, `continue` and the end of the
    /// body to `continue_to`, both passing the carried variables. Returns
    /// whether some `break` was reachable.
    fn loop_body(
        &mut self,
        body: &[TStmt],
        continue_to: BlockRef<'c, 'r>,
        exit: BlockRef<'c, 'r>,
        carried: &[Var],
    ) -> bool {
        self.loops.push(LoopCtx { continue_to, exit, carried: carried.to_vec(), broke: false });
        self.stmts(body);
        let ctx = self.loops.pop().expect("pushed above");
        if let Some(b) = self.block {
            let args = self.carried_values(carried);
            self.br(b, continue_to, &args);
        }
        ctx.broke
    }

    /// Where a loop continues: without an else clause, at `exit` (the
    /// `break` target, which the exhausted loop also reaches). With one, the
    /// exhausted loop goes to `normal_exit` and runs the clause, and that
    /// path joins the `break` paths like the arms of an `if`; an `exit` no
    /// `break` reached is removed (a block without a terminator is invalid).
    fn after_loop(
        &mut self,
        exit: BlockRef<'c, 'r>,
        normal_exit: BlockRef<'c, 'r>,
        orelse: &[TStmt],
        broke: bool,
        carried: &[Var],
    ) {
        if orelse.is_empty() {
            self.enter(exit, carried, 0);
            return;
        }
        self.enter(normal_exit, carried, 0);
        self.stmts(orelse);
        if !broke {
            // SAFETY: nothing refers to `exit`: no branch was built to it.
            drop(unsafe { exit.detach() });
            return;
        }
        let after_else = (self.block, self.env.clone());
        self.enter(exit, carried, 0);
        let after_break = (Some(exit), self.env.clone());
        self.merge(&[after_break, after_else]);
    }

    /// `for var in range(start, stop, step)` runs a trip count computed once,
    /// in unsigned 64-bit arithmetic so that no bound overflows, as
    /// CPython's range does: var = start + j * step for j in 0..count. The
    /// step's sign picks the direction; for a constant step canonicalize
    /// folds the selects away.
    fn for_range(&mut self, var: Var, start: &TExpr, stop: &TExpr, step: &TExpr, body: &[TStmt], orelse: &[TStmt]) {
        let bound = crate::analysis::bounds::loop_bound(self.f, &self.bounds, var, start, stop, step, body);
        let loc = (self.loc)(start.span.start);
        let (start, stop, step_v) = (self.expr(start), self.expr(stop), self.expr(step));
        let zero = self.i64_const(0, loc);
        let one = self.i64_const(1, loc);
        if !matches!(step.kind, TExprKind::Const(_)) {
            let is_zero = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Eq, step_v, zero, loc));
            self.raise_if(is_zero, "ValueError", "range() arg 3 must not be zero", loc);
        }
        let up = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Sgt, step_v, zero, loc));
        let lo = self.append(arith::select(up, start, stop, loc));
        let hi = self.append(arith::select(up, stop, start, loc));
        let nonempty = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Slt, lo, hi, loc));
        let diff = self.append(arith::subi(hi, lo, loc));
        let diff1 = self.append(arith::subi(diff, one, loc));
        let negated = self.append(arith::subi(zero, step_v, loc));
        let abs_step = self.append(arith::select(up, step_v, negated, loc));
        let q = self.append(arith::divui(diff1, abs_step, loc));
        let n = self.append(arith::addi(q, one, loc));
        let count = self.append(arith::select(nonempty, n, zero, loc));
        let range = (var, start, step_v, count);
        if matches!(self.deferral, deferral::Deferral::Off) && crate::analysis::deferral::worth_deferring(body, orelse)
        {
            let mut lower = |s: &mut Self| s.range_versions((range, stop), bound.clone(), body, orelse, loc);
            return self.deferred_loop(body, &mut lower, loc);
        }
        self.range_versions((range, stop), bound, body, orelse, loc)
    }

    /// `for_range`'s loop from its evaluated range: one version, or two
    /// where bounds checks hoist out of it (loop versioning).
    fn range_versions(
        &mut self,
        (range, stop): ((Var, Value<'c, 'r>, Value<'c, 'r>, Value<'c, 'r>), Value<'c, 'r>),
        bound: Option<crate::analysis::bounds::LoopBound>,
        body: &[TStmt],
        orelse: &[TStmt],
        loc: Location<'c>,
    ) {
        let Some(bound) = bound else { return self.range_loop(range, body, orelse, Vec::new(), loc) };
        let mut facts = self.bounds.clone();
        facts.push(bound.clone());
        let hoisted: Vec<_> = if self.f.boundscheck {
            crate::analysis::bounds::hoistable(self.f, &facts, &bound, body)
        } else {
            Vec::new()
        };
        let hoisted: Vec<_> = hoisted
            .into_iter()
            .filter(|h| {
                (h.induction || h.constant().is_some() || self.env[h.var].is_some()) && self.env[h.extent].is_some()
            })
            .collect();
        if hoisted.is_empty() {
            return self.range_loop(range, body, orelse, vec![bound], loc);
        }
        // Loop versioning: the checks tested once here; the loop without
        // them when they pass, the checked loop when one fails.
        let mut pass: Option<Value> = None;
        for h in &hoisted {
            let extent = self.env[h.extent].expect("filtered above");
            let c = self.i64_const(h.c, loc);
            let ok = if h.induction {
                let limit = self.append(arith::subi(extent, c, loc));
                self.append(arith::cmpi(self.context, arith::CmpiPredicate::Sle, stop, limit, loc))
            } else {
                let index = match h.constant() {
                    Some(_) => c,
                    None => {
                        let v = self.env[h.var].expect("filtered above");
                        self.append(arith::addi(v, c, loc))
                    }
                };
                self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ult, index, extent, loc))
            };
            pass = Some(match pass {
                None => ok,
                Some(p) => self.append(arith::andi(p, ok, loc)),
            });
        }
        let (fast, slow) = (self.new_block(&[]), self.new_block(&[]));
        self.cond_br(pass.expect("some check is hoisted"), fast, &[], slow, &[]);
        let before = self.env.clone();
        self.block = Some(fast);
        self.range_loop(range, body, orelse, crate::analysis::bounds::hoisted_facts(&bound, &hoisted), loc);
        let after_fast = (self.block, std::mem::replace(&mut self.env, before));
        self.block = Some(slow);
        self.range_loop(range, body, orelse, vec![bound], loc);
        let after_slow = (self.block, self.env.clone());
        self.merge(&[after_fast, after_slow]);
    }

    /// The loop of `for_range` from its evaluated range: `var = start + j *
    /// step` for j in 0..count, with `facts` known in the body.
    fn range_loop(
        &mut self,
        range: (Var, Value<'c, 'r>, Value<'c, 'r>, Value<'c, 'r>),
        body: &[TStmt],
        orelse: &[TStmt],
        facts: Vec<crate::analysis::bounds::LoopBound>,
        loc: Location<'c>,
    ) {
        if self.chunks_here() {
            return self.chunked_range(range, body, facts, loc);
        }
        self.plain_range_loop(range, body, orelse, facts, loc)
    }

    /// `range_loop` as one loop.
    fn plain_range_loop(
        &mut self,
        (var, start, step_v, count): (Var, Value<'c, 'r>, Value<'c, 'r>, Value<'c, 'r>),
        body: &[TStmt],
        orelse: &[TStmt],
        facts: Vec<crate::analysis::bounds::LoopBound>,
        loc: Location<'c>,
    ) {
        let one = self.i64_const(1, loc);
        let carried = self.carried_vars(body, Some(var));
        let header = self.counted_block(&carried);
        let carried_types = self.carried_types(&carried);
        let exit = self.new_block(&carried_types);
        let normal_exit = if orelse.is_empty() { exit } else { self.new_block(&carried_types) };
        let latch = self.new_block(&carried_types);
        let j = self.enter_counted(header, &carried, count, normal_exit, loc);
        let offset = self.append(arith::muli(j, step_v, loc));
        let i = self.append(arith::addi(start, offset, loc));
        let i = self.convert(i, Scalar::I64, self.f.vars[var].ty, 0);
        self.set(var, i);
        let depth = self.bounds.len();
        self.bounds.extend(facts);
        let broke = self.loop_body(body, latch, exit, &carried);
        self.bounds.truncate(depth);

        self.enter(latch, &carried, 0);
        let next = self.append(arith::addi(j, one, loc));
        let mut back = vec![next];
        back.extend(self.carried_values(&carried));
        self.br(latch, header, &back);
        self.after_loop(exit, normal_exit, orelse, broke, &carried);
        self.invariant.pop();
    }

    /// A counted loop's header block: `j` (int64) and the `carried`
    /// variables are its arguments (`enter_counted` fills it).
    fn counted_block(&self, carried: &[Var]) -> BlockRef<'c, 'r> {
        let mut types = vec![self.i64()];
        types.extend(self.carried_types(carried));
        self.new_block(&types)
    }

    /// Enters the counted loop `header` from the current block with j = 0:
    /// `j < count` goes on in a new block (the current one on return),
    /// else to `exit` with the carried values. Returns `j`.
    fn enter_counted(
        &mut self,
        header: BlockRef<'c, 'r>,
        carried: &[Var],
        count: Value<'c, 'r>,
        exit: BlockRef<'c, 'r>,
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let mut entry_args = vec![self.i64_const(0, at)];
        entry_args.extend(self.carried_values(carried));
        self.br(self.block.expect("a loop in reachable code"), header, &entry_args);
        self.enter(header, carried, 1);
        let j: Value = header.argument(0).unwrap().into();
        let more = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ult, j, count, at));
        let body = self.new_block(&[]);
        let exit_args = self.carried_values(carried);
        self.cond_br(more, body, &[], exit, &exit_args);
        self.block = Some(body);
        j
    }

    /// A py.cast where the types differ.
    fn convert(&mut self, v: Value<'c, 'r>, from: Scalar, to: Scalar, at: usize) -> Value<'c, 'r> {
        if from == to {
            return v;
        }
        let loc = (self.loc)(at);
        self.cast(v, from, to, loc)
    }

    /// `py.cast` of `v` to `to`; in raise mode an int that the target cannot
    /// hold raises OverflowError first: the value must survive the round
    /// trip, and keep its sign where the signedness changes.
    fn cast(&mut self, v: Value<'c, 'r>, from: Scalar, to: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let c = self.append(dialects::op(CAST, &[v], self.ty(to), at));
        if self.overflow != Overflow::Raise || !overflow::cast_checked(from, to) {
            return c;
        }
        let back = self.append(dialects::op(CAST, &[c], self.ty(from), at));
        let mut bad = self.cmp("ne", back, v, at);
        let (Scalar::Int { signed: fs, .. }, Scalar::Int { signed: ts, .. }) = (from, to) else {
            unreachable!("cast_checked is for ints")
        };
        if fs != ts {
            // The signed side must be non-negative: it is the one a sign flip shows on.
            let (signed_value, signed_ty) = if fs { (v, from) } else { (c, to) };
            let zero = self.zero(signed_ty, at);
            let negative = self.cmp("lt", signed_value, zero, at);
            bad = self.append(arith::ori(bad, negative, at));
        }
        self.raise_if(
            bad,
            "OverflowError",
            &format!("integer overflow converting {} to {}", from.short_name(), to.short_name()),
            at,
        );
        c
    }

    /// Raise mode: `py.overflows {op = kind}` on the operands, and
    /// OverflowError("integer overflow in i4 <word>") where it holds.
    fn check_overflow(&mut self, kind: &str, operands: &[Value<'c, 'r>], ty: Scalar, word: &str, at: Location<'c>) {
        let check = OperationBuilder::new(OVERFLOWS, at)
            .add_attributes(&[(Identifier::new(self.context, "op"), StringAttribute::new(self.context, kind).into())])
            .add_operands(operands)
            .add_results(&[self.ty(Scalar::Bool)])
            .build()
            .expect("valid py.overflows");
        let bad = self.append(check);
        self.raise_if(bad, "OverflowError", &format!("integer overflow in {} {word}", ty.short_name()), at);
    }

    /// Raise mode's `x ** n` (n a constant, as typing requires): the same
    /// square-and-multiply convert-py-to-arith does, each multiply checked.
    /// No partial product or square exceeds |x ** n| in magnitude (each is
    /// x ** m with m < n, or the result itself), and one of the same sign
    /// is MIN only as the result, so a check fails exactly when x ** n does
    /// not fit.
    fn checked_int_pow(&mut self, x: Value<'c, 'r>, n: u32, ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let t = self.ty(ty);
        let mul = |fl: &mut Self, a: Value<'c, 'r>, b: Value<'c, 'r>| {
            fl.check_overflow("mul", &[a, b], ty, "power", at);
            fl.append(dialects::op(MUL, &[a, b], t, at))
        };
        let (mut result, mut base, mut n) = (None, x, n);
        while n > 0 {
            if n & 1 == 1 {
                result = Some(match result {
                    None => base,
                    Some(r) => mul(self, r, base),
                });
            }
            n >>= 1;
            if n > 0 {
                base = mul(self, base, base);
            }
        }
        result.unwrap_or_else(|| self.append(dialects::constant(self.context, t, ConstBits::Int(1), at)))
    }

    /// `a ** b` of ints with an exponent that is not a small constant:
    /// square-and-multiply over every bit of b, unrolled (selects, no
    /// loop), which is CPython's value modulo 2**bits, so exact wherever it
    /// fits. With `--overflow=raise` a multiply counts only when its result
    /// is used (a bit of b set, or a higher bit left for a square); none
    /// exceeds |a ** b|, as in `checked_int_pow`. A negative b gives numba's
    /// `int_power_impl` result (CPython's would be a float): 0 ** b raises
    /// ZeroDivisionError (CPython's message), 1 and -1 give 1 and (-1) ** b,
    /// every other base 0. `b_signed` false reads b's bits as unsigned.
    fn var_int_pow(
        &mut self,
        a: Value<'c, 'r>,
        b: Value<'c, 'r>,
        ty: Scalar,
        b_signed: bool,
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let Scalar::Int { bits, signed } = ty else { unreachable!("typing: int ** int") };
        let signed = signed && b_signed;
        let t = self.ty(ty);
        let b1 = self.ty(Scalar::Bool);
        let int = |s: &Self, v: i64| s.append(dialects::constant(s.context, t, ConstBits::Int(v), at));
        let (zero, one) = (int(self, 0), int(self, 1));
        let checked = self.overflow == Overflow::Raise;
        let negative = if signed { Some(self.cmp("lt", b, zero, at)) } else { None };
        if let Some(neg) = negative {
            let base_zero = self.cmp("eq", a, zero, at);
            let both = self.append(dialects::op(AND, &[neg, base_zero], b1, at));
            self.raise_if(both, "ZeroDivisionError", "0.0 cannot be raised to a negative power", at);
        }
        let e = match negative {
            Some(neg) => self.append(dialects::op(SELECT, &[neg, zero, b], t, at)),
            None => b,
        };
        let mut bad = self.append(dialects::constant(self.context, b1, ConstBits::Int(0), at));
        let (mut r, mut x) = (one, a);
        let steps = if signed { bits - 1 } else { bits };
        for k in 0..steps {
            let shift = int(self, k as i64);
            let shifted = self.append(dialects::op(RSHIFT, &[e, shift], t, at));
            let low = self.append(dialects::op(AND, &[shifted, one], t, at));
            let bit = self.cmp("ne", low, zero, at);
            let product = self.append(dialects::op(MUL, &[r, x], t, at));
            if checked {
                let o = self.overflows("mul", &[r, x]);
                let counts = self.append(dialects::op(AND, &[bit, o], b1, at));
                bad = self.append(dialects::op(OR, &[bad, counts], b1, at));
            }
            r = self.append(dialects::op(SELECT, &[bit, product, r], t, at));
            if k + 1 < steps {
                if checked {
                    let next = int(self, k as i64 + 1);
                    let rest = self.append(dialects::op(RSHIFT, &[e, next], t, at));
                    let more = self.cmp("ne", rest, zero, at);
                    let o = self.overflows("mul", &[x, x]);
                    let counts = self.append(dialects::op(AND, &[more, o], b1, at));
                    bad = self.append(dialects::op(OR, &[bad, counts], b1, at));
                }
                x = self.append(dialects::op(MUL, &[x, x], t, at));
            }
        }
        if checked {
            self.raise_if(bad, "OverflowError", &format!("integer overflow in {} power", ty.short_name()), at);
        }
        let Some(neg) = negative else { return r };
        // b < 0: 1 for a == 1, (-1) ** b for a == -1, else 0.
        let minus_one = int(self, -1);
        let odd_bit = self.append(dialects::op(AND, &[b, one], t, at));
        let odd = self.cmp("ne", odd_bit, zero, at);
        let sign = self.append(dialects::op(SELECT, &[odd, minus_one, one], t, at));
        let is_one = self.cmp("eq", a, one, at);
        let is_minus_one = self.cmp("eq", a, minus_one, at);
        let special = self.append(dialects::op(SELECT, &[is_minus_one, sign, zero], t, at));
        let special = self.append(dialects::op(SELECT, &[is_one, one, special], t, at));
        self.append(dialects::op(SELECT, &[neg, special, r], t, at))
    }

    /// numpy's int scalar constructor (`np.int8(x)`) of an int `x` of type
    /// `from`: OverflowError unless `to` holds the value, then the value.
    fn np_scalar_int(&mut self, x: Value<'c, 'r>, from: Scalar, to: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let bounds = |s: Scalar| match s {
            Scalar::Int { bits, signed: true } => (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1),
            Scalar::Int { bits, signed: false } => (0, (1i128 << bits) - 1),
            _ => unreachable!("typing: ints only"),
        };
        let ((lo, hi), (tlo, thi)) = (bounds(from), bounds(to));
        let t = self.ty(from);
        let b1 = self.ty(Scalar::Bool);
        let mut bad = self.append(dialects::constant(self.context, b1, ConstBits::Int(0), at));
        // Each bound compared in `from`'s type, only where it excludes values.
        for (limit, pred, excludes) in [(tlo, "lt", tlo > lo), (thi, "gt", thi < hi)] {
            if excludes {
                let c = self.append(dialects::constant(self.context, t, ConstBits::Int(limit as i64), at));
                let out = self.cmp(pred, x, c, at);
                bad = self.append(dialects::op(OR, &[bad, out], b1, at));
            }
        }
        self.raise_if(bad, "OverflowError", &format!("Python integer out of bounds for {}", to.long_name()), at);
        let ty = self.ty(to);
        self.append(dialects::op(CAST, &[x], ty, at))
    }

    /// `py.overflows {op = kind}` of `operands`: whether the exact result does not fit.
    fn overflows(&mut self, kind: &str, operands: &[Value<'c, 'r>]) -> Value<'c, 'r> {
        let at = Location::unknown(self.context);
        let check = OperationBuilder::new(OVERFLOWS, at)
            .add_attributes(&[(Identifier::new(self.context, "op"), StringAttribute::new(self.context, kind).into())])
            .add_operands(operands)
            .add_results(&[self.ty(Scalar::Bool)])
            .build()
            .expect("valid py.overflows");
        self.append(check)
    }

    fn expr(&mut self, e: &TExpr) -> Value<'c, 'r> {
        let ty = self.ty(e.ty);
        let at = (self.loc)(e.span.start);
        self.last_span = e.span.clone();
        let op = match &e.kind {
            TExprKind::Var(v) => return self.var(*v, e),
            TExprKind::ListLen(l) => return self.list_len(l, &e.span, at),
            TExprKind::DictGet(d, j, key) => return self.dict_get(d, *j, key, &e.span, at),
            TExprKind::DictHas(d, key) => return self.dict_has(d, key, &e.span, at),
            TExprKind::DictOp(d, op, key, value) => return self.dict_op_expr(d, *op, key, value, &e.span, at),
            TExprKind::DictLoad(addr, j) => return self.dict_load(addr, *j, e.ty, at),
            TExprKind::ListLoad(l, part, i) => return self.list_load(l, *part, i, &e.span, at),
            TExprKind::Const(c) => dialects::constant(self.context, ty, const_bits(*c), at),
            TExprKind::Binary(op @ (BinOp::Div | BinOp::FloorDiv | BinOp::Mod), l, r) => {
                self.division(*op, l, r, e.ty, false, at)
            }
            TExprKind::DivMod(op, l, r) => self.division(*op, l, r, e.ty, true, at),
            TExprKind::NpBinary(op, l, r) => {
                let (vl, vr) = (self.expr(l), self.expr(r));
                return self.np_binary(*op, vl, vr, e.ty, at);
            }
            TExprKind::Binary(BinOp::Pow, l, r) if e.ty.is_float() => {
                let (vl, vr) = (self.expr(l), self.expr(r));
                return self.quietly(e, |s| s.float_pow(vl, vr, e.ty, at));
            }
            TExprKind::Binary(BinOp::Pow, l, r) if !crate::analysis::effects::const_int_exponent(r) => {
                let vl = self.expr(l);
                // A uint64 exponent typed int64 (`i8 ** u8`): its bits as
                // they are, read unsigned, since 0 ** 2**63 is 0, not a
                // negative power (and no cast check under --overflow=raise).
                if let TExprKind::Cast(x) = &r.kind {
                    if x.ty == (Scalar::Int { bits: 64, signed: false }) {
                        let vx = self.expr(x);
                        let vr = self.append(dialects::op(CAST, &[vx], ty, at));
                        return self.var_int_pow(vl, vr, e.ty, false, at);
                    }
                }
                let vr = self.expr(r);
                return self.var_int_pow(vl, vr, e.ty, true, at);
            }
            TExprKind::Binary(op, l, r) => return self.binary(*op, l, r, e.ty, at),
            TExprKind::Neg(v) => {
                let x = self.expr(v);
                self.check_unary("neg", x, e.ty, "negation", at);
                dialects::op(NEG, &[x], ty, at)
            }
            TExprKind::NpScalar(v) => {
                let x = self.expr(v);
                return self.np_scalar_int(x, v.ty, e.ty, at);
            }
            TExprKind::NotNone(flag, v) => {
                let none = self.expr(flag);
                self.raise_if(none, "TypeError", &format!("expected {}, got None", e.ty.long_name()), at);
                return self.expr(v);
            }
            TExprKind::WrapCast(v) => {
                let x = self.expr(v);
                return self.append(dialects::op(CAST, &[x], ty, at));
            }
            TExprKind::Cast(v) => {
                let x = self.expr(v);
                return self.cast(x, v.ty, e.ty, at);
            }
            TExprKind::Truth(v) => dialects::op(TRUTH, &[self.expr(v)], ty, at),
            TExprKind::Not(v) => dialects::op(NOT, &[self.expr(v)], ty, at),
            TExprKind::Invert(v) => {
                let x = self.expr(v);
                self.check_unary("invert", x, e.ty, "inversion", at);
                dialects::op(INVERT, &[x], ty, at)
            }
            TExprKind::Abs(v) => {
                let x = self.expr(v);
                self.check_unary("abs", x, e.ty, "abs()", at);
                dialects::op(ABS, &[x], ty, at)
            }
            TExprKind::MinMax(is_min, xs) => {
                let vals: Vec<Value> = xs.iter().map(|x| self.expr(x)).collect();
                let mut acc = vals[0];
                for &v in &vals[1..] {
                    // CPython keeps the earlier item unless the new one is strictly better.
                    let better = self.cmp(if *is_min { "lt" } else { "gt" }, v, acc, at);
                    acc = self.append(dialects::op(SELECT, &[better, v, acc], ty, at));
                }
                return acc;
            }
            TExprKind::FloatToInt(v) => {
                let x = self.expr(v);
                return self.float_to_int(x, v.ty, at);
            }
            TExprKind::Call(symbol, args) => return self.call(symbol, args, at)[0],
            TExprKind::Math(f, args) => {
                let vals: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
                if e.ty == (Scalar::Float { bits: 32 }) {
                    return self.quietly(e, |s| s.math_f32(f, &vals, at));
                }
                return self.quietly(e, |s| s.math(f, &vals, at));
            }
            TExprKind::Round(v) => {
                let x = self.expr(v);
                let r = self.append(dialects::op(ROUND_EVEN, &[x], self.ty(v.ty), at));
                return self.float_to_int(r, v.ty, at);
            }
            TExprKind::Compare(op, l, r) => {
                let (l, r) = (self.expr(l), self.expr(r));
                return self.cmp(op.name(), l, r, at);
            }
            TExprKind::And(a, b) | TExprKind::Or(a, b) => {
                return self.short_circuit(matches!(e.kind, TExprKind::And(..)), a, b, e.ty)
            }
            TExprKind::IfExp(c, t, f) => return self.if_exp(c, t, f, e.ty),
            TExprKind::Pick(i, xs) => return self.pick(i, xs, at),
            TExprKind::Load(r, indices) => return self.array_load(r, indices, at),
            TExprKind::Runtime(symbol, args) => return self.runtime_call(symbol, args, e.ty, at),
            TExprKind::Let(binds, body) => return self.let_expr(binds, body),
        };
        self.append(op)
    }

    /// A variable's value, checked as set where it may not be.
    fn var(&mut self, v: Var, e: &TExpr) -> Value<'c, 'r> {
        match self.env[v] {
            Some(val) => {
                let name = python_name(&self.f.vars[v].name).to_string();
                self.check_set(v, &name);
                val
            }
            None => {
                // Numbers only: lists and dicts (headers) stay errors.
                self.unset_vars.push(v);
                self.unset(v, e.span.clone(), e.ty)
            }
        }
    }

    /// A binary operation on numbers other than true and floor division,
    /// modulo and the pow forms `expr` hands elsewhere: the checks raise
    /// mode and shifts need, then the op.
    fn binary(&mut self, op: BinOp, l: &TExpr, r: &TExpr, e_ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let ty = self.ty(e_ty);
        let vl = self.expr(l);
        let vr = if matches!(op, BinOp::LShift | BinOp::RShift) { self.shift_count(r, at) } else { self.expr(r) };
        if self.overflow == Overflow::Raise && overflow::binary_checked(op, e_ty) {
            let word = overflow::binary_word(op).expect("checked ops have a word");
            match (op, &r.kind) {
                (BinOp::Pow, TExprKind::Const(ConstValue::Int(n))) if (0..=64).contains(n) => {
                    return self.checked_int_pow(vl, *n as u32, e_ty, at)
                }
                (BinOp::Pow, _) => {} // typing allows only constant exponents
                (BinOp::Add, _) => self.check_overflow("add", &[vl, vr], e_ty, word, at),
                (BinOp::Sub, _) => self.check_overflow("sub", &[vl, vr], e_ty, word, at),
                (BinOp::Mul, _) => self.check_overflow("mul", &[vl, vr], e_ty, word, at),
                _ => self.check_overflow("lshift", &[vl, vr], e_ty, word, at),
            }
        }
        let name = match op {
            BinOp::Add => ADD,
            BinOp::Sub => SUB,
            BinOp::Mul => MUL,
            BinOp::BitAnd => AND,
            BinOp::BitOr => OR,
            BinOp::BitXor => XOR,
            BinOp::LShift => LSHIFT,
            BinOp::RShift => RSHIFT,
            _ => POW,
        };
        self.append(dialects::op(name, &[vl, vr], ty, at))
    }

    /// A shift's count, with CPython's ValueError for a negative one: tested
    /// before typing's casts to the shift's type, where -1 of an `i8` count
    /// of a `u8` shift would be 2**64 - 1 and 2**63 of a `u8` count of an
    /// `i8` shift negative. The cast keeps the bits unchecked: the shift
    /// reads its count unsigned (a count past the width is too far).
    fn shift_count(&mut self, r: &TExpr, at: Location<'c>) -> Value<'c, 'r> {
        if let TExprKind::Cast(x) = &r.kind {
            if matches!(x.ty, Scalar::Int { .. }) {
                let v = self.shift_count(x, at);
                return self.append(dialects::op(CAST, &[v], self.ty(r.ty), at));
            }
        }
        let v = self.expr(r);
        if shift_may_raise(r) {
            let zero = self.zero(r.ty, at);
            let negative = self.cmp("lt", v, zero, at);
            self.raise_if(negative, "ValueError", "negative shift count", at);
        }
        v
    }

    /// A call of a runtime C function, declared on first use.
    fn runtime_call(&mut self, symbol: &'static str, args: &[TExpr], e_ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let mut vals: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
        let (mut inputs, result) = (args.iter().map(|a| self.ty(a.ty)).collect::<Vec<_>>(), self.ty(e_ty));
        if symbol == crate::abi::runtime::STACK_GUARD_FN {
            vals.push(self.frame.expect("sema guards only what effects marks guarded"));
            inputs.push(self.i64());
        }
        if !self.runtime.iter().any(|(s, ..)| *s == symbol) {
            self.runtime.push((symbol, inputs, result));
        }
        let call = func::call(
            self.context,
            melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, symbol),
            &vals,
            &[result],
            at,
        );
        let r = self.append(call);
        // A str operation that raised (CPython's exception is set).
        let failed = match crate::abi::runtime::runtime_check(symbol) {
            None => return r,
            Some(crate::abi::runtime::RuntimeCheck::Zero) => {
                let zero = self.i64_const(0, at);
                self.append(arith::cmpi(self.context, arith::CmpiPredicate::Eq, r, zero, at))
            }
            Some(crate::abi::runtime::RuntimeCheck::Flag) => {
                let flag_fn = crate::abi::runtime::STR_FAILED_FN;
                if !self.runtime.iter().any(|(s, ..)| *s == flag_fn) {
                    self.runtime.push((flag_fn, Vec::new(), self.i64()));
                }
                let sym = melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, flag_fn);
                let flag = self.append(func::call(self.context, sym, &[], &[self.i64()], at));
                let zero = self.i64_const(0, at);
                self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ne, flag, zero, at))
            }
        };
        let (bad, ok) = (self.new_block(&[]), self.new_block(&[]));
        self.cond_br(failed, bad, &[], ok, &[]);
        self.block = Some(bad);
        self.propagate(at);
        self.block = Some(ok);
        r
    }

    /// `body` with each of `binds` computed once, here; the body reads it
    /// through its variable, which goes out of scope after.
    fn let_expr(&mut self, binds: &[(Var, TExpr)], body: &TExpr) -> Value<'c, 'r> {
        let saved: Vec<_> = binds
            .iter()
            .map(|(v, x)| {
                let val = self.expr(x);
                self.env[*v].replace(val)
            })
            .collect();
        let r = self.expr(body);
        for ((v, _), old) in binds.iter().zip(saved) {
            self.env[*v] = old;
        }
        r
    }

    /// Raise mode: the unary checks analysis/overflow.rs lists for this type.
    fn check_unary(&mut self, kind: &str, x: Value<'c, 'r>, ty: Scalar, word: &str, at: Location<'c>) {
        if self.overflow == Overflow::Raise && overflow::unary_checked(kind == "invert", ty) {
            self.check_overflow(kind, &[x], ty, word, at);
        }
    }

    /// `a and b` is `b if a else a`; `a or b` is `a if a else b`; `b` runs
    /// only when needed.
    fn short_circuit(&mut self, and: bool, a: &TExpr, b: &TExpr, ty: Scalar) -> Value<'c, 'r> {
        let va = self.expr(a);
        let at = (self.loc)(a.span.start);
        let truth =
            if ty == Scalar::Bool { va } else { self.append(dialects::op(TRUTH, &[va], self.ty(Scalar::Bool), at)) };
        if self.speculatable(b) {
            // Evaluating `b` anyway cannot be observed; straight-line code
            // keeps long chains (`a < b < ... < z`) linear to compile: a
            // block per operand made MLIR's branch folding quadratic.
            if ty == Scalar::Bool {
                return self.bool_chain(and, va, b, at);
            }
            let vb = self.expr(b);
            let (t, f) = if and { (vb, va) } else { (va, vb) };
            return self.append(dialects::op(SELECT, &[truth, t, f], self.ty(ty), at));
        }
        let rhs = self.new_block(&[]);
        let merge = self.new_block(&[self.ty(ty)]);
        if and {
            self.cond_br(truth, rhs, &[], merge, &[va]);
        } else {
            self.cond_br(truth, merge, &[va], rhs, &[]);
        }
        self.block = Some(rhs);
        let vb = self.expr(b);
        self.br(self.block.unwrap(), merge, &[vb]);
        self.block = Some(merge);
        merge.argument(0).unwrap().into()
    }

    /// `acc and b` (or `or`) of bools, `b` speculatable: a chain
    /// `c0 and (c1 and (c2 ...))` (through the `Let`s of a comparison
    /// chain's shared operands) is folded from the left, so each operand
    /// dies at once; from the right all of them were live to the end
    /// (10,000 spill slots made register allocation quadratic).
    fn bool_chain(&mut self, and: bool, mut acc: Value<'c, 'r>, b: &TExpr, at: Location<'c>) -> Value<'c, 'r> {
        let mut rest = b;
        let mut restore = Vec::new();
        loop {
            let (x, next) = match &rest.kind {
                TExprKind::Let(binds, body) => {
                    for (v, x) in binds {
                        let val = self.expr(x);
                        restore.push((*v, self.env[*v].replace(val)));
                    }
                    rest = body;
                    continue;
                }
                TExprKind::And(x, y) if and && rest.ty == Scalar::Bool => (&**x, Some(&**y)),
                TExprKind::Or(x, y) if !and && rest.ty == Scalar::Bool => (&**x, Some(&**y)),
                _ => (rest, None),
            };
            let v = self.expr(x);
            // The new operand on the left: LLVM's AggressiveInstCombine
            // (`matchAndOrChain`) walks an and/or chain down its left
            // operands from every link, so a chain grown on the left cost
            // N^2 at code generation (20,000 terms: 29 s).
            acc = self.append(if and { arith::andi(v, acc, at) } else { arith::ori(v, acc, at) });
            match next {
                Some(y) => rest = y,
                None => break,
            }
        }
        for (v, old) in restore.into_iter().rev() {
            self.env[v] = old;
        }
        acc
    }

    /// `t[i]` with a variable index: the elements, then the index wrapped
    /// from the end and checked (CPython's IndexError), then a chain of
    /// selects.
    fn pick(&mut self, index: &TExpr, elems: &[TExpr], at: Location<'c>) -> Value<'c, 'r> {
        let vals: Vec<Value> = elems.iter().map(|x| self.expr(x)).collect();
        let i = self.expr(index);
        let n = self.i64_const(vals.len() as i64, at);
        let zero = self.i64_const(0, at);
        let negative = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Slt, i, zero, at));
        let from_end = self.append(arith::addi(i, n, at));
        let wrapped = self.append(arith::select(negative, from_end, i, at));
        // Unsigned: a still-negative index is huge.
        let out = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Uge, wrapped, n, at));
        self.raise_if(out, "IndexError", "tuple index out of range", at);
        let mut acc = vals[vals.len() - 1];
        for j in (0..vals.len() - 1).rev() {
            let k = self.i64_const(j as i64, at);
            let hit = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Eq, wrapped, k, at));
            // py's select: arith's takes signless ints only (unsigned tuples).
            acc = self.append(dialects::op(SELECT, &[hit, vals[j], acc], melior::ir::ValueLike::r#type(&acc), at));
        }
        acc
    }

    fn if_exp(&mut self, c: &TExpr, t: &TExpr, f: &TExpr, ty: Scalar) -> Value<'c, 'r> {
        let cond = self.expr(c);
        if self.speculatable(t) && self.speculatable(f) {
            // As in `short_circuit`: arms without effects become a select.
            let (vt, vf) = (self.expr(t), self.expr(f));
            return self.append(dialects::op(SELECT, &[cond, vt, vf], self.ty(ty), (self.loc)(c.span.start)));
        }
        let (tb, fb) = (self.new_block(&[]), self.new_block(&[]));
        let merge = self.new_block(&[self.ty(ty)]);
        self.cond_br(cond, tb, &[], fb, &[]);
        self.block = Some(tb);
        let vt = self.expr(t);
        self.br(self.block.unwrap(), merge, &[vt]);
        self.block = Some(fb);
        let vf = self.expr(f);
        self.br(self.block.unwrap(), merge, &[vf]);
        self.block = Some(merge);
        merge.argument(0).unwrap().into()
    }

    /// Whether computing `e` where Python would not is unobservable: no
    /// call, no exception (float `+ - *` overflow to inf; int arithmetic
    /// raises only in `--overflow raise`), no unset variable, and cheap. (An unset variable is reported
    /// wherever it is read, speculated or not.)
    fn speculatable(&mut self, e: &TExpr) -> bool {
        use TExprKind::*;
        if let Some(&known) = self.speculatable.get(&(e as *const TExpr)) {
            return known;
        }
        let wraps = self.overflow == Overflow::Wrap || e.ty.is_float();
        let own = match &e.kind {
            // A variable some path leaves unset raises UnboundLocalError
            // when read: only where Python reads it (`first or x < best`).
            // (A variable with no value yet is a `Let`'s, bound before it
            // is read, or one the retry gives a flag.)
            Var(v) => self.env.get(self.f.vars.len() + *v).is_none_or(|flag| flag.is_none()),
            Const(_) | Compare(..) | And(..) | Or(..) | IfExp(..) | Not(_) | Truth(_) | Let(..) => true,
            Binary(op, ..) => match op {
                BinOp::Add | BinOp::Sub | BinOp::Mul => wraps,
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => true,
                _ => false,
            },
            Neg(_) | Abs(_) => wraps,
            // numpy's float arithmetic never raises (a complex division's
            // arms, src/sema/ndarray/arrayops/cxfused.rs: selects, so its loop vectorizes).
            NpBinary(op, ..) => e.ty.is_float() && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div),
            Cast(x) => e.ty.is_float() || x.ty == Scalar::Bool,
            _ => false,
        };
        let answer = own && e.children().into_iter().all(|c| self.speculatable(c));
        self.speculatable.insert(e, answer);
        answer
    }

    /// A read of a variable that some path reaches unset: Python would raise
    /// UnboundLocalError there; pycc rejects the program.
    fn unset(&mut self, v: Var, span: Range<usize>, ty: Scalar) -> Value<'c, 'r> {
        let name = python_name(&self.f.vars[v].name).to_string();
        // An array's descriptor words are variables too: one error for all.
        let reported = format!("`{name}` ");
        if !self.errors.iter().any(|d| d.message.starts_with(&reported)) {
            self.report_unset(&name, span);
        }
        // Keep building with a placeholder; the errors stop compilation.
        self.zero(ty, Location::unknown(self.context))
    }

    /// The "may be used before it is assigned" error for `name`.
    fn report_unset(&mut self, name: &str, span: Range<usize>) {
        // Numbers and arrays get a run-time test instead (see `maybe_unset`;
        // a function without an error flag is lowered again with one):
        // only lists and dicts are left.
        let why = "pycc raises UnboundLocalError at run time for numbers and arrays, not yet for lists and dicts";
        self.errors.push(
            Diagnostic::error(format!("`{name}` may be used here before it is assigned"))
                .at(span, "possibly unset")
                .note("assign it before the `if` or loop that sets it, so that every path defines it")
                .note(why),
        );
    }
}

/// The Python variable a TIR variable belongs to: `b` for `b.data`, one
/// of array `b`'s descriptor words.
fn python_name(var: &str) -> &str {
    var.split('.').next().unwrap_or(var)
}

fn const_bits(c: ConstValue) -> ConstBits {
    match c {
        ConstValue::Float(f) => ConstBits::Float(f),
        ConstValue::Int(i) => ConstBits::Int(i as i64),
        ConstValue::Bool(b) => ConstBits::Int(b as i64),
    }
}
