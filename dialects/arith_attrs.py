"""The `arith` dialect's attributes: fast-math flags and integer overflow flags.

Other dialects print them too (`vector.reduction ... fastmath<fast>`), so they live apart
from the ops. Both are bit sets whose empty value spells `none`; the ops that carry them
default to the empty set, which MLIR leaves out of the custom form. The integer enums of
the comparisons and of `truncf` are here too.
"""

from __future__ import annotations

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IntegerType
from pyir.constraints import Predicate
from pyir.dialect_attrs import FlagsParam, ParametrizedAttr

FASTMATH_FLAGS = ("reassoc", "nnan", "ninf", "nsz", "arcp", "contract", "afn")


class FastMathFlagsAttr(ParametrizedAttr):
    """`#arith.fastmath<nnan,ninf>`: LLVM's fast-math flags; `fast` is all seven.

    Invariant: `value` is a frozenset of FASTMATH_FLAGS members.
    """

    name = "arith.fastmath"
    value = FlagsParam(FASTMATH_FLAGS, groups={"fast": FASTMATH_FLAGS})


class IntegerOverflowFlagsAttr(ParametrizedAttr):
    """`#arith.overflow<nsw, nuw>`: no signed / unsigned wrap.

    Invariant: `value` is a frozenset of "nsw" and "nuw".
    """

    name = "arith.overflow"
    value = FlagsParam(("nsw", "nuw"), separator=", ")


#: The defaults ops store when no flag is written.
NO_FASTMATH = FastMathFlagsAttr(())
NO_OVERFLOW = IntegerOverflowFlagsAttr(())

# -- integer enums ----------------------------------------------------------------------------
# Comparison predicates and rounding modes are not dialect attributes: the generic form
# stores an integer (`predicate = 2 : i64`, `roundingmode = 0 : i32`), the custom form a
# keyword (`slt`, `to_nearest_even`). The tables map positions to keywords.

#: `arith.cmpi` predicates; the generic form stores the position as an i64.
CMPI_PREDICATES = ("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge")
#: `arith.cmpf` predicates (o: ordered, u: unordered), stored the same way.
CMPF_PREDICATES = (
    "false",
    "oeq",
    "ogt",
    "oge",
    "olt",
    "ole",
    "one",
    "ord",
    "ueq",
    "ugt",
    "uge",
    "ult",
    "ule",
    "une",
    "uno",
    "true",
)
#: `arith.truncf` / `arith.scaling_truncf` rounding modes, stored as an i32.
ROUNDING_MODES = ("to_nearest_even", "downward", "upward", "toward_zero", "to_nearest_away")


def _enum_constraint(cases: tuple[str, ...], width: int, description: str) -> Predicate:
    """A signless integer attribute of `width` bits whose value indexes `cases`."""
    return Predicate(
        lambda a: (
            isinstance(a, IntegerAttr)
            and a.type == IntegerType(width)
            and 0 <= a.value < len(cases)
        ),
        description,
    )


def _cases(cases: tuple[str, ...]) -> str:
    return ", ".join(str(i) for i in range(len(cases)))


CMPI_PREDICATE = _enum_constraint(
    CMPI_PREDICATES, 64, f"allowed 64-bit signless integer cases: {_cases(CMPI_PREDICATES)}"
)
CMPF_PREDICATE = _enum_constraint(
    CMPF_PREDICATES, 64, f"allowed 64-bit signless integer cases: {_cases(CMPF_PREDICATES)}"
)
ROUNDING_MODE = _enum_constraint(ROUNDING_MODES, 32, "Floating point rounding mode")
