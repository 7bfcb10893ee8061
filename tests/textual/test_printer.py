"""Tests of pyir.textual.printer.

Expected texts were produced by `iree-opt` (upstream MLIR's opt tool, or its Python
bindings for detached ops) from the equivalent .mlir input with the flags each test
names; the func/arith ops defined here reproduce those dialects' syntax through the
printer's hooks. Only `test_custom_hook_regions_interleave_with_text` checks the hook
protocol itself, with no MLIR counterpart.
"""

from __future__ import annotations

import io
import time
from collections.abc import Sequence
from typing import Any, ClassVar

from pyir.affine import AffineMap, AffineMapAttr, IntegerSet, IntegerSetAttr, dim
from pyir.builtin import ModuleOp
from pyir.builtin_attributes import (
    ArrayAttr,
    DenseResourceElementsAttr,
    IntegerAttr,
    StringAttr,
    UnitAttr,
)
from pyir.builtin_types import (
    F32,
    I1,
    I8,
    I32,
    I64,
    INDEX,
    FunctionType,
    MemRefType,
    RankedTensorType,
    TupleType,
)
from pyir.core import Block, Operation, Region
from pyir.location import CallSiteLoc, FileLineColLoc, FusedLoc, NameLoc, UnknownLoc
from pyir.opdef import OpView
from pyir.textual import resources
from pyir.textual.printer import PrintOptions, print_operation, print_operation_to
from pyir.traits import IsolatedFromAbove, IsTerminator

GENERIC = PrintOptions(generic=True)
DEBUG = PrintOptions(debuginfo=True)


# -- helpers ------------------------------------------------------------------------------
def op(
    name: str,
    operands: Sequence[Any] = (),
    results: Sequence[Any] = (),
    props: dict | None = None,
    attrs: dict | None = None,
    succ: Sequence[Block] = (),
    regions: int | list[Region] = 0,
    loc: Any = None,
) -> Operation:
    """An unregistered op (MLIR: any op of a dialect that is not loaded)."""
    return Operation(
        name, None, list(operands), list(results), props, attrs, list(succ), regions, loc
    )


def module(*ops: Operation, loc: Any = None) -> Operation:
    m = ModuleOp.build(location=loc)
    for o in ops:
        m.regions[0].blocks[0].append(o)
    return m


def region_with(*blocks: Block) -> Region:
    r = Region()
    for b in blocks:
        r.add_block(b)
    return r


def affine(offset: int) -> AffineMapAttr:
    return AffineMapAttr(AffineMap(1, 0, (dim(0) + offset,)))


# -- naming, result groups, blocks ------------------------------------------------------------
def build_names_ir() -> Operation:
    entry = Block([I32, F32])
    bb1 = Block()
    bb2 = Block([I32])
    a, b = entry.args
    foo = op("test.foo", [a, b], [I32, I64], attrs={"z": IntegerAttr(1, I32), "a": StringAttr("x")})
    entry.append(foo)
    entry.append(op("test.use", [foo.results[1], foo.results[0]], succ=[bb1]))
    inner = Block()
    inner.append(op("test.inner", [foo.results[0]]))
    bar = op(
        "test.bar",
        [],
        [I32],
        props={"prop": IntegerAttr(1, I32)},
        regions=[region_with(inner), Region()],
    )
    bb1.append(bar)
    bb1.append(op("test.br", [bar.results[0]], succ=[bb2, bb2]))
    bb2.append(op("test.ret", [bb2.args[0]]))
    return module(op("test.op", regions=[region_with(entry, bb1, bb2)]))


NAMES_BODY = """\
  "test.op"() ({
  ^bb0(%arg0: i32, %arg1: f32):
    %0:2 = "test.foo"(%arg0, %arg1) {a = "x", z = 1 : i32} : (i32, f32) -> (i32, i64)
    "test.use"(%0#1, %0#0)[^bb1] : (i64, i32) -> ()
  ^bb1:  // pred: ^bb0
    %1 = "test.bar"() <{prop = 1 : i32}> ({
      "test.inner"(%0#0) : (i32) -> ()
    }, {
    }) : () -> i32
    "test.br"(%1)[^bb2, ^bb2] : (i32) -> ()
  ^bb2(%2: i32):  // 2 preds: ^bb1, ^bb1
    "test.ret"(%2) : (i32) -> ()
  }) : () -> ()
"""


def test_names_groups_blocks_and_successors() -> None:
    m = build_names_ir()
    assert print_operation(m) == "module {\n" + NAMES_BODY + "}\n"
    assert print_operation(m, GENERIC) == '"builtin.module"() ({\n' + NAMES_BODY + "}) : () -> ()\n"


def test_predecessor_comments() -> None:
    blocks = [Block() for _ in range(4)]
    bb0, bb1, bb2, bb3 = blocks
    bb0.append(op("test.br", succ=[bb1, bb2]))
    bb1.append(op("test.br", succ=[bb3]))
    bb2.append(op("test.br", succ=[bb3, bb1]))
    bb3.append(op("test.br", succ=[bb3]))
    dead = Block()
    dead.append(op("test.y"))
    m = module(op("test.op", regions=[region_with(*blocks, dead)]))
    assert print_operation(m) == (
        "module {\n"
        '  "test.op"() ({\n'
        '    "test.br"()[^bb1, ^bb2] : () -> ()\n'
        "  ^bb1:  // 2 preds: ^bb0, ^bb2\n"
        '    "test.br"()[^bb3] : () -> ()\n'
        "  ^bb2:  // pred: ^bb0\n"
        '    "test.br"()[^bb3, ^bb1] : () -> ()\n'
        "  ^bb3:  // 3 preds: ^bb1, ^bb2, ^bb3\n"
        '    "test.br"()[^bb3] : () -> ()\n'
        "  ^bb4:  // no predecessors\n"
        '    "test.y"() : () -> ()\n'
        "  }) : () -> ()\n"
        "}\n"
    )


def test_empty_regions_and_blocks() -> None:
    m = module(
        op("test.e", regions=[region_with(Block()), region_with(Block([I32]))]),
        op("test.none", regions=[Region()]),
    )
    body = (
        '  "test.e"() ({\n'
        "  ^bb0:\n"
        "  }, {\n"
        "  ^bb0(%arg0: i32):\n"
        "  }) : () -> ()\n"
        '  "test.none"() ({\n'
        "  }) : () -> ()\n"
    )
    assert print_operation(m) == "module {\n" + body + "}\n"
    assert print_operation(module()) == "module {\n}\n"
    assert print_operation(module(), GENERIC) == '"builtin.module"() ({\n^bb0:\n}) : () -> ()\n'


# -- numbering across regions ----------------------------------------------------------------
class FuncOp(OpView):
    """func.func's custom syntax, to check hooks against mlir-opt's output."""

    name = "func.func"
    traits = (IsolatedFromAbove,)
    default_dialect: ClassVar[str] = "func"

    @staticmethod
    def print_custom(o: Operation, p: Any) -> None:
        p.write(" ")
        p.print_symbol_name(o.properties["sym_name"].value)
        p.write("(")
        for i, arg in enumerate(o.regions[0].blocks[0].args):
            if i:
                p.write(", ")
            p.print_region_argument(arg)
        p.write(")")
        results = o.properties["function_type"].results
        if results:
            p.write(" -> ")
            p.print_type_list(results)
        p.print_optional_attr_dict_with_keyword(o.attributes)
        p.write(" ")
        p.print_region(o.regions[0], print_entry_block_args=False)


class ReturnOp(OpView):
    name = "func.return"
    traits = (IsTerminator,)

    @staticmethod
    def print_custom(o: Operation, p: Any) -> None:
        if o.operand_slots:
            p.write(" ")
            p.print_operands(o.operands)
            p.write(" : ")
            p.print_type_list(o.operand_types)


def func(name: str, arg_types: list, result_types: list, body: Block) -> Operation:
    props = {
        "sym_name": StringAttr(name),
        "function_type": FunctionType(tuple(arg_types), tuple(result_types)),
    }
    return FuncOp.create(properties=props, regions=[region_with(body)])


def build_func_ir() -> Operation:
    top = op("test.top", results=[I32])
    body = Block([I32])
    a = op("test.a", results=[I32])
    body.append(a)
    r1 = Block([I32])
    c = op("test.c", [a.results[0], r1.args[0]], [I32])
    r1.append(c)
    deep = Block([I32])
    deep.append(op("test.d", results=[I32]))
    r1.append(op("test.r", regions=[region_with(deep)]))
    r2 = Block([I32])
    r2.append(op("test.e", results=[I32]))
    b = op("test.b", results=[I32, I32], regions=[region_with(r1), region_with(r2)])
    body.append(b)
    f_ = op("test.f", results=[I32])
    body.append(f_)
    body.append(ReturnOp.create([f_.results[0]]))
    g_body = Block([I32])
    g_body.append(ReturnOp.create([g_body.args[0]]))
    return module(top, func("f", [I32], [I32], body), func("g", [I32], [I32], g_body))


def test_numbering_continues_into_regions_and_ignores_isolation() -> None:
    # Sibling regions restart from the count their parent region reached; an isolated
    # op (func.func) does not reset it. Custom syntax goes through print_custom hooks,
    # and `func.return` drops its prefix inside func.func (default dialect "func").
    assert (
        print_operation(build_func_ir())
        == """\
module {
  %0 = "test.top"() : () -> i32
  func.func @f(%arg0: i32) -> i32 {
    %1 = "test.a"() : () -> i32
    %2:2 = "test.b"() ({
    ^bb0(%arg1: i32):
      %4 = "test.c"(%1, %arg1) : (i32, i32) -> i32
      "test.r"() ({
      ^bb0(%arg2: i32):
        %5 = "test.d"() : () -> i32
      }) : () -> ()
    }, {
    ^bb0(%arg1: i32):
      %4 = "test.e"() : () -> i32
    }) : () -> (i32, i32)
    %3 = "test.f"() : () -> i32
    return %3 : i32
  }
  func.func @g(%arg0: i32) -> i32 {
    return %arg0 : i32
  }
}
"""
    )


def test_generic_form_numbers_uniquely() -> None:
    # --mlir-print-op-generic implies unique SSA ids: regions are numbered last first.
    assert (
        print_operation(build_func_ir(), GENERIC)
        == """\
"builtin.module"() ({
  %0 = "test.top"() : () -> i32
  "func.func"() <{function_type = (i32) -> i32, sym_name = "f"}> ({
  ^bb0(%arg1: i32):
    %1 = "test.a"() : () -> i32
    %2:2 = "test.b"() ({
    ^bb0(%arg3: i32):
      %5 = "test.c"(%1, %arg3) : (i32, i32) -> i32
      "test.r"() ({
      ^bb0(%arg4: i32):
        %6 = "test.d"() : () -> i32
      }) : () -> ()
    }, {
    ^bb0(%arg2: i32):
      %4 = "test.e"() : () -> i32
    }) : () -> (i32, i32)
    %3 = "test.f"() : () -> i32
    "func.return"(%3) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (i32) -> i32, sym_name = "g"}> ({
  ^bb0(%arg0: i32):
    "func.return"(%arg0) : (i32) -> ()
  }) : () -> ()
}) : () -> ()
"""
    )


def test_detached_op_with_results_and_region() -> None:
    # The root's regions start numbering before the root's own results (mlir python
    # bindings: Operation.print on a detached op).
    body = Block([I32])
    top = op("test.op", results=[I32, I32], regions=[region_with(body)])
    body.append(op("test.x", [body.args[0]], [I32]))
    expected = (
        '%0:2 = "test.op"() ({\n'
        "^bb0(%arg0: i32):\n"
        '  %N = "test.x"(%arg0) : (i32) -> i32\n'
        "}) : () -> (i32, i32)\n"
    )
    assert print_operation(top) == expected.replace("%N", "%0")
    assert print_operation(top, GENERIC) == expected.replace("%N", "%1")


def test_nested_op_prints_alone_with_enclosing_names() -> None:
    m = build_names_ir()
    test_op = m.regions[0].blocks[0].first_op
    use = test_op.regions[0].blocks[0].first_op.next_op
    assert print_operation(use) == '"test.use"(%0#1, %0#0)[^bb1] : (i64, i32) -> ()'
    assert print_operation(use, PrintOptions(local_scope=True)) == (
        '"test.use"(%0#1, %0#0)[^bb1] : (i64, i32) -> ()'
    )
    outside = op("test.z", [test_op.regions[0].blocks[0].args[0]])
    assert print_operation(outside) == '"test.z"(<<UNKNOWN SSA VALUE>>) : (i32) -> ()\n'


# -- custom result names (OpAsmOpInterface) ----------------------------------------------------
class ConstantOp(OpView):
    name = "arith.constant"

    @staticmethod
    def asm_result_names(o: Operation) -> list[str]:
        return [f"c{o.properties['value'].value}"]

    @staticmethod
    def print_custom(o: Operation, p: Any) -> None:
        p.write(" ")
        p.print_attribute(o.properties["value"])


def const(value: int) -> Operation:
    return ConstantOp.create(result_types=[INDEX], properties={"value": IntegerAttr(value, INDEX)})


def test_custom_result_names_are_made_unique() -> None:
    inner = Block()
    inner.append(const(0))
    inner.append(const(1))
    body = Block()
    body.append(const(0))
    body.append(const(0))
    body.append(op("test.r", regions=[region_with(inner)]))
    body.append(const(0))
    m = module(op("test.op", regions=[region_with(body)]))
    assert (
        print_operation(m)
        == """\
module {
  "test.op"() ({
    %c0 = arith.constant 0 : index
    %c0_0 = arith.constant 0 : index
    "test.r"() ({
      %c0_2 = arith.constant 0 : index
      %c1 = arith.constant 1 : index
    }) : () -> ()
    %c0_1 = arith.constant 0 : index
  }) : () -> ()
}
"""
    )
    assert '%1 = "arith.constant"() <{value = 0 : index}> : () -> index' in print_operation(
        m, GENERIC
    )


# -- attributes, properties, strings -------------------------------------------------------
def test_properties_and_attributes_sorted_unit_and_quoted_names() -> None:
    attrs = {
        "u": UnitAttr(),
        "a b": IntegerAttr(1, I64),
        "b": UnitAttr(),
        "c": ArrayAttr([IntegerAttr(1, I64), IntegerAttr(2, I32)]),
        "e": IntegerAttr(1, I1),
    }
    m = module(op("test.p", props={"z": IntegerAttr(2, I32), "y": StringAttr("s")}, attrs=attrs))
    assert print_operation(m) == (
        "module {\n"
        '  "test.p"() <{y = "s", z = 2 : i32}> {"a b" = 1 : i64, b, c = [1, 2 : i32], '
        "e = true, u} : () -> ()\n"
        "}\n"
    )


def test_string_escapes_follow_llvm() -> None:
    m = module(
        op('te"st.y'),
        op("test.x", attrs={"s": StringAttr('a"b\nc\td\\e\x01')}, loc=FileLineColLoc('f"\n', 1, 2)),
    )
    assert print_operation(m, PrintOptions(debuginfo=True, local_scope=True)) == (
        "module {\n"
        '  "te\\22st.y"() : () -> () loc(unknown)\n'
        '  "test.x"() {s = "a\\22b\\0Ac\\09d\\\\e\\01"} : () -> () loc("f\\22\\0A":1:2)\n'
        "} loc(unknown)"
    )


# -- builtin custom forms ----------------------------------------------------------------------
def test_module_and_cast_custom_forms() -> None:
    inner = ModuleOp.build()
    named = ModuleOp.build("a b")
    c0 = Operation("builtin.unrealized_conversion_cast", None, [], [I32])
    c1 = Operation("builtin.unrealized_conversion_cast", None, [c0.results[0]], [I64])
    c2 = Operation(
        "builtin.unrealized_conversion_cast",
        None,
        [c0.results[0], c1.results[0]],
        [F32, I8],
        None,
        {"z": IntegerAttr(1, I64)},
    )
    for o in (c0, c1, c2):
        named.regions[0].blocks[0].append(o)
    with_attrs = ModuleOp.build()
    with_attrs.set_attribute("t.y", UnitAttr())
    with_attrs.regions[0].blocks[0].append(op("test.x"))
    top = module(inner, with_attrs, named)
    top.set_property("sym_name", StringAttr("m"))
    top.set_attribute("t.x", IntegerAttr(1, I64))
    top.set_attribute("a.b", StringAttr("q"))
    assert (
        print_operation(top)
        == """\
module @m attributes {a.b = "q", t.x = 1 : i64} {
  module {
  }
  module attributes {t.y} {
    "test.x"() : () -> ()
  }
  module @"a b" {
    %0 = unrealized_conversion_cast to i32
    %1 = unrealized_conversion_cast %0 : i32 to i64
    %2:2 = unrealized_conversion_cast %0, %1 : i32, i64 to f32, i8 {z = 1 : i64}
  }
}
"""
    )
    generic = print_operation(top, GENERIC)
    assert generic.splitlines()[0] == '"builtin.module"() <{sym_name = "m"}> ({'
    assert generic.splitlines()[-1] == '}) {a.b = "q", t.x = 1 : i64} : () -> ()'
    assert (
        '    %2:2 = "builtin.unrealized_conversion_cast"(%0, %1) {z = 1 : i64} : '
        "(i32, i64) -> (f32, i8)" in generic
    )
    private = ModuleOp.build()
    private.set_property("sym_visibility", StringAttr("private"))
    private.set_attribute("t.x", UnitAttr())
    assert print_operation(private) == 'module <sym_visibility = "private"> attributes {t.x} {\n}\n'


# -- aliases ------------------------------------------------------------------------------------
def test_aliases_order_and_properties_are_not_visited() -> None:
    mem = MemRefType((2,), F32, affine(5))
    v = op("test.v", results=[mem])
    inner = Block()
    inner.append(op("test.i", attrs={"a": affine(1)}))
    big = TupleType(tuple([I32] * 17))
    o = op(
        "test.o",
        [v.results[0]],
        [MemRefType((2,), F32, affine(6))],
        props={"p": affine(2), "q": affine(3)},
        attrs={
            "b": affine(3),
            "a": ArrayAttr([affine(4)]),
            "s": IntegerSetAttr(IntegerSet(1, 0, (dim(0),), (False,))),
            "t": big,
        },
        regions=[region_with(inner)],
    )
    assert (
        print_operation(module(v, o))
        == """\
!tuple = tuple<i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32>
#map = affine_map<(d0) -> (d0 + 5)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 6)>
#map3 = affine_map<(d0) -> (d0 + 4)>
#map4 = affine_map<(d0) -> (d0 + 3)>
#set = affine_set<(d0) : (d0 >= 0)>
module {
  %0 = "test.v"() : () -> memref<2xf32, #map>
  %1 = "test.o"(%0) <{p = affine_map<(d0) -> (d0 + 2)>, q = #map4}> ({
    "test.i"() {a = #map1} : () -> ()
  }) {a = [#map3], b = #map4, s = #set, t = !tuple} : (memref<2xf32, #map>) -> memref<2xf32, #map2>
}
"""
    )
    local = print_operation(module(v.detach(), o.detach()), PrintOptions(local_scope=True))
    assert "#map" not in local and "!tuple" not in local
    assert '"test.i"() {a = affine_map<(d0) -> (d0 + 1)>} : () -> ()' in local


def test_aliases_follow_a_custom_printers_order() -> None:
    # func.func's printer visits the argument types, then its attributes, then the body.
    body = Block([MemRefType((2,), F32, affine(3))])
    body.append(op("test.i", attrs={"a": affine(2)}))
    body.append(ReturnOp.create())
    f = func("f", [body.args[0].type], [], body)
    f.set_attribute("t.m", affine(1))
    assert (
        print_operation(module(f))
        == """\
#map = affine_map<(d0) -> (d0 + 3)>
#map1 = affine_map<(d0) -> (d0 + 1)>
#map2 = affine_map<(d0) -> (d0 + 2)>
module {
  func.func @f(%arg0: memref<2xf32, #map>) attributes {t.m = #map1} {
    "test.i"() {a = #map2} : () -> ()
    return
  }
}
"""
    )


# -- debug info -----------------------------------------------------------------------------------
def build_debug_ir() -> Operation:
    body = Block([I32, I32], [FileLineColLoc("arg.mlir", 3, 4), FileLineColLoc("f.mlir", 2, 1)])
    a12 = FileLineColLoc("a.mlir", 1, 2)
    body.append(op("test.d", loc=FusedLoc((a12, FileLineColLoc("b", 3, 4)))))
    body.append(op("test.e", loc=NameLoc("x", FileLineColLoc("f", 1, 1))))
    body.append(op("test.f", loc=CallSiteLoc(FileLineColLoc("g", 1, 2), a12)))
    body.append(op("test.g", loc=UnknownLoc()))
    first = op(
        "test.a",
        attrs={"m": AffineMapAttr(AffineMap(1, 0, (dim(0),))), "l": FileLineColLoc("q", 1, 1)},
        loc=FileLineColLoc("f.mlir", 2, 1),
    )
    second = op("test.c", regions=[region_with(body)], loc=FileLineColLoc("a.mlir", 1, 2))
    return module(first, second, loc=FileLineColLoc("f.mlir", 1, 1))


def test_debuginfo_location_aliases_deferred_to_the_end() -> None:
    assert (
        print_operation(build_debug_ir(), DEBUG)
        == """\
#loc1 = loc("f.mlir":2:1)
#loc2 = loc("q":1:1)
#loc4 = loc("arg.mlir":3:4)
#map = affine_map<(d0) -> (d0)>
module {
  "test.a"() {l = #loc2, m = #map} : () -> () loc(#loc1)
  "test.c"() ({
  ^bb0(%arg0: i32 loc("arg.mlir":3:4), %arg1: i32 loc("f.mlir":2:1)):
    "test.d"() : () -> () loc(#loc9)
    "test.e"() : () -> () loc(#loc10)
    "test.f"() : () -> () loc(#loc11)
    "test.g"() : () -> () loc(#loc8)
  }) : () -> () loc(#loc3)
} loc(#loc)
#loc = loc("f.mlir":1:1)
#loc3 = loc("a.mlir":1:2)
#loc5 = loc("b":3:4)
#loc6 = loc("f":1:1)
#loc7 = loc("g":1:2)
#loc8 = loc(unknown)
#loc9 = loc(fused[#loc3, #loc5])
#loc10 = loc("x"(#loc6))
#loc11 = loc(callsite(#loc7 at #loc3))
"""
    )


def test_debuginfo_local_scope_prints_locations_inline() -> None:
    options = PrintOptions(debuginfo=True, local_scope=True)
    assert (
        print_operation(build_debug_ir(), options)
        == """\
module {
  "test.a"() {l = loc("q":1:1), m = affine_map<(d0) -> (d0)>} : () -> () loc("f.mlir":2:1)
  "test.c"() ({
  ^bb0(%arg0: i32 loc("arg.mlir":3:4), %arg1: i32 loc("f.mlir":2:1)):
    "test.d"() : () -> () loc(fused["a.mlir":1:2, "b":3:4])
    "test.e"() : () -> () loc("x"("f":1:1))
    "test.f"() : () -> () loc(callsite("g":1:2 at "a.mlir":1:2))
    "test.g"() : () -> () loc(unknown)
  }) : () -> () loc("a.mlir":1:2)
} loc("f.mlir":1:1)"""
    )


def test_without_debuginfo_locations_are_not_printed() -> None:
    assert (
        print_operation(build_debug_ir())
        == """\
#loc = loc("q":1:1)
#map = affine_map<(d0) -> (d0)>
module {
  "test.a"() {l = #loc, m = #map} : () -> ()
  "test.c"() ({
  ^bb0(%arg0: i32, %arg1: i32):
    "test.d"() : () -> ()
    "test.e"() : () -> ()
    "test.f"() : () -> ()
    "test.g"() : () -> ()
  }) : () -> ()
}
"""
    )


# -- resources ------------------------------------------------------------------------------------
def test_dense_resources_section_lists_used_blobs() -> None:
    t2 = RankedTensorType((2,), I32)
    t1 = RankedTensorType((1,), I8)
    m = module(
        op(
            "test.r",
            attrs={
                "r": DenseResourceElementsAttr(t2, "blob1"),
                "s": DenseResourceElementsAttr(t1, "blob2"),
            },
        )
    )
    resources.attach(
        m,
        {
            "builtin": {
                "blob1": StringAttr("0x040000000100000002000000"),
                "blob2": StringAttr("0x0100000007"),
                "unused": StringAttr("0x0100000007"),
            }
        },
    )
    assert (
        print_operation(m)
        == """\
module {
  "test.r"() {r = dense_resource<blob1> : tensor<2xi32>, s = dense_resource<blob2> : tensor<1xi8>} : () -> ()
}

{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000",
      blob2: "0x0100000007"
    }
  }
#-}
"""
    )
    assert "{-#" not in print_operation(m, PrintOptions(local_scope=True))


# -- hooks ------------------------------------------------------------------------------------------
class WrapOp(OpView):
    """A custom syntax that prints two regions with text between and after them."""

    name = "test.wrap"

    @staticmethod
    def print_custom(o: Operation, p: Any) -> None:
        p.write(" first ")
        p.print_region(o.regions[0])
        p.write(" then")
        p.increase_indent()
        p.print_newline()
        p.write("second ")
        p.print_region(o.regions[1], print_entry_block_args=True)
        p.decrease_indent()
        p.write(" done")


def test_custom_hook_regions_interleave_with_text() -> None:
    b0 = Block()
    b0.append(op("test.in0"))
    b1 = Block([I32])
    b1.append(op("test.in1", [b1.args[0]]))
    w = WrapOp.create(regions=[region_with(b0), region_with(b1)])
    assert print_operation(module(w)) == (
        "module {\n"
        "  test.wrap first {\n"
        '    "test.in0"() : () -> ()\n'
        "  } then\n"
        "    second {\n"
        "    ^bb0(%arg0: i32):\n"
        '      "test.in1"(%arg0) : (i32) -> ()\n'
        "    } done\n"
        "}\n"
    )


# -- scale ------------------------------------------------------------------------------------------
def test_twenty_thousand_deep_nesting_prints_without_recursion() -> None:
    depth = 20_000
    # Built inside out: an op's regions are fixed when it is created.
    inner = op("test.n")
    for _ in range(depth):
        block = Block()
        block.append(inner)
        inner = Operation("test.n", regions=[region_with(block)])
    m = module(inner)
    for options in (PrintOptions(), GENERIC):
        text = print_operation(m, options)
        lines = text.splitlines()
        assert len(lines) == 2 * depth + 3
        assert lines[depth + 1] == " " * (2 * depth + 2) + '"test.n"() : () -> ()'
        assert lines[depth + 2] == " " * (2 * depth) + "}) : () -> ()"


def test_hundred_thousand_ops_and_streaming() -> None:
    body = Block([I32, I32])
    a, b = body.args
    for i in range(100_000):
        o = op(
            "test.add", [a, b], [I32], attrs={"k": IntegerAttr(i % 7, I32)} if i % 3 == 0 else None
        )
        body.append(o)
        a, b = b, o.results[0]
    m = module(op("test.func", regions=[region_with(body)]))
    start = time.perf_counter()
    text = print_operation(m)
    elapsed = time.perf_counter() - start
    lines = text.splitlines()
    assert lines[3] == '    %0 = "test.add"(%arg0, %arg1) {k = 0 : i32} : (i32, i32) -> i32'
    assert lines[4] == '    %1 = "test.add"(%arg1, %0) : (i32, i32) -> i32'
    assert lines[-3] == '    %99999 = "test.add"(%99997, %99998) {k = 4 : i32} : (i32, i32) -> i32'
    stream = io.StringIO()
    print_operation_to(m, stream)
    assert stream.getvalue() == text
    print(f"printed 100k ops in {elapsed:.2f}s")


def test_type_function_result_is_parenthesized() -> None:
    fn = FunctionType((I32,), (I32,))
    assert print_operation(module(op("test.f", results=[fn]))) == (
        'module {\n  %0 = "test.f"() : () -> ((i32) -> i32)\n}\n'
    )
