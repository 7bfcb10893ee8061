// Integer types of ordinary and odd widths (signless, signed, unsigned) and
// `index`, both as SSA value types and as type attributes.

%0 = "test.producer"() : () -> i1
%1 = "test.producer"() : () -> i7
%2 = "test.producer"() : () -> i64
%3 = "test.producer"() : () -> si8
%4 = "test.producer"() : () -> ui16
%5 = "test.producer"() : () -> i1024
%6 = "test.producer"() : () -> index
%7 = "test.producer"() : () -> si1
%8 = "test.producer"() : () -> ui1
%9 = "test.producer"() : () -> i3
%10 = "test.producer"() : () -> si65
%11 = "test.producer"() : () -> ui128
"test.consumer"(%0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11)
    : (i1, i7, i64, si8, ui16, i1024, index, si1, ui1, i3, si65, ui128) -> ()
"test.type_attrs"() {
  t0 = i1, t1 = i7, t2 = i8, t3 = i16, t4 = i32, t5 = i64, t6 = i128,
  t7 = si32, t8 = ui32, t9 = index, t10 = i4096, t11 = ui7, t12 = si2
} : () -> ()
