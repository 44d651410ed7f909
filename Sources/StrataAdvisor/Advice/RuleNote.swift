/// A sentence attributed to the rule that produced it.
public struct RuleNote: Sendable, Equatable, Hashable, Codable {
    /// The rule id, e.g. `SEL-DOC-01`.
    public var rule: String
    /// The sentence, in plain words.
    public var text: String

    /// Creates a note.
    public init(rule: String, text: String) {
        self.rule = rule
        self.text = text
    }
}
