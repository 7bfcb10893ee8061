func.func @f(%a: i32) -> i32 {
  %x = ep.twice %a : i32
  return %x : i32
}
