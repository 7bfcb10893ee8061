"""Fold hooks and canonicalization pattern lists (pyir.folding)."""

from __future__ import annotations

from typing import Any

import pytest

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IntegerType
from pyir.core import Block
from pyir.folding import FoldError, canonicalization_patterns, constant_value, fold_op
from pyir.opdef import OpView, operand, prop, result
from pyir.traits import ConstantLike, Pure

I32, I64 = IntegerType(32), IntegerType(64)


class ConstOp(OpView):
    name = "fold.const"
    traits = (ConstantLike, Pure)
    value = prop()
    out = result()


class AddOp(OpView):
    """Folds two constants to their sum, and `x + 0` to `x`."""

    name = "fold.add"
    lhs = operand()
    rhs = operand()
    out = result()
    canonicalization_patterns = ("a-pattern",)

    def fold(self, operands: tuple) -> Any:
        lhs, rhs = operands
        if lhs is not None and rhs is not None:
            return IntegerAttr(lhs.value + rhs.value, self.op.results[0].type)
        if rhs is not None and rhs.value == 0:
            return self.op.operands[0]
        return None


class BadFoldOp(OpView):
    name = "fold.bad"
    arg = operand()
    out = result()

    def fold(self, operands: tuple) -> Any:
        return self.op.attributes.get("answer")


def const(block: Block, value: int, type: Any = I32) -> Any:
    op = ConstOp.create(result_types=[type], properties={"value": IntegerAttr(value, type)})
    block.append(op)
    return op.results[0]


def test_constants_are_folded_and_identities_return_values() -> None:
    block = Block([I32])
    two, three, zero = const(block, 2), const(block, 3), const(block, 0)
    assert constant_value(two) == IntegerAttr(2, I32)
    assert constant_value(block.args[0]) is None
    add = AddOp.create([two, three], [I32])
    assert fold_op(add) == [IntegerAttr(5, I32)]
    identity = AddOp.create([block.args[0], zero], [I32])
    assert fold_op(identity) == [block.args[0]]
    assert fold_op(AddOp.create([block.args[0], three], [I32])) is None
    assert (
        fold_op(ConstOp.create(result_types=[I32], properties={"value": IntegerAttr(1, I32)}))
        is None
    )


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("text", "returned 'text' for result #0: expected an Attribute or a Value"),
        ("two", "returned 2 values for 1 results"),
        ("wrong-type", "replaced result #0 of type i32 with a value of type i64"),
    ],
)
def test_bad_fold_results_are_reported(answer: str, message: str) -> None:
    block = Block([I32, I64])
    op = BadFoldOp.create([block.args[0]], [I32])
    answers = {
        "text": "text",
        "two": [block.args[0], block.args[0]],
        "wrong-type": block.args[1],
    }
    op.attributes = {"answer": answers[answer]}
    with pytest.raises(FoldError, match=message):
        fold_op(op)


def test_canonicalization_patterns_are_declared_per_op() -> None:
    assert canonicalization_patterns(AddOp) == ("a-pattern",)
    assert canonicalization_patterns(ConstOp) == ()
