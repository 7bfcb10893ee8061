"""`vector.load` and `vector.store`: contiguous vector reads and writes of memrefs.

Custom syntax (hand-written for MLIR's oilist of clauses, accepted in any order and printed
`alignment` first, each only when set; `nontemporal = false` is the default, not printed):

    %v = vector.load %m[%i, %j] alignment = 16 nontemporal = true : memref<?x?xf32>, vector<8xf32>
    vector.store %v, %m[%i, %j] : memref<?x?xf32>, vector<8xf32>
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import IntegerAttr, bool_attr
from pyir.builtin_types import I64, MemRefType, VectorType
from pyir.core import Operation, Value
from pyir.dialects.vector_common import (
    ALIGNMENT,
    BOOL,
    INDEX,
    INDEX_OPERANDS,
    RANKED_MEMREF,
    VECTOR,
    is_last_dim_unit_stride,
    keyword,
    op_attrs,
    split_attr_dict,
)
from pyir.opdef import OpView, operand, prop, result, var_operand
from pyir.traits import MemoryEffects


def _memory_error(
    op: Operation, vector: VectorType, memref: MemRefType, stored: bool
) -> str | None:
    """MLIR's shared checks of vector.load and vector.store, in its order and words."""
    trivial = not vector.is_scalable and (not vector.shape or _num_elements(vector) == 1)
    if not trivial and not is_last_dim_unit_stride(memref):
        return "most minor memref dim must have unit stride"
    if len(memref.shape) < len(vector.shape):
        if stored:
            return "source memref has lower rank than the vector to store"
        return "destination memref has lower rank than the result vector"
    element = memref.element_type
    what = "valueToStore" if stored else "result"
    if isinstance(element, VectorType):
        if element != vector:
            return f"base memref and {what} vector types should match"
        element = element.element_type
    if vector.element_type != element:
        if stored:
            return "base and valueToStore element type should match"
        return "base and result element types should match"
    indices = len(op.operands) - (2 if stored else 1)
    if indices != len(memref.shape):
        return f"requires {len(memref.shape)} indices"
    return None


def _num_elements(t: VectorType) -> int:
    n = 1
    for d in t.shape:
        n *= d
    return n


class LoadOp(OpView):
    """`%v = vector.load %m[%i, %j] : memref<?x?xf32>, vector<8xf32>`: a contiguous read.

    Invariants: one index per memref dim; the vector's element type is the memref's (or
    the memref holds that very vector type); the innermost memref stride is 1 unless the
    vector has a single element; `alignment`, when set, is a positive power of two.
    """

    name = "vector.load"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    base = operand(RANKED_MEMREF)
    indices = var_operand(INDEX_OPERANDS)
    result = result(VECTOR)
    alignment = prop(ALIGNMENT, optional=True)
    nontemporal = prop(BOOL, optional=True)

    @classmethod
    def build(
        cls, result_type: VectorType, base: Value, indices: list, location: Any = None
    ) -> Operation:
        return cls.create([base, *indices], [result_type], location=location)

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[0])]

    def verify_(self) -> str | None:
        return _memory_error(self.op, self.op.results[0].type, self.op.operands[0].type, False)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        _print_indices(p, op.operands[1:])
        _print_memory_clauses(op, p)
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(", ")
        p.print_type(op.results[0].type)


class StoreOp(OpView):
    """`vector.store %v, %m[%i] : memref<?xf32>, vector<8xf32>`: a contiguous write, with
    the invariants of `vector.load`."""

    name = "vector.store"
    traits = (MemoryEffects,)
    hand_written_syntax = True
    valueToStore = operand(VECTOR)
    base = operand(RANKED_MEMREF)
    indices = var_operand(INDEX_OPERANDS)
    alignment = prop(ALIGNMENT, optional=True)
    nontemporal = prop(BOOL, optional=True)

    @classmethod
    def build(cls, value: Value, base: Value, indices: list, location: Any = None) -> Operation:
        return cls.create([value, base, *indices], location=location)

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("write", op.operands[1])]

    def verify_(self) -> str | None:
        return _memory_error(self.op, self.op.operands[0].type, self.op.operands[1].type, True)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operands(op.operands[:2])
        _print_indices(p, op.operands[2:])
        _print_memory_clauses(op, p)
        p.write(" : ")
        p.print_type(op.operands[1].type)
        p.write(", ")
        p.print_type(op.operands[0].type)


_MEMORY_CLAUSES = ("alignment", "nontemporal")


def _print_indices(p: Any, values: list) -> None:
    p.write("[")
    p.print_operands(values)
    p.write("]")


def _print_memory_clauses(op: Operation, p: Any) -> None:
    alignment = op.properties.get("alignment")
    if alignment is not None:
        p.write(" alignment = ")
        _print_i64(p, alignment)
    nontemporal = op.properties.get("nontemporal")
    # Like MLIR's optional group, the clause is left out when it holds its default.
    if nontemporal is not None and not (
        isinstance(nontemporal, IntegerAttr) and not nontemporal.value
    ):
        p.write(" nontemporal = ")
        p.print_attribute(nontemporal)
    p.print_optional_attr_dict(op_attrs(op), _MEMORY_CLAUSES)


def _print_i64(p: Any, attr: Any) -> None:
    if isinstance(attr, IntegerAttr) and attr.type == I64:
        p.write(str(attr.value))
    else:
        p.print_attribute(attr)


# -- hand-written syntax -----------------------------------------------------------------------
_GRAMMAR = r"""
!vector_load_kw: "vector.load"
vector_load: vector_load_kw value_use vector_mem_indices [vector_mem_clauses] [attribute_dict] ":" type "," type
!vector_store_kw: "vector.store"
vector_store: vector_store_kw value_use "," value_use vector_mem_indices [vector_mem_clauses] [attribute_dict] ":" type "," type
vector_mem_indices: "[" [value_use_list] "]"
vector_mem_clauses: vector_mem_clause+
vector_mem_clause: "alignment" "=" vector_mem_int -> vector_mem_alignment
                 | "nontemporal" "=" vector_mem_bool -> vector_mem_nontemporal
vector_mem_int: INTEGER -> vector_mem_int
              | "-" INTEGER -> vector_mem_neg_int
!vector_mem_bool: "true" | "false"
%extend custom_operation: vector_load | vector_store
"""


def _mem_clauses(state: Any) -> Any:
    def build(c: list) -> dict:
        clauses: dict = {}
        for name, value in c:
            if name in clauses:
                raise state.error(f"'{name}' clause can appear at most once", state.pos)
            clauses[name] = value
        return clauses

    return build


def _clause(name: str) -> Any:
    def factory(state: Any) -> Any:
        return lambda c: (name, c[0])

    return factory


def _mem_int(negative: bool) -> Any:
    def factory(state: Any) -> Any:
        def build(c: list) -> IntegerAttr:
            text = str(c[0])
            value = int(text, 16) if text.startswith("0x") else int(text)
            value = -value if negative else value
            if not -(2**63) <= value < 2**63:
                raise state.error("integer value too large", state.pos)
            return IntegerAttr(value, I64)

        return build

    return factory


def _mem_bool(state: Any) -> Any:
    return lambda c: bool_attr(c[0] == "true")


def _load(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, base_use, index_uses, clauses, attrs, base_type, result_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.load", attrs, _MEMORY_CLAUSES)
        base = state.resolve(base_use, base_type)
        indices = [state.resolve(u, INDEX) for u in index_uses or ()]
        return LoadOp.create(
            [base, *indices], [result_type], properties=clauses or {}, attributes=attributes
        )

    return build


def _store(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, value_use, base_use, index_uses, clauses, attrs, base_type, value_type = c
        state.end_op()
        attributes = split_attr_dict(state, "vector.store", attrs, _MEMORY_CLAUSES)
        value = state.resolve(value_use, value_type)
        base = state.resolve(base_use, base_type)
        indices = [state.resolve(u, INDEX) for u in index_uses or ()]
        return StoreOp.create(
            [value, base, *indices], properties=clauses or {}, attributes=attributes
        )

    return build


def _indices(state: Any) -> Any:
    return lambda c: c[0] or []


SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "vector_load_kw": keyword("vector.load"),
        "vector_load": _load,
        "vector_store_kw": keyword("vector.store"),
        "vector_store": _store,
        "vector_mem_indices": _indices,
        "vector_mem_clauses": _mem_clauses,
        "vector_mem_alignment": _clause("alignment"),
        "vector_mem_nontemporal": _clause("nontemporal"),
        "vector_mem_int": _mem_int(False),
        "vector_mem_neg_int": _mem_int(True),
        "vector_mem_bool": _mem_bool,
    },
)

OPS = (LoadOp, StoreOp)
