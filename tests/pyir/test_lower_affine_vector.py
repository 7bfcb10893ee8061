"""lower-affine of affine.vector_load / affine.vector_store against iree-opt (kept out of
tests/passes_interop because MLIR's vector.load builder stores the default
`nontemporal = false` that its parser leaves out, so the custom-form round trip of the
differential suite cannot match)."""

from __future__ import annotations

import subprocess

import pytest
from opt_tools import iree_opt, pyir_opt

VECTOR_ACCESS = """
func.func @g(%m: memref<16x32xf32>, %i: index, %j: index, %n: index) {
  %v = affine.vector_load %m[%i floordiv 2, %j mod 4 + symbol(%n)] {tag} : memref<16x32xf32>, vector<2x4xf32>
  affine.vector_store %v, %m[%i * 3 - 1, 5] : memref<16x32xf32>, vector<2x4xf32>
  affine.for %k = 0 to 16 {
    %w = affine.vector_load %m[%k, %k + 1] : memref<16x32xf32>, vector<8xf32>
    affine.vector_store %w, %m[%k, symbol(%n)] : memref<16x32xf32>, vector<8xf32>
  }
  return
}
"""


def _run(tool: tuple, args: list[str], text: str) -> str:
    done = subprocess.run([*tool, *args, "-"], input=text, capture_output=True, text=True,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("generic", [False, True])
def test_vector_access_lowering_matches_iree(generic: bool) -> None:
    args = ["--lower-affine", *(["--mlir-print-op-generic"] if generic else [])]
    assert _run(pyir_opt(), args, VECTOR_ACCESS) == _run(iree_opt(), args, VECTOR_ACCESS)
