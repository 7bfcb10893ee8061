"""Textual pass pipelines: MLIR's syntax, its error messages and columns, printing back."""

from __future__ import annotations

import pytest

from pyir.context import Context
from pyir.pass_manager import OpPassManager, PassManager, PassManagerError, lookup_pass
from pyir.pass_pipeline import (
    PipelineError,
    add_pass_with_options,
    parse_pass_pipeline,
    parse_pipeline_elements,
    split_anchor,
)
from pyir.passes import Pass, option


# Stand-ins for the canonicalize and cse passes written later: the pipeline machinery
# must accept them (with MLIR's option names) as soon as they are registered.
class DummyCanonicalize(Pass):
    name = "canonicalize"
    summary = "Canonicalize operations"
    display_name = "CanonicalizerPass"
    max_iterations: int = option(10, help="Max. iterations between applying patterns")
    top_down: bool = option(True, help="Seed the worklist in general top-down order")
    region_simplify: str = option("normal", choices=("disabled", "normal", "aggressive"))
    disable_patterns: list[str] = option([], help="Labels of patterns to filter out")


class DummyCSE(Pass):
    name = "cse"
    summary = "Eliminate common sub-expressions"
    display_name = "CSEPass"


class FuncOnly(Pass):
    name = "func-only"
    display_name = "FuncOnlyPass"
    anchor = "func.func"


PASSES = {p.name: p for p in (DummyCanonicalize, DummyCSE, FuncOnly)}


def lookup(name: str) -> type[Pass] | None:
    return PASSES.get(name)


def parse(text: str) -> OpPassManager:
    return parse_pass_pipeline(text, lookup)


# -- accepted pipelines -------------------------------------------------------------------------
def test_nested_pipeline_with_options_round_trips() -> None:
    pm = parse("builtin.module(func.func(canonicalize{max-iterations=3},cse))")
    assert pm.anchor == "builtin.module"
    # (An unset empty list option prints as nothing, leaving its separator: MLIR's form.)
    assert pm.pipeline_text() == (
        "builtin.module(func.func(canonicalize{ max-iterations=3 region-simplify=normal "
        "top-down=true},cse))"
    )
    (adaptor,) = pm.passes
    (nested,) = adaptor.managers
    canon, cse = nested.passes
    assert isinstance(canon, DummyCanonicalize) and canon.max_iterations == 3
    assert isinstance(cse, DummyCSE)
    # The printed pipeline parses back to the same pipeline.
    assert parse(pm.pipeline_text()).pipeline_text() == pm.pipeline_text()


def test_whitespace_is_allowed_around_names() -> None:
    pm = parse(" builtin.module( cse , canonicalize{top-down=false} ) ")
    assert [p.name for p in pm.passes] == ["cse", "canonicalize"]
    assert pm.passes[1].top_down is False


def test_any_anchor_and_empty_pipelines() -> None:
    pm = parse("any(cse)")
    assert pm.anchor is None and pm.anchor_name == "any"
    assert parse("builtin.module()").passes == []
    nested = parse("builtin.module(any(cse),func.func())")
    assert nested.pipeline_text() == "builtin.module(any(cse),func.func())"


def test_dump_text_matches_mlir() -> None:
    pm = parse("builtin.module(func.func(cse,cse),cse,any(cse))")
    assert pm.dump_text() == (
        "Pass Manager with 3 passes:\n"
        "builtin.module(\n"
        "  func.func(\n"
        "    cse,\n"
        "    cse\n"
        "  ),\n"
        "  cse,\n"
        "  any(\n"
        "    cse\n"
        "  )\n"
        ")\n\n"
    )
    assert parse("builtin.module()").dump_text() == (
        "Pass Manager with 0 passes:\nbuiltin.module(\n\n)\n\n"
    )


def test_element_tree() -> None:
    elements = parse_pipeline_elements("a{x=1 y={p q}},b(c, d{z}),e")
    assert repr(elements) == "[a{x=1 y={p q}}, b(c,d{z}), e]"
    assert [e.offset for e in elements] == [0, 15, 26]


# -- errors, with MLIR's messages and columns ---------------------------------------------------
@pytest.mark.parametrize(
    ("pipeline", "message", "text", "column"),
    [
        (
            "builtin.module(func.func(cse)",
            "encountered unbalanced parentheses while parsing pipeline",
            "func.func(cse",
            11,
        ),
        (
            "builtin.module(func.func(cse)))",
            "encountered extra closing ')' creating unbalanced parentheses while parsing pipeline",
            "func.func(cse))",
            15,
        ),
        (
            "builtin.module(foo)",
            "'foo' does not refer to a registered pass or pass pipeline",
            "foo",
            1,
        ),
        (
            "builtin.module(cse,,cse)",
            "'' does not refer to a registered pass or pass pipeline",
            "cse,,cse",
            5,
        ),
        (
            "builtin.module(cse{)",
            "missing closing '}' while processing pass options",
            "cse{",
            4,
        ),
        (
            "builtin.module(canonicalize{max-iterations=3}})",
            "expected ',' after parsing pipeline",
            "canonicalize{max-iterations=3}}",
            31,
        ),
        (
            "builtin.module(func.func)",
            "'func.func' does not refer to a registered pass or pass pipeline",
            "func.func",
            1,
        ),
        (
            "builtin.module(func.func(cse) cse)",
            "expected ',' after parsing pipeline",
            "func.func(cse) cse",
            16,
        ),
    ],
)
def test_syntax_errors_carry_mlir_message_and_column(
    pipeline: str, message: str, text: str, column: int
) -> None:
    with pytest.raises(PipelineError) as err:
        parse(pipeline)
    assert (err.value.message, err.value.text, err.value.column) == (message, text, column)
    assert str(err.value) == (
        f"MLIR Textual PassPipeline Parser:1:{column}: error: {message}\n"
        f"{text}\n{' ' * (column - 1)}^\n"
    )


@pytest.mark.parametrize(
    "pipeline", ["cse", "", "builtin.module(cse", "builtin.module(cse)extra", "(cse)"]
)
def test_pipeline_must_be_wrapped_in_an_anchor(pipeline: str) -> None:
    with pytest.raises(PipelineError) as err:
        parse(pipeline)
    assert str(err.value) == (
        "expected pass pipeline to be wrapped with the anchor operation type, "
        "e.g. 'builtin.module(...)'"
    )


def test_bad_options_say_which_pass_could_not_be_added() -> None:
    with pytest.raises(PipelineError) as err:
        parse("builtin.module(cse{bad=1})")
    assert str(err.value) == (
        "<Pass-Options-Parser>: no such option bad\nfailed to add `cse` with options `bad=1`"
    )
    with pytest.raises(PipelineError) as err:
        parse("builtin.module(canonicalize{max-iterations=x})")
    assert str(err.value) == (
        "for the --max-iterations option: 'x' value invalid for integer argument!\n"
        "failed to add `canonicalize` with options `max-iterations=x`"
    )


def test_explicit_nesting_rejects_a_pass_anchored_elsewhere() -> None:
    with pytest.raises(PipelineError) as err:
        parse("builtin.module(func-only)")
    assert str(err.value) == (
        "Can't add pass 'FuncOnlyPass' restricted to 'func.func' on a PassManager intended "
        "to run on 'builtin.module', did you intend to nest?\n"
        "failed to add `func-only` with options ``"
    )
    assert parse("builtin.module(func.func(func-only))").pipeline_text() == (
        "builtin.module(func.func(func-only))"
    )
    # An `any` manager accepts anchored passes (they are checked when it runs).
    assert parse("any(func-only)").passes[0].name == "func-only"


def test_options_on_a_nested_pipeline_are_an_error() -> None:
    with pytest.raises(PipelineError, match="options are not allowed on the nested pipeline"):
        parse("builtin.module(func.func{x}(cse))")


def test_split_anchor() -> None:
    assert split_anchor("builtin.module(a,b)") == ("builtin.module", "a,b", 15)


# -- through the registry -----------------------------------------------------------------------
def test_registered_dummy_passes_are_found_by_name() -> None:
    context = Context(use_entry_points=False)
    context.passes.register("canonicalize", DummyCanonicalize)
    context.passes.register("cse", DummyCSE)
    assert lookup_pass(context, "cse") is DummyCSE
    assert lookup_pass(context, "nope") is None
    pm = PassManager.from_pipeline(
        context, "builtin.module(func.func(canonicalize{max-iterations=3},cse),symbol-dce)"
    )
    assert pm.pipeline_text() == (
        "builtin.module(func.func(canonicalize{ max-iterations=3 region-simplify=normal "
        "top-down=true},cse),symbol-dce)"
    )
    assert "symbol-dce" in context.passes.names()


def test_add_pass_with_options_uses_implicit_nesting_of_the_manager() -> None:
    pm = OpPassManager("builtin.module", nesting="implicit")
    add_pass_with_options(pm, FuncOnly, "")
    add_pass_with_options(pm, DummyCSE, "")
    assert pm.pipeline_text() == "builtin.module(func.func(func-only),cse)"
    explicit = OpPassManager("builtin.module", nesting="explicit")
    with pytest.raises(PassManagerError):
        explicit.add_pass(FuncOnly())
