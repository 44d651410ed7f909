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
    static func append(_ text: String, style: Style, to out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}" where style == .canonical: out += "\\b"
            case "\u{0C}" where style == .canonical: out += "\\f"
            case _ where style == .lineSafe && (scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029):
                hexEscape(scalar, to: &out)
            case _ where scalar.value < 0x20: hexEscape(scalar, to: &out)
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    private static func hexEscape(_ scalar: Unicode.Scalar, to out: inout String) {
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
