import Foundation
import PostgresNIO
import Strata
import StrataJSON

/// The outcome of moving a SQLite store into a team store.
public struct PushReport: Hashable, Sendable {
    /// How many events were copied (the anchor event not counted).
    public var copied: Int
    /// The source's head when it was read: what the anchor event records.
    public var sourceHead: ChainHead
    /// The team store's head after the push, anchor included.
    public var head: ChainHead
}

extension PostgresEventLog {
    /// The type of the event that closes a push, recording the head of the log it came from.
    public static let pushAnchorType = "log.pushed"

    /// Copies every event of `source` into this store, which must be empty, then records the
    /// source's head as an anchor event.
    ///
    /// Events keep their ids, streams, versions, payloads, metadata and both times; they are
    /// re-chained from this store's genesis, since a store's identity is part of its chain. The
    /// anchor (`log.pushed`, stream `log-<source store id>`) names the source store and its head,
    /// so `verify --anchor` on the old file still proves what was moved. One transaction under
    /// the append lock: a push is all or nothing, and no one appends in between.
    ///
    /// - Throws: ``PostgresStoreError/pushSourceUnsound(path:detail:)`` when the source does not
    ///   verify, ``PostgresStoreError/pushTargetNotEmpty(url:events:)`` when this store holds events.
    @discardableResult
    public func push(from source: SQLiteEventLog, metadata: EventMetadata) async throws -> PushReport {
        let verification = try source.verify()
        guard verification.isSound else {
            throw PostgresStoreError.pushSourceUnsound(
                path: source.path, detail: verification.firstBreak?.description ?? "an anchor did not hold")
        }
        let events = try source.events(EventQuery(upTo: .position(verification.head.position)))
        let sourceHead = verification.head
        let anchor = Self.anchorEvent(sourceStoreID: source.storeID, head: sourceHead)
        let closing = try await connections.transaction { connection -> AppendResult in
            try await connection.query("SELECT strata_lock_log()", logger: logger)
            let current = try await head(on: connection)
            guard current.position == 0 else { throw PostgresStoreError.pushTargetNotEmpty(url: url.redacted, events: current.position) }
            var previous = current.hash
            let copies = events.map { event -> RecordedEvent in
                var copy = event
                copy.prevHash = previous
                copy.hash = EventHasher.hash(of: copy)
                previous = copy.hash
                return copy
            }
            for chunk in stride(from: 0, to: copies.count, by: Self.rowsPerInsert) {
                try await connection.query(Self.insertQuery(copies[chunk..<min(chunk + Self.rowsPerInsert, copies.count)]), logger: logger)
            }
            let closing = [StreamAppend(streamID: "log-\(source.storeID)", expected: .noStream, events: [anchor])]
            return try await insert(closing, metadata: metadata, on: connection)
        }
        return PushReport(copied: events.count, sourceHead: sourceHead, head: closing.head)
    }

    private static func anchorEvent(sourceStoreID: String, head: ChainHead) -> NewEvent {
        var object = JSONObjectBuilder()
        object.add("sourceStoreID", sourceStoreID)
        object.add("sourceAnchor", head.anchor)
        return NewEvent(eventType: pushAnchorType, data: object.json)
    }
}
