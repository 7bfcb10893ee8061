// String attributes: every escape form (\n \t \" \\ and \XX hex bytes),
// raw UTF-8 text, NUL and control bytes, typed strings, and empty strings.

"test.strings"() {
  a = "", b = "plain", c = "line\nbreak", d = "tab\there", e = "quote\"inside",
  f = "back\\slash", g = "\41\42\43", h = "\00\01\1F\7F", i = "\FF\fe\80",
  j = "héllo wörld", k = "日本語", l = "emoji 😀", m = "\E2\82\AC euro",
  n = "mixed \"q\" \\n not a newline", o = "trailing backslash \\"
} : () -> ()
"test.typed_strings"() {a = "typed" : i32, b = "" : none, c = "t" : !foo.str} : () -> ()
"test.string_names"() {"quoted name" = 1 : i32, "with\"escape" = unit, "0digit" = 2 : i8} : () -> ()
