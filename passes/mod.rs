//! pycc's passes and pass pipelines.
//!
//! Each Rust pass is declared once in `PASSES` (name, anchor, summary). A
//! pipeline is written as mlir-opt writes it,
//! `builtin.module(func.func(py-egg),convert-py-to-arith,canonicalize)`; the
//! MLIR C API cannot register external passes by name, so `pipeline` reads
//! the text, adds pycc's passes itself and hands every other element to
//! MLIR's own parser (`mlirOpPassManagerAddPipeline`).

pub mod egg;
pub mod ir;
pub mod pipeline;
pub mod py_to_arith;

use melior::ir::r#type::TypeId;
use melior::pass::{create_external, Pass};

pub struct PassInfo {
    pub name: &'static str,
    pub summary: &'static str,
    pub options: &'static str,
}

pub const PASSES: &[PassInfo] = &[
    PassInfo {
        name: "py-egg",
        summary: "Equality saturation (egg) over pure py ops: rewrite rules from passes/rules, extraction by machine cost; also CSE and DCE for py",
        options: "node-limit=N iter-limit=N time-limit-ms=N rules=float,int,bool[,fastmath] verbose=1",
    },
    PassInfo {
        name: "pycc-sccp",
        summary: "MLIR's sccp, with the lattice of an op that folds to a value depending on that value (MLIR 22's does not, and folds `(r + k) - r` in a loop to 0)",
        options: "",
    },
    PassInfo {
        name: "convert-py-to-arith",
        summary: "Lower py ops to arith/math and unsigned py types to signless integers",
        options: "",
    },
];

extern "C" {
    // passes/Sccp.cpp, compiled into the dialect's archive by build.rs.
    fn pyccCreateSccpPass() -> mlir_sys::MlirPass;
}

#[repr(align(8))]
struct PassId;
static EGG_ID: PassId = PassId;
static PY_TO_ARITH_ID: PassId = PassId;

/// One of pycc's own passes, or None if `name` is not ours.
pub fn create(name: &str, options: &str) -> Option<Result<Pass, String>> {
    Some(match name {
        "py-egg" => egg::EggPass::from_options(options)
            .map(|p| create_external(p, TypeId::create(&EGG_ID), "PyEgg", "py-egg", PASSES[0].summary, "", &[])),
        "convert-py-to-arith" => {
            if !options.trim().is_empty() {
                return Some(Err("convert-py-to-arith takes no options".into()));
            }
            Ok(create_external(
                py_to_arith::PyToArith,
                TypeId::create(&PY_TO_ARITH_ID),
                "ConvertPyToArith",
                "convert-py-to-arith",
                PASSES[2].summary,
                "",
                &[],
            ))
        }
        "pycc-sccp" => {
            if !options.trim().is_empty() {
                return Some(Err("pycc-sccp takes no options".into()));
            }
            // SAFETY: the C++ function returns a new pass that the pass manager takes over.
            Ok(unsafe { Pass::from_raw_fn(pyccCreateSccpPass) })
        }
        _ => return None,
    })
}
