/// A contract warning raised for the profile.
public struct AdviceWarning: Sendable, Equatable, Codable {
    /// The contract code.
    public var code: WarningCode
    /// The rule that raised it.
    public var rule: String
    /// What is at risk and what to do.
    public var text: String

    /// Creates a warning.
    public init(code: WarningCode, rule: String, text: String) {
        self.code = code
        self.rule = rule
        self.text = text
    }
}
