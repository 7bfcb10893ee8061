// Ranked tensors (static, dynamic `?`, 0-d, zero-sized dims, encodings of
// several attribute kinds) and unranked tensors of various element types.

%0:4 = "test.producer"() : () -> (tensor<f32>, tensor<4xf32>, tensor<2x3x4xi8>, tensor<?xf16>)
%1:3 = "test.producer"() : () -> (tensor<?x?xindex>, tensor<1x?x3x?xbf16>, tensor<0x4xi1>)
%2:3 = "test.producer"() : () -> (tensor<*xf32>, tensor<*xi1>, tensor<*xcomplex<f64>>)
%3:4 = "test.producer"() : () -> (tensor<4xf32, "sparse">, tensor<?x8xi32, {layout = 1 : i64}>,
                                  tensor<2xi8, #foo.enc<rows>>, tensor<3xf32, [1, 2]>)
%4:3 = "test.producer"() : () -> (tensor<2xcomplex<f32>>, tensor<2x!foo.elem>,
                                  tensor<1x2xvector<4xf32>>)
%5 = "test.producer"() : () -> tensor<8x?xcomplex<i16>>
"test.consumer"(%0#0, %1#1, %2#2, %3#2, %4#1)
    : (tensor<f32>, tensor<1x?x3x?xbf16>, tensor<*xcomplex<f64>>, tensor<2xi8, #foo.enc<rows>>,
       tensor<2x!foo.elem>) -> ()
"test.type_attrs"() {
  a = tensor<i1>, b = tensor<100000x1xf32>, c = tensor<*xindex>, d = tensor<?x?x?x?xi64>,
  e = tensor<16xf32, unit>, f = tensor<1xf8E4M3FN>
} : () -> ()
