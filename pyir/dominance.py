"""Dominance: which definitions are available at which uses.

Data layout: a `DomTree` covers the blocks of one region. It numbers the blocks reachable
from the entry block in reverse post-order, computes immediate dominators with the
iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm"),
then numbers the dominator tree with DFS entry/exit times, so a block-dominance query is
two integer comparisons. `DominanceInfo` builds trees lazily, one per multi-block region
(a single-block region needs none), and answers value/op queries across nested regions by
walking the user up to the region of the definition.

Nothing here recurses on the Python stack: the CFG and the tree are walked with explicit
stacks, so arbitrarily long block chains and deep region nests are fine.
"""

from __future__ import annotations

from pyir.core import Block, BlockArgument, Operation, OpResult, Region, Value
from pyir.traits import RegionKindGraph


def block_successors(block: Block) -> list[Block]:
    """The successor blocks named by the block's last op that lie in the block's own region.

    A successor in another region is invalid IR (the verifier reports it); dominance
    ignores such edges so that it never crashes on IR it is asked to diagnose.
    """
    last = block.last_op
    if last is None:
        return []
    region = block.parent
    out = []
    for slot in last.successor_slots:
        target = slot.block
        if target is not None and target.parent is region:
            out.append(target)
    return out


def has_ssa_dominance(region: Region) -> bool:
    """Whether definitions must dominate their uses inside `region`.

    Multi-block regions always have SSA dominance. A single-block region has it unless
    its parent op declares graph regions (RegionKindGraph) or is unregistered: MLIR treats
    the single-block regions of unregistered ops as graph-like, since it cannot know.
    """
    if len(region.blocks) > 1:
        return True
    parent = region.parent
    if parent is None:
        return True
    op_def = parent.op_def
    return op_def is not None and RegionKindGraph not in op_def.traits_set


class DomTree:
    """The dominator tree of one region's CFG.

    Invariants: `entry` is the region's first block; only blocks reachable from `entry`
    have entries in `idom`, `tin` and `tout`; `idom[entry] is entry`; for reachable blocks
    a and b, a dominates b exactly when `tin[a] <= tin[b]` and `tout[b] <= tout[a]`. The tree
    describes the CFG at construction time: rebuild it after the CFG changes.
    """

    __slots__ = ("region", "entry", "idom", "tin", "tout", "children")

    def __init__(self, region: Region) -> None:
        self.region = region
        self.entry = region.blocks[0] if region.blocks else None
        self.idom: dict[Block, Block] = {}
        self.tin: dict[Block, int] = {}
        self.tout: dict[Block, int] = {}
        self.children: dict[Block, list[Block]] = {}
        if self.entry is not None:
            self._build()

    def _reverse_post_order(self) -> list[Block]:
        entry = self.entry
        visited = {entry}
        post: list[Block] = []
        # Each frame is (block, its successors, next successor index).
        stack = [(entry, block_successors(entry), 0)]
        while stack:
            block, succs, i = stack[-1]
            if i < len(succs):
                stack[-1] = (block, succs, i + 1)
                nxt = succs[i]
                if nxt not in visited:
                    visited.add(nxt)
                    stack.append((nxt, block_successors(nxt), 0))
            else:
                stack.pop()
                post.append(block)
        post.reverse()
        return post

    def _build(self) -> None:
        rpo = self._reverse_post_order()
        order = {block: i for i, block in enumerate(rpo)}
        preds: list[list[int]] = [[] for _ in rpo]
        for block in rpo:
            bi = order[block]
            for succ in block_successors(block):
                preds[order[succ]].append(bi)
        # idom over RPO numbers; -1 means "not computed yet".
        idom = [-1] * len(rpo)
        idom[0] = 0
        changed = True
        while changed:
            changed = False
            for b in range(1, len(rpo)):
                new = -1
                for p in preds[b]:
                    if idom[p] == -1:
                        continue
                    if new == -1:
                        new = p
                        continue
                    # Intersect: climb the two fingers until they meet; RPO numbers grow
                    # away from the entry, so the larger one is the deeper node.
                    a, c = p, new
                    while a != c:
                        while a > c:
                            a = idom[a]
                        while c > a:
                            c = idom[c]
                    new = a
                if idom[b] != new:
                    idom[b] = new
                    changed = True
        children: dict[Block, list[Block]] = {block: [] for block in rpo}
        for b in range(1, len(rpo)):
            self.idom[rpo[b]] = rpo[idom[b]]
            children[rpo[idom[b]]].append(rpo[b])
        self.idom[rpo[0]] = rpo[0]
        self.children = children
        # DFS entry/exit numbers over the dominator tree, with an explicit stack.
        clock = 0
        stack: list[tuple[Block, bool]] = [(rpo[0], False)]
        tin, tout = self.tin, self.tout
        while stack:
            block, done = stack.pop()
            if done:
                tout[block] = clock
                clock += 1
                continue
            tin[block] = clock
            clock += 1
            stack.append((block, True))
            for child in reversed(children[block]):
                stack.append((child, False))

    def is_reachable(self, block: Block) -> bool:
        """Whether `block` can be reached from the entry block."""
        return block in self.tin

    def dominates(self, a: Block, b: Block) -> bool:
        """Whether every path from the entry to `b` passes through `a` (a block dominates
        itself). An unreachable `b` is dominated by everything; an unreachable `a`
        dominates nothing else, as in MLIR and LLVM."""
        if a is b:
            return True
        tin = self.tin
        tb = tin.get(b)
        if tb is None:
            return True
        ta = tin.get(a)
        if ta is None:
            return False
        return ta <= tb and self.tout[b] <= self.tout[a]

    def properly_dominates(self, a: Block, b: Block) -> bool:
        """`dominates(a, b)` for distinct blocks; a block never properly dominates itself."""
        return a is not b and self.dominates(a, b)

    def immediate_dominator(self, block: Block) -> Block | None:
        """The closest strict dominator; None for the entry and for unreachable blocks."""
        if block is self.entry:
            return None
        return self.idom.get(block)


class DominanceInfo:
    """Dominance queries over IR nested arbitrarily deep, with one cached `DomTree` per
    multi-block region.

    Invariant: a cached tree is valid only while the CFG of its region is unchanged; call
    `invalidate(region)` (or drop the object) after editing branches or blocks.
    """

    def __init__(self) -> None:
        self._trees: dict[Region, DomTree] = {}

    def tree(self, region: Region) -> DomTree:
        """The (cached) dominator tree of `region`."""
        tree = self._trees.get(region)
        if tree is None:
            tree = DomTree(region)
            self._trees[region] = tree
        return tree

    def invalidate(self, region: Region | None = None) -> None:
        """Forget the tree of `region` (all trees when None)."""
        if region is None:
            self._trees.clear()
        else:
            self._trees.pop(region, None)

    # -- blocks ---------------------------------------------------------------------------
    def is_reachable(self, block: Block) -> bool:
        """Whether `block` is reachable from the entry of its region (single blocks are)."""
        region = block.parent
        if region is None or len(region.blocks) == 1:
            return True
        return self.tree(region).is_reachable(block)

    def block_dominates(self, a: Block, b: Block) -> bool:
        """Whether block `a` dominates block `b` or the block of an op enclosing `b`."""
        if a is b:
            return True
        region = a.parent
        if region is None:
            return False
        b_anc = _ancestor_block_in(region, b)
        if b_anc is None:
            return False
        if b_anc is a:
            return True
        return self.tree(region).dominates(a, b_anc)

    # -- operations and values ------------------------------------------------------------
    def properly_dominates(self, a: Operation, b: Operation, enclosing_ok: bool = True) -> bool:
        """Whether op `a` runs before op `b` on every path (a != b).

        When `b` is nested inside `a`, `a` counts as dominating it if `enclosing_ok`
        (MLIR's convention for ops; for values defined by `a` it does not hold).
        """
        if a is b:
            return False
        a_block = a.parent
        if a_block is None:
            return False
        region = a_block.parent
        b_anc = _ancestor_op_in(region, b) if region is not None else None
        if b_anc is None:
            return False
        if b_anc is a:
            return enclosing_ok or not has_ssa_dominance(region)
        b_block = b_anc.parent
        if b_block is a_block:
            if not has_ssa_dominance(region):
                return True
            return a.is_before_in_block(b_anc)
        return self.tree(region).properly_dominates(a_block, b_block)

    def dominates_op(self, a: Operation, b: Operation) -> bool:
        """`a is b` or `properly_dominates(a, b)`."""
        return a is b or self.properly_dominates(a, b)

    def dominates(self, value: Value, user: Operation) -> bool:
        """Whether `value` is available as an operand of `user` (MLIR's properlyDominates
        of a value over an op): a block argument must come from a block dominating the
        user's ancestor in that region; an op result must come from an op that properly
        dominates the user and does not enclose it."""
        if isinstance(value, BlockArgument):
            return self.block_dominates(value.block, user.parent) if user.parent else False
        if isinstance(value, OpResult):
            if value.op is user:
                # Only a graph region lets an op read its own result.
                block = user.parent
                region = block.parent if block is not None else None
                return region is not None and not has_ssa_dominance(region)
            return self.properly_dominates(value.op, user, enclosing_ok=False)
        return False


def _ancestor_op_in(region: Region, op: Operation) -> Operation | None:
    """`op` or the op enclosing it whose block is in `region`; None when outside."""
    cur: Operation | None = op
    while cur is not None:
        block = cur.parent
        if block is None:
            return None
        if block.parent is region:
            return cur
        cur = block.parent.parent if block.parent is not None else None
    return None


def _ancestor_block_in(region: Region, block: Block) -> Block | None:
    """`block` or the block of the op enclosing it that lies in `region`; None when outside."""
    cur: Block | None = block
    while cur is not None:
        if cur.parent is region:
            return cur
        reg = cur.parent
        if reg is None or reg.parent is None:
            return None
        cur = reg.parent.parent
    return None
