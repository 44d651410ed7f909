import StrataProfile

/// One recommended technology with its score and the rules behind it.
public struct Recommendation: Sendable, Equatable, Codable {
    /// A schema technology id.
    public var technology: Technology
    /// The category fixed for that technology.
    public var category: StoreCategory
    /// Fit in [0, 1]; the list is sorted so this never increases.
    public var score: Double
    /// Why the technology fits.
    public var reasons: [RuleNote]
    /// What to watch out for if it is chosen.
    public var cautions: [RuleNote]

    /// Creates a recommendation.
    public init(
        technology: Technology, category: StoreCategory, score: Double,
        reasons: [RuleNote], cautions: [RuleNote]
    ) {
        self.technology = technology
        self.category = category
        self.score = score
        self.reasons = reasons
        self.cautions = cautions
    }
}
