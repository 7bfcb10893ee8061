// symbol-dce corpus: nested symbol tables (public, private and unnamed modules), `nested`
// visibility, nested references `@a::@b`, unknown references, uses in arrays and
// dictionaries, uses from ops nested in non-symbol ops with regions.
module {
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
    func.func @pi_public() {
      return
    }
  }) : () -> ()
  "builtin.module"() <{sym_name = "referenced", sym_visibility = "private"}> ({
    func.func nested @ref_nested() {
      return
    }
    func.func @ref_public() {
      return
    }
    func.func private @ref_private() {
      return
    }
  }) : () -> ()
  module {
    func.func private @in_unnamed_dead() {
      return
    }
  }
  func.func private @in_array() {
    return
  }
  func.func private @in_dict() {
    return
  }
  func.func private @from_nested_op() {
    return
  }
  func.func @user() attributes {refs = [@in_array, @missing, @referenced::@ref_public], more = {key = @in_dict}} {
    "test.region_holder"() ({
      "test.use"() {callee = @from_nested_op} : () -> ()
      "test.end"() : () -> ()
    }, {
    }) : () -> ()
    return
  }
  "test.holder"() ({
    module @in_holder {
      func.func private @ih_dead() {
        return
      }
      func.func @ih_public() {
        return
      }
    }
  }, {
  }) : () -> ()
}
