import StrataProfile

/// What the store knows beyond the profile being advised on.
///
/// A profile lists the stores its author remembered (`existingStores`); the
/// event-sourced architecture knows which technologies really run and which
/// bottlenecks were measured. The advisor merges both, so advice made from
/// the store is never blind to the architecture it extends.
public struct AdvisoryContext: Sendable, Equatable {
    /// Technologies already running in the architecture; merged with the
    /// profile's `existingStores`.
    public var existingTechnologies: [Technology]
    /// Stores running a technology outside the catalogue (`other:NAME`): each counts as a
    /// running store of its category.
    public var otherTechnologies: [StoreTechnology]
    /// Bottlenecks measured on the running system. A breached one is a
    /// measured need that justifies another store (rule STRATA-MEAS-01).
    public var measuredBottlenecks: [MeasuredBottleneck]

    /// How the stores serving the workload are scaled today, when known:
    /// a step already in place is cited, never advised again (STRATA-SCALE-03).
    public var topology: StoreTopology?
    /// How the workload's metrics moved, to cite what the steps taken achieved.
    public var trends: [MeasurementTrend]

    /// Creates a context; every part defaults to empty.
    public init(
        existingTechnologies: [Technology] = [], measuredBottlenecks: [MeasuredBottleneck] = [],
        topology: StoreTopology? = nil, trends: [MeasurementTrend] = [], otherTechnologies: [StoreTechnology] = []
    ) {
        self.existingTechnologies = existingTechnologies
        self.otherTechnologies = otherTechnologies.filter { $0.catalogueEntry == nil }.sorted()
        self.measuredBottlenecks = measuredBottlenecks
        self.topology = topology
        self.trends = trends
    }
}
