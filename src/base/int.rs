//! Fixed-width int arithmetic on exact values, shared by constant folding in
//! typing and the e-graph's folds, so both wrap the same way.

/// Two's-complement wraparound to `bits`, as py.cast does.
pub fn wrap(v: i128, bits: u32, signed: bool) -> i128 {
    let m = 1i128 << bits;
    let u = v.rem_euclid(m);
    if signed && u >= m / 2 {
        u - m
    } else {
        u
    }
}
