//! Lowering of dicts (see `tir/dict.rs` for the representation and
//! `sema/containers/dicts.rs` for what the body may do with a dict): each operation
//! writes the key and value parts into the header's scratch words, calls
//! the runtime (runtime_buffer.c) and reads the results from the address
//! it returns.

use super::*;
use crate::abi::runtime::{DICT_NEW_FN, DICT_OP_FN};
use crate::tir::dict::{DictOp, DictRef};
use melior::dialect::llvm::{self as llvm_dialect, LoadStoreOptions};

impl<'c, 'r> FnLower<'c, 'r, '_> {
    /// A runtime call returning an int64; when `checked`, 0 means it
    /// raised and the exception propagates.
    fn dict_call(&mut self, symbol: &str, args: &[Value<'c, 'r>], checked: bool, at: Location<'c>) -> Value<'c, 'r> {
        let call = func::call(
            self.context,
            melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, symbol),
            args,
            &[self.i64()],
            at,
        );
        let r = self.append(call);
        if checked {
            let zero = self.i64_const(0, at);
            let failed = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Eq, r, zero, at));
            let (bad, ok) = (self.new_block(&[]), self.new_block(&[]));
            self.cond_br(failed, bad, &[], ok, &[]);
            self.block = Some(bad);
            self.propagate(at);
            self.block = Some(ok);
        }
        r
    }

    /// Writes the key and value parts to the scratch words and calls
    /// `pycc_dict_op`: its result (checked when the op raises) and the
    /// scratch words' address.
    #[allow(clippy::too_many_arguments)]
    fn dict_run(
        &mut self,
        dict: &DictRef,
        op: DictOp,
        keys: Vec<Value<'c, 'r>>,
        vals: Vec<Value<'c, 'r>>,
        arg: Value<'c, 'r>,
        span: &Range<usize>,
        at: Location<'c>,
    ) -> (Value<'c, 'r>, Value<'c, 'r>) {
        let h = match self.env[dict.header] {
            Some(h) => h,
            None => self.unset(dict.header, span.clone(), Scalar::I64),
        };
        let hp = self.to_ptr(h, at);
        let scratch_addr = self.word_at(hp, 0, at);
        let scratch =
            self.append(llvm_dialect::load(self.context, scratch_addr, self.i64(), at, LoadStoreOptions::new()));
        let scratch = self.to_ptr(scratch, at);
        let kw = dict.keys.len();
        for (j, v) in keys.into_iter().enumerate() {
            let addr = self.word_at(scratch, j, at);
            self.store_scalar(v, addr, dict.keys[j], at);
        }
        for (j, v) in vals.into_iter().enumerate() {
            let addr = self.word_at(scratch, kw + j, at);
            self.store_scalar(v, addr, dict.values[j], at);
        }
        let code = self.i64_const(op as i64, at);
        let r = self.dict_call(DICT_OP_FN, &[h, code, arg], op.raises(), at);
        (r, scratch)
    }

    /// Part `j` of `dict[key]` (KeyError for a missing key).
    pub(super) fn dict_get(
        &mut self,
        dict: &DictRef,
        j: usize,
        key: &[TExpr],
        span: &Range<usize>,
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let keys: Vec<Value> = key.iter().map(|x| self.expr(x)).collect();
        let zero = self.i64_const(0, at);
        let (r, _) = self.dict_run(dict, DictOp::Get, keys, Vec::new(), zero, span, at);
        let p = self.to_ptr(r, at);
        let addr = self.word_at(p, j, at);
        self.load_scalar(addr, dict.values[j], at)
    }

    /// A `Pop`/`PopOr`/`SetDefault` where the expression is: the result.
    pub(super) fn dict_op_expr(
        &mut self,
        dict: &DictRef,
        op: DictOp,
        key: &[TExpr],
        value: &[TExpr],
        span: &Range<usize>,
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let keys: Vec<Value> = key.iter().map(|x| self.expr(x)).collect();
        let vals: Vec<Value> = value.iter().map(|x| self.expr(x)).collect();
        let zero = self.i64_const(0, at);
        self.dict_run(dict, op, keys, vals, zero, span, at).0
    }

    pub(super) fn dict_load(&mut self, addr: &TExpr, j: usize, ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let a = self.expr(addr);
        let p = self.to_ptr(a, at);
        let w = self.word_at(p, j, at);
        self.load_scalar(w, ty, at)
    }

    /// `key in dict`.
    pub(super) fn dict_has(
        &mut self,
        dict: &DictRef,
        key: &[TExpr],
        span: &Range<usize>,
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let keys: Vec<Value> = key.iter().map(|x| self.expr(x)).collect();
        let zero = self.i64_const(0, at);
        let (r, _) = self.dict_run(dict, DictOp::Find, keys, Vec::new(), zero, span, at);
        self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ne, r, zero, at))
    }

    pub(super) fn dict_stmt(&mut self, s: &TStmt) {
        let TStmt::Dict { dict, op, key, value, index, out, span } = s else {
            unreachable!("dict_stmt takes dict statements")
        };
        let at = (self.loc)(span.start);
        if *op == DictOp::New {
            let kw = self.i64_const(dict.keys.len() as i64, at);
            let vw = self.i64_const(dict.values.len() as i64, at);
            let desc = self.i64_const(dict.desc(), at);
            let h = self.dict_call(DICT_NEW_FN, &[kw, vw, desc], true, at);
            self.set(dict.header, h);
            return;
        }
        // CPython computes `d[k] = v`'s value first.
        let (vals, keys) = if *op == DictOp::Set {
            let v: Vec<Value> = value.iter().map(|x| self.expr(x)).collect();
            (v, key.iter().map(|x| self.expr(x)).collect::<Vec<_>>())
        } else {
            let k: Vec<Value> = key.iter().map(|x| self.expr(x)).collect();
            (value.iter().map(|x| self.expr(x)).collect(), k)
        };
        let arg = match index {
            Some(i) => self.expr(i),
            None => self.i64_const(0, at),
        };
        let (r, scratch) = self.dict_run(dict, *op, keys, vals, arg, span, at);
        let kw = dict.keys.len();
        if *op == DictOp::Copy {
            self.set(out[0], r);
            return;
        }
        let (mut outs, mut base) = (out.as_slice(), r);
        if op.has_found() {
            let zero = self.i64_const(0, at);
            let found = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ne, r, zero, at));
            self.set(outs[0], found);
            outs = &outs[1..];
            // A missing key reads the scratch value words (never used).
            let spare = self.word_at(scratch, kw, at);
            let spare = self.append(
                OperationBuilder::new("llvm.ptrtoint", at)
                    .add_operands(&[spare])
                    .add_results(&[self.i64()])
                    .build()
                    .expect("valid llvm.ptrtoint"),
            );
            base = self.append(arith::select(found, r, spare, at));
        }
        let types: Vec<Scalar> = if *op == DictOp::Entry {
            dict.keys.iter().chain(&dict.values).copied().collect()
        } else {
            dict.values.clone()
        };
        let base = self.to_ptr(base, at);
        for (j, var) in outs.iter().enumerate() {
            let addr = self.word_at(base, j, at);
            let v = self.load_scalar(addr, types[j], at);
            self.set(*var, v);
        }
    }
}
