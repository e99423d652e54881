//! Goal tests in egg's style (`tests/math.rs`): each is one line, `start =>
//! goal`, run with the default rule sets, and passes when the e-graph proves
//! the two equal. The `not_equal` cases are the tempting identities that
//! must never be proved, checked on a saturated e-graph so that "not found"
//! means "not true under the rules", not "ran out of budget". Limits can be
//! raised with egg's `EGG_NODE_LIMIT` / `EGG_ITER_LIMIT` for long runs.

use super::lang::{Py, TypeAnalysis};
use super::rules::rules;
use egg::{test_fn, Pattern, RecExpr, Rewrite, Runner, Searcher, StopReason};

fn default_rules() -> Vec<Rewrite<Py, TypeAnalysis>> {
    rules(&[]).expect("the default rule sets parse")
}

test_fn! { float_mul_one, default_rules(), "(mul v0:f8 1.0:f8)" => "v0:f8" }
test_fn! { float_div_by_four_is_a_multiply, default_rules(), "(div v0:f8 4.0:f8)" => "(mul v0:f8 0.25:f8)" }
test_fn! { float_double_negation, default_rules(), "(neg (neg v0:f8))" => "v0:f8" }
test_fn! { int_constant_moves_across_eq, default_rules(), "(eq (add v0:i8 3:i8) 10:i8)" => "(eq v0:i8 7:i8)" }
test_fn! { int_floordiv_by_eight_is_a_shift, default_rules(), "(floordiv v0:i8 8:i8)" => "(rshift v0:i8 3:i8)" }
test_fn! { int_sub_self, default_rules(), "(sub v0:i4 v0:i4)" => "0:i4" }
test_fn! { int_invert_plus_one, default_rules(), "(add (invert v0:i8) 1:i8)" => "(neg v0:i8)" }
test_fn! { bool_not_not, default_rules(), "(not (not v0:b1))" => "v0:b1" }
test_fn! { bool_select_of_not_swaps, default_rules(), "(select (not v0:b1) v1:f8 v2:f8)" => "(select v0:b1 v2:f8 v1:f8)" }

/// Saturates `start` under the default rules and returns whether `goal` is
/// in its e-class; the run must end by saturation.
fn proved(start: &str, goal: &str) -> bool {
    let start: RecExpr<Py> = start.parse().unwrap();
    let goal: Pattern<Py> = goal.parse().unwrap();
    let runner = Runner::<Py, TypeAnalysis>::default().with_expr(&start).run(&default_rules());
    assert!(matches!(runner.stop_reason, Some(StopReason::Saturated)), "{:?}", runner.stop_reason);
    let root = runner.egraph.find(runner.roots[0]);
    goal.search_eclass(&runner.egraph, root).is_some()
}

#[test]
fn ieee_unsafe_identities_are_never_proved() {
    for (start, goal) in [
        // -0.0 + 0.0 is +0.0.
        ("(add v0:f8 0.0:f8)", "v0:f8"),
        // nan * 0.0 is nan; -1.0 * 0.0 is -0.0.
        ("(mul v0:f8 0.0:f8)", "0.0:f8"),
        // nan == nan is false.
        ("(eq v0:f8 v0:f8)", "true:b1"),
        // not (nan < y) is true, nan >= y false.
        ("(not (lt v0:f8 v1:f8))", "(ge v0:f8 v1:f8)"),
        // glibc's pow rounds exact ties differently from one multiply.
        ("(pow v0:f8 2.0:f8)", "(mul v0:f8 v0:f8)"),
        // Reassociation changes rounding.
        ("(add (add v0:f8 v1:f8) v2:f8)", "(add v0:f8 (add v1:f8 v2:f8))"),
        // In Z/2^n, x + 1 < y is not x < y - 1 (x = MAX).
        ("(lt (add v0:i8 1:i8) v1:i8)", "(lt v0:i8 (sub v1:i8 1:i8))"),
    ] {
        assert!(!proved(start, goal), "{start} => {goal} must not be proved");
    }
}

#[test]
fn the_exact_goals_also_hold_when_saturated() {
    assert!(proved("(mul v0:f8 1.0:f8)", "v0:f8"));
    assert!(proved("(sub v0:i4 v0:i4)", "0:i4"));
}
