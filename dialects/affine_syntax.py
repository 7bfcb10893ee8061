"""Parsing the custom forms of the `affine` ops: lark rules plus the callbacks that build
the ops (the printing side lives with each op class).

Affine expressions over SSA values (`%i + symbol(%n) * 2`) are parsed into small tuple
trees (see `affine_ssa`) and turned into maps once the whole list is read, so dims and
symbols are numbered in order of first appearance, as MLIR's parser numbers them.

Region ops are split into a *head* rule reduced just before the body's `{`: its callback
resolves the operands and declares the body's arguments (induction variables, iter_args)
so the region sees them, as func.func's signature does. Bodies that end without a
terminator get an implicit `affine.yield` located at the op, as MLIR's parser adds it.
"""

from __future__ import annotations

from typing import Any

from pyir.affine import AffineMap, AffineMapAttr, IntegerSetAttr, dim, symbol
from pyir.asm import CustomSyntax
from pyir.builtin_attributes import ArrayAttr, IntegerAttr
from pyir.builtin_types import IndexType, IntegerType, MemRefType
from pyir.core import Block, Operation, Region
from pyir.dialects.affine_loops import ForOp, IfOp
from pyir.dialects.affine_ops import ApplyOp, LoadOp, MaxOp, MinOp, StoreOp, YieldOp
from pyir.dialects.affine_parallel import ParallelOp, build_bounds, reduction_kind
from pyir.dialects.affine_ssa import SSAExprError, build_map
from pyir.opdef import segment_sizes
from pyir.traits import IsTerminator

GRAMMAR = r"""
// affine.apply / affine.min / affine.max: `#map(%dims)[%syms] {attrs}`
affine_map_op: affine_map_op_kw aff_attr aff_operands [attribute_dict]
!affine_map_op_kw: "affine.apply" | "affine.min" | "affine.max"
aff_operands: "(" [value_use_list] ")" [aff_symbol_operands]
aff_symbol_operands: "[" [value_use_list] "]"

// affine.load / affine.store: subscripts are affine expressions of SSA values
affine_load: affine_load_kw value_use aff_subscripts [attribute_dict] aff_memref_type
!affine_load_kw: "affine.load"
affine_store: affine_store_kw value_use "," value_use aff_subscripts [attribute_dict] aff_memref_type
aff_memref_type: ":" type
!affine_store_kw: "affine.store"
aff_subscripts: "[" [aff_expr_list] "]"
aff_expr_list: aff_ssa_expr ("," aff_ssa_expr)*
?aff_ssa_expr: aff_ssa_term
             | aff_ssa_expr aff_add_op aff_ssa_term       -> aff_ssa_binary
aff_add_op: "+"                                         -> aff_op_add
          | "-"                                         -> aff_op_sub
?aff_ssa_term: aff_ssa_factor
             | aff_ssa_term aff_mul_op aff_ssa_factor     -> aff_ssa_binary
aff_mul_op: "*"                                         -> aff_op_mul
          | "floordiv"                                  -> aff_op_floordiv
          | "ceildiv"                                   -> aff_op_ceildiv
          | "mod"                                       -> aff_op_mod
?aff_ssa_factor: SSA_ID                                  -> aff_ssa_dim
               | "symbol" "(" SSA_ID ")"                 -> aff_ssa_sym
               | INTEGER                                 -> aff_ssa_int
               | BARE_ID                                 -> aff_ssa_bare
               | "-" aff_ssa_factor                      -> aff_ssa_neg
               | "(" aff_ssa_expr ")"

// affine.for
affine_for: aff_for_head region [attribute_dict]
aff_for_head: affine_for_kw aff_iv "=" aff_lower "to" aff_upper [aff_step] [aff_iter_args]
!affine_for_kw: "affine.for"
aff_iv: SSA_ID [trailing_location]
aff_lower: aff_bound                                     -> aff_bound_plain
         | "max" aff_bound                               -> aff_bound_prefixed
aff_upper: aff_bound                                     -> aff_ubound_plain
         | "min" aff_bound                               -> aff_ubound_prefixed
aff_bound: value_use_list                                -> aff_bound_ssa
         | attribute_value [aff_operands]                -> aff_bound_attr
aff_step: "step" aff_step_value
aff_step_value: attribute_value
aff_iter_args: "iter_args" "(" aff_assign ("," aff_assign)* ")" "->" function_result_types
aff_assign: SSA_ID "=" value_use

// affine.if
affine_if: aff_if_head region [aff_else] [attribute_dict]
aff_if_head: affine_if_kw aff_attr aff_operands ["->" function_result_types]
!affine_if_kw: "affine.if"
aff_attr: attribute_value
aff_else: "else" region

// affine.parallel
affine_parallel: aff_par_head region [attribute_dict]
aff_par_head: affine_parallel_kw "(" [value_use_list] ")" "=" aff_par_lbs "to" aff_par_ubs [aff_par_steps] [aff_par_reduce] ["->" function_result_types]
!affine_parallel_kw: "affine.parallel"
aff_par_lbs: "(" [aff_par_lb ("," aff_par_lb)*] ")"
aff_par_lb: aff_ssa_expr                                 -> aff_par_single
          | "max" "(" aff_expr_list ")"                  -> aff_par_group
aff_par_ubs: "(" [aff_par_ub ("," aff_par_ub)*] ")"
aff_par_ub: aff_ssa_expr                                 -> aff_par_usingle
          | "min" "(" aff_expr_list ")"                  -> aff_par_ugroup
aff_par_steps: "step" "(" aff_expr_list ")"
aff_par_reduce: "reduce" "(" aff_par_kind ("," aff_par_kind)* ")"
aff_par_kind: STRING

%extend custom_operation: affine_map_op | affine_load | affine_store | affine_for | affine_if | affine_parallel
"""

_INDEX = IndexType()
_FOR, _IF, _PARALLEL = "affine.for", "affine.if", "affine.parallel"
_MAP_OPS = {"affine.apply": ApplyOp, "affine.min": MinOp, "affine.max": MaxOp}


# -- shared pieces ------------------------------------------------------------------------------
def _keyword(state: Any) -> Any:
    """`affine.xxx`: the op starts here; its value is (name, offset of the name)."""

    def push(c: list) -> tuple[str, int]:
        state.begin_op(c[0])
        return (c[0], state.pos)

    return push


def _fail(state: Any, op_name: str, message: str, pos: int) -> Exception:
    """An error of the op's own parser: MLIR prefixes those with `custom op '<name>'`."""
    return state.error(f"custom op '{op_name}' {message}", pos)


def _present(items: list) -> list:
    return [x for x in items if x is not None]


def _operands(state: Any) -> Any:
    return lambda c: (c[0] or [], c[1] or [])


def _symbol_operands(state: Any) -> Any:
    return lambda c: c[0] or []


def _list(state: Any) -> Any:
    return lambda c: _present(c)


def _result_types(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _split_attrs(op_cls: Any, attrs: dict | None, props: dict) -> dict:
    """Move the op's inherent attributes out of a parsed attr-dict into `props`."""
    attributes = dict(attrs or {})
    for d in op_cls.property_defs:
        if d.name in attributes:
            props[d.name] = attributes.pop(d.name)
    return attributes


def _ensure_terminators(state: Any, name_pos: int, regions: list[Region]) -> None:
    """MLIR's ensureTerminator: a region without blocks gets one; a last block that does
    not end in a terminator gets an `affine.yield`, located where the op's name is (as in
    MLIR, not at the op's trailing `loc(...)`)."""
    for region in regions:
        if not region.blocks:
            region.add_block(Block())
        block = region.blocks[-1]
        last = block.last_op
        if last is not None and last.has_trait(IsTerminator):
            continue
        block.append(YieldOp.create(location=state.loc(name_pos)))


# -- affine.apply / min / max --------------------------------------------------------------------
def _map_op(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), (attr, attr_pos), (dims, syms), attrs = c
        state.end_op()
        if not isinstance(attr, AffineMapAttr):
            raise _fail(state, name, "invalid kind of attribute specified", attr_pos)
        amap = attr.value
        if name == "affine.apply" and (
            amap.num_dims != len(dims) or amap.num_dims + amap.num_symbols != len(dims) + len(syms)
        ):
            raise _fail(state, name, "dimension or symbol index mismatch", name_pos)
        uses = dims + syms
        operands = state.resolve_all(uses, [_INDEX] * len(uses), name_pos)
        op_cls = _MAP_OPS[name]
        props: dict = {}
        attributes = _split_attrs(op_cls, attrs, props)
        props["map"] = attr
        return op_cls.create(operands, [_INDEX], props, attributes)

    return build


# -- affine expressions of SSA values --------------------------------------------------------------
def _ssa_leaf(kind: str) -> Any:
    def factory(state: Any) -> Any:
        return lambda c: (kind, c[0], state.pos)

    return factory


def _ssa_int(state: Any) -> Any:
    def build(c: list) -> tuple:
        text = c[0]
        return ("int", int(text, 16) if text.startswith("0x") else int(text), state.pos)

    return build


def _ssa_bare(state: Any) -> Any:
    def fail(c: list) -> None:
        raise state.error("use of undeclared identifier", state.pos)

    return fail


def _ssa_operator(kind: str) -> Any:
    def factory(state: Any) -> Any:
        # MLIR reports a non-affine combination at its operator.
        return lambda c: (kind, state.pos)

    return factory


def _ssa_binary(state: Any) -> Any:
    return lambda c: (c[1][0], c[0], c[2], c[1][1])


def _ssa_neg(state: Any) -> Any:
    return lambda c: ("neg", c[0], state.pos)


def ssa_map(state: Any, trees: list) -> tuple[AffineMap, list]:
    """The map of parsed expression trees and its operand uses; located errors."""
    try:
        return build_map(trees)
    except SSAExprError as err:
        raise state.error(str(err), err.pos) from None


# -- affine.load / affine.store ----------------------------------------------------------------
def _positioned(state: Any) -> Any:
    """A value with its source offset (for errors that point at it)."""
    return lambda c: (c[0], state.pos)


def _memref_type(state: Any, name: str, typed: tuple, pos: int) -> MemRefType:
    t, pos = typed
    if not isinstance(t, MemRefType):
        message = f"invalid kind of type specified: expected builtin.memref, but found '{t}'"
        raise _fail(state, name, message, pos)
    return t


def _load(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), memref_use, trees, attrs, mtype = c
        state.end_op()
        mtype = _memref_type(state, name, mtype, name_pos)
        amap, uses = ssa_map(state, trees or [])
        memref = state.resolve(memref_use, mtype)
        indices = state.resolve_all(uses, [_INDEX] * len(uses), name_pos)
        props: dict = {}
        attributes = _split_attrs(LoadOp, attrs, props)
        props["map"] = AffineMapAttr(amap)
        return LoadOp.create([memref, *indices], [mtype.element_type], props, attributes)

    return build


def _store(state: Any) -> Any:
    def build(c: list) -> Operation:
        (name, name_pos), value_use, memref_use, trees, attrs, mtype = c
        state.end_op()
        mtype = _memref_type(state, name, mtype, name_pos)
        amap, uses = ssa_map(state, trees or [])
        value = state.resolve(value_use, mtype.element_type)
        memref = state.resolve(memref_use, mtype)
        indices = state.resolve_all(uses, [_INDEX] * len(uses), name_pos)
        props: dict = {}
        attributes = _split_attrs(StoreOp, attrs, props)
        props["map"] = AffineMapAttr(amap)
        return StoreOp.create([value, memref, *indices], [], props, attributes)

    return build


def _subscripts(state: Any) -> Any:
    return lambda c: c[0] or []


# -- affine.for -----------------------------------------------------------------------------------
class _Bound:
    """A parsed loop bound: SSA operands, or an attribute with its dim/symbol operands."""

    __slots__ = ("prefixed", "uses", "attr", "dims", "syms", "pos")

    def __init__(self, uses: list | None, attr: Any, dims: Any, syms: Any, pos: int) -> None:
        self.prefixed = False
        self.uses = uses
        self.attr = attr
        self.dims = dims
        self.syms = syms
        self.pos = pos


def _bound_ssa(state: Any) -> Any:
    return lambda c: _Bound(c[0], None, None, None, state.pos)


def _bound_attr(state: Any) -> Any:
    def build(c: list) -> _Bound:
        dims, syms = c[1] if c[1] is not None else (None, None)
        return _Bound(None, c[0], dims, syms, state.pos)

    return build


def _bound_plain(state: Any) -> Any:
    return lambda c: c[0]


def _bound_prefixed(state: Any) -> Any:
    def mark(c: list) -> _Bound:
        c[0].prefixed = True
        return c[0]

    return mark


def _resolve_bound(state: Any, bound: _Bound, lower: bool, name_pos: int) -> tuple:
    """(map attribute, operands) of one bound, checked as MLIR's parseBound does."""
    if bound.uses is not None:
        if len(bound.uses) > 1:
            raise _fail(state, _FOR, "expected only one loop bound operand", name_pos)
        operand = state.resolve(bound.uses[0], _INDEX)
        return AffineMapAttr(AffineMap(0, 1, [symbol(0)])), [operand]
    attr = bound.attr
    if isinstance(attr, AffineMapAttr):
        if bound.dims is None:
            raise state.error("expected '('", bound.pos)
        amap = attr.value
        if amap.num_dims != len(bound.dims):
            message = "dim operand count and affine map dim count must match"
            raise _fail(state, _FOR, message, name_pos)
        if amap.num_dims + amap.num_symbols != len(bound.dims) + len(bound.syms):
            message = "symbol operand count and affine map symbol count must match"
            raise _fail(state, _FOR, message, name_pos)
        if amap.num_results > 1 and not bound.prefixed:
            which, prefix = ("lower", "max") if lower else ("upper", "min")
            message = (
                f"{which} loop bound affine map with multiple results requires '{prefix}' prefix"
            )
            raise _fail(state, _FOR, message, bound.pos)
        uses = bound.dims + bound.syms
        return attr, state.resolve_all(uses, [_INDEX] * len(uses), name_pos)
    if isinstance(attr, IntegerAttr) and bound.dims is None:
        return AffineMapAttr(AffineMap.constant_map(attr.value)), []
    message = "expected valid affine map representation for loop bounds"
    raise _fail(state, _FOR, message, name_pos)


def _step_value(state: Any) -> Any:
    def check(c: list) -> int:
        attr = c[0]
        if not isinstance(attr, IntegerAttr) or attr.value <= 0:
            message = "expected step to be representable as a positive signed integer"
            raise _fail(state, _FOR, message, state.pos)
        return attr.value

    return check


def _step(state: Any) -> Any:
    return lambda c: c[0]


def _iv(state: Any) -> Any:
    return lambda c: (c[0], state.pos, c[1])


def _assign(state: Any) -> Any:
    return lambda c: (c[0], state.pos, c[1])


def _iter_args(state: Any) -> Any:
    return lambda c: (list(c[:-1]), _result_types(c[-1]))


def _for_head(state: Any) -> Any:
    def build(c: list) -> tuple:
        (_, name_pos), (iv_name, iv_pos, iv_loc), lower, upper, step, iter_args = c
        if "#" in iv_name:
            raise state.error(f"invalid block argument name '{iv_name}'", iv_pos)
        lb_attr, lb_operands = _resolve_bound(state, lower, True, name_pos)
        ub_attr, ub_operands = _resolve_bound(state, upper, False, name_pos)
        assigns, types = iter_args if iter_args is not None else ([], [])
        if len(assigns) != len(types):
            message = "mismatch between the number of loop-carried values and results"
            raise _fail(state, _FOR, message, name_pos)
        inits = [state.resolve(use, t) for (_, _, use), t in zip(assigns, types)]
        args = [(iv_name, _INDEX, iv_loc, iv_pos)]
        args += [(name, t, None, pos) for (name, pos, _), t in zip(assigns, types)]
        state.set_entry_block_args(args)
        props = {
            "lowerBoundMap": lb_attr,
            "upperBoundMap": ub_attr,
            "step": IntegerAttr(step if step is not None else 1, _INDEX),
        }
        sizes = (len(lb_operands), len(ub_operands), len(inits))
        return (props, lb_operands + ub_operands + inits, sizes, types, name_pos)

    return build


def _for(state: Any) -> Any:
    def build(c: list) -> Operation:
        (props, operands, sizes, types, name_pos), body, attrs = c
        state.end_op()
        props = dict(props)
        attributes = _split_attrs(ForOp, attrs, props)
        props["operandSegmentSizes"] = segment_sizes(sizes)
        _ensure_terminators(state, name_pos, [body])
        return ForOp.create(operands, types, props, attributes, [body])

    return build


# -- affine.if ------------------------------------------------------------------------------------
def _if_head(state: Any) -> Any:
    def build(c: list) -> tuple:
        (_, name_pos), (attr, attr_pos), (dims, syms), results = c
        if not isinstance(attr, IntegerSetAttr):
            raise _fail(state, _IF, "invalid kind of attribute specified", attr_pos)
        iset = attr.value
        if iset.num_dims != len(dims):
            message = "dim operand count and integer set dim count must match"
            raise _fail(state, _IF, message, name_pos)
        if len(dims) + iset.num_symbols != len(dims) + len(syms):
            message = "symbol operand count and integer set symbol count must match"
            raise _fail(state, _IF, message, name_pos)
        uses = dims + syms
        operands = state.resolve_all(uses, [_INDEX] * len(uses), name_pos)
        return (attr, operands, _result_types(results), name_pos)

    return build


def _else(state: Any) -> Any:
    return lambda c: c[0]


def _if(state: Any) -> Any:
    def build(c: list) -> Operation:
        (attr, operands, types, name_pos), then_region, else_region, attrs = c
        state.end_op()
        props: dict = {}
        attributes = _split_attrs(IfOp, attrs, props)
        props["condition"] = attr
        regions = [then_region, else_region if else_region is not None else Region()]
        _ensure_terminators(state, name_pos, regions if else_region is not None else regions[:1])
        return IfOp.create(operands, types, props, attributes, regions)

    return build


# -- affine.parallel ------------------------------------------------------------------------------
def _par_single(state: Any) -> Any:
    return lambda c: [c[0]]


def _par_group(state: Any) -> Any:
    return lambda c: c[0]


def _par_bounds(state: Any) -> Any:
    return lambda c: _present(c)


def _par_steps(state: Any) -> Any:
    return lambda c: ssa_map(state, c[0])[0]


def _par_kind(state: Any) -> Any:
    def build(c: list) -> int:
        text = c[0][1:-1]
        kind = reduction_kind(text)
        if kind is None:
            raise _fail(state, _PARALLEL, f'invalid reduction value: "{text}"', state.pos)
        return kind

    return build


def _par_head(state: Any) -> Any:
    def build(c: list) -> tuple:
        (_, name_pos), ivs, lbs, ubs, steps, reductions, results = c
        ivs = ivs or []
        props: dict = {}
        operands: list = []
        for which, groups in (("lower", lbs), ("upper", ubs)):
            try:
                amap, group_sizes, uses = build_bounds(groups)
            except SSAExprError as err:
                raise state.error(str(err), err.pos) from None
            # Operands are deduplicated by value, as MLIR's parser does.
            dim_values = [state.resolve(u, _INDEX) for u in uses[0]]
            sym_values = [state.resolve(u, _INDEX) for u in uses[1]]
            amap, dims, syms = _dedup(amap, dim_values, sym_values)
            operands += dims + syms
            props[f"{which}BoundsMap"] = AffineMapAttr(amap)
            props[f"{which}BoundsGroups"] = group_sizes
        if steps is None:
            steps = [1] * len(ivs)
        elif any(r.kind.name != "CONSTANT" for r in steps.results):
            raise _fail(state, _PARALLEL, "steps must be constant integers", name_pos)
        else:
            steps = [r.value for r in steps.results]
        props["steps"] = ArrayAttr(IntegerAttr(s, IntegerType(64)) for s in steps)
        props["reductions"] = ArrayAttr(IntegerAttr(k, IntegerType(64)) for k in reductions or [])
        for name, pos in ivs:
            if "#" in name:
                raise state.error(f"invalid block argument name '{name}'", pos)
        state.set_entry_block_args([(name, _INDEX, None, pos) for name, pos in ivs])
        return (props, operands, _result_types(results), name_pos)

    return build


def _dedup(amap: AffineMap, dims: list, syms: list) -> tuple[AffineMap, list, list]:
    """Replace repeated operand values by one dim / symbol each (first appearance)."""
    unique_dims: list = []
    unique_syms: list = []
    dim_repl = []
    for v in dims:
        if not any(v is u for u in unique_dims):
            unique_dims.append(v)
        dim_repl.append(dim(next(i for i, u in enumerate(unique_dims) if u is v)))
    sym_repl = []
    for v in syms:
        if not any(v is u for u in unique_syms):
            unique_syms.append(v)
        sym_repl.append(symbol(next(i for i, u in enumerate(unique_syms) if u is v)))
    new_map = amap.replace_dims_and_symbols(dim_repl, sym_repl, len(unique_dims), len(unique_syms))
    return new_map, unique_dims, unique_syms


def _parallel(state: Any) -> Any:
    def build(c: list) -> Operation:
        (props, operands, types, name_pos), body, attrs = c
        state.end_op()
        props = dict(props)
        attributes = _split_attrs(ParallelOp, attrs, props)
        _ensure_terminators(state, name_pos, [body])
        return ParallelOp.create(operands, types, props, attributes, [body])

    return build


SYNTAX = CustomSyntax(
    GRAMMAR,
    {
        "affine_map_op_kw": _keyword,
        "affine_load_kw": _keyword,
        "affine_store_kw": _keyword,
        "affine_for_kw": _keyword,
        "affine_if_kw": _keyword,
        "affine_parallel_kw": _keyword,
        "affine_map_op": _map_op,
        "aff_operands": _operands,
        "aff_symbol_operands": _symbol_operands,
        "affine_load": _load,
        "affine_store": _store,
        "aff_subscripts": _subscripts,
        "aff_memref_type": _positioned,
        "aff_attr": _positioned,
        "aff_expr_list": _list,
        "aff_ssa_binary": _ssa_binary,
        "aff_op_add": _ssa_operator("+"),
        "aff_op_sub": _ssa_operator("-"),
        "aff_op_mul": _ssa_operator("*"),
        "aff_op_floordiv": _ssa_operator("floordiv"),
        "aff_op_ceildiv": _ssa_operator("ceildiv"),
        "aff_op_mod": _ssa_operator("mod"),
        "aff_ssa_dim": _ssa_leaf("dim"),
        "aff_ssa_sym": _ssa_leaf("sym"),
        "aff_ssa_int": _ssa_int,
        "aff_ssa_bare": _ssa_bare,
        "aff_ssa_neg": _ssa_neg,
        "affine_for": _for,
        "aff_for_head": _for_head,
        "aff_iv": _iv,
        "aff_bound_plain": _bound_plain,
        "aff_bound_prefixed": _bound_prefixed,
        "aff_ubound_plain": _bound_plain,
        "aff_ubound_prefixed": _bound_prefixed,
        "aff_bound_ssa": _bound_ssa,
        "aff_bound_attr": _bound_attr,
        "aff_step": _step,
        "aff_step_value": _step_value,
        "aff_iter_args": _iter_args,
        "aff_assign": _assign,
        "affine_if": _if,
        "aff_if_head": _if_head,
        "aff_else": _else,
        "affine_parallel": _parallel,
        "aff_par_head": _par_head,
        "aff_par_lbs": _par_bounds,
        "aff_par_ubs": _par_bounds,
        "aff_par_single": _par_single,
        "aff_par_usingle": _par_single,
        "aff_par_group": _par_group,
        "aff_par_ugroup": _par_group,
        "aff_par_steps": _par_steps,
        "aff_par_reduce": _list,
        "aff_par_kind": _par_kind,
    },
)
