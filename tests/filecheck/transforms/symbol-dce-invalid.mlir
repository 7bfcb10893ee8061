// RUN: pyir-opt %s --symbol-dce --split-input-file --allow-unregistered-dialect --verify-diagnostics

// An unregistered op with one region may be a symbol table: its uses cannot be known.
module attributes {test.unknown_table} {
  // expected-error @+1 {{operation contains potentially unknown symbol table, meaning that we can't reliable compute symbol uses}}
  "test.maybe_table"() ({
    "test.op"() {ref = @stays} : () -> ()
  }) : () -> ()
  func.func private @stays() {
    return
  }
}

