import Foundation

/// Mints time-ordered UUIDs (RFC 9562 version 7) for events and entities.
///
/// Random UUIDs scatter inserts across the `event_id` index and halve append speed; v7 ids
/// sort by creation time, so new ids land at the index's right edge. 74 random bits make a
/// collision between two machines minting ids in the same millisecond negligible.
public enum EventID {
    /// A new version-7 UUID in lowercase canonical text form.
    public static func make() -> String { make(at: Date()) }

    /// A version-7 UUID whose timestamp field is `date` (the random bits stay random).
    public static func make(at date: Date) -> String {
        let millis = UInt64(max(0, date.timeIntervalSince1970 * 1000))
        var generator = SystemRandomNumberGenerator()
        let random = (generator.next() as UInt64, generator.next() as UInt64)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: millis >> (40 - 8 * UInt64(index))) }
        for index in 6..<14 { bytes[index] = UInt8(truncatingIfNeeded: random.0 >> (8 * UInt64(index - 6))) }
        for index in 14..<16 { bytes[index] = UInt8(truncatingIfNeeded: random.1 >> (8 * UInt64(index - 14))) }
        bytes[6] = 0x70 | (bytes[6] & 0x0F)
        bytes[8] = 0x80 | (bytes[8] & 0x3F)
        return format(bytes)
    }

    /// Whether `text` is a canonical UUID (any version), the only shape the log stores.
    public static func isValid(_ text: String) -> Bool {
        UUID(uuidString: text) != nil && text.utf8.count == 36
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func format(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { out.append(UInt8(ascii: "-")) }
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
