import Foundation

/// Inline text transformations shared by the readers and writers.
enum MarkdownText {
    /// The text without `<!-- … -->` comments; an unterminated comment runs to the end.
    ///
    /// Templates annotate fields with `<!-- optional -->`, which is not part of the value.
    static func removingComments(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<!--") {
            result += rest[..<open.lowerBound]
            if open.lowerBound > rest.startIndex, rest[rest.index(before: open.lowerBound)] == "\\" {
                result += rest[open]
                rest = rest[open.upperBound...]
                continue
            }
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.range(of: "-->") else { return result }
            rest = afterOpen[close.upperBound...]
        }
        return result + rest
    }

    /// The text with CommonMark backslash escapes of ASCII punctuation resolved
    /// (`\[` → `[`), as a renderer would show it.
    static func unescapingPunctuation(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                if !(character.isASCII && character.isPunctuationOrSymbol) { result.append("\\") }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
        return result
    }

    /// The text with numeric character references (`&#67;`, `&#x43;`) decoded, as a
    /// renderer shows them; exporters use one to keep a heading from matching a field.
    static func decodingNumericReferences(_ text: String) -> String {
        guard text.contains("&#") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "&#") {
            result += rest[..<start.lowerBound]
            let body = rest[start.upperBound...]
            let digits = body.prefix { $0.isHexDigit || $0 == "x" || $0 == "X" }
            let isHex = digits.first == "x" || digits.first == "X"
            if digits.count <= 8, body.dropFirst(digits.count).first == ";",
               let value = UInt32(isHex ? String(digits.dropFirst()) : String(digits), radix: isHex ? 16 : 10),
               let scalar = Unicode.Scalar(value), value != 0 {
                result.unicodeScalars.append(scalar)
                rest = body.dropFirst(digits.count + 1)
            } else {
                result += "&#"
                rest = body
            }
        }
        return result + rest
    }

    /// The text with every run of whitespace (including line breaks) made one space.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}

extension Character {
    /// Whether this is ASCII punctuation or symbol, which CommonMark lets a backslash escape.
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
