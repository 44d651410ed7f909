/// Every rule the advisor and the review know, in catalogue order.
///
/// This is the registry behind `strata rules`: ids are unique and stable,
/// and the order follows the guide's sections so listings read like it.
public enum RuleCatalogue {
    /// All rules: the 100 of RULES.md followed by Strata's own (`STRATA-…`).
    public static let all: [Rule] = documentRules + vectorRules + keyValueRules + embeddedRules
        + timeSeriesRules + streamingRules + graphRules + sqlRules + fourVRules + polyglotRules
        + addingStoreRules + cqrsRules + replicationRules + scalingRules + serverlessRules
        + edgeRules + workingRules + avoidRules + strataRules + rankingRules + replacingRules + runningSystemRules + designRules

    private static let byID: [String: Rule] = Dictionary(
        all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    private static let positions: [String: Int] = Dictionary(
        all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

    /// The rule with this id (case-insensitive), or `nil`.
    public static func rule(id: String) -> Rule? {
        byID[id.uppercased()]
    }

    /// The rule with this id, or an error that suggests the closest ids.
    public static func lookup(_ id: String) throws(RuleLookupError) -> Rule {
        if let rule = rule(id: id) { return rule }
        throw RuleLookupError(requested: id, suggestions: suggestions(for: id))
    }

    /// Catalogue position of a rule id, for sorting fired rules.
    static func position(of id: String) -> Int {
        positions[id] ?? Int.max
    }

    private static func suggestions(for id: String) -> [String] {
        let wanted = id.uppercased()
        let prefixed = all.map(\.id).filter { $0.hasPrefix(wanted) || wanted.hasPrefix($0) }
        if !prefixed.isEmpty { return Array(prefixed.prefix(5)) }
        let group = wanted.split(separator: "-").dropLast().joined(separator: "-")
        return Array(all.map(\.id).filter { !group.isEmpty && $0.hasPrefix(group + "-") }.prefix(5))
    }
}
