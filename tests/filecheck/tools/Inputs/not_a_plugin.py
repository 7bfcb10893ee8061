"""A module without DIALECT: loading it as a plugin must fail with a clear message."""

VALUE = 1
