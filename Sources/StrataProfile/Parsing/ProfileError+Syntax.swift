import StrataJSON

extension ProfileError {
    /// Converts a parser failure into a message with line and column.
    static func syntax(_ failure: JSONSyntaxError) -> ProfileError {
        ProfileError(
            .malformedJSON, location: Location(line: failure.line, column: failure.column, byteOffset: failure.offset),
            found: nil,
            expected: "well-formed JSON, but \(failure.reason)",
            remedy: "Fix the JSON syntax at that position and try again.")
    }
}
