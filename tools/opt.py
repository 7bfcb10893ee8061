"""`pyir-opt`: parse, verify and print MLIR text (the driver of mlir-opt's core flags).

A thin driver: reading input, splitting, running the parser and verifier, printing and
reporting diagnostics. Every user error ends as `file:line:col: error: ...` on stderr with
exit status 1; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pyir import __version__

EXIT_OK = 0
EXIT_FAILURE = 1


class _ArgumentParser(argparse.ArgumentParser):
    """argparse, but a bad command line is a user error like any other: exit status 1."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_FAILURE, f"{self.prog}: error: {message}\n")


def _arg_parser() -> argparse.ArgumentParser:
    p = _ArgumentParser(
        prog="pyir-opt",
        description="Parse, verify and print MLIR (pyir's counterpart of mlir-opt).",
    )
    p.add_argument("input", nargs="?", default="-", help="input file ('-' for stdin)")
    p.add_argument("-o", dest="output", default="-", help="output file ('-' for stdout)")
    p.add_argument(
        "--split-input-file",
        action="store_true",
        help="split the input on '// -----' and process each chunk independently",
    )
    p.add_argument(
        "--verify-diagnostics",
        action="store_true",
        help="check emitted diagnostics against expected-* comments in the input",
    )
    p.add_argument(
        "--mlir-print-op-generic",
        action="store_true",
        help="print every operation in the generic form",
    )
    p.add_argument("--mlir-print-debuginfo", action="store_true", help="print locations")
    p.add_argument(
        "--mlir-print-local-scope",
        action="store_true",
        help="print without aliases, each attribute and location in place",
    )
    p.add_argument(
        "--allow-unregistered-dialect",
        action="store_true",
        help="accept operations of dialects that are not registered",
    )
    p.add_argument(
        "--load-dialect-plugin",
        action="append",
        default=[],
        metavar="PLUGIN",
        help="load dialects from a module name or a .py file (repeatable)",
    )
    p.add_argument(
        "--show-dialects", action="store_true", help="list the registered dialects and exit"
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    # Pass flags (--pass-pipeline/-p, per-pass flags, --verify-each, --mlir-print-ir-*,
    # --mlir-timing, ...): pyir.tools.pass_options.
    from pyir.tools.pass_options import add_arguments

    add_arguments(p)
    return p


def _read_input(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    with open(path, "rb") as f:
        return f.read(), path


def _decode(data: bytes, filename: str) -> tuple[str | None, str | None]:
    """The text, or an error message located at the first byte that is not UTF-8."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        good = data[: err.start].decode("utf-8")
        line = good.count("\n") + 1
        col = len(good) - (good.rfind("\n") + 1) + 1
        return (
            None,
            f"{filename}:{line}:{col}: error: invalid UTF-8 byte 0x{data[err.start]:02X} in input",
        )


def main(argv: list[str] | None = None) -> int:
    from pyir.tools.pass_options import parse_command_line

    args = parse_command_line(_arg_parser(), argv)  # also per-pass flags (--symbol-dce)
    # A one-shot process: the IR lives until exit, so cycle collection only costs time.
    import gc

    gc.disable()
    if args.version:
        print(f"pyir-opt {__version__}")
        return EXIT_OK
    try:
        return _run(args)
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader went away (`pyir-opt ... | head`): stop quietly, as mlir-opt does;
        # stdout is pointed at devnull so the interpreter's final flush cannot fail.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except RecursionError:
        sys.stderr.write("pyir-opt: error: input nests too deeply to process\n")
        return EXIT_FAILURE
    except Exception as err:  # never a traceback for the user; PYIR_DEBUG=1 shows it
        import os

        from pyir.registry import PluginError

        if isinstance(err, PluginError):  # an installed plugin the input needs is broken
            sys.stderr.write(f"pyir-opt: error: {err}\n")
            return EXIT_FAILURE
        if os.environ.get("PYIR_DEBUG"):
            raise
        sys.stderr.write(f"pyir-opt: internal error: {type(err).__name__}: {err}\n")
        return EXIT_FAILURE


def _run(args: Any) -> int:
    try:
        args.plugin_dialects = _load_plugins(args.load_dialect_plugin)
    except ValueError as err:
        sys.stderr.write(f"pyir-opt: error: {err}\n")
        return EXIT_FAILURE
    if args.show_dialects:
        context = _make_context(args)
        print("Available Dialects: " + ", ".join(context.registered_dialect_names()))
        return EXIT_OK
    try:
        data, filename = _read_input(args.input)
    except OSError as err:
        sys.stderr.write(
            f"pyir-opt: error: could not open input file '{args.input}': {err.strerror}\n"
        )
        return EXIT_FAILURE
    text, problem = _decode(data, filename)
    del data  # the decoded text is all we keep
    if text is None:
        sys.stderr.write(problem + "\n")
        return EXIT_FAILURE

    try:
        stream = sys.stdout if args.output == "-" else open(args.output, "w")  # noqa: SIM115
    except OSError as err:
        sys.stderr.write(
            f"pyir-opt: error: could not open output file '{args.output}': {err.strerror}\n"
        )
        return EXIT_FAILURE
    failed = False
    try:
        if not args.split_input_file:
            module = _front(text, filename, 0, 0, text, args)
            # The source text served the diagnostics; printing a large module without
            # it lowers the peak memory by the size of the file.
            del text
            failed = module is None or (
                module is not _NOTHING_TO_PRINT and not _print(module, args, stream)
            )
        else:
            from pyir.tools.split_input import DEFAULT_MARKER, split_input

            wrote_any = False
            for chunk in split_input(text):
                # The marker goes between the outputs of chunks that printed something.
                prefix = DEFAULT_MARKER + "\n" if wrote_any else ""
                ok = _process(
                    chunk.text,
                    filename,
                    chunk.line_offset,
                    chunk.column_offset,
                    text,
                    args,
                    stream,
                    prefix,
                )
                failed = failed or not ok
                wrote_any = wrote_any or (ok and not args.verify_diagnostics)
        stream.flush()
        if args.pass_session is not None:
            args.pass_session.end_chunk()  # the last chunk's timing report
    finally:
        if stream is not sys.stdout:
            stream.close()
    return EXIT_FAILURE if failed else EXIT_OK


def _load_plugins(specs: list[str]) -> list:
    """The dialects of the `--load-dialect-plugin` flags; ValueError naming a bad one."""
    if not specs:
        return []
    from pyir.context import Context, PluginError

    dialects = []
    scratch = Context(use_entry_points=False)
    for spec in specs:
        try:
            dialects.extend(scratch.load_plugin(spec))
        except PluginError as err:
            raise ValueError(f"could not load dialect plugin: {err}") from None
    return dialects


def _make_context(args: Any) -> Any:
    from pyir.context import Context

    context = Context(allow_unregistered_dialects=args.allow_unregistered_dialect)
    for dialect in args.plugin_dialects:
        context.register_dialect(dialect)
    return context


_NOTHING_TO_PRINT = object()  # --verify-diagnostics met every expectation


def _process(
    text: str,
    filename: str,
    line_offset: int,
    column_offset: int,
    full_text: str,
    args: Any,
    stream: Any,
    prefix: str = "",
) -> bool:
    """Parse, verify and print one buffer to `stream` (after `prefix`); True on success."""
    module = _front(text, filename, line_offset, column_offset, full_text, args)
    if module is None:
        return False
    if module is _NOTHING_TO_PRINT:
        return True
    return _print(module, args, stream, prefix)


def _front(
    text: str,
    filename: str,
    line_offset: int,
    column_offset: int,
    full_text: str,
    args: Any,
) -> Any:
    """Parse, verify and transform one buffer, writing its diagnostics: the module to
    print, None on failure, or _NOTHING_TO_PRINT (--verify-diagnostics, all expected)."""
    from pyir.diagnostics import Diagnostic, Severity, format_diagnostic
    from pyir.textual.parser import parse_source

    context = _make_context(args)
    collected: list[Diagnostic] = []
    context.diagnostics.push_handler(collected.append)
    passes = args.pass_session  # None without pass flags (pyir.tools.pass_options)
    if passes is not None:
        passes.begin_chunk()
    module = parse_source(text, filename, context, line_offset, column_offset)
    if module is not None and args.verify_each:
        from pyir.verifier import verify

        if not verify(module, context.diagnostics):
            module = None
    if module is not None and passes is not None and not passes.run(module, context):
        module = None
    sources = {filename: full_text}
    if args.verify_diagnostics:
        from pyir.tools.verify_diagnostics import verify_diagnostics

        problems = verify_diagnostics(
            text,
            collected,
            filename=filename,
            line_offset=line_offset,
            column_offset=column_offset,
        )
        for diag in problems:
            sys.stderr.write(format_diagnostic(diag, sources) + "\n")
        if problems:
            return None
        return _NOTHING_TO_PRINT if module is None else module
    for diag in collected:
        sys.stderr.write(format_diagnostic(diag, sources) + "\n")
    if module is None or any(d.severity == Severity.ERROR for d in collected):
        return None
    return module


def _print(module: Any, args: Any, stream: Any, prefix: str = "") -> bool:
    from pyir.textual.printer import PrintOptions, print_operation_to

    options = PrintOptions(
        generic=args.mlir_print_op_generic,
        debuginfo=args.mlir_print_debuginfo,
        local_scope=args.mlir_print_local_scope,
    )
    stream.write(prefix)
    print_operation_to(module, stream, options)
    stream.write("\n")  # mlir-opt ends each printed module with an empty line
    return True


if __name__ == "__main__":
    sys.exit(main())
