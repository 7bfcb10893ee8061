"""Interfaces for calls, callables, returns, branches and inlining (MLIR's CallOpInterface,
CallableOpInterface, ReturnLike, BranchOpInterface and DialectInlinerInterface).

An op class says what it is by listing a trait here and defining the trait's hooks as
static methods that take the generic Operation, as `MemoryEffects.get_effects(op)` does:

    class CallOp(OpView):                            # a call through a symbol
        traits = (CallOpInterface,)
        @staticmethod
        def get_callee(op): return op.properties["callee"]   # SymbolRefAttr or a Value
        @staticmethod
        def get_arg_operands(op): return op.operands

    class FuncOp(OpView):                            # a callable with a body
        traits = (CallableOpInterface,)
        @staticmethod
        def get_callable_region(op): ...             # Region, or None for a declaration
        @staticmethod
        def get_result_types(op): ...

Whether a dialect's ops may be inlined is said by the dialect value: `DIALECT.inliner =
SomeDialectInlinerInterface()`. A registered op of a dialect that sets no `inliner` is
treated as inlinable (pyir's in-tree dialects have nothing MLIR would refuse to inline,
affine aside); a dialect sets `inliner = None` to refuse, and an unregistered op is never
inlined (as in MLIR, which needs an interface to know anything about it).

The free functions below read these hooks for the passes (inline, sccp), so the passes
name no dialect.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pyir.attributes import Attribute
from pyir.builtin_attributes import ArrayAttr, DictionaryAttr, SymbolRefAttr
from pyir.core import Block, Operation, Region, Value
from pyir.traits import IsTerminator, SymbolTable, Trait

__all__ = [
    "BranchOpInterface",
    "CallOpInterface",
    "CallableOpInterface",
    "DialectInlinerInterface",
    "ReturnLike",
    "arg_operands",
    "callable_region",
    "callable_result_types",
    "callee_of",
    "inliner_interface",
    "is_call",
    "is_callable",
    "successor_for_operands",
    "successor_operands",
    "symbol_refs",
    "symbol_uses_in",
]


class CallOpInterface(Trait):
    """The op calls something. Hooks: `get_callee(op)` -> a SymbolRefAttr (a call through
    a symbol) or a Value (an indirect call); `get_arg_operands(op)` -> the Values passed as
    the callee's arguments, in order. The op's results are the call's results."""


class CallableOpInterface(Trait):
    """The op has a body that calls run. Hooks: `get_callable_region(op)` -> the Region
    (None for a declaration without a body); `get_result_types(op)` -> the types the body
    returns; optionally `get_argument_types(op)` (default: the entry block's)."""


class ReturnLike(Trait):
    """A terminator that hands its operands to the parent op (`func.return`): analyses may
    read its operands as the values the enclosing callable returns."""


class BranchOpInterface(Trait):
    """A terminator branching to successor blocks. Hooks:
    `get_successor_operands(op, index)` -> the Values passed to successor #index's
    arguments (one per argument; None for an argument the op produces itself), and
    optionally `get_successor_for_operands(op, constants)` -> the one successor taken when
    the operands hold `constants` (an Attribute, or None for unknown, per operand), or None
    when that cannot be told."""


class DialectInlinerInterface:
    """What a dialect says about inlining its ops (MLIR's DialectInlinerInterface).

    Every `is_legal_*` hook says no by default, as in MLIR; a dialect whose ops are all
    safe to inline subclasses it and says yes. `handle_terminator_*` turn an inlined
    terminator of this dialect into what the caller needs.
    """

    def is_legal_to_inline_call(self, call: Operation, callable: Operation, cloned: bool) -> bool:
        """May `callable` be inlined into `call` (the call's dialect answers)?"""
        return False

    def is_legal_to_inline_region(
        self, dest: Region, src: Region, cloned: bool, mapping: Any
    ) -> bool:
        """May the body `src` be inlined into `dest` (the dialect of `dest`'s op answers)?"""
        return False

    def is_legal_to_inline_op(
        self, op: Operation, dest: Region, cloned: bool, mapping: Any
    ) -> bool:
        """May `op` (of this dialect) be moved or cloned into `dest`?"""
        return False

    def should_analyze_recursively(self, op: Operation) -> bool:
        """Whether the legality of the ops nested in `op` must be checked too."""
        return True

    def handle_terminator_branch(self, op: Operation, new_dest: Block, rewriter: Any) -> None:
        """Replace the inlined terminator `op` of a multi-block body by a branch to
        `new_dest`, whose arguments stand for the call's results."""
        raise NotImplementedError(
            f"'{op.name}': the dialect must handle terminators of inlined multi-block bodies"
        )

    def handle_terminator_values(self, op: Operation, values: Sequence[Value]) -> None:
        """Replace the uses of `values` (the call's results) by what the inlined terminator
        `op` of a single-block body returns; the caller erases `op`."""
        raise NotImplementedError(f"'{op.name}': the dialect must handle inlined terminators")

    def materialize_call_conversion(
        self, builder: Any, value: Value, type: Any, location: Any
    ) -> Operation | None:
        """An op converting `value` to `type` where call and callable types differ, or
        None (then the call is not inlined)."""
        return None

    def process_inlined_call_blocks(self, call: Operation, blocks: Sequence[Block]) -> None:
        """A hook run on the blocks just inlined for `call`, before terminators are handled."""


class _AllLegal(DialectInlinerInterface):
    """The interface of a registered dialect that declares none: everything is legal."""

    def is_legal_to_inline_call(self, call: Operation, callable: Operation, cloned: bool) -> bool:
        return True

    def is_legal_to_inline_region(
        self, dest: Region, src: Region, cloned: bool, mapping: Any
    ) -> bool:
        return True

    def is_legal_to_inline_op(
        self, op: Operation, dest: Region, cloned: bool, mapping: Any
    ) -> bool:
        return True

    def handle_terminator_branch(self, op: Operation, new_dest: Block, rewriter: Any) -> None:
        pass  # branches stay as they are; only returns need rewriting


_ALL_LEGAL = _AllLegal()
_MISSING = object()


def inliner_interface(op: Operation) -> DialectInlinerInterface | None:
    """The inliner interface of `op`'s dialect: its `inliner` attribute, the permissive
    default when it declares none, None for unregistered ops and dialects that refuse."""
    op_def = op.op_def
    if op_def is None:
        return None
    dialect = getattr(op_def, "dialect", None)
    if dialect is None:
        return _ALL_LEGAL
    found = getattr(dialect, "inliner", _MISSING)
    return _ALL_LEGAL if found is _MISSING else found


# -- reading the hooks -------------------------------------------------------------------------
def is_call(op: Operation) -> bool:
    return op.has_trait(CallOpInterface)


def is_callable(op: Operation) -> bool:
    return op.has_trait(CallableOpInterface)


def callee_of(call: Operation) -> SymbolRefAttr | Value | None:
    """What a call calls: a symbol reference or a function value."""
    return call.op_def.get_callee(call)


def arg_operands(call: Operation) -> list[Value]:
    return list(call.op_def.get_arg_operands(call))


def callable_region(op: Operation) -> Region | None:
    """The body of a callable op (None for a declaration or a non-callable op)."""
    if not op.has_trait(CallableOpInterface):
        return None
    region = op.op_def.get_callable_region(op)
    if region is None or not region.blocks:
        return None
    return region


def callable_result_types(op: Operation) -> list:
    return list(op.op_def.get_result_types(op))


def successor_operands(op: Operation, index: int) -> list[Value | None] | None:
    """The values `op` passes to successor #index, or None when `op` does not say."""
    if not op.has_trait(BranchOpInterface):
        return None
    return list(op.op_def.get_successor_operands(op, index))


def successor_for_operands(op: Operation, constants: Sequence[Attribute | None]) -> Block | None:
    """The one successor a branch takes for operand values `constants`, if it can tell."""
    hook = getattr(op.op_def, "get_successor_for_operands", None) if op.op_def else None
    if hook is None or not op.has_trait(BranchOpInterface):
        return None
    return hook(op, list(constants))


def is_terminator_of_block(op: Operation) -> bool:
    """The op ends its block (the last op, a terminator or an op pyir knows nothing of)."""
    block = op.parent
    return (
        block is not None
        and block.last_op is op
        and (op.op_def is None or op.has_trait(IsTerminator))
    )


# -- symbol uses -------------------------------------------------------------------------------
def symbol_refs(attr: Any) -> Iterator[SymbolRefAttr]:
    """The symbol references inside an attribute value (arrays and dictionaries searched)."""
    if isinstance(attr, SymbolRefAttr):
        yield attr
    elif isinstance(attr, ArrayAttr):
        for item in attr.elements:
            yield from symbol_refs(item)
    elif isinstance(attr, DictionaryAttr):
        for _, value in attr.entries:
            yield from symbol_refs(value)


def _op_refs(op: Operation) -> Iterator[SymbolRefAttr]:
    for table in (op.properties, op.attributes):
        for value in table.values():
            yield from symbol_refs(value)


def symbol_uses_in(
    root: Operation | Region, include_root: bool = True
) -> Iterator[tuple[Operation, SymbolRefAttr]]:
    """(user, reference) for every symbol reference held by the ops in `root` (an op,
    itself included unless `include_root` is False, or a region), without entering nested
    symbol tables (whose own attributes still count). The order is unspecified."""
    if isinstance(root, Operation):
        if include_root:
            for ref in _op_refs(root):
                yield root, ref
        if root.has_trait(SymbolTable) and include_root:
            return
        regions = list(root.regions)
    else:
        regions = [root]
    stack = [regions]
    while stack:
        for region in stack.pop():
            for block in region.blocks:
                for child in block.ops:
                    for ref in _op_refs(child):
                        yield child, ref
                    if child.regions and not child.has_trait(SymbolTable):
                        stack.append(list(child.regions))
