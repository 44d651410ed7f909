/// A rule id that is not in the catalogue.
public struct RuleLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The id asked for.
    public let requested: String
    /// Nearby ids, possibly empty.
    public let suggestions: [String]

    /// One line naming the id and what to do.
    public var description: String {
        let hint = suggestions.isEmpty ? "" : " Did you mean \(suggestions.joined(separator: ", "))?"
        return "No rule '\(requested)' exists.\(hint)"
    }
}
