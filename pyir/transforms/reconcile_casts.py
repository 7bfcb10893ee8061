"""`reconcile-unrealized-casts`: fold away the `builtin.unrealized_conversion_cast` ops a
series of conversions left behind (MLIR's ReconcileUnrealizedCasts pass).

Every cast nested in the op is collected (post-order walk) and handed to
`reconcile_unrealized_casts` (pyir.conversion_casts): dead casts are erased and chains
that return to their input types (`A -> B -> A`) are folded into their inputs. Casts that
remain live and cannot be folded stay in the IR; the pass does not fail on them (MLIR
has not since LLVM 18).
"""

from __future__ import annotations

from typing import Any

from pyir.conversion_casts import CAST_NAME, reconcile_unrealized_casts
from pyir.passes import Pass

__all__ = ["ReconcileUnrealizedCastsPass"]


class ReconcileUnrealizedCastsPass(Pass):
    """Erases dead casts and folds cast chains that round-trip."""

    name = "reconcile-unrealized-casts"
    summary = "Simplify and eliminate unrealized conversion casts"
    display_name = "ReconcileUnrealizedCastsPass"
    anchor = None

    def run_on_operation(self, op: Any) -> None:
        casts = [o for o in op.walk(post_order=True) if o.name == CAST_NAME and o is not op]
        if not casts:
            self.mark_all_preserved()
            return
        reconcile_unrealized_casts(casts)
