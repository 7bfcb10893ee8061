"""The IR objects: values, operations, blocks and regions, with intrusive use-def chains.

Data layout (compiled by Cython through `core.pxd`; the same file runs as pure Python):

- A `Value` (an `OpResult` or a `BlockArgument`) heads a doubly linked chain of the
  `OpOperand`s that use it (`first_use`, then `OpOperand.next_use`/`prev_use`). An operand
  slot owns its place in that chain, so setting, dropping or redirecting one use is O(1).
- A `Block` heads a doubly linked chain of `BlockOperand`s: the successor slots of
  terminators that branch to it (its predecessors).
- A `Block` holds its operations as a doubly linked list (`first_op`/`last_op`, then
  `Operation.next_op`/`prev_op`), so insertion, erasure and moves are O(1).
- A `Region` holds its blocks in a Python list (regions hold few blocks).
- An `Operation` is generic: its name, result list, operand slots, successor slots,
  regions, properties (inherent attributes, printed `<{...}>`), discardable attributes and
  a location (or, for parsed ops, a shared source map and a C-level offset that become a
  location on first request). `op_def` points at the registered definition (an `OpView` subclass) or is
  None for unregistered operations. Typed op classes are views over this one layout.

Nothing here recurses over the nesting depth of the IR: walks use explicit stacks, and
the deallocation of deep trees relies on CPython's trashcan (Cython: `trashcan` directive).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import cython


class IRError(Exception):
    """Misuse of the IR API by a programmer (not a diagnostic for a user's input)."""


class Value:
    """An SSA value: `type` is immutable; `first_use` heads the chain of its uses."""

    __slots__ = ("type", "first_use")

    def __init__(self, type: Any) -> None:
        self.type = type
        self.first_use = None

    # -- uses -------------------------------------------------------------------------
    def uses(self) -> Iterator[OpOperand]:
        """The operand slots that read this value; safe to drop the yielded use."""
        use = self.first_use
        while use is not None:
            nxt = use.next_use
            yield use
            use = nxt

    def users(self) -> Iterator[Operation]:
        for use in self.uses():
            yield use.owner

    def has_uses(self) -> bool:
        return self.first_use is not None

    def has_one_use(self) -> bool:
        return self.first_use is not None and self.first_use.next_use is None

    def num_uses(self) -> int:
        n = 0
        use = self.first_use
        while use is not None:
            n += 1
            use = use.next_use
        return n

    def replace_all_uses_with(self, other: Value) -> None:
        """Redirect every use to `other`; O(1) per use."""
        if other is self:
            return
        use = self.first_use
        while use is not None:
            nxt = use.next_use
            use.set(other)
            use = nxt

    def replace_uses_if(self, other: Value, predicate) -> None:  # noqa: ANN001
        use = self.first_use
        while use is not None:
            nxt = use.next_use
            if predicate(use):
                use.set(other)
            use = nxt


class OpResult(Value):
    """Result number `index` of operation `op`."""

    __slots__ = ("op", "index")

    def __init__(self, type: Any, op: Operation | None, index: int) -> None:
        Value.__init__(self, type)
        self.op = op
        self.index = index

    @property
    def owner(self) -> Operation:
        return self.op

    def parent_block(self) -> Block | None:
        return self.op.parent

    def __repr__(self) -> str:
        return f"<OpResult #{self.index} of {self.op.name}: {self.type}>"


class BlockArgument(Value):
    """Argument number `index` of `block`, with its own source location."""

    __slots__ = ("block", "index", "location")

    def __init__(self, type: Any, block: Block, index: int, location: Any = None) -> None:
        Value.__init__(self, type)
        self.block = block
        self.index = index
        self.location = location

    @property
    def owner(self) -> Block:
        return self.block

    def parent_block(self) -> Block | None:
        return self.block

    def __repr__(self) -> str:
        return f"<BlockArgument #{self.index}: {self.type}>"


class OpOperand:
    """Operand slot `index` of `owner`; a link in `value`'s use chain (or detached)."""

    __slots__ = ("owner", "index", "value", "prev_use", "next_use")

    def __init__(self, owner: Operation, index: int, value: Value | None) -> None:
        self.owner = owner
        self.index = index
        self.value = None
        self.prev_use = None
        self.next_use = None
        if value is not None:
            self.set(value)

    def set(self, value: Value | None) -> None:
        """Point this slot at `value`, moving it between use chains in O(1)."""
        old = self.value
        if old is value:
            return
        if old is not None:
            self._unlink(old)
        self.value = value
        if value is not None:
            head = value.first_use
            self.next_use = head
            self.prev_use = None
            if head is not None:
                head.prev_use = self
            value.first_use = self

    def _unlink(self, old: Value) -> None:
        prev = self.prev_use
        nxt = self.next_use
        if prev is None:
            old.first_use = nxt
        else:
            prev.next_use = nxt
        if nxt is not None:
            nxt.prev_use = prev
        self.prev_use = None
        self.next_use = None

    def drop(self) -> None:
        self.set(None)

    def __repr__(self) -> str:
        return f"<OpOperand #{self.index} of {self.owner.name}>"


class BlockOperand:
    """Successor slot `index` of terminator `owner`; a link in `block`'s predecessor chain."""

    __slots__ = ("owner", "index", "block", "prev_use", "next_use")

    def __init__(self, owner: Operation, index: int, block: Block | None) -> None:
        self.owner = owner
        self.index = index
        self.block = None
        self.prev_use = None
        self.next_use = None
        if block is not None:
            self.set(block)

    def set(self, block: Block | None) -> None:
        old = self.block
        if old is block:
            return
        if old is not None:
            prev = self.prev_use
            nxt = self.next_use
            if prev is None:
                old.first_pred = nxt
            else:
                prev.next_use = nxt
            if nxt is not None:
                nxt.prev_use = prev
            self.prev_use = None
            self.next_use = None
        self.block = block
        if block is not None:
            head = block.first_pred
            self.next_use = head
            if head is not None:
                head.prev_use = self
            block.first_pred = self


_EMPTY = ()
#: The attribute dictionary of ops that have none: shared and read-only, so that an op
#: costs no dict until it gets an attribute (mutate through Operation.set_attribute & co).
NO_ATTRIBUTES: Any = MappingProxyType({})


class Operation:
    """The one storage layout of every operation.

    Invariants: `operand_slots[i].index == i` and `.owner is self`; results likewise;
    `parent` is the block whose op list holds this op (or None when detached); the
    `prev_op`/`next_op` links are consistent with that list; every region's `parent` is
    this op. `regions` and `successor_slots` are sequences fixed at creation (an empty
    tuple when there are none); `results` and `operand_slots` are tuples (replace the
    operand list with `set_operands`). An op without properties or
    attributes shares the read-only `NO_ATTRIBUTES`: change them with `set_property`,
    `set_attribute` and friends, which give the op its own dict first. `properties` and `attributes` are dicts of name -> Attribute, never shared
    between operations (copy before mutating another op's dict).
    """

    __slots__ = (
        "name",
        "op_def",
        "results",
        "operand_slots",
        "successor_slots",
        "regions",
        "properties",
        "attributes",
        "_location",
        "_source",
        "_source_offset",
        "parent",
        "prev_op",
        "next_op",
        "__weakref__",
    )

    def __init__(
        self,
        name: str,
        op_def: Any = None,
        operands: list[Value] | tuple = (),
        result_types: list | tuple = (),
        properties: dict | None = None,
        attributes: dict | None = None,
        successors: list[Block] | tuple = (),
        regions: int | list[Region] = 0,
        location: Any = None,
    ) -> None:
        self.name = name
        self.op_def = op_def
        i: cython.Py_ssize_t
        n: cython.Py_ssize_t = len(result_types)
        # Results and operand slots are tuples: a list costs a separate, over-allocated
        # item array (16-40 bytes an op, a tenth of its footprint).
        if n == 1:
            self.results = (OpResult(result_types[0], self, 0),)
        else:
            self.results = tuple([OpResult(result_types[i], self, i) for i in range(n)])
        n = len(operands)
        self.operand_slots = tuple([OpOperand(self, i, operands[i]) for i in range(n)])
        # Most ops have no successors and no regions: they share one empty tuple instead
        # of owning two empty lists (112 bytes an op).
        n = len(successors)
        if n:
            succ = []
            for i in range(n):
                succ.append(BlockOperand(self, i, successors[i]))
            self.successor_slots = succ
        else:
            self.successor_slots = _EMPTY
        self._source = None
        self._source_offset = 0
        self.properties = properties if properties else NO_ATTRIBUTES
        if op_def is not None:
            defaults = getattr(op_def, "property_defaults", None)
            if defaults:
                props = self.properties
                if props is NO_ATTRIBUTES:
                    # Ops that hold only defaults share one read-only map (a dict an op
                    # would cost a fifth of its footprint); set_property copies it.
                    self.properties = op_def.shared_property_defaults
                else:
                    for key in defaults:
                        if key not in props:
                            # A copy: the caller's dict stays as it was.
                            props = dict(props)
                            for k, v in defaults.items():
                                props.setdefault(k, v)
                            self.properties = props
                            break
        self.attributes = attributes if attributes else NO_ATTRIBUTES
        if not regions:
            self.regions = _EMPTY
            self._location = location
            self.parent = None
            self.prev_op = None
            self.next_op = None
            return
        regs = []
        if isinstance(regions, int):
            for _ in range(regions):
                regs.append(Region(self))
        else:
            for region in regions:
                if region.parent is not None:
                    raise IRError("region already belongs to an operation")
                region.parent = self
                regs.append(region)
        self.regions = regs
        self._location = location
        self.parent = None
        self.prev_op = None
        self.next_op = None

    # -- location ------------------------------------------------------------------------
    @property
    def location(self) -> Any:
        """The op's location. Parsed ops keep a source map and an offset instead, and make
        their FileLineColLoc on first request (most are never asked for one)."""
        loc = self._location
        if loc is None and self._source is not None:
            loc = self._location = self._source.location_at(self._source_offset)
            self._source = None
        return loc

    @location.setter
    def location(self, value: Any) -> None:
        self._location = value
        self._source = None

    def set_source_location(self, source: Any, offset: int) -> None:
        """Locate the op at `offset` of `source` (an object with `location_at(offset)`)."""
        self._location = None
        self._source = source
        self._source_offset = offset

    # -- properties and attributes -------------------------------------------------------
    def set_property(self, name: str, value: Any) -> None:
        props = self.properties
        if type(props) is not dict:  # a shared read-only map: this op gets its own
            props = self.properties = dict(props)
        props[name] = value

    def remove_property(self, name: str) -> Any:
        props = self.properties
        if name not in props:
            return None
        if type(props) is not dict:
            props = self.properties = dict(props)
        return props.pop(name)

    def set_attribute(self, name: str, value: Any) -> None:
        attrs = self.attributes
        if attrs is NO_ATTRIBUTES:
            attrs = self.attributes = {}
        attrs[name] = value

    def remove_attribute(self, name: str) -> Any:
        if name not in self.attributes:
            return None
        return self.attributes.pop(name)

    # -- operands and results ------------------------------------------------------------
    @property
    def operands(self) -> list[Value]:
        return [slot.value for slot in self.operand_slots]

    def operand(self, index: int) -> Value:
        return self.operand_slots[index].value

    def set_operand(self, index: int, value: Value) -> None:
        self.operand_slots[index].set(value)

    def set_operands(self, values: list[Value]) -> None:
        """Replace the operand list (its length may change)."""
        for slot in self.operand_slots:
            slot.drop()
        self.operand_slots = tuple([OpOperand(self, i, v) for i, v in enumerate(values)])

    @property
    def num_operands(self) -> int:
        return len(self.operand_slots)

    @property
    def num_results(self) -> int:
        return len(self.results)

    @property
    def result(self) -> OpResult:
        if len(self.results) != 1:
            raise IRError(f"'{self.name}' has {len(self.results)} results, not one")
        return self.results[0]

    @property
    def result_types(self) -> list:
        return [r.type for r in self.results]

    @property
    def operand_types(self) -> list:
        return [slot.value.type for slot in self.operand_slots]

    @property
    def successors(self) -> list[Block]:
        return [slot.block for slot in self.successor_slots]

    def set_successor(self, index: int, block: Block) -> None:
        self.successor_slots[index].set(block)

    def has_uses(self) -> bool:
        for r in self.results:
            if r.first_use is not None:
                return True
        return False

    def replace_all_uses_with(self, values: list[Value]) -> None:
        if len(values) != len(self.results):
            raise IRError(
                f"'{self.name}': {len(values)} replacements for {len(self.results)} results"
            )
        for old, new in zip(self.results, values):
            old.replace_all_uses_with(new)

    # -- structure ------------------------------------------------------------------------
    @property
    def dialect_name(self) -> str:
        return self.name.partition(".")[0]

    def view(self) -> Any:
        """The typed view of this operation (an instance of its op class), or self."""
        if self.op_def is None:
            return self
        return self.op_def(self)

    def parent_op(self) -> Operation | None:
        block = self.parent
        if block is None or block.parent is None:
            return None
        return block.parent.parent

    def parent_region(self) -> Region | None:
        return None if self.parent is None else self.parent.parent

    def is_ancestor(self, other: Operation) -> bool:
        """True when `other` is this op or nested anywhere inside it."""
        op: Operation | None = other
        while op is not None:
            if op is self:
                return True
            op = op.parent_op()
        return False

    def is_before_in_block(self, other: Operation) -> bool:
        """True when this op comes strictly before `other` in the same block (O(distance))."""
        op = self.next_op
        while op is not None:
            if op is other:
                return True
            op = op.next_op
        return False

    def has_trait(self, trait: type) -> bool:
        op_def = self.op_def
        return op_def is not None and trait in op_def.traits_set

    def detach(self) -> Operation:
        """Unlink from the parent block, keeping uses intact."""
        block = self.parent
        if block is not None:
            block._unlink(self)
        return self

    def drop_all_references(self) -> None:
        """Drop operand and successor uses here and in every nested op (explicit stack)."""
        stack = [self]
        while stack:
            op = stack.pop()
            for slot in op.operand_slots:
                slot.drop()
            for succ in op.successor_slots:
                succ.set(None)
            for region in op.regions:
                for block in region.blocks:
                    for nested in block.ops_reversed():
                        stack.append(nested)

    def erase(self) -> None:
        """Detach and destroy; the results must have no uses left."""
        if self.has_uses():
            raise IRError(f"cannot erase '{self.name}': its results still have uses")
        self.detach()
        self.drop_all_references()
        for region in self.regions:
            for block in region.blocks:
                for arg in block.args:
                    arg.first_use = None

    def move_before(self, other: Operation) -> None:
        self.detach()
        other.parent.insert_before(other, self)

    def move_after(self, other: Operation) -> None:
        self.detach()
        other.parent.insert_after(other, self)

    # -- walking -------------------------------------------------------------------------
    def walk(self, post_order: bool = True) -> Iterator[Operation]:
        """Every op nested in (and including) this one; robust to erasing the yielded op.

        Post-order yields children before their parent (MLIR's default); pre-order
        yields the parent first. Neither recurses on the Python stack.
        """
        if post_order:
            return _walk_post(self)
        return _walk_pre(self)

    def __repr__(self) -> str:
        return f"<Operation {self.name}>"


def _walk_pre(root: Operation) -> Iterator[Operation]:
    stack = [root]
    while stack:
        op = stack.pop()
        nested = []
        for region in op.regions:
            for block in region.blocks:
                child = block.first_op
                while child is not None:
                    nested.append(child)
                    child = child.next_op
        yield op
        nested.reverse()
        stack.extend(nested)


def _walk_post(root: Operation) -> Iterator[Operation]:
    # (op, children-expanded) pairs; an op is yielded after all ops nested in it.
    stack: list = [(root, False)]
    while stack:
        op, expanded = stack.pop()
        if expanded:
            yield op
            continue
        stack.append((op, True))
        nested = []
        for region in op.regions:
            for block in region.blocks:
                child = block.first_op
                while child is not None:
                    nested.append(child)
                    child = child.next_op
        for child in reversed(nested):
            stack.append((child, False))


class Block:
    """A list of operations with typed arguments, inside at most one region.

    Invariants: `args[i].index == i`; the op list links are consistent and every op in it
    has `parent is self`; `first_pred` heads the chain of successor slots naming this block.
    """

    __slots__ = ("args", "first_op", "last_op", "parent", "first_pred", "__weakref__")

    def __init__(self, arg_types: list | tuple = (), arg_locations: list | tuple | None = None):
        args = []
        i: cython.Py_ssize_t
        for i in range(len(arg_types)):
            loc = arg_locations[i] if arg_locations is not None else None
            args.append(BlockArgument(arg_types[i], self, i, loc))
        self.args = args
        self.first_op = None
        self.last_op = None
        self.parent = None
        self.first_pred = None

    # -- arguments ---------------------------------------------------------------------
    def add_argument(self, type: Any, location: Any = None) -> BlockArgument:
        arg = BlockArgument(type, self, len(self.args), location)
        self.args.append(arg)
        return arg

    def insert_argument(self, index: int, type: Any, location: Any = None) -> BlockArgument:
        arg = BlockArgument(type, self, index, location)
        self.args.insert(index, arg)
        for i in range(index + 1, len(self.args)):
            self.args[i].index = i
        return arg

    def erase_argument(self, index: int) -> None:
        arg = self.args[index]
        if arg.first_use is not None:
            raise IRError("cannot erase a block argument that still has uses")
        del self.args[index]
        for i in range(index, len(self.args)):
            self.args[i].index = i

    @property
    def arg_types(self) -> list:
        return [a.type for a in self.args]

    # -- operations --------------------------------------------------------------------
    def append(self, op: Operation) -> Operation:
        if op.parent is not None:
            raise IRError(f"'{op.name}' is already in a block; detach it first")
        op.parent = self
        last = self.last_op
        op.prev_op = last
        op.next_op = None
        if last is None:
            self.first_op = op
        else:
            last.next_op = op
        self.last_op = op
        return op

    def append_ops(self, ops: list) -> None:
        """Append many detached ops (the parser's bulk path)."""
        op: Operation
        last = self.last_op
        for op in ops:
            op.parent = self
            op.prev_op = last
            if last is None:
                self.first_op = op
            else:
                last.next_op = op
            last = op
        if last is not None:
            last.next_op = None
        self.last_op = last

    def insert_before(self, anchor: Operation | None, op: Operation) -> Operation:
        """Insert `op` before `anchor` (at the end when anchor is None)."""
        if anchor is None:
            return self.append(op)
        if op.parent is not None:
            raise IRError(f"'{op.name}' is already in a block; detach it first")
        if anchor.parent is not self:
            raise IRError("insertion anchor is not in this block")
        op.parent = self
        prev = anchor.prev_op
        op.prev_op = prev
        op.next_op = anchor
        anchor.prev_op = op
        if prev is None:
            self.first_op = op
        else:
            prev.next_op = op
        return op

    def insert_after(self, anchor: Operation | None, op: Operation) -> Operation:
        """Insert `op` after `anchor` (at the start when anchor is None)."""
        nxt = self.first_op if anchor is None else anchor.next_op
        if nxt is None:
            return self.append(op)
        return self.insert_before(nxt, op)

    def _unlink(self, op: Operation) -> None:
        prev = op.prev_op
        nxt = op.next_op
        if prev is None:
            self.first_op = nxt
        else:
            prev.next_op = nxt
        if nxt is None:
            self.last_op = prev
        else:
            nxt.prev_op = prev
        op.prev_op = None
        op.next_op = None
        op.parent = None

    @property
    def ops(self) -> Iterator[Operation]:
        """The ops in order; erasing the yielded op is safe."""
        op = self.first_op
        while op is not None:
            nxt = op.next_op
            yield op
            op = nxt

    def ops_reversed(self) -> Iterator[Operation]:
        op = self.last_op
        while op is not None:
            prev = op.prev_op
            yield op
            op = prev

    def __len__(self) -> int:
        n = 0
        op = self.first_op
        while op is not None:
            n += 1
            op = op.next_op
        return n

    def is_empty(self) -> bool:
        return self.first_op is None

    @property
    def terminator(self) -> Operation | None:
        return self.last_op

    # -- graph ----------------------------------------------------------------------------
    @property
    def predecessors(self) -> list[Operation]:
        preds = []
        use = self.first_pred
        while use is not None:
            preds.append(use.owner)
            use = use.next_use
        return preds

    @property
    def successors(self) -> list[Block]:
        last = self.last_op
        return [] if last is None else last.successors

    def parent_op(self) -> Operation | None:
        return None if self.parent is None else self.parent.parent

    def index_in_region(self) -> int:
        return self.parent.blocks.index(self)

    def detach(self) -> Block:
        if self.parent is not None:
            self.parent.blocks.remove(self)
            self.parent = None
        return self

    def __repr__(self) -> str:
        return f"<Block with {len(self.args)} args>"


class Region:
    """An ordered list of blocks owned by at most one operation (`parent`)."""

    __slots__ = ("blocks", "parent", "__weakref__")

    def __init__(self, parent: Operation | None = None) -> None:
        self.blocks = []
        self.parent = parent

    def add_block(self, block: Block) -> Block:
        if block.parent is not None:
            raise IRError("block already belongs to a region")
        block.parent = self
        self.blocks.append(block)
        return block

    def insert_block(self, index: int, block: Block) -> Block:
        if block.parent is not None:
            raise IRError("block already belongs to a region")
        block.parent = self
        self.blocks.insert(index, block)
        return block

    @property
    def entry_block(self) -> Block | None:
        return self.blocks[0] if self.blocks else None

    @property
    def block(self) -> Block:
        """The only block of a single-block region."""
        if len(self.blocks) != 1:
            raise IRError(f"region has {len(self.blocks)} blocks, not one")
        return self.blocks[0]

    def is_empty(self) -> bool:
        return not self.blocks

    def parent_op(self) -> Operation | None:
        return self.parent

    def index_in_parent(self) -> int:
        return self.parent.regions.index(self)

    def take_body(self, other: Region) -> None:
        """Move all blocks of `other` to the end of this region."""
        for block in other.blocks:
            block.parent = self
            self.blocks.append(block)
        other.blocks = []

    def is_ancestor_of(self, other: Region) -> bool:
        region: Region | None = other
        while region is not None:
            if region is self:
                return True
            op = region.parent
            if op is None or op.parent is None:
                return False
            region = op.parent.parent
        return False

    def __repr__(self) -> str:
        return f"<Region with {len(self.blocks)} blocks>"
