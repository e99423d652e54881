//! The builtin exception classes pycc raises and catches, shared by the
//! parser (a user class derives from one), typing and the runtime ABI.

/// The builtin exception classes `raise` and `except` name, by code (an
/// except clause's class reaches runtime.c's `pycc_exc_names`, which lists
/// them in this order, by its index).
pub const BUILTIN_EXCEPTIONS: &[&str] = &[
    "BaseException",
    "Exception",
    "ArithmeticError",
    "AssertionError",
    "FloatingPointError",
    "IndexError",
    "KeyError",
    "LookupError",
    "MemoryError",
    "NameError",
    "NotImplementedError",
    "OverflowError",
    "RecursionError",
    "RuntimeError",
    "StopIteration",
    "TypeError",
    "UnboundLocalError",
    "ValueError",
    "ZeroDivisionError",
];
