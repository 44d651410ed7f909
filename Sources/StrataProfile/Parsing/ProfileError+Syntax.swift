extension ProfileError {
    /// Converts a parser failure into a message with line and column.
    static func syntax(_ failure: JSONSyntaxError, in bytes: [UInt8]) -> ProfileError {
        ProfileError(
            .malformedJSON, location: location(of: failure.offset, in: bytes), found: nil,
            expected: "well-formed JSON, but \(failure.reason)",
            remedy: "Fix the JSON syntax at that position and try again.")
    }

    /// Line and column of a byte offset; columns count characters, not bytes.
    static func location(of offset: Int, in bytes: [UInt8]) -> Location {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Location(line: line, column: column, byteOffset: offset)
    }
}
