# Typed access to the core's extension types in the compiled driver (greedy_rewrite.py).
from pyir.core cimport Block, Operation, OpOperand, OpResult, Region, Value
