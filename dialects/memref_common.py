"""Shared pieces of the memref dialect: type constraints with MLIR's descriptions, the
alignment property, and helpers for the hand-written syntax of its ops.

Hand-written op syntax (pyir.asm.CustomSyntax) is a lark rule per op plus callbacks that
build the op. The helpers here keep those callbacks short:

- `keyword_rule(name)`: the grammar and callback of the rule spelling the op name, which
  tells the parser an op starts (`begin_op`);
- `typed_rule(prefix)`: a `type` together with its source offset, for errors that point
  at the type;
- `build_op(state, cls, ...)`: ends the op, checks the attribute dictionary as MLIR's
  strict-properties parser does (an inherent attribute may not be spelled there), and
  creates the operation;
- `print_attr_dict(op, p)`: the discardable attributes, as `attr-dict` prints them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import INDEX, IntegerType, MemRefType, UnrankedMemRefType
from pyir.constraints import EqualTo, Predicate
from pyir.core import Operation
from pyir.dialects.memref_layout import is_strided

_I64 = IntegerType(64)

# -- constraints (descriptions are MLIR's, so messages match) -----------------------------------
#: A ranked memref (MLIR's AnyMemRef).
ANY_MEMREF = Predicate(lambda t: isinstance(t, MemRefType), "memref of any non-token type values")
#: A ranked or unranked memref (MLIR's AnyRankedOrUnrankedMemRef).
ANY_RANKED_OR_UNRANKED = Predicate(
    lambda t: isinstance(t, (MemRefType, UnrankedMemRefType)),
    "ranked or unranked memref of any non-token type values",
)
#: A ranked memref with a strided layout.
STRIDED_MEMREF = Predicate(
    lambda t: isinstance(t, MemRefType) and is_strided(t),
    "strided memref of any non-token type values",
)
#: A ranked memref with a static shape.
STATIC_MEMREF = Predicate(
    lambda t: isinstance(t, MemRefType) and t.has_static_shape,
    "statically shaped memref of any non-token type values",
)
#: An unranked memref or a memref of rank >= 1 (the source of `memref.dim`).
DIM_SOURCE = Predicate(
    lambda t: isinstance(t, UnrankedMemRefType) or (isinstance(t, MemRefType) and t.shape != ()),
    "unranked.memref of any non-token type values or non-0-ranked.memref of any non-token "
    "type values",
)
#: `index`, and a variadic group of `index` (ODS names the group in the message).
INDEX_TYPE = EqualTo(INDEX)
INDEX_TYPE.description = "index"
VARIADIC_INDEX = Predicate(lambda t: t == INDEX, "variadic of index")


def _positive_power_of_two(a: Any) -> bool:
    if not isinstance(a, IntegerAttr) or a.type != _I64:
        return False
    return a.value > 0 and a.value & (a.value - 1) == 0


#: The optional `alignment` property of alloc, alloca, global, load and store.
ALIGNMENT = Predicate(
    _positive_power_of_two,
    "64-bit signless integer attribute whose value is positive and whose value is a power "
    "of two > 0",
)


def i64_attr(value: int) -> IntegerAttr:
    """`value : i64`."""
    return IntegerAttr(value, _I64)


# -- parsing helpers ----------------------------------------------------------------------------
def keyword_rule(rule: str, op_name: str) -> tuple[str, dict[str, Any]]:
    """`!<rule>: "<op_name>"` and its callback, which starts the op."""

    def factory(state: Any) -> Any:
        def push(children: list) -> str:
            state.begin_op(op_name)
            return op_name

        return push

    return f'!{rule}: "{op_name}"\n', {rule: factory}


def typed_rule(rule: str) -> tuple[str, dict[str, Any]]:
    """`<rule>: type`, whose value is (type, source offset)."""

    def factory(state: Any) -> Any:
        return lambda children: (children[0], state.pos)

    return f"{rule}: type\n", {rule: factory}


def int_rule(rule: str) -> tuple[str, dict[str, Any]]:
    """`<rule>: INTEGER`, whose value is the int."""

    def factory(state: Any) -> Any:
        def build(children: list) -> int:
            text = str(children[0])
            value = int(text, 16) if text.startswith("0x") else int(text)
            if value >= 2**63:
                raise state.error("integer value too large", state.pos)
            return value

        return build

    return f"{rule}: INTEGER\n", {rule: factory}


def attrs_rule(rule: str) -> tuple[str, dict[str, Any]]:
    """`<rule>: attribute_dict`, whose value is (dict, source offset)."""

    def factory(state: Any) -> Any:
        return lambda children: (children[0] or {}, state.pos)

    return f"{rule}: attribute_dict\n", {rule: factory}


def expect_memref(state: Any, typed: tuple[Any, int], ranked_only: bool = True) -> Any:
    """The type of `typed` (a `typed_rule` value); a parse error unless it is a memref
    (ranked, or either kind when not `ranked_only`)."""
    t, pos = typed
    allowed = (MemRefType,) if ranked_only else (MemRefType, UnrankedMemRefType)
    if not isinstance(t, allowed):
        pending = getattr(state, "pending_ops", None)
        prefix = f"custom op '{pending[-1]}' " if pending else ""
        expected = "builtin.memref" if ranked_only else "memref"
        raise state.error(
            f"{prefix}invalid kind of type specified: expected {expected}, but found '{t}'", pos
        )
    return t


def build_op(
    state: Any,
    cls: Any,
    operands: Sequence[Any],
    result_types: Sequence[Any],
    properties: dict,
    attr_dict: tuple[dict, int] | None,
) -> Operation:
    """End the op being parsed and create it. `attr_dict` is an `attrs_rule` value (or
    None); its keys naming one of the op's properties are rejected, as MLIR's parser does
    under strict properties."""
    name = state.end_op()
    attributes, pos = attr_dict if attr_dict is not None else ({}, state.pos)
    attributes = dict(attributes)
    inherent = {d.name for d in cls.property_defs} | {"operandSegmentSizes"}
    for key in attributes:
        if key in inherent:
            raise state.error(
                f"custom op '{name}' inherent attribute '{key}' cannot be parsed from attr-dict "
                "when strict properties in assembly format is enabled",
                pos,
            )
    return cls.create(
        operands=operands,
        result_types=result_types,
        properties=properties,
        attributes=attributes,
    )


def combine(*parts: tuple[str, dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    """Join (grammar, callbacks) pairs."""
    grammar = "".join(p[0] for p in parts)
    callbacks: dict[str, Any] = {}
    for p in parts:
        callbacks.update(p[1])
    return grammar, callbacks


# -- printing helpers ---------------------------------------------------------------------------
def print_attr_dict(op: Operation, p: Any) -> None:
    """` {attr = value, ...}` of the discardable attributes, if any."""
    if op.attributes:
        p.print_optional_attr_dict(dict(op.attributes))


def print_operand_list(p: Any, values: Sequence[Any], open_: str, close: str) -> None:
    p.write(open_)
    p.print_operands(values)
    p.write(close)
