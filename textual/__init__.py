"""MLIR's textual format: the lark grammar, the lexer and LALR driver, the parser and printer."""
