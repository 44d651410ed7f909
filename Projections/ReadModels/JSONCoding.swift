import Foundation
import StrataJSON

/// The read models' JSON columns, through ``JSONCodec``'s compact, key-sorted layout: equal values
/// give equal text, so a rebuilt table compares equal to the incrementally built one byte for byte.
enum JSONCoding {
    static func text<T: Encodable>(_ value: T) -> String {
        guard let data = try? JSONCodec.encode(value) else { preconditionFailure("read-model JSON failed to encode") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The value `text` holds, nil when absent or not `T`.
    ///
    /// Remembered by text: an audit, a log and an architecture built for two moments read the
    /// same decision records up to a dozen times, and decoding them was a third of a diff.
    static func decode<T: Decodable & Sendable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        let key = DecodedJSON.Key(type: ObjectIdentifier(type), text: text)
        if let known = DecodedJSON.shared.value(for: key) { return known as? T }
        let value = try? JSONCodec.decode(type, from: text)
        if let value { DecodedJSON.shared.remember(value, for: key) }
        return value
    }
}

/// Decoded JSON columns by type and text, behind a lock; emptied when it grows past a bound.
private final class DecodedJSON: @unchecked Sendable {
    struct Key: Hashable {
        var type: ObjectIdentifier
        var text: String
    }

    static let shared = DecodedJSON()
    private static let capacity = 4_096

    private let lock = NSLock()
    private var values: [Key: any Sendable] = [:]

    func value(for key: Key) -> (any Sendable)? {
        lock.lock()
        defer { lock.unlock() }
        return values[key]
    }

    func remember(_ value: any Sendable, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        if values.count >= Self.capacity { values.removeAll(keepingCapacity: true) }
        values[key] = value
    }
}
