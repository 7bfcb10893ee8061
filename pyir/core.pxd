# Cython declarations that turn the classes of core.py into extension types.
cimport cython

cdef class Value:
    cdef public object type
    cdef public object first_use

@cython.final
cdef class OpResult(Value):
    cdef public Operation op
    cdef public Py_ssize_t index

@cython.final
cdef class BlockArgument(Value):
    cdef public Block block
    cdef public Py_ssize_t index
    cdef public object location

@cython.final
cdef class OpOperand:
    cdef public Operation owner
    cdef public Py_ssize_t index
    cdef public Value value
    cdef public OpOperand prev_use
    cdef public OpOperand next_use
    cpdef set(self, Value value)
    cdef _unlink(self, Value old)

@cython.final
cdef class BlockOperand:
    cdef public Operation owner
    cdef public Py_ssize_t index
    cdef public Block block
    cdef public BlockOperand prev_use
    cdef public BlockOperand next_use

@cython.final
@cython.trashcan(True)
cdef class Operation:
    cdef public str name
    cdef public object op_def
    cdef public tuple results
    cdef public tuple operand_slots
    cdef public object successor_slots
    cdef public object regions
    cdef public object properties
    cdef public object attributes
    cdef object _location
    cdef object _source
    cdef Py_ssize_t _source_offset
    cdef public Block parent
    cdef public Operation prev_op
    cdef public Operation next_op
    cdef object __weakref__

@cython.final
@cython.trashcan(True)
cdef class Block:
    cdef public list args
    cdef public Operation first_op
    cdef public Operation last_op
    cdef public Region parent
    cdef public BlockOperand first_pred
    cdef object __weakref__

@cython.final
@cython.trashcan(True)
cdef class Region:
    cdef public list blocks
    cdef public Operation parent
    cdef object __weakref__
