/// The facts an accepted decision appends besides `decision.accepted`: store and workload events,
/// each guarded by the version its check was made against.
public struct EffectPlan: Sendable {
    /// Appends for store and workload streams, in effect order.
    public var appends: [StreamAppend]
    /// Stores adopted, in effect order.
    public var adopted: [EntityRef]
}
