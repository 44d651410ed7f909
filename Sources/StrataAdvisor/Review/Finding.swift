/// A problem the architecture review found with one store.
///
/// Shaped like an entry of `findings` in `strata audit --json`: the
/// contract code, the rule that raised it, the explanation and the store.
public struct Finding: Sendable, Equatable, Codable {
    /// The contract warning code.
    public var code: WarningCode
    /// The rule that raised it.
    public var rule: String
    /// What is wrong and what to do.
    public var text: String
    /// The store concerned (its name or id), when known.
    public var store: String?

    /// Creates a finding.
    public init(code: WarningCode, rule: String, text: String, store: String?) {
        self.code = code
        self.rule = rule
        self.text = text
        self.store = store
    }
}
