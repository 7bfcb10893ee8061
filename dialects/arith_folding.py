"""Folders of the arith dialect's integer ops and the dialect's constant materializer.

Each folder gets the constant value (an Attribute) of every operand that has one, and
returns what MLIR's folder returns: a constant (wrapping to the type's width, as MLIR's
APInt arithmetic does; index is 64 bits), an existing value (`x + 0` is `x`), the op's
own result after an in-place change (a commutative op moves a lone constant operand to
the right), or None. Only scalar constants fold here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import cython

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import IndexType, IntegerType

if cython.compiled:  # the core's extension types, for C-level field access
    from cython.cimports.pyir.core import Operation, OpOperand, OpResult, Value
else:
    from pyir.core import Operation, OpOperand, OpResult, Value
from pyir.traits import Commutative

Folder = Callable[[Any, tuple], Any]


def _width(t: Any) -> int:
    return 64 if isinstance(t, IndexType) else t.width


def _int(attr: Any) -> int | None:
    if attr is None:  # the common case, before the (metaclass-slowed) isinstance
        return None
    return attr.value if isinstance(attr, IntegerAttr) else None


def _unsigned(value: int, t: Any) -> int:
    return value & ((1 << _width(t)) - 1)


def _signed(value: int, t: Any) -> int:
    w = _width(t)
    bits = value & ((1 << w) - 1)
    return bits - (1 << w) if w and bits >> (w - 1) else bits


@cython.cfunc
@cython.inline
@cython.locals(slot=OpOperand)
def _operand(op: Operation, i: cython.Py_ssize_t) -> Value:
    """Operand `i` of `op`, without building the `operands` list."""
    slot = op.operand_slots[i]
    return slot.value


@cython.cfunc
def _defining(value: Value, name: str) -> Operation | None:
    """The op named `name` that defines `value`, else None."""
    if isinstance(value, OpResult):
        owner = cython.cast(OpResult, value).op
        if owner.name == name:
            return owner
    return None


def _result(op: Operation, value: int) -> IntegerAttr:
    t = op.results[0].type
    return IntegerAttr(t.normalize(value), t)


def _commute(op: Operation, operands: tuple) -> Any:
    """MLIR's commutative fold: a constant left operand moves to the right, in place."""
    lhs, rhs = operands
    if lhs is not None and rhs is None:
        op.set_operands([_operand(op, 1), _operand(op, 0)])
        return op.results[0]
    return None


def _binary(compute: Callable[[int, int, Any], int | None], identity: Any = None) -> Folder:
    """A folder for `compute(lhs, rhs, type)` on two constants (None: no fold), plus the
    rules in `identity(op, lhs_value, rhs_value)` for one constant side."""

    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        a, b = _int(operands[0]), _int(operands[1])
        # Identities first, as MLIR's folders do: `x + 0` answers with the value `x`
        # even when `x` is a constant, so the existing constant op survives.
        if identity is not None:
            folded = identity(op, a, b)
            if folded is not None:
                return folded
        if a is not None and b is not None:
            value = compute(a, b, op.results[0].type)
            if value is not None:
                return _result(op, value)
        if operands[0] is not None and operands[1] is None and Commutative in op.op_def.traits_set:
            return _commute(op, operands)
        return None

    return fold


def _add_identity(op: Operation, a: Any, b: Any) -> Any:
    lhs, rhs = _operand(op, 0), _operand(op, 1)
    if b == 0:
        return lhs
    # (x - y) + y and y + (x - y) are x.
    sub = _defining(lhs, "arith.subi")
    if sub is not None and _operand(sub, 1) is rhs:
        return _operand(sub, 0)
    sub = _defining(rhs, "arith.subi")
    if sub is not None and _operand(sub, 1) is lhs:
        return _operand(sub, 0)
    return None


def _sub_identity(op: Operation, a: Any, b: Any) -> Any:
    lhs, rhs = _operand(op, 0), _operand(op, 1)
    if lhs is rhs:
        return _result(op, 0)
    if b == 0:
        return lhs
    add = _defining(lhs, "arith.addi")
    if add is not None:
        x, y = _operand(add, 0), _operand(add, 1)
        if y is rhs:
            return x  # (x + y) - y
        if x is rhs:
            return y  # (x + y) - x
    return None


def _mul_identity(op: Operation, a: Any, b: Any) -> Any:
    if b == 0:
        return _operand(op, 1)  # the zero itself
    if b == 1:
        return _operand(op, 0)
    return None


def _div_identity(op: Operation, a: Any, b: Any) -> Any:
    return _operand(op, 0) if b == 1 else None


def _rem_identity(op: Operation, a: Any, b: Any) -> Any:
    return _result(op, 0) if b == 1 else None


def _and_identity(op: Operation, a: Any, b: Any) -> Any:
    lhs, rhs = _operand(op, 0), _operand(op, 1)
    if b == 0:
        return rhs  # the zero itself
    if lhs is rhs or (b is not None and _unsigned(b, op.results[0].type) == _all_ones(op)):
        return lhs
    return None


def _or_identity(op: Operation, a: Any, b: Any) -> Any:
    lhs, rhs = _operand(op, 0), _operand(op, 1)
    if b == 0 or lhs is rhs:
        return lhs
    if b is not None and _unsigned(b, op.results[0].type) == _all_ones(op):
        return rhs
    return None


def _xor_identity(op: Operation, a: Any, b: Any) -> Any:
    lhs, rhs = _operand(op, 0), _operand(op, 1)
    if b == 0:
        return lhs
    if lhs is rhs:
        return _result(op, 0)
    return None


def _shift_identity(op: Operation, a: Any, b: Any) -> Any:
    return _operand(op, 0) if b == 0 else None


def _same_identity(op: Operation, a: Any, b: Any) -> Any:
    lhs, rhs = _operand(op, 0), _operand(op, 1)
    return lhs if lhs is rhs else None


def _all_ones(op: Operation) -> int:
    return (1 << _width(op.results[0].type)) - 1


def _divsi(a: int, b: int, t: Any) -> int | None:
    if b == 0 or (b == -1 and a == -(1 << (_width(t) - 1))):
        return None  # division by zero, or the one signed overflow: MLIR does not fold
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q  # truncation toward zero; MIN / -1 wraps


def _ceildivsi(a: int, b: int, t: Any) -> int | None:
    if b == 0:
        return None
    q, r = divmod(a, b)
    return q + 1 if r else q


def _floordivsi(a: int, b: int, t: Any) -> int | None:
    return None if b == 0 else a // b


def _remsi(a: int, b: int, t: Any) -> int | None:
    if b == 0:
        return None
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def _unsigned_op(f: Callable[[int, int], int | None]) -> Callable[[int, int, Any], int | None]:
    def compute(a: int, b: int, t: Any) -> int | None:
        return f(_unsigned(a, t), _unsigned(b, t))

    return compute


def _shift(kind: str) -> Callable[[int, int, Any], int | None]:
    def compute(a: int, b: int, t: Any) -> int | None:
        w = _width(t)
        amount = _unsigned(b, t)
        if amount >= w:
            return None  # poison in MLIR: left alone
        if kind == "shl":
            return a << amount
        if kind == "shrs":
            return _signed(a, t) >> amount
        return _unsigned(a, t) >> amount

    return compute


FOLDERS: dict[str, Folder] = {
    "arith.addi": _binary(lambda a, b, t: a + b, _add_identity),
    "arith.subi": _binary(lambda a, b, t: a - b, _sub_identity),
    "arith.muli": _binary(lambda a, b, t: a * b, _mul_identity),
    "arith.divsi": _binary(lambda a, b, t: _divsi(_signed(a, t), _signed(b, t), t), _div_identity),
    "arith.divui": _binary(_unsigned_op(lambda a, b: a // b if b else None), _div_identity),
    "arith.ceildivsi": _binary(
        lambda a, b, t: _ceildivsi(_signed(a, t), _signed(b, t), t), _div_identity
    ),
    "arith.ceildivui": _binary(_unsigned_op(lambda a, b: -(-a // b) if b else None), _div_identity),
    "arith.floordivsi": _binary(
        lambda a, b, t: _floordivsi(_signed(a, t), _signed(b, t), t), _div_identity
    ),
    "arith.remsi": _binary(lambda a, b, t: _remsi(_signed(a, t), _signed(b, t), t), _rem_identity),
    "arith.remui": _binary(_unsigned_op(lambda a, b: a % b if b else None), _rem_identity),
    "arith.andi": _binary(lambda a, b, t: a & b, _and_identity),
    "arith.ori": _binary(lambda a, b, t: a | b, _or_identity),
    "arith.xori": _binary(lambda a, b, t: a ^ b, _xor_identity),
    "arith.shli": _binary(_shift("shl"), _shift_identity),
    "arith.shrsi": _binary(_shift("shrs"), _shift_identity),
    "arith.shrui": _binary(_shift("shru"), _shift_identity),
    "arith.maxsi": _binary(lambda a, b, t: max(_signed(a, t), _signed(b, t)), _same_identity),
    "arith.minsi": _binary(lambda a, b, t: min(_signed(a, t), _signed(b, t)), _same_identity),
    "arith.maxui": _binary(_unsigned_op(max), _same_identity),
    "arith.minui": _binary(_unsigned_op(min), _same_identity),
}


def _cast_folder(kind: str) -> Folder:
    """Folds a constant operand of an integer cast: extsi, extui, trunci, index casts."""

    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        value = _int(operands[0])
        if value is None:
            return None
        source, target = op.operands[0].type, op.results[0].type
        if not isinstance(target, (IntegerType, IndexType)):
            return None
        if kind == "signed":
            value = _signed(value, source)
        elif kind == "unsigned":
            value = _unsigned(value, source)
        return IntegerAttr(target.normalize(value), target)

    return fold


FOLDERS.update(
    {
        "arith.extsi": _cast_folder("signed"),
        "arith.extui": _cast_folder("unsigned"),
        "arith.trunci": _cast_folder("truncate"),
        "arith.index_cast": _cast_folder("signed"),
        "arith.index_castui": _cast_folder("unsigned"),
    }
)


def install_folders(ops: list[type]) -> None:
    """Give each op class in `ops` its folder from FOLDERS, when there is one."""
    from pyir.dialects.arith_float_folding import FLOAT_FOLDERS

    folders = {**FOLDERS, **FLOAT_FOLDERS}
    for cls in ops:
        folder = folders.get(cls.name)
        if folder is not None:
            cls.fold = folder  # type: ignore[attr-defined]


def materialize_constant(builder: Any, value: Any, type: Any, location: Any) -> Any:
    """An `arith.constant` of `value` (which must carry `type`), or None."""
    from pyir.dialects.arith import ConstantOp

    if getattr(value, "type", None) != type:
        return None
    return builder.create(ConstantOp, [], [type], {"value": value}, location=location)
