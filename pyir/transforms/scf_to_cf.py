"""`convert-scf-to-cf`: lower structured control flow (`scf`) to a CFG of `cf` branches,
producing exactly MLIR's blocks, block arguments and branch layout.

Each lowering is a RewritePattern rooted at one scf op (usable with any driver), written
against op names only: this module sits in the core and may not import dialects, so the
ops it creates (`cf.br`, `cf.cond_br`, `cf.switch`, `arith.cmpi`, `arith.addi`,
`arith.index_cast`, `arith.constant`, and `scf.for` / `scf.parallel` / `scf.reduce` as
intermediate steps) are resolved through the context.

The layouts, with `^pre` the block holding the op and `^post` the ops after it:

    scf.for      ^pre: br ^cond(lb, inits)   ^cond(iv, iters): cmpi slt|ult; cond_br ^body, ^post
                 ^body...: <body>; iv' = addi iv, step; br ^cond(iv', yielded)   -> results = iters
    scf.if       ^pre: cond_br c, ^then, ^else|^cont   ^then...: br ^cont(yielded)
                 ^else...: br ^cont(yielded)   [^cont(results): br ^post  -- only with results]
    scf.while    ^pre: br ^before(inits)   ^before...: cond_br c, ^after(args), ^post
                 ^after...: br ^before(yielded)   -> results = condition args
                 (a forwarding-only `after` region: cond_br c, ^before(args), ^post)
    index_switch ^pre: i = index_cast arg : i64; switch i [default: ^d, v: ^case...]
                 ^case...: br ^post(yielded) ... ^d...: br ^post(yielded)   ^post(results)
    execute_region ^pre: br ^entry   <blocks; each scf.yield -> br ^post(values)>   ^post(results)
    scf.parallel   a nest of scf.for (outermost first) carrying the reductions, then lowered
    scf.forall     (without shared_outs) scf.parallel with constant bounds materialized

Like MLIR's partial conversion, the driver visits ops in pre-order and lowers the scf
ops a pattern creates right after that pattern; an op no pattern can lower (a `scf.forall`
with `shared_outs`) fails the pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builder import InsertionPoint
from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import I1, INDEX, IntegerType, VectorType
from pyir.core import Block, Operation, Value
from pyir.dense_attributes import DenseArrayAttr, DenseIntOrFPElementsAttr
from pyir.passes import Pass, option
from pyir.patterns import FrozenPatternSet, PatternSet, RewritePattern
from pyir.rewriter import PatternRewriter, RewriterListener

__all__ = [
    "DoWhileLowering",
    "ExecuteRegionLowering",
    "ForLowering",
    "ForallLowering",
    "ILLEGAL_OPS",
    "IfLowering",
    "IndexSwitchLowering",
    "ParallelLowering",
    "SCFToControlFlowPass",
    "WhileLowering",
    "lower_scf_to_cf",
    "scf_to_cf_patterns",
]

#: The ops the conversion must remove (MLIR's illegal ops); all others are left alone.
ILLEGAL_OPS = frozenset(
    (
        "scf.for",
        "scf.forall",
        "scf.if",
        "scf.index_switch",
        "scf.parallel",
        "scf.while",
        "scf.execute_region",
    )
)

_I32 = IntegerType(32)
_I64 = IntegerType(64)
_SLT, _ULT = 2, 6  # arith.cmpi predicate numbers


# -- building ops by name ----------------------------------------------------------------------
def _segments(*sizes: int) -> DenseArrayAttr:
    return DenseArrayAttr(_I32, tuple(sizes))


def _br(rw: PatternRewriter, dest: Block, operands: Sequence[Value], loc: Any) -> Operation:
    return rw.create("cf.br", list(operands), successors=[dest], location=loc)


def _cond_br(
    rw: PatternRewriter,
    cond: Value,
    true_dest: Block,
    true_operands: Sequence[Value],
    false_dest: Block,
    false_operands: Sequence[Value],
    loc: Any,
) -> Operation:
    return rw.create(
        "cf.cond_br",
        [cond, *true_operands, *false_operands],
        properties={"operandSegmentSizes": _segments(1, len(true_operands), len(false_operands))},
        successors=[true_dest, false_dest],
        location=loc,
    )


def _constant_index(rw: PatternRewriter, value: int, loc: Any) -> Value:
    op = rw.create(
        "arith.constant", [], [INDEX], properties={"value": IntegerAttr(value, INDEX)}, location=loc
    )
    return op.results[0]


def _new_for(
    rw: PatternRewriter, lb: Value, ub: Value, step: Value, inits: Sequence[Value], loc: Any
) -> Operation:
    """An `scf.for` as MLIR's builder makes it: the body block takes the induction
    variable and one argument per init, and already ends with `scf.yield` without inits."""
    inits = list(inits)
    op = rw.create(
        "scf.for", [lb, ub, step, *inits], [v.type for v in inits], regions=1, location=loc
    )
    types = [lb.type, *(v.type for v in inits)]
    block = op.regions[0].add_block(Block(types, [loc] * len(types)))
    if not inits:
        with rw.at(InsertionPoint.at_block_end(block)):
            rw.create("scf.yield", [], location=loc)
    return op


def _attr_dialect(attr: Any) -> str:
    """The dialect namespace of an attribute value ("" for builtin ones)."""
    dialect = getattr(attr, "dialect", None)
    if isinstance(dialect, str):
        return dialect
    # Unregistered `#dialect.name<...>`, else the kind of a defined attribute
    # (`arith.fastmath`, `builtin.integer`).
    name = getattr(attr, "dialect_and_name", None) or getattr(attr, "kind", "")
    return name.partition(".")[0] if isinstance(name, str) else ""


def _split_at(rw: PatternRewriter, op: Operation) -> tuple[Block, Block]:
    """Split `op`'s block before `op`: (the block keeping the ops before it, the new block
    starting with `op`)."""
    block = op.parent
    return block, rw.split_block(block, op)


# -- the lowerings ------------------------------------------------------------------------------
class _Lowering(RewritePattern):
    """A lowering pattern; `context` resolves the op names it creates when the driver's
    rewriter has no context of its own (without either, they are created unregistered)."""

    def __init__(self, context: Any = None) -> None:
        self.context = context

    def match_and_rewrite(self, op: Operation, rw: PatternRewriter) -> bool:
        if rw.context is None:
            rw.context = self.context
        return self.lower(op, rw)

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        raise NotImplementedError(type(self).__name__)


class ForLowering(_Lowering):
    """`scf.for` -> condition block (induction variable and iteration values as
    arguments), body blocks, and a back edge stepping the induction variable."""

    root = "scf.for"

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        loc = op.location
        lb, ub, step = op.operands[0], op.operands[1], op.operands[2]
        inits = op.operands[3:]
        init_block, end_block = _split_at(rw, op)
        region = op.regions[0]
        cond_block = region.blocks[0]
        first_body = rw.split_block(cond_block, cond_block.first_op)
        last_body = region.blocks[-1]
        rw.inline_region_before(region, end_block.parent, end_block)
        iv = cond_block.args[0]

        terminator = last_body.last_op
        rw.set_insertion_point_to_end(last_body)
        stepped = rw.create("arith.addi", [iv, step], [iv.type], location=loc).results[0]
        back = _br(rw, cond_block, [stepped, *terminator.operands], loc)
        # Discardable attributes from the LLVM dialect (loop annotations) move to the
        # back edge, as MLIR does.
        llvm = {k: v for k, v in op.attributes.items() if _attr_dialect(v) == "llvm"}
        if llvm:
            rw.modify_op_in_place(back, lambda: [back.set_attribute(k, v) for k, v in llvm.items()])
        rw.erase_op(terminator)

        rw.set_insertion_point_to_end(init_block)
        _br(rw, cond_block, [lb, *inits], loc)

        rw.set_insertion_point_to_end(cond_block)
        predicate = _ULT if "unsignedCmp" in op.properties else _SLT
        cmp = rw.create(
            "arith.cmpi",
            [iv, ub],
            [I1],
            properties={"predicate": IntegerAttr(predicate, _I64)},
            location=loc,
        )
        _cond_br(rw, cmp.results[0], first_body, [], end_block, [], loc)
        rw.replace_op(op, list(cond_block.args[1:]))
        return True


class IfLowering(_Lowering):
    """`scf.if` -> a conditional branch to the then / else blocks, which branch to a
    continuation block (with one argument per result, then branching on to the rest)."""

    root = "scf.if"

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        loc = op.location
        cond_block, remaining = _split_at(rw, op)
        if not op.results:
            continue_block = remaining
        else:
            types = [r.type for r in op.results]
            continue_block = rw.create_block(remaining.parent, types, [loc] * len(types), remaining)
            _br(rw, remaining, [], loc)

        then_region = op.regions[0]
        then_block = then_region.blocks[0]
        _branch_instead_of_terminator(rw, then_region.blocks[-1], continue_block, loc)
        rw.inline_region_before(then_region, continue_block.parent, continue_block)

        else_block = continue_block
        else_region = op.regions[1]
        if else_region.blocks:
            else_block = else_region.blocks[0]
            _branch_instead_of_terminator(rw, else_region.blocks[-1], continue_block, loc)
            rw.inline_region_before(else_region, continue_block.parent, continue_block)

        rw.set_insertion_point_to_end(cond_block)
        _cond_br(rw, op.operands[0], then_block, [], else_block, [], loc)
        rw.replace_op(op, list(continue_block.args))
        return True


def _branch_instead_of_terminator(rw: PatternRewriter, block: Block, dest: Block, loc: Any) -> None:
    """End `block` with `cf.br ^dest(<its terminator's operands>)` instead of the
    terminator (the branch is created first, then the terminator erased)."""
    terminator = block.last_op
    rw.set_insertion_point_to_end(block)
    _br(rw, dest, terminator.operands, loc)
    rw.erase_op(terminator)


class ExecuteRegionLowering(_Lowering):
    """`scf.execute_region` -> a branch into its inlined blocks, whose `scf.yield`s
    branch to the continuation block (one argument per result)."""

    root = "scf.execute_region"

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        loc = op.location
        cond_block, remaining = _split_at(rw, op)
        region = op.regions[0]
        rw.set_insertion_point_to_end(cond_block)
        _br(rw, region.blocks[0], [], loc)
        for block in region.blocks:
            terminator = block.last_op
            if terminator is not None and terminator.name == "scf.yield":
                _branch_instead_of_terminator(rw, block, remaining, loc)
        rw.inline_region_before(region, remaining.parent, remaining)
        values = [remaining.add_argument(r.type, loc) for r in op.results]
        rw.replace_op(op, values)
        return True


class ParallelLowering(_Lowering):
    """`scf.parallel` -> a nest of `scf.for` (one per dimension, outermost first) that
    carries the reduction values; each reduction's body is inlined into the innermost
    loop and its result yielded."""

    root = "scf.parallel"

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        body = op.regions[0].blocks[0]
        reduce = body.last_op
        if reduce is None or reduce.name != "scf.reduce":
            return rw.notify_match_failure(op, "expected an scf.reduce terminator")
        loc = op.location
        n = len(body.args)
        lbs, ubs, steps = op.operands[:n], op.operands[n : 2 * n], op.operands[2 * n : 3 * n]
        iter_args = list(op.operands[3 * n :])
        loop_results = list(iter_args)
        ivs: list[Value] = []
        first = True
        for lb, ub, step in zip(lbs, ubs, steps):
            loop = _new_for(rw, lb, ub, step, iter_args, loc)
            loop_body = loop.regions[0].blocks[0]
            ivs.append(loop_body.args[0])
            iter_args = list(loop_body.args[1:])
            if first:
                loop_results = list(loop.results)
                first = False
            elif loop.results:
                rw.set_insertion_point_to_end(rw.block)
                rw.create("scf.yield", list(loop.results), location=loc)
            rw.set_insertion_point_to_start(loop_body)

        yielded: list[Value] = []
        for i in range(len(op.results)):
            reduction = reduce.regions[i].blocks[0]
            arg = iter_args[len(yielded)]
            ret = reduction.last_op
            yielded.append(ret.operands[0])
            rw.erase_op(ret)
            rw.inline_block_before(reduction, reduce.parent, reduce, [arg, reduce.operands[i]])
        rw.erase_op(reduce)

        new_body = rw.block
        if new_body.first_op is None:
            rw.merge_blocks(body, new_body, ivs)
        else:
            rw.inline_block_before(body, new_body, new_body.last_op, ivs)
        if yielded:
            rw.set_insertion_point_to_end(rw.block)
            rw.create("scf.yield", yielded, location=loc)
        rw.replace_op(op, loop_results)
        return True


class WhileLowering(_Lowering):
    """`scf.while` -> the `before` blocks (ending in a conditional branch to the `after`
    blocks or out) and the `after` blocks (branching back)."""

    root = "scf.while"

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        loc = op.location
        current, continuation = _split_at(rw, op)
        before_region, after_region = op.regions[0], op.regions[1]
        before = before_region.blocks[0]
        after = after_region.blocks[0]
        before_last = before_region.blocks[-1]
        after_last = after_region.blocks[-1]
        rw.inline_region_before(after_region, continuation.parent, continuation)
        rw.inline_region_before(before_region, continuation.parent, after)

        rw.set_insertion_point_to_end(current)
        _br(rw, before, op.operands, loc)

        condition = before_last.last_op
        args = list(condition.operands[1:])
        rw.set_insertion_point(condition)
        branch = _cond_br(rw, condition.operands[0], after, args, continuation, [], loc)
        rw.replace_op(condition, branch.results)

        yield_op = after_last.last_op
        rw.set_insertion_point(yield_op)
        back = _br(rw, before, yield_op.operands, loc)
        rw.replace_op(yield_op, back.results)
        rw.replace_op(op, args)
        return True


class DoWhileLowering(_Lowering):
    """`scf.while` whose `after` region only forwards its arguments -> the `before`
    blocks looping on themselves (preferred over WhileLowering: higher benefit)."""

    root = "scf.while"
    benefit = 2

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        after = op.regions[1].blocks[0]
        only = after.first_op
        if only is None or only is not after.last_op:
            return rw.notify_match_failure(op, "the 'after' region has a payload")
        if only.name != "scf.yield" or list(only.operands) != list(after.args):
            return rw.notify_match_failure(op, "the 'after' region does not forward its arguments")
        loc = op.location
        current, continuation = _split_at(rw, op)
        before_region = op.regions[0]
        before = before_region.blocks[0]
        before_last = before_region.blocks[-1]
        rw.inline_region_before(before_region, continuation.parent, continuation)

        rw.set_insertion_point_to_end(current)
        _br(rw, before, op.operands, loc)

        condition = before_last.last_op
        args = list(condition.operands[1:])
        rw.set_insertion_point(condition)
        branch = _cond_br(rw, condition.operands[0], before, args, continuation, [], loc)
        rw.replace_op(condition, branch.results)
        rw.replace_op(op, args)
        return True


class IndexSwitchLowering(_Lowering):
    """`scf.index_switch` -> `cf.switch` on the index cast to i64, the case blocks then the
    default blocks, all branching to a continuation block taking the results."""

    root = "scf.index_switch"

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        loc = op.location
        cond_block, continue_block = _split_at(rw, op)
        results = [continue_block.add_argument(r.type, loc) for r in op.results]

        def convert_region(index: int) -> Block:
            region = op.regions[index]
            block = region.blocks[0]
            terminator = block.last_op
            rw.set_insertion_point(terminator)
            branch = _br(rw, continue_block, terminator.operands, loc)
            rw.replace_op(terminator, branch.results)
            rw.inline_region_before(region, continue_block.parent, continue_block)
            return block

        cases = op.properties.get("cases")
        values = list(cases.values) if cases is not None else []
        successors = [convert_region(i + 1) for i in range(len(values))]
        default = convert_region(0)

        rw.set_insertion_point_to_end(cond_block)
        flag = rw.create("arith.index_cast", [op.operands[0]], [_I64], location=loc).results[0]
        props: dict = {
            "case_operand_segments": DenseArrayAttr(_I32, (0,) * len(values)),
            "operandSegmentSizes": _segments(1, 0, 0),
        }
        if values:
            props["case_values"] = DenseIntOrFPElementsAttr(
                VectorType((len(values),), _I64), values
            )
        rw.create(
            "cf.switch", [flag], properties=props, successors=[default, *successors], location=loc
        )
        rw.replace_op(op, results)
        return True


class ForallLowering(_Lowering):
    """`scf.forall` without `shared_outs` -> `scf.parallel` over the same bounds (static
    ones materialized as `arith.constant`s), its `mapping` kept as an attribute."""

    root = "scf.forall"

    def lower(self, op: Operation, rw: PatternRewriter) -> bool:
        view = op.view()
        if view.outputs:
            return rw.notify_match_failure(
                op, "only fully bufferized scf.forall ops can be lowered to scf.parallel"
            )
        loc = op.location
        rw.set_insertion_point(op)
        bounds: list[Value] = []
        for which in ("LowerBound", "UpperBound", "Step"):
            for entry in view.mixed(which):
                bounds.append(
                    entry if isinstance(entry, Value) else _constant_index(rw, entry, loc)
                )
        rank = len(bounds) // 3
        parallel = rw.create(
            "scf.parallel",
            bounds,
            properties={"operandSegmentSizes": _segments(rank, rank, rank, 0)},
            regions=1,
            location=loc,
        )
        rw.inline_region_before(op.regions[0], parallel.regions[0], None)
        body = parallel.regions[0].blocks[0]
        terminator = body.last_op
        rw.set_insertion_point(terminator)
        reduce = rw.create("scf.reduce", [], regions=0, location=loc)
        rw.replace_op(terminator, reduce.results)
        mapping = op.properties.get("mapping")
        if mapping is not None:
            rw.modify_op_in_place(parallel, lambda: parallel.set_attribute("mapping", mapping))
        rw.replace_op(op, parallel.results)
        return True


def scf_to_cf_patterns(context: Any = None) -> FrozenPatternSet:
    """The lowering patterns of every scf op (MLIR's populateSCFToControlFlowConversionPatterns);
    `context` resolves the names of the ops they create."""
    lowerings = (
        ForallLowering,
        ForLowering,
        IfLowering,
        ParallelLowering,
        WhileLowering,
        ExecuteRegionLowering,
        IndexSwitchLowering,
        DoWhileLowering,
    )
    return PatternSet([cls(context) for cls in lowerings]).freeze()


# -- the driver ---------------------------------------------------------------------------------
class _CreatedOps(RewriterListener):
    """Collects the ops to lower that a pattern created (not those it moved)."""

    def __init__(self, known: set) -> None:
        self.known = known
        self.created: list[Operation] = []

    def notify_operation_inserted(self, op: Operation) -> None:
        if op.name in ILLEGAL_OPS and op not in self.known:
            self.known.add(op)
            self.created.append(op)


def _cannot_lower(op: Operation) -> bool:
    """Ops no pattern lowers: an scf.forall with shared_outs (tensors)."""
    return op.name == "scf.forall" and bool(op.view().outputs)


def _lowering_order(root: Operation) -> list[Operation]:
    """The scf ops nested in `root`, each before the ops nested in it and later siblings
    before earlier ones. Lowering an op splits its block and moves the ops after it, so
    going backwards keeps the moves short; the blocks come out as in MLIR's forward order,
    since each lowering only rearranges the blocks around its own op."""
    order = []
    stack = [op for region in root.regions for block in region.blocks for op in block.ops]
    while stack:
        op = stack.pop()
        if op.name in ILLEGAL_OPS:
            order.append(op)
        for region in op.regions:
            for block in region.blocks:
                stack.extend(block.ops)
    return order


def lower_scf_to_cf(root: Operation, context: Any = None) -> Operation | None:
    """Lower every scf op nested in `root` to `cf` branches. Returns None on success, or
    the first op (in pre-order) that no pattern can lower; the IR is then unchanged."""
    for op in root.walk(post_order=False):
        if op is not root and _cannot_lower(op):
            return op
    patterns = scf_to_cf_patterns(context)
    pending = _lowering_order(root)
    listener = _CreatedOps(set(pending))
    rewriter = PatternRewriter(listener=listener, context=context)

    def legalize(op: Operation) -> Operation | None:
        rewriter.insertion_point = InsertionPoint.before(op)
        listener.created = []
        for pattern in patterns.patterns_for(op):
            if pattern.match_and_rewrite(op, rewriter):
                break
        else:
            return op
        # Ops the pattern created are lowered right away (MLIR legalizes them at once).
        for new in listener.created:
            failed = legalize(new)
            if failed is not None:
                return failed
        return None

    for op in pending:
        failed = legalize(op)
        if failed is not None:
            return failed
    return None


class SCFToControlFlowPass(Pass):
    """Lowers scf ops to the cf dialect; fails on an op it cannot lower."""

    name = "convert-scf-to-cf"
    summary = (
        "Convert SCF dialect to ControlFlow dialect, replacing structured control flow with a CFG"
    )
    display_name = "SCFToControlFlowPass"
    dependent_dialects = ("cf", "arith", "scf")
    allow_pattern_rollback: bool = option(
        True, help="Experimental performance flag to disallow pattern rollback"
    )

    def run_on_operation(self, op: Any) -> None:
        failed = lower_scf_to_cf(op, self.context)
        if failed is not None:
            self.emit_error(
                failed,
                f"failed to legalize operation '{failed.name}' that was explicitly marked illegal",
            )
            self.signal_pass_failure()
