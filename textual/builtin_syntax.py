"""Custom syntax of the builtin ops, written through the printer protocol.

`module @name attributes {...} {...}` and `unrealized_conversion_cast %a : A to B`. Each
`print_*` function writes what follows the op name; each `*_printable` guard says whether
the op is well formed enough for its custom form (else the printer uses the generic one).
"""

from __future__ import annotations

from typing import Any

from pyir.core import Operation


def module_printable(op: Operation) -> bool:
    """One region holding one argument-less block, and nothing a module cannot have."""
    regions = op.regions
    return (
        len(regions) == 1
        and len(regions[0].blocks) == 1
        and not regions[0].blocks[0].args
        and not op.operand_slots
        and not op.results
        and not op.successor_slots
    )


def print_module(op: Operation, p: Any) -> None:
    """`module @name <props> attributes {...} {...}` (sym_name first, other properties in
    angle brackets, then the discardable attributes)."""
    props = op.properties
    sym = props.get("sym_name")
    if sym is not None:
        p.write(" ")
        p.print_symbol_name(sym.value)
    rest = {k: v for k, v in props.items() if k != "sym_name"}
    if rest:
        p.write(" <")
        p.print_attr_dict_body(rest)
        p.write(">")
    p.print_optional_attr_dict_with_keyword(op.attributes)
    p.write(" ")
    p.print_region(op.regions[0])


def cast_printable(op: Operation) -> bool:
    """Only operands, results and discardable attributes, as the custom form shows."""
    return not op.properties and not op.regions and not op.successor_slots


def print_cast(op: Operation, p: Any) -> None:
    """`%r = unrealized_conversion_cast %a, %b : A, B to X, Y {attrs}`."""
    slots = op.operand_slots
    if slots:
        p.write(" ")
        p.print_operands([s.value for s in slots])
        p.write(" : ")
        p.print_type_list([s.value.type for s in slots])
    p.write(" to")
    if op.results:
        p.write(" ")
        p.print_type_list([r.type for r in op.results])
    p.print_optional_attr_dict(op.attributes)
