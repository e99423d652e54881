//! `py-egg`: equality saturation over the pure `py` ops of each block.
//!
//! Per block: the pure ops become an e-graph (block arguments, results of
//! other ops and values from enclosing blocks are leaves), the rule sets
//! saturate it within node, iteration and time limits, and the cheapest
//! program under the machine cost model (cost.rs) replaces every value that
//! is used outside the pure ops. Dead pure ops are erased, and equal
//! subterms are emitted once: the e-graph is also a CSE and DCE of the pure
//! ops (upstream `canonicalize`/`cse` do the same through the ops' ODS
//! traits, but pycc's pipeline runs them only after lowering).

pub mod cost;
pub mod extract;
#[cfg(test)]
mod goals;
pub mod lang;
pub mod rules;
#[cfg(test)]
mod soundness;

use crate::dialects::{self, ConstBits, PURE_OPS};
use crate::passes::ir::{self, Op};
use cost::MachineCost;
use egg::{Id, Language, Rewrite, Runner, Symbol};
use lang::{Constant, Py, PyGraph, TypeAnalysis};
use melior::ir::operation::OperationLike;
use melior::ir::{Location, OperationRef, Type};
use melior::pass::ExternalPass;
use melior::{Context, ContextRef};
use mlir_sys::MlirValue;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

/// Limits: saturation stops at the first one reached. Only counts by
/// default, so that a build is the same bytes on any machine under any load;
/// a wall-clock limit is the opt-in `time-limit-ms` option.
pub const NODE_LIMIT: usize = 10_000;
pub const ITER_LIMIT: usize = 30;
/// No wall-clock limit (egg's default is 5 s): a day.
pub const TIME_LIMIT: Duration = Duration::from_secs(86_400);
/// A block's pure ops go to the e-graph in slices of at most this fraction
/// of the node limit, so that a huge block (generated code) still leaves
/// room to rewrite, and each e-graph stays small.
const SLICE_OF_NODE_LIMIT: usize = 4;

#[derive(Clone)]
pub struct EggPass {
    pub node_limit: usize,
    pub iter_limit: usize,
    pub time_limit: Duration,
    pub verbose: bool,
    pub rules: Arc<Vec<Rewrite<Py, TypeAnalysis>>>,
}

impl EggPass {
    /// Options as in `py-egg{node-limit=N iter-limit=N time-limit-ms=N rules=float,int,bool verbose=1}`.
    pub fn from_options(options: &str) -> Result<Self, String> {
        let mut pass = EggPass {
            node_limit: NODE_LIMIT,
            iter_limit: ITER_LIMIT,
            time_limit: TIME_LIMIT,
            verbose: false,
            rules: Arc::new(Vec::new()),
        };
        let mut sets = Vec::new();
        for opt in options.split_whitespace() {
            let (k, v) = opt.split_once('=').ok_or_else(|| format!("py-egg: option `{opt}` needs `=value`"))?;
            let num = || v.parse::<u64>().map_err(|_| format!("py-egg: `{k}` needs a number, got `{v}`"));
            match k {
                "node-limit" => pass.node_limit = num()? as usize,
                "iter-limit" => pass.iter_limit = num()? as usize,
                "time-limit-ms" => pass.time_limit = Duration::from_millis(num()?),
                "verbose" => pass.verbose = matches!(v, "1" | "true"),
                "rules" => sets = v.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
                _ => {
                    return Err(format!(
                        "py-egg: unknown option `{k}` (known: node-limit, iter-limit, time-limit-ms, rules, verbose)"
                    ))
                }
            }
        }
        pass.rules = Arc::new(rules::rules(&sets)?);
        Ok(pass)
    }
}

impl<'c> melior::pass::RunExternalPass<'c> for EggPass {
    fn initialize(&mut self, _context: ContextRef<'c>) {}

    fn run(&mut self, operation: OperationRef<'c, '_>, _pass: ExternalPass<'_>) {
        // to_ref borrows the ContextRef itself: keep it alive for the whole run.
        let context_ref = operation.context();
        let context = unsafe { context_ref.to_ref() };
        // Pure py ops grouped by block, in block order.
        let mut blocks: Vec<(mlir_sys::MlirBlock, Vec<Op>)> = Vec::new();
        let mut index: HashMap<usize, usize> = HashMap::new();
        for op in ir::walk(operation) {
            if !PURE_OPS.contains(&ir::name(op).as_str()) {
                continue;
            }
            let b = ir::block(op);
            let i = *index.entry(b.ptr as usize).or_insert_with(|| {
                blocks.push((b, Vec::new()));
                blocks.len() - 1
            });
            blocks[i].1.push(op);
        }
        let slice = (self.node_limit / SLICE_OF_NODE_LIMIT).max(16);
        for (block, ops) in blocks {
            let position = positions(block);
            for part in ops.chunks(slice) {
                self.optimize_block(context, block, part, &position);
            }
        }
    }
}

/// Position of every op in the block, for dominance checks.
fn positions(block: mlir_sys::MlirBlock) -> HashMap<usize, usize> {
    let mut position = HashMap::new();
    unsafe {
        let mut op = mlir_sys::mlirBlockGetFirstOperation(block);
        let mut i = 0;
        while !op.ptr.is_null() {
            position.insert(op.ptr as usize, i);
            i += 1;
            op = mlir_sys::mlirOperationGetNextInBlock(op);
        }
    }
    position
}

fn key(v: MlirValue) -> usize {
    v.ptr as usize
}

impl EggPass {
    /// Rewrites `ops`, pure ops of `block` (all of them or a slice: values
    /// from other slices are leaves, and values used by them are roots).
    /// `position` numbers the block's ops as they were before the pass (ops
    /// built since have none, and are before their users).
    fn optimize_block(
        &self,
        context: &Context,
        block: mlir_sys::MlirBlock,
        ops: &[Op],
        position: &HashMap<usize, usize>,
    ) {
        let Some(slice) = Slice::build(ops) else { return };
        let group: std::collections::HashSet<usize> = ops.iter().map(|o| o.ptr as usize).collect();
        // Roots: values used by anything that is not one of these pure ops.
        let roots: Vec<Op> = ops
            .iter()
            .copied()
            .filter(|&op| ir::users(ir::result(op, 0)).iter().any(|u| !group.contains(&(u.ptr as usize))))
            .collect();
        let runner = Runner::<Py, TypeAnalysis>::default()
            .with_egraph(slice.egraph)
            .with_node_limit(self.node_limit)
            .with_iter_limit(self.iter_limit)
            .with_time_limit(self.time_limit)
            .run(self.rules.iter());
        let egraph = &runner.egraph;
        let originals = slice.originals.into_iter().map(|n: Py| n.map_children(|k| egraph.find(k))).collect();
        let best = extract::Best::new(egraph, &originals);
        let rebuilt = Rebuilt { egraph, best: &best, class_of: &slice.class_of, leaves: &slice.leaves, position };
        let cost_after = rebuilt.replace_roots(context, &roots);
        // Everything unused is dead: pure ops have no effects.
        for &op in ops.iter().rev() {
            if !ir::has_uses(op) {
                ir::erase(op);
            }
        }
        if self.verbose {
            let stop = runner.stop_reason.as_ref().map_or("none".to_string(), |r| format!("{r:?}"));
            eprintln!(
                "py-egg: {}: {} nodes, {} classes, {} iterations, stop: {stop}, cost {:.1} -> {cost_after:.1}",
                enclosing_function(block),
                runner.egraph.total_number_of_nodes(),
                runner.egraph.number_of_classes(),
                runner.iterations.len(),
                slice.cost_before,
            );
        }
    }
}

/// A slice of a block's pure ops as an e-graph: values from outside it are
/// leaf symbols (`v3:f8`), outer constants are constants.
struct Slice {
    egraph: PyGraph,
    /// The class of each op's result (by `key`).
    class_of: HashMap<usize, Id>,
    leaves: HashMap<Symbol, MlirValue>,
    leaf_of: HashMap<usize, Symbol>,
    cost_before: f64,
    /// The ops as they were, which win ties at extraction.
    originals: Vec<Py>,
}

impl Slice {
    /// None when an op is not one the e-graph models (the block is left
    /// as it is, to the verifier).
    fn build(ops: &[Op]) -> Option<Self> {
        let mut slice = Slice {
            egraph: PyGraph::default(),
            class_of: HashMap::new(),
            leaves: HashMap::new(),
            leaf_of: HashMap::new(),
            cost_before: 0.0,
            originals: Vec::new(),
        };
        for &op in ops {
            let result = ir::result(op, 0);
            let result_ty = dialects::type_scalar(unsafe { Type::from_raw(mlir_sys::mlirValueGetType(result)) })?;
            let children = ir::operands(op).into_iter().map(|v| slice.operand(v)).collect::<Option<Vec<Id>>>()?;
            let node = py_node(&mut slice.egraph, op, &children, result_ty)?;
            slice.cost_before += node_cost(&slice.egraph, &node);
            slice.originals.push(node.clone());
            let id = slice.egraph.add(node);
            slice.class_of.insert(key(result), id);
        }
        Some(slice)
    }

    /// The class of operand `v`: an op of the slice, an outer constant, or a leaf.
    fn operand(&mut self, v: MlirValue) -> Option<Id> {
        if let Some(&id) = self.class_of.get(&key(v)) {
            return Some(id);
        }
        // A py.constant of another block (the entry block, say) is still a
        // known constant here: the rules' conditions and folding need its
        // value, and re-emitting it before its user is always possible.
        if let Some((ty, bits)) = outer_constant(v) {
            return Some(self.egraph.add(Py::Const(match bits {
                ConstBits::Float(f) => Constant::float(ty, f),
                ConstBits::Int(i) => Constant::int(ty, i as i128),
            })));
        }
        let ty = dialects::type_scalar(unsafe { Type::from_raw(mlir_sys::mlirValueGetType(v)) })?;
        let fresh = self.leaves.len();
        let sym = *self.leaf_of.entry(key(v)).or_insert_with(|| Symbol::from(format!("v{fresh}:{}", ty.short_name())));
        self.leaves.insert(sym, v);
        Some(self.egraph.add(Py::Symbol(sym)))
    }
}

/// The e-graph node of a pure `py` op whose operands are `children`.
fn py_node(egraph: &mut PyGraph, op: Op, children: &[Id], result_ty: crate::base::types::Scalar) -> Option<Py> {
    Some(match (ir::name(op).as_str(), children) {
        (dialects::CONSTANT, []) => match ir::constant_value(op)? {
            ConstBits::Float(f) => Py::Const(Constant::float(result_ty, f)),
            ConstBits::Int(i) => Py::Const(Constant::int(result_ty, i as i128)),
        },
        (dialects::ADD, &[a, b]) => Py::Add([a, b]),
        (dialects::SUB, &[a, b]) => Py::Sub([a, b]),
        (dialects::MUL, &[a, b]) => Py::Mul([a, b]),
        (dialects::POW, &[a, b]) => Py::Pow([a, b]),
        (dialects::POW_SMALL, &[a, b]) => Py::PowSmall([a, b]),
        (dialects::NEG, &[a]) => Py::Neg(a),
        (dialects::AND, &[a, b]) => Py::And([a, b]),
        (dialects::OR, &[a, b]) => Py::Or([a, b]),
        (dialects::XOR, &[a, b]) => Py::Xor([a, b]),
        (dialects::LSHIFT, &[a, b]) => Py::Shl([a, b]),
        (dialects::RSHIFT, &[a, b]) => Py::Shr([a, b]),
        (dialects::FLOORDIV, &[a, b]) => Py::FloorDiv([a, b]),
        (dialects::MOD, &[a, b]) => Py::Mod([a, b]),
        (dialects::INVERT, &[a]) => Py::Invert(a),
        (dialects::DIV, &[a, b]) => Py::Div([a, b]),
        (dialects::NOT, &[a]) => Py::Not(a),
        (dialects::SELECT, &[c, a, b]) => Py::Select([c, a, b]),
        (dialects::CMP, &[a, b]) => match ir::string_attr(op, "predicate").as_deref()? {
            "eq" => Py::Eq([a, b]),
            "ne" => Py::Ne([a, b]),
            "lt" => Py::Lt([a, b]),
            "le" => Py::Le([a, b]),
            "gt" => Py::Gt([a, b]),
            "ge" => Py::Ge([a, b]),
            _ => return None,
        },
        (dialects::CAST, &[a]) => Py::Cast([egraph.add(Py::Symbol(Symbol::from(result_ty.short_name()))), a]),
        _ => return None, // malformed op: leave the block to the verifier
    })
}

/// A saturated slice with its cheapest nodes, written back into the block.
struct Rebuilt<'a> {
    egraph: &'a PyGraph,
    best: &'a extract::Best,
    class_of: &'a HashMap<usize, Id>,
    leaves: &'a HashMap<Symbol, MlirValue>,
    position: &'a HashMap<usize, usize>,
}

impl Rebuilt<'_> {
    /// Builds each root's cheapest term before the root and sends the
    /// root's uses to it; returns the cost of what was built.
    fn replace_roots(&self, context: &Context, roots: &[Op]) -> f64 {
        let (egraph, best) = (self.egraph, self.best);
        let pos_of_value =
            |v: MlirValue| ir::defining_op(v).and_then(|d| self.position.get(&(d.ptr as usize)).copied());
        // Each class's value once built, and the position of the last
        // leaf its cheapest term reads (None: none defined in this block).
        let mut built: HashMap<Id, MlirValue> = HashMap::new();
        let mut last_leaf: HashMap<Id, Option<usize>> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        let mut cost_after = 0.0;
        for &root in roots {
            let result = ir::result(root, 0);
            let class = egraph.find(self.class_of[&key(result)]);
            for c in best.postorder(egraph, class, &mut seen) {
                let last = match best.of(egraph, c) {
                    Py::Symbol(s) => self.leaves.get(s).and_then(|&v| pos_of_value(v)),
                    n => n.children().iter().filter_map(|k| last_leaf[&egraph.find(*k)]).max(),
                };
                last_leaf.insert(c, last);
            }
            // Keep the original if the best term would use a value defined later.
            let root_pos = self.position[&(root.ptr as usize)];
            if last_leaf[&class].is_some_and(|p| p >= root_pos) {
                continue;
            }
            let location = unsafe { Location::from_raw(mlir_sys::mlirOperationGetLocation(root)) };
            let mut todo = std::collections::HashSet::new();
            for c in best.postorder(egraph, class, &mut todo) {
                if built.contains_key(&c) {
                    continue;
                }
                if let Some(v) = emit(context, best, egraph, c, root, location, self.leaves, &built, &mut cost_after) {
                    built.insert(c, v);
                }
            }
            let new = built[&class];
            if !ir::same_value(new, result) {
                ir::replace_all_uses(result, new);
            }
        }
        cost_after
    }
}

/// The type and value of `v` if a `py.constant` defines it.
fn outer_constant(v: MlirValue) -> Option<(crate::base::types::Scalar, ConstBits)> {
    let op = ir::defining_op(v)?;
    if ir::name(op) != dialects::CONSTANT {
        return None;
    }
    let ty = dialects::type_scalar(unsafe { Type::from_raw(mlir_sys::mlirValueGetType(v)) })?;
    Some((ty, ir::constant_value(op)?))
}

fn node_cost(egraph: &PyGraph, node: &Py) -> f64 {
    use egg::CostFunction;
    MachineCost { egraph }.cost(node, |_| 0.0)
}

/// Builds class `c`'s cheapest node before `anchor`, from its children's
/// values in `built`; a leaf is its value, a cast's type tag none.
#[allow(clippy::too_many_arguments)]
fn emit(
    context: &Context,
    best: &extract::Best,
    egraph: &PyGraph,
    c: Id,
    anchor: Op,
    location: Location,
    leaves: &HashMap<Symbol, MlirValue>,
    built: &HashMap<Id, MlirValue>,
    cost: &mut f64,
) -> Option<MlirValue> {
    let node = best.of(egraph, c);
    if let Py::Symbol(s) = node {
        return leaves.get(s).copied();
    }
    let kids: Vec<MlirValue> = node.children().iter().filter_map(|k| built.get(&egraph.find(*k)).copied()).collect();
    *cost += node_cost(egraph, &node.clone().map_children(|_| Id::from(0usize)));
    let operands: Vec<_> = kids.iter().map(|&v| ir::value(v)).collect();
    let ty_of = |v: MlirValue| unsafe { Type::from_raw(mlir_sys::mlirValueGetType(v)) };
    let op = match node {
        Py::Const(k) => {
            let bits = if k.ty.is_float() { ConstBits::Float(k.as_f64()) } else { ConstBits::Int(k.bits as i64) };
            dialects::constant(context, dialects::scalar_type(context, k.ty), bits, location)
        }
        Py::Cast([tag, _]) => {
            let Py::Symbol(t) = best.of(egraph, *tag) else { unreachable!("cast has a type tag") };
            let ty = t.as_str().parse().expect("type tags are types");
            dialects::op(dialects::CAST, &operands, dialects::scalar_type(context, ty), location)
        }
        Py::Eq(_) | Py::Ne(_) | Py::Lt(_) | Py::Le(_) | Py::Gt(_) | Py::Ge(_) => {
            let predicate = node.to_string();
            dialects::cmp(context, &predicate, &operands, location)
        }
        Py::Select(_) => dialects::op(dialects::SELECT, &operands, ty_of(kids[1]), location),
        _ => {
            let name = match node {
                Py::Add(_) => dialects::ADD,
                Py::Sub(_) => dialects::SUB,
                Py::Mul(_) => dialects::MUL,
                Py::Pow(_) => dialects::POW,
                Py::PowSmall(_) => dialects::POW_SMALL,
                Py::And(_) => dialects::AND,
                Py::Or(_) => dialects::OR,
                Py::Xor(_) => dialects::XOR,
                Py::Shl(_) => dialects::LSHIFT,
                Py::Shr(_) => dialects::RSHIFT,
                Py::FloorDiv(_) => dialects::FLOORDIV,
                Py::Mod(_) => dialects::MOD,
                Py::Invert(_) => dialects::INVERT,
                Py::Neg(_) => dialects::NEG,
                Py::Div(_) => dialects::DIV,
                Py::Not(_) => dialects::NOT,
                Py::Const(_) | Py::Cast(_) | Py::Symbol(_) | Py::Select(_) => unreachable!("built above"),
                Py::Eq(_) | Py::Ne(_) | Py::Lt(_) | Py::Le(_) | Py::Gt(_) | Py::Ge(_) => unreachable!("built above"),
            };
            dialects::op(name, &operands, ty_of(kids[0]), location)
        }
    };
    Some(ir::result(ir::insert_before(anchor, op), 0))
}

fn enclosing_function(block: mlir_sys::MlirBlock) -> String {
    let mut op = unsafe { mlir_sys::mlirBlockGetParentOperation(block) };
    while !op.ptr.is_null() {
        if let Some(name) = ir::string_attr(op, "sym_name") {
            return format!("@{name}");
        }
        op = unsafe { mlir_sys::mlirOperationGetParentOperation(op) };
    }
    "<block>".into()
}
