// RUN: pyir-opt %s --symbol-dce --split-input-file --allow-unregistered-dialect | FileCheck %s
// RUN: pyir-opt %s -p 'builtin.module(builtin.module(symbol-dce))' --split-input-file --allow-unregistered-dialect | FileCheck %s --check-prefix=NESTED
// RUN: not pyir-opt %s -p 'builtin.module(func.func(symbol-dce))' --split-input-file --allow-unregistered-dialect 2>&1 | FileCheck %s --check-prefix=NOTABLE

// Private symbols without uses go; public ones stay; uses keep private ones alive,
// transitively; a private function that only calls itself is dead.
// CHECK-LABEL: module attributes {test.simple}
// CHECK-NOT: @dead_private
// CHECK: func.func private @live_private
// CHECK: func.func private @live_transitively
// CHECK-NOT: @self_recursive
// CHECK: func.func @public_unused
// CHECK: func.func @main
module attributes {test.simple} {
  func.func private @dead_private() {
    return
  }
  func.func private @live_private() {
    call @live_transitively() : () -> ()
    return
  }
  func.func private @live_transitively() {
    return
  }
  func.func private @self_recursive() {
    call @self_recursive() : () -> ()
    return
  }
  func.func @public_unused() {
    return
  }
  func.func @main() {
    call @live_private() : () -> ()
    return
  }
}

// -----

// `nested` symbols are dead in a table nobody outside can see (the top module, and a
// public module inside it); a private module nobody refers to goes with its contents.
// CHECK-LABEL: module attributes {test.nested_tables}
// CHECK-NOT: @nested_unused
// CHECK: module @public_inner
// CHECK-NOT: @inner_dead
// CHECK-NOT: @inner_nested
// CHECK: func.func @inner_public
// CHECK-NOT: @private_inner
// NESTED-LABEL: module attributes {test.nested_tables}
// NESTED: func.func nested @nested_unused
// NESTED: module @public_inner
// NESTED-NOT: @inner_dead
// NESTED: func.func nested @inner_nested
// NESTED: func.func @inner_public
// NESTED: @private_inner
// NESTED-NOT: @pi_nested
// NESTED: func.func @pi_public
module attributes {test.nested_tables} {
  func.func nested @nested_unused() {
    return
  }
  module @public_inner {
    func.func private @inner_dead() {
      return
    }
    func.func nested @inner_nested() {
      return
    }
    func.func @inner_public() {
      return
    }
  }
  "builtin.module"() <{sym_name = "private_inner", sym_visibility = "private"}> ({
    func.func nested @pi_nested() {
      return
    }
    func.func @pi_public() {
      return
    }
  }) : () -> ()
}

// -----

// A nested reference keeps every symbol on its path alive; uses in attributes of any op
// count, also inside arrays; references to unknown symbols are ignored.
// CHECK-LABEL: module attributes {test.references}
// CHECK: module @holder <sym_visibility = "private">
// CHECK-NOT: @holder_dead
// CHECK: func.func @target
// CHECK: func.func private @in_array
// CHECK-NOT: @unused_too
// CHECK: "test.user"() {refs = [@in_array, @missing, @holder::@target]}
module attributes {test.references} {
  "builtin.module"() <{sym_name = "holder", sym_visibility = "private"}> ({
    func.func private @holder_dead() {
      return
    }
    func.func @target() {
      return
    }
  }) : () -> ()
  func.func private @in_array() {
    return
  }
  func.func private @unused_too() {
    return
  }
  "test.user"() {refs = [@in_array, @missing, @holder::@target]} : () -> ()
}

// -----

// Uses inside an op that is not a symbol table count as uses from the enclosing table;
// symbol tables nested inside such ops are cleaned too.
// CHECK-LABEL: module attributes {test.inside_ops}
// CHECK: "test.holder"() ({
// CHECK: module @in_holder {
// CHECK-NEXT: }
// CHECK: "test.op"() {ref = @kept_by_nested_use}
// CHECK: func.func private @kept_by_nested_use
module attributes {test.inside_ops} {
  "test.holder"() ({
    module @in_holder {
      func.func private @ih_dead() {
        return
      }
    }
    "test.op"() {ref = @kept_by_nested_use} : () -> ()
  }, {
  }) : () -> ()
  func.func private @kept_by_nested_use() {
    return
  }
}

// NOTABLE: error: 'func.func' op  was scheduled to run under SymbolDCE, but does not define a symbol table
