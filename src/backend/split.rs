//! Huge basic blocks are cut into chunks after O3, before code generation.
//!
//! LLVM's TwoAddressInstruction pass walks, for every two-address
//! instruction (all SSE arithmetic at generic x86-64), the chain of
//! two-address uses of its result to the end of the block (`scanUses`):
//! a block of N dependent `mulsd`/`addsd` costs N² (a 20,000-statement
//! generated function took 200 s in that one pass). The walk stops at a
//! block boundary, so a block longer than `SPLIT_OVER` instructions is cut
//! into chunks of `CHUNK` joined by unconditional branches. Branch folding
//! removes the branches again after register allocation, so the code is
//! the same instruction sequence; blocks of normal functions are far
//! shorter and untouched (their objects are byte-identical).

use llvm_sys::core::*;
use llvm_sys::prelude::*;
use llvm_sys::LLVMOpcode;

/// Blocks up to this many instructions are left alone (at 2,000 the pass
/// costs about 50 ms).
pub const SPLIT_OVER: usize = 2000;
/// The length of a chunk of a block that is cut.
pub const CHUNK: usize = 1000;

/// Cuts every block of `m` longer than `SPLIT_OVER`; returns how many cuts.
pub unsafe fn split_huge_blocks(ctx: LLVMContextRef, m: LLVMModuleRef) -> usize {
    unsafe {
        let builder = LLVMCreateBuilderInContext(ctx);
        let mut cuts = 0;
        let mut tails = Vec::new();
        let mut f = LLVMGetFirstFunction(m);
        while !f.is_null() {
            let entry = if LLVMIsDeclaration(f) == 0 { LLVMGetEntryBasicBlock(f) } else { std::ptr::null_mut() };
            let mut bb = entry;
            while !bb.is_null() {
                let next = LLVMGetNextBasicBlock(bb);
                cuts += split_block(builder, f, bb, bb == entry, &mut tails);
                bb = next;
            }
            f = LLVMGetNextFunction(f);
        }
        LLVMDisposeBuilder(builder);
        keep_apart(ctx, m, &mut tails);
        cuts
    }
}

/// CodeGenPrepare's eliminateFallThrough merges a block into its only
/// predecessor whenever CGP changed anything else in the function (4,000
/// `if`s stayed quadratic after the cut), unless the block's address is
/// taken: a private table of the chunks' addresses (one word per cut) keeps
/// them apart until instruction selection.
unsafe fn keep_apart(ctx: LLVMContextRef, m: LLVMModuleRef, tails: &mut [LLVMValueRef]) {
    unsafe {
        if tails.is_empty() {
            return;
        }
        let ptr = LLVMPointerTypeInContext(ctx, 0);
        let table = LLVMConstArray2(ptr, tails.as_mut_ptr(), tails.len() as u64);
        let g = LLVMAddGlobal(m, LLVMTypeOf(table), c"pycc.chunks".as_ptr());
        LLVMSetInitializer(g, table);
        LLVMSetGlobalConstant(g, 1);
        LLVMSetLinkage(g, llvm_sys::LLVMLinkage::LLVMPrivateLinkage);
    }
}

/// Cuts one block (from the back, so each instruction moves once).
unsafe fn split_block(
    builder: LLVMBuilderRef,
    f: LLVMValueRef,
    bb: LLVMBasicBlockRef,
    entry: bool,
    tails: &mut Vec<LLVMValueRef>,
) -> usize {
    unsafe {
        let mut insts = Vec::new();
        let mut i = LLVMGetFirstInstruction(bb);
        while !i.is_null() {
            insts.push(i);
            i = LLVMGetNextInstruction(i);
        }
        if insts.len() <= SPLIT_OVER || !only_branched_to(bb) {
            return 0;
        }
        // Phis stay at the head; in the entry block so do the allocas (an
        // alloca elsewhere is a dynamic one).
        let first = insts
            .iter()
            .rposition(|&i| {
                let op = LLVMGetInstructionOpcode(i);
                op == LLVMOpcode::LLVMPHI || (entry && op == LLVMOpcode::LLVMAlloca)
            })
            .map_or(0, |k| k + 1);
        // The last chunk keeps at least half a chunk (never a lone
        // terminator, never a `musttail` call apart from its `ret`).
        let cut_points: Vec<usize> = (first + CHUNK..insts.len().saturating_sub(CHUNK / 2)).step_by(CHUNK).collect();
        for &cut in cut_points.iter().rev() {
            let tail = LLVMAppendBasicBlockInContext(LLVMGetTypeContext(LLVMTypeOf(f)), f, c"".as_ptr());
            LLVMMoveBasicBlockAfter(tail, bb);
            retarget_to_tail(bb, tail);
            LLVMPositionBuilderAtEnd(builder, tail);
            // The tail of the current block (its terminator included).
            let mut i = insts[cut];
            while !i.is_null() {
                let next = LLVMGetNextInstruction(i);
                LLVMInstructionRemoveFromParent(i);
                LLVMInsertIntoBuilder(builder, i);
                i = next;
            }
            LLVMPositionBuilderAtEnd(builder, bb);
            LLVMBuildBr(builder, tail);
            tails.push(LLVMBlockAddress(f, tail));
        }
        cut_points.len()
    }
}

/// Whether every use of `bb` is a terminator's (a `blockaddress` would
/// need the block itself).
unsafe fn only_branched_to(bb: LLVMBasicBlockRef) -> bool {
    unsafe {
        let mut u = LLVMGetFirstUse(LLVMBasicBlockAsValue(bb));
        while !u.is_null() {
            if LLVMIsATerminatorInst(LLVMGetUser(u)).is_null() {
                return false;
            }
            u = LLVMGetNextUse(u);
        }
        true
    }
}

/// Before `bb`'s terminator moves to `tail`: the phis of `bb`'s successors
/// name `tail` as their incoming block (LLVM's RAUW of a block does that,
/// and also retargets the branches to `bb`, which are set back).
unsafe fn retarget_to_tail(bb: LLVMBasicBlockRef, tail: LLVMBasicBlockRef) {
    unsafe {
        let mut branches = Vec::new();
        let mut u = LLVMGetFirstUse(LLVMBasicBlockAsValue(bb));
        while !u.is_null() {
            branches.push(LLVMGetUser(u));
            u = LLVMGetNextUse(u);
        }
        LLVMReplaceAllUsesWith(LLVMBasicBlockAsValue(bb), LLVMBasicBlockAsValue(tail));
        for t in branches {
            for k in 0..LLVMGetNumSuccessors(t) {
                if LLVMGetSuccessor(t, k) == tail {
                    LLVMSetSuccessor(t, k, bb);
                }
            }
        }
    }
}
