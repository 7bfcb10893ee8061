"""The `cf` dialect: unstructured control flow between blocks, with MLIR's syntax.

    cf.br ^bb1(%a, %b : i32, f32)
    cf.cond_br %c weights([3, 5]), ^bb1(%a : i32), ^bb2
    cf.switch %flag : i32, [
      default: ^bb1,
      42: ^bb2(%a : i32)
    ]
    cf.assert %c, "message"

Successor operands are ordinary operands (MLIR's layout): `cf.cond_br` splits them into
groups with `operandSegmentSizes`, and `cf.switch` further splits its case operands per
case with the `case_operand_segments` property. Every branch checks MLIR's
BranchOpInterface rule: the operands passed to a successor match its block arguments in
number and type. All syntax is hand-written (`CF_SYNTAX`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import IntegerAttr, StringAttr
from pyir.builtin_types import I1, IndexType, IntegerType, VectorType
from pyir.call_interfaces import BranchOpInterface
from pyir.context import Dialect
from pyir.core import Block, Operation, Value
from pyir.deferred_hooks import defer_hooks
from pyir.dense_attributes import DenseArrayAttr, DenseIntOrFPElementsAttr
from pyir.dialects.syntax_common import keyword_at, split_attrs
from pyir.opdef import (
    AttrSizedOperandSegments,
    EqualTo,
    OpView,
    Predicate,
    operand,
    prop,
    successor,
    var_operand,
    var_successor,
)
from pyir.traits import IsTerminator, MemoryEffects, Pure
from pyir.verifier import PlainMessage

_I32 = IntegerType(32)

Bool = EqualTo(I1)
Bool.description = "1-bit signless integer"
SignlessInteger = Predicate(
    lambda t: isinstance(t, IntegerType) and t.signedness == "signless",
    "signless integer",
)
I32Array = Predicate(
    lambda a: isinstance(a, DenseArrayAttr) and a.element_type == _I32,
    "i32 dense array attribute",
)
IntElements = Predicate(
    lambda a: (
        isinstance(a, DenseIntOrFPElementsAttr)
        and isinstance(a.type.element_type, (IntegerType, IndexType))
    ),
    "integer elements attribute",
)


def _i32_array(values: Sequence[int]) -> DenseArrayAttr:
    return DenseArrayAttr(_I32, tuple(values))


def verify_successor_operands(op: Operation, groups: Sequence[Sequence[Value]]) -> str | None:
    """MLIR's BranchOpInterface check: `groups[i]` are the operands passed to successor
    #i; they must match the target block's arguments in number and type."""
    for index, (values, slot) in enumerate(zip(groups, op.successor_slots)):
        block = slot.block
        if block is None:
            continue
        args = block.args
        if len(values) != len(args):
            return PlainMessage(
                f"branch has {len(values)} operands for successor #{index}, but target "
                f"block has {len(args)}"
            )
        for i, (value, arg) in enumerate(zip(values, args)):
            if value.type != arg.type:
                return PlainMessage(f"type mismatch for bb argument #{i} of successor #{index}")
    return None


def _erase_operand(op: Operation, position: int, properties: dict) -> None:
    """Drop operand `position` of a branch and set the segment `properties` that describe
    the new layout."""
    operands = op.operands
    del operands[position]
    op.set_operands(operands)
    for name, value in properties.items():
        op.set_property(name, value)


def _insert_operands(op: Operation, position: int, values: list, properties: dict) -> None:
    """Insert `values` among a branch's operands at `position` and set the segment
    `properties` that describe the new layout."""
    operands = op.operands
    operands[position:position] = values
    op.set_operands(operands)
    for name, value in properties.items():
        op.set_property(name, value)


def _print_successor(p: Any, block: Block, values: Sequence[Value]) -> None:
    p.print_successor_and_use_list(block, list(values))


# -- ops -----------------------------------------------------------------------------------------
class BranchOp(OpView):
    """`cf.br ^dest(%a : i32)`: jumps to `dest`, passing `dest_operands` as its arguments."""

    name = "cf.br"
    traits = (IsTerminator, Pure, BranchOpInterface)
    hand_written_syntax = True
    dest_operands = var_operand()
    dest = successor()

    @classmethod
    def build(cls, dest: Block, operands: Sequence[Value] = (), location: Any = None) -> Operation:
        return cls.create(list(operands), successors=[dest], location=location)

    def verify_(self) -> str | None:
        return verify_successor_operands(self.op, [self.op.operands])

    # BranchOpInterface
    @staticmethod
    def get_successor_operands(op: Operation, index: int) -> list:
        return op.operands

    @staticmethod
    def get_successor_for_operands(op: Operation, constants: list) -> Block | None:
        return op.successors[0]

    # Successor operand editing (pyir.region_simplify)
    @staticmethod
    def get_successor_operand_range(op: Operation, index: int) -> tuple[int, int]:
        return (0, len(op.operand_slots))

    @staticmethod
    def erase_successor_operand(op: Operation, index: int, arg_index: int) -> None:
        _erase_operand(op, arg_index, {})

    @staticmethod
    def append_successor_operands(op: Operation, index: int, values: list) -> None:
        _insert_operands(op, len(op.operand_slots), values, {})

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        _print_successor(p, op.successors[0], op.operands)
        p.print_optional_attr_dict(dict(op.attributes))


class CondBranchOp(OpView):
    """`cf.cond_br %c [weights([t, f])], ^t(...), ^f(...)`.

    Invariants: operands are the i1 condition, then the true and the false successor's
    operands (`operandSegmentSizes`); `branch_weights`, when present and non-empty, has
    one non-negative-sum entry per successor, not all zero.
    """

    name = "cf.cond_br"
    traits = (IsTerminator, Pure, AttrSizedOperandSegments, BranchOpInterface)
    hand_written_syntax = True
    condition = operand(Bool)
    true_dest_operands = var_operand()
    false_dest_operands = var_operand()
    branch_weights = prop(I32Array, optional=True)
    true_dest = successor()
    false_dest = successor()

    @classmethod
    def build(
        cls,
        condition: Value,
        true_dest: Block,
        false_dest: Block,
        true_operands: Sequence[Value] = (),
        false_operands: Sequence[Value] = (),
        weights: Sequence[int] | None = None,
        location: Any = None,
    ) -> Operation:
        props: dict = {
            "operandSegmentSizes": _i32_array((1, len(true_operands), len(false_operands)))
        }
        if weights is not None:
            props["branch_weights"] = _i32_array(weights)
        return cls.create(
            [condition, *true_operands, *false_operands],
            properties=props,
            successors=[true_dest, false_dest],
            location=location,
        )

    def verify_(self) -> str | None:
        weights = self.branch_weights
        if weights is not None and weights.values:
            values = weights.values
            if len(values) != 2:
                return PlainMessage(
                    "expects number of branch weights to match number of successors: "
                    f"{len(values)} vs 2"
                )
            if not any(values):
                return PlainMessage("branch weights cannot all be zero")
        return verify_successor_operands(
            self.op, [self.true_dest_operands, self.false_dest_operands]
        )

    # BranchOpInterface
    @staticmethod
    def get_successor_operands(op: Operation, index: int) -> list:
        view = CondBranchOp(op)
        return view.false_dest_operands if index else view.true_dest_operands

    @staticmethod
    def get_successor_for_operands(op: Operation, constants: list) -> Block | None:
        condition = constants[0] if constants else None
        if not isinstance(condition, IntegerAttr):
            return None
        return op.successors[0] if condition.value & 1 else op.successors[1]

    # Successor operand editing (pyir.region_simplify)
    @staticmethod
    def get_successor_operand_range(op: Operation, index: int) -> tuple[int, int]:
        _, t, f = op.properties["operandSegmentSizes"].values
        return (1 + t, f) if index else (1, t)

    @staticmethod
    def erase_successor_operand(op: Operation, index: int, arg_index: int) -> None:
        sizes = list(op.properties["operandSegmentSizes"].values)
        start, _ = CondBranchOp.get_successor_operand_range(op, index)
        sizes[1 + index] -= 1
        _erase_operand(op, start + arg_index, {"operandSegmentSizes": _i32_array(sizes)})

    @staticmethod
    def append_successor_operands(op: Operation, index: int, values: list) -> None:
        sizes = list(op.properties["operandSegmentSizes"].values)
        start, count = CondBranchOp.get_successor_operand_range(op, index)
        sizes[1 + index] += len(values)
        props = {"operandSegmentSizes": _i32_array(sizes)}
        _insert_operands(op, start + count, values, props)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = CondBranchOp(op)
        p.write(" ")
        p.print_operand(view.condition)
        weights = view.branch_weights
        if weights is not None:
            p.write(" weights([" + ", ".join(str(v) for v in weights.values) + "])")
        p.write(", ")
        _print_successor(p, op.successors[0], view.true_dest_operands)
        p.write(", ")
        _print_successor(p, op.successors[1], view.false_dest_operands)
        p.print_optional_attr_dict(dict(op.attributes))


class SwitchOp(OpView):
    """`cf.switch %flag : i32, [default: ^d(...), 42: ^c(...), ...]`.

    Invariants: operands are the flag, the default successor's operands, then every
    case's operands (`operandSegmentSizes` splits the three groups, the
    `case_operand_segments` property the last one per case); `case_values` (a vector of
    the flag's type) has one entry per case successor.
    """

    name = "cf.switch"
    traits = (IsTerminator, Pure, AttrSizedOperandSegments, BranchOpInterface)
    hand_written_syntax = True
    flag = operand(SignlessInteger)
    default_operands = var_operand()
    case_operands = var_operand()
    case_values = prop(IntElements, optional=True)
    case_operand_segments = prop(I32Array)
    default_destination = successor()
    case_destinations = var_successor()

    @classmethod
    def build(
        cls,
        flag: Value,
        default: Block,
        default_operands: Sequence[Value] = (),
        cases: Sequence[tuple[int, Block, Sequence[Value]]] = (),
        location: Any = None,
    ) -> Operation:
        """`cases` holds (value, successor, operands) triples."""
        flat = [v for _, _, values in cases for v in values]
        props: dict = {
            "case_operand_segments": _i32_array([len(values) for _, _, values in cases]),
            "operandSegmentSizes": _i32_array((1, len(default_operands), len(flat))),
        }
        if cases:
            props["case_values"] = DenseIntOrFPElementsAttr(
                VectorType((len(cases),), flag.type), [c[0] for c in cases]
            )
        return cls.create(
            [flag, *default_operands, *flat],
            properties=props,
            successors=[default, *(c[1] for c in cases)],
            location=location,
        )

    def case_operand_groups(self) -> list[list[Value]]:
        """The operands of each case successor, split by `case_operand_segments`."""
        values = self.case_operands
        groups = []
        start = 0
        segments = self.case_operand_segments
        for size in segments.values if segments is not None else ():
            groups.append(values[start : start + size])
            start += size
        return groups

    def verify_(self) -> str | None:
        segments = self.case_operand_segments.values
        if any(v < 0 for v in segments):
            return "'case_operand_segments' attribute cannot have negative elements"
        total = len(self.case_operands)
        if sum(segments) != total:
            return (
                f"caseOperands count ({total}) does not match with the total size "
                f"({sum(segments)}) specified in attribute 'case_operand_segments'"
            )
        values = self.case_values
        dests = len(self.op.successors) - 1
        if values is not None or dests:
            flag_type = self.flag.type
            if values is not None and values.type.element_type != flag_type:
                return (
                    f"'flag' type ('{flag_type}') should match case value type "
                    f"('{values.type.element_type}')"
                )
            count = values.type.num_elements if values is not None else 0
            if count != dests:
                return (
                    f"number of case values ({count}) should match number of case "
                    f"destinations ({dests})"
                )
        groups = [self.default_operands, *self.case_operand_groups()]
        groups.extend([] for _ in range(len(self.op.successors) - len(groups)))
        return verify_successor_operands(self.op, groups)

    # BranchOpInterface
    @staticmethod
    def get_successor_operands(op: Operation, index: int) -> list:
        view = SwitchOp(op)
        if index == 0:
            return view.default_operands
        groups = view.case_operand_groups()
        return groups[index - 1] if index - 1 < len(groups) else []

    # Successor operand editing (pyir.region_simplify)
    @staticmethod
    def get_successor_operand_range(op: Operation, index: int) -> tuple[int, int]:
        default = op.properties["operandSegmentSizes"].values[1]
        if index == 0:
            return (1, default)
        cases = op.properties["case_operand_segments"].values
        return (1 + default + sum(cases[: index - 1]), cases[index - 1])

    @staticmethod
    def erase_successor_operand(op: Operation, index: int, arg_index: int) -> None:
        start, _ = SwitchOp.get_successor_operand_range(op, index)
        sizes = list(op.properties["operandSegmentSizes"].values)
        cases = list(op.properties["case_operand_segments"].values)
        if index == 0:
            sizes[1] -= 1
        else:
            sizes[2] -= 1
            cases[index - 1] -= 1
        props = {
            "operandSegmentSizes": _i32_array(sizes),
            "case_operand_segments": _i32_array(cases),
        }
        _erase_operand(op, start + arg_index, props)

    @staticmethod
    def append_successor_operands(op: Operation, index: int, values: list) -> None:
        start, count = SwitchOp.get_successor_operand_range(op, index)
        sizes = list(op.properties["operandSegmentSizes"].values)
        cases = list(op.properties["case_operand_segments"].values)
        if index == 0:
            sizes[1] += len(values)
        else:
            sizes[2] += len(values)
            cases[index - 1] += len(values)
        props = {
            "operandSegmentSizes": _i32_array(sizes),
            "case_operand_segments": _i32_array(cases),
        }
        _insert_operands(op, start + count, values, props)

    @staticmethod
    def get_successor_for_operands(op: Operation, constants: list) -> Block | None:
        values = SwitchOp(op).case_values
        if values is None:
            return op.successors[0]
        flag = constants[0] if constants else None
        if not isinstance(flag, IntegerAttr):
            return None
        width = flag.type.width if isinstance(flag.type, IntegerType) else 64
        mask = (1 << width) - 1
        for i, case in enumerate(values.values):
            if (int(case) - flag.value) & mask == 0:
                return op.successors[i + 1]
        return op.successors[0]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = SwitchOp(op)
        flag = view.flag
        p.write(" ")
        p.print_operand(flag)
        p.write(" : ")
        p.print_type(flag.type)
        p.write(", [")
        p.increase_indent()
        p.print_newline()
        p.write("default: ")
        _print_successor(p, op.successors[0], view.default_operands)
        values = view.case_values
        if values is not None:
            groups = view.case_operand_groups()
            for i, value in enumerate(values.values):
                p.write(",")
                p.print_newline()
                p.write(f"{_signed(value, values.type.element_type)}: ")
                _print_successor(p, op.successors[i + 1], groups[i] if i < len(groups) else [])
            p.decrease_indent()
            p.print_newline()
        else:
            p.decrease_indent()
        p.write("]")
        p.print_optional_attr_dict(dict(op.attributes))


def _signed(value: Any, type: Any) -> int:
    """A case value as MLIR prints it: sign-extended from the flag's width."""
    v = int(value)
    if isinstance(type, IntegerType) and type.width:
        v &= (1 << type.width) - 1
        if v >> (type.width - 1):
            v -= 1 << type.width
    return v


class AssertOp(OpView):
    """`cf.assert %c, "message"`: aborts with `msg` when the i1 `arg` is false."""

    name = "cf.assert"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    arg = operand(Bool)
    msg = prop(StringAttr)

    @classmethod
    def build(cls, arg: Value, msg: str, location: Any = None) -> Operation:
        return cls.create([arg], properties={"msg": StringAttr(msg)}, location=location)

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("write", None)]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(", ")
        msg = op.properties.get("msg")
        if msg is not None:
            p.print_attribute(msg)
        p.print_optional_attr_dict(dict(op.attributes))


# -- hand-written syntax -------------------------------------------------------------------------
_GRAMMAR = r"""
cf_br: cf_br_kw cf_successor [attribute_dict]
!cf_br_kw: "cf.br"
cf_cond_br: cf_cond_br_kw value_use [cf_weights] "," cf_successor "," cf_successor [attribute_dict]
!cf_cond_br_kw: "cf.cond_br"
cf_weights: "weights" "(" "[" [cf_int ("," cf_int)*] "]" ")"
cf_switch: cf_switch_kw value_use ":" type "," "[" cf_switch_default cf_switch_case* "]" [attribute_dict]
!cf_switch_kw: "cf.switch"
cf_switch_default: "default" ":" cf_successor
cf_switch_case: "," cf_int ":" cf_successor
cf_assert: cf_assert_kw value_use "," attribute_value [attribute_dict]
!cf_assert_kw: "cf.assert"
cf_successor: block_ref ["(" value_use_list ":" type_list ")"]
!cf_int: INTEGER | "-" INTEGER
%extend custom_operation: cf_br | cf_cond_br | cf_switch | cf_assert
"""


def _successor(state: Any) -> Any:
    def build(c: list) -> tuple:
        block, uses, types = c
        if uses is None:
            return (block, [])
        return (block, state.resolve_all(uses, types, state.pos))

    return build


def _int(state: Any) -> Any:
    def build(c: list) -> tuple:
        text = c[-1]
        value = int(text, 16) if text.startswith("0x") else int(text)
        return (-value if len(c) == 2 else value, state.pos)

    return build


def _br(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, (block, values), attrs = c
        state.end_op()
        return BranchOp.create(values, attributes=attrs, successors=[block])

    return build


def _weights(state: Any) -> Any:
    def build(c: list) -> DenseArrayAttr:
        entries = [x for x in c if x is not None]
        for value, pos in entries:
            if not -(2**31) <= value < 2**31:
                raise state.error("integer constant out of range for attribute", pos)
        return _i32_array([value for value, _ in entries])

    return build


def _cond_br(state: Any) -> Any:
    def build(c: list) -> Operation:
        pos, cond_use, weights, (t_block, t_values), (f_block, f_values), attrs = c
        state.end_op()
        cond = state.resolve(cond_use, I1)
        props: dict = {"operandSegmentSizes": _i32_array((1, len(t_values), len(f_values)))}
        if weights is not None:
            props["branch_weights"] = weights
        if attrs and "branch_weights" in attrs:
            raise state.error(
                "custom op 'cf.cond_br' inherent attribute 'branch_weights' cannot be parsed "
                "from attr-dict when strict properties in assembly format is enabled",
                pos,
            )
        return CondBranchOp.create(
            [cond, *t_values, *f_values],
            properties=props,
            attributes=attrs,
            successors=[t_block, f_block],
        )

    return build


def _switch_default(state: Any) -> Any:
    return lambda c: c[0]


def _switch_case(state: Any) -> Any:
    return lambda c: (c[0], c[1])


def _switch(state: Any) -> Any:
    def build(c: list) -> Operation:
        pos, flag_use, flag_type, (d_block, d_values), *rest = c
        attrs = rest[-1]
        cases = rest[:-1]
        state.end_op()
        if not isinstance(flag_type, IntegerType) or flag_type.width == 0:
            raise state.error("custom op 'cf.switch' expected integer flag type", pos)
        flag = state.resolve(flag_use, flag_type)
        width = flag_type.width
        values = []
        for (value, value_pos), _ in cases:
            if not -(1 << (width - 1)) <= value < (1 << width):
                raise state.error(
                    f"custom op 'cf.switch' case value is out of range for '{flag_type}'",
                    value_pos,
                )
            values.append(value)
        flat = [v for _, (_, group) in cases for v in group]
        props: dict = {
            "case_operand_segments": _i32_array([len(group) for _, (_, group) in cases]),
            "operandSegmentSizes": _i32_array((1, len(d_values), len(flat))),
        }
        if values:
            props["case_values"] = DenseIntOrFPElementsAttr(
                VectorType((len(values),), flag_type), values
            )
        return SwitchOp.create(
            [flag, *d_values, *flat],
            properties=props,
            attributes=split_attrs(SwitchOp, attrs, props),
            successors=[d_block, *(block for _, (block, _) in cases)],
        )

    return build


def _assert(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, use, msg, attrs = c
        state.end_op()
        arg = state.resolve(use, I1)
        props = {"msg": msg}
        return AssertOp.create(
            [arg], properties=props, attributes=split_attrs(AssertOp, attrs, props)
        )

    return build


CF_SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "cf_br_kw": keyword_at("cf.br"),
        "cf_cond_br_kw": keyword_at("cf.cond_br"),
        "cf_switch_kw": keyword_at("cf.switch"),
        "cf_assert_kw": keyword_at("cf.assert"),
        "cf_successor": _successor,
        "cf_int": _int,
        "cf_weights": _weights,
        "cf_br": _br,
        "cf_cond_br": _cond_br,
        "cf_switch_default": _switch_default,
        "cf_switch_case": _switch_case,
        "cf_switch": _switch,
        "cf_assert": _assert,
    },
)

DIALECT = Dialect(
    "cf",
    [BranchOp, CondBranchOp, SwitchOp, AssertOp],
    syntax=CF_SYNTAX,
    description="Unstructured control flow: branches, switches and assertions.",
)


def _install_rewrite_hooks() -> None:
    from pyir.dialects import cf_canonicalize

    cf_canonicalize.install(BranchOp, CondBranchOp, SwitchOp, AssertOp)


# Folders and canonicalization patterns load when a pass first asks for them.
defer_hooks(_install_rewrite_hooks, DIALECT.ops)
