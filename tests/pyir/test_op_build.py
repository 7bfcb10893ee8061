"""`OpView.build`: ops from their fields by name, with result-type inference."""

from __future__ import annotations

from typing import Any

import pytest

from pyir.builtin_attributes import DenseArrayAttr, IntegerAttr
from pyir.builtin_types import IntegerType
from pyir.core import Block
from pyir.opdef import (
    AttrSizedOperandSegments,
    OpView,
    attr,
    operand,
    opt_operand,
    prop,
    region,
    result,
    var_operand,
    var_result,
)
from pyir.traits import SameOperandsAndResultType

I1, I32, I64 = IntegerType(1), IntegerType(32), IntegerType(64)


class SameOp(OpView):
    name = "b.same"
    traits = (SameOperandsAndResultType,)
    lhs = operand()
    rhs = operand()
    out = result()


class CmpOp(OpView):
    name = "b.cmp"
    predicate = prop()
    lhs = operand()
    rhs = operand()
    out = result()

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        if "predicate" not in attrs:
            raise ValueError("needs a predicate")
        return [I1]


class SegOp(OpView):
    name = "b.seg"
    traits = (AttrSizedOperandSegments,)
    first = var_operand()
    maybe = opt_operand()
    rest = var_operand()
    outs = var_result()
    note = attr(optional=True)
    body = region()


def args(n: int, type: Any = I32) -> list:
    return list(Block([type] * n).args)


def test_result_types_from_trait_and_from_inference() -> None:
    a, b = args(2)
    same = SameOp.build(lhs=a, rhs=b)
    assert [r.type for r in same.results] == [I32]
    cmp = CmpOp.build(lhs=a, rhs=b, predicate=IntegerAttr(0, I64))
    assert [r.type for r in cmp.results] == [I1]
    assert cmp.properties["predicate"] == IntegerAttr(0, I64)


def test_variadic_groups_get_segment_sizes_and_explicit_result_types() -> None:
    a, b, c = args(3)
    op = SegOp.build(first=[a, b], rest=[c], outs=[I32, I64], note=IntegerAttr(1, I32))
    assert list(op.operands) == [a, b, c]
    assert op.properties["operandSegmentSizes"] == DenseArrayAttr(I32, (2, 0, 1))
    assert [r.type for r in op.results] == [I32, I64]
    assert op.attributes["note"] == IntegerAttr(1, I32)
    assert len(op.regions) == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda a: SameOp.build(lhs=a), "SameOp.build: missing operand 'rhs'"),
        (lambda a: SameOp.build(lhs=a, rhs=a, bogus=1), r"unknown argument\(s\) bogus"),
        (lambda a: SameOp.build(lhs=[a], rhs=a), "operand 'lhs' takes one value, got a list"),
        (lambda a: SegOp.build(first=a), "operand group 'first' takes a list"),
        (lambda a: CmpOp.build(lhs=a, rhs=a), "missing property 'predicate'"),
    ],
)
def test_bad_arguments_name_the_field(make: Any, message: str) -> None:
    (a,) = args(1)
    with pytest.raises((TypeError, ValueError), match=message):
        make(a)


def test_result_types_that_cannot_be_inferred_must_be_passed() -> None:
    class NoInferOp(OpView):
        name = "b.noinfer"
        x = operand()
        out = result()

    (a,) = args(1)
    with pytest.raises(TypeError, match=r"pass the result type\(s\) \(out\)"):
        NoInferOp.build(x=a)
    assert NoInferOp.build(x=a, out=I64).results[0].type == I64
