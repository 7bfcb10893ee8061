"""pyir: an MLIR-style compiler infrastructure with a Cython core.

Set PYIR_PURE_PYTHON=1 to run the pure-Python twin of the compiled modules.
"""

from pyir import _purepy

_purepy.install()

__version__ = "0.1.0"
