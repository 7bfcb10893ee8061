"""memref ops around allocation lifetimes and the cache: `alloca_scope` (with its
terminator `alloca_scope.return`), `realloc` and `prefetch`.

Syntax (as mlir-opt prints it):

    %r = memref.alloca_scope  -> (index) {
      ...
      memref.alloca_scope.return %x : index
    }
    %b = memref.realloc %a(%n) : memref<4xf32> to memref<?xf32>
    memref.prefetch %m[%i], read, locality<3>, data : memref<4xf32>

An `alloca_scope` without results may leave its terminator out (it is implicit). The
folds and patterns of these ops are in `memref_scope_canonicalize`.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import DYNAMIC, INDEX, IntegerType, MemRefType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.memref_common import (
    ALIGNMENT,
    ANY_MEMREF,
    INDEX_TYPE,
    VARIADIC_INDEX,
    build_op,
    combine,
    expect_memref,
    i64_attr,
    keyword_rule,
    print_attr_dict,
    typed_rule,
)
from pyir.dialects.memref_meta_ops import has_identity_layout
from pyir.dialects.scf_common import NoRegionArguments, edge_error, ensure_terminator
from pyir.dialects.scf_common import implicit_terminator as _implicit_terminator
from pyir.dialects.syntax_common import keyword_at
from pyir.opdef import OpView, operand, opt_operand, prop, region, result, var_operand, var_result
from pyir.traits import (
    AutomaticAllocationScope,
    HasParent,
    IsTerminator,
    MemoryEffects,
    Pure,
    RecursiveMemoryEffects,
)
from pyir.verifier import PlainMessage

_I32 = IntegerType(32)
_PREFETCH = "custom op 'memref.prefetch' "
_I64 = IntegerType(64)


# -- alloca_scope -------------------------------------------------------------------------------
class InAllocaScope(HasParent):
    parents = ("memref.alloca_scope",)


class AllocaScopeReturnOp(OpView):
    """`memref.alloca_scope.return [%v : type]`: ends an alloca_scope, giving its results."""

    name = "memref.alloca_scope.return"
    traits = (Pure, IsTerminator, InAllocaScope)
    results_ = var_operand()
    assembly_format = "attr-dict ($results_^ `:` type($results_))?"


class AllocaScopeOp(OpView):
    """`memref.alloca_scope [-> (types)] {body}`: a scope whose stack allocations
    (`memref.alloca`) are freed when it ends.

    Invariants (verified): one block without arguments, ending with
    `memref.alloca_scope.return` of values typed as the results.
    """

    name = "memref.alloca_scope"
    traits = (
        AutomaticAllocationScope,
        RecursiveMemoryEffects,
        NoRegionArguments,
        _implicit_terminator("memref.alloca_scope.return"),
    )
    hand_written_syntax = True
    results_ = var_result()
    body = region()

    def verify_regions_(self) -> str | None:
        region = self.op.regions[0]
        if not region.blocks:
            return None
        term = region.blocks[0].last_op
        if term is None or term.name != AllocaScopeReturnOp.name:
            return None
        return edge_error(
            f"Operation {term.name}", f"Operation {self.op.name}", term.operands, self.op.results
        )

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        if op.results:
            p.write(" -> (")
            p.print_type_list([r.type for r in op.results])
            p.write(")")
        p.write(" ")
        p.print_region(op.regions[0], False, bool(op.results))
        print_attr_dict(op, p)


# -- realloc ------------------------------------------------------------------------------------
_MEMREF_1D = Predicate(
    lambda t: isinstance(t, MemRefType) and len(t.shape) == 1,
    "1D memref of any non-token type values",
)


class ReallocOp(OpView):
    """`%b = memref.realloc %a[(%size)] : memref<4xf32> to memref<?xf32>`: a 1-D buffer
    grown or shrunk, the old one freed.

    Invariants (verified): identity layouts, same memory space and element type; the size
    operand is given exactly when the result size is dynamic.
    """

    name = "memref.realloc"
    traits = (MemoryEffects,)
    source = operand(_MEMREF_1D)
    dynamicResultSize = opt_operand(INDEX_TYPE)  # noqa: N815 (MLIR's name)
    alignment = prop(ALIGNMENT, optional=True)
    result = result(_MEMREF_1D)
    hand_written_syntax = True

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("read", op.operands[0]), ("free", op.operands[0]), ("allocate", op.results[0])]

    def verify_(self) -> str | None:
        src = self.op.operands[0].type
        res = self.op.results[0].type
        if src.element_type != res.element_type:
            return (
                f"source element type ('{src.element_type}') does not match result element "
                f"type ('{res.element_type}')"
            )
        if not has_identity_layout(src):
            return PlainMessage(f"unsupported layout for source memref type '{src}'")
        if not has_identity_layout(res):
            return PlainMessage(f"unsupported layout for result memref type '{res}'")
        if src.memory_space != res.memory_space:
            return PlainMessage(
                f"different memory spaces specified for source memref type '{src}' and "
                f"result memref type '{res}'"
            )
        sized = len(self.op.operands) > 1
        if res.shape[0] == DYNAMIC and not sized:
            return PlainMessage(f"missing dimension operand for result type '{res}'")
        if res.shape[0] != DYNAMIC and sized:
            return PlainMessage(f"unnecessary dimension operand for result type '{res}'")
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        if len(op.operands) > 1:
            p.write("(")
            p.print_operand(op.operands[1])
            p.write(")")
        alignment = op.properties.get("alignment")
        if alignment is not None:
            p.write(f" alignment = {alignment.value}")
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.operands[0].type)
        p.write(" to ")
        p.print_type(op.results[0].type)


# -- prefetch -----------------------------------------------------------------------------------
_BOOL = Predicate(
    lambda a: isinstance(a, IntegerAttr) and a.type == IntegerType(1), "bool attribute"
)
_LOCALITY = Predicate(
    lambda a: isinstance(a, IntegerAttr) and a.type == _I32 and 0 <= a.value <= 3,
    "32-bit signless integer attribute whose minimum value is 0 whose maximum value is 3",
)


class PrefetchOp(OpView):
    """`memref.prefetch %m[%i], read|write, locality<0-3>, data|instr : T`: a cache hint.

    Invariant (verified): one index per dimension of T.
    """

    name = "memref.prefetch"
    hand_written_syntax = True
    memref = operand(ANY_MEMREF)
    indices = var_operand(VARIADIC_INDEX)
    isWrite = prop(_BOOL)  # noqa: N815 (MLIR's names)
    localityHint = prop(_LOCALITY)  # noqa: N815
    isDataCache = prop(_BOOL)  # noqa: N815

    def verify_(self) -> str | None:
        rank = len(self.op.operands[0].type.shape)
        got = len(self.op.operands) - 1
        if got != rank:
            return f"invalid number of indices for accessed memref, expected {rank} but got {got}"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        props = op.properties
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write("[")
        p.print_operands(op.operands[1:])
        p.write("], ")
        p.write("write" if props["isWrite"].value else "read")
        p.write(f", locality<{props['localityHint'].value}>, ")
        p.write("data" if props["isDataCache"].value else "instr")
        p.write(" : ")
        p.print_type(op.operands[0].type)
        print_attr_dict(op, p)


# -- hand-written syntax ------------------------------------------------------------------------
def _scope_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_alloca_scope: memref_alloca_scope_kw ["->" function_result_types] region '
        "[memref_attrs]\n"
        'memref_prefetch: memref_prefetch_kw value_use "[" [value_use_list] "]" "," '
        'memref_rw "," "locality" "<" memref_locality ">" "," memref_cache ":" '
        "memref_scope_typed\n"
        '!memref_prefetch_kw: "memref.prefetch"\n'
        "memref_rw: BARE_ID\n"
        "memref_cache: BARE_ID\n"
        "memref_locality: INTEGER\n"
        'memref_realloc: memref_realloc_kw value_use ["(" value_use ")"] [memref_alignment_eq] '
        '[memref_attrs] ":" memref_scope_typed "to" type\n'
        '!memref_alloca_scope_kw: "memref.alloca_scope"\n'
        "%extend custom_operation: memref_alloca_scope\n"
        "%extend custom_operation: memref_realloc\n"
        "%extend custom_operation: memref_prefetch\n"
    )

    def scope(state: Any) -> Any:
        def build(children: list) -> Operation:
            pos, types, body, attrs = children
            state.end_op()
            attributes = dict(attrs[0]) if attrs else {}
            # MLIR locates an implicit terminator at the op's name.
            ensure_terminator(body, lambda: AllocaScopeReturnOp.create(location=state.loc(pos)))
            # `-> index` and `-> (index, f32)`: one type bare, a list in parentheses.
            types = [] if types is None else types if isinstance(types, list) else [types]
            return AllocaScopeOp.create([], types, attributes=attributes, regions=[body])

        return build

    def word(state: Any) -> Any:
        return lambda children: str(children[0])

    def locality(state: Any) -> Any:
        def build(children: list) -> int:
            value = int(str(children[0]), 0)
            if value >= 2**31:
                raise state.error("integer value too large", state.pos)
            return value

        return build

    def realloc(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, source, size, align, attrs, typed, result_type = children
            t = expect_memref(state, typed)
            operands = [state.resolve(source, t)]
            if size is not None:
                operands.append(state.resolve(size, INDEX))
            props = {} if align is None else {"alignment": i64_attr(align)}
            return build_op(state, ReallocOp, operands, [result_type], props, attrs)

        return build

    def prefetch(state: Any) -> Any:
        def build(children: list) -> Operation:
            pos, source, indices, rw, hint, cache, typed = children
            if rw not in ("read", "write"):
                raise state.error(_PREFETCH + "rw specifier has to be 'read' or 'write'", pos)
            if cache not in ("data", "instr"):
                raise state.error(_PREFETCH + "cache type has to be 'data' or 'instr'", pos)
            is_write, is_data = rw == "write", cache == "data"
            t = expect_memref(state, typed)
            state.end_op()
            indices = indices or []
            operands = [state.resolve(source, t)]
            operands += state.resolve_all(indices, [INDEX] * len(indices), state.pos)
            from pyir.builtin_attributes import bool_attr

            props = {
                "isWrite": bool_attr(is_write),
                "localityHint": IntegerAttr(hint, _I32),
                "isDataCache": bool_attr(is_data),
            }
            return PrefetchOp.create(operands=operands, properties=props)

        return build

    return combine(
        (
            grammar,
            {
                "memref_alloca_scope": scope,
                "memref_alloca_scope_kw": keyword_at("memref.alloca_scope"),
                "memref_realloc": realloc,
                "memref_prefetch": prefetch,
                "memref_prefetch_kw": keyword_at("memref.prefetch"),
                "memref_rw": word,
                "memref_cache": word,
                "memref_locality": locality,
            },
        ),
        keyword_rule("memref_realloc_kw", "memref.realloc"),
        typed_rule("memref_scope_typed"),
    )


GRAMMARS = (_scope_syntax(),)

OPS = (AllocaScopeOp, AllocaScopeReturnOp, ReallocOp, PrefetchOp)

__all__ = ["AllocaScopeOp", "AllocaScopeReturnOp", "PrefetchOp", "ReallocOp"]
