"""The hand-written syntax of the `scf` ops: lark rules and the callbacks that build ops.

Each op rule is `<op>_kw <head> region ...`: the head rule is reduced before the region's
`{` is read, so its callback resolves the operands and declares the entry block's
arguments (`state.set_entry_block_args`) with the names written in the header
(`%i` of `scf.for %i = ...`). Each argument keeps the offset of its name, which MLIR uses
as its location. Regions whose terminator may be implicit get it added by the op callback
(`ensure_terminator`), located at the op's name as in MLIR.

The loops workload of the benchmark is mostly `scf.for` with `iter_args`: its callbacks
only resolve values and build lists.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import UnitAttr
from pyir.builtin_types import I1, INDEX
from pyir.core import Block, Operation, Region
from pyir.dialects.scf_common import ensure_terminator
from pyir.dialects.scf_loops import (
    ForallOp,
    ForOp,
    ParallelOp,
    ReduceOp,
    WhileOp,
    forall_properties,
    i32_array,
)
from pyir.dialects.scf_regions import ExecuteRegionOp, IfOp, IndexSwitchOp
from pyir.dialects.scf_terminators import InParallelOp, YieldOp
from pyir.dialects.static_dynamic import dense_i64, index_list_syntax, resolve_index_list
from pyir.dialects.syntax_common import keyword_at, split_attrs

_INDEX_LIST_GRAMMAR, _INDEX_LIST_CALLBACKS = index_list_syntax("scf", "()")

_GRAMMAR = r"""
scf_arg: SSA_ID
scf_args: "(" [scf_arg ("," scf_arg)*] ")"
scf_assign: scf_arg "=" value_use
!scf_int: INTEGER | "-" INTEGER
!scf_unsigned: "unsigned"
!scf_no_inline: "no_inline"

scf_for: scf_for_kw scf_for_head region [attribute_dict]
!scf_for_kw: "scf.for"
scf_for_head: [scf_unsigned] scf_arg "=" value_use "to" value_use "step" value_use [scf_iter_args] [":" type]
scf_iter_args: "iter_args" "(" scf_assign ("," scf_assign)* ")" "->" function_result_types

scf_forall: scf_forall_kw scf_forall_head region [attribute_dict]
!scf_forall_kw: "scf.forall"
scf_forall_head: scf_args scf_forall_bounds [scf_shared_outs]
scf_forall_bounds: "in" scf_index_list -> scf_forall_in
    | "=" scf_index_list "to" scf_index_list "step" scf_index_list -> scf_forall_range
scf_shared_outs: "shared_outs" "(" scf_assign ("," scf_assign)* ")" ["->" function_result_types]

scf_in_parallel: scf_in_parallel_kw region [attribute_dict]
!scf_in_parallel_kw: "scf.forall.in_parallel"

scf_parallel: scf_parallel_kw scf_parallel_head region [attribute_dict]
!scf_parallel_kw: "scf.parallel"
scf_parallel_head: scf_args "=" scf_operands "to" scf_operands "step" scf_operands [scf_init] ["->" function_result_types]
scf_operands: "(" [value_use_list] ")"
scf_init: "init" scf_operands

scf_reduce: scf_reduce_kw [scf_reduce_operands] [scf_reduce_regions]
!scf_reduce_kw: "scf.reduce"
scf_reduce_operands: "(" value_use_list ":" type_list ")"
scf_reduce_regions: region_list_bare [attribute_dict]

scf_while: scf_while_kw scf_while_head region "do" region [attr_dict_with_keyword]
!scf_while_kw: "scf.while"
scf_while_head: [scf_while_inits] scf_while_type
scf_while_type: ":" function_type
scf_while_inits: "(" scf_assign ("," scf_assign)* ")"

scf_if: scf_if_kw scf_if_head region ["else" region] [attribute_dict]
!scf_if_kw: "scf.if"
scf_if_head: value_use ["->" function_result_types]

scf_execute_region: scf_execute_region_kw ["->" function_result_types] [scf_no_inline] region [attribute_dict]
!scf_execute_region_kw: "scf.execute_region"

scf_index_switch: scf_index_switch_kw value_use [attribute_dict] ["->" type_list] scf_case* "default" region
!scf_index_switch_kw: "scf.index_switch"
scf_case: "case" scf_int region

%extend custom_operation: scf_for | scf_forall | scf_in_parallel | scf_parallel | scf_reduce
    | scf_while | scf_if | scf_execute_region | scf_index_switch
"""


def _types(value: Any) -> list:
    """The value of `function_result_types`: a list, or a single type."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _arg(state: Any) -> Any:
    def build(c: list) -> tuple:
        name = c[0]
        if "#" in name:
            raise state.error(f"invalid block argument name '{name}'", state.pos)
        return (name, state.pos)

    return build


def _list(state: Any) -> Any:
    return lambda c: [x for x in c if x is not None]


def _pair(state: Any) -> Any:
    return lambda c: (c[0], c[1])


def _first(state: Any) -> Any:
    return lambda c: c[0]


def _int(state: Any) -> Any:
    def build(c: list) -> tuple:
        text = c[-1]
        value = int(text, 16) if text.startswith("0x") else int(text)
        value = -value if len(c) == 2 else value
        if not -(2**63) <= value < 2**63:
            raise state.error("integer value too large", state.pos)
        return (value, state.pos)

    return build


def _implicit(state: Any, op_cls: type, pos: int) -> Any:
    """A maker of the implicit terminator `op_cls`, located at the op's name."""
    regions = 0 if op_cls is ReduceOp else None  # an implicit scf.reduce has no reductions
    return lambda: op_cls.create(regions=regions, location=state.loc(pos))


# -- scf.for -------------------------------------------------------------------------------------
def _iter_args(state: Any) -> Any:
    return lambda c: (c[:-1], _types(c[-1]))


def _for_head(state: Any) -> Any:
    resolve = state.resolve

    def build(c: list) -> tuple:
        unsigned, iv, lb, ub, step, iters, iv_type = c
        t = INDEX if iv_type is None else iv_type
        operands = [resolve(lb, t), resolve(ub, t), resolve(step, t)]
        args = [(iv[0], t, None, iv[1])]
        types: list = []
        if iters is not None:
            assigns, types = iters
            if len(assigns) != len(types):
                # Reported at the op's name by the op rule (the head does not know it).
                return (unsigned is not None, None, types)
            for ((name, pos), use), ty in zip(assigns, types):
                operands.append(resolve(use, ty))
                args.append((name, ty, None, pos))
        state.set_entry_block_args(args)
        return (unsigned is not None, operands, types)

    return build


def _for(state: Any) -> Any:
    def build(c: list) -> Operation:
        pos, (unsigned, operands, types), body, attrs = c
        state.end_op()
        if operands is None:
            raise state.error(
                "custom op 'scf.for' mismatch in number of loop-carried values and defined values",
                pos,
            )
        props: dict = {"unsignedCmp": UnitAttr()} if unsigned else {}
        attributes = split_attrs(ForOp, attrs, props) if attrs else None
        ensure_terminator(body, _implicit(state, YieldOp, pos))
        return Operation("scf.for", ForOp, operands, types, props, attributes, (), [body], None)

    return build


# -- scf.forall ----------------------------------------------------------------------------------
def _forall_in(state: Any) -> Any:
    return lambda c: ("in", c[0])


def _forall_range(state: Any) -> Any:
    return lambda c: ("range", c[0], c[1], c[2])


def _shared_outs(state: Any) -> Any:
    return lambda c: (c[:-1], _types(c[-1]), state.pos)


def _forall_head(state: Any) -> Any:
    def build(c: list) -> tuple:
        ivs, bounds, outs = c
        n = len(ivs)
        if bounds[0] == "in":
            lbs, lb_values = (0,) * n, []
            ubs, ub_values = resolve_index_list(state, bounds[1])
            steps, step_values = (1,) * n, []
        else:
            lbs, lb_values = resolve_index_list(state, bounds[1])
            ubs, ub_values = resolve_index_list(state, bounds[2])
            steps, step_values = resolve_index_list(state, bounds[3])
        operands = [*lb_values, *ub_values, *step_values]
        args = [(name, INDEX, None, pos) for name, pos in ivs]
        types: list = []
        n_outs = 0
        if outs is not None:
            assigns, types, pos = outs
            uses = [use for _, use in assigns]
            operands.extend(state.resolve_all(uses, types, pos))
            args.extend((name, t, None, p) for ((name, p), _), t in zip(assigns, types))
            n_outs = len(assigns)
        state.set_entry_block_args(args)
        sizes = (len(lb_values), len(ub_values), len(step_values), n_outs)
        return (operands, types, forall_properties(lbs, ubs, steps, sizes))

    return build


def _forall(state: Any) -> Any:
    def build(c: list) -> Operation:
        pos, (operands, types, props), body, attrs = c
        state.end_op()
        attributes = split_attrs(ForallOp, attrs, props)
        ensure_terminator(body, lambda: InParallelOp.build(location=state.loc(pos)))
        return ForallOp.create(
            operands, types, properties=props, attributes=attributes, regions=[body]
        )

    return build


def _in_parallel(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, body, attrs = c
        state.end_op()
        if not body.blocks:
            body.add_block(Block())
        return InParallelOp.create(attributes=attrs, regions=[body])

    return build


# -- scf.parallel and scf.reduce ---------------------------------------------------------------------
def _operands(state: Any) -> Any:
    return lambda c: (c[0] or [], state.pos)


def _parallel_head(state: Any) -> Any:
    def build(c: list) -> tuple:
        ivs, lbs, ubs, steps, inits, types = c
        n = len(ivs)
        operands = []
        sizes = []
        for uses, pos in (lbs, ubs, steps):
            if len(uses) != n:
                raise state.error(f"custom op 'scf.parallel' expected {n} operands", pos)
            operands.extend(state.resolve(u, INDEX) for u in uses)
            sizes.append(n)
        types = _types(types)
        init_uses, init_pos = inits if inits is not None else ([], state.pos)
        operands.extend(state.resolve_all(init_uses, types, init_pos))
        sizes.append(len(init_uses))
        state.set_entry_block_args([(name, INDEX, None, pos) for name, pos in ivs])
        return (operands, types, sizes)

    return build


def _parallel(state: Any) -> Any:
    def build(c: list) -> Operation:
        pos, (operands, types, sizes), body, attrs = c
        state.end_op()
        props = {"operandSegmentSizes": i32_array(sizes)}
        attributes = split_attrs(ParallelOp, attrs, props)
        ensure_terminator(body, _implicit(state, ReduceOp, pos))
        return ParallelOp.create(
            operands, types, properties=props, attributes=attributes, regions=[body]
        )

    return build


def _reduce_operands(state: Any) -> Any:
    return lambda c: state.resolve_all(c[0], c[1], state.pos)


def _reduce(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, operands, regions = c
        state.end_op()
        regions, attrs = regions if regions is not None else ([], None)
        return ReduceOp.create(operands or [], attributes=attrs, regions=list(regions))

    return build


# -- scf.while -----------------------------------------------------------------------------------
def _while_head(state: Any) -> Any:
    def build(c: list) -> tuple:
        assigns, (function_type, type_pos) = c
        assigns = assigns or []
        inputs = function_type.inputs
        if len(inputs) != len(assigns):
            raise state.error(
                "custom op 'scf.while' expected as many input types as operands (expected "
                f"{len(assigns)} got {len(inputs)})",
                type_pos,
            )
        operands = [state.resolve(use, t) for (_, use), t in zip(assigns, inputs)]
        if assigns:
            state.set_entry_block_args(
                [(name, t, None, pos) for ((name, pos), _), t in zip(assigns, inputs)]
            )
        return (operands, list(function_type.results))

    return build


def _while(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, (operands, types), before, after, attrs = c
        state.end_op()
        props: dict = {}
        attributes = split_attrs(WhileOp, attrs, props)
        return WhileOp.create(
            operands, types, properties=props, attributes=attributes, regions=[before, after]
        )

    return build


# -- scf.if, scf.execute_region, scf.index_switch ------------------------------------------------------
def _if_head(state: Any) -> Any:
    return lambda c: (state.resolve(c[0], I1), _types(c[1]))


def _if(state: Any) -> Any:
    def build(c: list) -> Operation:
        pos, (cond, types), then, other, attrs = c
        state.end_op()
        make = _implicit(state, YieldOp, pos)
        ensure_terminator(then, make)
        if other is None:
            other = Region()
        else:
            ensure_terminator(other, make)
        props: dict = {}
        attributes = split_attrs(IfOp, attrs, props)
        return IfOp.create(
            [cond], types, properties=props, attributes=attributes, regions=[then, other]
        )

    return build


def _execute_region(state: Any) -> Any:
    def build(c: list) -> Operation:
        _, types, no_inline, body, attrs = c
        state.end_op()
        props: dict = {"no_inline": UnitAttr()} if no_inline is not None else {}
        attributes = split_attrs(ExecuteRegionOp, attrs, props)
        return ExecuteRegionOp.create(
            [], _types(types), properties=props, attributes=attributes, regions=[body]
        )

    return build


def _index_switch(state: Any) -> Any:
    def build(c: list) -> Operation:
        pos, use, attrs, types, *cases, default = c
        state.end_op()
        arg = state.resolve(use, INDEX)
        props: dict = {"cases": dense_i64([value for (value, _), _ in cases])}
        attributes = split_attrs(IndexSwitchOp, attrs, props)
        ensure_terminator(default, _implicit(state, YieldOp, pos))
        return IndexSwitchOp.create(
            [arg],
            types or [],
            properties=props,
            attributes=attributes,
            regions=[default, *(region for _, region in cases)],
        )

    return build


_CALLBACKS: dict[str, Any] = {
    "scf_arg": _arg,
    "scf_args": _list,
    "scf_assign": _pair,
    "scf_int": _int,
    "scf_for_kw": keyword_at("scf.for"),
    "scf_for_head": _for_head,
    "scf_iter_args": _iter_args,
    "scf_for": _for,
    "scf_forall_kw": keyword_at("scf.forall"),
    "scf_forall_in": _forall_in,
    "scf_forall_range": _forall_range,
    "scf_shared_outs": _shared_outs,
    "scf_forall_head": _forall_head,
    "scf_forall": _forall,
    "scf_in_parallel_kw": keyword_at("scf.forall.in_parallel"),
    "scf_in_parallel": _in_parallel,
    "scf_parallel_kw": keyword_at("scf.parallel"),
    "scf_operands": _operands,
    "scf_init": _first,
    "scf_parallel_head": _parallel_head,
    "scf_parallel": _parallel,
    "scf_reduce_kw": keyword_at("scf.reduce"),
    "scf_reduce_operands": _reduce_operands,
    "scf_reduce_regions": _pair,
    "scf_reduce": _reduce,
    "scf_while_kw": keyword_at("scf.while"),
    "scf_while_inits": _list,
    "scf_while_type": lambda state: lambda c: (c[0], state.pos),
    "scf_while_head": _while_head,
    "scf_while": _while,
    "scf_if_kw": keyword_at("scf.if"),
    "scf_if_head": _if_head,
    "scf_if": _if,
    "scf_execute_region_kw": keyword_at("scf.execute_region"),
    "scf_execute_region": _execute_region,
    "scf_index_switch_kw": keyword_at("scf.index_switch"),
    "scf_case": _pair,
    "scf_index_switch": _index_switch,
    **_INDEX_LIST_CALLBACKS,
}

SCF_SYNTAX = CustomSyntax(_GRAMMAR + _INDEX_LIST_GRAMMAR, _CALLBACKS)
