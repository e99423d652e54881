//! The cheapest node of every e-class, in time near-linear in the e-graph.
//!
//! egg's `Extractor` sweeps all classes until nothing improves: one sweep
//! per level of a chain, so quadratic on the long dependency chains of
//! generated code. This is Knuth's generalization of Dijkstra's algorithm
//! instead: the cost model adds non-negative costs (a node costs at least
//! each child), so the class popped cheapest from a heap is final, and each
//! node is costed once, when its last child class becomes final. Ties go to
//! the lower node index, as egg's `min_by` does.
//!
//! The tree cost counts a shared subterm once per use, so it prefers terms
//! that mention `x` fewer times over terms that reuse one `x * x` (Horner
//! forms lose to expanded ones under the fastmath rules). On e-graphs of at
//! most `DAG_LIMIT` nodes a node costs instead the own costs of the distinct
//! classes its term reaches (extraction-gym's greedy-DAG cost). That cost
//! is still at least each child's, so the same heap order stays exact. The
//! class sets are bitsets over dense class indices (a word-wise OR per
//! child, one add per reached class), still quadratic in the e-graph, hence
//! the limit; py-egg's slices keep each e-graph near it, so a long block
//! costs linear time.

use super::cost::MachineCost;
use super::lang::{Py, PyGraph};
use egg::{CostFunction, Id, Language};
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::rc::Rc;

/// A cost in the heap: f64 by `total_cmp` (costs are never NaN, but can
/// overflow to infinity on deep sharing, which still orders).
#[derive(Clone, Copy, PartialEq)]
struct Cost(f64);

impl Eq for Cost {}

impl PartialOrd for Cost {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Cost {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// For every canonical class of a rebuilt e-graph: its cheapest node.
pub struct Best {
    pub node: HashMap<Id, Py>,
}

/// The largest e-graph (in nodes) costed as a DAG.
pub const DAG_LIMIT: usize = 1500;

/// The classes a node's term reaches: a bitset over dense class indices.
type Reach = Rc<Vec<u64>>;

/// A costed node's reach and its own cost, kept until its class is final.
type Pending = (Reach, f64);

/// DAG costing: each final class's reach, and its chosen node's own cost.
struct Dag {
    index: HashMap<Id, usize>,
    reach: Vec<Option<Reach>>,
    own: Vec<f64>,
}

/// How a node is costed: along the tree, or over the classes it reaches.
enum Costing {
    Tree(HashMap<Id, f64>),
    Dag(Dag),
}

/// A node's own cost in 1/128ths, so that equal sets of costs sum to equal
/// totals in any order and ties are ties.
fn own_cost(cf: &mut MachineCost, node: &Py) -> f64 {
    (cf.cost(node, |_| 0.0) * 128.0).round() / 128.0
}

impl Costing {
    fn dag(classes: &[Id]) -> Self {
        let index = classes.iter().enumerate().map(|(i, &c)| (c, i)).collect();
        Costing::Dag(Dag { index, reach: vec![None; classes.len()], own: vec![0.0; classes.len()] })
    }

    fn is_final(&self, c: Id) -> bool {
        match self {
            Costing::Tree(cost) => cost.contains_key(&c),
            Costing::Dag(dag) => dag.reach[dag.index[&c]].is_some(),
        }
    }

    /// The cost of `node` of class `c` (every child class final), and
    /// what it reaches in DAG mode: the union of its children's reaches
    /// (which cannot hold `c`, not final yet) plus `c`.
    fn cost(&self, cf: &mut MachineCost, egraph: &PyGraph, c: Id, node: &Py) -> (f64, Option<Pending>) {
        match self {
            Costing::Tree(cost) => (cf.cost(node, |id| cost[&egraph.find(id)]), None),
            Costing::Dag(dag) => {
                let mut set = vec![0u64; dag.own.len().div_ceil(64)];
                for &k in node.children() {
                    let r = dag.reach[dag.index[&egraph.find(k)]].as_ref().expect("children are final");
                    set.iter_mut().zip(r.iter()).for_each(|(w, &b)| *w |= b);
                }
                let mut total = 0.0;
                for (w, &bits) in set.iter().enumerate() {
                    let mut bits = bits;
                    while bits != 0 {
                        total += dag.own[w * 64 + bits.trailing_zeros() as usize];
                        bits &= bits - 1;
                    }
                }
                let i = dag.index[&c];
                set[i / 64] |= 1 << (i % 64);
                let own = own_cost(cf, node);
                (total + own, Some((Rc::new(set), own)))
            }
        }
    }

    fn finish(&mut self, c: Id, k: f64, pending: Option<Pending>) {
        match (self, pending) {
            (Costing::Tree(cost), _) => {
                cost.insert(c, k);
            }
            (Costing::Dag(dag), Some((r, own))) => {
                let i = dag.index[&c];
                dag.own[i] = own;
                dag.reach[i] = Some(r);
            }
            (Costing::Dag(_), None) => unreachable!("a DAG cost comes with its reach"),
        }
    }
}

impl Best {
    /// `originals`: the input's own nodes (canonical), which win ties, so
    /// that a rewrite that does not pay leaves the code as written.
    pub fn new(egraph: &PyGraph, originals: &HashSet<Py>) -> Self {
        let dag = egraph.total_number_of_nodes() <= DAG_LIMIT;
        Self::with(egraph, originals, dag)
    }

    /// Tree costs only, at any size (for comparison in tests).
    pub fn tree(egraph: &PyGraph, originals: &HashSet<Py>) -> Self {
        Self::with(egraph, originals, false)
    }

    fn with(egraph: &PyGraph, originals: &HashSet<Py>, dag: bool) -> Self {
        let rank = |node: &Py| u8::from(!originals.contains(node));
        let mut cf = MachineCost { egraph };
        // The nodes using each class, and each node's count of distinct
        // child classes not yet final.
        let mut users: HashMap<Id, Vec<(Id, usize)>> = HashMap::new();
        let mut waiting: HashMap<(Id, usize), usize> = HashMap::new();
        let mut reach: HashMap<(Id, usize), Pending> = HashMap::new();
        let mut heap = BinaryHeap::new();
        let mut classes: Vec<Id> = egraph.classes().map(|c| c.id).collect();
        classes.sort_unstable();
        let mut costing = if dag { Costing::dag(&classes) } else { Costing::Tree(HashMap::new()) };
        for &c in &classes {
            for (i, node) in egraph[c].nodes.iter().enumerate() {
                let mut kids: Vec<Id> = node.children().iter().map(|&k| egraph.find(k)).collect();
                kids.sort_unstable();
                kids.dedup();
                for &k in &kids {
                    users.entry(k).or_default().push((c, i));
                }
                if kids.is_empty() {
                    let (k, r) = costing.cost(&mut cf, egraph, c, node);
                    reach.extend(r.map(|r| ((c, i), r)));
                    heap.push(Reverse((Cost(k), rank(node), c, i)));
                } else {
                    waiting.insert((c, i), kids.len());
                }
            }
        }
        let mut best: HashMap<Id, Py> = HashMap::new();
        while let Some(Reverse((Cost(k), _, c, i))) = heap.pop() {
            if costing.is_final(c) {
                continue;
            }
            costing.finish(c, k, reach.remove(&(c, i)));
            best.insert(c, egraph[c].nodes[i].clone());
            for &(user, j) in users.get(&c).map_or(&[][..], Vec::as_slice) {
                let left = waiting.get_mut(&(user, j)).expect("a user waits for its children");
                *left -= 1;
                if *left == 0 && !costing.is_final(user) {
                    let node = &egraph[user].nodes[j];
                    let (k, r) = costing.cost(&mut cf, egraph, user, node);
                    reach.extend(r.map(|r| ((user, j), r)));
                    heap.push(Reverse((Cost(k), rank(node), user, j)));
                }
            }
        }
        Best { node: best }
    }

    /// The cheapest node of `class` (canonicalized).
    pub fn of(&self, egraph: &PyGraph, class: Id) -> &Py {
        &self.node[&egraph.find(class)]
    }

    /// The classes of `root`'s cheapest term not in `done`, children before
    /// parents (each once), marking them done. Iterative: terms can be as
    /// deep as the block is long.
    pub fn postorder(&self, egraph: &PyGraph, root: Id, done: &mut std::collections::HashSet<Id>) -> Vec<Id> {
        let mut out = Vec::new();
        let mut stack = vec![(egraph.find(root), false)];
        while let Some((c, expanded)) = stack.pop() {
            if expanded {
                out.push(c);
                continue;
            }
            if !done.insert(c) {
                continue;
            }
            stack.push((c, true));
            for &k in self.of(egraph, c).children().iter().rev() {
                let k = egraph.find(k);
                if !done.contains(&k) {
                    stack.push((k, false));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::egg::lang::TypeAnalysis;
    use crate::passes::egg::rules::rules;
    use egg::{RecExpr, Runner};

    /// The multiplies of `start`'s extracted DAG after the fastmath rules,
    /// with the DAG cost (`dag`) or the tree cost.
    fn muls_after_fastmath(start: &str, dag: bool) -> usize {
        let start: RecExpr<Py> = start.parse().unwrap();
        let sets = ["float", "int", "bool", "fastmath"].map(String::from);
        let runner = Runner::<Py, TypeAnalysis>::default().with_expr(&start).run(&rules(&sets).unwrap());
        let egraph = &runner.egraph;
        // The start's own ids are positions in the RecExpr: map them to classes.
        let mut ids = Vec::new();
        let mut canon = HashSet::new();
        for n in start.as_ref() {
            let node = n.clone().map_children(|k| ids[usize::from(k)]);
            let id = egraph.lookup(node.clone()).expect("the start is in the e-graph");
            ids.push(egraph.find(id));
            canon.insert(node.map_children(|k| egraph.find(k)));
        }
        let best = if dag { Best::new(egraph, &canon) } else { Best::tree(egraph, &canon) };
        let root = egraph.find(runner.roots[0]);
        let order = best.postorder(egraph, root, &mut std::collections::HashSet::new());
        order.iter().filter(|&&c| matches!(best.of(egraph, c), Py::Mul(_))).count()
    }

    // Horner's rule with x = i * h (h loop-invariant): reassociating every
    // `(...) * x` into `((...) * h) * i` ties with it locally; the input's
    // own form wins the tie, so the 5 multiplies stay 5.
    const HORNER: &str = "(sub (mul (sub (mul (sub (mul (mul 0.5:f8 (mul v0:f8 v1:f8)) (mul v0:f8 v1:f8)) 1.25:f8) (mul v0:f8 v1:f8)) 2.0:f8) (mul v0:f8 v1:f8)) 0.75:f8)";

    #[test]
    fn horner_keeps_its_multiplies() {
        assert_eq!(muls_after_fastmath(HORNER, true), 5);
    }

    // x**2 + 3*x**3 + x**4 under fastmath: the DAG cost shares x*x, so 4
    // multiplies (x*x, x*(x*x), 3*that, (x*x)*(x*x)).
    #[test]
    fn powers_share_the_square() {
        let poly = "(add (add (pow v0:f8 2.0:f8) (mul 3.0:f8 (pow v0:f8 3.0:f8))) (pow v0:f8 4.0:f8))";
        assert!(muls_after_fastmath(poly, true) <= 4);
        assert!(muls_after_fastmath(poly, true) <= muls_after_fastmath(poly, false));
    }
}
