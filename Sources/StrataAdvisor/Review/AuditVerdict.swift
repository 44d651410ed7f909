/// The audit's judgement of one store (ADVICE-CONTRACT.md, audit verdicts).
public enum AuditVerdict: String, CaseIterable, Codable, Sendable {
    /// The architecture's first store; starting simple needs no justification.
    case baseline
    /// Supported by a measurement taken before the decision, or by a
    /// capability no other store offers.
    case justified
    /// Justified in words only.
    case speculative
    /// No justification at all.
    case unjustified
    /// Its evidence no longer holds.
    case stale

    /// Whether `strata audit` should fail (exit 1) because of this verdict.
    public var failsAudit: Bool {
        self == .speculative || self == .unjustified || self == .stale
    }
}
