// symbol-dce corpus: private functions with and without uses, transitive uses, a
// self-recursive private function, public functions, a private global-like symbol
// referenced from an attribute.
module {
  func.func private @dead() {
    return
  }
  func.func private @live() {
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
  func.func private @declaration(i32) -> i32
  func.func private @used_declaration(i32) -> i32
  func.func @public_unused() {
    return
  }
  func.func @main(%arg0: i32) -> i32 {
    call @live() : () -> ()
    %0 = call @used_declaration(%arg0) : (i32) -> i32
    return %0 : i32
  }
}
