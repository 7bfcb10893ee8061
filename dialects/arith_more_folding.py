"""More arith folders, installed over arith_folding's (a later install wins): the rules
MLIR's folders have beyond plain constant arithmetic.

- `maxsi(x, MAX)` is MAX, `maxsi(x, MIN)` is x, and likewise for minsi, maxui, minui;
- `and(x, not x)` is 0, `and(a, and(a, b))` is `and(a, b)`; `or(x, not x)` is all ones;
  `xor(xor(x, a), a)` is x (each operand order);
- `divui(muli(a, b) nuw, b)` is a (`divsi` with nsw); `ceildivsi` and `floordivsi` leave
  MIN / -1 (which overflows) alone;
- `cmpi`: equal operands give the predicate's answer (splats too); `cmpi ne, ext(%b : i1),
  0` and `cmpi ne, %b, false` are %b, `cmpi eq, %b, true` is %b; a constant left operand
  moves to the right with the mirrored predicate; constants fold element-wise;
- `select`: `cmpi eq/ne` of the two choices picks one; a constant vector condition picks
  element-wise;
- `addui_extended(x, 0)` is (x, false); `mulsi_extended(x, 0)` and `mului_extended(x, 0)` are
  (0, 0); `mului_extended(x, 1)` is (x, 0); constant operands fold both results;
- integer arithmetic on vectors and tensors: see arith_shaped_folding.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import I1, IndexType, IntegerType, VectorType
from pyir.core import Operation
from pyir.dense_attributes import DenseIntOrFPElementsAttr
from pyir.dialects.arith_canonicalize import defined_by
from pyir.dialects.arith_fold_elements import lift, scalar_element_type

_PREDICATES = ("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge")
_SAME = {"eq": True, "ne": False, "slt": False, "sle": True, "sgt": False, "sge": True}
_SAME.update({"ult": False, "ule": True, "ugt": False, "uge": True})
_MIRROR = {"slt": "sgt", "sgt": "slt", "sle": "sge", "sge": "sle"}
_MIRROR.update({"ult": "ugt", "ugt": "ult", "ule": "uge", "uge": "ule", "eq": "eq", "ne": "ne"})


# -- helpers --------------------------------------------------------------------------------
def _width(t: Any) -> int:
    return 64 if isinstance(t, IndexType) else t.width


def _splat_int(attr: Any) -> int | None:
    """The unsigned bits of an integer constant or integer splat (m_ConstantInt)."""
    if attr is None:  # the common case, before the (metaclass-slowed) isinstance checks
        return None
    if isinstance(attr, IntegerAttr) and isinstance(attr.type, (IntegerType, IndexType)):
        return attr.value & ((1 << _width(attr.type)) - 1)
    if isinstance(attr, DenseIntOrFPElementsAttr) and attr.is_splat:
        e = attr.type.element_type
        if isinstance(e, (IntegerType, IndexType)):
            return int(attr.splat_value) & ((1 << _width(e)) - 1)
    return None


def _constant_attr(value: Any) -> Any:
    from pyir.folding import constant_value

    return constant_value(value)


def _filled(t: Any, value: int) -> Any:
    """An integer constant of type `t` (scalar, or a splat of a static shape), or None."""
    if isinstance(t, (IntegerType, IndexType)):
        return IntegerAttr(t.normalize(value), t)
    e = getattr(t, "element_type", None)
    shape = getattr(t, "shape", None)
    if not isinstance(e, (IntegerType, IndexType)) or shape is None or None in shape:
        return None
    if any(d < 0 for d in shape):
        return None
    try:
        return DenseIntOrFPElementsAttr(t, [e.normalize(value)])
    except (ValueError, TypeError):
        return None


def _is_not_of(value: Any, x: Any) -> Operation | None:
    """The `xori(x, all-ones)` defining `value`, or None."""
    xor = defined_by(value, "arith.xori")
    if xor is None or xor.operands[0] is not x:
        return None
    ones = _splat_int(_constant_attr(xor.operands[1]))
    mask = (1 << _width(scalar_element_type(x.type))) - 1
    return xor if ones is not None and ones == mask else None


def _before(extra: Any, base: Any) -> Any:
    """A folder trying `extra(op, operands)` first, then the existing folder `base`."""

    def fold(view: Any, operands: tuple) -> Any:
        folded = extra(view.op, operands)
        if folded is not None:
            return folded
        return base(view, operands) if base is not None else None

    return fold


# -- integer identities ---------------------------------------------------------------------
def _min_max(kind: str) -> Any:
    """max/min with the type's extreme constant: `absorbing` gives the constant, `neutral`
    gives the other operand."""

    def extra(op: Operation, operands: tuple) -> Any:
        lhs, rhs = op.operands
        if lhs is rhs:
            return rhs
        c = _splat_int(operands[1])
        if c is None:
            return None
        w = _width(scalar_element_type(lhs.type))
        smax, smin, umax = (1 << (w - 1)) - 1, 1 << (w - 1), (1 << w) - 1
        absorbing, neutral = {
            "maxsi": (smax, smin),
            "minsi": (smin, smax),
            "maxui": (umax, 0),
            "minui": (0, umax),
        }[kind]
        if c == absorbing:
            return rhs
        if c == neutral:
            return lhs
        return None

    return extra


def _andi(op: Operation, operands: tuple) -> Any:
    lhs, rhs = op.operands
    if _splat_int(operands[1]) is not None:
        return None  # and(x, 0) and and(x, ones) come first, in the base folder
    if _is_not_of(rhs, lhs) is not None or _is_not_of(lhs, rhs) is not None:
        return _filled(op.results[0].type, 0)
    for prev, other in ((lhs, rhs), (rhs, lhs)):
        inner = defined_by(prev, "arith.andi")
        if inner is not None and other in (inner.operands[0], inner.operands[1]):
            return prev
    return None


def _ori(op: Operation, operands: tuple) -> Any:
    lhs, rhs = op.operands
    if _splat_int(operands[1]) is not None:
        return None
    for value, x in ((rhs, lhs), (lhs, rhs)):
        xor = _is_not_of(value, x)
        if xor is not None:
            return xor.operands[1]
    return None


def _xori(op: Operation, operands: tuple) -> Any:
    lhs, rhs = op.operands
    if _splat_int(operands[1]) == 0 or lhs is rhs:
        return None  # the base folder's x ^ 0 and x ^ x
    prev = defined_by(lhs, "arith.xori")
    if prev is not None:
        if prev.operands[1] is rhs:
            return prev.operands[0]
        if prev.operands[0] is rhs:
            return prev.operands[1]
    prev = defined_by(rhs, "arith.xori")
    if prev is not None:
        if prev.operands[1] is lhs:
            return prev.operands[0]
        if prev.operands[0] is lhs:
            return prev.operands[1]
    return None


def _shift_of_zero(op: Operation, operands: tuple) -> Any:
    """A shift of 0 is 0 (by any amount: one out of range gives poison)."""
    return op.operands[0] if _splat_int(operands[0]) == 0 else None


def _shr_self(op: Operation, operands: tuple) -> Any:
    """shrui(x, x) and shrsi(x, x) are 0: an amount below the width shifts every bit of a
    non-negative x out, and any other amount (negative x included) gives poison."""
    lhs, rhs = op.operands
    if lhs is rhs:
        return _filled(op.results[0].type, 0)
    if op.name == "arith.shrsi" and _is_all_ones(operands[0]):
        return lhs  # shrsi(-1, y) is -1: the sign bit fills every position
    return _shift_of_zero(op, operands)


def _is_all_ones(attr: Any) -> bool:
    from pyir.dialects.arith_patterns_extra import _all_ones

    return _all_ones(attr)


def _zero_or_self(self_value: int) -> Any:
    """Division and remainder: 0 op x is 0, then x op x is `self_value` (1 for a quotient,
    0 for a remainder; x = 0 would be undefined behaviour)."""

    def extra(op: Operation, operands: tuple) -> Any:
        lhs, rhs = op.operands
        if _splat_int(operands[0]) == 0:
            return lhs
        return _filled(op.results[0].type, self_value) if lhs is rhs else None

    return extra


def _div_of_mul(flag: str) -> Any:
    """(a * b) / b -> a when the multiplication has `flag` (nuw for divui, nsw for divsi)."""

    def extra(op: Operation, operands: tuple) -> Any:
        if _splat_int(operands[1]) == 1:
            return None
        lhs, rhs = op.operands
        mul = defined_by(lhs, "arith.muli")
        if mul is None:
            return None
        flags = getattr(mul.properties.get("overflowFlags"), "value", ())
        if flag not in flags:
            return None
        if mul.operands[0] is rhs:
            return mul.operands[1]
        if mul.operands[1] is rhs:
            return mul.operands[0]
        return None

    return extra


def _signed(value: int, w: int) -> int:
    value &= (1 << w) - 1
    return value - (1 << w) if w and value >> (w - 1) else value


def _signed_division(ceil: bool) -> Any:
    """ceildivsi / floordivsi: x / 1 is x; constants fold unless dividing by zero or the
    one overflowing case, MIN / -1."""

    def rule(element: Any, a: Any, b: Any) -> Any:
        w = _width(a.type)
        x, y = _signed(a.value, w), _signed(b.value, w)
        if y == 0 or (x == -(1 << (w - 1)) and y == -1):
            return None
        q = -((-x) // y) if ceil else x // y
        return IntegerAttr(a.type.normalize(q), a.type)

    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        if _splat_int(operands[1]) == 1:
            return op.operands[0]
        return lift(rule, operands, op.results[0].type)

    return fold


# -- comparisons and select -----------------------------------------------------------------
def _compare(predicate: str, a: int, b: int, w: int) -> bool:
    if predicate[0] == "u":
        a, b = a & ((1 << w) - 1), b & ((1 << w) - 1)
    elif predicate[0] == "s":
        a, b = _signed(a, w), _signed(b, w)
    else:
        a, b = a & ((1 << w) - 1), b & ((1 << w) - 1)
    return {
        "eq": a == b,
        "ne": a != b,
        "lt": a < b,
        "le": a <= b,
        "gt": a > b,
        "ge": a >= b,
    }[predicate.lstrip("su") if predicate not in ("eq", "ne") else predicate]


def _bool(t: Any, value: bool) -> Any:
    """MLIR's getBoolAttribute: an i1, or an i1 splat of a shaped type."""
    return _filled(t, -1 if value else 0)


def _is_i1(t: Any) -> bool:
    e = scalar_element_type(t)
    return isinstance(e, IntegerType) and e.width == 1


def _int_width_of(t: Any) -> int | None:
    """MLIR's getIntegerWidth: integers and vectors of them (not tensors)."""
    if isinstance(t, IntegerType):
        return t.width
    if isinstance(t, VectorType) and isinstance(t.element_type, IntegerType):
        return t.element_type.width
    return None


def _fold_cmpi(view: Any, operands: tuple) -> Any:
    op = view.op
    index = op.properties.get("predicate")
    if not isinstance(index, IntegerAttr) or not 0 <= index.value < len(_PREDICATES):
        return None
    predicate = _PREDICATES[index.value]
    lhs, rhs = op.operands
    result_type = op.results[0].type
    if lhs is rhs:
        return _bool(result_type, _SAME[predicate])
    a, b = operands
    if _splat_int(b) == 0:
        for ext_name in ("arith.extsi", "arith.extui"):
            ext = defined_by(lhs, ext_name)
            if ext is not None and predicate == "ne":
                if _int_width_of(ext.operands[0].type) == 1:
                    return ext.operands[0]
        if _is_i1(lhs.type) and predicate == "ne":
            return lhs
    if _splat_int(b) == 1 and _is_i1(lhs.type) and predicate == "eq":
        return lhs
    if a is not None and b is None:
        op.properties["predicate"] = IntegerAttr(_PREDICATES.index(_MIRROR[predicate]), index.type)
        op.set_operands([rhs, lhs])
        return op.results[0]
    if a is not None and b is not None:

        def rule(element: Any, x: Any, y: Any) -> Any:
            if not isinstance(x, IntegerAttr) or not isinstance(y, IntegerAttr):
                return None
            return IntegerAttr(
                -1 if _compare(predicate, x.value, y.value, _width(x.type)) else 0, I1
            )

        return lift(rule, operands, result_type)
    return None


def _fold_select(view: Any, operands: tuple) -> Any:
    op = view.op
    condition, true_value, false_value = op.operands
    if true_value is false_value:
        return true_value
    c = _splat_int(operands[0])
    if c == 1:
        return true_value
    if c == 0:
        return false_value
    result_type = op.results[0].type
    t, f = _splat_int(operands[1]), _splat_int(operands[2])
    if isinstance(result_type, IntegerType) and result_type.width == 1 and t == 1 and f == 0:
        return condition
    cmp = defined_by(condition, "arith.cmpi")
    if cmp is not None:
        index = cmp.properties.get("predicate")
        if isinstance(index, IntegerAttr) and index.value in (0, 1):
            x, y = cmp.operands
            if (x is true_value and y is false_value) or (y is true_value and x is false_value):
                return true_value if index.value == 1 else false_value
    cond, tv, fv = operands
    dense = DenseIntOrFPElementsAttr
    if isinstance(cond, dense) and isinstance(tv, dense) and isinstance(fv, dense):
        if tv.type != fv.type or cond.type.shape != tv.type.shape:
            return None
        from pyir.dialects.arith_fold_elements import _element_attrs

        picks, ts, fs = cond.values, _element_attrs(tv), _element_attrs(fv)
        if ts is None or fs is None:
            return None
        n = tv.type.num_elements
        ts, fs = (ts * n if len(ts) == 1 else ts), (fs * n if len(fs) == 1 else fs)
        chosen = [tt if p else ff for p, tt, ff in zip(picks, ts, fs)]
        from pyir.dialects.arith_fold_elements import _dense

        return _dense(tv.type, chosen)
    return None


# -- extended arithmetic --------------------------------------------------------------------
def _int_rule(compute: Any, result_i1: bool = False) -> Any:
    def rule(element: Any, a: Any, b: Any) -> Any:
        if not isinstance(a, IntegerAttr) or not isinstance(b, IntegerAttr):
            return None
        w = _width(a.type)
        value = compute(a.value & ((1 << w) - 1), b.value & ((1 << w) - 1), w)
        if value is None:
            return None
        if result_i1:
            return IntegerAttr(-1 if value else 0, I1)
        return IntegerAttr(a.type.normalize(value), a.type)

    return rule


def _commute(op: Operation, operands: tuple) -> Any:
    if operands[0] is not None and operands[1] is None:
        a, b = op.operands
        op.set_operands([b, a])
        return list(op.results)
    return None


def _fold_addui_extended(view: Any, operands: tuple) -> Any:
    op = view.op
    sum_type, overflow_type = (r.type for r in op.results)
    if _splat_int(operands[1]) == 0:
        zero = _filled(overflow_type, 0)
        return None if zero is None else [op.operands[0], zero]
    total = lift(_int_rule(lambda a, b, w: a + b), operands, sum_type)
    if total is not None:
        carry = lift(_int_rule(lambda a, b, w: (a + b) >> w, True), operands, overflow_type)
        return None if carry is None else [total, carry]
    return _commute(op, operands)


def _fold_wide_mul(signed: bool) -> Any:
    def high(a: int, b: int, w: int) -> int:
        if signed:
            a, b = _signed(a, w), _signed(b, w)
        return (a * b) >> w

    def fold(view: Any, operands: tuple) -> Any:
        op = view.op
        t = op.results[0].type
        c = _splat_int(operands[1])
        if c == 0:
            return [operands[1], operands[1]]
        if c == 1 and not signed:
            zero = _filled(op.operands[0].type, 0)
            return None if zero is None else [op.operands[0], zero]
        low = lift(_int_rule(lambda a, b, w: a * b), operands, t)
        if low is not None:
            hi = lift(_int_rule(high), operands, t)
            return None if hi is None else [low, hi]
        return _commute(op, operands)

    return fold


_DIVISIONS = ("divsi", "divui", "ceildivsi", "ceildivui", "floordivsi")


def install_more_folders(ops: list[type]) -> None:
    """Give the arith ops in `ops` these folders (and the casts' and float min/max ones),
    wrapping the folders installed before where MLIR checks these rules first."""
    from pyir.dialects.arith_cast_folding import CAST_FOLDERS
    from pyir.dialects.arith_float_folding import MIN_MAX_FOLDERS
    from pyir.dialects.arith_shaped_folding import INT_ELEMENTWISE, shaped_int

    replaced: dict[str, Any] = {
        **CAST_FOLDERS,
        **MIN_MAX_FOLDERS,
        "arith.ceildivsi": _signed_division(ceil=True),
        "arith.floordivsi": _signed_division(ceil=False),
        "arith.cmpi": _fold_cmpi,
        "arith.select": _fold_select,
        "arith.addui_extended": _fold_addui_extended,
        "arith.mulsi_extended": _fold_wide_mul(signed=True),
        "arith.mului_extended": _fold_wide_mul(signed=False),
    }
    wrapped: dict[str, Any] = {
        "arith.maxsi": _min_max("maxsi"),
        "arith.minsi": _min_max("minsi"),
        "arith.maxui": _min_max("maxui"),
        "arith.minui": _min_max("minui"),
        "arith.andi": _andi,
        "arith.ori": _ori,
        "arith.xori": _xori,
        "arith.divui": _div_of_mul("nuw"),
        "arith.divsi": _div_of_mul("nsw"),
        "arith.shrui": _shr_self,
        "arith.shrsi": _shr_self,
        "arith.shli": _shift_of_zero,
    }
    # Checked before everything else (MLIR's first rules for these ops).
    first = {f"arith.{name}": _zero_or_self(1) for name in _DIVISIONS}
    first.update({"arith.remsi": _zero_or_self(0), "arith.remui": _zero_or_self(0)})
    for cls in ops:
        fold = replaced.get(cls.name) or getattr(cls, "fold", None)
        if cls.name not in replaced:
            if cls.name in INT_ELEMENTWISE:
                fold = shaped_int(cls.name, fold)
            if cls.name in wrapped:
                fold = _before(wrapped[cls.name], fold)
        if cls.name in first:
            fold = _before(first[cls.name], fold)
        if fold is not None:
            cls.fold = fold  # type: ignore[attr-defined]
