"""The `func` dialect: functions, calls and returns, with MLIR's syntax.

`func.func` has hand-written syntax (a signature that names the entry block's arguments);
`func.return`, `func.call` and `func.constant` use declarative formats; `func.call_indirect`
has hand-written syntax too (its operand and result types come from the callee's type). Inside a
`func.func` body the dialect prefix may be dropped (`return`), as in MLIR.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import ArrayAttr, DictionaryAttr, StringAttr, SymbolRefAttr, UnitAttr
from pyir.builtin_types import FunctionType
from pyir.call_interfaces import (
    CallableOpInterface,
    CallOpInterface,
    DialectInlinerInterface,
    ReturnLike,
)
from pyir.context import Dialect
from pyir.core import Block, Operation
from pyir.opdef import (
    IsA,
    OpView,
    Predicate,
    operand,
    prop,
    region,
    result,
    var_operand,
    var_result,
)
from pyir.patterns import RewritePattern
from pyir.traits import (
    AffineScope,
    AutomaticAllocationScope,
    ConstantLike,
    HasParent,
    IsolatedFromAbove,
    IsTerminator,
    Pure,
    Symbol,
)

_VISIBILITIES = ("public", "private", "nested")


class FuncOp(OpView):
    """`func.func [visibility] @name(%arg: type {attrs}, ...) -> results [attributes {...}] {body}`.

    Invariants: `function_type` is a FunctionType; a function with a body has an entry
    block whose argument types are the signature's inputs; a declaration (empty body)
    is not public.
    """

    name = "func.func"
    traits = (
        IsolatedFromAbove,
        Symbol,
        AffineScope,
        AutomaticAllocationScope,
        CallableOpInterface,
    )
    default_dialect = "func"
    hand_written_syntax = True
    sym_name = prop(StringAttr)
    function_type = prop(FunctionType)
    sym_visibility = prop(StringAttr, optional=True)
    arg_attrs = prop(ArrayAttr, optional=True)
    res_attrs = prop(ArrayAttr, optional=True)
    body = region()

    _ELIDED = frozenset({"sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs"})

    @classmethod
    def build(
        cls,
        name: str,
        function_type: FunctionType,
        visibility: str | None = None,
        with_body: bool = True,
        location: Any = None,
    ) -> Operation:
        props: dict = {"sym_name": StringAttr(name), "function_type": function_type}
        if visibility is not None:
            props["sym_visibility"] = StringAttr(visibility)
        op = cls.create(properties=props, location=location)
        if with_body:
            op.regions[0].add_block(Block(function_type.inputs))
        return op

    # CallableOpInterface
    @staticmethod
    def get_callable_region(op: Operation) -> Any:
        return op.regions[0] if op.regions[0].blocks else None

    @staticmethod
    def get_argument_types(op: Operation) -> tuple:
        return FuncOp(op).function_type.inputs

    @staticmethod
    def get_result_types(op: Operation) -> tuple:
        return FuncOp(op).function_type.results

    def verify_(self) -> str | None:
        fn_type = self.function_type
        body = self.op.regions[0]
        visibility = self.sym_visibility
        if visibility is not None and visibility.value not in _VISIBILITIES:
            return (
                'visibility expected to be one of ["public", "private", "nested"], '
                f'but got "{visibility.value}"'
            )
        if not body.blocks:
            if visibility is None or visibility.value == "public":
                return "symbol declaration cannot have public visibility"
            return None
        entry = body.blocks[0]
        inputs = fn_type.inputs
        if len(entry.args) != len(inputs):
            return f"entry block must have {len(inputs)} arguments to match function signature"
        for i, (arg, expected) in enumerate(zip(entry.args, inputs)):
            if arg.type != expected:
                return (
                    f"type of entry block argument #{i}('{arg.type}') must match the type of "
                    f"the corresponding argument in function signature('{expected}')"
                )
        for name, attrs, count in (
            ("arg_attrs", self.arg_attrs, len(inputs)),
            ("res_attrs", self.res_attrs, len(fn_type.results)),
        ):
            if attrs is not None and len(tuple(attrs)) != count:
                return f"expects {name} to have {count} elements, but got {len(tuple(attrs))}"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        view = FuncOp(op)
        visibility = view.sym_visibility
        if visibility is not None:
            p.write(" " + visibility.value)
        p.write(" ")
        p.print_symbol_name(view.sym_name.value)
        fn_type = view.function_type
        body = op.regions[0]
        arg_attrs = view.arg_attrs
        res_attrs = view.res_attrs
        p.write("(")
        for i, t in enumerate(fn_type.inputs):
            if i:
                p.write(", ")
            attrs = dict(arg_attrs[i].items()) if arg_attrs is not None else {}
            if body.blocks:
                p.print_region_argument(body.blocks[0].args[i], attrs)
            else:
                p.print_type(t)
                p.print_optional_attr_dict(attrs)
        p.write(")")
        results = fn_type.results
        if results:
            p.write(" -> ")
            has_res_attrs = res_attrs is not None and any(d.items() for d in res_attrs)
            if len(results) == 1 and not has_res_attrs and not isinstance(results[0], FunctionType):
                p.print_type(results[0])
            else:
                p.write("(")
                for i, t in enumerate(results):
                    if i:
                        p.write(", ")
                    p.print_type(t)
                    if res_attrs is not None:
                        p.print_optional_attr_dict(dict(res_attrs[i].items()))
                p.write(")")
        attrs = dict(op.properties)
        attrs.update(op.attributes)
        p.print_optional_attr_dict_with_keyword(attrs, FuncOp._ELIDED)
        if body.blocks:
            p.write(" ")
            p.print_region(body, print_entry_block_args=False)


class InFunc(HasParent):
    parents = ("func.func",)


class ReturnOp(OpView):
    """`func.return %a, %b : i32, f32`: returns from the enclosing function."""

    name = "func.return"
    traits = (IsTerminator, Pure, InFunc, ReturnLike)
    operands_ = var_operand()
    assembly_format = "attr-dict ($operands_^ `:` type($operands_))?"

    def verify_(self) -> str | None:
        parent = self.op.parent_op()
        if parent is None or parent.name != "func.func":
            return None
        fn = FuncOp(parent)
        results = fn.function_type.results
        values = self.op.operands
        name = fn.sym_name.value
        if len(values) != len(results):
            return (
                f"has {len(values)} operands, but enclosing function (@{name}) returns "
                f"{len(results)}"
            )
        for i, (value, expected) in enumerate(zip(values, results)):
            if value.type != expected:
                return (
                    f"type of return operand {i} ('{value.type}') doesn't match function "
                    f"result type ('{expected}') in function @{name}"
                )
        return None


class CallOp(OpView):
    """`func.call @f(%a) : (i32) -> i32`. Its memory effects are unknown (the callee's)."""

    name = "func.call"
    traits = (CallOpInterface,)
    callee = prop(SymbolRefAttr)
    no_inline = prop(UnitAttr, optional=True)
    operands_ = var_operand()
    results_ = var_result()
    assembly_format = (
        "$callee `(` $operands_ `)` (`<` `no_inline` $no_inline^ `>`)? attr-dict `:` "
        "functional-type($operands_, $results_)"
    )

    # CallOpInterface
    @staticmethod
    def get_callee(op: Operation) -> Any:
        return op.properties.get("callee")

    @staticmethod
    def get_arg_operands(op: Operation) -> list:
        return op.operands


class ConstantOp(OpView):
    """`%f = func.constant @f : (i32) -> i32`: a function as an SSA value."""

    name = "func.constant"
    traits = (ConstantLike, Pure)
    value = prop(SymbolRefAttr)
    res = result(IsA(FunctionType))
    assembly_format = "attr-dict $value `:` type($res)"

    @staticmethod
    def asm_result_names(op: Operation) -> list[str]:
        """Named after the function, as MLIR does (`%f = constant @f`)."""
        value = op.properties.get("value")
        return [value.root] if isinstance(value, SymbolRefAttr) else [""]


class _DirectCallOfConstant(RewritePattern):
    """`call_indirect (func.constant @f)(...)` -> `call @f(...)`."""

    root = "func.call_indirect"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        callee = op.operands[0]
        owner = getattr(callee, "op", None)
        if owner is None or owner.name != ConstantOp.name:
            return False
        call = rewriter.create(
            CallOp,
            op.operands[1:],
            [r.type for r in op.results],
            {"callee": owner.properties["value"]},
            location=op.location,
        )
        rewriter.replace_op(op, call)
        return True


_DICT_ARRAY = Predicate(
    lambda a: isinstance(a, ArrayAttr) and all(isinstance(d, DictionaryAttr) for d in a),
    "Array of dictionary attributes",
)


class CallIndirectOp(OpView):
    """`%r = func.call_indirect %f(%a) : (i32) -> i32`: calls the function value `%f`.

    Invariants (verified): the callee is a function-typed value whose inputs are the types
    of the other operands and whose results are the op's result types. The optional
    `arg_attrs` / `res_attrs` properties hold one dictionary per argument / result.
    Hand-written syntax: the one type written is the callee's, and the operand and result
    types are read off it, which a declarative format cannot express.
    """

    name = "func.call_indirect"
    traits = (CallOpInterface,)
    hand_written_syntax = True
    callee = operand(IsA(FunctionType, description="function type"))
    callee_operands = var_operand()
    results_ = var_result()
    arg_attrs = prop(_DICT_ARRAY, optional=True)
    res_attrs = prop(_DICT_ARRAY, optional=True)

    _PROPERTIES = frozenset({"arg_attrs", "res_attrs"})
    canonicalization_patterns = (_DirectCallOfConstant,)

    @classmethod
    def build(cls, callee: Any, operands: Sequence[Any] = (), location: Any = None) -> Operation:
        """A call of the function value `callee`; the result types come from its type."""
        return cls.create([callee, *operands], callee.type.results, location=location)

    def verify_(self) -> str | None:
        fn_type = self.op.operands[0].type
        if [v.type for v in self.op.operands[1:]] != list(fn_type.inputs):
            return "failed to verify that callee input types match argument types"
        if [r.type for r in self.op.results] != list(fn_type.results):
            return "failed to verify that callee result types match result types"
        return None

    # CallOpInterface
    @staticmethod
    def get_callee(op: Operation) -> Any:
        return op.operands[0]

    @staticmethod
    def get_arg_operands(op: Operation) -> list:
        return op.operands[1:]

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        p.write(" ")
        p.print_operand(op.operands[0])
        p.write("(")
        p.print_operands(op.operands[1:])
        p.write(")")
        attrs = dict(op.properties)
        attrs.update(op.attributes)
        p.print_optional_attr_dict(attrs)
        p.write(" : ")
        p.print_type(op.operands[0].type)


# -- func.func's hand-written syntax -----------------------------------------------------------
_FUNC_GRAMMAR = r"""
func_func: func_func_kw [BARE_ID] AT_ID func_signature [attr_dict_with_keyword] [region]
!func_func_kw: "func.func"
func_signature: "(" [func_arg ("," func_arg)*] ")" ["->" func_results]
func_arg: SSA_ID ":" type [attribute_dict] [trailing_location]  -> func_named_arg
        | type [attribute_dict]                                   -> func_type_arg
func_results: non_function_type                                 -> func_single_result
            | "(" [func_result ("," func_result)*] ")"
func_result: type [attribute_dict]
%extend custom_operation: func_func

func_call_indirect: func_call_indirect_kw value_use "(" [value_use_list] ")" [attribute_dict] ":" type
!func_call_indirect_kw: "func.call_indirect" | "call_indirect"
%extend custom_operation: func_call_indirect
"""


def _func_keyword(state: Any) -> Any:
    def push(children: list) -> str:
        state.begin_op("func.func")
        return "func.func"

    return push


def _named_arg(state: Any) -> Any:
    return lambda c: ("named", c[0], c[1], c[2], c[3], state.pos)


def _type_arg(state: Any) -> Any:
    return lambda c: ("type", None, c[0], c[1], None, state.pos)


def _single_result(state: Any) -> Any:
    return lambda c: [(c[0], None)]


def _func_results(state: Any) -> Any:
    return lambda c: [r for r in c if r is not None]


def _func_result(state: Any) -> Any:
    return lambda c: (c[0], c[1])


def _signature(state: Any) -> Any:
    def build(c: list) -> tuple:
        args = [a for a in c[:-1] if a is not None]
        results = c[-1] or []
        kinds = {a[0] for a in args}
        if len(kinds) > 1:
            raise state.error("expected SSA identifier for every argument, or none", state.pos)
        if args and args[0][0] == "named":
            state.set_entry_block_args([(a[1], a[2], a[4], a[5]) for a in args])
        return (args, results)

    return build


def _func(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, visibility, name_token, signature, attrs, body = c
        state.end_op()
        state.pending_entry_args = None  # a declaration leaves its signature unused
        args, results = signature
        if body is None and args and args[0][0] == "named":
            raise state.error("expected '{' to begin a function body", state.pos)
        if body is not None and args and args[0][0] == "type":
            raise state.error("expected SSA identifier for the function arguments", state.pos)
        inputs = tuple(a[2] for a in args)
        outputs = tuple(r[0] for r in results)
        name = name_token[2:-1] if name_token.startswith('@"') else name_token[1:]
        props: dict = {
            "sym_name": StringAttr(name),
            "function_type": FunctionType(inputs, outputs),
        }
        if visibility is not None:
            props["sym_visibility"] = StringAttr(visibility)
        if any(a[3] for a in args):
            props["arg_attrs"] = ArrayAttr(tuple(DictionaryAttr(a[3] or {}) for a in args))
        if any(r[1] for r in results):
            props["res_attrs"] = ArrayAttr(tuple(DictionaryAttr(r[1] or {}) for r in results))
        attributes = dict(attrs or {})
        for key in list(attributes):
            if key in FuncOp._ELIDED:
                props[key] = attributes.pop(key)
        regions = [body] if body is not None else 1
        return FuncOp.create(properties=props, attributes=attributes, regions=regions)

    return build


def _call_indirect_keyword(state: Any) -> Any:
    def push(children: list) -> str:
        if children[0] != CallIndirectOp.name and state.default_dialect() != "func":
            raise state.error(f"custom op '{children[0]}' is unknown", state.pos)
        state.begin_op(CallIndirectOp.name)
        return CallIndirectOp.name

    return push


def _call_indirect(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, callee, uses, attrs, fn_type = c
        state.end_op()
        pos = state.pos
        prefix = "custom op 'func.call_indirect' "
        if not isinstance(fn_type, FunctionType):
            raise state.error(
                prefix + "invalid kind of type specified: expected builtin.function, "
                f"but found '{fn_type}'",
                pos,
            )
        uses = uses or []
        if len(uses) != len(fn_type.inputs):
            raise state.error(
                prefix + "number of operands and types do not match: "
                f"got {len(uses)} operands and {len(fn_type.inputs)} types",
                pos,
            )
        operands = [state.resolve(callee, fn_type)]
        operands.extend(state.resolve(u, t) for u, t in zip(uses, fn_type.inputs))
        properties: dict = {}
        attributes = dict(attrs or {})
        for key in CallIndirectOp._PROPERTIES.intersection(attributes):
            properties[key] = attributes.pop(key)
        return CallIndirectOp.create(operands, fn_type.results, properties, attributes)

    return build


FUNC_SYNTAX = CustomSyntax(
    _FUNC_GRAMMAR,
    {
        "func_func_kw": _func_keyword,
        "func_named_arg": _named_arg,
        "func_type_arg": _type_arg,
        "func_single_result": _single_result,
        "func_results": _func_results,
        "func_result": _func_result,
        "func_signature": _signature,
        "func_func": _func,
        "func_call_indirect_kw": _call_indirect_keyword,
        "func_call_indirect": _call_indirect,
    },
)


class FuncInlinerInterface(DialectInlinerInterface):
    """Every func op may be inlined (MLIR's func inliner interface), except a call marked
    `no_inline`; an inlined `func.return` becomes the call's results, or a `cf.br` to the
    block after the call when the callee has several blocks."""

    def is_legal_to_inline_call(self, call: Operation, callable: Operation, cloned: bool) -> bool:
        return "no_inline" not in call.properties and "no_inline" not in call.attributes

    def is_legal_to_inline_region(self, dest: Any, src: Any, cloned: bool, mapping: Any) -> bool:
        return True

    def is_legal_to_inline_op(self, op: Operation, dest: Any, cloned: bool, mapping: Any) -> bool:
        return True

    def handle_terminator_branch(self, op: Operation, new_dest: Block, rewriter: Any) -> None:
        if op.name != ReturnOp.name:
            return
        from pyir.dialects.cf import BranchOp  # func's bodies may become cf branches

        branch = BranchOp.build(new_dest, op.operands, location=op.location)
        op.parent.insert_before(op, branch)
        rewriter.listener.notify_operation_inserted(branch)
        rewriter.erase_op(op)

    def handle_terminator_values(self, op: Operation, values: Sequence[Any]) -> None:
        for old, new in zip(values, op.operands):
            old.replace_all_uses_with(new)


DIALECT = Dialect(
    "func",
    [FuncOp, ReturnOp, CallOp, CallIndirectOp, ConstantOp],
    syntax=FUNC_SYNTAX,
    description="Functions, calls and returns.",
)
DIALECT.inliner = FuncInlinerInterface()  # type: ignore[attr-defined]
