# Typed locals of the compiled CSE loop (pyir/cse.py): C-level access to op fields.
from pyir.core cimport Block, Operation, OpOperand, OpResult, Value
