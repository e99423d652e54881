//! The answer of a "is this form mine" helper. Each such helper is tried in
//! turn on an expression or statement; the first that claims it decides.
//! Three outcomes, kept apart by type so that "not mine" (try the next
//! helper) cannot be confused with "mine, and already reported" (stop: a
//! diagnostic is out and trying further helpers would only add follow-ons).

/// Not this helper's form; its form with an error already reported; or its
/// result.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Claim<T> {
    NotMine,
    Failed,
    Done(T),
}

impl<T> Claim<T> {
    /// A claimed form's result from a checker that reports its own errors
    /// (None: reported).
    pub(crate) fn checked(value: Option<T>) -> Self {
        match value {
            Some(v) => Claim::Done(v),
            None => Claim::Failed,
        }
    }

    /// A claimed form's result from a checker that returns `Checked`.
    pub(in crate::sema) fn of(value: crate::sema::check::reported::Checked<T>) -> Self {
        match value {
            Ok(v) => Claim::Done(v),
            Err(_) => Claim::Failed,
        }
    }

    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Claim<U> {
        match self {
            Claim::NotMine => Claim::NotMine,
            Claim::Failed => Claim::Failed,
            Claim::Done(v) => Claim::Done(f(v)),
        }
    }

    /// Chains a claimed result into a checker that reports its own errors.
    pub(crate) fn and_then<U>(self, f: impl FnOnce(T) -> Option<U>) -> Claim<U> {
        match self {
            Claim::NotMine => Claim::NotMine,
            Claim::Failed => Claim::Failed,
            Claim::Done(v) => Claim::checked(f(v)),
        }
    }

    pub(crate) fn is_mine(&self) -> bool {
        !matches!(self, Claim::NotMine)
    }

    /// The result, None both when not mine and when reported: for a caller
    /// that takes only this form and has nothing else to try.
    pub(crate) fn done(self) -> Option<T> {
        match self {
            Claim::Done(v) => Some(v),
            Claim::NotMine | Claim::Failed => None,
        }
    }
}

/// An optional argument of a call (`axis=`, `method=`, a slice bound):
/// absent, given with its value, or given and wrong (reported).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum OptArg<T> {
    Absent,
    Given(T),
    Failed,
}

/// In a typer function of the `Option` convention (None: reported): the
/// argument's value if given, None if absent; returns None when it Failed.
/// `let axis = given!(self.more_axis(e));`.
macro_rules! given {
    ($e:expr) => {
        match $e {
            $crate::sema::claim::OptArg::Absent => None,
            $crate::sema::claim::OptArg::Given(v) => Some(v),
            $crate::sema::claim::OptArg::Failed => return None,
        }
    };
}
pub(crate) use given;

/// Returns from the enclosing function unless the helper's answer is Done:
/// `let x = mine!(self.helper(e));` passes NotMine and Failed up unchanged
/// (the enclosing function returns a `Claim` too).
macro_rules! mine {
    ($e:expr) => {
        match $e {
            $crate::sema::claim::Claim::Done(v) => v,
            $crate::sema::claim::Claim::NotMine => return $crate::sema::claim::Claim::NotMine,
            $crate::sema::claim::Claim::Failed => return $crate::sema::claim::Claim::Failed,
        }
    };
}
pub(crate) use mine;

/// In a Claim-returning function: the value of an `Option`, or return
/// NotMine on None (what `?` did in these helpers before they had a type).
macro_rules! or_not_mine {
    ($e:expr) => {
        match $e {
            Some(v) => v,
            None => return $crate::sema::claim::Claim::NotMine,
        }
    };
}
pub(crate) use or_not_mine;

/// In a Claim-returning function: the value of an `Option` from a typer
/// call of the `Option` convention; on None, Failed when the call reported
/// (the form was this helper's and is done), NotMine when it did not.
/// `or_reported!(self, since before, x)` for a value computed earlier,
/// `before` being the error count from before it was computed.
macro_rules! or_reported {
    ($self:ident, since $before:expr, $e:expr) => {
        match $e {
            Some(v) => v,
            None if $self.errors.len() > $before => return $crate::sema::claim::Claim::Failed,
            None => return $crate::sema::claim::Claim::NotMine,
        }
    };
    ($self:ident, $e:expr) => {{
        let before = $self.errors.len();
        $crate::sema::claim::or_reported!($self, since before, $e)
    }};
}
pub(crate) use or_reported;

/// In a typer function of the `Option` convention (None: reported), returns
/// a claimed answer and goes on to the next form on NotMine:
/// `decide!(self.isinstance_call(c, span.clone()));`.
macro_rules! decide {
    // In a function returning `Checked`: `decide!(self, &span, claim)`.
    ($self:ident, $span:expr, $e:expr) => {
        match $e {
            $crate::sema::claim::Claim::NotMine => {}
            $crate::sema::claim::Claim::Failed => return Err($self.reported_before($span)),
            $crate::sema::claim::Claim::Done(v) => return Ok(v),
        }
    };
    ($e:expr) => {
        match $e {
            $crate::sema::claim::Claim::NotMine => {}
            $crate::sema::claim::Claim::Failed => return None,
            $crate::sema::claim::Claim::Done(v) => return Some(v),
        }
    };
}
pub(crate) use decide;

/// In a function returning `Checked`: the result of a form still of the
/// `Option` convention (None: reported), as a `Checked` one (see
/// `Typer::checked`): `bridge!(self, &span, self.len_call(c, span.clone()))`.
macro_rules! bridge {
    ($self:ident, $span:expr, $e:expr) => {{
        let value = $e;
        $self.checked(value, $span)
    }};
}
pub(crate) use bridge;

#[cfg(test)]
mod tests {
    use super::{Claim, OptArg};

    fn pass(c: Claim<i32>) -> Claim<i32> {
        let v = mine!(c);
        Claim::Done(v + 1)
    }

    fn first(a: Claim<i32>, b: Claim<i32>) -> Option<i32> {
        decide!(a);
        decide!(b);
        Some(0)
    }

    #[test]
    fn decide_returns_the_first_claim() {
        assert_eq!(first(Claim::NotMine, Claim::Done(2)), Some(2));
        assert_eq!(first(Claim::Failed, Claim::Done(2)), None);
        assert_eq!(first(Claim::NotMine, Claim::NotMine), Some(0));
    }

    fn axis(a: OptArg<i32>) -> Option<i32> {
        let v = given!(a);
        Some(v.unwrap_or(-1))
    }

    #[test]
    fn given_returns_on_failed_only() {
        assert_eq!(axis(OptArg::Absent), Some(-1));
        assert_eq!(axis(OptArg::Given(2)), Some(2));
        assert_eq!(axis(OptArg::Failed), None);
    }

    #[test]
    fn mine_passes_not_mine_and_failed_up() {
        assert_eq!(pass(Claim::NotMine), Claim::NotMine);
        assert_eq!(pass(Claim::Failed), Claim::Failed);
        assert_eq!(pass(Claim::Done(1)), Claim::Done(2));
        assert_eq!(Claim::Done(3).and_then(|_| None::<i32>), Claim::Failed);
        assert_eq!(Claim::<i32>::NotMine.done(), None);
    }

    /// A typer with its error list, as `or_reported!` sees one.
    struct Typer {
        errors: Vec<&'static str>,
    }

    impl Typer {
        fn check(&mut self, x: Option<i32>, report: bool) -> Option<i32> {
            if x.is_none() && report {
                self.errors.push("reported");
            }
            x
        }

        fn claim(&mut self, x: Option<i32>, report: bool) -> Claim<i32> {
            let v = or_reported!(self, self.check(x, report));
            Claim::Done(v)
        }
    }

    #[test]
    fn or_reported_fails_only_after_a_report() {
        let mut t = Typer { errors: Vec::new() };
        assert_eq!(t.claim(Some(1), true), Claim::Done(1));
        assert_eq!(t.claim(None, false), Claim::NotMine);
        assert_eq!(t.claim(None, true), Claim::Failed);
        // An earlier report does not make a later silent None a failure.
        assert_eq!(t.claim(None, false), Claim::NotMine);
    }
}
