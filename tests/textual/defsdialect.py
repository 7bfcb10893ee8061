"""The `defs` test dialect: attributes and types defined with parameters and formats.

Used only by tests/textual/test_dialect_attr_syntax.py (registered by hand, never
installed). Each class's docstring shows its syntax.
"""

from __future__ import annotations

from pyir.context import Dialect
from pyir.dialect_attrs import (
    AttrParam,
    EnumParam,
    FlagsParam,
    IntArrayParam,
    IntParam,
    ParametrizedAttr,
    ParametrizedType,
    StrParam,
    TypeParam,
)
from pyir.opdef import OpView, operand, prop, result
from pyir.traits import SameOperandsAndResultType


class KindAttr(ParametrizedAttr):
    """`#defs.kind<add>`: one keyword."""

    name = "defs.kind"
    value = EnumParam(("add", "mul", "max"))


class FlagsAttr(ParametrizedAttr):
    """`#defs.flags<a,b>`; `fast` is a, b and c together; `none` is no flag."""

    name = "defs.flags"
    value = FlagsParam(("a", "b", "c", "d"), groups={"fast": ("a", "b", "c")})


class PairType(ParametrizedType):
    """`!defs.pair<i32, f32>`."""

    name = "defs.pair"
    first = TypeParam()
    second = TypeParam()


class BoxAttr(ParametrizedAttr):
    """`#defs.box<"label" size 3 of i8 with [1, 2] tag 7 : i64>`: every parameter kind."""

    name = "defs.box"
    label = StrParam()
    size = IntParam()
    element = TypeParam()
    dims = IntArrayParam()
    tag = AttrParam()
    assembly_format = "`<` $label `size` $size `of` $element `with` $dims `tag` $tag `>`"

    def verify_(self) -> str | None:
        return "size must be positive" if self.size <= 0 else None


class UnitLikeAttr(ParametrizedAttr):
    """`#defs.marker`: no parameters, no body."""

    name = "defs.marker"


class CombineOp(OpView):
    """`%r = defs.combine <add> %a, %b flags<a> : i32`: fields printed stripped."""

    name = "defs.combine"
    traits = (SameOperandsAndResultType,)
    kind = prop(KindAttr)
    flags = prop(FlagsAttr, default=FlagsAttr(()))
    lhs = operand()
    rhs = operand()
    out = result()
    assembly_format = "$kind $lhs `,` $rhs (`flags` `` $flags^)? attr-dict `:` type($out)"


DIALECT = Dialect(
    "defs",
    [CombineOp],
    types=[PairType],
    attributes=[KindAttr, FlagsAttr, BoxAttr, UnitLikeAttr],
)
