/// The shared log a local replica follows and writes through: a team store on a server.
///
/// A replica is an ordinary SQLite store whose log is a verbatim copy of the shared one (same
/// identity, positions, recorded times and hashes), so every read model and time-travel read
/// works on it at local speed. It never assigns a position itself: appends go to the shared
/// log, which alone orders them, and come back through ``events(after:limit:)``.
///
/// Requirements are synchronous because the commands that write (the domain services) are;
/// an implementation that talks to a server blocks its caller for the round trip.
public protocol LogUpstream: Sendable {
    /// The shared store's identity: the replica's genesis derives from it.
    var storeID: String { get }

    /// The actor every write through this upstream is recorded as, when the shared store fixes
    /// it (a server records its token's identity); nil lets the caller name its actor.
    var recordingActor: String? { get }

    /// Appends to the shared log with the guarantees of ``EventLog/append(_:metadata:)``.
    ///
    /// - Throws: ``EventLogError/wrongExpectedVersion(stream:expected:actual:)``,
    ///   ``EventLogError/idempotencyConflict(eventID:reason:)`` and ``EventLogError/invalidEvent(_:)``
    ///   as a local log would; ``EventLogError/upstream(code:message:)`` for everything else.
    func append(_ appends: [StreamAppend], metadata: EventMetadata) throws -> AppendResult

    /// Up to `limit` events after `position`, in position order, with their stored hashes.
    func events(after position: Int64, limit: Int) throws -> [RecordedEvent]

    /// Walks the shared log's own chain, as ``EventLog/verify(anchor:)`` does, where it is stored.
    func verify(anchor: ChainHead?) throws -> ChainVerification
}

extension LogUpstream {
    public var recordingActor: String? { nil }
}
