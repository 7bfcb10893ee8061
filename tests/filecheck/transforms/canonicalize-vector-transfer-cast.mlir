// RUN: pyir-opt %s --canonicalize | FileCheck %s

// A transfer_write into a cast that drops static sizes writes into the static tensor;
// the result is cast back.
// CHECK-LABEL: func.func @write_into_cast
// CHECK-NEXT:    %0 = vector.transfer_write %arg1, %arg0[%arg2] : vector<4xf32>, tensor<8xf32>
// CHECK-NEXT:    %cast = tensor.cast %0 : tensor<8xf32> to tensor<?xf32>
// CHECK-NEXT:    return %cast
func.func @write_into_cast(%t: tensor<8xf32>, %v: vector<4xf32>, %i: index) -> tensor<?xf32> {
  %c = tensor.cast %t : tensor<8xf32> to tensor<?xf32>
  %r = vector.transfer_write %v, %c[%i] : vector<4xf32>, tensor<?xf32>
  return %r : tensor<?xf32>
}

// A cast that adds static information stays.
// CHECK-LABEL: func.func @write_into_static_cast
// CHECK-NEXT:    %cast = tensor.cast %arg0 : tensor<?xf32> to tensor<8xf32>
// CHECK-NEXT:    %0 = vector.transfer_write %arg1, %cast[%arg2] : vector<4xf32>, tensor<8xf32>
func.func @write_into_static_cast(%t: tensor<?xf32>, %v: vector<4xf32>, %i: index) -> tensor<8xf32> {
  %c = tensor.cast %t : tensor<?xf32> to tensor<8xf32>
  %r = vector.transfer_write %v, %c[%i] : vector<4xf32>, tensor<8xf32>
  return %r : tensor<8xf32>
}
