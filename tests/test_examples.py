"""The example dialect plugin (examples/pyir-sat-dialect) is installed from this checkout and
its own tests pass: its lit tests (through pyir-opt, finding the dialect by its entry point)
and its pytest tests. CI installs it after pyir (`pip install ./examples/pyir-sat-dialect`).

docs/write-a-dialect-plugin.md builds the same package step by step; the last version of
each file it shows must be the example's file, so the tutorial cannot drift from the code
that is tested here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pyir.registry import scan_entry_points

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "pyir-sat-dialect"
TUTORIAL = ROOT / "docs" / "write-a-dialect-plugin.md"
INSTALL_HINT = f"install the example plugin: pip install {EXAMPLE.relative_to(ROOT)}"


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # the installed plugin, not a source folder, must be found
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


def test_the_example_is_installed_from_this_checkout() -> None:
    entry = scan_entry_points(sys.path).get("pyir.dialects", {}).get("sat")
    assert entry is not None, f"no 'sat' dialect entry point; {INSTALL_HINT}"
    assert entry.value == "pyir_sat.dialect:DIALECT"
    import pyir_sat.dialect

    installed = Path(pyir_sat.dialect.__file__)
    source = EXAMPLE / "src" / "pyir_sat" / "dialect.py"
    assert installed.read_bytes() == source.read_bytes(), (
        f"{installed} differs from {source}: reinstall, {INSTALL_HINT}"
    )


def test_the_example_lit_tests_pass() -> None:
    run = _run([sys.executable, "-c", "from lit.main import main; main()", "-q", "tests"], EXAMPLE)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_example_pytest_tests_pass() -> None:
    run = _run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], EXAMPLE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert " passed" in run.stdout and " failed" not in run.stdout


_FILE_BLOCK = re.compile(r"<!-- file: (?P<path>\S+) -->\n```[a-z]*\n(?P<body>.*?)```", re.S)


def test_the_tutorial_ends_with_the_example_files() -> None:
    shown: dict[str, str] = {}
    for match in _FILE_BLOCK.finditer(TUTORIAL.read_text(encoding="utf-8")):
        shown[match["path"]] = match["body"]  # a later version of a file replaces the earlier
    assert {"pyproject.toml", "src/pyir_sat/dialect.py", "tests/lit.cfg.py"} <= set(shown)
    for path, body in shown.items():
        assert (EXAMPLE / path).read_text(encoding="utf-8") == body, (
            f"{TUTORIAL.name} shows a {path} that is not {EXAMPLE.name}/{path}"
        )


@pytest.mark.parametrize("path", ["README.md", ".gitignore", "src/pyir_sat/__init__.py"])
def test_the_example_is_a_complete_package(path: str) -> None:
    assert (EXAMPLE / path).is_file()
