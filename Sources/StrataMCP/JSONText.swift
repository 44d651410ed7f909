/// A result the application layer already rendered as JSON (the rule catalogue), passed through
/// as it is rather than decoded into a second model of the same thing.
struct JSONText: Encodable, Sendable {
    let text: String

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
