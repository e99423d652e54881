//! Every function of the C runtime that generated code calls, with its C
//! signature: one table, from which lowering, the wrappers and
//! convert-py-to-arith declare what they use. The C definitions are in
//! `src/wrap/runtime.c`, `runtime_buffer.c` and their `_fast` bitcode
//! halves; a test compares this table with their prototypes.

use melior::dialect::func;
use melior::ir::attribute::{StringAttribute, TypeAttribute};
use melior::ir::r#type::{FunctionType, IntegerType};
use melior::ir::{Identifier, Location, Operation, Region, Type};
use melior::Context;

/// The C types at the runtime boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CTy {
    /// Any pointer (`PyObject *`, `const char *`, descriptors).
    Ptr,
    I64,
    I32,
    F64,
}

impl CTy {
    pub fn mlir<'c>(self, context: &'c Context) -> Type<'c> {
        match self {
            CTy::Ptr => Type::parse(context, "!llvm.ptr").expect("the llvm dialect is loaded"),
            CTy::I64 => IntegerType::new(context, 64).into(),
            CTy::I32 => IntegerType::new(context, 32).into(),
            CTy::F64 => Type::float64(context),
        }
    }
}

/// A runtime function: its symbol, parameters and results.
pub struct RuntimeFn {
    pub name: &'static str,
    pub params: &'static [CTy],
    pub results: &'static [CTy],
}

const fn rt(name: &'static str, params: &'static [CTy], results: &'static [CTy]) -> RuntimeFn {
    RuntimeFn { name, params, results }
}

use CTy::{Ptr as P, F64, I32, I64};

/// Sets a builtin exception: `(exception name, message)` (runtime.c).
pub const RAISE_FN: &str = "pycc_raise";
/// numpy's IndexError message: `(index, extent, axis)` (runtime_buffer.c).
pub const INDEX_ERROR_FN: &str = "pycc_index_error";
/// Calls a numpy constructor: `(func, dtype char, ndim, unit axis or -1,
/// npairs, pairs*, descriptor*) -> i32`.
pub const NP_NEW_FN: &str = "pycc_np_new";
/// `(owner)`: drops the arena's reference to an array the body allocated
/// and no longer uses (analysis/lifetimes.rs); 0 or an unknown owner is a no-op.
pub const NP_RELEASE_FN: &str = "pycc_np_release";
/// `(candidate owner, then as NP_NEW_FN) -> i32`: `np.empty` that reuses a
/// dead array of the same site when nothing else holds it and it fits.
pub const NP_RENEW_FN: &str = "pycc_np_renew";
/// numpy's ValueError for shapes that do not broadcast in a slice
/// assignment: `(src ndim, dst ndim, src extents x3, dst extents x3)`,
/// packed as 8 int64s.
pub const BROADCAST_ERROR_FN: &str = "pycc_broadcast_error";
/// BROADCAST_ERROR_FN for shapes of more than 3 dimensions: `(src ndim,
/// dst ndim, src extents x32, dst extents x32)`.
pub const BROADCAST_ERROR_ND_FN: &str = "pycc_broadcast_error_nd";
/// numpy 2's OverflowError for a Python int that an array's dtype cannot
/// hold: `(value, value is unsigned, dtype's format char)`.
pub const PYTHON_INT_ERROR_FN: &str = "pycc_python_int_error";
/// `(func, result kind, npairs, pairs*, out*) -> i32`: a numpy function
/// with a numeric result.
pub const NP_VALUE_FN: &str = "pycc_np_value";
/// `(npairs, pairs*) -> i32`: CPython's print of boxed values (runtime.c).
pub const PRINT_FN: &str = "pycc_print";

/// Lists (runtime_buffer.c, tir/list.rs): `(words per item, len) -> header`,
/// `(header) -> new item's address`, `(header, index, has index) -> the
/// removed item's address`; each 0 with an exception set.
pub const LIST_NEW_FN: &str = "pycc_list_new";
pub const LIST_APPEND_FN: &str = "pycc_list_append";
pub const LIST_POP_FN: &str = "pycc_list_pop";

/// `(frame) -> 0`, a recursive kernel's entry check (runtime_fast.c): when
/// the thread's stack is nearly used up it does not return but jumps to the
/// wrapper's target `frame` (`RECURSION_ENTER_FN`), which raises
/// RecursionError. A `TExprKind::Runtime` of no arguments in the typed IR;
/// lowering passes the frame, every stack-guarded kernel's hidden last
/// parameter, and declares it.
pub const STACK_GUARD_FN: &str = "pycc_stack_guard";
/// `(row, stride, j, stop) -> the first set item at or after j` of a bool
/// mask row (runtime_fast.c, inlined): whether a masked store's row has a
/// set item. It only reads the row, so an array whose address it takes is
/// not kept.
pub const MASK_NEXT_FN: &str = "pycc_mask_next";
/// `(a, b, unsigned flags) -> gcd(|a|, |b|)` (runtime_fast.c): math.gcd of two ints,
/// inlined into the kernel; declared by lowering, as STACK_GUARD_FN.
pub const GCD_FN: &str = "pycc_gcd";
/// `(a, b, m, unsigned flags) -> pow(a, b, m)` (runtime_buffer.c), CPython's value; a
/// ValueError set (m == 0, no inverse for b < 0) is the `Flag` check.
pub const POWMOD_FN: &str = "pycc_powmod";
/// `(op, start, stop, step, i)`: a range variable's length (op 0), item
/// `i` (1) or `i in r` (2), with CPython's errors (sema/desugar/rangevar.rs).
pub const RANGE_OP_FN: &str = "pycc_range_op";
/// `(a, b, unsigned flags) -> lcm(|a|, |b|)`, 0 if either is 0 (runtime_fast.c).
pub const LCM_FN: &str = "pycc_lcm";
/// `(op, a, b, unsigned flags) -> math.isqrt(a)`, `factorial(a)`,
/// `comb(a, b)` or `perm(a, b)` (op 0 to 3, runtime_buffer.c); a
/// ValueError or an OverflowError (a result past int64) is the `Flag` check.
pub const INT_MATH_FN: &str = "pycc_int_math";
/// `(a, b, unsigned flags) -> a / b` of 64-bit ints, correctly rounded as
/// CPython's long_true_divide (runtime_fast.c), inlined; b != 0.
pub const INT_TRUEDIV_FN: &str = "pycc_int_truediv";
/// `(x, x is a uint64) -> x.bit_length()` (runtime_fast.c), inlined.
pub const BIT_LENGTH_FN: &str = "pycc_bit_length";
/// `(x, x is a uint64) -> x.bit_count()` (runtime_fast.c), inlined.
pub const BIT_COUNT_FN: &str = "pycc_bit_count";
/// `(frame*)`: the wrapper of a call that can reach a recursive kernel puts
/// the thread's stack floor in `frame` (`RECURSION_FRAME_BYTES`), calls
/// `SETJMP_FN` on it and passes its address to the kernel.
pub const RECURSION_ENTER_FN: &str = "pycc_recursion_enter";
/// `()`: after the jump, sets RecursionError (runtime.c).
pub const RECURSION_RAISE_FN: &str = "pycc_recursion_raise";
/// PYCC_RECURSION_FRAME_BYTES (runtime.h): a jmp_buf and the floor.
pub const RECURSION_FRAME_BYTES: i64 = 512;
/// glibc's setjmp without the signal mask; declared `returns_twice` by
/// the wrapper (src/wrap/mod.rs), so LLVM keeps the call's frame sound.
pub const SETJMP_FN: &str = "_setjmp";

/// Dicts (runtime_buffer.c, tir/dict.rs): `(key words, value words, key
/// kinds) -> header` (0 with an exception set), and `(header, op, arg) ->
/// address or number` (see `DictOp`).
pub const DICT_NEW_FN: &str = "pycc_dict_new";
pub const DICT_OP_FN: &str = "pycc_dict_op";

/// Strings (runtime_buffer.c, sema/containers/strings.rs): CPython computes every
/// str operation. `(receiver or 0 for a builtin, name (a str literal),
/// kinds, nargs, a0..a3 (ints or objects), d0..d3 (floats))`: the method
/// `name` of the receiver, or the builtin `name`, called with the boxed
/// arguments (kinds: 4 bits each, `STR_ARG_*`). `_OBJ` returns the new
/// object's address (kept by the call's arena; 0: it raised), `_INT` an
/// int64 and `_F64` a double (`STR_FAILED_FN` says whether they raised).
pub const STR_CALL_OBJ_FN: &str = "pycc_str_call_obj";
pub const STR_CALL_INT_FN: &str = "pycc_str_call_int";
pub const STR_CALL_F64_FN: &str = "pycc_str_call_f64";
/// `() -> 1 if an exception is set, else 0`.
pub const STR_FAILED_FN: &str = "pycc_str_failed";
/// `(str) -> the same object, a new reference` for the wrapper's result.
pub const STR_BOX_FN: &str = "pycc_str_box";
/// `(exception object)`: raises an exception the body built with values
/// known only at run time (`raise ValueError(f"... {x}")`: the instance
/// made by STR_CALL_OBJ_FN calling the class).
pub const RAISE_OBJ_FN: &str = "pycc_raise_obj";

/// `try`/`except` (sema/control/exceptions.rs): `(class code) -> 1 if the set
/// exception is an instance of BUILTIN_EXCEPTIONS[code]`, `() -> 0` clearing it,
/// and `()` leaving it set for a `TStmt::Fail` that passes it on.
pub const ERR_MATCHES_FN: &str = "pycc_err_matches";
pub const ERR_CLEAR_FN: &str = "pycc_err_clear";
pub const ERR_PASS_FN: &str = "pycc_err_pass";
/// `finally` (sema/control/exceptions.rs): `() -> token` takes the set exception
/// out of the thread's state while the clause runs, `(token) -> 0` sets it
/// again to pass it on.
pub const ERR_STASH_FN: &str = "pycc_err_stash";
pub const ERR_RESTORE_FN: &str = "pycc_err_restore";
/// A re-raise (sema/control/reraise.rs): `(token) -> 0` sets again a new reference
/// to the exception ERR_STASH_FN kept; `(token) -> 0` drops the kept one.
pub const ERR_RERAISE_FN: &str = "pycc_err_reraise";
pub const ERR_DROP_FN: &str = "pycc_err_drop";
/// The builtin exception classes, by code (defined in `base`, as the
/// parser names them too).
pub use crate::base::exceptions::BUILTIN_EXCEPTIONS;

/// Sets (runtime_buffer.c, sema/containers/strings/sets.rs): `(set, op, kind, a, d) -> 0 or
/// 1` (op: 0 add, 1 discard, 2 `in`, 3 remove; the item boxed by its kind
/// as STR_CALL's arguments), `(set) -> len`, `(iterator) -> 1, or 0 at the
/// end` (the next item), `(set) -> 1` (pop), and `(status, j) -> part j`
/// of the item the last of these two took (as an int64, or a double).
pub const SET_OP_FN: &str = "pycc_set_op";
/// `(set, op, n, kinds, a0..a3, d0..d3)`: SET_OP_FN of a tuple of n numbers.
pub const SET_OP_TUPLE_FN: &str = "pycc_set_op_tuple";
pub const SET_LEN_FN: &str = "pycc_set_len";
pub const SET_STEP_FN: &str = "pycc_set_step";
pub const SET_POP_FN: &str = "pycc_set_pop";
pub const SET_CUR_I_FN: &str = "pycc_set_cur_i";
pub const SET_CUR_F_FN: &str = "pycc_set_cur_f";

/// Whether a `TExprKind::Runtime` call to `name` may raise: lowering
/// checks it (`Zero`: a 0 result; `Flag`: STR_FAILED_FN after it).
pub fn runtime_check(name: &str) -> Option<RuntimeCheck> {
    match name {
        STR_CALL_OBJ_FN => Some(RuntimeCheck::Zero),
        STR_CALL_INT_FN | STR_CALL_F64_FN | SET_OP_FN | SET_OP_TUPLE_FN | SET_STEP_FN | SET_POP_FN | POWMOD_FN
        | RANGE_OP_FN | INT_MATH_FN => Some(RuntimeCheck::Flag),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuntimeCheck {
    Zero,
    Flag,
}

/// The functions kernels call (declared by lowering and convert-py-to-arith).
pub static KERNEL_RUNTIME: &[RuntimeFn] = &[
    rt(RAISE_FN, &[P, P], &[]),
    rt(PYTHON_INT_ERROR_FN, &[I64, I64, I64], &[]),
    rt(NP_VALUE_FN, &[I64, I64, I64, P, P], &[I32]),
    rt(INDEX_ERROR_FN, &[I64, I64, I64], &[]),
    rt(RAISE_OBJ_FN, &[I64], &[]),
    rt(ERR_PASS_FN, &[], &[]),
    rt(BROADCAST_ERROR_FN, &[I64; 8], &[]),
    rt(BROADCAST_ERROR_ND_FN, &[I64; 66], &[]),
    rt(NP_NEW_FN, &[I64, I64, I64, I64, I64, P, P], &[I32]),
    rt(NP_RELEASE_FN, &[I64], &[]),
    rt(NP_RENEW_FN, &[I64, I64, I64, I64, I64, I64, P, P], &[I32]),
    rt(PRINT_FN, &[I64, P], &[I32]),
    rt(LIST_NEW_FN, &[I64, I64], &[I64]),
    rt(LIST_APPEND_FN, &[I64], &[I64]),
    rt(LIST_POP_FN, &[I64, I64, I64], &[I64]),
    rt(DICT_NEW_FN, &[I64, I64, I64], &[I64]),
    rt(DICT_OP_FN, &[I64, I64, I64], &[I64]),
];

/// The functions the CPython wrappers call (runtime.c, runtime_buffer.c).
pub static WRAPPER_RUNTIME: &[RuntimeFn] = &[
    rt("pycc_parse_args", &[P, I64, P, P, P, I64, I64, P], &[P]),
    rt("pycc_arg_f64", &[P, P, P, I64, P], &[I32]),
    rt("pycc_arg_int", &[P, P, P, I64, I64, I64, P, P], &[I32]),
    rt("pycc_arg_uint", &[P, P, P, I64, I64, P, P], &[I32]),
    rt("pycc_arg_bool", &[P, P, P, I64, P], &[I32]),
    rt("pycc_arg_optional", &[P, P], &[P]),
    rt("pycc_box_f64", &[F64], &[P]),
    rt("pycc_arg_complex", &[P, P, P, I64, P, P], &[I32]),
    rt("pycc_box_complex", &[F64, F64], &[P]),
    rt("pycc_box_i64", &[I64], &[P]),
    rt("pycc_box_u64", &[I64], &[P]),
    rt("pycc_box_bool", &[I64], &[P]),
    rt("pycc_box_none", &[], &[P]),
    rt("pycc_box_optional", &[I64, P], &[P]),
    rt("pycc_box_tolist", &[P], &[P]),
    rt("pycc_arg_tuple", &[P, P, P, I64, I64], &[I32]),
    rt("pycc_tuple_item", &[P, I64], &[P]),
    rt("pycc_tuple_pack", &[I64, P], &[P]),
    rt("pycc_errno_save", &[], &[I32]),
    rt("pycc_errno_restore", &[I32], &[]),
    rt("pycc_buffers_init", &[P, I64], &[]),
    rt("pycc_buffers_release", &[P, I64], &[]),
    rt("pycc_arg_buffer", &[P, P, P, I64, P, I64, I64, I64, I64, I64, I64, P, P], &[I32]),
    rt("pycc_arg_optional_buffer", &[P, P, P, I64, P, I64, I64, I64, I64, I64, I64, P, P, P, I64], &[I32]),
    rt("pycc_arena_enter", &[P], &[P]),
    rt("pycc_arena_exit", &[P, P], &[]),
    rt(RECURSION_ENTER_FN, &[P], &[]),
    rt(RECURSION_RAISE_FN, &[], &[]),
    rt("pycc_box_array", &[P, I64, I64], &[P]),
    rt("pycc_box_optional_array", &[I64, P, I64, I64], &[P]),
    rt("pycc_arg_list", &[P, P, P, I64, I64, P], &[I32]),
    rt("pycc_arg_str", &[P, P, P, I64, P], &[I32]),
    rt("pycc_arg_set", &[P, P, P, I64, I64, P], &[I32]),
    rt(STR_BOX_FN, &[I64], &[P]),
    rt("pycc_list_box", &[I64, I64], &[P]),
    rt("pycc_dict_box", &[I64, I64], &[P]),
    rt("pycc_list_reflect", &[P, I64, I64, I64], &[]),
    rt("pycc_module_new", &[P, P], &[P]),
    rt("pycc_module_add", &[P, P, P, P], &[P]),
    rt("pycc_module_add_exception", &[P, P, I64, P], &[P]),
    rt("pycc_module_multiphase", &[P], &[P]),
];

/// The runtime function `name` (in either table).
pub fn lookup(name: &str) -> Option<&'static RuntimeFn> {
    KERNEL_RUNTIME.iter().chain(WRAPPER_RUNTIME).find(|f| f.name == name)
}

impl RuntimeFn {
    /// Its `func.func` declaration, private to the module.
    pub fn declaration<'c>(&self, context: &'c Context, location: Location<'c>) -> Operation<'c> {
        let params: Vec<Type> = self.params.iter().map(|t| t.mlir(context)).collect();
        let results: Vec<Type> = self.results.iter().map(|t| t.mlir(context)).collect();
        func::func(
            context,
            StringAttribute::new(context, self.name),
            TypeAttribute::new(FunctionType::new(context, &params, &results).into()),
            Region::new(),
            &[(Identifier::new(context, "sym_visibility"), StringAttribute::new(context, "private").into())],
            location,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each table entry has a C definition with as many parameters, so a
    /// renamed or reshaped runtime function cannot drift from its uses.
    #[test]
    fn table_matches_the_c_runtime() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/wrap/");
        let c: String = ["runtime.c", "runtime_buffer.c", "runtime_fast.c", "runtime_buffer_fast.c"]
            .iter()
            .map(|f| std::fs::read_to_string(format!("{dir}{f}")).unwrap())
            .collect();
        for f in KERNEL_RUNTIME.iter().chain(WRAPPER_RUNTIME) {
            let at = c
                .match_indices(&format!("{}(", f.name))
                .map(|(i, _)| i)
                .find(|&i| {
                    let line_start = c[..i].rfind('\n').map_or(0, |n| n + 1);
                    let head = &c[line_start..i];
                    !head.trim().is_empty() && !head.contains('=') && !head.contains("return")
                })
                .unwrap_or_else(|| panic!("{} has no C definition", f.name));
            let args = &c[at + f.name.len() + 1..];
            let args = &args[..args.find(')').unwrap()];
            let n = if args.trim() == "void" || args.trim().is_empty() { 0 } else { args.split(',').count() };
            assert_eq!(n, f.params.len(), "{}: C has {n} parameters ({args})", f.name);
        }
    }

    /// An except clause's class reaches runtime.c by its BUILTIN_EXCEPTIONS index.
    #[test]
    fn catchable_classes_match_the_c_runtime() {
        let c = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/wrap/runtime.c")).unwrap();
        let start = c.find("pycc_exc_names[] = {").expect("pycc_exc_names");
        let body = &c[start..start + c[start..].find("};").unwrap()];
        let names: Vec<&str> = body.split('"').skip(1).step_by(2).collect();
        assert_eq!(names, BUILTIN_EXCEPTIONS);
    }

    /// The C runtime finds numpy's functions by position in `np_names`,
    /// which build.rs writes from the same table (np_table.rs) with its own
    /// reading of `np_table!`: both readings must agree.
    #[test]
    fn numpy_function_table_matches_the_c_runtime() {
        use crate::tir::array::{NpFunc, KEYWORDS, RANDOMS, UFUNCS, WORDS};
        let h = std::fs::read_to_string(concat!(env!("OUT_DIR"), "/np_table.h")).unwrap();
        let strings = |table: &str| -> Vec<String> {
            let start = h.find(&format!("{table}[] = {{")).expect(table);
            let body = &h[start..start + h[start..].find("};").unwrap()];
            body.split('"').skip(1).step_by(2).map(str::to_string).collect()
        };
        let ours: Vec<&str> = NpFunc::ALL
            .iter()
            .map(|f| f.name())
            .chain(UFUNCS.iter().map(|(n, _)| *n))
            .chain(RANDOMS.iter().copied())
            .collect();
        assert_eq!(strings("np_names"), ours);
        assert_eq!(strings("np_keywords"), KEYWORDS);
        assert_eq!(strings("np_words"), WORDS);
        let argsort = NpFunc::ALL.iter().position(|&f| f == NpFunc::Argsort).unwrap();
        assert!(h.contains(&format!("#define NP_ARGSORT {argsort}\n")));
        assert!(h.contains(&format!("#define NP_UFUNC0 {} ", NpFunc::ALL.len())));
        assert!(h.contains(&format!("#define NP_RANDOM0 {} ", NpFunc::ALL.len() + UFUNCS.len())));
    }
}
