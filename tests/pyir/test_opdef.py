"""The op-definition API: field collection, views, `create`, definition-time errors,
`verify_declared` with MLIR's wording, and constraints.

Every count and constraint message was checked against `iree-opt` (MLIR's ODS-generated
verifiers) on ops of the same shape, e.g. `"arith.addi"(%a) : (i32) -> i32` gives
"expected 2 operands, but found 1".
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from pyir.builtin_attributes import DenseArrayAttr, IntegerAttr, StringAttr
from pyir.builtin_types import F32, I1, I32, I64, FloatType, IntegerType
from pyir.context import Dialect
from pyir.core import Block, Operation, Region, Value
from pyir.opdef import (
    ANY,
    AllOf,
    AnyOf,
    AttrDef,
    AttrSizedOperandSegments,
    AttrSizedResultSegments,
    DefinitionError,
    EqualTo,
    IsA,
    OpView,
    Predicate,
    as_constraint,
    attr,
    operand,
    opt_operand,
    opt_result,
    prop,
    region,
    result,
    successor,
    var_operand,
    var_region,
    var_result,
    var_successor,
    verify_declared,
)
from pyir.traits import Pure, Trait


# -- a dialect local to these tests -------------------------------------------------------------
class EverythingOp(OpView):
    """`od.everything`: one field of each kind, in a mixed order."""

    name = "od.everything"
    lhs = operand(I32)
    value = prop(IntegerAttr)
    out = result()
    rhs = operand()
    tag = attr(StringAttr, optional=True)
    body = region(single_block=True)
    dest = successor()


class OptionalOp(OpView):
    """`od.optional`: a single operand, then an optional one; an optional result."""

    name = "od.optional"
    first = operand()
    maybe = opt_operand(I32)
    res = opt_result()


class VariadicOp(OpView):
    """`od.variadic`: one variadic group between two single operands; variadic results."""

    name = "od.variadic"
    head = operand()
    middle = var_operand(I32)
    tail = operand()
    outs = var_result(F32)


class SegmentsOp(OpView):
    """`od.segments`: two variadic operand groups around a single one, sized by a property."""

    name = "od.segments"
    traits = (AttrSizedOperandSegments,)
    a = var_operand()
    b = operand()
    c = var_operand(IntegerType)


class ResultSegmentsOp(OpView):
    """`od.result_segments`: an optional and a variadic result group."""

    name = "od.result_segments"
    traits = (AttrSizedResultSegments,)
    x = opt_result()
    ys = var_result()


class RegionsOp(OpView):
    """`od.regions`: a fixed region then any number; a fixed successor then any number."""

    name = "od.regions"
    entry = region()
    others = var_region()
    first = successor()
    rest = var_successor()


class TwoRegionsOp(OpView):
    """`od.two_regions`: exactly two regions and two successors."""

    name = "od.two_regions"
    then_region = region()
    else_region = region()
    yes = successor()
    no = successor()


class NoOperandsOp(OpView):
    """`od.nothing`: no fields at all."""

    name = "od.nothing"


class NeedsI64(Trait):
    """A trait with a rule: the first result is i64."""

    @staticmethod
    def verify(op: Any) -> str | None:
        if op.results[0].type != I64:
            return "requires an i64 result"
        return None


class RuledOp(OpView):
    """`od.ruled`: a trait rule and the op's own rule."""

    name = "od.ruled"
    traits = (Pure, NeedsI64)
    out = result()
    count = attr(IntegerAttr, default=IntegerAttr(1, I64))

    def verify_(self) -> str | None:
        if self.count.value < 0:
            return "count must be non-negative"
        return None


class BaseOp(OpView):
    """`od.base`: inherited by `od.derived`."""

    name = "od.base"
    x = operand()
    y = operand(I32)


class DerivedOp(BaseOp):
    """`od.derived`: keeps `x`, redefines `y` (same place), adds `z`."""

    name = "od.derived"
    y = operand(F32)
    z = operand()


DIALECT = Dialect(
    "od",
    ops=[
        EverythingOp,
        OptionalOp,
        VariadicOp,
        SegmentsOp,
        ResultSegmentsOp,
        RegionsOp,
        TwoRegionsOp,
        NoOperandsOp,
        RuledOp,
        BaseOp,
        DerivedOp,
    ],
)


def values(*types: Any) -> list[Value]:
    """Fresh block arguments of the given types."""
    return list(Block(list(types)).args)


def segments(*sizes: int) -> DenseArrayAttr:
    return DenseArrayAttr(I32, sizes)


def everything(**overrides: Any) -> Operation:
    """A valid `od.everything` unless `overrides` change a `create` argument."""
    a, b = values(I32, F32)
    body = Region()
    body.add_block(Block())
    args: dict[str, Any] = dict(
        operands=[a, b],
        result_types=[I1],
        properties={"value": IntegerAttr(3, I32)},
        regions=[body],
        successors=[Block()],
    )
    args.update(overrides)
    return EverythingOp.create(**args)


# -- collection ---------------------------------------------------------------------------------
def test_fields_are_collected_per_kind_in_declaration_order() -> None:
    assert [d.name for d in EverythingOp.operand_defs] == ["lhs", "rhs"]
    assert [d.index for d in EverythingOp.operand_defs] == [0, 1]
    assert [d.name for d in EverythingOp.result_defs] == ["out"]
    assert [d.name for d in EverythingOp.property_defs] == ["value"]
    assert [d.name for d in EverythingOp.attribute_defs] == ["tag"]
    assert [d.name for d in EverythingOp.region_defs] == ["body"]
    assert [d.name for d in EverythingOp.successor_defs] == ["dest"]
    assert isinstance(EverythingOp.tag, AttrDef)  # the class sees the descriptor
    assert NoOperandsOp.operand_defs == () and NoOperandsOp.traits_set == frozenset()
    assert RuledOp.traits_set == {Pure, NeedsI64}


def test_inherited_fields_come_first_and_belong_to_each_class() -> None:
    assert [d.name for d in DerivedOp.operand_defs] == ["x", "y", "z"]
    assert DerivedOp.operand_defs[1].constraint.check(F32)
    assert not DerivedOp.operand_defs[1].constraint.check(I32)
    # The base keeps its own field objects and indices.
    assert [d.name for d in BaseOp.operand_defs] == ["x", "y"]
    assert DerivedOp.operand_defs[0] is not BaseOp.operand_defs[0]
    a, b, c = values(I1, F32, I64)
    view = DerivedOp(DerivedOp.create([a, b, c]))
    assert (view.x, view.y, view.z) == (a, b, c)


# -- views --------------------------------------------------------------------------------------
def test_views_of_single_fields() -> None:
    op = everything(attributes={"tag": StringAttr("t")})
    view = EverythingOp(op)
    assert view.lhs is op.operands[0] and view.rhs is op.operands[1]
    assert view.out is op.results[0]
    assert view.value == IntegerAttr(3, I32)
    assert view.tag == StringAttr("t")
    assert view.body is op.regions[0]
    assert view.dest is op.successors[0]
    assert view.operands == op.operands and view.results == op.results
    assert view.location is op.location
    assert op.view().lhs is view.lhs
    assert repr(view) == "<EverythingOp od.everything>"


def test_attribute_views_set_clear_and_default() -> None:
    view = EverythingOp(everything())
    assert view.tag is None
    view.tag = StringAttr("x")
    assert view.op.attributes == {"tag": StringAttr("x")}
    view.tag = None
    assert view.op.attributes == {}
    view.value = IntegerAttr(7, I32)
    assert view.op.properties["value"] == IntegerAttr(7, I32)
    ruled = RuledOp(RuledOp.create(result_types=[I64]))
    assert ruled.count == IntegerAttr(1, I64)  # the default, not stored
    assert "count" not in ruled.op.attributes


def test_views_of_optional_groups() -> None:
    a, b = values(F32, I32)
    present = OptionalOp(OptionalOp.create([a, b], [I1]))
    assert present.first is a and present.maybe is b and present.res is present.op.results[0]
    absent = OptionalOp(OptionalOp.create([a]))
    assert absent.first is a and absent.maybe is None and absent.res is None


def test_views_of_one_variadic_group() -> None:
    h, m1, m2, t = values(F32, I32, I32, I1)
    view = VariadicOp(VariadicOp.create([h, m1, m2, t], [F32, F32]))
    assert (view.head, view.middle, view.tail) == (h, [m1, m2], t)
    assert view.outs == list(view.op.results)
    empty = VariadicOp(VariadicOp.create([h, t]))
    assert (empty.head, empty.middle, empty.tail, empty.outs) == (h, [], t, [])
    assert view.segment("operand", 2, 4) == (3, 1)


def test_views_of_two_variadic_groups_use_the_segment_sizes() -> None:
    a1, a2, b, c1 = values(F32, F32, I1, I32)
    op = SegmentsOp.create([a1, a2, b, c1], properties={"operandSegmentSizes": segments(2, 1, 1)})
    view = SegmentsOp(op)
    assert (view.a, view.b, view.c) == ([a1, a2], b, [c1])
    assert view.segment("operand", 2, 4) == (3, 1)
    op2 = SegmentsOp.create([b, c1, c1], properties={"operandSegmentSizes": segments(0, 1, 2)})
    assert (SegmentsOp(op2).a, SegmentsOp(op2).b, SegmentsOp(op2).c) == ([], b, [c1, c1])
    rop = ResultSegmentsOp.create(
        result_types=[I1, I32, I32], properties={"resultSegmentSizes": segments(1, 2)}
    )
    rview = ResultSegmentsOp(rop)
    assert rview.x is rop.results[0] and rview.ys == list(rop.results[1:])
    assert verify_declared(op) is None and verify_declared(rop) is None


def test_views_of_region_and_successor_groups() -> None:
    targets = [Block(), Block(), Block()]
    op = RegionsOp.create(regions=3, successors=targets)
    view = RegionsOp(op)
    assert view.entry is op.regions[0] and view.others == op.regions[1:]
    assert view.first is targets[0] and view.rest == targets[1:]
    assert verify_declared(op) is None


# -- create ---------------------------------------------------------------------------------------
def test_create_builds_a_detached_registered_operation() -> None:
    a, b = values(I32, F32)
    props = {"value": IntegerAttr(1, I32)}
    op = EverythingOp.create([a, b], [I1], properties=props, successors=[Block()])
    assert op.name == "od.everything" and op.op_def is EverythingOp
    assert op.operands == [a, b] and op.result_types == [I1]
    assert len(op.regions) == 1 and op.regions[0].parent is op  # one per region field
    assert op.properties == props and op.properties is not props  # copied
    assert op.parent is None and op.attributes == {}
    assert len(TwoRegionsOp.create(regions=0).regions) == 0
    assert EverythingOp.dialect is DIALECT


# -- definition-time errors -----------------------------------------------------------------------
def _define(name: str, namespace: dict[str, Any]) -> type:
    return type(name, (OpView,), dict(namespace))


@pytest.mark.parametrize("bad", ["nodot", ".op", "dialect.", 42])
def test_an_op_name_must_be_dialect_dot_op(bad: Any) -> None:
    with pytest.raises(DefinitionError) as info:
        _define("BadName", {"name": bad})
    assert str(info.value) == f"BadName: op name must be 'dialect.op', got {bad!r}"


def test_traits_must_be_trait_classes() -> None:
    with pytest.raises(DefinitionError, match=r"op 'od.bad': 3 in traits is not a Trait class"):
        _define("Bad", {"name": "od.bad", "traits": (Pure, 3)})
    with pytest.raises(DefinitionError, match=r"op 'od.bad': <class 'str'> in traits is not"):
        _define("Bad", {"name": "od.bad", "traits": (str,)})
    with pytest.raises(DefinitionError, match=r"op 'od.bad': traits must be a tuple"):
        _define("Bad", {"name": "od.bad", "traits": Pure})


def test_two_variadic_groups_need_the_segments_trait() -> None:
    with pytest.raises(DefinitionError) as info:
        _define("Bad", {"name": "od.bad", "a": var_operand(), "b": opt_operand()})
    assert str(info.value) == (
        "op 'od.bad': operand groups a, b are variadic or optional; "
        "more than one needs the AttrSizedOperandSegments trait"
    )
    with pytest.raises(DefinitionError, match="needs the AttrSizedResultSegments trait"):
        _define("Bad", {"name": "od.bad", "x": var_result(), "y": var_result()})


def test_only_the_last_region_or_successor_group_may_be_variadic() -> None:
    with pytest.raises(DefinitionError) as info:
        _define("Bad", {"name": "od.bad", "rs": var_region(), "last": region()})
    assert str(info.value) == "op 'od.bad': only the last region group may be variadic"
    with pytest.raises(DefinitionError, match="only the last successor group may be variadic"):
        _define("Bad", {"name": "od.bad", "ss": var_successor(), "s": successor()})


def test_a_field_may_not_hide_the_view_machinery() -> None:
    with pytest.raises(DefinitionError) as info:
        _define("Bad", {"name": "od.bad", "op": operand()})
    assert str(info.value) == "op 'od.bad': field 'op' hides OpView.op; rename it"


def test_a_base_without_a_name_is_not_collected() -> None:
    helper = _define("Helper", {"lhs": operand()})
    assert helper.operand_defs == ()
    concrete = type("Concrete", (helper,), {"name": "od.concrete"})
    assert [d.name for d in concrete.operand_defs] == ["lhs"]


# -- verify_declared: every failure kind ---------------------------------------------------------
def test_a_valid_op_and_an_unregistered_op_pass() -> None:
    assert verify_declared(everything()) is None
    assert verify_declared(Operation("foo.bar", None, values(I32))) is None


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: NoOperandsOp.create(values(I32)), "requires zero operands"),
        (lambda: OptionalOp.create([]), "expected 1 or more operands, but found 0"),
        (lambda: everything(operands=values(I32)), "expected 2 operands, but found 1"),
        (lambda: everything(operands=values(I32, I32, I32)), "expected 2 operands, but found 3"),
        (lambda: VariadicOp.create(values(I32)), "expected 2 or more operands, but found 1"),
    ],
)
def test_operand_counts(build: Any, message: str) -> None:
    assert verify_declared(build()) == message


def test_a_single_operand_count() -> None:
    single = _define("Single", {"name": "od.single", "x": operand()})
    assert verify_declared(single.create([])) == "requires a single operand"


@pytest.mark.parametrize(
    ("n_results", "message"),
    [(0, "requires one result"), (2, "requires one result")],
)
def test_result_counts(n_results: int, message: str) -> None:
    assert verify_declared(everything(result_types=[I1] * n_results)) == message


def test_other_result_counts() -> None:
    assert verify_declared(NoOperandsOp.create(result_types=[I1])) == "requires zero results"
    two = _define("Two", {"name": "od.two", "a": result(), "b": result()})
    assert verify_declared(two.create(result_types=[I1])) == "expected 2 results"
    more = _define("More", {"name": "od.more", "a": result(), "b": var_result()})
    assert verify_declared(more.create()) == "expected 1 or more results"


def test_region_counts() -> None:
    assert verify_declared(everything(regions=0)) == "requires one region"
    assert verify_declared(NoOperandsOp.create(regions=1)) == "requires zero regions"
    assert verify_declared(TwoRegionsOp.create(regions=1)) == "expected 2 regions"
    ok_targets = [Block()]
    assert verify_declared(RegionsOp.create(regions=0, successors=ok_targets)) == (
        "expected 1 or more regions"
    )


def test_successor_counts() -> None:
    assert verify_declared(everything(successors=[])) == "requires 1 successor but found 0"
    assert verify_declared(NoOperandsOp.create(successors=[Block()])) == (
        "requires 0 successors but found 1"
    )
    assert verify_declared(TwoRegionsOp.create(successors=[Block()])) == (
        "requires 2 successors but found 1"
    )
    assert verify_declared(RegionsOp.create(regions=1)) == (
        "requires at least 1 successors but found 0"
    )


def test_counts_are_checked_in_mlirs_order() -> None:
    # Regions, then results, then successors, then operands (the ODS trait order).
    op = everything(operands=[], result_types=[], regions=0, successors=[])
    assert verify_declared(op) == "requires one region"
    op = everything(operands=[], result_types=[], successors=[])
    assert verify_declared(op) == "requires one result"
    op = everything(operands=[], successors=[])
    assert verify_declared(op) == "requires 1 successor but found 0"


def test_operand_and_result_types() -> None:
    a, b = values(F32, F32)
    assert verify_declared(everything(operands=[a, b])) == (
        "operand #0 must be 'i32', but got 'f32'"
    )
    h, m1, m2, t = values(F32, I32, F32, I1)
    assert verify_declared(VariadicOp.create([h, m1, m2, t])) == (
        "operand #2 must be 'i32', but got 'f32'"
    )
    assert verify_declared(VariadicOp.create([h, m1, t], [F32, I64])) == (
        "result #1 must be 'f32', but got 'i64'"
    )
    (f,) = values(F32)
    assert verify_declared(OptionalOp.create([f, f])) == ("operand #1 must be 'i32', but got 'f32'")


def test_an_optional_group_holds_at_most_one_value() -> None:
    a, b = values(F32, I32)
    assert verify_declared(OptionalOp.create([a, b, b])) == (
        "operand group starting at #1 requires 0 or 1 element, but found 2"
    )
    assert verify_declared(OptionalOp.create([a], [I1, I1])) == (
        "result group starting at #0 requires 0 or 1 element, but found 2"
    )


def test_segment_sizes() -> None:
    a, b = values(I1, I32)

    def check(operands: list[Value], sizes: Any) -> str | None:
        props = {} if sizes is None else {"operandSegmentSizes": sizes}
        return verify_declared(SegmentsOp.create(operands, properties=props))

    assert check([a, b], segments(1, 1, 0)) is None
    assert check([a, b], segments(1, 1)) == (
        "'operandSegmentSizes' attribute for specifying operand segments must have 3 elements, "
        "but got 2"
    )
    assert check([a, b], segments(1, 1, 1)) == (
        "operand count (2) does not match with the total size (3) specified in attribute "
        "'operandSegmentSizes'"
    )
    assert check([a, b], None) == (
        "operand count (2) does not match with the total size (0) specified in attribute "
        "'operandSegmentSizes'"
    )
    assert check([a, b], segments(3, -1, 0)) == (
        "'operandSegmentSizes' attribute cannot have negative elements"
    )
    assert check([a, b], DenseArrayAttr(I64, [1, 1, 0])) == (
        "requires dense i32 array attribute 'operandSegmentSizes'"
    )
    assert check([a, b], segments(0, 2, 0)) == (
        "operand group starting at #0 requires 1 element, but found 2"
    )
    (f,) = values(F32)
    assert check([a, b, f], segments(1, 1, 1)) == "operand #2 must be IntegerType, but got 'f32'"
    assert check([a], segments(0, 1, 0)) is None
    assert verify_declared(SegmentsOp.create([])) == "expected 1 or more operands, but found 0"
    rop = ResultSegmentsOp.create(result_types=[I1, I1], properties={})
    assert verify_declared(rop) == (
        "result count (2) does not match with the total size (0) specified in attribute "
        "'resultSegmentSizes'"
    )
    rop.set_property("resultSegmentSizes", segments(2, 0))
    assert verify_declared(rop) == (
        "result group starting at #0 requires 0 or 1 element, but found 2"
    )


def test_attributes() -> None:
    assert verify_declared(everything(properties={})) == "requires attribute 'value'"
    op = everything(properties={"value": StringAttr("x")})
    assert verify_declared(op) == "attribute 'value' failed to satisfy constraint: IntegerAttr"
    op = everything(attributes={"tag": IntegerAttr(1, I32)})
    assert verify_declared(op) == "attribute 'tag' failed to satisfy constraint: StringAttr"
    # A required property in the discardable dictionary does not count.
    op = everything(properties={}, attributes={"value": IntegerAttr(1, I32)})
    assert verify_declared(op) == "requires attribute 'value'"


def test_single_block_regions() -> None:
    op = everything()
    op.regions[0].add_block(Block())
    assert verify_declared(op) == (
        "region #0 ('body') failed to verify constraint: region with 1 blocks"
    )


def test_trait_rules_then_the_op_rule() -> None:
    assert verify_declared(RuledOp.create(result_types=[I32])) == "requires an i64 result"
    op = RuledOp.create(result_types=[I64])
    assert verify_declared(op) is None
    op.set_attribute("count", IntegerAttr(-1, I64))
    assert verify_declared(op) == "count must be non-negative"
    op.set_attribute("count", StringAttr("x"))  # the declared check runs before verify_
    assert verify_declared(op) == "attribute 'count' failed to satisfy constraint: IntegerAttr"


def test_the_plan_skips_no_op_traits_and_unchecked_constraints() -> None:
    plan = RuledOp._plan
    assert plan is not None
    assert plan.trait_verifiers == (NeedsI64.verify,) and plan.has_verify
    assert not NoOperandsOp._plan.has_verify and NoOperandsOp._plan.trait_verifiers == ()
    ev = EverythingOp._plan
    assert [c[0] for c in ev.operand_checks] == [0]  # `rhs` accepts any type: no check
    assert ev.required == (("value", True),)


def test_any_is_never_called(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(self: Any, value: Any) -> bool:
        raise AssertionError("ANY.check was called")

    monkeypatch.setattr(type(ANY), "check", boom)
    h, m, t = values(F32, I32, I1)
    assert verify_declared(everything()) is None
    assert verify_declared(VariadicOp.create([h, m, t])) is None
    assert (
        verify_declared(
            SegmentsOp.create([h], properties={"operandSegmentSizes": segments(0, 1, 0)})
        )
        is None
    )


# -- constraints ----------------------------------------------------------------------------------
def test_isa_constraint() -> None:
    c = IsA(IntegerType, FloatType)
    assert c.check(I32) and c.check(F32) and not c.check(StringAttr("x"))
    assert c.description == "IntegerType or FloatType"
    assert IsA(IntegerType, description="integer").description == "integer"


def test_equal_to_and_as_constraint() -> None:
    c = EqualTo(I32)
    assert c.check(IntegerType(32)) and not c.check(I64)
    assert c.description == "'i32'"
    assert as_constraint(None) is ANY
    assert as_constraint(c) is c
    assert isinstance(as_constraint(IntegerType), IsA)
    assert isinstance(as_constraint(I32), EqualTo)


def test_any_of_all_of_and_or() -> None:
    either = AnyOf(EqualTo(I32), EqualTo(I64))
    assert either.check(I64) and not either.check(F32)
    assert either.description == "'i32' or 'i64'"
    piped = EqualTo(I32) | I64  # the right side goes through as_constraint
    assert isinstance(piped, AnyOf) and piped.check(I64) and not piped.check(I1)
    assert piped.description == "'i32' or 'i64'"
    wide = Predicate(lambda t: t.width >= 32, "at least 32 bits")
    both = AllOf(IsA(IntegerType), wide)
    assert both.check(I64) and not both.check(I1)
    assert both.description == "IntegerType and at least 32 bits"
    assert (IsA(IntegerType) & wide).check(I32)


def test_predicate_and_constraints_in_fields() -> None:
    even = Predicate(lambda a: a.value % 2 == 0, "even integer")
    assert even.check(IntegerAttr(2, I32)) and not even.check(IntegerAttr(3, I32))
    evens = _define(
        "Evens",
        {"name": "od.evens", "n": prop(even), "x": operand(IsA(IntegerType) | EqualTo(F32))},
    )
    (f,) = values(F32)
    assert verify_declared(evens.create([f], properties={"n": IntegerAttr(4, I32)})) is None
    assert verify_declared(evens.create([f], properties={"n": IntegerAttr(5, I32)})) == (
        "attribute 'n' failed to satisfy constraint: even integer"
    )
    (g,) = values(FloatType("f16"))
    assert verify_declared(evens.create([g], properties={"n": IntegerAttr(4, I32)})) == (
        "operand #0 must be IntegerType or 'f32', but got 'f16'"
    )


def test_type_constraints_are_remembered_per_type() -> None:
    calls: list[Any] = []

    def wide(t: Any) -> bool:
        calls.append(t)
        return isinstance(t, IntegerType) and t.width >= 32

    counted = _define(
        "Counted", {"name": "od.counted", "x": operand(Predicate(wide, "wide integer"))}
    )
    a, b, c = values(I32, I32, I1)
    for v in (a, b, a):
        assert verify_declared(counted.create([v])) is None
    assert calls == [I32]
    for _ in range(2):
        assert verify_declared(counted.create([c])) == (
            "operand #0 must be wide integer, but got 'i1'"
        )
    assert calls == [I32, I1]


class _Unhashable:
    """A type-like object that cannot be a dictionary key."""

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        return "!od.unhashable"


def test_unhashable_types_are_checked_every_time() -> None:
    typed = _define("Strict", {"name": "od.strict", "x": operand(I32), "r": var_result(I32)})
    (a,) = values(I32)
    op = typed.create([a], [_Unhashable()])
    assert verify_declared(op) == "result #0 must be 'i32', but got '!od.unhashable'"
    op = typed.create(values(_Unhashable()))
    assert verify_declared(op) == "operand #0 must be 'i32', but got '!od.unhashable'"


# -- speed ----------------------------------------------------------------------------------------
def test_verify_declared_is_cheap() -> None:
    # 100k checks of an op with typed operands, a property and a trait-free fast path:
    # well under the verifier's budget of 0.5 s for a whole 100k-op function.
    typed = _define(
        "Typed",
        {"name": "od.typed", "a": operand(I32), "b": operand(I32), "r": result(I32)},
    )
    a, b = values(I32, I32)
    ops = [typed.create([a, b], [I32]) for _ in range(100_000)]
    start = time.process_time()
    for op in ops:
        verify_declared(op)
    elapsed = time.process_time() - start
    assert elapsed < 0.5, elapsed
