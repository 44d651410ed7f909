import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// The advisor's answer for one workload: the contract's advice object, and for a recorded
/// workload the scaling steps its measurements call for (under `nextSteps`, an extra key the
/// contract allows).
public struct AdviceResult: Encodable, Sendable, Equatable {
    public var advice: Advice
    /// The recorded workload's id (`W-N` as a UUID), nil for a profile given directly.
    public var workload: String?
    public var nextSteps: [ArchitectureAdviceReport.ScalingDue]

    private enum Keys: String, CodingKey { case nextSteps }

    public func encode(to encoder: any Encoder) throws {
        try advice.encode(to: encoder)
        guard !nextSteps.isEmpty else { return }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(nextSteps, forKey: .nextSteps)
    }
}
