"""What the `vector` dialect's op modules share: type constraints, shape helpers, the
small pieces of affine-map reasoning the transfer and contraction ops need, and the
callbacks their hand-written syntax has in common (`keyword`, `parse_error`,
`split_attr_dict`).

The constraint descriptions are MLIR's ODS wording, so `operand #0 must be ..., but got
'...'` reads the same in both tools. Scalable dims are printed as `[4]` in messages, as
MLIR prints them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.affine import AffineMap, AffineMapAttr
from pyir.affine_expr import ADD, CONSTANT, DIM, MUL, SYMBOL, AffineExpr
from pyir.builtin_attributes import ArrayAttr, IntegerAttr, StridedLayoutAttr
from pyir.builtin_types import (
    FloatType,
    IndexType,
    IntegerType,
    MemRefType,
    RankedTensorType,
    ShapedType,
    UnrankedMemRefType,
    UnrankedTensorType,
    VectorType,
    element_bitwidth,
)
from pyir.constraints import Predicate

I1 = IntegerType(1)
I64 = IntegerType(64)
INDEX = IndexType()

# -- type constraints ------------------------------------------------------------------------
VECTOR = Predicate(lambda t: isinstance(t, VectorType), "vector of any non-token type values")
FLOAT_VECTOR = Predicate(
    lambda t: isinstance(t, VectorType) and isinstance(t.element_type, FloatType),
    "vector of floating-point values",
)
NON_ZERO_BITWIDTH_VECTOR = Predicate(
    lambda t: isinstance(t, VectorType) and _bitwidth(t.element_type) != 0,
    "vector of non-zero-bitwidth type values",
)
#: A mask: a vector of i1 of rank >= 1 (MLIR's VectorOfNonZeroRankOf<[I1]>).
MASK = Predicate(
    lambda t: isinstance(t, VectorType) and t.element_type == I1 and len(t.shape) > 0,
    "vector of 1-bit signless integer values",
)
INDEX_OPERANDS = Predicate(lambda t: isinstance(t, IndexType), "variadic of index")
RANKED_MEMREF = Predicate(
    lambda t: isinstance(t, MemRefType), "memref of any non-token type values"
)
SHAPED = Predicate(
    lambda t: isinstance(
        t, (MemRefType, RankedTensorType, UnrankedMemRefType, UnrankedTensorType, VectorType)
    ),
    "shaped of any non-token type values",
)
RANKED_TENSOR = Predicate(
    lambda t: isinstance(t, RankedTensorType), "ranked tensor of any type values"
)

# -- attribute constraints -------------------------------------------------------------------
AFFINE_MAP = Predicate(lambda a: isinstance(a, AffineMapAttr), "AffineMap attribute")
AFFINE_MAP_ARRAY = Predicate(
    lambda a: isinstance(a, ArrayAttr) and all(isinstance(e, AffineMapAttr) for e in a),
    "AffineMap array attribute",
)
BOOL = Predicate(lambda a: isinstance(a, IntegerAttr) and a.type == I1, "bool attribute")
BOOL_ARRAY = Predicate(
    lambda a: (
        isinstance(a, ArrayAttr) and all(isinstance(e, IntegerAttr) and e.type == I1 for e in a)
    ),
    "1-bit boolean array attribute",
)
ALIGNMENT = Predicate(
    lambda a: (
        isinstance(a, IntegerAttr)
        and a.type == I64
        and a.value > 0
        and a.value & (a.value - 1) == 0
    ),
    "64-bit signless integer attribute whose value is positive and whose value is a power "
    "of two > 0",
)


def _bitwidth(t: Any) -> int:
    if isinstance(t, IndexType):
        return 64  # MLIR's default data layout
    try:
        return element_bitwidth(t)
    except ValueError:
        return 1  # other element types (dialect types) are not sized here


def bitwidth(t: Any) -> int:
    """Bits of a scalar type as MLIR's default data layout sizes it (index: 64)."""
    return _bitwidth(t)


def element_type_or_self(t: Any) -> Any:
    """MLIR's getElementTypeOrSelf: the element type of a shaped type, else the type."""
    return t.element_type if isinstance(t, ShapedType) else t


def is_int_index_or_float(t: Any) -> bool:
    return isinstance(t, (IntegerType, IndexType, FloatType))


# -- shapes ----------------------------------------------------------------------------------
def dim_text(size: int, scalable: bool) -> str:
    """A vector dim as MLIR prints it in messages: `4`, or `[4]` when scalable."""
    return f"[{size}]" if scalable else str(size)


def bool_values(attr: Any) -> list[bool]:
    """The flags of a bool array attribute (non-bool entries read as False)."""
    if not isinstance(attr, ArrayAttr):
        return []
    return [isinstance(e, IntegerAttr) and e.value != 0 for e in attr]


def bool_array(values: Sequence[bool]) -> ArrayAttr:
    return ArrayAttr(tuple(IntegerAttr(1 if v else 0, I1) for v in values))


def is_last_dim_unit_stride(t: MemRefType) -> bool:
    """MLIR's MemRefType::isLastDimUnitStride: the innermost stride is statically 1 (or the
    memref is 0-d). Layouts that are not strided (mod, floordiv, several results) fail."""
    if not t.shape:
        return True
    layout = t.layout
    if layout is None:
        return True
    if isinstance(layout, StridedLayoutAttr):
        return not layout.strides or layout.strides[-1] == 1
    affine_map = getattr(layout, "map", None)
    if not isinstance(affine_map, AffineMap) or len(affine_map.results) != 1:
        return False
    coefficients = _linear_coefficients(affine_map.results[0])
    if coefficients is None:
        return False
    return coefficients.get(len(t.shape) - 1, 0) == 1


def _linear_coefficients(expr: AffineExpr) -> dict[int, int | None] | None:
    """{dim position: coefficient} of a sum of dims times constants or symbols (None for a
    symbolic coefficient); None when the expression is not of that form."""
    kind = expr.kind
    if kind is DIM:
        return {expr.position: 1}
    if kind in (CONSTANT, SYMBOL):
        return {}
    if kind is ADD:
        lhs = _linear_coefficients(expr.lhs)
        rhs = _linear_coefficients(expr.rhs)
        if lhs is None or rhs is None:
            return None
        for k, v in rhs.items():
            old = lhs.get(k, 0)
            lhs[k] = None if old is None or v is None else old + v
        return lhs
    if kind is MUL:
        factor_expr, inner_expr = expr.rhs, expr.lhs
        if not factor_expr.is_symbolic_or_constant():
            factor_expr, inner_expr = inner_expr, factor_expr
        inner = _linear_coefficients(inner_expr)
        if inner is None or not factor_expr.is_symbolic_or_constant():
            return None
        factor = factor_expr.value if factor_expr.kind is CONSTANT else None
        return {k: (None if v is None or factor is None else v * factor) for k, v in inner.items()}
    return None  # mod, floordiv, ceildiv of a dim: not a strided layout


# -- affine maps -----------------------------------------------------------------------------
def is_minor_identity(m: AffineMap) -> bool:
    """MLIR's isMinorIdentity: no symbols and results d(n-k) ... d(n-1)."""
    n, k = m.num_dims, len(m.results)
    if m.num_symbols or k > n:
        return False
    return all(r.kind is DIM and r.position == n - k + i for i, r in enumerate(m.results))


def minor_identity(num_dims: int, num_results: int) -> AffineMap:
    from pyir.affine_expr import dim

    return AffineMap(num_dims, 0, [dim(num_dims - num_results + i) for i in range(num_results)])


def projected_permutation_error(m: AffineMap) -> str | None:
    """MLIR's transfer-op permutation map rule (results are distinct dims or the constant
    0), with its messages; None when the map obeys it."""
    seen: set[int] = set()
    for r in m.results:
        if r.kind is CONSTANT and r.value == 0:
            continue
        if r.kind is not DIM:
            return (
                "requires a projected permutation_map (at most one dim or the zero constant "
                "can appear in each result)"
            )
        if r.position in seen:
            return "requires a permutation_map that is a permutation (found one dim used more than once)"
        seen.add(r.position)
    return None


def transfer_mask_type(vector: VectorType, m: AffineMap) -> VectorType | None:
    """MLIR's inferTransferOpMaskType: the mask shape is the vector shape in the order of
    the source dims the map uses (broadcast dims drop out; a 0-d mask becomes 1-d). None
    when the map is not a projected permutation of the vector's rank."""
    if len(m.results) != len(vector.shape):
        return None
    used = sorted({r.position for r in m.results if r.kind is DIM})
    shape: list[int] = []
    scalable: list[bool] = []
    for d in used:
        index = next(i for i, r in enumerate(m.results) if r.kind is DIM and r.position == d)
        shape.append(vector.shape[index])
        scalable.append(vector.scalable_dims[index])
    if any(not (r.kind is DIM or (r.kind is CONSTANT and r.value == 0)) for r in m.results):
        return None
    if not shape:
        shape, scalable = [1], [False]
    return VectorType(tuple(shape), I1, tuple(scalable))


def transfer_minor_identity(shaped: Any, vector: VectorType) -> AffineMap:
    """MLIR's getTransferMinorIdentityMap: the innermost dims of the source, one per vector
    dim not covered by a vector element type."""
    from pyir.affine_expr import constant

    element = shaped.element_type
    element_rank = len(element.shape) if isinstance(element, VectorType) else 0
    rank = len(shaped.shape)
    if rank == 0 and vector.shape == (1,):
        return AffineMap(0, 0, [constant(0)])
    return minor_identity(rank, len(vector.shape) - element_rank)


def effective_vector_rank(shaped: Any, vector: VectorType) -> int:
    """The vector rank a transfer spans in the source (its element vector rank excluded)."""
    element = shaped.element_type
    element_rank = len(element.shape) if isinstance(element, VectorType) else 0
    return len(vector.shape) - element_rank


# -- hand-written syntax helpers ---------------------------------------------------------------
def keyword(name: str) -> Any:
    """The callback factory of an op's keyword rule: the op starts here."""

    def factory(state: Any) -> Any:
        def push(children: list) -> str:
            state.begin_op(name)
            return name

        return push

    return factory


def parse_error(state: Any, op_name: str, message: str) -> Exception:
    """An error of a custom op's parser, worded as MLIR words them."""
    return state.error(f"custom op '{op_name}' {message}", state.pos)


def i64_literal(op_name: str, negative: bool) -> Any:
    """A grammar callback factory: an INTEGER token (decimal or 0x hex, negated when
    `negative`) as a Python int, or `op_name`'s "integer value too large" error outside
    the i64 range."""

    def factory(state: Any) -> Any:
        def build(children: list) -> int:
            text = str(children[0])
            value = int(text, 16) if text.startswith("0x") else int(text)
            value = -value if negative else value
            if not -(2**63) <= value < 2**63:
                raise parse_error(state, op_name, "integer value too large")
            return value

        return build

    return factory


def split_attr_dict(state: Any, op_name: str, attrs: dict | None, inherent: tuple) -> dict:
    """The discardable attributes of a custom form's attr-dict; an inherent one there is an
    error, as in MLIR's formats with strict properties."""
    attrs = dict(attrs or {})
    for name in inherent:
        if name in attrs:
            raise parse_error(
                state,
                op_name,
                f"inherent attribute '{name}' cannot be parsed from attr-dict when strict "
                "properties in assembly format is enabled",
            )
    return attrs


def op_attrs(op: Any) -> dict:
    """Properties and attributes of `op` in one dict, as an attr-dict prints them."""
    attrs = dict(op.properties)
    attrs.update(op.attributes)
    return attrs
