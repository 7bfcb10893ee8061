// Symbol reference attributes: flat `@a`, nested `@a::@b::@c`, quoted names
// with spaces, punctuation and escapes, and refs inside arrays and dicts,
// next to the symbols they name (ops carrying `sym_name`).

"test.symbol"() {sym_name = "plain"} : () -> ()
"test.symbol"() {sym_name = "with space"} : () -> ()
"test.refs"() {
  a = @plain, b = @"with space", c = @outer::@inner, d = @a::@b::@c::@d,
  e = @"q\"uote"::@"x y"::@z, f = @"0starts_with_digit", g = @under_score.dot$dollar,
  i = @"\E2\82\AC", j = @"\00nul"::@"tab\09"
} : () -> ()
"test.ref_lists"() {l = [@f, @g::@h], d = {callee = @plain::@"nested name"}} : () -> ()
