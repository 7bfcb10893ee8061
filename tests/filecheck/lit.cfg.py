# ruff: noqa: F821  (lit injects `config` and `lit_config`)
# lit configuration for pyir's IR tests: `lit tests/filecheck` (pytest runs it too).
import os
import shutil
import sys

import lit.formats

config.name = "pyir"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.excludes = ["lit.cfg.py", "Output", "Inputs", "split-and-verify.mlir.bad"]

# pyir-opt from the environment's scripts (installed with the package), else `python -m`.
opt = shutil.which("pyir-opt") or f"{sys.executable} -m pyir.tools.opt"
filecheck = shutil.which("filecheck") or shutil.which("FileCheck")
if filecheck is None:
    lit_config.fatal("FileCheck not found: pip install filecheck")
config.substitutions.append(("pyir-opt", opt))
config.substitutions.append(("FileCheck", filecheck))
config.substitutions.append(("%python", sys.executable))
config.substitutions.append(("not ", f"{sys.executable} -m pyir.tools.not_ "))

for name in ("PYIR_PURE_PYTHON", "PYIR_CACHE_DIR", "HOME", "PATH"):
    if name in os.environ:
        config.environment[name] = os.environ[name]
