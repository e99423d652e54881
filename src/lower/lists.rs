//! Lowering of lists (see `tir/list.rs` for the representation and
//! `sema/containers/lists.rs` for what the body may do with a list). Reads, writes,
//! `len` and the index checks are inline loads and stores through the
//! header; creating, appending and popping call the runtime
//! (runtime_buffer.c), which owns the memory.

use super::*;
use crate::abi::runtime::{LIST_APPEND_FN, LIST_NEW_FN, LIST_POP_FN};
use crate::tir::list::{self, ListRef};
use melior::dialect::llvm::{self as llvm_dialect, LoadStoreOptions};

impl<'c, 'r> FnLower<'c, 'r, '_> {
    /// An int64 as an `!llvm.ptr` (lists, dicts, array data).
    pub(super) fn to_ptr(&self, addr: Value<'c, 'r>, at: Location<'c>) -> Value<'c, 'r> {
        self.append(
            OperationBuilder::new("llvm.inttoptr", at)
                .add_operands(&[addr])
                .add_results(&[self.ptr_type()])
                .build()
                .expect("valid llvm.inttoptr"),
        )
    }

    /// The header's address (an int64); a list that some path leaves
    /// unmade is the "may be used before it is assigned" error.
    fn header_addr(&mut self, l: &ListRef, span: &Range<usize>) -> Value<'c, 'r> {
        match self.env[l.header] {
            Some(h) => h,
            None => self.unset(l.header, span.clone(), Scalar::I64),
        }
    }

    fn header(&mut self, l: &ListRef, span: &Range<usize>, at: Location<'c>) -> Value<'c, 'r> {
        let h = self.header_addr(l, span);
        self.to_ptr(h, at)
    }

    fn load_i64(&self, addr: Value<'c, 'r>, at: Location<'c>) -> Value<'c, 'r> {
        self.append(llvm_dialect::load(self.context, addr, self.i64(), at, LoadStoreOptions::new()))
    }

    pub(super) fn list_len(&mut self, l: &ListRef, span: &Range<usize>, at: Location<'c>) -> Value<'c, 'r> {
        let h = self.header(l, span, at);
        let addr = self.word_at(h, list::LEN, at);
        self.load_i64(addr, at)
    }

    /// A runtime call returning an address; 0 means it raised.
    fn list_runtime(&mut self, symbol: &str, args: &[Value<'c, 'r>], at: Location<'c>) -> Value<'c, 'r> {
        // Declares the kernel runtime: a function whose only list is a
        // `List(...)` argument allocates nothing else that would (`hq.pop()`).
        self.array_runtime = true;
        let call = func::call(
            self.context,
            melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, symbol),
            args,
            &[self.i64()],
            at,
        );
        let r = self.append(call);
        let zero = self.i64_const(0, at);
        let failed = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Eq, r, zero, at));
        let (bad, ok) = (self.new_block(&[]), self.new_block(&[]));
        self.cond_br(failed, bad, &[], ok, &[]);
        self.block = Some(bad);
        self.propagate(at);
        self.block = Some(ok);
        r
    }

    /// `index` wrapped from the end and checked against the length
    /// (IndexError `message`).
    /// `span`: the indexing, where an unmade list is reported.
    fn list_index(
        &mut self,
        l: &ListRef,
        index: &TExpr,
        span: &Range<usize>,
        message: &str,
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let i = self.expr(index);
        let len = self.list_len(l, span, at);
        let zero = self.i64_const(0, at);
        let negative = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Slt, i, zero, at));
        let from_end = self.append(arith::addi(i, len, at));
        let wrapped = self.append(arith::select(negative, from_end, i, at));
        // Unsigned: a still-negative index is huge.
        let out = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Uge, wrapped, len, at));
        self.raise_if(out, "IndexError", message, at);
        wrapped
    }

    /// The address of word `part` of item `i` (a checked index).
    fn item_word(&mut self, l: &ListRef, i: Value<'c, 'r>, part: usize, at: Location<'c>) -> Value<'c, 'r> {
        // Only after list_index, which reported an unmade list.
        let h = match self.env[l.header] {
            Some(h) => h,
            None => self.zero(Scalar::I64, at),
        };
        let h = self.to_ptr(h, at);
        let data_addr = self.word_at(h, list::DATA, at);
        let data = self.load_i64(data_addr, at);
        let base = self.to_ptr(data, at);
        let k = self.i64_const(l.items.len() as i64, at);
        let first = self.append(arith::muli(i, k, at));
        let p = self.i64_const(part as i64, at);
        let word = self.append(arith::addi(first, p, at));
        self.append(llvm_dialect::get_element_ptr_dynamic(self.context, base, &[word], self.i64(), self.ptr_type(), at))
    }

    pub(super) fn list_load(
        &mut self,
        l: &ListRef,
        part: usize,
        index: &TExpr,
        span: &Range<usize>,
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let i = self.list_index(l, index, span, "list index out of range", at);
        let addr = self.item_word(l, i, part, at);
        self.load_scalar(addr, l.items[part], at)
    }

    pub(super) fn list_stmt(&mut self, s: &TStmt) {
        match s {
            TStmt::ListNew { list, len, span } => {
                let at = (self.loc)(span.start);
                let n = self.expr(len);
                let words = self.i64_const(list.items.len() as i64, at);
                let h = self.list_runtime(LIST_NEW_FN, &[words, n], at);
                self.set(list.header, h);
            }
            TStmt::ListStore { list, index, values } => {
                let at = (self.loc)(index.span.start);
                let vals: Vec<Value> = values.iter().map(|v| self.expr(v)).collect();
                let i = self.list_index(list, index, &index.span, "list assignment index out of range", at);
                for (part, v) in vals.into_iter().enumerate() {
                    let addr = self.item_word(list, i, part, at);
                    self.store_scalar(v, addr, list.items[part], at);
                }
                // numba's dirty flag: a caller's list is written back.
                let h = self.header(list, &index.span, at);
                let dirty = self.word_at(h, list::DIRTY, at);
                let one = self.i64_const(1, at);
                self.store_scalar(one, dirty, Scalar::I64, at);
            }
            TStmt::ListAppend { list, values, span } => {
                let at = (self.loc)(span.start);
                let vals: Vec<Value> = values.iter().map(|v| self.expr(v)).collect();
                let h = self.header_addr(list, span);
                let slot = self.list_runtime(LIST_APPEND_FN, &[h], at);
                let slot = self.to_ptr(slot, at);
                for (part, v) in vals.into_iter().enumerate() {
                    let addr = self.word_at(slot, part, at);
                    self.store_scalar(v, addr, list.items[part], at);
                }
            }
            TStmt::ListPop { list, index, vars, span } => {
                let at = (self.loc)(span.start);
                let (i, has) = match index {
                    Some(i) => (self.expr(i), self.i64_const(1, at)),
                    None => (self.i64_const(0, at), self.i64_const(0, at)),
                };
                let h = self.header_addr(list, span);
                let item = self.list_runtime(LIST_POP_FN, &[h, i, has], at);
                let item = self.to_ptr(item, at);
                for (part, var) in vars.iter().enumerate() {
                    let addr = self.word_at(item, part, at);
                    let v = self.load_scalar(addr, list.items[part], at);
                    self.set(*var, v);
                }
            }
            _ => unreachable!("list_stmt takes list statements"),
        }
    }
}
