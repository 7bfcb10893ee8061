"""Sparse conditional constant propagation: which values are constants and which blocks
can run (MLIR's DeadCodeAnalysis + SparseConstantPropagation, solved together).

The lattice of a value is absent (not known yet: nothing reaching it has run), a
`Constant` (one attribute, with the dialect that can materialize it), or `UNKNOWN`
(overdefined). Values only move up: absent -> constant -> unknown.

What the solver tracks, all growing monotonically until nothing changes:
- live blocks (the entry blocks of the root's regions at first) and live CFG edges; a
  branch with the BranchOpInterface whose operands are known takes only the successor
  it names for them (`get_successor_for_operands`), other terminators take all;
- the known call sites of each callable (a public callable, or one used other than by a
  call, also has unknown ones) and the known return ops of each call. Calls into a
  callable outside the root, or into a declaration, have unknown results.

Transfer functions, as MLIR's: an op in a live block whose operands are all known folds
with their constants (its fold hook; ConstantLike ops give their value); a fold to an
attribute is a constant of the op's dialect, a fold to a value joins that value's
lattice, and no fold (or an in-place one, which is undone) is unknown. Ops with regions
and unregistered ops are unknown. A block argument joins what live predecessors pass to
it (unknown for a predecessor terminator without the BranchOpInterface); an entry block's
arguments are unknown, except a callable's when all its call sites are known: then they
join the calls' operands. A call's results join its callee's returned values.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from pyir.attributes import Attribute
from pyir.builtin_attributes import SymbolRefAttr
from pyir.call_interfaces import (
    BranchOpInterface,
    ReturnLike,
    arg_operands,
    callable_region,
    callee_of,
    is_call,
    is_callable,
    successor_for_operands,
    successor_operands,
    symbol_uses_in,
)
from pyir.core import Block, Operation, Value
from pyir.folding import constant_value
from pyir.symbol_table import lookup_nearest_symbol_from, lookup_symbol_in, symbol_visibility
from pyir.traits import ConstantLike, IsTerminator, Symbol, SymbolTable

__all__ = ["UNKNOWN", "Constant", "ConstantPropagation"]


class Constant:
    """A lattice element: the value is `value` (an Attribute); `dialect` is the dialect
    of the op that produced it, which materializes it. Equal when the values are."""

    __slots__ = ("value", "dialect")

    def __init__(self, value: Attribute, dialect: Any) -> None:
        self.value = value
        self.dialect = dialect

    def __repr__(self) -> str:
        return f"<Constant {self.value}>"


class _Unknown:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<UNKNOWN>"


#: The overdefined lattice element.
UNKNOWN: Any = _Unknown()


def _join(old: Any, new: Any) -> Any:
    if new is None or old is UNKNOWN:
        return old
    if old is None or new is UNKNOWN:
        return new
    return old if old.value == new.value else UNKNOWN


class ConstantPropagation:
    """The solver: `run()` once, then ask `lattice(value)` and `is_live(block)`.

    Invariants after `run()`: every value in a live block that could be computed has a
    lattice; a value with no lattice was never reached (it is in dead code or waits on
    dead code).
    """

    def __init__(self, root: Operation) -> None:
        self.root = root
        self.values: dict[Value, Any] = {}
        self.live_blocks: set[Block] = set()
        self.live_edges: set[tuple[Block, Block]] = set()
        #: callable op -> its known call sites, in the order found.
        self.callsites: dict[Operation, list[Operation]] = {}
        self.callable_unknown: set[Operation] = set()
        #: call op -> the return ops of its callee known so far.
        self.returns: dict[Operation, list[Operation]] = {}
        self.call_unknown: set[Operation] = set()
        self._queue: deque = deque()
        self._queued: set = set()
        self._resolved: dict[Operation, Operation | None] = {}

    # -- queries ---------------------------------------------------------------------------
    def lattice(self, value: Value) -> Any:
        """None (never reached), a Constant, or UNKNOWN."""
        return self.values.get(value)

    def is_live(self, block: Block) -> bool:
        return block in self.live_blocks

    # -- driving ---------------------------------------------------------------------------
    def run(self) -> None:
        root = self.root
        self._init_symbol_callables()
        for region in root.regions:
            if region.blocks:
                self._mark_block_live(region.blocks[0])
                for arg in region.blocks[0].args:
                    self._set(arg, UNKNOWN)
        # The root is visited as any op with regions: its entry blocks are live.
        self._push(("op", root))
        queue = self._queue
        while queue:
            item = queue.popleft()
            self._queued.discard(item)
            kind, target = item
            if kind == "op":
                if target is root or target.parent in self.live_blocks:
                    self._visit_op(target)
            else:
                self._visit_block_args(target)

    def _push(self, item: tuple) -> None:
        if item not in self._queued:
            self._queued.add(item)
            self._queue.append(item)

    # -- lattices --------------------------------------------------------------------------
    def _set(self, value: Value, new: Any) -> None:
        old = self.values.get(value)
        joined = _join(old, new)
        if joined is old:
            return
        self.values[value] = joined
        live = self.live_blocks
        for use in value.uses():
            user = use.owner
            if user.parent in live:
                self._push(("op", user))

    # -- liveness --------------------------------------------------------------------------
    def _mark_block_live(self, block: Block) -> None:
        if block in self.live_blocks:
            return
        self.live_blocks.add(block)
        self._push(("args", block))
        for op in block.ops:
            self._push(("op", op))

    def _mark_edge_live(self, source: Block, dest: Block) -> None:
        edge = (source, dest)
        if edge not in self.live_edges:
            self.live_edges.add(edge)
            self._mark_block_live(dest)
        self._push(("args", dest))

    def _init_symbol_callables(self) -> None:
        """Callables whose callers cannot all be seen have unknown call sites: public
        ones, nested ones when their table is visible outside, and any symbol used by
        something else than a call."""
        # Post-order over the ops (tables after the tables they hold), without recursion:
        # (op, whether all uses of its symbols are visible, children pushed).
        stack: list[tuple[Operation, bool, bool]] = [(self.root, self.root.parent is None, False)]
        while stack:
            op, visible, expanded = stack.pop()
            is_table = op.has_trait(SymbolTable)
            if expanded:
                if is_table:
                    self._table_callables(op, visible)
                continue
            if is_table:
                visible = visible or not op.has_trait(Symbol) or symbol_visibility(op) == "private"
            else:
                visible = True
            stack.append((op, visible, True))
            children = [
                child for region in op.regions for block in region.blocks for child in block.ops
            ]
            stack.extend((child, visible, False) for child in reversed(children))

    def _table_callables(self, table: Operation, all_uses_visible: bool) -> None:
        if not table.regions or len(table.regions[0].blocks) != 1:
            return
        found = False
        for op in table.regions[0].blocks[0].ops:
            if not is_callable(op) or callable_region(op) is None or not op.has_trait(Symbol):
                continue
            visibility = symbol_visibility(op)
            if visibility == "public" or (not all_uses_visible and visibility == "nested"):
                self.callable_unknown.add(op)
            found = True
        if not found:
            return
        root = self.root
        for user, ref in symbol_uses_in(table.regions[0]):
            if is_call(user):
                continue
            symbol = lookup_symbol_in(root, ref) if root.has_trait(SymbolTable) else None
            if symbol is not None:
                self.callable_unknown.add(symbol)

    def _resolve(self, call: Operation) -> Operation | None:
        """The op a call names through a symbol (any op), or None."""
        if call in self._resolved:
            return self._resolved[call]
        callee = callee_of(call)
        found = None
        if isinstance(callee, SymbolRefAttr):
            found = lookup_nearest_symbol_from(call, callee)
        self._resolved[call] = found
        return found

    def _is_external(self, op: Operation) -> bool:
        if not self.root.is_ancestor(op):
            return True
        return is_callable(op) and callable_region(op) is None

    # -- visiting ops ----------------------------------------------------------------------
    def _visit_op(self, op: Operation) -> None:
        if is_call(op):
            self._visit_call_site(op)
        if op.regions:
            if is_callable(op):
                if op in self.callable_unknown or self.callsites.get(op):
                    self._mark_entry_blocks_live(op)
            else:
                self._mark_entry_blocks_live(op)
        parent = op.parent_op()
        if (
            parent is not None
            and not op.successor_slots
            and is_callable(parent)
            and op.parent.last_op is op
            and (op.op_def is None or op.has_trait(IsTerminator))
        ):
            self._visit_callable_return(op, parent)
        if op.successor_slots:
            self._visit_branch(op)
        if op.results:
            self._visit_results(op)

    def _mark_entry_blocks_live(self, op: Operation) -> None:
        for region in op.regions:
            if region.blocks:
                self._mark_block_live(region.blocks[0])

    def _visit_call_site(self, call: Operation) -> None:
        callee = self._resolve(call)
        if callee is not None and callee.has_trait(Symbol) and not self._is_external(callee):
            sites = self.callsites.setdefault(callee, [])
            if call not in sites:
                sites.append(call)
                self._push(("op", callee))
                region = callable_region(callee)
                if region is not None:
                    for block in region.blocks:
                        last = block.last_op
                        if last is not None and block in self.live_blocks:
                            self._push(("op", last))
            region = callable_region(callee)
            if region is not None:
                self._push(("args", region.blocks[0]))
        elif call not in self.call_unknown:
            self.call_unknown.add(call)
            self._push(("op", call))

    def _visit_callable_return(self, op: Operation, callable_op: Operation) -> None:
        can_resolve = op.has_trait(ReturnLike)
        for call in self.callsites.get(callable_op, ()):
            if can_resolve:
                known = self.returns.setdefault(call, [])
                if op not in known:
                    known.append(op)
            else:
                self.call_unknown.add(call)
            if call.parent in self.live_blocks:
                self._push(("op", call))

    def _visit_branch(self, op: Operation) -> None:
        block = op.parent
        taken = None
        if op.has_trait(BranchOpInterface):
            constants = []
            for slot in op.operand_slots:
                state = self.values.get(slot.value)
                if state is None:
                    return  # waits until every operand is reached
                constants.append(state.value if state is not UNKNOWN else None)
            taken = successor_for_operands(op, constants)
        if taken is not None:
            self._mark_edge_live(block, taken)
            return
        for slot in op.successor_slots:
            if slot.block is not None:
                self._mark_edge_live(block, slot.block)

    def _visit_results(self, op: Operation) -> None:
        results = op.results
        if is_call(op):
            callee = self._resolve(op)
            if callee is not None and is_callable(callee) and callable_region(callee) is None:
                for r in results:
                    self._set(r, UNKNOWN)
                return
            if op in self.call_unknown:
                for r in results:
                    self._set(r, UNKNOWN)
                return
            for ret in self.returns.get(op, ()):
                for r, value in zip(results, ret.operands):
                    self._set(r, self.values.get(value))
            return
        op_def = op.op_def
        if op.regions or op_def is None:
            for r in results:
                self._set(r, UNKNOWN)
            return
        constants = []
        for slot in op.operand_slots:
            state = self.values.get(slot.value)
            if state is None:
                return  # not all operands reached yet
            constants.append(state.value if state is not UNKNOWN else None)
        dialect = getattr(op_def, "dialect", None)
        if ConstantLike in op_def.traits_set and len(results) == 1:
            value = constant_value(results[0])
            self._set(results[0], UNKNOWN if value is None else Constant(value, dialect))
            return
        folded = _simulate_fold(op, tuple(constants))
        if folded is None:
            for r in results:
                self._set(r, UNKNOWN)
            return
        for r, entry in zip(results, folded):
            if isinstance(entry, Attribute):
                self._set(r, Constant(entry, dialect))
            else:
                self._set(r, self.values.get(entry))

    # -- block arguments -------------------------------------------------------------------
    def _visit_block_args(self, block: Block) -> None:
        if block not in self.live_blocks or not block.args:
            return
        region = block.parent
        if region is not None and region.blocks[0] is block:
            parent = region.parent
            if (
                parent is not None
                and is_callable(parent)
                and callable_region(parent) is region
                and parent not in self.callable_unknown
            ):
                for call in self.callsites.get(parent, ()):
                    for arg, value in zip(block.args, arg_operands(call)):
                        self._set(arg, self.values.get(value))
                return
            for arg in block.args:
                self._set(arg, UNKNOWN)
            return
        use = block.first_pred
        while use is not None:
            terminator = use.owner
            if (terminator.parent, block) in self.live_edges:
                passed = successor_operands(terminator, use.index)
                if passed is None:
                    for arg in block.args:
                        self._set(arg, UNKNOWN)
                    return
                for i, arg in enumerate(block.args):
                    value = passed[i] if i < len(passed) else None
                    self._set(arg, UNKNOWN if value is None else self.values.get(value))
            use = use.next_use


def _simulate_fold(op: Operation, constants: tuple) -> list | None:
    """The op's fold with `constants` for operands: one Attribute or Value per result, or
    None (no fold, or an in-place fold, which is undone: the constants need not be what
    the op really computes at run time)."""
    op_def = op.op_def
    hook = getattr(op_def, "fold", None)
    if hook is None:
        return None
    operands = op.operands
    saved = [(table, dict(table)) for table in (op.properties, op.attributes)]
    folded = hook(op_def(op), constants)
    if folded is None:
        return None
    if not isinstance(folded, (list, tuple)):
        folded = [folded]
    results = list(folded)
    in_place = len(results) == len(op.results) and all(
        r is op.results[i] for i, r in enumerate(results)
    )
    if in_place or len(results) != len(op.results):
        _undo(op, operands, saved)
        return None
    for entry in results:
        if not isinstance(entry, (Attribute, Value)):
            return None
    return results


def _undo(op: Operation, operands: list, saved: list) -> None:
    """Put back the operands, properties and attributes an in-place fold changed."""
    if op.operands != operands:
        op.set_operands(operands)
    (props, props_copy), (attrs, attrs_copy) = saved
    if op.properties is not props:
        op.properties = props
    if op.attributes is not attrs:
        op.attributes = attrs
    for table, copy in ((props, props_copy), (attrs, attrs_copy)):
        if type(table) is dict and table != copy:
            table.clear()
            table.update(copy)
