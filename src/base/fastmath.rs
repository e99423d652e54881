//! `fastmath`, opt-in as in numba: `cc.fastmath = True`, `--fastmath`, or a
//! set of LLVM fast-math flag names (`{'reassoc', 'contract', ...}`).
//!
//! What pycc applies (README "fastmath"): the flags on the float arithmetic
//! of the compiled functions (not on the runtime's helpers, whose exact
//! products need every rounding), which lets LLVM reassociate and vectorize
//! float reductions; and, when `reassoc`, `nsz` and `afn` are all on (as
//! with True), py-egg's `fastmath` rule set. `nnan` and `ninf` are
//! accepted, for numba's spelling, but not applied: assuming no nan or inf
//! would let LLVM delete the checks that raise (int(nan), overflow of `**`),
//! and fastmath never changes integer results or which checks exist.

/// LLVM's fast-math flag bits (llvm-c's LLVMFastMath*).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FastMath(pub u32);

const FLAGS: [(&str, u32); 7] =
    [("reassoc", 1), ("nnan", 2), ("ninf", 4), ("nsz", 8), ("arcp", 16), ("contract", 32), ("afn", 64)];

/// The flags pycc never applies (see the module comment).
const NOT_APPLIED: u32 = 2 | 4;

impl FastMath {
    pub const OFF: FastMath = FastMath(0);
    /// `True` / `--fastmath` / numba's 'fast': every flag.
    pub const ALL: FastMath = FastMath(127);

    /// A numba flag name ('fast' is all of them).
    pub fn flag(name: &str) -> Option<FastMath> {
        if name == "fast" {
            return Some(Self::ALL);
        }
        FLAGS.iter().find(|(n, _)| *n == name).map(|&(_, b)| FastMath(b))
    }

    /// `reassoc,nsz` (the CLI's spelling), `true`/`false`/`on`/`off`.
    pub fn parse(list: &str) -> Result<FastMath, String> {
        match list {
            "" | "true" | "on" | "1" => return Ok(Self::ALL),
            "false" | "off" | "0" => return Ok(Self::OFF),
            _ => {}
        }
        list.split(',').map(str::trim).try_fold(Self::OFF, |acc, name| {
            let known: Vec<_> = FLAGS.iter().map(|(n, _)| *n).collect();
            let f = Self::flag(name)
                .ok_or_else(|| format!("unknown fastmath flag `{name}` (known: fast, {})", known.join(", ")))?;
            Ok(FastMath(acc.0 | f.0))
        })
    }

    pub fn is_on(self) -> bool {
        self.0 != 0
    }

    /// Float sums may be reassociated (so vectorized).
    pub fn reassoc(self) -> bool {
        self.0 & 1 != 0
    }

    /// The LLVM flags put on float instructions.
    pub fn llvm_flags(self) -> u32 {
        self.0 & !NOT_APPLIED
    }

    /// py-egg's `fastmath` rules: reassociation, `x + 0.0 -> x` and
    /// `x ** 2 -> x * x` need reassoc, nsz and afn.
    pub fn egg_rules(self) -> bool {
        self.0 & (1 | 8 | 64) == (1 | 8 | 64)
    }
}

impl std::str::FromStr for FastMath {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        FastMath::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_numba_flag_names() {
        assert_eq!(FastMath::parse("").unwrap(), FastMath::ALL);
        assert_eq!(FastMath::parse("off").unwrap(), FastMath::OFF);
        let f = FastMath::parse("reassoc,contract").unwrap();
        assert_eq!(f.0, 33);
        assert!(!f.egg_rules());
        assert!(FastMath::parse("reassoc,nsz,afn").unwrap().egg_rules());
        assert_eq!(FastMath::parse("fast").unwrap().llvm_flags(), 1 | 8 | 16 | 32 | 64);
        assert_eq!(FastMath::parse("nnan,ninf").unwrap().llvm_flags(), 0);
        assert!(FastMath::parse("reassoc,bogus").unwrap_err().contains("unknown fastmath flag `bogus`"));
    }
}
