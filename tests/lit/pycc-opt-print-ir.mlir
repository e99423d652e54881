// RUN: pycc-opt %s --py-egg --canonicalize --mlir-print-ir-before=py-egg --mlir-print-ir-after=canonicalize 2>&1 >/dev/null | FileCheck %s
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg),canonicalize)' --mlir-print-ir-after-all 2>&1 >/dev/null | FileCheck %s --check-prefix=ALL
// RUN: not pycc-opt %s --cse --mlir-print-ir-after=py-egg 2>&1 | FileCheck %s --check-prefix=NOPASS
// --mlir-print-ir-*: the module, to stderr, around the chosen passes.

// CHECK: // -----// IR Dump Before py-egg //----- //
// CHECK: "py.pow"
// CHECK: // -----// IR Dump After canonicalize //----- //
// CHECK-NOT: "py.pow"
// CHECK: "py.mul"
// CHECK-NOT: IR Dump

// ALL: IR Dump After py-egg
// ALL: IR Dump After canonicalize
// ALL-NOT: IR Dump

// NOPASS: `py-egg` is not a pass of this pipeline
func.func @square(%x: i64) -> i64 {
  %c = "py.constant"() {value = 2 : i64} : () -> i64
  %0 = "py.pow"(%x, %c) : (i64, i64) -> i64
  return %0 : i64
}
