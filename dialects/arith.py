"""The `arith` dialect: integer and floating-point arithmetic, comparisons, casts, constants.

Every op works element-wise on scalars and on vectors and tensors of them, with MLIR's
syntax, e.g. `%2 = arith.addi %0, %1 overflow<nsw> : i32`. This module holds the
arithmetic ops and `arith.constant` and assembles the dialect; the casts live in
`arith_casts`, the ops with hand-written syntax (comparisons, select, the extended ops,
`truncf`) in `arith_syntax`, the flag attributes and enums in `arith_attrs`, and the type
constraints and shape traits (shared with `math`) in `arith_types`.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import FloatAttr, IntegerAttr, UnitAttr
from pyir.builtin_types import IntegerType, VectorType
from pyir.context import Dialect
from pyir.deferred_hooks import defer_hooks
from pyir.dialects.arith_attrs import (
    NO_FASTMATH,
    NO_OVERFLOW,
    FastMathFlagsAttr,
    IntegerOverflowFlagsAttr,
)
from pyir.dialects.arith_casts import CAST_OPS
from pyir.dialects.arith_poison import materialize_constant
from pyir.dialects.arith_syntax import ARITH_SYNTAX, SYNTAX_OPS, register_unit_flag_op
from pyir.dialects.arith_types import (
    FLOAT_LIKE,
    SIGNLESS_INT_OR_INDEX_LIKE,
    Elementwise,
    element_type,
)
from pyir.opdef import IsA, OpView, Predicate, operand, prop, result
from pyir.traits import Commutative, ConstantLike, NoMemoryEffect, Pure, SameOperandsAndResultType


# -- arithmetic -------------------------------------------------------------------------------
class _ArithOp(OpView):
    """Base of the ops whose operands and result share one type."""

    @classmethod
    def build(cls, *operands: Any, location: Any = None, **properties: Any) -> Any:
        """`cls(operands...)` with the operands' type as result type; keyword arguments are
        properties (`fastmath=FastMathFlagsAttr("fast")`)."""
        return cls.create(operands, [operands[0].type], properties, location=location)


def _arith_op(
    op_name: str,
    kind: str,
    arity: int = 2,
    commutative: bool = False,
    pure: bool = True,
    flag: str | None = None,
) -> type:
    """An op whose operands and result share one type: `kind` "integer" (signless
    integer or index like) or "float"; `flag` is "overflow", "exact" or "fastmath"."""
    constraint = SIGNLESS_INT_OR_INDEX_LIKE if kind == "integer" else FLOAT_LIKE
    traits: tuple = (Pure,) if pure else (NoMemoryEffect,)
    if commutative:
        traits += (Commutative,)
    # MLIR reports a shape mismatch between vectors and tensors before a type mismatch.
    traits += (Elementwise, SameOperandsAndResultType)
    short = op_name.split(".")[1]
    fields: dict[str, Any] = {"name": op_name, "traits": traits}
    names = ("lhs", "rhs") if arity == 2 else ("operand",)
    for n in names:
        fields[n] = operand(constraint)
    fields["result"] = result(constraint)
    head = " `,` ".join(f"${n}" for n in names)
    clause = ""
    if flag == "overflow":
        fields["overflowFlags"] = prop(IsA(IntegerOverflowFlagsAttr), default=NO_OVERFLOW)
        clause = " (`overflow` `` $overflowFlags^)?"
    elif flag == "exact":
        fields["isExact"] = prop(IsA(UnitAttr), optional=True)
        fields["flag_property"], fields["flag_keyword"] = "isExact", "exact"
    elif flag == "fastmath":
        fields["fastmath"] = prop(IsA(FastMathFlagsAttr), default=NO_FASTMATH)
        clause = " (`fastmath` `` $fastmath^)?"
    if flag != "exact":
        fields["assembly_format"] = f"{head}{clause} attr-dict `:` type($result)"
    fields["__doc__"] = f"`{op_name}`: element-wise {kind} {short}" + (
        f" (with {flag} flags)." if flag else "."
    )
    class_name = "".join(p.capitalize() for p in short.split("_")) + "Op"
    cls = type(class_name, (_ArithOp,), fields)
    # `$lhs, $rhs (`exact` $isExact^)? ...`: a unit-attribute anchor, written by hand.
    return register_unit_flag_op(cls) if flag == "exact" else cls


def _int(op_name: str, **kw: Any) -> type:
    return _arith_op(op_name, "integer", **kw)


def _float(op_name: str, **kw: Any) -> type:
    return _arith_op(op_name, "float", flag="fastmath", **kw)


AddIOp = _int("arith.addi", commutative=True, flag="overflow")
SubIOp = _int("arith.subi", flag="overflow")
MulIOp = _int("arith.muli", commutative=True, flag="overflow")
ShLIOp = _int("arith.shli", flag="overflow")
# Division may trap (by zero, or signed overflow): not speculatable, so not Pure.
DivSIOp = _int("arith.divsi", pure=False, flag="exact")
DivUIOp = _int("arith.divui", pure=False, flag="exact")
CeilDivSIOp = _int("arith.ceildivsi", pure=False)
CeilDivUIOp = _int("arith.ceildivui", pure=False)
FloorDivSIOp = _int("arith.floordivsi")
RemSIOp = _int("arith.remsi")
RemUIOp = _int("arith.remui")
AndIOp = _int("arith.andi", commutative=True)
OrIOp = _int("arith.ori", commutative=True)
XOrIOp = _int("arith.xori", commutative=True)
ShRSIOp = _int("arith.shrsi", flag="exact")
ShRUIOp = _int("arith.shrui", flag="exact")
MaxSIOp = _int("arith.maxsi", commutative=True)
MaxUIOp = _int("arith.maxui", commutative=True)
MinSIOp = _int("arith.minsi", commutative=True)
MinUIOp = _int("arith.minui", commutative=True)

AddFOp = _float("arith.addf", commutative=True)
SubFOp = _float("arith.subf")
MulFOp = _float("arith.mulf", commutative=True)
DivFOp = _float("arith.divf")
RemFOp = _float("arith.remf")
MaximumFOp = _float("arith.maximumf", commutative=True)
MinimumFOp = _float("arith.minimumf", commutative=True)
MaxNumFOp = _float("arith.maxnumf", commutative=True)
MinNumFOp = _float("arith.minnumf", commutative=True)
MaximumNumFOp = _float("arith.maximumnumf", commutative=True)
MinimumNumFOp = _float("arith.minimumnumf", commutative=True)
NegFOp = _float("arith.negf", arity=1)
FlushDenormalsOp = _float("arith.flush_denormals", arity=1)

_BINARY_OPS = (
    AddIOp,
    SubIOp,
    MulIOp,
    ShLIOp,
    DivSIOp,
    DivUIOp,
    CeilDivSIOp,
    CeilDivUIOp,
    FloorDivSIOp,
    RemSIOp,
    RemUIOp,
    AndIOp,
    OrIOp,
    XOrIOp,
    ShRSIOp,
    ShRUIOp,
    MaxSIOp,
    MaxUIOp,
    MinSIOp,
    MinUIOp,
    AddFOp,
    SubFOp,
    MulFOp,
    DivFOp,
    RemFOp,
    MaximumFOp,
    MinimumFOp,
    MaxNumFOp,
    MinNumFOp,
    MaximumNumFOp,
    MinimumNumFOp,
    NegFOp,
    FlushDenormalsOp,
)


# -- constants --------------------------------------------------------------------------------
def _elements_attr_classes() -> tuple[type, ...]:
    from pyir.builtin_attributes_extra import SparseElementsAttr
    from pyir.dense_attributes import (
        DenseIntOrFPElementsAttr,
        DenseResourceElementsAttr,
        DenseStringElementsAttr,
    )

    return (
        DenseIntOrFPElementsAttr,
        DenseStringElementsAttr,
        DenseResourceElementsAttr,
        SparseElementsAttr,
    )


_ELEMENTS_ATTRS = _elements_attr_classes()
TypedAttr = Predicate(lambda a: getattr(a, "type", None) is not None, "TypedAttr instance")


class ConstantOp(OpView):
    """`%c = arith.constant 1 : i32`, `%cst = arith.constant dense<1.0> : vector<4xf32>`.

    Invariants (verified): the value is an integer, float or elements attribute whose type
    is the result type; integer types are signless; a scalable vector is a splat.
    Results are named as MLIR names them: `%c42_i32`, `%c0` (index), `%true`, `%cst`.
    """

    name = "arith.constant"
    traits = (ConstantLike, Pure)
    value = prop(TypedAttr)
    result = result()
    assembly_format = "attr-dict $value"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        value = attrs.get("value")
        if getattr(value, "type", None) is None:
            raise ValueError("invalid kind of attribute specified")
        return [value.type]

    @staticmethod
    def asm_result_names(op: Any) -> list[str]:
        value = op.properties.get("value")
        if not isinstance(value, IntegerAttr):
            return ["cst"]
        t = op.results[0].type
        if isinstance(t, IntegerType):
            if t.width == 1:
                return ["true" if value.value else "false"]
            return [f"c{value.value}_{t}"]
        return [f"c{value.value}"]

    def verify_(self) -> str | None:
        value = self.op.properties["value"]
        t = self.op.results[0].type
        if value.type != t:
            return "failed to verify that all of {value, result} have same type"
        e = element_type(t)
        if isinstance(e, IntegerType) and e.signedness != "signless":
            return "integer return type must be signless"
        if not isinstance(value, (IntegerAttr, FloatAttr, *_ELEMENTS_ATTRS)):
            return "value must be an integer, float, or elements attribute"
        if isinstance(t, VectorType) and t.is_scalable and not getattr(value, "is_splat", True):
            return (
                "intializing scalable vectors with elements attribute is not supported unless "
                "it's a vector splat"
            )
        return None

    @classmethod
    def build(cls, value: Any, location: Any = None) -> Any:
        """A constant of `value` (an integer, float or elements attribute)."""
        return cls.create(result_types=[value.type], properties={"value": value}, location=location)


DIALECT = Dialect(
    "arith",
    [*_BINARY_OPS, ConstantOp, *CAST_OPS, *SYNTAX_OPS],
    attributes=[FastMathFlagsAttr, IntegerOverflowFlagsAttr],
    syntax=ARITH_SYNTAX,
    description="Integer and floating-point arithmetic, comparisons and casts.",
)

DIALECT.materialize_constant = materialize_constant  # type: ignore[attr-defined]


def _install_rewrite_hooks() -> None:
    from pyir.dialects.arith_canonicalize import install_patterns
    from pyir.dialects.arith_folding import install_folders
    from pyir.dialects.arith_more_folding import install_more_folders
    from pyir.dialects.arith_patterns_extra import install_extra_patterns
    from pyir.dialects.arith_poison import install_arith_poison

    ops = [*_BINARY_OPS, *CAST_OPS, *SYNTAX_OPS]
    install_folders(ops)
    install_patterns(list(_BINARY_OPS))
    install_more_folders(ops)
    install_extra_patterns(ops)
    install_arith_poison(ops)


# Folders and canonicalization patterns load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
