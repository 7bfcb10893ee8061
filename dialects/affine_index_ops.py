"""`affine.delinearize_index` and `affine.linearize_index`: converting between a linear
index and a multi-index over a (mixed static/dynamic) basis.

Custom forms, as MLIR prints them:

    %r:2 = affine.delinearize_index %idx into (%a, 16) : index, index
    %l = affine.linearize_index disjoint [%i, %j] by (4, 8) : index

Both keep the basis in two parts (see `static_dynamic`): `static_basis`, a dense i64
array with `DYNAMIC` where the entry is the next operand of the `dynamic_basis` group.
The first (outermost) basis element may be left out: then delinearize has one more
result than basis elements and linearize one more index than basis elements
("no outer bound"). linearize's `disjoint` property is a unit property: `UnitAttr` when
set, `false` (an i1 IntegerAttr) otherwise, as MLIR's generic form prints it.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import UnitAttr, bool_attr
from pyir.builtin_types import IndexType, VectorType
from pyir.constraints import Predicate
from pyir.core import Operation, Value
from pyir.dialects.affine_ops import IndexList, attrs_except
from pyir.dialects.static_dynamic import (
    DYNAMIC,
    I64_ARRAY,
    dense_i64,
    merge_mixed,
    print_index_list,
    split_mixed,
    static_values,
)
from pyir.opdef import (
    AttrSizedOperandSegments,
    OpView,
    operand,
    prop,
    result,
    segment_sizes,
    var_operand,
    var_result,
)
from pyir.traits import Pure

__all__ = ["DelinearizeIndexOp", "LinearizeIndexOp", "mixed_basis", "padded_basis"]

_INDEX = IndexType()


def _index_like(t: Any) -> bool:
    return isinstance(t, IndexType) or (
        isinstance(t, VectorType) and isinstance(t.element_type, IndexType)
    )


#: ODS's IndexLike and Variadic<IndexLike>.
IndexLike = Predicate(_index_like, "index or vector of index")
IndexLikeList = Predicate(_index_like, "variadic of index or vector of index")
_MISMATCH = (
    "mismatch between dynamic and static basis (kDynamic marker but no corresponding "
    "dynamic basis entry) -- this can only happen due to an incorrect fold/rewrite"
)


def mixed_basis(op: Operation) -> list:
    """The op's basis as ints (static entries) and Values (dynamic entries)."""
    static = static_values(op.properties.get("static_basis"))
    n_dynamic = sum(1 for v in static if v == DYNAMIC)
    if op.name == "affine.delinearize_index":
        dynamic = op.operands[1 : 1 + n_dynamic]
    else:
        dynamic = op.operands[len(op.operands) - n_dynamic :] if n_dynamic else []
    return merge_mixed(static, dynamic)


def has_outer_bound(op: Operation) -> bool:
    """Whether the basis names the outermost bound too (MLIR's hasOuterBound)."""
    n_basis = len(static_values(op.properties.get("static_basis")))
    if op.name == "affine.delinearize_index":
        return len(op.results) == n_basis
    return len(multi_index(op)) == n_basis


def padded_basis(op: Operation) -> list:
    """The mixed basis with None in front when there is no outer bound (getPaddedBasis)."""
    basis = mixed_basis(op)
    return basis if has_outer_bound(op) else [None, *basis]


def multi_index(op: Operation) -> list:
    """The indices a linearize_index combines (its first operand group)."""
    sizes = op.properties.get("operandSegmentSizes")
    values = static_values(sizes)
    count = values[0] if values else len(op.operands)
    return list(op.operands[:count])


def build_delinearize(linear: Value, basis: list, outer_bound: bool = True) -> tuple:
    """(operands, result types, properties) of a delinearize_index over a mixed basis;
    a leading None entry means "no outer bound" (MLIR's OpFoldResult builder)."""
    if outer_bound and basis and basis[0] is None:
        outer_bound, basis = False, basis[1:]
    static, dynamic = split_mixed(basis)
    count = len(basis) + (0 if outer_bound else 1)
    props = {"static_basis": dense_i64(static)}
    return [linear, *dynamic], [linear.type] * count, props


def build_linearize(indices: list, basis: list, disjoint: bool, result_type: Any = None) -> tuple:
    """(operands, result types, properties) of a linearize_index over a mixed basis; a
    leading None entry of `basis` is dropped. The result type defaults to the indices'
    (index when there are none)."""
    if basis and basis[0] is None:
        basis = basis[1:]
    static, dynamic = split_mixed(basis)
    props = {
        "disjoint": UnitAttr() if disjoint else bool_attr(False),
        "operandSegmentSizes": segment_sizes((len(indices), len(dynamic))),
        "static_basis": dense_i64(static),
    }
    if result_type is None:
        result_type = indices[0].type if indices else _INDEX
    return [*indices, *dynamic], [result_type], props


def verify_elementwise(op: Operation) -> str | None:
    """MLIR's ElementwiseMappable checks: vector operands and results come
    together, all of one shape and kind."""

    def mappable(t: Any) -> bool:
        return isinstance(t, VectorType)

    results = [v.type for v in op.results if mappable(v.type)]
    operands = [v.type for v in op.operands if mappable(v.type)]
    if not results and not operands:
        return None
    if not operands:
        return "if a result is non-scalar, then at least one operand must be non-scalar"
    if not results:
        return "if an operand is non-scalar, then there must be at least one non-scalar result"
    if len(results) != len(op.results):
        return "if an operand is non-scalar, then all results must be non-scalar"
    types = operands + results
    first = types[0]
    same_kind = all(type(t) is type(first) for t in types)
    if not same_kind or any(getattr(t, "shape", None) != first.shape for t in types):
        return "all non-scalar operands/results must have the same shape and base type"
    return None


def _check_dynamic(static: tuple, dynamic: list) -> str | None:
    if sum(1 for v in static if v == DYNAMIC) != len(dynamic):
        return _MISMATCH
    return None


class DelinearizeIndexOp(OpView):
    """`%r:N = affine.delinearize_index %x into (B...) : index, ...`: the multi-index of
    `%x` over basis B, outermost first.

    Invariants: N is the basis length or one more (no outer bound); one dynamic operand
    per `DYNAMIC` entry; static entries are positive.
    """

    name = "affine.delinearize_index"
    traits = (Pure,)
    linear_index = operand(IndexLike)
    dynamic_basis = var_operand(IndexList)
    static_basis = prop(I64_ARRAY)
    multi_index = var_result(IndexLikeList)

    @classmethod
    def build(cls, linear: Value, basis: list, outer_bound: bool = True, location: Any = None):
        """A delinearize_index of `linear` over a mixed basis (ints and Values)."""
        operands, types, props = build_delinearize(linear, basis, outer_bound)
        return cls.create(operands, types, props, location=location)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write(" into ")
        print_index_list(p, static_values(op.properties.get("static_basis")), op.operands[1:], "()")
        p.print_optional_attr_dict(attrs_except(op, ("static_basis",)))
        p.write(" : ")
        for i, r in enumerate(op.results):
            if i:
                p.write(", ")
            p.print_type(r.type)

    def verify_(self) -> str | None:
        results = self.op.results
        if results and results[0].type != self.op.operands[0].type:
            return "failed to verify that linear_index type must match result types"
        message = verify_elementwise(self.op)
        if message is not None:
            return message
        static = static_values(self.static_basis)
        n = len(results)
        if n != len(static) and n != len(static) + 1:
            return "should return an index for each basis element and up to one extra index"
        message = _check_dynamic(static, list(self.op.operands[1:]))
        if message is not None:
            return message
        if any(v <= 0 and v != DYNAMIC for v in static):
            return "no basis element may be statically non-positive"
        return None


class LinearizeIndexOp(OpView):
    """`%l = affine.linearize_index [disjoint] [%i...] by (B...) : index`: the linear
    index of a multi-index over basis B (`disjoint` asserts every index is in range).

    Invariants: there are as many indices as basis entries, or one more (no outer
    bound); one dynamic operand per `DYNAMIC` entry.
    """

    name = "affine.linearize_index"
    traits = (AttrSizedOperandSegments, Pure)
    multi_index = var_operand(IndexLikeList)
    dynamic_basis = var_operand(IndexList)
    static_basis = prop(I64_ARRAY)
    disjoint = prop(optional=True, default=bool_attr(False))
    linear_index = result(IndexLike)

    @classmethod
    def build(cls, indices: list, basis: list, disjoint: bool = False, location: Any = None):
        """A linearize_index of `indices` over a mixed basis (ints and Values)."""
        operands, types, props = build_linearize(indices, basis, disjoint)
        return cls.create(operands, types, props, location=location)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        if isinstance(op.properties.get("disjoint"), UnitAttr):
            p.write(" disjoint")
        p.write(" [")
        for i, v in enumerate(multi_index(op)):
            if i:
                p.write(", ")
            p.print_operand(v)
        p.write("] by ")
        static = static_values(op.properties.get("static_basis"))
        print_index_list(p, static, op.operands[len(multi_index(op)) :], "()")
        elided = ("static_basis", "disjoint", "operandSegmentSizes")
        p.print_optional_attr_dict(attrs_except(op, elided))
        p.write(" : ")
        p.print_type(op.results[0].type)

    def verify_(self) -> str | None:
        result_type = self.op.results[0].type
        if any(v.type != result_type for v in multi_index(self.op)):
            return "failed to verify that multi_index types must match result type"
        message = verify_elementwise(self.op)
        if message is not None:
            return message
        static = static_values(self.static_basis)
        n = len(multi_index(self.op))
        if n != len(static) and n != len(static) + 1:
            return "should be passed a basis element for each index except possibly the first"
        return _check_dynamic(static, list(self.op.operands[n:]))
