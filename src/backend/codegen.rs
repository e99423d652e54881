//! Step 5: LLVM dialect -> LLVM IR (mlirTranslateModuleToLLVMIR), the
//! CPython runtime bitcode linked in, everything but PyInit made internal,
//! O3 for the target CPU, and an object file, all through llvm-sys.

use crate::base::diagnostics::{Diagnostics, Result};
use llvm_sys::bit_reader::LLVMParseBitcodeInContext2;
use llvm_sys::bit_writer::LLVMWriteBitcodeToMemoryBuffer;
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

/// The x86-64 CPUs of the LLVM pycc links (`llc -march=x86-64 -mcpu=help`),
/// without the 32-bit ones (`i686`, `pentium4`, ...), on which LLVM aborts
/// ("64-bit code requested on a subtarget that doesn't support it").
pub const X86_64_CPUS: &[&str] = &[
    "alderlake",
    "amdfam10",
    "arrowlake",
    "arrowlake-s",
    "arrowlake_s",
    "athlon-fx",
    "athlon64",
    "athlon64-sse3",
    "atom",
    "atom_sse4_2",
    "atom_sse4_2_movbe",
    "barcelona",
    "bdver1",
    "bdver2",
    "bdver3",
    "bdver4",
    "bonnell",
    "broadwell",
    "btver1",
    "btver2",
    "cannonlake",
    "cascadelake",
    "clearwaterforest",
    "cooperlake",
    "core-avx-i",
    "core-avx2",
    "core2",
    "core_2_duo_sse4_1",
    "core_2_duo_ssse3",
    "core_2nd_gen_avx",
    "core_3rd_gen_avx",
    "core_4th_gen_avx",
    "core_4th_gen_avx_tsx",
    "core_5th_gen_avx",
    "core_5th_gen_avx_tsx",
    "core_aes_pclmulqdq",
    "core_i7_sse4_2",
    "corei7",
    "corei7-avx",
    "diamondrapids",
    "emeraldrapids",
    "generic",
    "goldmont",
    "goldmont-plus",
    "goldmont_plus",
    "gracemont",
    "grandridge",
    "graniterapids",
    "graniterapids-d",
    "graniterapids_d",
    "haswell",
    "icelake-client",
    "icelake-server",
    "icelake_client",
    "icelake_server",
    "ivybridge",
    "k8",
    "k8-sse3",
    "knl",
    "knm",
    "lunarlake",
    "meteorlake",
    "mic_avx512",
    "nehalem",
    "nocona",
    "novalake",
    "opteron",
    "opteron-sse3",
    "pantherlake",
    "penryn",
    "raptorlake",
    "rocketlake",
    "sandybridge",
    "sapphirerapids",
    "sierraforest",
    "silvermont",
    "skx",
    "skylake",
    "skylake-avx512",
    "skylake_avx512",
    "slm",
    "tigerlake",
    "tremont",
    "westmere",
    "wildcatlake",
    "x86-64",
    "x86-64-v2",
    "x86-64-v3",
    "x86-64-v4",
    "znver1",
    "znver2",
    "znver3",
    "znver4",
    "znver5",
];

/// Checks a `--target-cpu` / `cc.target_cpu` name before codegen: LLVM
/// itself only warns about an unknown one, and aborts on a 32-bit one. The
/// error lists the close matches.
pub fn check_cpu(cpu: &str) -> std::result::Result<(), String> {
    if cpu == "host" || X86_64_CPUS.contains(&cpu) {
        return Ok(());
    }
    let lower = cpu.to_ascii_lowercase();
    let mut close: Vec<(usize, &str)> = X86_64_CPUS
        .iter()
        .map(|c| (edit_distance(&lower, c), *c))
        .filter(|(d, c)| *d <= (lower.len() / 3).max(1) || (lower.len() >= 3 && c.starts_with(&lower)))
        .collect();
    close.sort();
    let mut message = format!("unknown target CPU `{cpu}`");
    if !close.is_empty() {
        let names: Vec<&str> = close.iter().take(6).map(|(_, c)| *c).collect();
        message += &format!("\nhelp: close matches: {}", names.join(", "));
    }
    message += "\nhelp: a CPU is `host`, `x86-64` (generic, the default), `x86-64-v2`..`v4`, or an x86-64 CPU LLVM knows (`skylake`, `znver3`, ...; `llc -march=x86-64 -mcpu=help` lists them)";
    Err(message)
}

/// Levenshtein distance, for the close matches of a misspelt name.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j])).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// What codegen produces for one module.
pub struct Artifacts {
    pub llvm_ir: Option<String>,
    pub asm: Option<Vec<u8>>,
    /// One object, or two emitted in parallel (see `emit_parallel`).
    pub objects: Vec<Vec<u8>>,
}

struct LlvmContext(LLVMContextRef);
impl Drop for LlvmContext {
    fn drop(&mut self) {
        unsafe { LLVMContextDispose(self.0) }
    }
}

struct TargetMachine(LLVMTargetMachineRef);
// SAFETY: a target machine is only ever used by one thread at a time: each
// code generation partition has its own (`emit_parallel`).
unsafe impl Sync for TargetMachine {}
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
        // The inlined runtime (runtime_fast.c's complex multiply) has inline asm.
        LLVMInitializeX86AsmParser();
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

/// LLVM's `nsz` fast-math flag bit.
const NSZ: u32 = 8;

/// Whether `i` is an fadd/fsub that updates a loop's accumulator: its
/// result flows straight back into a phi that is one of its operands
/// (`s += x*x + ...`). Without `nsz` on it, Reassociate and InstCombine
/// leave `s + (terms)` alone (they need reassoc and nsz), while the loop
/// vectorizer (reassoc only) still splits the sum across lanes. With it,
/// Reassociate puts the phi first, `((s + a) + b) + c`, and the loop's
/// carried chain grows from one add to three.
unsafe fn accumulates(i: llvm_sys::prelude::LLVMValueRef) -> bool {
    use llvm_sys::LLVMOpcode;
    let op = LLVMGetInstructionOpcode(i);
    if op != LLVMOpcode::LLVMFAdd && op != LLVMOpcode::LLVMFSub {
        return false;
    }
    (0..2).any(|k| {
        let phi = LLVMGetOperand(i, k);
        !LLVMIsAPHINode(phi).is_null() && (0..LLVMCountIncoming(phi)).any(|j| LLVMGetIncomingValue(phi, j) == i)
    })
}

/// `--fastmath`: LLVM's fast-math flags on every float operation of the
/// compiled functions (fcmp excluded: its flags are nnan/ninf, which pycc
/// never applies). O3 then reassociates and vectorizes float reductions.
unsafe fn set_fast_math_flags(m: LLVMModuleRef, flags: u32) {
    use llvm_sys::LLVMOpcode;
    if flags == 0 {
        return;
    }
    let mut f = LLVMGetFirstFunction(m);
    while !f.is_null() {
        let mut b = LLVMGetFirstBasicBlock(f);
        while !b.is_null() {
            let mut i = LLVMGetFirstInstruction(b);
            while !i.is_null() {
                // `x - x` is the frontend's "x is finite" test (== 0.0 unless
                // inf or nan) before CPython's OverflowError: reassoc would
                // fold it to 0.0 and drop the check.
                let op = LLVMGetInstructionOpcode(i);
                let finite_test = op == LLVMOpcode::LLVMFSub && LLVMGetOperand(i, 0) == LLVMGetOperand(i, 1);
                if LLVMCanValueUseFastMathFlags(i) != 0 && op != LLVMOpcode::LLVMFCmp && !finite_test {
                    LLVMSetFastMathFlags(i, if accumulates(i) { flags & !NSZ } else { flags });
                }
                i = LLVMGetNextInstruction(i);
            }
            b = LLVMGetNextBasicBlock(b);
        }
        f = LLVMGetNextFunction(f);
    }
}

/// Translates, links the runtime, optimizes at O3 and emits the object
/// (two objects for a large module if `split`).
pub fn compile(
    module: &Module,
    pyinit: &str,
    cpu: &str,
    fastmath: crate::base::fastmath::FastMath,
    want_ir: bool,
    want_asm: bool,
    split: bool,
) -> Result<Artifacts> {
    let tm = target_machine(cpu)?;
    let ctx = LlvmContext(unsafe { LLVMContextCreate() });
    unsafe {
        let m = mlir_sys::mlirTranslateModuleToLLVMIR(module.as_operation().to_raw(), ctx.0 as _) as LLVMModuleRef;
        if m.is_null() {
            return Err(Diagnostics::plain("internal compiler error: MLIR could not translate the module to LLVM IR"));
        }
        // Before the runtime joins: its helpers (pow_small's exact
        // products) need every rounding.
        set_fast_math_flags(m, fastmath.llvm_flags());
        // Runtime bitcode, then one module.
        let triple = CString::new(TRIPLE).unwrap();
        LLVMSetTarget(m, triple.as_ptr());
        let layout = LLVMCreateTargetDataLayout(tm.0);
        LLVMSetModuleDataLayout(m, layout);
        for (bitcode, name) in RUNTIME_BITCODE {
            let buf =
                LLVMCreateMemoryBufferWithMemoryRangeCopy(bitcode.as_ptr() as *const _, bitcode.len(), name.as_ptr());
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
        recursion_overflow_effects(ctx.0, m);

        let opts = LLVMCreatePassBuilderOptions();
        without_slp();
        let err = LLVMRunPasses(m, c"default<O3>".as_ptr(), tm.0, opts);
        LLVMDisposePassBuilderOptions(opts);
        if !err.is_null() {
            let msg = take_message(llvm_sys::error::LLVMGetErrorMessage(err));
            LLVMDisposeModule(m);
            return Err(Diagnostics::plain(format!("internal compiler error in LLVM's O3: {msg}")));
        }
        // Code generation is quadratic in a block's length (split.rs).
        super::split::split_huge_blocks(ctx.0, m);
        let llvm_ir = want_ir.then(|| take_message(LLVMPrintModuleToString(m)));
        let asm = if want_asm { Some(emit(&tm, m, LLVMCodeGenFileType::LLVMAssemblyFile)?) } else { None };
        let objects = if split {
            emit_parallel(&tm, cpu, m)
        } else {
            emit(&tm, m, LLVMCodeGenFileType::LLVMObjectFile).map(|o| vec![o])
        };
        LLVMDisposeModule(m);
        Ok(Artifacts { llvm_ir, asm, objects: objects? })
    }
}

/// Functions below this many instructions in all are emitted on one
/// thread: a second one would cost more than it saves.
const SPLIT_AT: usize = 1500;

/// Code generation (instruction selection to object) is two fifths of a
/// compile and works function by function, so a large module is emitted
/// as two objects on two threads, as LLVM's own LTO does with its
/// partitions. The functions are dealt to the two by size; symbols that
/// were internal become hidden (visible between the two objects, never
/// outside the .so); each thread parses its own copy of the module (an
/// LLVM context is single-threaded) and keeps only its functions' bodies,
/// and the first one the global variables.
unsafe fn emit_parallel(tm: &TargetMachine, cpu: &str, m: LLVMModuleRef) -> Result<Vec<Vec<u8>>> {
    unsafe {
        let mut defined = Vec::new();
        let mut f = LLVMGetFirstFunction(m);
        while !f.is_null() {
            if LLVMIsDeclaration(f) == 0 {
                defined.push((instruction_count(f), f));
            }
            f = LLVMGetNextFunction(f);
        }
        if defined.iter().map(|d| d.0).sum::<usize>() < SPLIT_AT || defined.len() < 2 {
            return emit(tm, m, LLVMCodeGenFileType::LLVMObjectFile).map(|o| vec![o]);
        }
        // Named before their names are dealt out (an unnamed one gets one).
        let mut anon = 0;
        for &(_, f) in &defined {
            share(f, &mut anon);
        }
        let mut g = LLVMGetFirstGlobal(m);
        while !g.is_null() {
            if LLVMIsDeclaration(g) == 0 {
                share(g, &mut anon);
            }
            g = LLVMGetNextGlobal(g);
        }
        let mut sizes: Vec<(usize, String)> = defined.into_iter().map(|(n, f)| (n, value_name(f))).collect();
        // Largest first, each to the lighter side.
        sizes.sort_by_key(|b| std::cmp::Reverse(b.0));
        let mut parts: [(usize, Vec<String>); 2] = Default::default();
        for (n, name) in sizes {
            let k = if parts[0].0 <= parts[1].0 { 0 } else { 1 };
            parts[k].0 += n;
            parts[k].1.push(name);
        }
        let bitcode = LLVMWriteBitcodeToMemoryBuffer(m);
        let bytes =
            std::slice::from_raw_parts(LLVMGetBufferStart(bitcode) as *const u8, LLVMGetBufferSize(bitcode)).to_vec();
        LLVMDisposeMemoryBuffer(bitcode);
        let second_tm = target_machine(cpu)?;
        let [(_, first), (_, second)] = parts;
        std::thread::scope(|scope| {
            let other = scope.spawn(|| emit_part(&second_tm, &bytes, &second, false));
            let mine = emit_part(tm, &bytes, &first, true);
            let other = other
                .join()
                .map_err(|_| Diagnostics::plain("internal compiler error: a code generation thread panicked"))?;
            Ok(vec![mine?, other?])
        })
    }
}

/// One partition's object: the module parsed again in a context of its
/// own, every function not in `keep` (and every global variable unless
/// `globals`) reduced to a declaration.
fn emit_part(tm: &TargetMachine, bitcode: &[u8], keep: &[String], globals: bool) -> Result<Vec<u8>> {
    unsafe {
        let ctx = LlvmContext(LLVMContextCreate());
        let buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(
            bitcode.as_ptr() as *const _,
            bitcode.len(),
            c"partition".as_ptr(),
        );
        let mut m = std::ptr::null_mut();
        let failed = LLVMParseBitcodeInContext2(ctx.0, buf, &mut m) != 0;
        LLVMDisposeMemoryBuffer(buf);
        if failed {
            return Err(Diagnostics::plain("internal compiler error: a code generation partition does not load"));
        }
        let mut f = LLVMGetFirstFunction(m);
        while !f.is_null() {
            if LLVMIsDeclaration(f) == 0 && !keep.contains(&value_name(f)) {
                delete_body(f);
                LLVMSetLinkage(f, LLVMLinkage::LLVMExternalLinkage);
            }
            f = LLVMGetNextFunction(f);
        }
        if !globals {
            let mut g = LLVMGetFirstGlobal(m);
            while !g.is_null() {
                if LLVMIsDeclaration(g) == 0 && LLVMGetLinkage(g) != LLVMLinkage::LLVMAppendingLinkage {
                    LLVMSetInitializer(g, std::ptr::null_mut());
                    LLVMSetLinkage(g, LLVMLinkage::LLVMExternalLinkage);
                }
                g = LLVMGetNextGlobal(g);
            }
        }
        // A declaration only the dropped bodies used is still emitted (a
        // hidden one is), untyped: a thread-local one (pycc_stack_floor)
        // then clashes at link time with the other object's TLS reference.
        let mut g = LLVMGetFirstGlobal(m);
        while !g.is_null() {
            let next = LLVMGetNextGlobal(g);
            if LLVMIsDeclaration(g) != 0 && LLVMGetFirstUse(g).is_null() {
                LLVMDeleteGlobal(g);
            }
            g = next;
        }
        let object = emit(tm, m, LLVMCodeGenFileType::LLVMObjectFile);
        LLVMDisposeModule(m);
        object
    }
}

/// Makes `f` a declaration, as C++'s `Function::deleteBody`: every value
/// the body defines loses its uses first, then every instruction goes, then
/// the empty blocks. Deleting the blocks one by one (as before) freed an
/// instruction still used by a later block, whose use list was then written
/// after the free (valgrind; once a heap-corruption abort under load).
unsafe fn delete_body(f: LLVMValueRef) {
    unsafe {
        let mut b = LLVMGetFirstBasicBlock(f);
        while !b.is_null() {
            let mut i = LLVMGetFirstInstruction(b);
            while !i.is_null() {
                if !LLVMGetFirstUse(i).is_null() {
                    LLVMReplaceAllUsesWith(i, LLVMGetUndef(LLVMTypeOf(i)));
                }
                i = LLVMGetNextInstruction(i);
            }
            b = LLVMGetNextBasicBlock(b);
        }
        let mut b = LLVMGetFirstBasicBlock(f);
        while !b.is_null() {
            while !LLVMGetFirstInstruction(b).is_null() {
                LLVMInstructionEraseFromParent(LLVMGetFirstInstruction(b));
            }
            b = LLVMGetNextBasicBlock(b);
        }
        while !LLVMGetFirstBasicBlock(f).is_null() {
            LLVMDeleteBasicBlock(LLVMGetFirstBasicBlock(f));
        }
    }
}

/// `pycc_recursion_overflow` (runtime.c, what a recursive kernel's stack
/// guard calls when the stack is used up) touches only memory no kernel sees
/// (the thread's jump target, the wrapper's jmp_buf) before it longjmps out
/// of every kernel frame; saying so (`memory(inaccessiblemem: readwrite)`)
/// lets a recursive kernel's calls keep the guard's floor in a register and
/// take the guard out of tail-recursion loops. No `willreturn`: it is a call
/// O3 keeps.
unsafe fn recursion_overflow_effects(ctx: LLVMContextRef, m: LLVMModuleRef) {
    let f = LLVMGetNamedFunction(m, c"pycc_recursion_overflow".as_ptr());
    if f.is_null() {
        return;
    }
    let kind = LLVMGetEnumAttributeKindForName(c"memory".as_ptr(), 6);
    // MemoryEffects' encoding: 2 bits (ref 1, mod 2) per location, the
    // inaccessible memory's at bit 2 (ArgMem 0, InaccessibleMem 1, ...).
    let inaccessible_readwrite = 3 << 2;
    let attr = LLVMCreateEnumAttribute(ctx, kind, inaccessible_readwrite);
    LLVMAddAttributeAtIndex(f, llvm_sys::LLVMAttributeFunctionIndex, attr);
}

/// An internal or private symbol becomes external with hidden visibility
/// (so the other partition's object can refer to it) under a name of its
/// own (an unnamed one gets `pycc.anon.N`).
unsafe fn share(v: LLVMValueRef, anon: &mut usize) {
    unsafe {
        if !matches!(LLVMGetLinkage(v), LLVMLinkage::LLVMInternalLinkage | LLVMLinkage::LLVMPrivateLinkage) {
            return;
        }
        if value_name(v).is_empty() {
            let name = CString::new(format!("pycc.anon.{anon}")).unwrap();
            *anon += 1;
            LLVMSetValueName2(v, name.as_ptr(), name.as_bytes().len());
        }
        LLVMSetLinkage(v, LLVMLinkage::LLVMExternalLinkage);
        LLVMSetVisibility(v, LLVMVisibility::LLVMHiddenVisibility);
        // An unnamed_addr constant may be merged with an equal one; a
        // symbol the other object names must keep its own address.
        LLVMSetUnnamedAddress(v, llvm_sys::LLVMUnnamedAddr::LLVMNoUnnamedAddr);
    }
}

fn value_name(v: LLVMValueRef) -> String {
    unsafe {
        let mut len = 0;
        let p = LLVMGetValueName2(v, &mut len);
        String::from_utf8_lossy(std::slice::from_raw_parts(p as *const u8, len)).into_owned()
    }
}

fn instruction_count(f: LLVMValueRef) -> usize {
    unsafe {
        let mut n = 0;
        let mut b = LLVMGetFirstBasicBlock(f);
        while !b.is_null() {
            let mut i = LLVMGetFirstInstruction(b);
            while !i.is_null() {
                n += 1;
                i = LLVMGetNextInstruction(i);
            }
            b = LLVMGetNextBasicBlock(b);
        }
        n
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

#[cfg(test)]
mod cpu_tests {
    use super::*;

    #[test]
    fn cpu_names_are_checked_before_codegen() {
        assert!(check_cpu("x86-64").is_ok() && check_cpu("host").is_ok() && check_cpu("znver3").is_ok());
        let e = check_cpu("bogus9000").unwrap_err();
        assert!(e.starts_with("unknown target CPU `bogus9000`"), "{e}");
        let e = check_cpu("skylakee").unwrap_err();
        assert!(e.contains("close matches: skylake\n"), "{e}");
        // 32-bit CPUs would abort LLVM on x86-64 code.
        assert!(check_cpu("i686").is_err() && check_cpu("pentium4").is_err());
    }

    /// The list is the linked LLVM's: each name is one `llc` knows.
    #[test]
    fn cpu_list_matches_llc() {
        let llc = "/usr/lib/llvm-22/bin/llc";
        let Ok(out) = std::process::Command::new(llc).args(["-march=x86-64", "-mcpu=help"]).output() else {
            panic!("{llc} is part of the LLVM pycc builds against");
        };
        let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        let known: Vec<&str> = text
            .lines()
            .skip_while(|l| !l.starts_with("Available CPUs"))
            .take_while(|l| !l.starts_with("Available features"))
            .filter_map(|l| l.strip_prefix("  ")?.split_whitespace().next())
            .collect();
        for cpu in X86_64_CPUS {
            assert!(known.contains(cpu), "{cpu} is not an LLVM CPU");
        }
        assert!(known.len() > X86_64_CPUS.len());
    }
}
