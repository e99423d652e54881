// The `py` dialect's C++ side: the ODS-generated classes (from PyOps.td,
// through mlir-tblgen in build.rs), the few hand-written hooks ODS asks for,
// and the C API handle that Rust loads it through (dialects/mod.rs).

#include "mlir-c/IR.h"
#include "mlir/CAPI/Registration.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "PyDialect.h.inc"

#define GET_OP_CLASSES
#include "PyOps.h.inc"

using namespace mlir;
using namespace mlir::py;

#include "PyDialect.cpp.inc"

void PyDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "PyOps.cpp.inc"
      >();
}

#define GET_OP_CLASSES
#include "PyOps.cpp.inc"

// ConstantLike asks for a folder that returns the constant's value.
OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValueAttr(); }

LogicalResult ConstantOp::verify() {
  Attribute value = getValue();
  if (!isa<IntegerAttr, FloatAttr>(value))
    return emitOpError("value must be an integer or float attribute, got ") << value;
  Type type = cast<TypedAttr>(value).getType();
  if (type != getType())
    return emitOpError("value of type ") << type << " does not match the result type " << getType();
  return success();
}

// Integer `//` and `%` lower to arith.divsi/divui and remsi/remui, which are
// undefined for a zero divisor (MIN // -1 is handled by the lowering), so
// they may be hoisted out of the frontend's ZeroDivisionError guard only
// when the divisor is a non-zero constant. Float ones are total.
static Speculation::Speculatability divModSpeculatability(Value rhs) {
  if (isa<FloatType>(rhs.getType()))
    return Speculation::Speculatable;
  IntegerAttr divisor;
  if (matchPattern(rhs, m_Constant(&divisor)) && !divisor.getValue().isZero())
    return Speculation::Speculatable;
  return Speculation::NotSpeculatable;
}

Speculation::Speculatability FloorDivOp::getSpeculatability() {
  return divModSpeculatability(getRhs());
}

Speculation::Speculatability ModOp::getSpeculatability() {
  return divModSpeculatability(getRhs());
}

// C linkage for Rust: the macro in mlir-c/IR.h declares nothing extern "C"
// by itself outside that header.
extern "C" {
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Py, py);
}
MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Py, py, mlir::py::PyDialect)
