/// The one JSON string quoter.
///
/// Two escape styles share one table, because two kinds of stored bytes are pinned: event
/// metadata (hashed into the chain) was always written in ``Style/lineSafe``, and canonical
/// workload profiles (stored and checksummed) in ``Style/canonical``.
public enum JSONString {
    /// Which characters beyond the required ones are escaped.
    public enum Style: Sendable {
        /// Quotes, backslashes, controls, DEL, U+2028 and U+2029 escaped; `\n`, `\r`, `\t` short,
        /// other controls as `\u00XX`. Safe to paste into JavaScript and line-oriented tools.
        case lineSafe
        /// Only what JSON requires, with the short forms `\b \f \n \r \t` (as RFC 8785): the
        /// canonical form's spelling.
        case canonical
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String, style: Style = .lineSafe) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        append(text, style: style, to: &out)
        out += "\""
        return out
    }

    /// Appends the escaped body of `text` (without quotes) to `out`.
    ///
    /// Works on UTF-8 bytes and copies each run that needs no escape in one piece: every
    /// escaped character is ASCII or U+2028/U+2029 (whose first byte, 0xE2, starts no other
    /// escape), so a run never ends inside a multi-byte character.
    static func append(_ text: String, style: Style, to out: inout String) {
        var utf8Text = text
        let escaped = utf8Text.withUTF8 { bytes -> Bool in
            var run = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let width: Int
                switch byte {
                case 0x20..<0x7F where byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\"):
                    index += 1
                    continue
                case 0xE2 where style == .lineSafe && index + 2 < bytes.count
                    && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    width = 3
                case 0x7F where style == .canonical, 0x80...:
                    index += 1
                    continue
                default:
                    width = 1
                }
                if run < index { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<index]), as: UTF8.self) }
                switch byte {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case UInt8(ascii: "\n"): out += "\\n"
                case UInt8(ascii: "\r"): out += "\\r"
                case UInt8(ascii: "\t"): out += "\\t"
                case 0x08 where style == .canonical: out += "\\b"
                case 0x0C where style == .canonical: out += "\\f"
                case 0xE2: hexEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                default: hexEscape(UInt32(byte), to: &out)
                }
                index += width
                run = index
            }
            guard run > 0 else { return false }
            if run < bytes.count { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[run...]), as: UTF8.self) }
            return true
        }
        if !escaped { out += text }
    }

    private static func hexEscape(_ value: UInt32, to out: inout String) {
        let hex = String(value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
