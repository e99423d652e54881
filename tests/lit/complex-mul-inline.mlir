// numpy's complex multiply and absolute in fused loops (src/wrap/runtime_fast.c,
// inlined before O3): after O3 a loop calls no pycc_cx_* function; where the
// CPU has FMA (tested once, outside the loop) a multiply is one call of the
// out-of-line FMA copy, whose two parts the loop asks for separately and
// LLVM merges (it is `memory(none)`), and an absolute one call of its FMA
// copy; the plain copies are inline. The FMA copies keep numpy's operand
// order with the instructions themselves (vfmsub213sd / vfmadd213sd).
// (The Python input is Inputs/complex_fused.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/complex_fused.py -o %t --emit llvm-ir
// RUN: FileCheck %s --input-file=%t/complex_fused_lit.ll

// np.argmin(abs(e - symbols) ** 2): the FMA copy of numpy's absolute.
// CHECK-LABEL: define {{.*}}@wrap.decide(
// CHECK-NOT: call {{.*}}@pycc_cx_abs
// CHECK: call fastcc double @cx_abs_fma(
// CHECK-NOT: call {{.*}}@pycc_cx_abs
// CHECK-LABEL: define {{.*}}@wrap.filt(
// CHECK-NOT: call {{.*}}@pycc_cx_mul_
// CHECK: call fastcc { double, double } @cx_mul_fma(
// CHECK-NOT: call {{.*}}@pycc_cx_mul_
// CHECK: call i64 @pycc_pw_cleaf(
// CHECK-LABEL: define internal fastcc { double, double } @cx_mul_fma(
// CHECK: vfmsub213sd
// CHECK: vfmadd213sd
// CHECK: ret { double, double }
// CHECK-LABEL: define internal fastcc double @cx_abs_fma(
// CHECK: vfmadd213sd
