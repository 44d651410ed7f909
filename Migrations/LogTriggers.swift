/// The triggers migration 1 puts on the log, as SQLite keeps their text: `verify` compares the
/// store's triggers with these, so a trigger replaced by a no-op under the same name is noticed.
public enum LogTriggers {
    /// Trigger name → its `CREATE TRIGGER` statement, whitespace collapsed.
    public static let definitions: [String: String] = parse(V1_CreateEventLog.migration.sql)

    /// Every `CREATE TRIGGER … END;` statement in `sql`, by trigger name, whitespace collapsed.
    public static func parse(_ sql: String) -> [String: String] {
        var found: [String: String] = [:]
        var rest = sql[...]
        while let start = rest.range(of: "CREATE TRIGGER ") {
            guard let end = rest[start.upperBound...].range(of: "END;") else { break }
            let statement = String(rest[start.lowerBound..<end.upperBound].dropLast())
            let name = statement.dropFirst("CREATE TRIGGER ".count).prefix { $0 != " " }
            found[String(name)] = normalised(statement)
            rest = rest[end.upperBound...]
        }
        return found
    }

    /// `sql` with runs of whitespace as one space, for comparing definitions as SQLite stores them.
    public static func normalised(_ sql: String) -> String {
        sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
