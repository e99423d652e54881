//! The lowering's map from variable slots to their current SSA values.
//!
//! Every `if` saves the map and every join compares the paths' maps. As a
//! dense vector that is O(variables) per `if`: a generated function of 32,000
//! statements with 8,000 `if`s spent most of its lowering copying it. Here
//! the slots live in shared chunks: a copy shares them all, a write copies
//! one chunk, and a join skips every chunk the paths still share.

use std::ops::{Index, IndexMut};
use std::rc::Rc;

const CHUNK: usize = 64;

/// Slot values, copied on write by chunks of 64.
#[derive(Clone)]
pub(super) struct Env<T: Copy> {
    chunks: Vec<Rc<[Option<T>; CHUNK]>>,
    len: usize,
}

impl<T: Copy> Env<T> {
    /// `len` slots, all unset.
    pub(super) fn new(len: usize) -> Self {
        let empty = Rc::new([None; CHUNK]);
        Env { chunks: vec![empty; len.div_ceil(CHUNK)], len }
    }

    pub(super) fn len(&self) -> usize {
        self.len
    }

    pub(super) fn get(&self, v: usize) -> Option<&Option<T>> {
        (v < self.len).then(|| &self.chunks[v / CHUNK][v % CHUNK])
    }

    /// The slots that may differ between `self` and any of `others`: those
    /// of the chunks not shared by all (a superset of the differing slots).
    pub(super) fn unshared<'a>(&'a self, others: &'a [&'a Env<T>]) -> impl Iterator<Item = usize> + 'a {
        (0..self.chunks.len())
            .filter(move |&c| others.iter().any(|o| !Rc::ptr_eq(&self.chunks[c], &o.chunks[c])))
            .flat_map(move |c| c * CHUNK..((c + 1) * CHUNK).min(self.len))
    }
}

impl<T: Copy> Index<usize> for Env<T> {
    type Output = Option<T>;
    fn index(&self, v: usize) -> &Option<T> {
        assert!(v < self.len, "slot {v} of {}", self.len);
        &self.chunks[v / CHUNK][v % CHUNK]
    }
}

impl<T: Copy> IndexMut<usize> for Env<T> {
    fn index_mut(&mut self, v: usize) -> &mut Option<T> {
        assert!(v < self.len, "slot {v} of {}", self.len);
        &mut Rc::make_mut(&mut self.chunks[v / CHUNK])[v % CHUNK]
    }
}

#[cfg(test)]
mod tests {
    use super::Env;

    #[test]
    fn copies_share_until_written() {
        let mut a: Env<u32> = Env::new(200);
        a[3] = Some(7);
        let mut b = a.clone();
        b[150] = Some(9);
        assert_eq!((a[3], b[3], a[150], b[150]), (Some(7), Some(7), None, Some(9)));
        // Only the written chunk (slots 128..192) is unshared.
        assert_eq!(a.unshared(&[&b]).collect::<Vec<_>>(), (128..192).collect::<Vec<_>>());
        assert_eq!(a.unshared(&[&a.clone()]).count(), 0);
        assert_eq!(b.get(200), None);
    }

    #[test]
    fn a_partial_last_chunk_ends_at_len() {
        let before: Env<u32> = Env::new(70);
        let mut e = before.clone();
        e[69] = Some(1);
        assert_eq!((e.len(), e[69], e.get(70)), (70, Some(1), None));
        assert_eq!(e.unshared(&[&before]).collect::<Vec<_>>(), (64..70).collect::<Vec<_>>());
    }
}
