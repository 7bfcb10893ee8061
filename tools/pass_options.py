"""pyir-opt's pass flags: pipelines, per-pass flags and the instrumentation flags.

`add_arguments(parser)` declares the flags; `parse_command_line(parser, argv)` parses the
command line, turning the arguments argparse does not know into per-pass flags
(`--symbol-dce`, `--canonicalize=max-iterations=3`) when they name registered passes. The
pass machinery is imported only when one of these flags is given: without them
`args.pass_session` is None and pyir-opt's start-up does not change.

A `PassSession` then builds the pass manager of each input chunk, runs it after parsing,
and writes the IR dumps, the pipeline dump and the timing report to stderr, as mlir-opt
does. Messages follow mlir-opt's (e.g. `<unknown>:0: error: MLIR Textual PassPipeline
Parser:1:5: error: ...` for a pipeline syntax error).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

EXIT_FAILURE = 1

#: Flags whose presence needs a PassSession (dest names).
_SESSION_FLAGS = (
    "pass_pipeline",
    "print_ir_before",
    "print_ir_after",
    "print_ir_before_all",
    "print_ir_after_all",
    "print_ir_after_change",
    "print_ir_after_failure",
    "mlir_timing",
    "dump_pass_pipeline",
)


def _bool_text(text: str) -> bool:
    if text in ("true", "1", ""):
        return True
    if text in ("false", "0"):
        return False
    raise argparse.ArgumentTypeError(f"'{text}' is invalid value for boolean argument! Try 0 or 1")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the pass flags on pyir-opt's parser."""
    # A pass flag must never be taken for an abbreviation of another flag.
    parser.allow_abbrev = False
    g = parser.add_argument_group("passes")
    g.add_argument(
        "--pass-pipeline",
        "-p",
        dest="pass_pipeline",
        metavar="PIPELINE",
        help="textual description of the pass pipeline to run, e.g. "
        "'builtin.module(func.func(cse),symbol-dce)'",
    )
    g.add_argument(
        "--verify-each",
        dest="verify_each",
        action="store_true",
        default=True,
        help="verify the IR after parsing and after each pass (default; "
        "--verify-each=false or --no-verify-each turns it off)",
    )
    g.add_argument(
        "--no-verify-each", dest="verify_each", action="store_false", help=argparse.SUPPRESS
    )
    g.add_argument(
        "--mlir-print-ir-before",
        dest="print_ir_before",
        action="append",
        default=[],
        metavar="PASS",
        help="print the IR before the named passes (comma-separated, repeatable)",
    )
    g.add_argument(
        "--mlir-print-ir-after",
        dest="print_ir_after",
        action="append",
        default=[],
        metavar="PASS",
        help="print the IR after the named passes (comma-separated, repeatable)",
    )
    flags = (
        ("--mlir-print-ir-before-all", "print_ir_before_all", "print the IR before each pass"),
        ("--mlir-print-ir-after-all", "print_ir_after_all", "print the IR after each pass"),
        (
            "--mlir-print-ir-after-change",
            "print_ir_after_change",
            "when printing the IR after a pass, only print if the IR changed",
        ),
        (
            "--mlir-print-ir-after-failure",
            "print_ir_after_failure",
            "when printing the IR after a pass, only print if the pass failed",
        ),
        (
            "--mlir-print-ir-module-scope",
            "print_ir_module_scope",
            "print the top-level operation in IR dumps, not just the one the pass ran on",
        ),
        ("--mlir-timing", "mlir_timing", "display execution times"),
        (
            "--debug-rewrites",
            "debug_rewrites",
            "print each rewrite pattern that applies, with the op and its location",
        ),
        ("--dump-pass-pipeline", "dump_pass_pipeline", "print the pipeline that will be run"),
        ("--list-passes", "list_passes", "print the registered passes and exit"),
        (
            "--mlir-disable-threading",
            "mlir_disable_threading",
            "accepted for mlir-opt compatibility (pyir runs passes on one thread)",
        ),
    )
    for flag, dest, text in flags:
        g.add_argument(flag, dest=dest, action="store_true", help=text)
    g.add_argument(
        "--mlir-timing-display",
        dest="mlir_timing_display",
        choices=("list", "tree"),
        default="tree",
        help="display method for timing data",
    )
    parser.epilog = (
        parser.epilog + "\n" if parser.epilog else ""
    ) + "Registered passes are flags too (--symbol-dce, --NAME=OPTIONS); see --list-passes."


def _normalize(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """mlir-opt spellings argparse cannot take: `--verify-each=false`, `-p=...`, and long
    flags with one dash (`-symbol-dce`, `-pass-pipeline=...`), which argparse would
    otherwise read as `-p` followed by a value."""
    known = parser._option_string_actions
    out = []
    for i, arg in enumerate(argv):
        if arg == "--":
            out.extend(argv[i:])
            break
        if len(arg) > 2 and arg[0] == "-" and arg[1] not in "-=" and not arg[1].isdigit():
            name = arg[1:].partition("=")[0]
            if "--" + name in known or _is_pass_name(name):
                arg = "-" + arg
        if arg.startswith("--verify-each="):
            value = arg.partition("=")[2]
            try:
                arg = "--verify-each" if _bool_text(value) else "--no-verify-each"
            except argparse.ArgumentTypeError:
                pass  # argparse reports it
        elif arg.startswith("-p="):
            arg = "-p" + arg[3:]
        out.append(arg)
    return out


def _is_pass_name(name: str) -> bool:
    """Whether `name` is a registered pass (loads the registry's names, no pass module)."""
    from pyir.context import Context
    from pyir.pass_manager import pass_registry

    return name in pass_registry(Context())


def parse_command_line(parser: argparse.ArgumentParser, argv: list[str] | None) -> Any:
    """`parser.parse_args`, plus per-pass flags: sets `args.pass_flags` (a list of
    (pass name, options text)) and `args.pass_session` (None without pass flags)."""
    argv = _normalize(parser, list(sys.argv[1:] if argv is None else argv))
    # Per-pass flags go around argparse, which would take one whose value has a space
    # (`--canonicalize="max-iterations=3 top-down=false"`) for the input file.
    end = argv.index("--") if "--" in argv else len(argv)
    known = parser._option_string_actions
    flags = [
        i
        for i, arg in enumerate(argv[:end])
        if arg.startswith("--")
        and (name := arg[2:].partition("=")[0]) not in known
        and "--" + name not in known
        and _is_pass_name(name)
    ]
    args, extras = parser.parse_known_args([a for i, a in enumerate(argv) if i not in flags])
    args.pass_flags = []
    args.pass_session = None
    extras = [argv[i] for i in flags] + extras
    if extras:
        args.pass_flags = _pass_flags(parser, args, extras)
    if args.list_passes:
        _exit_on_plugin_error(parser, lambda: sys.stdout.write(list_passes_text(args)))
        parser.exit(0)
    if args.pass_flags or any(getattr(args, dest) for dest in _SESSION_FLAGS):
        if args.pass_flags and args.pass_pipeline is not None:
            parser.exit(
                EXIT_FAILURE,
                "<unknown>:0: error: '-pass-pipeline' option can't be used with individual "
                "pass options\n",
            )
        args.pass_session = PassSession(args)
        _exit_on_plugin_error(parser, lambda: args.pass_session.check_flags(parser))
    return args


def _exit_on_plugin_error(parser: argparse.ArgumentParser, action: Any) -> None:
    from pyir.registry import PluginError

    try:
        action()
    except PluginError as err:
        parser.exit(EXIT_FAILURE, f"{parser.prog}: error: {err}\n")


def _scratch_context(args: Any) -> Any:
    from pyir.context import Context

    return Context(allow_unregistered_dialects=args.allow_unregistered_dialect)


def _pass_flags(parser: argparse.ArgumentParser, args: Any, extras: list[str]) -> list:
    """The per-pass flags among the arguments argparse did not recognize (in order);
    the usual argparse error for anything else."""
    from pyir.pass_manager import pass_registry

    registry = pass_registry(_scratch_context(args))
    found, unknown = [], []
    for arg in extras:
        name, eq, options = arg[2:].partition("=")
        if arg.startswith("--") and name in registry:
            found.append((name, options if eq else ""))
        else:
            unknown.append(arg)
    if unknown:
        parser.error("unrecognized arguments: " + " ".join(unknown))
    return found


#: How `--list-passes` names option value types (LLVM's words; lists show their elements).
_VALUE_NAMES = {"bool": "bool", "int": "int", "float": "number", "str": "string"}


def list_passes_text(args: Any) -> str:
    """`--list-passes`: each pass with its summary and options, as mlir-opt lists them."""
    from pyir.pass_manager import lookup_pass, pass_registry

    context = _scratch_context(args)
    width = 52
    lines = ["Passes:"]
    from pyir.registry import PluginError

    for name in pass_registry(context).names():
        try:
            cls = lookup_pass(context, name)
        except PluginError as err:  # one broken plugin does not hide the other passes
            sys.stderr.write(f"pyir-opt: warning: {err}\n")
            continue
        if cls is None:
            continue
        lines.append(f"{'  --' + name:<{width}} -   {cls.summary}")
        for opt_name in sorted(cls.options):
            opt = cls.options[opt_name]
            kind = "value" if opt.choices else _VALUE_NAMES[opt.element_kind]
            value = "" if opt.kind == "bool" else f"=<{kind}>"
            lines.append(f"{'    --' + opt_name + value:<{width}} - {opt.help}".rstrip())
            lines.extend(f"    ={choice}" for choice in opt.choices or ())
    return "\n".join(lines) + "\n"


class PassSession:
    """The pass-related state of one pyir-opt run: builds a pass manager per chunk, runs
    it, writes dumps and timing to `err` (stderr)."""

    def __init__(self, args: Any, err: Any = None) -> None:
        self.args = args
        self.err = err if err is not None else sys.stderr
        self._timer: Any = None
        self._mark = 0.0
        self._output_from: float | None = None

    # -- flags -----------------------------------------------------------------------------------
    def check_flags(self, parser: argparse.ArgumentParser) -> None:
        """Reject what can be checked before reading input: unknown pass names in the
        print-ir filters and pipelines that do not parse (exit status 1)."""
        from pyir.pass_manager import pass_registry

        context = _scratch_context(self.args)
        registry = pass_registry(context)
        for flag, names in (
            ("mlir-print-ir-before", self.args.print_ir_before),
            ("mlir-print-ir-after", self.args.print_ir_after),
        ):
            for name in _split_names(names):
                if name not in registry:
                    parser.exit(
                        EXIT_FAILURE,
                        f"{parser.prog}: for the --{flag} option: "
                        f"Cannot find option named '{name}'!\n",
                    )
        from pyir.pass_manager import PassManagerError
        from pyir.pass_pipeline import PipelineError

        try:
            self.build(context)
        except (PipelineError, PassManagerError) as err:
            parser.exit(EXIT_FAILURE, f"<unknown>:0: error: {err}\n")

    def build(self, context: Any) -> Any:
        """A PassManager for the command line (pipeline or per-pass flags)."""
        from pyir.pass_manager import PassManager, lookup_pass
        from pyir.pass_pipeline import add_pass_with_options

        args = self.args
        if args.pass_pipeline is not None:
            pm = PassManager.from_pipeline(context, args.pass_pipeline)
        else:
            pm = PassManager(context, "builtin.module", "implicit")
            for name, options in args.pass_flags:
                add_pass_with_options(pm, lookup_pass(context, name), options)
        pm.verify_each = args.verify_each
        pm.catch_errors = not os.environ.get("PYIR_DEBUG")
        return pm

    # -- per chunk -------------------------------------------------------------------------------
    def begin_chunk(self) -> None:
        """Called before parsing a chunk: starts its timing."""
        self._finish_report()
        if self.args.mlir_timing:
            from pyir.pass_instrumentation import Timer

            self._timer = Timer("root")
            self._timer.start()
            self._mark = time.perf_counter()
            self._output_from = None

    def run(self, module: Any, context: Any) -> bool:
        """Run the pipeline on the parsed `module`; False when it failed (diagnostics went
        to the context's engine)."""
        self._stop_parser_timer()
        timer = self._timer
        from pyir.pass_manager import PassManagerError
        from pyir.pass_pipeline import PipelineError

        context.debug_rewrites = self.args.debug_rewrites
        try:
            pm = self.build(context)
        except (PipelineError, PassManagerError) as err:
            context.diagnostics.error(str(err))
            return False
        if self.args.dump_pass_pipeline:
            self.err.write(pm.dump_text())
        self._instrument(pm)
        try:
            ok = pm.run(module)
        except PassManagerError as err:
            context.diagnostics.error(str(err))
            ok = False
        self.err.flush()
        if timer is not None and ok:
            self._output_from = time.perf_counter()
        return ok

    def end_chunk(self) -> None:
        """Called when a chunk is done (printed or failed): writes its timing report."""
        self._finish_report()

    def _finish_report(self) -> None:
        timer = self._timer
        if timer is None:
            return
        self._stop_parser_timer()
        self._timer = None
        if self._output_from is not None:
            timer.child("output", "Output").elapsed += time.perf_counter() - self._output_from
        timer.stop()
        sys.stdout.flush()
        self.err.write(timer.report(self.args.mlir_timing_display))
        self.err.flush()

    def _stop_parser_timer(self) -> None:
        timer = self._timer
        if timer is not None and "parser" not in timer.children:
            timer.child("parser", "Parser").elapsed += time.perf_counter() - self._mark

    def _instrument(self, pm: Any) -> None:
        args = self.args
        if self._timer is not None:
            from pyir.pass_instrumentation import PassTiming

            pm.add_instrumentation(PassTiming(self._timer))
        before: Any = True if args.print_ir_before_all else set(_split_names(args.print_ir_before))
        after: Any = True if args.print_ir_after_all else set(_split_names(args.print_ir_after))
        if before or after or args.print_ir_after_failure:
            from pyir.pass_instrumentation import IRPrinting

            pm.add_instrumentation(
                IRPrinting(
                    self._render,
                    self.err,
                    before=before,
                    after=after,
                    module_scope=args.print_ir_module_scope,
                    after_only_on_change=args.print_ir_after_change,
                    after_only_on_failure=args.print_ir_after_failure,
                )
            )

    def _render(self, op: Any, module_scope: bool) -> str:
        from pyir.textual.printer import PrintOptions, print_operation

        args = self.args
        if module_scope:
            while op.parent_op() is not None:
                op = op.parent_op()
        return print_operation(
            op,
            PrintOptions(
                generic=args.mlir_print_op_generic,
                debuginfo=args.mlir_print_debuginfo,
                # A nested op prints alone, without aliases (MLIR's local scope).
                local_scope=args.mlir_print_local_scope or op.parent is not None,
            ),
        )


def _split_names(values: list[str]) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]
