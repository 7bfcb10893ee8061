"""`lower-affine` for affine.vector_load / affine.vector_store: the subscript map expanded
to arith ops, then vector.load / vector.store at those indices (MLIR's
AffineVectorLoadLowering / AffineVectorStoreLowering). Uses op names only, as the rest
of the pass does.
"""

from __future__ import annotations

from typing import Any

from pyir.affine_expand import expand_affine_map
from pyir.builtin_attributes import bool_attr
from pyir.core import Operation

__all__ = ["VECTOR_PATTERNS"]


def _lower_access(conv: Any, op: Operation, name: str, memref_pos: int) -> bool:
    amap = op.properties["map"].value
    if not conv.check_expandable(op, amap.results):
        return False
    head = list(op.operands[: memref_pos + 1])
    indices = expand_affine_map(conv.emitter(op), amap, op.operands[memref_pos + 1 :])
    # MLIR's builders store the flag (the generic form shows it).
    props = {"nontemporal": bool_attr(False)}
    new = conv.create(name, [*head, *indices], [r.type for r in op.results], props)
    conv.replace(op, list(new.results))
    return True


def lower_vector_load(conv: Any, op: Operation) -> bool:
    return _lower_access(conv, op, "vector.load", 0)


def lower_vector_store(conv: Any, op: Operation) -> bool:
    return _lower_access(conv, op, "vector.store", 1)


VECTOR_PATTERNS = {
    "affine.vector_load": lower_vector_load,
    "affine.vector_store": lower_vector_store,
}
