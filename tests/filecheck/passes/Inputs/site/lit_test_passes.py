"""Passes for pyir-opt's lit tests, installed through the `pyir.passes` entry points of the
fake distribution next to this file (`env PYTHONPATH=%S/Inputs/site pyir-opt ...`)."""

from pyir.builtin_attributes import StringAttr
from pyir.passes import Pass, PassFailure, option


class TestOptionsPass(Pass):
    """Reports its options as a remark on the op it runs on (every option type)."""

    name = "test-options"
    summary = "Report the pass options as a remark"
    count: int = option(10, help="an integer")
    flag: bool = option(True, help="a boolean")
    label: str = option("", help="a string")
    ratio: float = option(0.5, help="a float")
    sizes: list[int] = option([], help="a list of integers")
    names: list[str] = option([], help="a list of strings")
    mode: str = option("normal", help="an enumeration", choices=("none", "normal", "all"))

    def run_on_operation(self, op):
        self.emit_remark(op, f"options: {self.options_text()}")
        self.mark_all_preserved()


class TestFuncPass(Pass):
    """Tags each function it runs on with `test.visited = "<name>"` (anchored on func.func)."""

    name = "test-func-pass"
    summary = "Tag functions"
    anchor = "func.func"
    tag: str = option("visited", help="the tag value")

    def run_on_operation(self, op):
        op.set_attribute("test.visited", StringAttr(self.tag))


class TestAnyPass(Pass):
    """Counts the ops it runs on, in a `test.count` attribute on each (any op)."""

    name = "test-any-pass"
    summary = "Tag any op"

    def run_on_operation(self, op):
        count = sum(1 for _ in op.walk())
        op.set_attribute("test.count", StringAttr(str(count)))


class TestModuleOnlyPass(Pass):
    """A pass that only runs on ops with the SymbolTable trait (can_schedule_on)."""

    name = "test-module-only"
    summary = "Needs a symbol table"

    @classmethod
    def can_schedule_on(cls, op_def):
        from pyir.traits import SymbolTable

        return SymbolTable in op_def.traits_set

    def run_on_operation(self, op):
        self.mark_all_preserved()


class TestFailPass(Pass):
    """Fails on ops that carry a `test.fail` attribute (with its text as the error)."""

    name = "test-fail"
    summary = "Fail on ops marked test.fail"
    silent: bool = option(False, help="fail without a diagnostic")

    def run_on_operation(self, op):
        for nested in op.walk(post_order=False):
            if "test.fail" in nested.attributes:
                if self.silent:
                    self.signal_pass_failure()
                    return
                raise_on = nested.attributes["test.fail"]
                self.emit_op_error(nested, f"failed as asked: {raise_on.value}")
                raise PassFailure()
        self.mark_all_preserved()


class TestMarkPass(Pass):
    """Changes the IR only when `change` is set (for --mlir-print-ir-after-change)."""

    name = "test-mark"
    summary = "Optionally mark the op"
    change: bool = option(False, help="add an attribute")

    def run_on_operation(self, op):
        if self.change:
            op.set_attribute("test.marked", StringAttr("yes"))


class TestCrashPass(Pass):
    """Raises a Python exception (a bug in a pass must not show a traceback)."""

    name = "test-crash"
    summary = "Raise an exception"

    def run_on_operation(self, op):
        raise ZeroDivisionError("boom")


class TestBreakIRPass(Pass):
    """Leaves invalid IR behind (drops the terminator of each function)."""

    name = "test-break-ir"
    summary = "Make the IR invalid"
    anchor = "func.func"

    def run_on_operation(self, op):
        block = op.regions[0].blocks[0]
        block.last_op.erase()


NOT_A_PASS = 42
