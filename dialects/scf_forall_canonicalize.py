"""Canonicalization patterns of `scf.forall` (MLIR's FoldTensorCastOfOutputIntoForallOp,
ForallOpControlOperandsFolder, ForallOpIterArgsFolder,
ForallOpSingleOrZeroIterationDimsFolder and ForallOpReplaceConstantInductionVar):

- an output that is a `tensor.cast` losing static information is shared uncast, the
  casts moving into the body and after the loop;
- constant dynamic bounds become static entries;
- an output nobody reads the result of, or that nothing writes into, is dropped (its
  block argument becomes the output value, its writes are erased);
- without a device mapping, a dimension that runs zero times makes the loop its outputs
  and dimensions that run once are dropped (the induction variable is the lower bound);
- an induction variable of a dimension that runs once is its lower bound (also with a
  mapping, where the dimension stays).

The parallel-combining ops are recognized by name (`tensor.parallel_insert_slice`, whose
operand #1 is the output it writes into).
"""

from __future__ import annotations

from typing import Any

from pyir.builder import InsertionPoint
from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import DYNAMIC, INDEX
from pyir.core import Operation, Region
from pyir.dialects.scf_for_canonicalize import constant_trip_count
from pyir.folding import constant_value
from pyir.patterns import RewritePattern

_WHICH = ("LowerBound", "UpperBound", "Step")
_INSERT = "tensor.parallel_insert_slice"


def _mixed(op: Operation) -> tuple[list, list, list] | None:
    """The lower bounds, upper bounds and steps as ints and Values (None if malformed)."""
    sizes = getattr(op.properties.get("operandSegmentSizes"), "values", None)
    if sizes is None or len(sizes) != 4 or sum(sizes) != len(op.operands):
        return None
    out, start = [], 0
    for which, n in zip(_WHICH, sizes):
        static = getattr(op.properties.get(f"static{which}"), "values", None)
        if static is None or sum(1 for v in static if v == DYNAMIC) != n:
            return None
        values = iter(op.operands[start : start + n])
        out.append([next(values) if v == DYNAMIC else v for v in static])
        start += n
    if len({len(x) for x in out}) != 1:
        return None
    return out[0], out[1], out[2]


def _outputs(op: Operation) -> list:
    return list(op.operands[len(op.operands) - len(op.results) :]) if op.results else []


def _set_bounds(op: Operation, lbs: list, ubs: list, steps: list, outputs: list) -> None:
    """Rewrite `op`'s bound properties and operands in place (call within a rewriter's
    modify_op_in_place)."""
    from pyir.dialects.scf_loops import forall_properties

    dynamic = [[v for v in group if not isinstance(v, int)] for group in (lbs, ubs, steps)]
    static = [[v if isinstance(v, int) else DYNAMIC for v in group] for group in (lbs, ubs, steps)]
    sizes = [len(d) for d in dynamic] + [len(outputs)]
    for name, value in forall_properties(*static, sizes).items():
        op.set_property(name, value)
    op.set_operands([*dynamic[0], *dynamic[1], *dynamic[2], *outputs])


def _new_forall(rewriter: Any, op: Operation, lbs: list, ubs: list, steps: list, outputs: list):
    """An scf.forall like `op` (attributes, mapping) with these bounds and outputs and an
    empty region."""
    new = rewriter.create(
        op.op_def,
        [],
        [v.type for v in outputs],
        dict(op.properties),
        dict(op.attributes),
        regions=[Region()],
        location=op.location,
    )
    _set_bounds(new, lbs, ubs, steps, outputs)
    return new


def _combining_ops(op: Operation, arg: Any) -> list[Operation]:
    """The ops of the in_parallel terminator writing into output argument `arg`."""
    terminator = op.regions[0].blocks[0].last_op
    if terminator is None or terminator.name != "scf.forall.in_parallel":
        return []
    blocks = terminator.regions[0].blocks
    if not blocks:
        return []
    return [
        o
        for o in blocks[0].ops
        if o.name == _INSERT and len(o.operands) > 1 and o.operands[1] is arg
    ]


def _index_constant(rewriter: Any, value: int, location: Any) -> Any:
    from pyir.dialects.arith import ConstantOp

    attr = IntegerAttr(value, INDEX)
    return rewriter.create(ConstantOp, [], [INDEX], {"value": attr}, location=location).results[0]


def _value_of(rewriter: Any, bound: Any, location: Any) -> Any:
    return _index_constant(rewriter, bound, location) if isinstance(bound, int) else bound


def _well_formed(op: Operation) -> tuple[list, list, list] | None:
    mixed = _mixed(op)
    blocks = op.regions[0].blocks
    if mixed is None or len(blocks) != 1:
        return None
    if len(blocks[0].args) != len(mixed[0]) + len(op.results):
        return None
    return mixed


class ForallControlOperandsFolder(RewritePattern):
    """Constant dynamic bounds of scf.forall become static entries."""

    root = "scf.forall"
    name = "ForallOpControlOperandsFolder"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        mixed = _mixed(op)
        if mixed is None:
            return False
        changed = False
        folded = []
        for group in mixed:
            new_group = []
            for v in group:
                attr = None if isinstance(v, int) else constant_value(v)
                if isinstance(attr, IntegerAttr) and attr.value != DYNAMIC:
                    new_group.append(attr.value)
                    changed = True
                else:
                    new_group.append(v)
            folded.append(new_group)
        if not changed:
            return False
        outputs = _outputs(op)
        rewriter.modify_op_in_place(op, lambda: _set_bounds(op, *folded, outputs))
        return True


class ForallIterArgsFolder(RewritePattern):
    """Outputs whose result is unused, or that nothing writes into, are dropped: their
    writes are erased, their block argument and result become the output value."""

    root = "scf.forall"
    name = "ForallOpIterArgsFolder"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        mixed = _well_formed(op)
        if mixed is None:
            return False
        body = op.regions[0].blocks[0]
        rank = len(mixed[0])
        outputs = _outputs(op)
        args = body.args[rank:]
        drop = [
            result.first_use is None or not _combining_ops(op, arg)
            for result, arg in zip(op.results, args)
        ]
        if not any(drop):
            return False
        for arg, dropped in zip(args, drop):
            if dropped:
                for write in _combining_ops(op, arg):
                    rewriter.erase_op(write)
        kept = [v for v, d in zip(outputs, drop) if not d]
        new = _new_forall(rewriter, op, *mixed, kept)
        types = [a.type for a in body.args[:rank]] + [v.type for v in kept]
        block = rewriter.create_block(new.regions[0], types)
        new_args = iter(block.args[rank:])
        mapping = list(block.args[:rank])
        mapping += [v if d else next(new_args) for v, d in zip(outputs, drop)]
        rewriter.inline_block_before(body, block, None, mapping)
        new_results = iter(new.results)
        rewriter.replace_op(op, [v if d else next(new_results) for v, d in zip(outputs, drop)])
        return True


class ForallSingleOrZeroIterationDims(RewritePattern):
    """Without a mapping: a dimension running zero times makes the loop its outputs;
    dimensions running once are dropped, their induction variable the lower bound."""

    root = "scf.forall"
    name = "ForallOpSingleOrZeroIterationDimsFolder"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if "mapping" in op.properties:
            return False
        mixed = _well_formed(op)
        if mixed is None:
            return False
        lbs, ubs, steps = mixed
        kept, once = [], []
        for i, (lb, ub, step) in enumerate(zip(lbs, ubs, steps)):
            trips = constant_trip_count(lb, ub, step)
            if trips == 0:
                rewriter.replace_op(op, _outputs(op))
                return True
            (once if trips == 1 else kept).append(i)
        if not once:
            return False
        if not kept:
            return _promote(rewriter, op, lbs)
        body = op.regions[0].blocks[0]
        for i in once:
            rewriter.replace_all_uses_with(body.args[i], _value_of(rewriter, lbs[i], op.location))
        new = _new_forall(
            rewriter,
            op,
            [lbs[i] for i in kept],
            [ubs[i] for i in kept],
            [steps[i] for i in kept],
            _outputs(op),
        )
        rewriter.modify_op_in_place(
            op, lambda: [body.erase_argument(i) for i in sorted(once, reverse=True)]
        )
        rewriter.inline_region_before(op.regions[0], new.regions[0], None)
        rewriter.replace_op(op, new)
        return True


def _promote(rewriter: Any, op: Operation, lbs: list) -> bool:
    """Every dimension runs once: the body moves before `op`, each parallel write becoming
    a `tensor.insert_slice` (after `op`); as in MLIR, the k-th write gives result k, whatever
    output it writes into, and writes past the last result are left unused."""
    body = op.regions[0].blocks[0]
    terminator = body.last_op
    if terminator is None or terminator.name != "scf.forall.in_parallel":
        return False
    writes = list(terminator.regions[0].blocks[0].ops) if terminator.regions[0].blocks else []
    writes = [w for w in writes if w.name == _INSERT and len(w.operands) >= 2]
    # MLIR replaces the results positionally. With fewer writes than results it would
    # leave uses of the erased loop, and a write whose type differs from its result's
    # would give invalid IR: those loops are left alone.
    if len(writes) < len(op.results):
        return False
    for write, res in zip(writes, op.results):
        if write.operands[1].type != res.type:
            return False
    ivs = [_value_of(rewriter, lb, op.location) for lb in lbs]
    rewriter.inline_block_before(body, op.parent, op, [*ivs, *_outputs(op)])
    from pyir.dialects.tensor_slice_ops import InsertSliceOp

    results = []
    with rewriter.at(InsertionPoint.after(op)):
        for write in writes:
            dest = write.operands[1]
            insert = rewriter.create(
                InsertSliceOp,
                list(write.operands),
                [dest.type],
                dict(write.properties),
                location=op.location,
            )
            results.append(insert.results[0])
    for old, new in zip(op.results, results):
        rewriter.replace_all_uses_with(old, new)
    rewriter.erase_op(terminator)
    rewriter.erase_op(op)
    return True


class ForallReplaceConstantInductionVar(RewritePattern):
    """The induction variable of a dimension running once is its lower bound."""

    root = "scf.forall"
    name = "ForallOpReplaceConstantInductionVar"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        mixed = _well_formed(op)
        if mixed is None:
            return False
        body = op.regions[0].blocks[0]
        changed = False
        for iv, lb, ub, step in zip(body.args, *mixed):
            if iv.first_use is None or constant_trip_count(lb, ub, step) != 1:
                continue
            rewriter.replace_all_uses_with(iv, _value_of(rewriter, lb, op.location))
            changed = True
        return changed


class ForallFoldTensorCastOfOutput(RewritePattern):
    """An output `tensor.cast %t : T0 to T1` losing static information -> %t shared with
    type T0; the body sees a cast of the argument, the result is cast back."""

    root = "scf.forall"
    name = "FoldTensorCastOfOutputIntoForallOp"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_canonicalize import preserves_static_info
        from pyir.dialects.tensor_ops import CastOp

        mixed = _well_formed(op)
        if mixed is None:
            return False
        outputs = _outputs(op)
        casts: dict[int, Any] = {}
        for i, value in enumerate(outputs):
            cast = getattr(value, "op", None)
            if cast is None or cast.name != "tensor.cast":
                continue
            if preserves_static_info(value.type, cast.operands[0].type):
                casts[i] = value.type
                outputs[i] = cast.operands[0]
        if not casts:
            return False
        rank = len(mixed[0])
        body = op.regions[0].blocks[0]
        new = _new_forall(rewriter, op, *mixed, outputs)
        types = [a.type for a in body.args[:rank]] + [v.type for v in outputs]
        block = rewriter.create_block(new.regions[0], types)
        mapping = list(block.args)
        for i, old_type in casts.items():
            with rewriter.at(InsertionPoint.at_block_end(block)):
                cast_in = rewriter.create(CastOp, [block.args[rank + i]], [old_type])
            mapping[rank + i] = cast_in.results[0]
        rewriter.inline_block_before(body, block, None, mapping)
        # The parallel writes go to the new (uncast) output arguments directly.
        for i in casts:
            for write in _combining_ops(new, mapping[rank + i]):
                rewriter.set_operand(write, 1, block.args[rank + i])
        results = list(new.results)
        with rewriter.at(InsertionPoint.after(new)):
            for i, old_type in casts.items():
                results[i] = rewriter.create(CastOp, [new.results[i]], [old_type]).results[0]
        rewriter.replace_op(op, results)
        return True
