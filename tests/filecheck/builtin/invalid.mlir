// RUN: pyir-opt --allow-unregistered-dialect --split-input-file --verify-diagnostics %s

// expected-error @+1 {{use of undeclared SSA value name}}
"test.use"(%undefined) : (i32) -> ()

// -----

%a = "test.def"() : () -> i32
// expected-error @+1 {{redefinition of SSA value '%a'}}
%a = "test.def"() : () -> i32

// -----

%a = "test.def"() : () -> i32
// expected-error @+1 {{use of value '%a' expects different type than prior uses: 'i64' vs 'i32'}}
"test.use"(%a) : (i64) -> ()

// -----

"test.region"() ({
^bb0:
  // expected-error @+1 {{reference to an undefined block}}
  "test.br"()[^missing] : () -> ()
}) : () -> ()

// -----

"test.region"() ({
^bb0:
  "test.br"()[^bb0] : () -> ()
// expected-error @+1 {{redefinition of block '^bb0'}}
^bb0:
  "test.br"()[^bb0] : () -> ()
}) : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"test.attr"() {a = 256 : i8} : () -> ()

// -----

// expected-error @+1 {{operation defines 2 results but was provided 1 to bind}}
%x = "test.two"() : () -> (i32, i32)

// -----

// expected-error @+1 {{expected 1 operand type but had 2}}
"test.use"(%x) : (i32, i32) -> ()

// -----

// expected-error @+1 {{undefined symbol alias id 'missing'}}
"test.attr"() : () -> !missing

// -----

// expected-error @+1 {{unbalanced}}
"test.attr"() : () -> !foo.bar<(

// -----

// expected-error @+1 {{inferred shape of elements literal ([2]) does not match type ([3])}}
"test.attr"() {a = dense<[1, 2]> : tensor<3xi32>} : () -> ()

// -----

// expected-error @+1 {{'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'foo'}}
module attributes {foo} {
}
