"""SSA value and block names for printing, assigned the way MLIR's printer assigns them.

Layout: one pass over the IR below a root operation fills three dicts keyed by object
identity: `values` (Value -> "%3", "%3#1", "%arg0"), `defs` (Operation -> the text before
" = ", e.g. "%3:2", for ops whose head is not simply their one result's name; see
`def_text`) and `blocks` (Block -> ("^bb1", position in its region)).

The rules (checked against mlir-opt):
- Results of an op share one number: `%3:2` defines `%3#0` and `%3#1`.
- Entry-block arguments are named `%argN`; arguments of other blocks take plain numbers.
- Numbers are not reset by isolated-from-above ops. Each region starts from the counters
  its parent region reached after numbering *all* of its own values, so sibling regions
  reuse the same numbers and nested values continue after the enclosing region's.
- The root op's regions start from the counters before the root's own results, so a
  printed op with results and regions may show `%0` both outside and inside.
- With `unique=True` (implied by the generic form) the counters are never restored, and
  regions are visited last-pushed-first, as MLIR's work stack does.
- Blocks are `^bbN` with N their position in the region.
- Custom result names (an op class's `asm_result_names(op)`, MLIR's OpAsmOpInterface)
  are sanitized and made unique within the enclosing regions by a `_N` suffix.
"""

from __future__ import annotations

from typing import Any

from pyir.core import Block, Operation, Region

UNKNOWN_VALUE = "<<UNKNOWN SSA VALUE>>"
INVALID_BLOCK = "INVALIDBLOCK"

_PUNCT = "$._-"


def sanitize_identifier(name: str, punct: str = _PUNCT, allow_trailing_digit: bool = True) -> str:
    """`name` as a valid suffix-id: bad characters become hex (space becomes `_`); a
    leading digit gets a `_` prefix, and (for aliases) a trailing digit a `_` suffix, so
    the result cannot collide with automatically numbered names."""

    def escaped() -> str:
        out = []
        for ch in name:
            if (ch.isascii() and ch.isalnum()) or ch in punct:
                out.append(ch)
            elif ch == " ":
                out.append("_")
            else:
                out.extend(f"{b:X}" for b in ch.encode("utf-8", "surrogateescape"))
        return "".join(out)

    if name[:1].isdigit():
        return "_" + escaped()
    if not allow_trailing_digit and name[-1:].isdigit():
        return escaped() + "_"
    for ch in name:
        if not ((ch.isascii() and ch.isalnum()) or ch in punct):
            return escaped()
    return name


class SSANames:
    """The printed names of the values and blocks nested in (and including) one root op.

    Invariants after construction: every value defined under the root has an entry in
    `values`; every op with results has its head in `defs` unless it is its single
    result's name; every block under the root has one in `blocks`. Nothing else is ever
    added.
    """

    __slots__ = (
        "values",
        "defs",
        "blocks",
        "_next_value",
        "_next_arg",
        "_next_conflict",
        "_used",
        "_scopes",
        "_custom_names",
        "_plain",
    )

    def __init__(self, root: Operation, unique: bool = False, custom_names: bool = True):
        self.values: dict[Any, str] = {}
        self.defs: dict[Operation, str] = {}
        self.blocks: dict[Block, tuple[str, int]] = {}
        self._next_value = 0
        self._next_arg = 0
        self._next_conflict = 0
        # Names taken by custom names and `argN`; `_scopes` remembers which region took
        # each, so they are released when the walk leaves that region.
        self._used: set[str] = set()
        self._scopes: list[list[str]] = []
        self._custom_names = custom_names
        self._plain: set = set()
        self._number(root, unique)

    # -- lookups used by the printer ------------------------------------------------------
    def value(self, value: Any) -> str:
        return self.values.get(value, UNKNOWN_VALUE)

    def block(self, block: Block) -> str:
        info = self.blocks.get(block)
        return INVALID_BLOCK if info is None else info[0]

    def block_order(self, block: Block) -> int:
        info = self.blocks.get(block)
        return -1 if info is None else info[1]

    # -- numbering ------------------------------------------------------------------------
    def _number(self, root: Operation, unique: bool) -> None:
        # Each work item: (region, next value, next arg, next conflict, parent scope id).
        # The scope id is the depth of `_scopes` the region's names live above.
        work: list[tuple[Region, int, int, int, int]] = []
        for region in root.regions:
            work.append((region, 0, 0, 0, 0))
        self._number_op(root)
        scopes = self._scopes
        used = self._used
        number_op = self._number_op
        values = self.values
        defs = self.defs
        blocks = self.blocks
        custom = self._custom_names
        # Op classes known to have no `asm_result_names` hook.
        plain = self._plain
        while work:
            region, nv, na, nc, depth = work.pop()
            if not unique:
                self._next_value = nv
                self._next_arg = na
                self._next_conflict = nc
            # Leave the scopes of regions finished since this one was pushed.
            while len(scopes) > depth:
                used.difference_update(scopes.pop())
            scopes.append([])
            depth = len(scopes)
            for index, block in enumerate(region.blocks):
                blocks[block] = (f"^bb{index}", index)
                args = block.args
                if args:
                    if index == 0:
                        for arg in args:
                            name = self._unique(f"arg{self._next_arg}")
                            self._next_arg += 1
                            values[arg] = "%" + name
                    else:
                        for arg in args:
                            values[arg] = f"%{self._next_value}"
                            self._next_value += 1
                # The common case inline: one number per op, no custom names.
                next_value = self._next_value
                op = block.first_op
                while op is not None:
                    results = op.results
                    if results:
                        op_def = op.op_def
                        if op_def is not None and custom and op_def not in plain:
                            self._next_value = next_value
                            number_op(op)
                            next_value = self._next_value
                        else:
                            base = f"%{next_value}"
                            next_value += 1
                            if len(results) == 1:
                                # The op's head is its result's name (see def_text).
                                values[results[0]] = base
                            else:
                                for r in results:
                                    values[r] = f"{base}#{r.index}"
                                defs[op] = f"{base}:{len(results)}"
                    op = op.next_op
                self._next_value = next_value
            nv, na, nc = self._next_value, self._next_arg, self._next_conflict
            for block in region.blocks:
                op = block.first_op
                while op is not None:
                    for nested in op.regions:
                        work.append((nested, nv, na, nc, depth))
                    op = op.next_op
        scopes.clear()
        used.clear()

    def _number_op(self, op: Operation) -> None:
        results = op.results
        if not results:
            return
        named = None
        op_def = op.op_def
        if self._custom_names and op_def is not None:
            hook = getattr(op_def, "asm_result_names", None)
            if hook is not None:
                named = hook(op)
            else:
                self._plain.add(op_def)
        if named:
            self._number_named(op, named)
            return
        base = f"%{self._next_value}"
        self._next_value += 1
        values = self.values
        if len(results) == 1:
            values[results[0]] = base
        else:
            for r in results:
                values[r] = f"{base}#{r.index}"
            self.defs[op] = f"{base}:{len(results)}"

    def def_text(self, op: Operation) -> str | None:
        """What precedes ` = ` when `op` prints: `%0`, `%0:2`, `%sum, %0`. Ops with one
        plainly named result have no entry of their own (a dict less of 100k entries)."""
        text = self.defs.get(op)
        if text is None:
            results = op.results
            if len(results) == 1:
                return self.values.get(results[0])
        return text

    def _number_named(self, op: Operation, named: Any) -> None:
        """Results with custom names start a group each; the others follow the group
        before them, and an unnamed first group takes a number."""
        results = op.results
        if isinstance(named, dict):
            items = sorted(named.items())
        else:
            items = [(i, n) for i, n in enumerate(named) if n]
        heads: dict[int, str] = {}
        for index, name in items:
            if 0 <= index < len(results) and index not in heads and name:
                heads[index] = "%" + self._unique(name)
        if 0 not in heads:
            heads[0] = f"%{self._next_value}"
            self._next_value += 1
        starts = sorted(heads)
        starts.append(len(results))
        values = self.values
        defs = []
        for g in range(len(starts) - 1):
            start, end = starts[g], starts[g + 1]
            head = heads[start]
            size = end - start
            if size == 1:
                values[results[start]] = head
                defs.append(head)
            else:
                for k in range(size):
                    values[results[start + k]] = f"{head}#{k}"
                defs.append(f"{head}:{size}")
        self.defs[op] = ", ".join(defs)

    def _unique(self, name: str) -> str:
        name = sanitize_identifier(name)
        used = self._used
        if name in used:
            while True:
                probe = f"{name}_{self._next_conflict}"
                self._next_conflict += 1
                if probe not in used:
                    name = probe
                    break
        used.add(name)
        if self._scopes:
            self._scopes[-1].append(name)
        return name
