"""The op-definition API: op classes declared with field descriptors, checked at import.

An op class is a typed *view* over the generic `pyir.core.Operation`: it declares its
operands, results, properties, attributes, regions and successors as class attributes
(in order), its traits, an optional `assembly_format`, and optional hooks (`verify_`,
custom syntax). `__init_subclass__` collects the fields once and rejects a misdeclared
op with a message naming the op and the mistake. `Cls(op)` views an existing operation;
`Cls.create(...)` builds a new one.

Variadic groups: with one variadic operand (or result) group, its size follows from the
total count. With several, the op needs the `AttrSizedOperandSegments`
(`AttrSizedResultSegments`) trait and an `operandSegmentSizes` (`resultSegmentSizes`)
property, a dense i32 array, as in MLIR.

Verification: `_collect_fields` also builds a `_VerifyPlan` per op class
(pyir.op_verify), so that `verify_declared` does only the per-op work.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from types import MappingProxyType
from typing import Any, ClassVar

# The constraints are part of the definition API: re-exported from here.
from pyir.constraints import ANY as ANY
from pyir.constraints import AllOf as AllOf
from pyir.constraints import AnyConstraint as AnyConstraint
from pyir.constraints import AnyOf as AnyOf
from pyir.constraints import Constraint as Constraint
from pyir.constraints import EqualTo as EqualTo
from pyir.constraints import IsA as IsA
from pyir.constraints import Predicate as Predicate
from pyir.constraints import as_constraint as as_constraint
from pyir.core import Block, Operation, Region, Value
from pyir.op_verify import AttrSizedOperandSegments as AttrSizedOperandSegments
from pyir.op_verify import AttrSizedResultSegments as AttrSizedResultSegments
from pyir.op_verify import _VerifyPlan
from pyir.op_verify import verify_declared as verify_declared
from pyir.traits import Trait


class DefinitionError(TypeError):
    """An op, type or attribute class is declared wrongly (raised at import time)."""


# -- fields -----------------------------------------------------------------------------
class Field:
    """A declared part of an op. `name` is set from the class attribute name.

    Invariant: after the op class is collected, `index` is the field's position among the
    fields of its kind, and the field object belongs to that class alone.
    """

    kind = ""
    variadic = False
    optional = False

    def __init__(self, constraint: Any = None) -> None:
        self.constraint = as_constraint(constraint)
        self.name = ""
        self.index = 0  # position among the fields of the same kind

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name


class _ValueGroupField(Field):
    """Operand or result group: single, optional (0 or 1) or variadic (any number)."""

    def __init__(self, constraint: Any = None, variadic: bool = False, optional: bool = False):
        super().__init__(constraint)
        self.variadic = variadic
        self.optional = optional
        # True when no optional or variadic group precedes this single group: then its
        # value sits at position `index`, whatever the other groups hold.
        self.direct = False

    def _all(self, op: Operation) -> Any:
        raise TypeError("a value group field is an OperandDef or a ResultDef")

    def __get__(self, view: OpView | None, owner: type) -> Any:
        if view is None:
            return self
        if self.direct:
            return self._all(view.op)[self.index]
        values = self._all(view.op)
        start, size = view.segment(self.kind, self.index, len(values))
        group = values[start : start + size]
        if self.variadic:
            return list(group)
        if self.optional:
            return group[0] if group else None
        return group[0]


class OperandDef(_ValueGroupField):
    """An operand group; the view returns Values (a list for a variadic group)."""

    kind = "operand"

    def _all(self, op: Operation) -> list:
        return [slot.value for slot in op.operand_slots]

    def __get__(self, view: OpView | None, owner: type) -> Any:
        if view is not None and self.direct:
            return view.op.operand_slots[self.index].value
        return super().__get__(view, owner)


class ResultDef(_ValueGroupField):
    """A result group; the view returns OpResults (a list for a variadic group)."""

    kind = "result"

    def _all(self, op: Operation) -> list:
        return op.results


class AttributeDef(Field):
    """A property (inherent attribute, printed `<{...}>`) or a discardable attribute."""

    def __init__(self, constraint: Any = None, optional: bool = False, default: Any = None):
        super().__init__(constraint)
        self.optional = optional or default is not None
        self.default = default

    def _store(self, op: Operation) -> dict:
        return op.properties if self.kind == "property" else op.attributes

    def __get__(self, view: OpView | None, owner: type) -> Any:
        if view is None:
            return self
        value = self._store(view.op).get(self.name)
        return self.default if value is None else value

    def __set__(self, view: OpView, value: Any) -> None:
        op = view.op
        is_prop = self.kind == "property"
        if value is None:
            (op.remove_property if is_prop else op.remove_attribute)(self.name)
        else:
            (op.set_property if is_prop else op.set_attribute)(self.name, value)


class PropertyDef(AttributeDef):
    """An inherent attribute stored in `Operation.properties`."""

    kind = "property"


class AttrDef(AttributeDef):
    """A declared attribute stored in `Operation.attributes`."""

    kind = "attribute"


class RegionDef(Field):
    """A region, or (variadic, last only) all remaining regions."""

    kind = "region"

    def __init__(self, single_block: bool = False, variadic: bool = False) -> None:
        super().__init__(None)
        self.single_block = single_block
        self.variadic = variadic

    def __get__(self, view: OpView | None, owner: type) -> Any:
        if view is None:
            return self
        if self.variadic:
            return view.op.regions[self.index :]
        return view.op.regions[self.index]


class SuccessorDef(Field):
    """A successor block, or (variadic, last only) all remaining successors."""

    kind = "successor"

    def __init__(self, variadic: bool = False) -> None:
        super().__init__(None)
        self.variadic = variadic

    def __get__(self, view: OpView | None, owner: type) -> Any:
        if view is None:
            return self
        succ = view.op.successors
        return succ[self.index :] if self.variadic else succ[self.index]


def operand(constraint: Any = None) -> Any:
    """One operand whose type satisfies `constraint`."""
    return OperandDef(constraint)


def var_operand(constraint: Any = None) -> Any:
    """Any number of operands whose types satisfy `constraint`."""
    return OperandDef(constraint, variadic=True)


def opt_operand(constraint: Any = None) -> Any:
    """Zero or one operand whose type satisfies `constraint`."""
    return OperandDef(constraint, optional=True)


def result(constraint: Any = None) -> Any:
    """One result whose type satisfies `constraint`."""
    return ResultDef(constraint)


def var_result(constraint: Any = None) -> Any:
    """Any number of results whose types satisfy `constraint`."""
    return ResultDef(constraint, variadic=True)


def opt_result(constraint: Any = None) -> Any:
    """Zero or one result whose type satisfies `constraint`."""
    return ResultDef(constraint, optional=True)


def prop(constraint: Any = None, optional: bool = False, default: Any = None) -> Any:
    """A property (inherent attribute); required unless `optional` or given a `default`."""
    return PropertyDef(constraint, optional, default)


def attr(constraint: Any = None, optional: bool = False, default: Any = None) -> Any:
    """A discardable attribute; required unless `optional` or given a `default`."""
    return AttrDef(constraint, optional, default)


def region(single_block: bool = False) -> Any:
    """One region; `single_block` rejects more than one block."""
    return RegionDef(single_block)


def var_region() -> Any:
    """All remaining regions (only as the last region field)."""
    return RegionDef(variadic=True)


def successor() -> Any:
    """One successor block."""
    return SuccessorDef()


def var_successor() -> Any:
    """All remaining successors (only as the last successor field)."""
    return SuccessorDef(variadic=True)


# -- op classes -------------------------------------------------------------------------
class OpView:
    """A typed view of one operation; subclasses declare an op.

    Class invariants (checked at definition): `name` is "dialect.op"; fields of each kind
    are indexed in declaration order (inherited fields first); at most one variadic group
    per kind unless the matching AttrSized*Segments trait is present; `traits_set` holds
    `traits`; `_plan` is the verification plan built from all of these.
    """

    __slots__ = ("op",)

    name: ClassVar[str] = ""
    traits: ClassVar[Sequence[type]] = ()
    traits_set: ClassVar[frozenset] = frozenset()
    assembly_format: ClassVar[str | None] = None
    #: Parsed form of `assembly_format` (pyir.assembly_format.Format), set at definition.
    format: ClassVar[Any] = None
    operand_defs: ClassVar[tuple[OperandDef, ...]] = ()
    result_defs: ClassVar[tuple[ResultDef, ...]] = ()
    property_defs: ClassVar[tuple[PropertyDef, ...]] = ()
    attribute_defs: ClassVar[tuple[AttrDef, ...]] = ()
    region_defs: ClassVar[tuple[RegionDef, ...]] = ()
    successor_defs: ClassVar[tuple[SuccessorDef, ...]] = ()
    dialect: ClassVar[Any] = None
    #: Rewrite patterns the canonicalizer applies to this op (see pyir.folding); an op
    #: may also define `fold(self, operands)`, documented there.
    canonicalization_patterns: ClassVar[tuple] = ()
    #: Default values of properties, stored on every new op that lacks them (MLIR keeps
    #: default-valued properties in the op, so its generic form prints them).
    property_defaults: ClassVar[dict[str, Any]] = {}
    #: The read-only map that ops holding only default properties share.
    shared_property_defaults: ClassVar[Any] = MappingProxyType({})
    _plan: ClassVar[_VerifyPlan | None] = None

    def __init__(self, op: Operation) -> None:
        self.op = op

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "name" not in cls.__dict__:
            return  # an abstract helper base, not an op
        _collect_fields(cls)

    # -- construction ------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        operands: Sequence[Value] = (),
        result_types: Sequence[Any] = (),
        properties: dict | None = None,
        attributes: dict | None = None,
        regions: int | list[Region] | None = None,
        successors: Sequence[Block] = (),
        location: Any = None,
    ) -> Operation:
        """A new detached operation of this class; `regions` defaults to one empty region
        per declared region field. Nothing is verified here."""
        if regions is None:
            regions = len(cls.region_defs)
        return Operation(
            cls.name,
            cls,
            list(operands),
            list(result_types),
            dict(properties) if properties else {},
            dict(attributes) if attributes else {},
            list(successors),
            regions,
            location,
        )

    @classmethod
    def build(cls, location: Any = None, **fields: Any) -> Operation:
        """A new detached op from its fields by name: operands (a Value, a list for a
        variadic group, None for an absent optional one), result types (a type, a list
        for a variadic group; left out when `infer_result_types` or the
        SameOperandsAndResultType trait gives them), properties and attributes, `regions`
        (a count or a list of Regions, default one per region field) and successors.
        Segment sizes are computed. Raises TypeError naming a wrong or missing argument;
        nothing is verified here."""
        where = f"{cls.__name__}.build"
        unknown = set(fields) - {f.name for f in _all_fields(cls)} - {"regions"}
        if unknown:
            raise TypeError(f"{where}: unknown argument(s) {', '.join(sorted(unknown))}")
        operands: list = []
        operand_sizes: list[int] = []
        for d in cls.operand_defs:
            group = _value_group(where, "operand", d, fields.get(d.name))
            operands.extend(group)
            operand_sizes.append(len(group))
        properties: dict = {}
        attributes: dict = {}
        for d in (*cls.property_defs, *cls.attribute_defs):
            value = fields.get(d.name)
            if value is None:
                if not d.optional:
                    raise TypeError(f"{where}: missing {d.kind} '{d.name}'")
                continue
            (properties if d.kind == "property" else attributes)[d.name] = value
        result_types: list = []
        result_sizes: list[int] = []
        given = [d for d in cls.result_defs if fields.get(d.name) is not None]
        if cls.result_defs and not given:
            result_types = cls._inferred_result_types(where, operands, {**properties, **attributes})
            result_sizes = [1] * len(cls.result_defs)
        else:
            for d in cls.result_defs:
                group = _value_group(where, "result", d, fields.get(d.name))
                result_types.extend(group)
                result_sizes.append(len(group))
        if AttrSizedOperandSegments in cls.traits_set:
            properties["operandSegmentSizes"] = segment_sizes(operand_sizes)
        if AttrSizedResultSegments in cls.traits_set:
            properties["resultSegmentSizes"] = segment_sizes(result_sizes)
        regions = fields.get("regions")
        successors = [fields[d.name] for d in cls.successor_defs if fields.get(d.name) is not None]
        return cls.create(
            operands, result_types, properties, attributes, regions, successors, location
        )

    @classmethod
    def _inferred_result_types(cls, where: str, operands: list, attrs: dict) -> list:
        infer = getattr(cls, "infer_result_types", None)
        if infer is not None:
            try:
                return list(infer(operands, attrs))
            except ValueError as err:
                raise TypeError(f"{where}: cannot infer the result types: {err}") from None
        from pyir.traits import SameOperandsAndResultType

        if SameOperandsAndResultType in cls.traits_set and operands:
            return [operands[0].type] * len(cls.result_defs)
        names = ", ".join(d.name for d in cls.result_defs)
        raise TypeError(f"{where}: pass the result type(s) ({names}): they cannot be inferred")

    # -- views --------------------------------------------------------------------------
    def segment(self, kind: str, index: int, total: int) -> tuple[int, int]:
        """(start, size) of group `index` of `kind` ("operand" or "result") among `total`
        values."""
        plan = self._plan
        assert plan is not None, "segment() of an abstract OpView"
        values = plan.operands if kind == "operand" else plan.results
        sizes = values.sizes(self.op, total)
        return sum(sizes[:index]), sizes[index]

    @property
    def location(self) -> Any:
        return self.op.location

    @property
    def results(self) -> list:
        return self.op.results

    @property
    def operands(self) -> list:
        return self.op.operands

    def verify_(self) -> str | None:
        """The op's own rule, run after the structural and declared checks."""
        return None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.op.name}>"


def _all_fields(cls: type[OpView]) -> tuple:
    return (
        *cls.operand_defs,
        *cls.result_defs,
        *cls.property_defs,
        *cls.attribute_defs,
        *cls.region_defs,
        *cls.successor_defs,
    )


def _value_group(where: str, kind: str, d: Any, value: Any) -> list:
    """A build argument for one operand or result group as a list, checked for shape."""
    if d.variadic:
        if value is None:
            return []
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"{where}: {kind} group '{d.name}' takes a list, got {value!r}")
        return list(value)
    if isinstance(value, (list, tuple)):
        raise TypeError(f"{where}: {kind} '{d.name}' takes one value, got a list")
    if value is None:
        if d.optional:
            return []
        raise TypeError(f"{where}: missing {kind} '{d.name}'")
    return [value]


def segment_sizes(sizes: Iterable[int]) -> Any:
    """The `operandSegmentSizes` / `resultSegmentSizes` value of these group sizes."""
    from pyir.builtin_attributes import DenseArrayAttr
    from pyir.builtin_types import IntegerType

    return DenseArrayAttr(IntegerType(32), tuple(sizes))


# Names a field may not take: the view's machinery reads them. (A field may shadow the
# convenience properties `operands`, `results` and `location`, as MLIR's `$operands` does.)
_RESERVED = frozenset(
    {"op", "name", "traits", "traits_set", "assembly_format", "format", "dialect", "create"}
    | {"build", "fold", "canonicalization_patterns", "property_defaults"}
    | {"shared_property_defaults"}
    | {"segment", "verify_", "_plan", "operand_defs", "result_defs", "property_defs"}
    | {"attribute_defs", "region_defs", "successor_defs"}
)


def _collect_fields(cls: type[OpView]) -> None:
    op_name = cls.__dict__["name"]
    if (
        not isinstance(op_name, str)
        or "." not in op_name
        or op_name.startswith(".")
        or op_name.endswith(".")
    ):
        raise DefinitionError(f"{cls.__name__}: op name must be 'dialect.op', got {op_name!r}")
    groups: dict[str, list[Field]] = {
        "operand": [],
        "result": [],
        "property": [],
        "attribute": [],
        "region": [],
        "successor": [],
    }
    # Fields in declaration order, bases first; the most derived definition of a name
    # wins, and an inherited field is copied so that its index belongs to this class.
    order: dict[str, None] = {}
    for klass in reversed(cls.__mro__):
        for attr_name, value in klass.__dict__.items():
            if isinstance(value, Field):
                order.setdefault(attr_name, None)
    for attr_name in order:
        value = next(k.__dict__[attr_name] for k in cls.__mro__ if attr_name in k.__dict__)
        if not isinstance(value, Field):
            continue  # overridden by a non-field in a subclass
        if attr_name in _RESERVED:
            raise DefinitionError(
                f"op '{op_name}': field '{attr_name}' hides OpView.{attr_name}; rename it"
            )
        if attr_name not in cls.__dict__:
            value = copy.copy(value)
            setattr(cls, attr_name, value)
        groups[value.kind].append(value)
    for fields in groups.values():
        for i, f in enumerate(fields):
            f.index = i
    if isinstance(cls.traits, (str, bytes)) or not isinstance(cls.traits, Sequence):
        raise DefinitionError(
            f"op '{op_name}': traits must be a tuple of Trait classes, got {cls.traits!r}"
        )
    traits = tuple(cls.traits)
    for t in traits:
        if not (isinstance(t, type) and issubclass(t, Trait)):
            raise DefinitionError(f"op '{op_name}': {t!r} in traits is not a Trait class")
    trait_set = frozenset(traits)
    for kind, trait in (("operand", AttrSizedOperandSegments), ("result", AttrSizedResultSegments)):
        variadic = [f.name for f in groups[kind] if f.variadic or f.optional]
        if len(variadic) > 1 and trait not in trait_set:
            raise DefinitionError(
                f"op '{op_name}': {kind} groups {', '.join(variadic)} are variadic or optional; "
                f"more than one needs the {trait.__name__} trait"
            )
    for f in groups["region"][:-1]:
        if f.variadic:
            raise DefinitionError(f"op '{op_name}': only the last region group may be variadic")
    for f in groups["successor"][:-1]:
        if f.variadic:
            raise DefinitionError(f"op '{op_name}': only the last successor group may be variadic")
    cls.operand_defs = tuple(groups["operand"])  # type: ignore[assignment]
    cls.result_defs = tuple(groups["result"])  # type: ignore[assignment]
    cls.property_defs = tuple(groups["property"])  # type: ignore[assignment]
    cls.attribute_defs = tuple(groups["attribute"])  # type: ignore[assignment]
    cls.region_defs = tuple(groups["region"])  # type: ignore[assignment]
    cls.successor_defs = tuple(groups["successor"])  # type: ignore[assignment]
    cls.traits_set = trait_set
    cls.property_defaults = {  # type: ignore[assignment]
        f.name: f.default for f in cls.property_defs if f.default is not None
    }
    cls.shared_property_defaults = MappingProxyType(dict(cls.property_defaults))
    cls._plan = _VerifyPlan(cls, cls.verify_ is not OpView.verify_)
    if cls.__dict__.get("assembly_format") is not None:
        from pyir.assembly_format import parse_format

        cls.format = parse_format(cls)
