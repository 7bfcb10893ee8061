"""Helpers shared by the `scf` ops: terminator rules, control-flow edge checks, constants.

- `implicit_terminator(name)` makes MLIR's SingleBlockImplicitTerminator trait: every
  non-empty region holds one block ending with the op `name`; the custom syntax may leave
  that terminator out (`ensure_terminator` adds it back when parsing).
- `edge_error` words MLIR's RegionBranchOpInterface check of one control-flow edge: the
  values a branch point forwards must match the successor's inputs in number and type.
- `constant_int(value)` is MLIR's getConstantIntValue: the integer a value is known to be
  when a ConstantLike op with an integer `value` defines it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.core import Block, Operation, OpResult, Region, Value
from pyir.traits import ConstantLike, IsTerminator, Trait
from pyir.traits import (
    RecursiveMemoryEffects as RecursiveMemoryEffects,  # for scf_loops, scf_regions
)


class SingleBlockImplicitTerminator(Trait):
    """Regions hold at most one block, ending with the op named `terminator` (set by
    `implicit_terminator`). Empty regions are fine, as in MLIR."""

    terminator = ""

    @classmethod
    def verify(cls, op: Operation) -> str | None:
        name = cls.terminator
        for i, region in enumerate(op.regions):
            blocks = region.blocks
            if not blocks:
                continue
            if len(blocks) != 1:
                return f"expects region #{i} to have 0 or 1 blocks"
            last = blocks[0].last_op
            if last is None:
                return "expects a non-empty block"
            if last.name != name:
                return f"expects regions to end with '{name}', found '{last.name}'"
        return None


_TERMINATOR_TRAITS: dict[str, type] = {}


def implicit_terminator(name: str) -> type:
    """The SingleBlockImplicitTerminator trait for terminator op `name` (one class per
    name, so ops share it)."""
    trait = _TERMINATOR_TRAITS.get(name)
    if trait is None:
        short = name.replace(".", "_")
        trait = type(
            f"ImplicitTerminator_{short}",
            (SingleBlockImplicitTerminator,),
            {"terminator": name, "__doc__": f"Regions end with '{name}' (implicit in text)."},
        )
        _TERMINATOR_TRAITS[name] = trait
    return trait


class NoRegionArguments(Trait):
    """The entry blocks of the op's regions take no arguments (MLIR's NoRegionArguments)."""

    @staticmethod
    def verify(op: Operation) -> str | None:
        for i, region in enumerate(op.regions):
            if region.blocks and region.blocks[0].args:
                if len(op.regions) == 1:
                    return "region should have no arguments"
                return f"region #{i} should have no arguments"
        return None


def ensure_terminator(region: Region, make: Callable[[], Operation]) -> None:
    """MLIR's ensureRegionTerminator: give `region` a block if it has none, and end its
    last block with `make()` unless it already ends with a terminator."""
    if not region.blocks:
        region.add_block(Block())
    block = region.blocks[-1]
    last = block.last_op
    if last is None or not last.has_trait(IsTerminator):
        block.append(make())


def sized_region_error(op: Operation, index: int, name: str) -> str | None:
    """MLIR's SizedRegion<1> constraint on region `index` (field `name`)."""
    if len(op.regions[index].blocks) != 1:
        return f"region #{index} ('{name}') failed to verify constraint: region with 1 blocks"
    return None


def terminator_of(region: Region) -> Operation | None:
    """The last op of the region's first block (None for an empty region or block)."""
    if not region.blocks:
        return None
    return region.blocks[0].last_op


def edge_error(src: str, dst: str, operands: Sequence[Value], inputs: Sequence[Any]) -> str | None:
    """MLIR's check of one control-flow edge: `operands` (forwarded values) against
    `inputs` (the successor's block arguments or the op's results: values or types)."""
    if len(operands) != len(inputs):
        return (
            f"along control flow edge from {src} to {dst}: region branch point has "
            f"{len(operands)} operands, but region successor needs {len(inputs)} inputs"
        )
    for i, (value, target) in enumerate(zip(operands, inputs)):
        want = target.type if isinstance(target, Value) else target
        if value.type != want:
            return (
                f"along control flow edge from {src} to {dst}: successor operand type #{i} "
                f"'{value.type}' should match successor input type #{i} '{want}'"
            )
    return None


def constant_int(value: Value) -> int | None:
    """The integer `value` holds when a ConstantLike op with an integer `value` attribute
    defines it, else None."""
    if not isinstance(value, OpResult):
        return None
    op = value.op
    if op is None or not op.has_trait(ConstantLike):
        return None
    attr = op.properties.get("value") or op.attributes.get("value")
    return attr.value if isinstance(attr, IntegerAttr) else None


def print_arrow_types(p: Any, types: Sequence[Any], parens: bool) -> None:
    """` -> (t1, t2)`; with `parens` False a single non-function type prints bare (MLIR's
    printOptionalArrowTypeList). Nothing when `types` is empty."""
    if not types:
        return
    p.write(" -> ")
    if not parens and len(types) == 1 and types[0].kind != "builtin.function":
        p.print_type(types[0])
    else:
        p.write("(")
        p.print_type_list(types)
        p.write(")")


def attrs_to_print(op: Operation, elided: Sequence[str] = ()) -> dict:
    """Properties and attributes of `op` for `print_optional_attr_dict`, minus `elided`
    (MLIR's getAttrs() holds the inherent attributes too)."""
    out = dict(op.properties) if op.properties else {}
    if op.attributes:
        out.update(op.attributes)
    for name in elided:
        out.pop(name, None)
    return out
