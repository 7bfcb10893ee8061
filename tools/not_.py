"""`not CMD...`: run CMD and invert success, as LLVM's `not` (used by lit tests).

Exits 0 when CMD exits with status 1 (a diagnosed user error) and 1 otherwise. A crash
(any other status, or death by a signal) never counts as the expected failure, so a test
that expects a diagnostic also catches tracebacks, which exit with status 1 only when
Python's own handler runs; those are caught by the tests' FileCheck of stderr.
"""

import subprocess
import sys


def main() -> int:
    if len(sys.argv) < 2:
        sys.stderr.write("usage: not COMMAND [ARGS...]\n")
        return 2
    status = subprocess.call(sys.argv[1:])
    return 0 if status == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
