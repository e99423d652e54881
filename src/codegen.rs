//! Stage 5: LLVM dialect -> LLVM IR (mlirTranslateModuleToLLVMIR), the
//! CPython runtime bitcode linked in, everything but PyInit made internal,
//! O3 for the target CPU, and an object file, all through llvm-sys.

use crate::diagnostics::{Diagnostics, Result};
use llvm_sys::bit_reader::LLVMParseBitcodeInContext2;
use llvm_sys::core::*;
use llvm_sys::linker::LLVMLinkModules2;
use llvm_sys::prelude::*;
use llvm_sys::target::*;
use llvm_sys::target_machine::*;
use llvm_sys::transforms::pass_builder::*;
use llvm_sys::{LLVMLinkage, LLVMVisibility};
use melior::ir::Module;
use std::ffi::{CStr, CString};

/// The runtime's inlined fast paths (src/wrap/runtime_fast.c, and
/// src/wrap/runtime_buffer_fast.c for array arguments, which needs the 3.11
/// limited API), compiled by build.rs. What a module does not call is dropped.
const RUNTIME_BITCODE: [(&[u8], &CStr); 2] = [
    (include_bytes!(concat!(env!("OUT_DIR"), "/runtime_fast.bc")), c"runtime"),
    (include_bytes!(concat!(env!("OUT_DIR"), "/runtime_buffer_fast.bc")), c"runtime_buffer"),
];

pub const TRIPLE: &str = "x86_64-unknown-linux-gnu";
/// Generic x86-64 (SSE2 only), as numba.pycc promises for AOT output.
pub const GENERIC_CPU: &str = "x86-64";

/// What codegen produces for one module.
pub struct Artifacts {
    pub llvm_ir: Option<String>,
    pub asm: Option<Vec<u8>>,
    pub object: Vec<u8>,
}

struct LlvmContext(LLVMContextRef);
impl Drop for LlvmContext {
    fn drop(&mut self) {
        unsafe { LLVMContextDispose(self.0) }
    }
}

struct TargetMachine(LLVMTargetMachineRef);
impl Drop for TargetMachine {
    fn drop(&mut self) {
        unsafe { LLVMDisposeTargetMachine(self.0) }
    }
}

fn take_message(msg: *mut std::ffi::c_char) -> String {
    if msg.is_null() {
        return String::new();
    }
    let s = unsafe { CStr::from_ptr(msg) }.to_string_lossy().into_owned();
    unsafe { LLVMDisposeMessage(msg) };
    s
}

/// O3 without the SLP vectorizer, for every target. At generic x86-64
/// (two doubles per register) it packs the x/y halves of straight-line
/// code and pays shuffles and a horizontal add for them: n-body ran 5%
/// slower with it (hand C built by clang 22: 1.05x with SLP, 1.00x
/// without), and no other benchmark kernel moved. `default<O3>` turns it
/// on whatever the pass-builder options say, so its own flag turns it off,
/// once per process (LLVM's flags are global; the loop vectorizer stays).
fn without_slp() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| unsafe {
        let args = [c"pycc".as_ptr(), c"-vectorize-slp=false".as_ptr()];
        llvm_sys::support::LLVMParseCommandLineOptions(2, args.as_ptr(), std::ptr::null());
    });
}

/// `cpu` is `x86-64` (generic), `host`, or an LLVM CPU name.
fn target_machine(cpu: &str) -> Result<TargetMachine> {
    unsafe {
        LLVMInitializeX86TargetInfo();
        LLVMInitializeX86Target();
        LLVMInitializeX86TargetMC();
        LLVMInitializeX86AsmPrinter();
        let triple = CString::new(TRIPLE).unwrap();
        let mut target = std::ptr::null_mut();
        let mut err = std::ptr::null_mut();
        if LLVMGetTargetFromTriple(triple.as_ptr(), &mut target, &mut err) != 0 {
            return Err(Diagnostics::plain(format!("LLVM has no x86-64 target: {}", take_message(err))));
        }
        let (cpu, features) = if cpu == "host" {
            (take_message(LLVMGetHostCPUName()), take_message(LLVMGetHostCPUFeatures()))
        } else {
            (cpu.to_string(), String::new())
        };
        let cpu_c = CString::new(cpu.clone()).unwrap();
        let features_c = CString::new(features).unwrap();
        let tm = LLVMCreateTargetMachine(
            target,
            triple.as_ptr(),
            cpu_c.as_ptr(),
            features_c.as_ptr(),
            LLVMCodeGenOptLevel::LLVMCodeGenLevelAggressive,
            LLVMRelocMode::LLVMRelocPIC,
            LLVMCodeModel::LLVMCodeModelDefault,
        );
        if tm.is_null() {
            return Err(Diagnostics::plain(format!("LLVM cannot create a target machine for CPU `{cpu}`")));
        }
        Ok(TargetMachine(tm))
    }
}

/// Translates, links the runtime, optimizes at O3 and emits the object.
pub fn compile(module: &Module, pyinit: &str, cpu: &str, want_ir: bool, want_asm: bool) -> Result<Artifacts> {
    let tm = target_machine(cpu)?;
    let ctx = LlvmContext(unsafe { LLVMContextCreate() });
    unsafe {
        let m = mlir_sys::mlirTranslateModuleToLLVMIR(module.as_operation().to_raw(), ctx.0 as _) as LLVMModuleRef;
        if m.is_null() {
            return Err(Diagnostics::plain("internal compiler error: MLIR could not translate the module to LLVM IR"));
        }
        // Runtime bitcode, then one module.
        let triple = CString::new(TRIPLE).unwrap();
        LLVMSetTarget(m, triple.as_ptr());
        let layout = LLVMCreateTargetDataLayout(tm.0);
        LLVMSetModuleDataLayout(m, layout);
        for (bitcode, name) in RUNTIME_BITCODE {
            let buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(bitcode.as_ptr() as *const _, bitcode.len(), name.as_ptr());
            let mut rt = std::ptr::null_mut();
            if LLVMParseBitcodeInContext2(ctx.0, buf, &mut rt) != 0 {
                LLVMDisposeMemoryBuffer(buf);
                LLVMDisposeModule(m);
                LLVMDisposeTargetData(layout);
                return Err(Diagnostics::plain("internal compiler error: the runtime bitcode does not load"));
            }
            LLVMDisposeMemoryBuffer(buf);
            LLVMSetTarget(rt, triple.as_ptr());
            LLVMSetModuleDataLayout(rt, layout);
            // LLVMLinkModules2 takes (and frees) rt.
            if LLVMLinkModules2(m, rt) != 0 {
                LLVMDisposeModule(m);
                LLVMDisposeTargetData(layout);
                return Err(Diagnostics::plain("internal compiler error: linking the runtime failed"));
            }
        }
        LLVMDisposeTargetData(layout);
        internalize(m, pyinit);

        let opts = LLVMCreatePassBuilderOptions();
        without_slp();
        let err = LLVMRunPasses(m, c"default<O3>".as_ptr(), tm.0, opts);
        LLVMDisposePassBuilderOptions(opts);
        if !err.is_null() {
            let msg = take_message(llvm_sys::error::LLVMGetErrorMessage(err));
            LLVMDisposeModule(m);
            return Err(Diagnostics::plain(format!("internal compiler error in LLVM's O3: {msg}")));
        }
        let llvm_ir = want_ir.then(|| take_message(LLVMPrintModuleToString(m)));
        let asm = if want_asm { Some(emit(&tm, m, LLVMCodeGenFileType::LLVMAssemblyFile)?) } else { None };
        let object = emit(&tm, m, LLVMCodeGenFileType::LLVMObjectFile);
        LLVMDisposeModule(m);
        Ok(Artifacts { llvm_ir, asm, object: object? })
    }
}

/// Only `PyInit_<name>` stays visible: kernels, wrappers, runtime helpers
/// and strings become internal, so O3 can inline and drop them freely.
unsafe fn internalize(m: LLVMModuleRef, keep: &str) {
    unsafe {
        let mut f = LLVMGetFirstFunction(m);
        while !f.is_null() {
            let mut len = 0;
            let name = std::slice::from_raw_parts(LLVMGetValueName2(f, &mut len) as *const u8, len);
            if LLVMIsDeclaration(f) == 0 {
                if name == keep.as_bytes() {
                    LLVMSetVisibility(f, LLVMVisibility::LLVMDefaultVisibility);
                } else {
                    LLVMSetLinkage(f, LLVMLinkage::LLVMInternalLinkage);
                }
            }
            f = LLVMGetNextFunction(f);
        }
        let mut g = LLVMGetFirstGlobal(m);
        while !g.is_null() {
            if LLVMIsDeclaration(g) == 0 {
                LLVMSetLinkage(g, LLVMLinkage::LLVMInternalLinkage);
            }
            g = LLVMGetNextGlobal(g);
        }
    }
}

unsafe fn emit(tm: &TargetMachine, m: LLVMModuleRef, kind: LLVMCodeGenFileType) -> Result<Vec<u8>> {
    unsafe {
        let mut err = std::ptr::null_mut();
        let mut buf = std::ptr::null_mut();
        if LLVMTargetMachineEmitToMemoryBuffer(tm.0, m, kind, &mut err, &mut buf) != 0 {
            return Err(Diagnostics::plain(format!("LLVM code generation failed: {}", take_message(err))));
        }
        let data = std::slice::from_raw_parts(LLVMGetBufferStart(buf) as *const u8, LLVMGetBufferSize(buf)).to_vec();
        LLVMDisposeMemoryBuffer(buf);
        Ok(data)
    }
}
