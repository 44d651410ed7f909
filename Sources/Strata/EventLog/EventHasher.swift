import Crypto

/// The SHA-256 hash chain over every column of every event.
///
/// Each field is length-prefixed, so no two different rows can hash alike by shifting bytes
/// between neighbouring fields. Payloads are hashed as stored text, so verification never
/// depends on how JSON would be re-serialised.
public enum EventHasher {
    private static let domainTag = Array("strata-event-v1".utf8)

    /// The genesis hash a new log's first event chains to: unique per store.
    public static func genesis(storeID: String) -> [UInt8] {
        Array(SHA256.hash(data: Array("strata-log-v1".utf8) + Array(storeID.utf8)))
    }

    /// The hash of `event`, computed from its columns (its own `hash` field is ignored).
    public static func hash(of event: RecordedEvent) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: domainTag)
        field(&hasher, event.prevHash)
        integer(&hasher, event.position)
        text(&hasher, event.eventID)
        text(&hasher, event.streamID)
        text(&hasher, event.category)
        integer(&hasher, Int64(event.streamVersion))
        text(&hasher, event.eventType)
        integer(&hasher, Int64(event.schemaVersion))
        text(&hasher, event.data)
        text(&hasher, event.metadata)
        integer(&hasher, event.recordedAt.microseconds)
        integer(&hasher, event.effectiveAt.microseconds)
        return Array(hasher.finalize())
    }

    private static func text(_ hasher: inout SHA256, _ value: String) {
        var value = value
        value.withUTF8 { field(&hasher, $0) }
    }

    private static func field(_ hasher: inout SHA256, _ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { field(&hasher, $0) }
    }

    private static func field(_ hasher: inout SHA256, _ bytes: UnsafeBufferPointer<UInt8>) {
        integer(&hasher, Int64(bytes.count))
        hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
    }

    private static func integer(_ hasher: inout SHA256, _ value: Int64) {
        withUnsafeBytes(of: value.bigEndian) { hasher.update(bufferPointer: $0) }
    }
}
