"""The `ep` dialect, found through the `pyir.dialects` entry point of the fake distribution
next to it (tests/filecheck/tools/dialect-plugin.mlir puts this folder on PYTHONPATH)."""

from pyir.context import Dialect
from pyir.opdef import OpView, operand, result
from pyir.traits import Pure, SameOperandsAndResultType


class TwiceOp(OpView):
    """`%r = ep.twice %a : i32`."""

    name = "ep.twice"
    traits = (Pure, SameOperandsAndResultType)
    input = operand()
    res = result()
    assembly_format = "$input attr-dict `:` type($res)"


DIALECT = Dialect("ep", [TwiceOp])
