//! Python's `math` module as pycc compiles it: which functions exist, how
//! each maps onto libm (the same glibc functions CPython's mathmodule.c
//! calls, so results are bit-identical) and which errors CPython raises.
//!
//! The table is data: `sema::math` builds typed calls from it, lowering
//! emits libm calls and error checks from it.

/// How CPython turns a libm result into an exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Errors {
    /// Never raises.
    None,
    /// mathmodule.c's math_1: a nan from a non-nan argument is ValueError
    /// ("math domain error"); an inf from a finite one is OverflowError
    /// ("math range error") if `can_overflow`, else ValueError.
    /// `finite`: the function maps every finite argument to a finite
    /// result (sqrt(DBL_MAX) is 1.3e154, |tan| stays below 1e17, ...), so
    /// that second test can never fire and is not built.
    Math1 { can_overflow: bool, finite: bool },
    /// math.fmod: a nan from non-nan arguments is ValueError.
    Fmod,
    /// math.pow: glibc's pow follows C99 Annex F for non-finite arguments,
    /// as CPython's math_pow spells out; for finite ones a nan is
    /// ValueError, an inf is ValueError from 0.0 and OverflowError otherwise.
    Pow,
    /// math.gamma (CPython's m_tgamma via math_1a): a nan from a non-nan
    /// argument, or the infinity of the pole at 0, is ValueError ("math
    /// domain error"); another infinity from a finite argument is
    /// OverflowError ("math range error").
    Gamma,
    /// math.lgamma (m_lgamma): an infinity from a finite argument is
    /// ValueError at the poles (integers <= 0), OverflowError elsewhere.
    Lgamma,
    /// round(x, ndigits) (float___round___impl): an infinity from a finite
    /// x is OverflowError "rounded value too large to represent".
    Round,
    /// complex `/` (complex_div): ZeroDivisionError "complex division by
    /// zero" when both parts of the divisor are zero.
    ComplexDiv,
    /// complex `**` (complex_pow): the runtime reports CPython's errno
    /// outcome when asked for part 2 (see pymath.c's pycc_cpow).
    ComplexPow,
    /// abs(complex) (complex_abs): OverflowError with this message ("absolute
    /// value too large"; cmath.polar says "math range error") for an
    /// infinite result from finite parts.
    ComplexAbs(&'static str),
    /// cmath.isclose: part 2 of the same call is 1 for a negative tolerance,
    /// ValueError "tolerances must be non-negative".
    IsClose,
    /// cmath's functions: the runtime reports the errno CPython's
    /// cmathmodule.c leaves when asked for the last argument's part 2: 1
    /// EDOM (ValueError "math domain error"), 2 ERANGE (OverflowError "math
    /// range error").
    Cmath,
}

/// What a math function becomes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    /// A float result from the libm function `symbol`.
    Libm {
        symbol: &'static str,
        errors: Errors,
    },
    /// floor/ceil/trunc: the libm result, then converted to int as
    /// CPython's PyLong_FromDouble does (nan: ValueError, inf: OverflowError).
    ToInt {
        symbol: &'static str,
    },
    IsNan,
    IsInf,
    IsFinite,
    /// x * factor (degrees, radians), with CPython's constant.
    Scale(f64),
}

#[derive(Debug, PartialEq)]
pub struct MathFn {
    pub name: &'static str,
    pub arity: usize,
    pub kind: Kind,
}

impl MathFn {
    pub fn may_raise(&self) -> bool {
        matches!(
            self.kind,
            Kind::ToInt { .. }
                | Kind::Libm {
                    errors: Errors::Math1 { .. }
                        | Errors::Fmod
                        | Errors::Pow
                        | Errors::Gamma
                        | Errors::Lgamma
                        | Errors::Round
                        | Errors::ComplexDiv
                        | Errors::ComplexPow
                        | Errors::ComplexAbs(_)
                        | Errors::Cmath
                        | Errors::IsClose,
                    ..
                }
        )
    }
}

const fn libm(name: &'static str, arity: usize, errors: Errors) -> MathFn {
    MathFn { name, arity, kind: Kind::Libm { symbol: name, errors } }
}

const DOMAIN: Errors = Errors::Math1 { can_overflow: false, finite: false };
const RANGE: Errors = Errors::Math1 { can_overflow: true, finite: false };
const FINITE: Errors = Errors::Math1 { can_overflow: false, finite: true };

/// CPython 3.11's FUNC1 table (Modules/mathmodule.c), where the C function
/// is libm's, and math.pow (glibc's pow with CPython's checks). gamma,
/// lgamma and hypot are CPython's own algorithms, which pycc's runtime
/// repeats step for step (src/wrap/pymath.c). `log` with a base is
/// log(x) / log(base), built by typing.
pub static FUNCTIONS: &[MathFn] = &[
    libm("sqrt", 1, FINITE),
    libm("exp", 1, RANGE),
    libm("exp2", 1, RANGE),
    libm("expm1", 1, RANGE),
    libm("log", 1, DOMAIN),
    libm("log2", 1, DOMAIN),
    libm("log10", 1, DOMAIN),
    libm("log1p", 1, DOMAIN),
    libm("sin", 1, FINITE),
    libm("cos", 1, FINITE),
    libm("tan", 1, FINITE),
    libm("asin", 1, FINITE),
    libm("acos", 1, FINITE),
    libm("atan", 1, FINITE),
    libm("sinh", 1, RANGE),
    libm("cosh", 1, RANGE),
    libm("tanh", 1, FINITE),
    libm("asinh", 1, FINITE),
    libm("acosh", 1, FINITE),
    libm("atanh", 1, DOMAIN),
    libm("erf", 1, FINITE),
    libm("erfc", 1, FINITE),
    libm("cbrt", 1, FINITE),
    libm("fabs", 1, Errors::None),
    libm("copysign", 2, Errors::None),
    // glibc's atan2 follows C99 Annex F, which is what CPython's m_atan2
    // spells out for the infinities and zeros; a nan argument is its
    // positive Py_NAN (glibc passes the nan's sign on), in the runtime.
    MathFn { name: "atan2", arity: 2, kind: Kind::Libm { symbol: "pycc_atan2", errors: Errors::None } },
    libm("fmod", 2, Errors::Fmod),
    // glibc's remainder is IEEE 754's, exact, as CPython's m_remainder: a
    // nan from non-nan arguments (y == 0, x infinite) is ValueError.
    libm("remainder", 2, Errors::Fmod),
    // math.ldexp(x, i): CPython's clamping of i in the runtime; `i` travels
    // as a float64 (typing checks it is an int; past 2**53 it stays beyond
    // the clamp). An infinity from a finite x is OverflowError.
    MathFn { name: "ldexp", arity: 2, kind: Kind::Libm { symbol: "pycc_ldexp", errors: RANGE } },
    // math.nextafter(x, y) and math.ulp(x) (3.9): float64 always (numba
    // has no float32 form), CPython's special cases in the runtime.
    MathFn { name: "nextafter", arity: 2, kind: Kind::Libm { symbol: "pycc_nextafter", errors: Errors::None } },
    MathFn { name: "ulp", arity: 1, kind: Kind::Libm { symbol: "pycc_ulp", errors: Errors::None } },
    libm("pow", 2, Errors::Pow),
    MathFn { name: "gamma", arity: 1, kind: Kind::Libm { symbol: "pycc_gamma", errors: Errors::Gamma } },
    MathFn { name: "lgamma", arity: 1, kind: Kind::Libm { symbol: "pycc_lgamma", errors: Errors::Lgamma } },
    // hypot(*coordinates): one runtime entry point per supported arity.
    // hypot(x) is fabs(x): vector_norm returns its largest argument then.
    MathFn { name: "hypot", arity: 1, kind: Kind::Libm { symbol: "fabs", errors: Errors::None } },
    MathFn { name: "hypot", arity: 2, kind: Kind::Libm { symbol: "pycc_hypot2", errors: Errors::None } },
    MathFn { name: "hypot", arity: 3, kind: Kind::Libm { symbol: "pycc_hypot3", errors: Errors::None } },
    MathFn { name: "hypot", arity: 4, kind: Kind::Libm { symbol: "pycc_hypot4", errors: Errors::None } },
    MathFn { name: "hypot", arity: 5, kind: Kind::Libm { symbol: "pycc_hypot5", errors: Errors::None } },
    MathFn { name: "hypot", arity: 6, kind: Kind::Libm { symbol: "pycc_hypot6", errors: Errors::None } },
    MathFn { name: "hypot", arity: 7, kind: Kind::Libm { symbol: "pycc_hypot7", errors: Errors::None } },
    MathFn { name: "hypot", arity: 8, kind: Kind::Libm { symbol: "pycc_hypot8", errors: Errors::None } },
    MathFn { name: "floor", arity: 1, kind: Kind::ToInt { symbol: "floor" } },
    MathFn { name: "ceil", arity: 1, kind: Kind::ToInt { symbol: "ceil" } },
    MathFn { name: "trunc", arity: 1, kind: Kind::ToInt { symbol: "trunc" } },
    MathFn { name: "isnan", arity: 1, kind: Kind::IsNan },
    MathFn { name: "isinf", arity: 1, kind: Kind::IsInf },
    MathFn { name: "isfinite", arity: 1, kind: Kind::IsFinite },
    // mathmodule.c: radToDeg = 180.0 / pi, degToRad = pi / 180.0.
    MathFn { name: "degrees", arity: 1, kind: Kind::Scale(180.0 / std::f64::consts::PI) },
    MathFn { name: "radians", arity: 1, kind: Kind::Scale(std::f64::consts::PI / 180.0) },
];

/// The float32 function numba calls for `f` on float32 arguments
/// (numba/cpython/mathimpl.py: `expf`, `sqrtf`, ... from libm, or LLVM
/// intrinsics that become those calls), when numba has a float32 signature
/// for it (numba/core/typing/mathdecl.py); None keeps the float64 call.
/// (numba's `numba_gammaf` is libm's `tgammaf`.)
pub fn f32_symbol(f: &MathFn) -> Option<&'static str> {
    let Kind::Libm { symbol, .. } = f.kind else { return None };
    Some(match symbol {
        // Exact operations: the same lowering on either width.
        "sqrt" | "fabs" | "copysign" | "floor" | "ceil" | "trunc" => symbol,
        "exp" => "expf",
        "exp2" => "exp2f",
        "expm1" => "expm1f",
        "log" => "logf",
        "log2" => "log2f",
        "log10" => "log10f",
        "log1p" => "log1pf",
        "sin" => "sinf",
        "cos" => "cosf",
        "tan" => "tanf",
        "asin" => "asinf",
        "acos" => "acosf",
        "atan" => "atanf",
        "sinh" => "sinhf",
        "cosh" => "coshf",
        "tanh" => "tanhf",
        "asinh" => "asinhf",
        "acosh" => "acoshf",
        "atanh" => "atanhf",
        "erf" => "erff",
        "erfc" => "erfcf",
        "cbrt" => "cbrtf",
        "rint" => "rintf",
        "fmod" => "fmodf",
        "nextafter" => "nextafterf",
        "atan2" | "pycc_atan2" => "atan2f",
        "pow" => "powf",
        "pycc_hypot2" => "hypotf",
        "pycc_gamma" => "tgammaf",
        "pycc_lgamma" => "lgammaf",
        _ => return None,
    })
}

pub fn function(name: &str) -> Option<&'static MathFn> {
    FUNCTIONS.iter().find(|f| f.name == name)
}

/// The entry for `name` called with `nargs` arguments: the one of that
/// arity if there is one (hypot), else the first (whose arity the caller
/// then reports as wrong).
pub fn function_for(name: &str, nargs: usize) -> Option<&'static MathFn> {
    FUNCTIONS.iter().find(|f| f.name == name && f.arity == nargs).or_else(|| function(name))
}

/// `round(x, ndigits)` on a float: CPython's float.__round__ in the runtime
/// (src/wrap/pymath.c); ndigits travels as a float64, which keeps its order.
pub static ROUND_NDIGITS: MathFn =
    MathFn { name: "round", arity: 2, kind: Kind::Libm { symbol: "pycc_round_ndigits", errors: Errors::Round } };

/// math.frexp's mantissa and math.modf's halves (src/wrap/pymath.c),
/// float64 to float64; frexp's exponent is a runtime call of its own
/// (`FREXP_EXP`), an int.
pub static FREXP_MANT: MathFn =
    MathFn { name: "frexp", arity: 1, kind: Kind::Libm { symbol: "pycc_frexp_mant", errors: Errors::None } };
pub static MODF_FRAC: MathFn =
    MathFn { name: "modf", arity: 1, kind: Kind::Libm { symbol: "pycc_modf_frac", errors: Errors::None } };
pub static MODF_INT: MathFn =
    MathFn { name: "modf", arity: 1, kind: Kind::Libm { symbol: "pycc_modf_int", errors: Errors::None } };
pub const FREXP_EXP: &str = "pycc_frexp_exp";

/// The math functions that return a tuple (of two numbers).
pub const TUPLE_FUNCTIONS: &[&str] = &["frexp", "modf"];

/// Complex helpers of the runtime (src/wrap/pymath.c): `(re_a, im_a, re_b,
/// im_b, part)` for `/` and `**`, `(re, im)` for abs. All float64.
pub static COMPLEX_QUOT: MathFn = MathFn {
    name: "complex.__truediv__",
    arity: 5,
    kind: Kind::Libm { symbol: "pycc_cquot", errors: Errors::ComplexDiv },
};
pub static COMPLEX_POW: MathFn =
    MathFn { name: "complex.__pow__", arity: 5, kind: Kind::Libm { symbol: "pycc_cpow", errors: Errors::ComplexPow } };
pub static COMPLEX_ABS: MathFn = MathFn {
    name: "complex.__abs__",
    arity: 2,
    kind: Kind::Libm { symbol: "pycc_cabs", errors: Errors::ComplexAbs("absolute value too large") },
};
/// cmath.polar's modulus: _Py_c_abs, whose ERANGE cmath reports as "math range error".
pub static POLAR_ABS: MathFn = MathFn {
    name: "cmath.polar",
    arity: 2,
    kind: Kind::Libm { symbol: "pycc_cabs", errors: Errors::ComplexAbs("math range error") },
};

const fn cmath(name: &'static str, arity: usize, symbol: &'static str) -> MathFn {
    MathFn { name, arity, kind: Kind::Libm { symbol, errors: Errors::Cmath } }
}

/// The complex-valued cmath functions pycc compiles, each CPython 3.11's
/// cmathmodule.c in the runtime (src/wrap/pymath.c): `(re, im, part)`, or
/// `(x_re, x_im, base_re, base_im, part)` for log with a base, `(r, phi,
/// part)` for rect. `arity` counts the Python arguments.
pub static CMATH_FUNCTIONS: &[MathFn] = &[
    cmath("sqrt", 1, "pycc_csqrt"),
    cmath("exp", 1, "pycc_cexp"),
    cmath("log", 1, "pycc_clog"),
    cmath("log", 2, "pycc_clogb"),
    cmath("log10", 1, "pycc_clog10"),
    cmath("rect", 2, "pycc_crect"),
    cmath("acos", 1, "pycc_cacos"),
    cmath("acosh", 1, "pycc_cacosh"),
    cmath("asin", 1, "pycc_casin"),
    cmath("asinh", 1, "pycc_casinh"),
    cmath("atan", 1, "pycc_catan"),
    cmath("atanh", 1, "pycc_catanh"),
    cmath("cos", 1, "pycc_ccos"),
    cmath("cosh", 1, "pycc_ccosh"),
    cmath("sin", 1, "pycc_csin"),
    cmath("sinh", 1, "pycc_csinh"),
    cmath("tan", 1, "pycc_ctan"),
    cmath("tanh", 1, "pycc_ctanh"),
];

/// cmath.phase: `(re, im, part)`, the angle as part 0 (see pycc_cphase).
pub static CMATH_PHASE: MathFn = cmath("phase", 1, "pycc_cphase");

/// cmath.isclose: `(a_re, a_im, b_re, b_im, rel_tol, abs_tol, part)`; part
/// 0 is 1.0 for True (see pycc_cisclose).
pub static CMATH_ISCLOSE: MathFn =
    MathFn { name: "isclose", arity: 2, kind: Kind::Libm { symbol: "pycc_cisclose", errors: Errors::IsClose } };

/// The cmath functions whose result is real or a tuple, typed without a runtime helper.
pub const CMATH_REAL: &[&str] = &["phase", "polar", "isnan", "isinf", "isfinite", "isclose"];

/// The complex-valued cmath entry for `name` with `nargs` arguments, or the
/// first of that name (whose arity the caller reports as wrong).
pub fn cmath_function(name: &str, nargs: usize) -> Option<&'static MathFn> {
    CMATH_FUNCTIONS
        .iter()
        .find(|f| f.name == name && f.arity == nargs)
        .or_else(|| CMATH_FUNCTIONS.iter().find(|f| f.name == name))
}

pub fn constant(name: &str) -> Option<f64> {
    Some(match name {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// numba's float32 math (mathdecl.py's float32 signatures) all have a
    /// float function; math's float64-only entries keep float64.
    #[test]
    fn float32_functions_are_libms_float_ones() {
        let numba_f32 = [
            "exp", "expm1", "fabs", "sqrt", "log", "log1p", "log10", "log2", "sin", "cos", "tan", "sinh", "cosh",
            "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "exp2",
            "atan2", "pow", "copysign",
        ];
        for name in numba_f32 {
            let f = function(name).expect("in the math table");
            let s = f32_symbol(f).unwrap_or_else(|| panic!("math.{name} has a float32 function"));
            assert!(s.ends_with('f') || matches!(s, "sqrt" | "fabs" | "copysign"), "{name}: {s}");
        }
        assert_eq!(f32_symbol(function_for("hypot", 2).expect("hypot")), Some("hypotf"));
        assert_eq!(f32_symbol(function("gamma").expect("gamma")), Some("tgammaf"));
        for name in ["floor", "ceil", "trunc", "isnan", "degrees"] {
            assert_eq!(f32_symbol(function(name).expect("listed")), None, "{name}");
        }
        assert_eq!(f32_symbol(function_for("hypot", 3).expect("hypot")), None);
    }
}
