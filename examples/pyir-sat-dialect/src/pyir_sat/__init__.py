"""pyir-sat-dialect: the `sat` dialect of saturating integer arithmetic, a pyir plugin."""
