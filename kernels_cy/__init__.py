"""Code generation from loop-level IR to Cython kernels (not built yet: see the issues)."""
