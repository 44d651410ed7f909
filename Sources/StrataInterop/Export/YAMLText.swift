/// Writes YAML scalars for front matter by hand, so output is stable and readable.
///
/// Values are user text: a decider named `yes`, a tag `2024`, a title with `: ` or a
/// newline would change meaning or break the YAML if written bare. ``scalar(_:)``
/// writes plain text only when YAML reads it back as the same string, and quotes
/// everything else with escapes any YAML 1.1/1.2 parser understands.
enum YAMLText {
    /// The value plain when that is safe, else double-quoted.
    static func scalar(_ value: String) -> String {
        isSafePlain(value) ? value : quoted(value)
    }

    /// The value double-quoted, with `\`, `"` and non-printable characters escaped.
    static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += scalar.value <= 0xFFFF
                        ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                        : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Characters outside YAML's printable set, plus line separators and the BOM.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF
    }

    private static let reservedWords: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    ]

    /// Letters, digits, spaces and `.-_/()@+` only, starting with a letter, not a YAML
    /// keyword, not a number or date, no surrounding spaces.
    private static func isSafePlain(_ value: String) -> Bool {
        guard let first = value.first, first.isLetter, value.last?.isWhitespace == false,
              !reservedWords.contains(value.lowercased()) else { return false }
        let allowed: Set<Character> = [" ", ".", "-", "_", "/", "(", ")", "@", "+"]
        return value.allSatisfy { character in
            (character.isLetter || character.isNumber || allowed.contains(character))
                && character.unicodeScalars.allSatisfy { !needsEscape($0) && $0.properties.generalCategory != .format }
        }
    }
}
