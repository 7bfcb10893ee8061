"""Verification of ops against their declarations (pyir.opdef).

`_VerifyPlan` holds, per op class, everything that does not depend on the op: value
counts, which groups need checking, the callable constraints and the trait verifiers
that do something. `verify_declared(op)` does only the per-op work, in MLIR's order,
with MLIR's ODS wording. The segment-size traits live here because the plans read them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyir.constraints import Constraint, _check_type, _checked, _type_cache
from pyir.core import Operation
from pyir.traits import Trait

if TYPE_CHECKING:
    from pyir.opdef import OpView, _ValueGroupField


class AttrSizedOperandSegments(Trait):
    """Operand group sizes are stored in the `operandSegmentSizes` property."""


class AttrSizedResultSegments(Trait):
    """Result group sizes are stored in the `resultSegmentSizes` property."""


_SEGMENT_PROPERTY = {"operand": "operandSegmentSizes", "result": "resultSegmentSizes"}


# -- per-class verification plans ---------------------------------------------------------
class _ValuePlan:
    """How the operands (or results) of one op class are counted, sliced and checked.

    `fixed` counts the single groups; `var_pos` is the position of the only variable
    (optional or variadic) group when there is exactly one and no segment sizes, else -1.
    `checks` (for classes without variable groups) holds (position, constraint, memo) for
    each constraint that must be called; `groups` pairs every group with its callable
    constraint or None.
    """

    __slots__ = ("kind", "defs", "fixed", "variable", "segmented", "sizes_name", "var_pos")
    __slots__ += ("checks", "groups", "needs_group_check")

    def __init__(self, kind: str, defs: tuple[_ValueGroupField, ...], segmented: bool) -> None:
        self.kind = kind
        self.defs = defs
        variable = [i for i, d in enumerate(defs) if d.variadic or d.optional]
        self.fixed = len(defs) - len(variable)
        self.variable = bool(variable)
        self.segmented = segmented and self.variable
        self.sizes_name = _SEGMENT_PROPERTY[kind]
        self.var_pos = variable[0] if len(variable) == 1 and not self.segmented else -1
        self.groups = tuple((d, _checked(d.constraint)) for d in defs)
        self.checks = ()
        if not self.variable:
            self.checks = tuple((d.index, c, _type_cache(c)) for d, c in self.groups if c)
        # A variable kind needs the group walk when a group has a constraint, is optional
        # (size <= 1), or is a single group whose size comes from the segment sizes.
        self.needs_group_check = self.variable and (
            self.segmented or any(c is not None or d.optional for d, c in self.groups)
        )
        for i, d in enumerate(defs):
            d.direct = not (d.variadic or d.optional) and all(
                not (e.variadic or e.optional) for e in defs[:i]
            )

    def sizes(self, op: Operation, total: int) -> list[int]:
        """The size of every group of `op` (assumes the counts verified)."""
        n = len(self.defs)
        if self.segmented:
            sizes = op.properties.get(self.sizes_name)
            values = list(getattr(sizes, "values", ()))
            return values if len(values) == n else [0] * n
        out = [1] * n
        if self.var_pos >= 0:
            out[self.var_pos] = total - self.fixed
        return out

    def verify_segments(self, op: Operation, count: int) -> str | None:
        """MLIR's checks of the segment sizes property against the groups and the count."""
        from pyir.builtin_attributes import DenseArrayAttr
        from pyir.builtin_types import IntegerType

        name = self.sizes_name
        sizes = op.properties.get(name)
        if sizes is None:
            values: tuple = ()  # MLIR's default property: all groups empty
        elif not isinstance(sizes, DenseArrayAttr) or sizes.element_type != IntegerType(32):
            return f"requires dense i32 array attribute '{name}'"
        else:
            values = sizes.values
            if len(values) != len(self.defs):
                return (
                    f"'{name}' attribute for specifying {self.kind} segments must have "
                    f"{len(self.defs)} elements, but got {len(values)}"
                )
        if any(v < 0 for v in values):
            return f"'{name}' attribute cannot have negative elements"
        if sum(values) != count:
            return (
                f"{self.kind} count ({count}) does not match with the total size "
                f"({sum(values)}) specified in attribute '{name}'"
            )
        return None

    def verify_groups(self, op: Operation) -> str | None:
        """Group sizes (optional: 0 or 1) and the constraints of every value's type."""
        if self.kind == "operand":
            values = [slot.value for slot in op.operand_slots]
        else:
            values = op.results
        kind = self.kind
        start = 0
        for (d, constraint), size in zip(self.groups, self.sizes(op, len(values))):
            if d.optional and size > 1:
                return (
                    f"{kind} group starting at #{start} requires 0 or 1 element, but found {size}"
                )
            if size != 1 and not (d.optional or d.variadic):
                return f"{kind} group starting at #{start} requires 1 element, but found {size}"
            if constraint is not None:
                cache = _type_cache(constraint)
                for k in range(start, start + size):
                    t = values[k].type
                    try:
                        ok = cache[t]
                    except (KeyError, TypeError):
                        ok = _check_type(constraint, cache, t)
                    if not ok:
                        return _type_error(kind, k, constraint, t)
            start += size
        return None


class _VerifyPlan:
    """Everything `verify_declared` needs about one op class that no op changes.

    Counts are `(fixed, variable)` per kind; `required` names the attributes that must
    be present (with whether they are properties); `attr_checks` the present attributes'
    constraints to call; `single_blocks` the regions limited to one block; `trait_verifiers`
    the `verify` functions of the traits that override `Trait.verify`.
    """

    __slots__ = ("n_regions", "var_regions", "n_successors", "var_successors")
    __slots__ += ("operands", "results", "segmented", "operand_checks", "result_checks")
    __slots__ += ("operand_groups", "result_groups", "required", "attr_checks")
    __slots__ += ("single_blocks", "trait_verifiers", "has_verify")
    __slots__ += ("all_trait_verifiers", "type_verifiers", "good_signatures", "defaults_pass")
    __slots__ += ("last_binary", "nothing_after_types")

    def __init__(self, cls: type[OpView], has_verify: bool) -> None:
        traits = cls.traits_set
        self.operands = _ValuePlan("operand", cls.operand_defs, AttrSizedOperandSegments in traits)
        self.results = _ValuePlan("result", cls.result_defs, AttrSizedResultSegments in traits)
        self.segmented = self.operands.segmented or self.results.segmented
        self.operand_checks = self.operands.checks
        self.result_checks = self.results.checks
        self.operand_groups = self.operands if self.operands.needs_group_check else None
        self.result_groups = self.results if self.results.needs_group_check else None
        self.n_regions = sum(1 for d in cls.region_defs if not d.variadic)
        self.var_regions = any(d.variadic for d in cls.region_defs)
        self.n_successors = sum(1 for d in cls.successor_defs if not d.variadic)
        self.var_successors = any(d.variadic for d in cls.successor_defs)
        attr_defs = (*cls.property_defs, *cls.attribute_defs)
        self.required = tuple((d.name, d.kind == "property") for d in attr_defs if not d.optional)
        self.attr_checks = tuple(
            (d.name, d.kind == "property", d.constraint)
            for d in attr_defs
            if _checked(d.constraint) is not None
        )
        # Ops holding only the shared default properties (and no attributes) pass the
        # two loops above exactly when the defaults do: decided once, here.
        defaults = cls.property_defaults
        self.defaults_pass = all(p and n in defaults for n, p in self.required) and all(
            c.check(defaults[n]) for n, p, c in self.attr_checks if p and n in defaults
        )
        self.single_blocks = tuple(
            (d.index, d.name) for d in cls.region_defs if d.single_block and not d.variadic
        )
        verifying = [
            t for t in cls.traits if getattr(t, "verify", Trait.verify) is not Trait.verify
        ]
        # Rules that read only types run once per type signature (see verify_declared);
        # the others, in declaration order, every time.
        self.all_trait_verifiers = tuple(t.verify for t in verifying)
        self.type_verifiers = tuple(t.verify for t in verifying if t.types_only)
        self.trait_verifiers = tuple(t.verify for t in verifying if not t.types_only)
        self.good_signatures: set = set()
        self.last_binary: tuple | None = None
        self.has_verify = has_verify
        self.nothing_after_types = not (
            self.single_blocks or self.trait_verifiers or self.has_verify
        )


# -- verification of the declared parts ----------------------------------------------------
def verify_declared(op: Operation) -> str | None:
    """Check `op` against its definition's fields and traits; the first error message.

    The order is MLIR's: the counts of regions, results, successors and operands (and
    the segment sizes), then the required attributes and the attribute constraints, the
    operand and result types, the single-block regions, the traits' rules in declaration
    order, and last the op's own `verify_`.
    """
    cls = op.op_def
    if cls is None:
        return None
    plan: _VerifyPlan = cls._plan
    n = len(op.regions)
    if n != plan.n_regions and (n < plan.n_regions or not plan.var_regions):
        return _count_error("region", plan.n_regions, plan.var_regions, n)
    results = op.results
    values = plan.results
    n = len(results)
    if n != values.fixed and (n < values.fixed or not values.variable):
        return _count_error("result", values.fixed, values.variable, n)
    n = len(op.successor_slots)
    if n != plan.n_successors and (n < plan.n_successors or not plan.var_successors):
        return _count_error("successor", plan.n_successors, plan.var_successors, n)
    slots = op.operand_slots
    values = plan.operands
    n = len(slots)
    if n != values.fixed and (n < values.fixed or not values.variable):
        return _count_error("operand", values.fixed, values.variable, n)
    if plan.segmented:
        for values, n in ((plan.operands, len(slots)), (plan.results, len(results))):
            message = values.verify_segments(op, n) if values.segmented else None
            if message is not None:
                return message
    only_defaults = op.properties is cls.shared_property_defaults and not op.attributes
    if not (only_defaults and plan.defaults_pass):  # else: checked once, on the plan
        for name, is_prop in plan.required:
            if name not in (op.properties if is_prop else op.attributes):
                return f"requires attribute '{name}'"
        for name, is_prop, constraint in plan.attr_checks:
            value = (op.properties if is_prop else op.attributes).get(name)
            if value is not None and not constraint.check(value):
                return f"attribute '{name}' failed to satisfy constraint: {constraint.description}"
    signature = None
    if plan.type_verifiers:
        # A type signature that passed once passes again: the type constraints and the
        # types-only traits are skipped for it. Binary ops (the commonest) are keyed by a
        # flat tuple, and the last good one is matched by identity first: hashing types
        # runs Python code.
        if len(slots) == 2 and len(results) == 1:
            a, b, r = slots[0].value.type, slots[1].value.type, results[0].type
            last = plan.last_binary
            if last is not None and last[0] is a and last[1] is b and last[2] is r:
                if plan.nothing_after_types:
                    return None
                return _verify_rest(op, cls, plan, plan.trait_verifiers)
            signature = (a, b, r)
        else:
            signature = (tuple([s.value.type for s in slots]), tuple([r.type for r in results]))
        if signature in plan.good_signatures:
            if len(signature) == 3:
                plan.last_binary = signature
            return _verify_rest(op, cls, plan, plan.trait_verifiers)
    for i, constraint, cache in plan.operand_checks:
        t = slots[i].value.type
        try:
            ok = cache[t]
        except (KeyError, TypeError):
            ok = _check_type(constraint, cache, t)
        if not ok:
            return _type_error("operand", i, constraint, t)
    if plan.operand_groups is not None:
        message = plan.operand_groups.verify_groups(op)
        if message is not None:
            return message
    for i, constraint, cache in plan.result_checks:
        t = results[i].type
        try:
            ok = cache[t]
        except (KeyError, TypeError):
            ok = _check_type(constraint, cache, t)
        if not ok:
            return _type_error("result", i, constraint, t)
    if plan.result_groups is not None:
        message = plan.result_groups.verify_groups(op)
        if message is not None:
            return message
    message = _verify_rest(op, cls, plan, plan.all_trait_verifiers)
    if message is None and signature is not None:
        plan.good_signatures.add(signature)
        if len(signature) == 3:
            plan.last_binary = signature
    return message


def _verify_rest(op: Operation, cls: Any, plan: _VerifyPlan, traits: tuple) -> str | None:
    """The checks after the types: single-block regions, the traits' rules (`traits`, in
    declaration order), `verify_`."""
    for i, name in plan.single_blocks:
        if len(op.regions[i].blocks) > 1:
            return f"region #{i} ('{name}') failed to verify constraint: region with 1 blocks"
    for verify in traits:
        message = verify(op)
        if message is not None:
            return message
    if plan.has_verify:
        return cls(op).verify_()
    return None


# MLIR's wording of its count traits (ZeroOperands, OneOperand, NOperands, AtLeastNOperands
# and their twins), by kind: zero, one, n, at least n; `n` is declared, `m` found.
_COUNT_ERRORS = {
    "operand": (
        "requires zero operands",
        "requires a single operand",
        "expected {n} operands, but found {m}",
        "expected {n} or more operands, but found {m}",
    ),
    "result": (
        "requires zero results",
        "requires one result",
        "expected {n} results",
        "expected {n} or more results",
    ),
    "region": (
        "requires zero regions",
        "requires one region",
        "expected {n} regions",
        "expected {n} or more regions",
    ),
    "successor": (
        "requires 0 successors but found {m}",
        "requires 1 successor but found {m}",
        "requires {n} successors but found {m}",
        "requires at least {n} successors but found {m}",
    ),
}


def _count_error(kind: str, fixed: int, variable: bool, found: int) -> str:
    zero, one, many, at_least = _COUNT_ERRORS[kind]
    text = at_least if variable else zero if fixed == 0 else one if fixed == 1 else many
    return text.format(n=fixed, m=found)


def _type_error(kind: str, position: int, constraint: Constraint, got: Any) -> str:
    return f"{kind} #{position} must be {constraint.description}, but got '{got}'"
