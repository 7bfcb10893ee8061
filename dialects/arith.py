"""The `arith` dialect (first part): integer and float binary arithmetic and constants.

The ops here use MLIR's declarative formats, e.g. `%2 = arith.addi %0, %1 : i32`. The full
op list (comparisons, casts, flags) is the core-dialects issue's work.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import DenseIntOrFPElementsAttr, FloatAttr, IntegerAttr
from pyir.builtin_types import FloatType, IndexType, IntegerType, RankedTensorType, VectorType
from pyir.context import Dialect
from pyir.opdef import IsA, OpView, Predicate, operand, prop, result
from pyir.traits import Commutative, ConstantLike, Pure, SameOperandsAndResultType


def _element(t: Any) -> Any:
    return t.element_type if isinstance(t, (RankedTensorType, VectorType)) else t


SignlessIntegerLike = Predicate(
    lambda t: (
        isinstance(_element(t), IndexType)
        or (
            isinstance(_element(t), IntegerType)
            and _element(t).signedness == "signless"
            and _element(t).width > 0
        )
    ),
    "signless-non-zero-bitwidth-integer-like",
)
FloatLike = Predicate(lambda t: isinstance(_element(t), FloatType), "floating-point-like")


def _binary(op_name: str, kind: str, commutative: bool = False) -> type:
    """A binary op `$lhs, $rhs attr-dict : type($result)` whose operands and result share
    one type; `kind` is "integer" (wrapping) or "float" (IEEE, with fastmath flags)."""
    constraint = SignlessIntegerLike if kind == "integer" else FloatLike
    traits = (Pure, SameOperandsAndResultType) + ((Commutative,) if commutative else ())
    short = op_name.split(".")[1]
    fields: dict = {
        "__doc__": f"`{op_name}`: {kind} {short}.",
        "name": op_name,
        "traits": traits,
        "lhs": operand(constraint),
        "rhs": operand(constraint),
        "result": result(constraint),
        "assembly_format": "$lhs `,` $rhs attr-dict `:` type($result)",
    }
    if kind == "float":
        fields["fastmath"] = prop(optional=True)
    return type(short.capitalize() + "Op", (OpView,), fields)


def _int_binary(op_name: str, commutative: bool = False) -> type:
    return _binary(op_name, "integer", commutative)


def _float_binary(op_name: str, commutative: bool = False) -> type:
    return _binary(op_name, "float", commutative)


AddIOp = _int_binary("arith.addi", commutative=True)
SubIOp = _int_binary("arith.subi")
MulIOp = _int_binary("arith.muli", commutative=True)
DivSIOp = _int_binary("arith.divsi")
DivUIOp = _int_binary("arith.divui")
RemSIOp = _int_binary("arith.remsi")
RemUIOp = _int_binary("arith.remui")
AndIOp = _int_binary("arith.andi", commutative=True)
OrIOp = _int_binary("arith.ori", commutative=True)
XOrIOp = _int_binary("arith.xori", commutative=True)
AddFOp = _float_binary("arith.addf", commutative=True)
SubFOp = _float_binary("arith.subf")
MulFOp = _float_binary("arith.mulf", commutative=True)
DivFOp = _float_binary("arith.divf")


class ConstantOp(OpView):
    """`%c = arith.constant 1 : i32`: its result type is the value's type."""

    name = "arith.constant"
    traits = (ConstantLike, Pure)
    value = prop(IsA(IntegerAttr, FloatAttr, DenseIntOrFPElementsAttr))
    result = result()
    assembly_format = "attr-dict $value"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        value = attrs.get("value")
        if value is None or not hasattr(value, "type"):
            raise ValueError("requires a typed 'value' attribute")
        return [value.type]

    def verify_(self) -> str | None:
        value = self.op.properties.get("value")
        if value is None:
            return "requires attribute 'value'"
        if getattr(value, "type", None) != self.op.results[0].type:
            return "value type doesn't match the result type"
        return None


DIALECT = Dialect(
    "arith",
    [
        AddIOp,
        SubIOp,
        MulIOp,
        DivSIOp,
        DivUIOp,
        RemSIOp,
        RemUIOp,
        AndIOp,
        OrIOp,
        XOrIOp,
        AddFOp,
        SubFOp,
        MulFOp,
        DivFOp,
        ConstantOp,
    ],
    description="Integer and floating-point arithmetic.",
)
