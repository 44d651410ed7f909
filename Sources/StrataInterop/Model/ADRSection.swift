/// A section of a record that no ``ADRRecord`` field maps to, kept verbatim.
///
/// Keeping these lets an import followed by an export reproduce sections teams invent
/// (`## Changelog`, `## Notes`), instead of silently dropping them.
public struct ADRSection: Sendable, Equatable, Codable {
    /// The heading text without `#` marks; empty for text written before any heading.
    public var name: String
    /// The section's Markdown body, without leading or trailing blank lines.
    public var body: String

    /// Creates a section.
    public init(name: String, body: String) {
        self.name = name
        self.body = body
    }
}
