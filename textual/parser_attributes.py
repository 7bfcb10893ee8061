"""Builder callbacks of the grammar's types, attributes, affine maps and locations.

A mixin of pyir.textual.parser.IRBuilder (which provides `pos`, `context`, the alias
tables and `loc`): each method is named like the grammar rule (or alias) it builds, and
receives that rule's kept children. Values are built directly; literal decoding and the
constructors' checks live in pyir.textual.attribute_builders.
"""

from __future__ import annotations

from typing import Any

from pyir import builtin_attributes as ba
from pyir import builtin_types as bt
from pyir.asm import AsmParseError
from pyir.location import (
    CallSiteLoc,
    FusedLoc,
    Location,
    NameLoc,
    UnknownLoc,
    file_location,
)
from pyir.textual import attribute_builders as ab
from pyir.textual.attr_def_syntax import definition_of, parse_definition_body


class DeferredLoc:
    """A `loc(#alias)` whose alias is defined later in the file."""

    __slots__ = ("name", "pos")

    def __init__(self, name: str, pos: int) -> None:
        self.name = name
        self.pos = pos


class AttributeCallbacks:
    """Callbacks of the type, attribute, affine and location rules (see module doc)."""

    pos: int
    context: Any
    attr_aliases: dict[str, Any]
    type_aliases: dict[str, Any]
    distinct: dict[int, Any]
    _int_types: dict[str, Any]
    _affine_dim_names: list[str]
    _affine_sym_names: list[str]

    # -- types ----------------------------------------------------------------------------
    def function_type(self, c: list) -> Any:
        results = c[1]
        if not isinstance(results, list):
            results = [results]
        return bt.FunctionType(tuple(c[0]), tuple(results))

    def generic_op_signature(self, c: list) -> tuple:
        """(input types, result types) of a generic op, without building a FunctionType."""
        results = c[1]
        if not isinstance(results, list):
            results = [results]
        return (c[0], results)

    def attr_dict_with_keyword(self, c: list) -> dict:
        return c[0]

    def type_list_parens(self, c: list) -> list:
        return c if c[0] is not None else []

    def single_result_type(self, c: list) -> Any:
        return c[0]

    def integer_type(self, c: list) -> Any:
        text = c[0]
        t = self._int_types.get(text)
        if t is None:
            t = self._int_types[text] = ab.integer_type(text, self.pos)
        return t

    def index_type(self, c: list) -> Any:
        return bt.IndexType()

    def float_type_name(self, c: list) -> Any:
        return bt.FLOAT_TYPES_BY_NAME[c[0]]

    def none_type(self, c: list) -> Any:
        return bt.NoneType()

    def complex_type(self, c: list) -> Any:
        return ab.build(bt.ComplexType, self.pos, c[0])

    def tuple_type(self, c: list) -> Any:
        return bt.TupleType(tuple(t for t in c if t is not None))

    def tensor_type(self, c: list) -> Any:
        return ab.tensor_type(c[0], c[1], c[2], self.pos)

    def memref_type(self, c: list) -> Any:
        return ab.memref_type(c[0], c[1], c[2], c[3], self.pos)

    def vector_type(self, c: list) -> Any:
        return ab.vector_type(c[0], c[1], self.pos)

    def dialect_type(self, c: list) -> Any:
        name = c[0]
        alias = self.type_aliases.get(name)
        if alias is not None:
            return alias
        defined = self._defined_symbol(name, "!")
        if defined is not None:
            return defined
        return ab.dialect_type(name, self.pos, self.context)

    def _defined_symbol(self, token: str, sigil: str) -> Any:
        """A registered dialect attribute or type spelled by `token` (`#d.name<...>`),
        or None when no dialect defines it."""
        lt = token.find("<")
        name = token[1:] if lt < 0 else token[1:lt]
        cls = definition_of(self.context, name, sigil)
        if cls is None:
            return None
        pos = self.pos
        if lt < 0:
            if cls.format:
                raise AsmParseError(f"expected '<' after '{token}'", pos + len(token))
            try:
                return cls()
            except ValueError as err:
                raise AsmParseError(f"invalid {cls.name}: {err}", pos) from None
        if not cls.format:
            raise AsmParseError(f"'{sigil}{name}' takes no parameters", pos + lt)
        return parse_definition_body(self, cls, pos + lt, pos + len(token))

    # -- attributes -----------------------------------------------------------------------
    def attribute_dict(self, c: list) -> dict:
        result: dict = {}
        for entry in c:
            if entry is None:
                continue
            name, value, pos = entry
            if name in result:
                raise AsmParseError(f"duplicate key '{name}' in dictionary attribute", pos)
            result[name] = value
        return result

    def attribute_entry(self, c: list) -> tuple:
        name = c[0]
        if name.startswith('"'):
            name = ab.unquote(name, self.pos)
            if not name:
                raise AsmParseError("expected valid attribute name", self.pos)
        value = c[1] if c[1] is not None else ba.UnitAttr()
        return (name, value, self.pos)

    def attribute_value(self, c: list) -> Any:
        return c[0]

    def number_attr(self, c: list) -> Any:
        return ab.number_attr(c[0], c[1], self.pos)

    def integer_literal(self, c: list) -> Any:
        return ab.IntLiteral(c[0], False)

    def negative_integer_literal(self, c: list) -> Any:
        return ab.IntLiteral(c[0], True)

    def float_literal(self, c: list) -> Any:
        return ab.FloatLiteral(c[0], False)

    def negative_float_literal(self, c: list) -> Any:
        return ab.FloatLiteral(c[0], True)

    def true_attr(self, c: list) -> Any:
        return ba.bool_attr(True)

    def false_attr(self, c: list) -> Any:
        return ba.bool_attr(False)

    def string_attr(self, c: list) -> Any:
        value = ab.unquote_bytes(c[0], self.pos)
        return ab.build(ba.StringAttr, self.pos, ab.bytes_to_str(value), c[1])

    def array_attr(self, c: list) -> Any:
        return ba.ArrayAttr(tuple(a for a in c if a is not None))

    def dictionary_attr(self, c: list) -> Any:
        return ab.build(ba.DictionaryAttr, self.pos, c[0])

    def unit_attr(self, c: list) -> Any:
        return ba.UnitAttr()

    def symbol_ref(self, c: list) -> Any:
        return ab.symbol_ref([ab.symbol_name(s, self.pos) for s in c], self.pos)

    def symbol_ref_attr(self, c: list) -> Any:
        return c[0]

    def type_attr(self, c: list) -> Any:
        return c[0]

    def dense_attr(self, c: list) -> Any:
        return ab.dense_attr(c[0], c[1], self.pos)

    def dense_literal(self, c: list) -> Any:
        return c[0]

    def dense_list(self, c: list) -> Any:
        return ab.DenseList([e for e in c if e is not None])

    def dense_number(self, c: list) -> Any:
        return c[0]

    def dense_true(self, c: list) -> Any:
        return True

    def dense_false(self, c: list) -> Any:
        return False

    def dense_string(self, c: list) -> Any:
        return ab.DenseString(ab.unquote_bytes(c[0], self.pos))

    def dense_complex(self, c: list) -> Any:
        return ab.DenseComplex(c[0], c[1])

    def dense_resource_attr(self, c: list) -> Any:
        name = ab.unquote(c[0], self.pos) if c[0].startswith('"') else c[0]
        return ab.build(ba.DenseResourceElementsAttr, self.pos, c[1], name)

    def dense_array_attr(self, c: list) -> Any:
        return ab.dense_array(c[0], [e for e in c[1:] if e is not None], self.pos)

    def array_element(self, c: list) -> Any:
        return c[0]

    def array_true(self, c: list) -> Any:
        return True

    def array_false(self, c: list) -> Any:
        return False

    def affine_map_attr(self, c: list) -> Any:
        return ab.affine_map_attr(c[0])

    def integer_set_attr(self, c: list) -> Any:
        return ab.integer_set_attr(c[0])

    def strided_attr(self, c: list) -> Any:
        strides = [s for s in c[:-1] if s is not None] if len(c) > 1 else []
        offset = c[-1] if c[-1] is not None else 0
        return ab.build(ba.StridedLayoutAttr, self.pos, offset, tuple(strides))

    def stride_static(self, c: list) -> int:
        return ab.parse_int(c[0])

    def stride_negative(self, c: list) -> int:
        return -ab.parse_int(c[0])

    def stride_dynamic(self, c: list) -> int:
        return bt.DYNAMIC

    def location_attr(self, c: list) -> Any:
        if isinstance(c[0], DeferredLoc):
            raise AsmParseError(f"undefined location alias '{c[0].name}'", c[0].pos)
        return c[0]

    def dialect_attr(self, c: list) -> Any:
        name, type = c
        alias = self.attr_aliases.get(name)
        if alias is not None:
            if type is not None:
                raise AsmParseError("unexpected type after an attribute alias", self.pos)
            return alias
        defined = self._defined_symbol(name, "#")
        if defined is not None:
            if type is not None:
                raise AsmParseError(f"unexpected type after '{defined.name}'", self.pos)
            return defined
        return ab.dialect_attr(name, type, self.pos, self.context)

    def sparse_attr(self, c: list) -> Any:
        return ab.sparse_attr(c[0], c[1], c[2], self.pos)

    def distinct_attr(self, c: list) -> Any:
        from pyir.builtin_attributes_extra import DistinctAttr

        key = ab.parse_int(c[0])
        found = self.distinct.get(key)
        if found is None:
            found = self.distinct[key] = DistinctAttr(c[1])
        elif c[1] is not None and found.referenced != c[1]:
            raise AsmParseError(
                f"referenced attribute of distinct[{key}] differs from its earlier use", self.pos
            )
        return found

    # -- affine -------------------------------------------------------------------------
    def affine_map(self, c: list) -> Any:
        dims, syms = self._affine_dim_names, self._affine_sym_names
        return ab.affine_map(len(dims), len(syms), [e for e in c[2:] if e is not None], self.pos)

    def integer_set(self, c: list) -> Any:
        dims, syms = self._affine_dim_names, self._affine_sym_names
        return ab.integer_set(len(dims), len(syms), [e for e in c[2:] if e is not None], self.pos)

    def affine_dims(self, c: list) -> list:
        names = [n for n in c if n is not None]
        self._affine_dim_names = names
        self._affine_sym_names = []
        self._check_affine_names(names)
        return names

    def affine_symbols(self, c: list) -> list:
        names = [n for n in c if n is not None]
        self._affine_sym_names = names
        self._check_affine_names(self._affine_dim_names + names)
        return names

    def _check_affine_names(self, names: list[str]) -> None:
        if len(set(names)) != len(names):
            raise AsmParseError("redefinition of identifier in affine map or set", self.pos)

    def affine_id(self, c: list) -> Any:
        return ab.affine_id(c[0], self._affine_dim_names, self._affine_sym_names, self.pos)

    def affine_int(self, c: list) -> Any:
        return ab.affine_const(ab.parse_int(c[0]))

    def affine_neg(self, c: list) -> Any:
        return ab.affine_binary("neg", c[0], None, self.pos)

    def affine_add(self, c: list) -> Any:
        return ab.affine_binary("add", c[0], c[1], self.pos)

    def affine_sub(self, c: list) -> Any:
        return ab.affine_binary("sub", c[0], c[1], self.pos)

    def affine_mul(self, c: list) -> Any:
        return ab.affine_binary("mul", c[0], c[1], self.pos)

    def affine_floordiv(self, c: list) -> Any:
        return ab.affine_binary("floordiv", c[0], c[1], self.pos)

    def affine_ceildiv(self, c: list) -> Any:
        return ab.affine_binary("ceildiv", c[0], c[1], self.pos)

    def affine_mod(self, c: list) -> Any:
        return ab.affine_binary("mod", c[0], c[1], self.pos)

    def affine_ge(self, c: list) -> Any:
        return (ab.affine_binary("sub", c[0], c[1], self.pos), False)

    def affine_eq(self, c: list) -> Any:
        return (ab.affine_binary("sub", c[0], c[1], self.pos), True)

    # -- locations ------------------------------------------------------------------------
    def location(self, c: list) -> Any:
        return c[0]

    def unknown_loc(self, c: list) -> Location:
        return UnknownLoc()

    def file_line_col_loc(self, c: list) -> Location:
        filename = ab.bytes_to_str(ab.unquote_bytes(c[0], self.pos))
        line = ab.parse_int(c[1])
        column = ab.parse_int(c[2]) if c[2] is not None else 0
        end_line = end_column = None
        if c[3] is not None:
            end_line = ab.parse_int(c[3][0]) if c[3][0] is not None else line
            end_column = ab.parse_int(c[3][1])
        return file_location(filename, line, column, end_line, end_column)

    def name_loc(self, c: list) -> Location:
        child = c[1]
        if isinstance(child, DeferredLoc):
            raise AsmParseError(f"undefined location alias '{child.name}'", child.pos)
        return NameLoc(ab.bytes_to_str(ab.unquote_bytes(c[0], self.pos)), child)

    def callsite_loc(self, c: list) -> Location:
        for loc in c:
            if isinstance(loc, DeferredLoc):
                raise AsmParseError(f"undefined location alias '{loc.name}'", loc.pos)
        return CallSiteLoc(c[0], c[1])

    def fused_loc(self, c: list) -> Location:
        locs = [loc for loc in c[1:] if loc is not None]
        for loc in locs:
            if isinstance(loc, DeferredLoc):
                raise AsmParseError(f"undefined location alias '{loc.name}'", loc.pos)
        return FusedLoc(tuple(locs), c[0])

    def location_alias(self, c: list) -> Any:
        name = c[0]
        alias = self.attr_aliases.get(name)
        if alias is not None:
            if not isinstance(alias, Location):
                raise AsmParseError(
                    f"expected location, but '{name}' is not a location alias", self.pos
                )
            return alias
        return DeferredLoc(name, self.pos)
