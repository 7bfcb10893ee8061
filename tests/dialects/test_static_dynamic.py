"""Tests of pyir.dialects.static_dynamic: mixed static/dynamic index lists."""

from __future__ import annotations

import pytest

from pyir.builtin_types import DYNAMIC, F32, INDEX, FunctionType
from pyir.dialects import static_dynamic as sd
from pyir.dialects.func import FuncOp
from pyir.verifier import PlainMessage


def _values(n: int) -> list:
    """`n` index Values (arguments of a fresh function)."""
    return list(FuncOp.build("f", FunctionType((INDEX,) * n, ())).regions[0].blocks[0].args)


def test_merge_and_split_are_inverse() -> None:
    a, b = _values(2)
    mixed = [a, 4, b, 0]
    static, dynamic = sd.split_mixed(mixed)
    assert static == (DYNAMIC, 4, DYNAMIC, 0)
    assert dynamic == [a, b]
    assert sd.merge_mixed(static, dynamic) == mixed


def test_merge_with_missing_values_keeps_the_sentinel() -> None:
    assert sd.merge_mixed((1, DYNAMIC), []) == [1, DYNAMIC]


def test_dense_i64_and_static_values() -> None:
    attr = sd.dense_i64([0, DYNAMIC, 3])
    assert str(attr) == "array<i64: 0, -9223372036854775808, 3>"
    assert sd.static_values(attr) == (0, DYNAMIC, 3)
    assert sd.static_values(None) == ()
    assert sd.I64_ARRAY.check(attr)
    assert not sd.I64_ARRAY.check(F32)
    assert sd.is_dynamic(DYNAMIC) and not sd.is_dynamic(-1)


def test_verify_operands_or_integers_messages() -> None:
    (a,) = _values(1)
    assert sd.verify_operands_or_integers("offset", 2, (0, DYNAMIC), [a]) is None
    assert sd.verify_operands_or_integers("offset", 2, (0,), []) == (
        "expected 2 offset values, got 1"
    )
    message = sd.verify_operands_or_integers("size", 1, (DYNAMIC,), [])
    assert message == (
        "expected the number of 'sizes' to match the number of dynamic entries in "
        "'static_sizes' (0 vs 1)"
    )
    assert isinstance(message, PlainMessage)
    named = sd.verify_operands_or_integers(
        "shape", 1, (DYNAMIC,), [], operands="output_shape", property="static_output_shape"
    )
    assert "'output_shape'" in named and "'static_output_shape'" in named


def test_verify_offset_size_stride_follows_mlir_order() -> None:
    (a,) = _values(1)
    ok = ((0, 0), []), ((2, 2), []), ((1, 1), [])
    assert sd.verify_offset_size_stride((2, 2, 2), *ok) is None
    # Dynamic counts come first, sizes before strides before offsets.
    bad_offsets = ((0, DYNAMIC), [])
    bad_strides = ((1, 1), [a])
    message = sd.verify_offset_size_stride((2, 2, 2), bad_offsets, ok[1], bad_strides)
    assert "'strides'" in message
    message = sd.verify_offset_size_stride((2, 2, 2), ((0,), []), ok[1], ok[2])
    assert message.startswith("expected mixed offsets rank to match mixed sizes rank (1 vs 2)")
    # A single offset is fine when its max rank is 1 (memref.reinterpret_cast).
    assert sd.verify_offset_size_stride((1, 2, 2), ((0,), []), ok[1], ok[2]) is None
    message = sd.verify_offset_size_stride((2, 2, 2), ok[0], ok[1], ((1,), []))
    assert message.startswith("expected mixed sizes rank to match mixed strides rank (2 vs 1)")
    message = sd.verify_offset_size_stride((3, 3, 3), ok[0], ok[1], ok[2])
    assert message == "expected 3 offset values, got 2"
    message = sd.verify_offset_size_stride((2, 2, 2), ((0, -1), []), ok[1], ok[2])
    assert message == "expected offsets to be non-negative, but got -1"
    message = sd.verify_offset_size_stride((2, 2, 2), ok[0], ((2, -2), []), ok[2])
    assert message == "expected sizes to be non-negative, but got -2"


def test_verify_in_bounds_slice() -> None:
    assert sd.verify_in_bounds_slice((8, 16), (7, 0), (0, 2), (1, 1)) is None
    assert sd.verify_in_bounds_slice((8, 16), (8, 0), (0, 2), (1, 1)) == (
        "offset 0 is out-of-bounds: 8 >= 8"
    )
    assert sd.verify_in_bounds_slice((8, 16), (4, 0), (3, 2), (2, 1)) == (
        "slice along dimension 0 runs out-of-bounds: 8 >= 8"
    )
    # Dynamic dimensions, offsets, sizes and strides are not checked.
    assert sd.verify_in_bounds_slice((DYNAMIC,), (100,), (1,), (1,)) is None
    assert sd.verify_in_bounds_slice((8,), (DYNAMIC,), (100,), (1,)) is None
    assert sd.verify_in_bounds_slice((8,), (4,), (DYNAMIC,), (1,)) is None


class _Printer:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def print_operand(self, value: object) -> None:
        self.parts.append(f"%{value}")


def test_print_index_list() -> None:
    p = _Printer()
    sd.print_index_list(p, (DYNAMIC, 4, -1), ["a"])
    assert "".join(p.parts) == "[%a, 4, -1]"
    p = _Printer()
    sd.print_index_list(p, (), [], delimiter="()")
    assert "".join(p.parts) == "()"


def test_index_list_syntax_rules_and_callbacks() -> None:
    grammar, callbacks = sd.index_list_syntax("toy")
    assert grammar.startswith('toy_index_list: "["')
    assert set(callbacks) == {"toy_index_list", "toy_index_value", "toy_index_int", "toy_index_neg"}

    class State:
        pos = 3

        def error(self, message: str, pos: int) -> Exception:
            return ValueError(message)

        def resolve(self, use: tuple, t: object) -> str:
            assert t == INDEX
            return "value:" + use[0]

    state = State()
    build_int = callbacks["toy_index_int"](state)
    build_neg = callbacks["toy_index_neg"](state)
    assert build_int(["0x10"]) == 16
    assert build_neg(["5"]) == -5
    with pytest.raises(ValueError, match="integer value too large"):
        build_int(["9223372036854775808"])
    parsed = callbacks["toy_index_list"](state)([("%a", 1), None, 4])
    assert list(parsed) == [("%a", 1), 4] and parsed.pos == 3
    assert sd.resolve_index_list(state, parsed) == ((DYNAMIC, 4), ["value:%a"])
    paren, _ = sd.index_list_syntax("toy_paren", delimiter="()")
    assert 'toy_paren_index_list: "("' in paren


def test_index_list_syntax_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        sd.index_list_syntax("toy", delimiter="{}")
    with pytest.raises(ValueError):
        sd.index_list_syntax("Bad-Prefix")
