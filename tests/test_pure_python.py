"""The pure-Python twin of the Cython core: the same tests pass with PYIR_PURE_PYTHON=1,
and the switch really selects the source modules (and, without it, the compiled ones when
they were built).

This file lives outside the test folders the subprocess runs, so it never runs itself; the
environment check below guards against being collected in the pure run anyway.
"""

from __future__ import annotations

import ast
import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pyir import _purepy

ROOT = Path(__file__).resolve().parent.parent
SUBSUITES = ["tests/pyir", "tests/textual", "tests/tools"]
IN_PURE_RUN = _purepy.PURE_PYTHON

pytestmark = pytest.mark.skipif(
    IN_PURE_RUN, reason="already running the pure-Python twin (no recursion)"
)


def _env(pure: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYIR_PURE_PYTHON", None)
    if pure:
        env["PYIR_PURE_PYTHON"] = "1"
    return env


def _source_path(module: str) -> Path:
    """The .py file of a hot module (pyir.textual.lalr -> textual/lalr.py)."""
    package, _, leaf = module.rpartition(".")
    folder = {"pyir": "pyir", "pyir.textual": "textual", "pyir.dialects": "dialects"}[package]
    return ROOT / folder / f"{leaf}.py"


def _compiled_exists(module: str) -> bool:
    source = _source_path(module)
    return any(
        (source.parent / f"{source.stem}{suffix}").exists()
        for suffix in importlib.machinery.EXTENSION_SUFFIXES
    )


def test_setup_and_the_switch_name_the_same_hot_modules() -> None:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    sources = None
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "CYTHON_SOURCES" for t in node.targets
        ):
            sources = ast.literal_eval(node.value)
    assert isinstance(sources, dict)
    assert set(sources) == set(_purepy.CYTHON_MODULES)
    for module, path in sources.items():
        assert (ROOT / path) == _source_path(module)
        assert (ROOT / path).exists()


_REPORT = "import json; from pyir import _purepy; print(json.dumps(_purepy.compiled_modules()))"


def _compiled_report(pure: bool) -> dict[str, bool]:
    run = subprocess.run(
        [sys.executable, "-c", _REPORT],
        cwd=ROOT,
        env=_env(pure),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_pure_mode_runs_every_hot_module_from_source() -> None:
    report = _compiled_report(pure=True)
    assert set(report) == set(_purepy.CYTHON_MODULES)
    assert not any(report.values()), report


def test_normal_mode_runs_the_compiled_modules_when_they_exist() -> None:
    report = _compiled_report(pure=False)
    assert set(report) == set(_purepy.CYTHON_MODULES)
    for module, compiled in report.items():
        assert compiled == _compiled_exists(module), module


def test_in_process_report_matches_the_extension_files() -> None:
    # This process runs without the switch (see pytestmark).
    for module, compiled in _purepy.compiled_modules().items():
        assert compiled == _compiled_exists(module), module


def test_the_test_suites_pass_in_pure_python_mode() -> None:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-o",
            "addopts=",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            *SUBSUITES,
        ],
        cwd=ROOT,
        env=_env(pure=True),
        capture_output=True,
        text=True,
        timeout=600,
    )
    tail = "\n".join((run.stdout + run.stderr).splitlines()[-40:])
    assert run.returncode == 0, tail
    assert " passed" in run.stdout, tail
    # The subprocess must not have collected this file (no recursion).
    assert "test_pure_python" not in run.stdout
