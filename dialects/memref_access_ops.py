"""memref element access and whole-buffer ops: `load`, `store`, `atomic_rmw`, `dim`,
`rank`, `copy` and `cast`.

Syntax (as mlir-opt prints it):

    %v = memref.load %m[%i, %j] alignment(4) nontemporal(true) : memref<4x4xf32>
    memref.store %v, %m[%i, %j] : memref<4x4xf32>
    %old = memref.atomic_rmw addf %v, %m[%i] : (f32, memref<4xf32>) -> f32
    %d = memref.dim %m, %c0 : memref<?xf32>
    %r = memref.rank %u : memref<*xf32>
    memref.copy %a, %b : memref<4xf32> to memref<4xf32>
    %c = memref.cast %m : memref<4xf32> to memref<?xf32>

`alignment(...)`, `nontemporal(...)` and (load only) `invariant(...)` may come in any order,
each at most once; `nontemporal` and `invariant` print only when true.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr, bool_attr
from pyir.builtin_types import INDEX, FloatType, IntegerType, MemRefType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.memref_common import (
    ALIGNMENT,
    ANY_MEMREF,
    ANY_RANKED_OR_UNRANKED,
    DIM_SOURCE,
    INDEX_TYPE,
    VARIADIC_INDEX,
    build_op,
    combine,
    expect_memref,
    i64_attr,
    keyword_rule,
    print_attr_dict,
)
from pyir.dialects.memref_layout import cast_compatible
from pyir.dialects.syntax_common import print_subscript
from pyir.opdef import OpView, operand, prop, result, var_operand
from pyir.traits import MemoryEffects, NoMemoryEffect, Pure

_BOOL = Predicate(
    lambda a: isinstance(a, IntegerAttr) and a.type == IntegerType(1), "bool attribute"
)


def _indices_error(memref_type: Any, count: int) -> str | None:
    rank = len(memref_type.shape)
    if count != rank:
        return f"invalid number of indices for accessed memref, expected {rank} but got {count}"
    return None


def _print_access_flags(op: Operation, p: Any) -> None:
    alignment = op.properties.get("alignment")
    if alignment is not None:
        p.write(f" alignment({alignment.value})")
    nontemporal = op.properties.get("nontemporal")
    if nontemporal is not None and getattr(nontemporal, "value", 0):
        p.write(" nontemporal(true)")
    invariant = op.properties.get("invariant")  # memref.load only
    if invariant is not None and getattr(invariant, "value", 0):
        p.write(" invariant(true)")


# -- load / store -------------------------------------------------------------------------------
def _print_access(op: Operation, p: Any, base: int) -> None:
    """The custom form of load (`base` 0) and store (`base` 1, after the stored value):
    ` [%v, ]%m[%i, ...] [flags] {attrs} : memref<...>`."""
    operands = op.operands
    p.write(" ")
    if base:
        p.print_operand(operands[0])
        p.write(", ")
    print_subscript(p, operands[base], operands[base + 1 :])
    _print_access_flags(op, p)
    print_attr_dict(op, p)
    p.write(" : ")
    p.print_type(operands[base].type)


class LoadOp(OpView):
    """`%v = memref.load %m[%i, ...] : memref<...>`: one element.

    Invariants (verified): one index per dimension; the result type is the element type.
    """

    name = "memref.load"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    memref = operand(ANY_MEMREF)
    indices = var_operand(VARIADIC_INDEX)
    nontemporal = prop(_BOOL, optional=True)
    alignment = prop(ALIGNMENT, optional=True)
    invariant = prop(_BOOL, optional=True)
    result = result()

    @classmethod
    def build(cls, memref: Any, indices: list, nontemporal: bool = False) -> Operation:
        props = {"nontemporal": bool_attr(True)} if nontemporal else {}
        return cls.create(
            operands=[memref, *indices],
            result_types=[memref.type.element_type],
            properties=props,
        )

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[0])]

    def verify_(self) -> str | None:
        t = self.op.operands[0].type
        if self.op.results[0].type != t.element_type:
            return "failed to verify that result type matches element type of 'memref'"
        return _indices_error(t, len(self.op.operands) - 1)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        _print_access(op, p, 0)


class StoreOp(OpView):
    """`memref.store %v, %m[%i, ...] : memref<...>`: writes one element.

    Invariants (verified): one index per dimension; the value's type is the element type.
    """

    name = "memref.store"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    value = operand()
    memref = operand(ANY_MEMREF)
    indices = var_operand(VARIADIC_INDEX)
    nontemporal = prop(_BOOL, optional=True)
    alignment = prop(ALIGNMENT, optional=True)

    @classmethod
    def build(cls, value: Any, memref: Any, indices: list, nontemporal: bool = False) -> Operation:
        props = {"nontemporal": bool_attr(True)} if nontemporal else {}
        return cls.create(operands=[value, memref, *indices], properties=props)

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("write", op.operands[1])]

    def verify_(self) -> str | None:
        t = self.op.operands[1].type
        if self.op.operands[0].type != t.element_type:
            return "failed to verify that type of 'value' matches element type of 'memref'"
        return _indices_error(t, len(self.op.operands) - 2)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        _print_access(op, p, 1)


def _access_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_load: memref_load_kw value_use "[" [value_use_list] "]" memref_load_flag* '
        '[memref_attrs] ":" memref_typed\n'
        'memref_store: memref_store_kw value_use "," value_use "[" [value_use_list] "]" '
        'memref_flag* [memref_attrs] ":" memref_typed\n'
        'memref_flag: "alignment" "(" memref_int ")"      -> memref_flag_alignment\n'
        '    | "nontemporal" "(" memref_bool ")"          -> memref_flag_nontemporal\n'
        'memref_load_flag: "alignment" "(" memref_int ")" -> memref_flag_alignment\n'
        '    | "nontemporal" "(" memref_bool ")"          -> memref_flag_nontemporal\n'
        '    | "invariant" "(" memref_bool ")"            -> memref_flag_invariant\n'
        'memref_bool: "true" -> memref_true\n'
        '    | "false" -> memref_false\n'
        "    | memref_not_bool\n"
        "memref_not_bool: INTEGER | STRING | BARE_ID\n"
        "%extend custom_operation: memref_load\n"
        "%extend custom_operation: memref_store\n"
    )

    def flag(kind: str) -> Any:
        def factory(state: Any) -> Any:
            return lambda children: (kind, children[0], state.pos)

        return factory

    def not_bool(state: Any) -> Any:
        def fail(children: list) -> None:
            pending = getattr(state, "pending_ops", None) or ["memref.load"]
            raise state.error(f"custom op '{pending[-1]}' expected boolean attribute", state.pos)

        return fail

    def flags_to_props(state: Any, name: str, flags: list) -> dict:
        props: dict = {}
        for kind, value, pos in flags:
            if kind in props:
                raise state.error(
                    f"custom op '{name}' `{kind}` clause can appear at most once in the "
                    "expansion of the oilist directive",
                    pos,
                )
            props[kind] = i64_attr(value) if kind == "alignment" else bool_attr(value)
        return props

    def load(state: Any) -> Any:
        def build(children: list) -> Operation:
            memref_use, indices = children[1], children[2] or []
            flags, attrs, typed = children[3:-2], children[-2], children[-1]
            t = expect_memref(state, typed)
            props = flags_to_props(state, "memref.load", flags)
            operands = [state.resolve(memref_use, t)]
            operands += state.resolve_all(indices, [INDEX] * len(indices), state.pos)
            return build_op(state, LoadOp, operands, [t.element_type], props, attrs)

        return build

    def store(state: Any) -> Any:
        def build(children: list) -> Operation:
            value_use, memref_use, indices = children[1], children[2], children[3] or []
            flags, attrs, typed = children[4:-2], children[-2], children[-1]
            t = expect_memref(state, typed)
            props = flags_to_props(state, "memref.store", flags)
            operands = [state.resolve(value_use, t.element_type), state.resolve(memref_use, t)]
            operands += state.resolve_all(indices, [INDEX] * len(indices), state.pos)
            return build_op(state, StoreOp, operands, [], props, attrs)

        return build

    callbacks = {
        "memref_flag_alignment": flag("alignment"),
        "memref_flag_nontemporal": flag("nontemporal"),
        "memref_flag_invariant": flag("invariant"),
        "memref_true": lambda state: lambda children: True,
        "memref_false": lambda state: lambda children: False,
        "memref_not_bool": not_bool,
        "memref_load": load,
        "memref_store": store,
    }
    return combine(
        (grammar, callbacks),
        keyword_rule("memref_load_kw", "memref.load"),
        keyword_rule("memref_store_kw", "memref.store"),
    )


# -- atomic_rmw ---------------------------------------------------------------------------------
#: MLIR's arith::AtomicRMWKind: the keyword and the integer stored in `kind`.
ATOMIC_RMW_KINDS = (
    "addf",
    "addi",
    "andi",
    "assign",
    "maximumf",
    "maxnumf",
    "maxs",
    "maxu",
    "minimumf",
    "minnumf",
    "mins",
    "minu",
    "mulf",
    "muli",
    "ori",
    "xori",
)
# MLIR checks the value type of these kinds only (not of assign, maxnumf and minnumf).
_FLOAT_KINDS = frozenset({"addf", "maximumf", "minimumf", "mulf"})
_INTEGER_KINDS = frozenset({"addi", "andi", "maxs", "maxu", "mins", "minu", "muli", "ori", "xori"})


def _int_or_float(t: Any) -> bool:
    return isinstance(t, FloatType) or (isinstance(t, IntegerType) and t.signedness == "signless")


_INT_OR_FLOAT = Predicate(_int_or_float, "signless integer or floating-point")
_INT_OR_FLOAT_MEMREF = Predicate(
    lambda t: isinstance(t, MemRefType) and _int_or_float(t.element_type),
    "memref of signless integer or floating-point values",
)
_KIND = Predicate(
    lambda a: (
        isinstance(a, IntegerAttr)
        and a.type == IntegerType(64)
        and 0 <= a.value < len(ATOMIC_RMW_KINDS)
    ),
    "allowed 64-bit signless integer cases: " + ", ".join(str(i) for i in range(16)),
)


class AtomicRMWOp(OpView):
    """`%old = memref.atomic_rmw <kind> %v, %m[%i] : (f32, memref<4xf32>) -> f32`: an
    atomic read-modify-write returning the old value.

    `kind` is stored as MLIR stores it, an i64 holding the position of the keyword in
    `ATOMIC_RMW_KINDS`. Invariants (verified): the value, the result and the element type
    are one type; one index per dimension; float kinds need a float type, integer kinds
    an integer type.
    """

    name = "memref.atomic_rmw"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    value = operand(_INT_OR_FLOAT)
    memref = operand(_INT_OR_FLOAT_MEMREF)
    indices = var_operand(VARIADIC_INDEX)
    kind = prop(_KIND)
    result = result(_INT_OR_FLOAT)

    @classmethod
    def build(cls, kind: str, value: Any, memref: Any, indices: list) -> Operation:
        return cls.create(
            operands=[value, memref, *indices],
            result_types=[value.type],
            properties={"kind": i64_attr(ATOMIC_RMW_KINDS.index(kind))},
        )

    @property
    def kind_name(self) -> str:
        return ATOMIC_RMW_KINDS[self.kind.value]

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[1]), ("write", op.operands[1])]

    def verify_(self) -> str | None:
        value_type = self.op.operands[0].type
        memref_type = self.op.operands[1].type
        if value_type != memref_type.element_type:
            return "failed to verify that value type matches element type of memref"
        if self.op.results[0].type != value_type:
            return "failed to verify that all of {value, result} have same type"
        message = _indices_error(memref_type, len(self.op.operands) - 2)
        if message is not None:
            return message
        kind = self.kind_name
        if kind in _FLOAT_KINDS and not isinstance(value_type, FloatType):
            return f"with kind '{kind}' expects a floating-point type"
        if kind in _INTEGER_KINDS and not isinstance(value_type, IntegerType):
            return f"with kind '{kind}' expects an integer type"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        operands = op.operands
        p.write(" " + ATOMIC_RMW_KINDS[op.properties["kind"].value] + " ")
        p.print_operand(operands[0])
        p.write(", ")
        print_subscript(p, operands[1], operands[2:])
        print_attr_dict(op, p)
        p.write(" : (")
        p.print_type(operands[0].type)
        p.write(", ")
        p.print_type(operands[1].type)
        p.write(") -> ")
        p.print_type(op.results[0].type)


def _atomic_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_atomic_rmw: memref_atomic_rmw_kw memref_rmw_kind value_use "," value_use '
        '"[" [value_use_list] "]" [memref_attrs] ":" "(" type "," memref_typed ")" "->" type\n'
        "memref_rmw_kind: BARE_ID | STRING\n"
        "%extend custom_operation: memref_atomic_rmw\n"
    )

    def kind(state: Any) -> Any:
        def build(children: list) -> int:
            text = str(children[0])
            if text.startswith('"'):
                text = text[1:-1]
            if text not in ATOMIC_RMW_KINDS:
                raise state.error(
                    "custom op 'memref.atomic_rmw' expected string or keyword containing one "
                    "of the following enum values for attribute 'kind' ["
                    + ", ".join(ATOMIC_RMW_KINDS)
                    + "]",
                    state.pos,
                )
            return ATOMIC_RMW_KINDS.index(text)

        return build

    def atomic(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, kind_value, value_use, memref_use, indices, attrs, vt, typed, rt = children
            t = expect_memref(state, typed)
            indices = indices or []
            operands = [state.resolve(value_use, vt), state.resolve(memref_use, t)]
            operands += state.resolve_all(indices, [INDEX] * len(indices), state.pos)
            props = {"kind": i64_attr(kind_value)}
            return build_op(state, AtomicRMWOp, operands, [rt], props, attrs)

        return build

    return combine(
        (grammar, {"memref_rmw_kind": kind, "memref_atomic_rmw": atomic}),
        keyword_rule("memref_atomic_rmw_kw", "memref.atomic_rmw"),
    )


# -- dim / rank ---------------------------------------------------------------------------------
class DimOp(OpView):
    """`%d = memref.dim %m, %i : memref<...>`: the size of dimension `%i`."""

    name = "memref.dim"
    traits = (NoMemoryEffect,)
    hand_written_syntax = True
    source = operand(DIM_SOURCE)
    index = operand(INDEX_TYPE)
    result = result(INDEX_TYPE)

    @classmethod
    def build(cls, source: Any, index: Any) -> Operation:
        return cls.create(operands=[source, index], result_types=[INDEX])

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["dim"]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        print_attr_dict(op, p)
        p.write(" ")
        p.print_operands(op.operands)
        p.write(" : ")
        p.print_type(op.operands[0].type)


def _dim_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_dim: memref_dim_kw [memref_attrs] value_use "," value_use ":" memref_typed\n'
        "%extend custom_operation: memref_dim\n"
    )

    def dim(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, attrs, source, index, typed = children
            t = typed[0]
            operands = [state.resolve(source, t), state.resolve(index, INDEX)]
            return build_op(state, DimOp, operands, [INDEX], {}, attrs)

        return build

    return combine((grammar, {"memref_dim": dim}), keyword_rule("memref_dim_kw", "memref.dim"))


class RankOp(OpView):
    """`%r = memref.rank %m : memref<...>`: the rank, as an index."""

    name = "memref.rank"
    traits = (Pure,)
    memref = operand(ANY_RANKED_OR_UNRANKED)
    result = result(INDEX_TYPE)
    assembly_format = "$memref attr-dict `:` type($memref)"

    @classmethod
    def infer_result_types(cls, operands: list, attrs: dict) -> list:
        return [INDEX]


# -- copy / cast --------------------------------------------------------------------------------
class CopyOp(OpView):
    """`memref.copy %src, %dst : memref<...> to memref<...>`: copies all elements.

    Invariants (verified): both operands have the same element type and shape.
    """

    name = "memref.copy"
    traits = (MemoryEffects,)
    source = operand(ANY_RANKED_OR_UNRANKED)
    target = operand(ANY_RANKED_OR_UNRANKED)
    assembly_format = "$source `,` $target attr-dict `:` type($source) `to` type($target)"

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[0]), ("write", op.operands[1])]

    def verify_(self) -> str | None:
        a, b = self.op.operands[0].type, self.op.operands[1].type
        shape_a, shape_b = getattr(a, "shape", None), getattr(b, "shape", None)
        if shape_a is not None and shape_b is not None:
            if len(shape_a) != len(shape_b) or any(
                x != y and x >= 0 and y >= 0 for x, y in zip(shape_a, shape_b)
            ):
                return "requires the same shape for all operands"
        if a.element_type != b.element_type:
            return "requires the same element type for all operands"
        return None


class CastOp(OpView):
    """`%c = memref.cast %m : memref<4xf32> to memref<?xf32>`: changes static information
    (sizes, strides, offset, rank knowledge) without changing the data.

    Invariant (verified): the types are cast compatible (`memref_layout.cast_compatible`).
    """

    name = "memref.cast"
    traits = (Pure,)
    source = operand(ANY_RANKED_OR_UNRANKED)
    dest = result(ANY_RANKED_OR_UNRANKED)
    assembly_format = "$source attr-dict `:` type($source) `to` type($dest)"

    @classmethod
    def build(cls, source: Any, result_type: Any) -> Operation:
        return cls.create(operands=[source], result_types=[result_type])

    @staticmethod
    def asm_result_names(op: Operation) -> list:
        return ["cast"]

    def verify_(self) -> str | None:
        a, b = self.op.operands[0].type, self.op.results[0].type
        if not cast_compatible(a, b):
            return f"operand type '{a}' and result type '{b}' are cast incompatible"
        return None


GRAMMARS = (_access_syntax(), _atomic_syntax(), _dim_syntax())

OPS = (LoadOp, StoreOp, AtomicRMWOp, DimOp, RankOp, CopyOp, CastOp)

__all__ = [
    "ATOMIC_RMW_KINDS",
    "AtomicRMWOp",
    "CastOp",
    "CopyOp",
    "DimOp",
    "LoadOp",
    "RankOp",
    "StoreOp",
]
