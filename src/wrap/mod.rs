//! Step 6a: the CPython side of the module, generated in the IR next to
//! the kernels so that LLVM optimizes both as one object:
//!
//! - one METH_FASTCALL|METH_KEYWORDS wrapper per export, `wrap.<export>`:
//!   parse arguments, convert each strictly, call `kernel.<export>`, box;
//! - `PyInit_<module>`, which creates the module and adds the wrappers.
//!
//! Argument parsing, conversion and boxing are helpers in runtime_fast.c
//! (and runtime_buffer_fast.c for arrays), compiled to bitcode when pycc is
//! built and linked in by codegen, where O3 inlines them: the fast path is a
//! few compares and direct API calls; errors go out of line to runtime.c and
//! runtime_buffer.c.

use crate::base::consts::ConstValue;
use crate::base::types::{ArrayTy, Layout, Scalar, Ty};
use crate::dialects;
use crate::tir::TypedFunction;
use melior::dialect::llvm::{self as llvm_dialect, AllocaOptions, LoadStoreOptions};
use melior::dialect::{arith, func};
use melior::ir::attribute::{
    Attribute, DenseI32ArrayAttribute, FlatSymbolRefAttribute, FloatAttribute, IntegerAttribute, StringAttribute,
    TypeAttribute,
};
use melior::ir::operation::OperationBuilder;
use melior::ir::r#type::{FunctionType, IntegerType};
use melior::ir::{Block, BlockLike, Identifier, Location, Module, Operation, Region, RegionLike, Type, Value};
use melior::Context;

struct Cx<'c> {
    context: &'c Context,
    ptr: Type<'c>,
    location: Location<'c>,
    strings: std::cell::RefCell<Vec<(String, Vec<u8>)>>,
}

impl<'c> Cx<'c> {
    fn int(&self, bits: u32) -> Type<'c> {
        IntegerType::new(self.context, bits).into()
    }

    fn ident(&self, s: &str) -> Identifier<'c> {
        Identifier::new(self.context, s)
    }

    /// Address of a NUL-terminated constant string global (interned).
    fn string<'b>(&self, block: &'b Block<'c>, bytes: &[u8]) -> Value<'c, 'b> {
        let data = bytes.to_vec();
        let mut strings = self.strings.borrow_mut();
        let name = match strings.iter().find(|(_, d)| *d == data) {
            Some((n, _)) => n.clone(),
            None => {
                let n = format!("str.{}", strings.len());
                strings.push((n.clone(), data));
                n
            }
        };
        block
            .append_operation(crate::dialects::llvm::address_of(self.context, &name, self.location))
            .result(0)
            .unwrap()
            .into()
    }

    fn const_i64<'b>(&self, block: &'b Block<'c>, v: i64) -> Value<'c, 'b> {
        block
            .append_operation(arith::constant(
                self.context,
                IntegerAttribute::new(self.int(64), v).into(),
                self.location,
            ))
            .result(0)
            .unwrap()
            .into()
    }

    fn call<'b>(
        &self,
        block: &'b Block<'c>,
        callee: &str,
        args: &[Value<'c, 'b>],
        results: &[Type<'c>],
    ) -> Option<Value<'c, 'b>> {
        let op = block.append_operation(func::call(
            self.context,
            FlatSymbolRefAttribute::new(self.context, callee),
            args,
            results,
            self.location,
        ));
        op.result(0).ok().map(Into::into)
    }

    fn append<'b>(&self, block: &'b Block<'c>, op: Operation<'c>) -> Value<'c, 'b> {
        block.append_operation(op).result(0).unwrap().into()
    }

    /// Stack room for `count` values of type `elem` (`llvm.alloca`).
    fn alloca<'b>(&self, block: &'b Block<'c>, count: Value<'c, 'b>, elem: Type<'c>) -> Value<'c, 'b> {
        let options = AllocaOptions::new().elem_type(Some(TypeAttribute::new(elem)));
        self.append(block, llvm_dialect::alloca(self.context, count, self.ptr, self.location, options))
    }

    /// The address of element `j` of an array of `elem` at `base`.
    fn element<'b>(&self, block: &'b Block<'c>, base: Value<'c, 'b>, j: usize, elem: Type<'c>) -> Value<'c, 'b> {
        let index = DenseI32ArrayAttribute::new(self.context, &[j as i32]);
        self.append(block, llvm_dialect::get_element_ptr(self.context, base, index, elem, self.ptr, self.location))
    }

    /// `cf.cond_br %cond, ^t, ^f` with no block arguments.
    fn cond_br(&self, block: &Block<'c>, cond: Value<'c, '_>, t: &Block<'c>, f: &Block<'c>) {
        let op = OperationBuilder::new("cf.cond_br", self.location)
            .add_attributes(&[(
                self.ident("operandSegmentSizes"),
                DenseI32ArrayAttribute::new(self.context, &[1, 0, 0]).into(),
            )])
            .add_operands(&[cond])
            .add_successors(&[t, f])
            .build()
            .expect("valid cf.cond_br");
        block.append_operation(op);
    }
}

/// Python's spelling of a signature: `multf(a: float, b: float) -> float`.
pub fn doc_signature(f: &TypedFunction) -> String {
    let params: Vec<String> = f.py_params.iter().map(|(name, ty)| format!("{name}: {}", ty.python_name())).collect();
    let ret = match &f.ret {
        Some(Ty::Tuple(xs)) if f.ret_optional => format!("Optional[{}]", xs[1].python_name()),
        Some(Ty::Str) if f.ret_optional => "Optional[str]".to_string(),
        Some(Ty::Array(_) | Ty::Str) if f.ret_tolist => "list".to_string(),
        r => r.as_ref().map_or("None".to_string(), Ty::python_name),
    };
    format!("{}({}) -> {}", f.export, params.join(", "), ret)
}

/// Adds the wrappers, `PyInit_<module_name>` and the runtime declarations.
pub fn add_wrappers<'c>(
    context: &'c Context,
    module: &Module<'c>,
    module_name: &str,
    functions: &[TypedFunction],
    exceptions: &crate::syntax::classes::ExceptionClasses,
) {
    let cx = Cx {
        context,
        ptr: Type::parse(context, "!llvm.ptr").unwrap(),
        location: Location::unknown(context),
        strings: Default::default(),
    };
    let body = module.body();
    for f in crate::abi::runtime::WRAPPER_RUNTIME {
        body.append_operation(f.declaration(context, cx.location));
    }
    body.append_operation(setjmp_declaration(&cx));
    let wrapper_type = FunctionType::new(context, &[cx.ptr, cx.ptr, cx.int(64), cx.ptr], &[cx.ptr]);
    let exported: Vec<&TypedFunction> = functions.iter().filter(|f| f.exported).collect();
    for f in &exported {
        body.append_operation(wrapper(&cx, f, wrapper_type));
    }

    // PyInit_<name>: new module, then one chained add per export.
    let block = Block::new(&[]);
    let mut m = cx
        .call(&block, "pycc_module_new", &[cx.string(&block, module_name.as_bytes()), null(&cx, &block)], &[cx.ptr])
        .unwrap();
    for f in &exported {
        let fname = cx.string(&block, f.export.as_bytes());
        let doc = cx.string(&block, doc_signature(f).as_bytes());
        let fnval = cx.append(
            &block,
            func::constant(
                context,
                FlatSymbolRefAttribute::new(context, &crate::abi::wrapper_symbol(&f.export)),
                wrapper_type,
                cx.location,
            ),
        );
        let fnptr = cx.append(
            &block,
            OperationBuilder::new("builtin.unrealized_conversion_cast", cx.location)
                .add_operands(&[fnval])
                .add_results(&[cx.ptr])
                .build()
                .unwrap(),
        );
        m = cx.call(&block, "pycc_module_add", &[m, fname, fnptr, doc], &[cx.ptr]).unwrap();
    }
    // The file's exception classes, in source order: their codes follow
    // the builtins' (syntax/classes.rs).
    for (k, c) in exceptions.classes.iter().enumerate() {
        let name = cx.string(&block, c.name.as_bytes());
        let base = cx.const_i64(&block, exceptions.base_code(k) as i64);
        let doc = match &c.doc {
            Some(d) => cx.string(&block, d.as_bytes()),
            None => null(&cx, &block),
        };
        m = cx.call(&block, "pycc_module_add_exception", &[m, name, base, doc], &[cx.ptr]).unwrap();
    }
    if !module_name.is_ascii() {
        // PEP 489: CPython loads a non-ASCII module only by multi-phase init.
        m = cx.call(&block, "pycc_module_multiphase", &[m], &[cx.ptr]).unwrap();
    }
    block.append_operation(func::r#return(&[m], cx.location));
    let region = Region::new();
    region.append_block(block);
    body.append_operation(func::func(
        context,
        StringAttribute::new(context, &crate::syntax::parse::init_symbol(module_name)),
        TypeAttribute::new(FunctionType::new(context, &[], &[cx.ptr]).into()),
        region,
        &[],
        cx.location,
    ));

    for (name, data) in cx.strings.borrow().iter() {
        body.append_operation(crate::dialects::llvm::string_global(context, name, data));
    }
}

fn null<'c, 'b>(cx: &Cx<'c>, block: &'b Block<'c>) -> Value<'c, 'b> {
    cx.append(block, llvm_dialect::zero(cx.ptr, cx.location))
}

/// One conversion step of a wrapper, each its own block: check that a
/// Python argument is a tuple of the right length, or convert one scalar
/// (an argument, or element `j` of a tuple argument) into kernel slot `slot`.
enum Step {
    /// A list argument (numba's reflected list): copied into a pycc list
    /// whose header goes to kernel slot `slot`, written back on the way out.
    List {
        arg: usize,
        kind: i64,
        slot: usize,
    },
    Tuple {
        arg: usize,
        len: usize,
    },
    /// A str argument: its object's address into kernel slot `slot`.
    Str {
        arg: usize,
        slot: usize,
    },
    /// A set argument (numba's reflected set): its items checked to be of
    /// the declared kind (`list_kind`), its object's address into `slot`.
    Set {
        arg: usize,
        kind: i64,
        slot: usize,
    },
    Scalar {
        arg: usize,
        elem: Option<usize>,
        ty: Scalar,
        slot: usize,
    },
    /// An `optional(T)` argument: None (or left out, for a `=None`
    /// default) sets the flag in kernel slot `slot`, else the number is
    /// converted as a `ty` argument into slot `slot + 1`.
    Optional {
        arg: usize,
        ty: Scalar,
        slot: usize,
    },
    /// Acquire an array argument's buffer into view `view`; its descriptor
    /// goes to the kernel slots from `slot` on (`ArrayTy::flat_len` of them).
    Array {
        arg: usize,
        /// Element `j` of a tuple argument (the tuple step checked it).
        elem: Option<usize>,
        ty: ArrayTy,
        view: usize,
        slot: usize,
        writable: bool,
        /// An `optional(T[:])` argument: None (or left out) sets the flag
        /// in kernel slot `slot - 1` and zeroes the descriptor.
        optional: bool,
    },
    /// A complex argument (or element `j` of a tuple argument): its real
    /// and imaginary parts into kernel slots `slot` and `slot + 1`.
    Complex {
        arg: usize,
        elem: Option<usize>,
        slot: usize,
    },
}

/// Bytes the wrapper reserves per Py_buffer (runtime_buffer.h's PYCC_VIEW_BYTES).
const VIEW_BYTES: i64 = 128;

/// What the TypeError says an array argument must be:
/// `a float64 1-d array (buffer format 'd')`, `a C-contiguous ...`.
fn expected_array(a: &ArrayTy) -> String {
    let order = match a.layout {
        Layout::A => "",
        Layout::C => "C-contiguous ",
        Layout::F => "Fortran-contiguous ",
    };
    let what = format!("{order}{} {}-d array (buffer format '{}')", a.dtype_name(), a.ndim, a.format());
    // `an int64 ...` but `a uint8 ...`, as English reads them.
    let article = if what.starts_with('i') { "an" } else { "a" };
    format!("{article} {what}")
}

/// The wrapper: entry (parse) -> one block per step (check, convert) -> call.
fn wrapper<'c>(cx: &Cx<'c>, f: &TypedFunction, ty: FunctionType<'c>) -> Operation<'c> {
    let context = cx.context;
    let (steps, views) = plan_steps(f);
    let entry =
        Block::new(&[(cx.ptr, cx.location), (cx.ptr, cx.location), (cx.int(64), cx.location), (cx.ptr, cx.location)]);
    let converts: Vec<Block> = steps.iter().map(|_| Block::new(&[])).collect();
    let call = Block::new(&[]);
    let fail = Block::new(&[]);
    let w = prologue(cx, f, &steps, views, &entry);
    let defaulted: Vec<Option<(Block, Block)>> = steps
        .iter()
        .map(|s| match s {
            Step::Scalar { arg, elem: None, .. } if arg >= &w.nreq => Some((Block::new(&[]), Block::new(&[]))),
            _ => None,
        })
        .collect();
    let failed = is_null(cx, &entry, w.argv);
    cx.cond_br(&entry, failed, &fail, converts.first().unwrap_or(&call));

    for (k, (step, block)) in steps.iter().zip(&converts).enumerate() {
        let next = converts.get(k + 1).unwrap_or(&call);
        convert_step(cx, f, &w, step, block, defaulted[k].as_ref(), next, &fail);
    }

    let (guarded, overflow, done) = (Block::new(&[]), Block::new(&[]), Block::new(&[]));
    call_and_box(
        cx,
        f,
        &w,
        CallBlocks { call: &call, guarded: &guarded, overflow: &overflow, done: &done, fail: &fail },
    );
    w.release(cx, &fail);
    let null_ret = null(cx, &fail);
    fail.append_operation(func::r#return(&[null_ret], cx.location));

    let region = Region::new();
    region.append_block(entry);
    for b in converts {
        region.append_block(b);
    }
    for (given, left_out) in defaulted.into_iter().flatten() {
        region.append_block(given);
        region.append_block(left_out);
    }
    region.append_block(call);
    if f.stack_guarded {
        region.append_block(guarded);
        region.append_block(overflow);
    }
    if f.may_raise {
        region.append_block(done);
    }
    region.append_block(fail);
    func::func(
        context,
        StringAttribute::new(context, &crate::abi::wrapper_symbol(&f.export)),
        TypeAttribute::new(ty.into()),
        region,
        &[],
        cx.location,
    )
}

/// `value == NULL`, as an i1.
fn is_null<'c, 'b>(cx: &Cx<'c>, block: &'b Block<'c>, value: Value<'c, '_>) -> Value<'c, 'b> {
    let null_ptr = null(cx, block);
    cx.append(
        block,
        OperationBuilder::new("llvm.icmp", cx.location)
            .add_attributes(&[(cx.ident("predicate"), IntegerAttribute::new(cx.int(64), 0).into())]) // eq
            .add_operands(&[value, null_ptr])
            .add_results(&[cx.int(1)])
            .build()
            .expect("valid llvm.icmp"),
    )
}

/// The conversion steps of `f`'s parameters, each with its kernel slot, and
/// the number of Py_buffer views its array arguments need.
fn plan_steps(f: &TypedFunction) -> (Vec<Step>, usize) {
    let mut steps = Vec::new();
    let mut views = 0;
    for (arg, (name, t)) in f.py_params.iter().enumerate() {
        match t {
            Ty::Array(a) | Ty::OptionalArray(a) => {
                steps.push(Step::Array {
                    arg,
                    elem: None,
                    ty: *a,
                    view: views,
                    slot: 0,
                    writable: f.written.contains(name),
                    optional: matches!(t, Ty::OptionalArray(_)),
                });
                views += 1;
            }
            Ty::Scalar(s) => steps.push(Step::Scalar { arg, elem: None, ty: *s, slot: 0 }),
            Ty::Complex(_) => steps.push(Step::Complex { arg, elem: None, slot: 0 }),
            Ty::List(items) => steps.push(Step::List { arg, kind: list_kind(items), slot: 0 }),
            Ty::Dict(..) => unreachable!("signatures declare no dict parameters"),
            Ty::ListOf(item) => match **item {
                Ty::Array(a) => {
                    steps.push(Step::List { arg, kind: array_list_kind(&a, f.written.contains(name)), slot: 0 })
                }
                _ => unreachable!("signatures declare lists of numbers or of arrays only"),
            },
            Ty::Optional(s) => steps.push(Step::Optional { arg, ty: *s, slot: 0 }),
            Ty::Str => steps.push(Step::Str { arg, slot: 0 }),
            Ty::Set(items) => steps.push(Step::Set { arg, kind: list_kind(items), slot: 0 }),
            Ty::Tuple(xs) => {
                steps.push(Step::Tuple { arg, len: xs.len() });
                for (j, x) in xs.iter().enumerate() {
                    steps.push(match x {
                        Ty::Complex(_) => Step::Complex { arg, elem: Some(j), slot: 0 },
                        Ty::Array(a) => {
                            views += 1;
                            // The body's variable `t.j` (sema's element_name).
                            let writable = f.written.contains(&format!("{name}.{j}"));
                            Step::Array {
                                arg,
                                elem: Some(j),
                                ty: *a,
                                view: views - 1,
                                slot: 0,
                                writable,
                                optional: false,
                            }
                        }
                        _ => Step::Scalar { arg, elem: Some(j), ty: x.flat()[0], slot: 0 },
                    });
                }
            }
        }
    }
    let mut next_slot = 0;
    for s in &mut steps {
        match s {
            Step::Scalar { slot, .. } => {
                *slot = next_slot;
                next_slot += 1;
            }
            Step::Array { slot, ty, optional, .. } => {
                next_slot += usize::from(*optional);
                *slot = next_slot;
                next_slot += ty.flat_len();
            }
            Step::Complex { slot, .. } | Step::Optional { slot, .. } => {
                *slot = next_slot;
                next_slot += 2;
            }
            Step::List { slot, .. } | Step::Str { slot, .. } | Step::Set { slot, .. } => {
                *slot = next_slot;
                next_slot += 1;
            }
            Step::Tuple { .. } => {}
        }
    }
    (steps, views)
}

/// What the wrapper's entry block sets up for the blocks after it.
struct Frame<'c, 'b> {
    /// The export's name and its parameters' names (NUL-separated), for errors.
    fname: Value<'c, 'b>,
    pnames: Value<'c, 'b>,
    /// The parsed arguments (NULL if parsing failed).
    argv: Value<'c, 'b>,
    /// Parameters from `nreq` on have defaults.
    nreq: usize,
    /// One slot per kernel parameter, holding the converted C value.
    slots: Vec<(Value<'c, 'b>, Type<'c>)>,
    /// Each array argument's descriptor words, by view.
    descriptors: Vec<Value<'c, 'b>>,
    /// The Py_buffers of the array arguments and how many.
    view_block: Option<(Value<'c, 'b>, i64)>,
    /// The arena slot and the arena it replaced.
    arena: Option<(Value<'c, 'b>, Value<'c, 'b>)>,
    /// (argument, kind, slot) of each list argument.
    lists: Vec<(usize, i64, usize)>,
    /// The recursion jump target's frame (recursion_target).
    recursion: Option<Value<'c, 'b>>,
    /// The boxed elements of a tuple result, packed by pycc_tuple_pack.
    items: Option<Value<'c, 'b>>,
    /// errno at entry, put back on every way out (runtime_fast.c).
    errno: Option<Value<'c, 'b>>,
}

/// The entry block: the slots, views, arena and frames every later block
/// uses, then the argument parsing.
fn prologue<'c, 'b>(
    cx: &Cx<'c>,
    f: &TypedFunction,
    steps: &[Step],
    views: usize,
    entry: &'b Block<'c>,
) -> Frame<'c, 'b> {
    let n = f.py_params.len();
    let errno = f.touches_errno.then(|| cx.call(entry, "pycc_errno_save", &[], &[cx.int(32)]).expect("an int result"));
    let (args, nargs, kwnames) =
        (entry.argument(1).unwrap().into(), entry.argument(2).unwrap().into(), entry.argument(3).unwrap().into());
    let fname = cx.string(entry, f.export.as_bytes());
    let names: Vec<u8> = f.py_params.iter().flat_map(|(name, _)| name.bytes().chain([0])).collect();
    let pnames = cx.string(entry, &names);
    let one = cx.const_i64(entry, 1);
    let count = cx.const_i64(entry, n as i64);
    let buf = cx.alloca(entry, count, cx.ptr);
    let (slots, descriptors) = slots(cx, f, steps, entry, one);
    // The Py_buffer of each array argument, cleared before anything can fail
    // and released on every way out (runtime_buffer_fast.c, inlined).
    let view_block = (views > 0).then(|| {
        let words = cx.const_i64(entry, views as i64 * VIEW_BYTES / 8);
        let block = cx.alloca(entry, words, cx.int(64));
        let n = cx.const_i64(entry, views as i64);
        cx.call(entry, "pycc_buffers_init", &[block, n], &[]);
        (block, views as i64)
    });
    // Arrays the call allocates belong to its arena (runtime_buffer.c),
    // released on every way out after the result took its reference.
    let lists: Vec<(usize, i64, usize)> = steps
        .iter()
        .filter_map(|s| match *s {
            Step::List { arg, kind, slot } => Some((arg, kind, slot)),
            _ => None,
        })
        .collect();
    let returns_list = match &f.ret {
        Some(Ty::List(_) | Ty::ListOf(_)) => true,
        Some(Ty::Tuple(xs)) => xs.iter().any(|x| matches!(x, Ty::List(_) | Ty::ListOf(_))),
        _ => false,
    };
    let arena = (f.allocates || !lists.is_empty() || returns_list).then(|| {
        let slot = cx.alloca(entry, one, cx.ptr);
        let prev = cx.call(entry, "pycc_arena_enter", &[slot], &[cx.ptr]).unwrap();
        (slot, prev)
    });
    let recursion = f.stack_guarded.then(|| {
        let words = cx.const_i64(entry, crate::abi::runtime::RECURSION_FRAME_BYTES / 8);
        cx.alloca(entry, words, cx.int(64))
    });
    let items = match &f.ret {
        Some(Ty::Tuple(xs)) => {
            let len = cx.const_i64(entry, xs.len() as i64);
            Some(cx.alloca(entry, len, cx.ptr))
        }
        _ => None,
    };
    // Parameters from `nreq` on have defaults (a trailing run): parsing
    // leaves them NULL when left out, and their convert step stores the default.
    let nreq = f.py_defaults.iter().position(Option::is_some).unwrap_or(n);
    let required = cx.const_i64(entry, nreq as i64);
    let argv = cx
        .call(entry, "pycc_parse_args", &[args, nargs, kwnames, fname, pnames, count, required, buf], &[cx.ptr])
        .unwrap();
    Frame { fname, pnames, argv, nreq, slots, descriptors, view_block, arena, lists, recursion, items, errno }
}

/// One slot per kernel parameter, holding the converted C value; an
/// array's descriptor is one block of int64 slots that pycc_arg_buffer fills.
#[allow(clippy::type_complexity)]
fn slots<'c, 'b>(
    cx: &Cx<'c>,
    f: &TypedFunction,
    steps: &[Step],
    entry: &'b Block<'c>,
    one: Value<'c, 'b>,
) -> (Vec<(Value<'c, 'b>, Type<'c>)>, Vec<Value<'c, 'b>>) {
    let context = cx.context;
    let mut slots: Vec<(Value, Type)> = Vec::new();
    let mut descriptors = Vec::new();
    for step in steps {
        match *step {
            Step::Scalar { .. } | Step::Optional { .. } => {
                let k = if matches!(step, Step::Optional { .. }) { 2 } else { 1 };
                for _ in 0..k {
                    let p = &f.params[slots.len()];
                    let t = match p.ty {
                        Scalar::Float { .. } => Type::float64(context),
                        Scalar::Bool => cx.int(8),
                        Scalar::Int { .. } => cx.int(64),
                    };
                    slots.push((cx.alloca(entry, one, t), t));
                }
            }
            Step::Array { ty, optional, .. } => {
                if optional {
                    slots.push((cx.alloca(entry, one, cx.int(8)), cx.int(8)));
                }
                let len = cx.const_i64(entry, ty.flat_len() as i64);
                let base = cx.alloca(entry, len, cx.int(64));
                for j in 0..ty.flat_len() {
                    let at = cx.element(entry, base, j, cx.int(64));
                    slots.push((at, cx.int(64)));
                }
                descriptors.push(base);
            }
            Step::Complex { .. } => {
                for _ in 0..2 {
                    let t = Type::float64(context);
                    slots.push((cx.alloca(entry, one, t), t));
                }
            }
            Step::Str { .. } | Step::Set { .. } => slots.push((cx.alloca(entry, one, cx.int(64)), cx.int(64))),
            Step::List { .. } => {
                // 0 until converted: what the way out writes back.
                let at = cx.alloca(entry, one, cx.int(64));
                let zero = cx.const_i64(entry, 0);
                entry.append_operation(llvm_dialect::store(context, zero, at, cx.location, LoadStoreOptions::new()));
                slots.push((at, cx.int(64)));
            }
            Step::Tuple { .. } => {}
        }
    }
    (slots, descriptors)
}

impl<'c, 'b> Frame<'c, 'b> {
    /// Every way out: write back list arguments, leave the arena, release
    /// the buffers.
    fn release(&self, cx: &Cx<'c>, block: &'b Block<'c>) {
        // Changed list arguments go back to the caller before the arena
        // frees their copies.
        for &(arg, kind, slot) in &self.lists {
            let header = cx.append(
                block,
                llvm_dialect::load(cx.context, self.slots[slot].0, cx.int(64), cx.location, LoadStoreOptions::new()),
            );
            let (i, kind) = (cx.const_i64(block, arg as i64), cx.const_i64(block, kind));
            cx.call(block, "pycc_list_reflect", &[self.argv, i, header, kind], &[]);
        }
        if let Some((slot, prev)) = self.arena {
            cx.call(block, "pycc_arena_exit", &[slot, prev], &[]);
        }
        if let Some((views, n)) = self.view_block {
            let n = cx.const_i64(block, n);
            cx.call(block, "pycc_buffers_release", &[views, n], &[]);
        }
        if let Some(saved) = self.errno {
            cx.call(block, "pycc_errno_restore", &[saved], &[]);
        }
    }
}

/// One step's block: load the argument, store a left-out default (through
/// `defaulted`'s blocks), convert, and go on to `next` or `fail`.
#[allow(clippy::too_many_arguments)]
fn convert_step<'c, 'b>(
    cx: &Cx<'c>,
    f: &TypedFunction,
    w: &Frame<'c, 'b>,
    step: &Step,
    block: &'b Block<'c>,
    defaulted: Option<&'b (Block<'c>, Block<'c>)>,
    next: &Block<'c>,
    fail: &Block<'c>,
) {
    let context = cx.context;
    let i = match step {
        Step::Tuple { arg, .. }
        | Step::List { arg, .. }
        | Step::Str { arg, .. }
        | Step::Set { arg, .. }
        | Step::Scalar { arg, .. }
        | Step::Optional { arg, .. }
        | Step::Array { arg, .. }
        | Step::Complex { arg, .. } => *arg,
    };
    let at = cx.element(block, w.argv, i, cx.ptr);
    let obj = cx.append(block, llvm_dialect::load(context, at, cx.ptr, cx.location, LoadStoreOptions::new()));
    let block = match (defaulted, step) {
        (Some((given, left_out)), Step::Scalar { arg, ty, slot, .. }) => {
            let value = f.py_defaults[*arg].expect("a defaulted parameter has its default");
            let is_null = is_null(cx, block, obj);
            cx.cond_br(block, is_null, left_out, given);
            store_default(cx, left_out, w.slots[*slot].0, *ty, value);
            left_out.append_operation(
                OperationBuilder::new("cf.br", cx.location).add_successors(&[next]).build().expect("valid cf.br"),
            );
            given
        }
        _ => block,
    };
    let status = convert(cx, f, w, step, block, i, obj);
    let zero = cx.append(block, arith::constant(context, IntegerAttribute::new(cx.int(32), 0).into(), cx.location));
    let bad = cx.append(block, arith::cmpi(context, arith::CmpiPredicate::Ne, status, zero, cx.location));
    cx.cond_br(block, bad, fail, next);
}

/// The runtime call converting argument `i` (`obj`) for `step`: its status
/// (nonzero: the Python exception is set).
fn convert<'c, 'b>(
    cx: &Cx<'c>,
    f: &TypedFunction,
    w: &Frame<'c, 'b>,
    step: &Step,
    block: &'b Block<'c>,
    i: usize,
    mut obj: Value<'c, 'b>,
) -> Value<'c, 'b> {
    let (fname, pnames, slots) = (w.fname, w.pnames, &w.slots);
    let idx = cx.const_i64(block, i as i64);
    match *step {
        Step::Array { .. } => convert_array(cx, f, w, step, block, i, obj, idx),
        Step::Complex { elem, slot, .. } => {
            if let Some(j) = elem {
                // The tuple step checked the type and length: a borrowed item.
                let j = cx.const_i64(block, j as i64);
                obj = cx.call(block, "pycc_tuple_item", &[obj, j], &[cx.ptr]).unwrap();
            }
            let (re, im) = (slots[slot].0, slots[slot + 1].0);
            cx.call(block, "pycc_arg_complex", &[obj, fname, pnames, idx, re, im], &[cx.int(32)])
        }
        Step::Tuple { len, .. } => {
            let len = cx.const_i64(block, len as i64);
            cx.call(block, "pycc_arg_tuple", &[obj, fname, pnames, idx, len], &[cx.int(32)])
        }
        Step::Str { slot, .. } => {
            cx.call(block, "pycc_arg_str", &[obj, fname, pnames, idx, slots[slot].0], &[cx.int(32)])
        }
        Step::List { kind, slot, .. } => {
            let kind = cx.const_i64(block, kind);
            cx.call(block, "pycc_arg_list", &[obj, fname, pnames, idx, kind, slots[slot].0], &[cx.int(32)])
        }
        Step::Set { kind, slot, .. } => {
            let kind = cx.const_i64(block, kind);
            cx.call(block, "pycc_arg_set", &[obj, fname, pnames, idx, kind, slots[slot].0], &[cx.int(32)])
        }
        Step::Scalar { .. } | Step::Optional { .. } => return convert_scalar(cx, w, step, block, obj, idx),
    }
    .unwrap()
}

/// A number argument (or an `optional(T)` one, or a tuple's element).
fn convert_scalar<'c, 'b>(
    cx: &Cx<'c>,
    w: &Frame<'c, 'b>,
    step: &Step,
    block: &'b Block<'c>,
    mut obj: Value<'c, 'b>,
    idx: Value<'c, 'b>,
) -> Value<'c, 'b> {
    let (fname, pnames) = (w.fname, w.pnames);
    let (elem, ty, slot) = match *step {
        Step::Scalar { elem, ty, slot, .. } => (elem, ty, slot),
        Step::Optional { ty, slot, .. } => {
            // None converts as False (zero), which the flag marks unread.
            obj = cx.call(block, "pycc_arg_optional", &[obj, w.slots[slot].0], &[cx.ptr]).unwrap();
            (None, ty, slot + 1)
        }
        _ => unreachable!("a number step"),
    };
    if let Some(j) = elem {
        // The tuple step checked the type and length: a borrowed item.
        let j = cx.const_i64(block, j as i64);
        obj = cx.call(block, "pycc_tuple_item", &[obj, j], &[cx.ptr]).unwrap();
    }
    let slot = w.slots[slot].0;
    match ty {
        Scalar::Float { .. } => cx.call(block, "pycc_arg_f64", &[obj, fname, pnames, idx, slot], &[cx.int(32)]),
        Scalar::Bool => cx.call(block, "pycc_arg_bool", &[obj, fname, pnames, idx, slot], &[cx.int(32)]),
        Scalar::Int { bits, signed: true } => {
            let lo = cx.const_i64(block, if bits == 64 { i64::MIN } else { -(1i64 << (bits - 1)) });
            let hi = cx.const_i64(block, if bits == 64 { i64::MAX } else { (1i64 << (bits - 1)) - 1 });
            let tname = cx.string(block, ty.long_name().as_bytes());
            cx.call(block, "pycc_arg_int", &[obj, fname, pnames, idx, lo, hi, tname, slot], &[cx.int(32)])
        }
        Scalar::Int { bits, signed: false } => {
            let hi = cx.const_i64(block, if bits == 64 { -1 } else { ((1u64 << bits) - 1) as i64 });
            let tname = cx.string(block, ty.long_name().as_bytes());
            cx.call(block, "pycc_arg_uint", &[obj, fname, pnames, idx, hi, tname, slot], &[cx.int(32)])
        }
    }
    .unwrap()
}

/// An array argument (or a tuple's element): acquire its buffer into its
/// view and fill its descriptor.
#[allow(clippy::too_many_arguments)]
fn convert_array<'c, 'b>(
    cx: &Cx<'c>,
    f: &TypedFunction,
    w: &Frame<'c, 'b>,
    step: &Step,
    block: &'b Block<'c>,
    i: usize,
    mut obj: Value<'c, 'b>,
    idx: Value<'c, 'b>,
) -> Option<Value<'c, 'b>> {
    let Step::Array { ty, view, writable, elem, optional, slot, .. } = *step else { unreachable!("an array step") };
    let (views, _) = w.view_block.expect("arrays have views");
    // An element of a tuple argument is named `t[j]` in errors.
    let (names, idx) = match elem {
        Some(j) => {
            let jj = cx.const_i64(block, j as i64);
            obj = cx.call(block, "pycc_tuple_item", &[obj, jj], &[cx.ptr]).unwrap();
            let name = format!("{}[{j}]\0", f.py_params[i].0);
            (cx.string(block, name.as_bytes()), cx.const_i64(block, 0))
        }
        None => (w.pnames, idx),
    };
    let k = cx.const_i64(block, view as i64);
    let kind = cx.const_i64(
        block,
        match ty.dtype {
            _ if ty.complex => b'c',
            Scalar::Bool => b'b',
            Scalar::Float { .. } => b'f',
            Scalar::Int { signed: true, .. } => b'i',
            Scalar::Int { signed: false, .. } => b'u',
        } as i64,
    );
    let itemsize = cx.const_i64(block, ty.itemsize());
    let ndim = cx.const_i64(block, ty.ndim as i64);
    let unit = cx.const_i64(block, ty.unit_axis().map_or(-1, |a| a as i64));
    let writable = cx.const_i64(block, writable as i64);
    let expected = cx.string(block, expected_array(&ty).as_bytes());
    let out = w.descriptors[view];
    let mut args = vec![obj, w.fname, names, idx, views, k, kind, itemsize, ndim, unit, writable, expected, out];
    if optional {
        // None (or left out) sets the flag and zeroes the descriptor.
        args.push(w.slots[slot - 1].0);
        args.push(cx.const_i64(block, ty.flat_len() as i64));
    }
    let symbol = if optional { "pycc_arg_optional_buffer" } else { "pycc_arg_buffer" };
    cx.call(block, symbol, &args, &[cx.int(32)])
}

/// Kernel slots past which a wrapper keeps the converted values in memory
/// until the call (see call_and_box).
const MANY_SLOTS: usize = 64;

/// The blocks of the way through the kernel call.
struct CallBlocks<'b, 'c> {
    call: &'b Block<'c>,
    guarded: &'b Block<'c>,
    overflow: &'b Block<'c>,
    done: &'b Block<'c>,
    fail: &'b Block<'c>,
}

/// Load, narrow to the kernel's types, call (behind the recursion jump
/// target if guarded), box, release, return.
fn call_and_box<'c, 'b>(cx: &Cx<'c>, f: &TypedFunction, w: &Frame<'c, 'b>, b: CallBlocks<'b, 'c>) {
    let context = cx.context;
    let call = b.call;
    // With many parameters the converted values stay in their stack slots
    // until the call (volatile loads): promoted to registers, LLVM's
    // mem2reg (an iterated dominance frontier per slot over the N
    // conversion blocks) and register allocation (N values live across N
    // runtime calls) are quadratic in N. Small wrappers are unchanged.
    let in_memory = w.slots.len() > MANY_SLOTS;
    let mut kernel_args: Vec<Value> = f
        .params
        .iter()
        .zip(&w.slots)
        .map(|(p, &(slot, t))| {
            let options = LoadStoreOptions::new().volatile(in_memory);
            let v = cx.append(call, llvm_dialect::load(context, slot, t, cx.location, options));
            let kt = signless(context, p.ty);
            match p.ty {
                Scalar::Float { bits: 32 } => cx.append(call, arith::truncf(v, kt, cx.location)),
                Scalar::Int { bits: 64, .. } | Scalar::Float { .. } => v,
                _ => cx.append(call, arith::trunci(v, kt, cx.location)),
            }
        })
        .collect();
    // The kernel's values (a tuple's elements), and its error flag if it
    // can raise: a set flag means the Python exception is already set, so
    // the wrapper fails.
    let results = crate::abi::kernel_results(context, f);
    if let Some(frame) = w.recursion {
        recursion_target(cx, frame, call, b.guarded, b.overflow, b.fail);
        // The frame is every guarded kernel's hidden last parameter.
        let at = OperationBuilder::new("llvm.ptrtoint", cx.location)
            .add_operands(&[frame])
            .add_results(&[cx.int(64)])
            .build()
            .expect("valid llvm.ptrtoint");
        kernel_args.push(cx.append(b.guarded, at));
    }
    let site = if f.stack_guarded { b.guarded } else { call };
    let call_op = site.append_operation(func::call(
        context,
        FlatSymbolRefAttribute::new(context, &f.symbol),
        &kernel_args,
        &results,
        cx.location,
    ));
    let flat = f.ret.as_ref().map_or(Vec::new(), Ty::flat);
    let values: Vec<Value> = (0..flat.len()).map(|i| call_op.result(i).unwrap().into()).collect();
    let out: &Block = if f.may_raise {
        let flag: Value = call_op.result(results.len() - 1).unwrap().into();
        cx.cond_br(site, flag, b.fail, b.done);
        b.done
    } else {
        site
    };
    let boxed = box_result(cx, f, w.items, out, &values);
    w.release(cx, out);
    out.append_operation(func::r#return(&[boxed], cx.location));
}

/// The kernel's result values as the Python object the wrapper returns.
fn box_result<'c, 'b>(
    cx: &Cx<'c>,
    f: &TypedFunction,
    items: Option<Value<'c, 'b>>,
    out: &'b Block<'c>,
    values: &[Value<'c, 'b>],
) -> Value<'c, 'b> {
    match (&f.ret, items) {
        // (is-None flag, array): None, or the array boxed.
        (Some(Ty::Tuple(xs)), _) if f.ret_optional && matches!(xs[1], Ty::Array(_)) => {
            let Ty::Array(a) = &xs[1] else { unreachable!("matched") };
            let len = cx.const_i64(out, values.len() as i64 - 1);
            let words = cx.alloca(out, len, cx.int(64));
            for (j, &v) in values[1..].iter().enumerate() {
                let at = cx.element(out, words, j, cx.int(64));
                out.append_operation(llvm_dialect::store(cx.context, v, at, cx.location, LoadStoreOptions::new()));
            }
            let none = cx.append(out, arith::extui(values[0], cx.int(64), cx.location));
            let (ndim, dtype) = (cx.const_i64(out, a.ndim as i64), cx.const_i64(out, a.dtype_char() as i64));
            cx.call(out, "pycc_box_optional_array", &[none, words, ndim, dtype], &[cx.ptr]).unwrap()
        }
        // (is-None flag, value): numba's Optional return.
        (Some(Ty::Tuple(xs)), _) if f.ret_optional => {
            let value = box_scalar(cx, out, xs[1].flat()[0], values[1]);
            let none = cx.append(out, arith::extui(values[0], cx.int(64), cx.location));
            cx.call(out, "pycc_box_optional", &[none, value], &[cx.ptr]).unwrap()
        }
        (Some(Ty::Scalar(s)), _) => box_scalar(cx, out, *s, values[0]),
        (Some(Ty::Array(a)), _) if f.ret_tolist => {
            let array = box_array(cx, out, a, values);
            cx.call(out, "pycc_box_tolist", &[array], &[cx.ptr]).unwrap()
        }
        (Some(Ty::Array(a)), _) => box_array(cx, out, a, values),
        // A set is boxed as a str is: a new reference to the object.
        (Some(Ty::Str | Ty::Set(_)), _) => {
            cx.call(out, crate::abi::runtime::STR_BOX_FN, &[values[0]], &[cx.ptr]).unwrap()
        }
        (Some(Ty::Complex(p)), _) => box_complex(cx, out, *p, values[0], values[1]),
        (Some(Ty::List(items)), _) => {
            let kind = cx.const_i64(out, list_kind(items));
            cx.call(out, "pycc_list_box", &[values[0], kind], &[cx.ptr]).unwrap()
        }
        (Some(Ty::ListOf(item)), _) => {
            let kind = match &**item {
                Ty::Array(a) => array_list_kind(a, false),
                // Rows of numbers: 'L', the rows' kind in the next byte (runtime_buffer.c).
                Ty::List(items) => b'L' as i64 | list_kind(items) << 8,
                _ => unreachable!("exports return lists of numbers, of arrays or of lists of numbers only"),
            };
            let kind = cx.const_i64(out, kind);
            cx.call(out, "pycc_list_box", &[values[0], kind], &[cx.ptr]).unwrap()
        }
        (Some(Ty::Dict(_, vals)), _) => {
            // The value parts' kinds, as the key's are described (tir/dict.rs).
            let kinds = crate::tir::dict::DictRef::parts_desc(vals);
            let kinds = cx.const_i64(out, kinds);
            cx.call(out, "pycc_dict_box", &[values[0], kinds], &[cx.ptr]).unwrap()
        }
        (Some(Ty::Tuple(xs)), Some(items)) => {
            // Box every element first; pycc_tuple_pack releases them all if
            // any boxing failed, so no path leaks.
            let mut flat = values.iter().copied();
            box_tuple(cx, out, xs, items, &mut flat)
        }
        _ => cx.call(out, "pycc_box_none", &[], &[cx.ptr]).unwrap(),
    }
}

/// `_setjmp`, declared `returns_twice` so that LLVM keeps the wrapper's
/// frame valid for its second return.
fn setjmp_declaration<'c>(cx: &Cx<'c>) -> Operation<'c> {
    let context = cx.context;
    let ty = FunctionType::new(context, &[cx.ptr], &[cx.int(32)]);
    let passthrough = Attribute::parse(context, "[\"returns_twice\"]").expect("a valid array attribute");
    func::func(
        context,
        StringAttribute::new(context, crate::abi::runtime::SETJMP_FN),
        TypeAttribute::new(ty.into()),
        Region::new(),
        &[
            (Identifier::new(context, "sym_visibility"), StringAttribute::new(context, "private").into()),
            (Identifier::new(context, "passthrough"), passthrough),
        ],
        cx.location,
    )
}

/// The jump target of a call that can reach a recursive kernel (sema's
/// guard_recursion): `call` ends by putting the thread's stack floor in a
/// frame on the wrapper's stack (passed to the kernel as its hidden last
/// parameter) and calling `_setjmp` on it; its first return goes
/// on to `guarded` (the kernel call), its second (a guard found the stack
/// used up and jumped, abandoning every kernel frame) to `overflow`, which
/// sets RecursionError and goes to `fail` (which frees the call's arena and
/// buffers, all set up before the jump target).
fn recursion_target<'c>(
    cx: &Cx<'c>,
    frame: Value<'c, '_>,
    call: &Block<'c>,
    guarded: &Block<'c>,
    overflow: &Block<'c>,
    fail: &Block<'c>,
) {
    use crate::abi::runtime::{RECURSION_ENTER_FN, RECURSION_RAISE_FN, SETJMP_FN};
    cx.call(call, RECURSION_ENTER_FN, &[frame], &[]);
    let jumped = cx.call(call, SETJMP_FN, &[frame], &[cx.int(32)]).unwrap();
    let zero = cx.append(call, arith::constant(cx.context, IntegerAttribute::new(cx.int(32), 0).into(), cx.location));
    let again = cx.append(call, arith::cmpi(cx.context, arith::CmpiPredicate::Ne, jumped, zero, cx.location));
    cx.cond_br(call, again, overflow, guarded);
    cx.call(overflow, RECURSION_RAISE_FN, &[], &[]);
    overflow.append_operation(
        OperationBuilder::new("cf.br", cx.location).add_successors(&[fail]).build().expect("valid cf.br"),
    );
}

/// The runtime's item kind of a list of `items` (the signature allows
/// int64, float64 and bool lists only).
fn list_kind(items: &[Scalar]) -> i64 {
    match items {
        [Scalar::Float { .. }] => b'f' as i64,
        [Scalar::Bool] => b'b' as i64,
        [_] => b'i' as i64,
        // Flat tuples (sema's export_returns: up to 7 parts): 'T', then
        // each part's kind in the next bytes (runtime_buffer.c).
        _ => items
            .iter()
            .enumerate()
            .fold(b'T' as i64, |k, (j, s)| k | list_kind(std::slice::from_ref(s)) << (8 * (j + 1))),
    }
}

/// The runtime's kind of a list of arrays `a` (runtime_buffer.c's
/// pycc_arg_list): 'A', the items' ndim, dtype character, layout (0 any,
/// 1 C, 2 F) and whether the body may write into them (then each item must
/// be writable, as numba's typeof of a read-only array does not match).
fn array_list_kind(a: &ArrayTy, written: bool) -> i64 {
    let layout = match a.layout {
        Layout::A => 0,
        Layout::C => 1,
        Layout::F => 2,
    };
    b'A' as i64 | (a.ndim as i64) << 8 | (a.dtype_char() as i64) << 16 | layout << 24 | i64::from(written) << 26
}

/// Stores a parameter's default into its slot, converted as the wrapper
/// converts the same Python number (sema keeps only defaults that convert).
fn store_default<'c>(cx: &Cx<'c>, block: &Block<'c>, slot: Value<'c, '_>, ty: Scalar, value: ConstValue) {
    let context = cx.context;
    let attr = match (ty, value) {
        (Scalar::Float { .. }, v) => {
            let x = match v {
                ConstValue::Float(x) => x,
                ConstValue::Int(i) => i as f64,
                ConstValue::Bool(b) => b as i64 as f64,
            };
            FloatAttribute::new(context, Type::float64(context), x).into()
        }
        (Scalar::Bool, v) => IntegerAttribute::new(cx.int(8), matches!(v, ConstValue::Bool(true)) as i64).into(),
        (Scalar::Int { .. }, ConstValue::Int(i)) => IntegerAttribute::new(cx.int(64), i as u64 as i64).into(),
        (Scalar::Int { .. }, ConstValue::Bool(b)) => IntegerAttribute::new(cx.int(64), b as i64).into(),
        (Scalar::Int { .. }, ConstValue::Float(_)) => unreachable!("sema drops a float default of an int"),
    };
    let v = cx.append(block, arith::constant(context, attr, cx.location));
    block.append_operation(llvm_dialect::store(context, v, slot, cx.location, LoadStoreOptions::new()));
}

/// An array result (its descriptor words) as a new numpy array, or a numpy
/// view of its owner for a view (NULL if that failed).
/// A tuple from its flattened values, its boxed elements stored into
/// `items` (a nested tuple boxed the same way into its own buffer).
fn box_tuple<'c, 'b>(
    cx: &Cx<'c>,
    out: &'b Block<'c>,
    xs: &[Ty],
    items: Value<'c, 'b>,
    flat: &mut impl Iterator<Item = Value<'c, 'b>>,
) -> Value<'c, 'b> {
    for (j, x) in xs.iter().enumerate() {
        let b = match x {
            Ty::Complex(p) => {
                let (re, im) = (flat.next().expect("flat values"), flat.next().expect("flat values"));
                box_complex(cx, out, *p, re, im)
            }
            Ty::Array(a) => {
                let words: Vec<Value> = flat.by_ref().take(a.flat_len()).collect();
                box_array(cx, out, a, &words)
            }
            Ty::Optional(s) => {
                // numba's Optional item: None when the flag is set.
                let (flag, value) = (flat.next().expect("flat values"), flat.next().expect("flat values"));
                let boxed = box_scalar(cx, out, *s, value);
                let none = cx.append(out, arith::extui(flag, cx.int(64), cx.location));
                cx.call(out, "pycc_box_optional", &[none, boxed], &[cx.ptr]).unwrap()
            }
            Ty::Tuple(ys) => {
                let len = cx.const_i64(out, ys.len() as i64);
                let inner = cx.alloca(out, len, cx.ptr);
                box_tuple(cx, out, ys, inner, flat)
            }
            // A list or str item (sema/containers/tupleresults.rs): boxed as that result alone.
            Ty::List(_) | Ty::ListOf(_) | Ty::Str => {
                let word = flat.next().expect("flat values");
                let kind = match x {
                    Ty::List(items) => list_kind(items),
                    Ty::ListOf(item) => match &**item {
                        Ty::Array(a) => array_list_kind(a, false),
                        // Rows of numbers, as a list of lists result alone.
                        Ty::List(items) => b'L' as i64 | list_kind(items) << 8,
                        _ => unreachable!("tuple results hold lists of numbers, of arrays or of lists of numbers only"),
                    },
                    _ => {
                        let s = cx.call(out, crate::abi::runtime::STR_BOX_FN, &[word], &[cx.ptr]).unwrap();
                        let at = cx.element(out, items, j, cx.ptr);
                        out.append_operation(llvm_dialect::store(
                            cx.context,
                            s,
                            at,
                            cx.location,
                            LoadStoreOptions::new(),
                        ));
                        continue;
                    }
                };
                let kind = cx.const_i64(out, kind);
                cx.call(out, "pycc_list_box", &[word, kind], &[cx.ptr]).unwrap()
            }
            _ => box_scalar(cx, out, x.flat()[0], flat.next().expect("flat values")),
        };
        let at = cx.element(out, items, j, cx.ptr);
        out.append_operation(llvm_dialect::store(cx.context, b, at, cx.location, LoadStoreOptions::new()));
    }
    let len = cx.const_i64(out, xs.len() as i64);
    cx.call(out, "pycc_tuple_pack", &[len, items], &[cx.ptr]).unwrap()
}

fn box_array<'c, 'b>(cx: &Cx<'c>, out: &'b Block<'c>, a: &ArrayTy, values: &[Value<'c, 'b>]) -> Value<'c, 'b> {
    let len = cx.const_i64(out, values.len() as i64);
    let words = cx.alloca(out, len, cx.int(64));
    for (j, &v) in values.iter().enumerate() {
        let at = cx.element(out, words, j, cx.int(64));
        out.append_operation(llvm_dialect::store(cx.context, v, at, cx.location, LoadStoreOptions::new()));
    }
    let (ndim, dtype) = (cx.const_i64(out, a.ndim as i64), cx.const_i64(out, a.dtype_char() as i64));
    cx.call(out, "pycc_box_array", &[words, ndim, dtype], &[cx.ptr]).unwrap()
}

/// A complex kernel value (its parts) as a new Python complex (NULL if
/// allocation failed).
fn box_complex<'c, 'b>(
    cx: &Cx<'c>,
    out: &'b Block<'c>,
    p: Scalar,
    re: Value<'c, 'b>,
    im: Value<'c, 'b>,
) -> Value<'c, 'b> {
    let widen = |v| {
        if p == (Scalar::Float { bits: 32 }) {
            cx.append(out, arith::extf(v, Type::float64(cx.context), cx.location))
        } else {
            v
        }
    };
    let (re, im) = (widen(re), widen(im));
    cx.call(out, "pycc_box_complex", &[re, im], &[cx.ptr]).unwrap()
}

/// A kernel value as a new Python object (NULL if allocation failed).
fn box_scalar<'c, 'b>(cx: &Cx<'c>, out: &'b Block<'c>, s: Scalar, v: Value<'c, 'b>) -> Value<'c, 'b> {
    let context = cx.context;
    match s {
        Scalar::Float { bits } => {
            let v = if bits == 32 { cx.append(out, arith::extf(v, Type::float64(context), cx.location)) } else { v };
            cx.call(out, "pycc_box_f64", &[v], &[cx.ptr])
        }
        Scalar::Int { bits, signed } => {
            let v = match (bits, signed) {
                (64, _) => v,
                (_, true) => cx.append(out, arith::extsi(v, cx.int(64), cx.location)),
                (_, false) => cx.append(out, arith::extui(v, cx.int(64), cx.location)),
            };
            cx.call(out, if signed { "pycc_box_i64" } else { "pycc_box_u64" }, &[v], &[cx.ptr])
        }
        Scalar::Bool => {
            let v = cx.append(out, arith::extui(v, cx.int(64), cx.location));
            cx.call(out, "pycc_box_bool", &[v], &[cx.ptr])
        }
    }
    .unwrap()
}

fn signless(context: &Context, s: Scalar) -> Type<'_> {
    match s {
        Scalar::Int { bits, .. } => IntegerType::new(context, bits).into(),
        other => dialects::scalar_type(context, other),
    }
}
