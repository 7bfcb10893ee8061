// math integer ops: absi, ctlz, cttz, ctpop and ipowi on integers, index and vectors.

func.func @integer(%a: i32, %i: index, %v: vector<4xi8>) {
  %0 = math.absi %a : i32
  %1 = math.ctlz %a : i32
  %2 = math.cttz %v : vector<4xi8>
  %3 = math.ctpop %i : index
  %4 = math.ipowi %a, %a : i32
  return
}
