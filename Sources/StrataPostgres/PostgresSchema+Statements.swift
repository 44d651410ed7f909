extension PostgresSchema {
    /// A migration's text cut into single statements: the extended query protocol PostgresNIO
    /// speaks runs one statement per query.
    ///
    /// Semicolons inside `$$ … $$` bodies, quoted strings and `--` comments do not end a statement.
    static func statements(of sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inDollarBody = false, inQuote = false, inComment = false
        var previous: Character = " "
        for character in sql {
            current.append(character)
            if inComment {
                if character.isNewline { inComment = false }
            } else if inQuote {
                if character == "'" { inQuote = false }
            } else if character == "$", previous == "$" {
                inDollarBody.toggle()
                previous = " "
                continue
            } else if !inDollarBody {
                if character == "-", previous == "-" { inComment = true }
                if character == "'" { inQuote = true }
                if character == ";" {
                    statements.append(current)
                    current = ""
                }
            }
            previous = character
        }
        statements.append(current)
        return statements.filter { statement in
            statement.split(whereSeparator: \.isNewline).contains { line in
                let text = line.drop { $0 == " " }
                return !text.isEmpty && !text.hasPrefix("--")
            }
        }
    }
}
