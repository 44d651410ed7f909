import Crypto

/// Deterministic ids for imported facts: a UUIDv8 (RFC 9562) whose bits come from SHA-256.
///
/// The same source record always yields the same decision UUID and event ids, so a second
/// import of the same files finds its streams already in the log and appends nothing.
public enum ImportID {
    /// The UUID for `parts`, lowercase canonical text, e.g. `uuid("decision", fingerprint)`.
    public static func uuid(_ parts: String...) -> String {
        var bytes = Array(digest(parts.joined(separator: "\u{0}")).prefix(16))
        bytes[6] = 0x80 | (bytes[6] & 0x0F)
        bytes[8] = 0x80 | (bytes[8] & 0x3F)
        var text = ""
        for (index, byte) in bytes.enumerated() {
            if [4, 6, 8, 10].contains(index) { text += "-" }
            text += hex(byte)
        }
        return text
    }

    /// The SHA-256 of `bytes` as lowercase hex: a fingerprint of a source file's content.
    public static func fingerprint(_ bytes: [UInt8]) -> String {
        Array(SHA256.hash(data: bytes)).map(hex).joined()
    }

    private static func digest(_ text: String) -> [UInt8] {
        Array(SHA256.hash(data: Array(("strata-import-v1\u{0}" + text).utf8)))
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
