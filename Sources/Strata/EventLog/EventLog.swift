/// An append-only, hash-chained log of events: what every backend of Strata's source of truth promises.
///
/// Both backends, ``SQLiteEventLog`` for one file and the PostgreSQL log for a team, keep the same
/// guarantees, so the application can hold either behind this protocol:
/// - positions are 1-based, gapless and assigned in commit order, so a reader following
///   positions never skips an event that commits late;
/// - every row extends a SHA-256 chain computed by ``EventHasher`` from the store's genesis, so the
///   same events under the same identity hash alike on every backend;
/// - an append checks its ``ExpectedVersion``s and is atomic across its streams;
/// - an event id is an idempotency key for ever: an identical retry returns the original
///   placement, a different event under a stored id is refused;
/// - recorded time is the store's, never decreasing.
///
/// Requirements are asynchronous because a server backend waits on the network; a backend that
/// works synchronously (SQLite) meets them with its ordinary methods, so calling it directly costs
/// nothing extra. Work that must commit with an append (inline projections, ``AppendHook``) is
/// the SQLite log's own business and not part of this contract.
///
/// ## Topics
/// ### Writing
/// - ``append(_:metadata:)``
/// - ``append(_:to:expected:metadata:)``
/// ### Reading
/// - ``read(_:_:)``
/// - ``events(_:)``
/// - ``position(at:)``
/// - ``head()``
/// ### Proving
/// - ``verify(anchor:)``
public protocol EventLog: Sendable {
    /// The store's identity: its genesis hash derives from it, so two stores never share a chain.
    var storeID: String { get }

    /// Appends events to one or more streams in one transaction, or not at all.
    ///
    /// Every expectation is checked before anything is written. When every event id is stored
    /// already with the same content, nothing is written and the original placement comes back
    /// with ``AppendResult/wasAlreadyStored`` set.
    ///
    /// - Throws: ``EventLogError/wrongExpectedVersion(stream:expected:actual:)``,
    ///   ``EventLogError/idempotencyConflict(eventID:reason:)`` or ``EventLogError/invalidEvent(_:)``,
    ///   the same on every backend; other failures in the backend's own terms.
    @discardableResult
    func append(_ appends: [StreamAppend], metadata: EventMetadata) async throws -> AppendResult

    /// Appends events to one stream: the common case of ``append(_:metadata:)``.
    @discardableResult
    func append(_ events: [NewEvent], to streamID: String, expected: ExpectedVersion, metadata: EventMetadata) async throws
        -> AppendResult

    /// Hands `body` the events `query` selects, in position order, from one consistent snapshot.
    func read(_ query: EventQuery, _ body: (RecordedEvent) throws -> Void) async throws

    /// The events `query` selects, as an array: for small reads.
    func events(_ query: EventQuery) async throws -> [RecordedEvent]

    /// The last position inside `cut`: an instant resolves to the last event recorded at or before it.
    func position(at cut: TimeCut) async throws -> Int64

    /// The last event's position and hash, or position 0 and the genesis hash of an empty log.
    func head() async throws -> ChainHead

    /// Walks the chain from genesis, recomputing every hash, and reports the first break and
    /// whether `anchor` (a head recorded earlier) still holds.
    func verify(anchor: ChainHead?) async throws -> ChainVerification
}

extension SQLiteEventLog: EventLog {}
