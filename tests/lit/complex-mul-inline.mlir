// numpy's complex multiply and absolute in fused loops (src/wrap/runtime_fast.c,
// inlined before O3): after O3 a loop calls no pycc_cx_* function. A
// multiply is inline in both copies, the plain one and, where the CPU has
// FMA, the fused one: its multiply-adds are inline assembly (vfmsub213sd /
// vfmadd213sd, numpy's operand order), which a generic x86-64 function may
// hold, where a target("fma") function could only be called, once per
// element. An absolute calls its out-of-line FMA copy (its division and
// square root dwarf the call).
// (The Python input is Inputs/complex_fused.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/complex_fused.py -o %t --emit llvm-ir
// RUN: FileCheck %s --input-file=%t/complex_fused_lit.ll
// RUN: FileCheck %s --check-prefix=NOFN --input-file=%t/complex_fused_lit.ll

// np.argmin(abs(e - symbols) ** 2): the FMA copy of numpy's absolute.
// CHECK-LABEL: define {{.*}}@wrap.decide(
// CHECK-NOT: call {{.*}}@pycc_cx_abs
// CHECK: call fastcc double @cx_abs_fma(
// CHECK-NOT: call {{.*}}@pycc_cx_abs
// CHECK-LABEL: define {{.*}}@wrap.filt(
// CHECK-NOT: call {{.*}}@{{pycc_cx_mul_|cx_mul_fma}}
// CHECK: asm "vfmsub213sd
// CHECK: asm "vfmadd213sd
// CHECK-NOT: call {{.*}}@{{pycc_cx_mul_|cx_mul_fma}}
// CHECK: call i64 @pycc_pw_cleaf(

// No out-of-line FMA copy of the multiply is left in the module.
// NOFN-NOT: @cx_mul_fma
// CHECK-LABEL: define internal fastcc double @cx_abs_fma(
// CHECK: vfmadd213sd
