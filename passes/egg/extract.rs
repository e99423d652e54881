//! The cheapest node of every e-class, in time near-linear in the e-graph.
//!
//! egg's `Extractor` sweeps all classes until nothing improves: one sweep
//! per level of a chain, so quadratic on the long dependency chains of
//! generated code. This is Knuth's generalization of Dijkstra's algorithm
//! instead: the cost model adds non-negative costs (a node costs at least
//! each child), so the class popped cheapest from a heap is final, and each
//! node is costed once, when its last child class becomes final. Ties go to
//! the lower node index, as egg's `min_by` does.

use super::cost::MachineCost;
use super::lang::{Py, PyGraph};
use egg::{CostFunction, Id, Language};
use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};

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

impl Best {
    pub fn new(egraph: &PyGraph) -> Self {
        let mut cf = MachineCost { egraph };
        // The nodes using each class, and each node's count of distinct
        // child classes not yet final.
        let mut users: HashMap<Id, Vec<(Id, usize)>> = HashMap::new();
        let mut waiting: HashMap<(Id, usize), usize> = HashMap::new();
        let mut heap = BinaryHeap::new();
        let mut classes: Vec<Id> = egraph.classes().map(|c| c.id).collect();
        classes.sort_unstable();
        for &c in &classes {
            for (i, node) in egraph[c].nodes.iter().enumerate() {
                let mut kids: Vec<Id> = node.children().iter().map(|&k| egraph.find(k)).collect();
                kids.sort_unstable();
                kids.dedup();
                for &k in &kids {
                    users.entry(k).or_default().push((c, i));
                }
                if kids.is_empty() {
                    heap.push(Reverse((Cost(cf.cost(node, |_| 0.0)), c, i)));
                } else {
                    waiting.insert((c, i), kids.len());
                }
            }
        }
        let mut cost: HashMap<Id, f64> = HashMap::new();
        let mut best: HashMap<Id, Py> = HashMap::new();
        while let Some(Reverse((Cost(k), c, i))) = heap.pop() {
            if cost.contains_key(&c) {
                continue;
            }
            cost.insert(c, k);
            best.insert(c, egraph[c].nodes[i].clone());
            for &(user, j) in users.get(&c).map_or(&[][..], Vec::as_slice) {
                let left = waiting.get_mut(&(user, j)).expect("a user waits for its children");
                *left -= 1;
                if *left == 0 && !cost.contains_key(&user) {
                    let node = &egraph[user].nodes[j];
                    let k = cf.cost(node, |id| cost[&egraph.find(id)]);
                    heap.push(Reverse((Cost(k), user, j)));
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
