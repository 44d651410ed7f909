import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections
import StrataJSON

/// Escaping for the HTML report: record text is user input and is only ever written as text.
///
/// Nothing from a record is emitted as markup: not its Markdown, not its HTML. Text and
/// attribute values escape `& < > " '`; class names are reduced to a safe token; JSON data
/// blocks escape `<`, `>` and `&` so a title holding `</script>` cannot end the block.
enum HTMLEscaping {
    /// `text` safe in element content and in quoted attribute values. Control characters other
    /// than newline and tab are dropped: they are invalid in HTML and can hide text.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.properties.generalCategory == .control { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An instant as a `<time>` element: to the minute in UTC as written, which the report's
    /// script rewrites in the viewer's own time zone; never with microseconds.
    static func time(_ iso8601: String) -> String {
        guard iso8601.count >= 16, iso8601.dropFirst(10).first == "T" else { return escape(iso8601) }
        let shown = iso8601.prefix(10) + " " + iso8601.dropFirst(11).prefix(5) + " UTC"
        return "<time datetime=\"\(escape(iso8601))\">\(escape(String(shown)))</time>"
    }

    /// A class-name or id token: lowercase letters, digits and `-` only, never empty.
    static func token(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.map { scalar -> Character in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        }
        return kept.isEmpty ? "none" : String(kept)
    }

    /// `value` as JSON safe inside `<script type="application/json">`, which browsers never run
    /// (CSP does not apply to it) but would end at the first `</script`.
    static func jsonBlock<T: Encodable>(id: String, _ value: T) throws -> String {
        // One pass over the bytes: three `replacingOccurrences` over a report's megabytes of
        // JSON were a tenth of an export.
        var bytes: [UInt8] = []
        for byte in try JSONCodec.text(value, .escapedSlashes).utf8 {
            switch byte {
            case UInt8(ascii: "<"): bytes += Array("\\u003c".utf8)
            case UInt8(ascii: ">"): bytes += Array("\\u003e".utf8)
            case UInt8(ascii: "&"): bytes += Array("\\u0026".utf8)
            default: bytes.append(byte)
            }
        }
        let json = String(decoding: bytes, as: UTF8.self)
        return "<script type=\"application/json\" id=\"\(token(id))\">\(json)</script>"
    }
}
