"""memref.dma_start and memref.dma_wait: non-blocking copies tracked by a tag buffer.

Syntax (as mlir-opt prints it):

    memref.dma_start %src[%i, %j], %dst[%k, %l], %num, %tag[%t] [, %stride, %per_stride]
        : memref<40x128xf32>, memref<2x1024xf32, 1>, memref<1xi32>
    memref.dma_wait %tag[%t], %num : memref<1xi32>

dma_start keeps all its operands in one list whose layout follows the ranks of its three
memref types (source, destination, tag), as MLIR's op does; its custom form takes no
attribute dictionary (MLIR's parser reads none, though its printer writes one).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_types import INDEX, MemRefType
from pyir.constraints import EqualTo
from pyir.core import Operation
from pyir.dialects.memref_common import (
    ANY_MEMREF,
    INDEX_TYPE,
    combine,
    print_attr_dict,
)
from pyir.dialects.syntax_common import keyword_at
from pyir.opdef import OpView, operand, var_operand
from pyir.traits import MemoryEffects

#: `index` operands of a variadic group, with a buildable type for the declarative format.
_INDICES = EqualTo(INDEX)
_INDICES.description = "variadic of index"


def _rank(t: Any) -> int | None:
    return len(t.shape) if isinstance(t, MemRefType) else None


def dma_layout(types: list) -> dict | None:
    """Positions of dma_start's parts in its operand list of `types`: the three memrefs,
    the number of elements, and (start, stop) of each index group; None when the list
    does not fit. Assumes the checks of `DmaStartOp.verify_` passed."""
    src_rank = _rank(types[0])
    dst = 1 + src_rank
    dst_rank = _rank(types[dst])
    num = dst + 1 + dst_rank
    tag = num + 1
    tag_rank = _rank(types[tag])
    end = tag + 1 + tag_rank
    return {
        "src": 0,
        "src_indices": (1, dst),
        "dst": dst,
        "dst_indices": (dst + 1, num),
        "num": num,
        "tag": tag,
        "tag_indices": (tag + 1, end),
        "end": end,
    }


class DmaStartOp(OpView):
    """`memref.dma_start %src[...], %dst[...], %num, %tag[...] [, %stride, %n] : S, D, T`.

    Invariants (verified): the operands are a source memref and its indices, a
    destination memref and its indices, an index element count, a tag memref and its
    indices, and optionally two index stride operands.
    """

    name = "memref.dma_start"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    operands_ = var_operand()

    @staticmethod
    def get_effects(op: Operation) -> list:
        parts = dma_layout([v.type for v in op.operands])
        ops = op.operands
        return [
            ("read", ops[parts["src"]]),
            ("write", ops[parts["dst"]]),
            ("read", ops[parts["tag"]]),
        ]

    def verify_(self) -> str | None:  # noqa: C901 - MLIR's checks, in MLIR's order
        types = [v.type for v in self.op.operands]
        n = len(types)
        if n < 4:
            return "expected at least 4 operands"
        if not isinstance(types[0], MemRefType):
            return "expected source to be of memref type"
        expected = _rank(types[0]) + 4
        if n < expected:
            return f"expected at least {expected} operands"
        src_rank = _rank(types[0])
        if any(t != INDEX for t in types[1 : 1 + src_rank]):
            return "expected source indices to be of index type"
        dst = 1 + src_rank
        if not isinstance(types[dst], MemRefType):
            return "expected destination to be of memref type"
        dst_rank = _rank(types[dst])
        expected = src_rank + dst_rank + 4
        if n < expected:
            return f"expected at least {expected} operands"
        if any(t != INDEX for t in types[dst + 1 : dst + 1 + dst_rank]):
            return "expected destination indices to be of index type"
        num = dst + 1 + dst_rank
        if types[num] != INDEX:
            return "expected num elements to be of index type"
        if not isinstance(types[num + 1], MemRefType):
            return "expected tag to be of memref type"
        tag_rank = _rank(types[num + 1])
        expected += tag_rank
        if n < expected:
            return f"expected at least {expected} operands"
        if any(t != INDEX for t in types[num + 2 : num + 2 + tag_rank]):
            return "expected tag indices to be of index type"
        if n not in (expected, expected + 2):
            return "incorrect number of operands"
        if n == expected + 2 and (types[-2] != INDEX or types[-1] != INDEX):
            return "expected stride and num elements per stride to be of type index"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        ops = op.operands
        parts = dma_layout([v.type for v in ops])

        def memref(key: str) -> None:
            p.print_operand(ops[parts[key]])
            start, stop = parts[key + "_indices"]
            p.write("[")
            p.print_operands(ops[start:stop])
            p.write("]")

        p.write(" ")
        memref("src")
        p.write(", ")
        memref("dst")
        p.write(", ")
        p.print_operand(ops[parts["num"]])
        p.write(", ")
        memref("tag")
        if len(ops) > parts["end"]:
            p.write(", ")
            p.print_operands(ops[parts["end"] :])
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type_list([ops[parts[k]].type for k in ("src", "dst", "tag")])


class DmaWaitOp(OpView):
    """`memref.dma_wait %tag[%i, ...], %num : T`: blocks until the DMA with this tag
    transferred `%num` elements.

    Invariant (verified): one tag index per dimension of T.
    """

    name = "memref.dma_wait"
    traits = (MemoryEffects,)
    tagMemRef = operand(ANY_MEMREF)  # noqa: N815 (MLIR's names)
    tagIndices = var_operand(_INDICES)  # noqa: N815
    numElements = operand(INDEX_TYPE)  # noqa: N815
    assembly_format = (
        "$tagMemRef `[` $tagIndices `]` `,` $numElements attr-dict `:` type($tagMemRef)"
    )

    @staticmethod
    def get_effects(op: Operation) -> list:
        # Waiting reads and clears the tag: not removable when unused (as in MLIR).
        return [("read", op.operands[0]), ("write", op.operands[0])]

    def verify_(self) -> str | None:
        rank = len(self.op.operands[0].type.shape)
        got = len(self.op.operands) - 2
        if got != rank:
            return (
                "expected tagIndices to have the same number of elements as the tagMemRef "
                f"rank, expected {rank}, but got {got}"
            )
        return None


def _syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_dma_start: memref_dma_start_kw memref_dma_ref "," memref_dma_ref "," '
        'value_use "," memref_dma_ref ("," value_use)* ":" type_list\n'
        'memref_dma_ref: value_use "[" [value_use_list] "]"\n'
        '!memref_dma_start_kw: "memref.dma_start"\n'
        "%extend custom_operation: memref_dma_start\n"
    )

    def ref(state: Any) -> Any:
        return lambda children: (children[0], children[1] or [])

    def build_start(state: Any) -> Any:
        def build(children: list) -> Operation:
            pos, src, dst, num, tag, *rest = children
            types = rest.pop()
            prefix = "custom op 'memref.dma_start' "
            if rest and len(rest) != 2:
                raise state.error(prefix + "expected two stride related operands", pos)
            if len(types) != 3:
                raise state.error(prefix + "fewer/more types expected", pos)
            state.end_op()
            operands = []
            for (use, indices), t in ((src, types[0]), (dst, types[1])):
                operands.append(state.resolve(use, t))
                operands += state.resolve_all(indices, [INDEX] * len(indices), state.pos)
            operands.append(state.resolve(num, INDEX))
            operands.append(state.resolve(tag[0], types[2]))
            operands += state.resolve_all(tag[1], [INDEX] * len(tag[1]), state.pos)
            operands += state.resolve_all(rest, [INDEX] * len(rest), state.pos)
            return DmaStartOp.create(operands=operands)

        return build

    callbacks = {
        "memref_dma_start": build_start,
        "memref_dma_ref": ref,
        "memref_dma_start_kw": keyword_at("memref.dma_start"),
    }
    return combine((grammar, callbacks))


GRAMMARS = (_syntax(),)

OPS = (DmaStartOp, DmaWaitOp)

__all__ = ["DmaStartOp", "DmaWaitOp", "dma_layout"]
