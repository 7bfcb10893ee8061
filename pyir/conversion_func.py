"""Type-conversion patterns for functions, returns and calls (MLIR's
populateFunctionOpInterfaceTypeConversionPattern, populateReturnOpTypeConversionPattern
and populateCallOpTypeConversionPattern).

They work on any op with the shape of `func.func` (a `function_type` property holding a
FunctionType and a body region), `func.return` (returned values as operands) and
`func.call` (a call whose results are the callee's results), named by op name: the core
knows no dialect, so the defaults are the func dialect's names and other dialects pass
theirs.

    populate_function_type_conversion_patterns(patterns, converter)
    target.add_dynamically_legal_op("func.func", function_signature_legality(converter))
    target.add_dynamically_legal_op(["func.return", "func.call"], converter.is_legal)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.builtin_attributes import ArrayAttr, DictionaryAttr
from pyir.builtin_types import FunctionType
from pyir.conversion import ConversionPattern
from pyir.core import Operation, Value
from pyir.patterns import PatternSet
from pyir.type_converter import SignatureConversion, TypeConverter

__all__ = [
    "CallOpTypeConversion",
    "FunctionSignatureConversion",
    "ReturnOpTypeConversion",
    "function_signature_legality",
    "populate_function_type_conversion_patterns",
]


def _flatten(groups: list[list[Value]]) -> list[Value]:
    return [v for group in groups for v in group]


class FunctionSignatureConversion(ConversionPattern):
    """Converts a function's `function_type` and the argument types of all blocks of its
    body (the entry block by the signature conversion, the others by the converter)."""

    def __init__(self, type_converter: TypeConverter, op_name: str = "func.func", benefit: int = 1):
        super().__init__(type_converter, benefit)
        self.root = op_name  # type: ignore[misc]

    def match_and_rewrite_one_to_n(self, op: Operation, groups: Any, rewriter: Any) -> bool:
        fn_type = op.properties.get("function_type")
        if not isinstance(fn_type, FunctionType):
            return rewriter.notify_match_failure(op, "no function_type property")
        converted = self.type_converter.convert_function_type(fn_type)
        if converted is None:
            return rewriter.notify_match_failure(op, "cannot convert the function signature")
        new_type, conversion = converted
        body = op.regions[0] if op.regions else None
        if body is not None and body.blocks:
            if rewriter.convert_region_types(body, self.type_converter, conversion) is None:
                return rewriter.notify_match_failure(op, "cannot convert a block signature")
        arg_attrs = _remap_arg_attrs(op.properties.get("arg_attrs"), conversion)

        def update() -> None:
            op.set_property("function_type", new_type)
            if arg_attrs is not None:
                op.set_property("arg_attrs", arg_attrs)

        rewriter.modify_op_in_place(op, update)
        return True


def _remap_arg_attrs(attrs: Any, conversion: SignatureConversion) -> ArrayAttr | None:
    """The argument attributes after `conversion`: an original argument's dictionary goes
    to the first of its new arguments; other new arguments get an empty one."""
    if not isinstance(attrs, ArrayAttr):
        return None
    old = list(attrs)
    new: list[Any] = [DictionaryAttr({}) for _ in conversion.converted_types]
    for i in range(conversion.num_inputs):
        mapping = conversion.input_mapping(i)
        if mapping is not None and mapping.size and i < len(old):
            new[mapping.input_no] = old[i]
    return ArrayAttr(tuple(new))


class ReturnOpTypeConversion(ConversionPattern):
    """Gives a return op its converted operands (flattened for 1:N conversions)."""

    def __init__(
        self, type_converter: TypeConverter, op_name: str = "func.return", benefit: int = 1
    ):
        super().__init__(type_converter, benefit)
        self.root = op_name  # type: ignore[misc]

    def match_and_rewrite_one_to_n(self, op: Operation, groups: Any, rewriter: Any) -> bool:
        values = _flatten(groups)
        rewriter.modify_op_in_place(op, lambda: op.set_operands(values))
        return True


class CallOpTypeConversion(ConversionPattern):
    """Recreates a call with converted operands and result types; each old result is
    replaced by its converted value(s)."""

    def __init__(self, type_converter: TypeConverter, op_name: str = "func.call", benefit: int = 1):
        super().__init__(type_converter, benefit)
        self.root = op_name  # type: ignore[misc]

    def match_and_rewrite_one_to_n(self, op: Operation, groups: Any, rewriter: Any) -> bool:
        converter = self.type_converter
        result_groups = []
        for r in op.results:
            types = converter.convert_type_n(r.type)
            if types is None:
                return rewriter.notify_match_failure(op, "cannot convert a result type")
            result_groups.append(types)
        new = rewriter.create(
            op.op_def if op.op_def is not None else op.name,
            _flatten(groups),
            [t for types in result_groups for t in types],
            properties=dict(op.properties),
            attributes=dict(op.attributes),
            location=op.location,
        )
        replacements = []
        index = 0
        for types in result_groups:
            replacements.append(list(new.results[index : index + len(types)]))
            index += len(types)
        rewriter.replace_op_with_multiple(op, replacements)
        return True


def function_signature_legality(
    converter: TypeConverter, body: bool = True
) -> Callable[[Operation], bool]:
    """A legality callback for function ops: the signature's types are legal (and, with
    `body`, the argument types of every block of the body)."""

    def legal(op: Operation) -> bool:
        fn_type = op.properties.get("function_type")
        if not isinstance(fn_type, FunctionType) or not converter.is_signature_legal(fn_type):
            return False
        return not body or not op.regions or converter.is_legal(op.regions[0])

    return legal


def populate_function_type_conversion_patterns(
    patterns: PatternSet,
    converter: TypeConverter,
    function: str = "func.func",
    ret: str = "func.return",
    call: str = "func.call",
) -> PatternSet:
    """Add the three patterns for these op names to `patterns`."""
    return patterns.add(
        FunctionSignatureConversion(converter, function),
        ReturnOpTypeConversion(converter, ret),
        CallOpTypeConversion(converter, call),
    )
