"""Definitions of dialect attributes and types (pyir.dialect_attrs): declaration checks,
construction, uniquing and printing without a parser."""

from __future__ import annotations

import pytest

from pyir.builtin_types import IntegerType
from pyir.constraints import IsA
from pyir.dialect_attrs import (
    DefinitionError,
    EnumParam,
    FlagsParam,
    IntParam,
    ParametrizedAttr,
    ParametrizedType,
    TypeParam,
    stripped_def,
)


class ModeAttr(ParametrizedAttr):
    """`#t.mode<fast>`."""

    name = "t.mode"
    value = EnumParam(("fast", "slow"))


class VecType(ParametrizedType):
    """`!t.vec<4 x i32>`."""

    name = "t.vec"
    size = IntParam()
    element = TypeParam()
    assembly_format = "`<` $size `x` $element `>`"

    def verify_(self) -> str | None:
        return None if self.size > 0 else f"size must be positive, got {self.size}"


def test_instances_are_uniqued_immutable_and_printable() -> None:
    assert ModeAttr("fast") is ModeAttr("fast")
    assert ModeAttr("fast") != ModeAttr("slow")
    with pytest.raises(AttributeError):
        ModeAttr("fast").value = "slow"  # type: ignore[misc]
    vec = VecType(4, IntegerType(32))
    assert str(vec) == "!t.vec<4 x i32>"
    assert vec.dialect == "t" and vec.kind == "t.vec"


def test_bad_parameters_raise_value_errors() -> None:
    with pytest.raises(ValueError, match="expected one of 'fast', 'slow' for 'value'"):
        ModeAttr("medium")
    with pytest.raises(ValueError, match="size must be positive, got 0"):
        VecType(0, IntegerType(8))
    with pytest.raises(ValueError, match="must be a type"):
        VecType(2, 3)
    with pytest.raises(ValueError, match=r"takes 2 parameter\(s\) \(size, element\), got 1"):
        VecType(2)


def test_flags_spell_groups_and_none() -> None:
    flags = FlagsParam(("a", "b", "c"), groups={"ab": ("a", "b")}, separator=", ")
    flags.name = "f"
    assert flags.words(flags.check(["b", "a", "c"])) == ["ab", "c"]
    assert flags.words(flags.check(["none"])) == ["none"]
    with pytest.raises(ValueError, match="got 'x'"):
        flags.check(["x"])


def test_stripped_def_recognises_single_definition_constraints() -> None:
    assert stripped_def(IsA(ModeAttr)) is ModeAttr
    assert stripped_def(IsA(ModeAttr, VecType)) is None
    assert stripped_def(IsA(IntegerType)) is None
    assert stripped_def(None) is None


@pytest.mark.parametrize(
    ("namespace", "message"),
    [
        ({"name": "nodot"}, "'name' must be 'dialect.mnemonic', got 'nodot'"),
        (
            {"name": "t.x", "p": IntParam(), "assembly_format": "`<` $q `>`"},
            "unknown parameter '$q'",
        ),
        ({"name": "t.x", "p": IntParam(), "assembly_format": "`<` `>`"}, "does not mention"),
        ({"name": "t.x", "p": IntParam(), "assembly_format": "`<` $p $p `>`"}, "appears twice"),
        ({"name": "t.x", "assembly_format": "`%`"}, "invalid literal `%`"),
        ({"name": "t.x", "assembly_format": "<"}, "unexpected '<'"),
    ],
)
def test_misdeclared_definitions_fail_at_class_creation(namespace: dict, message: str) -> None:
    with pytest.raises(DefinitionError, match=message.replace("$", r"\$").replace("(", r"\(")):
        type("Bad", (ParametrizedAttr,), dict(namespace))
