// Vector types: fixed 1-d and n-d, 0-d, scalable `[4]` dims (leading, trailing,
// several), and vectors of index, small floats and odd-width integers.

%0:4 = "test.producer"() : () -> (vector<4xf32>, vector<2x3xi8>, vector<f32>, vector<1x1x1xi1>)
%1:4 = "test.producer"() : () -> (vector<[4]xf32>, vector<2x[4]xi32>, vector<[2]x[8]xf16>,
                                  vector<[1]x4xbf16>)
%2:3 = "test.producer"() : () -> (vector<8xindex>, vector<16xf8E4M3FN>, vector<3xi7>)
"test.consumer"(%0#2, %1#1, %2#2) : (vector<f32>, vector<2x[4]xi32>, vector<3xi7>) -> ()
"test.type_attrs"() {
  a = vector<[16]xi1>, b = vector<4x4x4xf64>, c = vector<2x[2]x2xf32>, d = vector<1xi1024>
} : () -> ()
