// canonicalize, vector.constant_mask / create_mask and the ops that read masks:
// constant_mask all-true / all-false (n-d, 0-d, scalable) -> dense constants;
// create_mask of constants -> constant_mask (clamped, all zero once one is; scalable dims
// only for negative sizes or n * vscale >= dim); extract of create_mask / constant_mask
// (static positions past the size -> false, all-true dims under dynamic positions, scalar
// extracts of constant_mask); transpose of masks; shape_cast dropping leading or trailing
// constant-1 unit dims; extract_strided_slice of masks; transfer ops with all-true masks.
// Negative cases: partial masks, dynamic sizes, dynamic positions in partial dims, scalar
// extracts of create_mask, shape_casts dropping non-1 or middle dims or adding dims,
// extract of a create_mask with a dynamic leading size.
func.func @k1_cm_true() -> vector<4x3xi1> {
  %0 = vector.constant_mask [4, 3] : vector<4x3xi1>
  return %0 : vector<4x3xi1> }
func.func @k1_cm_false() -> vector<4x3xi1> {
  %0 = vector.constant_mask [0, 0] : vector<4x3xi1>
  return %0 : vector<4x3xi1> }
func.func @k1_cm_part() -> vector<4x3xi1> {
  %0 = vector.constant_mask [2, 3] : vector<4x3xi1>
  return %0 : vector<4x3xi1> }
func.func @k1_cm_0d() -> (vector<i1>, vector<i1>) {
  %0 = vector.constant_mask [1] : vector<i1>
  %1 = vector.constant_mask [0] : vector<i1>
  return %0, %1 : vector<i1>, vector<i1> }
func.func @k1_cm_scal() -> (vector<[4]xi1>, vector<[4]xi1>, vector<2x[4]xi1>) {
  %0 = vector.constant_mask [4] : vector<[4]xi1>
  %1 = vector.constant_mask [0] : vector<[4]xi1>
  %2 = vector.constant_mask [1, 4] : vector<2x[4]xi1>
  return %0, %1, %2 : vector<[4]xi1>, vector<[4]xi1>, vector<2x[4]xi1> }
func.func @k1_crm(%i: index) -> (vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>) {
  %c2 = arith.constant 2 : index
  %c5 = arith.constant 5 : index
  %c0 = arith.constant 0 : index
  %cm1 = arith.constant -1 : index
  %0 = vector.create_mask %c2, %c5 : vector<4x3xi1>
  %1 = vector.create_mask %c0, %c2 : vector<4x3xi1>
  %2 = vector.create_mask %cm1, %c2 : vector<4x3xi1>
  %3 = vector.create_mask %i, %c2 : vector<4x3xi1>
  %4 = vector.create_mask %c5, %c5 : vector<4x3xi1>
  return %0, %1, %2, %3, %4 : vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1>, vector<4x3xi1> }
func.func @k1_crm_0d() -> (vector<i1>, vector<i1>, vector<i1>) {
  %c2 = arith.constant 2 : index
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %0 = vector.create_mask %c2 : vector<i1>
  %1 = vector.create_mask %c0 : vector<i1>
  %2 = vector.create_mask %c1 : vector<i1>
  return %0, %1, %2 : vector<i1>, vector<i1>, vector<i1> }
func.func @k1_crm_scal() -> (vector<[4]xi1>, vector<[4]xi1>, vector<[4]xi1>) {
  %c2 = arith.constant 2 : index
  %c0 = arith.constant 0 : index
  %cm1 = arith.constant -1 : index
  %0 = vector.create_mask %c2 : vector<[4]xi1>
  %1 = vector.create_mask %c0 : vector<[4]xi1>
  %2 = vector.create_mask %cm1 : vector<[4]xi1>
  return %0, %1, %2 : vector<[4]xi1>, vector<[4]xi1>, vector<[4]xi1> }
func.func @k1_crm_vscale() -> (vector<[4]xi1>, vector<[4]xi1>) {
  %c4 = arith.constant 4 : index
  %c2 = arith.constant 2 : index
  %vs = vector.vscale
  %n = arith.muli %vs, %c4 : index
  %m = arith.muli %vs, %c2 : index
  %0 = vector.create_mask %n : vector<[4]xi1>
  %1 = vector.create_mask %m : vector<[4]xi1>
  return %0, %1 : vector<[4]xi1>, vector<[4]xi1> }
func.func @k2_crm_dyn0(%i: index) -> vector<4x3xi1> {
  %c0 = arith.constant 0 : index
  %0 = vector.create_mask %i, %c0 : vector<4x3xi1>
  return %0 : vector<4x3xi1> }
func.func @k2_tr_mask(%m: memref<?x?xf32>, %i: index) -> vector<4x3xf32> {
  %c0 = arith.constant 0 : index
  %f = arith.constant 0.0 : f32
  %mask = vector.constant_mask [4, 3] : vector<4x3xi1>
  %0 = vector.transfer_read %m[%c0, %c0], %f, %mask : memref<?x?xf32>, vector<4x3xf32>
  return %0 : vector<4x3xf32> }
func.func @k2_tw_mask(%m: memref<?x?xf32>, %v: vector<4x3xf32>) {
  %c0 = arith.constant 0 : index
  %mask = vector.constant_mask [4, 3] : vector<4x3xi1>
  vector.transfer_write %v, %m[%c0, %c0], %mask : vector<4x3xf32>, memref<?x?xf32>
  return }
func.func @k2_tr_mask_false(%m: memref<?x?xf32>, %i: index) -> vector<4x3xf32> {
  %c0 = arith.constant 0 : index
  %f = arith.constant 0.0 : f32
  %mask = vector.constant_mask [0, 0] : vector<4x3xi1>
  %0 = vector.transfer_read %m[%c0, %c0], %f, %mask : memref<?x?xf32>, vector<4x3xf32>
  return %0 : vector<4x3xf32> }
func.func @k3_ex_crm(%i: index, %j: index) -> (vector<3xi1>, vector<3xi1>, vector<3xi1>, vector<3xi1>) {
  %c2 = arith.constant 2 : index
  %c4 = arith.constant 4 : index
  %0 = vector.create_mask %c2, %i : vector<4x3xi1>
  %1 = vector.extract %0[1] : vector<3xi1> from vector<4x3xi1>
  %2 = vector.extract %0[3] : vector<3xi1> from vector<4x3xi1>
  %3 = vector.extract %0[%j] : vector<3xi1> from vector<4x3xi1>
  %4 = vector.create_mask %c4, %i : vector<4x3xi1>
  %5 = vector.extract %4[%j] : vector<3xi1> from vector<4x3xi1>
  return %1, %2, %3, %5 : vector<3xi1>, vector<3xi1>, vector<3xi1>, vector<3xi1> }
func.func @k3_ex_crm_dynbound(%i: index, %j: index) -> (vector<3xi1>, i1) {
  %0 = vector.create_mask %i, %j : vector<4x3xi1>
  %1 = vector.extract %0[1] : vector<3xi1> from vector<4x3xi1>
  %2 = vector.extract %0[1, 1] : i1 from vector<4x3xi1>
  return %1, %2 : vector<3xi1>, i1 }
func.func @k3_ex_cm() -> (vector<3xi1>, vector<3xi1>, i1) {
  %0 = vector.constant_mask [2, 2] : vector<4x3xi1>
  %1 = vector.extract %0[1] : vector<3xi1> from vector<4x3xi1>
  %2 = vector.extract %0[3] : vector<3xi1> from vector<4x3xi1>
  %3 = vector.extract %0[1, 1] : i1 from vector<4x3xi1>
  return %1, %2, %3 : vector<3xi1>, vector<3xi1>, i1 }
func.func @k3_tr_crm(%i: index, %j: index) -> (vector<3x4xi1>, vector<3x4xi1>) {
  %0 = vector.create_mask %i, %j : vector<4x3xi1>
  %1 = vector.transpose %0, [1, 0] : vector<4x3xi1> to vector<3x4xi1>
  %2 = vector.constant_mask [2, 1] : vector<4x3xi1>
  %3 = vector.transpose %2, [1, 0] : vector<4x3xi1> to vector<3x4xi1>
  return %1, %3 : vector<3x4xi1>, vector<3x4xi1> }
func.func @k3_sc_crm(%i: index) -> (vector<4xi1>, vector<4xi1>, vector<4xi1>, vector<4x1xi1>, vector<1x4xi1>) {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %0 = vector.create_mask %i, %c1 : vector<4x1xi1>
  %1 = vector.shape_cast %0 : vector<4x1xi1> to vector<4xi1>
  %2 = vector.create_mask %i, %c2 : vector<4x2xi1>
  %22 = vector.extract_strided_slice %2 offsets = [0, 0], sizes = [4, 1], strides = [1, 1] : vector<4x2xi1> to vector<4x1xi1>
  %3 = vector.shape_cast %22 : vector<4x1xi1> to vector<4xi1>
  %4 = vector.constant_mask [3, 1] : vector<4x1xi1>
  %5 = vector.shape_cast %4 : vector<4x1xi1> to vector<4xi1>
  %6 = vector.create_mask %i : vector<4xi1>
  %7 = vector.shape_cast %6 : vector<4xi1> to vector<4x1xi1>
  %8 = vector.create_mask %c1, %i : vector<1x4xi1>
  %9 = vector.shape_cast %8 : vector<1x4xi1> to vector<4xi1>
  %10 = vector.shape_cast %9 : vector<4xi1> to vector<1x4xi1>
  return %1, %3, %5, %7, %10 : vector<4xi1>, vector<4xi1>, vector<4xi1>, vector<4x1xi1>, vector<1x4xi1> }
func.func @k3_sc_crm2(%i: index) -> (vector<4xi1>, vector<2x2xi1>) {
  %c1 = arith.constant 1 : index
  %0 = vector.create_mask %i, %c1, %c1 : vector<4x1x1xi1>
  %1 = vector.shape_cast %0 : vector<4x1x1xi1> to vector<4xi1>
  %2 = vector.create_mask %i : vector<4xi1>
  %3 = vector.shape_cast %2 : vector<4xi1> to vector<2x2xi1>
  return %1, %3 : vector<4xi1>, vector<2x2xi1> }
func.func @k3_ess_crm(%i: index, %j: index) -> (vector<2x2xi1>, vector<2x3xi1>) {
  %0 = vector.create_mask %i, %j : vector<4x3xi1>
  %1 = vector.extract_strided_slice %0 offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<4x3xi1> to vector<2x2xi1>
  %2 = vector.extract_strided_slice %0 offsets = [2], sizes = [2], strides = [1] : vector<4x3xi1> to vector<2x3xi1>
  return %1, %2 : vector<2x2xi1>, vector<2x3xi1> }
func.func @k3_ess_cm() -> (vector<2x2xi1>, vector<2x3xi1>, vector<2x2xi1>) {
  %0 = vector.constant_mask [3, 2] : vector<4x3xi1>
  %1 = vector.extract_strided_slice %0 offsets = [1, 1], sizes = [2, 2], strides = [1, 1] : vector<4x3xi1> to vector<2x2xi1>
  %2 = vector.extract_strided_slice %0 offsets = [2], sizes = [2], strides = [1] : vector<4x3xi1> to vector<2x3xi1>
  %3 = vector.extract_strided_slice %0 offsets = [0, 2], sizes = [2, 1], strides = [1, 1] : vector<4x3xi1> to vector<2x1xi1>
  %4 = vector.extract_strided_slice %0 offsets = [0, 1], sizes = [2, 2], strides = [1, 1] : vector<4x3xi1> to vector<2x2xi1>
  return %1, %2, %4 : vector<2x2xi1>, vector<2x3xi1>, vector<2x2xi1> }
func.func @k4_sc1(%i: index) -> (vector<4xi1>, vector<4xi1>, vector<4xi1>, vector<4xi1>, vector<4xi1>) {
  %c1 = arith.constant 1 : index
  %c2 = arith.constant 2 : index
  %c0 = arith.constant 0 : index
  %0 = vector.create_mask %c1, %i, %c1 : vector<1x4x1xi1>
  %1 = vector.shape_cast %0 : vector<1x4x1xi1> to vector<4xi1>
  %2 = vector.create_mask %c2, %i : vector<1x4xi1>
  %3 = vector.shape_cast %2 : vector<1x4xi1> to vector<4xi1>
  %4 = vector.create_mask %i, %c2 : vector<4x1xi1>
  %5 = vector.shape_cast %4 : vector<4x1xi1> to vector<4xi1>
  %6 = vector.create_mask %c0, %i : vector<1x4xi1>
  %7 = vector.shape_cast %6 : vector<1x4xi1> to vector<4xi1>
  %8 = vector.create_mask %c1, %i : vector<1x4xi1>
  %9 = vector.shape_cast %8 : vector<1x4xi1> to vector<4xi1>
  return %1, %3, %5, %7, %9 : vector<4xi1>, vector<4xi1>, vector<4xi1>, vector<4xi1>, vector<4xi1> }
func.func @k4_sc2() -> (vector<4xi1>, vector<4xi1>, vector<2x2xi1>) {
  %0 = vector.constant_mask [1, 3] : vector<1x4xi1>
  %1 = vector.shape_cast %0 : vector<1x4xi1> to vector<4xi1>
  %2 = vector.constant_mask [1, 3, 1] : vector<1x4x1xi1>
  %3 = vector.shape_cast %2 : vector<1x4x1xi1> to vector<4xi1>
  %4 = vector.constant_mask [3] : vector<4xi1>
  %5 = vector.shape_cast %4 : vector<4xi1> to vector<2x2xi1>
  return %1, %3, %5 : vector<4xi1>, vector<4xi1>, vector<2x2xi1> }
func.func @k4_sc3(%i: index, %j: index) -> (vector<2x4xi1>, vector<4x2xi1>) {
  %c1 = arith.constant 1 : index
  %0 = vector.create_mask %i, %c1, %j : vector<2x1x4xi1>
  %1 = vector.shape_cast %0 : vector<2x1x4xi1> to vector<2x4xi1>
  %2 = vector.create_mask %i, %j, %c1 : vector<4x2x1xi1>
  %3 = vector.shape_cast %2 : vector<4x2x1xi1> to vector<4x2xi1>
  return %1, %3 : vector<2x4xi1>, vector<4x2xi1> }
func.func @k4_ex_cm2(%j: index) -> (vector<3xi1>, vector<3xi1>, i1, i1, vector<3xi1>) {
  %0 = vector.constant_mask [2, 3] : vector<4x3xi1>
  %1 = vector.extract %0[0] : vector<3xi1> from vector<4x3xi1>
  %2 = vector.extract %0[%j] : vector<3xi1> from vector<4x3xi1>
  %3 = vector.extract %0[1, 2] : i1 from vector<4x3xi1>
  %4 = vector.extract %0[2, 2] : i1 from vector<4x3xi1>
  %5 = vector.constant_mask [4, 2] : vector<4x3xi1>
  %6 = vector.extract %5[%j] : vector<3xi1> from vector<4x3xi1>
  return %1, %2, %3, %4, %6 : vector<3xi1>, vector<3xi1>, i1, i1, vector<3xi1> }
func.func @k5_sc1(%i: index) -> (vector<4xi1>, vector<1x4xi1>, vector<4x1xi1>, vector<4xi1>) {
  %c1 = arith.constant 1 : index
  %0 = vector.create_mask %c1, %c1, %i : vector<1x1x4xi1>
  %1 = vector.shape_cast %0 : vector<1x1x4xi1> to vector<4xi1>
  %2 = vector.create_mask %c1, %i, %c1 : vector<1x4x1xi1>
  %3 = vector.shape_cast %2 : vector<1x4x1xi1> to vector<1x4xi1>
  %4 = vector.create_mask %c1, %i, %c1 : vector<1x4x1xi1>
  %5 = vector.shape_cast %4 : vector<1x4x1xi1> to vector<4x1xi1>
  %6 = vector.create_mask %c1, %i : vector<1x4xi1>
  %7 = vector.shape_cast %6 : vector<1x4xi1> to vector<4xi1>
  return %1, %3, %5, %7 : vector<4xi1>, vector<1x4xi1>, vector<4x1xi1>, vector<4xi1> }
func.func @k6_a(%i: index, %j: index) -> (i1, vector<3xi1>, i1, i1, vector<3xi1>, vector<3xi1>) {
  %c2 = arith.constant 2 : index
  %c0 = arith.constant 0 : index
  %0 = vector.create_mask %c2, %i : vector<4x3xi1>
  %1 = vector.extract %0[3, 0] : i1 from vector<4x3xi1>
  %2 = vector.create_mask %i, %c0 : vector<4x3xi1>
  %3 = vector.extract %2[0] : vector<3xi1> from vector<4x3xi1>
  %4 = vector.constant_mask [4, 2] : vector<4x3xi1>
  %5 = vector.extract %4[%j, 1] : i1 from vector<4x3xi1>
  %6 = vector.extract %4[1, %j] : i1 from vector<4x3xi1>
  %7 = vector.constant_mask [4, 3, 2] : vector<4x3x3xi1>
  %8 = vector.extract %7[%j, 1] : vector<3xi1> from vector<4x3x3xi1>
  %9 = vector.extract %0[%j] : vector<3xi1> from vector<4x3xi1>
  return %1, %3, %5, %6, %8, %9 : i1, vector<3xi1>, i1, i1, vector<3xi1>, vector<3xi1> }
func.func @k7_vs(%i: index) -> (vector<[4]xi1>, vector<4xi1>, vector<[4]xi1>, vector<[4]x2xi1>, index) {
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %vs = vector.vscale
  %n = arith.muli %c8, %vs : index
  %0 = vector.create_mask %n : vector<[4]xi1>
  %1 = vector.create_mask %vs : vector<4xi1>
  %2 = vector.create_mask %vs : vector<[4]xi1>
  %m = arith.muli %vs, %c4 : index
  %3 = vector.create_mask %m, %c4 : vector<[4]x2xi1>
  return %0, %1, %2, %3, %vs : vector<[4]xi1>, vector<4xi1>, vector<[4]xi1>, vector<[4]x2xi1>, index }
func.func @k8_z(%i: index) -> (vector<i1>, vector<i1>, vector<1xi1>) {
  %c1 = arith.constant 1 : index
  %0 = vector.create_mask %c1 : vector<1xi1>
  %1 = vector.shape_cast %0 : vector<1xi1> to vector<i1>
  %2 = vector.create_mask %i, %c1 : vector<1x1xi1>
  %3 = vector.shape_cast %2 : vector<1x1xi1> to vector<i1>
  %4 = vector.create_mask %i : vector<i1>
  %5 = vector.shape_cast %4 : vector<i1> to vector<1xi1>
  return %1, %3, %5 : vector<i1>, vector<i1>, vector<1xi1> }
func.func @k8_z2(%i: index) -> (vector<i1>, vector<i1>) {
  %c1 = arith.constant 1 : index
  %2 = vector.create_mask %c1, %i : vector<1x1xi1>
  %3 = vector.shape_cast %2 : vector<1x1xi1> to vector<1xi1>
  %4 = vector.create_mask %i : vector<i1>
  %5 = vector.transpose %4, [] : vector<i1> to vector<i1>
  %6 = vector.extract %2[0, 0] : i1 from vector<1x1xi1>
  %7 = vector.create_mask %i, %c1 : vector<1x1xi1>
  %8 = vector.shape_cast %7 : vector<1x1xi1> to vector<i1>
  return %5, %8 : vector<i1>, vector<i1> }
