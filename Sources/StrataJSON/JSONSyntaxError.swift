/// Why a text is not a JSON document (or not one the caller accepts), and where.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in a phrase ("expected ':' after a member name").
    public let reason: String
    /// Byte offset of the problem from the start of the input.
    public let offset: Int
    /// 1-based line of the problem.
    public let line: Int
    /// 1-based column of the problem, counting characters (Unicode scalars), not bytes.
    public let column: Int

    /// "line 2, column 5: reason", the one-line form commands print.
    public var description: String { "line \(line), column \(column): \(reason)" }

    init(reason: String, offset: Int, in bytes: some Sequence<UInt8>) {
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
        self.reason = reason
        self.offset = offset
        self.line = line
        self.column = column
    }
}
