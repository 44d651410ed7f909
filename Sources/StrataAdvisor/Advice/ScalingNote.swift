/// One step of the scaling path, with the rule that calls for it.
public struct ScalingNote: Sendable, Equatable, Codable {
    /// The progression step.
    public var step: ScalingStep
    /// The rule that calls for it.
    public var rule: String
    /// When and how to take the step.
    public var text: String

    /// Creates a scaling note.
    public init(step: ScalingStep, rule: String, text: String) {
        self.step = step
        self.rule = rule
        self.text = text
    }
}
