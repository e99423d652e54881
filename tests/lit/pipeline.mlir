// The seed's square through the whole py pipeline pycc compile runs.
// RUN: pycc-opt %s --pass-pipeline='builtin.module(func.func(py-egg),convert-py-to-arith,canonicalize,cse)' | FileCheck %s
// RUN: not pycc-opt %s --pass-pipeline='builtin.module(no-such-pass)' 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not pycc-opt %s --py-egg=bogus=1 2>&1 | FileCheck %s --check-prefix=BADOPT

// py-egg keeps x ** 2 glibc's pow (x * x is fastmath only): py.pow_small,
// the runtime's exact helper (src/wrap/pow_small.h).
// CHECK-LABEL: func.func @kernel.square
// CHECK: %[[R:.+]] = call @pycc_pow_small(%arg0, %{{.+}}) : (f64, f64) -> f64
// CHECK-NEXT: return %[[R]] : f64
// BAD: 'no-such-pass' does not refer to a registered pass
// BADOPT: py-egg: unknown option `bogus`
func.func @kernel.square(%a: f64) -> f64 {
  %c = "py.constant"() {value = 2.0 : f64} : () -> f64
  %0 = "py.pow"(%a, %c) : (f64, f64) -> f64
  return %0 : f64
}
