"""Poison in the arith and math folders, as MLIR folds it, and the materializer that
turns a folded `#ub.poison` into `ub.poison`.

MLIR's constant folders (`constFoldBinaryOp` and friends) answer poison when an operand
is poison, but only after the op's own identities ran: `muli %p, %c0` is 0, `subi %p, %p`
is 0, `shli %p, %c0` is %p; what is left of `addi %x, %p` is poison. The wrappers here
keep that order: the op's folder runs first with poison operands hidden (seen as
non-constant); a real answer wins, and only when it has none the result is poison.
A commutative op with a constant left and a poison right operand folds to poison at once:
MLIR folds before moving the constant to the right, so the in-place swap never happens.

What does not fold on poison (MLIR's answers): the shifts (their folders discard a
constant fold unless the shift amount is in range), `cmpi` and `cmpf` (beyond their
usual rules), `math.fma`, `math.clampf` and the classification ops. `select` returns its
other operand when one side is poison, after its `true`/`false` condition and equal
operand rules.
"""

from __future__ import annotations

from typing import Any

from pyir.dialects.arith_folding import materialize_constant as materialize_arith
from pyir.dialects.ub import POISON, materialize_poison

#: arith ops whose results are poison once an operand is (after their own identities).
ARITH_PROPAGATE = frozenset(
    "addi subi muli divsi divui ceildivsi ceildivui floordivsi remsi remui andi ori xori "
    "maxsi maxui minsi minui addf subf mulf divf remf maximumf minimumf maxnumf minnumf "
    "maximumnumf minimumnumf negf flush_denormals extui extsi trunci extf truncf convertf "
    "sitofp uitofp fptosi fptoui index_cast index_castui bitcast scaling_extf "
    "scaling_truncf addui_extended subui_extended mulsi_extended mului_extended".split()
)
#: arith ops that keep their folders but never see a poison operand as a constant.
ARITH_HIDE = frozenset(("shli", "shrsi", "shrui"))
#: math ops that do not fold poison; every other math op does.
MATH_KEEP = frozenset(("fma", "clampf", "isfinite", "isinf", "isnan", "isnormal"))


def materialize_constant(builder: Any, value: Any, type: Any, location: Any) -> Any:
    """arith's (and math's) materializer: `ub.poison` for poison, else `arith.constant`."""
    op = materialize_poison(builder, value, type, location)
    return op if op is not None else materialize_arith(builder, value, type, location)


def _hidden(operands: tuple) -> tuple:
    """The operands with poison seen as non-constant (None)."""
    return tuple([None if a is POISON else a for a in operands])


def _has_poison(operands: tuple) -> bool:
    """Any operand is poison. Attributes are uniqued, so poison is POISON itself; `is`
    keeps this cheap on the folders' hot path (no isinstance, no __eq__)."""
    for a in operands:
        if a is POISON:
            return True
    return False


def _in_place(folded: Any, op: Any) -> bool:
    """True when a folder answered "changed in place" (the op's own results)."""
    if isinstance(folded, (list, tuple)):
        return all(f is r for f, r in zip(folded, op.results))
    return folded is op.results[0]


def _propagating(inner: Any, commutative: bool) -> Any:
    """`inner` (may be None), then poison for every result if an operand is poison."""

    def fold(view: Any, operands: tuple) -> Any:
        # _has_poison inlined: this runs before every arith fold.
        for a in operands:
            if a is POISON:
                break
        else:
            return inner(view, operands) if inner is not None else None
        op = view.op
        poison = POISON if len(op.results) == 1 else [POISON] * len(op.results)
        if commutative and operands[0] is not None and operands[0] is not POISON:
            return poison
        if inner is not None:
            folded = inner(view, _hidden(operands))
            if folded is not None and not _in_place(folded, op):
                return folded
        return poison

    return fold


def _hiding(inner: Any) -> Any:
    """`inner` with poison operands seen as non-constant: no poison fold."""

    def fold(view: Any, operands: tuple) -> Any:
        return inner(view, _hidden(operands) if _has_poison(operands) else operands)

    return fold


def _select(inner: Any) -> Any:
    """MLIR's select order: equal sides, constant condition, then a poison side gives the
    other side; the remaining rules see poison as non-constant."""
    from pyir.dialects.arith_more_folding import _splat_int

    def fold(view: Any, operands: tuple) -> Any:
        if not _has_poison(operands):
            return inner(view, operands)
        _, true_value, false_value = view.op.operands
        if true_value is false_value:
            return true_value
        condition = _splat_int(operands[0])
        if condition == 1:
            return true_value
        if condition == 0:
            return false_value
        if operands[1] is POISON:
            return false_value
        if operands[2] is POISON:
            return true_value
        return inner(view, _hidden(operands))

    return fold


def install_arith_poison(ops: list[type]) -> None:
    """Wrap the folders of the arith ops in `ops` (installed before) with poison rules."""
    from pyir.traits import Commutative

    for cls in ops:
        short = cls.name.partition(".")[2]
        inner = getattr(cls, "fold", None)
        if short in ARITH_PROPAGATE:
            commutative = Commutative in cls.traits_set
            cls.fold = _propagating(inner, commutative)  # type: ignore[attr-defined]
        elif short in ARITH_HIDE and inner is not None:
            cls.fold = _hiding(inner)  # type: ignore[attr-defined]
        elif short == "select" and inner is not None:
            cls.fold = _select(inner)  # type: ignore[attr-defined]


def install_math_poison(ops: list[type], dialect: Any) -> None:
    """Give the math ops in `ops` poison propagation, and `dialect` the materializer."""
    for cls in ops:
        if cls.name.partition(".")[2] not in MATH_KEEP:
            inner = getattr(cls, "fold", None)
            cls.fold = _propagating(inner, commutative=False)  # type: ignore[attr-defined]
    dialect.materialize_constant = materialize_constant
