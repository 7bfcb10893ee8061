"""`lower-affine` for affine.prefetch, affine.dma_start and affine.dma_wait: each
subscript map expanded to arith ops (source, destination, then tag map for dma_start),
then memref.prefetch / memref.dma_start / memref.dma_wait at those indices (MLIR's
AffinePrefetchLowering / AffineDmaStartLowering / AffineDmaWaitLowering). memref.dma_start
takes the element count before the tag, unlike affine.dma_start. Uses op names only, as
the rest of the pass does.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMapAttr
from pyir.affine_expand import expand_affine_map
from pyir.core import Operation

__all__ = ["DMA_PATTERNS"]


def _expand(conv: Any, op: Operation, name: str, operands: list) -> list | None:
    """The expanded indices of map property `name` over `operands`, None (after the
    errors are reported) when it cannot be expanded."""
    attr = op.properties.get(name)
    if not isinstance(attr, AffineMapAttr) or attr.value.num_inputs != len(operands):
        return None
    if not conv.check_expandable(op, attr.value.results):
        return None
    return expand_affine_map(conv.emitter(op), attr.value, operands)


def lower_prefetch(conv: Any, op: Operation) -> bool:
    indices = _expand(conv, op, "map", list(op.operands[1:]))
    if indices is None:
        return False
    props = {k: op.properties[k] for k in ("isWrite", "localityHint", "isDataCache")}
    conv.create("memref.prefetch", [op.operands[0], *indices], [], props)
    conv.replace(op, [])
    return True


def lower_dma_start(conv: Any, op: Operation) -> bool:
    ops = list(op.operands)
    operands: dict = {}
    pos = 0
    for key in ("src", "dst", "tag"):
        attr = op.properties.get(key + "_map")
        if not isinstance(attr, AffineMapAttr):
            return False
        stop = pos + 1 + attr.value.num_inputs
        if stop >= len(ops):
            return False
        indices = _expand(conv, op, key + "_map", ops[pos + 1 : stop])
        if indices is None:
            return False
        operands[key] = [ops[pos], *indices]
        pos = stop
    # pos: the element count, then the optional stride pair.
    new = [*operands["src"], *operands["dst"], ops[pos], *operands["tag"], *ops[pos + 1 :]]
    conv.create("memref.dma_start", new, [])
    conv.replace(op, [])
    return True


def lower_dma_wait(conv: Any, op: Operation) -> bool:
    attr = op.properties.get("tag_map")
    n = attr.value.num_inputs if isinstance(attr, AffineMapAttr) else -1
    if n < 0 or len(op.operands) < n + 2:
        return False
    indices = _expand(conv, op, "tag_map", list(op.operands[1 : 1 + n]))
    if indices is None:
        return False
    conv.create("memref.dma_wait", [op.operands[0], *indices, op.operands[1 + n]], [])
    conv.replace(op, [])
    return True


DMA_PATTERNS = {
    "affine.prefetch": lower_prefetch,
    "affine.dma_start": lower_dma_start,
    "affine.dma_wait": lower_dma_wait,
}
