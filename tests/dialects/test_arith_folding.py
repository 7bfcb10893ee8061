"""arith folders and canonicalization patterns, run through the greedy driver."""

from __future__ import annotations

import pytest

from pyir.context import Context
from pyir.folding import canonicalization_patterns
from pyir.greedy_rewrite import GreedyRewriteConfig, apply_patterns_greedily
from pyir.patterns import PatternSet
from pyir.textual.parser import parse_source
from pyir.textual.printer import print_operation


def canonicalize(body: str, args: str = "%a: i32", results: str = "i32") -> list[str]:
    context = Context()
    text = f"func.func @f({args}) -> {results} {{\n{body}\n}}\n"
    module = parse_source(text, "in.mlir", context)
    assert module is not None, [d.message for d in context.diagnostics.collected]
    patterns = PatternSet()
    for op in context.get_dialect("arith").ops:
        patterns.add(*canonicalization_patterns(op))
    config = GreedyRewriteConfig(top_down=True)
    result = apply_patterns_greedily(module, patterns.freeze(), config)
    assert result.converged
    lines = print_operation(module).splitlines()
    return [line.strip() for line in lines[2:-2]]


@pytest.mark.parametrize(
    ("op", "type", "a", "b", "want"),
    [
        ("addi", "i8", 127, 1, "%c-128_i8 = arith.constant -128 : i8"),
        ("subi", "i8", -128, 1, "%c127_i8 = arith.constant 127 : i8"),
        ("muli", "i16", 300, 300, "%c24464_i16 = arith.constant 24464 : i16"),
        ("divsi", "i32", -7, 2, "%c-3_i32 = arith.constant -3 : i32"),
        ("divui", "i8", -1, 2, "%c127_i8 = arith.constant 127 : i8"),
        ("remsi", "i32", -7, 2, "%c-1_i32 = arith.constant -1 : i32"),
        ("floordivsi", "i32", -7, 2, "%c-4_i32 = arith.constant -4 : i32"),
        ("ceildivsi", "i32", 7, 2, "%c4_i32 = arith.constant 4 : i32"),
        ("shli", "i8", 1, 7, "%c-128_i8 = arith.constant -128 : i8"),
        ("shrsi", "i8", -128, 7, "%c-1_i8 = arith.constant -1 : i8"),
        ("shrui", "i8", -128, 7, "%c1_i8 = arith.constant 1 : i8"),
        ("maxui", "i8", -1, 1, "%c-1_i8 = arith.constant -1 : i8"),
        ("minsi", "i8", -1, 1, "%c-1_i8 = arith.constant -1 : i8"),
        ("xori", "index", 6, 3, "%c5 = arith.constant 5 : index"),
    ],
)
def test_constant_folding_wraps_like_apint(op: str, type: str, a: int, b: int, want: str) -> None:
    lines = canonicalize(
        f"%x = arith.constant {a} : {type}\n%y = arith.constant {b} : {type}\n"
        f"%r = arith.{op} %x, %y : {type}\nreturn %r : {type}",
        args="",
        results=type,
    )
    assert lines[0] == want
    assert len(lines) == 2


@pytest.mark.parametrize(
    ("op", "a", "b"),
    [
        ("divsi", 1, 0),
        ("divui", 1, 0),
        ("remsi", 1, 0),
        ("divsi", -2147483648, -1),
        ("shli", 1, 40),
    ],
)
def test_undefined_results_are_not_folded(op: str, a: int, b: int) -> None:
    lines = canonicalize(
        f"%x = arith.constant {a} : i32\n%y = arith.constant {b} : i32\n"
        f"%r = arith.{op} %x, %y : i32\nreturn %r : i32",
        args="",
    )
    assert any(f"arith.{op}" in line for line in lines)


def test_identities_and_commutative_constants_move_right() -> None:
    lines = canonicalize(
        "%c0 = arith.constant 0 : i32\n%c1 = arith.constant 1 : i32\n"
        "%c7 = arith.constant 7 : i32\n"
        "%0 = arith.addi %c0, %a : i32\n%1 = arith.muli %0, %c1 : i32\n"
        "%2 = arith.subi %1, %1 : i32\n%3 = arith.ori %1, %2 : i32\n"
        "%4 = arith.addi %c7, %3 : i32\nreturn %4 : i32"
    )
    assert lines == [
        "%c7_i32 = arith.constant 7 : i32",
        "%0 = arith.addi %arg0, %c7_i32 : i32",
        "return %0 : i32",
    ]


def test_constants_reassociate_through_add_and_sub_chains() -> None:
    lines = canonicalize(
        "%c2 = arith.constant 2 : i32\n%c5 = arith.constant 5 : i32\n"
        "%0 = arith.addi %a, %c2 overflow<nsw> : i32\n%1 = arith.subi %0, %c5 overflow<nsw> : i32\n"
        "%2 = arith.subi %c2, %1 : i32\n%3 = arith.muli %2, %c5 : i32\n"
        "%4 = arith.muli %3, %c2 : i32\nreturn %4 : i32"
    )
    # ((a + 2) - 5) = a - 3; 2 - (a - 3) = 5 - a; (5 - a) * 5 * 2 = (5 - a) * 10.
    assert lines == [
        "%c10_i32 = arith.constant 10 : i32",
        "%c5_i32 = arith.constant 5 : i32",
        "%0 = arith.subi %c5_i32, %arg0 : i32",
        "%1 = arith.muli %0, %c10_i32 : i32",
        "return %1 : i32",
    ]


def test_bench_fold_workload_leaves_five_ops() -> None:
    body = ["%c0 = arith.constant 0 : i32", "%c1 = arith.constant 1 : i32"]
    body.append("%c2 = arith.constant 2 : i32")
    prev = "%a"
    for i in range(40):
        m = i % 4
        if m == 0:
            body.append(f"%v{i} = arith.addi {prev}, %c0 : i32")
        elif m == 1:
            body.append(f"%v{i} = arith.muli {prev}, %c1 : i32")
        elif m == 2:
            body.append(f"%k{i} = arith.addi %c1, %c2 : i32")
            body.append(f"%v{i} = arith.addi {prev}, %k{i} : i32")
        else:
            body.append(f"%v{i} = arith.subi {prev}, %c2 : i32")
        prev = f"%v{i}"
    body.append(f"return {prev} : i32")
    assert canonicalize("\n".join(body)) == [
        "%c10_i32 = arith.constant 10 : i32",
        "%0 = arith.addi %arg0, %c10_i32 : i32",
        "return %0 : i32",
    ]
