"""The IR verifier: structural rules, declared constraints, symbols, isolation, dominance.

`verify(op, diagnostics)` checks `op` and everything nested in it and emits MLIR-worded
errors (with notes) at the offending ops' locations. How the work is organised, and why:

- Like MLIR, verification proceeds in *units*: the root op, and every op with regions
  that is IsolatedFromAbove. A unit is checked in two passes. Pass 1 walks the unit's ops
  and blocks, except the insides of nested isolated ops: per op the structural checks,
  then `pyir.opdef.verify_declared` (fields, traits, the op's `verify_` hook); per block
  the terminator and successor rules. When pass 1 leaves an op, the isolated ops directly
  inside it are verified as units of their own, all of them even if one fails (so each
  function of a module reports its first error), and then the op's region rules (its
  `verify_regions_` hook, MLIR's verifyRegions; the symbol table) run. Pass 2, only if
  pass 1 succeeded, checks isolation and SSA dominance of every operand in the unit.
- Within a unit, verification stops at the first error, as MLIR does; a failed nested
  unit fails its parent.
- Nothing recurses on the Python stack: both passes are explicit-stack machines, so a
  20,000-deep nest verifies. Both are linear: in pass 2, a use in the defining block is
  decided by membership in the set of ops already walked (the walk visits a block's ops
  in order), and a use in a nested region finds the user's ancestor in the defining
  region through a map of the regions currently being walked, not by climbing parents.
  Blocks in different positions of a multi-block region use a dominator tree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pyir.core import Block, BlockArgument, Operation, OpResult, Region
from pyir.diagnostics import Diagnostic, DiagnosticEngine, DiagnosticError, Severity
from pyir.dominance import DominanceInfo, has_ssa_dominance
from pyir.opdef import verify_declared
from pyir.symbol_table import SymbolIssue, verify_symbol, verify_symbol_table
from pyir.traits import (
    HasParent,
    IsolatedFromAbove,
    IsTerminator,
    NoTerminator,
    RegionKindGraph,
    Symbol,
    SymbolTable,
)

# -- how an op appears inside a message --------------------------------------------------------
_op_printer: Callable[[Operation], str] | None = None


def set_op_printer(printer: Callable[[Operation], str] | None) -> None:
    """Install the function that renders an op inside messages ("block with no terminator,
    has ..."). The textual layer installs its generic-form printer; the core cannot import
    it (imports point down), so without one an op shows as its quoted name."""
    global _op_printer
    _op_printer = printer


def describe_op(op: Operation) -> str:
    """The op as messages show it: printed by the installed printer, else `"name"`."""
    if _op_printer is not None:
        try:
            return _op_printer(op)
        except Exception:  # noqa: BLE001 - a message must not fail on a broken printer
            pass
    return f'"{op.name}"'


class PlainMessage(str):
    """A message from an op's `verify_` or `verify_regions_` hook that is reported as is,
    without the `'dialect.op' op ` prefix (what MLIR's `emitError` gives, where most
    verifiers use `emitOpError`)."""

    __slots__ = ()


class LocatedMessage(PlainMessage):
    """A PlainMessage reported at `location` instead of the op's own (MLIR's emitError on
    another op, such as a nested one a verifier blames)."""

    def __new__(cls, message: str, location: Any) -> LocatedMessage:
        self = super().__new__(cls, message)
        self.location = location
        return self


# -- per-definition facts, computed once per op class ------------------------------------------
class _DefInfo:
    """The trait facts the verifier needs about one op class."""

    __slots__ = (
        "terminator",
        "parents",
        "symbol",
        "symbol_table",
        "isolated",
        "graph",
        "no_terminator",
    )

    def __init__(self, op_def: Any) -> None:
        traits = op_def.traits_set
        self.terminator = IsTerminator in traits
        parents: list[str] = []
        for trait in op_def.traits:
            if isinstance(trait, type) and issubclass(trait, HasParent):
                parents.extend(trait.parents)
        self.parents = tuple(parents)
        self.symbol = Symbol in traits
        self.symbol_table = SymbolTable in traits
        self.isolated = IsolatedFromAbove in traits
        self.graph = RegionKindGraph in traits
        # The RegionKindGraph trait documents that graph regions need no terminator.
        self.no_terminator = NoTerminator in traits or self.graph


_DEF_INFO: dict[Any, _DefInfo] = {}


def _info(op_def: Any) -> _DefInfo:
    info = _DEF_INFO.get(op_def)
    if info is None:
        info = _DefInfo(op_def)
        _DEF_INFO[op_def] = info
    return info


def _is_isolated_unit(op: Operation) -> bool:
    """Ops verified as units of their own: registered, IsolatedFromAbove, with regions."""
    op_def = op.op_def
    return op_def is not None and bool(op.regions) and _info(op_def).isolated


def may_be_valid_without_terminator(block: Block) -> bool:
    """MLIR's rule: only a block alone in its region can lack a terminator, and only when
    the parent op is unregistered (it might allow it) or declares NoTerminator."""
    region = block.parent
    if region is None:
        return True
    if len(region.blocks) != 1:
        return False
    parent = region.parent
    if parent is None or parent.op_def is None:
        return True
    return _info(parent.op_def).no_terminator


# -- the verifier ------------------------------------------------------------------------------
# Frame kinds of the pass-1 machine. Every frame is a list whose slot 1 is its unit.
_OP = 0  # [_OP, unit, op]: enter an op with regions
_OPS = 1  # [_OPS, unit, block, next_op]: walk the rest of a block's ops
_BLOCK = 2  # [_BLOCK, unit, block]: enter a block
_BLOCK_EXIT = 3  # [_BLOCK_EXIT, unit, block]
_CHILDREN = 4  # [_CHILDREN, unit, op, isolated_children, next_index, a_child_failed]
_UNIT_DONE = 5  # [_UNIT_DONE, unit, root]: pass 2 of the unit


class _Unit:
    """One root op verified as a whole (the top op or a nested isolated op)."""

    __slots__ = ("root", "top")

    def __init__(self, root: Operation, top: bool) -> None:
        self.root = root
        self.top = top


class Verifier:
    """Verifies IR into a DiagnosticEngine; reusable across calls.

    Invariant: `error_count` counts the errors this verifier emitted. A fresh
    `DominanceInfo` is built per `verify` call, since the IR may change between calls.
    """

    def __init__(self, diagnostics: DiagnosticEngine | None = None) -> None:
        self.diagnostics = diagnostics if diagnostics is not None else DiagnosticEngine()
        self.error_count = 0
        self._dom = DominanceInfo()
        # Isolated ops directly inside an op, found while walking its blocks.
        self._isolated_children: dict[Operation, list[Operation]] = {}

    # -- reporting ----------------------------------------------------------------------------
    def _emit(
        self,
        message: str,
        location: Any,
        notes: tuple[tuple[str, Any], ...] = (),
    ) -> None:
        diag = Diagnostic(Severity.ERROR, message, location)
        for text, loc in notes:
            diag.attach_note(text, loc)
        self.error_count += 1
        self.diagnostics.emit(diag)

    def _op_error(self, op: Operation, message: str, notes: tuple = ()) -> None:
        """MLIR's emitOpError: the message is prefixed with the quoted op name."""
        self._emit(f"'{op.name}' op {message}", op.location, notes)

    def _report(self, op: Operation, message: str) -> None:
        """A hook's message: with the op prefix unless it is a PlainMessage."""
        if isinstance(message, PlainMessage):
            self._emit(str(message), getattr(message, "location", None) or op.location)
        else:
            self._op_error(op, message)

    def _issue(self, issue: SymbolIssue) -> None:
        notes = ()
        if issue.note is not None:
            notes = ((issue.note[0], issue.note[1].location),)
        if issue.op_error:
            self._op_error(issue.op, issue.message, notes)
        else:
            self._emit(issue.message, issue.op.location, notes)

    # -- entry point --------------------------------------------------------------------------
    def verify(self, root: Operation) -> bool:
        """Verify `root` and everything nested in it; True when no error was found."""
        before = self.error_count
        self._dom = DominanceInfo()
        self._isolated_children = {}
        stack: list[list] = []
        self._start_unit(stack, _Unit(root, top=True))
        while stack:
            frame = stack.pop()
            kind = frame[0]
            unit = frame[1]
            if kind == _OPS:
                ok = self._walk_ops(stack, unit, frame[2], frame[3])
            elif kind == _OP:
                ok = self._enter_region_op(stack, unit, frame[2])
            elif kind == _BLOCK:
                ok = self._enter_block(stack, unit, frame[2])
            elif kind == _BLOCK_EXIT:
                ok = self._exit_block(frame[2])
            elif kind == _CHILDREN:
                ok = self._children_step(stack, frame)
            else:
                ok = self._check_values(unit)
            if not ok:
                self._fail_unit(stack, unit)
        self._isolated_children = {}
        return self.error_count == before

    def _start_unit(self, stack: list[list], unit: _Unit) -> None:
        root = unit.root
        stack.append([_UNIT_DONE, unit, root])
        if root.regions:
            stack.append([_OP, unit, root])
        else:
            # A region-less root is checked like any op in a block walk.
            stack.append([_OPS, unit, None, root])

    def _fail_unit(self, stack: list[list], unit: _Unit) -> None:
        """Abandon the rest of `unit`; tell the parent unit that a nested unit failed."""
        while stack and stack[-1][1] is unit:
            stack.pop()
        if stack and stack[-1][0] == _CHILDREN:
            stack[-1][5] = True

    # -- pass 1: ops --------------------------------------------------------------------------
    def _check_op(self, op: Operation) -> bool:
        """The per-op checks on entering an op: operands, trait rules, declared fields."""
        for slot in op.operand_slots:
            if slot.value is None:
                self._emit("null operand found", op.location)
                return False
        op_def = op.op_def
        if op_def is not None:
            info = _info(op_def)
            if info.terminator and (op.parent is None or op.next_op is not None):
                self._op_error(op, "must be the last operation in the parent block")
                return False
            if info.parents:
                parent = op.parent_op()
                if parent is None or parent.name not in info.parents:
                    if len(info.parents) == 1:
                        self._op_error(op, f"expects parent op '{info.parents[0]}'")
                    else:
                        names = ", ".join(info.parents)
                        self._op_error(op, f"expects parent op to be one of '{names}'")
                    return False
            message = verify_declared(op)
            if message is not None:
                self._report(op, message)
                return False
            if info.symbol:
                issue = verify_symbol(op)
                if issue is not None:
                    self._issue(issue)
                    return False
            if op.regions:
                for i, region in enumerate(op.regions):
                    if info.graph and len(region.blocks) > 1:
                        self._op_error(op, f"expects graph region #{i} to have 0 or 1 blocks")
                        return False
            elif info.symbol_table:
                # No regions to walk, so the region rule runs right away.
                issue = verify_symbol_table(op)
                if issue is not None:
                    self._issue(issue)
                    return False
        for region in op.regions:
            blocks = region.blocks
            if blocks and blocks[0].first_pred is not None:
                self._emit("entry block of region may not have predecessors", op.location)
                return False
        return True

    def _walk_ops(
        self, stack: list[list], unit: _Unit, block: Block | None, op: Operation | None
    ) -> bool:
        """Check ops from `op` to the end of `block`, stopping to descend into a region op.

        The loop stays flat for region-less ops, which are most of any program.
        """
        isolated_children = self._isolated_children
        while op is not None:
            if op.regions:
                if op is not unit.root and _is_isolated_unit(op):
                    # Verified as a unit of its own when its parent op is left.
                    parent = block.parent.parent if block is not None else None
                    if parent is not None:
                        isolated_children.setdefault(parent, []).append(op)
                    op = op.next_op
                    continue
                stack.append([_OPS, unit, block, op.next_op])
                stack.append([_OP, unit, op])
                return True
            if not self._check_op(op):
                return False
            if block is None:
                return True  # a region-less unit root: nothing follows it
            op = op.next_op
        return True

    def _enter_region_op(self, stack: list[list], unit: _Unit, op: Operation) -> bool:
        if not self._check_op(op):
            return False
        stack.append([_CHILDREN, unit, op, None, 0, False])
        for region in reversed(op.regions):
            for block in reversed(region.blocks):
                stack.append([_BLOCK, unit, block])
        return True

    def _children_step(self, stack: list[list], frame: list) -> bool:
        """On leaving an op: verify its isolated children one by one, then its region rules."""
        op = frame[2]
        children = frame[3]
        if children is None:
            children = self._isolated_children.pop(op, [])
            frame[3] = children
        index = frame[4]
        if index < len(children):
            frame[4] = index + 1
            stack.append(frame)
            self._start_unit(stack, _Unit(children[index], top=False))
            return True
        if frame[5]:
            return False
        op_def = op.op_def
        # MLIR's verifyRegions: the op's rules about its regions' contents run once
        # everything nested in them verified.
        verify_regions = getattr(op_def, "verify_regions_", None) if op_def else None
        if verify_regions is not None:
            message = op_def(op).verify_regions_()
            if message is not None:
                self._report(op, message)
                return False
        if op.op_def is not None and _info(op.op_def).symbol_table:
            issue = verify_symbol_table(op)
            if issue is not None:
                self._issue(issue)
                return False
        return True

    # -- pass 1: blocks -------------------------------------------------------------------------
    def _enter_block(self, stack: list[list], unit: _Unit, block: Block) -> bool:
        for arg in block.args:
            if arg.block is not block:
                self._emit("block argument not owned by block", arg.location)
                return False
        if block.first_op is None:
            if may_be_valid_without_terminator(block):
                return True
            region = block.parent
            owner = region.parent if region is not None else None
            self._emit(
                "empty block: expect at least a terminator",
                owner.location if owner is not None else None,
            )
            return False
        last = block.last_op
        op = block.first_op
        while op is not last:
            if op.successor_slots:
                self._emit(
                    "operation with block successors must terminate its parent block",
                    op.location,
                )
                return False
            op = op.next_op
        stack.append([_BLOCK_EXIT, unit, block])
        stack.append([_OPS, unit, block, block.first_op])
        return True

    def _exit_block(self, block: Block) -> bool:
        last = block.last_op
        if last is None:
            return True
        region = block.parent
        for slot in last.successor_slots:
            target = slot.block
            if target is None or target.parent is not region:
                self._op_error(last, "branching to block of a different region")
                return False
        if may_be_valid_without_terminator(block):
            return True
        op_def = last.op_def
        # An unregistered op might be a terminator; MLIR gives it the benefit of the doubt.
        if op_def is not None and not _info(op_def).terminator:
            self._emit(f"block with no terminator, has {describe_op(last)}", last.location)
            return False
        return True

    # -- pass 2: isolation and dominance -----------------------------------------------------
    def _check_values(self, unit: _Unit) -> bool:
        """Every operand in the unit must be defined inside an isolated root and dominate
        its use. Isolation errors take precedence over dominance errors (MLIR checks
        isolation first), so a dominance error is held back until the walk ends."""
        root = unit.root
        if not root.regions:
            return True
        check_isolation = _is_isolated_unit(root)
        dom = self._dom
        # Regions being walked -> the op of that region being walked (the current user's
        # ancestor there) and whether the region has SSA dominance.
        active: dict[Region, Operation | None] = {}
        ssa_of: dict[Region, bool] = {}
        # Ops whose walk is complete: in a block being walked, exactly the ops before the
        # current one, which is what same-block dominance asks.
        seen: set[Operation] = set()
        inside_cache: dict[Region, bool] = {}
        outer: dict[Region, Operation] | None = None
        pending: tuple[Operation, int] | None = None
        # Frame: [region, block index, op being descended into or None, block, reachable].
        stack: list[list] = []
        for region in reversed(root.regions):
            if region.blocks:
                stack.append([region, 0, None, None, True])
        while stack:
            frame = stack[-1]
            region = frame[0]
            op = frame[2]
            if op is None:
                index = frame[1]
                if index == 0:
                    active[region] = None
                    ssa_of[region] = has_ssa_dominance(region)
                if index >= len(region.blocks):
                    stack.pop()
                    del active[region]
                    continue
                block = region.blocks[index]
                frame[3] = block
                frame[4] = len(region.blocks) == 1 or dom.tree(region).is_reachable(block)
                op = block.first_op
            else:
                seen.add(op)
                op = op.next_op
                block = frame[3]
            ssa = ssa_of[region]
            # MLIR does not check dominance for the ops of unreachable blocks.
            reachable = frame[4]
            descended = False
            while op is not None:
                i = -1
                for slot in op.operand_slots:
                    i += 1
                    value = slot.value
                    if isinstance(value, OpResult):
                        def_op = value.op
                        def_block = def_op.parent
                    else:
                        def_op = None
                        def_block = value.block
                    if def_block is block:
                        # The common case: defined in this very block, so earlier or not.
                        if ssa and reachable and def_op is not None and def_op not in seen:
                            if not check_isolation:
                                self._dominance_error(op, i)
                                return False
                            if pending is None:
                                pending = (op, i)
                        continue
                    def_region = def_block.parent if def_block is not None else None
                    if def_region is None:
                        if check_isolation:
                            self._emit("operation's operand is unlinked", op.location)
                            return False
                        ok = False
                    elif def_region is region or def_region in active:
                        ancestor = op if def_region is region else active[def_region]
                        if not ssa_of[def_region]:
                            ok = True
                        elif ancestor.parent is def_block:
                            ok = def_op is None or (def_op is not ancestor and def_op in seen)
                        else:
                            ok = dom.tree(def_region).properly_dominates(def_block, ancestor.parent)
                    else:
                        if check_isolation and not self._inside(def_region, root, inside_cache):
                            self._emit(
                                f"'{op.name}' op using value defined outside the region",
                                op.location,
                                (("required by region isolation constraints", root.location),),
                            )
                            return False
                        ok = False
                        if unit.top:
                            # Verifying an op nested in larger IR: values from above it.
                            if outer is None:
                                outer = _enclosing_ops(root)
                            ancestor = outer.get(def_region)
                            if ancestor is not None:
                                ok = self._dominates_outer(def_op, def_block, ancestor)
                    if reachable and not ok:
                        if not check_isolation:
                            self._dominance_error(op, i)
                            return False
                        if pending is None:
                            pending = (op, i)
                if op.regions and not _is_isolated_unit(op):
                    active[region] = op
                    frame[2] = op
                    for nested in reversed(op.regions):
                        if nested.blocks:
                            stack.append([nested, 0, None, None, True])
                    descended = True
                    break
                seen.add(op)
                op = op.next_op
            if not descended:
                frame[1] += 1
                frame[2] = None
        if pending is not None:
            self._dominance_error(*pending)
            return False
        return True

    def _inside(self, region: Region, root: Operation, cache: dict[Region, bool]) -> bool:
        """Whether `region` is nested in `root` (for the isolation rule); memoised along the
        climbed path, so repeated questions about one region cost nothing."""
        path: list[Region] = []
        result = False
        cur: Region | None = region
        while cur is not None:
            known = cache.get(cur)
            if known is not None:
                result = known
                break
            path.append(cur)
            owner = cur.parent
            if owner is None:
                break
            if owner is root:
                result = True
                break
            block = owner.parent
            cur = block.parent if block is not None else None
        for reg in path:
            cache[reg] = result
        return result

    def _dominates_outer(
        self, def_op: Operation | None, def_block: Block, ancestor: Operation
    ) -> bool:
        """Dominance of a definition outside the verified root over `ancestor`, the op
        enclosing the root in the defining region."""
        region = def_block.parent
        if region is None or not has_ssa_dominance(region):
            return True
        anc_block = ancestor.parent
        if anc_block is def_block:
            if def_op is None:
                return True
            return def_op is not ancestor and def_op.is_before_in_block(ancestor)
        return self._dom.tree(region).properly_dominates(def_block, anc_block)

    def _dominance_error(self, op: Operation, index: int) -> None:
        value = op.operand_slots[index].value
        user_block = op.parent
        user_region = user_block.parent if user_block is not None else None
        if isinstance(value, BlockArgument):
            owner_block = value.block
            def_region = owner_block.parent
            owner = def_region.parent if def_region is not None else None
            loc = owner.location if owner is not None else None
            if def_region is None:
                note = " (block without parent)"
            else:
                where = _relation(
                    def_region, user_region, "neither in a parent nor in a child region"
                )
                number = owner_block.index_in_region()
                note = f"operand defined as a block argument (block #{number} {where})"
        else:
            def_op = value.op
            loc = def_op.location
            def_block = def_op.parent
            def_region = def_block.parent if def_block is not None else None
            if def_block is user_block:
                where = "op in the same block"
            else:
                where = "op " + _relation(
                    def_region, user_region, "is neither in a parent nor in a child region"
                )
            note = f"operand defined here ({where})"
        self._emit(f"operand #{index} does not dominate this use", op.location, ((note, loc),))


def _relation(def_region: Region | None, user_region: Region | None, neither: str) -> str:
    if def_region is not None and def_region is user_region:
        return "in the same region"
    if def_region is not None and user_region is not None:
        if def_region.is_ancestor_of(user_region):
            return "in a parent region"
        if user_region.is_ancestor_of(def_region):
            return "in a child region"
    return neither


def _enclosing_ops(op: Operation) -> dict[Region, Operation]:
    """For each region enclosing `op`: the op in it that is or contains `op`."""
    out: dict[Region, Operation] = {}
    cur: Operation | None = op
    while cur is not None and cur.parent is not None:
        region = cur.parent.parent
        if region is None:
            break
        out[region] = cur
        cur = region.parent
    return out


# -- functions ---------------------------------------------------------------------------------
def verify(op: Operation, diagnostics: DiagnosticEngine | None = None) -> bool:
    """Verify `op` and everything nested in it, emitting errors into `diagnostics`.

    Returns True when the IR is valid. Without an engine, errors are collected in a fresh
    engine and lost; use `verify_or_raise` to get them as an exception.
    """
    return Verifier(diagnostics).verify(op)


def verify_or_raise(op: Operation) -> None:
    """Verify `op`; raise `DiagnosticError` carrying the first error when it is invalid."""
    engine = DiagnosticEngine()
    if not Verifier(engine).verify(op):
        raise DiagnosticError(engine.collected[0])
