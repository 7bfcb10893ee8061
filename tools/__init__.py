"""Command-line programs (pyir-opt, ...)."""
