import Foundation
import StrataJSON

/// The line protocol between a replica and `strata-team`, the process that holds the team
/// store's connection: one JSON object per line each way, one answer per request, in order.
///
/// It exists so that `strata` links no network stack: the companion process does, and this is
/// all that crosses between them.
public enum UpstreamWire {
    /// What a replica asks: `hello` (identity), `append`, or `events` after a position.
    public struct Request: Codable, Sendable {
        public var op: String
        public var appends: [Append]?
        public var metadata: EventMetadata?
        public var after: Int64?
        public var limit: Int?
        /// `verify`'s anchor, `POSITION:HEX`.
        public var anchor: String?
        /// `push`'s source: a SQLite store's file.
        public var path: String?

        public init(
            op: String, appends: [Append]? = nil, metadata: EventMetadata? = nil, after: Int64? = nil, limit: Int? = nil,
            anchor: String? = nil, path: String? = nil
        ) {
            self.op = op
            self.path = path
            self.anchor = anchor
            self.appends = appends
            self.metadata = metadata
            self.after = after
            self.limit = limit
        }
    }

    /// The answer to one request: the fields its `op` fills, or `error`.
    public struct Response: Codable, Sendable {
        public var storeID: String?
        /// A name for the store without its password, for the replica's file name.
        public var name: String?
        /// The identity a server records this client's writes as (its token's), from `hello`.
        public var actor: String?
        public var result: Result?
        public var events: [Recorded]?
        public var verification: Verification?
        public var pushed: Pushed?
        public var error: Failure?

        public init(
            storeID: String? = nil, name: String? = nil, actor: String? = nil, result: Result? = nil, events: [Recorded]? = nil,
            verification: Verification? = nil, pushed: Pushed? = nil, error: Failure? = nil
        ) {
            self.pushed = pushed
            self.verification = verification
            self.storeID = storeID
            self.name = name
            self.actor = actor
            self.result = result
            self.events = events
            self.error = error
        }
    }

    /// One stream's part of an append.
    public struct Append: Codable, Sendable {
        public var streamID: String
        /// `any`, `no-stream`, `stream-exists` or the exact version as digits.
        public var expected: String
        public var events: [Event]
    }

    /// An event to append.
    public struct Event: Codable, Sendable {
        public var eventID: String
        public var eventType: String
        public var schemaVersion: Int
        public var data: String
        public var effectiveAt: Int64?
        public var metadata: String?
    }

    /// An event as the shared log stores it, hashes in hex.
    public struct Recorded: Codable, Sendable {
        public var position: Int64
        public var eventID: String
        public var streamID: String
        public var category: String
        public var streamVersion: Int
        public var eventType: String
        public var schemaVersion: Int
        public var data: String
        public var metadata: String
        public var recordedAt: Int64
        public var effectiveAt: Int64
        public var prevHash: String
        public var hash: String
    }

    /// Where an append's events landed.
    public struct Result: Codable, Sendable {
        public var events: [Placed]
        public var wasAlreadyStored: Bool
        public var headPosition: Int64
        public var headHash: String
    }

    /// One appended event's placement.
    public struct Placed: Codable, Sendable {
        public var eventID: String
        public var streamID: String
        public var streamVersion: Int
        public var position: Int64
    }

    /// What a push copied: the source's head (`POSITION:HEX`) and the team store's after it.
    public struct Pushed: Codable, Sendable {
        public var copied: Int
        public var sourceHead: String
        public var head: String

        public init(copied: Int, sourceHead: String, head: String) {
            self.copied = copied
            self.sourceHead = sourceHead
            self.head = head
        }
    }

    /// What walking the shared log's chain found.
    public struct Verification: Codable, Sendable {
        public var headPosition: Int64
        public var headHash: String
        public var eventCount: Int64
        public var breakPosition: Int64?
        public var breakKind: String?
        public var breakDetail: String?
        public var anchorHeld: Bool?
        public var warnings: [String]
    }

    /// A refusal in the log's own terms (`kind` names the ``EventLogError`` case) or the
    /// store's (`upstream`, with its stable code and one-line message).
    public struct Failure: Codable, Sendable {
        public var kind: String
        public var stream: String?
        public var expected: String?
        public var actual: Int?
        public var eventID: String?
        public var reason: String?
        public var code: String?
        public var message: String?

        public init(kind: String, stream: String? = nil, expected: String? = nil, actual: Int? = nil, eventID: String? = nil,
                    reason: String? = nil, code: String? = nil, message: String? = nil) {
            self.kind = kind
            self.stream = stream
            self.expected = expected
            self.actual = actual
            self.eventID = eventID
            self.reason = reason
            self.code = code
            self.message = message
        }
    }

    /// One line of the protocol.
    public static func line<T: Encodable>(_ value: T) throws -> Data {
        var data = try JSONCodec.encode(value)
        data.append(0x0A)
        return data
    }
}

// MARK: Conversions

extension UpstreamWire.Append {
    public init(_ append: StreamAppend) {
        streamID = append.streamID
        expected = UpstreamWire.spell(append.expected)
        events = append.events.map {
            UpstreamWire.Event(eventID: $0.eventID, eventType: $0.eventType, schemaVersion: $0.schemaVersion, data: $0.data,
                               effectiveAt: $0.effectiveAt?.microseconds, metadata: $0.metadata)
        }
    }

    /// The append this line describes; nil when its expectation is not one the protocol spells.
    public var streamAppend: StreamAppend? {
        guard let expected = UpstreamWire.expectation(expected) else { return nil }
        return StreamAppend(streamID: streamID, expected: expected, events: events.map {
            NewEvent(eventID: $0.eventID, eventType: $0.eventType, schemaVersion: $0.schemaVersion, data: $0.data,
                     effectiveAt: $0.effectiveAt.map(Timestamp.init(microseconds:)), metadata: $0.metadata)
        })
    }
}

extension UpstreamWire.Recorded {
    public init(_ event: RecordedEvent) {
        position = event.position
        eventID = event.eventID
        streamID = event.streamID
        category = event.category
        streamVersion = event.streamVersion
        eventType = event.eventType
        schemaVersion = event.schemaVersion
        data = event.data
        metadata = event.metadata
        recordedAt = event.recordedAt.microseconds
        effectiveAt = event.effectiveAt.microseconds
        prevHash = Hex.encode(event.prevHash)
        hash = Hex.encode(event.hash)
    }

    /// The event; nil when a hash is not hex.
    public var recordedEvent: RecordedEvent? {
        guard let prev = Hex.decode(prevHash), let own = Hex.decode(hash) else { return nil }
        return RecordedEvent(
            position: position, eventID: eventID, streamID: streamID, category: category, streamVersion: streamVersion,
            eventType: eventType, schemaVersion: schemaVersion, data: data, metadata: metadata,
            recordedAt: Timestamp(microseconds: recordedAt), effectiveAt: Timestamp(microseconds: effectiveAt),
            prevHash: prev, hash: own)
    }
}

extension UpstreamWire.Result {
    public init(_ result: AppendResult) {
        events = result.events.map {
            UpstreamWire.Placed(eventID: $0.eventID, streamID: $0.streamID, streamVersion: $0.streamVersion, position: $0.position)
        }
        wasAlreadyStored = result.wasAlreadyStored
        headPosition = result.head.position
        headHash = Hex.encode(result.head.hash)
    }

    var appendResult: AppendResult {
        AppendResult(
            events: events.map { AppendedEvent(eventID: $0.eventID, streamID: $0.streamID, streamVersion: $0.streamVersion, position: $0.position) },
            wasAlreadyStored: wasAlreadyStored, head: ChainHead(position: headPosition, hash: Hex.decode(headHash) ?? []))
    }
}

extension UpstreamWire.Verification {
    public init(_ result: ChainVerification) {
        headPosition = result.head.position
        headHash = Hex.encode(result.head.hash)
        eventCount = result.eventCount
        breakPosition = result.firstBreak?.position
        breakKind = result.firstBreak?.kind.rawValue
        breakDetail = result.firstBreak?.detail
        anchorHeld = result.anchorHeld
        warnings = result.warnings
    }

    var chainVerification: ChainVerification {
        let broken = breakPosition.map { position in
            ChainBreak(position: position, kind: breakKind.flatMap(ChainBreak.Kind.init(rawValue:)) ?? .contentChanged,
                       detail: breakDetail ?? "")
        }
        return ChainVerification(
            head: ChainHead(position: headPosition, hash: Hex.decode(headHash) ?? []), eventCount: eventCount,
            firstBreak: broken, anchorHeld: anchorHeld, warnings: warnings)
    }
}

extension UpstreamWire.Failure {
    /// The wire form of `error`: the log's refusals keep their case, anything else becomes
    /// `upstream` with `code` and the error's own one-line description.
    public init(_ error: any Error, code: String) {
        switch error {
        case let EventLogError.wrongExpectedVersion(stream, expected, actual):
            self.init(kind: "wrongExpectedVersion", stream: stream, expected: UpstreamWire.spell(expected), actual: actual)
        case let EventLogError.idempotencyConflict(eventID, reason):
            self.init(kind: "idempotencyConflict", eventID: eventID, reason: reason)
        case let EventLogError.invalidEvent(reason):
            self.init(kind: "invalidEvent", reason: reason)
        default:
            self.init(kind: "upstream", code: code, message: String(describing: error))
        }
    }

    /// The error this failure reports.
    public var error: EventLogError {
        switch kind {
        case "wrongExpectedVersion":
            .wrongExpectedVersion(
                stream: stream ?? "?", expected: UpstreamWire.expectation(expected ?? "") ?? .any, actual: actual ?? 0)
        case "idempotencyConflict": .idempotencyConflict(eventID: eventID ?? "?", reason: reason ?? "")
        case "invalidEvent": .invalidEvent(reason ?? "")
        default: .upstream(code: code ?? "team-store-failed", message: message ?? "the team store failed without saying why")
        }
    }
}

extension UpstreamWire {
    static func spell(_ expected: ExpectedVersion) -> String {
        switch expected {
        case .any: "any"
        case .noStream: "no-stream"
        case .streamExists: "stream-exists"
        case .exact(let version): String(version)
        }
    }

    static func expectation(_ text: String) -> ExpectedVersion? {
        switch text {
        case "any": .any
        case "no-stream": .noStream
        case "stream-exists": .streamExists
        default: Int(text).map(ExpectedVersion.exact)
        }
    }
}
