"""Canonicalization patterns of `scf.for` (MLIR's SimplifyTrivialLoops and
ForOpTensorCastFolder) and the trip-count rule they share with the other loops.

- a loop that runs zero times becomes its initial values; one that runs once becomes its
  body with the lower bound for the induction variable; one that runs at least once with
  a body that only yields values from outside becomes those values;
- an iteration argument whose init is a `tensor.cast` that only loses static shape
  information is carried with the cast's source type, casts moved inside the loop.

Iteration arguments that are forwarded, duplicated or unused are removed by the generic
region-branch patterns (scf_region_branch).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IntegerType
from pyir.core import Operation, Value
from pyir.folding import constant_value
from pyir.loop_like import is_defined_outside
from pyir.patterns import RewritePattern

_INDEX_WIDTH = 64


def _const(bound: Any) -> IntegerAttr | None:
    """An int bound (static) or a Value's IntegerAttr constant."""
    if isinstance(bound, int):
        return None
    attr = constant_value(bound)
    return attr if isinstance(attr, IntegerAttr) else None


def _width(bound: Any) -> int:
    if isinstance(bound, int):
        return _INDEX_WIDTH
    t = bound.type
    return t.width if isinstance(t, IntegerType) else _INDEX_WIDTH


def _as_int(bound: Any) -> int | None:
    if isinstance(bound, int):
        return bound
    attr = _const(bound)
    return attr.value if attr is not None else None


def constant_trip_count(lb: Any, ub: Any, step: Any, signed: bool = True) -> int | None:
    """How many times a loop `for (i = lb; i < ub; i += step)` runs, when the bounds say
    (MLIR's constantTripCount). Bounds are Values or ints (static index entries); None
    when unknown: a non-constant bound or step, a zero step, or a negative signed step."""
    if _width(lb) != _width(ub):
        return None
    if lb is ub or (isinstance(lb, int) and lb == ub):
        return 0
    width = _width(lb)
    mask = (1 << width) - 1
    st = _as_int(step)
    if st == 0:
        return None
    lo, hi = _as_int(lb), _as_int(ub)
    if lo is None or hi is None:
        return None
    if width == 1:
        signed = False  # MLIR reads i1 bounds (true) as 1, not -1 (iree-opt agrees)
    if not signed:
        lo, hi = lo & mask, hi & mask
    if hi <= lo:
        return 0
    if st is None:
        return None
    if signed and st < 0:
        return None
    diff = (hi - lo) & mask  # ub > lb: the difference read as unsigned
    st &= mask
    return -(-diff // st)


def for_trip_count(op: Operation) -> int | None:
    lb, ub, step = op.operands[:3]
    return constant_trip_count(lb, ub, step, "unsignedCmp" not in op.properties)


class ForSimplifyTrivialLoops(RewritePattern):
    """scf.for running zero times -> its inits; once -> its body; an empty body run at
    least once that yields outside values -> those values (MLIR's SimplifyTrivialLoops)."""

    root = "scf.for"
    name = "SimplifyTrivialLoops"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lb, _, _, *inits = op.operands
        trips = for_trip_count(op)
        if trips is None:
            return False
        if trips == 0:
            rewriter.replace_op(op, inits)
            return True
        body = op.regions[0].blocks[0]
        terminator = body.last_op
        if terminator is None or terminator.name != "scf.yield":
            return False
        if trips == 1:
            rewriter.inline_block_before(body, op.parent, op, [lb, *inits])
            values = list(terminator.operands)
            rewriter.erase_op(terminator)
            rewriter.replace_op(op, values)
            return True
        if body.first_op is not terminator:
            return False
        yielded = list(terminator.operands)
        if not all(is_defined_outside(op, v) for v in yielded):
            return False
        rewriter.replace_op(op, yielded)
        return True


class ForTensorCastFolder(RewritePattern):
    """scf.for iter_args(%a = tensor.cast %t : T0 to T1) whose result has one use ->
    the loop carries T0, casting to T1 inside and after it (MLIR's
    ForOpTensorCastFolder; only casts that lose static information)."""

    root = "scf.for"
    name = "ForOpTensorCastFolder"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_canonicalize import preserves_static_info

        inits = op.operands[3:]
        for i, (init, result) in enumerate(zip(inits, op.results)):
            cast = getattr(init, "op", None)
            if cast is None or cast.name != "tensor.cast":
                continue
            source = cast.operands[0]
            if source.type == init.type or not preserves_static_info(init.type, source.type):
                continue
            if not result.has_one_use():
                continue
            _replace_cast_iter_arg(rewriter, op, i, source)
            return True
        return False


def _replace_cast_iter_arg(rewriter: Any, op: Operation, i: int, source: Value) -> None:
    """Rebuild `op` carrying iteration argument `i` with `source`'s type (the old type
    is restored by tensor.casts at the start of the body, before the yield and after the
    loop)."""
    from pyir.builder import InsertionPoint
    from pyir.dialects.tensor_ops import CastOp

    old_type = op.operands[3 + i].type
    new_type = source.type
    operands = list(op.operands)
    operands[3 + i] = source
    body = op.regions[0].blocks[0]
    new = rewriter.create(
        op.op_def,
        operands,
        [v.type for v in operands[3:]],
        dict(op.properties),
        dict(op.attributes),
        regions=1,
        location=op.location,
    )
    new_block = rewriter.create_block(
        new.regions[0], [v.type for v in [operands[0], *operands[3:]]]
    )
    args = list(new_block.args)
    with rewriter.at(InsertionPoint.at_block_begin(new_block)):
        cast_in = rewriter.create(CastOp, [args[1 + i]], [old_type], location=op.location)
    args[1 + i] = cast_in.results[0]
    rewriter.inline_block_before(body, new_block, None, args)
    terminator = new_block.last_op
    with rewriter.at(InsertionPoint.before(terminator)):
        cast_out = rewriter.create(
            CastOp, [terminator.operands[i]], [new_type], location=op.location
        )
    rewriter.set_operand(terminator, i, cast_out.results[0])
    with rewriter.at(InsertionPoint.after(new)):
        after = rewriter.create(CastOp, [new.results[i]], [old_type], location=op.location)
    results = list(new.results)
    results[i] = after.results[0]
    rewriter.replace_op(op, results)
