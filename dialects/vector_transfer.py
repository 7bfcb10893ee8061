"""`vector.transfer_read` and `vector.transfer_write`: vector slices of memrefs and tensors
through a permutation map, with padding, an optional mask and in-bounds flags.

Custom syntax (hand-written, as MLIR's is):

    %v = vector.transfer_read %src[%i, %j], %pad(, %mask)? {attrs} : memref<?x?xf32>, vector<4xf32>
    %t = vector.transfer_write %v, %dst[%i, %j](, %mask)? {attrs} : vector<4xf32>, tensor<?x?xf32>

The attribute dictionary carries the properties `permutation_map` (printed unless it is the
minor identity) and `in_bounds` (printed unless all false); when absent they default to the
minor identity and all-false. The mask's type is not written: it follows from the vector
type and the permutation map (`transfer_mask_type`).
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr
from pyir.affine_expr import CONSTANT
from pyir.asm import CustomSyntax
from pyir.builtin_attributes import DenseArrayAttr
from pyir.builtin_types import (
    I32,
    MemRefType,
    RankedTensorType,
    ShapedType,
    VectorType,
)
from pyir.core import Operation, Value
from pyir.dialects.syntax_common import print_subscript
from pyir.dialects.vector_common import (
    AFFINE_MAP,
    BOOL_ARRAY,
    INDEX,
    INDEX_OPERANDS,
    MASK,
    RANKED_TENSOR,
    SHAPED,
    VECTOR,
    bitwidth,
    bool_array,
    bool_values,
    effective_vector_rank,
    is_int_index_or_float,
    is_minor_identity,
    keyword,
    parse_error,
    projected_permutation_error,
    transfer_mask_type,
    transfer_minor_identity,
)
from pyir.opdef import (
    AttrSizedOperandSegments,
    OpView,
    operand,
    opt_operand,
    opt_result,
    prop,
    result,
    var_operand,
)
from pyir.traits import MemoryEffects

_INHERENT = ("permutation_map", "in_bounds")
_ELIDED_ALWAYS = ("operandSegmentSizes",)


def _verify_transfer(
    op: Operation,
    shaped: Any,
    vector: VectorType,
    mask: Value | None,
    perm: AffineMap,
    in_bounds: Any,
) -> str | None:
    """MLIR's verifyTransferOp, shared by both ops, in its order and words."""
    if "masked" in op.attributes:
        return "masked attribute has been removed. Use in_bounds instead."
    if not isinstance(shaped, (MemRefType, RankedTensorType)):
        return "requires source to be a memref or ranked tensor type"
    element = shaped.element_type
    minor = vector.shape[-1] if vector.shape else 1
    if isinstance(element, VectorType):
        source_bits = bitwidth(element.element_type) * (element.shape[-1] if element.shape else 1)
        # (MLIR divides by zero for i0 elements; pyir skips the check.)
        if source_bits and (bitwidth(vector.element_type) * minor) % source_bits:
            return (
                "requires the bitwidth of the minor 1-D vector to be an integral multiple of "
                "the bitwidth of the minor 1-D vector of the source"
            )
        if len(element.shape) > len(vector.shape):
            return "requires source vector element and vector result ranks to match."
        if len(perm.results) != len(vector.shape) - len(element.shape):
            return "requires a permutation_map with result dims of the same rank as the vector type"
        if mask is not None:
            return "does not support masks with vector element type"
    else:
        element_bits = bitwidth(element)
        if element_bits and (bitwidth(vector.element_type) * minor) % element_bits:
            return (
                "requires the bitwidth of the minor 1-D vector to be an integral multiple of "
                "the bitwidth of the source element type"
            )
        if len(perm.results) != len(vector.shape):
            return "requires a permutation_map with result dims of the same rank as the vector type"
    if perm.num_symbols:
        return "requires permutation_map without symbols"
    if perm.num_dims != len(shaped.shape):
        return "requires a permutation_map with input dims of the same rank as the source type"
    if mask is not None:
        # MLIR infers this before knowing the map is a projected permutation (and crashes
        # on one that is not); pyir leaves such maps to the permutation check below.
        inferred = transfer_mask_type(vector, perm)
        if inferred is not None and inferred != mask.type:
            return (
                f"inferred mask type ('{inferred}') and mask operand type ('{mask.type}') "
                "don't match"
            )
    flags = bool_values(in_bounds)
    if len(perm.results) != len(flags):
        return (
            "expects the in_bounds attr of same rank as permutation_map results: "
            f"{AffineMapAttr(perm)} vs inBounds of size: {len(flags)}"
        )
    return None


def _index_count_error(shaped: Any, count: int) -> str | None:
    if isinstance(shaped, ShapedType) and shaped.has_rank and count != len(shaped.shape):
        return f"requires {len(shaped.shape)} indices"
    return None


def _print_transfer_attrs(op: Operation, p: Any) -> None:
    elided = list(_ELIDED_ALWAYS)
    perm = op.properties.get("permutation_map")
    if isinstance(perm, AffineMapAttr) and is_minor_identity(perm.value):
        elided.append("permutation_map")
    if not any(bool_values(op.properties.get("in_bounds"))):
        elided.append("in_bounds")
    attrs = dict(op.properties)
    attrs.update(op.attributes)
    p.print_optional_attr_dict(attrs, elided)


def _built_properties(
    shaped: Any,
    vector: VectorType,
    permutation_map: AffineMap | None,
    in_bounds: list[bool] | None,
    sizes: tuple[int, ...],
) -> dict:
    """The properties `build` gives a transfer op; defaults: the minor identity map and all
    dims possibly out of bounds."""
    if permutation_map is None:
        permutation_map = transfer_minor_identity(shaped, vector)
    if in_bounds is None:
        in_bounds = [False] * len(permutation_map.results)
    return {
        "permutation_map": AffineMapAttr(permutation_map),
        "in_bounds": bool_array(in_bounds),
        "operandSegmentSizes": DenseArrayAttr(I32, sizes),
    }


class TransferReadOp(OpView):
    """`%v = vector.transfer_read %src[%i, %j], %pad, %mask {in_bounds = [true]} :
    memref<?x?xf32>, vector<4xf32>`.

    Invariants (verified): `base` is a memref or ranked tensor with one index per dim;
    `permutation_map` maps the source dims to the vector dims (distinct dims or 0 for a
    broadcast, no symbols); `in_bounds` has one flag per vector dim; `padding` has the
    source's element type; `mask`, if present, has the type `transfer_mask_type` infers.
    """

    name = "vector.transfer_read"
    traits = (AttrSizedOperandSegments, MemoryEffects)
    hand_written_syntax = True
    base = operand(SHAPED)
    indices = var_operand(INDEX_OPERANDS)
    padding = operand()
    mask = opt_operand(MASK)
    vector = result(VECTOR)
    permutation_map = prop(AFFINE_MAP)
    in_bounds = prop(BOOL_ARRAY)

    @classmethod
    def build(
        cls,
        vector_type: VectorType,
        base: Value,
        indices: list,
        padding: Value,
        permutation_map: AffineMap | None = None,
        in_bounds: list[bool] | None = None,
        mask: Value | None = None,
        location: Any = None,
    ) -> Operation:
        """Defaults: the minor identity map and all dims possibly out of bounds."""
        operands = [base, *indices, padding] + ([mask] if mask is not None else [])
        sizes = (1, len(indices), 1, 1 if mask is not None else 0)
        properties = _built_properties(base.type, vector_type, permutation_map, in_bounds, sizes)
        return cls.create(operands, [vector_type], properties=properties, location=location)

    @staticmethod
    def get_effects(op: Operation) -> list:
        base = op.operands[0]
        return [("read", base)] if isinstance(base.type, MemRefType) else []

    def verify_(self) -> str | None:
        op = self.op
        shaped = self.base.type
        vector: VectorType = op.results[0].type
        message = _index_count_error(shaped, len(self.indices))
        if message is not None:
            return message
        perm = self.permutation_map.value
        message = _verify_transfer(op, shaped, vector, self.mask, perm, self.in_bounds)
        if message is not None:
            return message
        pad = self.padding.type
        element = shaped.element_type
        if isinstance(element, VectorType):
            if element != pad:
                return "requires source element type and padding type to match."
        elif not is_int_index_or_float(pad):
            return "requires valid padding vector elemental type"
        elif pad != element:
            return "requires formal padding and source of the same elemental type"
        return projected_permutation_error(perm)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = TransferReadOp(op)
        p.write(" ")
        p.print_operand(view.base)
        p.write("[")
        p.print_operands(view.indices)
        p.write("], ")
        p.print_operand(view.padding)
        if view.mask is not None:
            p.write(", ")
            p.print_operand(view.mask)
        _print_transfer_attrs(op, p)
        p.write(" : ")
        p.print_type(view.base.type)
        p.write(", ")
        p.print_type(op.results[0].type)


class TransferWriteOp(OpView):
    """`%t = vector.transfer_write %v, %dst[%i], %mask : vector<4xf32>, tensor<?xf32>`.

    Invariants: as `vector.transfer_read`, and the map has no broadcast (0) results; the
    op has a result exactly when `base` is a tensor, and then of the tensor's type.
    """

    name = "vector.transfer_write"
    traits = (AttrSizedOperandSegments, MemoryEffects)
    hand_written_syntax = True
    valueToStore = operand(VECTOR)
    base = operand(SHAPED)
    indices = var_operand(INDEX_OPERANDS)
    mask = opt_operand(MASK)
    result = opt_result(RANKED_TENSOR)
    permutation_map = prop(AFFINE_MAP)
    in_bounds = prop(BOOL_ARRAY)

    @classmethod
    def build(
        cls,
        value: Value,
        base: Value,
        indices: list,
        permutation_map: AffineMap | None = None,
        in_bounds: list[bool] | None = None,
        mask: Value | None = None,
        location: Any = None,
    ) -> Operation:
        operands = [value, base, *indices] + ([mask] if mask is not None else [])
        sizes = (1, 1, len(indices), 1 if mask is not None else 0)
        results = [base.type] if isinstance(base.type, RankedTensorType) else []
        properties = _built_properties(base.type, value.type, permutation_map, in_bounds, sizes)
        return cls.create(operands, results, properties=properties, location=location)

    @staticmethod
    def get_effects(op: Operation) -> list:
        base = op.operands[1]
        return [("write", base)] if isinstance(base.type, MemRefType) else []

    def verify_(self) -> str | None:
        op = self.op
        shaped = self.base.type
        # MLIR's DestinationStyleOpInterface: one result per tensor "init".
        tensors = 1 if isinstance(shaped, RankedTensorType) else 0
        if len(op.results) != tensors:
            return (
                f"expected the number of tensor results ({len(op.results)}) to be equal to "
                f"the number of output tensors ({tensors})"
            )
        if tensors and op.results[0].type != shaped:
            return (
                f"expected type of operand #1 ('{shaped}') to match type of corresponding "
                f"result ('{op.results[0].type}')"
            )
        message = _index_count_error(shaped, len(self.indices))
        if message is not None:
            return message
        perm = self.permutation_map.value
        if any(r.kind is CONSTANT and r.value == 0 for r in perm.results):
            return "should not have broadcast dimensions"
        vector: VectorType = self.valueToStore.type
        message = _verify_transfer(op, shaped, vector, self.mask, perm, self.in_bounds)
        if message is not None:
            return message
        return projected_permutation_error(perm)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = TransferWriteOp(op)
        p.write(" ")
        p.print_operand(view.valueToStore)
        p.write(", ")
        print_subscript(p, view.base, view.indices)
        if view.mask is not None:
            p.write(", ")
            p.print_operand(view.mask)
        _print_transfer_attrs(op, p)
        p.write(" : ")
        p.print_type(view.valueToStore.type)
        p.write(", ")
        p.print_type(view.base.type)


# -- hand-written syntax -----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_transfer_read_kw: "vector.transfer_read"
vector_transfer_read: vector_transfer_read_kw value_use vector_transfer_indices "," value_use ["," value_use] [attribute_dict] ":" type_list
!vector_transfer_write_kw: "vector.transfer_write"
vector_transfer_write: vector_transfer_write_kw value_use "," value_use vector_transfer_indices ["," value_use] [attribute_dict] ":" type_list
vector_transfer_indices: "[" [value_use_list] "]"
%extend custom_operation: vector_transfer_read | vector_transfer_write
"""


def _shaped_and_vector(state: Any, name: str, types: list, vector_first: bool) -> tuple:
    """The (source type, vector type) of a transfer's type list, checked as MLIR's parser
    checks them."""
    if len(types) != 2:
        raise parse_error(state, name, "requires two types")
    vector, shaped = (types[0], types[1]) if vector_first else (types[1], types[0])
    if vector_first and not isinstance(vector, VectorType):
        raise parse_error(state, name, "requires vector type")
    if not isinstance(shaped, (MemRefType, RankedTensorType)):
        raise parse_error(state, name, "requires memref or ranked tensor type")
    if not vector_first and not isinstance(vector, VectorType):
        raise parse_error(state, name, "requires vector type")
    return shaped, vector


def _transfer_properties(
    state: Any, name: str, attrs: dict | None, shaped: Any, vector: VectorType
) -> tuple[dict, dict, Any]:
    """(properties, discardable attributes, permutation map or None) of a custom form:
    the map and flags from the attr-dict, else their defaults."""
    attributes = dict(attrs or {})
    props = {name: attributes.pop(name) for name in _INHERENT if name in attributes}
    perm_attr = props.get("permutation_map")
    if perm_attr is None:
        if len(shaped.shape) < effective_vector_rank(shaped, vector):
            raise parse_error(
                state,
                name,
                "expected a custom permutation_map when rank(source) != rank(destination)",
            )
        perm_attr = props["permutation_map"] = AffineMapAttr(
            transfer_minor_identity(shaped, vector)
        )
    perm = perm_attr.value if isinstance(perm_attr, AffineMapAttr) else None
    if "in_bounds" not in props:
        # Without a valid map the verifier reports the map; the flags stay out of its way.
        props["in_bounds"] = bool_array([False] * (len(perm.results) if perm else 0))
    return props, attributes, perm


def _resolve_mask(
    state: Any, name: str, mask_use: Any, shaped: Any, vector: VectorType, perm: Any
) -> Value:
    if isinstance(shaped.element_type, VectorType):
        raise parse_error(state, name, "does not support masks with vector element type")
    if perm is None or len(vector.shape) != len(perm.results):
        raise parse_error(
            state,
            name,
            "expected the same rank for the vector and the results of the permutation map",
        )
    mask_type = transfer_mask_type(vector, perm)
    if mask_type is None:
        # MLIR crashes here; pyir reports the map.
        raise parse_error(
            state,
            name,
            "requires a projected permutation_map (at most one dim or the zero constant can "
            "appear in each result)",
        )
    return state.resolve(mask_use, mask_type)


_READ = "vector.transfer_read"
_WRITE = "vector.transfer_write"


def _read(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, base_use, index_uses, pad_use, mask_use, attrs, types = c
        state.end_op()
        shaped, vector = _shaped_and_vector(state, _READ, types, vector_first=False)
        props, attributes, perm = _transfer_properties(state, _READ, attrs, shaped, vector)
        base = state.resolve(base_use, shaped)
        indices = [state.resolve(u, INDEX) for u in index_uses]
        operands = [base, *indices, state.resolve(pad_use, shaped.element_type)]
        if mask_use is not None:
            operands.append(_resolve_mask(state, _READ, mask_use, shaped, vector, perm))
        props["operandSegmentSizes"] = DenseArrayAttr(
            I32, (1, len(indices), 1, 1 if mask_use is not None else 0)
        )
        return TransferReadOp.create(operands, [vector], properties=props, attributes=attributes)

    return build


def _write(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, value_use, base_use, index_uses, mask_use, attrs, types = c
        state.end_op()
        shaped, vector = _shaped_and_vector(state, _WRITE, types, vector_first=True)
        props, attributes, perm = _transfer_properties(state, _WRITE, attrs, shaped, vector)
        operands = [state.resolve(value_use, vector), state.resolve(base_use, shaped)]
        indices = [state.resolve(u, INDEX) for u in index_uses]
        operands.extend(indices)
        if mask_use is not None:
            operands.append(_resolve_mask(state, _WRITE, mask_use, shaped, vector, perm))
        props["operandSegmentSizes"] = DenseArrayAttr(
            I32, (1, 1, len(indices), 1 if mask_use is not None else 0)
        )
        results = [shaped] if isinstance(shaped, RankedTensorType) else []
        return TransferWriteOp.create(operands, results, properties=props, attributes=attributes)

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_transfer_read_kw": keyword("vector.transfer_read"),
        "vector_transfer_read": _read,
        "vector_transfer_write_kw": keyword("vector.transfer_write"),
        "vector_transfer_write": _write,
        "vector_transfer_indices": lambda state: lambda c: c[0] or [],
    },
)

OPS = (TransferReadOp, TransferWriteOp)
