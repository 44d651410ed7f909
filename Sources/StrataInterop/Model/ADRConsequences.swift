/// What follows from a decision, split by sign when the source said so.
///
/// MADR writes "Good, because …" / "Bad, because …" bullets (MADR 2 used "Positive" and
/// "Negative Consequences" headings); Nygard writes free prose. Both shapes are kept.
public struct ADRConsequences: Sendable, Equatable, Codable {
    /// Positive consequences, without the "Good, because" prefix.
    public var good: [String]
    /// Negative consequences, without the "Bad, because" prefix.
    public var bad: [String]
    /// Neutral consequences, without the "Neutral, because" prefix.
    public var neutral: [String]
    /// Free text that is not one of the classified bullets.
    public var text: String

    /// Creates consequences; all parts default to empty.
    public init(good: [String] = [], bad: [String] = [], neutral: [String] = [], text: String = "") {
        self.good = good
        self.bad = bad
        self.neutral = neutral
        self.text = text
    }

    /// Whether nothing at all was said.
    public var isEmpty: Bool { good.isEmpty && bad.isEmpty && neutral.isEmpty && text.isEmpty }
}
