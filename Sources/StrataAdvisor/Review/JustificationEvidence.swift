import StrataProfile

/// One reason recorded for adopting a store, with what backs it.
///
/// The review separates claims from evidence: "Postgres is too slow" is a
/// claim about performance and needs a measurement; "we need full-text
/// search" names a capability and needs none.
public struct JustificationEvidence: Sendable, Equatable {
    /// What backs the justification.
    public enum Basis: Sendable, Equatable {
        /// A bottleneck measured on the running system.
        case measurement(MeasuredBottleneck)
        /// An access pattern the store serves and others may not.
        case capability(AccessPattern)
        /// A specific need the store meets.
        case need(Need)
        /// Words only: nothing checkable is cited.
        case statement
    }

    /// The justification as written in the decision.
    public var text: String
    /// What backs it.
    public var basis: Basis
    /// Whether it claims a bottleneck or a gain (speed, scale, cost), which
    /// requires a measurement.
    public var claimsPerformance: Bool
    /// Whether it no longer holds: the measurement was retracted, or the
    /// workload it rests on was retired or revised.
    public var withdrawn: Bool

    /// Creates evidence.
    public init(text: String, basis: Basis, claimsPerformance: Bool, withdrawn: Bool = false) {
        self.text = text
        self.basis = basis
        self.claimsPerformance = claimsPerformance
        self.withdrawn = withdrawn
    }

    /// A justification backed by a measurement (a performance claim by nature).
    public static func measured(_ bottleneck: MeasuredBottleneck, _ text: String) -> JustificationEvidence {
        JustificationEvidence(text: text, basis: .measurement(bottleneck), claimsPerformance: true)
    }

    /// A justification naming a capability the store provides.
    public static func capability(_ pattern: AccessPattern, _ text: String) -> JustificationEvidence {
        JustificationEvidence(text: text, basis: .capability(pattern), claimsPerformance: false)
    }
}
