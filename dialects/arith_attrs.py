"""The `arith` dialect's attributes: fast-math flags and integer overflow flags.

Other dialects print them too (`vector.reduction ... fastmath<fast>`), so they live apart
from the ops. Both are bit sets whose empty value spells `none`; the ops that carry them
default to the empty set, which MLIR leaves out of the custom form.
"""

from __future__ import annotations

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
