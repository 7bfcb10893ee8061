"""Mixed static/dynamic index lists: MLIR's `[%a, 4, %b]` operands-or-integers syntax.

Ops such as `memref.subview`, `memref.reinterpret_cast`, `tensor.extract_slice` and
`tensor.pad` take lists whose entries are either compile-time integers or SSA values of
type `index`. MLIR stores such a list in two parts, and so does pyir:

- a *static* part: a property holding a dense i64 array (`array<i64: 0, -92..08, 4>`) with
  one entry per element of the list, where `DYNAMIC` (MLIR's `ShapedType::kDynamic`, the
  smallest int64) marks the entries that are SSA values;
- a *dynamic* part: an operand group holding the SSA values, in list order, one per
  `DYNAMIC` entry of the static part.

The custom syntax merges both: `[%a, 4, %b]` (printed with `print_index_list`). A *mixed*
list is the merged view in Python: a list whose entries are ints or Values.

API (all stable; the tensor dialect builds on it):

    DYNAMIC                                   the sentinel (re-exported from builtin_types)
    is_dynamic(v) -> bool                     v == DYNAMIC
    I64_ARRAY                                 constraint: a dense i64 array attribute
    dense_i64(values) -> DenseArrayAttr       array<i64: ...>
    static_values(attr) -> tuple[int, ...]    the ints of a dense array (() for None)
    merge_mixed(static, dynamic) -> list      ints and Values, in list order
    split_mixed(mixed) -> (static, dynamic)   the inverse: (tuple of ints, list of Values)
    verify_operands_or_integers(name, count, static, dynamic, operands=None, property=None)
                                              MLIR's count checks of one list, its messages
    verify_offset_size_stride(max_ranks, offsets, sizes, strides) -> str | None
                                              MLIR's OffsetSizeAndStrideOpInterface checks
    verify_in_bounds_slice(shape, offsets, sizes, strides) -> str | None
                                              static offsets/sizes/strides inside `shape`
    print_index_list(p, static, dynamic, delimiter="[]")
                                              `[%a, 4]` through the AsmPrinter protocol
    index_list_syntax(prefix, delimiter="[]") -> (grammar, callbacks)
                                              lark rules for one dialect's hand-written
                                              syntax; rule `<prefix>_index_list`
    resolve_index_list(state, parsed, index_type=INDEX) -> (static, dynamic)
                                              turns a parsed list into both parts

The verifiers return None or the message; their messages are `PlainMessage`s (reported
without the `'dialect.op' op` prefix), as MLIR emits them with `emitError`.

Parsing: a dialect's `CustomSyntax` includes the grammar from `index_list_syntax(prefix)`
(each dialect picks its own prefix, so two dialects in one grammar never define the same
rule) and uses `<prefix>_index_list` in its op rules. That rule's value is a
`ParsedIndexList` (ints and unresolved SSA uses); an op callback passes it to
`resolve_index_list` with the parser state to get the static tuple and the operand Values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pyir.builtin_attributes import DenseArrayAttr
from pyir.builtin_types import DYNAMIC, INDEX, IntegerType
from pyir.constraints import Predicate
from pyir.verifier import PlainMessage

__all__ = [
    "DYNAMIC",
    "I64_ARRAY",
    "ParsedIndexList",
    "dense_i64",
    "index_list_syntax",
    "is_dynamic",
    "merge_mixed",
    "print_index_list",
    "resolve_index_list",
    "split_mixed",
    "static_values",
    "verify_in_bounds_slice",
    "verify_offset_size_stride",
    "verify_operands_or_integers",
]

_I64 = IntegerType(64)
_INT64_MIN = -(2**63)
_INT64_MAX = 2**63 - 1

#: A dense i64 array attribute (the static part of a mixed list), as MLIR's
#: DenseI64ArrayAttr constraint describes it.
I64_ARRAY = Predicate(
    lambda a: isinstance(a, DenseArrayAttr) and a.element_type == _I64,
    "i64 dense array attribute",
)


def is_dynamic(value: int) -> bool:
    """Whether a static entry stands for an SSA value (is `DYNAMIC`)."""
    return value == DYNAMIC


def dense_i64(values: Iterable[int]) -> DenseArrayAttr:
    """`array<i64: ...>` holding `values` (the static part of a mixed list)."""
    return DenseArrayAttr(_I64, tuple(values))


def static_values(attr: Any) -> tuple[int, ...]:
    """The integers of a dense array attribute; () when `attr` is None or not an array."""
    if isinstance(attr, DenseArrayAttr):
        return tuple(attr.values)
    return ()


def merge_mixed(static: Sequence[int], dynamic: Sequence[Any]) -> list:
    """The mixed list: each `DYNAMIC` entry of `static` replaced by the next dynamic value.

    Missing dynamic values (an op that failed to verify) leave `DYNAMIC` in place.
    """
    out: list = []
    values = iter(dynamic)
    for v in static:
        if v == DYNAMIC:
            out.append(next(values, DYNAMIC))
        else:
            out.append(v)
    return out


def split_mixed(mixed: Iterable[Any]) -> tuple[tuple[int, ...], list]:
    """(static ints with `DYNAMIC` for each value, the values in order) of a mixed list."""
    static: list[int] = []
    dynamic: list = []
    for entry in mixed:
        if isinstance(entry, int) and not isinstance(entry, bool):
            static.append(entry)
        else:
            static.append(DYNAMIC)
            dynamic.append(entry)
    return tuple(static), dynamic


def verify_operands_or_integers(
    name: str,
    count: int,
    static: Sequence[int],
    dynamic: Sequence[Any],
    operands: str | None = None,
    property: str | None = None,
) -> str | None:
    """MLIR's check of one mixed list: `count` static entries, and one dynamic value per
    `DYNAMIC` entry. `name` is singular ("offset"); the messages name the operand group
    `operands` (default: `name` + "s") and the property `property` (default: "static_"
    + `operands`)."""
    if len(static) != count:
        return PlainMessage(f"expected {count} {name} values, got {len(static)}")
    expected = sum(1 for v in static if v == DYNAMIC)
    if len(dynamic) != expected:
        operands = operands or name + "s"
        property = property or "static_" + operands
        return PlainMessage(
            f"expected the number of '{operands}' to match the number of dynamic entries "
            f"in '{property}' ({len(dynamic)} vs {expected})"
        )
    return None


def verify_offset_size_stride(
    max_ranks: tuple[int, int, int],
    offsets: tuple[Sequence[int], Sequence[Any]],
    sizes: tuple[Sequence[int], Sequence[Any]],
    strides: tuple[Sequence[int], Sequence[Any]],
) -> str | None:
    """MLIR's checks of an op with mixed offsets, sizes and strides (its
    OffsetSizeAndStrideOpInterface and the operand/property agreement). Each list is
    (static, dynamic); `max_ranks` is the expected length of each (the source rank,
    usually). Checks, in MLIR's order: one dynamic value per `DYNAMIC` entry (sizes,
    strides, then offsets), the three lists have one rank (offsets may have a single entry
    when its max rank is 1), their lengths, and non-negative static offsets and sizes."""
    for name, (static, dynamic) in (("sizes", sizes), ("strides", strides), ("offsets", offsets)):
        expected = sum(1 for v in static if v == DYNAMIC)
        if len(dynamic) != expected:
            return PlainMessage(
                f"expected the number of '{name}' to match the number of dynamic entries in "
                f"'static_{name}' ({len(dynamic)} vs {expected})"
            )
    n_offsets, n_sizes, n_strides = len(offsets[0]), len(sizes[0]), len(strides[0])
    if not (n_offsets == 1 and max_ranks[0] == 1) and n_offsets != n_sizes:
        return PlainMessage(
            f"expected mixed offsets rank to match mixed sizes rank ({n_offsets} vs "
            f"{n_sizes}) so the rank of the result type is well-formed."
        )
    if n_sizes != n_strides:
        return PlainMessage(
            f"expected mixed sizes rank to match mixed strides rank ({n_sizes} vs "
            f"{n_strides}) so the rank of the result type is well-formed."
        )
    for name, count, (static, dynamic) in zip(
        ("offset", "size", "stride"), max_ranks, (offsets, sizes, strides)
    ):
        message = verify_operands_or_integers(name, count, static, dynamic)
        if message is not None:
            return message
    for name, (static, _) in (("offsets", offsets), ("sizes", sizes)):
        for v in static:
            if v < 0 and v != DYNAMIC:
                return PlainMessage(f"expected {name} to be non-negative, but got {v}")
    return None


def verify_in_bounds_slice(
    shape: Sequence[int],
    offsets: Sequence[int],
    sizes: Sequence[int],
    strides: Sequence[int],
) -> str | None:
    """MLIR's verifyInBoundsSlice on the static parts of a slice of a `shape`: every
    static offset lies inside its static dimension, and so does the last element the
    slice reaches (`offset + (size - 1) * stride`). Dynamic entries are not checked."""
    for i, dim in enumerate(shape):
        if dim == DYNAMIC or i >= len(offsets) or offsets[i] == DYNAMIC:
            continue
        if offsets[i] >= dim:
            return PlainMessage(f"offset {i} is out-of-bounds: {offsets[i]} >= {dim}")
        if i >= len(sizes) or i >= len(strides):
            continue
        if sizes[i] == DYNAMIC or strides[i] == DYNAMIC:
            continue
        last = offsets[i] + (sizes[i] - 1) * strides[i]
        if last >= dim:
            return PlainMessage(f"slice along dimension {i} runs out-of-bounds: {last} >= {dim}")
    return None


def print_index_list(
    p: Any, static: Sequence[int], dynamic: Sequence[Any], delimiter: str = "[]"
) -> None:
    """Print `[%a, 4, %b]` (MLIR's printDynamicIndexList): `delimiter` is "[]", "()" or
    "<>"; an empty list prints as the bare delimiters."""
    p.write(delimiter[0])
    values = iter(dynamic)
    for i, v in enumerate(static):
        if i:
            p.write(", ")
        if v == DYNAMIC:
            value = next(values, None)
            if value is None:
                p.write("<<MISSING VALUE>>")
            else:
                p.print_operand(value)
        else:
            p.write(str(v))
    p.write(delimiter[1])


# -- parsing -------------------------------------------------------------------------------------
class ParsedIndexList(list):
    """A parsed mixed list before its SSA uses are resolved: ints and (name, offset) uses.

    `pos` is the source offset of the list's opening delimiter.
    """

    pos: int = 0


_DELIMITERS = {"[]": ('"["', '"]"'), "()": ('"("', '")"'), "<>": ('"<"', '">"')}


def index_list_syntax(prefix: str, delimiter: str = "[]") -> tuple[str, dict[str, Any]]:
    """Lark rules (and their callback factories) for a mixed list in `delimiter`.

    Defines `<prefix>_index_list` (plus helper rules starting with `<prefix>_index_`) for
    inclusion in a dialect's `CustomSyntax`; its value is a `ParsedIndexList`. Entries are
    SSA uses, integers (decimal or hex) or negative integers. Use a distinct prefix per
    delimiter.
    """
    if delimiter not in _DELIMITERS:
        raise ValueError(f"delimiter must be one of {sorted(_DELIMITERS)}, got {delimiter!r}")
    if not prefix.replace("_", "").isalnum() or not prefix[0].isalpha() or prefix != prefix.lower():
        raise ValueError(f"prefix must be a lowercase identifier, got {prefix!r}")
    open_, close = _DELIMITERS[delimiter]
    lst, entry = f"{prefix}_index_list", f"{prefix}_index_entry"
    grammar = (
        f'{lst}: {open_} [{entry} ("," {entry})*] {close}\n'
        f"{entry}: value_use -> {prefix}_index_value\n"
        f"    | INTEGER -> {prefix}_index_int\n"
        f'    | "-" INTEGER -> {prefix}_index_neg\n'
    )

    def list_factory(state: Any) -> Any:
        def build(children: list) -> ParsedIndexList:
            out = ParsedIndexList(c for c in children if c is not None)
            out.pos = state.pos
            return out

        return build

    def value_factory(state: Any) -> Any:
        return lambda children: children[0]

    def int_factory(negative: bool) -> Any:
        def factory(state: Any) -> Any:
            def build(children: list) -> int:
                text = str(children[0])
                value = int(text, 16) if text.startswith("0x") else int(text)
                value = -value if negative else value
                if not _INT64_MIN <= value <= _INT64_MAX:
                    pending = getattr(state, "pending_ops", None)
                    prefix = f"custom op '{pending[-1]}' " if pending else ""
                    raise state.error(prefix + "integer value too large", state.pos)
                return value

            return build

        return factory

    callbacks = {
        lst: list_factory,
        f"{prefix}_index_value": value_factory,
        f"{prefix}_index_int": int_factory(False),
        f"{prefix}_index_neg": int_factory(True),
    }
    return grammar, callbacks


def resolve_index_list(
    state: Any, parsed: Sequence[Any] | None, index_type: Any = INDEX
) -> tuple[tuple[int, ...], list]:
    """(static part, dynamic Values) of a parsed list; every SSA use is resolved with type
    `index_type` through the parser state (`state.resolve`)."""
    static: list[int] = []
    dynamic: list = []
    for entry in parsed or ():
        if isinstance(entry, int):
            static.append(entry)
        else:
            static.append(DYNAMIC)
            dynamic.append(state.resolve(entry, index_type))
    return tuple(static), dynamic
