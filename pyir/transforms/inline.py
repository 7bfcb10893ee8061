"""`inline`: inline calls of callables bottom-up over the call graph (MLIR's Inliner).

The call graph has a node per callable body (`func.func` with a body) and an external
node with an edge to every top-level callable; a call adds an edge from the callable
holding it to the callee (to an "unknown" node when the callee cannot be resolved or has
no body). Its strongly connected components are visited in post-order (callees before
callers, Tarjan's order from the external node). For each component, up to
`max-iterations` times: run the optimization pipeline (`default-pipeline`, canonicalize,
or the `op-pipelines` one for the callable's op) on each of its callables, then inline
the calls in them; stop when nothing was inlined.

A call is inlined when its callee is resolved through a flat symbol, is not
self-recursive, does not enclose the call, the callee's inlining history does not already
include it (no unbounded recursion through inlined calls), a multi-block callee lands in
a region that may hold several blocks, the size ratio is within `inlining-threshold`, and
every dialect involved agrees (pyir.inliner). Calls found in an inlined body are
considered next, in the same component.

Private callables are discardable: their symbol uses are counted, the last call of one is
inlined by moving its body instead of copying it, and a discardable callable with no use
left is erased. Symbols referenced from outside any callable stay alive.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pyir.builtin_attributes import SymbolRefAttr
from pyir.call_interfaces import (
    callable_region,
    callee_of,
    is_call,
    is_callable,
    symbol_uses_in,
)
from pyir.core import Block, Operation, Region
from pyir.inliner import inline_call
from pyir.passes import Pass, PassFailure, option
from pyir.rewriter import PatternRewriter
from pyir.symbol_table import lookup_nearest_symbol_from, symbol_visibility
from pyir.traits import IsolatedFromAbove, IsTerminator, SingleBlock, Symbol, SymbolTable

__all__ = ["CallGraph", "CallGraphNode", "InlinerPass"]

_UINT_MAX = 4294967295


# -- the call graph ----------------------------------------------------------------------------
class CallGraphNode:
    """A callable body (`region`), or the external/unknown node (`region` None).

    `edges` holds (kind, target) pairs in insertion order without repeats; kind is
    "call", "child" (a callable nested in this one) or "abstract" (external node only)."""

    __slots__ = ("region", "edges", "_seen")

    def __init__(self, region: Region | None) -> None:
        self.region = region
        self.edges: list[tuple[str, CallGraphNode]] = []
        self._seen: set = set()

    @property
    def is_external(self) -> bool:
        return self.region is None

    @property
    def op(self) -> Operation:
        return self.region.parent

    def add_edge(self, kind: str, target: CallGraphNode) -> None:
        key = (kind, id(target))
        if key not in self._seen:
            self._seen.add(key)
            self.edges.append((kind, target))

    def has_children(self) -> bool:
        return any(kind == "child" for kind, _ in self.edges)

    def __repr__(self) -> str:
        if self.region is None:
            return "<CallGraphNode external>"
        return f"<CallGraphNode {self.op.name}>"


class CallGraph:
    """The call graph of the callables nested in an op (see the module docstring)."""

    def __init__(self, root: Operation) -> None:
        self.nodes: dict[Region, CallGraphNode] = {}
        self.external = CallGraphNode(None)
        self.unknown = CallGraphNode(None)
        self._build(root, resolve=False)
        self._build(root, resolve=True)

    def _build(self, root: Operation, resolve: bool) -> None:
        stack: list[tuple[Operation, CallGraphNode | None]] = [(root, None)]
        while stack:
            op, parent = stack.pop()
            if is_call(op):
                if resolve and parent is not None:
                    parent.add_edge("call", self.resolve(op))
                continue
            if is_callable(op):
                region = callable_region(op)
                if region is None:
                    continue
                parent = self._node(region, parent)
            nested = [
                (child, parent) for r in op.regions for block in r.blocks for child in block.ops
            ]
            stack.extend(reversed(nested))

    def _node(self, region: Region, parent: CallGraphNode | None) -> CallGraphNode:
        node = self.nodes.get(region)
        if node is None:
            node = self.nodes[region] = CallGraphNode(region)
            if parent is not None:
                parent.add_edge("child", node)
            else:
                self.external.add_edge("abstract", node)
        return node

    def lookup(self, region: Region | None) -> CallGraphNode | None:
        return self.nodes.get(region) if region is not None else None

    def resolve(self, call: Operation) -> CallGraphNode:
        """The node a call calls: its callee's body, or the unknown node."""
        callee = callee_of(call)
        if isinstance(callee, SymbolRefAttr):
            target = lookup_nearest_symbol_from(call, callee)
            if target is not None:
                node = self.lookup(callable_region(target))
                if node is not None:
                    return node
        return self.unknown

    def sccs(self) -> Iterator[list[CallGraphNode]]:
        """The strongly connected components reachable from the external node, callees
        first (LLVM's scc_iterator order)."""
        index: dict[int, int] = {}
        low: dict[int, int] = {}
        on_stack: set[int] = set()
        stack: list[CallGraphNode] = []
        counter = 0
        root = self.external
        visit: list[tuple[CallGraphNode, int]] = [(root, 0)]
        index[id(root)] = low[id(root)] = counter
        counter += 1
        stack.append(root)
        on_stack.add(id(root))
        while visit:
            node, i = visit[-1]
            if i < len(node.edges):
                visit[-1] = (node, i + 1)
                child = node.edges[i][1]
                key = id(child)
                if key not in index:
                    index[key] = low[key] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(key)
                    visit.append((child, 0))
                elif key in on_stack:
                    low[id(node)] = min(low[id(node)], index[key])
                continue
            visit.pop()
            if visit:
                parent = visit[-1][0]
                low[id(parent)] = min(low[id(parent)], low[id(node)])
            if low[id(node)] == index[id(node)]:
                scc = []
                while True:
                    member = stack.pop()
                    on_stack.discard(id(member))
                    scc.append(member)
                    if member is node:
                        break
                yield scc


# -- symbol use counts -------------------------------------------------------------------------
class _UseList:
    """How many symbol uses each discardable (private) callable has, and which uses each
    callable body holds (MLIR's CGUseList)."""

    def __init__(self, root: Operation, cg: CallGraph) -> None:
        self.cg = cg
        self.discardable: dict[CallGraphNode, int] = {}
        self.inner: dict[CallGraphNode, dict[CallGraphNode, int]] = {}
        always_live: set[CallGraphNode] = set()
        for table in _symbol_tables(root):
            for op in table.regions[0].blocks[0].ops if _has_table_block(table) else ():
                if is_callable(op):
                    node = cg.lookup(callable_region(op))
                    if node is not None:
                        if op.has_trait(Symbol) and _can_discard(op):
                            self.discardable.setdefault(node, 0)
                        continue
                for _, ref in symbol_uses_in(op):
                    target = self._resolve(table, ref)
                    if target is not None:
                        always_live.add(target)
        for node in always_live:
            self.discardable.pop(node, None)
        for node in list(cg.nodes.values()):
            self.recompute(node)

    def _resolve(self, table: Operation | None, ref: SymbolRefAttr) -> CallGraphNode | None:
        if table is None:
            return None
        symbol = lookup_nearest_symbol_from(table, ref)
        if symbol is None or not is_callable(symbol):
            return None
        return self.cg.lookup(callable_region(symbol))

    def _refs(self, op: Operation, include_root: bool) -> Iterator[CallGraphNode]:
        table = op.parent_op() if include_root else op
        resolved: dict = {}
        for _, ref in symbol_uses_in(op, include_root):
            if ref not in resolved:
                resolved[ref] = self._resolve(table, ref)
            node = resolved[ref]
            if node is not None:
                yield node

    def recompute(self, node: CallGraphNode) -> None:
        """Recount the uses held by `node`'s body."""
        self._drop(self.inner.get(node, {}))
        uses: dict[CallGraphNode, int] = {}
        for target in self._refs(node.op, include_root=False):
            if target in self.discardable:
                uses[target] = uses.get(target, 0) + 1
                self.discardable[target] += 1
        self.inner[node] = uses

    def _drop(self, uses: dict) -> None:
        for target, count in uses.items():
            if target in self.discardable:
                self.discardable[target] -= count

    def drop_call_uses(self, user: CallGraphNode, call: Operation) -> None:
        refs = self.inner.setdefault(user, {})
        for target in self._refs(call, include_root=True):
            if target in refs:
                refs[target] -= 1
                if target in self.discardable:
                    self.discardable[target] -= 1

    def merge_after_inlining(self, callee: CallGraphNode, caller: CallGraphNode) -> None:
        into = self.inner.setdefault(caller, {})
        for target, count in self.inner.get(callee, {}).items():
            into[target] = into.get(target, 0) + count
            if target in self.discardable:
                self.discardable[target] += count

    def erase(self, node: CallGraphNode) -> None:
        for kind, child in node.edges:
            if kind == "child":
                self.erase(child)
        self._drop(self.inner.pop(node, {}))
        self.discardable.pop(node, None)

    def is_dead(self, node: CallGraphNode) -> bool:
        return self.discardable.get(node) == 0

    def has_one_use_and_discardable(self, node: CallGraphNode) -> bool:
        return self.discardable.get(node) == 1


def _has_table_block(op: Operation) -> bool:
    return len(op.regions) >= 1 and len(op.regions[0].blocks) == 1


def _symbol_tables(root: Operation) -> list[Operation]:
    """Symbol-table ops nested in (and including) `root`, inner ones first."""
    return [op for op in root.walk(post_order=True) if op.has_trait(SymbolTable)]


def _can_discard(op: Operation) -> bool:
    hook = getattr(op.op_def, "can_discard_on_use_empty", None)
    if hook is not None:
        return bool(hook(op))
    return symbol_visibility(op) == "private"


# -- the inliner -------------------------------------------------------------------------------
class _Call:
    __slots__ = ("call", "source", "target", "history")

    def __init__(
        self, call: Operation, source: CallGraphNode, target: CallGraphNode, history: int | None
    ) -> None:
        self.call = call
        self.source = source
        self.target = target
        self.history = history


def _collect_calls(
    blocks: list[Block],
    source: CallGraphNode,
    cg: CallGraph,
    out: list[_Call],
    traverse_nested: bool,
    history: int | None = None,
) -> None:
    """The resolvable direct calls in `blocks` (MLIR's order: blocks from the last, ops
    in order, nested regions after their block)."""
    worklist = [(block, source) for block in blocks]
    while worklist:
        block, node = worklist.pop()
        for op in block.ops:
            if is_call(op):
                callee = callee_of(op)
                if isinstance(callee, SymbolRefAttr) and callee.nested:
                    continue  # nested references are not inlined (as in MLIR)
                target = cg.resolve(op)
                if not target.is_external:
                    out.append(_Call(op, node, target, history))
                continue
            for region in op.regions:
                nested = cg.lookup(region)
                if traverse_nested or nested is None:
                    owner = nested if nested is not None else node
                    worklist.extend((b, owner) for b in region.blocks)


def _might_be_single_block(op: Operation) -> bool:
    """MLIR's mightHaveTrait<SingleBlock>: an unregistered op might; a registered one has
    the trait (or a trait derived from it, or named like MLIR's
    SingleBlockImplicitTerminator), or declares a single-block region."""
    op_def = op.op_def
    if op_def is None:
        return True
    for trait in op_def.traits_set:
        for base in trait.__mro__:
            if base is SingleBlock or base.__name__ == "SingleBlockImplicitTerminator":
                return True
    return any(getattr(d, "single_block", False) for d in getattr(op_def, "region_defs", ()))


def _count_ops(region: Region) -> int:
    return sum(1 for block in region.blocks for op in block.ops for _ in op.walk())


class _Inliner:
    """One run of the inliner over the ops nested in `root`."""

    def __init__(self, pass_: InlinerPass, root: Operation) -> None:
        self.pass_ = pass_
        self.root = root
        self.cg = CallGraph(root)
        self.uses = _UseList(root, self.cg)
        self.rewriter = PatternRewriter()
        self.dead: list[CallGraphNode] = []
        self.pipelines: dict[str, Any] = {}
        #: (callee inlined, the history of the call inlined): new calls point at an entry.
        self.history: list[tuple[CallGraphNode, int | None]] = []

    def run(self) -> None:
        for scc in self.cg.sccs():
            self._inline_scc(scc)
        for node in self.dead:
            op = node.op
            if op.parent is not None:
                self.rewriter.erase_op(op)

    def _inline_scc(self, scc: list[CallGraphNode]) -> None:
        for _ in range(max(self.pass_.max_iterations, 1)):
            self._optimize_scc(scc)
            if not self._inline_calls_in_scc(scc):
                break

    # -- simplification --------------------------------------------------------------------
    def _optimize_scc(self, scc: list[CallGraphNode]) -> None:
        nodes = [
            n
            for n in scc
            if not n.is_external and not n.has_children() and n.op.has_trait(IsolatedFromAbove)
        ]
        for node in nodes:
            self._optimize(node.op)
        for node in nodes:
            self.uses.recompute(node)

    def _optimize(self, op: Operation) -> None:
        pm = self._pipeline_for(op.name)
        if pm is None:
            return
        if not pm.run(op):
            raise PassFailure()

    def _pipeline_for(self, op_name: str) -> Any:
        if op_name in self.pipelines:
            return self.pipelines[op_name]
        from pyir.pass_manager import PassManager

        text = self.pass_.op_pipeline_texts().get(op_name)
        if text is None:
            text = self.pass_.default_pipeline
        pm = None
        if text.strip():
            context = self.pass_.context
            pm = PassManager(context, op_name, "explicit", verify_each=False)
            pm.add_pipeline(text)
        self.pipelines[op_name] = pm
        return pm

    # -- inlining --------------------------------------------------------------------------
    def _inline_calls_in_scc(self, scc: list[CallGraphNode]) -> bool:
        calls: list[_Call] = []
        dead: list[CallGraphNode] = []
        self.history = []
        for node in scc:
            if node.is_external:
                continue
            if self.uses.is_dead(node):
                dead.append(node)
            else:
                _collect_calls(list(node.region.blocks), node, self.cg, calls, False)
        inlined = False
        i = 0
        while i < len(calls):
            resolved = calls[i]
            i += 1
            if resolved.source in dead:
                continue
            if self._in_history(resolved.target, resolved.history):
                continue
            if not self._should_inline(resolved):
                continue
            target = resolved.target
            in_place = self.uses.has_one_use_and_discardable(target)
            entry = len(self.history)

            def collect(blocks: list[Block], entry: int = entry) -> None:
                region = blocks[0].parent
                node = self.cg.lookup(region)
                while node is None and region is not None:
                    parent = region.parent
                    region = parent.parent_region() if parent is not None else None
                    node = self.cg.lookup(region)
                if node is not None:
                    _collect_calls(blocks, node, self.cg, calls, True, entry)

            ok = inline_call(
                resolved.call,
                target.op,
                target.region,
                clone=not in_place,
                rewriter=self.rewriter,
                on_inlined_blocks=collect,
            )
            if not ok:
                continue
            inlined = True
            self.history.append((target, resolved.history))
            self.uses.drop_call_uses(resolved.source, resolved.call)
            self.uses.merge_after_inlining(target, resolved.source)
            self.rewriter.erase_op(resolved.call)
            if in_place:
                self.uses.erase(target)
                if target not in dead:
                    dead.append(target)
        for node in dead:
            if node in scc:
                scc.remove(node)
            if node not in self.dead:
                self.dead.append(node)
        return inlined

    def _in_history(self, node: CallGraphNode, history: int | None) -> bool:
        while history is not None:
            entry, history = self.history[history]
            if entry is node:
                return True
        return False

    def _should_inline(self, resolved: _Call) -> bool:
        call = resolved.call
        if call.has_trait(IsTerminator):
            return False
        target = resolved.target
        # Self-recursive callees, and callees calling back into the caller, stay calls.
        if any(t is target or t is resolved.source for _, t in target.edges):
            return False
        region = target.region
        if region.is_ancestor_of(call.parent_region()):
            return False
        if len(region.blocks) > 1:
            parent = call.parent_op()
            same_kind = parent is not None and parent.name == region.parent.name
            if not same_kind and (parent is None or _might_be_single_block(parent)):
                return False
        return self._profitable(resolved)

    def _profitable(self, resolved: _Call) -> bool:
        threshold = self.pass_.inlining_threshold
        if threshold == 0:
            return False
        if threshold == _UINT_MAX:
            return True
        caller_ops = _count_ops(resolved.source.region)
        if caller_ops == 0:
            return True
        ratio = _count_ops(resolved.target.region) * 100 // caller_ops
        return ratio <= threshold


class InlinerPass(Pass):
    """Inlines calls bottom-up over the call graph, simplifying callables as it goes."""

    name = "inline"
    summary = "Inline function calls"
    display_name = "Inliner"
    anchor = None
    dependent_dialects = ("cf",)
    default_pipeline: str = option(
        "canonicalize",
        help="The optimizer pipeline used for callables that do not have a dedicated "
        "optimizer pipeline in opPipelineList",
    )
    inlining_threshold: int = option(
        _UINT_MAX,
        help="If the ratio between the number of the operations in the callee and the "
        "number of the operations in the caller exceeds this value (in percentage), then "
        "the callee is not inlined even if it is legal to inline it",
    )
    max_iterations: int = option(4, help="Maximum number of iterations when inlining within an SCC")
    op_pipelines: list[str] = option(
        [],
        help="Callable operation specific optimizer pipelines (in the form of "
        "`dialect.op(pipeline)`)",
    )

    def op_pipeline_texts(self) -> dict[str, str]:
        """`op-pipelines` as op name -> the pipeline text inside the anchor."""
        # The list splitter cut at commas inside parentheses too: glue the pieces back.
        text = ",".join(self.op_pipelines)
        found: dict[str, str] = {}
        depth = 0
        start = 0
        pieces = []
        for i, c in enumerate(text):
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif c == "," and depth == 0:
                pieces.append(text[start:i])
                start = i + 1
        pieces.append(text[start:])
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            name, paren, rest = piece.partition("(")
            if not paren or not rest.endswith(")"):
                raise PassFailure(f"invalid op-pipelines entry '{piece}'")
            found[name.strip()] = rest[:-1]
        return found

    def options_text(self) -> str:
        """As MLIR prints it: `op-pipelines` shows each pipeline with its passes' options."""
        text = super().options_text()
        if not self.op_pipelines:
            return text
        try:
            from pyir.context import Context
            from pyir.pass_manager import PassManager

            expanded = []
            for name, inner in self.op_pipeline_texts().items():
                pm = PassManager(Context(), name, "explicit")
                pm.add_pipeline(inner)
                expanded.append(pm.pipeline_text())
        except Exception:  # an invalid pipeline prints as given; running it reports why
            return text
        start = text.index("op-pipelines={") + len("op-pipelines={")
        end = text.rindex("}", 0, len(text) - 1)
        return text[:start] + ",".join(expanded) + text[end:]

    def run_on_operation(self, op: Operation) -> None:
        if not op.has_trait(SymbolTable):
            # (MLIR's message, double space included.)
            self.emit_op_error(
                op, " was scheduled to run under the inliner, but does not define a symbol table"
            )
            raise PassFailure()
        if self.inlining_threshold < 0 or self.inlining_threshold > _UINT_MAX:
            raise PassFailure(f"inlining-threshold {self.inlining_threshold} is out of range")
        from pyir.pass_pipeline import PipelineError

        try:
            _Inliner(self, op).run()
        except PipelineError as err:
            self.emit_error(op, f"invalid inliner pipeline: {err}")
            raise PassFailure() from None
