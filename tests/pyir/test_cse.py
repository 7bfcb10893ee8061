"""Common subexpression elimination (pyir.cse) on arith, func and cf."""

from __future__ import annotations

from pyir.context import Context
from pyir.cse import eliminate_common_subexpressions
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation


def cse(text: str) -> tuple[int, list[str]]:
    context = Context(allow_unregistered_dialects=True)
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    erased = eliminate_common_subexpressions(module)
    return erased, [line.strip() for line in print_operation(module).splitlines()[1:-1]]


def test_pure_duplicates_and_commuted_operands_merge() -> None:
    erased, lines = cse(
        "func.func @f(%a: i32, %b: i32) -> (i32, i32, i32) {\n"
        "  %0 = arith.addi %a, %b : i32\n  %1 = arith.addi %b, %a : i32\n"
        "  %2 = arith.subi %a, %b : i32\n  %3 = arith.subi %b, %a : i32\n"
        "  %4 = arith.addi %0, %1 : i32\n  %5 = arith.subi %a, %b : i32\n"
        "  return %4, %3, %5 : i32, i32, i32\n}\n"
    )
    assert erased == 2
    assert lines[1:-1] == [
        "%0 = arith.addi %arg0, %arg1 : i32",
        "%1 = arith.subi %arg1, %arg0 : i32",
        "%2 = arith.addi %0, %0 : i32",
        "%3 = arith.subi %arg0, %arg1 : i32",
        "return %2, %1, %3 : i32, i32, i32",
    ]


def test_attributes_types_and_effects_keep_ops_apart() -> None:
    erased, lines = cse(
        "func.func @f(%a: i32) {\n"
        "  %c1 = arith.constant 1 : i32\n  %c1b = arith.constant 1 : i64\n"
        "  %c1c = arith.constant 1 : i32\n"
        "  %0 = arith.addi %a, %c1 overflow<nsw> : i32\n  %1 = arith.addi %a, %c1 : i32\n"
        '  %2 = "test.effects"(%a) : (i32) -> i32\n  %3 = "test.effects"(%a) : (i32) -> i32\n'
        '  "test.use"(%0, %1, %2, %3, %c1b, %c1c) : (i32, i32, i32, i32, i64, i32) -> ()\n'
        "  return\n}\n"
    )
    assert erased == 1  # only the second i32 constant
    assert sum("test.effects" in line for line in lines) == 2
    assert sum("arith.addi" in line for line in lines) == 2


def test_nested_regions_see_enclosing_values_but_isolated_ones_do_not() -> None:
    erased, lines = cse(
        "func.func @f(%a: i32) -> (i32, i32) {\n"
        "  %0 = arith.muli %a, %a : i32\n"
        "  %1 = scf.execute_region -> i32 {\n"
        "    %2 = arith.muli %a, %a : i32\n"
        "    scf.yield %2 : i32\n"
        "  }\n"
        '  %3 = "test.region"() ({\n'
        "    %4 = arith.muli %a, %a : i32\n"
        '    "test.yield"(%4) : (i32) -> ()\n'
        "  }) : () -> i32\n"
        "  return %0, %1 : i32, i32\n}\n"
        "func.func @g(%a: i32) -> i32 {\n"
        "  %0 = arith.muli %a, %a : i32\n  return %0 : i32\n}\n"
    )
    # The scf region sees %0; the unregistered op's region might be isolated: kept apart.
    assert erased == 1
    assert "scf.yield %0 : i32" in lines
    assert '"test.yield"(%3) : (i32) -> ()' in lines
    assert "%0 = arith.muli %arg0, %arg0 : i32" in lines[-3:]


def test_only_dominating_blocks_provide_values_and_dead_ops_go() -> None:
    # The same output as iree-opt --cse: unused ops are erased when visited.
    erased, lines = cse(
        "func.func @f(%a: i32, %c: i1) -> i32 {\n"
        "  %0 = arith.addi %a, %a : i32\n  %k = arith.addi %a, %a : i32\n"
        "  cf.cond_br %c, ^left, ^right\n"
        "^left:\n  %1 = arith.addi %a, %a : i32\n  %2 = arith.muli %a, %a : i32\n"
        "  cf.br ^join(%1, %k : i32, i32)\n"
        "^right:\n  %3 = arith.muli %a, %a : i32\n  cf.br ^join(%3, %3 : i32, i32)\n"
        "^join(%r: i32, %s: i32):\n  %4 = arith.muli %a, %a : i32\n  return %4 : i32\n}\n"
    )
    assert erased == 3
    assert lines == [
        "func.func @f(%arg0: i32, %arg1: i1) -> i32 {",
        "%0 = arith.addi %arg0, %arg0 : i32",
        "cf.cond_br %arg1, ^bb1, ^bb2",
        "^bb1:  // pred: ^bb0",
        "cf.br ^bb3(%0, %0 : i32, i32)",
        "^bb2:  // pred: ^bb0",
        "%1 = arith.muli %arg0, %arg0 : i32",
        "cf.br ^bb3(%1, %1 : i32, i32)",
        "^bb3(%2: i32, %3: i32):  // 2 preds: ^bb1, ^bb2",
        "%4 = arith.muli %arg0, %arg0 : i32",
        "return %4 : i32",
        "}",
    ]
