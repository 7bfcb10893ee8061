// RUN: pyir-opt %s | FileCheck %s
// RUN: pyir-opt %s | pyir-opt | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic %s | pyir-opt | FileCheck %s

// Every affine op in its custom form, as iree-opt prints it: maps printed as attributes
// get aliases, maps of loads and stores print inline over SSA names, constant and
// single-symbol loop bounds print bare, and implicit affine.yield ops are elided.

// CHECK-DAG: #map = affine_map<(d0)[s0] -> (d0 * 2 + s0)>
// CHECK-DAG: #map1 = affine_map<(d0)[s0] -> (d0, s0, 100)>
// CHECK-DAG: #map2 = affine_map<(d0) -> (d0 - 1, 0)>
// CHECK-DAG: #map3 = affine_map<() -> (42)>
// CHECK-DAG: #map4 = affine_map<(d0)[s0] -> (d0, s0)>
// CHECK-DAG: #map5 = affine_map<(d0) -> (d0 + 4, 16)>
// CHECK-DAG: #map6 = affine_map<(d0) -> (d0)>
// CHECK-DAG: #set = affine_set<(d0)[s0] : (d0 - 10 >= 0, -d0 + s0 == 0)>
// CHECK-DAG: #set1 = affine_set<(d0) : (d0 >= 0)>

// CHECK-LABEL: func.func @apply_min_max(%arg0: index, %arg1: index) -> (index, index, index) {
// CHECK-NEXT:    %0 = affine.apply #map(%arg0)[%arg1]
// CHECK-NEXT:    %1 = affine.min #map1(%arg0)[%arg1]
// CHECK-NEXT:    %2 = affine.max #map2(%arg0)
// CHECK-NEXT:    %3 = affine.apply #map3()
// CHECK-NEXT:    return %0, %1, %2 : index, index, index
// CHECK-NEXT:  }
func.func @apply_min_max(%a: index, %n: index) -> (index, index, index) {
  %0 = affine.apply affine_map<(d0)[s0] -> (d0 * 2 + s0)>(%a)[%n]
  %1 = affine.min affine_map<(d0)[s0] -> (d0, s0, 100)>(%a)[%n]
  %2 = affine.max affine_map<(d0) -> (d0 - 1, 0)>(%a)
  %3 = affine.apply affine_map<() -> (42)>()
  return %0, %1, %2 : index, index, index
}

// CHECK-LABEL: func.func @loops(%arg0: memref<16x16xf32>, %arg1: index) {
// CHECK-NEXT:    affine.for %arg2 = 0 to 16 {
// CHECK-NEXT:      affine.for %arg3 = max #map4(%arg2)[%arg1] to min #map5(%arg2) step 2 {
// CHECK-NEXT:        %0 = affine.load %arg0[%arg2 + 3, %arg3 * 2] : memref<16x16xf32>
// CHECK-NEXT:        affine.store %0, %arg0[%arg2, %arg3 + symbol(%arg1)] : memref<16x16xf32>
// CHECK-NEXT:        %1 = affine.load %arg0[(%arg2 floordiv 2) mod 4, -%arg3 + 15] {tag} : memref<16x16xf32>
// CHECK-NEXT:      }
// CHECK-NEXT:      affine.for %arg3 = %arg1 to #map6(%arg2) {
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    affine.for %arg2 = -4 to 4 {
// CHECK-NEXT:    } {unroll}
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @loops(%m: memref<16x16xf32>, %n: index) {
  affine.for %i = 0 to 16 {
    affine.for %j = max affine_map<(d0)[s0] -> (d0, s0)>(%i)[%n] to min affine_map<(d0) -> (d0 + 4, 16)>(%i) step 2 {
      %v = affine.load %m[%i + 3, %j * 2] : memref<16x16xf32>
      affine.store %v, %m[%i, %j + symbol(%n)] : memref<16x16xf32>
      %w = affine.load %m[(%i floordiv 2) mod 4, -%j + 15] {tag} : memref<16x16xf32>
    }
    affine.for %k = %n to affine_map<(d0) -> (d0)>(%i) {
    }
  }
  affine.for %i = -4 to 4 {
  } {unroll}
  return
}

// CHECK-LABEL: func.func @reduce(%arg0: memref<16xf32>, %arg1: f32) -> f32 {
// CHECK-NEXT:    %0 = affine.for %arg2 = 0 to 16 iter_args(%arg3 = %arg1) -> (f32) {
// CHECK-NEXT:      %1 = affine.load %arg0[%arg2] : memref<16xf32>
// CHECK-NEXT:      affine.yield %1 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @reduce(%m: memref<16xf32>, %init: f32) -> f32 {
  %r = affine.for %i = 0 to 16 iter_args(%acc = %init) -> (f32) {
    %v = affine.load %m[%i] : memref<16xf32>
    affine.yield %v : f32
  }
  return %r : f32
}

// CHECK-LABEL: func.func @conditions(%arg0: memref<16xf32>, %arg1: index, %arg2: index) -> f32 {
// CHECK-NEXT:    affine.if #set(%arg1)[%arg2] {
// CHECK-NEXT:      %1 = affine.load %arg0[%arg1] : memref<16xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    affine.if #set1(%arg1) {
// CHECK-NEXT:    } else {
// CHECK-NEXT:    }
// CHECK-NEXT:    %0 = affine.if #set1(%arg1) -> f32 {
// CHECK-NEXT:      %1 = affine.load %arg0[%arg1] : memref<16xf32>
// CHECK-NEXT:      affine.yield %1 : f32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %1 = affine.load %arg0[0] : memref<16xf32>
// CHECK-NEXT:      affine.yield %1 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @conditions(%m: memref<16xf32>, %a: index, %n: index) -> f32 {
  affine.if affine_set<(d0)[s0] : (d0 - 10 >= 0, s0 - d0 == 0)>(%a)[%n] {
    %v = affine.load %m[%a] : memref<16xf32>
  }
  affine.if affine_set<(d0) : (d0 >= 0)>(%a) {
  } else {
  }
  %r = affine.if affine_set<(d0) : (d0 >= 0)>(%a) -> f32 {
    %v = affine.load %m[%a] : memref<16xf32>
    affine.yield %v : f32
  } else {
    %v = affine.load %m[0] : memref<16xf32>
    affine.yield %v : f32
  }
  return %r : f32
}

// CHECK-LABEL: func.func @parallel(%arg0: memref<16x16xf32>, %arg1: index) -> (f32, f32) {
// CHECK-NEXT:    affine.parallel (%arg2, %arg3) = (0, 0) to (16, %arg1) {
// CHECK-NEXT:      %1 = affine.load %arg0[%arg2, %arg3] : memref<16x16xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    affine.parallel (%arg2, %arg3) = (max(0, %arg1), 0) to (min(16, %arg1 + 2), symbol(%arg1)) step (2, 3) {
// CHECK-NEXT:    }
// CHECK-NEXT:    %0:2 = affine.parallel (%arg2) = (0) to (16) reduce ("addf", "maxnumf") -> (f32, f32) {
// CHECK-NEXT:      %1 = affine.load %arg0[%arg2, %arg2] : memref<16x16xf32>
// CHECK-NEXT:      affine.yield %1, %1 : f32, f32
// CHECK-NEXT:    }
// CHECK-NEXT:    affine.parallel () = () to () {
// CHECK-NEXT:    }
// CHECK-NEXT:    return %0#0, %0#1 : f32, f32
// CHECK-NEXT:  }
func.func @parallel(%m: memref<16x16xf32>, %n: index) -> (f32, f32) {
  affine.parallel (%i, %j) = (0, 0) to (16, %n) {
    %v = affine.load %m[%i, %j] : memref<16x16xf32>
  }
  affine.parallel (%i, %j) = (max(0, %n), 0) to (min(16, %n + 2), symbol(%n)) step (2, 3) {
  }
  %r:2 = affine.parallel (%k) = (0) to (16) reduce ("addf", "maxnumf") -> (f32, f32) {
    %v = affine.load %m[%k, %k] : memref<16x16xf32>
    affine.yield %v, %v : f32, f32
  }
  affine.parallel () = () to () {
  }
  return %r#0, %r#1 : f32, f32
}

// CHECK-LABEL: func.func @rank0(%arg0: memref<f32>) {
// CHECK-NEXT:    %0 = affine.load %arg0[] : memref<f32>
// CHECK-NEXT:    affine.store %0, %arg0[] : memref<f32>
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @rank0(%m: memref<f32>) {
  %v = affine.load %m[] : memref<f32>
  affine.store %v, %m[] : memref<f32>
  return
}
