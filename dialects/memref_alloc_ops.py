"""memref allocation ops: `alloc`, `alloca`, `dealloc`, `global` and `get_global`.

Syntax (as mlir-opt prints it):

    %a = memref.alloc(%d0)[%s0] alignment = 16 {attrs} : memref<?x4xf32, #map>
    %b = memref.alloca() : memref<4xf32, 1>
    memref.dealloc %a : memref<?x4xf32, #map>
    memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]> alignment = 64
    memref.global @u : memref<4xi32> = uninitialized
    %g = memref.get_global @c : memref<2xf32>
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import (
    DenseArrayAttr,
    StringAttr,
    SymbolRefAttr,
    UnitAttr,
)
from pyir.builtin_types import INDEX, IntegerType, MemRefType, RankedTensorType
from pyir.constraints import Predicate
from pyir.core import Operation
from pyir.dialects.memref_common import (
    ALIGNMENT,
    ANY_MEMREF,
    ANY_RANKED_OR_UNRANKED,
    STATIC_MEMREF,
    VARIADIC_INDEX,
    attrs_rule,
    build_op,
    combine,
    expect_memref,
    i64_attr,
    int_rule,
    keyword_rule,
    print_attr_dict,
    typed_rule,
)
from pyir.dialects.memref_layout import layout_symbol_count
from pyir.opdef import (
    AttrSizedOperandSegments,
    OpView,
    operand,
    prop,
    result,
    var_operand,
)
from pyir.symbol_table import lookup_nearest_symbol_from
from pyir.traits import AutomaticAllocationScope, MemoryEffects, Pure, Symbol

_I32 = IntegerType(32)


# -- alloc / alloca -----------------------------------------------------------------------------
class _AllocLike(OpView):
    """`memref.alloc(%sizes)[%symbols] alignment = N : memref<...>`: one dynamic size
    operand per `?` of the result shape, one symbol operand per symbol of its layout map.

    Invariants (verified): the result is a ranked memref; the operand counts match the
    result type; `alignment`, when present, is a positive power of two.
    """

    traits = (AttrSizedOperandSegments, MemoryEffects)
    hand_written_syntax = True
    dynamicSizes = var_operand(VARIADIC_INDEX)
    symbolOperands = var_operand(VARIADIC_INDEX)
    alignment = prop(ALIGNMENT, optional=True)
    memref = result(ANY_MEMREF)

    @classmethod
    def build(
        cls,
        memref_type: MemRefType,
        dynamic_sizes: list = (),  # type: ignore[assignment]
        symbols: list = (),  # type: ignore[assignment]
        alignment: int | None = None,
    ) -> Operation:
        props: dict = {
            "operandSegmentSizes": DenseArrayAttr(_I32, (len(dynamic_sizes), len(symbols)))
        }
        if alignment is not None:
            props["alignment"] = i64_attr(alignment)
        return cls.create(
            operands=[*dynamic_sizes, *symbols], result_types=[memref_type], properties=props
        )

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("allocate", op.results[0])]

    @classmethod
    def asm_result_names(cls, op: Operation) -> list:
        return [cls.name.partition(".")[2]]

    def verify_(self) -> str | None:
        t = self.op.results[0].type
        expected = sum(1 for d in t.shape if d < 0)
        if len(self.dynamicSizes) != expected:
            return (
                f"incorrect number of dynamic sizes, has {len(self.dynamicSizes)}, "
                f"expected {expected}"
            )
        symbols = layout_symbol_count(t)
        if len(self.symbolOperands) != symbols:
            return (
                "symbol operand count does not equal memref symbol count: expected "
                f"{symbols}, got {len(self.symbolOperands)}"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = _AllocLike(op) if op.op_def is None else op.op_def(op)
        p.write("(")
        p.print_operands(view.dynamicSizes)
        p.write(")")
        if view.symbolOperands:
            p.write("[")
            p.print_operands(view.symbolOperands)
            p.write("]")
        if view.alignment is not None:
            p.write(f" alignment = {view.alignment.value}")
        print_attr_dict(op, p)
        p.write(" : ")
        p.print_type(op.results[0].type)


class AllocOp(_AllocLike):
    __doc__ = _AllocLike.__doc__
    name = "memref.alloc"


class AllocaOp(_AllocLike):
    """`memref.alloca(...)`: as `memref.alloc`, on the stack of the nearest enclosing op
    with the AutomaticAllocationScope trait (which must exist)."""

    name = "memref.alloca"

    def verify_(self) -> str | None:
        parent = self.op.parent_op()
        while parent is not None and not parent.has_trait(AutomaticAllocationScope):
            parent = parent.parent_op()
        if parent is None:
            return "requires an ancestor op with AutomaticAllocationScope trait"
        return super().verify_()


def _alloc_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        '!memref_alloc_kw: "memref.alloc" | "memref.alloca"\n'
        'memref_alloc: memref_alloc_kw "(" [value_use_list] ")" [memref_symbols] '
        '[memref_alignment_eq] [memref_attrs] ":" memref_typed\n'
        'memref_symbols: "[" [value_use_list] "]"\n'
        'memref_alignment_eq: "alignment" "=" memref_int\n'
        "%extend custom_operation: memref_alloc\n"
    )

    def keyword(state: Any) -> Any:
        def push(children: list) -> str:
            state.begin_op(children[0])
            return children[0]

        return push

    def symbols(state: Any) -> Any:
        return lambda children: children[0] or []

    def alignment(state: Any) -> Any:
        return lambda children: children[0]

    def alloc(state: Any) -> Any:
        def build(children: list) -> Operation:
            name, sizes, syms, align, attrs, typed = children
            cls = AllocOp if name == "memref.alloc" else AllocaOp
            t = expect_memref(state, typed)
            sizes = state.resolve_all(sizes, [INDEX] * len(sizes or ()), state.pos)
            syms = state.resolve_all(syms, [INDEX] * len(syms or ()), state.pos)
            props: dict = {"operandSegmentSizes": DenseArrayAttr(_I32, (len(sizes), len(syms)))}
            if align is not None:
                props["alignment"] = i64_attr(align)
            return build_op(state, cls, [*sizes, *syms], [t], props, attrs)

        return build

    callbacks = {
        "memref_alloc_kw": keyword,
        "memref_symbols": symbols,
        "memref_alignment_eq": alignment,
        "memref_alloc": alloc,
    }
    return grammar, callbacks


# -- dealloc ------------------------------------------------------------------------------------
class DeallocOp(OpView):
    """`memref.dealloc %m : memref<...>`: frees memory from `memref.alloc`."""

    name = "memref.dealloc"
    traits = (MemoryEffects,)
    memref = operand(ANY_RANKED_OR_UNRANKED)
    assembly_format = "$memref attr-dict `:` type($memref)"

    @staticmethod
    def get_effects(op: Operation) -> list:
        return [("free", op.operands[0])]


# -- global -------------------------------------------------------------------------------------
_VISIBILITIES = ("public", "private", "nested")

_INITIAL_VALUE = Predicate(
    lambda a: isinstance(a, UnitAttr) or _is_elements(a),
    "any attribute",
)


def _is_elements(a: Any) -> bool:
    # An ElementsAttr: dense, dense_resource, sparse (all typed with a shaped type).
    return type(a).__name__ in (
        "DenseIntOrFPElementsAttr",
        "DenseStringElementsAttr",
        "DenseResourceElementsAttr",
        "SparseElementsAttr",
    )


class GlobalOp(OpView):
    """`memref.global [visibility] [constant] @name : memref<...> [= value|uninitialized]
    [alignment = N]`: a global buffer.

    Invariants (verified): `type` is a statically shaped memref; `initial_value` is absent
    (external), a unit attribute (uninitialized) or an elements attribute whose shape and
    element type match `type`; `alignment` is a positive power of two.
    """

    name = "memref.global"
    traits = (Symbol,)
    hand_written_syntax = True
    sym_name = prop(StringAttr)
    sym_visibility = prop(StringAttr, optional=True)
    type = prop(
        Predicate(
            lambda a: isinstance(a, MemRefType),
            "memref type attribute",
        )
    )
    initial_value = prop(optional=True)
    constant = prop(UnitAttr, optional=True)
    alignment = prop(ALIGNMENT, optional=True)

    @classmethod
    def build(
        cls,
        name: str,
        memref_type: MemRefType,
        initial_value: Any = None,
        constant: bool = False,
        visibility: str | None = None,
        alignment: int | None = None,
    ) -> Operation:
        """`initial_value`: None (external), UnitAttr() (uninitialized) or an elements
        attribute."""
        props: dict = {"sym_name": StringAttr(name), "type": memref_type}
        if visibility is not None:
            props["sym_visibility"] = StringAttr(visibility)
        if initial_value is not None:
            props["initial_value"] = initial_value
        if constant:
            props["constant"] = UnitAttr()
        if alignment is not None:
            props["alignment"] = i64_attr(alignment)
        return cls.create(properties=props)

    @property
    def memref_type(self) -> MemRefType:
        return self.type

    def verify_(self) -> str | None:
        visibility = self.sym_visibility
        if visibility is not None and visibility.value not in _VISIBILITIES:
            return (
                'visibility expected to be one of ["public", "private", "nested"], '
                f'but got "{visibility.value}"'
            )
        t = self.memref_type
        if not t.has_static_shape:
            return f"type should be static shaped memref, but got '{t}'"
        init = self.initial_value
        if init is None or isinstance(init, UnitAttr):
            return None
        if not _is_elements(init):
            return f"initial value should be a unit or elements attribute, but got {init}"
        init_type = init.type
        if tuple(getattr(init_type, "shape", ())) != t.shape:
            shape = ", ".join(str(d) for d in t.shape)
            got = ", ".join(str(d) for d in getattr(init_type, "shape", ()))
            return f"initial value shape expected to be {shape} but was {got}"
        element = getattr(init_type, "element_type", None)
        if element != t.element_type:
            return (
                f"initial value element expected to be of type '{t.element_type}', "
                f"but was of type '{element}'"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = GlobalOp(op)
        if view.sym_visibility is not None:
            p.write(" ")
            p.print_string(view.sym_visibility.value)
        if view.constant is not None:
            p.write(" constant")
        p.write(" ")
        p.print_symbol_name(view.sym_name.value)
        p.write(" : ")
        p.print_type(view.type)
        init = view.initial_value
        if init is not None:
            p.write(" = ")
            _print_initial_value(init, p)
        if view.alignment is not None:
            p.write(f" alignment = {view.alignment.value}")
        print_attr_dict(op, p)


def _print_initial_value(init: Any, p: Any) -> None:
    """The initial value without its type (the parser takes it from the memref type)."""
    if isinstance(init, UnitAttr):
        p.write("uninitialized")
    elif hasattr(init, "print_body"):  # dense<...> of numbers or strings
        p.write("dense<")
        init.print_body(p)
        p.write(">")
    elif type(init).__name__ == "DenseResourceElementsAttr":
        p.write("dense_resource<")
        p.print_keyword_or_string(init.handle_name)
        p.write(">")
        use_resource = getattr(p, "use_resource", None)
        if use_resource is not None:
            use_resource("builtin", init.handle_name)
    else:
        p.print_attribute(init)


def _global_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_global: memref_global_kw [STRING] [memref_constant] AT_ID ":" memref_typed '
        "[memref_global_init] [memref_alignment_eq] [memref_attrs]\n"
        'memref_constant: "constant"\n'
        'memref_global_init: "=" "uninitialized"                -> memref_init_uninitialized\n'
        '    | "=" "dense" "<" [dense_literal] ">"                -> memref_init_dense\n'
        '    | "=" "dense_resource" "<" (BARE_ID | STRING) ">"    -> memref_init_resource\n'
        "%extend custom_operation: memref_global\n"
    )

    def constant(state: Any) -> Any:
        return lambda children: True

    def uninitialized(state: Any) -> Any:
        return lambda children: ("unit", None, state.pos)

    def dense(state: Any) -> Any:
        return lambda children: ("dense", children[0], state.pos)

    def resource(state: Any) -> Any:
        return lambda children: ("resource", children[0], state.pos)

    def build_global(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, visibility, constant, name, typed, init, align, attrs = children
            t = typed[0]
            if not isinstance(t, MemRefType) or not t.has_static_shape:
                raise state.error(
                    f"custom op 'memref.global' type should be static shaped memref, but got '{t}'",
                    state.pos,
                )
            props: dict = {
                "sym_name": StringAttr(_symbol_text(name)),
                "type": t,
            }
            if visibility is not None:
                props["sym_visibility"] = StringAttr(_unquote(visibility))
            if constant:
                props["constant"] = UnitAttr()
            if init is not None:
                props["initial_value"] = _initial_value(state, init, t)
            if align is not None:
                props["alignment"] = i64_attr(align)
            return build_op(state, GlobalOp, [], [], props, attrs)

        return build

    callbacks = {
        "memref_constant": constant,
        "memref_init_uninitialized": uninitialized,
        "memref_init_dense": dense,
        "memref_init_resource": resource,
        "memref_global": build_global,
    }
    return combine((grammar, callbacks), keyword_rule("memref_global_kw", "memref.global"))


def _unquote(text: str) -> str:
    # Visibility strings are plain words; escapes do not occur in valid input.
    return text[1:-1]


def _symbol_text(token: str) -> str:
    # As func.func reads its name: quoted names keep their text between the quotes.
    return token[2:-1] if token.startswith('@"') else token[1:]


def _initial_value(state: Any, init: tuple, t: MemRefType) -> Any:
    """The initial value attribute, typed with the tensor type of the global's memref
    (MLIR parses it with that type). The dense literal is built by the parser state's
    own builders (its `dense_attr` and `dense_resource_attr` rule callbacks)."""
    kind, body, pos = init
    if kind == "unit":
        return UnitAttr()
    tensor = RankedTensorType(t.shape, t.element_type)
    saved = state.pos
    state.pos = pos
    try:
        if kind == "dense":
            return state.dense_attr([body, tensor])
        return state.dense_resource_attr([body, tensor])
    finally:
        state.pos = saved


# -- get_global ---------------------------------------------------------------------------------
_FLAT_SYMBOL_REF = "flat symbol reference attribute"


class GetGlobalOp(OpView):
    """`%g = memref.get_global @name : memref<...>`: the memref of a `memref.global`.

    The referenced symbol is the property `name`, which an OpView field cannot be called
    (it is the op's name): it is read with `global_name` and checked in `verify_`.
    Invariant (verified): `name` is a flat symbol reference to a `memref.global` whose
    type is the result type.
    """

    name = "memref.get_global"
    traits = (Pure,)
    hand_written_syntax = True
    result = result(STATIC_MEMREF)

    @classmethod
    def build(cls, global_name: str, memref_type: MemRefType) -> Operation:
        return cls.create(
            result_types=[memref_type], properties={"name": SymbolRefAttr(global_name)}
        )

    @property
    def global_name(self) -> Any:
        return self.op.properties.get("name")

    def verify_(self) -> str | None:
        ref = self.global_name
        if ref is None:
            return "requires attribute 'name'"
        if not isinstance(ref, SymbolRefAttr) or not ref.is_flat:
            return f"attribute 'name' failed to satisfy constraint: {_FLAT_SYMBOL_REF}"
        target = lookup_nearest_symbol_from(self.op, ref)
        if target is None or target.name != "memref.global":
            return f"'{ref.root}' does not reference a valid global memref"
        expected = GlobalOp(target).type
        got = self.op.results[0].type
        if got != expected:
            return (
                f"result type '{got}' does not match type '{expected}' of the global memref "
                f"@{ref.root}"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_attribute(op.properties.get("name"))
        p.write(" : ")
        p.print_type(op.results[0].type)
        print_attr_dict(op, p)


def _get_global_syntax() -> tuple[str, dict[str, Any]]:
    grammar = (
        'memref_get_global: memref_get_global_kw AT_ID ":" type [memref_attrs]\n'
        "%extend custom_operation: memref_get_global\n"
    )

    def get_global(state: Any) -> Any:
        def build(children: list) -> Operation:
            _, name, t, attrs = children
            props = {"name": SymbolRefAttr(_symbol_text(name))}
            if attrs is not None and "name" in attrs[0]:
                # `name` is inherent even though it is not a declared field.
                raise state.error(
                    "custom op 'memref.get_global' inherent attribute 'name' cannot be parsed "
                    "from attr-dict when strict properties in assembly format is enabled",
                    attrs[1],
                )
            return build_op(state, GetGlobalOp, [], [t], props, attrs)

        return build

    return combine(
        (grammar, {"memref_get_global": get_global}),
        keyword_rule("memref_get_global_kw", "memref.get_global"),
    )


GRAMMARS = (
    _alloc_syntax(),
    _global_syntax(),
    _get_global_syntax(),
    typed_rule("memref_typed"),
    int_rule("memref_int"),
    attrs_rule("memref_attrs"),
)

OPS = (AllocOp, AllocaOp, DeallocOp, GlobalOp, GetGlobalOp)

__all__ = ["AllocOp", "AllocaOp", "DeallocOp", "GetGlobalOp", "GlobalOp"]
