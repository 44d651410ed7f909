import Foundation
import StrataProfile

/// One store of the architecture as the review sees it.
///
/// A plain value the read models can fill: what the store is, whether it
/// was the first one, the justifications recorded for it, the workloads it
/// serves and the scaling steps taken, in order.
public struct ReviewedStore: Sendable, Equatable {
    /// The store's name or id, used in findings.
    public var name: String
    /// Its technology: a catalogue one, or `other:NAME`, reviewed by its category.
    public var technology: StoreTechnology
    /// The bounded context that owns it.
    public var context: String?
    /// Whether it was the architecture's first store ("start simple": no
    /// justification needed).
    public var isFirst: Bool
    /// When the decision adopting it took effect; evidence observed later
    /// did not support the decision.
    public var decidedAt: Date?
    /// The reasons recorded for adopting it.
    public var justifications: [JustificationEvidence]
    /// The current profiles of the workloads it serves.
    public var workloads: [WorkloadProfile]
    /// Scaling steps taken on it, in the order they were taken.
    public var scalingHistory: [ScalingStep]
    /// What drove sharding, when it is known.
    public var shardingDrivenBy: BottleneckKind?

    /// Creates a reviewed store; only name and technology are required.
    public init(
        name: String, technology: StoreTechnology, context: String? = nil, isFirst: Bool = false,
        decidedAt: Date? = nil, justifications: [JustificationEvidence] = [],
        workloads: [WorkloadProfile] = [], scalingHistory: [ScalingStep] = [],
        shardingDrivenBy: BottleneckKind? = nil
    ) {
        self.name = name
        self.technology = technology
        self.context = context
        self.isFirst = isFirst
        self.decidedAt = decidedAt
        self.justifications = justifications
        self.workloads = workloads
        self.scalingHistory = scalingHistory
        self.shardingDrivenBy = shardingDrivenBy
    }

    /// Creates a reviewed store of a catalogue technology.
    public init(
        name: String, technology: Technology, context: String? = nil, isFirst: Bool = false,
        decidedAt: Date? = nil, justifications: [JustificationEvidence] = [],
        workloads: [WorkloadProfile] = [], scalingHistory: [ScalingStep] = [],
        shardingDrivenBy: BottleneckKind? = nil
    ) {
        self.init(
            name: name, technology: .catalogue(technology), context: context, isFirst: isFirst, decidedAt: decidedAt,
            justifications: justifications, workloads: workloads, scalingHistory: scalingHistory, shardingDrivenBy: shardingDrivenBy)
    }
}
