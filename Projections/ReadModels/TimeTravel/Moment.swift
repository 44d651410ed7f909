import Strata

/// Which read models a query wants: what the log knew at one moment (system time) about the
/// architecture in effect at another (valid time). Both default to now.
public struct Moment: Sendable, Hashable {
    /// Only events recorded up to this cut; nil: everything.
    public var asOf: TimeCut?
    /// Only events effective at or before this instant; nil: whatever is recorded.
    public var validAt: Timestamp?

    public init(asOf: TimeCut? = nil, validAt: Timestamp? = nil) {
        self.asOf = asOf
        self.validAt = validAt
    }

    /// The present: the live tables.
    public static let now = Moment()

    /// Whether this is the present, which the live tables answer directly.
    public var isNow: Bool { asOf == nil && validAt == nil }
}

/// Read models at one moment, ready to query.
public struct ReadModelView {
    public let reader: ReadModelReader
    /// The last log position the models include.
    public let position: Int64
    /// The moment asked for.
    public let moment: Moment
}
