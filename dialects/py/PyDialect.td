// The `py` dialect: typed numeric Python.
//
// Each op carries Python's semantics for the builtin type of its operands,
// so passes can reason at Python level before anything is lowered:
//   - signless integers (i8..i64) are numba's signed ints: + - * ** wrap at
//     their width (the documented deviation from CPython's unbounded int);
//   - unsigned integers (ui8..ui64) are numba's unsigned ints; the sign lives
//     in the type so that later ops (//, %, comparisons, casts) need no flag;
//   - i1 is Python's bool;
//   - f32 and f64 are IEEE floats with CPython's float semantics.
//
// ODS (not IRDL) so that the ops carry traits: upstream `canonicalize`,
// `cse` and LICM see which ops are free of side effects and which may be
// speculated. build.rs runs mlir-tblgen on PyOps.td and compiles PyDialect.cpp
// against the same static MLIR that mlir-sys links.

#ifndef PY_DIALECT_TD
#define PY_DIALECT_TD

include "mlir/IR/OpBase.td"

def Py_Dialect : Dialect {
  let name = "py";
  let cppNamespace = "::mlir::py";
  let summary = "Typed numeric Python, before lowering to arith/math";
  // Attributes stay in the attribute dictionary, not in properties, so that
  // the generic form prints as it always has (`{value = 2 : i32}`, not
  // `<{value = 2 : i32}>`) and every `--emit py` text stays the same.
  let usePropertiesForAttributes = 0;
}

class Py_Op<string mnemonic, list<Trait> traits = []> :
    Op<Py_Dialect, mnemonic, traits>;

#endif // PY_DIALECT_TD
