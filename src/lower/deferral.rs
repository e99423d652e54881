//! Deferred float error checks in a pure `for ... in range` loop
//! (analysis/deferral.rs says which loops): the loop runs once with each
//! check or-ed into a flag word, then, if the flag is set, again from its
//! start with every check a branch, which raises where CPython does.

use super::FnLower;
use crate::base::types::Scalar;
use crate::dialects::{self, SUB};
use crate::tir::{TStmt, Var};
use melior::dialect::llvm::LoadStoreOptions;
use melior::dialect::{arith, llvm as llvm_dialect};
use melior::ir::r#type::IntegerType;
use melior::ir::{BlockLike, BlockRef, Location, Value};

/// Where the loop being lowered stands.
#[derive(Clone, Copy)]
pub(super) enum Deferral<'c, 'r> {
    /// No loop defers: checks branch.
    Off,
    /// In the first run: checks or into `flag`; a raise that cannot be
    /// deferred goes to `restart` (the checked run) when the flag is set.
    /// `witnessed` is the result whose bits went into the flag last (a
    /// power's three checks share one).
    /// `depth` is the number of enclosing loops of the deferring loop
    /// itself, whose deferred run goes in chunks.
    Active { flag: Value<'c, 'r>, restart: BlockRef<'c, 'r>, witnessed: Option<Value<'c, 'r>>, depth: usize },
    /// In the checked run: checks branch, and nested loops do not defer
    /// (that run only happens on the way to an exception).
    Checked,
}

impl<'c, 'r> FnLower<'c, 'r, '_> {
    /// Lowers a loop with `lower` twice: the deferred run, then the
    /// checked run it falls back to; joins the two.
    pub(super) fn deferred_loop(&mut self, body: &[TStmt], lower: &mut dyn FnMut(&mut Self), at: Location<'c>) {
        let flag = self.entry_words(1, at);
        let zero = self.i64_const(0, at);
        self.store_word(zero, flag, at);
        let restart = self.new_block(&[]);
        let before = self.env.clone();
        self.deferral = Deferral::Active { flag, restart, witnessed: None, depth: self.loops.len() };
        self.sticky = crate::analysis::deferral::sticky(body);
        lower(self);
        self.sticky = Default::default();
        self.deferral = Deferral::Off;
        let fast = match self.block {
            Some(_) => {
                let failed = self.flag_set(flag, at);
                let ok = self.new_block(&[]);
                self.cond_br(failed, restart, &[], ok, &[]);
                (Some(ok), self.env.clone())
            }
            None => (None, self.env.clone()),
        };
        self.env = before;
        self.block = Some(restart);
        self.deferral = Deferral::Checked;
        lower(self);
        self.deferral = Deferral::Off;
        let checked = (self.block, self.env.clone());
        self.merge(&[fast, checked]);
    }

    /// Whether the `for` loop being lowered is the deferring loop's
    /// deferred run (not a loop nested in it).
    pub(super) fn chunks_here(&self) -> bool {
        matches!(self.deferral, Deferral::Active { depth, .. } if depth == self.loops.len())
    }

    /// The deferred run in chunks of `CHUNK` iterations, with a look at the
    /// flag after each: a loop that fails early stops within one chunk
    /// (CPython stops at once; a whole long range would be wasted work),
    /// and each chunk is a counted loop that LLVM can still vectorize.
    /// The body has no `break` of its own (analysis/deferral.rs), which
    /// would leave only the chunk.
    pub(super) fn chunked_range(
        &mut self,
        (var, start, step, count): (Var, Value<'c, 'r>, Value<'c, 'r>, Value<'c, 'r>),
        body: &[TStmt],
        facts: Vec<crate::analysis::bounds::LoopBound>,
        at: Location<'c>,
    ) {
        const CHUNK: i64 = 4096;
        let carried = self.carried_vars(body, Some(var));
        let header = self.counted_block(&carried);
        let exit = self.new_block(&self.carried_types(&carried));
        let k = self.enter_counted(header, &carried, count, exit, at);
        let (size, left) = (self.i64_const(CHUNK, at), self.append(arith::subi(count, k, at)));
        let n = self.append(arith::minui(left, size, at));
        let offset = self.append(arith::muli(k, step, at));
        let first = self.append(arith::addi(start, offset, at));
        self.plain_range_loop((var, first, step, n), body, &[], facts, at);
        self.restart_if_deferred(at);
        let next = self.append(arith::addi(k, size, at));
        let mut back = vec![next];
        back.extend(self.carried_values(&carried));
        self.br(self.block.expect("a chunk ends in reachable code"), header, &back);
        self.enter(exit, &carried, 0);
        self.invariant.pop();
    }

    /// A float error check: a branch to the raise, or in a deferred run
    /// `cond` or-ed into the flag.
    pub(super) fn check_float(&mut self, cond: Value<'c, 'r>, exception: &str, message: &str, at: Location<'c>) {
        let Deferral::Active { flag, .. } = self.deferral else {
            return self.raise_if(cond, exception, message, at);
        };
        let old = self.load_word(flag, at);
        let bit = self.append(arith::extui(cond, self.i64(), at));
        let new = self.append(arith::ori(old, bit, at));
        self.store_word(new, flag, at);
    }

    /// A float error check where `cond` implies that the result `r` is
    /// inf or nan (a power's or a math function's errors): deferred, the
    /// flag takes the bits of `r - r`, 0 for every finite `r`. That
    /// over-approximates `cond` (an inf from an inf operand sets it too,
    /// and the checked run then raises nothing) at two instructions a
    /// check, which keeps a vectorized loop's cost near the bare math.
    pub(super) fn check_result(
        &mut self,
        (r, ty): (Value<'c, 'r>, Scalar),
        cond: Value<'c, 'r>,
        exception: &str,
        message: &str,
        at: Location<'c>,
    ) {
        let Deferral::Active { flag, witnessed, .. } = &mut self.deferral else {
            return self.raise_if(cond, exception, message, at);
        };
        if self.quiet {
            if self.pending.last().map(|p| p.0) != Some(r) {
                self.pending.push((r, ty));
            }
            return;
        }
        if witnessed.replace(r) == Some(r) {
            return;
        }
        let flag = *flag;
        let word = self.nonfinite_word((r, ty), at);
        let old = self.load_word(flag, at);
        let new = self.append(arith::ori(old, word, at));
        self.store_word(new, flag, at);
    }

    /// The bits of `r - r`: 0 for a finite `r`, a nan's otherwise.
    fn nonfinite_word(&mut self, (r, ty): (Value<'c, 'r>, Scalar), at: Location<'c>) -> Value<'c, 'r> {
        let d = self.append(dialects::op(SUB, &[r, r], self.ty(ty), at));
        let width = 8 * ty.bytes() as u32;
        let bits = IntegerType::new(self.context, width).into();
        let word = self.append(arith::bitcast(d, bits, at));
        if width < 64 {
            return self.append(arith::extui(word, self.i64(), at));
        }
        word
    }

    /// Run `lower` (a checked node's lowering) with its checks quiet when
    /// an accumulator stands for them (analysis/deferral.rs `Sticky`).
    pub(super) fn quietly(
        &mut self,
        e: &crate::tir::TExpr,
        lower: impl FnOnce(&mut Self) -> Value<'c, 'r>,
    ) -> Value<'c, 'r> {
        self.quiet = self.sticky.quiet.contains(&(e as *const crate::tir::TExpr));
        let r = lower(self);
        self.quiet = false;
        r
    }

    /// Whether a deferred check failed: the flag, or an inf or nan in an
    /// accumulator or in a quiet result not yet added to one.
    fn deferred_failed(&mut self, flag: Value<'c, 'r>, at: Location<'c>) -> Value<'c, 'r> {
        let mut failed = self.flag_set(flag, at);
        let current = self.sticky.accumulators.iter().filter_map(|&v| self.env[v].map(|x| (x, self.slot_ty(v))));
        let values: Vec<_> = current.chain(self.pending.iter().copied()).collect();
        if values.is_empty() {
            return failed;
        }
        let mut word = self.i64_const(0, at);
        for v in values {
            let w = self.nonfinite_word(v, at);
            word = self.append(arith::ori(word, w, at));
        }
        let zero = self.i64_const(0, at);
        let bad = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ne, word, zero, at));
        failed = self.append(arith::ori(failed, bad, at));
        failed
    }

    /// Before a raise that is not deferred: when a deferred check already
    /// failed, the checked run from the loop's start raises first.
    pub(super) fn restart_if_deferred(&mut self, at: Location<'c>) {
        let Deferral::Active { flag, restart, .. } = self.deferral else { return };
        let failed = self.deferred_failed(flag, at);
        let go_on = self.new_block(&[]);
        self.cond_br(failed, restart, &[], go_on, &[]);
        self.block = Some(go_on);
    }

    fn flag_set(&mut self, flag: Value<'c, 'r>, at: Location<'c>) -> Value<'c, 'r> {
        let word = self.load_word(flag, at);
        let zero = self.i64_const(0, at);
        self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ne, word, zero, at))
    }

    fn load_word(&self, addr: Value<'c, 'r>, at: Location<'c>) -> Value<'c, 'r> {
        self.append(llvm_dialect::load(self.context, addr, self.i64(), at, LoadStoreOptions::new()))
    }

    fn store_word(&self, v: Value<'c, 'r>, addr: Value<'c, 'r>, at: Location<'c>) {
        let block = self.block.expect("storing from reachable code");
        block.append_operation(llvm_dialect::store(self.context, v, addr, at, LoadStoreOptions::new()));
    }
}
