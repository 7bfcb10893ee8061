"""The rewriter of dialect conversions: every change is applied at once and logged, so a
failed pattern (or a failed conversion) can be rolled back exactly (MLIR's
ConversionPatternRewriter).

Unlike MLIR, which delays replacements until the conversion commits, pyir applies them
immediately: `replace_op` redirects the uses of the old results right away, and where a
replacement value has another type than the result it replaces (or several values
replace one result), it inserts a `builtin.unrealized_conversion_cast` from the new
values to the old type (a *source materialization*) and redirects the uses to the cast.
Converted operands are found by looking back through those framework casts
(`remap_operands`), so a pattern sees, for each operand, the newest values of the type
its type converter wants; where there are none, a *target materialization* cast is
inserted after the definition of the newest values. Block signatures are converted in
place (the block keeps its identity; its arguments are replaced), again with casts where
types change. At the end of a conversion the framework casts are reconciled (chains
folded, dead ones erased) and the survivors handed to the type converter's
materialization callbacks (see pyir.conversion).

Undo log layout: `log` is a list of tuples whose first item is the kind:

    (CREATE_OP, op)                          op inserted (created, cloned)
    (ERASE_OP, op, block, next_op, refs)     op unlinked; refs = [(slot, value or block)]
                                             of it and its nested ops, dropped
    (MODIFY, op, slots, values, successors, properties, attributes, location)
    (USES, [(slot, old_value), ...])         uses redirected
    (MOVE_OP, op, block, next_op)            op moved from (block, before next_op)
    (CREATE_BLOCK, block)                    block inserted into a region
    (MOVE_BLOCK, block, region, index)       block moved from region[index]
    (ERASE_BLOCK, block, region, index)      block unlinked from region[index]
    (BLOCK_ARGS, block, old_args)            block arguments replaced (signature conversion)
    (REGION_CONVERTER, region, previous)     the type converter of a region's blocks set
    (IGNORE, ops)                            ops nested in a recursively legal op skipped

`undo_to(mark)` rolls back every entry after `mark` in reverse order, so each entry
finds the IR exactly as it left it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pyir.builtin import UnrealizedConversionCastOp
from pyir.core import Block, BlockArgument, IRError, Operation, Region, Value
from pyir.rewriter import PatternRewriter, RewriterListener
from pyir.type_converter import SignatureConversion

__all__ = ["ARGUMENT", "SOURCE", "TARGET", "ConversionPatternRewriter"]

CREATE_OP, ERASE_OP, MODIFY, USES, MOVE_OP = 0, 1, 2, 3, 4
CREATE_BLOCK, MOVE_BLOCK, ERASE_BLOCK, BLOCK_ARGS, REGION_CONVERTER, IGNORE = 5, 6, 7, 8, 9, 10

#: Kinds of framework casts: result -> original type of a replaced result (SOURCE), of a
#: converted block argument (ARGUMENT), or original value -> converted type (TARGET).
SOURCE, ARGUMENT, TARGET = "source", "argument", "target"

_CAST = UnrealizedConversionCastOp


class _Recorder(RewriterListener):
    """The builder's listener: logs what the Builder methods insert."""

    __slots__ = ("log",)

    def __init__(self, log: list) -> None:
        self.log = log

    def notify_operation_inserted(self, op: Operation) -> None:
        self.log.append((CREATE_OP, op))

    def notify_block_inserted(self, block: Block) -> None:
        self.log.append((CREATE_BLOCK, block))


class ConversionPatternRewriter(PatternRewriter):
    """The rewriter conversion patterns get; see the module docstring.

    Invariants: every change made through it is in `log`; `materializations` maps each
    live framework cast to (kind, type converter or None, original type); `ignored` holds
    the ops nested in recursively legal ops; `region_converters` maps regions whose
    block signatures were converted to their type converter.
    """

    def __init__(self, context: Any = None) -> None:
        self.log: list[tuple] = []
        super().__init__(listener=_Recorder(self.log), context=context)
        self.materializations: dict[Operation, tuple] = {}
        self._target_casts: dict[tuple, Operation] = {}
        self.ignored: set[Operation] = set()
        self.region_converters: dict[Region, Any] = {}
        #: The type converter of the pattern being applied (used for replacements).
        self.current_converter: Any = None
        #: The reason the last pattern gave for not applying (for debugging).
        self.last_failure: str | None = None

    # -- replacing and erasing -------------------------------------------------------------
    def replace_op(self, op: Operation, new: Operation | Sequence[Any]) -> None:
        """Replace `op`'s results by `new` (an op, or one value per result; None for a
        result that has no uses) and erase `op`. A value of another type than the result
        it replaces is bridged by a source materialization cast."""
        values = list(new.results) if isinstance(new, Operation) else list(new)
        if len(values) != len(op.results):
            raise IRError(
                f"cannot replace '{op.name}': {len(values)} values for {len(op.results)} results"
            )
        for old, value in zip(op.results, values):
            if old.first_use is None or value is old:
                continue
            if value is not None and same_type(value.type, old.type):
                self._redirect(old, value)
            else:
                self._bridge(op, old, [] if value is None else [value])
        self._erase(op)

    def replace_op_with_multiple(self, op: Operation, groups: Sequence[Sequence[Value]]) -> None:
        """1:N replacement: result i is replaced by the values `groups[i]`."""
        if len(groups) != len(op.results):
            raise IRError(
                f"cannot replace '{op.name}': {len(groups)} groups for {len(op.results)} results"
            )
        for old, group in zip(op.results, groups):
            group = list(group)
            if old.first_use is None:
                continue
            if len(group) == 1 and same_type(group[0].type, old.type):
                self._redirect(old, group[0])
            else:
                self._bridge(op, old, group)
        self._erase(op)

    def erase_op(self, op: Operation) -> None:
        """Erase `op` (and its nested ops). Results that still have uses get a cast from
        nothing: the conversion fails unless those uses are gone by its end."""
        for old in op.results:
            if old.first_use is not None:
                self._bridge(op, old, [])
        self._erase(op)

    def erase_block(self, block: Block) -> None:
        """Erase `block` with its ops (they must not be used outside it)."""
        for op in list(block.ops_reversed()):
            for old in op.results:
                use = old.first_use
                while use is not None and _inside(use.owner, block):
                    use = use.next_use
                if use is not None:
                    raise IRError(f"cannot erase a block: '{use.owner.name}' still uses its values")
        for op in list(block.ops_reversed()):
            for old in op.results:
                self._detach_uses(old)
            self._erase(op)
        region = block.parent
        if region is not None:
            self.log.append((ERASE_BLOCK, block, region, region.blocks.index(block)))
            block.detach()

    def replace_all_uses_with(self, old: Value, new: Value) -> None:
        self._redirect(old, new)

    def replace_uses_with_if(
        self, old: Value, new: Value, predicate: Callable[[Any], bool]
    ) -> None:
        changed = []
        use = old.first_use
        while use is not None:
            nxt = use.next_use
            if predicate(use):
                changed.append((use, old))
                use.set(new)
            use = nxt
        if changed:
            self.log.append((USES, changed))

    def _redirect(self, old: Value, new: Value) -> None:
        if old is new:
            return
        changed = []
        use = old.first_use
        while use is not None:
            nxt = use.next_use
            changed.append((use, old))
            use.set(new)
            use = nxt
        if changed:
            self.log.append((USES, changed))

    def _detach_uses(self, old: Value) -> None:
        """Drop the uses of `old` (by ops about to be erased with it)."""
        changed = []
        use = old.first_use
        while use is not None:
            nxt = use.next_use
            changed.append((use, old))
            use.set(None)
            use = nxt
        if changed:
            self.log.append((USES, changed))

    def _bridge(self, op: Operation, old: Value, values: list[Value]) -> None:
        """Redirect the uses of `old` to a source materialization of `values`."""
        block = op.parent
        # After the definitions of the values when they are all in `op`'s block (a
        # pattern may create them after `op`), else before `op`.
        local = bool(values)
        for v in values:
            if v.parent_block() is not block:
                local = False
                break
        cast = self.materialize(
            SOURCE,
            values,
            [old.type],
            old.type,
            self.current_converter,
            None if local else op,
            op.location,
        )
        self._redirect(old, cast.results[0])

    def _erase(self, op: Operation) -> None:
        block = op.parent
        nxt = op.next_op
        refs: list = []
        for o in op.walk(post_order=False) if op.regions else (op,):
            for slot in o.operand_slots:
                value = slot.value
                if value is not None:
                    refs.append((slot, value))
                    slot.set(None)
            for succ in o.successor_slots:
                target = succ.block
                if target is not None:
                    refs.append((succ, target))
                    succ.set(None)
        if block is not None:
            block._unlink(op)
        self.log.append((ERASE_OP, op, block, nxt, refs))

    # -- modifying in place ----------------------------------------------------------------
    def start_op_modification(self, op: Operation) -> None:
        """Snapshot `op` before it is changed directly (MLIR's startOpModification)."""
        p = op.properties
        a = op.attributes
        self.log.append(
            (
                MODIFY,
                op,
                op.operand_slots,
                [s.value for s in op.operand_slots],
                [s.block for s in op.successor_slots],
                dict(p) if type(p) is dict else p,
                dict(a) if type(a) is dict else a,
                op.location,
            )
        )

    def finalize_op_modification(self, op: Operation) -> None:
        pass

    def cancel_op_modification(self, op: Operation) -> None:
        """Undo the changes since the last `start_op_modification(op)`."""
        for i in range(len(self.log) - 1, -1, -1):
            entry = self.log[i]
            if entry[0] == MODIFY and entry[1] is op:
                _restore(entry)
                return
        raise IRError(f"'{op.name}' is not being modified")

    def modify_op_in_place(self, op: Operation, change: Callable[[], Any] | None = None) -> Any:
        self.start_op_modification(op)
        return change() if change is not None else None

    def set_operand(self, op: Operation, index: int, value: Value) -> None:
        self.start_op_modification(op)
        op.set_operand(index, value)

    # -- moving ops, regions and blocks -----------------------------------------------------
    def move_op_before(self, op: Operation, anchor: Operation) -> None:
        self.log.append((MOVE_OP, op, op.parent, op.next_op))
        op.detach()
        anchor.parent.insert_before(anchor, op)

    def move_op_after(self, op: Operation, anchor: Operation) -> None:
        self.log.append((MOVE_OP, op, op.parent, op.next_op))
        op.detach()
        anchor.parent.insert_after(anchor, op)

    def inline_region_before(self, region: Region, dest: Region, before: Block | None) -> None:
        """Move all blocks of `region` into `dest`, before `before` (at the end if None)."""
        for block in list(region.blocks):
            self.log.append((MOVE_BLOCK, block, region, region.blocks.index(block)))
            block.detach()
            index = len(dest.blocks) if before is None else dest.blocks.index(before)
            dest.insert_block(index, block)

    def inline_block_before(
        self, source: Block, dest: Block, before: Operation | None, args: Sequence[Value] = ()
    ) -> None:
        """Move `source`'s ops into `dest` before `before` (at the end if None), replacing
        `source`'s arguments with `args`; `source` (without predecessors) is erased."""
        if len(args) != len(source.args):
            raise IRError(
                f"inlining a block of {len(source.args)} arguments with {len(args)} values"
            )
        if source.first_pred is not None:
            raise IRError("cannot inline a block that still has predecessors")
        for arg, value in zip(source.args, args):
            self._redirect(arg, value)
        log = self.log
        op = source.first_op
        while op is not None:
            nxt = op.next_op
            log.append((MOVE_OP, op, source, nxt))
            source._unlink(op)
            dest.insert_before(before, op)
            op = nxt
        region = source.parent
        if region is not None:
            log.append((ERASE_BLOCK, source, region, region.blocks.index(source)))
            source.detach()

    def merge_blocks(self, source: Block, dest: Block, args: Sequence[Value] = ()) -> None:
        self.inline_block_before(source, dest, None, args)

    def split_block(self, block: Block, before: Operation | None) -> Block:
        """Move `before` and the ops after it into a new block after `block`."""
        region = block.parent
        if region is None:
            raise IRError("cannot split a block that is not in a region")
        new = Block()
        region.insert_block(region.blocks.index(block) + 1, new)
        self.log.append((CREATE_BLOCK, new))
        op = before
        while op is not None:
            nxt = op.next_op
            self.log.append((MOVE_OP, op, block, nxt))
            block._unlink(op)
            new.append(op)
            op = nxt
        return new

    # -- block signatures --------------------------------------------------------------------
    def apply_signature_conversion(
        self, block: Block, conversion: SignatureConversion, converter: Any = None
    ) -> Block:
        """Give `block` the arguments `conversion.converted_types`; uses of an old
        argument go to its new argument(s) or replacement value(s), through an argument
        materialization cast where the type changes. Returns the block (converted in
        place: it keeps its identity, predecessors and ops)."""
        old_args = block.args
        if len(old_args) != conversion.num_inputs:
            raise IRError(
                f"signature conversion of {conversion.num_inputs} inputs for a block "
                f"of {len(old_args)} arguments"
            )
        if _is_identity(old_args, conversion):
            return block
        converter = converter if converter is not None else self.current_converter
        new_args = []
        for i, t in enumerate(conversion.converted_types):
            new_args.append(BlockArgument(t, block, i, None))
        self.log.append((BLOCK_ARGS, block, list(old_args)))
        block.args = new_args
        for i, arg in enumerate(old_args):
            mapping = conversion.input_mapping(i)
            if mapping is None:
                values: list = []
            elif mapping.replacement is not None:
                values = mapping.replacement
            else:
                values = new_args[mapping.input_no : mapping.input_no + mapping.size]
                if mapping.size == 1:
                    values[0].location = arg.location
            if arg.first_use is None:
                continue
            if len(values) == 1 and same_type(values[0].type, arg.type):
                self._redirect(arg, values[0])
                continue
            cast = self.materialize(
                ARGUMENT, values, [arg.type], arg.type, converter, None, arg.location, block
            )
            self._redirect(arg, cast.results[0])
        return block

    def convert_region_types(
        self, region: Region, converter: Any, entry_conversion: SignatureConversion | None = None
    ) -> Block | None:
        """Convert the argument types of every block of `region` with `converter` (the
        entry block with `entry_conversion` when given), and remember the converter for
        blocks later moved into the region. Returns the entry block, or None (nothing
        changed) when a type cannot be converted."""
        conversions = []
        for i, block in enumerate(region.blocks):
            if i == 0 and entry_conversion is not None:
                conversion = entry_conversion
            else:
                conversion = converter.convert_block_signature(block)
                if conversion is None:
                    return None
            conversions.append((block, conversion))
        self.log.append((REGION_CONVERTER, region, self.region_converters.get(region)))
        self.region_converters[region] = converter
        for block, conversion in conversions:
            self.apply_signature_conversion(block, conversion, converter)
        return region.blocks[0] if region.blocks else None

    # -- materializations and operand lookup --------------------------------------------------
    def materialize(
        self,
        kind: str,
        inputs: Sequence[Value],
        types: Sequence[Any],
        original_type: Any,
        converter: Any,
        before: Operation | None,
        location: Any = None,
        block: Block | None = None,
    ) -> Operation:
        """Insert a framework cast `inputs -> types` before `before` (else at the start
        of `block`, else right after the definition of the inputs) and log it."""
        cast = _CAST.create(list(inputs), list(types), location=location)
        if before is not None:
            before.parent.insert_before(before, cast)
        elif block is not None:
            block.insert_before(block.first_op, cast)
        else:
            _insert_after_definitions(cast, inputs)
        self.log.append((CREATE_OP, cast))
        self.materializations[cast] = (kind, converter, original_type)
        if kind == TARGET:
            self._target_casts[(tuple(inputs), tuple(types))] = cast
        return cast

    def remap_operands(self, op: Operation, converter: Any) -> list[list[Value]] | None:
        """For each operand of `op`, the values a pattern with `converter` (None: no type
        conversion) works on; None when an operand type cannot be converted."""
        out = []
        materializations = self.materializations
        for slot in op.operand_slots:
            value = slot.value
            owner = getattr(value, "op", None)
            if converter is None:
                if owner is None or owner not in materializations:
                    out.append([value])
                else:
                    out.append(self._lookup(value, None))
                continue
            desired = converter._convert(value.type)
            if desired is None:
                self.last_failure = f"unable to convert type for operand #{slot.index}"
                return None
            if (owner is None or owner not in materializations) and (
                len(desired) == 1 and same_type(desired[0], value.type)
            ):
                out.append([value])
            else:
                out.append(self._lookup(value, desired, converter, op))
        return out

    def get_remapped_value(self, value: Value, converter: Any = None) -> Value:
        """The newest value `value` was replaced by (of its converted type when a
        converter is given)."""
        desired = None if converter is None else converter._convert(value.type)
        if converter is not None and desired is None:
            raise IRError(f"cannot convert type {value.type}")
        values = self._lookup(value, desired, converter)
        if len(values) != 1:
            raise IRError(f"value was replaced by {len(values)} values")
        return values[0]

    def _lookup(
        self, value: Value, desired: tuple | None, converter: Any = None, user: Any = None
    ) -> list[Value]:
        candidates = [[value]]
        current = [value]
        materializations = self.materializations
        while len(current) == 1:
            owner = getattr(current[0], "op", None)
            info = materializations.get(owner) if owner is not None else None
            if info is None or info[0] == TARGET or not owner.operand_slots:
                break
            current = [s.value for s in owner.operand_slots]
            candidates.append(current)
        if desired is None:
            return candidates[-1]
        wanted = list(desired)
        for values in reversed(candidates):
            if len(values) == len(wanted) and all(
                same_type(v.type, t) for v, t in zip(values, wanted)
            ):
                return values
        latest = candidates[-1]
        cached = self._target_casts.get((tuple(latest), tuple(desired)))
        if cached is not None and cached.parent is not None:
            return list(cached.results)
        location = user.location if user is not None else None
        cast = self.materialize(TARGET, latest, wanted, value.type, converter, None, location)
        return list(cast.results)

    # -- rolling back --------------------------------------------------------------------------
    def undo_to(self, mark: int) -> None:
        """Roll back every change logged after position `mark`."""
        log = self.log
        while len(log) > mark:
            entry = log.pop()
            kind = entry[0]
            if kind == USES:
                for slot, old in reversed(entry[1]):
                    slot.set(old)
            elif kind == CREATE_OP:
                op = entry[1]
                if self.materializations.pop(op, None) is not None:
                    key = (tuple(op.operands), tuple(r.type for r in op.results))
                    if self._target_casts.get(key) is op:
                        del self._target_casts[key]
                op.drop_all_references()
                op.detach()
            elif kind == ERASE_OP:
                _, op, block, nxt, refs = entry
                for slot, old in reversed(refs):
                    slot.set(old)
                if block is not None:
                    block.insert_before(nxt, op)
            elif kind == MODIFY:
                _restore(entry)
            elif kind == MOVE_OP:
                _, op, block, nxt = entry
                op.detach()
                block.insert_before(nxt, op)
            elif kind == CREATE_BLOCK:
                entry[1].detach()
            elif kind == MOVE_BLOCK or kind == ERASE_BLOCK:
                _, block, region, index = entry
                block.detach()
                region.insert_block(index, block)
            elif kind == BLOCK_ARGS:
                entry[1].args = entry[2]
            elif kind == REGION_CONVERTER:
                if entry[2] is None:
                    self.region_converters.pop(entry[1], None)
                else:
                    self.region_converters[entry[1]] = entry[2]
            elif kind == IGNORE:
                self.ignored.difference_update(entry[1])

    def ignore_nested(self, op: Operation) -> None:
        """Leave the ops nested in `op` unconverted (it is recursively legal)."""
        nested = [o for o in op.walk(post_order=False) if o is not op]
        if nested:
            self.ignored.update(nested)
            self.log.append((IGNORE, nested))

    # -- telling why not -------------------------------------------------------------------
    def notify_match_failure(self, op: Operation, reason: str) -> bool:
        self.last_failure = reason
        return False


def same_type(a: Any, b: Any) -> bool:
    """Type equality with the cheap answers first (types are uniqued and hash-cached)."""
    return a is b or (hash(a) == hash(b) and a == b)


def _restore(entry: tuple) -> None:
    _, op, slots, values, successors, properties, attributes, location = entry
    if op.operand_slots is not slots:
        for slot in op.operand_slots:
            slot.set(None)
        op.operand_slots = slots
    for slot, value in zip(slots, values):
        slot.set(value)
    for slot, block in zip(op.successor_slots, successors):
        slot.set(block)
    op.properties = dict(properties) if type(properties) is dict else properties
    op.attributes = dict(attributes) if type(attributes) is dict else attributes
    op.location = location


def _is_identity(args: list, conversion: SignatureConversion) -> bool:
    types = conversion.converted_types
    if len(types) != len(args):
        return False
    for i, arg in enumerate(args):
        mapping = conversion.input_mapping(i)
        if (
            mapping is None
            or mapping.replacement is not None
            or mapping.input_no != i
            or mapping.size != 1
            or types[i] != arg.type
        ):
            return False
    return True


def _insert_after_definitions(cast: Operation, inputs: Sequence[Value]) -> None:
    """Insert `cast` where all `inputs` are defined: after the last defining op of the
    block of the last input (at the block's start for block arguments)."""
    last = inputs[-1]
    block = last.parent_block()
    anchor = None
    for value in inputs:
        owner = getattr(value, "op", None)
        if owner is None or owner.parent is not block:
            continue
        if anchor is None or anchor.is_before_in_block(owner):
            anchor = owner
    if anchor is None:
        block.insert_before(block.first_op, cast)
    else:
        block.insert_after(anchor, cast)


def _inside(op: Operation, block: Block) -> bool:
    b = op.parent
    while b is not None:
        if b is block:
            return True
        region = b.parent
        parent = region.parent if region is not None else None
        b = parent.parent if parent is not None else None
    return False
