// cf.assert: plain and escaped messages (quotes, backslash, newline, UTF-8), a discardable
// attribute and the generic form.
func.func @asserts(%c: i1) {
  cf.assert %c, "all good"
  cf.assert %c, "quote \" backslash \\ newline \0A tab \09 é"
  cf.assert %c, "" {attr = 3 : i64}
  "cf.assert"(%c) <{msg = "generic"}> : (i1) -> ()
  return
}
