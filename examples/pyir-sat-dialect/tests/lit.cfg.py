# ruff: noqa: F821  (lit defines `config` and `lit_config` before running this file)
# lit configuration of the sat dialect's IR tests: `lit tests` runs every .mlir file here.
import os
import shutil

import lit.formats

config.name = "pyir-sat-dialect"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.excludes = ["lit.cfg.py", "Output"]

# The tools the RUN lines name, found on PATH (pip installs both as scripts).
for tool, names in (("pyir-opt", ["pyir-opt"]), ("FileCheck", ["filecheck", "FileCheck"])):
    found = next((shutil.which(n) for n in names if shutil.which(n)), None)
    if found is None:
        lit_config.fatal(f"{tool} not found on PATH: pip install pyir filecheck")
    config.substitutions.append((tool, found))
config.environment["PATH"] = os.environ.get("PATH", "")
