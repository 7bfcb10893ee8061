// symbol-dce corpus (split): each chunk on its own; a module with only private dead
// symbols, nested modules referring into each other, symbols in a named top module, and
// private symbols referenced only by a dead private symbol.
module {
  func.func private @a() {
    return
  }
  func.func private @b() {
    return
  }
}

// -----

module @named {
  module @m1 {
    func.func @f() attributes {uses = @m2::@g} {
      return
    }
  }
  "builtin.module"() <{sym_name = "m2", sym_visibility = "private"}> ({
    func.func @g() {
      return
    }
    func.func @h() {
      return
    }
  }) : () -> ()
}

// -----

module {
  func.func private @only_used_by_dead() {
    return
  }
  func.func private @dead_user() {
    call @only_used_by_dead() : () -> ()
    return
  }
  func.func @keeper() {
    return
  }
}
