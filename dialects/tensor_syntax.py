"""The parsing side of the `tensor` dialect's custom syntax: lark rules and callbacks.

Every op but `tensor.yield` (a declarative format) is written here, because its syntax
needs what the declarative format cannot say: `index` operands without a type,
types derived from the tensor type, mixed static/dynamic lists (`[%a, 4]`, through
`pyir.dialects.static_dynamic`) and MLIR's parse-time checks, reported as MLIR reports
them:

- `custom op 'tensor.extract' invalid kind of type specified: expected builtin.tensor, but
  found 'tensor<*xf32>'` where a ranked tensor type is needed (`invalid kind of type
  specified` alone where any tensor type is);
- `custom op 'tensor.pad' inherent attribute 'nofold' cannot be parsed from attr-dict when
  strict properties in assembly format is enabled`;
- tensor.from_elements' operand count and static shape.

`tensor.parallel_insert_slice` shares insert_slice's rule. `tensor.generate` and `tensor.pad`
get MLIR's implicit terminator: a body block not ending in a terminator receives an
operand-less `tensor.yield` (which then fails to verify, as in MLIR). The printers are the
op classes' `print_custom`.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import ArrayAttr, IntegerAttr, UnitAttr
from pyir.builtin_types import INDEX, IntegerType, RankedTensorType
from pyir.core import Block, Operation
from pyir.dialects import tensor_ops, tensor_parallel_ops, tensor_slice_ops
from pyir.dialects.static_dynamic import dense_i64, index_list_syntax, resolve_index_list
from pyir.dialects.tensor_ops import (
    ConcatOp,
    DimOp,
    EmptyOp,
    ExtractOp,
    FromElementsOp,
    GenerateOp,
    InsertOp,
    RankOp,
    ReshapeOp,
    SplatOp,
    YieldOp,
)
from pyir.dialects.tensor_shapes import STATIC_TENSOR, is_tensor
from pyir.dialects.tensor_slice_ops import (
    CollapseShapeOp,
    ExpandShapeOp,
    ExtractSliceOp,
    InsertSliceOp,
    PadOp,
)
from pyir.opdef import segment_sizes
from pyir.traits import IsTerminator

_OPS_GRAMMAR = r"""
!tensor_empty_kw: "tensor.empty"
tensor_empty: tensor_empty_kw "(" [value_use_list] ")" [tensor_attr_dict] ":" tensor_typed
!tensor_from_elements_kw: "tensor.from_elements"
tensor_from_elements: tensor_from_elements_kw [value_use_list] [tensor_attr_dict] tensor_colon tensor_typed
tensor_colon: ":"
!tensor_splat_kw: "tensor.splat"
tensor_splat: tensor_splat_kw value_use [tensor_splat_sizes] [tensor_attr_dict] ":" tensor_typed
tensor_splat_sizes: "[" [value_use_list] "]"
!tensor_generate_kw: "tensor.generate"
tensor_generate: tensor_generate_kw [value_use_list] region [tensor_attr_dict] ":" tensor_typed
!tensor_extract_kw: "tensor.extract"
tensor_extract: tensor_extract_kw value_use "[" [value_use_list] "]" [tensor_attr_dict] ":" tensor_typed
!tensor_insert_kw: "tensor.insert"
tensor_insert: tensor_insert_kw value_use "into" value_use "[" [value_use_list] "]" [tensor_attr_dict] ":" tensor_typed
!tensor_dim_kw: "tensor.dim"
tensor_dim: tensor_dim_kw [tensor_attr_dict] value_use "," value_use ":" tensor_typed
!tensor_rank_kw: "tensor.rank"
tensor_rank: tensor_rank_kw value_use [tensor_attr_dict] ":" tensor_typed
!tensor_cast_kw: "tensor.cast" | "tensor.bitcast"
tensor_cast: tensor_cast_kw value_use [tensor_attr_dict] ":" tensor_typed "to" tensor_typed
!tensor_reshape_kw: "tensor.reshape"
tensor_reshape: tensor_reshape_kw value_use "(" value_use ")" [tensor_attr_dict] ":" generic_op_signature
!tensor_concat_kw: "tensor.concat"
tensor_concat: tensor_concat_kw "dim" "(" tensor_int ")" [value_use_list] [tensor_attr_dict] ":" generic_op_signature
tensor_int: INTEGER -> tensor_int_pos
          | "-" INTEGER -> tensor_int_neg
!tensor_extract_slice_kw: "tensor.extract_slice"
tensor_extract_slice: tensor_extract_slice_kw value_use tensor_index_list tensor_index_list tensor_index_list [tensor_attr_dict] ":" tensor_typed "to" tensor_typed
!tensor_insert_slice_kw: "tensor.insert_slice" | "tensor.parallel_insert_slice"
tensor_insert_slice: tensor_insert_slice_kw value_use "into" value_use tensor_index_list tensor_index_list tensor_index_list [tensor_attr_dict] ":" tensor_typed "into" tensor_typed
!tensor_pad_kw: "tensor.pad"
tensor_pad: tensor_pad_kw value_use [tensor_nofold] "low" tensor_index_list "high" tensor_index_list region [tensor_attr_dict] ":" tensor_typed "to" tensor_typed
!tensor_nofold: "nofold"
!tensor_collapse_shape_kw: "tensor.collapse_shape"
tensor_collapse_shape: tensor_collapse_shape_kw value_use tensor_attr_at [tensor_attr_dict] ":" tensor_typed "into" tensor_typed
!tensor_expand_shape_kw: "tensor.expand_shape"
tensor_expand_shape: tensor_expand_shape_kw value_use tensor_attr_at "output_shape" tensor_index_list [tensor_attr_dict] ":" tensor_typed "into" tensor_typed
tensor_attr_dict: attribute_dict
tensor_attr_at: attribute_value
tensor_typed: type
%extend custom_operation: tensor_empty | tensor_from_elements | tensor_splat | tensor_generate | tensor_extract | tensor_insert | tensor_dim | tensor_rank | tensor_cast | tensor_reshape | tensor_concat | tensor_extract_slice | tensor_insert_slice | tensor_pad | tensor_collapse_shape | tensor_expand_shape
"""

# Every tensor op by name (tensor.yield, which has no custom form here, is never looked up).
_CLASSES = {c.name: c for c in (*tensor_ops.OPS, *tensor_slice_ops.OPS, *tensor_parallel_ops.OPS)}


# -- small rules --------------------------------------------------------------------------------
def _keyword(state: Any) -> Any:
    def push(children: list) -> tuple[str, int]:
        name = str(children[0])
        state.begin_op(name)
        return (name, state.pos)

    return push


def _positioned(state: Any) -> Any:
    """`tensor_typed` and `tensor_attr_dict`: the value with its source offset."""
    return lambda children: (children[0], state.pos)


def _position(state: Any) -> Any:
    return lambda children: state.pos


def _int(negative: bool) -> Any:
    def factory(state: Any) -> Any:
        def build(children: list) -> int:
            text = str(children[0])
            value = int(text, 16) if text.startswith("0x") else int(text)
            value = -value if negative else value
            if not -(2**63) <= value < 2**63:
                raise state.error("integer constant out of range for attribute", state.pos)
            return value

        return build

    return factory


def _splat_sizes(state: Any) -> Any:
    return lambda children: children[0] or []


def _keep(state: Any) -> Any:
    return lambda children: str(children[0])


# -- checks shared by the op callbacks ---------------------------------------------------------
def _ranked(state: Any, name: str, typed: tuple) -> RankedTensorType:
    """The type of a `type($x)` whose constraint is a ranked tensor (MLIR parses it as a
    RankedTensorType and rejects anything else right away)."""
    t, pos = typed
    if not isinstance(t, RankedTensorType):
        raise state.error(
            f"custom op '{name}' invalid kind of type specified: expected builtin.tensor, "
            f"but found '{t}'",
            pos,
        )
    return t


def _tensor(state: Any, name: str, typed: tuple) -> Any:
    """The type of a `type($x)` whose constraint is any tensor."""
    t, pos = typed
    if not is_tensor(t):
        raise state.error(f"custom op '{name}' invalid kind of type specified", pos)
    return t


def _array(state: Any, name: str, attr: tuple) -> ArrayAttr:
    """A `$reassociation` (MLIR parses it as an ArrayAttr)."""
    value, pos = attr
    if not isinstance(value, ArrayAttr):
        raise state.error(f"custom op '{name}' invalid kind of attribute specified", pos)
    return value


def _split_attrs(state: Any, name: str, attrs: tuple | None) -> dict:
    """The attr-dict's entries; an inherent attribute there is an error (the tensor
    dialect's ops parse properties only from their syntax)."""
    if attrs is None:
        return {}
    entries, pos = attrs
    props = {d.name for d in _CLASSES[name].property_defs}
    props.add("operandSegmentSizes")
    for key in entries:
        if key in props:
            raise state.error(
                f"custom op '{name}' inherent attribute '{key}' cannot be parsed from "
                "attr-dict when strict properties in assembly format is enabled",
                pos,
            )
    return dict(entries)


def _indices(state: Any, uses: list | None) -> list:
    return [state.resolve(u, INDEX) for u in uses or ()]


def _ensure_terminator(region: Any, location: Any) -> None:
    """MLIR's ensureTerminator for SingleBlockImplicitTerminator<tensor.yield>."""
    if not region.blocks:
        region.add_block(Block())
    block = region.blocks[-1]
    last = block.last_op
    if last is not None and last.has_trait(IsTerminator):
        return
    block.append(YieldOp.create([], location=location))


# -- op callbacks -------------------------------------------------------------------------------
def _empty(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), uses, attrs, typed = c
        state.end_op()
        t = _ranked(state, name, typed)
        return EmptyOp.create(
            _indices(state, uses), [t], attributes=_split_attrs(state, name, attrs)
        )

    return build


def _from_elements(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, pos), uses, attrs, colon, typed = c
        state.end_op()
        t = _ranked(state, name, typed)
        if not STATIC_TENSOR.check(t):
            raise state.error(
                f"custom op '{name}' 'result' must be {STATIC_TENSOR.description}, but got '{t}'",
                pos,
            )
        count = 1
        for d in t.shape:
            count *= d
        uses = uses or []
        if len(uses) != count:
            # Where MLIR's operand list starts: the first operand or the next token.
            at = uses[0][1] if uses else attrs[1] if attrs else colon
            raise state.error(
                f"custom op '{name}' number of operands and types do not match: got "
                f"{len(uses)} operands and {count} types",
                at,
            )
        operands = [state.resolve(u, t.element_type) for u in uses]
        return FromElementsOp.create(operands, [t], attributes=_split_attrs(state, name, attrs))

    return build


def _splat(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), use, sizes, attrs, typed = c
        state.end_op()
        t = _ranked(state, name, typed)
        operands = [state.resolve(use, t.element_type), *_indices(state, sizes)]
        return SplatOp.create(operands, [t], attributes=_split_attrs(state, name, attrs))

    return build


def _generate(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, pos), uses, body, attrs, typed = c
        state.end_op()
        t = _ranked(state, name, typed)
        _ensure_terminator(body, state.loc(pos))
        return GenerateOp.create(
            _indices(state, uses), [t], attributes=_split_attrs(state, name, attrs), regions=[body]
        )

    return build


def _extract(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), use, uses, attrs, typed = c
        state.end_op()
        t = _ranked(state, name, typed)
        operands = [state.resolve(use, t), *_indices(state, uses)]
        return ExtractOp.create(
            operands, [t.element_type], attributes=_split_attrs(state, name, attrs)
        )

    return build


def _insert(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), scalar, dest, uses, attrs, typed = c
        state.end_op()
        t = _ranked(state, name, typed)
        operands = [state.resolve(scalar, t.element_type), state.resolve(dest, t)]
        operands += _indices(state, uses)
        return InsertOp.create(operands, [t], attributes=_split_attrs(state, name, attrs))

    return build


def _dim(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), attrs, source, index, typed = c
        state.end_op()
        t = _tensor(state, name, typed)
        operands = [state.resolve(source, t), state.resolve(index, INDEX)]
        return DimOp.create(operands, [INDEX], attributes=_split_attrs(state, name, attrs))

    return build


def _rank(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), use, attrs, typed = c
        state.end_op()
        t = _tensor(state, name, typed)
        return RankOp.create(
            [state.resolve(use, t)], [INDEX], attributes=_split_attrs(state, name, attrs)
        )

    return build


def _cast(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), use, attrs, source_typed, dest_typed = c
        state.end_op()
        source = _tensor(state, name, source_typed)
        dest = _tensor(state, name, dest_typed)
        return _CLASSES[name].create(
            [state.resolve(use, source)], [dest], attributes=_split_attrs(state, name, attrs)
        )

    return build


def _reshape(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), source, shape, attrs, signature = c
        state.end_op()
        inputs, results = signature
        operands = state.resolve_all([source, shape], list(inputs), state.pos)
        return ReshapeOp.create(
            operands, list(results), attributes=_split_attrs(state, name, attrs)
        )

    return build


def _concat(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), dim, uses, attrs, signature = c
        state.end_op()
        inputs, results = signature
        operands = state.resolve_all(uses or [], list(inputs), state.pos)
        props = {"dim": IntegerAttr(dim, IntegerType(64))}
        return ConcatOp.create(
            operands, list(results), props, attributes=_split_attrs(state, name, attrs)
        )

    return build


def _slice_props(state: Any, lists: list, leading: int) -> tuple[dict, list]:
    statics, dynamics = zip(*(resolve_index_list(state, parsed) for parsed in lists))
    props = {
        "static_offsets": dense_i64(statics[0]),
        "static_sizes": dense_i64(statics[1]),
        "static_strides": dense_i64(statics[2]),
        "operandSegmentSizes": segment_sizes([*([1] * leading), *(len(d) for d in dynamics)]),
    }
    return props, [v for d in dynamics for v in d]


def _extract_slice(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), use, offsets, sizes, strides, attrs, source_typed, result_typed = c
        state.end_op()
        source = _ranked(state, name, source_typed)
        result_type = _ranked(state, name, result_typed)
        operands = [state.resolve(use, source)]
        props, dynamic = _slice_props(state, [offsets, sizes, strides], 1)
        return ExtractSliceOp.create(
            operands + dynamic, [result_type], props, _split_attrs(state, name, attrs)
        )

    return build


def _insert_slice(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), src, dst, offsets, sizes, strides, attrs, source_typed, dest_typed = c
        state.end_op()
        source = _ranked(state, name, source_typed)
        dest = _ranked(state, name, dest_typed)
        operands = [state.resolve(src, source), state.resolve(dst, dest)]
        props, dynamic = _slice_props(state, [offsets, sizes, strides], 2)
        # parallel_insert_slice: the same syntax, no result.
        results = [dest] if name == InsertSliceOp.name else []
        return _CLASSES[name].create(
            operands + dynamic, results, props, _split_attrs(state, name, attrs)
        )

    return build


def _pad(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, pos), use, nofold, low, high, body, attrs, source_typed, result_typed = c
        state.end_op()
        source = _ranked(state, name, source_typed)
        result_type = _ranked(state, name, result_typed)
        s_low, d_low = resolve_index_list(state, low)
        s_high, d_high = resolve_index_list(state, high)
        props: dict = {
            "static_low": dense_i64(s_low),
            "static_high": dense_i64(s_high),
            "operandSegmentSizes": segment_sizes([1, len(d_low), len(d_high)]),
        }
        if nofold is not None:
            props["nofold"] = UnitAttr()
        _ensure_terminator(body, state.loc(pos))
        operands = [state.resolve(use, source), *d_low, *d_high]
        return PadOp.create(
            operands, [result_type], props, _split_attrs(state, name, attrs), regions=[body]
        )

    return build


def _collapse_shape(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), use, reassociation, attrs, source_typed, result_typed = c
        state.end_op()
        source = _ranked(state, name, source_typed)
        result_type = _ranked(state, name, result_typed)
        return CollapseShapeOp.create(
            [state.resolve(use, source)],
            [result_type],
            {"reassociation": _array(state, name, reassociation)},
            _split_attrs(state, name, attrs),
        )

    return build


def _expand_shape(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, _), use, reassociation, shape, attrs, source_typed, result_typed = c
        state.end_op()
        source = _ranked(state, name, source_typed)
        result_type = _ranked(state, name, result_typed)
        static, dynamic = resolve_index_list(state, shape)
        props = {
            "reassociation": _array(state, name, reassociation),
            "static_output_shape": dense_i64(static),
        }
        return ExpandShapeOp.create(
            [state.resolve(use, source), *dynamic],
            [result_type],
            props,
            _split_attrs(state, name, attrs),
        )

    return build


_LIST_GRAMMAR, _LIST_CALLBACKS = index_list_syntax("tensor")

_CALLBACKS: dict[str, Any] = {
    "tensor_attr_dict": _positioned,
    "tensor_attr_at": _positioned,
    "tensor_typed": _positioned,
    "tensor_int_pos": _int(False),
    "tensor_int_neg": _int(True),
    "tensor_splat_sizes": _splat_sizes,
    "tensor_colon": _position,
    "tensor_nofold": _keep,
    "tensor_empty": _empty,
    "tensor_from_elements": _from_elements,
    "tensor_splat": _splat,
    "tensor_generate": _generate,
    "tensor_extract": _extract,
    "tensor_insert": _insert,
    "tensor_dim": _dim,
    "tensor_rank": _rank,
    "tensor_cast": _cast,
    "tensor_reshape": _reshape,
    "tensor_concat": _concat,
    "tensor_extract_slice": _extract_slice,
    "tensor_insert_slice": _insert_slice,
    "tensor_pad": _pad,
    "tensor_collapse_shape": _collapse_shape,
    "tensor_expand_shape": _expand_shape,
}
for _rule in _OPS_GRAMMAR.split("\n"):
    if _rule.startswith("!tensor_") and "_kw:" in _rule:
        _CALLBACKS[_rule[1:].split(":")[0]] = _keyword
_CALLBACKS.update(_LIST_CALLBACKS)

TENSOR_SYNTAX = CustomSyntax(_OPS_GRAMMAR + _LIST_GRAMMAR, _CALLBACKS)
