"""The arith canonicalization patterns that look at result types or uses, which the rule
language does not express: written as RewritePatterns (see arith_patterns_extra for the
declarative ones).

- `addui_extended`, `mulsi_extended`, `mului_extended` whose second result is unused become
  `addi` / `muli` (the unused result is replaced by the left operand, as in MLIR);
- `mulsi_extended(x, 1)` is `x, extsi(cmpi slt, x, 0)`;
- `index_cast(index_cast(x))` is x when the types round-trip (also `index_castui`);
- `trunci(extsi(x))` / `trunci(extui(x))` that only drop extension bits is one extension;
- `trunci(shrsi(x, c))` is `trunci(shrui(x, c))` when c is the width difference;
- `truncf(sitofp(x))` / `truncf(uitofp(x))` without a rounding mode convert at once;
- `select(c, 1, 0)` is `extui(c)`, `select(c, 0, 1)` is `extui(xori(c, true))`;
- `cmpf(sitofp(x), c)` / `cmpf(uitofp(x), c)` compare `x` (arith_cmpf_int).
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.builtin_types import I1, IndexType, IntegerType
from pyir.core import Operation
from pyir.dialects.arith_canonicalize import defined_by
from pyir.dialects.arith_cmpf_int import CmpFIntToFPConst
from pyir.folding import constant_value
from pyir.patterns import RewritePattern


def _element_width(t: Any) -> int:
    e = getattr(t, "element_type", t)
    if isinstance(e, IndexType):
        return -1  # getScalarOrElementWidth: index is not an int-or-float type
    return getattr(e, "width", -1)


def _splat_int(value: Any) -> int | None:
    from pyir.dialects.arith_patterns_extra import _splat_int as splat

    return splat(constant_value(value))


def _cls(name: str) -> Any:
    from pyir.dialects import arith

    return arith.DIALECT.op_by_name[name]


class _ExtendedToPlain(RewritePattern):
    """`%a, %b = op(x, y)` with `%b` unused -> `plain(x, y), x`."""

    plain = ""

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        if op.results[1].first_use is not None:
            return False
        x, y = op.operands
        new = rewriter.create(
            _cls(self.plain), [x, y], [op.results[0].type], {}, location=op.location
        )
        rewriter.replace_op(op, [new.results[0], x])
        return True


class AddUIExtendedToAddI(_ExtendedToPlain):
    root = "arith.addui_extended"
    plain = "arith.addi"


class MulSIExtendedToMulI(_ExtendedToPlain):
    root = "arith.mulsi_extended"
    plain = "arith.muli"


class MulUIExtendedToMulI(_ExtendedToPlain):
    root = "arith.mului_extended"
    plain = "arith.muli"


class MulSIExtendedRHSOne(RewritePattern):
    """mulsi_extended(x, 1) -> x, extsi(cmpi slt, x, 0)"""

    root = "arith.mulsi_extended"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        from pyir.dialects.arith_more_folding import _filled
        from pyir.dialects.arith_types import i1_same_shape

        x, one = op.operands
        attr = constant_value(one)
        if _splat_int(one) != 1 or (isinstance(attr, IntegerAttr) and attr.type == I1):
            return False  # an i1 "one" is -1, not strictly positive
        zero_attr = _filled(x.type, 0)
        if zero_attr is None:
            return False
        zero = rewriter.create(
            _cls("arith.constant"), [], [x.type], {"value": zero_attr}, location=op.location
        )
        predicate = IntegerAttr(2, IntegerType(64))  # slt
        cmp = rewriter.create(
            _cls("arith.cmpi"),
            [x, zero.results[0]],
            [i1_same_shape(x.type)],
            {"predicate": predicate},
            location=op.location,
        )
        ext = rewriter.create(
            _cls("arith.extsi"), [cmp.results[0]], [x.type], {}, location=op.location
        )
        rewriter.replace_op(op, [x, ext.results[0]])
        return True


class _CastOfCast(RewritePattern):
    """index_cast(index_cast(x)) -> x when x has the result's type."""

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        inner = defined_by(op.operands[0], self.root)
        if inner is None or inner.operands[0].type != op.results[0].type:
            return False
        rewriter.replace_op(op, [inner.operands[0]])
        return True


class IndexCastOfIndexCast(_CastOfCast):
    root = "arith.index_cast"


class IndexCastUIOfIndexCastUI(_CastOfCast):
    root = "arith.index_castui"


class _TruncIOfExt(RewritePattern):
    """trunci(ext(x)) -> ext(x) when ext is wider than the result, the result wider than x."""

    root = "arith.trunci"
    ext = ""

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        inner = defined_by(op.operands[0], self.ext)
        if inner is None:
            return False
        x = inner.operands[0]
        ext_w, tr_w, x_w = (_element_width(v.type) for v in (inner.results[0], op.results[0], x))
        if not (ext_w > tr_w > 0 and tr_w > x_w > 0):
            return False
        new = rewriter.create(_cls(self.ext), [x], [op.results[0].type], {}, location=op.location)
        rewriter.replace_op(op, new)
        return True


class TruncIExtSIToExtSI(_TruncIOfExt):
    ext = "arith.extsi"


class TruncIExtUIToExtUI(_TruncIOfExt):
    ext = "arith.extui"


class TruncIShrSIToTrunciShrUI(RewritePattern):
    """trunci(shrsi(x, c)) -> trunci(shrui(x, c)) when c is the width difference: the bits
    kept are the same either way."""

    root = "arith.trunci"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        shr = defined_by(op.operands[0], "arith.shrsi")
        if shr is None:
            return False
        x, amount = shr.operands
        c = constant_value(amount)
        shift = _splat_int(amount)
        if c is None or shift is None:
            return False
        if _element_width(x.type) - _element_width(op.results[0].type) != shift:
            return False
        const = rewriter.create(
            _cls("arith.constant"), [], [c.type], {"value": c}, location=op.location
        )
        shrui = rewriter.create(
            _cls("arith.shrui"), [x, const.results[0]], [x.type], {}, location=op.location
        )
        props = dict(op.properties)
        new = rewriter.create(
            _cls("arith.trunci"),
            [shrui.results[0]],
            [op.results[0].type],
            props,
            location=op.location,
        )
        rewriter.replace_op(op, new)
        return True


class _TruncFOfIntToFP(RewritePattern):
    """truncf(sitofp(x)) -> sitofp(x) (and uitofp) when truncf has no rounding mode."""

    root = "arith.truncf"
    cast = ""

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        inner = defined_by(op.operands[0], self.cast)
        if inner is None or op.properties.get("roundingmode") is not None:
            return False
        new = rewriter.create(
            _cls(self.cast), [inner.operands[0]], [op.results[0].type], {}, location=op.location
        )
        rewriter.replace_op(op, new)
        return True


class TruncFSIToFPToSIToFP(_TruncFOfIntToFP):
    cast = "arith.sitofp"


class TruncFUIToFPToUIToFP(_TruncFOfIntToFP):
    cast = "arith.uitofp"


class SelectToExtUI(RewritePattern):
    """select(c, 1, 0) -> extui(c);  select(c, 0, 1) -> extui(xori(c, true)), for integer
    results wider than i1."""

    root = "arith.select"

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        t = op.results[0].type
        if not isinstance(t, IntegerType) or t.width == 1:
            return False
        condition, true_value, false_value = op.operands
        a, b = _splat_int(true_value), _splat_int(false_value)
        if (a, b) == (1, 0):
            source = condition
        elif (a, b) == (0, 1):
            one = rewriter.create(
                _cls("arith.constant"),
                [],
                [condition.type],
                {"value": IntegerAttr(-1, I1)},
                location=op.location,
            )
            xor = rewriter.create(
                _cls("arith.xori"),
                [condition, one.results[0]],
                [condition.type],
                {},
                location=op.location,
            )
            source = xor.results[0]
        else:
            return False
        new = rewriter.create(_cls("arith.extui"), [source], [t], {}, location=op.location)
        rewriter.replace_op(op, new)
        return True


IMPERATIVE = [
    AddUIExtendedToAddI(),
    MulSIExtendedToMulI(),
    MulSIExtendedRHSOne(),
    MulUIExtendedToMulI(),
    IndexCastOfIndexCast(),
    IndexCastUIOfIndexCastUI(),
    TruncIExtSIToExtSI(),
    TruncIExtUIToExtUI(),
    TruncIShrSIToTrunciShrUI(),
    TruncFSIToFPToSIToFP(),
    TruncFUIToFPToUIToFP(),
    SelectToExtUI(),
    CmpFIntToFPConst(),
]
