"""The host C math library, called the way MLIR's math folders call it.

MLIR folds `math.sin` and its kin by calling the C library at compile time: `sinf` on an
f32 constant, `sin` on an f64 one, and it keeps the bits the call returns (a NaN's sign
included). To print the same constants, pyir calls the same functions through ctypes:
`call("sin", F32, x)` runs `sinf` on `x` rounded to single precision. When no C math
library can be loaded, every call answers None and nothing folds.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
from typing import Any

_FUNCTIONS: dict[tuple[str, int, int], Any] = {}
_LIBRARY: list = []  # [CDLL or None], loaded on first use


def _library() -> Any:
    if not _LIBRARY:
        lib = None
        for name in (ctypes.util.find_library("m"), "libm.so.6"):
            if not name:
                continue
            try:
                lib = ctypes.CDLL(name)
                break
            except OSError:
                continue
        _LIBRARY.append(lib)
    return _LIBRARY[0]


def _function(name: str, width: int, arity: int) -> Any:
    """`name` (f64) or `name + "f"` (f32) with its C signature, or None."""
    key = (name, width, arity)
    if key not in _FUNCTIONS:
        lib = _library()
        c_type = ctypes.c_float if width == 32 else ctypes.c_double
        symbol = name + "f" if width == 32 else name
        fn = getattr(lib, symbol, None) if lib is not None else None
        if fn is not None:
            fn.restype = c_type
            fn.argtypes = [c_type] * arity
        _FUNCTIONS[key] = fn
    return _FUNCTIONS[key]


_CODES = {32: ("<f", "<I"), 64: ("<d", "<Q")}


def to_host(bits: int, width: int) -> float:
    """The float (f32 or f64) with these bits, as a Python float."""
    code, word = _CODES[width]
    return struct.unpack(code, struct.pack(word, bits))[0]


def from_host(value: float, width: int) -> int:
    """The bits of a C float (f32) or double (f64) result; exact, NaN sign included."""
    code, word = _CODES[width]
    return struct.unpack(word, struct.pack(code, value))[0]


def call(name: str, width: int, *bits: int) -> int | None:
    """The bits of `name(args)` in the C library, for f32 (`width` 32, calling the `f`
    variant) or f64 (64) arguments given as bit patterns; None when unavailable."""
    if width not in _CODES:
        return None
    fn = _function(name, width, len(bits))
    if fn is None:
        return None
    try:
        result = fn(*(to_host(b, width) for b in bits))
    except (ctypes.ArgumentError, OverflowError):
        return None
    return from_host(result, width)
