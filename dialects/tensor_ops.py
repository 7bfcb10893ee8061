"""The `tensor` dialect's element, cast and construction ops.

`tensor.empty`, `extract`, `insert`, `dim`, `rank`, `cast`, `bitcast`, `reshape`,
`from_elements`, `splat`, `concat`, `generate` and `yield`. The slice, pad and reshape
ops with mixed static/dynamic lists live in `tensor_slice_ops`; the parsing side of the
custom syntax in `tensor_syntax`. Each op prints its custom form through `print_custom`
(MLIR's spacing, including its double spaces after an empty operand list), names its
result as MLIR's getAsmResultNames does, and verifies what MLIR verifies with its wording.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import DYNAMIC, INDEX, IntegerType, RankedTensorType
from pyir.core import Block, Operation, Value
from pyir.dialects.syntax_common import print_subscript
from pyir.dialects.tensor_shapes import (
    ANY_TENSOR,
    I64_ATTR,
    INDEX_TYPE,
    NON_0_RANKED_OR_UNRANKED_TENSOR,
    RANKED_TENSOR,
    SHAPE_TENSOR,
    STATIC_TENSOR,
    VARIADIC_INDEX,
    VARIADIC_RANKED_TENSOR,
    bitcast_compatible,
    cast_compatible,
    concat_error,
    num_dynamic,
)
from pyir.opdef import OpView, operand, prop, region, result, var_operand
from pyir.traits import (
    HasParent,
    IsTerminator,
    NoMemoryEffect,
    Pure,
    RecursiveMemoryEffects,
    SingleBlock,
)
from pyir.verifier import PlainMessage

_I64 = IntegerType(64)


# -- printing helpers ---------------------------------------------------------------------------
def print_attr_dict(op: Operation, p: Any, elided: Sequence[str] = ()) -> None:
    """` {attrs}`: the discardable attributes and the properties the syntax does not show."""
    if op.properties or op.attributes:
        attrs = dict(op.properties)
        attrs.update(op.attributes)
        p.print_optional_attr_dict(attrs, elided)


def named(name: str) -> Callable[[Operation], list[str]]:
    """An `asm_result_names` hook naming the single result `name` (MLIR's
    getAsmResultNames)."""

    def names(op: Operation) -> list[str]:
        return [name]

    return staticmethod(names)  # type: ignore[return-value]


def print_region_with_implicit_yield(p: Any, body: Any) -> None:
    """A region whose terminator MLIR elides when it carries nothing (an empty
    `tensor.yield`, which the parser inserts back)."""
    show_terminator = True
    if body.blocks:
        term = body.blocks[0].last_op
        if term is not None and term.name == "tensor.yield":
            show_terminator = bool(term.operand_slots or term.attributes or term.properties)
    p.print_region(body, print_entry_block_args=True, print_block_terminators=show_terminator)


def dynamic_sizes_error(n_values: int, result_type: Any) -> str | None:
    """`tensor.empty` / `splat` / `generate`: one index value per dynamic dimension."""
    expected = num_dynamic(result_type.shape)
    if n_values != expected:
        return f"incorrect number of dynamic sizes, has {n_values}, expected {expected}"
    return None


# -- construction -------------------------------------------------------------------------------
class EmptyOp(OpView):
    """`%t = tensor.empty(%d0) : tensor<?x4xf32>`: a tensor of unspecified contents.

    Invariant: one `index` operand per dynamic dimension of the result, in order.
    """

    name = "tensor.empty"
    traits = (Pure,)
    hand_written_syntax = True
    dynamicSizes = var_operand(VARIADIC_INDEX)
    result = result(RANKED_TENSOR)

    @classmethod
    def build(cls, result_type: RankedTensorType, dynamic_sizes: Sequence[Value] = ()) -> Operation:
        return cls.create(list(dynamic_sizes), [result_type])

    def verify_(self) -> str | None:
        return dynamic_sizes_error(len(self.op.operand_slots), self.op.results[0].type)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write("(")
        p.print_operands(op.operands)
        p.write(")")
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.results[0].type)


class FromElementsOp(OpView):
    """`%t = tensor.from_elements %a, %b : tensor<2xf32>`: elements in row-major order.

    Invariant: as many operands as the static result shape has elements, each of the
    result's element type.
    """

    name = "tensor.from_elements"
    traits = (Pure,)
    hand_written_syntax = True
    elements = var_operand()
    result = result(STATIC_TENSOR)
    asm_result_names = named("from_elements")

    @classmethod
    def build(
        cls, elements: Sequence[Value], result_type: RankedTensorType | None = None
    ) -> Operation:
        if result_type is None:
            if not elements:
                raise ValueError("tensor.from_elements needs a result type without elements")
            result_type = RankedTensorType((len(elements),), elements[0].type)
        return cls.create(list(elements), [result_type])

    def verify_(self) -> str | None:
        t = self.op.results[0].type
        count = 1
        for d in t.shape:
            count *= d
        types = [s.value.type for s in self.op.operand_slots]
        if len(types) != count or any(x != t.element_type for x in types):
            return "failed to verify that operand types match result element type"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands)
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.results[0].type)


class SplatOp(OpView):
    """`%t = tensor.splat %v[%d0] : tensor<?x8xf32>`: every element is `%v`.

    Invariant: `input` has the result's element type; one `index` per dynamic dimension.
    """

    name = "tensor.splat"
    traits = (Pure,)
    hand_written_syntax = True
    input = operand()
    dynamicSizes = var_operand(VARIADIC_INDEX)
    aggregate = result(RANKED_TENSOR)
    asm_result_names = named("splat")

    @classmethod
    def build(
        cls, value: Value, result_type: RankedTensorType, dynamic_sizes: Sequence[Value] = ()
    ) -> Operation:
        return cls.create([value, *dynamic_sizes], [result_type])

    def verify_(self) -> str | None:
        t = self.op.results[0].type
        if self.op.operand_slots[0].value.type != t.element_type:
            return "failed to verify that operand type matches element type of result"
        return dynamic_sizes_error(len(self.op.operand_slots) - 1, t)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        values = op.operands
        p.write(" ")
        p.print_operand(values[0])
        if len(values) > 1:
            p.write("[")
            p.print_operands(values[1:])
            p.write("]")
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.results[0].type)


class GenerateOp(OpView):
    """`%t = tensor.generate %d { ^bb0(%i: index, %j: index): tensor.yield %e : f32 }
    : tensor<?x3xf32>`: the body yields the element at each index.

    Invariants: one `index` operand per dynamic dimension; one block whose arguments are
    one `index` per dimension and whose terminator yields the element type.
    """

    name = "tensor.generate"
    traits = (SingleBlock, RecursiveMemoryEffects)
    hand_written_syntax = True
    dynamicExtents = var_operand(VARIADIC_INDEX)
    result = result(RANKED_TENSOR)
    body = region()
    asm_result_names = named("generated")

    @classmethod
    def build(
        cls,
        result_type: RankedTensorType,
        dynamic_extents: Sequence[Value] = (),
        body: Callable[[Block], Any] | None = None,
    ) -> Operation:
        """The op with a body block of one `index` argument per dimension; `body(block)`
        fills it (it must end with a `tensor.yield`)."""
        op = cls.create(list(dynamic_extents), [result_type])
        return add_index_body(op, len(result_type.shape), body)

    def verify_(self) -> str | None:
        if len(self.op.regions[0].blocks) != 1:
            return "region #0 ('body') failed to verify constraint: region with 1 blocks"
        return dynamic_sizes_error(len(self.op.operand_slots), self.op.results[0].type)

    def verify_regions_(self) -> str | None:
        message = implicit_yield_error(self.op)
        if message is not None:
            return message
        t = self.op.results[0].type
        block = self.op.regions[0].blocks[0]
        if any(a.type != INDEX for a in block.args):
            return PlainMessage("all body arguments must be index")
        if len(block.args) != len(t.shape):
            return PlainMessage("must have one body argument per input dimension")
        value = block.last_op.operand_slots[0].value
        if value.type != t.element_type:
            return "body must be terminated with a `yield` operation of the tensor element type"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands)
        p.write(" ")
        print_region_with_implicit_yield(p, op.regions[0])
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.results[0].type)


def add_index_body(op: Operation, rank: int, body: Callable[[Block], Any] | None) -> Operation:
    """Gives `op` (tensor.generate or tensor.pad) its body block of `rank` `index`
    arguments, which `body(block)` fills; returns `op`."""
    block = Block([INDEX] * rank)
    op.regions[0].add_block(block)
    if body is not None:
        body(block)
    return op


def implicit_yield_error(op: Operation) -> str | None:
    """MLIR's SingleBlockImplicitTerminator<tensor.yield> region rule."""
    for body in op.regions:
        for block in body.blocks:
            last = block.last_op
            if last is None or last.name != "tensor.yield":
                found = "nothing" if last is None else f"'{last.name}'"
                return f"expects regions to end with 'tensor.yield', found {found}"
    return None


class _InGenerateOrPad(HasParent):
    parents = ("tensor.generate", "tensor.pad")


class YieldOp(OpView):
    """`tensor.yield %v : f32`: the element (or padding value) a body produces."""

    name = "tensor.yield"
    traits = (Pure, IsTerminator, _InGenerateOrPad)
    value = operand()
    assembly_format = "$value attr-dict `:` type($value)"

    @classmethod
    def build(cls, value: Value) -> Operation:
        return cls.create([value])


# -- elements -----------------------------------------------------------------------------------
class ExtractOp(OpView):
    """`%e = tensor.extract %t[%i, %j] : tensor<4x?xf32>`: one element.

    Invariant: one `index` per dimension; the result is the element type.
    """

    name = "tensor.extract"
    traits = (Pure,)
    hand_written_syntax = True
    tensor = operand(RANKED_TENSOR)
    indices = var_operand(VARIADIC_INDEX)
    result = result()
    asm_result_names = named("extracted")

    @classmethod
    def build(cls, tensor: Value, indices: Sequence[Value]) -> Operation:
        return cls.create([tensor, *indices], [tensor.type.element_type])

    def verify_(self) -> str | None:
        t = self.op.operand_slots[0].value.type
        if self.op.results[0].type != t.element_type:
            return "failed to verify that result type matches element type of tensor"
        if len(self.op.operand_slots) - 1 != len(t.shape):
            return "incorrect number of indices for extract_element"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        values = op.operands
        p.write(" ")
        print_subscript(p, values[0], values[1:])
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(values[0].type)


class InsertOp(OpView):
    """`%r = tensor.insert %v into %t[%i] : tensor<4xf32>`: `%t` with one element replaced.

    Invariants: the result type is the dest type; `scalar` has its element type; one
    `index` per dimension.
    """

    name = "tensor.insert"
    traits = (Pure,)
    hand_written_syntax = True
    scalar = operand()
    dest = operand(RANKED_TENSOR)
    indices = var_operand(VARIADIC_INDEX)
    result = result(RANKED_TENSOR)
    asm_result_names = named("inserted")

    @classmethod
    def build(cls, scalar: Value, dest: Value, indices: Sequence[Value]) -> Operation:
        return cls.create([scalar, dest, *indices], [dest.type])

    def verify_(self) -> str | None:
        slots = self.op.operand_slots
        t = slots[1].value.type
        if self.op.results[0].type != t:
            return "failed to verify that result type matches type of dest"
        if slots[0].value.type != t.element_type:
            return "failed to verify that scalar type matches element type of dest"
        if len(slots) - 2 != len(t.shape):
            return "incorrect number of indices"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        values = op.operands
        p.write(" ")
        p.print_operand(values[0])
        p.write(" into ")
        print_subscript(p, values[1], values[2:])
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(values[1].type)


# -- shape queries ------------------------------------------------------------------------------
class DimOp(OpView):
    """`%d = tensor.dim %t, %i : tensor<4x?xf32>`: the size of dimension `%i`.

    An out-of-range constant index is valid IR (its result is undefined), as in MLIR.
    """

    name = "tensor.dim"
    traits = (NoMemoryEffect,)
    hand_written_syntax = True
    source = operand(NON_0_RANKED_OR_UNRANKED_TENSOR)
    index = operand(INDEX_TYPE)
    result = result(INDEX_TYPE)
    asm_result_names = named("dim")

    @classmethod
    def build(cls, source: Value, index: Value) -> Operation:
        return cls.create([source, index], [INDEX])

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        print_attr_dict(op, p)
        values = op.operands
        p.write(" ")
        p.print_operand(values[0])
        p.write(", ")
        p.print_operand(values[1])
        p.write(" : ")
        p.print_type(values[0].type)


class RankOp(OpView):
    """`%r = tensor.rank %t : tensor<*xf32>`: the rank, as an index."""

    name = "tensor.rank"
    traits = (Pure,)
    hand_written_syntax = True
    tensor = operand(ANY_TENSOR)
    result = result(INDEX_TYPE)
    asm_result_names = named("rank")

    @classmethod
    def build(cls, tensor: Value) -> Operation:
        return cls.create([tensor], [INDEX])

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        source = op.operands[0]
        p.write(" ")
        p.print_operand(source)
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(source.type)


# -- casts and reshapes -------------------------------------------------------------------------
def _print_cast(op: Operation, p: Any) -> None:
    source = op.operands[0]
    p.write(" ")
    p.print_operand(source)
    print_attr_dict(op, p)
    p.write(" : ")
    p.print_type(source.type)
    p.write(" to ")
    p.print_type(op.results[0].type)


class _CastLikeOp(OpView):
    """Shared by tensor.cast and tensor.bitcast: one tensor in, one tensor out, printed as
    `%t : A to B`; subclasses say which pairs of types are `compatible`."""

    traits = (Pure,)
    hand_written_syntax = True
    source = operand(ANY_TENSOR)
    dest = result(ANY_TENSOR)
    print_custom = staticmethod(_print_cast)
    compatible: Callable[[Any, Any], bool]

    @classmethod
    def build(cls, source: Value, result_type: Any) -> Operation:
        return cls.create([source], [result_type])

    def verify_(self) -> str | None:
        a, b = self.op.operand_slots[0].value.type, self.op.results[0].type
        if not type(self).compatible(a, b):
            return f"operand type '{a}' and result type '{b}' are cast incompatible"
        return None


class CastOp(_CastLikeOp):
    """`%c = tensor.cast %t : tensor<4x?xf32> to tensor<?x?xf32>`: the same data with more
    or less static shape information.

    Invariant: same element type; ranks equal when both are ranked; static sizes agree.
    """

    name = "tensor.cast"
    asm_result_names = named("cast")
    compatible = staticmethod(cast_compatible)


class BitcastOp(_CastLikeOp):
    """`%c = tensor.bitcast %t : tensor<4xui32> to tensor<4xi32>`: the same bits read as
    another element type of the same width."""

    name = "tensor.bitcast"
    compatible = staticmethod(bitcast_compatible)


class ReshapeOp(OpView):
    """`%r = tensor.reshape %t(%shape) : (tensor<*xf32>, tensor<1xi32>) -> tensor<?xf32>`:
    the elements in a new shape given by a 1-D tensor."""

    name = "tensor.reshape"
    traits = (Pure,)
    hand_written_syntax = True
    source = operand(ANY_TENSOR)
    shape = operand(SHAPE_TENSOR)
    result = result(ANY_TENSOR)
    asm_result_names = named("reshape")

    @classmethod
    def build(cls, source: Value, shape: Value, result_type: Any) -> Operation:
        return cls.create([source, shape], [result_type])

    def verify_(self) -> str | None:
        source = self.op.operand_slots[0].value.type
        shape = self.op.operand_slots[1].value.type
        result_type = self.op.results[0].type
        if source.element_type != result_type.element_type:
            return "element types of source and destination tensor types should be the same"
        if not isinstance(result_type, RankedTensorType):
            return None
        if (
            isinstance(source, RankedTensorType)
            and DYNAMIC not in source.shape
            and DYNAMIC not in result_type.shape
            and _count(source.shape) != _count(result_type.shape)
        ):
            return "source and destination tensor should have the same number of elements"
        if shape.shape[0] == DYNAMIC:
            return (
                "cannot use shape operand with dynamic length to reshape to statically-ranked "
                "tensor type"
            )
        if shape.shape[0] != len(result_type.shape):
            return "length of shape operand differs from the result's tensor rank"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        values = op.operands
        p.write(" ")
        p.print_operand(values[0])
        p.write("(")
        p.print_operand(values[1])
        p.write(")")
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_functional_type(op)


def _count(shape: Sequence[int]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n


class ConcatOp(OpView):
    """`%c = tensor.concat dim(0) %a, %b : (tensor<3x4xf32>, tensor<?x4xf32>) ->
    tensor<?x4xf32>`: inputs joined along `dim`.

    Invariants: at least one input; equal ranks and element types; static sizes agree off
    `dim` and add up along it.
    """

    name = "tensor.concat"
    traits = (Pure,)
    hand_written_syntax = True
    dim = prop(I64_ATTR)
    inputs = var_operand(VARIADIC_RANKED_TENSOR)
    result = result(RANKED_TENSOR)
    asm_result_names = named("concat")

    @staticmethod
    def infer_type(dim: int, input_types: Sequence[RankedTensorType]) -> RankedTensorType:
        """The result type with as much static information as the inputs give."""
        first = input_types[0]
        sizes = []
        for i in range(len(first.shape)):
            if i == dim:
                total = 0
                for t in input_types:
                    total = DYNAMIC if DYNAMIC in (total, t.shape[i]) else total + t.shape[i]
                sizes.append(total)
            else:
                static = [t.shape[i] for t in input_types if t.shape[i] != DYNAMIC]
                sizes.append(static[0] if static else DYNAMIC)
        return RankedTensorType(tuple(sizes), first.element_type)

    @classmethod
    def build(cls, dim: int, inputs: Sequence[Value], result_type: Any = None) -> Operation:
        if result_type is None:
            result_type = cls.infer_type(dim, [v.type for v in inputs])
        return cls.create(list(inputs), [result_type], {"dim": IntegerAttr(dim, _I64)})

    def verify_(self) -> str | None:
        types = [s.value.type for s in self.op.operand_slots]
        return concat_error(self.dim.value, types, self.op.results[0].type)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        dim = op.properties.get("dim")
        p.write(" dim(")
        p.write(str(dim.value) if isinstance(dim, IntegerAttr) else "<<NULL ATTRIBUTE>>")
        p.write(")")
        if op.operand_slots:
            p.write(" ")
            p.print_operands(op.operands)
        print_attr_dict(op, p, ("dim",))
        p.write(" : ")
        p.print_functional_type(op)


OPS = [
    EmptyOp,
    FromElementsOp,
    SplatOp,
    GenerateOp,
    YieldOp,
    ExtractOp,
    InsertOp,
    DimOp,
    RankOp,
    CastOp,
    BitcastOp,
    ReshapeOp,
    ConcatOp,
]
