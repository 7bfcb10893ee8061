#!/usr/bin/env python3
"""Benchmark harness: parse + verify + print with pyir, xDSL and MLIR on the same inputs.

Each workload is generated once by ``gen_ir.py`` (``../shared/bench/gen_ir.py`` from the
repository root unless ``--gen`` says otherwise) into a temporary directory, then every
tool runs as a child process ``TOOL [GENERIC_FLAG] INPUT -o OUTPUT``. For each
(workload, tool) pair the harness records the best wall time of ``--repeat`` runs and the
peak resident set size of the child, read from ``os.wait4`` by a small launcher
(``measure_child.py``) that starts the tool. On Linux that rusage is the maximum over the
child and every descendant it waited for, so a wrapper script that spawns the real binary
is covered. The same op count, taken from the input text, is used for every tool (see
:func:`count_ops`).

Only the standard library is used, so the harness runs where no tool is installed: a tool
that is missing or fails is reported as FAIL with the head of its stderr, and the run goes
on. See ``bench/README.md`` for usage and recorded numbers.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

KINDS = ("chain", "funcs", "loops", "fold")
GENERIC_KINDS = ("chain", "funcs")  # the kinds gen_ir.py can emit in generic form
DEFAULT_WORKLOADS = (
    "chain:10000,chain:10000:generic,chain:100000,chain:100000:generic,"
    "funcs:100000,loops:100000,fold:100000"
)
TOOL_NAMES = ("pyir", "xdsl", "mlir")
BIG_INPUT_OPS = 50_000  # inputs with at least this many ops run once unless --repeat says
SMALL_INPUT_REPEAT = 3
STDERR_LINES = 3  # lines of a failing tool's stderr shown in the report
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GEN = REPO_ROOT.parent / "shared" / "bench" / "gen_ir.py"
LAUNCHER = Path(__file__).resolve().parent / "measure_child.py"

# The goals of the performance issue, checked on the pyir results.
SPEEDUP_GOAL = 10.0  # pyir throughput >= 10x xDSL on each of GOAL_WORKLOADS
BYTES_PER_OP_GOAL = 1024  # pyir peak RSS <= 1 KB per op on the same workloads
SCALING_GOAL = 11.0  # time(100k) <= 11 x time(10k): linear scaling plus slack
GOAL_WORKLOADS = (
    "chain:100000",
    "chain:100000:generic",
    "funcs:100000",
    "loops:100000",
    "fold:100000",
)
SCALING_PAIRS = (("chain:10000", "chain:100000"), ("chain:10000:generic", "chain:100000:generic"))


@dataclass(frozen=True)
class Workload:
    """One input: a gen_ir.py kind, a size, and whether the text is in generic form."""

    kind: str
    size: int
    generic: bool = False

    @property
    def name(self) -> str:
        """The spec that names this workload, e.g. ``chain:100000:generic``."""
        return f"{self.kind}:{self.size}" + (":generic" if self.generic else "")

    @classmethod
    def parse(cls, spec: str) -> Workload:
        """Parse ``KIND:SIZE[:generic]``; raise ValueError with a clear message if invalid."""
        parts = spec.strip().split(":")
        if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2] != "generic"):
            raise ValueError(f"bad workload {spec!r}: expected KIND:SIZE or KIND:SIZE:generic")
        kind, size_text = parts[0], parts[1]
        if kind not in KINDS:
            raise ValueError(f"bad workload {spec!r}: kind must be one of {', '.join(KINDS)}")
        if not size_text.isdigit() or int(size_text) < 1:
            raise ValueError(f"bad workload {spec!r}: size must be a positive integer")
        generic = len(parts) == 3
        if generic and kind not in GENERIC_KINDS:
            raise ValueError(f"bad workload {spec!r}: gen_ir.py has no generic form of {kind}")
        return cls(kind, int(size_text), generic)


@dataclass(frozen=True)
class Tool:
    """A command-line opt tool: its command prefix and its flag for generic printing."""

    name: str
    cmd: tuple[str, ...]
    generic_flag: str

    def argv(self, src: Path, dst: Path, generic: bool) -> list[str]:
        """The command line that reads ``src`` and writes ``dst`` (generic form if asked)."""
        flags = [self.generic_flag] if generic else []
        return [*self.cmd, *flags, str(src), "-o", str(dst)]


@dataclass
class ChildRun:
    """The outcome of one child process: exit status, wall time, peak RSS, stderr head."""

    returncode: int
    seconds: float
    maxrss_kb: int
    user_s: float = 0.0
    sys_s: float = 0.0
    error: str = ""  # empty when the child succeeded


@dataclass
class Result:
    """One (workload, tool) cell: best time of the runs, the max peak RSS, the check."""

    workload: str
    tool: str
    ops: int
    ok: bool
    seconds: float | None = None
    peak_kb: int | None = None
    times: list[float] = field(default_factory=list)
    cpu_s: list[float] = field(default_factory=list)  # user + system time of each run
    error: str = ""
    reparse: str | None = None  # None: not checked; "ok" or "FAIL: ..." otherwise
    output_bytes: int | None = None

    @property
    def ops_per_s(self) -> float | None:
        """Ops of the input divided by the best wall time (process start-up included)."""
        return self.ops / self.seconds if self.ok and self.seconds else None

    @property
    def bytes_per_op(self) -> float | None:
        """Peak RSS in bytes divided by the op count of the input."""
        return self.peak_kb * 1024 / self.ops if self.ok and self.peak_kb and self.ops else None


@dataclass(frozen=True)
class Goal:
    """One goal line: PASS, FAIL or SKIP (a result it needs is missing), and why."""

    status: str
    text: str


def count_ops(text: str) -> int:
    """Count the ops of MLIR text written one op per line, as gen_ir.py writes it.

    Rule: every non-blank line is one op (``%x = arith.addi ...``, ``func.func @f(...) {``,
    ``"func.return"(%x) : ...``, ``scf.yield ...``) except lines that only close a region
    (start with ``}``, including generic ``}) : () -> ()``), block labels (``^bb0(...)``),
    comments (``//``) and attribute or type alias definitions (``#a = ...``, ``!t = ...``).
    The implicit ``builtin.module`` that tools add is not counted.
    """
    skip = ("}", "^", "//", "#", "!")
    return sum(1 for line in text.splitlines() if (s := line.lstrip()) and not s.startswith(skip))


def find_executable(name: str) -> str | None:
    """Find ``name`` beside the running interpreter first (bypassing pyenv shims), then PATH."""
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    return shutil.which(name)


def find_iree_opt() -> str | None:
    """The native iree-opt binary of the iree-base-compiler wheel, if installed.

    The wheel's ``iree-opt`` console script is a Python wrapper that starts this binary in
    a subprocess; timing the binary itself keeps Python start-up out of MLIR's numbers.
    """
    for key in ("platlib", "purelib"):
        candidate = Path(sysconfig.get_paths()[key]) / "iree/compiler/_mlir_libs/iree-opt"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return find_executable("iree-opt")


def default_tools() -> dict[str, Tool]:
    """The three tools with their default commands, resolved on this machine."""
    return {
        "pyir": Tool(
            "pyir", (find_executable("pyir-opt") or "pyir-opt",), "--mlir-print-op-generic"
        ),
        "xdsl": Tool("xdsl", (find_executable("xdsl-opt") or "xdsl-opt",), "--print-op-generic"),
        "mlir": Tool("mlir", (find_iree_opt() or "iree-opt",), "--mlir-print-op-generic"),
    }


def head_lines(text: str, n: int = STDERR_LINES) -> str:
    """The first ``n`` non-blank lines of ``text`` joined by `` | `` for a one-line report."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return " | ".join(lines[:n])


def run_child(argv: Sequence[str], timeout: float) -> ChildRun:
    """Run one command through ``measure_child.py``; return its wall time and peak RSS.

    The launcher, not this process, forks the tool, so the harness's own memory does not
    leak into the child's ``ru_maxrss`` (see measure_child.py). It runs in a new session,
    so a timeout kills the launcher and the tool together.
    """
    launcher = [sys.executable, "-I", "-S", str(LAUNCHER), *argv]
    with tempfile.TemporaryFile(mode="w+b") as err:
        proc = subprocess.Popen(
            launcher,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=err,
            start_new_session=True,
        )
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return ChildRun(-9, timeout, 0, error=f"timed out after {timeout:g} s")
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    fields = out.decode().split()
    if proc.returncode != 0 or len(fields) != 5:
        why = head_lines(stderr) or f"launcher exit {proc.returncode}"
        return ChildRun(proc.returncode, 0.0, 0, error=why)
    code, seconds, maxrss_kb, user_s, sys_s = fields
    run = ChildRun(int(code), float(seconds), int(maxrss_kb), float(user_s), float(sys_s))
    if run.returncode != 0:
        run.error = f"exit {run.returncode}: {head_lines(stderr) or '(no stderr)'}"
    return run


def measure(
    tool: Tool,
    workload: Workload,
    src: Path,
    ops: int,
    outdir: Path,
    repeat: int,
    timeout: float,
    check: Tool | None = None,
) -> Result:
    """Run ``tool`` on ``src`` ``repeat`` times; optionally re-parse its output with ``check``."""
    dst = outdir / f"{workload.name.replace(':', '_')}.{tool.name}.mlir"
    result = Result(workload.name, tool.name, ops, ok=True)
    for _ in range(repeat):
        dst.unlink(missing_ok=True)  # a stale file must not pass for this run's output
        run = run_child(tool.argv(src, dst, workload.generic), timeout)
        error = run.error or ("" if dst.exists() else f"exit 0 but no output file {dst.name}")
        if error:
            return Result(workload.name, tool.name, ops, ok=False, error=error)
        result.times.append(run.seconds)
        result.cpu_s.append(run.user_s + run.sys_s)
        result.peak_kb = max(result.peak_kb or 0, run.maxrss_kb)
    result.seconds = min(result.times)
    result.output_bytes = dst.stat().st_size
    if check is not None:
        again = run_child(check.argv(dst, outdir / "reparse.mlir", False), timeout)
        result.reparse = f"FAIL: {again.error}" if again.error else "ok"
    return result


def generate(gen: Path, workload: Workload, workdir: Path) -> Path:
    """Write the workload's text with gen_ir.py into ``workdir`` and return its path."""
    path = workdir / f"{workload.name.replace(':', '_')}.mlir"
    argv = [sys.executable, str(gen), workload.kind, str(workload.size)]
    if workload.generic:
        argv.append("--generic")
    with path.open("wb") as out:
        subprocess.run(argv, stdout=out, check=True)
    return path


def find(results: Sequence[Result], workload: str, tool: str) -> Result | None:
    """The result of ``tool`` on ``workload``, if it was run."""
    return next((r for r in results if r.workload == workload and r.tool == tool), None)


def ratio_vs_pyir(results: Sequence[Result], r: Result) -> float | None:
    """``r``'s time over pyir's time on the same workload (> 1: pyir is faster)."""
    base = find(results, r.workload, "pyir")
    if not (r.ok and base and base.ok and base.seconds and r.seconds):
        return None
    return r.seconds / base.seconds


def _fmt(value: float | None, spec: str) -> str:
    """``value`` formatted with ``spec``, or ``-`` when there is none."""
    return "-" if value is None else format(value, spec)


def format_table(results: Sequence[Result]) -> str:
    """The results as an aligned text table, one row per (workload, tool)."""
    header = ["workload", "tool", "ops", "time s", "ops/s", "peak MB", "KB/op", "vs pyir", "check"]
    rows = [header]
    for r in results:
        if r.ok:
            cells = [
                _fmt(r.seconds, ".3f"),
                _fmt(r.ops_per_s, ",.0f"),
                _fmt(r.peak_kb / 1024 if r.peak_kb else None, ".1f"),
                _fmt(r.bytes_per_op / 1024 if r.bytes_per_op else None, ".2f"),
                _fmt(ratio_vs_pyir(results, r), ".2f"),
            ]
        else:
            cells = ["FAIL", "-", "-", "-", "-"]
        check = "-" if r.reparse is None else ("ok" if r.reparse == "ok" else "FAIL")
        rows.append([r.workload, r.tool, f"{r.ops:,}", *cells, check])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        padded = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(padded).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def format_failures(results: Sequence[Result]) -> str:
    """One line per failed run or failed re-parse, with the head of the tool's stderr."""
    lines = [f"FAIL {r.workload} {r.tool}: {r.error}" for r in results if not r.ok]
    lines += [
        f"FAIL {r.workload} {r.tool} re-parse: {r.reparse[6:]}"
        for r in results
        if r.reparse and r.reparse != "ok"
    ]
    return "\n".join(lines)


def evaluate_goals(results: Sequence[Result]) -> list[Goal]:
    """Check the issue's goals on pyir's results: speed vs xDSL, memory per op, scaling."""
    goals = []
    for w in GOAL_WORKLOADS:
        text = f"pyir throughput >= {SPEEDUP_GOAL:g}x xDSL on {w}"
        pyir, xdsl = find(results, w, "pyir"), find(results, w, "xdsl")
        if pyir is None or xdsl is None:
            goals.append(Goal("SKIP", f"{text}: needs pyir and xdsl on {w}"))
        elif not pyir.ok:
            goals.append(Goal("FAIL", f"{text}: pyir failed"))
        elif not xdsl.ok:
            goals.append(Goal("SKIP", f"{text}: xdsl failed, nothing to compare with"))
        else:
            speedup = ratio_vs_pyir(results, xdsl) or 0.0
            goals.append(
                Goal(
                    "PASS" if speedup >= SPEEDUP_GOAL else "FAIL",
                    f"{text}: {speedup:.2f}x (pyir {pyir.seconds:.3f} s, "
                    f"xdsl {xdsl.seconds:.3f} s)",
                )
            )
    for w in GOAL_WORKLOADS:
        text = f"pyir peak memory <= {BYTES_PER_OP_GOAL / 1024:g} KB/op on {w}"
        pyir = find(results, w, "pyir")
        if pyir is None:
            goals.append(Goal("SKIP", f"{text}: needs pyir on {w}"))
        elif not pyir.ok or pyir.bytes_per_op is None:
            goals.append(Goal("FAIL", f"{text}: pyir failed"))
        else:
            goals.append(
                Goal(
                    "PASS" if pyir.bytes_per_op <= BYTES_PER_OP_GOAL else "FAIL",
                    f"{text}: {pyir.bytes_per_op / 1024:.2f} KB/op "
                    f"({(pyir.peak_kb or 0) / 1024:.1f} MB peak)",
                )
            )
    for small_w, big_w in SCALING_PAIRS:
        text = f"pyir linear scaling: time({big_w}) <= {SCALING_GOAL:g} x time({small_w})"
        small, big = find(results, small_w, "pyir"), find(results, big_w, "pyir")
        if small is None or big is None:
            goals.append(Goal("SKIP", f"{text}: needs pyir on both"))
        elif not (small.ok and big.ok and small.seconds and big.seconds):
            goals.append(Goal("FAIL", f"{text}: pyir failed"))
        else:
            factor = big.seconds / small.seconds
            goals.append(
                Goal(
                    "PASS" if factor <= SCALING_GOAL else "FAIL",
                    f"{text}: {factor:.2f}x ({small.seconds:.3f} s -> {big.seconds:.3f} s)",
                )
            )
    return goals


def tool_version(tool: Tool) -> str:
    """The first lines of ``TOOL --version``, or a note why there is none."""
    try:
        done = subprocess.run(
            [*tool.cmd, "--version"],
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc.__class__.__name__})"
    return head_lines(done.stdout + done.stderr, 2) or f"unknown (exit {done.returncode})"


def machine_info() -> dict[str, object]:
    """Where and when the numbers were taken."""
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--workloads",
        default=DEFAULT_WORKLOADS,
        help="comma-separated KIND:SIZE[:generic]; kinds: " + ", ".join(KINDS),
    )
    p.add_argument(
        "--tools",
        default=",".join(TOOL_NAMES),
        help="comma-separated subset of " + ",".join(TOOL_NAMES),
    )
    p.add_argument(
        "--repeat",
        type=int,
        default=None,
        help=f"runs per (workload, tool), best time kept (default: 1 for inputs "
        f">= {BIG_INPUT_OPS} ops, else {SMALL_INPUT_REPEAT})",
    )
    p.add_argument("--pyir-cmd", help="pyir command prefix (default: pyir-opt)")
    p.add_argument("--xdsl-cmd", help="xDSL command prefix (default: xdsl-opt)")
    p.add_argument("--mlir-cmd", help="MLIR command prefix (default: the native iree-opt)")
    p.add_argument("--gen", type=Path, default=DEFAULT_GEN, help="path to gen_ir.py")
    p.add_argument(
        "--check",
        nargs="?",
        const="self",
        default=None,
        metavar="TOOL",
        help="re-parse each output: with the same tool (no value) or with TOOL "
        "(pyir, xdsl or mlir)",
    )
    p.add_argument("--timeout", type=float, default=900.0, help="seconds per tool run")
    p.add_argument("--json", type=Path, help="also save the results to this JSON file")
    p.add_argument("--keep", type=Path, help="write inputs and outputs here and keep them")
    p.add_argument(
        "--fail-on-goals",
        action="store_true",
        help="exit 1 if any goal FAILs (default: always exit 0)",
    )
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print the table and the goals; return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        workloads = [Workload.parse(s) for s in args.workloads.split(",") if s.strip()]
    except ValueError as exc:
        parser.error(str(exc))
    names = [t.strip() for t in args.tools.split(",") if t.strip()]
    if bad := [t for t in names if t not in TOOL_NAMES]:
        parser.error(f"unknown tool(s) {', '.join(bad)}; choose from {', '.join(TOOL_NAMES)}")
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.check not in (None, "self", *TOOL_NAMES):
        parser.error(f"--check takes one of {', '.join(TOOL_NAMES)}")
    if not args.gen.is_file():
        parser.error(f"gen_ir.py not found at {args.gen} (use --gen)")
    tools = default_tools()
    for name, cmd in (("pyir", args.pyir_cmd), ("xdsl", args.xdsl_cmd), ("mlir", args.mlir_cmd)):
        if cmd:
            tools[name] = Tool(name, tuple(shlex.split(cmd)), tools[name].generic_flag)

    with tempfile.TemporaryDirectory(prefix="pyir-bench-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results: list[Result] = []
        for w in workloads:
            src = generate(args.gen, w, workdir)
            ops = count_ops(src.read_text())
            repeat = args.repeat or (1 if ops >= BIG_INPUT_OPS else SMALL_INPUT_REPEAT)
            for name in names:
                check = (
                    None
                    if args.check is None
                    else tools[name if args.check == "self" else args.check]
                )
                print(
                    f"running {w.name} ({ops:,} ops) with {name} x{repeat} ...",
                    file=sys.stderr,
                    flush=True,
                )
                results.append(
                    measure(tools[name], w, src, ops, workdir, repeat, args.timeout, check)
                )

    goals = evaluate_goals(results)
    print(format_table(results))
    if failures := format_failures(results):
        print()
        print(failures)
    print()
    for g in goals:
        print(f"{g.status}  {g.text}")
    if args.json:
        report = {
            "machine": machine_info(),
            "tools": {
                n: {"cmd": list(tools[n].cmd), "version": tool_version(tools[n])} for n in names
            },
            "results": [
                asdict(r)
                | {
                    "ops_per_s": r.ops_per_s,
                    "bytes_per_op": r.bytes_per_op,
                    "ratio_vs_pyir": ratio_vs_pyir(results, r),
                }
                for r in results
            ],
            "goals": [asdict(g) for g in goals],
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    return 1 if args.fail_on_goals and any(g.status == "FAIL" for g in goals) else 0


if __name__ == "__main__":
    sys.exit(main())
