"""`vector.reduction` and `vector.contract`, and the vector dialect's enum attributes.

- `#vector.kind<add>` (CombiningKindAttr): how values combine; op syntax writes it
  stripped (`vector.reduction <add>, ...`).
- `#vector.iterator_type<parallel>` (IteratorTypeAttr): a contraction loop's kind. The
  custom form of `vector.contract` writes the list as strings inside its leading attribute
  dictionary (`iterator_types = ["parallel", "reduction"]`), as MLIR does; the generic
  form stores the enum attributes.

Both ops also carry `fastmath` (`#arith.fastmath<...>`, default `none`).
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr
from pyir.affine_expr import DIM
from pyir.asm import CustomSyntax
from pyir.builtin_attributes import ArrayAttr, DictionaryAttr, StringAttr
from pyir.builtin_types import FloatType, IndexType, IntegerType, VectorType
from pyir.core import Operation, Value
from pyir.dialect_attrs import EnumParam, ParametrizedAttr
from pyir.dialects.arith_attrs import FastMathFlagsAttr
from pyir.dialects.vector_common import (
    AFFINE_MAP_ARRAY,
    I1,
    NON_ZERO_BITWIDTH_VECTOR,
    element_type_or_self,
    keyword,
    parse_error,
    split_attr_dict,
)
from pyir.opdef import IsA, OpView, Predicate, operand, opt_operand, prop, result
from pyir.traits import Pure

#: MLIR's CombiningKind cases, in its enum order.
COMBINING_KINDS = (
    "add",
    "mul",
    "minui",
    "minsi",
    "minnumf",
    "maxui",
    "maxsi",
    "maxnumf",
    "and",
    "or",
    "xor",
    "maximumf",
    "minimumf",
    "maximumnumf",
    "minimumnumf",
)
_ANY_NUMBER_KINDS = frozenset(("add", "mul"))
_INTEGER_KINDS = frozenset(("minui", "minsi", "maxui", "maxsi", "and", "or", "xor"))
ITERATOR_TYPES = ("parallel", "reduction")


class CombiningKindAttr(ParametrizedAttr):
    """`#vector.kind<add>`. Invariant: `value` is one of COMBINING_KINDS."""

    name = "vector.kind"
    value = EnumParam(COMBINING_KINDS)


class IteratorTypeAttr(ParametrizedAttr):
    """`#vector.iterator_type<parallel>`. Invariant: `value` is one of ITERATOR_TYPES."""

    name = "vector.iterator_type"
    value = EnumParam(ITERATOR_TYPES)


KIND_ADD = CombiningKindAttr("add")
#: `#arith.fastmath<none>`, the default of the ops' `fastmath`.
FASTMATH_NONE = FastMathFlagsAttr(())

ITERATOR_TYPE_ARRAY = Predicate(
    lambda a: isinstance(a, ArrayAttr) and all(isinstance(e, IteratorTypeAttr) for e in a),
    "Iterator type should be an enum.",
)
COMBINING_KIND = IsA(
    CombiningKindAttr, description="Kind of combining function for contractions and reductions"
)
FASTMATH = IsA(FastMathFlagsAttr, description="Floating point fast math flags")


def kind_supports(kind: str, element: Any) -> bool:
    """MLIR's isSupportedCombiningKind: whether `kind` combines values of `element`."""
    if kind in _ANY_NUMBER_KINDS:
        return isinstance(element, (IntegerType, IndexType, FloatType))
    if kind in _INTEGER_KINDS:
        return isinstance(element, (IntegerType, IndexType))
    return isinstance(element, FloatType)


def _print_enum(p: Any, attr: Any, cls: type) -> None:
    if isinstance(attr, cls):
        attr.print_stripped(p)
    else:
        p.print_attribute(attr)


# -- vector.reduction ----------------------------------------------------------------------------
class ReductionOp(OpView):
    """`%r = vector.reduction <add>, %v, %acc fastmath<fast> : vector<16xf32> into f32`:
    combines the elements of a 0-d or 1-d vector (and `acc`, when given) with `kind`.

    Invariants: the result is the vector's element type and, with `acc`, `acc`'s type;
    `kind` applies to that type (`xor` needs integers, `maxnumf` floats, ...).
    """

    name = "vector.reduction"
    traits = (Pure,)
    hand_written_syntax = True
    vector = operand(NON_ZERO_BITWIDTH_VECTOR)
    acc = opt_operand()
    dest = result()
    kind = prop(COMBINING_KIND)
    fastmath = prop(FASTMATH, default=FASTMATH_NONE)

    @classmethod
    def build(
        cls,
        kind: str,
        vector: Value,
        acc: Value | None = None,
        fastmath: FastMathFlagsAttr | None = None,
        location: Any = None,
    ) -> Operation:
        props: dict = {"kind": CombiningKindAttr(kind)}
        if fastmath is not None:
            props["fastmath"] = fastmath
        operands = [vector] if acc is None else [vector, acc]
        return cls.create(operands, [vector.type.element_type], properties=props, location=location)

    def verify_(self) -> str | None:
        op = self.op
        source: VectorType = op.operands[0].type
        dest = op.results[0].type
        if source.element_type != element_type_or_self(dest):
            return "failed to verify that source operand and result have same element type"
        if len(op.operands) > 1 and op.operands[1].type != dest:
            return "failed to verify that dest and acc have the same type"
        if len(source.shape) > 1:
            return f"unsupported reduction rank: {len(source.shape)}"
        kind = self.kind.value
        if not kind_supports(kind, dest):
            return f"unsupported reduction type ''{dest}'' for kind '{kind}'"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        _print_enum(p, op.properties.get("kind"), CombiningKindAttr)
        p.write(", ")
        p.print_operands(op.operands)
        fastmath = op.properties.get("fastmath")
        if fastmath is not None and fastmath != FASTMATH_NONE:
            p.write(" fastmath")
            _print_enum(p, fastmath, FastMathFlagsAttr)
        attrs = dict(op.properties)
        attrs.update(op.attributes)
        p.print_optional_attr_dict(attrs, ("kind", "fastmath"))
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" into ")
        p.print_type(op.results[0].type)


# -- vector.contract -----------------------------------------------------------------------------
_TRAIT_ATTRS = ("indexing_maps", "iterator_types", "kind", "fastmath")


class ContractionOp(OpView):
    """`%r = vector.contract {indexing_maps = [...], iterator_types = [...], kind = ...}
    %lhs, %rhs, %acc : vector<4x3xf32>, vector<3x7xf32> into vector<4x7xf32>`.

    Invariants: one projected-permutation map (no symbols, one input per iterator) per
    operand, with as many results as the operand's rank; at least one reduction iterator
    indexes both lhs and rhs; paired dims have equal sizes; the accumulator and result have
    the shape the lhs/rhs free and batch dims give (a scalar when there are none); `kind`
    applies to the result's element type.
    """

    name = "vector.contract"
    traits = (Pure,)
    hand_written_syntax = True
    lhs = operand(NON_ZERO_BITWIDTH_VECTOR)
    rhs = operand(NON_ZERO_BITWIDTH_VECTOR)
    acc = operand()
    result = result()
    indexing_maps = prop(AFFINE_MAP_ARRAY)
    iterator_types = prop(ITERATOR_TYPE_ARRAY)
    kind = prop(COMBINING_KIND, default=KIND_ADD)
    fastmath = prop(FASTMATH, default=FASTMATH_NONE)

    @classmethod
    def build(
        cls,
        lhs: Value,
        rhs: Value,
        acc: Value,
        indexing_maps: list[AffineMap],
        iterator_types: list[str],
        kind: str = "add",
        location: Any = None,
    ) -> Operation:
        props = {
            "indexing_maps": ArrayAttr(tuple(AffineMapAttr(m) for m in indexing_maps)),
            "iterator_types": ArrayAttr(tuple(IteratorTypeAttr(t) for t in iterator_types)),
            "kind": CombiningKindAttr(kind),
        }
        return cls.create([lhs, rhs, acc], [acc.type], properties=props, location=location)

    def verify_(self) -> str | None:
        op = self.op
        lhs_t: VectorType = op.operands[0].type
        rhs_t: VectorType = op.operands[1].type
        acc_t = op.operands[2].type
        res_t = op.results[0].type
        if lhs_t.element_type != rhs_t.element_type:
            return "failed to verify that lhs and rhs have same element type"
        if element_type_or_self(acc_t) != element_type_or_self(res_t):
            return "failed to verify that third operand acc and result have same element type"
        element = lhs_t.element_type
        if isinstance(element, IntegerType) and not element.is_signless:
            return "only supports signless integer types"
        maps = [a.value for a in self.indexing_maps]
        if len(maps) != 3:
            return "expected an indexing map for each vector operand"
        iterators = [a.value for a in self.iterator_types]
        for i, m in enumerate(maps):
            t = op.operands[i].type
            rank = len(t.shape) if isinstance(t, VectorType) else 0
            if m.num_symbols:
                return f"expected indexing map {i} to have no symbols"
            if m.num_dims != len(iterators):
                return f"expected indexing map {i} to have {len(iterators)} number of inputs"
            if len(m.results) != rank:
                return f"expected indexing map {i} to have {rank} number of outputs"
            if not m.is_projected_permutation():
                return f"expected indexing map {i} to be a projected permutation of its inputs"
        contracting = _dim_map(maps, iterators, "reduction")
        batch = _dim_map(maps, iterators, "parallel")
        if not contracting:
            return "expected at least one contracting dimension pair"
        if any(lhs_t.shape[a] != rhs_t.shape[b] for a, b in contracting):
            return "invalid contracting dimension map"
        if any(lhs_t.shape[a] != rhs_t.shape[b] for a, b in batch):
            return "invalid batch dimension map"
        message = _output_shape_error(maps, lhs_t, rhs_t, acc_t, res_t, contracting, batch)
        if message is not None:
            return message
        if not kind_supports(self.kind.value, element_type_or_self(res_t)):
            return "unsupported contraction type"
        return _indexing_map_error(maps, [v.type for v in op.operands])

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        props = op.properties
        leading: dict = {}
        for name in _TRAIT_ATTRS:
            value = props.get(name, op.attributes.get(name))
            if value is None or (name == "fastmath" and value == FASTMATH_NONE):
                continue
            if name == "iterator_types" and isinstance(value, ArrayAttr):
                value = ArrayAttr(
                    tuple(
                        StringAttr(e.value) if isinstance(e, IteratorTypeAttr) else e for e in value
                    )
                )
            leading[name] = value
        p.write(" ")
        p.print_attribute(DictionaryAttr(leading))
        p.write(" ")
        p.print_operands(op.operands)
        attrs = dict(props)
        attrs.update(op.attributes)
        p.print_optional_attr_dict(attrs, _TRAIT_ATTRS)
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(", ")
        p.print_type(op.operands[1].type)
        p.write(" into ")
        p.print_type(op.results[0].type)


def _dim_map(maps: list[AffineMap], iterators: list[str], which: str) -> list[tuple[int, int]]:
    """(lhs dim, rhs dim) pairs of the iterators of kind `which` that index both."""
    pairs = []
    for i, kind in enumerate(iterators):
        if kind != which:
            continue
        lhs = _result_index(maps[0], i)
        rhs = _result_index(maps[1], i)
        if lhs >= 0 and rhs >= 0:
            pairs.append((lhs, rhs))
    return pairs


def _result_index(m: AffineMap, dim_position: int) -> int:
    for i, r in enumerate(m.results):
        if r.kind is DIM and r.position == dim_position:
            return i
    return -1


def _output_shape_error(
    maps: list[AffineMap],
    lhs_t: VectorType,
    rhs_t: VectorType,
    acc_t: Any,
    res_t: Any,
    contracting: list,
    batch: list,
) -> str | None:
    """MLIR's verifyOutputShape of vector.contract."""
    lhs_contracting = {a for a, _ in contracting}
    rhs_contracting = {b for _, b in contracting}
    rhs_batch = {b for _, b in batch}
    expected_dims = [d for i, d in enumerate(lhs_t.shape) if i not in lhs_contracting]
    expected_dims += [
        d for i, d in enumerate(rhs_t.shape) if i not in rhs_contracting and i not in rhs_batch
    ]
    if not expected_dims:
        if isinstance(res_t, VectorType) or isinstance(acc_t, VectorType):
            return "invalid accumulator/result vector shape"
        return None
    if not isinstance(res_t, VectorType) or not isinstance(acc_t, VectorType):
        return "invalid accumulator/result vector shape"
    lhs_map, rhs_map, res_map = maps
    used = {r.position for m in (lhs_map, rhs_map) for r in m.results}
    if len(used) != lhs_map.num_dims:
        return "expected all dimensions to be either a LHS or a RHS dimension"
    extents: dict[int, int] = {}
    for t, m in ((lhs_t, lhs_map), (rhs_t, rhs_map)):
        for i, r in enumerate(m.results):
            extents.setdefault(r.position, t.shape[i])
    shape = tuple(extents[r.position] for r in res_map.results)
    scalable = res_t.scalable_dims if len(res_t.shape) == len(shape) else None
    expected = VectorType(shape, res_t.element_type, scalable)
    if res_t != expected or acc_t != expected:
        return f"invalid accumulator/result vector shape, expected: '{expected}'"
    return None


def _indexing_map_error(maps: list[AffineMap], types: list) -> str | None:
    """MLIR's IndexingMapOpInterface checks that remain after the contraction's own: the
    maps together name every loop, and each operand dim is its loop's size."""
    num_dims = max(m.num_dims for m in maps)
    results = [r for m in maps for r in m.results]
    shapes = [s for t in types for s in (t.shape if isinstance(t, VectorType) else ())]
    loop_sizes: dict[int, int] = {}
    for r, size in zip(results, shapes):
        if r.kind is DIM:
            loop_sizes.setdefault(r.position, size)
    if len(loop_sizes) != num_dims:
        concat = AffineMap(num_dims, 0, results)
        return f"invalid indexing maps are non-invertible: ({concat})"
    for i, (m, t) in enumerate(zip(maps, types)):
        shape = t.shape if isinstance(t, VectorType) else ()
        for d, (r, size) in enumerate(zip(m.results, shape)):
            if r.kind is DIM and size != 0 and loop_sizes[r.position] != size:
                return (
                    f"inferred input/output operand #{i} has shape's dimension #{d} to be "
                    f"{loop_sizes[r.position]}, but found {size}"
                )
    return None


# -- hand-written syntax -----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_reduction_kw: "vector.reduction"
vector_reduction: vector_reduction_kw vector_kind "," value_use ["," value_use] [vector_fastmath] [attribute_dict] ":" type "into" type
vector_kind: defsyntax_a_vector_kind | attribute_value
vector_fastmath: "fastmath" defsyntax_a_arith_fastmath
!vector_contract_kw: "vector.contract"
vector_contract: vector_contract_kw attribute_value value_use_list [attribute_dict] ":" type_list "into" type
%extend custom_operation: vector_reduction | vector_contract
"""

_REDUCTION = "vector.reduction"
_CONTRACT = "vector.contract"


def _reduction(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, kind, vector_use, acc_use, fastmath, attrs, vector_type, dest_type = c
        state.end_op()
        attributes = split_attr_dict(state, _REDUCTION, attrs, ("kind", "fastmath"))
        operands = [state.resolve(vector_use, vector_type)]
        if acc_use is not None:
            operands.append(state.resolve(acc_use, dest_type))
        props: dict = {"kind": kind}
        if fastmath is not None:
            props["fastmath"] = fastmath
        return ReductionOp.create(operands, [dest_type], properties=props, attributes=attributes)

    return build


def _contract(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, traits, uses, attrs, types, result_type = c
        state.end_op()
        if not isinstance(traits, DictionaryAttr):
            raise parse_error(state, _CONTRACT, "invalid kind of attribute specified")
        if len(uses) < 3:
            raise parse_error(state, _CONTRACT, "expected 3 operands (lhs, rhs, acc)")
        if len(types) != 2:
            raise parse_error(state, _CONTRACT, "expected 2 types (lhs, rhs) before 'into'")
        attributes = dict(traits.items())
        attributes.update(attrs or {})
        iterators = attributes.get("iterator_types")
        if not isinstance(iterators, ArrayAttr):
            raise parse_error(state, _CONTRACT, 'expected "iterator_types" array attribute')
        converted = []
        for e in iterators:
            name = e.value if isinstance(e, StringAttr) else None
            if name not in ITERATOR_TYPES:
                raise parse_error(state, _CONTRACT, f"unexpected iterator_type ({name or e})")
            converted.append(IteratorTypeAttr(name))
        attributes["iterator_types"] = ArrayAttr(tuple(converted))
        props = {n: attributes.pop(n) for n in _TRAIT_ATTRS if n in attributes}
        lhs_t, rhs_t = types
        operands = [
            state.resolve(uses[0], lhs_t),
            state.resolve(uses[1], rhs_t),
            state.resolve(uses[2], result_type),
        ]
        masks = uses[3:]
        if masks:
            if len(masks) != 2:
                raise parse_error(
                    state, _CONTRACT, "expected zero or exactly 2 vector mask operands"
                )
            for use, t in zip(masks, (lhs_t, rhs_t)):
                if not isinstance(t, VectorType):
                    raise parse_error(state, _CONTRACT, "expected vector types for masked operands")
                operands.append(state.resolve(use, VectorType(t.shape, I1, t.scalable_dims)))
        return ContractionOp.create(
            operands, [result_type], properties=props, attributes=attributes
        )

    return build


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_reduction_kw": keyword(_REDUCTION),
        "vector_reduction": _reduction,
        "vector_kind": lambda state: lambda c: c[0],
        "vector_fastmath": lambda state: lambda c: c[0],
        "vector_contract_kw": keyword(_CONTRACT),
        "vector_contract": _contract,
    },
)

OPS = (ReductionOp, ContractionOp)
ATTRIBUTES = (CombiningKindAttr, IteratorTypeAttr)
