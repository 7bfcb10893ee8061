%x = "mentioned.op"() : () -> i32
