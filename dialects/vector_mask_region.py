"""`vector.mask` and its terminator `vector.yield`: a region op that applies a mask to the
single maskable op it holds.

Custom syntax (hand-written: the body prints inline on one line, without its terminator):

    %r = vector.mask %m { vector.transfer_read %a[%i], %p : memref<8xf32>, vector<8xf32> } : vector<8xi1> -> vector<8xf32>
    %r = vector.mask %m, %pt { vector.transfer_read ... } : vector<8xi1> -> vector<8xf32>
    vector.mask %m { vector.transfer_write %v, %a[%i] : vector<8xf32>, memref<8xf32> } : vector<8xi1>
    %r = vector.mask %m { vector.yield %v : vector<8xf32> } : vector<8xi1> -> vector<8xf32>

The parser adds the terminator as MLIR's MaskOp::ensureTerminator does: a body of one
op gets `vector.yield` of that op's results; an empty body gets an empty `vector.yield`.
Only the first op of the body prints. The passthru (whose type is the first result
type) gives the value of the masked-off lanes.

The maskable ops (MLIR's MaskableOpInterface) and the mask type each expects are in
`MASKABLE`; only transfer_read takes a passthru. Verifier messages follow MLIR's
MaskOp::verify, in its order.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMapAttr
from pyir.affine_expr import DIM
from pyir.asm import CustomSyntax
from pyir.builtin_types import I1, VectorType
from pyir.core import Block, Operation, Region
from pyir.dialects.syntax_common import keyword_at
from pyir.dialects.vector_common import (
    MASK,
    op_attrs,
    split_attr_dict,
    transfer_mask_type,
)
from pyir.opdef import OpView, operand, opt_operand, region, var_operand, var_result
from pyir.traits import IsTerminator, Pure, RecursiveMemoryEffects, SingleBlock, Trait


# -- maskable ops ------------------------------------------------------------------------------
def _i1_like(vector: Any) -> VectorType | None:
    if not isinstance(vector, VectorType):
        return None
    return VectorType(tuple(vector.shape), I1, tuple(vector.scalable_dims))


def _transfer_mask(op: Operation, vector: Any) -> VectorType | None:
    perm = op.properties.get("permutation_map")
    if not isinstance(vector, VectorType) or not isinstance(perm, AffineMapAttr):
        return None
    return transfer_mask_type(vector, perm.value)


def _contract_mask(op: Operation) -> VectorType | None:
    """The iteration space of a contraction, from the dims its lhs and rhs maps use."""
    maps = getattr(op.properties.get("indexing_maps"), "elements", None)
    if maps is None or len(maps) < 2 or len(op.operands) < 2:
        return None
    maps = [getattr(m, "value", None) for m in maps]
    if maps[0] is None:
        return None
    num_dims = maps[0].num_dims
    shape: list[int | None] = [None] * num_dims
    scalable = [False] * num_dims
    for m, value in zip(maps[:2], op.operands[:2]):
        t = value.type
        if m is None or not isinstance(t, VectorType) or len(m.results) != len(t.shape):
            return None
        for index, expr in enumerate(m.results):
            position = getattr(expr, "position", None)
            if expr.kind is not DIM or not 0 <= position < num_dims:
                return None
            shape[position] = t.shape[index]
            scalable[position] = t.scalable_dims[index]
    if any(s is None for s in shape):
        return None
    return VectorType(tuple(shape), I1, tuple(scalable))  # type: ignore[arg-type]


def expected_mask_type(op: Operation) -> VectorType | None:
    """The mask type MLIR's getExpectedMaskType gives maskable `op`; None if unknown."""
    name = op.name
    try:
        if name == "vector.transfer_read":
            return _transfer_mask(op, op.results[0].type)
        if name == "vector.transfer_write":
            return _transfer_mask(op, op.operands[0].type)
        if name in ("vector.reduction", "vector.multi_reduction"):
            return _i1_like(op.operands[0].type)
        if name == "vector.gather":
            return _i1_like(op.results[0].type)
        if name == "vector.contract":
            return _contract_mask(op)
    except (IndexError, AttributeError, TypeError, ValueError):
        return None
    return None


#: The ops MLIR lets `vector.mask` hold (MaskableOpInterface).
MASKABLE = frozenset(
    (
        "vector.transfer_read",
        "vector.transfer_write",
        "vector.reduction",
        "vector.multi_reduction",
        "vector.contract",
        "vector.gather",
    )
)
#: Maskable ops that accept a passthru (supportsPassthru).
PASSTHRU = frozenset(("vector.transfer_read",))


def maskable_op(mask_op: Operation) -> Operation | None:
    """The op `mask_op` masks: the first op of its body when that is not the terminator."""
    blocks = mask_op.regions[0].blocks
    if not blocks:
        return None
    first = blocks[0].first_op
    if first is None or first is blocks[0].last_op:
        return None
    return first


# -- ops ---------------------------------------------------------------------------------------
class _NoRegionArguments(Trait):
    @staticmethod
    def verify(op: Operation) -> str | None:
        blocks = op.regions[0].blocks
        if blocks and blocks[0].args:
            return "region should have no arguments"
        return None


class _NonEmptyBlock(Trait):
    @staticmethod
    def verify(op: Operation) -> str | None:
        blocks = op.regions[0].blocks
        if blocks and blocks[0].first_op is None:
            return "expects a non-empty block"
        if not blocks:
            return "region #0 ('maskRegion') failed to verify constraint: region with 1 blocks"
        return None


class MaskOp(OpView):
    """`%r = vector.mask %mask[, %passthru] { maskable op } : vector<..xi1> -> types`.

    Invariants (verified): one block without arguments, holding at most one op and a
    `vector.yield` of exactly that op's results; the op is maskable, its result types are
    the mask op's, and `mask` has the type the op expects; a passthru only for ops that
    support one, with one result of the passthru's type. An empty body (just the yield)
    forwards the yielded values."""

    name = "vector.mask"
    traits = (SingleBlock, _NonEmptyBlock, _NoRegionArguments, RecursiveMemoryEffects)
    hand_written_syntax = True
    mask = operand(MASK)
    passthru = opt_operand()
    results_ = var_result()
    maskRegion = region()

    def verify_(self) -> str | None:
        op = self.op
        block = op.regions[0].blocks[0]
        ops = list(block.ops)
        if len(ops) > 2:
            return "expects only one operation to mask"
        terminator = ops[-1]
        if terminator.name != "vector.yield":
            return "expects a terminator within the mask region"
        if len(terminator.operands) != len(op.results):
            return "expects number of results to match mask region yielded values"
        if len(ops) == 1:
            return None
        return _maskable_error(op, ops[0], terminator)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        if len(op.operands) > 1:
            p.write(", ")
            p.print_operand(op.operands[1])
        p.write(" { ")
        blocks = op.regions[0].blocks
        if blocks and blocks[0].first_op is not None:
            _print_inline(blocks[0].first_op, p)
        p.write(" }")
        p.print_optional_attr_dict(op_attrs(op))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        if op.results:
            p.write(" -> ")
            for i, r in enumerate(op.results):
                if i:
                    p.write(", ")
                p.print_type(r.type)


def _maskable_error(op: Operation, inner: Operation, terminator: Operation) -> str | None:
    if inner.name not in MASKABLE:
        return "expects a MaskableOpInterface within the mask region"
    if len(inner.results) != len(op.results):
        return "expects number of results to match maskable operation number of results"
    if list(inner.results) != list(terminator.operands):
        return (
            "expects all the results from the MaskableOpInterface to match all the values "
            "returned by the terminator"
        )
    if [r.type for r in inner.results] != [r.type for r in op.results]:
        return "expects result type to match maskable operation result type"
    if sum(1 for r in inner.results if isinstance(r.type, VectorType)) > 1:
        return "multiple vector results not supported"
    expected = expected_mask_type(inner)
    if expected is not None and op.operands[0].type != expected:
        return f"expects a '{expected}' mask for the maskable operation"
    if len(op.operands) > 1:
        if inner.name not in PASSTHRU:
            return "doesn't expect a passthru argument for this maskable operation"
        if len(inner.results) != 1:
            return "expects result when passthru argument is provided"
        if op.operands[1].type != inner.results[0].type:
            return "expects passthru type to match result type"
    return None


def _print_inline(inner: Operation, p: Any) -> None:
    """MLIR's printCustomOrGenericOp: the op without its result names, on this line."""
    op_def = inner.op_def
    custom = getattr(op_def, "print_custom", None) if op_def is not None else None
    fmt = getattr(op_def, "format", None) if op_def is not None else None
    if custom is not None:
        p.write(inner.name)
        custom(inner, p)
    elif fmt is not None:
        p.write(inner.name)
        fmt.print(inner, p)
    else:
        # Only invalid IR gets here (every maskable op has a custom form).
        p.write(p._generic_line(inner))


class YieldOp(OpView):
    """`vector.yield %v : vector<8xf32>`: ends the body of `vector.mask`, giving its
    results."""

    name = "vector.yield"
    traits = (IsTerminator, Pure)
    operands_ = var_operand()
    assembly_format = "attr-dict ($operands_^ `:` type($operands_))?"


OPS = [MaskOp, YieldOp]


# -- hand-written syntax -----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_mask_kw: "vector.mask"
vector_mask: vector_mask_kw value_use ["," value_use] region [attribute_dict] ":" type ["->" function_result_types]

%extend custom_operation: vector_mask
"""


def ensure_mask_terminator(region: Region, location: Any) -> None:
    """MLIR's MaskOp::ensureTerminator: end the body with `vector.yield` of the masked
    op's results (an empty yield when the body is empty)."""
    if not region.blocks:
        region.add_block(Block())
    block = region.blocks[-1]
    last = block.last_op
    if last is not None and last.has_trait(IsTerminator):
        return  # A written terminator stays as written.
    if last is not None and last is block.first_op and len(region.blocks) == 1:
        block.append(YieldOp.create(list(last.results), location=location))
    else:
        block.append(YieldOp.create([], location=location))


def _mask(state: Any) -> Any:
    def build(c: list) -> Operation:
        start, mask_use, pt_use, body, attrs, mask_type, types = c
        state.end_op()
        ensure_mask_terminator(body, state.loc(start))
        attributes = split_attr_dict(state, "vector.mask", attrs, ())
        results = [] if types is None else (types if isinstance(types, list) else [types])
        operands = [state.resolve(mask_use, mask_type)]
        if pt_use is not None:
            if not results:
                raise state.error(
                    "custom op 'vector.mask' expects a result if passthru operand is provided",
                    start,
                )
            operands.append(state.resolve(pt_use, results[0]))
        return MaskOp.create(operands, results, attributes=attributes, regions=[body])

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {"vector_mask_kw": keyword_at("vector.mask"), "vector_mask": _mask},
)

__all__ = ["MASKABLE", "MaskOp", "YieldOp", "expected_mask_type", "maskable_op"]
