import Foundation
import StrataJSON

/// Moves one event type's payload from one schema version to the next.
///
/// Stored events are never rewritten (the hash chain covers their bytes); old shapes are
/// lifted on read instead, one version at a time, so handlers only ever see the latest shape.
public struct Upcaster: Sendable {
    public let eventType: String
    /// The version this upcaster reads; it produces `fromVersion + 1`.
    public let fromVersion: Int
    let transform: @Sendable (inout [String: JSONValue]) throws -> Void

    public init(
        eventType: String, fromVersion: Int, transform: @escaping @Sendable (inout [String: JSONValue]) throws -> Void
    ) {
        self.eventType = eventType
        self.fromVersion = fromVersion
        self.transform = transform
    }
}

/// Why a stored payload could not be brought to the current schema.
public enum UpcastError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingStep(eventType: String, version: Int)
    case newerThanKnown(eventType: String, version: Int, known: Int)
    case notAnObject(eventType: String)

    public var description: String {
        switch self {
        case let .missingStep(type, version):
            "no upcaster lifts \(type) from schema v\(version); this build cannot read it"
        case let .newerThanKnown(type, version, known):
            "\(type) v\(version) was written by a newer strata (this build knows v\(known)); upgrade strata"
        case let .notAnObject(type):
            "the payload of \(type) is not a JSON object"
        }
    }
}

/// The chain of upcasters for every event type, and each type's current schema version.
public struct UpcasterChain: Sendable {
    private var steps: [String: [Int: Upcaster]] = [:]
    private var current: [String: Int] = [:]

    public init() {}

    /// Declares `eventType`'s current version and the steps that reach it from older versions.
    public mutating func register(_ eventType: String, currentVersion: Int, steps upcasters: [Upcaster] = []) {
        current[eventType] = currentVersion
        for upcaster in upcasters where upcaster.eventType == eventType {
            steps[eventType, default: [:]][upcaster.fromVersion] = upcaster
        }
    }

    /// The current schema version of `eventType` (1 when nothing was registered).
    public func currentVersion(of eventType: String) -> Int { current[eventType] ?? 1 }

    /// The payload of `event` in its type's current shape, as JSON bytes ready to decode.
    ///
    /// Current-version payloads pass through untouched and unparsed: the common case costs nothing.
    public func upcast(_ event: RecordedEvent) throws -> Data {
        let target = currentVersion(of: event.eventType)
        if event.schemaVersion == target { return Data(event.data.utf8) }
        guard event.schemaVersion < target else {
            throw UpcastError.newerThanKnown(eventType: event.eventType, version: event.schemaVersion, known: target)
        }
        guard case .object(let members) = try JSONParser.parse(event.data) else {
            throw UpcastError.notAnObject(eventType: event.eventType)
        }
        var object = Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        for version in event.schemaVersion..<target {
            guard let step = steps[event.eventType]?[version] else {
                throw UpcastError.missingStep(eventType: event.eventType, version: version)
            }
            try step.transform(&object)
        }
        let sorted = object.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        return Data(JSONWriter.compact(.object(sorted.map { JSONMember($0.key, $0.value) })).utf8)
    }

    /// Decodes `event` as `T`, upcasting it first when it was stored in an older shape.
    public func decode<T: Decodable>(_ type: T.Type, from event: RecordedEvent) throws -> T {
        try JSONCodec.decode(T.self, from: upcast(event))
    }
}
