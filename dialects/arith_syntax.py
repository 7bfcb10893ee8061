"""The `arith` ops whose syntax the declarative format cannot express, with their grammar.

- `arith.cmpi slt, %a, %b : i32` and `arith.cmpf olt, %x, %y fastmath<fast> : f32`: the
  predicate is a keyword (or a string) in the custom form, an integer in the generic form.
- `arith.select %c, %a, %b : i32` (an i1 condition) or `: vector<4xi1>, vector<4xi32>`.
- `%sum, %overflow = arith.addui_extended %a, %b : i32, i1` (and `subui_extended`), and
  `%low, %high = arith.mulsi_extended %a, %b : i32` (and `mului_extended`): the operand
  types are those of the first result.
- `arith.truncf %x to_nearest_even fastmath<fast> : f32 to f16` and
  `arith.scaling_truncf`: the rounding mode is a keyword, stored as an i32.

Each op class has `print_custom`; the lark rules below `%extend custom_operation`, and
their callbacks build the ops. Verification is the op classes' business, not the parser's.
"""

from __future__ import annotations

from typing import Any

from pyir.asm import CustomSyntax
from pyir.builtin_attributes import IntegerAttr, UnitAttr
from pyir.builtin_types import (
    I1,
    FloatType,
    IntegerType,
    RankedTensorType,
    UnrankedTensorType,
    VectorType,
)
from pyir.core import Operation
from pyir.dialects.arith_attrs import (
    CMPF_PREDICATE,
    CMPF_PREDICATES,
    CMPI_PREDICATE,
    CMPI_PREDICATES,
    FASTMATH_FLAGS,
    NO_FASTMATH,
    ROUNDING_MODE,
    ROUNDING_MODES,
    FastMathFlagsAttr,
)
from pyir.dialects.arith_types import (
    BOOL_LIKE,
    FLOAT_LIKE,
    SIGNLESS_INT_OR_INDEX_LIKE,
    Elementwise,
    ResultIsI1OfOperandShape,
    SameInputOutputTensorDims,
    SameOperandsAndResultShape,
    SameTypeOperands,
    all_types_match,
    i1_same_shape,
    scaling_cast_error,
    width_change,
)
from pyir.opdef import IsA, OpView, operand, prop, result
from pyir.traits import Commutative, Pure, Trait


# -- printing helpers -------------------------------------------------------------------------
def _attrs(op: Operation) -> dict:
    attrs = dict(op.properties)
    attrs.update(op.attributes)
    return attrs


def print_fastmath(op: Operation, p: Any) -> None:
    """` fastmath<...>` unless the flags are absent or `none`."""
    flags = op.properties.get("fastmath")
    if flags is not None and flags != NO_FASTMATH:
        p.write(" fastmath")
        if isinstance(flags, FastMathFlagsAttr):
            flags.print_stripped(p)
        else:  # not a fastmath attribute: the verifier rejects it; print it whole
            p.write("<")
            p.print_attribute(flags)
            p.write(">")


def _operands(op: Operation, p: Any) -> None:
    p.write(" ")
    p.print_operands([s.value for s in op.operand_slots])


# -- comparisons ------------------------------------------------------------------------------
class _CompareOp(OpView):
    """Shared by cmpi and cmpf: two operands of one type, an i1-like result of their shape."""

    traits = (Pure, SameTypeOperands, ResultIsI1OfOperandShape, Elementwise)
    hand_written_syntax = True
    predicates: tuple[str, ...] = ()
    _ELIDED = frozenset({"predicate", "fastmath"})

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        cls = op.op_def
        predicate = op.properties.get("predicate")
        p.write(" ")
        if isinstance(predicate, IntegerAttr) and 0 <= predicate.value < len(cls.predicates):
            p.write(cls.predicates[predicate.value])
        else:
            p.print_attribute(predicate)
        p.write(",")
        _operands(op, p)
        print_fastmath(op, p)
        p.print_optional_attr_dict(_attrs(op), _CompareOp._ELIDED)
        p.write(" : ")
        p.print_type(op.operand_slots[0].value.type)

    @classmethod
    def build(
        cls, predicate: str, lhs: Any, rhs: Any, location: Any = None, **properties: Any
    ) -> Operation:
        """A comparison by predicate keyword (`"slt"`); the result is i1 of lhs's shape."""
        if predicate not in cls.predicates:
            raise ValueError(f"unknown {cls.name} predicate {predicate!r}")
        properties["predicate"] = IntegerAttr(cls.predicates.index(predicate), IntegerType(64))
        result_type = i1_same_shape(lhs.type)
        return cls.create([lhs, rhs], [result_type], properties, location=location)


class CmpIOp(_CompareOp):
    """`%r = arith.cmpi slt, %a, %b : i32`; predicate = index in CMPI_PREDICATES (i64)."""

    name = "arith.cmpi"
    predicates = CMPI_PREDICATES
    predicate = prop(CMPI_PREDICATE)
    lhs = operand(SIGNLESS_INT_OR_INDEX_LIKE)
    rhs = operand(SIGNLESS_INT_OR_INDEX_LIKE)
    result = result(BOOL_LIKE)


class CmpFOp(_CompareOp):
    """`%r = arith.cmpf olt, %x, %y : f32`; predicate = index in CMPF_PREDICATES (i64)."""

    name = "arith.cmpf"
    predicates = CMPF_PREDICATES
    predicate = prop(CMPF_PREDICATE)
    lhs = operand(FLOAT_LIKE)
    rhs = operand(FLOAT_LIKE)
    fastmath = prop(IsA(FastMathFlagsAttr), default=NO_FASTMATH)
    result = result(BOOL_LIKE)


# -- select -----------------------------------------------------------------------------------
class _SelectTypes(Trait):
    """MLIR's AllTypesMatch<true_value, false_value, result> and
    BooleanConditionOrMatchingShape<condition, result>, checked before the shape traits."""

    @staticmethod
    def verify(op: Any) -> str | None:
        cond, a, b = (s.value.type for s in op.operand_slots)
        t = op.results[0].type
        message = all_types_match(op, ("true_value", "false_value", "result"), [a, b, t])
        if message is not None:
            return message
        if not _condition_ok(cond, t):
            return "failed to verify that condition is signless i1 or has matching shape"
        return None


class SelectOp(OpView):
    """`%r = arith.select %cond, %a, %b : i32`: `%a` where `%cond` is true, else `%b`.

    Invariants: both values and the result share one type; the condition is i1, or (for a
    vector or tensor result) i1 elements of the result's shape, written before the type.
    """

    name = "arith.select"
    traits = (Pure, _SelectTypes, Elementwise)
    hand_written_syntax = True
    condition = operand(BOOL_LIKE)
    true_value = operand()
    false_value = operand()
    result = result()

    @classmethod
    def build(cls, condition: Any, true_value: Any, false_value: Any, location: Any = None) -> Any:
        """`condition ? true_value : false_value`, of true_value's type."""
        operands = [condition, true_value, false_value]
        return cls.create(operands, [true_value.type], location=location)

    def verify_(self) -> str | None:
        cond = self.op.operand_slots[0].value.type
        t = self.op.results[0].type
        if cond == I1:
            return None
        if not isinstance(t, (VectorType, RankedTensorType, UnrankedTensorType)):
            return f"expected condition to be a signless i1, but got {cond}"
        expected = i1_same_shape(t)
        if cond != expected:
            return (
                "expected condition type to have the same shape as the result type, "
                f"expected {expected}, but got {cond}"
            )
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        _operands(op, p)
        p.print_optional_attr_dict(_attrs(op))
        p.write(" : ")
        cond = op.operand_slots[0].value.type
        if _shaped(cond):
            p.print_type(cond)
            p.write(", ")
        p.print_type(op.results[0].type)


def _shaped(t: Any) -> bool:
    return hasattr(t, "element_type")


def _condition_ok(cond: Any, result_type: Any) -> bool:
    """An i1 scalar, or shaped condition and result of the same shape."""
    if cond == I1:
        return True
    if not (_shaped(cond) and _shaped(result_type)):
        return False
    return getattr(cond, "shape", None) == getattr(result_type, "shape", None)


# -- extended arithmetic ----------------------------------------------------------------------
class _ExtendedOp(OpView):
    """Two operands of one type and two results; the operand type is the first result's."""

    traits = (Pure, Commutative, Elementwise)
    hand_written_syntax = True
    result_names: tuple[str, str] = ("", "")

    @staticmethod
    def asm_result_names(op: Operation) -> list[str]:
        return list(op.op_def.result_names)

    def verify_(self) -> str | None:
        names = ("lhs", "rhs", self.result_names[0])
        types = [s.value.type for s in self.op.operand_slots] + [self.op.results[0].type]
        if self.result_names[1] != "overflow" and self.result_names[1] != "borrow":
            names += (self.result_names[1],)
            types.append(self.op.results[1].type)
        return all_types_match(self.op, names, types)


class _CarryOp(_ExtendedOp):
    """`%sum, %overflow = arith.addui_extended %a, %b : i32, i1`: the N-bit result and the
    carry (an i1 of the operands' shape)."""

    hand_written_syntax = True
    lhs = operand(SIGNLESS_INT_OR_INDEX_LIKE)
    rhs = operand(SIGNLESS_INT_OR_INDEX_LIKE)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        _operands(op, p)
        p.print_optional_attr_dict(_attrs(op))
        p.write(" : ")
        p.print_type(op.results[0].type)
        p.write(", ")
        p.print_type(op.results[1].type)


class AddUIExtendedOp(_CarryOp):
    """`%sum, %overflow = arith.addui_extended %a, %b : i32, i1`: unsigned add with carry."""

    name = "arith.addui_extended"
    result_names = ("sum", "overflow")
    sum = result(SIGNLESS_INT_OR_INDEX_LIKE)
    overflow = result(BOOL_LIKE)


class SubUIExtendedOp(_CarryOp):
    """`%diff, %borrow = arith.subui_extended %a, %b : i32, i1`: unsigned subtract with borrow."""

    name = "arith.subui_extended"
    traits = (Pure, Elementwise)
    result_names = ("diff", "borrow")
    diff = result(SIGNLESS_INT_OR_INDEX_LIKE)
    borrow = result(BOOL_LIKE)


class _WideMulOp(_ExtendedOp):
    """`%low, %high = arith.mulsi_extended %a, %b : i32`: the halves of the 2N-bit product."""

    hand_written_syntax = True
    result_names = ("low", "high")
    lhs = operand(SIGNLESS_INT_OR_INDEX_LIKE)
    rhs = operand(SIGNLESS_INT_OR_INDEX_LIKE)
    low = result(SIGNLESS_INT_OR_INDEX_LIKE)
    high = result(SIGNLESS_INT_OR_INDEX_LIKE)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        _operands(op, p)
        p.print_optional_attr_dict(_attrs(op))
        p.write(" : ")
        p.print_type(op.operand_slots[0].value.type)


class MulSIExtendedOp(_WideMulOp):
    """`%low, %high = arith.mulsi_extended %a, %b : i32`: signed widening multiply."""

    name = "arith.mulsi_extended"


class MulUIExtendedOp(_WideMulOp):
    """`%low, %high = arith.mului_extended %a, %b : i32`: unsigned widening multiply."""

    name = "arith.mului_extended"


# -- float truncation with a rounding mode ----------------------------------------------------
def _print_rounding(op: Operation, p: Any) -> None:
    mode = op.properties.get("roundingmode")
    if mode is None:
        return
    p.write(" ")
    if isinstance(mode, IntegerAttr) and 0 <= mode.value < len(ROUNDING_MODES):
        p.write(ROUNDING_MODES[mode.value])
    else:
        p.print_attribute(mode)


_TRUNC_ELIDED = frozenset({"roundingmode", "fastmath"})


def _print_truncation(op: Operation, p: Any) -> None:
    """Shared by truncf and scaling_truncf: ` %x[, %scale] [mode] [fastmath<...>] {attrs} :
    <operand types> to <result type>`."""
    _operands(op, p)
    _print_rounding(op, p)
    print_fastmath(op, p)
    p.print_optional_attr_dict(_attrs(op), _TRUNC_ELIDED)
    p.write(" : ")
    for i, slot in enumerate(op.operand_slots):
        if i:
            p.write(", ")
        p.print_type(slot.value.type)
    p.write(" to ")
    p.print_type(op.results[0].type)


class TruncFOp(OpView):
    """`%r = arith.truncf %x [rounding-mode] [fastmath<...>] : f32 to f16`: to a strictly
    narrower float type; `roundingmode` is an index into ROUNDING_MODES (i32)."""

    name = "arith.truncf"
    traits = (Pure, SameInputOutputTensorDims, SameOperandsAndResultShape, Elementwise)
    hand_written_syntax = True
    in_ = operand(FLOAT_LIKE)
    out = result(FLOAT_LIKE)
    roundingmode = prop(ROUNDING_MODE, optional=True)
    fastmath = prop(IsA(FastMathFlagsAttr), optional=True)

    def verify_(self) -> str | None:
        src = self.op.operand_slots[0].value.type
        dst = self.op.results[0].type
        if not width_change(FloatType, False)(src, dst):
            return f"operand type '{src}' and result type '{dst}' are cast incompatible"
        return None

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        _print_truncation(op, p)


class ScalingTruncFOp(OpView):
    """`%r = arith.scaling_truncf %x, %scale [rounding-mode] [fastmath<...>] : f32,
    f8E8M0FNU to f4E2M1FN`: divides by the scale and truncates (OCP MX formats)."""

    name = "arith.scaling_truncf"
    traits = (Pure, SameInputOutputTensorDims, Elementwise)
    hand_written_syntax = True
    in_ = operand(FLOAT_LIKE)
    scale = operand(FLOAT_LIKE)
    out = result(FLOAT_LIKE)
    roundingmode = prop(ROUNDING_MODE, optional=True)
    fastmath = prop(IsA(FastMathFlagsAttr), optional=True)

    def verify_(self) -> str | None:
        return scaling_cast_error(self.op, wider=False)

    @staticmethod
    def print_custom(op: Operation, p: Any) -> None:
        _print_truncation(op, p)


SYNTAX_OPS = (
    CmpIOp,
    CmpFOp,
    SelectOp,
    AddUIExtendedOp,
    SubUIExtendedOp,
    MulSIExtendedOp,
    MulUIExtendedOp,
    TruncFOp,
    ScalingTruncFOp,
)


# -- grammar and callbacks ---------------------------------------------------------------------
_GRAMMAR = r"""
arith_cmp: arith_cmp_kw arith_predicate "," value_use "," value_use [arith_fastmath] [attribute_dict] ":" type
!arith_cmp_kw: "arith.cmpi" | "arith.cmpf"
arith_predicate: BARE_ID | STRING
arith_fastmath: "fastmath" "<" BARE_ID ("," BARE_ID)* ">"
arith_select: arith_select_kw value_use "," value_use "," value_use [attribute_dict] ":" type ["," type]
!arith_select_kw: "arith.select"
arith_carry: arith_carry_kw value_use "," value_use [attribute_dict] ":" type "," type
!arith_carry_kw: "arith.addui_extended" | "arith.subui_extended"
arith_widemul: arith_widemul_kw value_use "," value_use [attribute_dict] ":" type
!arith_widemul_kw: "arith.mulsi_extended" | "arith.mului_extended"
arith_truncf: arith_truncf_kw value_use [arith_rounding] [arith_fastmath] [attribute_dict] ":" type "to" type
!arith_truncf_kw: "arith.truncf"
arith_scaling_truncf: arith_scaling_truncf_kw value_use "," value_use [arith_rounding] [arith_fastmath] [attribute_dict] ":" type "," type "to" type
!arith_scaling_truncf_kw: "arith.scaling_truncf"
arith_rounding: BARE_ID
arith_exact: arith_exact_kw value_use "," value_use [arith_exact_flag] [attribute_dict] ":" type
!arith_exact_kw: "arith.divsi" | "arith.divui" | "arith.shrsi" | "arith.shrui"
!arith_exact_flag: "exact"
arith_nneg: arith_nneg_kw value_use [arith_nneg_flag] [attribute_dict] ":" type "to" type
!arith_nneg_kw: "arith.extui" | "arith.uitofp" | "arith.index_castui"
!arith_nneg_flag: "nneg"
%extend custom_operation: arith_cmp | arith_select | arith_carry | arith_widemul | arith_truncf
    | arith_scaling_truncf | arith_exact | arith_nneg
"""

_CLASSES = {cls.name: cls for cls in SYNTAX_OPS}


def register_unit_flag_op(cls: type) -> type:
    """Give `cls` (an op with a unit-attribute keyword flag, `exact` or `nneg`) the
    hand-written syntax of this module: the declarative format cannot anchor an optional
    group on a unit attribute yet. Its property `flag_property` is set when the keyword
    is written; `flag_keyword` is the keyword."""
    cls.hand_written_syntax = True
    cls.print_custom = staticmethod(_print_unit_flag_op)
    _CLASSES[cls.name] = cls
    return cls


def _print_unit_flag_op(op: Operation, p: Any) -> None:
    cls = op.op_def
    _operands(op, p)
    if cls.flag_property in op.properties:
        p.write(" " + cls.flag_keyword)
    p.print_optional_attr_dict(_attrs(op), (cls.flag_property,))
    p.write(" : ")
    p.print_type(op.operand_slots[0].value.type)
    if len(op.operand_slots) == 1:
        p.write(" to ")
        p.print_type(op.results[0].type)


def keyword_callback(state: Any) -> Any:
    """The callback of a `!kw: "dialect.op" | ...` rule: starts the op it names."""

    def push(children: list) -> str:
        name = str(children[0])
        state.begin_op(name)
        return name

    return push


def _predicate(state: Any) -> Any:
    def build(children: list) -> tuple[str, int]:
        text = str(children[0])
        if text.startswith('"'):
            text = text[1:-1]
        return (text, state.pos)

    return build


def fastmath_callback(state: Any) -> Any:
    """The callback of `"fastmath" "<" BARE_ID ("," BARE_ID)* ">"`: the flags attribute."""

    def build(children: list) -> Any:
        words = [str(w) for w in children]
        for word in words:
            if word not in FASTMATH_FLAGS and word not in ("fast", "none"):
                raise state.error(f"expected one of fast-math flags, got '{word}'", state.pos)
        return FastMathFlagsAttr(words)

    return build


def _rounding(state: Any) -> Any:
    def build(children: list) -> IntegerAttr:
        word = str(children[0])
        if word not in ROUNDING_MODES:
            raise state.error(
                "expected keyword containing one of the following enum values for attribute "
                f"'roundingmode' [{', '.join(ROUNDING_MODES)}]",
                state.pos,
            )
        return IntegerAttr(ROUNDING_MODES.index(word), IntegerType(32))

    return build


def _split(attrs: dict | None, cls: type) -> tuple[dict, dict]:
    """The attr-dict's entries: declared properties go to the properties."""
    props: dict = {}
    others: dict = {}
    names = {d.name for d in cls.property_defs}
    for key, value in (attrs or {}).items():
        (props if key in names else others)[key] = value
    return props, others


def _make(state: Any, name: str, operands: list, results: list, props: dict, attrs: Any) -> Any:
    cls = _CLASSES[name]
    extra, attributes = _split(attrs, cls)
    return cls.create(operands, results, {**extra, **props}, attributes)


def _cmp(state: Any) -> Any:
    def build(c: list) -> Operation:
        name, (predicate, pred_pos), lhs, rhs, fastmath, attrs, t = c
        state.end_op()
        cases = CmpIOp.predicates if name == "arith.cmpi" else CmpFOp.predicates
        if predicate not in cases:
            raise state.error(
                f"custom op '{name}' expected string or keyword containing one of the following "
                f"enum values for attribute 'predicate' [{', '.join(cases)}]",
                pred_pos,
            )
        if fastmath is not None and name == "arith.cmpi":
            raise state.error("custom op 'arith.cmpi' does not take fast-math flags", state.pos)
        operands = [state.resolve(lhs, t), state.resolve(rhs, t)]
        props = {"predicate": IntegerAttr(cases.index(predicate), IntegerType(64))}
        if fastmath is not None:
            props["fastmath"] = fastmath
        return _make(state, name, operands, [i1_same_shape(t)], props, attrs)

    return build


def _select(state: Any) -> Any:
    def build(c: list) -> Operation:
        name, cond, a, b, attrs, first, second = c
        state.end_op()
        cond_type, t = (first, second) if second is not None else (I1, first)
        operands = [state.resolve(cond, cond_type), state.resolve(a, t), state.resolve(b, t)]
        return _make(state, name, operands, [t], {}, attrs)

    return build


def _carry(state: Any) -> Any:
    def build(c: list) -> Operation:
        name, lhs, rhs, attrs, t, flag_type = c
        state.end_op()
        operands = [state.resolve(lhs, t), state.resolve(rhs, t)]
        return _make(state, name, operands, [t, flag_type], {}, attrs)

    return build


def _widemul(state: Any) -> Any:
    def build(c: list) -> Operation:
        name, lhs, rhs, attrs, t = c
        state.end_op()
        operands = [state.resolve(lhs, t), state.resolve(rhs, t)]
        return _make(state, name, operands, [t, t], {}, attrs)

    return build


def _flag_props(rounding: Any, fastmath: Any) -> dict:
    props = {}
    if rounding is not None:
        props["roundingmode"] = rounding
    if fastmath is not None:
        props["fastmath"] = fastmath
    return props


def _truncf(state: Any) -> Any:
    def build(c: list) -> Operation:
        name, value, rounding, fastmath, attrs, src, dst = c
        state.end_op()
        operands = [state.resolve(value, src)]
        return _make(state, name, operands, [dst], _flag_props(rounding, fastmath), attrs)

    return build


def _scaling_truncf(state: Any) -> Any:
    def build(c: list) -> Operation:
        name, value, scale, rounding, fastmath, attrs, src, scale_type, dst = c
        state.end_op()
        operands = [state.resolve(value, src), state.resolve(scale, scale_type)]
        return _make(state, name, operands, [dst], _flag_props(rounding, fastmath), attrs)

    return build


def _exact(state: Any) -> Any:
    def build(c: list) -> Operation:
        name, lhs, rhs, flag, attrs, t = c
        state.end_op()
        operands = [state.resolve(lhs, t), state.resolve(rhs, t)]
        props = {"isExact": UnitAttr()} if flag is not None else {}
        return _make(state, name, operands, [t], props, attrs)

    return build


def _nneg(state: Any) -> Any:
    def build(c: list) -> Operation:
        name, value, flag, attrs, src, dst = c
        state.end_op()
        props = {"nonNeg": UnitAttr()} if flag is not None else {}
        return _make(state, name, [state.resolve(value, src)], [dst], props, attrs)

    return build


ARITH_SYNTAX = CustomSyntax(
    _GRAMMAR,
    {
        "arith_cmp_kw": keyword_callback,
        "arith_select_kw": keyword_callback,
        "arith_carry_kw": keyword_callback,
        "arith_widemul_kw": keyword_callback,
        "arith_truncf_kw": keyword_callback,
        "arith_scaling_truncf_kw": keyword_callback,
        "arith_predicate": _predicate,
        "arith_fastmath": fastmath_callback,
        "arith_rounding": _rounding,
        "arith_cmp": _cmp,
        "arith_select": _select,
        "arith_carry": _carry,
        "arith_widemul": _widemul,
        "arith_truncf": _truncf,
        "arith_scaling_truncf": _scaling_truncf,
        "arith_exact_kw": keyword_callback,
        "arith_nneg_kw": keyword_callback,
        "arith_exact": _exact,
        "arith_nneg": _nneg,
    },
)
