// RUN: pyir-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: pyir-opt %s --allow-unregistered-dialect | pyir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: pyir-opt --mlir-print-op-generic --allow-unregistered-dialect %s | pyir-opt --allow-unregistered-dialect | FileCheck %s

// An alloca_scope without results prints no terminator; with results it does.
// CHECK-LABEL: func.func @scopes
// CHECK:         memref.alloca_scope  {
// CHECK-NEXT:      %alloca = memref.alloca(%arg0) : memref<?xf32>
// CHECK-NEXT:      "test.use"(%alloca) : (memref<?xf32>) -> ()
// CHECK-NEXT:    }
// CHECK:         %[[R:.*]] = memref.alloca_scope  -> (index) {
// CHECK-NEXT:      %[[X:.*]] = arith.addi %arg0, %arg0 : index
// CHECK-NEXT:      memref.alloca_scope.return %[[X]] : index
// CHECK-NEXT:    } {test.attr}
func.func @scopes(%n: index) -> index {
  memref.alloca_scope {
    %a = memref.alloca(%n) : memref<?xf32>
    "test.use"(%a) : (memref<?xf32>) -> ()
  }
  %r = memref.alloca_scope -> index {
    %x = arith.addi %n, %n : index
    memref.alloca_scope.return %x : index
  } {test.attr}
  return %r : index
}

// CHECK-LABEL: func.func @reallocs
// CHECK:         memref.realloc %arg0 : memref<4xf32> to memref<8xf32>
// CHECK:         memref.realloc %arg0(%arg1) alignment = 16 {test.attr} : memref<4xf32> to memref<?xf32>
func.func @reallocs(%m: memref<4xf32>, %n: index) {
  %0 = memref.realloc %m : memref<4xf32> to memref<8xf32>
  %1 = memref.realloc %m(%n) alignment = 16 {test.attr} : memref<4xf32> to memref<?xf32>
  return
}

// CHECK-LABEL: func.func @prefetches
// CHECK:         memref.prefetch %arg0[%arg2, %arg2], read, locality<0>, data : memref<4x?xf32>
// CHECK:         memref.prefetch %arg1[], write, locality<3>, instr : memref<f16, 2>
func.func @prefetches(%m: memref<4x?xf32>, %z: memref<f16, 2>, %i: index) {
  memref.prefetch %m[%i, %i], read, locality<0>, data : memref<4x?xf32>
  memref.prefetch %z[], write, locality<3>, instr : memref<f16, 2>
  return
}
