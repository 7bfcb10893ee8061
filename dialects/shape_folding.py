"""Folders shared by the tensor and memref dialects: `dim` of a static dimension is a
constant (and of a dynamic one whatever the dialect's `dynamic_dim` hook finds), a
`cast` to the type it already has is its operand, and constant entries of mixed
static/dynamic index lists become static. Constants are `arith.constant`s (both dialects
materialize through arith, as in MLIR)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType
from pyir.folding import constant_value
from pyir.patterns import RewritePattern

#: `dynamic_dim(dim_op, index)`: the folded value of a dynamic dimension (a Value or the
#: dim op's own result after an in-place change), or None.
DynamicDim = Callable[[Any, int], Any]


def fold_dim(view: Any, operands: tuple, dynamic_dim: DynamicDim | None = None) -> Any:
    index = operands[1]
    if not isinstance(index, IntegerAttr):
        return None
    shape = getattr(view.op.operands[0].type, "shape", None)
    if shape is None or not 0 <= index.value < len(shape):
        return None  # unranked, or an out-of-range index (undefined, left alone)
    size = shape[index.value]
    if size is None or size < 0:
        return dynamic_dim(view.op, index.value) if dynamic_dim is not None else None
    return IntegerAttr(size, IndexType())


def dim_folder(dynamic_dim: DynamicDim) -> Callable[[Any, tuple], Any]:
    """A `dim` folder that asks `dynamic_dim` about dynamic dimensions."""

    def fold(view: Any, operands: tuple) -> Any:
        return fold_dim(view, operands, dynamic_dim)

    return fold


def defining(value: Any, name: str) -> Any:
    """The op named `name` that defines `value`, or None."""
    owner = getattr(value, "op", None)
    return owner if owner is not None and owner.name == name else None


def const_int(value: Any) -> int | None:
    """The integer a value holds when a constant op defines it (MLIR's getConstantIntValue)."""
    attr = constant_value(value)
    return attr.value if isinstance(attr, IntegerAttr) else None


def size_product(rewriter: Any, sizes: list, location: Any, created: list | None = None) -> Any:
    """The product of reshape group sizes (ints or index Values): an int when all are
    constant, else `arith.muli nsw` of the dynamic ones times the constant part, as MLIR
    builds it (the sizes of a valid shaped type do not wrap). The ops built are appended
    to `created` when it is given."""
    from pyir.dialects.arith import ConstantOp, MulIOp
    from pyir.dialects.arith_attrs import IntegerOverflowFlagsAttr

    def build(op_class: Any, operands: list, props: dict) -> Any:
        new = rewriter.create(op_class, operands, [IndexType()], props, location=location)
        if created is not None:
            created.append(new)
        return new.results[0]

    nsw = {"overflowFlags": IntegerOverflowFlagsAttr(("nsw",))}
    static, dynamic = 1, []
    for size in sizes:
        c = size if isinstance(size, int) else const_int(size)
        if c is None:
            dynamic.append(size)
        else:
            static *= c
    if not dynamic:
        return static
    result = dynamic[0]
    for value in dynamic[1:]:
        result = build(MulIOp, [result, value], nsw)
    if static != 1:
        factor = build(ConstantOp, [], {"value": IntegerAttr(static, IndexType())})
        result = build(MulIOp, [result, factor], nsw)
    return result


def fold_rank(view: Any, operands: tuple) -> Any:
    """rank of a ranked tensor or memref -> constant."""
    shape = getattr(view.op.operands[0].type, "shape", None)
    return None if shape is None else IntegerAttr(len(shape), IndexType())


def fold_cast(view: Any, operands: tuple) -> Any:
    source = view.op.operands[0]
    return source if source.type == view.op.results[0].type else None


def fold_constant_entries(
    mixed: list, only_non_negative: bool = False, only_non_zero: bool = False
) -> tuple[list, bool]:
    """The mixed list (ints and Values) with each Value defined by an integer constant
    replaced by its int (skipping negative ones when `only_non_negative`, zeros when
    `only_non_zero`), and whether anything changed (MLIR's foldDynamicIndexList)."""
    out = []
    changed = False
    for entry in mixed:
        if not isinstance(entry, int):
            attr = constant_value(entry)
            if (
                isinstance(attr, IntegerAttr)
                and not (only_non_negative and attr.value < 0)
                and not (only_non_zero and attr.value == 0)
            ):
                out.append(attr.value)
                changed = True
                continue
        out.append(entry)
    return out, changed


# -- collapse_shape / expand_shape ---------------------------------------------------------------
def reshape_folder(inverse: str) -> Callable[[Any, tuple], Any]:
    """The folder of a collapse_shape (`inverse` names the expand_shape) or an expand_shape:
    to its own type -> the source; of a dense constant -> the reshaped constant; of the
    inverse reshape back to that one's source type with at most one dynamic dimension ->
    that source (MLIR's foldReshapeOp)."""
    from pyir.dense_attributes import DenseIntOrFPElementsAttr

    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        source = op.operands[0]
        t = op.results[0].type
        if source.type == t:
            return source
        constant = operands[0]
        if isinstance(constant, DenseIntOrFPElementsAttr) and -1 not in _signs(t.shape):
            return DenseIntOrFPElementsAttr.from_bytes(t, constant.data)
        producer = defining(source, inverse)
        if producer is None or producer.operands[0].type != t:
            return None
        if sum(1 for d in t.shape if d < 0) < 2:
            return producer.operands[0]
        return None

    return fold


def _signs(shape: tuple) -> list[int]:
    return [-1 if d < 0 else 1 for d in shape]


def _groups(op: Any) -> list[list[int]]:
    return [[int(e.value) for e in g.elements] for g in op.properties["reassociation"].elements]


def compose_reassociations(a: list[list[int]], b: list[list[int]]) -> list[list[int]] | None:
    """The groups of two chained reshapes of one kind, as one (MLIR's
    composeReassociationIndices): the longer list is indexed by the shorter one."""
    if len(a) == len(b):
        return None
    producer, consumer = (a, b) if len(a) > len(b) else (b, a)
    if not consumer:
        return []  # a rank-0 result
    if sum(len(g) for g in consumer) != len(producer):
        return None
    return [[d for i in g for d in producer[i]] for g in consumer]


class ComposeReassociativeReshapeOps(RewritePattern):
    """collapse_shape(collapse_shape(x)) -> collapse_shape(x), and the same for two
    expand_shapes, when no type has a layout. Instances are made per op name (`root`)."""

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Any, rewriter: Any) -> bool:
        inner = defining(op.operands[0], op.name)
        if inner is None or op.op_def is None:
            return False
        types = (inner.operands[0].type, op.operands[0].type, op.results[0].type)
        if any(getattr(t, "layout", None) is not None for t in types):
            return False
        groups = compose_reassociations(_groups(op), _groups(inner))
        if groups is None:
            return False
        from pyir.builtin_attributes import ArrayAttr
        from pyir.builtin_types import IntegerType

        i64 = IntegerType(64)
        properties = dict(op.properties)
        properties["reassociation"] = ArrayAttr(
            ArrayAttr(IntegerAttr(i, i64) for i in g) for g in groups
        )
        new = rewriter.create(
            op.op_def,
            [inner.operands[0], *op.operands[1:]],
            [op.results[0].type],
            properties,
            dict(op.attributes),
            location=op.location,
        )
        rewriter.replace_op(op, new)
        return True


def install(dim_op: type, cast_op: type, dialect: Any) -> None:
    """Give `dim_op` and `cast_op` their folders and `dialect` arith's materializer."""
    from pyir.dialects.arith_poison import materialize_constant

    dim_op.fold = fold_dim  # type: ignore[attr-defined]
    cast_op.fold = fold_cast  # type: ignore[attr-defined]
    dialect.materialize_constant = materialize_constant
