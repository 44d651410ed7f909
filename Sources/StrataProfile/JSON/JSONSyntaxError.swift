/// Why a byte sequence is not a JSON document, and where.
///
/// Internal: ``ProfileError`` turns it into a message with line and column.
struct JSONSyntaxError: Error, Sendable, Equatable {
    /// Byte offset of the problem from the start of the input.
    let offset: Int
    /// What is wrong, in a phrase ("expected ':' after a member name").
    let reason: String
}
