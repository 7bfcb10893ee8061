"""The `fmt` test dialect: one op per feature of the declarative assembly format.

Used only by tests/textual/test_custom_syntax.py (registered with
`context.register_dialect(DIALECT)`, never installed). Each op's docstring shows its custom
form. The ops have no semantics.
"""

from __future__ import annotations

from typing import Any

from pyir.assembly_format import CustomDirective
from pyir.builtin_attributes import DenseArrayAttr, IntegerAttr, StringAttr, UnitAttr
from pyir.builtin_types import IndexType, IntegerType
from pyir.context import Dialect
from pyir.opdef import (
    AttrSizedOperandSegments,
    EqualTo,
    IsA,
    OpView,
    attr,
    operand,
    opt_operand,
    prop,
    region,
    result,
    successor,
    var_operand,
    var_result,
)
from pyir.traits import IsTerminator, NoTerminator, SameOperandsAndResultType


class CastOp(OpView):
    """`%r = fmt.cast %x : i32 to i64`: a keyword between two type directives."""

    name = "fmt.cast"
    input = operand()
    output = result()
    assembly_format = "$input attr-dict `:` type($input) `to` type($output)"


class AddOp(OpView):
    """`%r = fmt.add %a, %b : i32`: operand types come from the result type."""

    name = "fmt.add"
    traits = (SameOperandsAndResultType,)
    lhs = operand()
    rhs = operand()
    out = result()
    assembly_format = "$lhs `,` $rhs attr-dict `:` type($out)"


class NegOp(OpView):
    """`%r = fmt.neg %a {mode = 1 : i32} : i32`: the result type comes from the operand
    type; `mode`, a property the format does not name, travels in the attr-dict."""

    name = "fmt.neg"
    traits = (SameOperandsAndResultType,)
    input = operand()
    out = result()
    mode = prop(optional=True)
    assembly_format = "$input attr-dict `:` type($input)"


class CallOp(OpView):
    """`%r = fmt.call @f(%a, %b) : (i32, i32) -> i64`: a property and functional-type."""

    name = "fmt.call"
    callee = prop()
    args = var_operand()
    outs = var_result()
    assembly_format = "$callee `(` $args `)` attr-dict `:` functional-type($args, $outs)"


class PackOp(OpView):
    """`%r = fmt.pack %a, %b : i32, f32 -> tuple<i32, f32>`: a variadic operand group."""

    name = "fmt.pack"
    items = var_operand()
    out = result()
    assembly_format = "$items attr-dict `:` type($items) `->` type($out)"


class AllOp(OpView):
    """`%r:2 = fmt.all %a, %b : i32, f32 -> i1, i8`: `operands`, `type(operands)` and
    `type(results)`."""

    name = "fmt.all"
    first = operand()
    rest = var_operand()
    outs = var_result()
    assembly_format = "operands attr-dict `:` type(operands) `->` type(results)"


class YieldOp(OpView):
    """`fmt.yield %a, %b : i32, f32`, or bare `fmt.yield`: a group anchored on a variadic."""

    name = "fmt.yield"
    traits = (IsTerminator,)
    values = var_operand()
    assembly_format = "attr-dict ($values^ `:` type($values))?"


class MaybeOp(OpView):
    """`fmt.maybe (%a : i32)` or `fmt.maybe`: a group anchored on an optional operand."""

    name = "fmt.maybe"
    input = opt_operand()
    assembly_format = "(`(` $input^ `:` type($input) `)`)? attr-dict"


class LimitOp(OpView):
    """`fmt.limit max 4 : i32 {x}` or `fmt.limit`: a group anchored on an optional
    attribute (a discardable one, so the group's keyword is the only sign of it)."""

    name = "fmt.limit"
    bound = attr(IsA(IntegerAttr), optional=True)
    assembly_format = "(`max` $bound^)? attr-dict"


class ConstOp(OpView):
    """`%c = fmt.const 7 : i32`: a property printed bare; the result type is inferred."""

    name = "fmt.const"
    value = prop(IsA(IntegerAttr))
    out = result()
    assembly_format = "$value attr-dict"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        value = attrs.get("value")
        if not isinstance(value, IntegerAttr):
            raise ValueError("requires an integer 'value'")
        return [value.type]


class TagOp(OpView):
    """`fmt.tag "label", %a : i32`: a discardable attribute printed bare."""

    name = "fmt.tag"
    input = operand()
    label = attr(IsA(StringAttr))
    assembly_format = "$label `,` $input attr-dict `:` type($input)"


class SegOp(OpView):
    """`fmt.seg (%a) [%b, %c] : (i32) [i32, i32]`: two variadic groups, so the parsed op
    carries `operandSegmentSizes`."""

    name = "fmt.seg"
    traits = (AttrSizedOperandSegments,)
    lhs = var_operand()
    rhs = var_operand()
    assembly_format = (
        "`(` $lhs `)` `[` $rhs `]` attr-dict `:` `(` type($lhs) `)` `[` type($rhs) `]`"
    )


class ScopeOp(OpView):
    """`fmt.scope attributes {...} { ... }`: a region in which `fmt.` may be dropped."""

    name = "fmt.scope"
    traits = (NoTerminator,)
    default_dialect = "fmt"
    body = region()
    assembly_format = "attr-dict-with-keyword $body"


class BrOp(OpView):
    """`fmt.br ^bb1`: a successor."""

    name = "fmt.br"
    traits = (IsTerminator,)
    dest = successor()
    assembly_format = "$dest attr-dict"


class CfgOp(OpView):
    """`fmt.cfg { ... }`: a multi-block region whose blocks end in fmt.br / fmt.yield."""

    name = "fmt.cfg"
    body = region()
    assembly_format = "$body attr-dict"


def _parse_index_list(children: list, state: Any) -> tuple:
    """`[%a, 4, %b]` -> (SSA uses of the dynamic entries, DenseArrayAttr with -1 for them)."""
    uses, static = [], []
    for item in children:
        if item is None:
            continue
        if isinstance(item, tuple):  # an SSA use (name, offset)
            uses.append(item)
            static.append(-1)
        else:
            static.append(item.value())
    return uses, DenseArrayAttr(IntegerType(64), tuple(static))


def _print_index_list(printer: Any, op: Any, values: list, static: Any) -> None:
    dynamic = iter(values)
    printer.write("[")
    for i, v in enumerate(static.values):
        if i:
            printer.write(", ")
        if v == -1:
            printer.print_operand(next(dynamic))
        else:
            printer.write(str(v))
    printer.write("]")


INDEX_LIST = CustomDirective(
    '"[" [_fmt_index ("," _fmt_index)*] "]"\n_fmt_index: value_use | number_literal',
    _parse_index_list,
    _print_index_list,
)


class OffsetsOp(OpView):
    """`fmt.offsets %m[%a, 4, %b] : i32`: a custom directive over a variadic operand of
    index type (buildable, so the format spells no type for it) and a property."""

    name = "fmt.offsets"
    custom_directives = {"IndexList": INDEX_LIST}
    base = operand()
    dynamic = var_operand(EqualTo(IndexType()))
    static = prop(DenseArrayAttr)
    assembly_format = "$base custom<IndexList>($dynamic, $static) attr-dict `:` type($base)"


class ShrOp(OpView):
    """`%r = fmt.shr %a, %b exact to [%a] : i32`: a unit attribute anchoring a keyword,
    and an explicit space (`` ` ` ``) before a bracket."""

    name = "fmt.shr"
    traits = (SameOperandsAndResultType,)
    lhs = operand()
    rhs = operand()
    bound = operand()
    isExact = prop(UnitAttr, optional=True)
    out = result()
    assembly_format = (
        "$lhs `,` $rhs (`exact` $isExact^)? `to` ` ` `[` $bound `]` attr-dict `:` type($out)"
    )


OPS: tuple[Any, ...] = (
    CastOp,
    AddOp,
    NegOp,
    CallOp,
    PackOp,
    AllOp,
    YieldOp,
    MaybeOp,
    LimitOp,
    ConstOp,
    TagOp,
    SegOp,
    ScopeOp,
    BrOp,
    CfgOp,
    OffsetsOp,
    ShrOp,
)

DIALECT = Dialect("fmt", OPS, description="Declarative assembly format test ops.")
