/// The state of a walk along the chain: what the next row must continue.
package struct ChainWalk {
    package var head: ChainHead
    package var count: Int64 = 0
    var lastRecorded = Timestamp(microseconds: Int64.min)
    var streamVersions: [String: Int] = [:]
    package var firstBreak: ChainBreak?

    package init(genesis: [UInt8]) { head = ChainHead(position: 0, hash: genesis) }

    package mutating func check(_ event: RecordedEvent) {
        let expected = head.position + 1
        if event.position != expected {
            return fail(expected, .positionGap, "expected position \(expected), found \(event.position)")
        }
        if event.prevHash != head.hash {
            return fail(expected, .chainLinkBroken, "prev_hash does not match the hash of position \(head.position)")
        }
        if EventHasher.hash(of: event) != event.hash {
            return fail(expected, .contentChanged, "the stored hash does not match the row's columns")
        }
        let version = (streamVersions[event.streamID] ?? 0) + 1
        if event.streamVersion != version {
            return fail(expected, .streamVersionGap, "stream '\(event.streamID)' expected version \(version), found \(event.streamVersion)")
        }
        if event.recordedAt < lastRecorded {
            return fail(expected, .timeWentBackwards, "recorded_at is earlier than the previous event's")
        }
        streamVersions[event.streamID] = version
        lastRecorded = event.recordedAt
        head = ChainHead(position: event.position, hash: event.hash)
        count += 1
    }

    /// Checks one row as read: a row whose columns do not make an event breaks the chain there.
    mutating func check(_ row: Result<RecordedEvent, MalformedRow>) {
        switch row {
        case .success(let event):
            check(event)
        case .failure(let malformed):
            let position = malformed.column == 0 ? head.position + 1 : malformed.position
            firstBreak = ChainBreak(position: position, kind: .malformedRow, detail: "\(malformed)")
        }
    }

    private mutating func fail(_ position: Int64, _ kind: ChainBreak.Kind, _ detail: String) {
        firstBreak = ChainBreak(position: position, kind: kind, detail: detail)
    }

    /// Whether `anchor` holds against a finished walk's `result`, recording the break when not.
    ///
    /// `storedHash` is the hash the log holds at the anchor's position (nil when it holds none).
    /// A break at or before the anchor fails it, since the anchored prefix is no longer intact.
    package static func check(
        _ anchor: ChainHead, genesis: [UInt8], storedHash: [UInt8]?, against result: inout ChainVerification
    ) -> Bool {
        if let broken = result.firstBreak, broken.position <= anchor.position { return false }
        guard anchor.position <= result.head.position else {
            result.firstBreak = result.firstBreak ?? ChainBreak(
                position: result.head.position + 1, kind: .truncated,
                detail: "the anchor is at position \(anchor.position) but the log ends at \(result.head.position)")
            return false
        }
        if anchor.position == 0 {
            // An empty log's head is its genesis hash, which is unique per store.
            guard anchor.hash == genesis else {
                result.firstBreak = result.firstBreak ?? ChainBreak(
                    position: 0, kind: .anchorMismatch, detail: "the anchor is the start of another store's log")
                return false
            }
            return true
        }
        guard let storedHash, storedHash == anchor.hash else {
            result.firstBreak = result.firstBreak ?? ChainBreak(
                position: anchor.position, kind: .anchorMismatch,
                detail: "the anchored hash is not the hash stored at this position")
            return false
        }
        return true
    }
}
