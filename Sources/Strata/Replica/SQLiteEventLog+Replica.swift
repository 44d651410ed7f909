import Foundation
import GRDB

extension SQLiteEventLog {
    /// How many events one catch-up step asks the shared log for.
    static let catchUpBatch = 2_000

    /// Opens (creating when missing) the local replica of `upstream` at `path`, and catches it up.
    ///
    /// A new file takes the shared store's identity, so its genesis, and every hash after it, is
    /// the shared log's. A file that belongs to another store, or a plain local store, is refused
    /// and left untouched. An empty SQLite file is taken as a replica whose creation was cut
    /// short (a process killed between making the file WAL and writing the schema) and is
    /// finished: strata made that file, and refusing it would refuse every later command.
    ///
    /// - Throws: ``EventLogError/replicaDiverged(path:position:detail:)`` when the file is not a
    ///   replica of `upstream`, or holds an event the shared log does not.
    public static func openReplica(
        at path: String, following upstream: any LogUpstream, hooks: [any AppendHook] = []
    ) throws -> SQLiteEventLog {
        try createFileIfMissing(at: path)
        let log = try open(at: path, creating: true, identity: upstream.storeID, hooks: hooks, upstream: upstream)
        guard log.storeID == upstream.storeID else {
            throw EventLogError.replicaDiverged(
                path: path, position: 0, detail: "it is the file of store \(log.storeID), not of team store \(upstream.storeID)")
        }
        try log.catchUp()
        return log
    }

    /// Whether appends go to a shared log this file replicates, rather than into the file.
    public var isReplica: Bool { upstream != nil }

    /// The actor the shared log records this replica's writes as, when it fixes one.
    public var upstreamActor: String? { upstream?.recordingActor }

    /// Copies every event the shared log holds beyond this replica's head into it, checking
    /// each link of the chain, and folds the inline projections with them.
    ///
    /// - Returns: how many events arrived.
    @discardableResult
    public func catchUp() throws -> Int {
        guard let upstream else { return 0 }
        var arrived = 0
        while true {
            let after = try head().position
            let batch = try upstream.events(after: after, limit: Self.catchUpBatch)
            if batch.isEmpty { return arrived }
            arrived += try replicate(batch)
            if batch.count < Self.catchUpBatch { return arrived }
        }
    }

    /// Inserts events of the shared log verbatim, after checking that each one continues this
    /// replica's chain and hashes as it claims; events another process of this machine copied
    /// in meanwhile are skipped when they are the same.
    ///
    /// - Returns: how many were new here.
    @discardableResult
    func replicate(_ events: [RecordedEvent]) throws -> Int {
        try write { db in
            // The last event's time is the latest: the insert trigger keeps recorded_at from going backwards.
            let last = try headRow(in: db)
            var head = ChainHead(position: last.position, hash: last.hash)
            var lastRecorded = last.recordedAt.microseconds
            var fresh: [RecordedEvent] = []
            for event in events {
                if event.position <= head.position {
                    let stored = try Data.fetchOne(db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [event.position])
                    guard stored.map({ [UInt8]($0) }) == event.hash else {
                        throw EventLogError.replicaDiverged(path: path, position: event.position, detail: "it holds another event there")
                    }
                    continue
                }
                try check(event, continues: head, recordedAfter: lastRecorded)
                head = ChainHead(position: event.position, hash: event.hash)
                lastRecorded = event.recordedAt.microseconds
                fresh.append(event)
            }
            guard !fresh.isEmpty else { return 0 }
            try Self.insertRows(fresh, in: db)
            try LogWatermark.advance(to: head, in: db)
            for hook in hooks { try hook.didAppend(fresh, in: db) }
            return fresh.count
        }
    }

    private func check(_ event: RecordedEvent, continues head: ChainHead, recordedAfter last: Int64) throws {
        func diverged(_ detail: String) -> EventLogError {
            .replicaDiverged(path: path, position: event.position, detail: detail)
        }
        guard event.position == head.position + 1 else { throw diverged("the team store sent position \(event.position) after \(head.position)") }
        guard event.prevHash == head.hash else { throw diverged("the event does not link to the one before it") }
        guard EventHasher.hash(of: event) == event.hash else { throw diverged("the event does not hash to the hash it carries") }
        guard event.recordedAt.microseconds >= last else { throw diverged("its recorded time goes back") }
        guard event.category == StreamName.category(of: event.streamID) else { throw diverged("its category does not match its stream") }
    }

    /// Verifies the shared log where it is stored, then this replica; the first break either
    /// walk finds is reported, the team store's first, since the replica only copies it.
    public func verifyWithUpstream(anchor: ChainHead?) throws -> ChainVerification {
        let local = try verify(anchor: anchor)
        guard let upstream else { return local }
        var team = try upstream.verify(anchor: anchor)
        if team.firstBreak == nil, let broken = local.firstBreak {
            team.firstBreak = ChainBreak(position: broken.position, kind: broken.kind, detail: "in the local replica \(path): \(broken.detail)")
        }
        if team.anchorHeld == true, local.anchorHeld == false { team.anchorHeld = false }
        team.warnings += local.warnings.map { "local replica: \($0)" }
        return team
    }

    /// Sends `appends` to the shared log and catches up, so the caller reads its own write.
    ///
    /// A conflict catches up too before it is reported, so a caller that decides again decides
    /// on what the shared log now holds.
    func appendUpstream(_ appends: [StreamAppend], metadata: EventMetadata, to upstream: any LogUpstream) throws -> AppendResult {
        if isReadOnly { throw EventLogError.readOnly(path: path) }
        let result: AppendResult
        do {
            result = try upstream.append(appends, metadata: metadata)
        } catch let error as EventLogError {
            if case .wrongExpectedVersion = error { _ = try? catchUp() }
            throw error
        }
        try catchUp()
        return result
    }
}
