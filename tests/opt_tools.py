"""Where the differential tests find their two opt tools: `iree-opt` (the MLIR oracle) and `pyir-opt`.

- iree-opt: `$IREE_OPT` (a command line, split like a shell would) if set, else `iree-opt` on
  PATH. pip's `iree-opt` is a Python wrapper script that starts a native binary; that binary
  is run directly, which is about 25x faster.
- pyir-opt: `$PYIR_OPT` (a command line) if set, else `pyir-opt` on PATH, else
  `python -m pyir.tools.opt` when that module is importable.

`find_*` answer None when a tool is missing; `iree_opt()` and `pyir_opt()` fail the calling
test instead (never skip: a missing oracle must not turn the suite green). Lookups are
cached for the whole session. Importable from every test folder: tests/conftest.py puts
this folder on sys.path.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

IREE_MISSING = (
    "iree-opt (the MLIR oracle of these tests) was not found on PATH and $IREE_OPT is unset. "
    "Install it with `pip install iree-base-compiler` (or `pip install -e .[interop]`)."
)
PYIR_MISSING = (
    "pyir-opt was not found on PATH and `pyir.tools.opt` is not importable; "
    "install pyir (`pip install -e .`) or set $PYIR_OPT."
)
_HERE = Path(__file__).resolve().parent


def _native_iree_opt(wrapper: str) -> str | None:
    """The binary behind pip's `iree-opt` Python wrapper script, or None if not one."""
    try:
        with open(wrapper, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    if not head.startswith(b"#!") or b"iree.compiler" not in head:
        return None
    interpreter = head[2:].split(b"\n", 1)[0].decode(errors="replace").strip()
    probe = "from iree.compiler.tools import binaries; print(binaries.find_tool('iree-opt'))"
    try:
        proc = subprocess.run(
            [*shlex.split(interpreter), "-c", probe],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = proc.stdout.strip()
    return found if proc.returncode == 0 and found and os.access(found, os.X_OK) else None


@cache
def find_iree_opt() -> tuple[str, ...] | None:
    """The iree-opt command (the native binary where possible), or None when missing."""
    override = os.environ.get("IREE_OPT")
    if override:
        return tuple(shlex.split(override))
    native = _native_from_this_python()
    if native is not None:
        return (native,)
    path = shutil.which("iree-opt")
    if path is None:
        return None
    return (_native_iree_opt(path) or path,)


def _native_from_this_python() -> str | None:
    """The native iree-opt of the iree-base-compiler installed beside these tests: found
    without running any `iree-opt` on PATH, which may be a shell shim (pyenv) in front
    of the Python wrapper in front of the binary, half a second a call."""
    try:
        from iree.compiler.tools import binaries
    except Exception:  # noqa: BLE001 - not installed here, or broken: use PATH
        return None
    try:
        found = binaries.find_tool("iree-opt")
    except Exception:  # noqa: BLE001
        return None
    return found if found and os.access(found, os.X_OK) else None


def iree_opt() -> tuple[str, ...]:
    """The iree-opt command; fails the calling test (never skips) when it is missing."""
    command = find_iree_opt()
    if command is None:
        pytest.fail(IREE_MISSING, pytrace=False)
    return command


@cache
def find_pyir_opt() -> tuple[str, ...] | None:
    """The pyir-opt command, or None when neither the script nor the module is there."""
    override = os.environ.get("PYIR_OPT")
    if override:
        return tuple(shlex.split(override))
    path = shutil.which("pyir-opt")
    if path is not None:
        return (path,)
    # Probe in a child process run outside the repository root: this process's sys.path may
    # see the source tree's `pyir`, which has no `tools` subpackage.
    probe = "import importlib.util as u, sys; sys.exit(u.find_spec('pyir.tools.opt') is None)"
    try:
        proc = subprocess.run(
            [sys.executable, "-c", probe], cwd=_HERE, capture_output=True, timeout=120
        )
        found = proc.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        found = False
    return (sys.executable, "-m", "pyir.tools.opt") if found else None


def pyir_opt() -> tuple[str, ...]:
    """The pyir-opt command; fails the calling test when it is missing."""
    command = find_pyir_opt()
    if command is None:
        pytest.fail(PYIR_MISSING, pytrace=False)
    return command
