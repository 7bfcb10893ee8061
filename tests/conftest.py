"""Shared by every test folder. Being a conftest in a folder without `__init__.py`, this file
makes pytest put tests/ on sys.path, so tests in any subfolder can import its helper modules
(`opt_tools`: where iree-opt and pyir-opt are)."""
