import Foundation
import GRDB
import StrataJSON

/// Turns what people type (`ADR-7`, `adr-7`, a UUID, `decision-<uuid>`) into an ``EntityRef``.
///
/// Reads the log itself (the counter stream's event at version N names ADR-N's UUID), so it works
/// on any store, with or without read models attached, and always agrees with the log.
public struct EntityResolver: Sendable {
    public let log: SQLiteEventLog

    public init(log: SQLiteEventLog) { self.log = log }

    /// The entity of `kind` that `text` names.
    ///
    /// - Throws: ``CommandRejection/notFound(_:_:)`` when nothing answers, or
    ///   ``CommandRejection/invalidInput(_:)`` when `text` names an entity of another kind.
    public func resolve(_ text: String, as kind: EntityKind) throws -> EntityRef {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Self.shortNumber(trimmed, prefix: kind.shortPrefix) {
            guard let ref = try byNumber(number, kind: kind) else { throw CommandRejection.notFound(kind, trimmed) }
            return ref
        }
        let lowered = trimmed.lowercased()
        let prefix = "\(kind.streamCategory)-"
        let uuid = lowered.hasPrefix(prefix) ? String(lowered.dropFirst(prefix.count)) : lowered
        if EventID.isValid(uuid) {
            guard let ref = try byUUID(uuid, kind: kind) else { throw CommandRejection.notFound(kind, trimmed) }
            return ref
        }
        if let other = EntityKind.allCases.first(where: { $0 != kind && Self.shortNumber(trimmed, prefix: $0.shortPrefix) != nil }) {
            throw CommandRejection.invalidInput(
                "\(trimmed) is a \(other.noun) id, but a \(kind.noun) is expected here", field: .id,
                hint: .advice("use an id such as \(kind.shortPrefix)-1"))
        }
        throw CommandRejection.notFound(kind, trimmed)
    }

    /// The first of `kinds` that `text` names (for measurement subjects: a workload or a store).
    public func resolve(_ text: String, asOneOf kinds: [EntityKind]) throws -> EntityRef {
        for kind in kinds {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let lowered = trimmed.lowercased()
            let looksLikeKind = Self.shortNumber(trimmed, prefix: kind.shortPrefix) != nil
                || lowered.hasPrefix("\(kind.streamCategory)-")
            if looksLikeKind { return try resolve(text, as: kind) }
            if EventID.isValid(lowered), let ref = try byUUID(lowered, kind: kind) { return ref }
        }
        let names = kinds.map { "\($0.noun) (\($0.shortPrefix)-N)" }.joined(separator: " or ")
        throw CommandRejection.invalidInput("'\(text)' names no \(names)", field: .id, hint: .advice("use an id such as \(kinds[0].shortPrefix)-1"))
    }

    /// The entity with short number `number`, or nil.
    ///
    /// A claim (``EntityKind/claimStream``) wins over the counter's slot: numbers are claimed
    /// only where the counter gave out none (`0`) or gave the number to no entity.
    public func byNumber(_ number: Int, kind: EntityKind) throws -> EntityRef? {
        guard let owner = try log.read({ db in try ShortIDLookup.owner(kind, number, in: db) }) else { return nil }
        return EntityRef(kind: kind, id: owner, number: number)
    }

    /// The entity with stable id `uuid`, or nil.
    public func byUUID(_ uuid: String, kind: EntityKind) throws -> EntityRef? {
        guard let first = try event(stream: EntityRef.streamID(kind: kind, id: uuid), version: 1),
              let probe = try? JSONCodec.decode(NumberProbe.self, from: first.data) else { return nil }
        return EntityRef(kind: kind, id: uuid, number: probe.number)
    }

    /// The ref of the entity whose stream is `streamID`, or nil.
    public func byStream(_ streamID: String) throws -> EntityRef? {
        guard let kind = EntityKind(rawValue: StreamName.category(of: streamID)) else { return nil }
        return try byUUID(String(streamID.dropFirst(kind.streamCategory.count + 1)), kind: kind)
    }

    private func event(stream: String, version: Int) throws -> RecordedEvent? {
        try log.read { db in try SQLiteEventLog.event(stream: stream, version: version, in: db) }
    }

    /// `7` for `ADR-7` or `adr-7` with prefix `ADR`; nil otherwise.
    static func shortNumber(_ text: String, prefix: String) -> Int? {
        guard text.count > prefix.count + 1, text.uppercased().hasPrefix(prefix + "-") else { return nil }
        let digits = text.dropFirst(prefix.count + 1)
        guard digits.allSatisfy(\.isASCII), let number = Int(digits), number >= 0 else { return nil }
        return number
    }

    /// Every creation event carries the entity's short number as `number`.
    private struct NumberProbe: Decodable { var number: Int }
}
