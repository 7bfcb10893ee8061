"""Unit tests of pyir.dialects.reshape_reassociation (MLIR's reassociation arithmetic for
expand_shape / collapse_shape); expected answers are what MLIR's canonicalizer does."""

from __future__ import annotations

import pytest

from pyir.builtin_types import DYNAMIC as PYIR_DYNAMIC
from pyir.dialects.reshape_reassociation import (
    DYNAMIC as D,
)
from pyir.dialects.reshape_reassociation import (
    collapse_reassociation,
    compose_collapse_of_expand,
    find_collapsing_reassociation,
)


def test_dynamic_matches_pyir() -> None:
    assert D == PYIR_DYNAMIC


@pytest.mark.parametrize(
    ("source", "target", "groups"),
    [
        ((2, 3, 4, 5), (6, 20), [[0, 1], [2, 3]]),
        ((D, 3, 4), (D, 12), [[0], [1, 2]]),
        ((D, 2, 3, 5), (D, 15), [[0, 1], [2, 3]]),  # 2 joins the dynamic group
        ((2, 1, 3), (2, 3), [[0], [1, 2]]),  # a unit dim may go either way
        ((1, 1, 1), (), [[0, 1, 2]]),
        ((D, D, D), (D, D), None),  # ambiguous
        ((D, 2, 3, 6, D), (D, 6, D), None),
        ((2, 6), (4, 3), None),
        ((2, 3), (2, 3), None),  # not a lower rank
        ((2, 3), (), None),
    ],
)
def test_collapse_reassociation(source: tuple, target: tuple, groups: list | None) -> None:
    assert collapse_reassociation(source, target) == groups


def test_compose_collapse_of_expand() -> None:
    # tensor<12x5> expand [[0, 1], [2]] -> 3x4x5, collapse [[0, 1, 2]] -> 60
    assert compose_collapse_of_expand([[0, 1], [2]], [[0, 1, 2]], 2, 1) == [[0, 1]]
    # tensor<60> expand [[0, 1, 2]] -> 3x4x5, collapse [[0, 1], [2]] -> 12x5
    assert compose_collapse_of_expand([[0, 1, 2]], [[0, 1], [2]], 1, 2) == [[0, 1]]
    # straddling groups do not compose
    assert compose_collapse_of_expand([[0, 1], [2]], [[0], [1, 2]], 2, 2) is None


def test_find_collapsing_reassociation() -> None:
    # collapse 2x3x4x5 [[0, 1, 2, 3]] -> 120, expand [[0, 1]] -> 6x20
    groups = find_collapsing_reassociation([[0, 1, 2, 3]], [[0, 1]], (2, 3, 4, 5), (6, 20))
    assert groups == [[0, 1], [2, 3]]
    assert find_collapsing_reassociation([[0, 1]], [[0, 1]], (2, 6), (4, 3)) is None
    # rank 0 in the middle: the whole shapes
    assert find_collapsing_reassociation([], [], (1, 1, 1), (1, 1)) == [[0], [1, 2]]
