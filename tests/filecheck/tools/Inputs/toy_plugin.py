"""A dialect plugin loaded by `pyir-opt --load-dialect-plugin` in the lit tests.

It uses only the API the in-tree dialects use: op classes with declared fields, traits and
a declarative assembly format, gathered in a Dialect value named DIALECT.
"""

from pyir.context import Dialect
from pyir.opdef import OpView, operand, result
from pyir.traits import Pure, SameOperandsAndResultType


class MixOp(OpView):
    """`%r = toy.mix %a, %b : i32`: a pure binary op whose operands share the result type."""

    name = "toy.mix"
    traits = (Pure, SameOperandsAndResultType)
    lhs = operand()
    rhs = operand()
    res = result()
    assembly_format = "$lhs `with` $rhs attr-dict `:` type($res)"


DIALECT = Dialect("toy", [MixOp])
