//! Stage 2b: typed functions become `func.func` bodies of `py` ops, one
//! function per export, named `kernel.<export>`. Source positions become
//! MLIR locations, so later diagnostics and debug info point at the .py file.

use crate::dialects::{self, ConstBits, ADD, CAST, MUL, NEG, POW, SUB};
use crate::parse::ConstValue;
use crate::typing::{BinOp, TExpr, TExprKind, TStmt, TypedFunction};
use crate::types::Scalar;
use melior::dialect::func;
use melior::ir::attribute::{StringAttribute, TypeAttribute};
use melior::ir::r#type::FunctionType;
use melior::ir::{Block, BlockLike, Location, Module, Region, RegionLike, Value};
use melior::Context;

/// Symbol of the compiled body of an export; not a C identifier, so it can
/// never collide with libm, libc or the CPython API.
pub fn kernel_symbol(export: &str) -> String {
    format!("kernel.{export}")
}

/// Maps byte offsets to 1-based line and column.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        (line + 1, offset - self.starts[line] + 1)
    }
}

pub fn lower_module<'c>(context: &'c Context, file: &str, text: &str, functions: &[TypedFunction]) -> Module<'c> {
    let index = LineIndex::new(text);
    let loc = |offset: usize| {
        let (line, col) = index.line_col(offset);
        Location::new(context, file, line, col)
    };
    let module = Module::new(loc(0));
    for f in functions {
        let inputs: Vec<_> = f.params.iter().map(|p| dialects::scalar_type(context, p.ty)).collect();
        let results: Vec<_> = f.ret.iter().map(|&t| dialects::scalar_type(context, t)).collect();
        let block = Block::new(&inputs.iter().zip(&f.params).map(|(&t, p)| (t, loc(p.span.start))).collect::<Vec<_>>());
        {
            let mut locals: Vec<Option<Value>> = (0..f.params.len()).map(|i| Some(block.argument(i).unwrap().into())).collect();
            let mut returned = false;
            for stmt in &f.body {
                match stmt {
                    TStmt::Assign { local, value } => {
                        let v = expr(context, &block, &loc, &locals, value);
                        if locals.len() <= *local {
                            locals.resize(*local + 1, None);
                        }
                        locals[*local] = Some(v);
                    }
                    TStmt::Return { value, span } => {
                        let vals: Vec<Value> = value.iter().map(|v| expr(context, &block, &loc, &locals, v)).collect();
                        block.append_operation(func::r#return(&vals, loc(span.start)));
                        returned = true;
                        break;
                    }
                }
            }
            if !returned {
                block.append_operation(func::r#return(&[], loc(f.span.end.saturating_sub(1))));
            }
        }
        let region = Region::new();
        region.append_block(block);
        module.body().append_operation(func::func(
            context,
            StringAttribute::new(context, &kernel_symbol(&f.export)),
            TypeAttribute::new(FunctionType::new(context, &inputs, &results).into()),
            region,
            &[],
            loc(f.span.start),
        ));
    }
    module
}

fn expr<'c, 'b>(
    context: &'c Context,
    block: &'b Block<'c>,
    loc: &impl Fn(usize) -> Location<'c>,
    locals: &[Option<Value<'c, 'b>>],
    e: &TExpr,
) -> Value<'c, 'b> {
    let ty = dialects::scalar_type(context, e.ty);
    let at = loc(e.span.start);
    let op = match &e.kind {
        TExprKind::Local(l) => return locals[*l].expect("typing binds every local before use"),
        TExprKind::Const(c) => dialects::constant(context, ty, const_bits(*c, e.ty), at),
        TExprKind::Binary(op, l, r) => {
            let (l, r) = (expr(context, block, loc, locals, l), expr(context, block, loc, locals, r));
            let name = match op {
                BinOp::Add => ADD,
                BinOp::Sub => SUB,
                BinOp::Mul => MUL,
                BinOp::Pow => POW,
            };
            dialects::op(name, &[l, r], ty, at)
        }
        TExprKind::Neg(v) => dialects::op(NEG, &[expr(context, block, loc, locals, v)], ty, at),
        TExprKind::Cast(v) => dialects::op(CAST, &[expr(context, block, loc, locals, v)], ty, at),
    };
    block.append_operation(op).result(0).unwrap().into()
}

fn const_bits(c: ConstValue, ty: Scalar) -> ConstBits {
    match (c, ty) {
        (ConstValue::Float(f), _) => ConstBits::Float(f),
        (ConstValue::Int(i), _) => ConstBits::Int(i as i64),
        (ConstValue::Bool(b), _) => ConstBits::Int(b as i64),
    }
}
