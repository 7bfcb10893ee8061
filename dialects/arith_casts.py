"""The `arith` dialect's casts: `%1 = arith.extsi %0 : i32 to i64` and friends.

Each cast takes one value (`arith.scaling_extf` also a scale) and converts every element.
Shapes are kept exactly; the element types follow each op's rule, checked as MLIR's
`areCastCompatible` checks them and reported as "operand type 'i32' and result type
'i16' are cast incompatible". `arith.truncf` and `arith.scaling_truncf` (which print a
rounding-mode keyword) are in `arith_syntax`.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import UnitAttr
from pyir.builtin_types import FloatType, IndexType, IntegerType
from pyir.dialects.arith_attrs import (
    NO_OVERFLOW,
    FastMathFlagsAttr,
    IntegerOverflowFlagsAttr,
)
from pyir.dialects.arith_syntax import register_unit_flag_op
from pyir.dialects.arith_types import (
    BITCAST_TYPE,
    FLOAT_LIKE,
    INDEX_CAST_TYPE,
    SIGNLESS_FIXED_WIDTH_INT_LIKE,
    Elementwise,
    SameInputOutputTensorDims,
    SameOperandsAndResultShape,
    element_type,
    scaling_cast_error,
    valid_cast,
    width_change,
)
from pyir.opdef import IsA, OpView, operand, prop, result
from pyir.traits import Pure


def _memref_element(t: Any) -> Any:
    return t.element_type if hasattr(t, "element_type") else t


def _int_float(src_kind: type, dst_kind: type) -> Any:
    def check(src: Any, dst: Any) -> bool:
        return (
            valid_cast(src, dst)
            and isinstance(element_type(src), src_kind)
            and isinstance(element_type(dst), dst_kind)
        )

    return check


def _index_cast(src: Any, dst: Any) -> bool:
    s, d = _memref_element(src), _memref_element(dst)
    if not valid_cast(src, dst):
        return False
    return (isinstance(s, IndexType) and isinstance(d, IntegerType)) or (
        isinstance(s, IntegerType) and isinstance(d, IndexType)
    )


def _bitcast(src: Any, dst: Any) -> bool:
    s, d = _memref_element(src), _memref_element(dst)
    if not valid_cast(src, dst):
        return False
    kinds = (IntegerType, FloatType)
    return isinstance(s, kinds) and isinstance(d, kinds) and s.width == d.width


def _convertf(src: Any, dst: Any) -> bool:
    """Between float types of one width (f16 <-> bf16), not to the same type."""
    s, d = element_type(src), element_type(dst)
    return (
        valid_cast(src, dst)
        and isinstance(s, FloatType)
        and isinstance(d, FloatType)
        and s.width == d.width
        and s != d
    )


class CastOp(OpView):
    """Base of the one-operand casts: `$in attr-dict : type($in) to type($out)` plus the
    op's flag clause. Subclasses set `compatible(src_type, dst_type)`."""

    traits = (Pure, SameInputOutputTensorDims, SameOperandsAndResultShape, Elementwise)
    compatible: Any = None

    @classmethod
    def build(cls, value: Any, to_type: Any, location: Any = None, **properties: Any) -> Any:
        """A cast of `value` to `to_type`; keyword arguments are properties."""
        return cls.create([value], [to_type], properties, location=location)

    def verify_(self) -> str | None:
        src = self.op.operand_slots[0].value.type
        dst = self.op.results[0].type
        if not type(self).compatible(src, dst):
            return f"operand type '{src}' and result type '{dst}' are cast incompatible"
        return None


def _cast(
    op_name: str, src: Any, dst: Any, compatible: Any, flag: str | None = None, doc: str = ""
) -> type:
    fields: dict[str, Any] = {
        "__doc__": f"`{op_name}`: {doc}",
        "name": op_name,
        "in_": operand(src),
        "out": result(dst),
        "compatible": staticmethod(compatible),
    }
    clause = ""
    if flag == "nneg":
        fields["nonNeg"] = prop(IsA(UnitAttr), optional=True)
        fields["flag_property"], fields["flag_keyword"] = "nonNeg", "nneg"
    elif flag == "overflow":
        fields["overflowFlags"] = prop(IsA(IntegerOverflowFlagsAttr), default=NO_OVERFLOW)
        clause = " (`overflow` `` $overflowFlags^)?"
    elif flag == "fastmath":
        fields["fastmath"] = prop(IsA(FastMathFlagsAttr), optional=True)
        clause = " (`fastmath` `` $fastmath^)?"
    if flag != "nneg":
        fields["assembly_format"] = f"$in_{clause} attr-dict `:` type($in_) `to` type($out)"
    class_name = "".join(p.capitalize() for p in op_name.split(".")[1].split("_")) + "Op"
    cls = type(class_name, (CastOp,), fields)
    # `$in (`nneg` $nonNeg^)? ...`: a unit-attribute anchor, written by hand.
    return register_unit_flag_op(cls) if flag == "nneg" else cls


_INT = SIGNLESS_FIXED_WIDTH_INT_LIKE
ExtUIOp = _cast(
    "arith.extui", _INT, _INT, width_change(IntegerType, True), "nneg", "zero extension."
)
ExtSIOp = _cast("arith.extsi", _INT, _INT, width_change(IntegerType, True), doc="sign extension.")
TruncIOp = _cast(
    "arith.trunci", _INT, _INT, width_change(IntegerType, False), "overflow", "truncation."
)
ExtFOp = _cast(
    "arith.extf",
    FLOAT_LIKE,
    FLOAT_LIKE,
    width_change(FloatType, True),
    "fastmath",
    "to a wider float type.",
)
ConvertFOp = _cast(
    "arith.convertf",
    FLOAT_LIKE,
    FLOAT_LIKE,
    _convertf,
    "fastmath",
    "between float types of the same width (f16 <-> bf16).",
)
SIToFPOp = _cast(
    "arith.sitofp", _INT, FLOAT_LIKE, _int_float(IntegerType, FloatType), doc="signed int to float."
)
UIToFPOp = _cast(
    "arith.uitofp",
    _INT,
    FLOAT_LIKE,
    _int_float(IntegerType, FloatType),
    "nneg",
    "unsigned int to float.",
)
FPToSIOp = _cast(
    "arith.fptosi", FLOAT_LIKE, _INT, _int_float(FloatType, IntegerType), doc="float to signed int."
)
FPToUIOp = _cast(
    "arith.fptoui",
    FLOAT_LIKE,
    _INT,
    _int_float(FloatType, IntegerType),
    doc="float to unsigned int.",
)
IndexCastOp = _cast(
    "arith.index_cast",
    INDEX_CAST_TYPE,
    INDEX_CAST_TYPE,
    _index_cast,
    doc="between index and integer (sign-extends).",
)
IndexCastUIOp = _cast(
    "arith.index_castui",
    INDEX_CAST_TYPE,
    INDEX_CAST_TYPE,
    _index_cast,
    "nneg",
    "between index and integer (zero-extends).",
)
BitcastOp = _cast(
    "arith.bitcast", BITCAST_TYPE, BITCAST_TYPE, _bitcast, doc="same bits, another type."
)


class ScalingExtFOp(OpView):
    """`%r = arith.scaling_extf %in, %scale : f4E2M1FN, f8E8M0FNU to f32`: extends and
    multiplies by the scale (OCP MX formats)."""

    name = "arith.scaling_extf"
    traits = (Pure, SameInputOutputTensorDims, Elementwise)
    in_ = operand(FLOAT_LIKE)
    scale = operand(FLOAT_LIKE)
    out = result(FLOAT_LIKE)
    fastmath = prop(IsA(FastMathFlagsAttr), optional=True)
    assembly_format = (
        "$in_ `,` $scale (`fastmath` `` $fastmath^)? attr-dict `:` "
        "type($in_) `,` type($scale) `to` type($out)"
    )

    def verify_(self) -> str | None:
        return scaling_cast_error(self.op, wider=True)


CAST_OPS = (
    ExtUIOp,
    ExtSIOp,
    TruncIOp,
    ExtFOp,
    ConvertFOp,
    SIToFPOp,
    UIToFPOp,
    FPToSIOp,
    FPToUIOp,
    IndexCastOp,
    IndexCastUIOp,
    BitcastOp,
    ScalingExtFOp,
)
