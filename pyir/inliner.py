"""Inlining a region at a call site (MLIR's InliningUtils): the mechanics the `inline`
pass uses, reusable by other transforms.

`inline_call(call, callable, region, clone)` replaces nothing itself: on success the body
of `region` (copied when `clone`, else moved) sits where the call was, the call's results
have no uses left, and the caller erases the call. On failure the IR is unchanged.

How the body lands, as in MLIR: the call's block is split after the call; the body's
blocks go in between; the body's entry-block arguments become the call's operands. A
single-block body is then merged into the call's block, and the value its terminator
returns replaces the call's results (the terminator's dialect says how:
`handle_terminator_values`). A multi-block body keeps its blocks: the block after the call
gets one argument per call result, and each terminator of the body becomes a branch to it
(`handle_terminator_branch`); only the entry block is merged into the call's block.

Who may be inlined where is asked of the dialects' inliner interfaces
(pyir.call_interfaces): the call's dialect for the call, the dialect of the op owning the
destination region for the region, and each op's dialect for each op of the body.
Inlined ops get the location `callsite(their location at the call's location)` unless
the call's location is unknown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pyir.builder import IRMapping, clone_region_into
from pyir.call_interfaces import (
    DialectInlinerInterface,
    arg_operands,
    callable_result_types,
    inliner_interface,
)
from pyir.core import Block, Operation, Region, Value
from pyir.location import CallSiteLoc, Location, UnknownLoc
from pyir.rewriter import PatternRewriter

__all__ = ["inline_call", "inline_region", "is_legal_to_inline_body"]

#: Called with the blocks just inlined (before their terminators are rewritten).
BlocksHook = Callable[[list[Block]], None]


def _interface(op: Operation | None) -> DialectInlinerInterface | None:
    return None if op is None else inliner_interface(op)


def is_legal_to_inline_body(src: Region, dest: Region, cloned: bool, mapping: IRMapping) -> bool:
    """Every op of `src` (nested ones too, where the op's dialect asks for it) may go into
    `dest`. `builtin.unrealized_conversion_cast` always may, as in MLIR."""
    stack = [src]
    while stack:
        region = stack.pop()
        for block in region.blocks:
            for op in block.ops:
                if op.name == "builtin.unrealized_conversion_cast":
                    continue
                iface = _interface(op)
                if iface is None or not iface.is_legal_to_inline_op(op, dest, cloned, mapping):
                    return False
                if op.regions and iface.should_analyze_recursively(op):
                    stack.extend(op.regions)
    return True


# -- locations ---------------------------------------------------------------------------------
def _stack_locations(callee: Any, caller: Location) -> Location:
    """`callsite(callee at caller)`, pushing `caller` under a callee that is already a
    call-site stack (so inlining twice reads `callsite(a at callsite(b at c))`)."""
    chain = []
    last = callee
    while isinstance(last, CallSiteLoc):
        chain.append(last)
        last = last.caller
    if last is None:
        last = UnknownLoc()
    loc = CallSiteLoc(last, caller)
    for site in reversed(chain):
        loc = CallSiteLoc(site.callee, loc)
    return loc


def _remap_locations(blocks: Sequence[Block], caller: Location) -> None:
    memo: dict = {}

    def remap(loc: Any) -> Location:
        key = loc if loc is not None else UnknownLoc()
        found = memo.get(key)
        if found is None:
            found = memo[key] = _stack_locations(key, caller)
        return found

    for block in blocks:
        for arg in block.args:
            arg.location = remap(arg.location)
        for op in block.ops:
            for nested in op.walk(post_order=False):
                nested.location = remap(nested.location)
                for region in nested.regions:
                    for inner in region.blocks:
                        for arg in inner.args:
                            arg.location = remap(arg.location)


# -- the utility -------------------------------------------------------------------------------
def inline_region(
    src: Region,
    inline_block: Block,
    before: Operation | None,
    mapping: IRMapping,
    results_to_replace: Sequence[Value],
    result_types: Sequence[Any],
    location: Any = None,
    clone: bool = True,
    call: Operation | None = None,
    rewriter: PatternRewriter | None = None,
    on_inlined_blocks: BlocksHook | None = None,
) -> bool:
    """Inline `src` into `inline_block` before `before` (at its end if None); the entry
    block's arguments must all be mapped in `mapping`. `results_to_replace` (of types
    `result_types`) get what the body returns. False, with the IR unchanged, when the
    dialects do not allow it."""
    if not src.blocks:
        return False
    entry = src.blocks[0]
    if any(arg not in mapping.values for arg in entry.args):
        return False
    dest = inline_block.parent
    if dest is None:
        return False
    dest_iface = _interface(dest.parent)
    if dest_iface is None or not dest_iface.is_legal_to_inline_region(dest, src, clone, mapping):
        return False
    if not is_legal_to_inline_body(src, dest, clone, mapping):
        return False
    if rewriter is None:
        rewriter = PatternRewriter()

    # Split the block; the body's blocks go between its two halves.
    post = rewriter.split_block(inline_block, before)
    index = dest.blocks.index(post)
    if clone:
        new_blocks = clone_region_into(src, dest, mapping, index)
    else:
        new_blocks = list(src.blocks)
        for offset, block in enumerate(new_blocks):
            block.detach()
            dest.insert_block(index + offset, block)
        # Moved in place: the entry arguments' uses take the mapped values.
        for arg in entry.args:
            rewriter.replace_all_uses_with(arg, mapping.values[arg])
    for block in new_blocks:
        rewriter.listener.notify_block_inserted(block)
        for op in block.ops:
            rewriter.listener.notify_operation_inserted(op)
    if location is not None and not isinstance(location, UnknownLoc):
        _remap_locations(new_blocks, location)
    if call is not None:
        iface = _interface(call)
        if iface is not None:
            iface.process_inlined_call_blocks(call, new_blocks)
    if on_inlined_blocks is not None:
        on_inlined_blocks(new_blocks)

    first = new_blocks[0]
    if len(new_blocks) == 1:
        terminator = first.last_op
        iface = _interface(terminator)
        if iface is None:
            raise ValueError(f"cannot inline: '{terminator.name}' has no inliner interface")
        iface.handle_terminator_values(terminator, list(results_to_replace))
        rewriter.erase_op(terminator)
        rewriter.merge_blocks(post, first)
    else:
        loc = getattr(results_to_replace[0], "op", None) if results_to_replace else None
        arg_loc = loc.location if loc is not None else None
        for value, type in zip(results_to_replace, result_types):
            rewriter.replace_all_uses_with(value, post.add_argument(type, arg_loc))
        for block in new_blocks:
            terminator = block.last_op
            iface = _interface(terminator)
            if iface is None:
                raise ValueError(f"cannot inline: '{terminator.name}' has no inliner interface")
            iface.handle_terminator_branch(terminator, post, rewriter)
    # The entry block's ops join the block of the call.
    if first.parent is not None:
        for arg in list(first.args):
            if arg.first_use is None:
                continue
            raise ValueError("inlined entry block arguments still have uses")
        ops = list(first.ops)
        for op in ops:
            op.detach()
            inline_block.append(op)
        rewriter.listener.notify_block_erased(first)
        first.detach()
    return True


def inline_call(
    call: Operation,
    callable_op: Operation,
    src: Region,
    clone: bool = True,
    rewriter: PatternRewriter | None = None,
    on_inlined_blocks: BlocksHook | None = None,
) -> bool:
    """Inline the body `src` of `callable_op` at `call` (see the module docstring); the
    caller erases `call` afterwards. False, with the IR unchanged, when it cannot be done:
    arity or type mismatches no conversion fixes, or a dialect that refuses."""
    if not src.blocks:
        return False
    entry = src.blocks[0]
    operands = arg_operands(call)
    results = list(call.results)
    result_types = callable_result_types(callable_op)
    if len(operands) != len(entry.args) or len(results) != len(result_types):
        return False
    # Types must match: a dialect could convert, and func's does not.
    iface = _interface(call)
    if iface is None:
        return False
    for value, arg in zip(operands, entry.args):
        if value.type != arg.type:
            return False
    for value, type in zip(results, result_types):
        if value.type != type:
            return False
    if not iface.is_legal_to_inline_call(call, callable_op, clone):
        return False
    mapping = IRMapping()
    for arg, value in zip(entry.args, operands):
        mapping.map(arg, value)
    return inline_region(
        src,
        call.parent,
        call.next_op,
        mapping,
        results,
        result_types,
        call.location,
        clone,
        call,
        rewriter,
        on_inlined_blocks,
    )
