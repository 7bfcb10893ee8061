"""More canonicalization patterns of the arith dialect: MLIR's ArithCanonicalization.td
rules (and the few hand-written ones) that arith_canonicalize does not have, most as
declarative rules (pyir.declarative_patterns), the rest in arith_patterns_imperative.

Installing appends them to each op's `canonicalization_patterns`.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import I1, IndexType, IntegerType
from pyir.declarative_patterns import rule
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.folding import constant_value


def _splat_int(attr: Any) -> int | None:
    """The unsigned bits of an integer attribute or integer splat, else None."""
    if isinstance(attr, IntegerAttr) and isinstance(attr.type, (IntegerType, IndexType)):
        w = 64 if isinstance(attr.type, IndexType) else attr.type.width
        return attr.value & ((1 << w) - 1)
    if isinstance(attr, DenseIntOrFPElementsAttr) and attr.is_splat:
        e = attr.type.element_type
        if isinstance(e, (IntegerType, IndexType)):
            w = 64 if isinstance(e, IndexType) else e.width
            return int(attr.splat_value) & ((1 << w) - 1)
    return None


def _all_ones(attr: Any) -> bool:
    """IsScalarOrSplatNegativeOne."""
    value = _splat_int(attr)
    if value is None:
        return False
    e = getattr(attr.type, "element_type", attr.type)
    w = 64 if isinstance(e, IndexType) else e.width
    return value == (1 << w) - 1


def _invert(predicate: Any) -> Any:
    """cmpi's predicate negated: eq <-> ne, slt <-> sge, ... (indices into CMPI_PREDICATES)."""
    inverse = (1, 0, 5, 4, 3, 2, 9, 8, 7, 6)
    if not isinstance(predicate, IntegerAttr) or not 0 <= predicate.value < len(inverse):
        return None
    return IntegerAttr(inverse[predicate.value], predicate.type)


def _eq_or_ne(predicate: Any) -> bool:
    return isinstance(predicate, IntegerAttr) and predicate.value in (0, 1)


def _i1_constant(value: Any, bit: int) -> bool:
    """The value is an `i1` constant (not a splat) holding `bit`."""
    attr = constant_value(value)
    return isinstance(attr, IntegerAttr) and attr.type == I1 and (attr.value & 1) == bit


def _zero_of(value: Any) -> Any:
    """`getZeroAttr` of the value's type, for integer scalars and static shapes."""
    from pyir.dialects.arith_more_folding import _filled

    return _filled(value.type, 0)


def _negative_zero(attr: Any) -> bool:
    """A float -0.0, scalar or splat."""
    from pyir.builtin_attributes import FloatAttr

    if isinstance(attr, DenseIntOrFPElementsAttr) and attr.is_splat:
        from pyir.dialects.arith_fold_elements import _element_attrs

        elements = _element_attrs(attr)
        attr = elements[0] if elements else None
    if not isinstance(attr, FloatAttr):
        return False
    fmt = attr.type.format
    return fmt.to_fraction(attr.bits) == 0 and fmt.decode(attr.bits)[1]


def _merge(a: Any, b: Any) -> Any:
    """MergeOverflow: the flags both ops have."""
    from pyir.dialects.arith_attrs import IntegerOverflowFlagsAttr

    return IntegerOverflowFlagsAttr(
        getattr(a, "value", frozenset()) & getattr(b, "value", frozenset())
    )


NATIVES = {
    "merge": _merge,
    "all_ones": _all_ones,
    "invert": _invert,
    "eq_or_ne": _eq_or_ne,
    "i1_constant": _i1_constant,
    "TRUE": IntegerAttr(-1, I1),
    "zero": _zero_of,
    "negative_zero": _negative_zero,
}
R = partial(rule, natives=NATIVES)

RULES = [
    # addi(x, muli(y, -1)) -> subi(x, y);  addi(muli(x, -1), y) -> subi(y, x)
    R(
        "AddIMulNegativeOneRhs",
        "arith.addi($x, arith.muli($y, arith.constant($c))) where all_ones($c)",
        "arith.subi($x, $y)",
    ),
    R(
        "AddIMulNegativeOneLhs",
        "arith.addi(arith.muli($x, arith.constant($c)), $y) where all_ones($c)",
        "arith.subi($y, $x)",
    ),
    # subi(subi(x, y), x) -> subi(0, y)
    R(
        "SubISubILHSRHSLHS",
        "arith.subi(arith.subi($x, $y, $f1), $x, $f2)",
        "arith.subi(arith.constant(zero($y)), $y, merge($f1, $f2))",
    ),
    # not(cmpi(p, a, b)) -> cmpi(!p, a, b), not(x) being xori(x, true)
    R(
        "XOrINotCmpI",
        "arith.xori(arith.cmpi{predicate = $p}($a, $b), -1)",
        "arith.cmpi{predicate = invert($p)}($a, $b)",
    ),
    # op(ext(x), ext(y)) -> ext(op(x, y)) for and, or, xor and both extensions
    *(
        R(
            f"{op.capitalize()}Of{ext[:3].capitalize()}{ext[3:].upper()}",
            f"arith.{op}(arith.{ext}($x), arith.{ext}($y)) where same_type($x, $y)",
            f"arith.{ext}(arith.{op}($x, $y))",
        )
        for op in ("andi", "ori", "xori")
        for ext in ("extui", "extsi")
    ),
    # cmpi(eq/ne, ext(a), ext(b)) -> cmpi(eq/ne, a, b)
    *(
        R(
            f"CmpI{ext[:3].capitalize()}{ext[3:].upper()}",
            f"arith.cmpi{{predicate = $p}}(arith.{ext}($a), arith.{ext}($b)) "
            "where same_type($a, $b), eq_or_ne($p)",
            "arith.cmpi{predicate = $p}($a, $b)",
        )
        for ext in ("extsi", "extui")
    ),
    # select(not(c), a, b) -> select(c, b, a)
    R(
        "SelectNotCond",
        "arith.select(arith.xori($c, arith.constant($ones)), $a, $b) where all_ones($ones)",
        "arith.select($c, $b, $a)",
    ),
    # select(c, select(c, a, b), d) -> select(c, a, d);  select(c, a, select(c, b, d)) -> ...
    R(
        "RedundantSelectTrue",
        "arith.select($c, arith.select($c, $a, $b), $d)",
        "arith.select($c, $a, $d)",
    ),
    R(
        "RedundantSelectFalse",
        "arith.select($c, $a, arith.select($c, $b, $d))",
        "arith.select($c, $a, $d)",
    ),
    # select(c, false, true) -> xori(c, true)
    R(
        "SelectI1ToNot",
        "arith.select($c, $f, $t) where i1_constant($f, 0), i1_constant($t, 1)",
        "arith.xori($c, arith.constant(TRUE))",
    ),
    # bitcast(bitcast(x)) -> bitcast(x) (an identity then folds away)
    R("BitcastOfBitcast", "arith.bitcast(arith.bitcast($x))", "arith.bitcast($x)"),
    # extsi(extui(x)) -> extui(x)
    R("ExtSIOfExtUI", "arith.extsi(arith.extui($x))", "arith.extui($x)"),
    # index_cast(extsi(x)) -> index_cast(x);  index_castui(extui(x)) -> index_castui(x)
    R("IndexCastOfExtSI", "arith.index_cast(arith.extsi($x))", "arith.index_cast($x)"),
    R("IndexCastUIOfExtUI", "arith.index_castui(arith.extui($x))", "arith.index_castui($x)"),
    # mulf(negf(x), negf(y)) -> mulf(x, y);  divf likewise (the outer fast-math flags stay)
    R(
        "MulFOfNegF",
        "arith.mulf(arith.negf($x), arith.negf($y), $f) where same_type($x, $y)",
        "arith.mulf($x, $y, $f)",
    ),
    # subf(-0.0, x) -> negf(x) (exact for every x, zeros and NaNs included)
    R(
        "SubFFromNegZero",
        "arith.subf(arith.constant($c), $x, $f) where negative_zero($c)",
        "arith.negf($x, $f)",
    ),
    R(
        "DivFOfNegF",
        "arith.divf(arith.negf($x), arith.negf($y), $f) where same_type($x, $y)",
        "arith.divf($x, $y, $f)",
    ),
]


def install_extra_patterns(ops: list[type]) -> None:
    """Append these patterns (and the imperative ones) to the arith ops in `ops`."""
    from pyir.dialects.arith_patterns_imperative import IMPERATIVE

    by_root: dict[str, list] = {}
    for pattern in [*RULES, *IMPERATIVE]:
        root = pattern.root if isinstance(pattern.root, str) else None
        if root is not None:
            by_root.setdefault(root, []).append(pattern)
    for cls in ops:
        extra = by_root.get(cls.name)
        if extra:
            existing = tuple(getattr(cls, "canonicalization_patterns", ()) or ())
            cls.canonicalization_patterns = existing + tuple(extra)  # type: ignore[attr-defined]
