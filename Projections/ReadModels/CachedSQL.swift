import GRDB

extension Database {
    /// Runs `sql` through the connection's statement cache: a fold runs the same few statements
    /// millions of times, and compiling each anew cost more than executing it.
    func executeCached(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

}
