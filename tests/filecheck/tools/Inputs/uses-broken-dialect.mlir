%x = "broken.op"() : () -> i32
