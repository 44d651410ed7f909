extension JSONParser {
    mutating func parseLiteral(_ word: String, as value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let spelled = Array(word.utf8)
        guard bytes.count - index >= spelled.count, Array(bytes[index..<index + spelled.count]) == spelled else {
            throw failure("unexpected \(currentDescription), expected a value (did you mean '\(word)'?)")
        }
        index += spelled.count
        return value
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        var buffer: [UInt8] = []
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0x00..<0x20:
                throw failure("control character 0x\(String(byte, radix: 16)) must be escaped inside a string")
            default:
                buffer.append(byte)
                index += 1
            }
        }
        throw failure("the string that starts here is never closed", at: start)
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        index += 1
        guard let byte = current else { throw failure("the input ends inside an escape sequence") }
        index += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let decoded = simple[byte] {
            buffer.append(decoded)
        } else if byte == UInt8(ascii: "u") {
            buffer.append(contentsOf: Array(String(try parseUnicodeEscape()).utf8))
        } else {
            // Shown as a hex byte unless printable ASCII: a raw line break or terminal escape
            // here would split or colour the one-line error.
            let shown = (0x21...0x7E).contains(byte)
                ? "'\\\(Character(Unicode.Scalar(byte)))'" : "'\\' followed by byte 0x\(String(byte, radix: 16, uppercase: true))"
            throw failure("\(shown) is not a JSON escape sequence", at: index - 2)
        }
    }

    /// Reads the hex digits after `\u`, joining a surrogate pair into one scalar.
    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Character {
        let start = index - 2
        let first = try parseHexQuad()
        if (0xDC00...0xDFFF).contains(first) {
            throw failure("\\u escape is an unpaired low surrogate", at: start)
        }
        guard (0xD800...0xDBFF).contains(first) else {
            return Character(Unicode.Scalar(first) ?? "\u{FFFD}")
        }
        guard bytes.count - index >= 2, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            throw failure("\\u escape is a high surrogate without its low half", at: start)
        }
        index += 2
        let second = try parseHexQuad()
        guard (0xDC00...0xDFFF).contains(second) else {
            throw failure("\\u escape is a high surrogate without its low half", at: start)
        }
        let scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        return Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")
    }

    private mutating func parseHexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard bytes.count - index >= 4,
              let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16),
              bytes[index..<index + 4].allSatisfy({ $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") })
        else {
            throw failure("\\u must be followed by four hexadecimal digits")
        }
        index += 4
        return value
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        try parseIntegerPart()
        if current == UInt8(ascii: ".") {
            index += 1
            try parseDigits(after: "the decimal point")
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            try parseDigits(after: "the exponent marker")
        }
        guard index - start <= Self.maximumNumberLength else {
            throw failure("a number is longer than \(Self.maximumNumberLength) characters", at: start)
        }
        let lexeme = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(lexeme), value.isFinite else {
            throw failure("the number \(lexeme.prefix(40)) is too large to represent", at: start)
        }
        return JSONNumber(lexeme: lexeme, value: value)
    }

    private mutating func parseIntegerPart() throws(JSONSyntaxError) {
        guard let first = current, Self.isDigit(first) else {
            throw failure("unexpected \(currentDescription), expected a digit")
        }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = current, Self.isDigit(next) {
                throw failure("numbers must not have leading zeros")
            }
            return
        }
        while let byte = current, Self.isDigit(byte) { index += 1 }
    }

    private mutating func parseDigits(after what: String) throws(JSONSyntaxError) {
        guard let first = current, Self.isDigit(first) else {
            throw failure("unexpected \(currentDescription), expected a digit after \(what)")
        }
        while let byte = current, Self.isDigit(byte) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
