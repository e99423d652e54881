//! The few upstream LLVM-dialect ops pycc emits by hand: constant strings
//! (exception names and messages, CPython names and docstrings) and their
//! addresses.

use melior::dialect::llvm::attributes::{linkage, Linkage};
use melior::ir::attribute::{FlatSymbolRefAttribute, IntegerAttribute, StringAttribute, TypeAttribute};
use melior::ir::operation::OperationBuilder;
use melior::ir::r#type::IntegerType;
use melior::ir::{Attribute, Identifier, Location, Operation, Region, Type};
use melior::Context;

/// `llvm.mlir.global internal constant @sym("bytes\00")`.
pub fn string_global<'c>(context: &'c Context, sym: &str, text: &[u8]) -> Operation<'c> {
    let mut data = text.to_vec();
    data.push(0);
    let i8t: Type = IntegerType::new(context, 8).into();
    let id = |s: &str| Identifier::new(context, s);
    OperationBuilder::new("llvm.mlir.global", Location::unknown(context))
        .add_attributes(&[
            (id("sym_name"), StringAttribute::new(context, sym).into()),
            (
                id("global_type"),
                TypeAttribute::new(melior::dialect::llvm::r#type::array(i8t, data.len() as u32)).into(),
            ),
            (id("value"), StringAttribute::new(context, &String::from_utf8_lossy(&data)).into()),
            (id("linkage"), linkage(context, Linkage::Internal)),
            (id("constant"), Attribute::unit(context)),
            (id("addr_space"), IntegerAttribute::new(IntegerType::new(context, 32).into(), 0).into()),
        ])
        .add_regions([Region::new()])
        .build()
        .expect("valid llvm.mlir.global")
}

/// `llvm.mlir.addressof @sym : !llvm.ptr`.
pub fn address_of<'c>(context: &'c Context, sym: &str, location: Location<'c>) -> Operation<'c> {
    OperationBuilder::new("llvm.mlir.addressof", location)
        .add_attributes(&[(Identifier::new(context, "global_name"), FlatSymbolRefAttribute::new(context, sym).into())])
        .add_results(&[Type::parse(context, "!llvm.ptr").expect("the llvm dialect is loaded")])
        .build()
        .expect("valid llvm.mlir.addressof")
}
