"""Dialect conversion (MLIR's DialectConversion): rewrite ops until they are legal for a
`ConversionTarget`, with patterns that see their operands already converted.

    target = ConversionTarget()
    target.add_legal_dialect("llvm"); target.add_illegal_dialect("toy")
    patterns = PatternSet([LowerToyAdd(type_converter), ...])
    result = apply_partial_conversion(module, target, patterns, ConversionConfig(context))
    if not result: ...  # diagnostics were emitted; the IR is as it was

The driver (`_Converter`):
1. collects the ops under the roots in pre-order (blocks in region order), not entering
   recursively legal ops;
2. legalizes each op still in the IR: a legal op is done; otherwise its fold hook is tried
   (constants it yields are materialized by its dialect and legalized in turn), then the
   patterns for it, in cost order (below). A pattern is applied through a
   `ConversionPatternRewriter`; when it succeeds, every op it created, every op it modified
   and every block it moved into a region with a type converter are legalized
   recursively; if any of that fails, or the pattern itself fails, every change since the
   pattern started is rolled back and the next pattern is tried. A pattern is not applied
   to ops created while it is already being applied (recursion), unless it sets
   `has_bounded_rewrite_recursion`;
3. on failure (full mode: any op not legalized; partial mode: an op explicitly illegal
   not legalized) reports `failed to legalize operation 'x.y'` at the op and rolls the
   whole conversion back; analysis mode rolls back in any case and reports the
   legalizable ops;
4. otherwise reconciles the casts the framework inserted (`reconcile_unrealized_casts`)
   and hands the live ones to the type converter's materializations: what they build
   replaces the cast; when none applies the cast stays (`TypeConverter.cast_fallback`),
   or, when the converter disallows that or the cast has no inputs (a value erased while
   still used), the conversion fails with MLIR's "failed to legalize unresolved
   materialization ..." error.

Cost order: the patterns that may apply to an op come by increasing *depth*, then by
decreasing benefit, then in the order they were added. A pattern's depth is 1 plus the
largest depth of the ops it declares in `generated_ops` (an op name's depth: 0 when no
pattern rewrites it, else the least depth of its patterns). Without `generated_ops` every
pattern has depth 1, and the order is the benefit order. (MLIR computes the same from
the legalization graph; pyir only counts patterns rooted on an op name.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pyir.builder import InsertionPoint
from pyir.conversion_casts import reconcile_unrealized_casts
from pyir.conversion_rewriter import (
    ARGUMENT,
    CREATE_BLOCK,
    CREATE_OP,
    ERASE_OP,
    MODIFY,
    MOVE_BLOCK,
    TARGET,
    ConversionPatternRewriter,
)
from pyir.conversion_target import ConversionTarget, LegalizationAction
from pyir.core import IRError, Operation, Value
from pyir.diagnostics import Diagnostic, Severity
from pyir.folding import FoldError, fold_op
from pyir.patterns import FrozenPatternSet, PatternSet, RewritePattern
from pyir.traits import ConstantLike
from pyir.type_converter import SignatureConversion, TypeConverter
from pyir.verifier import describe_op

__all__ = [
    "ConversionConfig",
    "ConversionPattern",
    "ConversionPatternRewriter",
    "ConversionResult",
    "ConversionTarget",
    "LegalizationAction",
    "OpAdaptor",
    "OpConversionPattern",
    "SignatureConversion",
    "TypeConverter",
    "apply_analysis_conversion",
    "apply_full_conversion",
    "apply_partial_conversion",
    "reconcile_unrealized_casts",
]


# -- patterns -------------------------------------------------------------------------------------
class OpAdaptor(list):
    """The converted operands of an op, as a list (one value per original operand) with
    the op's operand groups by name: `adaptor.lhs`, a list for a variadic group, None for
    an absent optional one (MLIR's OpAdaptor)."""

    __slots__ = ("op",)

    def __init__(self, values: Iterable[Value], op: Operation) -> None:
        super().__init__(values)
        self.op = op

    def __getattr__(self, name: str) -> Any:
        op_def = self.op.op_def if name != "op" else None
        if op_def is not None:
            for d in op_def.operand_defs:
                if d.name == name:
                    start, size = op_def(self.op).segment("operand", d.index, len(self))
                    group = self[start : start + size]
                    if d.variadic:
                        return group
                    if d.optional:
                        return group[0] if group else None
                    return group[0]
        raise AttributeError(f"'{self.op.name}' has no operand group '{name}'")


class ConversionPattern(RewritePattern):
    """A pattern of a dialect conversion (MLIR's ConversionPattern).

    `match_and_rewrite(op, operands, rewriter)` gets the converted operands (an
    OpAdaptor: one value per original operand, of the type `type_converter` converts it
    to; without a converter, the newest value that replaced it) and changes the IR only
    through `rewriter` (a ConversionPatternRewriter). It returns True when it replaced,
    erased or modified `op` (nothing else counts), False having changed nothing (changes
    made before returning False are rolled back anyway).

    For 1:N type conversions override `match_and_rewrite_one_to_n(op, groups, rewriter)`,
    which gets a list of values for each original operand; the default passes 1:1 groups
    on to `match_and_rewrite` and fails on others.

    `generated_ops` names the ops the pattern may create (for the cost order);
    `has_bounded_rewrite_recursion` allows it to apply to ops it created itself.
    """

    generated_ops: ClassVar[tuple[str, ...]] = ()
    has_bounded_rewrite_recursion: ClassVar[bool] = False

    def __init__(
        self, type_converter: TypeConverter | None = None, benefit: int | None = None
    ) -> None:
        self.type_converter = type_converter
        if benefit is not None:
            self.benefit = benefit  # type: ignore[misc]

    def match_and_rewrite(self, op: Operation, operands: Any, rewriter: Any) -> bool:  # type: ignore[override]
        raise NotImplementedError(f"{type(self).__name__}.match_and_rewrite")

    def match_and_rewrite_one_to_n(
        self, op: Operation, groups: list[list[Value]], rewriter: Any
    ) -> bool:
        values = []
        for group in groups:
            if len(group) != 1:
                return rewriter.notify_match_failure(
                    op, f"pattern '{self.debug_name}' does not support 1:N conversion"
                )
            values.append(group[0])
        return self.match_and_rewrite(op, OpAdaptor(values, op), rewriter)


class OpConversionPattern(ConversionPattern):
    """A ConversionPattern for the ops of one class: set `op_class` (an OpView subclass)
    instead of `root`."""

    op_class: ClassVar[Any] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        op_class = cls.__dict__.get("op_class")
        if op_class is not None:
            name = getattr(op_class, "name", None)
            if not isinstance(name, str) or "." not in name:
                raise TypeError(f"{cls.__name__}.op_class must be an op class, not {op_class!r}")
            cls.root = name


# -- configuration and results ---------------------------------------------------------------------
@dataclass
class ConversionConfig:
    """How a conversion runs. `context` (optional) receives the diagnostics; `fold` tries
    an illegal op's fold hook before its patterns (as MLIR does)."""

    context: Any = None
    fold: bool = True


@dataclass
class ConversionResult:
    """`succeeded` (also the truth value); `diagnostics` emitted; `unlegalized_ops` (partial
    mode: pre-existing ops left unconverted) and `legalizable_ops` (analysis mode)."""

    succeeded: bool
    diagnostics: list[Diagnostic] = field(default_factory=list)
    unlegalized_ops: set[Operation] = field(default_factory=set)
    legalizable_ops: set[Operation] = field(default_factory=set)

    def __bool__(self) -> bool:
        return self.succeeded


PARTIAL, FULL, ANALYSIS = "partial", "full", "analysis"


def apply_partial_conversion(
    ops: Operation | Iterable[Operation],
    target: ConversionTarget,
    patterns: Any,
    config: ConversionConfig | None = None,
) -> ConversionResult:
    """Convert what can be converted; pre-existing ops that are not explicitly illegal
    may stay. On failure the IR is left as it was."""
    return _Converter(target, patterns, config, PARTIAL).run(ops)


def apply_full_conversion(
    ops: Operation | Iterable[Operation],
    target: ConversionTarget,
    patterns: Any,
    config: ConversionConfig | None = None,
) -> ConversionResult:
    """Convert every op to a legal one, or fail and leave the IR as it was."""
    return _Converter(target, patterns, config, FULL).run(ops)


def apply_analysis_conversion(
    ops: Operation | Iterable[Operation],
    target: ConversionTarget,
    patterns: Any,
    config: ConversionConfig | None = None,
) -> ConversionResult:
    """Find which ops could be legalized (`legalizable_ops`) without changing the IR."""
    return _Converter(target, patterns, config, ANALYSIS).run(ops)


# -- the driver ---------------------------------------------------------------------------------------
def _freeze(patterns: Any) -> FrozenPatternSet:
    if isinstance(patterns, FrozenPatternSet):
        return patterns
    if isinstance(patterns, PatternSet):
        return patterns.freeze()
    return PatternSet(patterns).freeze()


class _Converter:
    """One conversion run (MLIR's OperationConverter with its OperationLegalizer)."""

    def __init__(
        self, target: ConversionTarget, patterns: Any, config: ConversionConfig | None, mode: str
    ) -> None:
        self.target = target
        self.patterns = _freeze(patterns)
        self.config = config or ConversionConfig()
        self.mode = mode
        self.rewriter = ConversionPatternRewriter(self.config.context)
        self._folding: set[Operation] = set()
        self.active: set[RewritePattern] = set()
        self._ordered: dict[Any, tuple] = {}
        self._depths: dict[str, float] = {}
        self.roots: set[Operation] = set()
        self.result = ConversionResult(True)

    # -- entry --------------------------------------------------------------------------------
    def run(self, ops: Operation | Iterable[Operation]) -> ConversionResult:
        roots = [ops] if isinstance(ops, Operation) else list(ops)
        self.roots = set(roots)
        target = self.target
        to_convert: list[Operation] = []
        for root in roots:
            stack = [root]
            while stack:
                op = stack.pop()
                to_convert.append(op)
                if op.regions and not target.is_recursively_legal(op):
                    nested = []
                    for region in op.regions:
                        for block in region.blocks:
                            child = block.first_op
                            while child is not None:
                                nested.append(child)
                                child = child.next_op
                    nested.reverse()
                    stack.extend(nested)
        rewriter = self.rewriter
        ignored = rewriter.ignored
        mode = self.mode
        result = self.result
        for op in to_convert:
            if op in ignored or not self._alive(op):
                continue
            if self.legalize(op):
                if mode == ANALYSIS:
                    result.legalizable_ops.add(op)
                continue
            if mode == FULL:
                return self._fail(op, f"failed to legalize operation '{op.name}'")
            if mode == PARTIAL:
                if target.is_illegal(op):
                    return self._fail(
                        op,
                        f"failed to legalize operation '{op.name}' that was explicitly marked illegal",
                    )
                result.unlegalized_ops.add(op)
        if mode == ANALYSIS:
            rewriter.undo_to(0)
            return result
        if not self._finish():
            rewriter.undo_to(0)
            result.succeeded = False
            result.unlegalized_ops.clear()
        return result

    def _alive(self, op: Operation) -> bool:
        """Whether `op` is still nested in a root (not erased with an ancestor)."""
        roots = self.roots
        while op not in roots:
            block = op.parent
            if block is None:
                return False
            region = block.parent
            if region is None:
                return False
            op = region.parent
            if op is None:
                return False
        return True

    def _fail(self, op: Operation, message: str) -> ConversionResult:
        shown = describe_op(op)
        if shown != f'"{op.name}"':
            message += ": " + shown
        self._emit(Diagnostic(Severity.ERROR, message, op.location))
        self.rewriter.undo_to(0)
        self.result.succeeded = False
        self.result.unlegalized_ops.clear()
        return self.result

    def _emit(self, diag: Diagnostic) -> None:
        self.result.diagnostics.append(diag)
        context = self.config.context
        if context is not None:
            context.diagnostics.emit(diag)

    # -- legalizing one op ------------------------------------------------------------------------
    def legalize(self, op: Operation) -> bool:
        target = self.target
        if target.is_legal(op):
            if op.regions and target.is_recursively_legal(op):
                self.rewriter.ignore_nested(op)
            return True
        if op in self.rewriter.ignored:
            return True
        if self.config.fold and self._legalize_with_fold(op):
            return True
        return self._legalize_with_pattern(op)

    def _legalize_with_fold(self, op: Operation) -> bool:
        op_def = op.op_def
        if op_def is None or getattr(op_def, "fold", None) is None:
            return False
        if ConstantLike in op_def.traits_set or op in self._folding:
            return False
        rewriter = self.rewriter
        mark = len(rewriter.log)
        rewriter.start_op_modification(op)
        try:
            folded = fold_op(op)
        except FoldError:
            folded = None
        if folded is None:
            del rewriter.log[mark:]  # the hook changed nothing
            return False
        if all(v is op.results[i] for i, v in enumerate(folded)):
            # Folded in place: the op changed; it may be legal now.
            self._folding.add(op)
            try:
                if self.legalize(op):
                    return True
            finally:
                self._folding.discard(op)
            rewriter.undo_to(mark)
            return False
        dialect = op_def.dialect
        materialize = getattr(dialect, "materialize_constant", None)
        rewriter.insertion_point = InsertionPoint(op.parent, op)
        rewriter.current_converter = None
        values = []
        start = len(rewriter.log)
        for i, v in enumerate(folded):
            if not isinstance(v, Value):
                const = None
                if materialize is not None:
                    const = materialize(rewriter, v, op.results[i].type, op.location)
                if const is None:
                    rewriter.undo_to(mark)
                    return False
                v = const.results[0]
            values.append(v)
        created = [e[1] for e in rewriter.log[start:] if e[0] == CREATE_OP]
        rewriter.replace_op(op, values)
        for new in created:
            if not self.legalize(new):
                rewriter.undo_to(mark)
                return False
        return True

    def _candidates(self, op: Operation) -> tuple:
        key = (op.name, op.op_def)
        found = self._ordered.get(key)
        if found is None:
            base = self.patterns.patterns_for(op)
            if any(getattr(p, "generated_ops", ()) for p in base):
                base = tuple(sorted(base, key=self._pattern_depth))  # stable: benefit order kept
            found = self._ordered[key] = base
        return found

    def _pattern_depth(self, pattern: Any) -> float:
        depth = 1.0
        for name in getattr(pattern, "generated_ops", ()):
            depth = max(depth, self._op_depth(name) + 1)
        return depth

    def _op_depth(self, name: str) -> float:
        known = self._depths.get(name)
        if known is not None:
            return known
        patterns = [p for p in self.patterns.patterns if p.root == name]
        if not patterns or self.target.action_of(name) is LegalizationAction.LEGAL:
            self._depths[name] = 0.0
            return 0.0
        self._depths[name] = float("inf")  # a cycle through this op counts as unreachable
        depth = min(self._pattern_depth(p) for p in patterns)
        self._depths[name] = depth
        return depth

    def _legalize_with_pattern(self, op: Operation) -> bool:
        rewriter = self.rewriter
        active = self.active
        log = rewriter.log
        for pattern in self._candidates(op):
            if pattern in active and not getattr(pattern, "has_bounded_rewrite_recursion", False):
                continue
            mark = len(log)
            active.add(pattern)
            try:
                rewriter.insertion_point = InsertionPoint(op.parent, op)
                if isinstance(pattern, ConversionPattern):
                    converter = pattern.type_converter
                    groups = rewriter.remap_operands(op, converter)
                    if groups is None:
                        rewriter.undo_to(mark)
                        continue
                    rewriter.current_converter = converter
                    applied = pattern.match_and_rewrite_one_to_n(op, groups, rewriter)
                else:
                    rewriter.current_converter = None
                    applied = pattern.match_and_rewrite(op, rewriter)
                if applied and self._legalize_result(op, pattern, mark):
                    return True
            finally:
                active.discard(pattern)
            rewriter.undo_to(mark)
        return False

    def _legalize_result(self, op: Operation, pattern: Any, mark: int) -> bool:
        """Legalize what the pattern created, modified or moved (entries after `mark`)."""
        log = self.rewriter.log
        entries = log[mark:]
        touched = False
        for entry in entries:
            if entry[1] is op and (entry[0] == ERASE_OP or entry[0] == MODIFY):
                touched = True
                break
        if not touched:
            raise IRError(
                f"pattern '{pattern.debug_name}' returned success but neither replaced, "
                f"erased nor modified '{op.name}'"
            )
        converters = self.rewriter.region_converters
        seen: set = set()
        for entry in entries:
            kind = entry[0]
            if kind == CREATE_OP:
                new = entry[1]
                if new.parent is not None and new not in self.rewriter.materializations:
                    if not self.legalize(new):
                        return False
            elif kind == MODIFY:
                modified = entry[1]
                if modified not in seen and self._alive(modified):
                    seen.add(modified)
                    if not self.legalize(modified):
                        return False
            elif kind == CREATE_BLOCK or kind == MOVE_BLOCK:
                block = entry[1]
                region = block.parent
                converter = converters.get(region) if region is not None else None
                if converter is not None and block.args:
                    conversion = converter.convert_block_signature(block)
                    if conversion is None:
                        return False
                    self.rewriter.apply_signature_conversion(block, conversion, converter)
        return True

    # -- after the conversion ------------------------------------------------------------------
    def _finish(self) -> bool:
        rewriter = self.rewriter
        casts = [c for c in rewriter.materializations if c.parent is not None]
        remaining = reconcile_unrealized_casts(casts, rewriter)
        for cast in remaining:
            kind, converter, original = rewriter.materializations[cast]
            inputs = [s.value for s in cast.operand_slots]
            types = [r.type for r in cast.results]
            values = None
            if converter is not None and inputs:
                rewriter.insertion_point = InsertionPoint(cast.parent, cast)
                rewriter.current_converter = None
                loc = cast.location
                if kind == TARGET:
                    values = converter.materialize_target_conversion(rewriter, types, inputs, loc)
                else:
                    value = None
                    if kind == ARGUMENT:
                        value = converter.materialize_argument_conversion(
                            rewriter, types[0], inputs, loc
                        )
                    if value is None:
                        value = converter.materialize_source_conversion(
                            rewriter, types[0], inputs, loc
                        )
                    values = None if value is None else [value]
            if values is not None:
                rewriter.replace_op(cast, values)
                continue
            if inputs and (converter is None or converter.cast_fallback):
                continue  # the cast itself is the materialization
            self._unresolved(cast, inputs, types)
            return False
        return True

    def _unresolved(self, cast: Operation, inputs: list, types: list) -> None:
        def listing(ts: list) -> str:
            return ", ".join(str(t) for t in ts)

        diag = Diagnostic(
            Severity.ERROR,
            f"failed to legalize unresolved materialization from "
            f"({listing([v.type for v in inputs])}) to ({listing(types)}) "
            "that remained live after conversion",
            cast.location,
        )
        user = cast.results[0].first_use.owner
        diag.attach_note(f"see existing live user here: {describe_op(user)}", user.location)
        self._emit(diag)
