// The builtin `module` op: a single named top-level module with attributes
// (which MLIR keeps as the top level instead of wrapping it), nested modules
// (anonymous, named, quoted names, with attributes, empty), a module written
// in the generic form `"builtin.module"() ({...})` (with `sym_name` and
// `sym_visibility` as properties), and module locations. Module attribute
// names must carry a dialect prefix.

module @top attributes {top.attr = "value", top.unit, top.int = 3 : i32} {
  "test.in_top"() : () -> ()
  module {
  }
  module @named {
    "test.in_named"() : () -> ()
  }
  module @"quoted name" attributes {q.a = [1, 2]} {
    module @deeper {
      module @deepest attributes {x.leaf} {
        %0 = "test.value"() : () -> i32
        "test.use"(%0) : (i32) -> ()
      }
    }
  }
  module attributes {anonymous.with_attrs = 1 : i64} {
  }
  "builtin.module"() ({
    "test.in_generic_module"() : () -> ()
  }) {test.discardable = 5 : i8} : () -> ()
  "builtin.module"() <{sym_name = "generic_named", sym_visibility = "private"}> ({
  ^bb0:
  }) : () -> ()
  module @located {
  } loc("modules.mlir":1:1)
  "test.after_modules"() : () -> ()
} loc("top.mlir":2:3)
