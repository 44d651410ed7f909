import StrataProfile

/// The advisor's answer for one workload, shaped exactly like the JSON of
/// `strata advise --json` (see ADVICE-CONTRACT.md).
///
/// Every reason, caution, warning and scaling step carries the id of the
/// rule behind it, so a reader can run `strata rules ID` to see why.
public struct Advice: Sendable, Equatable, Codable {
    /// The profile's `name`.
    public var workload: String
    /// Best first; one to ten entries with non-increasing scores.
    public var recommendations: [Recommendation]
    /// Problems the profile raises, by contract code.
    public var warnings: [AdviceWarning]
    /// What the advisor filled in because the profile did not say.
    public var assumptions: [String]
    /// The scaling path for the top choice, in progression order.
    public var scaling: [ScalingNote]
    /// The design for the top choice; `nil` when nothing is recommended.
    public var design: Design?
    /// Ids of every rule whose condition held, in catalogue order.
    ///
    /// Not part of the JSON contract (and not encoded): it exists so that
    /// tests and `--explain` style output can show which rules fired.
    public var firedRules: [String]

    enum CodingKeys: String, CodingKey {
        case workload, recommendations, warnings, assumptions, scaling, design
    }

    /// Creates advice; used by the advisor and by code decoding stored advice.
    public init(
        workload: String, recommendations: [Recommendation], warnings: [AdviceWarning],
        assumptions: [String], scaling: [ScalingNote], firedRules: [String] = [], design: Design? = nil
    ) {
        self.workload = workload
        self.recommendations = recommendations
        self.warnings = warnings
        self.assumptions = assumptions
        self.scaling = scaling
        self.firedRules = firedRules
        self.design = design
    }

    /// Decodes contract JSON; `firedRules` is not stored and comes back empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        workload = try container.decode(String.self, forKey: .workload)
        recommendations = try container.decode([Recommendation].self, forKey: .recommendations)
        warnings = try container.decode([AdviceWarning].self, forKey: .warnings)
        assumptions = try container.decode([String].self, forKey: .assumptions)
        scaling = try container.decodeIfPresent([ScalingNote].self, forKey: .scaling) ?? []
        design = try container.decodeIfPresent(Design.self, forKey: .design)
        firedRules = []
    }

    /// The warning codes raised, without duplicates, sorted.
    public var warningCodes: [WarningCode] {
        Array(Set(warnings.map(\.code))).sorted()
    }
}
