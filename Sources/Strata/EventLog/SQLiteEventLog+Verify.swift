import Foundation
import GRDB
import StrataMigrations

extension SQLiteEventLog {
    /// Walks the whole log and recomputes every hash, reporting the first break.
    ///
    /// Detects edited, deleted, reordered and inserted rows even when someone dropped the
    /// triggers. A deleted *tail* leaves a shorter but sound chain, so an `anchor` recorded
    /// earlier (or a projection checkpoint that saw further) is what proves truncation.
    public func verify(anchor: ChainHead? = nil) throws -> ChainVerification {
        let (result, held) = try verify(anchors: anchor.map { [$0] } ?? [])
        var single = result
        single.anchorHeld = held.first
        return single
    }

    /// Walks the log once and checks every anchor against it: whether each still holds, in order.
    /// The result's `anchorHeld` is whether all did (nil for none); its first break names the
    /// first that failed when the chain itself is sound.
    public func verify(anchors: [ChainHead]) throws -> (ChainVerification, held: [Bool]) {
        try read { db in
            if let mismatch = genesisBreak {
                let result = ChainVerification(
                    head: ChainHead(position: 0, hash: genesisHash), eventCount: 0, firstBreak: mismatch,
                    anchorHeld: anchors.isEmpty ? nil : false, warnings: try Self.missingTriggerWarnings(in: db))
                return (result, anchors.map { _ in false })
            }
            var walk = ChainWalk(genesis: genesisHash)
            let sql = "SELECT \(Self.columns) FROM events ORDER BY position"
            try EventRowCursor(sql: sql, in: db).forEach { row in
                walk.check(row)
                return walk.firstBreak == nil
            }
            var result = ChainVerification(
                head: walk.head, eventCount: walk.count, firstBreak: walk.firstBreak, anchorHeld: nil,
                warnings: try Self.missingTriggerWarnings(in: db))
            if result.firstBreak == nil {
                result.firstBreak = try Self.tailBreak(head: walk.head.position, in: db)
            }
            let held = try anchors.map { try Self.check($0, genesis: genesisHash, against: &result, in: db) }
            if !anchors.isEmpty { result.anchorHeld = !held.contains(false) }
            return (result, held)
        }
    }

    private static func check(
        _ anchor: ChainHead, genesis: [UInt8], against result: inout ChainVerification, in db: Database
    ) throws -> Bool {
        let stored = anchor.position > 0 && anchor.position <= result.head.position
            ? try Data.fetchOne(db, sql: "SELECT hash FROM events WHERE position = ?", arguments: [anchor.position]).map { [UInt8]($0) }
            : nil
        return ChainWalk.check(anchor, genesis: genesis, storedHash: stored, against: &result)
    }

    /// The chain's start, when it is not the hash of the store's own id: a log re-chained from
    /// another start, or a store_meta row rewritten, is caught before the first event.
    var genesisBreak: ChainBreak? {
        genesisHash == EventHasher.genesis(storeID: storeID) ? nil : ChainBreak(
            position: 0, kind: .genesisMismatch, detail: "store_meta's genesis hash is not the one its store id \(storeID) gives")
    }

    /// What a sound chain ending at `head` can still hide: a tail cut off, or a position holding
    /// another event, below what the watermark or a projection checkpoint once saw.
    static func tailBreak(head: Int64, in db: Database) throws -> ChainBreak? {
        try watermarkBreak(head: head, in: db) ?? checkpointBreak(head: head, in: db)
    }

    private static func watermarkBreak(head: Int64, in db: Database) throws -> ChainBreak? {
        switch try ContinuityBreak.find(headPosition: head, in: db) {
        case let .truncated(seen, _)?:
            ChainBreak(position: head + 1, kind: .truncated, detail: "the log once held position \(seen), which no longer exists")
        case let .replaced(position)?:
            ChainBreak(position: position, kind: .replaced, detail: "this position holds another event than the one the log held there")
        case nil:
            nil
        }
    }

    private static func checkpointBreak(head: Int64, in db: Database) throws -> ChainBreak? {
        let sql = "SELECT projection, position FROM projection_checkpoints WHERE position > ? ORDER BY position DESC"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [head]) else { return nil }
        let projection: String = row[0]
        let seen: Int64 = row[1]
        return ChainBreak(
            position: head + 1, kind: .truncated,
            detail: "projection '\(projection)' already processed position \(seen), which no longer exists")
    }

    static let expectedTriggers = ["events_no_update", "events_no_delete", "events_insert_continues_log"]

    /// Missing triggers, and triggers whose definition is not the one migration 1 created (a
    /// no-op under the right name would otherwise pass).
    private static func missingTriggerWarnings(in db: Database) throws -> [String] {
        let present = Dictionary(
            try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").map { ($0[0] as String, ($0[1] as String?) ?? "") },
            uniquingKeysWith: { first, _ in first })
        return expectedTriggers.compactMap { name in
            guard let definition = present[name] else {
                return "trigger \(name) is missing: the events table no longer refuses edits by itself"
            }
            guard let expected = LogTriggers.definitions[name], LogTriggers.normalised(definition) == expected else {
                return "trigger \(name) is not the one this store was created with: the events table may accept edits"
            }
            return nil
        }
    }
}
