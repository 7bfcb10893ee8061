"""A dialect plugin whose import fails: pyir-opt must report it, naming the entry point."""

raise RuntimeError("the broken plugin was imported")
