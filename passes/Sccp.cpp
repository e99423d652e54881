// `pycc-sccp`: MLIR's sparse conditional constant propagation with one
// change. MLIR 22's SparseConstantPropagation, when an op folds to an
// existing value (`(r + k) - r` folds to `k`), joins that value's lattice
// without depending on it: while a loop counter `k` is still optimistically
// 0 the result becomes the constant 0 and never changes back, so sccp
// rewrote `out[i - r] = i` over `range(r, n)` to always store at index 0
// (tests/programs/sccp_fold_to_value.py). The analysis below records the
// dependency, so the op is visited again when that value's lattice moves.
// The rewrite afterwards is sccp's own: a value whose lattice is a constant
// is replaced by that constant, and an op left trivially dead is erased.

#include "mlir-c/Pass.h"
#include "mlir/Analysis/DataFlow/ConstantPropagationAnalysis.h"
#include "mlir/Analysis/DataFlow/DeadCodeAnalysis.h"
#include "mlir/Analysis/DataFlowFramework.h"
#include "mlir/CAPI/Pass.h"
#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Transforms/FoldUtils.h"

using namespace mlir;
using namespace mlir::dataflow;

namespace {

class DependentConstantPropagation : public SparseConstantPropagation {
public:
  using SparseConstantPropagation::SparseConstantPropagation;

  LogicalResult visitOperation(Operation *op, ArrayRef<const Lattice<ConstantValue> *> operands,
                               ArrayRef<Lattice<ConstantValue> *> results) override {
    // Ops with regions may fold in place; they are not simulated.
    if (op->getNumRegions()) {
      setAllToEntryStates(results);
      return success();
    }
    SmallVector<Attribute, 8> constants;
    for (const Lattice<ConstantValue> *operand : operands) {
      if (operand->getValue().isUninitialized())
        return success();
      constants.push_back(operand->getValue().getConstantValue());
    }
    // The constants are speculative, so a fold that rewrites the op in place
    // must not stay in the IR: put operands and attributes back whatever
    // the fold returned.
    SmallVector<Value, 8> savedOperands(op->getOperands());
    DictionaryAttr savedAttrs = op->getAttrDictionary();
    SmallVector<OpFoldResult, 8> folded;
    LogicalResult status = op->fold(constants, folded);
    if (!llvm::equal(savedOperands, op->getOperands()))
      op->setOperands(savedOperands);
    if (savedAttrs != op->getAttrDictionary())
      op->setAttrs(savedAttrs);
    if (failed(status) || folded.empty()) {
      setAllToEntryStates(results);
      return success();
    }
    for (auto [lattice, result] : llvm::zip_equal(results, folded)) {
      if (auto attr = dyn_cast_if_present<Attribute>(result)) {
        propagateIfChanged(lattice, lattice->join(ConstantValue(attr, op->getDialect())));
        continue;
      }
      // The one change from MLIR's analysis: depend on the value folded to.
      const Lattice<ConstantValue> *other = getLatticeElementFor(getProgramPointAfter(op), cast<Value>(result));
      propagateIfChanged(lattice, lattice->join(*other));
    }
    return success();
  }
};

// Replaces `value` by its lattice's constant, if it has one.
bool replaceByConstant(DataFlowSolver &solver, OpBuilder &builder, OperationFolder &folder, Value value) {
  auto *lattice = solver.lookupState<Lattice<ConstantValue>>(value);
  if (!lattice || lattice->getValue().isUninitialized())
    return false;
  Attribute attr = lattice->getValue().getConstantValue();
  if (!attr)
    return false;
  Value constant = folder.getOrCreateConstant(builder.getInsertionBlock(), lattice->getValue().getConstantDialect(),
                                              attr, value.getType());
  if (!constant)
    return false;
  value.replaceAllUsesWith(constant);
  return true;
}

void rewrite(DataFlowSolver &solver, MLIRContext *context, MutableArrayRef<Region> initial) {
  SmallVector<Block *> worklist;
  auto addRegions = [&](MutableArrayRef<Region> regions) {
    for (Region &region : regions)
      for (Block &block : llvm::reverse(region))
        worklist.push_back(&block);
  };
  OpBuilder builder(context);
  OperationFolder folder(context);
  addRegions(initial);
  while (!worklist.empty()) {
    Block *block = worklist.pop_back_val();
    for (Operation &op : llvm::make_early_inc_range(*block)) {
      builder.setInsertionPoint(&op);
      bool replacedAll = op.getNumResults() != 0;
      for (Value result : op.getResults())
        replacedAll &= replaceByConstant(solver, builder, folder, result) && result.use_empty();
      if (replacedAll && wouldOpBeTriviallyDead(&op)) {
        op.erase();
        continue;
      }
      addRegions(op.getRegions());
    }
    builder.setInsertionPointToStart(block);
    for (BlockArgument arg : block->getArguments())
      replaceByConstant(solver, builder, folder, arg);
  }
}

struct PyccSccp : public PassWrapper<PyccSccp, OperationPass<>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(PyccSccp)

  StringRef getArgument() const override { return "pycc-sccp"; }
  StringRef getDescription() const override {
    return "sccp whose constant lattice depends on the value an op folds to (MLIR 22's does not)";
  }

  void runOnOperation() override {
    Operation *op = getOperation();
    DataFlowSolver solver;
    solver.load<DeadCodeAnalysis>();
    solver.load<DependentConstantPropagation>();
    if (failed(solver.initializeAndRun(op)))
      return signalPassFailure();
    rewrite(solver, op->getContext(), op->getRegions());
  }
};

} // namespace

// C linkage for Rust (passes/mod.rs).
extern "C" MlirPass pyccCreateSccpPass() { return wrap(static_cast<Pass *>(new PyccSccp())); }
