"""Pass classes and their options: declaration, MLIR's option syntax, printing, errors."""

from __future__ import annotations

import pytest

from pyir.context import Context
from pyir.location import FileLineColLoc
from pyir.passes import (
    OptionError,
    Pass,
    option,
    split_list_value,
    split_option_string,
)


class Unroll(Pass):
    """Every option type, with defaults."""

    name = "test-unroll"
    summary = "Unroll"
    anchor = "func.func"
    max_iterations: int = option(10, help="iterations")
    top_down: bool = option(True, help="order")
    label: str = option("", help="a label")
    ratio: float = option(0.3, help="a ratio")
    sizes: list[int] = option([], help="sizes")
    names: list[str] = option([], help="names")
    mode: str = option("normal", choices=("disabled", "normal", "aggressive"))


def test_class_attributes_and_option_table() -> None:
    assert Unroll.display_name == "Unroll"
    assert list(Unroll.options) == [
        "max-iterations",
        "top-down",
        "label",
        "ratio",
        "sizes",
        "names",
        "mode",
    ]
    opt = Unroll.options["max-iterations"]
    assert (opt.attr, opt.kind, opt.default, opt.help) == (
        "max_iterations",
        "int",
        10,
        "iterations",
    )
    assert Unroll.options["sizes"].kind == "list[int]"
    assert Unroll.options["mode"].choices == ("disabled", "normal", "aggressive")


def test_instances_start_from_defaults_and_lists_are_not_shared() -> None:
    a, b = Unroll(), Unroll()
    assert (a.max_iterations, a.top_down, a.label, a.ratio, a.sizes) == (10, True, "", 0.3, [])
    a.sizes.append(1)
    assert b.sizes == []


def test_keyword_options_by_field_or_option_name() -> None:
    p = Unroll(max_iterations=3, **{"top-down": False})
    assert (p.max_iterations, p.top_down) == (3, False)
    with pytest.raises(TypeError, match="has no option 'nope'"):
        Unroll(nope=1)


def test_options_text_is_sorted_and_skips_unset_empty_lists() -> None:
    # MLIR prints an unset empty list option as nothing, keeping its separator.
    assert Unroll().options_text() == (
        "{label= max-iterations=10 mode=normal  ratio=3.000000e-01  top-down=true}"
    )
    p = Unroll()
    p.set_options("sizes= names=a,{b c}")
    assert "sizes={}" in p.options_text()
    assert "names={a,{b c}}" in p.options_text()


def test_pipeline_text_and_pass_without_options() -> None:
    class Plain(Pass):
        name = "plain"

    assert Plain().pipeline_text() == "plain"
    assert (
        Unroll(max_iterations=2).pipeline_text().startswith("test-unroll{label= max-iterations=2")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("max-iterations=3", 3),
        ("max-iterations=-3", -3),
        ("max-iterations=0x10", 16),
        ("max-iterations=-0x10", -16),
        ("max-iterations=010", 8),
        ("max-iterations=0b11", 3),
        ("max-iterations=0o7", 7),
        ("max-iterations='7'", 7),
        ('max-iterations="7"', 7),
        ("max-iterations={7}", 7),
        ("  max-iterations=7  ", 7),
        ("max-iterations=1 max-iterations=4", 4),
    ],
)
def test_int_values(text: str, expected: int) -> None:
    p = Unroll()
    p.set_options(text)
    assert p.max_iterations == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("max-iterations=+5", "for the --max-iterations option: '+5' value invalid for integer"),
        ("max-iterations=1e3", "'1e3' value invalid for integer argument!"),
        ("max-iterations=", "'' value invalid for integer argument!"),
        ("max-iterations=''", "option: '' value invalid for integer argument!"),
        ("max-iterations=99999999999999999999", "value invalid for integer argument"),
        ("max-iterations", "for the --max-iterations option: requires a value!"),
        ("max-iterations=3,top-down=false", "'3,top-down=false' value invalid"),
        ("top-down=True", "'True' is invalid value for boolean argument! Try 0 or 1"),
        ("top-down=", "'' is invalid value for boolean argument! Try 0 or 1"),
        ("ratio=x", "for the --ratio option: 'x' value invalid for floating point argument!"),
        ("mode=bogus", "for the --mode option: Cannot find option named 'bogus'!"),
        ("bad=1", "<Pass-Options-Parser>: no such option bad"),
        ("sizes=1,x", "for the --sizes option: 'x' value invalid for integer argument!"),
    ],
)
def test_bad_values(text: str, message: str) -> None:
    with pytest.raises(OptionError) as err:
        Unroll().set_options(text)
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("top-down", True), ("top-down=0", False), ("top-down=false", False), ("top-down=1", True)],
)
def test_bool_values(text: str, value: bool) -> None:
    p = Unroll(top_down=not value)
    p.set_options(text)
    assert p.top_down is value


def test_strings_floats_and_lists() -> None:
    p = Unroll()
    p.set_options("label={a b} ratio=1e-3 sizes=1,2,0x10 names=x,'y,z',{u v} mode=aggressive")
    assert p.label == "a b"
    assert p.ratio == 0.001
    assert p.sizes == [1, 2, 16]
    assert p.names == ["x", "y,z", "u v"]
    assert p.mode == "aggressive"
    # Strings with spaces print in braces; floats in C's %e form.
    assert "label={a b}" in p.options_text()
    assert "ratio=1.000000e-03" in p.options_text()
    assert "names={x,y,z,{u v}}" in p.options_text()


def test_list_option_given_twice_collects_both() -> None:
    p = Unroll()
    p.set_options("sizes=1 sizes=2,3")
    assert p.sizes == [1, 2, 3]


def test_split_option_string() -> None:
    assert list(split_option_string("a=1 b c={x y} d='p q' e=\"r\"")) == [
        ("a", "1"),
        ("b", None),
        ("c", "x y"),
        ("d", "p q"),
        ("e", "r"),
    ]
    assert list(split_option_string("")) == []
    assert list(split_option_string("a={nested={x y} z}")) == [("a", "nested={x y} z")]


def test_split_list_value() -> None:
    assert split_list_value("") == []
    assert split_list_value("a,{b,c},'d,e', f ") == ["a", "b,c", "d,e", "f"]


def test_clone_copies_option_values() -> None:
    p = Unroll()
    p.set_options("max-iterations=4 sizes=1")
    q = p.clone()
    assert (q.max_iterations, q.sizes) == (4, [1])
    q.sizes.append(2)
    assert p.sizes == [1]
    assert q.options_text() == p.options_text().replace("sizes={1}", "sizes={1,2}")


# -- misdeclared passes fail at definition ------------------------------------------------------
def test_unsupported_option_type_is_rejected_at_definition() -> None:
    with pytest.raises(TypeError, match="unsupported type"):

        class Bad(Pass):
            name = "bad"
            value: dict = option({})


def test_default_of_wrong_type_is_rejected_at_definition() -> None:
    with pytest.raises(TypeError, match="default 'x' is not a int"):

        class Bad(Pass):
            name = "bad"
            value: int = option("x")

    with pytest.raises(TypeError, match="is not a int"):

        class Bad2(Pass):
            name = "bad2"
            value: int = option(True)


def test_type_from_default_and_explicit_type() -> None:
    class Inferred(Pass):
        name = "inferred"
        a = option(3)
        b = option(False)
        c = option([1.5])
        d = option([], type=list[str])

    kinds = {n: o.kind for n, o in Inferred.options.items()}
    assert kinds == {"a": "int", "b": "bool", "c": "list[float]", "d": "list[str]"}
    assert Inferred().a == 3


def test_subclass_inherits_options() -> None:
    class More(Unroll):
        name = "test-more"
        extra: int = option(1)

    assert "max-iterations" in More.options and "extra" in More.options
    assert More.display_name == "More"


def test_can_schedule_on_uses_the_anchor() -> None:
    class FakeDef:
        name = "func.func"

    class Other:
        name = "builtin.module"

    assert Unroll.can_schedule_on(FakeDef)
    assert not Unroll.can_schedule_on(Other)


def test_emit_helpers_report_at_the_op() -> None:
    from pyir.core import Operation

    context = Context(use_entry_points=False)
    op = Operation("test.op", location=FileLineColLoc("f.mlir", 3, 4))
    p = Unroll()
    p.context = context
    p.emit_op_error(op, "went wrong")
    p.emit_remark(op, "note this")
    first, second = context.diagnostics.collected
    assert first.message == "'test.op' op went wrong"
    assert first.location == FileLineColLoc("f.mlir", 3, 4)
    assert second.message == "note this"
