import Foundation
/// Loads aggregates from the log and appends decided events, allocating short ids without races.
struct DomainRepository: Sendable {
    let log: SQLiteEventLog
    /// How many times an append that lost a short-id race is retried with a fresh read.
    static let allocationAttempts = 50

    var resolver: EntityResolver { EntityResolver(log: log) }

    /// When `command` takes effect: its effective time, or the log's clock, which stamps it
    /// when none is given.
    func instant(of command: CommandContext) -> Timestamp { command.effectiveAt ?? log.clock() }

    /// The folded state of `ref`'s stream.
    func load<State: AggregateState>(_ type: State.Type, _ ref: EntityRef) throws -> Loaded<State> {
        guard let loaded = try State.fold(log.events(EventQuery(streamID: ref.streamID))) else {
            throw CommandRejection.notFound(State.kind, ref.shortID)
        }
        return loaded
    }

    /// Resolves `text` and loads it.
    func load<State: AggregateState>(_ type: State.Type, _ text: String) throws -> Loaded<State> {
        try load(type, resolver.resolve(text, as: State.kind))
    }

    /// Every aggregate of a kind, keyed by UUID (one read of the category).
    func loadAll<State: AggregateState>(_ type: State.Type) throws -> [String: Loaded<State>] {
        var byStream: [String: [RecordedEvent]] = [:]
        try log.read(EventQuery(category: State.kind.streamCategory)) { byStream[$0.streamID, default: []].append($0) }
        var out: [String: Loaded<State>] = [:]
        for (stream, events) in byStream {
            if let loaded = try State.fold(events) {
                out[String(stream.dropFirst(State.kind.streamCategory.count + 1))] = loaded
            }
        }
        return out
    }

    /// Mint → decide → append for a new aggregate, whose stream must not exist yet.
    ///
    /// The short id is minted inside the attempt, so a retry after a lost counter race decides
    /// again with the next number.
    func create<Event: AggregateEvent>(
        _ kind: EntityKind, subject label: String, _ command: CommandContext, decide: (EntityRef) throws -> [Event]
    ) throws -> RecordedChange {
        var created: EntityRef?
        var appends: [StreamAppend] = []
        let result = try append(subject: label, metadata: command.metadata, firstEventID: command.idempotencyKey) { allocator in
            let ref = try allocator.mint(kind)
            let events = try decide(ref).map { $0.newEvent(effectiveAt: command.effectiveAt) }
            created = ref
            appends = [StreamAppend(streamID: ref.streamID, expected: .noStream, events: events)]
            return appends
        }
        guard let created else { preconditionFailure("a committed append always minted its subject") }
        return RecordedChange(subject: created, result: result, appends: appends)
    }

    /// Load → decide → append for one existing aggregate, guarded by the version it was folded at.
    ///
    /// Every service's state change goes through here, so the expected-version rule lives in
    /// one place: a concurrent change to the same entity surfaces as a conflict, never a merge.
    /// So does the rule that nothing about an entity takes effect before it existed: `action`
    /// says what the change would do, for the refusal (`be retired`).
    func change<State: AggregateState>(
        _ ref: EntityRef, _ command: CommandContext, action: String, decide: (Loaded<State>) throws -> [State.Event]
    ) throws -> RecordedChange where State.Event: AggregateEvent {
        var appends: [StreamAppend] = []
        let result = try append(subject: ref.shortID, metadata: command.metadata, firstEventID: command.idempotencyKey) { _ in
            let loaded = try load(State.self, ref)
            try Self.check(command, ref, isAt: loaded.version)
            let events = try decide(loaded).map { $0.newEvent(effectiveAt: command.effectiveAt) }
            try EffectiveOrder.check(instant(of: command), about: loaded.state, action: action)
            appends = [StreamAppend(streamID: ref.streamID, expected: .exact(loaded.version), events: events)]
            return appends
        }
        return RecordedChange(subject: ref, result: result, appends: appends)
    }

    /// Refuses `command` when its caller expected `ref` at another version than it is at.
    static func check(_ command: CommandContext, _ ref: EntityRef, isAt version: Int) throws {
        guard let expected = command.expectedVersion, expected != version else { return }
        throw EventLogError.wrongExpectedVersion(stream: ref.streamID, expected: .exact(expected), actual: version)
    }

    /// Builds the appends (with a fresh read each attempt) and appends them atomically with the
    /// short-id allocations they minted.
    ///
    /// A lost race on a counter stream is retried; any other version conflict means someone
    /// changed `subject` meanwhile and surfaces as ``CommandRejection/conflict(subject:)``.
    /// `firstEventID` (an idempotency key) becomes the id of the first event appended.
    @discardableResult
    func append(
        subject: @autoclosure () -> String, metadata: EventMetadata, firstEventID: String? = nil,
        _ build: (inout ShortIDAllocator) throws -> [StreamAppend]
    ) throws -> AppendResult {
        var attempt = 0
        // A replica's expected versions are what it saw when it last caught up; a conflict has
        // caught it up again, so the command is decided once more on the shared log's state.
        var mayDecideAgain = log.isReplica
        while true {
            attempt += 1
            var allocator = ShortIDAllocator(log: log)
            var appends = try build(&allocator) + allocator.appends
            if let firstEventID, !appends.isEmpty, !appends[0].events.isEmpty { appends[0].events[0].eventID = firstEventID }
            do {
                return try log.append(appends, metadata: metadata)
            } catch EventLogError.wrongExpectedVersion(let stream, _, _) {
                if stream.hasPrefix("shortid-") && attempt < Self.allocationAttempts {
                    // Randomised, growing pause so racing writers stop colliding in lock-step.
                    usleep(UInt32.random(in: 0...UInt32(min(attempt, 10) * 1_000)))
                    continue
                }
                if mayDecideAgain {
                    mayDecideAgain = false
                    continue
                }
                throw CommandRejection.conflict(subject: subject())
            }
        }
    }
}

extension Array where Element == StreamAppend {
    /// One append per stream, in first-seen order, merging events for the same stream.
    static func grouped(_ items: [(stream: String, expected: ExpectedVersion, event: NewEvent)]) -> [StreamAppend] {
        var order: [String] = []
        var byStream: [String: StreamAppend] = [:]
        for item in items {
            if byStream[item.stream] == nil {
                order.append(item.stream)
                byStream[item.stream] = StreamAppend(streamID: item.stream, expected: item.expected, events: [])
            }
            byStream[item.stream]?.events.append(item.event)
        }
        return order.compactMap { byStream[$0] }
    }
}
