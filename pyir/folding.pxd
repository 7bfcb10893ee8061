# Typed access to the core's extension types in the compiled fold helpers (folding.py).
from pyir.core cimport Operation, OpOperand, OpResult, Value
