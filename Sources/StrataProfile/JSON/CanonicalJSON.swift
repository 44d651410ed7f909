/// Writes a ``JSONValue`` in one canonical form.
///
/// Canonical means: no whitespace, object members sorted by the UTF-8 bytes
/// of their names, integral numbers without a fraction (`120`, not `120.0`),
/// other numbers in Swift's shortest round-trip form, and only the escapes
/// JSON requires. Equal values therefore always produce equal text, which is
/// what lets stored events be hashed and compared.
enum CanonicalJSON {
    /// The canonical text of `value`.
    static func text(of value: JSONValue) -> String {
        var output = ""
        write(value, into: &output)
        return output
    }

    /// `text` as a JSON string literal, quotes included.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// The canonical spelling of a number.
    static func number(_ number: JSONNumber) -> String {
        if let integer = number.integerValue { return String(integer) }
        return String(describing: number.value)
    }

    private static func write(_ value: JSONValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += Self.number(number)
        case .string(let text): output += quoted(text)
        case .array(let items):
            output += "["
            for (position, item) in items.enumerated() {
                if position > 0 { output += "," }
                write(item, into: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (position, member) in sorted.enumerated() {
                if position > 0 { output += "," }
                output += quoted(member.key) + ":"
                write(member.value, into: &output)
            }
            output += "}"
        }
    }
}
