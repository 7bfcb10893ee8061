"""Canonicalization patterns of the arith dialect: reassociation of constants through
chains of addi, subi and muli (MLIR's AddIAddConstant, SubIRHSAddConstant, ... family).

Each pattern rewrites `op(inner(x, c0), c1)` (or with the constants on the other side)
into one op of `x` and a new constant computed with wraparound; the new op keeps the
overflow flags both ops had (their intersection), as MLIR's MergeOverflow does (except
SubIRHSAddConstant, whose MLIR rule drops them). More arith patterns are in
arith_patterns_extra and arith_patterns_imperative.
"""

from __future__ import annotations

from typing import Any

from pyir.builtin_attributes import IntegerAttr
from pyir.core import Operation
from pyir.patterns import RewritePattern


def _constant(value: Any) -> IntegerAttr | None:
    owner = value.owner
    if isinstance(owner, Operation) and owner.name == "arith.constant":
        attr = owner.properties.get("value")
        if isinstance(attr, IntegerAttr):
            return attr
    return None


def defined_by(value: Any, *names: str) -> Operation | None:
    """The op defining `value` when its name is one of `names`, else None."""
    owner = value.owner
    return owner if isinstance(owner, Operation) and owner.name in names else None


def _flags(a: Operation, b: Operation) -> Any:
    from pyir.dialects.arith_attrs import IntegerOverflowFlagsAttr

    fa = a.properties.get("overflowFlags")
    fb = b.properties.get("overflowFlags")
    if fa is None or fb is None:
        return IntegerOverflowFlagsAttr(())
    return IntegerOverflowFlagsAttr(fa.value & fb.value)


class _Reassociate(RewritePattern):
    """`root(inner(...), c1)` with constants: subclasses say which shapes and results."""

    inner = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # Lets the driver skip ops whose operands cannot match, without a call.
        cls.operand_producers = ((0, cls.inner), (1, "arith.constant"))

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lhs, rhs = op.operands
        c1 = _constant(rhs)
        if c1 is None:
            return False
        inner = defined_by(lhs, self.inner)
        if inner is None:
            return False
        a, b = inner.operands
        c_left, c_right = _constant(a), _constant(b)
        if c_right is not None:
            return self.rewrite(op, rewriter, inner, a, c_right.value, c1.value, True)
        if c_left is not None:
            return self.rewrite(op, rewriter, inner, b, c_left.value, c1.value, False)
        return False

    def rewrite(
        self,
        op: Operation,
        rewriter: Any,
        inner: Operation,
        x: Any,
        c0: int,
        c1: int,
        constant_on_right: bool,
    ) -> bool:
        raise NotImplementedError

    def replace(
        self,
        op: Operation,
        rewriter: Any,
        inner: Operation,
        name: str,
        lhs: Any,
        rhs: Any,
        merge_flags: bool = True,
    ) -> bool:
        from pyir.dialects import arith
        from pyir.dialects.arith_attrs import NO_OVERFLOW

        cls = {"arith.addi": arith.AddIOp, "arith.subi": arith.SubIOp, "arith.muli": arith.MulIOp}
        flags = _flags(op, inner) if merge_flags else NO_OVERFLOW
        new = rewriter.create(
            cls[name],
            [lhs, rhs],
            [op.results[0].type],
            {"overflowFlags": flags},
            location=op.location,
        )
        rewriter.replace_op(op, new)
        return True

    def constant(self, op: Operation, rewriter: Any, value: int) -> Any:
        from pyir.dialects.arith import ConstantOp

        t = op.results[0].type
        const = rewriter.create(
            ConstantOp, [], [t], {"value": IntegerAttr(t.normalize(value), t)}, location=op.location
        )
        return const.results[0]


class AddIAddConstant(_Reassociate):
    """(x + c0) + c1 -> x + (c0 + c1)"""

    root = "arith.addi"
    inner = "arith.addi"

    def rewrite(self, op, rewriter, inner, x, c0, c1, right):  # type: ignore[no-untyped-def]
        return self.replace(
            op, rewriter, inner, "arith.addi", x, self.constant(op, rewriter, c0 + c1)
        )


class AddISubConstant(_Reassociate):
    """(x - c0) + c1 -> x + (c1 - c0);  (c0 - x) + c1 -> (c0 + c1) - x"""

    root = "arith.addi"
    inner = "arith.subi"

    def rewrite(self, op, rewriter, inner, x, c0, c1, right):  # type: ignore[no-untyped-def]
        if right:
            return self.replace(
                op, rewriter, inner, "arith.addi", x, self.constant(op, rewriter, c1 - c0)
            )
        return self.replace(
            op, rewriter, inner, "arith.subi", self.constant(op, rewriter, c0 + c1), x
        )


class SubIRHSAddConstant(_Reassociate):
    """(x + c0) - c1 -> x + (c0 - c1), without overflow flags (as MLIR's rule builds it)"""

    root = "arith.subi"
    inner = "arith.addi"

    def rewrite(self, op, rewriter, inner, x, c0, c1, right):  # type: ignore[no-untyped-def]
        k = self.constant(op, rewriter, c0 - c1)
        return self.replace(op, rewriter, inner, "arith.addi", x, k, merge_flags=False)


class SubIRHSSubConstant(_Reassociate):
    """(x - c0) - c1 -> x - (c0 + c1);  (c0 - x) - c1 -> (c0 - c1) - x"""

    root = "arith.subi"
    inner = "arith.subi"

    def rewrite(self, op, rewriter, inner, x, c0, c1, right):  # type: ignore[no-untyped-def]
        if right:
            return self.replace(
                op, rewriter, inner, "arith.subi", x, self.constant(op, rewriter, c0 + c1)
            )
        return self.replace(
            op, rewriter, inner, "arith.subi", self.constant(op, rewriter, c0 - c1), x
        )


class SubILHSConstant(RewritePattern):
    """c1 - (x + c0) -> (c1 - c0) - x;  c1 - (x - c0) -> (c0 + c1) - x;
    c1 - (c0 - x) -> x + (c1 - c0)"""

    root = "arith.subi"
    operand_producers = ((0, "arith.constant"),)

    def match_and_rewrite(self, op: Operation, rewriter: Any) -> bool:
        lhs, rhs = op.operands
        c1 = _constant(lhs)
        inner = rhs.owner
        if c1 is None or not isinstance(inner, Operation):
            return False
        if inner.name not in ("arith.addi", "arith.subi"):
            return False
        a, b = inner.operands
        ca, cb = _constant(a), _constant(b)
        helper = AddIAddConstant()
        if inner.name == "arith.addi":
            x, c0 = (a, cb) if cb is not None else (b, ca)
            if c0 is None:
                return False
            k = helper.constant(op, rewriter, c1.value - c0.value)
            return helper.replace(op, rewriter, inner, "arith.subi", k, x)
        if cb is not None:  # c1 - (x - c0)
            k = helper.constant(op, rewriter, cb.value + c1.value)
            return helper.replace(op, rewriter, inner, "arith.subi", k, a)
        if ca is not None:  # c1 - (c0 - x)
            k = helper.constant(op, rewriter, c1.value - ca.value)
            return helper.replace(op, rewriter, inner, "arith.addi", b, k)
        return False


class MulIMulIConstant(_Reassociate):
    """(x * c0) * c1 -> x * (c0 * c1)"""

    root = "arith.muli"
    inner = "arith.muli"

    def rewrite(self, op, rewriter, inner, x, c0, c1, right):  # type: ignore[no-untyped-def]
        return self.replace(
            op, rewriter, inner, "arith.muli", x, self.constant(op, rewriter, c0 * c1)
        )


PATTERNS: dict[str, tuple] = {
    "arith.addi": (AddIAddConstant, AddISubConstant),
    "arith.subi": (SubIRHSAddConstant, SubIRHSSubConstant, SubILHSConstant),
    "arith.muli": (MulIMulIConstant,),
}


def install_patterns(ops: list[type]) -> None:
    for cls in ops:
        patterns = PATTERNS.get(cls.name)
        if patterns:
            cls.canonicalization_patterns = patterns  # type: ignore[attr-defined]
