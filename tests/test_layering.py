"""The import rules of the design brief, checked on the source with `ast`.

Imports point down the layer table and never up:

    pyir (core)  <-  pyir.textual, pyir.dialects (siblings)  <-  pyir.kernels_cy  <-  pyir.tools

Every import statement counts, including lazy ones inside functions, `from pyir import x`
forms, relative imports and `importlib.import_module("...")` with a literal name. The tests
also check that nothing but `pyir` is installed at the top level and that importing `pyir`
stays cheap (no lark, no dialect).
"""

from __future__ import annotations

import ast
import importlib.metadata
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Source folder -> import name (as setup.py's package_dir maps them).
LAYERS = {
    "pyir": "pyir",
    "textual": "pyir.textual",
    "dialects": "pyir.dialects",
    "kernels_cy": "pyir.kernels_cy",
    "tools": "pyir.tools",
}

# Import name of a layer -> the layers it must not import.
FORBIDDEN = {
    "pyir": ("pyir.textual", "pyir.dialects", "pyir.kernels_cy", "pyir.tools"),
    "pyir.textual": ("pyir.dialects", "pyir.kernels_cy", "pyir.tools"),
    "pyir.dialects": ("pyir.textual", "pyir.kernels_cy", "pyir.tools"),
    "pyir.kernels_cy": ("pyir.textual", "pyir.tools"),
    "pyir.tools": (),
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the imported module (or module.name for `from module import name`)
    line: int


def module_name(layer: str, path: Path, folder: Path) -> str:
    parts = list(path.relative_to(folder).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join([layer, *parts])


def imports_of(source: str, module: str, is_package: bool) -> list[Import]:
    """Every module `source` imports, wherever the statement is (functions included)."""
    package = module if is_package else module.rpartition(".")[0]
    found: list[Import] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend(Import(module, alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                if node.level > 1:
                    base_parts = base_parts[: -(node.level - 1)]
                base = ".".join(base_parts)
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.append(Import(module, target, node.lineno))
            # `from pyir import textual` imports the submodule pyir.textual.
            found.extend(
                Import(module, f"{target}.{alias.name}", node.lineno)
                for alias in node.names
                if alias.name != "*"
            )
        elif (
            isinstance(node, ast.Call)
            and _call_name(node.func) in ("import_module", "importlib.import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(Import(module, node.args[0].value, node.lineno))
    return found


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return ""


def is_within(target: str, package: str) -> bool:
    return target == package or target.startswith(package + ".")


def violations_in(layer: str, module: str, source: str, is_package: bool) -> list[str]:
    out = []
    for imp in imports_of(source, module, is_package):
        for banned in FORBIDDEN[layer]:
            if is_within(imp.target, banned):
                out.append(f"{module}:{imp.line} imports {imp.target} (a {layer} module)")
    return out


def source_modules() -> list[tuple[str, str, Path]]:
    """(layer, module name, path) of every .py file of the installed layers."""
    out = []
    for folder_name, layer in LAYERS.items():
        folder = ROOT / folder_name
        for path in sorted(folder.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            out.append((layer, module_name(layer, path, folder), path))
    return out


# -- the checker itself -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "layer, module, source, is_package, bad",
    [
        ("pyir", "pyir.core", "import pyir.textual.parser", False, True),
        ("pyir", "pyir.core", "from pyir.dialects import arith", False, True),
        ("pyir", "pyir.core", "from pyir import tools", False, True),
        ("pyir", "pyir.core", "def f():\n    from pyir.kernels_cy import x\n", False, True),
        (
            "pyir",
            "pyir.core",
            "import importlib\nimportlib.import_module('pyir.textual')",
            False,
            True,
        ),
        ("pyir", "pyir.core", "from pyir import builtin_types, location", False, False),
        ("pyir", "pyir.core", "import pyir_textual_lookalike", False, False),
        ("pyir.textual", "pyir.textual.parser", "from ..dialects import func", False, True),
        ("pyir.textual", "pyir.textual.parser", "from . import lalr", False, False),
        ("pyir.textual", "pyir.textual", "from .parser import parse_source", True, False),
        ("pyir.textual", "pyir.textual", "from .. import tools", True, True),
        ("pyir.dialects", "pyir.dialects.func", "from pyir.textual.lalr import Lexer", False, True),
        ("pyir.dialects", "pyir.dialects.func", "from pyir.dialects import arith", False, False),
        ("pyir.dialects", "pyir.dialects.x.y", "from ...tools import opt", False, True),
        ("pyir.kernels_cy", "pyir.kernels_cy.gen", "from pyir.dialects import scf", False, False),
        ("pyir.kernels_cy", "pyir.kernels_cy.gen", "import pyir.tools.opt", False, True),
        ("pyir.tools", "pyir.tools.opt", "from pyir.textual import parser", False, False),
    ],
)
def test_the_checker_finds_upward_imports(
    layer: str, module: str, source: str, is_package: bool, bad: bool
) -> None:
    assert bool(violations_in(layer, module, source, is_package)) == bad


def test_relative_imports_resolve_against_the_package() -> None:
    targets = [i.target for i in imports_of("from ..core import Op", "pyir.textual.parser", False)]
    assert targets == ["pyir.core", "pyir.core.Op"]
    targets = [i.target for i in imports_of("from . import lalr", "pyir.textual", True)]
    assert targets == ["pyir.textual", "pyir.textual.lalr"]


# -- the rules on the real source -----------------------------------------------------------------
def test_every_layer_has_sources() -> None:
    layers = {layer for layer, _module, _path in source_modules()}
    assert layers == set(LAYERS.values())
    names = {module for _layer, module, _path in source_modules()}
    assert {"pyir.core", "pyir.textual.parser", "pyir.tools.opt"} <= names


@pytest.mark.parametrize("layer", list(FORBIDDEN))
def test_imports_point_down(layer: str) -> None:
    problems = []
    for module_layer, module, path in source_modules():
        if module_layer != layer:
            continue
        source = path.read_text(encoding="utf-8")
        problems += violations_in(layer, module, source, path.name == "__init__.py")
    assert problems == []


def test_the_sources_import_only_modules_that_exist() -> None:
    # A relative import that climbs out of `pyir`, or a typo in a module name, would slip
    # past the layering rules; every pyir.* import must name a real module or attribute.
    known = {module for _layer, module, _path in source_modules()}
    problems = []
    for _layer, module, path in source_modules():
        source = path.read_text(encoding="utf-8")
        for imp in imports_of(source, module, path.name == "__init__.py"):
            if not is_within(imp.target, "pyir"):
                continue
            parent = imp.target.rpartition(".")[0]
            if imp.target not in known and parent not in known:
                problems.append(f"{module}:{imp.line} imports unknown {imp.target}")
    assert problems == []


# -- installation ----------------------------------------------------------------------------------
def _setup_package_dir() -> dict[str, str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "PACKAGE_DIR" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, dict)
            return value
    raise AssertionError("setup.py has no PACKAGE_DIR")


def test_setup_maps_every_folder_under_pyir() -> None:
    package_dir = _setup_package_dir()
    assert all(name == "pyir" or name.startswith("pyir.") for name in package_dir)
    assert {folder: name for name, folder in package_dir.items()} == LAYERS
    # Every top-level folder that is a Python package is mapped (nothing generic installs).
    packages = {
        entry.name
        for entry in ROOT.iterdir()
        if entry.is_dir() and (entry / "__init__.py").exists()
    }
    assert packages <= set(package_dir.values()), packages - set(package_dir.values())


def test_installed_distribution_has_only_pyir_at_the_top_level() -> None:
    dist = importlib.metadata.distribution("pyir")
    top_level = dist.read_text("top_level.txt")
    if top_level is not None:
        assert top_level.split() == ["pyir"]
    for ep in dist.entry_points:
        if ep.group in ("console_scripts", "pyir.dialects"):
            assert ep.value.startswith("pyir."), ep


_FIND_GENERIC = """
import importlib.util, json
out = {}
for name in ("textual", "dialects", "kernels_cy", "tools", "pyir.textual", "pyir.tools"):
    spec = importlib.util.find_spec(name)
    out[name] = spec.origin if spec is not None else None
print(json.dumps(out))
"""


def test_generic_names_are_not_importable_from_the_installation(tmp_path: Path) -> None:
    import json

    # Run outside the repository so that the checkout itself is not on sys.path.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    run = subprocess.run(
        [sys.executable, "-c", _FIND_GENERIC],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    for name in ("textual", "dialects", "kernels_cy", "tools"):
        origin = found[name]
        assert origin is None or not origin.startswith(str(ROOT)), (name, origin)
    assert found["pyir.textual"] == str(ROOT / "textual" / "__init__.py")
    assert found["pyir.tools"] == str(ROOT / "tools" / "__init__.py")


_IMPORT_COST = """
import sys
{imports}
heavy = sorted(
    name for name in sys.modules
    if name == "lark" or name.startswith("lark.")
    or name.startswith("pyir.dialects") or name.startswith("pyir.tools")
    or name.startswith("pyir.kernels_cy")
)
print(",".join(heavy))
"""


@pytest.mark.parametrize(
    "imports",
    [
        "import pyir",
        "import pyir.core, pyir.builtin, pyir.context, pyir.verifier",
        "from pyir.context import Context\nContext()",
    ],
)
def test_importing_pyir_imports_no_lark_and_no_dialect(imports: str, tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", _IMPORT_COST.format(imports=imports)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == ""
