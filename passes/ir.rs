//! Raw IR surgery shared by pycc's Rust passes: listing ops, uses,
//! replacing and erasing. melior covers building; these cover rewriting in
//! place, where borrowed handles would tie the walk to one lifetime.

use melior::ir::operation::OperationLike;
use melior::ir::{OperationRef, Value};
use mlir_sys::*;

pub type Op = MlirOperation;

pub fn name(op: Op) -> String {
    unsafe {
        let id = mlirOperationGetName(op);
        let s = mlirIdentifierStr(id);
        String::from_utf8_lossy(std::slice::from_raw_parts(s.data as *const u8, s.length)).into_owned()
    }
}

pub fn operands(op: Op) -> Vec<MlirValue> {
    unsafe { (0..mlirOperationGetNumOperands(op)).map(|i| mlirOperationGetOperand(op, i)).collect() }
}

pub fn result(op: Op, i: isize) -> MlirValue {
    unsafe { mlirOperationGetResult(op, i) }
}

pub fn num_results(op: Op) -> isize {
    unsafe { mlirOperationGetNumResults(op) }
}

pub fn block(op: Op) -> MlirBlock {
    unsafe { mlirOperationGetBlock(op) }
}

/// The op defining `v`, if it is an op result.
pub fn defining_op(v: MlirValue) -> Option<Op> {
    unsafe { mlirValueIsAOpResult(v).then(|| mlirOpResultGetOwner(v)) }
}

/// The ops using `v`, one entry per use.
pub fn users(v: MlirValue) -> Vec<Op> {
    let mut out = Vec::new();
    unsafe {
        let mut u = mlirValueGetFirstUse(v);
        while !mlirOpOperandIsNull(u) {
            out.push(mlirOpOperandGetOwner(u));
            u = mlirOpOperandGetNextUse(u);
        }
    }
    out
}

pub fn has_uses(op: Op) -> bool {
    (0..num_results(op)).any(|i| !users(result(op, i)).is_empty())
}

pub fn replace_all_uses(of: MlirValue, with: MlirValue) {
    unsafe { mlirValueReplaceAllUsesOfWith(of, with) }
}

/// Erases an op whose results have no uses left.
pub fn erase(op: Op) {
    debug_assert!(!has_uses(op));
    unsafe { mlirOperationDestroy(op) }
}

/// Moves a freshly built (unparented) op into `anchor`'s block, before it.
pub fn insert_before(anchor: Op, new: melior::ir::Operation) -> Op {
    let raw = new.into_raw();
    unsafe { mlirBlockInsertOwnedOperationBefore(block(anchor), anchor, raw) };
    raw
}

pub fn same_value(a: MlirValue, b: MlirValue) -> bool {
    a.ptr == b.ptr
}

pub fn value<'c, 'a>(v: MlirValue) -> Value<'c, 'a> {
    unsafe { Value::from_raw(v) }
}

/// Every op nested in `root` (root included), in pre-order.
pub fn walk(root: OperationRef) -> Vec<Op> {
    let mut out = Vec::new();
    root.walk(melior::ir::operation::WalkOrder::PreOrder, |op| {
        out.push(op.to_raw());
        melior::ir::operation::WalkResult::Advance
    });
    out
}

/// A float or integer `value` attribute, as f64 or sign-extended i64 bits.
pub fn constant_value(op: Op) -> Option<crate::dialects::ConstBits> {
    unsafe {
        let attr = mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString(c"value".as_ptr()));
        if attr.ptr.is_null() {
            None
        } else if mlirAttributeIsAFloat(attr) {
            Some(crate::dialects::ConstBits::Float(mlirFloatAttrGetValueDouble(attr)))
        } else if mlirAttributeIsAInteger(attr) {
            let t = mlirAttributeGetType(attr);
            let v = if mlirIntegerTypeIsUnsigned(t) {
                mlirIntegerAttrGetValueUInt(attr) as i64
            } else {
                mlirIntegerAttrGetValueInt(attr)
            };
            Some(crate::dialects::ConstBits::Int(v))
        } else {
            None
        }
    }
}

/// A string attribute of `op`, if present.
pub fn string_attr(op: Op, name: &str) -> Option<String> {
    let name = std::ffi::CString::new(name).ok()?;
    unsafe {
        let attr = mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString(name.as_ptr()));
        if attr.ptr.is_null() || !mlirAttributeIsAString(attr) {
            return None;
        }
        let s = mlirStringAttrGetValue(attr);
        Some(String::from_utf8_lossy(std::slice::from_raw_parts(s.data as *const u8, s.length)).into_owned())
    }
}

/// The builtin.module enclosing `op` (or `op` itself).
pub fn module_of(op: Op) -> Op {
    let mut cur = op;
    loop {
        if name(cur) == "builtin.module" {
            return cur;
        }
        let parent = unsafe { mlirOperationGetParentOperation(cur) };
        if parent.ptr.is_null() {
            return cur;
        }
        cur = parent;
    }
}

/// Whether the module's body defines or declares `symbol`.
pub fn lookup_symbol(module: Op, symbol: &str) -> bool {
    unsafe {
        let block = mlirRegionGetFirstBlock(mlirOperationGetRegion(module, 0));
        let mut op = mlirBlockGetFirstOperation(block);
        while !op.ptr.is_null() {
            if string_attr(op, "sym_name").as_deref() == Some(symbol) {
                return true;
            }
            op = mlirOperationGetNextInBlock(op);
        }
    }
    false
}

/// Appends an op to the module's body.
pub fn append_to_module(module: Op, new: melior::ir::Operation) {
    unsafe {
        let block = mlirRegionGetFirstBlock(mlirOperationGetRegion(module, 0));
        mlirBlockAppendOwnedOperation(block, new.into_raw());
    }
}

/// The address of a NUL-terminated constant string, as an `llvm.mlir.global`
/// in the enclosing module (one per distinct text), built before `at`.
pub fn string_global(context: &melior::Context, at: Op, text: &str) -> MlirValue {
    let module = module_of(at);
    // Content-derived name: equal strings share one global.
    let hash = text.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100000001b3));
    let sym = format!("pycc.str.{hash:016x}");
    if !lookup_symbol(module, &sym) {
        append_to_module(module, crate::dialects::llvm::string_global(context, &sym, text.as_bytes()));
    }
    result(
        insert_before(at, crate::dialects::llvm::address_of(context, &sym, melior::ir::Location::unknown(context))),
        0,
    )
}
