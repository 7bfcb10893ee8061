"""Dialects shipped with pyir; each registers through the `pyir.dialects` entry points."""
