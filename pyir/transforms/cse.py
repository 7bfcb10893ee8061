"""`cse`: common subexpression elimination (MLIR's CSE pass); see pyir.cse."""

from __future__ import annotations

from typing import Any

from pyir.cse import eliminate_common_subexpressions
from pyir.passes import Pass

__all__ = ["CSEPass"]


class CSEPass(Pass):
    """Merges equivalent ops along the dominator tree and erases unused effect-free ones."""

    name = "cse"
    summary = "Eliminate common sub-expressions"
    display_name = "CSEPass"
    anchor = None

    def run_on_operation(self, op: Any) -> None:
        if not eliminate_common_subexpressions(op):
            self.mark_all_preserved()  # nothing changed: no need to verify again
