"""Building IR: insertion points, a builder that creates ops at one, and deep cloning.

An `InsertionPoint` is a block and the op to insert before (None: the block's end). A
`Builder` owns a current insertion point, an optional default location and an optional
listener told about every op and block it inserts (the rewriter subclasses the builder and
keeps its worklist current through that hook). `IRMapping` maps old values, blocks and ops
to new ones; `clone` copies an op with everything nested in it, remapping operands,
successors and block arguments through such a mapping.

Cloning is iterative (an explicit work list, never recursion over the nesting depth) and
runs in two phases: first every op is copied without operands and every block is created,
then operands are filled in. The second phase is what makes forward references work: a
graph region may use a value before its definition, and a block may use a value defined
in a block laid out after it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from pyir.core import Block, BlockArgument, IRError, Operation, Region, Value
from pyir.traits import IsTerminator


class InsertionPoint:
    """Where new ops go: into `block`, before `anchor` (at the end when `anchor` is None).

    Invariant: `anchor` is None or an op whose parent is `block`. Like an MLIR insertion
    point it is a position *relative to `anchor`*: inserting several ops in a row keeps them
    in order before the anchor.
    """

    __slots__ = ("block", "anchor")

    def __init__(self, block: Block, anchor: Operation | None = None) -> None:
        if anchor is not None and anchor.parent is not block:
            raise IRError("insertion anchor is not in the given block")
        self.block = block
        self.anchor = anchor

    @classmethod
    def at_block_begin(cls, block: Block) -> InsertionPoint:
        return cls(block, block.first_op)

    @classmethod
    def at_block_end(cls, block: Block) -> InsertionPoint:
        return cls(block, None)

    @classmethod
    def at_block_terminator(cls, block: Block) -> InsertionPoint:
        """Before the block's terminator (the last op, which must be one)."""
        last = block.last_op
        if last is None or not (last.op_def is None or last.has_trait(IsTerminator)):
            raise IRError("block has no terminator to insert before")
        return cls(block, last)

    @classmethod
    def before(cls, op: Operation) -> InsertionPoint:
        if op.parent is None:
            raise IRError(f"'{op.name}' is not in a block")
        return cls(op.parent, op)

    @classmethod
    def after(cls, op: Operation) -> InsertionPoint:
        if op.parent is None:
            raise IRError(f"'{op.name}' is not in a block")
        return cls(op.parent, op.next_op)

    def insert(self, op: Operation) -> Operation:
        """Insert the detached `op` here."""
        return self.block.insert_before(self.anchor, op)

    def __repr__(self) -> str:
        where = "end" if self.anchor is None else f"before '{self.anchor.name}'"
        return f"<InsertionPoint {where} of {self.block!r}>"


class BuilderListener(Protocol):
    """What a builder tells its listener (the rewriter keeps its worklist with it)."""

    def notify_operation_inserted(self, op: Operation) -> None: ...

    def notify_block_inserted(self, block: Block) -> None: ...


class Builder:
    """Creates ops and inserts them at the current insertion point.

    Invariants: `insertion_point` is None (inserting is then an error) or a valid
    InsertionPoint; every op inserted through the builder, and every block it creates, is
    reported to `listener` when there is one. Used as a context manager, the builder
    restores its insertion point on exit.
    """

    def __init__(
        self,
        insertion_point: InsertionPoint | None = None,
        location: Any = None,
        listener: BuilderListener | None = None,
        context: Any = None,
    ) -> None:
        self.insertion_point = insertion_point
        #: Default location of created ops that are given none.
        self.location = location
        self.listener = listener
        #: Optional pyir.context.Context used to find the op class of an op name.
        self.context = context
        self._saved: list[InsertionPoint | None] = []

    # -- factory shortcuts ---------------------------------------------------------------
    @classmethod
    def at_end(cls, block: Block, **kwargs: Any) -> Builder:
        return cls(InsertionPoint.at_block_end(block), **kwargs)

    @classmethod
    def at_start(cls, block: Block, **kwargs: Any) -> Builder:
        return cls(InsertionPoint.at_block_begin(block), **kwargs)

    @classmethod
    def before(cls, op: Operation, **kwargs: Any) -> Builder:
        return cls(InsertionPoint.before(op), **kwargs)

    @classmethod
    def after(cls, op: Operation, **kwargs: Any) -> Builder:
        return cls(InsertionPoint.after(op), **kwargs)

    # -- insertion point -------------------------------------------------------------------
    def set_insertion_point(self, op: Operation) -> None:
        """Insert before `op` from now on."""
        self.insertion_point = InsertionPoint.before(op)

    def set_insertion_point_after(self, op: Operation) -> None:
        self.insertion_point = InsertionPoint.after(op)

    def set_insertion_point_after_value(self, value: Value) -> None:
        """Right after the definition of `value` (at its block's start for an argument)."""
        if isinstance(value, BlockArgument):
            self.insertion_point = InsertionPoint.at_block_begin(value.block)
        else:
            self.set_insertion_point_after(value.op)

    def set_insertion_point_to_start(self, block: Block) -> None:
        self.insertion_point = InsertionPoint.at_block_begin(block)

    def set_insertion_point_to_end(self, block: Block) -> None:
        self.insertion_point = InsertionPoint.at_block_end(block)

    def clear_insertion_point(self) -> None:
        self.insertion_point = None

    @property
    def block(self) -> Block | None:
        """The block of the insertion point."""
        return None if self.insertion_point is None else self.insertion_point.block

    @contextmanager
    def at(self, point: InsertionPoint) -> Iterator[Builder]:
        """Temporarily insert at `point`: `with builder.at(InsertionPoint.before(op)): ...`."""
        saved = self.insertion_point
        self.insertion_point = point
        try:
            yield self
        finally:
            self.insertion_point = saved

    def __enter__(self) -> Builder:
        self._saved.append(self.insertion_point)
        return self

    def __exit__(self, *exc: object) -> None:
        self.insertion_point = self._saved.pop()

    # -- inserting -----------------------------------------------------------------------------
    def insert(self, op: Operation) -> Operation:
        """Insert the detached `op` at the insertion point and tell the listener."""
        point = self.insertion_point
        if point is None:
            raise IRError("builder has no insertion point")
        point.insert(op)
        if self.listener is not None:
            self.listener.notify_operation_inserted(op)
        return op

    def create(
        self,
        op: type | str,
        operands: Sequence[Value] = (),
        result_types: Sequence[Any] = (),
        properties: dict | None = None,
        attributes: dict | None = None,
        regions: int | list[Region] | None = None,
        successors: Sequence[Block] = (),
        location: Any = None,
    ) -> Operation:
        """Create an op and insert it. `op` is an op class (anything with `create`), or an
        op name, resolved through `context` when the builder has one (unregistered else)."""
        loc = location if location is not None else self.location
        if isinstance(op, str):
            op_def = self.context.get_op_def(op) if self.context is not None else None
            if op_def is not None:
                new = op_def.create(
                    operands, result_types, properties, attributes, regions, successors, loc
                )
            else:
                new = Operation(
                    op,
                    None,
                    list(operands),
                    list(result_types),
                    dict(properties) if properties else {},
                    dict(attributes) if attributes else {},
                    list(successors),
                    regions or 0,
                    loc,
                )
        else:
            new = op.create(
                operands, result_types, properties, attributes, regions, successors, loc
            )
        return self.insert(new)

    def create_block(
        self,
        region: Region,
        arg_types: Sequence[Any] = (),
        arg_locations: Sequence[Any] | None = None,
        before: Block | None = None,
    ) -> Block:
        """Add a block to `region` (before `before`, else at the end) and move the insertion
        point to its end, as MLIR's createBlock does."""
        block = Block(list(arg_types), list(arg_locations) if arg_locations is not None else None)
        if before is None:
            region.add_block(block)
        else:
            if before.parent is not region:
                raise IRError("the block to insert before is not in the region")
            region.insert_block(region.blocks.index(before), block)
        self.insertion_point = InsertionPoint.at_block_end(block)
        if self.listener is not None:
            self.listener.notify_block_inserted(block)
        return block

    def clone(self, op: Operation, mapping: IRMapping | None = None) -> Operation:
        """Deep-clone `op` (see `clone`) and insert the copy here."""
        new = clone(op, mapping)
        self.insert(new)
        if self.listener is not None:
            # Nested ops arrived with their parent; a listener that tracks ops one by one
            # (a worklist) hears about them too.
            for region in new.regions:
                for nested in _nested_ops(region):
                    self.listener.notify_operation_inserted(nested)
        return new


def _nested_ops(region: Region) -> Iterator[Operation]:
    for block in region.blocks:
        for op in block.ops:
            yield from op.walk(post_order=False)


class IRMapping:
    """A map from old values, blocks and ops to new ones, used while cloning or inlining.

    Invariant: each of `values`, `blocks` and `ops` maps objects of that kind only.
    Lookups of unmapped objects raise KeyError (`lookup`), give None (`lookup_or_none`) or
    give the object itself (`lookup_or_self`, MLIR's lookupOrDefault).
    """

    __slots__ = ("values", "blocks", "ops")

    def __init__(self) -> None:
        self.values: dict[Value, Value] = {}
        self.blocks: dict[Block, Block] = {}
        self.ops: dict[Operation, Operation] = {}

    def _table(self, key: Any) -> dict:
        if isinstance(key, Value):
            return self.values
        if isinstance(key, Block):
            return self.blocks
        if isinstance(key, Operation):
            return self.ops
        raise TypeError(f"IRMapping maps values, blocks and ops, not {type(key).__name__}")

    def map(self, old: Any, new: Any) -> None:
        """Map `old` to `new` (a pair of values, blocks or ops; or two equal-length
        sequences of them)."""
        if isinstance(old, (list, tuple)):
            if len(old) != len(new):
                raise IRError(f"cannot map {len(old)} objects to {len(new)}")
            for a, b in zip(old, new):
                self.map(a, b)
            return
        self._table(old)[old] = new

    def lookup(self, old: Any) -> Any:
        return self._table(old)[old]

    def lookup_or_none(self, old: Any) -> Any:
        return self._table(old).get(old)

    def lookup_or_self(self, old: Any) -> Any:
        return self._table(old).get(old, old)

    def __contains__(self, old: Any) -> bool:
        return old in self._table(old)

    def erase(self, old: Any) -> None:
        self._table(old).pop(old, None)

    def clear(self) -> None:
        self.values.clear()
        self.blocks.clear()
        self.ops.clear()


# -- cloning -----------------------------------------------------------------------------------
def _copy_op(op: Operation, mapping: IRMapping) -> Operation:
    """A copy of `op` with empty regions and no operands yet; results and the op mapped.

    Successors are mapped now: they are blocks of the enclosing region, which the cloner
    creates before any op in it (outside the cloned tree they stay as they are).
    """
    blocks = mapping.blocks
    new = Operation(
        op.name,
        op.op_def,
        (),
        [r.type for r in op.results],
        dict(op.properties),
        dict(op.attributes),
        [blocks.get(s.block, s.block) for s in op.successor_slots],
        len(op.regions),
        op.location,
    )
    values = mapping.values
    for old, res in zip(op.results, new.results):
        values[old] = res
    mapping.ops[op] = new
    return new


def _clone_blocks(
    src: Region,
    dst: Region,
    mapping: IRMapping,
    copies: list[tuple[Operation, Operation]],
    work: list[tuple[Operation, Operation]],
    index: int | None = None,
) -> None:
    """Create the copies of `src`'s blocks in `dst` (at `index`, else at the end), then copy
    their ops; ops with regions go on `work` for the caller's loop."""
    values = mapping.values
    new_blocks = []
    for block in src.blocks:
        nb = Block()
        for arg in block.args:
            # An argument mapped in advance (inlining) is replaced, not copied.
            if arg not in values:
                new_arg = nb.add_argument(arg.type, arg.location)
                values[arg] = new_arg
        mapping.blocks[block] = nb
        new_blocks.append(nb)
    at = len(dst.blocks) if index is None else index
    for offset, nb in enumerate(new_blocks):
        dst.insert_block(at + offset, nb)
    for block, nb in zip(src.blocks, new_blocks):
        cloned = []
        for op in block.ops:
            new = _copy_op(op, mapping)
            copies.append((op, new))
            cloned.append(new)
            if op.regions:
                work.append((op, new))
        nb.append_ops(cloned)


def _finish(
    copies: list[tuple[Operation, Operation]],
    work: list[tuple[Operation, Operation]],
    mapping: IRMapping,
) -> None:
    while work:
        old, new = work.pop()
        for src, dst in zip(old.regions, new.regions):
            _clone_blocks(src, dst, mapping, copies, work)
    values = mapping.values
    for old, new in copies:
        if old.operand_slots:
            new.set_operands([values.get(v, v) for v in old.operands])


def clone(op: Operation, mapping: IRMapping | None = None, clone_regions: bool = True) -> Operation:
    """A detached deep copy of `op`.

    Operands defined outside `op` stay as they are unless `mapping` maps them; values,
    blocks and ops inside are mapped to their copies and recorded in `mapping`. With
    `clone_regions=False` the copy has the same number of regions, all empty.
    """
    if mapping is None:
        mapping = IRMapping()
    new = _copy_op(op, mapping)
    copies = [(op, new)]
    work = [(op, new)] if clone_regions and op.regions else []
    _finish(copies, work, mapping)
    return new


def clone_region_into(
    src: Region, dst: Region, mapping: IRMapping | None = None, index: int | None = None
) -> list[Block]:
    """Copy the blocks of `src` into `dst` (at block position `index`, else at the end) and
    return the new blocks. Arguments of `src` blocks already in `mapping` are not copied:
    their uses get the mapped values (how inlining substitutes call operands)."""
    if mapping is None:
        mapping = IRMapping()
    copies: list[tuple[Operation, Operation]] = []
    work: list[tuple[Operation, Operation]] = []
    _clone_blocks(src, dst, mapping, copies, work, index)
    new_blocks = [mapping.blocks[block] for block in src.blocks]
    _finish(copies, work, mapping)
    return new_blocks
