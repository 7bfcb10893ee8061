"""Runs the lit/FileCheck IR tests (tests/filecheck) as part of the pytest suite."""

import os
import subprocess
import sys
from pathlib import Path

FILECHECK_DIR = Path(__file__).parent / "filecheck"


def test_lit_suite() -> None:
    env = dict(os.environ)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from lit.main import main; main()",
            "-q",
            "-j",
            "2",
            str(FILECHECK_DIR),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
