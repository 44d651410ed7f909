/// The next thing to do about one measured bottleneck, and why.
public struct ScalingAdvice: Sendable, Equatable, Codable {
    /// What to do.
    public var action: ScalingAction
    /// The bottleneck it addresses.
    public var addresses: BottleneckKind
    /// The rule that calls for it (`SCALE-0n`, `POOL-01`, `STRATA-SCALE-0n`).
    public var rule: String
    /// The step explained in plain words, naming the measurement.
    public var text: String

    /// Creates scaling advice.
    public init(action: ScalingAction, addresses: BottleneckKind, rule: String, text: String) {
        self.action = action
        self.addresses = addresses
        self.rule = rule
        self.text = text
    }
}
