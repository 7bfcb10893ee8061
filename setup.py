"""Build script: maps the top-level folders under the single `pyir` namespace and
compiles the Cython core (pure-Python-mode modules, augmented by their .pxd files).

Set PYIR_NO_CYTHON=1 to install without compiling (the pure-Python twin runs then).
"""

import os

from setuptools import setup

PACKAGE_DIR = {
    "pyir": "pyir",
    "pyir.dialects": "dialects",
    "pyir.textual": "textual",
    "pyir.kernels_cy": "kernels_cy",
    "pyir.tools": "tools",
}

# The measured hot paths; keep in sync with pyir/_purepy.py:CYTHON_MODULES.
CYTHON_SOURCES = {
    "pyir.core": "pyir/core.py",
    "pyir.textual.lalr": "textual/lalr.py",
    "pyir.greedy_rewrite": "pyir/greedy_rewrite.py",
    "pyir.folding": "pyir/folding.py",
    "pyir.cse": "pyir/cse.py",
    "pyir.dialects.arith_folding": "dialects/arith_folding.py",
}


def packages() -> list[str]:
    found = []
    for pkg, folder in PACKAGE_DIR.items():
        for root, _dirs, files in os.walk(folder):
            if "__init__.py" in files and "__pycache__" not in root:
                rel = os.path.relpath(root, folder)
                found.append(pkg if rel == "." else pkg + "." + rel.replace(os.sep, "."))
    return found


def extensions() -> list:
    if os.environ.get("PYIR_NO_CYTHON") == "1":
        return []
    from Cython.Build import cythonize
    from setuptools import Extension

    exts = [Extension(name, [src]) for name, src in CYTHON_SOURCES.items()]
    return cythonize(
        exts,
        language_level=3,
        compiler_directives={"binding": False, "boundscheck": False, "wraparound": True},
        quiet=True,
    )


setup(packages=packages(), package_dir=PACKAGE_DIR, ext_modules=extensions())
