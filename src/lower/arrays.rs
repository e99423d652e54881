//! Lowering of array loads and stores (see `sema/ndarray/arrays.rs` for what the
//! body may do with an array).
//!
//! Representation: an array parameter is a strided descriptor passed as
//! flattened int64 kernel parameters, like a tuple's elements: the data
//! address, the extent of each axis, the stride of each axis in bytes
//! (CPython's buffer protocol gives exactly these). An element's address is
//! `data + sum(index_k * stride_k)`, built with `arith` and one
//! `llvm.getelementptr i8`, then `llvm.load`/`llvm.store` of the dtype.
//! Why not `memref<?xf64, strided<[?], offset: ?>>`: memref strides count
//! elements, while a buffer's strides are bytes and need not be multiples
//! of the item size (`memoryview.cast` of a packed struct, numpy record
//! fields); the byte form takes every buffer without a copy, and LLVM sees
//! the same address arithmetic either way. A `::1` axis uses the item size
//! as a constant stride (the wrapper checked it), which is what lets LLVM
//! vectorize contiguous loops.
//!
//! Indices follow Python: a negative index counts from the end; then
//! (unless bounds checks are off) an index outside `0..extent` raises
//! numpy's IndexError through `pycc_index_error` (runtime_buffer.c).

use super::*;
use crate::tir::array::{ArrayRef, IndexItem, NpArg, NpFunc};
use melior::dialect::llvm::{self as llvm_dialect, AllocaOptions, LoadStoreOptions};

use crate::abi::runtime::{self, INDEX_ERROR_FN, NP_NEW_FN, NP_RELEASE_FN, NP_RENEW_FN, NP_VALUE_FN};
use crate::analysis::lifetimes::{Slot, GENS};

impl<'c, 'r> FnLower<'c, 'r, '_> {
    pub(super) fn ptr_type(&self) -> Type<'c> {
        Type::parse(self.context, "!llvm.ptr").expect("the llvm dialect is loaded")
    }

    pub(super) fn i64_const(&self, v: i64, at: Location<'c>) -> Value<'c, 'r> {
        self.append(arith::constant(self.context, IntegerAttribute::new(self.i64(), v).into(), at))
    }

    /// One of `r`'s descriptor variables. An array that some path leaves
    /// unassigned (first bound inside a loop, read after it) is the "may be
    /// used before it is assigned" error, reported once per array.
    fn descriptor(&mut self, r: &ArrayRef, v: Var) -> Value<'c, 'r> {
        if let Some(x) = self.env[v] {
            self.check_set(v, &r.name);
            return x;
        }
        self.unset_vars.push(v);
        let reported = format!("`{}` ", r.name);
        if !self.errors.iter().any(|d| d.message.starts_with(&reported)) {
            self.report_unset(&r.name, self.last_span.clone());
        }
        self.i64_const(0, Location::unknown(self.context))
    }

    /// The address of `array[indices]`, after wrapping negative indices and
    /// (if on) the bounds check of each axis in order. An index that the
    /// enclosing loops prove in `0..extent` (analysis/bounds.rs) needs neither.
    fn element_address(
        &mut self,
        r: &ArrayRef,
        exprs: &[TExpr],
        indices: &[Value<'c, 'r>],
        at: Location<'c>,
    ) -> Value<'c, 'r> {
        let itemsize = r.ty.itemsize();
        let mut offset: Option<Value> = None;
        for (k, &index) in indices.iter().enumerate() {
            self.last_span = exprs[k].span.clone();
            let extent = self.descriptor(r, r.shape[k]);
            let proven = crate::analysis::bounds::in_bounds(&self.bounds, &exprs[k], r.shape[k]);
            let stride = if Some(k as u32) == r.ty.unit_axis() {
                self.i64_const(itemsize, at)
            } else {
                self.descriptor(r, r.strides[k])
            };
            if proven {
                let term = self.append(arith::muli(index, stride, at));
                offset = Some(match offset {
                    None => term,
                    Some(o) => self.append(arith::addi(o, term, at)),
                });
                continue;
            }
            // An index the loops keep `>= 0` (`range(i + 1, n)`) needs no wrap.
            let wrapped = if crate::analysis::bounds::non_negative_index(&self.bounds, &exprs[k]) {
                index
            } else {
                let zero = self.i64_const(0, at);
                let negative = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Slt, index, zero, at));
                let from_end = self.append(arith::addi(index, extent, at));
                self.append(arith::select(negative, from_end, index, at))
            };
            if self.f.boundscheck {
                // One unsigned compare covers both ends: a still-negative
                // index is a huge unsigned number.
                let out = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Uge, wrapped, extent, at));
                let (bad, ok) = (self.new_block(&[]), self.new_block(&[]));
                self.cond_br(out, bad, &[], ok, &[]);
                self.block = Some(bad);
                self.restart_if_deferred(at);
                let axis = self.i64_const(k as i64, at);
                let call = func::call(
                    self.context,
                    melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, INDEX_ERROR_FN),
                    &[index, axis, extent],
                    &[],
                    at,
                );
                self.block.expect("the bad index's block").append_operation(call);
                self.propagate(at);
                self.block = Some(ok);
            }
            let term = self.append(arith::muli(wrapped, stride, at));
            offset = Some(match offset {
                None => term,
                Some(o) => self.append(arith::addi(o, term, at)),
            });
        }
        let data = self.descriptor(r, r.data);
        let base = self.to_ptr(data, at);
        let i8t: Type = IntegerType::new(self.context, 8).into();
        let mut offset = offset.expect("arrays have an axis");
        if r.imag {
            // A complex item is its real part, then its imaginary part.
            let part = self.i64_const(r.ty.dtype.bytes(), at);
            offset = self.append(arith::addi(offset, part, at));
        }
        self.append(llvm_dialect::get_element_ptr_dynamic(self.context, base, &[offset], i8t, self.ptr_type(), at))
    }

    /// A runtime function that sets the exception, then the error return.
    pub(super) fn fail(&mut self, symbol: &str, args: &[TExpr], at: Location<'c>) {
        let vals: Vec<Value> = args.iter().map(|a| self.expr(a)).collect();
        let call = func::call(
            self.context,
            melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, symbol),
            &vals,
            &[],
            at,
        );
        self.block.expect("failing from reachable code").append_operation(call);
        self.propagate(at);
    }

    /// The memory type of a dtype: signless ints (unsigned ones are
    /// reinterpreted by a py.cast, same bits), i8 for bool, the float.
    pub(super) fn memory_type(&self, dtype: Scalar) -> Type<'c> {
        match dtype {
            Scalar::Bool => IntegerType::new(self.context, 8).into(),
            Scalar::Int { bits, .. } => IntegerType::new(self.context, bits).into(),
            other => self.ty(other),
        }
    }

    /// A number stored in memory (an array element, a list item part) read
    /// as its kernel value: numpy's bools are bytes (any nonzero byte is
    /// True); unsigned ints are reinterpreted by a py.cast.
    pub(super) fn load_scalar(&self, addr: Value<'c, 'r>, ty: Scalar, at: Location<'c>) -> Value<'c, 'r> {
        let raw =
            self.append(llvm_dialect::load(self.context, addr, self.memory_type(ty), at, LoadStoreOptions::new()));
        match ty {
            Scalar::Bool => {
                let zero = self.append(arith::constant(
                    self.context,
                    IntegerAttribute::new(self.memory_type(Scalar::Bool), 0).into(),
                    at,
                ));
                self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ne, raw, zero, at))
            }
            Scalar::Int { signed: false, .. } => self.append(dialects::op(CAST, &[raw], self.ty(ty), at)),
            _ => raw,
        }
    }

    /// `v` stored into memory as `load_scalar` reads it back.
    pub(super) fn store_scalar(&self, v: Value<'c, 'r>, addr: Value<'c, 'r>, ty: Scalar, at: Location<'c>) {
        let raw = match ty {
            Scalar::Bool => self.append(arith::extui(v, self.memory_type(Scalar::Bool), at)),
            Scalar::Int { signed: false, .. } => self.append(dialects::op(CAST, &[v], self.memory_type(ty), at)),
            _ => v,
        };
        self.block.expect("storing from reachable code").append_operation(llvm_dialect::store(
            self.context,
            raw,
            addr,
            at,
            LoadStoreOptions::new(),
        ));
    }

    pub(super) fn array_load(&mut self, r: &ArrayRef, indices: &[TExpr], at: Location<'c>) -> Value<'c, 'r> {
        let idx: Vec<Value> = indices.iter().map(|i| self.expr(i)).collect();
        let addr = self.element_address(r, indices, &idx, at);
        self.load_scalar(addr, r.ty.dtype, at)
    }

    /// An `llvm.alloca` of `n` int64 words in the entry block: a buffer
    /// reused by every execution (an alloca in a loop body would grow the
    /// stack on each iteration).
    pub(super) fn entry_words(&self, n: usize, at: Location<'c>) -> Value<'c, 'r> {
        let entry = self.region.first_block().expect("kernels have an entry block");
        let count = entry
            .insert_operation(0, arith::constant(self.context, IntegerAttribute::new(self.i64(), n as i64).into(), at));
        let count: Value = count.result(0).unwrap().into();
        let alloca = llvm_dialect::alloca(
            self.context,
            count,
            self.ptr_type(),
            at,
            AllocaOptions::new().elem_type(Some(TypeAttribute::new(self.i64()))),
        );
        entry.insert_operation(1, alloca).result(0).unwrap().into()
    }

    /// Array `a`'s descriptor stored into entry-block words (data, shape,
    /// strides, owner); their address as an int64.
    fn descriptor_words(&mut self, a: &ArrayRef, at: Location<'c>) -> Value<'c, 'r> {
        let values: Vec<Value> = a.vars().into_iter().map(|var| self.descriptor(a, var)).collect();
        self.stored_words(&values, at)
    }

    /// `values` stored in entry-block words, in order; their address as an int.
    fn stored_words(&mut self, values: &[Value<'c, 'r>], at: Location<'c>) -> Value<'c, 'r> {
        let words = self.entry_words(values.len(), at);
        for (j, v) in values.iter().enumerate() {
            let addr = self.word_at(words, j, at);
            self.block.expect("in reachable code").append_operation(llvm_dialect::store(
                self.context,
                *v,
                addr,
                at,
                LoadStoreOptions::new(),
            ));
        }
        self.append(
            OperationBuilder::new("llvm.ptrtoint", at)
                .add_operands(&[words])
                .add_results(&[self.i64()])
                .build()
                .expect("valid llvm.ptrtoint"),
        )
    }

    pub(super) fn word_at(&self, base: Value<'c, 'r>, j: usize, at: Location<'c>) -> Value<'c, 'r> {
        self.append(llvm_dialect::get_element_ptr(
            self.context,
            base,
            DenseI32ArrayAttribute::new(self.context, &[j as i32]),
            self.i64(),
            self.ptr_type(),
            at,
        ))
    }

    /// A number as the runtime boxes it: (tag, 64 bits).
    pub(super) fn boxed_pair(&mut self, e: &TExpr, at: Location<'c>) -> (u8, Value<'c, 'r>) {
        let v = self.expr(e);
        let signless = |s: &Self, v| s.append(dialects::op(CAST, &[v], s.i64(), at));
        match e.ty {
            Scalar::Float { .. } => {
                let d = if e.ty == Scalar::F64 {
                    v
                } else {
                    self.append(dialects::op(CAST, &[v], self.ty(Scalar::F64), at))
                };
                (b'f', self.append(arith::bitcast(d, self.i64(), at)))
            }
            Scalar::Int { signed: false, .. } => {
                let u = self.append(dialects::op(CAST, &[v], self.ty(Scalar::Int { bits: 64, signed: false }), at));
                (b'u', signless(self, u))
            }
            Scalar::Int { .. } => (b'i', signless(self, v)),
            Scalar::Bool => (b'b', signless(self, v)),
        }
    }

    /// The arguments of a numpy call as (tag, bits) pairs in entry-block
    /// words (runtime_buffer.c's np_call decodes them); their address and count.
    fn np_args(&mut self, args: &[NpArg], at: Location<'c>) -> (Value<'c, 'r>, usize) {
        let mut pairs: Vec<(u8, Value)> = Vec::new();
        // Tags too wide for a byte ('A' with ndim and dtype), in order of their 0 placeholders.
        let mut tags: Vec<i64> = Vec::new();
        for a in args {
            match a {
                NpArg::Scalar(e) => {
                    let p = self.boxed_pair(e, at);
                    pairs.push(p);
                }
                NpArg::Keyword(k, e) => {
                    pairs.push((b'=', self.i64_const(*k as i64, at)));
                    let p = self.boxed_pair(e, at);
                    pairs.push(p);
                }
                NpArg::KeywordArray(k, a) => {
                    pairs.push((b'=', self.i64_const(*k as i64, at)));
                    let tag = array_tag(a);
                    let desc = self.descriptor_words(a, at);
                    tags.push(tag);
                    pairs.push((0, desc));
                }
                NpArg::Array(a) => {
                    let tag = array_tag(a);
                    let desc = self.descriptor_words(a, at);
                    tags.push(tag);
                    pairs.push((0, desc));
                }
                NpArg::Arrays(xs) => {
                    pairs.push((b'(', self.i64_const(xs.len() as i64, at)));
                    for a in xs {
                        tags.push(array_tag(a));
                        let desc = self.descriptor_words(a, at);
                        pairs.push((0, desc));
                    }
                }
                NpArg::ArrayList(header, ty) => {
                    tags.push(b'L' as i64 | (ty.ndim as i64) << 8 | (ty.dtype_char() as i64) << 16);
                    let h = self.expr(header);
                    pairs.push((0, h));
                }
                NpArg::Complex(re, im) => {
                    let address = self.complex_words(re, im, at);
                    pairs.push((b'z', address));
                }
                NpArg::Values(xs) => {
                    pairs.push((b'(', self.i64_const(xs.len() as i64, at)));
                    for x in xs {
                        let p = self.boxed_pair(x, at);
                        pairs.push(p);
                    }
                }
                NpArg::Word(k, w) => {
                    if let Some(k) = k {
                        pairs.push((b'=', self.i64_const(*k as i64, at)));
                    }
                    pairs.push((b's', self.i64_const(*w as i64, at)));
                }
                NpArg::Index(items) => self.index_pairs(items, &mut pairs, &mut tags, at),
                NpArg::Shape(xs) => {
                    pairs.push((b'(', self.i64_const(xs.len() as i64, at)));
                    for x in xs {
                        let v = self.expr(x);
                        pairs.push((b'i', v));
                    }
                }
            }
        }
        let buf = self.entry_words(2 * pairs.len().max(1), at);
        let mut wide = tags.into_iter();
        for (j, (tag, v)) in pairs.iter().enumerate() {
            let tag = if *tag == 0 { wide.next().expect("one per placeholder") } else { *tag as i64 };
            let tag = self.i64_const(tag, at);
            for (k, x) in [tag, *v].into_iter().enumerate() {
                let addr = self.word_at(buf, 2 * j + k, at);
                self.block.expect("allocating from reachable code").append_operation(llvm_dialect::store(
                    self.context,
                    x,
                    addr,
                    at,
                    LoadStoreOptions::new(),
                ));
            }
        }
        (buf, pairs.len())
    }

    /// A complex number's parts as doubles in entry-block words; their address.
    fn complex_words(&mut self, re: &TExpr, im: &TExpr, at: Location<'c>) -> Value<'c, 'r> {
        let parts = [self.boxed_pair(re, at).1, self.boxed_pair(im, at).1];
        self.stored_words(&parts, at)
    }

    /// An index (`a[i, :, idx]`) as numpy's arguments: '(' counts the
    /// pairs; a slice is ':' and its three parts.
    fn index_pairs(
        &mut self,
        items: &[IndexItem],
        pairs: &mut Vec<(u8, Value<'c, 'r>)>,
        tags: &mut Vec<i64>,
        at: Location<'c>,
    ) {
        // '(' counts the pairs; a slice is ':' and its three parts.
        let header = pairs.len();
        pairs.push((b'(', self.i64_const(0, at)));
        for item in items {
            match item {
                IndexItem::Number(e) => {
                    let p = self.boxed_pair(e, at);
                    pairs.push(p);
                }
                IndexItem::Array(a) => {
                    tags.push(array_tag(a));
                    let desc = self.descriptor_words(a, at);
                    pairs.push((0, desc));
                }
                IndexItem::Slice(parts) => {
                    pairs.push((b':', self.i64_const(0, at)));
                    for p in parts.iter() {
                        let p = match p {
                            Some(e) => self.boxed_pair(e, at),
                            None => (b's', self.i64_const(0, at)),
                        };
                        pairs.push(p);
                    }
                }
                IndexItem::NewAxis => pairs.push((b's', self.i64_const(0, at))),
                IndexItem::Ellipsis => pairs.push((b'E', self.i64_const(0, at))),
            }
        }
        pairs[header].1 = self.i64_const((pairs.len() - header - 1) as i64, at);
    }

    /// Branches to the error return when a runtime status is nonzero.
    pub(super) fn propagate_if_failed(&mut self, status: Value<'c, 'r>, at: Location<'c>) {
        let i32t: Type = IntegerType::new(self.context, 32).into();
        let zero = self.append(arith::constant(self.context, IntegerAttribute::new(i32t, 0).into(), at));
        let failed = self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ne, status, zero, at));
        let (bad, ok) = (self.new_block(&[]), self.new_block(&[]));
        self.cond_br(failed, bad, &[], ok, &[]);
        self.block = Some(bad);
        self.propagate(at);
        self.block = Some(ok);
    }

    /// `var = numpy.<func>(args)` for a numeric result (np.sum, np.dot, ...).
    pub(super) fn np_value(&mut self, var: Var, imag: Option<Var>, func: NpFunc, args: &[NpArg], at: Location<'c>) {
        self.array_runtime = true;
        let (buf, n) = self.np_args(args, at);
        let ty = self.f.vars[var].ty;
        if let Some(imag) = imag {
            // A complex result: both parts as doubles' bits (a complex64
            // part is exactly a double here).
            let out = self.entry_words(2, at);
            let kind = self.i64_const(b'c' as i64, at);
            let operands = [self.i64_const(func.code(), at), kind, self.i64_const(n as i64, at), buf, out];
            let i32t: Type = IntegerType::new(self.context, 32).into();
            let status = self.append(func::call(
                self.context,
                melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, NP_VALUE_FN),
                &operands,
                &[i32t],
                at,
            ));
            self.propagate_if_failed(status, at);
            for (j, v) in [var, imag].into_iter().enumerate() {
                let addr = self.word_at(out, j, at);
                let word = self.append(llvm_dialect::load(self.context, addr, self.i64(), at, LoadStoreOptions::new()));
                let d = self.append(arith::bitcast(word, self.ty(Scalar::F64), at));
                self.env[v] =
                    Some(if ty == Scalar::F64 { d } else { self.append(dialects::op(CAST, &[d], self.ty(ty), at)) });
            }
            return;
        }
        let kind = match ty {
            Scalar::Float { .. } => b'f',
            Scalar::Int { signed: false, .. } => b'u',
            Scalar::Int { .. } => b'i',
            Scalar::Bool => b'b',
        };
        let out = self.entry_words(1, at);
        let operands =
            [self.i64_const(func.code(), at), self.i64_const(kind as i64, at), self.i64_const(n as i64, at), buf, out];
        let i32t: Type = IntegerType::new(self.context, 32).into();
        let status = self.append(func::call(
            self.context,
            melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, NP_VALUE_FN),
            &operands,
            &[i32t],
            at,
        ));
        self.propagate_if_failed(status, at);
        let word = self.append(llvm_dialect::load(self.context, out, self.i64(), at, LoadStoreOptions::new()));
        let value = match ty {
            Scalar::Float { bits } => {
                let d = self.append(arith::bitcast(word, self.ty(Scalar::F64), at));
                // A float32 result is exactly a double here (numpy's float32).
                if bits == 32 {
                    self.append(dialects::op(CAST, &[d], self.ty(ty), at))
                } else {
                    d
                }
            }
            Scalar::Bool => {
                let zero = self.i64_const(0, at);
                self.append(arith::cmpi(self.context, arith::CmpiPredicate::Ne, word, zero, at))
            }
            _ => self.append(dialects::op(CAST, &[word], self.ty(ty), at)),
        };
        self.set(var, value);
    }

    pub(super) fn array_alloc(&mut self, site: &TStmt, r: &ArrayRef, func: NpFunc, args: &[NpArg], at: Location<'c>) {
        let (buf, npairs) = self.np_args(args, at);
        let words = r.ty.flat_len();
        let desc = self.entry_words(words, at);
        let operands = [
            self.i64_const(func.code(), at),
            self.i64_const(r.ty.dtype_char() as i64, at),
            self.i64_const(r.ty.ndim as i64, at),
            self.i64_const(r.ty.unit_axis().map_or(-1, i64::from), at),
            self.i64_const(npairs as i64, at),
        ];
        let mut call_args = operands.to_vec();
        call_args.extend([buf, desc]);
        let key = site as *const TStmt;
        let mut symbol = NP_NEW_FN;
        if let (true, Some(&k), Some(slots)) =
            (self.lifetimes.reuse.contains(&key), self.lifetimes.sites.get(&key), self.slots)
        {
            // The site's dead latest array is the candidate; the runtime
            // returns it again or releases it, so its slot is cleared.
            let addr = self.word_at(slots, GENS * k, at);
            let old = self.append(llvm_dialect::load(self.context, addr, self.i64(), at, LoadStoreOptions::new()));
            let zero = self.i64_const(0, at);
            self.block.expect("allocating from reachable code").append_operation(llvm_dialect::store(
                self.context,
                zero,
                addr,
                at,
                LoadStoreOptions::new(),
            ));
            call_args.insert(0, old);
            symbol = NP_RENEW_FN;
        }
        let i32t: Type = IntegerType::new(self.context, 32).into();
        let call = func::call(
            self.context,
            melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, symbol),
            &call_args,
            &[i32t],
            at,
        );
        let status = self.append(call);
        self.propagate_if_failed(status, at);
        for (j, var) in r.vars().into_iter().enumerate() {
            let addr = self.word_at(desc, j, at);
            let v = self.append(llvm_dialect::load(self.context, addr, self.i64(), at, LoadStoreOptions::new()));
            self.set(var, v);
        }
        if let (Some(&k), Some(slots)) = (self.lifetimes.sites.get(&(site as *const TStmt)), self.slots) {
            // Each slot moves one generation on (the oldest array, if not
            // released, stays in the arena until the call returns).
            let mut moves = Vec::new();
            for g in (1..GENS).rev() {
                let from = self.word_at(slots, GENS * k + g - 1, at);
                let v = self.append(llvm_dialect::load(self.context, from, self.i64(), at, LoadStoreOptions::new()));
                moves.push((v, self.word_at(slots, GENS * k + g, at)));
            }
            moves.push((self.env[r.owner].expect("set above"), self.word_at(slots, GENS * k, at)));
            for (v, addr) in moves {
                self.block.expect("in reachable code").append_operation(llvm_dialect::store(
                    self.context,
                    v,
                    addr,
                    at,
                    LoadStoreOptions::new(),
                ));
            }
        }
    }

    /// Zeroes the allocation sites' slots at the function's entry.
    pub(super) fn zero_slots(&mut self, at: Location<'c>) {
        let n = self.lifetimes.sites.len();
        if self.lifetimes.is_empty() || n == 0 {
            return;
        }
        let slots = self.entry_words(GENS * n, at);
        let zero = self.i64_const(0, at);
        for j in 0..GENS * n {
            let addr = self.word_at(slots, j, at);
            self.block.expect("at the entry").append_operation(llvm_dialect::store(
                self.context,
                zero,
                addr,
                at,
                LoadStoreOptions::new(),
            ));
        }
        self.slots = Some(slots);
    }

    /// Gives the arrays in these slots back to the arena (`pycc_np_release`
    /// drops its reference; a 0 slot is nothing) and clears the slots.
    pub(super) fn release(&mut self, dead: &[Slot]) {
        let Some(slots) = self.slots else { return };
        let at = Location::unknown(self.context);
        for &(k, g) in dead {
            let addr = self.word_at(slots, GENS * k + g, at);
            let obj = self.append(llvm_dialect::load(self.context, addr, self.i64(), at, LoadStoreOptions::new()));
            let block = self.block.expect("releasing in reachable code");
            block.append_operation(func::call(
                self.context,
                melior::ir::attribute::FlatSymbolRefAttribute::new(self.context, NP_RELEASE_FN),
                &[obj],
                &[],
                at,
            ));
            let zero = self.i64_const(0, at);
            block.append_operation(llvm_dialect::store(self.context, zero, addr, at, LoadStoreOptions::new()));
        }
        self.array_runtime = true;
    }

    pub(super) fn array_store(&mut self, r: &ArrayRef, indices: &[TExpr], value: &TExpr, at: Location<'c>) {
        let v = self.expr(value);
        let idx: Vec<Value> = indices.iter().map(|i| self.expr(i)).collect();
        let addr = self.element_address(r, indices, &idx, at);
        self.store_scalar(v, addr, r.ty.dtype, at);
    }
}

/// The array runtime's functions that kernels call, for modules with arrays
/// (`abi::runtime::KERNEL_RUNTIME`, but for `pycc_raise`, which
/// convert-py-to-arith declares where a `py.raise` needs it).
pub fn declare_runtime<'c>(context: &'c Context, module: &Module<'c>) {
    for f in runtime::KERNEL_RUNTIME.iter().filter(|f| f.name != runtime::RAISE_FN) {
        module.body().append_operation(f.declaration(context, Location::unknown(context)));
    }
}

/// The runtime's tag of an array argument: 'A', its ndim and dtype char.
fn array_tag(a: &ArrayRef) -> i64 {
    b'A' as i64 | (a.ty.ndim as i64) << 8 | (a.ty.dtype_char() as i64) << 16
}
