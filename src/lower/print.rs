//! `print(...)`: the values as (tag, bits) pairs in entry-block words,
//! handed to CPython's own print by `pycc_print` (runtime.c, which
//! documents the tags); a str the body made goes as its object ('o').

use super::*;
use crate::abi::runtime::PRINT_FN;
use crate::tir::PrintItem;
use melior::dialect::llvm::{self as llvm_dialect, LoadStoreOptions};

impl<'c, 'r> FnLower<'c, 'r, '_> {
    pub(super) fn print(
        &mut self,
        items: &[PrintItem],
        sep: Option<&str>,
        end: Option<&str>,
        flush: bool,
        at: Location<'c>,
    ) {
        self.array_runtime = true;
        let flags = sep.is_some() as i64 | (end.is_some() as i64) << 1 | (flush as i64) << 2;
        let mut pairs = vec![(b'k' as i64, self.i64_const(flags, at))];
        for s in sep.into_iter().chain(end) {
            self.string_pairs(s, &mut pairs, at);
        }
        for item in items {
            self.item_pairs(item, &mut pairs, at);
        }
        let buf = self.entry_words(2 * pairs.len(), at);
        for (j, (tag, v)) in pairs.iter().enumerate() {
            let tag = self.i64_const(*tag, at);
            for (k, x) in [tag, *v].into_iter().enumerate() {
                let addr = self.word_at(buf, 2 * j + k, at);
                self.block.expect("printing from reachable code").append_operation(llvm_dialect::store(
                    self.context,
                    x,
                    addr,
                    at,
                    LoadStoreOptions::new(),
                ));
            }
        }
        let i32t: Type = IntegerType::new(self.context, 32).into();
        let operands = [self.i64_const(pairs.len() as i64, at), buf];
        let status = self.append(func::call(
            self.context,
            melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, PRINT_FN),
            &operands,
            &[i32t],
            at,
        ));
        self.propagate_if_failed(status, at);
    }

    /// A string: ('s', its length in bytes), then its bytes 8 to a pair.
    fn string_pairs(&mut self, s: &str, out: &mut Vec<(i64, Value<'c, 'r>)>, at: Location<'c>) {
        out.push((b's' as i64, self.i64_const(s.len() as i64, at)));
        for chunk in s.as_bytes().chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            out.push((b'w' as i64, self.i64_const(i64::from_le_bytes(word), at)));
        }
    }

    fn item_pairs(&mut self, item: &PrintItem, out: &mut Vec<(i64, Value<'c, 'r>)>, at: Location<'c>) {
        match item {
            PrintItem::Value(e) => {
                let (tag, v) = self.boxed_pair(e, at);
                out.push((tag as i64, v));
            }
            PrintItem::Complex(re, im) => {
                let (_, re) = self.boxed_pair(re, at);
                let (_, im) = self.boxed_pair(im, at);
                out.push((b'c' as i64, re));
                out.push((b'f' as i64, im));
            }
            PrintItem::Str(s) => self.string_pairs(s, out, at),
            PrintItem::Object(e) => {
                let v = self.expr(e);
                out.push((b'o' as i64, v));
            }
            PrintItem::Tuple(xs) => {
                out.push((b'(' as i64, self.i64_const(xs.len() as i64, at)));
                xs.iter().for_each(|x| self.item_pairs(x, out, at));
            }
        }
    }
}
