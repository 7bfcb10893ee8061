// inline: recursion is left alone: a self-recursive public function, mutually recursive
// public and private pairs, and calls into them from another function.
func.func @self(%a: i32) -> i32 {
  %r = call @self(%a) : (i32) -> i32
  return %r : i32
}
func.func @f(%a: i32) -> i32 {
  %r = call @g(%a) : (i32) -> i32
  return %r : i32
}
func.func @g(%a: i32) -> i32 {
  %r = call @f(%a) : (i32) -> i32
  return %r : i32
}
func.func private @h(%a: i32) -> i32 {
  %r = call @k(%a) : (i32) -> i32
  return %r : i32
}
func.func private @k(%a: i32) -> i32 {
  %r = call @h(%a) : (i32) -> i32
  return %r : i32
}
func.func @main(%a: i32) -> i32 {
  %r = call @h(%a) : (i32) -> i32
  %s = call @self(%r) : (i32) -> i32
  %t = call @f(%s) : (i32) -> i32
  return %t : i32
}
