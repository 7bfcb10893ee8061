"""Tests for pyir.affine: affine expressions, maps, integer sets and their attributes.

The expected strings below were produced by a real MLIR (`iree-opt
--allow-unregistered-dialect`, LLVM 24) parsing `affine_map<(d0, d1, d2)[s0, s1] -> (E)>`
for the MLIR input E shown in each row and printing it back. Each row rebuilds E with
pyir's Python API, the way MLIR's parser builds it (the same operators in the same order),
and checks that pyir simplifies and prints it identically.
"""

from __future__ import annotations

import copy
import pickle

import pytest

from pyir.affine import (
    AffineBinaryExpr,
    AffineConstantExpr,
    AffineDimExpr,
    AffineExpr,
    AffineExprKind,
    AffineMap,
    AffineMapAttr,
    AffineParseScope,
    IntegerSet,
    IntegerSetAttr,
    binary,
    ceildiv,
    dim,
    floordiv,
    symbol,
)
from pyir.affine import constant as c

d0, d1, d2 = dim(0), dim(1), dim(2)
s0, s1 = symbol(0), symbol(1)

# (MLIR input, the same expression built with pyir, what MLIR prints)
CONFIRMED = [
    ("2 * d0 + d1 - s0", lambda: 2 * d0 + d1 - s0, "d0 * 2 + d1 - s0"),
    ("(d0 + 1) floordiv 2", lambda: (d0 + 1).floordiv(2), "(d0 + 1) floordiv 2"),
    ("d0 mod 4", lambda: d0 % 4, "d0 mod 4"),
    ("d0 - d0", lambda: d0 - d0, "0"),
    ("d0 + d0", lambda: d0 + d0, "d0 * 2"),
    ("d0 * 2 + d0 * 3", lambda: d0 * 2 + d0 * 3, "d0 * 5"),
    ("d0 * 2 - d0 * 3", lambda: d0 * 2 - d0 * 3, "-d0"),
    ("d0 + 0", lambda: d0 + 0, "d0"),
    ("0 + d0", lambda: 0 + d0, "d0"),
    ("d0 * 1", lambda: d0 * 1, "d0"),
    ("0 * d0", lambda: 0 * d0, "0"),
    ("s0 * d0", lambda: s0 * d0, "d0 * s0"),
    ("2 * s0", lambda: 2 * s0, "s0 * 2"),
    ("s1 * s0", lambda: s1 * s0, "s0 * s1"),
    ("d2 + d0", lambda: d2 + d0, "d0 + d2"),
    ("(d0 + 2) + 3", lambda: d0 + 2 + 3, "d0 + 5"),
    ("(d0 + 2) + d1", lambda: d0 + 2 + d1, "d0 + d1 + 2"),
    ("1 + (d0 + 2)", lambda: 1 + (d0 + 2), "d0 + 3"),
    ("d0 + (d1 + 2)", lambda: d0 + (d1 + 2), "d0 + d1 + 2"),
    ("(d0 + 1) + (d1 + 2)", lambda: d0 + 1 + (d1 + 2), "d0 + d1 + 2 + 1"),
    ("d0 - 1", lambda: d0 - 1, "d0 - 1"),
    ("-d0", lambda: -d0, "-d0"),
    ("-(d0 + d1)", lambda: -(d0 + d1), "-(d0 + d1)"),
    ("-(d0 - d1)", lambda: -(d0 - d1), "-(d0 - d1)"),
    ("-(-d0)", lambda: -(d0 * -1), "d0"),
    ("d0 - (d1 + d2)", lambda: d0 - (d1 + d2), "d0 - (d1 + d2)"),
    ("d0 - d1 * 3", lambda: d0 - d1 * 3, "d0 - d1 * 3"),
    ("d0 + d1 * -3", lambda: d0 + d1 * -3, "d0 - d1 * 3"),
    ("-2 * d0", lambda: -2 * d0, "d0 * -2"),
    ("3 - d0", lambda: 3 - d0, "-d0 + 3"),
    ("5 - d0 - d1", lambda: 5 - d0 - d1, "-d0 - d1 + 5"),
    ("s0 - d0", lambda: s0 - d0, "-d0 + s0"),
    ("d0 - 3 * s0", lambda: d0 - 3 * s0, "d0 - s0 * 3"),
    ("s0 + 1 + d0", lambda: s0 + 1 + d0, "d0 + s0 + 1"),
    ("d0 - (d1 mod 3)", lambda: d0 - d1 % 3, "d0 - d1 mod 3"),
    ("d0 - (d1 floordiv 3) * 2", lambda: d0 - d1.floordiv(3) * 2, "d0 - (d1 floordiv 3) * 2"),
    ("d0 + (d1 + 1) * -2", lambda: d0 + (d1 + 1) * -2, "d0 - (d1 + 1) * 2"),
    ("-(d0 floordiv 2)", lambda: -d0.floordiv(2), "-(d0 floordiv 2)"),
    ("(-d0) mod 2", lambda: -d0 % 2, "(-d0) mod 2"),
    ("-(s0 * s1)", lambda: -(s0 * s1), "-(s0 * s1)"),
    ("d0 + (s0 * s1) * -2", lambda: d0 + s0 * s1 * -2, "d0 - (s0 * s1) * 2"),
    ("d0 mod 1", lambda: d0 % 1, "0"),
    ("d0 floordiv 1", lambda: d0.floordiv(1), "d0"),
    ("d0 ceildiv 1", lambda: d0.ceildiv(1), "d0"),
    ("d0 mod 0", lambda: d0 % 0, "d0 mod 0"),
    ("d0 floordiv 0", lambda: d0.floordiv(0), "d0 floordiv 0"),
    ("d0 mod -2", lambda: d0 % -2, "d0 mod -2"),
    ("d0 floordiv -2", lambda: d0.floordiv(-2), "d0 floordiv -2"),
    ("7 floordiv -2", lambda: c(7).floordiv(-2), "-4"),
    ("7 ceildiv -2", lambda: c(7).ceildiv(-2), "-3"),
    ("7 mod -2", lambda: c(7) % -2, "7 mod -2"),
    ("-7 floordiv 2", lambda: (-c(7)).floordiv(2), "-4"),
    ("-7 ceildiv 2", lambda: (-c(7)).ceildiv(2), "-3"),
    ("-7 mod 2", lambda: (-c(7)) % 2, "1"),
    ("(d0 * 128) floordiv 64", lambda: (d0 * 128).floordiv(64), "d0 * 2"),
    ("(d0 * 128) ceildiv 64", lambda: (d0 * 128).ceildiv(64), "d0 * 2"),
    ("(d0 * 128) mod 64", lambda: d0 * 128 % 64, "0"),
    ("(d0 * 4) floordiv -2", lambda: (d0 * 4).floordiv(-2), "d0 * -2"),
    ("(d0 * 4 + d1) floordiv 4", lambda: (d0 * 4 + d1).floordiv(4), "d0 + d1 floordiv 4"),
    ("(d0 * 4 + d1) floordiv -4", lambda: (d0 * 4 + d1).floordiv(-4), "-d0 + d1 floordiv -4"),
    ("(d0 * 4 + d1) ceildiv 4", lambda: (d0 * 4 + d1).ceildiv(4), "(d0 * 4 + d1) ceildiv 4"),
    ("(d0 * 4 + d1) mod 4", lambda: (d0 * 4 + d1) % 4, "d1 mod 4"),
    ("(d0 * 4 + 3) floordiv 4", lambda: (d0 * 4 + 3).floordiv(4), "d0"),
    ("(d1 + d0 * 4) floordiv 4", lambda: (d1 + d0 * 4).floordiv(4), "d1 floordiv 4 + d0"),
    ("(d0 * 8 + d1 * 4 + 3) mod 4", lambda: (d0 * 8 + d1 * 4 + 3) % 4, "3"),
    ("(d0 mod 8) mod 4", lambda: d0 % 8 % 4, "d0 mod 4"),
    ("(d0 mod 4) mod 8", lambda: d0 % 4 % 8, "(d0 mod 4) mod 8"),
    (
        "(d0 floordiv 4) floordiv 2",
        lambda: (d0.floordiv(4)).floordiv(2),
        "(d0 floordiv 4) floordiv 2",
    ),
    ("((d0 * 4) mod 8) floordiv 2 mod 2", lambda: (d0 * 4 % 8).floordiv(2) % 2, "0"),
    (
        "((d0 * 4) mod 6) floordiv 2",
        lambda: (d0 * 4 % 6).floordiv(2),
        "((d0 * 4) mod 6) floordiv 2",
    ),
    ("(d0 * 8) floordiv 4 floordiv 2", lambda: ((d0 * 8).floordiv(4)).floordiv(2), "d0"),
    ("d0 - (d0 floordiv 4) * 4", lambda: d0 - d0.floordiv(4) * 4, "d0 mod 4"),
    ("d0 - (d0 floordiv s0) * s0", lambda: d0 - d0.floordiv(s0) * s0, "d0 mod s0"),
    (
        "d0 + (d0 floordiv s0) * (s0 * -1)",
        lambda: d0 + d0.floordiv(s0) * (s0 * -1),
        "d0 + (d0 floordiv s0) * (-s0)",
    ),
    ("(d0 floordiv 4) * -4 + d0", lambda: d0.floordiv(4) * -4 + d0, "(d0 floordiv 4) * -4 + d0"),
    (
        "d0 * 4 + d1 - (d1 floordiv 4) * 4",
        lambda: d0 * 4 + d1 - d1.floordiv(4) * 4,
        "d0 * 4 + d1 mod 4",
    ),
    ("d0 + s0 - d1 floordiv 2", lambda: d0 + s0 - d1.floordiv(2), "d0 + -(d1 floordiv 2) + s0"),
    ("d0 + s0 + d1", lambda: d0 + s0 + d1, "d0 + s0 + d1"),
    ("s1 mod s1", lambda: s1 % s1, "0"),
    ("(s0 + 1) floordiv (s0 + 1)", lambda: (s0 + 1).floordiv(s0 + 1), "1"),
    ("s0 ceildiv s0", lambda: s0.ceildiv(s0), "1"),
    ("d0 * s0 * 2", lambda: d0 * s0 * 2, "(d0 * s0) * 2"),
    ("(d0 * 2) * s0", lambda: d0 * 2 * s0, "(d0 * s0) * 2"),
    ("d0 * (s0 * 2)", lambda: d0 * (s0 * 2), "d0 * (s0 * 2)"),
    ("s0 * (d0 + 1)", lambda: s0 * (d0 + 1), "(d0 + 1) * s0"),
    ("(d0 * s0) floordiv s0", lambda: (d0 * s0).floordiv(s0), "(d0 * s0) floordiv s0"),
    ("d0 + d1 - d1", lambda: d0 + d1 - d1, "d0 + d1 - d1"),
    ("9223372036854775807 + 1", lambda: c(9223372036854775807) + 1, "9223372036854775807 + 1"),
    ("9223372036854775807 * 2", lambda: c(9223372036854775807) * 2, "9223372036854775807 * 2"),
    ("d0 * 4611686018427387904 * 4", lambda: d0 * 4611686018427387904 * 4, "0"),
    (
        "d0 * 9223372036854775807 + d0",
        lambda: d0 * 9223372036854775807 + d0,
        "d0 * -9223372036854775808",
    ),
    (
        "(d0 + 9223372036854775807) + 1",
        lambda: d0 + 9223372036854775807 + 1,
        "d0 - 9223372036854775808",
    ),
    (
        "d0 - (-9223372036854775807 - 1)",
        lambda: d0 - ((-c(9223372036854775807)) - 1),
        "d0 - 9223372036854775808",
    ),
    (
        "-(-9223372036854775807 - 1)",
        lambda: -((-c(9223372036854775807)) - 1),
        "--9223372036854775808",
    ),
    (
        "(-9223372036854775807 - 1) floordiv -1",
        lambda: ((-c(9223372036854775807)) - 1).floordiv(-1),
        "-9223372036854775808 floordiv -1",
    ),
    ("(d0 mod 2) * -3", lambda: d0 % 2 * -3, "(d0 mod 2) * -3"),
    ("(d0 - 1) * -1", lambda: (d0 - 1) * -1, "-(d0 - 1)"),
]


@pytest.mark.parametrize(
    ("mlir_input", "build", "expected"), CONFIRMED, ids=[row[0] for row in CONFIRMED]
)
def test_simplifies_and_prints_like_mlir(mlir_input: str, build, expected: str) -> None:
    assert str(build()) == expected


def test_confirmed_table_is_large_and_distinct() -> None:
    assert len({row[0] for row in CONFIRMED}) == len(CONFIRMED) >= 40


# -- construction ---------------------------------------------------------------------
def test_nodes_are_interned_and_immutable() -> None:
    assert d0 + 1 is d0 + 1
    assert AffineDimExpr(0) is d0
    assert AffineConstantExpr(3) is c(3)
    assert (d0 * 2 + s0) == (2 * d0 + s0)
    assert hash(d0 * 2 + s0) == hash(2 * d0 + s0)
    assert d0 != d1
    with pytest.raises(AttributeError):
        d0.position = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        AffineBinaryExpr(AffineExprKind.ADD, d0, d1)
    with pytest.raises(TypeError):
        AffineExpr()


def test_kinds_and_children() -> None:
    e = d0 * 2 + s0
    assert isinstance(e, AffineBinaryExpr)
    assert e.kind is AffineExprKind.ADD
    assert e.lhs is d0 * 2 and e.rhs is s0
    assert e.lhs.rhs.value == 2
    assert d1.position == 1 and s1.kind is AffineExprKind.SYMBOL


def test_python_operators_and_free_functions() -> None:
    assert str(d0 // 4) == "d0 floordiv 4"
    assert floordiv(d0, 4) is d0.floordiv(4)
    assert ceildiv(d0, 4) is d0.ceildiv(4)
    assert d0.mod(4) is d0 % 4
    assert str(10 - d0) == "-d0 + 10"
    assert 7 // c(2) is c(3)
    assert 7 % s0 is binary(AffineExprKind.MOD, 7, s0)
    assert binary(AffineExprKind.ADD, d0, 0) is d0
    assert binary(AffineExprKind.CEILDIV, 7, 2) is c(4)
    with pytest.raises(ValueError):
        binary(AffineExprKind.DIM, d0, d1)
    with pytest.raises(TypeError):
        d0 + 1.5  # type: ignore[operator]
    with pytest.raises(TypeError):
        d0.floordiv("x")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: d0 * d1, "at least one of the multiply operands"),
        (lambda: (d0 + 1) * (d1 + s0), "at least one of the multiply operands"),
        (lambda: d0.floordiv(d1), "right operand of floordiv has to be"),
        (lambda: d0.ceildiv(d0 + 1), "right operand of ceildiv has to be"),
        (lambda: d0 % d0, "right operand of mod has to be"),
        (lambda: 2 % d0, "right operand of mod has to be"),
    ],
)
def test_non_affine_expressions_raise_mlir_messages(build, message: str) -> None:
    with pytest.raises(ValueError, match="^non-affine expression: " + message):
        build()


def test_constants_are_int64() -> None:
    c((1 << 63) - 1)
    c(-(1 << 63))
    with pytest.raises(ValueError, match="64-bit"):
        c(1 << 63)
    with pytest.raises(ValueError, match="64-bit"):
        d0 + (1 << 70)
    with pytest.raises(ValueError):
        c(True)
    with pytest.raises(ValueError):
        dim(True)
    with pytest.raises(TypeError):
        d0 + True  # type: ignore[operator]
    with pytest.raises(ValueError):
        dim(-1)


def test_queries() -> None:
    assert (s0 * 4 + 1).is_symbolic_or_constant()
    assert not (s0 + d0).is_symbolic_or_constant()
    assert (d0 * 4 + d1.floordiv(2)).is_pure_affine()
    assert not (d0 * s0).is_pure_affine()
    assert not d0.floordiv(s0).is_pure_affine()
    assert (d0 * 8 + s0 * 12).largest_known_divisor() == 4
    assert ((d0 * 4) % 8).floordiv(2).largest_known_divisor() == 2
    assert c(-6).largest_known_divisor() == 6
    e = d0 + s1 * 3
    assert e.is_function_of_dim(0) and not e.is_function_of_dim(1)
    assert e.is_function_of_symbol(1) and not e.is_function_of_symbol(0)
    walked = [str(n) for n in (d0 + d0 * s0).walk()]
    assert walked == ["d0", "d0", "s0", "d0 * s0", "d0 + d0 * s0"]
    assert [str(n) for n in (d0 + d0 * s0).nodes()] == ["d0", "s0", "d0 * s0", "d0 + d0 * s0"]


def test_evaluate_uses_floor_semantics() -> None:
    e = (d0 - 7).floordiv(2) + (d0 - 7).ceildiv(2) * 10 + (d0 - 7) % 3 + s0
    assert e.evaluate([0], [100]) == (-7 // 2) + (-(7 // 2)) * 10 + (-7 % 3) + 100
    with pytest.raises(ValueError, match="division by zero"):
        d0.floordiv(0).evaluate([1])
    with pytest.raises(ValueError, match="non-positive"):
        (d0 % -2).evaluate([1])


def test_replace_dims_and_symbols_resimplifies() -> None:
    e = d0 * 2 + d1 + s0
    assert str(e.replace_dims_and_symbols([d1, d1 * -2], [c(0)])) == "0"
    assert str(e.replace_dims_and_symbols([c(1)])) == "d1 + s0 + 2"
    assert e.replace_dims_and_symbols([d0, d1], [s0]) is e


def test_to_string_with_names() -> None:
    e = d0 * 2 - s0 + d1.floordiv(4)
    assert e.to_string(["%i", "%j"], ["%n"]) == "%i * 2 - %n + %j floordiv 4"


def test_copy_and_pickle_keep_identity() -> None:
    e = (d0 + s0 * 3).floordiv(4) - c((1 << 63) - 1) * 2
    assert copy.copy(e) is e and copy.deepcopy(e) is e
    assert pickle.loads(pickle.dumps(e)) is e
    raw_overflow = c((1 << 63) - 1) + 1  # left unfolded, as MLIR leaves it
    assert pickle.loads(pickle.dumps(raw_overflow)) is raw_overflow
    m = AffineMap(1, 1, [e])
    assert pickle.loads(pickle.dumps(AffineMapAttr(m))) == AffineMapAttr(m)


# -- deep expressions -------------------------------------------------------------------
N = 20_000  # well past Python's default recursion limit of 1000


def test_deep_left_sum_prints_and_simplifies_without_recursion() -> None:
    e = d0
    for i in range(1, N):
        e = e + symbol(i % 3) * 4
    text = str(e)
    assert text.startswith("d0 + s1 * 4 + s2 * 4 + s0 * 4") and text.count("+") == N - 1
    # floordiv distributes over a whole sum of multiples; mod drops every multiple of 4.
    multiples = d0 * 4
    for i in range(1, N):
        multiples = multiples + symbol(i % 3) * 4
    assert str(multiples.floordiv(4)).startswith("d0 + s1 + s2 + s0 + s1")
    assert str((e + d1 * 4) % 4) == "d0 mod 4"
    assert e.evaluate([1], [1, 1, 1]) == 1 + 4 * (N - 1)
    assert e.replace_dims_and_symbols([d1]).evaluate([0, 2], [0, 0, 0]) == 2
    assert pickle.loads(pickle.dumps(e)) is e


def test_deep_right_nested_sum() -> None:
    e: AffineExpr = s0
    for i in range(N):
        e = dim(i % 3) + e
    # The nested-sum rule walks the whole right spine to move s0 past the new term.
    f = e + d1.floordiv(2) * 3
    assert str(f).endswith("d1 + d0 + (d1 floordiv 2) * 3 + s0")
    assert len(str(AffineMapAttr(AffineMap(3, 1, [f])))) > 5 * N


def test_shared_subexpressions_stay_linear() -> None:
    e: AffineExpr = d0
    for _ in range(200):
        e = e * s0 + e  # the tree doubles each step, the DAG grows by two nodes
    assert len(e.nodes()) == 402
    assert e.evaluate([1], [0]) == 1
    assert e.replace_dims_and_symbols([d1], [s1]).nodes()[-1] is not e
    assert pickle.loads(pickle.dumps(e)) is e


# -- affine maps ------------------------------------------------------------------------
def test_map_from_named_header() -> None:
    # affine_map<(i, j)[s] -> (2 * i + j - s, (i + 1) floordiv 2, i mod 4, i - i, -i,
    #                          i * -2 + j, j - i * 2, 3 - i)>
    scope = AffineParseScope(["i", "j"], ["s"])
    i, j, s = scope.lookup("i"), scope.lookup("j"), scope.lookup("s")
    m = scope.make_map(
        [2 * i + j - s, (i + 1).floordiv(2), i % 4, i - i, -i, i * -2 + j, j - i * 2, 3 - i]
    )
    assert str(m) == (
        "(d0, d1)[s0] -> (d0 * 2 + d1 - s0, (d0 + 1) floordiv 2, d0 mod 4, 0, -d0, "
        "d0 * -2 + d1, d1 - d0 * 2, -d0 + 3)"
    )
    assert str(AffineMapAttr(m)) == f"affine_map<{m}>"


@pytest.mark.parametrize(
    ("amap", "expected"),
    [
        (AffineMap(0, 0, []), "() -> ()"),
        (AffineMap(0, 1, []), "()[s0] -> ()"),
        (AffineMap(1, 0, []), "(d0) -> ()"),
        (AffineMap.constant_map(0), "() -> (0)"),
        (AffineMap(1, 1, [d0 + s0, c(1)]), "(d0)[s0] -> (d0 + s0, 1)"),
        (AffineMap.identity(3), "(d0, d1, d2) -> (d0, d1, d2)"),
        (AffineMap.permutation([2, 0, 1]), "(d0, d1, d2) -> (d2, d0, d1)"),
        (AffineMap.empty(2, 1), "(d0, d1)[s0] -> ()"),
    ],
)
def test_map_printing(amap: AffineMap, expected: str) -> None:
    assert str(amap) == expected
    assert str(AffineMapAttr(amap)) == f"affine_map<{expected}>"


def test_map_queries() -> None:
    assert AffineMap.identity(2).is_identity()
    assert not AffineMap(2, 0, [d1, d0]).is_identity()
    assert not AffineMap(3, 0, [d0, d1]).is_identity()
    assert AffineMap(2, 0, [d1, d0]).is_permutation()
    assert AffineMap(2, 0, [d1, d0]).get_permutation() == (1, 0)
    assert not AffineMap(2, 0, [d1, d1]).is_permutation()
    assert not AffineMap(2, 1, [d1, d0]).is_permutation()
    assert AffineMap(3, 0, [d2, d0]).is_projected_permutation()
    assert not AffineMap(3, 0, [d2, c(0)]).is_projected_permutation()
    assert AffineMap(3, 0, [d2, c(0)]).is_projected_permutation(allow_zero_in_results=True)
    m = AffineMap(2, 1, [d0 + s0, d1])
    assert m.num_results == 2 and m.num_inputs == 3 and m.get_result(1) is d1
    assert AffineMap(0, 0, [c(4), c(5)]).get_constant_results() == (4, 5)
    assert AffineMap.constant_map(7).is_single_constant()
    assert AffineMap.empty(1).is_empty()
    with pytest.raises(ValueError):
        AffineMap.permutation([0, 0])
    with pytest.raises(ValueError):
        m.get_constant_results()


def test_map_validation() -> None:
    with pytest.raises(ValueError, match="uses d1 but there are 1 dims"):
        AffineMap(1, 0, [d1])
    with pytest.raises(ValueError, match="uses s0 but there are 0 symbols"):
        AffineMap(1, 0, [d0 + s0])
    with pytest.raises(ValueError):
        AffineMap(-1, 0, [])
    with pytest.raises(ValueError):
        AffineMap(1, 0, [0])  # type: ignore[list-item]


def test_map_equality_and_attribute_uniquing() -> None:
    a = AffineMap(2, 1, [d0 * 2 + s0])
    b = AffineMap(2, 1, [2 * d0 + s0])
    assert a == b and hash(a) == hash(b) and a != AffineMap(2, 0, [d0 * 2])
    assert AffineMapAttr(a) is AffineMapAttr(b)
    assert AffineMapAttr(a).value is a and AffineMapAttr(a).map is a
    assert AffineMapAttr.kind == "builtin.affine_map"
    with pytest.raises(ValueError):
        AffineMapAttr(d0)  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        a.num_dims = 3  # type: ignore[misc]


def test_map_compose_and_evaluate() -> None:
    outer = AffineMap(2, 1, [d0 + d1 * s0, d0.floordiv(2)])
    inner = AffineMap(1, 1, [d0 * 2, s0 + 1])
    composed = outer.compose(inner)
    assert str(composed) == "(d0)[s0, s1] -> (d0 * 2 + (s1 + 1) * s0, d0)"
    for x in range(-3, 4):
        for p in range(3):
            for q in range(3):
                mid = inner.evaluate([x], [q])
                assert composed.evaluate([x], [p, q]) == outer.evaluate(list(mid), [p])
    with pytest.raises(ValueError):
        outer.compose(AffineMap.identity(3))
    with pytest.raises(ValueError):
        outer.evaluate([1], [1])


# -- integer sets -----------------------------------------------------------------------
def test_integer_set_from_constraints() -> None:
    # affine_set<(i) : (i >= 0, i <= 4, i == 2, 2 >= i, i * 2 == i + 1)> prints as below.
    scope = AffineParseScope(["i"])
    i = scope.lookup("i")
    s = scope.make_set(
        [
            scope.constraint(i, ">=", 0),
            scope.constraint(i, "<=", 4),
            scope.constraint(i, "==", 2),
            scope.constraint(2, ">=", i),
            scope.constraint(i * 2, "==", i + 1),
        ]
    )
    assert (
        str(s)
        == "(d0) : (d0 >= 0, -d0 + 4 >= 0, d0 - 2 == 0, -d0 + 2 >= 0, d0 * 2 - (d0 + 1) == 0)"
    )
    assert s.num_constraints == 5 and s.num_equalities == 2 and s.num_inequalities == 3
    assert s.is_eq(2) and not s.is_eq(0) and s.get_constraint(0) is d0
    assert s.contains([2]) is False  # d0 * 2 == d0 + 1 needs d0 == 1
    with pytest.raises(ValueError):
        scope.constraint(i, "<", 0)


@pytest.mark.parametrize(
    ("iset", "expected"),
    [
        (IntegerSet(1, 0, []), "(d0) : (0 == 0)"),
        (IntegerSet(0, 0, []), "() : (0 == 0)"),
        (IntegerSet(0, 1, [s0]), "()[s0] : (s0 >= 0)"),
        (IntegerSet(1, 1, [d0 - s0, d0], [False, True]), "(d0)[s0] : (d0 - s0 >= 0, d0 == 0)"),
        (IntegerSet.empty(2), "(d0, d1) : (1 == 0)"),
    ],
)
def test_integer_set_printing(iset: IntegerSet, expected: str) -> None:
    assert str(iset) == expected
    assert str(IntegerSetAttr(iset)) == f"affine_set<{expected}>"


def test_integer_set_values() -> None:
    a = IntegerSet(1, 1, [d0 - s0], [False])
    assert a == IntegerSet(1, 1, [d0 - s0]) and hash(a) == hash(IntegerSet(1, 1, [d0 - s0]))
    assert a != IntegerSet(1, 1, [d0 - s0], [True])
    assert IntegerSetAttr(a) is IntegerSetAttr(IntegerSet(1, 1, [d0 - s0]))
    assert IntegerSetAttr(a).set is a and IntegerSetAttr.kind == "builtin.integer_set"
    assert IntegerSet.empty(1).is_empty_integer_set() and not a.is_empty_integer_set()
    assert a.contains([5], [3]) and not a.contains([2], [3])
    with pytest.raises(ValueError, match="equality flags"):
        IntegerSet(1, 0, [d0], [True, False])
    with pytest.raises(ValueError, match="uses d1"):
        IntegerSet(1, 0, [d1])


# -- parse scope ------------------------------------------------------------------------
def test_parse_scope_binds_names() -> None:
    scope = AffineParseScope(["i", "j"], ["n"])
    assert scope.lookup("j") is d1 and scope.lookup("n") is s0
    assert scope.dim("i") is d0 and scope.symbol("n") is s0
    assert scope.num_dims == 2 and scope.num_symbols == 1
    with pytest.raises(ValueError, match="^use of undeclared identifier$"):
        scope.lookup("k")
    with pytest.raises(ValueError, match="symbol, not a dimension"):
        scope.dim("n")
    with pytest.raises(ValueError, match="dimension, not a symbol"):
        scope.symbol("i")


@pytest.mark.parametrize(("dims", "symbols"), [(["i", "i"], []), (["i"], ["i"])])
def test_parse_scope_rejects_redefinition(dims: list[str], symbols: list[str]) -> None:
    with pytest.raises(ValueError, match="^redefinition of identifier 'i'$"):
        AffineParseScope(dims, symbols)
