%x = "misnamed.op"() : () -> i32
