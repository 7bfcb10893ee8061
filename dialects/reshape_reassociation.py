"""Reassociation arithmetic of expand_shape / collapse_shape, shared by tensor and memref.

Plain ints only (no IR): a shape is a sequence of sizes where `DYNAMIC` (MLIR's
ShapedType::kDynamic, the same value as `pyir.builtin_types.DYNAMIC`) marks an unknown
size; a reassociation is a list of groups, each a list of consecutive dimension indices
of the higher-rank shape (`[[0, 1], [2]]`).

- `collapse_reassociation(source, target)`: how `source` collapses into the lower-rank
  `target`, or None when that is ambiguous or impossible (MLIR's
  getReassociationIndicesForCollapse: a lazy left-to-right match checked against a
  right-to-left one; they may disagree only on where unit dimensions go);
- `compose_collapse_of_expand(expand_groups, collapse_groups, src_rank, result_rank)`:
  the groups of one reshape doing collapse(expand(x)) (ComposeCollapseOfExpandOp);
- `find_collapsing_reassociation(src_groups, result_groups, src_shape, result_shape)`:
  the groups of one collapse doing expand(collapse(x)), or the reverse
  (ComposeExpandOfCollapseOp).
"""

from __future__ import annotations

from collections.abc import Sequence

#: MLIR's ShapedType::kDynamic (equal to pyir.builtin_types.DYNAMIC).
DYNAMIC = -(2**63)

Groups = list[list[int]]


# -- collapse_reassociation -----------------------------------------------------------------------
def _range_for_dynamic(shape: Sequence[int], start: int, greedy: bool) -> tuple[int, int] | None:
    """The dims from `start` through the first dynamic one (through the end if `greedy`)."""
    if not 0 <= start < len(shape):
        return None
    found = False
    result = (start, start)
    right = start
    while right < len(shape):
        if found and not greedy:
            break
        if shape[right] == DYNAMIC:
            found = True
        result = (start, right)
        right += 1
    return result if found else None


def _range_for_size(
    shape: Sequence[int], start: int, target: int, greedy: bool
) -> tuple[int, int] | None:
    """The first run of static dims from `start` whose product is `target` (plus the unit
    dims that follow if `greedy`); dims skipped on the way must join the previous group."""
    if not 0 <= start < len(shape):
        return None
    left, right = start, start
    result = (left, right)
    product = 1
    reached = False
    while left >= 0 and right < len(shape):
        size = shape[right]
        if reached and not greedy:
            break
        if size == DYNAMIC:
            if reached:
                break
            # A static group cannot hold a dynamic dim: start over after it.
            product = 1
            left = right = right + 1
            result = (left, right)
            continue
        product *= size
        if product > target and reached:
            break
        # Overshot without a match: drop dims from the front until it fits again.
        while product > target and left < right:
            if shape[left] == 0:
                return None
            product //= shape[left]
            left += 1
        result = (left, right)
        if product == target:
            reached = True
        right += 1
    return result if reached else None


def _ranges(source: Sequence[int], target: Sequence[int]) -> list[tuple[int, int]] | None:
    """One (first, last) source range per target dim, matched left to right."""
    ranges: list[tuple[int, int]] = []
    previous: int | None = None
    start = 0
    for k, size in enumerate(target):
        greedy = k == len(target) - 1
        if size == DYNAMIC:
            found = _range_for_dynamic(source, start, greedy)
        else:
            found = _range_for_size(source, start, size, greedy)
        if found is None or found[0] > found[1] or found[1] >= len(source):
            return None
        if found[0] > start:
            # Skipped dims go to the previous group, which must be dynamic.
            if previous != DYNAMIC:
                return None
            ranges[-1] = (ranges[-1][0], found[0] - 1)
        previous = size
        start = found[1] + 1
        ranges.append(found)
    if not ranges or ranges[-1][1] < len(source) - 1:
        return None
    return ranges


def _ranges_reversed(source: Sequence[int], target: Sequence[int]) -> list[tuple[int, int]] | None:
    """`_ranges` matched right to left, in the original order and numbering."""
    found = _ranges(list(reversed(source)), list(reversed(target)))
    if found is None:
        return None
    last = len(source) - 1
    return [(last - b, last - a) for a, b in reversed(found)]


def collapse_reassociation(source: Sequence[int], target: Sequence[int]) -> Groups | None:
    """The groups collapsing `source` into `target` (lower rank), or None."""
    if len(source) <= len(target):
        return None
    if not target:
        if any(d not in (1, DYNAMIC) for d in source):
            return None
        return [list(range(len(source)))]
    forward = _ranges(source, target)
    backward = _ranges_reversed(source, target)
    if forward is None or backward is None:
        return None
    if len(forward) != len(target) or len(backward) != len(target):
        return None
    groups = []
    for (a, b), (c, d) in zip(forward, backward):
        one, two = set(range(a, b + 1)), set(range(c, d + 1))
        if not one & two:
            return None
        # The two directions may only disagree on unit dims.
        if any(source[i] != 1 for i in one ^ two):
            return None
        groups.append(list(range(a, b + 1)))
    return groups


# -- composing an expand and a collapse -----------------------------------------------------------
def compose_collapse_of_expand(
    expand_groups: Groups, collapse_groups: Groups, src_rank: int, result_rank: int
) -> Groups | None:
    """collapse(expand(x)) as one reshape of x: for each group of the lower-rank side, the
    groups of the higher-rank side that cover it exactly (indices into those groups)."""
    if src_rank > result_rank:
        higher, lower = expand_groups, collapse_groups
    else:
        higher, lower = collapse_groups, expand_groups
    composed: Groups = []
    k = 0
    for group in lower:
        if not group:
            return None
        indices = []
        while k < len(higher):
            rightmost = higher[k][-1] if higher[k] else -1
            if rightmost > group[-1]:
                return None
            indices.append(k)
            k += 1
            if rightmost == group[-1]:
                break
        composed.append(indices)
    return composed


def find_collapsing_reassociation(
    src_groups: Groups, result_groups: Groups, src_shape: Sequence[int], result_shape: Sequence[int]
) -> Groups | None:
    """expand(collapse(x)) (or the reverse) as one collapse of `src_shape` into
    `result_shape`: each intermediate dim's band of `src_shape` collapsed into its band of
    `result_shape`, or None."""
    if not src_groups:
        return collapse_reassociation(src_shape, result_shape)
    composed: Groups = []
    for src, res in zip(src_groups, result_groups):
        if not src or not res:
            return None
        src_band = list(src_shape[src[0] : src[0] + len(src)])
        res_band = list(result_shape[res[0] : res[0] + len(res)])
        if src_band.count(DYNAMIC) >= 2 and res_band.count(DYNAMIC) >= 2:
            return None
        if len(src_band) == len(res_band):
            if src_band != res_band:
                return None
            composed.extend([src[0] + i] for i in range(len(src_band)))
            continue
        sub = collapse_reassociation(src_band, res_band)
        if sub is None:
            return None
        composed.extend([src[0] + i for i in g] for g in sub)
    return composed
