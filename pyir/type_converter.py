"""Type conversion for the dialect-conversion framework (MLIR's TypeConverter).

A `TypeConverter` says what each type becomes in the target type system and how to
bridge the two systems with ops when a value of one kind meets a user of the other.

Conversions are callbacks `fn(type)`, tried from the most recently added to the first:

    None                  "not mine": try the next callback
    a Type                1:1 conversion (returning the type itself says it is legal)
    a list/tuple of types 1:N conversion (an empty one drops the type)
    False                 the type cannot be converted (no further callback is tried)

Results are cached per type (callbacks must be pure functions of the type).

Materializations build the ops that bridge types, also tried newest first; each returns a
Value (a list of values for 1:N target materializations) or None to pass:

    source    fn(builder, type, inputs, location): target-typed `inputs` -> one value of
              the original `type` (for users that were not converted)
    target    fn(builder, type, inputs, location): original-typed inputs -> a value of the
              converted `type` (for converted users of unconverted producers);
              registered with `one_to_n=True` it is fn(builder, types, inputs, location)
              and returns one value per type of a 1:N conversion
    argument  like source, for block arguments whose type was converted (tried before
              the target materializations, as in MLIR)

When every callback passes, the conversion driver keeps a
`builtin.unrealized_conversion_cast`, unless the converter was built with
`cast_fallback=False` (MLIR's behaviour: a live unresolved materialization is an error).

`SignatureConversion` records how the inputs of a block or function map to new inputs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pyir.builtin_types import FunctionType
from pyir.core import Block, Operation, Region, Value

__all__ = ["InputMapping", "SignatureConversion", "TypeConverter"]

_MISS = object()


class InputMapping:
    """Where original input `index` went: `size` new inputs from `input_no` (size 0: the
    input was dropped), or the `replacement` values given by `remap_input`."""

    __slots__ = ("input_no", "size", "replacement")

    def __init__(self, input_no: int, size: int, replacement: list[Value] | None = None) -> None:
        self.input_no = input_no
        self.size = size
        self.replacement = replacement

    def __repr__(self) -> str:
        if self.replacement is not None:
            return f"<InputMapping replaced by {len(self.replacement)} value(s)>"
        return f"<InputMapping -> new inputs [{self.input_no}, {self.input_no + self.size})>"


class SignatureConversion:
    """How `num_inputs` original inputs map to `converted_types` (MLIR's
    TypeConverter::SignatureConversion).

    Invariant: every original input has at most one mapping; the new-input ranges of the
    mappings lie inside `converted_types`. An input without a mapping is dropped.
    """

    __slots__ = ("num_inputs", "converted_types", "_mappings")

    def __init__(self, num_inputs: int) -> None:
        self.num_inputs = num_inputs
        self.converted_types: list[Any] = []
        self._mappings: list[InputMapping | None] = [None] * num_inputs

    def add_inputs(self, index_or_types: Any, types: Sequence[Any] | None = None) -> None:
        """`add_inputs(i, types)`: original input i becomes new inputs of `types`;
        `add_inputs(types)`: append new inputs that no original input maps to."""
        if types is None:
            self.converted_types.extend(index_or_types)
            return
        index = index_or_types
        self._check_unmapped(index)
        start = len(self.converted_types)
        self.converted_types.extend(types)
        self._mappings[index] = InputMapping(start, len(types))

    def remap_input(self, index: int, replacement: Value | Sequence[Value]) -> None:
        """Original input `index` is replaced by existing value(s), not by new inputs."""
        self._check_unmapped(index)
        values = [replacement] if isinstance(replacement, Value) else list(replacement)
        self._mappings[index] = InputMapping(-1, 0, values)

    def input_mapping(self, index: int) -> InputMapping | None:
        return self._mappings[index]

    def _check_unmapped(self, index: int) -> None:
        if not 0 <= index < self.num_inputs:
            raise IndexError(f"input #{index} of a signature with {self.num_inputs} inputs")
        if self._mappings[index] is not None:
            raise ValueError(f"input #{index} is already mapped")

    def __repr__(self) -> str:
        return f"<SignatureConversion {self.num_inputs} inputs -> {self.converted_types}>"


class TypeConverter:
    """Type conversions and materializations; see the module docstring.

    Invariants: `_conversions` and the materialization lists are in registration order
    (tried in reverse); `_cache` maps a type to its converted types (a tuple) or None
    (not convertible), and is cleared whenever a conversion is added.
    """

    def __init__(self, cast_fallback: bool = True) -> None:
        #: Keep an unrealized_conversion_cast when no materialization callback applies.
        self.cast_fallback = cast_fallback
        self._conversions: list[Callable[[Any], Any]] = []
        self._source: list[Callable[..., Any]] = []
        self._target: list[tuple[Callable[..., Any], bool]] = []
        self._argument: list[Callable[..., Any]] = []
        self._cache: dict[Any, tuple | None] = {}

    # -- registration ------------------------------------------------------------------------
    def add_conversion(self, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        """Register a conversion callback (usable as a decorator)."""
        self._conversions.append(fn)
        self._cache.clear()
        return fn

    def add_source_materialization(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        self._source.append(fn)
        return fn

    def add_target_materialization(
        self, fn: Callable[..., Any], one_to_n: bool = False
    ) -> Callable[..., Any]:
        self._target.append((fn, one_to_n))
        return fn

    def add_argument_materialization(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        self._argument.append(fn)
        return fn

    # -- converting types --------------------------------------------------------------------
    def _convert(self, t: Any) -> tuple | None:
        found = self._cache.get(t, _MISS)
        if found is not _MISS:
            return found  # type: ignore[return-value]
        result: tuple | None = None
        for fn in reversed(self._conversions):
            got = fn(t)
            if got is None:
                continue
            if got is False:
                break
            result = tuple(got) if isinstance(got, (list, tuple)) else (got,)
            break
        self._cache[t] = result
        return result

    def convert_type(self, t: Any) -> Any:
        """The one type `t` converts to, or None (not convertible, or not 1:1)."""
        found = self._convert(t)
        if found is None or len(found) != 1:
            return None
        return found[0]

    def convert_type_n(self, t: Any) -> list | None:
        """The types `t` converts to (1:N; empty when dropped), or None."""
        found = self._convert(t)
        return None if found is None else list(found)

    def convert_types(self, types: Sequence[Any]) -> list | None:
        """The concatenated conversions of `types`, or None if one fails."""
        out: list = []
        for t in types:
            found = self._convert(t)
            if found is None:
                return None
            out.extend(found)
        return out

    # -- legality ----------------------------------------------------------------------------
    def is_legal(self, x: Any) -> bool:
        """A type is legal when it converts to itself; a sequence of types when each is;
        an op when its operand and result types are; a region when its block arguments
        are."""
        if isinstance(x, Operation):
            for slot in x.operand_slots:
                if not self._is_legal_type(slot.value.type):
                    return False
            for r in x.results:
                if not self._is_legal_type(r.type):
                    return False
            return True
        if isinstance(x, Region):
            return all(self._is_legal_type(a.type) for b in x.blocks for a in b.args)
        if isinstance(x, Block):
            return all(self._is_legal_type(a.type) for a in x.args)
        if isinstance(x, (list, tuple)):
            return all(self._is_legal_type(t) for t in x)
        return self._is_legal_type(x)

    def _is_legal_type(self, t: Any) -> bool:
        found = self._convert(t)
        return found is not None and len(found) == 1 and found[0] == t

    def is_signature_legal(self, fn_type: FunctionType) -> bool:
        return self.is_legal(list(fn_type.inputs)) and self.is_legal(list(fn_type.results))

    # -- signatures --------------------------------------------------------------------------
    def convert_signature_arg(self, index: int, t: Any, conversion: SignatureConversion) -> bool:
        found = self._convert(t)
        if found is None:
            return False
        if found:
            conversion.add_inputs(index, found)
        return True

    def convert_signature_args(
        self, types: Sequence[Any], conversion: SignatureConversion, offset: int = 0
    ) -> bool:
        for i, t in enumerate(types):
            if not self.convert_signature_arg(offset + i, t, conversion):
                return False
        return True

    def convert_block_signature(self, block: Block) -> SignatureConversion | None:
        conversion = SignatureConversion(len(block.args))
        if not self.convert_signature_args([a.type for a in block.args], conversion):
            return None
        return conversion

    def convert_function_type(
        self, fn_type: FunctionType
    ) -> tuple[FunctionType, SignatureConversion] | None:
        """The converted function type and the mapping of its inputs, or None."""
        conversion = SignatureConversion(len(fn_type.inputs))
        if not self.convert_signature_args(fn_type.inputs, conversion):
            return None
        results = self.convert_types(fn_type.results)
        if results is None:
            return None
        return FunctionType(tuple(conversion.converted_types), tuple(results)), conversion

    # -- materializations --------------------------------------------------------------------
    def materialize_source_conversion(
        self, builder: Any, t: Any, inputs: Sequence[Value], location: Any = None
    ) -> Value | None:
        return _first(self._source, builder, t, list(inputs), location)

    def materialize_argument_conversion(
        self, builder: Any, t: Any, inputs: Sequence[Value], location: Any = None
    ) -> Value | None:
        return _first(self._argument, builder, t, list(inputs), location)

    def materialize_target_conversion(
        self, builder: Any, types: Sequence[Any], inputs: Sequence[Value], location: Any = None
    ) -> list[Value] | None:
        """Values of `types` (one for each) made from `inputs`, or None."""
        types = list(types)
        inputs = list(inputs)
        for fn, one_to_n in reversed(self._target):
            if one_to_n:
                got = fn(builder, types, inputs, location)
                if got is None:
                    continue
                values = [got] if isinstance(got, Value) else list(got)
            else:
                if len(types) != 1:
                    continue
                got = fn(builder, types[0], inputs, location)
                if got is None:
                    continue
                values = [got]
            if [v.type for v in values] != types:
                raise TypeError(
                    f"target materialization {fn!r} made values of types "
                    f"{[str(v.type) for v in values]}, expected {[str(t) for t in types]}"
                )
            return values
        return None


def _first(fns: list, builder: Any, t: Any, inputs: list, location: Any) -> Value | None:
    for fn in reversed(fns):
        got = fn(builder, t, inputs, location)
        if got is None:
            continue
        if got.type != t:
            raise TypeError(f"materialization {fn!r} made a value of type {got.type}, not {t}")
        return got
    return None
