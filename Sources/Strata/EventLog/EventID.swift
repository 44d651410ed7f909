import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
        let random = entropy.next()
        return String(unsafeUninitializedCapacity: 36) { text in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(16)
            for index in 0..<6 { bytes.append(UInt8(truncatingIfNeeded: millis >> (40 - 8 * UInt64(index)))) }
            for index in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: random.0 >> (8 * UInt64(index)))) }
            for index in 0..<2 { bytes.append(UInt8(truncatingIfNeeded: random.1 >> (8 * UInt64(index)))) }
            bytes[6] = 0x70 | (bytes[6] & 0x0F)
            bytes[8] = 0x80 | (bytes[8] & 0x3F)
            var out = 0
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { text[out] = UInt8(ascii: "-"); out += 1 }
                text[out] = hexDigits[Int(byte >> 4)]
                text[out + 1] = hexDigits[Int(byte & 0x0F)]
                out += 2
            }
            return out
        }
    }

    /// Whether `text` is a canonical UUID (any version, either case), the only shape the log stores.
    public static func isValid(_ text: String) -> Bool {
        var count = 0
        for byte in text.utf8 {
            switch count {
            case 8, 13, 18, 23: guard byte == UInt8(ascii: "-") else { return false }
            default:
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                        || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte), count < 36
                else { return false }
            }
            count += 1
        }
        return count == 36
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Random bits drawn from the system 256 bytes at a time: two system calls per id were a
    /// tenth of a batched append.
    private static let entropy = EntropyPool()
}

/// A buffer of system randomness handed out 16 bytes at a time, behind a lock.
private final class EntropyPool: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [UInt64] = []
    private var cursor = 0

    func next() -> (UInt64, UInt64) {
        lock.lock()
        defer { lock.unlock() }
        if cursor + 2 > words.count { refill() }
        defer { cursor += 2 }
        return (words[cursor], words[cursor + 1])
    }

    private func refill() {
        // 256 bytes is the most one getentropy call returns: 16 ids per system call.
        words = [UInt64](repeating: 0, count: 32)
        cursor = 0
        #if canImport(Glibc)
        if words.withUnsafeMutableBytes({ getentropy($0.baseAddress, $0.count) }) == 0 { return }
        #endif
        var generator = SystemRandomNumberGenerator()
        for index in words.indices { words[index] = generator.next() }
    }
}
