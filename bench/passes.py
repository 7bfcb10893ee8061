#!/usr/bin/env python3
"""Pass benchmarks: canonicalize and cse with pyir, xDSL and MLIR in one run.

Measured (the goals of the rewriting issue):
- the time of the pass alone, as each tool reports it (`--mlir-timing` for pyir-opt and
  iree-opt, `--time-passes` for xdsl-opt), for `canonicalize` and for `cse` on
  `chain 100000`: pyir must take at most a tenth of xDSL's time;
- `canonicalize` on `fold 10000`: whole-process wall time, and how many ops are left
  (MLIR leaves 5): pyir must leave 5, in at most twice MLIR's time;
- linear scaling: pyir's whole run on `fold 40000` within 4.5 times `fold 10000`.

Each cell is the best of `--repeat` runs. Only the standard library is used; the tools
are found as bench/run.py finds them. Usage: `python bench/passes.py [--repeat N]`.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as harness  # noqa: E402  (bench/run.py: tool lookup, generator path)

TIMING_ROW = re.compile(r"^\s*([0-9.]+) \(\s*[0-9.]+%\)\s+(\S.*?)\s*$")
XDSL_ROW = re.compile(r"^Pass (\S+) took ([0-9.]+) seconds")
PASS_LABELS = {"canonicalize": "CanonicalizerPass", "cse": "CSEPass"}


def pass_seconds(tool: str, cmd: tuple[str, ...], src: Path, name: str) -> float | None:
    """The time `tool` reports for pass `name` alone on `src` (None if it failed)."""
    if tool == "xdsl":
        argv = [*cmd, "-p", name, "--time-passes", str(src), "-o", "/dev/null"]
    else:
        argv = [*cmd, f"--{name}", "--mlir-timing", str(src), "-o", "/dev/null"]
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=900, check=False)
    if proc.returncode != 0:
        return None
    for line in (proc.stdout + proc.stderr).splitlines():
        if tool == "xdsl":
            m = XDSL_ROW.match(line)
            if m and m.group(1) == name:
                return float(m.group(2))
        else:
            m = TIMING_ROW.match(line)
            if m and m.group(2) == PASS_LABELS[name]:
                return float(m.group(1))
    return None


def whole_run(cmd: tuple[str, ...], src: Path, flags: list[str]) -> tuple[float, int | None]:
    """Wall time of `cmd flags src` and the number of ops it printed (None on failure)."""
    start = time.perf_counter()
    proc = subprocess.run(
        [*cmd, *flags, str(src)], capture_output=True, text=True, timeout=900, check=False
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        return seconds, None
    return seconds, harness.count_ops(proc.stdout)  # the printed `module {` line counts


def best(values: list[float | None]) -> float | None:
    ok = [v for v in values if v is not None]
    return min(ok) if ok else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--gen", type=Path, default=harness.DEFAULT_GEN)
    args = parser.parse_args()
    tools = harness.default_tools()
    cmds = {name: t.cmd for name, t in tools.items()}
    rows: list[str] = []
    goals: list[tuple[str, bool | None, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)

        def gen(kind: str, size: int) -> Path:
            return harness.generate(args.gen, harness.Workload(kind, size), work)

        chain = gen("chain", 100_000)
        for name in ("canonicalize", "cse"):
            times = {
                tool: best(
                    [pass_seconds(tool, cmds[tool], chain, name) for _ in range(args.repeat)]
                )
                for tool in ("pyir", "xdsl", "mlir")
            }
            rows.append(
                f"| {name} on chain 100000 (pass alone) | "
                + " | ".join(_fmt(times[t]) for t in ("pyir", "xdsl", "mlir"))
                + f" | {_ratio(times['xdsl'], times['pyir'])} |"
            )
            speedup = (times["xdsl"] or 0) / times["pyir"] if times["pyir"] else None
            goals.append(
                (
                    f"{name} on chain 100000: pyir >= 10x xDSL's throughput",
                    None if speedup is None or times["xdsl"] is None else speedup >= 10,
                    f"{speedup:.2f}x" if speedup else "n/a",
                )
            )
        fold10 = gen("fold", 10_000)
        fold40 = gen("fold", 40_000)
        results = {}
        for tool in ("pyir", "mlir"):
            runs = [whole_run(cmds[tool], fold10, ["--canonicalize"]) for _ in range(args.repeat)]
            results[tool] = (min(r[0] for r in runs), runs[0][1])
        runs40 = [whole_run(cmds["pyir"], fold40, ["--canonicalize"]) for _ in range(args.repeat)]
        pyir40 = min(r[0] for r in runs40)
        rows.append(
            f"| canonicalize on fold 10000 (whole run; ops left) | {results['pyir'][0]:.3f} s; "
            f"{results['pyir'][1]} | n/a | {results['mlir'][0]:.3f} s; {results['mlir'][1]} | "
            f"{results['pyir'][0] / results['mlir'][0]:.2f}x MLIR's time |"
        )
        rows.append(f"| canonicalize on fold 40000 (whole run) | {pyir40:.3f} s | n/a | n/a | |")
        goals.append(("fold 10000 leaves 5 ops", results["pyir"][1] == 5, str(results["pyir"][1])))
        ratio = results["pyir"][0] / results["mlir"][0]
        goals.append(("fold 10000 in at most 2x MLIR's time", ratio <= 2.0, f"{ratio:.2f}x"))
        scale = pyir40 / results["pyir"][0]
        goals.append(("fold 40000 within 4.5x fold 10000", scale <= 4.5, f"{scale:.2f}x"))
    print("| measurement | pyir | xDSL | MLIR | pyir vs peer |")
    print("| --- | --- | --- | --- | --- |")
    print("\n".join(rows))
    print()
    for text, ok, value in goals:
        status = "SKIP" if ok is None else ("PASS" if ok else "FAIL")
        print(f"{status}  {text}: {value}")
    return 0


def _fmt(seconds: float | None) -> str:
    return "FAIL" if seconds is None else f"{seconds:.3f} s"


def _ratio(peer: float | None, pyir: float | None) -> str:
    if peer is None or not pyir:
        return "n/a"
    return f"{peer / pyir:.1f}x faster than xDSL"


if __name__ == "__main__":
    sys.exit(main())
