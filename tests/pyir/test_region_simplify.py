"""Region simplification (pyir.region_simplify) and the canonicalizer's use of it."""

from __future__ import annotations

import subprocess

from pyir.region_simplify import post_order


def _canon(text: str, options: str = "") -> str:
    flag = "--canonicalize" + (f"={options}" if options else "")
    out = subprocess.run(
        ["pyir-opt", "--allow-unregistered-dialect", flag, "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


DEAD_BLOCK = """
func.func @f() {
  "test.x"() : () -> ()
  return
^bb1:
  "test.y"() : () -> ()
  cf.br ^bb1
}
"""

DEAD_ARG = """
func.func @f(%n: index) {
  %c0 = arith.constant 0 : index
  cf.br ^bb1(%c0, %c0 : index, index)
^bb1(%i: index, %d: index):
  "test.use"(%i) : (index) -> ()
  %one = arith.constant 1 : index
  %d2 = arith.addi %d, %one : index
  cf.br ^bb1(%i, %d2 : index, index)
}
"""


def test_unreachable_blocks_are_erased_even_when_disabled() -> None:
    for options in ("", "region-simplify=disabled"):
        out = _canon(DEAD_BLOCK, options)
        assert "test.y" not in out and "^bb1" not in out


def test_dead_loop_argument_and_its_ops_are_erased() -> None:
    out = _canon(DEAD_ARG)
    assert "arith.addi" not in out
    assert "^bb1(%0: index):" in out
    # Disabled keeps the dead argument (nothing else removes it).
    assert "arith.addi" in _canon(DEAD_ARG, "region-simplify=disabled")


def test_post_order_visits_successors_first() -> None:
    from pyir.builtin_types import I1
    from pyir.core import Block, Operation, Region
    from pyir.dialects.cf import BranchOp, CondBranchOp

    region = Region()
    entry, b1, b2 = Block([I1]), Block(), Block()
    for b in (entry, b1, b2):
        region.add_block(b)
    entry.append(CondBranchOp.build(entry.args[0], b1, b2))
    b1.append(BranchOp.build(b2))
    b2.append(Operation("test.ret"))
    assert post_order(entry) == [b2, b1, entry]
