// Statement fusion (src/sema/ndarray/forward.rs): a single-use array temporary read
// by the next statement is folded into it, so rosen's two temporaries and
// its sum are one loop: no array is allocated (no pycc_np_new/renew) and
// numpy is not called (no pycc_np_value). A store in
// between keeps the temporary (numpy computed it before the store).
// (The Python input is Inputs/forward_temps.py; this file holds only checks.)
// RUN: rm -rf %t && mkdir -p %t
// RUN: pycc compile %S/Inputs/forward_temps.py -o %t --emit py
// RUN: FileCheck %s --input-file=%t/forward_temps_lit.py.mlir

// CHECK-LABEL: func.func @kernel.rosen
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: call @pycc_pw_begin
// CHECK-NOT: pycc_np_{{new|renew|value}}
// CHECK: return
// CHECK-LABEL: func.func @kernel.kept
// CHECK: call @pycc_np_{{new|renew}}
// CHECK: return
