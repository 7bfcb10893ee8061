// More arith folders and canonicalization patterns, checked against MLIR's canonicalizer:
// - float min/max (maximumf, minimumf, maxnumf, minnumf, maximumnumf, minimumnumf): x,x;
//   neutral constants (-inf, +inf, NaN); constant folds with NaNs and signed zeros;
// - maxsi/minsi/maxui/minui with the type's extreme constants;
// - and/or/xor with not(x), and(a, and(a, b)), xor(xor(x, a), a);
// - divui/divsi of a nuw/nsw product; ceildivsi/floordivsi leave MIN / -1 alone;
// - cmpi: i1 and ext(i1) compares with 0/1, constants moved right with mirrored
//   predicates, splat results, ext/ext compares (eq/ne only), not(cmpi);
// - select: cmpi eq/ne of the choices, not(cond), nested selects, i1 and 0/1 choices,
//   constant vector conditions;
// - addui_extended/mulsi_extended/mului_extended folds, and the unused-second-result
//   patterns; addi of a product by -1; subi(subi(x, y), x); ext-of-logic hoisting;
//   mulf/divf of two negf.
func.func @maxmin_f(%x: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32) {
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.maximumf %x, %x : f32
  %1 = arith.maximumf %x, %ninf : f32
  %2 = arith.minimumf %x, %pinf : f32
  %3 = arith.maxnumf %x, %nan : f32
  %4 = arith.minnumf %x, %nan : f32
  %5 = arith.minnumf %ninf, %x : f32
  %6 = arith.maximumnumf %x, %x : f32
  %7 = arith.minimumnumf %x, %nan : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f32, f32
}
func.func @maxmin_fc() -> (f32, f32, f32, f32, f32, f32, f32, f32) {
  %a = arith.constant -0.0 : f32
  %b = arith.constant 0.0 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %one = arith.constant 1.0 : f32
  %0 = arith.maximumf %a, %b : f32
  %1 = arith.minimumf %b, %a : f32
  %2 = arith.maxnumf %one, %nan : f32
  %3 = arith.minnumf %nan, %one : f32
  %4 = arith.maximumf %one, %nan : f32
  %5 = arith.maxnumf %a, %b : f32
  %6 = arith.maximumnumf %one, %nan : f32
  %7 = arith.minimumnumf %a, %b : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f32, f32
}
func.func @maxmin_i(%x: i8) -> (i8, i8, i8, i8, i8, i8, i8, i8) {
  %max = arith.constant 127 : i8
  %min = arith.constant -128 : i8
  %z = arith.constant 0 : i8
  %ones = arith.constant -1 : i8
  %0 = arith.maxsi %x, %max : i8
  %1 = arith.maxsi %x, %min : i8
  %2 = arith.minsi %x, %min : i8
  %3 = arith.minsi %x, %max : i8
  %4 = arith.maxui %x, %ones : i8
  %5 = arith.maxui %x, %z : i8
  %6 = arith.minui %x, %z : i8
  %7 = arith.minui %x, %ones : i8
  return %0, %1, %2, %3, %4, %5, %6, %7 : i8, i8, i8, i8, i8, i8, i8, i8
}
func.func @logic(%x: i8, %y: i8) -> (i8, i8, i8, i8, i8, i8, i8) {
  %ones = arith.constant -1 : i8
  %n = arith.xori %x, %ones : i8
  %0 = arith.andi %x, %n : i8
  %1 = arith.andi %n, %x : i8
  %a = arith.andi %x, %y : i8
  %2 = arith.andi %x, %a : i8
  %3 = arith.ori %x, %n : i8
  %4 = arith.ori %x, %ones : i8
  %b = arith.xori %x, %y : i8
  %5 = arith.xori %b, %y : i8
  %6 = arith.xori %y, %b : i8
  return %0, %1, %2, %3, %4, %5, %6 : i8, i8, i8, i8, i8, i8, i8
}
func.func @divmul(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %m = arith.muli %x, %y overflow<nuw> : i32
  %0 = arith.divui %m, %y : i32
  %ms = arith.muli %x, %y overflow<nsw> : i32
  %1 = arith.divsi %ms, %x : i32
  %2 = arith.divsi %m, %y : i32
  %mm = arith.muli %x, %y : i32
  %3 = arith.divui %mm, %y : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}
func.func @ceildiv() -> (i8, i8, i8, i8, i8) {
  %min = arith.constant -128 : i8
  %m1 = arith.constant -1 : i8
  %m3 = arith.constant -3 : i8
  %c7 = arith.constant 7 : i8
  %c255 = arith.constant -1 : i8
  %0 = arith.ceildivsi %min, %m1 : i8
  %1 = arith.ceildivsi %min, %m3 : i8
  %2 = arith.ceildivsi %c7, %m3 : i8
  %3 = arith.floordivsi %min, %m1 : i8
  %4 = arith.ceildivui %c255, %c7 : i8
  return %0, %1, %2, %3, %4 : i8, i8, i8, i8, i8
}
func.func @cmpi(%x: i1, %y: i8, %z: i32) -> (i1, i1, i1, i1, i1, i1, i1) {
  %f = arith.constant false
  %t = arith.constant true
  %c0 = arith.constant 0 : i32
  %c5 = arith.constant 5 : i32
  %0 = arith.cmpi ne, %x, %f : i1
  %1 = arith.cmpi eq, %x, %t : i1
  %e = arith.extui %x : i1 to i32
  %2 = arith.cmpi ne, %e, %c0 : i32
  %s = arith.extsi %x : i1 to i32
  %3 = arith.cmpi ne, %s, %c0 : i32
  %4 = arith.cmpi slt, %c5, %z : i32
  %5 = arith.cmpi eq, %c5, %z : i32
  %6 = arith.cmpi uge, %c5, %z : i32
  return %0, %1, %2, %3, %4, %5, %6 : i1, i1, i1, i1, i1, i1, i1
}
func.func @cmpi_ext(%a: i8, %b: i8) -> (i1, i1, i1) {
  %x = arith.extsi %a : i8 to i32
  %y = arith.extsi %b : i8 to i32
  %0 = arith.cmpi eq, %x, %y : i32
  %u = arith.extui %a : i8 to i32
  %v = arith.extui %b : i8 to i32
  %1 = arith.cmpi ne, %u, %v : i32
  %2 = arith.cmpi slt, %x, %y : i32
  return %0, %1, %2 : i1, i1, i1
}
func.func @xor_not_cmp(%a: i32, %b: i32) -> (i1, i1) {
  %t = arith.constant true
  %c = arith.cmpi slt, %a, %b : i32
  %0 = arith.xori %c, %t : i1
  %d = arith.cmpi eq, %a, %b : i32
  %1 = arith.xori %t, %d : i1
  return %0, %1 : i1, i1
}
func.func @select(%c: i1, %x: i32, %y: i32, %b: i1) -> (i32, i32, i1, i32, i32, i64, i64, i32, i32) {
  %t = arith.constant true
  %f = arith.constant false
  %one = arith.constant 1 : i64
  %zero = arith.constant 0 : i64
  %eq = arith.cmpi eq, %x, %y : i32
  %0 = arith.select %eq, %x, %y : i32
  %ne = arith.cmpi ne, %x, %y : i32
  %1 = arith.select %ne, %x, %y : i32
  %2 = arith.select %c, %f, %t : i1
  %n = arith.xori %c, %t : i1
  %3 = arith.select %n, %x, %y : i32
  %s = arith.select %c, %x, %y : i32
  %4 = arith.select %c, %s, %y : i32
  %5 = arith.select %c, %one, %zero : i64
  %6 = arith.select %c, %zero, %one : i64
  %7 = arith.select %c, %x, %s : i32
  %8 = arith.select %eq, %y, %x : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, i1, i32, i32, i64, i64, i32, i32
}
func.func @extended(%x: i32, %y: i32) -> (i32, i1, i32, i32, i32, i32, i32, i32) {
  %z = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %s, %o = arith.addui_extended %x, %z : i32, i1
  %l, %h = arith.mulsi_extended %x, %z : i32
  %l2, %h2 = arith.mului_extended %x, %one : i32
  %l3, %h3 = arith.mulsi_extended %x, %one : i32
  return %s, %o, %l, %h, %l2, %h2, %l3, %h3 : i32, i1, i32, i32, i32, i32, i32, i32
}
func.func @extended_c() -> (i8, i1, i8, i8, i8, i8) {
  %a = arith.constant -100 : i8
  %b = arith.constant 120 : i8
  %s, %o = arith.addui_extended %a, %b : i8, i1
  %l, %h = arith.mulsi_extended %a, %b : i8
  %l2, %h2 = arith.mului_extended %a, %b : i8
  return %s, %o, %l, %h, %l2, %h2 : i8, i1, i8, i8, i8, i8
}
func.func @extended_unused(%x: i32, %y: i32) -> (i32, i32, i32) {
  %s, %o = arith.addui_extended %x, %y : i32, i1
  %l, %h = arith.mulsi_extended %x, %y : i32
  %l2, %h2 = arith.mului_extended %x, %y : i32
  return %s, %l, %l2 : i32, i32, i32
}
func.func @negf(%x: f32, %y: f32) -> (f32, f32) {
  %a = arith.negf %x : f32
  %b = arith.negf %y : f32
  %0 = arith.mulf %a, %b : f32
  %1 = arith.divf %a, %b fastmath<fast> : f32
  return %0, %1 : f32, f32
}
func.func @addmul(%x: i32, %y: i32) -> (i32, i32, i32) {
  %m1 = arith.constant -1 : i32
  %m = arith.muli %y, %m1 : i32
  %0 = arith.addi %x, %m : i32
  %1 = arith.addi %m, %x : i32
  %s = arith.subi %x, %y : i32
  %2 = arith.subi %s, %x : i32
  return %0, %1, %2 : i32, i32, i32
}
func.func @ext_logic(%a: i8, %b: i8) -> (i32, i32, i32, i32) {
  %x = arith.extui %a : i8 to i32
  %y = arith.extui %b : i8 to i32
  %0 = arith.andi %x, %y : i32
  %1 = arith.ori %x, %y : i32
  %2 = arith.xori %x, %y : i32
  %u = arith.extsi %a : i8 to i32
  %v = arith.extsi %b : i8 to i32
  %3 = arith.ori %u, %v : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}
func.func @dense_cmp_select(%x: vector<4xi32>) -> (vector<4xi1>, vector<4xi32>, vector<2xi1>, vector<2xi32>) {
  %0 = arith.cmpi slt, %x, %x : vector<4xi32>
  %c = arith.constant dense<[true, false]> : vector<2xi1>
  %a = arith.constant dense<[1, 2]> : vector<2xi32>
  %b = arith.constant dense<[3, 4]> : vector<2xi32>
  %1 = arith.select %c, %a, %b : vector<2xi1>, vector<2xi32>
  %t = arith.constant dense<true> : vector<4xi1>
  %2 = arith.select %t, %x, %x : vector<4xi1>, vector<4xi32>
  %m = arith.constant dense<[1, 5]> : vector<2xi32>
  %3 = arith.cmpi ult, %a, %m : vector<2xi32>
  return %0, %2, %3, %1 : vector<4xi1>, vector<4xi32>, vector<2xi1>, vector<2xi32>
}
func.func @dense_ext_i1_compare(%x: vector<4xi1>) -> vector<4xi1> {
  %e = arith.extui %x : vector<4xi1> to vector<4xi32>
  %z = arith.constant dense<0> : vector<4xi32>
  %0 = arith.cmpi ne, %e, %z : vector<4xi32>
  return %0 : vector<4xi1>
}
func.func @min_max_splat(%x: vector<2xf32>) -> (vector<2xf32>, vector<2xf32>) {
  %n = arith.constant dense<0xFF800000> : vector<2xf32>
  %0 = arith.maximumf %x, %n : vector<2xf32>
  %a = arith.constant dense<[1.0, -0.0]> : vector<2xf32>
  %b = arith.constant dense<[0.0, 0.0]> : vector<2xf32>
  %1 = arith.minimumf %a, %b : vector<2xf32>
  return %0, %1 : vector<2xf32>, vector<2xf32>
}
func.func @min_max_nans() -> (f32, f32, f32, f32, f32, f32) {
  %snan = arith.constant 0x7F800001 : f32
  %nnan = arith.constant 0xFFC00001 : f32
  %one = arith.constant 1.0 : f32
  %0 = arith.maximumf %snan, %one : f32
  %1 = arith.maxnumf %snan, %one : f32
  %2 = arith.minimumnumf %snan, %one : f32
  %3 = arith.maximumf %one, %nnan : f32
  %4 = arith.maxnumf %nnan, %snan : f32
  %5 = arith.maximumnumf %nnan, %snan : f32
  return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
}
func.func @min_max_num_no_inf_identity(%x: f32) -> (f32, f32) {
  %ninf = arith.constant 0xFF800000 : f32
  %pinf = arith.constant 0x7F800000 : f32
  %0 = arith.maximumnumf %x, %ninf : f32
  %1 = arith.minimumnumf %x, %pinf : f32
  return %0, %1 : f32, f32
}
func.func @reassociation_flags(%x: i32) -> (i32, i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %a = arith.addi %x, %c1 overflow<nsw> : i32
  %0 = arith.subi %a, %c2 overflow<nsw> : i32
  %s = arith.subi %x, %c1 overflow<nsw> : i32
  %1 = arith.subi %s, %c2 overflow<nsw> : i32
  %2 = arith.subi %c2, %a overflow<nsw> : i32
  %3 = arith.addi %a, %c2 overflow<nsw> : i32
  return %0, %1, %2, %3 : i32, i32, i32, i32
}
func.func @select_to_extui_not_i1(%c: i1) -> (i1, i32) {
  %t = arith.constant true
  %f = arith.constant false
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %0 = arith.select %c, %t, %f : i1
  %1 = arith.select %c, %one, %one : i32
  return %0, %1 : i1, i32
}
