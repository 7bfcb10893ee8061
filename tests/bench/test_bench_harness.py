"""Fast tests of the benchmark harness (bench/run.py) with fake tools: no xDSL, no iree-opt."""

from __future__ import annotations

import importlib.util
import json
import shlex
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load_harness() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "bench" / "run.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


bench = _load_harness()

PY = shlex.quote(sys.executable)
COPY_TOOL = f"{PY} -c 'import shutil, sys; shutil.copy(sys.argv[-3], sys.argv[-1])'"
FAIL_TOOL = f"{PY} -c 'import sys; sys.stderr.write(\"boom\\nsecond line\\n\"); sys.exit(3)'"

# A stand-in for gen_ir.py, used when ../shared/bench/gen_ir.py is not beside the repo.
FAKE_GEN = """\
import sys
n, generic = int(sys.argv[2]), "--generic" in sys.argv
print("func.func @chain(%a: i32, %b: i32) -> i32 {")
for i in range(n):
    prev = f"%v{i - 1}" if i else "%a"
    if generic:
        print(f'  %v{i} = "arith.addi"({prev}, %b) : (i32, i32) -> i32')
    else:
        print(f"  %v{i} = arith.addi {prev}, %b : i32")
print(f"  func.return %v{n - 1} : i32")
print("}")
"""


@pytest.fixture
def gen(tmp_path: Path) -> Path:
    """The real gen_ir.py if the shared folder is there, else a small stand-in."""
    if bench.DEFAULT_GEN.is_file():
        return bench.DEFAULT_GEN
    fake = tmp_path / "fake_gen.py"
    fake.write_text(FAKE_GEN)
    return fake


def result(
    workload: str, tool: str, seconds: float | None, peak_kb: int = 1000, ops: int = 1000
) -> Any:
    """A Result as measure() would build it (seconds=None means the tool failed)."""
    if seconds is None:
        return bench.Result(workload, tool, ops, ok=False, error="exit 1: broken")
    return bench.Result(workload, tool, ops, ok=True, seconds=seconds, peak_kb=peak_kb)


def test_count_ops_custom_and_generic_forms() -> None:
    custom = """\
#map = affine_map<(d0) -> (d0)>
// a comment
func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32

  %r = scf.for %i = %lb to %ub step %st iter_args(%x = %0) -> (i32) {
    scf.yield %x : i32
  }
  func.return %r : i32
}
"""
    generic = """\
"builtin.module"() ({
  "func.func"() <{sym_name = "f", function_type = (i32) -> i32}> ({
  ^bb0(%a: i32):
    %0 = "arith.addi"(%a, %a) : (i32, i32) -> i32
    "func.return"(%0) : (i32) -> ()
  }) : () -> ()
}) : () -> ()
"""
    assert bench.count_ops(custom) == 5  # func, addi, for, yield, return
    assert bench.count_ops(generic) == 4  # module, func, addi, return
    assert bench.count_ops("") == 0


def test_count_ops_on_generated_chain(gen: Path, tmp_path: Path) -> None:
    for generic in (False, True):
        path = bench.generate(gen, bench.Workload("chain", 50, generic), tmp_path)
        assert bench.count_ops(path.read_text()) == 52  # 50 ops + func.func + func.return


def test_workload_parse() -> None:
    assert bench.Workload.parse("chain:100") == bench.Workload("chain", 100, False)
    w = bench.Workload.parse(" funcs:20:generic ")
    assert w == bench.Workload("funcs", 20, True) and w.name == "funcs:20:generic"
    for bad in ("chain", "chain:x", "chain:0", "nope:10", "loops:10:generic", "chain:10:gen"):
        with pytest.raises(ValueError, match="bad workload"):
            bench.Workload.parse(bad)


def test_tool_argv_places_generic_flag_before_input() -> None:
    tool = bench.Tool("t", ("opt", "--x"), "--generic-out")
    assert tool.argv(Path("in"), Path("out"), False) == ["opt", "--x", "in", "-o", "out"]
    assert tool.argv(Path("in"), Path("out"), True)[2] == "--generic-out"


def test_format_table_rows_ratios_and_failures() -> None:
    results = [
        result("chain:100", "pyir", 0.5, peak_kb=2048),
        result("chain:100", "xdsl", 5.0),
        result("chain:100", "mlir", None),
    ]
    table = bench.format_table(results).splitlines()
    assert table[0].split()[:4] == ["workload", "tool", "ops", "time"]
    assert set(table[1]) <= {"-", " "}
    pyir_row, xdsl_row, mlir_row = (line.split() for line in table[2:])
    assert pyir_row[:7] == ["chain:100", "pyir", "1,000", "0.500", "2,000", "2.0", "2.05"]
    assert pyir_row[7] == "1.00"
    assert xdsl_row[3] == "5.000" and xdsl_row[7] == "10.00"
    assert mlir_row[3] == "FAIL"
    assert len({len(line) for line in table[:2]}) == 1  # header and rule align
    assert "FAIL chain:100 mlir: exit 1: broken" in bench.format_failures(results)


def test_goals_pass() -> None:
    results = []
    for suffix in ("", ":generic"):
        results += [
            result(f"chain:10000{suffix}", "pyir", 0.1, ops=10_002),
            result(f"chain:100000{suffix}", "pyir", 1.0, peak_kb=50_000, ops=100_002),
            result(f"chain:100000{suffix}", "xdsl", 12.0, peak_kb=190_000, ops=100_002),
        ]
    for kind in ("funcs", "loops", "fold"):
        results += [
            result(f"{kind}:100000", "pyir", 1.0, peak_kb=50_000, ops=100_000),
            result(f"{kind}:100000", "xdsl", 11.0, peak_kb=190_000, ops=100_000),
        ]
    goals = bench.evaluate_goals(results)
    n_goals = 2 * len(bench.GOAL_WORKLOADS) + len(bench.SCALING_PAIRS)
    assert len(goals) == n_goals == 12
    assert [g.status for g in goals] == ["PASS"] * n_goals, goals
    assert "12.00x" in goals[0].text


def test_goals_fail_and_skip() -> None:
    results = [
        result("chain:10000", "pyir", 0.1, ops=10_002),
        result("chain:100000", "pyir", 2.0, peak_kb=200_000, ops=100_002),  # 2 KB/op, 20x
        result("chain:100000", "xdsl", 10.0, ops=100_002),  # only 5x faster
        result("chain:100000:generic", "pyir", None, ops=100_002),
    ]
    goals = bench.evaluate_goals(results)
    # throughput: 5x < 10x; generic: no xdsl result. memory: 2 KB/op; generic: pyir failed.
    # scaling: 20x > 11x; generic: no 10k result. funcs, loops, fold: not run.
    speed = ["FAIL", "SKIP", "SKIP", "SKIP", "SKIP"]
    memory = ["FAIL", "FAIL", "SKIP", "SKIP", "SKIP"]
    assert [g.status for g in goals] == [*speed, *memory, "FAIL", "SKIP"], goals
    assert "5.00x" in goals[0].text and "2.00 KB/op" in goals[5].text


def test_run_child_failure_reports_stderr_head() -> None:
    run = bench.run_child(shlex.split(FAIL_TOOL) + ["in", "-o", "out"], timeout=30)
    assert run.returncode == 3
    assert run.error == "exit 3: boom | second line"


def test_run_child_missing_command_and_timeout() -> None:
    missing = bench.run_child(["/nonexistent/pyir-opt", "x"], timeout=30)
    assert missing.error.startswith("cannot start /nonexistent/pyir-opt")
    slow = bench.run_child([sys.executable, "-c", "import time; time.sleep(30)"], timeout=0.5)
    assert slow.error == "timed out after 0.5 s" and slow.seconds < 10


def test_run_child_measures_peak_rss_of_the_child() -> None:
    code = "b = bytearray(80 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096])"
    run = bench.run_child([sys.executable, "-c", code], timeout=30)
    assert run.error == ""
    assert run.maxrss_kb >= 80 * 1024  # the 80 MB the child touched, not the harness's own


def test_harness_memory_does_not_leak_into_child_peak_rss() -> None:
    """A child forked straight from a big parent inherits its high-water mark; ours must not."""
    ballast = bytearray(300 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])
    run = bench.run_child([sys.executable, "-c", "pass"], timeout=30)
    del ballast
    assert run.error == ""
    assert 0 < run.maxrss_kb < 100 * 1024  # a bare interpreter, far below the 300 MB ballast


def test_launcher_output_format() -> None:
    launcher = [sys.executable, "-I", "-S", str(bench.LAUNCHER)]
    done = subprocess.run([*launcher, sys.executable, "-c", "exit(4)"], capture_output=True)
    code, seconds, maxrss_kb, user_s, sys_s = done.stdout.split()
    assert done.returncode == 0 and int(code) == 4 and int(maxrss_kb) > 0
    assert 0 < float(seconds) < 30 and float(user_s) >= 0 and float(sys_s) >= 0
    assert subprocess.run(launcher, capture_output=True).returncode == 2


def test_end_to_end_with_fake_tools(
    gen: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_json = tmp_path / "r.json"
    argv = [
        "--workloads", "chain:30,chain:30:generic",
        "--tools", "pyir,xdsl",
        "--pyir-cmd", COPY_TOOL,
        "--xdsl-cmd", FAIL_TOOL,
        "--gen", str(gen),
        "--repeat", "2",
        "--check",
        "--json", str(out_json),
        "--keep", str(tmp_path / "work"),
    ]  # fmt: skip
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    assert "FAIL chain:30 xdsl: exit 3: boom | second line" in out
    assert "FAIL chain:30:generic xdsl: exit 3" in out
    assert "SKIP  pyir throughput" in out
    report = json.loads(out_json.read_text())
    pyir = [r for r in report["results"] if r["tool"] == "pyir"]
    assert [r["workload"] for r in pyir] == ["chain:30", "chain:30:generic"]
    for r in pyir:
        assert r["ok"] and r["ops"] == 32 and len(r["times"]) == 2
        assert r["seconds"] == min(r["times"]) and r["peak_kb"] > 0
        assert r["reparse"] == "ok" and r["bytes_per_op"] == r["peak_kb"] * 1024 / 32
    copied = tmp_path / "work" / "chain_30_generic.pyir.mlir"
    assert copied.read_text() == (tmp_path / "work" / "chain_30_generic.mlir").read_text()
    assert report["machine"]["cpus"] >= 1 and len(report["goals"]) == 12


def test_tool_that_writes_no_output_fails(gen: Path, tmp_path: Path) -> None:
    silent = bench.Tool("pyir", (sys.executable, "-c", "pass"), "--generic")
    src = bench.generate(gen, bench.Workload("chain", 3), tmp_path)
    got = bench.measure(silent, bench.Workload("chain", 3), src, 5, tmp_path, 1, 30)
    assert not got.ok and got.error == "exit 0 but no output file chain_3.pyir.mlir"


def test_fail_on_goals_exit_status(gen: Path) -> None:
    common = ["--tools", "pyir", "--pyir-cmd", FAIL_TOOL, "--gen", str(gen), "--repeat", "1"]
    assert bench.main(["--workloads", "chain:5", *common]) == 0  # failures alone: exit 0
    big = ["--workloads", "chain:10000,chain:100000", "--fail-on-goals"]
    assert bench.main([*big, *common]) == 1  # the memory goal FAILs when pyir fails


def test_bad_arguments_exit_with_usage_error(gen: Path) -> None:
    bad = (["--workloads", "loops:5:generic"], ["--tools", "gcc"], ["--check", "gcc"])
    for argv in (*bad, ["--repeat", "0"], ["--gen", "/nonexistent/gen_ir.py"]):
        with pytest.raises(SystemExit) as exc:
            bench.main(["--gen", str(gen), *argv])
        assert exc.value.code == 2
