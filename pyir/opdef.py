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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from pyir.core import Block, Operation, Region, Value
from pyir.traits import Trait


class DefinitionError(TypeError):
    """An op, type or attribute class is declared wrongly (raised at import time)."""


# -- constraints -----------------------------------------------------------------------
class Constraint:
    """A predicate on a type or attribute with a description for diagnostics."""

    description = "any"

    def check(self, value: Any) -> bool:
        return True

    def __or__(self, other: Constraint) -> Constraint:
        return AnyOf(self, other)


class AnyConstraint(Constraint):
    description = "any type"


class IsA(Constraint):
    """The value is an instance of one of `classes`."""

    def __init__(self, *classes: type, description: str | None = None) -> None:
        self.classes = classes
        self.description = description or " or ".join(c.__name__ for c in classes)

    def check(self, value: Any) -> bool:
        return isinstance(value, self.classes)


class EqualTo(Constraint):
    def __init__(self, expected: Any) -> None:
        self.expected = expected
        self.description = f"'{expected}'"

    def check(self, value: Any) -> bool:
        return value == self.expected


class AnyOf(Constraint):
    def __init__(self, *options: Constraint) -> None:
        self.options = options
        self.description = " or ".join(o.description for o in options)

    def check(self, value: Any) -> bool:
        return any(o.check(value) for o in self.options)


class AllOf(Constraint):
    def __init__(self, *parts: Constraint) -> None:
        self.parts = parts
        self.description = " and ".join(p.description for p in parts)

    def check(self, value: Any) -> bool:
        return all(p.check(value) for p in self.parts)


class Predicate(Constraint):
    def __init__(self, fn: Callable[[Any], bool], description: str) -> None:
        self.fn = fn
        self.description = description

    def check(self, value: Any) -> bool:
        return bool(self.fn(value))


ANY = AnyConstraint()


def as_constraint(c: Any) -> Constraint:
    if c is None:
        return ANY
    if isinstance(c, Constraint):
        return c
    if isinstance(c, type):
        return IsA(c)
    return EqualTo(c)


# -- fields -----------------------------------------------------------------------------
class Field:
    """A declared part of an op. `name` is set from the class attribute name."""

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

    def _group(self, view: OpView) -> list:
        values = self._all(view.op)
        start, size = view.segment(self.kind, self.index, len(values))
        return values[start : start + size]

    def _all(self, op: Operation) -> list:
        raise TypeError  # overridden by the two concrete kinds

    def __get__(self, view: OpView | None, owner: type) -> Any:
        if view is None:
            return self
        group = self._group(view)
        if self.variadic:
            return group
        if self.optional:
            return group[0] if group else None
        return group[0]


class OperandDef(_ValueGroupField):
    kind = "operand"

    def _all(self, op: Operation) -> list:
        return [slot.value for slot in op.operand_slots]


class ResultDef(_ValueGroupField):
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
        store = self._store(view.op)
        if value is None:
            store.pop(self.name, None)
        else:
            store[self.name] = value


class PropertyDef(AttributeDef):
    kind = "property"


class AttrDef(AttributeDef):
    kind = "attribute"


class RegionDef(Field):
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
    return OperandDef(constraint)


def var_operand(constraint: Any = None) -> Any:
    return OperandDef(constraint, variadic=True)


def opt_operand(constraint: Any = None) -> Any:
    return OperandDef(constraint, optional=True)


def result(constraint: Any = None) -> Any:
    return ResultDef(constraint)


def var_result(constraint: Any = None) -> Any:
    return ResultDef(constraint, variadic=True)


def opt_result(constraint: Any = None) -> Any:
    return ResultDef(constraint, optional=True)


def prop(constraint: Any = None, optional: bool = False, default: Any = None) -> Any:
    return PropertyDef(constraint, optional, default)


def attr(constraint: Any = None, optional: bool = False, default: Any = None) -> Any:
    return AttrDef(constraint, optional, default)


def region(single_block: bool = False) -> Any:
    return RegionDef(single_block)


def var_region() -> Any:
    return RegionDef(variadic=True)


def successor() -> Any:
    return SuccessorDef()


def var_successor() -> Any:
    return SuccessorDef(variadic=True)


class AttrSizedOperandSegments(Trait):
    """Operand group sizes are stored in the `operandSegmentSizes` property."""


class AttrSizedResultSegments(Trait):
    """Result group sizes are stored in the `resultSegmentSizes` property."""


_SEGMENT_PROPERTY = {"operand": "operandSegmentSizes", "result": "resultSegmentSizes"}


# -- op classes -------------------------------------------------------------------------
class OpView:
    """A typed view of one operation; subclasses declare an op.

    Class invariants (checked at definition): `name` is "dialect.op"; fields of each kind
    are indexed in declaration order; at most one variadic group per kind unless the
    matching AttrSized*Segments trait is present; `traits_set` holds `traits`.
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

    # -- views --------------------------------------------------------------------------
    def segment(self, kind: str, index: int, total: int) -> tuple[int, int]:
        """(start, size) of group `index` of `kind` among `total` values."""
        defs = self.operand_defs if kind == "operand" else self.result_defs
        sizes = self.op.properties.get(_SEGMENT_PROPERTY[kind])
        if sizes is not None:
            values = list(sizes.values)
            return sum(values[:index]), values[index]
        start = 0
        variadic_size = total - sum(1 for d in defs if not (d.variadic or d.optional))
        for d in defs[:index]:
            start += variadic_size if (d.variadic or d.optional) else 1
        d = defs[index]
        return start, (variadic_size if (d.variadic or d.optional) else 1)

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


def _collect_fields(cls: type[OpView]) -> None:
    op_name = cls.__dict__["name"]
    if not isinstance(op_name, str) or "." not in op_name or op_name.startswith("."):
        raise DefinitionError(f"{cls.__name__}: op name must be 'dialect.op', got {op_name!r}")
    groups: dict[str, list[Field]] = {
        "operand": [],
        "result": [],
        "property": [],
        "attribute": [],
        "region": [],
        "successor": [],
    }
    seen: set[str] = set()
    for klass in reversed(cls.__mro__):
        for attr_name, value in klass.__dict__.items():
            if isinstance(value, Field) and attr_name not in seen:
                seen.add(attr_name)
                groups[value.kind].append(value)
    for fields in groups.values():
        for i, f in enumerate(fields):
            f.index = i
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
    if cls.__dict__.get("assembly_format") is not None:
        from pyir.assembly_format import parse_format

        cls.format = parse_format(cls)


# -- verification of the declared parts ----------------------------------------------------
def verify_declared(op: Operation) -> str | None:
    """Check `op` against its definition's fields and traits; the first error message."""
    cls = op.op_def
    if cls is None:
        return None
    view = cls(op)
    message = _verify_counts(cls, view, op)
    if message is not None:
        return message
    for defs, values_of in (
        (cls.operand_defs, lambda: [s.value for s in op.operand_slots]),
        (cls.result_defs, lambda: op.results),
    ):
        if not defs:
            continue
        values = values_of()
        for d in defs:
            start, size = view.segment(d.kind, d.index, len(values))
            for k, value in enumerate(values[start : start + size]):
                if not d.constraint.check(value.type):
                    return (
                        f"{d.kind} #{start + k} must be {d.constraint.description}, "
                        f"but got '{value.type}'"
                    )
    for d in (*cls.property_defs, *cls.attribute_defs):
        store = op.properties if d.kind == "property" else op.attributes
        value = store.get(d.name)
        if value is None:
            if not d.optional:
                return f"requires attribute '{d.name}'"
            continue
        if not d.constraint.check(value):
            return f"attribute '{d.name}' failed to satisfy constraint: {d.constraint.description}"
    for d in cls.region_defs:
        if d.single_block and not d.variadic:
            r = op.regions[d.index]
            if len(r.blocks) > 1:
                return f"region #{d.index} ('{d.name}') failed to verify constraint: region with 1 blocks"
    for trait in cls.traits:
        message = trait.verify(op)
        if message is not None:
            return message
    return view.verify_()


def _verify_counts(cls: type[OpView], view: OpView, op: Operation) -> str | None:
    for kind, defs, count in (
        ("operand", cls.operand_defs, len(op.operand_slots)),
        ("result", cls.result_defs, len(op.results)),
    ):
        fixed = sum(1 for d in defs if not (d.variadic or d.optional))
        has_var = any(d.variadic or d.optional for d in defs)
        sizes = op.properties.get(_SEGMENT_PROPERTY[kind])
        if sizes is not None and has_var:
            values = list(getattr(sizes, "values", ()))
            if len(values) != len(defs) or sum(values) != count:
                return (
                    f"'{_SEGMENT_PROPERTY[kind]}' attribute for specifying {kind} segments "
                    f"must have {len(defs)} elements summing to {count}"
                )
            continue
        if has_var and count < fixed:
            return f"expected {fixed} or more {kind}s, but found {count}"
        if not has_var and count != fixed:
            plural = "s" if fixed != 1 else ""
            return f"expected {fixed} {kind}{plural}, but found {count}"
        opt_only = all(d.optional or not d.variadic for d in defs)
        if has_var and opt_only and count > len(defs):
            return f"expected at most {len(defs)} {kind}s, but found {count}"
    n_regions = len(op.regions)
    fixed = sum(1 for d in cls.region_defs if not d.variadic)
    has_var = any(d.variadic for d in cls.region_defs)
    if (has_var and n_regions < fixed) or (not has_var and n_regions != fixed):
        return f"requires {fixed} regions" if not has_var else f"requires at least {fixed} regions"
    n_succ = len(op.successor_slots)
    fixed = sum(1 for d in cls.successor_defs if not d.variadic)
    has_var = any(d.variadic for d in cls.successor_defs)
    if (has_var and n_succ < fixed) or (not has_var and n_succ != fixed):
        return f"requires {fixed} successors"
    return None
