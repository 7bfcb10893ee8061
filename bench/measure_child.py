"""Run one command and report its wall time and peak RSS: ``measure_child.py CMD ARGS...``.

bench/run.py starts every tool through this launcher (as ``python -I -S measure_child.py``)
because on Linux a child's ``ru_maxrss`` counts the memory of the process that forked it:
``exec`` keeps the larger of the old and the new image's high-water mark. Spawned straight
from the harness, every tool would be charged the harness's own peak (which holds the
inputs it generated and the results it kept); spawned from this small launcher (about
8 MB), the floor is the launcher's footprint instead, below any Python tool's own.

The command's stdout goes to /dev/null and its stderr is inherited. On success the launcher
prints one line to its stdout: ``EXIT SECONDS MAXRSS_KB USER_S SYS_S``, and exits 0; if the
command cannot be started it writes the reason to stderr and exits 127. Only the modules
built into the interpreter are imported, to keep the launcher small.
"""

import os
import sys
import time


def main(argv: list[str]) -> int:
    """Spawn ``argv``, wait for it with ``os.wait4`` and print its measurements."""
    if not argv:
        sys.stderr.write("usage: measure_child.py CMD [ARGS...]\n")
        return 2
    devnull = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0)]
    start = time.perf_counter()
    try:
        pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=devnull)
    except OSError as exc:
        sys.stderr.write(f"cannot start {argv[0]}: {exc.strerror or exc}\n")
        return 127
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    print(code, f"{seconds:.6f}", usage.ru_maxrss, usage.ru_utime, usage.ru_stime)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
