import Foundation
import StrataJSON

/// A domain fact's payload: a past-tense struct with a stable dotted type and a schema version.
///
/// The type string is the only name stored; Swift type names never reach the log, so renaming a
/// struct can never orphan its history.
public protocol DomainEvent: Codable, Sendable, Equatable {
    /// The stable stored name, such as `decision.accepted`.
    static var eventType: String { get }
    /// The payload's current shape version; older shapes are lifted by ``DomainEvents/upcasters``.
    static var schemaVersion: Int { get }
    /// The current-version payload read without `Codable`, for the types that dominate a log;
    /// nil (the default) means "decode it the ordinary way". Must agree with `Codable` wherever
    /// it answers.
    static func decodeFast(_ payload: String) -> Self?
}

extension DomainEvent {
    /// The payload as the compact, key-sorted JSON text that is stored verbatim.
    public func encodedJSON() -> String {
        // Payloads hold only strings, numbers, bools, arrays and nested Codable structs, all of
        // which encode without failure; a failure here is a programming error.
        guard let data = try? JSONCodec.encode(self) else {
            preconditionFailure("\(Self.eventType) payload failed to encode")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The event ready to append, with its valid time (nil: when recorded).
    public func newEvent(effectiveAt: Timestamp? = nil) -> NewEvent {
        NewEvent(eventType: Self.eventType, schemaVersion: Self.schemaVersion, data: encodedJSON(), effectiveAt: effectiveAt)
    }

    public static func decodeFast(_ payload: String) -> Self? { nil }

    /// Decodes `event` as this type when its stored type matches, upcasting older shapes.
    public static func decode(_ event: RecordedEvent, upcasters: UpcasterChain = DomainEvents.upcasters) throws -> Self? {
        guard event.eventType == eventType else { return nil }
        if event.schemaVersion == upcasters.currentVersion(of: eventType), let fast = decodeFast(event.data) { return fast }
        return try upcasters.decode(Self.self, from: event)
    }
}
