// Split-input-file basics: each chunk between split markers is parsed and
// printed as a separate module; SSA names restart per chunk, a chunk may hold
// an explicit module, several top-level modules, or nothing but comments.

%0 = "test.first_chunk"() : () -> i32
"test.use"(%0) : (i32) -> ()

// -----

%0 = "test.second_chunk"() : () -> f32
"test.use"(%0) : (f32) -> ()

// -----

module @explicit attributes {test.chunk = 3 : i32} {
  "test.in_explicit_module"() : () -> ()
}

// -----

module @a {
}
module @b {
}

// -----

// Only a comment in this chunk.

// -----
"test.no_blank_lines_around_marker"() : () -> ()
// -----
"test.last"() ({
^bb0(%arg0: i1):
  "test.yield"(%arg0) : (i1) -> ()
}) : () -> ()
