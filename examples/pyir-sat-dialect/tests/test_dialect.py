"""pytest tests of the sat dialect through pyir's Python API."""

from __future__ import annotations

import pytest
from pyir.builtin_types import IntegerType
from pyir.context import Context
from pyir.diagnostics import DiagnosticEngine
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation
from pyir.verifier import verify

from pyir_sat.dialect import DIALECT, ClampOp

SOURCE = """\
func.func @f(%x: i16) -> i16 {
  %c = sat.clamp %x to [-1000, 1000] : i16
  return %c : i16
}
"""


def errors_of(op: object) -> list[str]:
    """The messages of the diagnostics verifying `op` produces."""
    messages: list[str] = []
    engine = DiagnosticEngine()
    engine.push_handler(lambda diagnostic: messages.append(diagnostic.message))
    verify(op, engine)
    return messages


def test_pyir_finds_the_dialect_through_its_entry_point() -> None:
    context = Context()
    assert "sat" in context.registered_dialect_names()
    assert context.get_dialect("sat") is DIALECT


def test_parse_verify_and_print() -> None:
    module = parse_source(SOURCE, "test.mlir", Context())
    assert module is not None and errors_of(module) == []
    assert "%0 = sat.clamp %arg0 to [-1000, 1000] : i16" in print_operation(module)


def test_clamp_built_in_python_is_verified() -> None:
    module = parse_source(SOURCE, "test.mlir", Context())
    clamp = next(op for op in module.walk() if op.name == "sat.clamp")
    narrow = ClampOp.build(clamp.operands[0], -40000, 0)  # -40000 does not fit in i16
    clamp.parent.insert_before(clamp, narrow)
    assert narrow.results[0].type == IntegerType(16)
    assert errors_of(module) == ["'sat.clamp' op bounds [-40000, 0] do not fit in i16"]


def test_bounds_must_fit_in_64_bits() -> None:
    module = parse_source(SOURCE, "test.mlir", Context())
    clamp = next(op for op in module.walk() if op.name == "sat.clamp")
    with pytest.raises(ValueError, match="bound 18446744073709551615 does not fit"):
        ClampOp.build(clamp.operands[0], 0, 2**64 - 1)
