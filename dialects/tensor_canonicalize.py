"""Folders and canonicalization patterns of the tensor dialect's element ops (MLIR's
`fold` methods and getCanonicalizationPatterns of TensorOps), and the helpers the other
tensor canonicalization modules share:

- `extract` of a constant, of `from_elements` or of an `insert` at the same constant
  indices is that element; `extract` looks through `cast`, `generate` (its body, cloned)
  and `arith.index_cast` (ExtractFromTensorCast, ExtractFromTensorGenerate,
  ExtractElementFromIndexCast);
- `from_elements` and `splat` of constants are dense constants; `insert` of a splat's own
  value into it is the splat; `rank` of a ranked tensor is a constant;
- a destination-style op (`insert`; vector.transfer_write may use the same pattern) reads
  through casts that only drop static sizes, its result cast back (FoldTensorCastProducerOp).

Casts, `empty`, `generate`, `dim`, `concat` and `reshape` are in `tensor_shape_canonicalize`;
the slice, pad and reassociative-reshape ops in `tensor_slice_canonicalize`; `dim` and
`cast` folders shared with memref in `shape_folding`. `install` hooks all three up.
"""

from __future__ import annotations

from typing import Any

from pyir.builder import IRMapping
from pyir.builtin_attributes import FloatAttr, IntegerAttr
from pyir.builtin_types import DYNAMIC, INDEX, FloatType, IndexType, IntegerType, RankedTensorType
from pyir.core import Operation
from pyir.deferred_hooks import set_hooks
from pyir.dense_attributes import DenseIntOrFPElementsAttr, _storage_bytes
from pyir.dialects.shape_folding import const_int, defining, fold_rank
from pyir.patterns import RewritePattern
from pyir.side_effects import would_be_trivially_dead


# -- helpers shared with tensor_slice_canonicalize --------------------------------------------
def index_attr(value: int) -> IntegerAttr:
    return IntegerAttr(value, INDEX)


def is_scalar_constant(attr: Any, element_type: Any) -> bool:
    """An IntegerAttr or FloatAttr of exactly `element_type` (what a dense constant holds)."""
    return isinstance(attr, (IntegerAttr, FloatAttr)) and attr.type == element_type


def element_at(attr: DenseIntOrFPElementsAttr, flat: int) -> Any:
    """Element `flat` (row-major) of a dense constant as an IntegerAttr or FloatAttr, or None
    for element types without a scalar attribute (complex)."""
    t = attr.element_type
    if not isinstance(t, (IntegerType, IndexType, FloatType)):
        return None
    if attr.is_splat:
        flat = 0
    if isinstance(t, FloatType):
        size = _storage_bytes(t)
        bits = int.from_bytes(attr.data[flat * size : (flat + 1) * size], "little")
        return FloatAttr.from_bits(bits, t)
    return IntegerAttr(int(attr._stored_values()[flat]), t)


def joined_shape(a: Any, b: Any) -> Any:
    """The most static shape both tensor types allow (MLIR's joinShapes); `a` or `b` when
    the other is unranked; False when two static sizes or the ranks disagree."""
    if not isinstance(a, RankedTensorType):
        return getattr(b, "shape", None)
    if not isinstance(b, RankedTensorType):
        return a.shape
    if len(a.shape) != len(b.shape):
        return False
    out = []
    for x, y in zip(a.shape, b.shape):
        if x == DYNAMIC:
            out.append(y)
        elif y == DYNAMIC or x == y:
            out.append(x)
        else:
            return False
    return tuple(out)


def preserves_static_info(source: Any, target: Any) -> bool:
    """`target` keeps all the static information of `source`: both ranked with the same
    element type, rank and encoding, and every static size of `source` static in `target`
    (MLIR's preservesStaticInformation). A cast from A to B may fold into its users when
    preserves_static_info(B, A), into its producer when preserves_static_info(A, B)."""
    if not isinstance(source, RankedTensorType) or not isinstance(target, RankedTensorType):
        return False
    if source.element_type != target.element_type or source.encoding != target.encoding:
        return False
    if len(source.shape) != len(target.shape):
        return False
    return not any(s != DYNAMIC and t == DYNAMIC for s, t in zip(source.shape, target.shape))


def fold_dynamic_sizes(t: RankedTensorType, sizes: list) -> tuple[RankedTensorType, list]:
    """The type with each dynamic size that is a non-negative constant made static, and the
    size operands still needed (MLIR's foldDynamicToStaticDimSizes)."""
    shape = list(t.shape)
    kept = []
    values = iter(sizes)
    for i, d in enumerate(shape):
        if d != DYNAMIC:
            continue
        value = next(values, None)
        if value is None:
            break
        c = const_int(value)
        if c is None or c < 0:
            kept.append(value)
        else:
            shape[i] = c
    return RankedTensorType(tuple(shape), t.element_type, t.encoding), kept


def body_is_side_effect_free(op: Operation) -> bool:
    """Every op in `op`'s regions but the terminators could be erased if unused (what
    MLIR's RecursiveMemoryEffects gives tensor.generate)."""
    for region in op.regions:
        for block in region.blocks:
            last = block.last_op
            for inner in block.ops:
                if inner is not last and not would_be_trivially_dead(inner):
                    return False
    return True


# -- folders ----------------------------------------------------------------------------------
def fold_extract(view: Any, operands: tuple) -> Any:
    """extract(splat constant) -> its value; with constant indices: extract(dense constant),
    extract(from_elements), extract(insert v at the same indices) -> the element."""
    op = view.op
    source = operands[0]
    if isinstance(source, DenseIntOrFPElementsAttr) and source.is_splat:
        return element_at(source, 0)
    indices = []
    for attr in operands[1:]:
        if not isinstance(attr, IntegerAttr):
            return None
        indices.append(attr.value)
    tensor = op.operands[0]
    shape = getattr(tensor.type, "shape", None)
    if shape is None or len(shape) != len(indices):
        return None
    producer = defining(tensor, "tensor.from_elements")
    if producer is not None:
        flat, stride = 0, 1
        for i in range(len(shape) - 1, -1, -1):
            flat += indices[i] * stride
            stride *= shape[i]
        elements = producer.operands
        if not 0 <= flat < len(elements):
            return None  # out of bounds: code that never runs
        return elements[flat]
    if isinstance(source, DenseIntOrFPElementsAttr):
        if any(not 0 <= i < d for i, d in zip(indices, shape)):
            return None
        flat = 0
        for i, d in zip(indices, shape):
            flat = flat * d + i
        return element_at(source, flat)
    insert = defining(tensor, "tensor.insert")
    if insert is not None and insert.operands[0].type == op.results[0].type:
        positions = insert.operands[2:]
        if len(positions) == len(indices) and all(
            p is q or (const_int(p) is not None and const_int(p) == const_int(q))
            for p, q in zip(positions, op.operands[1:])
        ):
            return insert.operands[0]
    return None


def fold_from_elements(view: Any, operands: tuple) -> Any:
    """from_elements of constants -> dense constant."""
    t = view.op.results[0].type
    if not operands or not all(is_scalar_constant(a, t.element_type) for a in operands):
        return None
    return DenseIntOrFPElementsAttr(t, [_python_value(a) for a in operands])


def _python_value(attr: Any) -> Any:
    return attr if isinstance(attr, FloatAttr) else attr.value


def fold_splat(view: Any, operands: tuple) -> Any:
    """splat of a constant into a static shape -> dense splat constant."""
    t = view.op.results[0].type
    value = operands[0]
    if not is_scalar_constant(value, t.element_type) or DYNAMIC in t.shape:
        return None
    return DenseIntOrFPElementsAttr(t, [_python_value(value)] * t.num_elements)


def fold_insert(view: Any, operands: tuple) -> Any:
    """insert(c, splat constant of c) -> the splat constant."""
    scalar, dest = operands[0], operands[1]
    if scalar is None or not isinstance(dest, DenseIntOrFPElementsAttr) or not dest.is_splat:
        return None
    return dest if element_at(dest, 0) == scalar else None


# -- patterns ---------------------------------------------------------------------------------
class ExtractFromTensorCast(RewritePattern):
    """extract(cast(%t : ranked)) -> extract(%t)"""

    root = "tensor.extract"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import ExtractOp

        cast = defining(op.operands[0], "tensor.cast")
        if cast is None or not isinstance(cast.operands[0].type, RankedTensorType):
            return False
        new = rewriter.create(
            ExtractOp,
            [cast.operands[0], *op.operands[1:]],
            [op.results[0].type],
            dict(op.properties),
            dict(op.attributes),
            location=op.location,
        )
        rewriter.replace_op(op, new)
        return True


class ExtractElementFromIndexCast(RewritePattern):
    """extract(arith.index_cast(%t)) -> arith.index_cast(extract(%t))"""

    root = "tensor.extract"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import ExtractOp

        cast = defining(op.operands[0], "arith.index_cast")
        if (
            cast is None
            or cast.op_def is None
            or not isinstance(cast.operands[0].type, RankedTensorType)
        ):
            return False
        source = cast.operands[0]
        element = rewriter.create(
            ExtractOp,
            [source, *op.operands[1:]],
            [source.type.element_type],
            location=op.location,
        )
        new = rewriter.create(
            cast.op_def, [element.results[0]], [op.results[0].type], location=op.location
        )
        rewriter.replace_op(op, new)
        return True


class ExtractFromTensorGenerate(RewritePattern):
    """extract(generate {body}, %i) -> body with its arguments bound to %i, when the
    generate has no side effects."""

    root = "tensor.extract"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        generate = defining(op.operands[0], "tensor.generate")
        if generate is None or not body_is_side_effect_free(generate):
            return False
        body = generate.regions[0].blocks[0]
        mapping = IRMapping()
        for arg, index in zip(body.args, op.operands[1:]):
            mapping.map(arg, index)
        terminator = body.last_op
        for inner in body.ops:
            if inner is not terminator:
                rewriter.clone(inner, mapping)
        rewriter.replace_op(op, [mapping.lookup_or_self(terminator.operands[0])])
        return True


def replace_with_built(rewriter: Any, op: Operation, new: Operation) -> None:
    """Insert `new` (made by an op class's `build`) with `op`'s location, then replace `op`
    by it (MLIR's replaceOpWithNewOp)."""
    new.location = op.location
    rewriter.insert(new)
    rewriter.replace_op(op, new)


FOLDERS = {
    "tensor.extract": fold_extract,
    "tensor.from_elements": fold_from_elements,
    "tensor.splat": fold_splat,
    "tensor.insert": fold_insert,
    "tensor.rank": fold_rank,
}

#: Destination-style ops (MLIR's DestinationStyleOpInterface) by name: the operand index
#: of the init tied to their single result. insert_slice has its own cast patterns.
DPS_INIT = {"tensor.insert": 1, "tensor.insert_slice": 1, "vector.transfer_write": 1}


class FoldTensorCastProducerOp(RewritePattern):
    """insert %x into (cast %t : tensor<4xf32> to tensor<?xf32>) ->
    cast(insert %x into %t : tensor<4xf32>): a destination-style op reads the more static
    tensor of each cast that only drops static sizes; results take their init's new type
    and are cast back. MLIR's dialect-wide pattern; instances are made per op name."""

    name = "FoldTensorCastProducerOp"

    def __init__(self, root: str) -> None:
        self.root = root  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.tensor_ops import CastOp

        init = DPS_INIT.get(op.name)
        if init is None or op.name == "tensor.insert_slice" or op.op_def is None:
            return False
        operands = list(op.operands)
        changed = False
        for i, value in enumerate(operands):
            cast = defining(value, "tensor.cast")
            if cast is not None and preserves_static_info(value.type, cast.operands[0].type):
                operands[i] = cast.operands[0]
                changed = True
        if not changed:
            return False
        types = [r.type for r in op.results]
        if types and init < len(operands):
            types[0] = operands[init].type
        props, attrs = dict(op.properties), dict(op.attributes)
        new = rewriter.create(op.op_def, operands, types, props, attrs, location=op.location)
        values = []
        for old, value in zip(op.results, new.results):
            if value.type != old.type:
                value = rewriter.create(CastOp, [value], [old.type], location=op.location)
                value = value.results[0]
            values.append(value)
        rewriter.replace_op(op, values)
        return True


PATTERNS: dict[str, tuple] = {
    "tensor.extract": (
        ExtractFromTensorCast,
        ExtractElementFromIndexCast,
        ExtractFromTensorGenerate,
    ),
    "tensor.insert": (FoldTensorCastProducerOp("tensor.insert"),),
}


def install(ops: list[type]) -> None:
    """Give the tensor op classes in `ops` their folders and patterns (by op name): those
    of this module, `tensor_shape_canonicalize` and `tensor_slice_canonicalize`."""
    from pyir.dialects import tensor_shape_canonicalize as shapes
    from pyir.dialects import tensor_slice_canonicalize as slices

    set_hooks(
        ops,
        {**FOLDERS, **shapes.FOLDERS, **slices.FOLDERS},
        {**PATTERNS, **shapes.PATTERNS, **slices.PATTERNS},
    )
