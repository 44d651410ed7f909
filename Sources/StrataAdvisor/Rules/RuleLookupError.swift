/// A rule id that is not in the catalogue.
public struct RuleLookupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The id asked for.
    public let requested: String
    /// Nearby ids, possibly empty.
    public let suggestions: [String]

    /// One clause naming the id and its neighbours, which a face can follow with what to do.
    public var description: String {
        let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)"
        return "no rule '\(requested)' exists\(hint)"
    }
}
